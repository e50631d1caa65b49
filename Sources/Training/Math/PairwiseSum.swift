/// Sums values in numpy's order (`pairwise_sum` in numpy's `loops_utils.h`), so that Σe and the
/// losses equal numpy's to the last bit.
///
/// Fewer than 8 values are added left to right; up to 128 go into eight interleaved accumulators
/// combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)), the remainder added after; larger blocks are
/// split in two at a multiple of 8. `np.sum` adds the result to its identity, 0.0.
///
/// - Complexity: O(n), recursion depth O(log n).
func pairwiseSum(_ values: UnsafeBufferPointer<Double>) -> Double {
    0.0 + pairwiseBlock(values, from: values.startIndex, count: values.count)
}

/// Sums `values` in numpy's order (see `pairwiseSum(_:)`).
func pairwiseSum(_ values: [Double]) -> Double {
    values.withUnsafeBufferPointer { pairwiseSum($0) }
}

private func pairwiseBlock(_ a: UnsafeBufferPointer<Double>, from start: Int, count n: Int) -> Double {
    if n < 8 {
        var sum = 0.0
        for i in start..<(start + n) { sum += a[i] }
        return sum
    }
    if n <= 128 {
        var r0 = a[start], r1 = a[start + 1], r2 = a[start + 2], r3 = a[start + 3]
        var r4 = a[start + 4], r5 = a[start + 5], r6 = a[start + 6], r7 = a[start + 7]
        let unrolled = n - n % 8
        var i = 8
        while i < unrolled {
            let p = start + i
            r0 += a[p]; r1 += a[p + 1]; r2 += a[p + 2]; r3 += a[p + 3]
            r4 += a[p + 4]; r5 += a[p + 5]; r6 += a[p + 6]; r7 += a[p + 7]
            i += 8
        }
        var sum = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        while i < n {
            sum += a[start + i]
            i += 1
        }
        return sum
    }
    var half = n / 2
    half -= half % 8
    return pairwiseBlock(a, from: start, count: half) + pairwiseBlock(a, from: start + half, count: n - half)
}
