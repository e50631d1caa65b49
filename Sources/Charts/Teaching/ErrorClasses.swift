/// The colour classes of a picture of misclassified counts: one class per count when there are
/// few, otherwise 0 alone and ranges of equal width; a key label per class.
struct ErrorClasses: Equatable {
    /// The counts of each class, ascending.
    let classes: [ClosedRange<Int>]

    /// No sample wrong: a light green, apart from the purples of the counts above it.
    static let zeroColour = RGB(0xD4EED1)
    /// Light to dark purples (ColorBrewer Purples) for 1 wrong and up.
    static let palette: [RGB] = [
        RGB(0xDADAEB), RGB(0xBCBDDC), RGB(0x9E9AC8), RGB(0x807DBA), RGB(0x6A51A3), RGB(0x4A1486),
    ]

    /// Classes for `counts` (the distinct counts present, ascending).
    init(counts: [Int]) {
        guard let first = counts.first, let last = counts.last else {
            classes = [0...0]
            return
        }
        var classes: [ClosedRange<Int>] = []
        var rest = counts
        if first == 0 {
            classes.append(0...0)
            rest.removeFirst()
        }
        if rest.count <= Self.palette.count {
            classes += rest.map { $0...$0 }
        } else if let low = rest.first {
            let width = (last - low + Self.palette.count) / Self.palette.count
            var start = low
            while start <= last {
                classes.append(start...min(start + width - 1, last))
                start += width
            }
        }
        self.classes = classes
    }

    /// The class holding `count`.
    func index(of count: Int) -> Int {
        classes.firstIndex { $0.contains(count) } ?? max(classes.count - 1, 0)
    }

    /// The colour of class k.
    func colour(ofClass k: Int) -> RGB {
        guard k < classes.count else { return Self.palette[Self.palette.count - 1] }
        if classes[k] == 0...0 { return Self.zeroColour }
        let purples = classes.filter { $0 != 0...0 }.count
        let offset = classes.first == 0...0 ? k - 1 : k
        let last = Self.palette.count - 1
        let index = purples <= 1 ? 0 : offset * last / (purples - 1)
        return Self.palette[min(max(index, 0), last)]
    }

    /// "0 wrong", "2 wrong", "3–5 wrong".
    func label(ofClass k: Int) -> String {
        let range = classes[k]
        return range.lowerBound == range.upperBound
            ? "\(range.lowerBound) wrong" : "\(range.lowerBound)–\(range.upperBound) wrong"
    }
}
