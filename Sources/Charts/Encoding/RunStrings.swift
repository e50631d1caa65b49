/// The strings of an LZW table that repeat one pixel: its code for each length, and the length
/// of each code that is such a string (0 for the others).
///
/// They enter the table in order of length (the string of n + 1 is added only after the string
/// of n was matched), so the lengths known are always 1 to `longest`.
struct RunStrings {
    /// The pixel the strings repeat.
    let pixel: Int
    /// The longest string of the pixel in the table.
    private(set) var longest = 1
    private var codes: [Int16]
    private var lengths: [Int16]

    /// The table after a clear: the pixel alone, as its own code.
    init(pixel: Int) {
        self.pixel = pixel
        codes = [Int16](repeating: 0, count: (1 << LZWEncoder.maximumBits) + 2)
        lengths = [Int16](repeating: 0, count: 1 << LZWEncoder.maximumBits)
        reset()
    }

    /// Forgets every string longer than one pixel (the table was cleared).
    mutating func reset() {
        for index in 0..<lengths.count { lengths[index] = 0 }
        lengths[pixel] = 1
        codes[1] = Int16(pixel)
        longest = 1
    }

    /// How many times `code`'s string repeats the pixel; 0 when it is not such a string.
    @inline(__always)
    func length(of code: Int) -> Int { code < lengths.count ? Int(lengths[code]) : 0 }

    /// The code of the pixel repeated `length` times, 1 ≤ length ≤ `longest`.
    @inline(__always)
    func code(_ length: Int) -> Int { Int(codes[length]) }

    /// Records that `code` is the pixel repeated `length` (= `longest` + 1) times.
    mutating func add(_ code: Int, length: Int) {
        lengths[code] = Int16(truncatingIfNeeded: length)
        codes[length] = Int16(truncatingIfNeeded: code)
        longest = length
    }
}
