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
        var state = TrainingState(dataset: dataset, settings: settings)
        var log = TrainingLog(dataset: dataset, settings: settings)
        for iteration in 1...max(settings.iterations, 1) {
            state.step()
            log.append(state)
            if state.hasDiverged {
                log.divergedAt = iteration
                break
            }
        }
        log.finalPass = ForwardPass(
            dataset: dataset, weights: state.weights, bias: state.bias, threshold: settings.threshold)
        log.summary = log.computeSummary(lastStep: state)
        return log
    }

    /// Trains like `train(_:settings:)` but keeps only what the outcome needs, for comparing
    /// another rule on the same data without a second full log.
    public static func summary(_ dataset: Dataset, settings: TrainingSettings) -> TrainingSummary {
        let last = max(settings.iterations, 1)
        var state = TrainingState(dataset: dataset, settings: settings, computesLosses: true)
        var errors: [Int32] = []
        errors.reserveCapacity(settings.iterations)
        var divergedAt: Int?
        var firstLoss = Double.nan
        for iteration in 1...last {
            // The losses are needed only at the ends: the first iteration, and the last that runs.
            state.computesLosses = iteration == 1 || iteration == last
            state.step()
            if iteration == 1 { firstLoss = state.bce }
            errors.append(Int32(clamping: state.errors))
            if state.hasDiverged {
                divergedAt = iteration
                break
            }
        }
        let lastLoss = state.lossOfLastForwardPass()
        let final = ForwardPass(
            dataset: dataset, weights: state.weights, bias: state.bias, threshold: settings.threshold)
        return TrainingSummary(
            iterationsRequested: settings.iterations, errors: errors, divergedAt: divergedAt,
            finalWeights: state.weights, finalBias: state.bias,
            finalCorrect: final.correctCount(dataset.labels), sampleCount: dataset.sampleCount,
            motion: TrainingSummary.Motion(
                firstLoss: firstLoss, lastLoss: lastLoss, learningRate: settings.learningRate, dW: state.dW,
                db: state.db))
    }
}
