import CoDesign
import CostModels
import Foundation
import SearchSpaces

extension SampleCommand {
    static let hardwareHeader = ["PEs", "dataflow", "buffer", "RF", "W/A bits"]

    /// The accelerator half of a co-design genome, one cell per header column.
    static func hardwareColumns(of genome: Genome, in space: any CoDesignDecoding) throws -> [String] {
        let c = try space.configuration(for: genome)
        return ["\(c.peRowCount)×\(c.peColumnCount)", c.dataflow.rawValue, c.globalBufferBytes.map(Format.bytes) ?? "-",
                c.registerFileBytes.map(Format.bytes) ?? "-", "\(c.weightBits)/\(c.activationBits)"]
    }

    /// Writes genome i's accelerator profile to `directory/i.yaml` (created if missing), each
    /// file atomically; every profile is built and validated before the first is written.
    static func writeProfiles(of genomes: [Genome], in space: any CoDesignDecoding, to directory: String) throws {
        let profiles = try genomes.map { try space.hardwareProfile(for: $0) }
        if let (i, issue) = profiles.enumerated().lazy.compactMap({ i, p in p.validate().first.map { (i, $0) } }).first {
            throw CommandError("genome \(i): its accelerator profile is invalid: \(issue)")
        }
        let folder = URL(fileURLWithPath: directory)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandError("--profiles-out \(directory): cannot create the folder: \(error.localizedDescription)")
        }
        for (i, profile) in profiles.enumerated() {
            try profile.write(to: folder.appendingPathComponent("\(i).yaml"))
        }
    }
}
