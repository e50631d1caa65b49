/// A sample whose sigmoid output lay within two ulps of the threshold in some iteration, so that
/// rounding, not the data, decided its class.
///
/// There s is the correctly rounded σ(z) (see `preciseSigmoid`), and ŷ = [s ≥ T]. numpy's
/// vectorised exp may round such an s to the other side on AVX-512 CPUs.
public struct NearThresholdSample: Sendable, Equatable {
    /// The iteration, from 1.
    public let iteration: Int
    /// The sample, from 1.
    public let sample: Int
    /// Its pre-activation; for T = 0.5 within a few ulps of 0.
    public let z: Double
    /// The correctly rounded sigmoid output that decided ŷ.
    public let s: Double
}
