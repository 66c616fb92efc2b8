import Foundation

extension StudyResults {
    /// The output files, by name.
    public static let fileNames = (front: "front.json", evaluations: "evaluations.csv", plot: "front.svg")

    /// Writes `front.json`, `evaluations.csv` and `front.svg` into `directory` (created if
    /// missing), each atomically; returns their paths.
    @discardableResult
    public func write(to directory: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw StudyError.outputFailed(path: directory, reason: "expected a folder for the study's outputs, found a file")
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw StudyError.outputFailed(path: directory, reason: "cannot create the output folder: \(error.localizedDescription)")
            }
        }
        let names = Self.fileNames
        let files = [(names.front, frontJSON()), (names.evaluations, evaluationsCSV()), (names.plot, plotSVG())]
        return try files.map { name, text in
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            try AtomicFile.replace(path, with: text)
            return path
        }
    }
}
