/// A column's element compared bit for bit: NaN equals the same NaN, −0 differs from 0 (the
/// log's settled rows, the charts' runs of repeated values).
public protocol BitwiseComparable {
    /// Whether `other` has the same bits.
    func isSame(as other: Self) -> Bool
}

extension Double: BitwiseComparable {
    public func isSame(as other: Double) -> Bool { bitPattern == other.bitPattern }
}

extension Int32: BitwiseComparable {
    public func isSame(as other: Int32) -> Bool { self == other }
}

extension UInt8: BitwiseComparable {
    public func isSame(as other: UInt8) -> Bool { self == other }
}
