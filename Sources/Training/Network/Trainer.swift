/// Runs training: N iterations of forward pass, backward pass and update.
public enum Trainer {
    /// Trains a network on `dataset` and logs every iteration.
    ///
    /// Training stops early after the iteration whose update makes W or b infinite or NaN
    /// (`TrainingLog.divergedAt`): every later value would be NaN.
    ///
    /// - Precondition: `settings.validate(for: dataset)` does not throw.
    /// - Complexity: O(N·n·m) time, O(N·(min(m, 64) + n)) memory.
    public static func train(_ dataset: Dataset, settings: TrainingSettings) -> TrainingLog {
        var log = TrainingLog(dataset: dataset, settings: settings)
        let (state, divergedAt) = run(dataset, settings, lossesIn: { _ in true }) { log.append($0) }
        log.divergedAt = divergedAt
        log.finalPass = ForwardPass(state.withParameters(state.weights, state.bias))
        log.summary = log.computeSummary(lastStep: state)
        return log
    }

    /// Trains like `train(_:settings:)` but keeps only what the outcome needs, for comparing
    /// another rule on the same data without a second full log.
    public static func summary(_ dataset: Dataset, settings: TrainingSettings) -> TrainingSummary {
        let last = max(settings.iterations, 1)
        var errors: [Int32] = []
        errors.reserveCapacity(settings.iterations)
        var firstLoss = Double.nan
        var path = ParameterPath(planned: settings.iterations)
        path.record(0, weights: settings.initialWeights, bias: settings.initialBias)
        // The losses are needed only at the ends: the first iteration, and the last that runs.
        let (state, divergedAt) = run(dataset, settings, lossesIn: { $0 == 1 || $0 == last }) { state in
            if errors.isEmpty { firstLoss = state.bce }
            errors.append(Int32(clamping: state.errors))
            path.record(errors.count, weights: state.weights, bias: state.bias)
        }
        path.record(errors.count, weights: state.weights, bias: state.bias, last: true)
        let final = ForwardPass(state.withParameters(state.weights, state.bias))
        return TrainingSummary(
            iterationsRequested: settings.iterations, errors: errors, divergedAt: divergedAt,
            finalWeights: state.weights, finalBias: state.bias,
            finalCorrect: final.correctCount(dataset.labels), sampleCount: dataset.sampleCount,
            motion: TrainingSummary.Motion(
                firstLoss: firstLoss, lastLoss: state.lossOfLastForwardPass(), learningRate: settings.learningRate,
                dW: state.dW, db: state.db),
            path: path)
    }

    /// The training loop both entry points share: step, report, stop after a diverging update.
    private static func run(
        _ dataset: Dataset, _ settings: TrainingSettings, lossesIn: (Int) -> Bool,
        each: (TrainingState) -> Void
    ) -> (TrainingState, divergedAt: Int?) {
        var state = TrainingState(dataset: dataset, settings: settings)
        for iteration in 1...max(settings.iterations, 1) {
            // With hidden layers the losses are always computed: recomputing the last pass's needs
            // the hidden parameters before the update, which are not kept.
            state.computesLosses = lossesIn(iteration) || !state.hidden.isEmpty
            state.step()
            each(state)
            if state.hasDiverged { return (state, iteration) }
        }
        return (state, nil)
    }
}
