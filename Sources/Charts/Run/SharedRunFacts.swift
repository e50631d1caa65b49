import Synchronization
import Training

/// The `RunFacts` of one render, computed by the first chart that asks for them: the charts that
/// do not need them (the network diagrams, the landscape, pull.png) start at once instead of
/// waiting for the pass, which at 10⁷ iterations reads 240 MB of W and b.
final class SharedRunFacts: Sendable {
    private let log: TrainingLog
    private let facts = Mutex<RunFacts?>(nil)

    init(_ log: TrainingLog) { self.log = log }

    /// The facts, computed on first use; a chart that asks meanwhile waits for them (the pass
    /// itself waits for nothing, so the wait always ends).
    var value: RunFacts {
        facts.withLock { facts in
            if let facts { return facts }
            let computed = RunFacts(log)
            facts = computed
            return computed
        }
    }
}
