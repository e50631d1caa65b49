/// A text stream that writes into caller-owned memory of fixed size, so that
/// `Double.write(to:)` can put a number's digits straight into an output buffer.
///
/// The standard library hands a float's digits to `_writeASCII` from its own stack buffer;
/// `write(_:)` is only the general fallback (still correct if that ever changes, just slower).
/// Bytes beyond `capacity` are dropped; `NumberText` gives it room for the longest double.
struct DigitStream: TextOutputStream {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// How many bytes have been written from `base`.
    private(set) var count = 0

    init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    mutating func write(_ string: String) {
        for byte in string.utf8 where count < capacity {
            base[count] = byte
            count += 1
        }
    }

    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        let length = min(buffer.count, capacity - count)
        guard length > 0, let source = buffer.baseAddress else { return }
        (base + count).update(from: source, count: length)
        count += length
    }
}
