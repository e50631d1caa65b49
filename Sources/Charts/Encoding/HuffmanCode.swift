/// A length-limited canonical Huffman code as DEFLATE (RFC 1951 §3.2.2) writes it: the length of
/// every symbol's code word and the code words themselves, bit-reversed because DEFLATE packs
/// Huffman codes from their most significant bit into a stream filled from the least.
struct HuffmanCode {
    /// Each symbol's code length in bits; 0 for a symbol that never occurs.
    var lengths: [UInt8]
    /// Each symbol's code word, bit-reversed, in the low `lengths[symbol]` bits.
    var codes: [UInt16]

    /// The code for `frequencies`, no code longer than `limit` bits (15 for literals, lengths and
    /// distances; 7 for the code-length code).
    ///
    /// At least two symbols get a code even when fewer occur: a code of one word (or none) is
    /// incomplete, which zlib's inflate accepts only in some cases; two words of one bit always
    /// form a complete code.
    init(frequencies: [UInt32], limit: Int) {
        let count = frequencies.count
        // The symbols that occur, rarest first; ties by symbol, so the code depends on the counts alone.
        var used: [(frequency: UInt32, symbol: Int)] = []
        used.reserveCapacity(count)
        for symbol in 0..<count where frequencies[symbol] > 0 { used.append((frequencies[symbol], symbol)) }
        var filler = 0
        while used.count < min(2, count) {
            if !used.contains(where: { $0.symbol == filler }) { used.append((0, filler)) }
            filler += 1
        }
        used.sort { $0.frequency != $1.frequency ? $0.frequency < $1.frequency : $0.symbol < $1.symbol }

        var lengths = [UInt8](repeating: 0, count: count)
        if used.count >= 2 {
            let depths = Self.depths(ascending: used.map(\.frequency))
            // How many code words of each length, then limited, then handed out: the shortest to
            // the most frequent symbols (the end of `used`), so the limit costs as little as it can.
            var perLength = [Int](repeating: 0, count: max(limit, depths.max() ?? 0) + 1)
            for depth in depths { perLength[depth] += 1 }
            Self.limit(&perLength, to: limit)
            var next = used.count
            for length in 1...limit {
                for _ in 0..<perLength[length] {
                    next -= 1
                    lengths[used[next].symbol] = UInt8(length)
                }
            }
        } else if let only = used.first {
            lengths[only.symbol] = 1  // an alphabet of one symbol: the caller's, not DEFLATE's
        }
        self.lengths = lengths
        self.codes = Self.canonicalCodes(lengths: lengths)
    }

    /// The depth of each leaf of a Huffman tree of `frequencies` (ascending, at least two):
    /// Moffat and Katajainen's in-place algorithm ("In-place calculation of minimum-redundancy
    /// codes", 1995), linear once sorted, without building the tree's nodes.
    static func depths(ascending frequencies: [UInt32]) -> [Int] {
        let n = frequencies.count
        guard n >= 2 else { return [Int](repeating: 1, count: n) }
        // One array serves three phases: weights of leaves and internal nodes, then each internal
        // node's parent, then depths.
        var a = frequencies.map { UInt64($0) }
        a[0] += a[1]
        var root = 0
        var leaf = 2
        for next in 1..<(n - 1) {
            // The first child of node `next`: the lighter of the next internal node and the next leaf.
            if leaf >= n || a[root] < a[leaf] {
                a[next] = a[root]
                a[root] = UInt64(next)
                root += 1
            } else {
                a[next] = a[leaf]
                leaf += 1
            }
            // Its second child, chosen the same way.
            if leaf >= n || (root < next && a[root] < a[leaf]) {
                a[next] += a[root]
                a[root] = UInt64(next)
                root += 1
            } else {
                a[next] += a[leaf]
                leaf += 1
            }
        }
        // Parents to depths of the internal nodes, the root (n − 2) at depth 0.
        a[n - 2] = 0
        var node = n - 3
        while node >= 0 {
            a[node] = a[Int(a[node])] + 1
            node -= 1
        }
        // Depths of the internal nodes to depths of the leaves, deepest in the lowest slots.
        var available = 1
        var used = 0
        var depth: UInt64 = 0
        var inner = n - 2
        var slot = n - 1
        while available > 0 {
            while inner >= 0 && a[inner] == depth {
                used += 1
                inner -= 1
            }
            while available > used {
                a[slot] = depth
                slot -= 1
                available -= 1
            }
            available = 2 * used
            depth += 1
            used = 0
        }
        return a.map { Int($0) }
    }

    /// Turns the counts of code words per length of a complete prefix code into those of a
    /// complete code with none longer than `limit` (`perLength` must have at least `limit + 1`
    /// entries). The words beyond the limit move to it, which over-fills the code; then, one word
    /// at a time, a word of the longest length is removed and a shorter leaf is split into two,
    /// each step lowering the Kraft sum by one unit of 2^−limit until it is exactly 1. The
    /// heuristic of miniz; not the optimum (package-merge) but within a fraction of a percent
    /// for the few codes that reach the limit.
    static func limit(_ perLength: inout [Int], to limit: Int) {
        guard perLength.count > limit, limit >= 1 else { return }
        for length in stride(from: perLength.count - 1, to: limit, by: -1) {
            perLength[limit] += perLength[length]
            perLength[length] = 0
        }
        var total = 0
        for length in 1...limit { total += perLength[length] << (limit - length) }
        // A code of one word has a Kraft sum of ½ and needs nothing; one of several never falls below 1.
        guard perLength[1...limit].reduce(0, +) >= 2 else { return }
        while total > 1 << limit {
            perLength[limit] -= 1
            var length = limit - 1
            while length > 0 && perLength[length] == 0 { length -= 1 }
            guard length > 0 else { return }  // unreachable: the limit leaves room for two words
            perLength[length] -= 1
            perLength[length + 1] += 2
            total -= 1
        }
    }

    /// The canonical code words of RFC 1951 §3.2.2 for `lengths`, bit-reversed.
    static func canonicalCodes(lengths: [UInt8]) -> [UInt16] {
        var perLength = [UInt32](repeating: 0, count: 17)
        for length in lengths where length > 0 && length <= 16 { perLength[Int(length)] += 1 }
        var next = [UInt32](repeating: 0, count: 17)
        var code: UInt32 = 0
        for length in 1...16 {
            code = (code + perLength[length - 1]) << 1
            next[length] = code
        }
        var codes = [UInt16](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 && length <= 16 {
            let word = next[Int(length)]
            next[Int(length)] += 1
            // Reverse the low `length` bits.
            codes[symbol] = UInt16(truncatingIfNeeded: word.bitReversed >> (32 - UInt32(length)))
        }
        return codes
    }
}

extension UInt32 {
    /// The 32 bits in reverse order.
    fileprivate var bitReversed: UInt32 {
        var value = self
        value = (value >> 1) & 0x5555_5555 | (value & 0x5555_5555) << 1
        value = (value >> 2) & 0x3333_3333 | (value & 0x3333_3333) << 2
        value = (value >> 4) & 0x0F0F_0F0F | (value & 0x0F0F_0F0F) << 4
        value = (value >> 8) & 0x00FF_00FF | (value & 0x00FF_00FF) << 8
        return value >> 16 | value << 16
    }
}
