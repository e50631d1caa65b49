/// One tick of an axis: where it sits along the axis and what it says.
struct Tick: Equatable, Sendable {
    /// The position along the axis, 0 at the axis' lower bound and 1 at its upper bound.
    let fraction: Double
    /// The label, exact and short ("0.3", "2M", "5e-18", "−1.5").
    let label: String
}
