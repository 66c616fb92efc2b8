import Foundation

/// Progress output on standard error: lines overwrite each other on a terminal and are printed
/// one per update otherwise (logs, CI).
enum Progress {
    nonisolated(unsafe) private static var pending = false
    private static let isTerminal = isatty(STDERR_FILENO) != 0

    /// A transient status line.
    static func status(_ text: String) {
        if isTerminal {
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
            pending = true
        } else {
            line(text)
        }
    }

    /// A permanent line.
    static func line(_ text: String) {
        if pending {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            pending = false
        }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
