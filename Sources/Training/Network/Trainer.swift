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
        log.summary = log.computeSummary()
        return log
    }

    /// Trains like `train(_:settings:)` but keeps only what the outcome needs, for comparing
    /// another rule on the same data without a second full log.
    public static func summary(_ dataset: Dataset, settings: TrainingSettings) -> TrainingSummary {
        var state = TrainingState(dataset: dataset, settings: settings, computesLosses: false)
        var errors: [Int32] = []
        errors.reserveCapacity(settings.iterations)
        var divergedAt: Int?
        for iteration in 1...max(settings.iterations, 1) {
            state.step()
            errors.append(Int32(state.errors))
            if state.hasDiverged {
                divergedAt = iteration
                break
            }
        }
        let final = ForwardPass(
            dataset: dataset, weights: state.weights, bias: state.bias, threshold: settings.threshold)
        return TrainingSummary(
            iterationsRequested: settings.iterations, errors: errors, divergedAt: divergedAt,
            finalWeights: state.weights, finalBias: state.bias,
            finalCorrect: final.correctCount(dataset.labels), sampleCount: dataset.sampleCount)
    }
}
