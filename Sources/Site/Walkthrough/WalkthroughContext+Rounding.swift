import Training

// Which classes float64 rounding decided rather than the data.
extension WalkthroughContext {
    /// How many units in the last place of its largest term z may lie from the boundary and still
    /// count as a rounding residue: enough for rounding accumulated over a few thousand updates of
    /// W and b, far below any difference the data makes.
    static let residueUlps = 4096.0

    /// The samples (from 0) whose final z is a rounding residue at the boundary.
    var roundingDecidedSamples: [Int] {
        let pass = log.finalPass, w = log.summary.finalWeights, b = log.summary.finalBias
        return (0..<dataset.sampleCount).filter { i in
            isRoundingResidue(
                pass.z[i], terms: (0..<dataset.featureCount).map { w[$0] * dataset.features[$0][i] } + [b])
        }
    }

    /// Whether `z`, the sum of `terms`, lies at the boundary z = ln(T/(1 − T)) only by rounding:
    /// nearer to it than a few thousand units in the last place of the largest term.
    func isRoundingResidue(_ z: Double, terms: [Double]) -> Bool {
        let level = thresholdLevel
        let scale = terms.reduce(abs(level)) { max($0, abs($1)) }
        guard z.isFinite, scale.isFinite, scale > 0, terms.contains(where: { $0 != 0 }) else { return false }
        return abs(z - level) <= Self.residueUlps * scale.ulp
    }
}
