import Foundation

/// Writes a file so that readers see either the old content or the whole new one: the bytes go
/// to a temporary file in the same folder, which is flushed to disk and renamed over the
/// target; a failure removes the temporary file and names the target.
enum AtomicFile {
    static func replace(_ path: String, with text: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, "cannot create \(temporary)") }
        let bytes = Array(text.utf8)
        var written = 0
        var error: StudyError?
        while written < bytes.count, error == nil {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n > 0 {
                written += n
            } else if !(n < 0 && errno == EINTR) {
                error = failure(path, "writing \(temporary)")
            }
        }
        if error == nil, fsync(fd) != 0 { error = failure(path, "flushing \(temporary)") }
        close(fd)
        if error == nil, rename(temporary, path) != 0 { error = failure(path, "renaming \(temporary)") }
        if let error {
            unlink(temporary)
            throw error
        }
    }

    private static func failure(_ path: String, _ step: String) -> StudyError {
        .outputFailed(path: path, reason: "\(step): \(String(cString: strerror(errno)))")
    }
}
