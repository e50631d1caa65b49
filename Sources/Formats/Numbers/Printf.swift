import CPrintf

/// A double written by the C library's printf with one conversion (`%.3e`, `%.5g`, `%.1f`):
/// the text `String(format:)` gives, without Foundation's formatter and its dynamic casts
/// (a thousand labels and captions a report).
public enum Printf {
    /// `value` formatted by `format`, a printf format with exactly one conversion of a double.
    public static func text(_ format: String, _ value: Double) -> String {
        let fits = 64
        let first = write(format, value, capacity: fits)
        guard first.count >= fits else { return first.string }
        return write(format, value, capacity: first.count + 1).string
    }

    /// The text and its length in bytes (which may exceed what `capacity` held).
    private static func write(_ format: String, _ value: Double, capacity: Int) -> (string: String, count: Int) {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
            guard let base = buffer.baseAddress else { return ("", 0) }
            let count = Int(nnreport_format_double(base, capacity, format, value))
            let kept = UnsafeRawBufferPointer(start: base, count: max(0, min(count, capacity - 1)))
            return (String(decoding: kept, as: UTF8.self), max(count, 0))
        }
    }
}
