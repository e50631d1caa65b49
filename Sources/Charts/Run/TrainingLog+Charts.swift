import Training

// What the charts read from a log beyond its accessors.
extension TrainingLog {
    /// Whether the update of iteration k (≥ 1) changed W or b.
    func parametersChanged(at k: Int) -> Bool {
        if bias(k).bitPattern != bias(k - 1).bitPattern { return true }
        return (0..<featureCount).contains { weight(k, $0).bitPattern != weight(k - 1, $0).bitPattern }
    }
}
