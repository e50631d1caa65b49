#if canImport(Glibc)
    import Glibc
#endif

/// One nnreport run at a time per destination: an exclusive flock(2) on a hidden file beside
/// the destination (`.<name>.nnreport-lock`), which the swap of the site never touches.
///
/// Two runs writing one folder at once would move each other's files (the user's included)
/// into sites that are then deleted, or leave one run's pages beside another's. So a second run
/// waits for the first, after saying so. The lock is the kernel's: a killed run releases it.
/// The file is removed when the run ends; a waiting run that then gets the lock of a removed
/// file sees that the path no longer names it and takes the lock of the path's new file.
final class SiteLock {
    /// The lock file's path.
    let path: String
    private var descriptor: Int32

    /// Takes the lock of `destination`, waiting for another run that holds it; `waiting` is
    /// called once, before the wait, so the user knows why nothing happens.
    init(destination: String, waiting: () -> Void) throws(OutputError) {
        path = FileSystem.sidePath(of: destination, ".nnreport-lock")
        var announced = false
        while true {
            let file = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard file >= 0 else { throw OutputError(path: destination, reason: .cannotCreateLockFile(errno: errno)) }
            var locked = flock(file, LOCK_EX | LOCK_NB) == 0
            if !locked, errno == EWOULDBLOCK {
                if !announced { waiting() }
                announced = true
                repeat {
                    locked = flock(file, LOCK_EX) == 0
                } while !locked && errno == EINTR
            }
            guard locked else {
                let code = errno
                close(file)
                throw OutputError(path: path, reason: .cannotLock(errno: code))
            }
            if Self.isStillAt(path, file) {
                descriptor = file
                return
            }
            close(file)
        }
    }

    deinit { release() }

    /// Removes the lock file and lets the lock go; the next waiting run proceeds.
    func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    /// True when `path` still names the open file `descriptor` (same device and inode).
    private static func isStillAt(_ path: String, _ descriptor: Int32) -> Bool {
        var open = stat()
        var named = stat()
        guard fstat(descriptor, &open) == 0, lstat(path, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }
}
