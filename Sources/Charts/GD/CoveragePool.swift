import Synchronization

/// Zeroed byte buffers for `CoverageCells`, kept between stroke layers: a layer spans its whole
/// clip (about a megabyte for a plot) but touches a few rows of it, and the default report
/// makes some 140 layers, each of which allocated and cleared its megabyte.
///
/// Every buffer in the pool is all zeros, and a buffer taken out belongs to its taker alone
/// (arrays are values: one still shared when given back would be copied on its next write).
/// At most `capacity` buffers of at most `largest` bytes are kept, whatever the threads.
enum CoveragePool {
    /// The most buffers kept: with 6 instead of 3 the default report peaked 2.5 MB higher for
    /// no time saved (the layers alive at once are mostly fewer).
    static let capacity = 3
    /// The largest buffer kept, in bytes (a 2048 × 2048 clip; a chart's plot is 1.4 MB), so that
    /// the pool never holds more than 12 MB.
    static let largest = 1 << 22

    private static let buffers = Mutex<[[UInt8]]>([])

    /// A buffer of at least `count` zeros: the smallest kept one that fits, or a new one.
    static func take(count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        let kept = buffers.withLock { buffers -> [UInt8]? in
            var best: Int?
            for (index, buffer) in buffers.enumerated() where buffer.count >= count {
                if best.map({ buffer.count < buffers[$0].count }) ?? true { best = index }
            }
            return best.map { buffers.remove(at: $0) }
        }
        return kept ?? [UInt8](repeating: 0, count: count)
    }

    /// Keeps `buffer`, which must be all zeros, for a later `take`; when the pool is full the
    /// smallest buffer is dropped (the largest fit the most layers).
    static func give(_ buffer: [UInt8]) {
        guard !buffer.isEmpty, buffer.count <= largest else { return }
        // The dropped buffer is freed after the lock is released.
        let dropped = buffers.withLock { buffers -> [UInt8]? in
            buffers.append(buffer)
            guard buffers.count > capacity,
                let smallest = buffers.indices.min(by: { buffers[$0].count < buffers[$1].count })
            else { return nil }
            return buffers.remove(at: smallest)
        }
        _ = dropped
    }

    /// The number of buffers kept, for tests.
    static var count: Int { buffers.withLock { $0.count } }
}
