/// A sample whose sigmoid output lay within two ulps of the threshold in some iteration: the
/// float64 rounding of the article's formula, not the data, decided its class there.
public struct NearThresholdSample: Sendable, Equatable {
    /// The iteration, from 1.
    public let iteration: Int
    /// The sample, from 1.
    public let sample: Int
    /// Its pre-activation; for T = 0.5 a rounding residue within a few ulps of 0.
    public let z: Double
    /// Its sigmoid output, 1 / (1 + e^(−z)) with a correctly rounded e^(−z).
    public let s: Double
    /// Whether an e^(−z) rounded one ulp up or down would have given the other class: there
    /// numpy's result depends on whether the CPU's exp rounds correctly.
    public let flipsWithExpOneUlpOff: Bool
}
