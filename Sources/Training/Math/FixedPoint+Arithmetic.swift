// MARK: - Exact operations

extension FixedPoint {
    /// a += b; exact while the sum stays below 2⁶⁴.
    static func += (a: inout FixedPoint, b: FixedPoint) {
        var carry = false
        for index in a.limbs.indices {
            let (partial, overflow1) = a.limbs[index].addingReportingOverflow(b.limbs[index])
            let (total, overflow2) = partial.addingReportingOverflow(carry ? 1 : 0)
            a.limbs[index] = total
            carry = overflow1 || overflow2
        }
    }

    /// a + b; exact while the sum stays below 2⁶⁴.
    static func + (a: FixedPoint, b: FixedPoint) -> FixedPoint {
        var sum = a
        sum += b
        return sum
    }

    /// a − b, exact.
    ///
    /// - Precondition: a ≥ b (otherwise the result wraps around 2⁶⁴).
    static func - (a: FixedPoint, b: FixedPoint) -> FixedPoint {
        var difference = a
        var borrow = false
        for index in difference.limbs.indices {
            let (partial, overflow1) = difference.limbs[index].subtractingReportingOverflow(b.limbs[index])
            let (total, overflow2) = partial.subtractingReportingOverflow(borrow ? 1 : 0)
            difference.limbs[index] = total
            borrow = overflow1 || overflow2
        }
        return difference
    }

    /// The value times the integer `factor`; exact while the product stays below 2⁶⁴.
    func multiplied(by factor: UInt64) -> FixedPoint {
        var product = self
        var carry: UInt64 = 0
        for index in product.limbs.indices {
            let (high, low) = product.limbs[index].multipliedFullWidth(by: factor)
            let (sum, overflow) = low.addingReportingOverflow(carry)
            product.limbs[index] = sum
            carry = high &+ (overflow ? 1 : 0)
        }
        return product
    }

    /// 2^position, for −64·fractionLimbs ≤ position < 64.
    init(powerOfTwo position: Int, fractionLimbs: Int) {
        self.init(0, fractionLimbs: fractionLimbs)
        let shift = position + 64 * fractionLimbs
        limbs[shift >> 6] = 1 << UInt64(shift & 63)
    }

    /// `count` units of the last place: count · 2^(−64·fractionLimbs).
    init(units count: UInt64, fractionLimbs: Int) {
        self.init(0, fractionLimbs: fractionLimbs)
        limbs[0] = count
    }
}

// MARK: - Truncating operations (error below one unit 2^(−64·fractionLimbs))

extension FixedPoint {
    /// self = self · other, truncated; the product must stay below 2⁶⁴. `scratch` holds the
    /// double-width product, so that a loop of products allocates nothing after the first.
    mutating func multiply(by other: FixedPoint, scratch: inout [UInt64]) {
        other.limbs.withUnsafeBufferPointer { b in
            limbs.withUnsafeMutableBufferPointer { a in Self.multiply(a, b, &scratch) }
        }
    }

    /// self = self², truncated (as `multiply(by: self, scratch:)`, which exclusivity forbids).
    mutating func square(scratch: inout [UInt64]) {
        limbs.withUnsafeMutableBufferPointer { a in Self.multiply(a, UnsafeBufferPointer(a), &scratch) }
    }

    /// a = a · b truncated, through `wide`; b may be a itself: a is written only at the end.
    private static func multiply(
        _ a: UnsafeMutableBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>, _ wide: inout [UInt64]
    ) {
        let count = a.count
        if wide.count != 2 * count { wide = [UInt64](repeating: 0, count: 2 * count) }
        wide.withUnsafeMutableBufferPointer { wide in
            wide.update(repeating: 0)
            for i in 0..<count where a[i] != 0 {
                var carry: UInt64 = 0
                for j in 0..<count {
                    let (high, low) = a[i].multipliedFullWidth(by: b[j])
                    let (sum1, overflow1) = wide[i + j].addingReportingOverflow(low)
                    let (sum2, overflow2) = sum1.addingReportingOverflow(carry)
                    wide[i + j] = sum2
                    carry = high &+ (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0)
                }
                wide[i + count] = carry
            }
            // wide has 2·fractionLimbs fraction limbs: drop the lowest fractionLimbs.
            for index in 0..<count { a[index] = wide[count - 1 + index] }
        }
    }

    /// a · b, truncated; the product must stay below 2⁶⁴.
    static func * (a: FixedPoint, b: FixedPoint) -> FixedPoint {
        var product = a
        var scratch: [UInt64] = []
        product.multiply(by: b, scratch: &scratch)
        return product
    }

    /// self = self / divisor, truncated.
    ///
    /// - Precondition: divisor > 0.
    mutating func divide(by divisor: UInt64) {
        var remainder: UInt64 = 0
        for index in limbs.indices.reversed() {
            // remainder < divisor, so the quotient of this step fits one limb.
            (limbs[index], remainder) = divisor.dividingFullWidth((remainder, limbs[index]))
        }
    }

    /// The value divided by the integer `divisor`, truncated.
    ///
    /// - Precondition: divisor > 0.
    func divided(by divisor: UInt64) -> FixedPoint {
        var quotient = self
        quotient.divide(by: divisor)
        return quotient
    }

    /// The value divided by 2^count, truncated.
    func shiftedRight(by count: Int) -> FixedPoint {
        guard count > 0 else { return self }
        var shifted = self
        let limbShift = count >> 6, bitShift = UInt64(count & 63)
        for index in shifted.limbs.indices {
            let source = index + limbShift
            let low = source < limbs.count ? limbs[source] >> bitShift : 0
            let high = bitShift != 0 && source + 1 < limbs.count ? limbs[source + 1] << (64 - bitShift) : 0
            shifted.limbs[index] = low | high
        }
        return shifted
    }
}
