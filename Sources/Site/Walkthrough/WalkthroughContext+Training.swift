import Training

// Section 5: the charts, the iterations where a prediction changed, convergence, and the
// samples that sat on the boundary.
extension WalkthroughContext {
    /// The time charts shown in the training section, in order.
    static let trainingCharts = ["weights.png", "bias.png", "errors.png", "loss.png"]
    /// At most this many near-threshold samples are listed.
    static let boundaryRowsShown = 24

    func trainingValue(_ outcome: TrainingSummary) -> TemplateValue {
        let changes = log.predictionChanges
        let rows: [TemplateValue] = changes.prefix(Self.changesShown).map { k in
            [
                "iteration": .int(k), "href": .string(links.iteration(k)), "text": .string(changeText(k)),
                "errors": .int(log.errors(k)),
            ]
        }
        let caption =
            changes.count > Self.changesShown
            ? "The first \(Self.changesShown) of \(Display.count(changes.count)) iterations where a prediction changed"
            : "Every iteration where a prediction changed"
        return [
            "intro": .string(
                "The charts follow the weights, the bias, the mistakes and the losses through all "
                    + "\(Display.count(log.count, "iteration")). A vertical line marks where training converged "
                    + "or diverged."),
            "charts": .list(Self.trainingCharts.map(figure).filter { $0 != false }),
            "changesIntro": .string(changesIntro(changes)),
            "hasChanges": .bool(!changes.isEmpty),
            "changesCaption": .string(caption),
            "changes": .list(rows),
            "convergence": .string(convergenceText(outcome)),
            "boundary": boundaryValue,
        ]
    }

    private func changesIntro(_ changes: [Int]) -> String {
        guard let last = changes.last else {
            return "No prediction changed after iteration 1: the neuron kept classifying every sample the same way."
        }
        return "A prediction changed in \(Display.count(changes.count, "iteration")); the last change was in "
            + "iteration \(Display.count(last)). Each link opens that row of the history."
    }

    /// "sample 2: 1 → 0, sample 3: 1 → 0" for the logged samples that flipped in iteration k.
    private func changeText(_ k: Int) -> String {
        let flipped = (0..<log.loggedSampleCount).filter { log.prediction(k, $0) != log.prediction(k - 1, $0) }
        guard !flipped.isEmpty else {
            return "a prediction of a sample beyond the first \(log.loggedSampleCount) changed"
        }
        return flipped.prefix(8).map { "sample \($0 + 1): \(log.prediction(k - 1, $0)) → \(log.prediction(k, $0))" }
            .joined(separator: ", ") + (flipped.count > 8 ? ", …" : "")
    }

    private func convergenceText(_ outcome: TrainingSummary) -> String {
        if let diverged = outcome.divergedAt {
            return "Training diverged: the update of iteration \(Display.count(diverged)) made the weights or the bias "
                + "overflow to a non-finite value, and training stopped there. The history and the downloads keep "
                + "every value up to that point."
        }
        guard let converged = outcome.convergedAt else {
            return "Training did not converge: in the last iteration \(log.errors(log.count)) of the "
                + "\(Display.count(dataset.sampleCount, "sample")) were still misclassified."
        }
        var text =
            "From iteration \(Display.count(converged)) on every prediction is right and stays right to the last "
            + "iteration, \(Display.count(log.count))."
        if settings.rule == .thresholded {
            text +=
                " After that nothing moves: under the thresholded rule a right prediction has error 0, so the "
                + "gradient is 0 and W and b keep their values."
        } else {
            text +=
                " Under the logistic rule the parameters keep moving after that, more and more slowly, because "
                + "s − y is never exactly 0."
        }
        return text
    }

    /// The note about samples whose s was within two ulps of T, or false when there were none.
    private var boundaryValue: TemplateValue {
        let samples = log.nearThreshold
        guard !samples.isEmpty else { return false }
        let iterations = log.nearThresholdIterations
        let listed = iterations.prefix(12).map { Display.count($0) }
        let list = listed.joined(separator: ", ") + (iterations.count > 12 ? ", …" : "")
        let threshold = settings.threshold
        let residue = samples.map(\.z).filter { $0 != 0 }.map(abs).max().map(Display.short) ?? "0"
        let boundary = threshold == 0.5 ? "0" : "ln(T/(1 − T))"
        let text =
            "In \(Display.count(iterations.count, "iteration")) (\(list)) a sample sat on the decision boundary: "
            + "its z was within rounding error of \(boundary) (residues up to \(residue), where exact arithmetic gives "
            + "\(boundary)), so s = σ(z) lay within two units in the last place of the threshold "
            + "\(Display.short(threshold)), and the rounding and the ≥ of the threshold, not the data, decided its "
            + "class. There nnreport uses the correctly rounded sigmoid; numpy's vectorised exp can round the other "
            + "way on some CPUs."
        let rows: [TemplateValue] = samples.prefix(Self.boundaryRowsShown).map { sample in
            [
                "iteration": .int(sample.iteration),
                "href": .string(links.iteration(sample.iteration)),
                "sample": .int(sample.sample),
                "z": .string(Display.exact(sample.z)),
                "s": .string(Display.exact(sample.s)),
                "prediction": .int(sample.s >= threshold ? 1 : 0),
            ]
        }
        let more =
            samples.count > Self.boundaryRowsShown
            ? "…and \(Display.count(samples.count - Self.boundaryRowsShown, "more sample")) on the boundary, "
                + "listed in data/history.json." : ""
        return ["text": .string(text), "rows": .list(rows), "more": .string(more)]
    }
}
