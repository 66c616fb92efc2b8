import Foundation

/// An exclusive advisory lock (`flock`) on `<store>-setup.lock`, held while a process opens
/// the store and applies migrations, so two processes starting on a new file at once do not
/// both try to create its tables. The kernel drops the lock when its holder dies, SIGKILL
/// included.
struct SetupLock: ~Copyable {
    private let descriptor: Int32

    init(beside storePath: String) throws {
        let path = storePath + "-setup.lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw StudyError.cannotOpen(
                path: storePath, reason: "cannot create its set-up lock \(path): \(String(cString: strerror(errno)))")
        }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw StudyError.cannotOpen(path: storePath, reason: "cannot lock \(path): \(reason)")
            }
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
