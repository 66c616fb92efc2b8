import Foundation

/// The `StudyFixture` executable SwiftPM built next to the test bundle, run as a child process.
struct FixtureProcess {
    static let binary: URL? = {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return [dir, dir.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("StudyFixture") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    let process: Process
    let stdoutPath: String
    let stderrPath: String

    /// Starts the fixture with `arguments`, its output going to `<label>.out` / `<label>.err`
    /// in `folder` (files, not pipes, so a child that is never read cannot block).
    init(_ arguments: [String], folder: ScratchFolder, label: String) throws {
        guard let binary = Self.binary else {
            throw FixtureError("""
                StudyFixture executable not found next to \(CommandLine.arguments[0]) or in its parent; \
                build it with `swift build --product StudyFixture` (swift test builds it as a dependency of SearchStudiesTests)
                """)
        }
        stdoutPath = folder.file("\(label).out")
        stderrPath = folder.file("\(label).err")
        for path in [stdoutPath, stderrPath] where !FileManager.default.createFile(atPath: path, contents: nil) {
            throw FixtureError("\(path): cannot create the child's output file")
        }
        process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: stdoutPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        try process.run()
    }

    /// Runs the fixture to its end; throws with its stderr if it failed.
    @discardableResult
    static func run(_ arguments: [String], folder: ScratchFolder, label: String) throws -> String {
        let child = try FixtureProcess(arguments, folder: folder, label: label)
        child.process.waitUntilExit()
        guard child.process.terminationReason == .exit, child.process.terminationStatus == 0 else {
            throw FixtureError("StudyFixture \(arguments.joined(separator: " ")) failed (\(child.process.terminationStatus)): \(child.stderr)")
        }
        return child.stdout
    }

    var stdout: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// SIGKILL, then reap, so the child's process id is gone when this returns.
    func killHard() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// `evaluated-here N` from the fixture's summary line.
    var evaluatedHere: Int? {
        let words = stdout.split(whereSeparator: \.isWhitespace)
        return words.firstIndex(of: "evaluated-here").flatMap { Int(words[$0 + 1]) }
    }
}
