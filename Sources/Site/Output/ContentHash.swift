import CXXHash

/// XXH3-128 of bytes given in pieces, through libxxhash's streaming state (freed in deinit):
/// how the manifest fingerprints every file a run writes.
///
/// Not a cryptographic hash, and it need not be one: it tells a file as nnreport wrote it from
/// the same file edited since, which two different contents of one size pass for each other
/// with a chance of 2⁻¹²⁸. It runs at about 10 GB/s here, SHA-256 at 2 GB/s (0.95 s of CPU for
/// the 1.8 GB of a run of 10⁶ iterations of a hidden network), so it hashes on the writing thread.
final class ContentHash {
    /// The digest's length in bytes.
    static let digestCount = 16

    private let state = XXH3_createState()
    private var failed = false
    private var digest: [UInt8]?
    /// How many bytes went in so far.
    private(set) var byteCount = 0

    /// A new hash of no bytes. If libxxhash cannot start one (out of memory), `finish()` returns
    /// an empty digest, which matches no file.
    init() {
        failed = state.map { XXH3_128bits_reset($0) != XXH_OK } ?? true
    }

    deinit { XXH3_freeState(state) }

    /// Adds `bytes` to the hash.
    func update(_ bytes: UnsafeRawBufferPointer) {
        byteCount += bytes.count
        guard !failed, let state, let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if XXH3_128bits_update(state, base, bytes.count) != XXH_OK { failed = true }
    }

    /// The 16-byte digest (XXH3-128 in its canonical, big-endian form) of every byte given;
    /// later calls return the same digest.
    func finish() -> [UInt8] {
        if let digest { return digest }
        var result: [UInt8] = []
        if !failed, let state {
            var canonical = XXH128_canonical_t()
            XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(state))
            result = withUnsafeBytes(of: canonical.digest) { Array($0) }
        }
        digest = result
        return result
    }

    /// The digest of `bytes`.
    static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
        let hash = ContentHash()
        Array(bytes).withUnsafeBytes { hash.update($0) }
        return hash.finish()
    }
}
