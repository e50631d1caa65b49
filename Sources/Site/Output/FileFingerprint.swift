#if canImport(Glibc)
    import Glibc
#endif

/// What a file held when nnreport wrote it: its size and a hash of its bytes. A file is
/// nnreport's only while it still matches; an edited one is the user's.
struct FileFingerprint: Equatable, Sendable {
    /// The hash a manifest's fingerprints use: XXH3-128 since manifest 3, SHA-256 in the
    /// manifests of earlier versions, which a run still reads to know the files it wrote then.
    enum Hash: Sendable, Equatable {
        case xxh3
        case sha256

        /// The digest's length in bytes.
        var digestCount: Int { self == .xxh3 ? ContentHash.digestCount : 32 }

        /// A new, empty hash of this kind.
        func start() -> any ByteHash { self == .xxh3 ? ContentHash() : SHA256Stream() }
    }

    /// The size in bytes.
    let size: Int
    /// Which hash `digest` is.
    let hash: Hash
    /// The hash of the contents.
    let digest: [UInt8]

    /// The fingerprint of the regular file at `path` under `hash`, read without following a
    /// symbolic link; nil for anything else (missing, a link, a folder, a device, unreadable),
    /// and nil without reading it when its size is not `expectedSize`.
    static func ofFile(_ path: BytePath, hash: Hash = .xxh3, expectedSize: Int? = nil) -> FileFingerprint? {
        let file = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK) }
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        if let expectedSize, size != expectedSize { return nil }
        let stream = hash.start()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = read(file, chunk.baseAddress, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            stream.update(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        }
        return FileFingerprint(size: stream.byteCount, hash: hash, digest: stream.finish())
    }
}

/// A hash of bytes given in pieces: XXH3-128 (`ContentHash`) or SHA-256 (`SHA256Stream`).
protocol ByteHash: AnyObject {
    /// How many bytes went in so far.
    var byteCount: Int { get }
    /// Adds `bytes` to the hash.
    func update(_ bytes: UnsafeRawBufferPointer)
    /// The digest of every byte given; empty when the hash could not be computed.
    func finish() -> [UInt8]
}

extension ContentHash: ByteHash {}
extension SHA256Stream: ByteHash {}
