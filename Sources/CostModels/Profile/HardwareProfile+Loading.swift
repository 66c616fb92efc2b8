import Foundation
import Yams

extension HardwareProfile {
    /// Loads and validates a profile file; nothing is returned unless the whole file is valid.
    public init(contentsOf url: URL) throws(ProfileLoadError) {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw ProfileLoadError(file: url.path, issues: [ProfileIssue(keyPath: "", "cannot read the file: \(error.localizedDescription)")])
        }
        try self.init(yaml: text, file: url.path)
    }

    /// Parses and validates profile text; `file` names it in errors.
    public init(yaml: String, file: String) throws(ProfileLoadError) {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw ProfileIssue(keyPath: "", "the file is empty; expected a mapping with schemaVersion, kind, name, clocks, memory, sources")
            }
            root = node
        } catch let issue as ProfileIssue {
            throw ProfileLoadError(file: file, issues: [issue])
        } catch {
            throw ProfileLoadError(file: file, issues: [ProfileIssue(keyPath: "", "not valid YAML: \(error)")])
        }
        self = try Self.decode(root, file: file)
    }

    /// Decodes a node tree, then checks unknown keys, source references and the rules of
    /// `validationIssues()`; all issues found after a successful decode are reported together.
    static func decode(_ root: Node, file: String) throws(ProfileLoadError) -> HardwareProfile {
        let record = DecodingRecord()
        let profile: HardwareProfile
        do {
            profile = try HardwareProfile(from: NodeDecoder(node: root, codingPath: [], record: record))
        } catch let issue as ProfileIssue {
            throw ProfileLoadError(file: file, issues: [issue])
        } catch let error as DecodingError {
            throw ProfileLoadError(file: file, issues: [ProfileIssue(decoding: error)])
        } catch {
            throw ProfileLoadError(file: file, issues: [ProfileIssue(keyPath: "", "\(error)")])
        }
        var issues = record.unknownKeyIssues(in: root)
        issues += profile.sourceReferenceIssues(record.sourceReferences)
        issues += profile.validationIssues()
        guard issues.isEmpty else { throw ProfileLoadError(file: file, issues: issues) }
        return profile
    }
}

extension ProfileIssue {
    init(decoding error: DecodingError) {
        switch error {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
            self.init(at: c.codingPath, c.debugDescription)
        @unknown default:
            self.init(keyPath: "", "\(error)")
        }
    }
}
