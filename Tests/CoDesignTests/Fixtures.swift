import CoDesign
import CostModels
import Foundation

/// Files of this package and of `../shared/reference` the tests read.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped Eyeriss-like profile, the base of the hardware spaces under test.
    static func eyeriss() throws -> HardwareProfile {
        try HardwareProfile(contentsOf: packageRoot.appendingPathComponent("HardwareProfiles/eyeriss-like.yaml"))
    }

    static func cpuProfile() throws -> HardwareProfile {
        try HardwareProfile(contentsOf: packageRoot.appendingPathComponent("HardwareProfiles/xeon-gold-6226.yaml"))
    }

    /// The standard space over the Eyeriss-like profile (`nb201+eyeriss-like`'s hardware half).
    static func standardSpace() throws -> HardwareSpace {
        try HardwareSpace.standard(id: "eyeriss-like", base: eyeriss())
    }

    /// `COFORGE_REFERENCE_DIR` if set, else `<package root>/../shared/reference`.
    static let referenceDirectory: URL = {
        if let dir = ProcessInfo.processInfo.environment["COFORGE_REFERENCE_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir)
        }
        return packageRoot.appendingPathComponent("../shared/reference").standardizedFileURL
    }()
}
