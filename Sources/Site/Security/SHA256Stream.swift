import CCrypto
import Dispatch

/// SHA-256 of bytes given in pieces, through OpenSSL's EVP digest (EVP_DigestInit_ex,
/// EVP_DigestUpdate, EVP_DigestFinal_ex). Owns its EVP_MD_CTX and frees it when finished.
///
///     let hash = SHA256Stream()
///     hash.update(chunk)
///     let digest = hash.finish()   // 32 bytes
///
/// A stream made with a `queue` hashes there, on a copy of each piece, so that the thread
/// writing a large site does not wait for its hash; `finish()` waits for what is queued.
///
/// Unchecked Sendable: the context is touched only on the queue (or on the caller's thread when
/// there is none), and `finish()` waits for the queue before reading it.
final class SHA256Stream: @unchecked Sendable {
    /// A serial queue for the hashing of a site's files, beside the writing.
    static let background = DispatchQueue(label: "nnreport.sha256")
    /// Pieces queued and not hashed yet, at most: the copies waiting stay a few MiB.
    private static let backlog = DispatchSemaphore(value: 8)

    private var context: OpaquePointer?
    private var digest: [UInt8]?
    private let queue: DispatchQueue?
    /// How many bytes went in so far.
    private(set) var byteCount = 0

    /// A new hash of no bytes, hashing on `queue` when given. If libcrypto cannot start one
    /// (out of memory), `finish()` returns an empty digest, which matches no file.
    init(queue: DispatchQueue? = nil) {
        self.queue = queue
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
        guard !bytes.isEmpty else { return }
        guard let queue else {
            hash(bytes)
            return
        }
        let copy = Array(bytes)
        Self.backlog.wait()
        queue.async {
            copy.withUnsafeBytes { self.hash($0) }
            Self.backlog.signal()
        }
    }

    /// The 32-byte digest of every byte given; later calls return the same digest.
    func finish() -> [UInt8] {
        queue?.sync {}
        if let digest { return digest }
        var result = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let finished = context.map { EVP_DigestFinal_ex($0, &result, &length) == 1 && length == 32 } ?? false
        discardContext()
        digest = finished ? result : []
        return digest ?? []
    }

    private func hash(_ bytes: UnsafeRawBufferPointer) {
        guard let context, let base = bytes.baseAddress else { return }
        if EVP_DigestUpdate(context, base, bytes.count) != 1 { discardContext() }
    }

    private func discardContext() {
        EVP_MD_CTX_free(context)
        context = nil
    }
}
