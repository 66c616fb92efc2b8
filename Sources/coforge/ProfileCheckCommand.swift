import ArgumentParser
import CostModels
import Foundation

struct ProfileCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile-check",
        abstract: "Validate hardware profile files.",
        discussion: """
            Every problem is printed as FILE: KEY.PATH: what was expected (unknown keys with a \
            suggestion, missing fields, wrong types or units, non-positive numbers, unknown or \
            incomplete sources). Exits 1 if any file is invalid. The schema is documented in \
            HardwareProfiles/README.md.

            Examples:
              coforge profile-check HardwareProfiles/*.yaml
              coforge profile-check my-board.yaml
            """)

    @Argument(help: "Profile files (YAML).")
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one profile file") }
    }

    func run() throws {
        var failed = 0
        for file in files {
            do {
                let profile = try HardwareProfile(contentsOf: URL(fileURLWithPath: file))
                print("ok  \(file)  (\(profile.kind.rawValue): \(profile.name))")
            } catch {
                failed += 1
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
            }
        }
        if failed > 0 {
            FileHandle.standardError.write(Data("\(failed) of \(files.count) profiles invalid\n".utf8))
            throw ExitCode(1)
        }
    }
}
