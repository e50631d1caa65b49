/// Finds the candidate nearest to a mistyped word, for "did you mean" hints.
package enum Suggestion {
    /// The closest of `candidates` to `word`, or nil when none is plausibly what was meant
    /// (more than a third of the word's letters would have to change).
    package static func nearest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance < best?.distance ?? .max { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(1, max(target.count, best.candidate.count) / 3)
        if best.distance <= allowed { return best.candidate }
        // A prefix of a long name ("--learn") is also worth suggesting.
        return candidates.first { target.count >= 3 && $0.lowercased().hasPrefix(String(target)) }
    }

    /// The edit distance between two words: insertions, deletions, substitutions and swaps of
    /// neighbouring letters ("trian" is one edit from "train").
    ///
    /// - Complexity: O(a·b) time and memory.
    package static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
