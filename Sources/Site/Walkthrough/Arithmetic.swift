import Formats

/// Sums and products written out with the run's numbers, as the walkthrough shows them:
/// "0.4·1 + 0.2·0 + 1 = 1.4".
enum Arithmetic {
    /// The most terms written out before the middle ones are elided as "…".
    static let termsShown = 6

    /// A factor: negative numbers in parentheses so "0.4·(−1)" reads right.
    static func factor(_ value: Double) -> String {
        let text = Display.short(value)
        return value < 0 ? "(\(text))" : text
    }

    /// "a·x + b·y − c·z": products of pairs, the sign of the first factor folded into the operator.
    static func sumOfProducts(_ pairs: [(Double, Double)]) -> String {
        terms(pairs.map { (sign: $0.0 < 0 ? -1 : 1, text: "\(Display.short(abs($0.0)))·\(factor($0.1))") })
    }

    /// "1 + 1 − 1 + 0": a plain sum.
    static func sum(_ values: [Double]) -> String {
        terms(values.map { (sign: $0 < 0 ? -1 : 1, text: Display.short(abs($0))) })
    }

    /// Joins signed terms, eliding the middle of long sums.
    private static func terms(_ items: [(sign: Int, text: String)]) -> String {
        guard !items.isEmpty else { return "0" }
        var shown: [(sign: Int, text: String)?] = items.map { $0 }
        if items.count > termsShown {
            shown = Array(items.prefix(termsShown - 1)) + [nil] + [items[items.count - 1]]
        }
        var text = ""
        for (index, item) in shown.enumerated() {
            guard let item else {
                text += " + …"
                continue
            }
            if index == 0 {
                text += (item.sign < 0 ? "−" : "") + item.text
            } else {
                text += (item.sign < 0 ? " − " : " + ") + item.text
            }
        }
        return text
    }

    /// " + 1" or " − 0.5": a term added to a sum.
    static func plus(_ value: Double) -> String {
        value < 0 ? " − \(Display.short(abs(value)))" : " + \(Display.short(value))"
    }
}
