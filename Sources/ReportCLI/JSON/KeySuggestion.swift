/// The known key a mistyped key most likely meant, for "did you mean …?".
enum KeySuggestion {
    /// The known key closest to `key` by edit distance, ignoring case, if it is close enough to
    /// be a typo (at most a third of the letters differ, and at least 1 may).
    static func nearest(to key: String, in known: [String]) -> String? {
        let typed = Array(key.lowercased().unicodeScalars)
        let scored = known.map { ($0, editDistance(typed, Array($0.lowercased().unicodeScalars))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(1, typed.count / 3) ? best.0 : nil
    }

    /// The Levenshtein distance between `a` and `b`.
    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
