#if canImport(Glibc)
    import Glibc
#endif

/// What a file held when nnreport wrote it: its size and SHA-256. A file is nnreport's only
/// while it still matches; an edited one is the user's.
struct FileFingerprint: Equatable, Sendable {
    /// The size in bytes.
    let size: Int
    /// The 32-byte SHA-256 of the contents.
    let sha256: [UInt8]

    /// The fingerprint of the regular file at `path`, read without following a symbolic link;
    /// nil for anything else (missing, a link, a folder, a device, unreadable), and nil without
    /// reading it when its size is not `expectedSize`.
    static func ofFile(_ path: BytePath, expectedSize: Int? = nil) -> FileFingerprint? {
        let file = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK) }
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        if let expectedSize, size != expectedSize { return nil }
        let hash = SHA256Stream()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = read(file, chunk.baseAddress, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            hash.update(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        }
        return FileFingerprint(size: hash.byteCount, sha256: hash.finish())
    }
}
