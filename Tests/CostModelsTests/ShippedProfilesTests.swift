import CostModels
import Foundation
import Testing

/// Every file in `HardwareProfiles/` loads, writes and loads again to the same profile.
@Suite struct ShippedProfilesTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("HardwareProfiles")

    static var files: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { directory.appendingPathComponent($0) }
    }

    @Test func theShippedDevicesArePresent() {
        let names = Set(Self.files.map { $0.deletingPathExtension().lastPathComponent })
        #expect(names.isSuperset(of: ["this-machine", "raspberry-pi-4", "xeon-gold-6226", "stm32f746", "eyeriss-like", "isaac-crossbar"]))
    }

    @Test(arguments: files)
    func loadsAndRoundTrips(_ file: URL) throws {
        let profile: HardwareProfile
        do { profile = try HardwareProfile(contentsOf: file) } catch {
            Issue.record("\(error)")
            return
        }
        let text = try profile.yamlText()
        let again = try HardwareProfile(yaml: text, file: "written \(file.lastPathComponent)")
        #expect(again == profile)
        #expect(try again.yamlText() == text)
    }
}
