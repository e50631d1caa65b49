/// splitmix64, for test inputs that are the same on every run.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return ExpGoldens.mix(state)
    }

    /// A double in [0, 1).
    mutating func unit() -> Double { ExpGoldens.unit(next()) }
}
