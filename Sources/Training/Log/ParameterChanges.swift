/// The iterations whose update changed W or b, bitwise (so that NaN after NaN is no change),
/// counted as a run is logged: how many, the last and the first `leadingKept`. The charts then
/// need not read the parameter columns again to find them (240 MB at 10⁷ iterations of the
/// walkthrough's network).
public struct ParameterChanges: Sendable, Equatable {
    /// How many of the first changes are kept.
    public static let leadingKept = 256

    /// How many updates changed W or b.
    public private(set) var count = 0
    /// The last iteration whose update changed W or b; 0 when none did.
    public private(set) var last = 0
    /// The first `leadingKept` iterations whose update changed W or b, in order.
    public private(set) var leading: [Int] = []

    /// Notes that the update of `iteration` (after every earlier one) changed W or b.
    mutating func record(_ iteration: Int) {
        count += 1
        last = iteration
        if leading.count < Self.leadingKept { leading.append(iteration) }
    }
}
