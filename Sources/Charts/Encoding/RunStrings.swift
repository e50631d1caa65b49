/// The strings of an LZW table that repeat one pixel, for every pixel: each pixel's code for each
/// length, and which pixel and how many times each code repeats (nothing for other strings).
///
/// A pixel's strings enter the table in order of length (the string of n + 1 is added only after
/// the string of n was matched), so the lengths known are always 1 to the pixel's longest.
struct RunStrings: ~Copyable {
    /// Codes a table holds, and pixel values.
    private static let codeCount = 1 << LZWEncoder.maximumBits
    private static let pixelCount = 256
    /// The roots: pixels below this are their own codes.
    private let roots: Int
    /// Per code: its length << 8 | its pixel when it repeats one pixel, else 0.
    private let repeats: UnsafeMutablePointer<UInt32>
    /// Per length and pixel (length-major, so the short strings of all pixels share a few pages):
    /// the code.
    private let codes: UnsafeMutablePointer<UInt16>
    /// Per pixel: its longest string in the table, 0 for pixels that are not roots.
    private let longest: UnsafeMutablePointer<Int>

    /// The table after a clear, for pixels below `roots` (at most 256).
    init(roots: Int) {
        self.roots = min(roots, Self.pixelCount)
        repeats = .allocate(capacity: Self.codeCount)
        codes = .allocate(capacity: (Self.codeCount + 1) * Self.pixelCount)
        longest = .allocate(capacity: Self.pixelCount)
        reset()
    }

    deinit {
        repeats.deallocate()
        codes.deallocate()
        longest.deallocate()
    }

    /// Forgets every string longer than one pixel (the table was cleared).
    mutating func reset() {
        repeats.initialize(repeating: 0, count: Self.codeCount)
        longest.initialize(repeating: 0, count: Self.pixelCount)
        for pixel in 0..<roots {
            repeats[pixel] = 1 << 8 | UInt32(pixel)
            codes[Self.pixelCount + pixel] = UInt16(pixel)
            longest[pixel] = 1
        }
    }

    /// How many times `code`'s string repeats `pixel`; 0 when it is not such a string.
    /// `code` is below 4,096.
    @inline(__always)
    func length(of code: Int, repeating pixel: UInt8) -> Int {
        let entry = repeats[code]
        return entry & 0xFF == UInt32(pixel) ? Int(entry >> 8) : 0
    }

    /// The length of `pixel`'s longest string in the table.
    @inline(__always)
    func longest(_ pixel: UInt8) -> Int { longest[Int(pixel)] }

    /// The code of `pixel` repeated `length` times, 1 ≤ length ≤ `longest(pixel)`.
    @inline(__always)
    func code(_ pixel: UInt8, length: Int) -> Int { Int(codes[length &* Self.pixelCount &+ Int(pixel)]) }

    /// Records that `code` (below 4,096) is `pixel` repeated `length` (= `longest(pixel)` + 1)
    /// times.
    @inline(__always)
    mutating func add(_ code: Int, pixel: UInt8, length: Int) {
        repeats[code] = UInt32(truncatingIfNeeded: length) << 8 | UInt32(pixel)
        codes[length &* Self.pixelCount &+ Int(pixel)] = UInt16(truncatingIfNeeded: code)
        longest[Int(pixel)] = length
    }
}
