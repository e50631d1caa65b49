#if canImport(Glibc)
    import Glibc
#endif

/// A path as the bytes the kernel sees, so that a name that is not UTF-8 (a Latin-1 `caf\xE9.txt`
/// in a report folder) is moved and removed as it is, never through a String that would turn
/// its bytes into U+FFFD and name another file.
struct BytePath: Hashable, Comparable, CustomStringConvertible, Sendable {
    /// The path's bytes, without a terminating NUL.
    let bytes: [UInt8]

    /// The path spelled by `string` (always UTF-8).
    init(_ string: String) { bytes = Array(string.utf8) }

    /// The path of exactly these bytes.
    init(bytes: some Sequence<UInt8>) { self.bytes = Array(bytes) }

    /// This path, "/", then `relative` ("" stays this path; the empty path gives `relative`).
    func appending(_ relative: BytePath) -> BytePath {
        if relative.bytes.isEmpty { return self }
        return bytes.isEmpty ? relative : BytePath(bytes: bytes + [UInt8(ascii: "/")] + relative.bytes)
    }

    /// The folder above this relative path ("" for a name alone).
    var parent: BytePath {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return BytePath(bytes: []) }
        return BytePath(bytes: bytes[..<slash])
    }

    /// The path as text when it is valid UTF-8, else nil.
    var string: String? { String(validating: bytes, as: UTF8.self) }

    /// The path for messages: UTF-8 as it is, any other byte as `\xNN`.
    var description: String {
        if let string { return string }
        var text = ""
        var index = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                index += encoded.count
            case .error(let length):
                for byte in bytes[index..<index + length] {
                    let hex = String(byte, radix: 16, uppercase: true)
                    text += "\\x" + (hex.count == 1 ? "0" : "") + hex
                }
                index += length
            case .emptyInput:
                return text
            }
        }
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        let terminated = bytes.map { CChar(bitPattern: $0) } + [0]
        return try terminated.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return try body("") }
            return try body(base)
        }
    }

    static func < (left: BytePath, right: BytePath) -> Bool { left.bytes.lexicographicallyPrecedes(right.bytes) }
}
