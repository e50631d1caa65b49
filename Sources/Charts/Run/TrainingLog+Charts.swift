import Training

// What the charts read from a log beyond its accessors.
extension TrainingLog {
    /// Whether the update of iteration k (≥ 1) changed W or b.
    func parametersChanged(at k: Int) -> Bool {
        if bias(k).bitPattern != bias(k - 1).bitPattern { return true }
        return (0..<featureCount).contains { weight(k, $0).bitPattern != weight(k - 1, $0).bitPattern }
    }

    /// The last iteration whose update changed W or b; 0 when none did.
    ///
    /// - Complexity: O(count − result) × n: it walks back from the end.
    var lastParameterChange: Int {
        var k = count
        while k > 0 && !parametersChanged(at: k) { k -= 1 }
        return k
    }

    /// The iterations whose update changed W or b, ascending.
    ///
    /// - Complexity: O(count × n).
    var parameterChanges: [Int] {
        count > 0 ? (1...count).filter(parametersChanged(at:)) : []
    }
}
