/// SHA-256 (FIPS 180-4) of bytes in memory, such as the single file's inline style for its
/// Content-Security-Policy hash; see `SHA256Stream` for bytes that come in pieces.
enum SHA256 {
    /// The 32-byte digest of `message`.
    static func digest(_ message: [UInt8]) -> [UInt8] {
        let hash = SHA256Stream()
        message.withUnsafeBytes { hash.update($0) }
        return hash.finish()
    }

    /// `digest` as 64 lowercase hexadecimal digits.
    static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(digest.count * 2)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
