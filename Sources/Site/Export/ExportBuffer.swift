import Formats

/// Text of an export built in a fixed 64 KiB buffer and handed to a `ByteSink` whenever the
/// next piece might not fit, so that no export is ever held in memory whole.
///
/// Numbers go straight from the formatter into the buffer; each append first makes sure the
/// longest text it may write fits (one comparison), handing the buffer to the sink if not.
/// Hand-written rather than Foundation's JSONEncoder or JSONSerialization because those build
/// the whole document in memory (380 MB of JSON at 10⁶ iterations); this streams in 64 KiB.
struct ExportBuffer: ~Copyable {
    /// Bytes kept before they go to the sink.
    static var capacity: Int { 1 << 16 }

    // An existential, not a generic parameter: the sink is called once per 64 KiB, while the
    // appends stay non-generic code that needs no specialisation across modules.
    private let sink: any ByteSink
    private let base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var cache = ShortestTextCache()

    init(sink: any ByteSink) {
        self.sink = sink
        base = UnsafeMutablePointer.allocate(capacity: Self.capacity)
    }

    deinit { base.deallocate() }

    /// Hands every buffered byte to the sink.
    mutating func flush() throws(OutputError) {
        guard count > 0 else { return }
        try sink.write(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }

    /// Makes room for `byteCount` more bytes (at most `capacity`).
    private mutating func reserve(_ byteCount: Int) throws(OutputError) {
        if count + byteCount > Self.capacity { try flush() }
    }

    /// Appends one ASCII byte.
    mutating func append(_ byte: UInt8) throws(OutputError) {
        try reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends static text, e.g. a separator or a JSON key.
    mutating func append(_ text: StaticString) throws(OutputError) {
        try append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends the decimal digits of `value`.
    mutating func appendInteger(_ value: Int) throws(OutputError) {
        try reserve(ShortestNumber.room)
        count += ShortestNumber.write(value, to: base + count)
    }

    /// Appends `ShortestNumber.text(value)`, the non-finite values as "nan", "inf", "-inf".
    mutating func appendShortest(_ value: Double) throws(OutputError) {
        try reserve(ShortestNumber.room)
        count +=
            value.isFinite
            ? cache.write(value, to: base + count) : ShortestNumber.write(value, to: base + count)
    }

    /// Appends the shortest text of `value`, or `null` when it is not finite (JSON has no nan).
    mutating func appendJSONNumber(_ value: Double) throws(OutputError) {
        try reserve(ShortestNumber.room)
        if value.isFinite {
            count += cache.write(value, to: base + count)
        } else {
            try append("null")
        }
    }

    /// Appends `bytes`, handing full buffers to the sink as often as needed.
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        guard var source = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            if count == Self.capacity { try flush() }
            let length = min(remaining, Self.capacity - count)
            (base + count).update(from: source, count: length)
            count += length
            source += length
            remaining -= length
        }
    }
}
