import Foundation

/// Who holds a claim on an evaluation: the host name, the process id and a token unique to the
/// run, written `host/pid/token` in the store's `claimed_by` column.
///
/// A claim is taken over when it is older than the stale-claim timeout, or at once when its
/// holder ran on this host and that process no longer exists (a run killed with SIGKILL), so a
/// resumed run does not wait out the timeout for the evaluation its predecessor died in.
public struct WorkerIdentity: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var processID: Int32
    public var token: String

    public init(host: String, processID: Int32, token: String) {
        self.host = host
        self.processID = processID
        self.token = token
    }

    /// This process, with a fresh token.
    public static func current() -> WorkerIdentity {
        WorkerIdentity(
            host: ProcessInfo.processInfo.hostName, processID: getpid(),
            token: String(UUID().uuidString.prefix(8)).lowercased())
    }

    /// Parses `host/pid/token`; nil for any other form (a claim written by some other tool).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let pid = Int32(parts[1]) else { return nil }
        self.init(host: String(parts[0]), processID: pid, token: String(parts[2]))
    }

    public var description: String { "\(host)/\(processID)/\(token)" }

    /// True when this worker ran on this machine and its process is gone (`kill(pid, 0)` gives
    /// ESRCH). A zombie still counts as alive until its parent reaps it.
    public var hasVanishedFromThisHost: Bool {
        guard host == ProcessInfo.processInfo.hostName, processID > 0 else { return false }
        return kill(processID, 0) != 0 && errno == ESRCH
    }
}
