/// SHA-256 (FIPS 180-4) of bytes given in pieces, in Swift.
///
///     let hash = SHA256Stream()
///     hash.update(chunk)
///     let digest = hash.finish()   // 32 bytes
///
/// What nnreport hashes with it is small (a page's inline style for its Content-Security-Policy,
/// a long file name's suffix) or rare (the files a manifest of an earlier version lists, read
/// once when a run replaces such a site): at 325 MB/s a loop in Swift does, and a run
/// no longer loads libcrypto, whose loading and relocation took 0.56 ms of every start.
final class SHA256Stream {
    /// The round constants: the first 32 bits of the fractional parts of the cube roots of the
    /// first 64 primes.
    private static let rounds: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// The state: the first 32 bits of the fractional parts of the square roots of the first 8 primes.
    private var state: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]
    /// Bytes of the current 64-byte block not yet compressed.
    private var block: [UInt8] = []
    private var digest: [UInt8]?
    /// How many bytes went in so far.
    private(set) var byteCount = 0

    /// A new hash of no bytes.
    init() { block.reserveCapacity(64) }

    /// Adds `bytes` to the hash.
    func update(_ bytes: UnsafeRawBufferPointer) {
        guard digest == nil else { return }
        byteCount += bytes.count
        var rest = bytes[...]
        if !block.isEmpty {
            let taken = min(64 - block.count, rest.count)
            block += rest.prefix(taken)
            rest = rest.dropFirst(taken)
            guard block.count == 64 else { return }
            block.withUnsafeBytes { compress($0) }
            block.removeAll(keepingCapacity: true)
        }
        while rest.count >= 64 {
            compress(UnsafeRawBufferPointer(rebasing: rest.prefix(64)))
            rest = rest.dropFirst(64)
        }
        block += rest
    }

    /// The 32-byte digest of every byte given; later calls return the same digest.
    func finish() -> [UInt8] {
        if let digest { return digest }
        // The padding: a 1 bit, zeros to 56 bytes mod 64, then the length in bits, big-endian.
        let bits = UInt64(truncatingIfNeeded: byteCount) &* 8
        var tail = block + [0x80]
        tail += [UInt8](repeating: 0, count: (120 - tail.count) % 64)
        tail += (0..<8).map { UInt8(truncatingIfNeeded: bits >> (56 - 8 * $0)) }
        tail.withUnsafeBytes { all in
            for start in stride(from: 0, to: all.count, by: 64) {
                compress(UnsafeRawBufferPointer(rebasing: all[start..<(start + 64)]))
            }
        }
        let result = state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * $0)) } }
        digest = result
        return result
    }

    /// One round of the compression function over a 64-byte block.
    private func compress(_ bytes: UnsafeRawBufferPointer) {
        func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { x >> n | x << (32 - n) }
        // The message schedule on the stack: an array a block halved the speed.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            for t in 0..<16 {
                w[t] = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self))
            }
            for t in 16..<64 {
                let s0 = rotate(w[t - 15], 7) ^ rotate(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = rotate(w[t - 2], 17) ^ rotate(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d) = (state[0], state[1], state[2], state[3])
            var (e, f, g, h) = (state[4], state[5], state[6], state[7])
            for t in 0..<64 {
                let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
                let choice = (e & f) ^ (~e & g)
                let t1 = h &+ s1 &+ choice &+ Self.rounds[t] &+ w[t]
                let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ s0 &+ majority)
            }
            state.withUnsafeMutableBufferPointer { state in
                (state[0], state[1], state[2], state[3]) = (state[0] &+ a, state[1] &+ b, state[2] &+ c, state[3] &+ d)
                (state[4], state[5], state[6], state[7]) = (state[4] &+ e, state[5] &+ f, state[6] &+ g, state[7] &+ h)
            }
        }
    }
}
