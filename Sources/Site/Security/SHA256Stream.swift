import CCrypto

/// SHA-256 of bytes given in pieces, through OpenSSL's EVP digest (EVP_DigestInit_ex,
/// EVP_DigestUpdate, EVP_DigestFinal_ex). Owns its EVP_MD_CTX and frees it when finished.
///
///     let hash = SHA256Stream()
///     hash.update(chunk)
///     let digest = hash.finish()   // 32 bytes
final class SHA256Stream {
    private var context: OpaquePointer?
    private var digest: [UInt8]?
    /// How many bytes went in so far.
    private(set) var byteCount = 0

    /// A new hash of no bytes. If libcrypto cannot start one (out of memory), `finish()`
    /// returns an empty digest, which matches no file.
    init() {
        context = EVP_MD_CTX_new()
        if let context, EVP_DigestInit_ex(context, EVP_sha256(), nil) != 1 {
            EVP_MD_CTX_free(context)
            self.context = nil
        }
    }

    deinit { EVP_MD_CTX_free(context) }

    /// Adds `bytes` to the hash.
    func update(_ bytes: UnsafeRawBufferPointer) {
        byteCount += bytes.count
        guard let context, let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if EVP_DigestUpdate(context, base, bytes.count) != 1 { discardContext() }
    }

    /// The 32-byte digest of every byte given; later calls return the same digest.
    func finish() -> [UInt8] {
        if let digest { return digest }
        var result = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let finished = context.map { EVP_DigestFinal_ex($0, &result, &length) == 1 && length == 32 } ?? false
        discardContext()
        digest = finished ? result : []
        return digest ?? []
    }

    private func discardContext() {
        EVP_MD_CTX_free(context)
        context = nil
    }
}
