import Foundation
import Yams

extension HardwareProfile {
    /// The profile as YAML: keys in schema order (tables sorted), numbers as `{value, source}`
    /// on one line. Validated first: text that would not load again is never produced.
    public func yamlText() throws(ProfileLoadError) -> String {
        let root = try node(file: "<profile \(name)>")
        do {
            return "# Coforge hardware profile; every key is documented in HardwareProfiles/README.md.\n"
                + (try Yams.serialize(node: root, indent: 2, width: -1, allowUnicode: true))
        } catch {
            throw ProfileLoadError(file: "<profile \(name)>", issues: [ProfileIssue(keyPath: "", "cannot write YAML: \(error)")])
        }
    }

    /// The issues that would stop this profile from loading; empty when it is valid.
    public func validate() -> [ProfileIssue] {
        do {
            _ = try node(file: "")
            return []
        } catch {
            return error.issues
        }
    }

    /// Encodes and checks the profile by decoding the encoded tree again.
    private func node(file: String) throws(ProfileLoadError) -> Node {
        let value = EncodedValue()
        do { try encode(to: NodeEncoder(value: value, codingPath: [])) } catch {
            throw ProfileLoadError(file: file, issues: [ProfileIssue(keyPath: "", "cannot encode: \(error)")])
        }
        let root = value.node
        _ = try Self.decode(root, file: file)
        return root
    }

    /// Writes the profile atomically: a temporary file beside `url`, flushed to disk, then
    /// renamed over it, so readers see the old file or the whole new one, never a part.
    public func write(to url: URL) throws {
        let text = try yamlText()
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw ProfileLoadError(file: url.path, issues: [ProfileIssue(keyPath: "", "cannot create \(temporary.path)")])
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, url.path) == 0 else {
                throw ProfileLoadError(file: url.path, issues: [ProfileIssue(keyPath: "", "cannot rename \(temporary.path): errno \(errno)")])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
