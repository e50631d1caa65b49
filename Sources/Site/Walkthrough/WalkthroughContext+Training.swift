import Formats
import Training

// Section 5: the charts, the iterations where a prediction changed, convergence, and the
// samples that sat on the boundary.
extension WalkthroughContext {
    /// The time charts shown in the training section, in order.
    static let trainingCharts = ["weights.png", "bias.png", "errors.png", "loss.png", "confidence.png"]
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
                "The charts follow the weights, the bias, the mistakes and the losses through "
                    + (log.count == 1 ? "the run's only iteration. " : "all \(Display.count(log.count, "iteration")). ")
                    + (outcome.divergedAt != nil
                        ? "A vertical line marks the iteration where training diverged."
                        : outcome.allRightFrom != nil
                            ? "A vertical line marks the iteration from which every prediction is right."
                            : "No iteration is marked: at the end some predictions are still wrong.")),
            "landscapeIntro": .string(landscapeIntro),
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
            guard log.count > 1 else { return "With a single iteration there is no later one to compare it with." }
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
            return "Training diverged: the update of iteration \(Display.count(diverged)) made W or b a non-finite "
                + "number, and training stopped there. The history and the downloads keep every value up to that point."
        }
        guard let allRight = outcome.allRightFrom else {
            return "In the last iteration \(log.errors(log.count)) of the "
                + "\(Display.count(dataset.sampleCount, "sample")) were still misclassified."
        }
        return "From iteration \(Display.count(allRight)) on every prediction is right and stays right to the last "
            + "iteration, \(Display.count(log.count)). " + afterAllRightText(outcome)
    }

    /// The note about samples whose s was within two ulps of T, or false when there were none.
    private var boundaryValue: TemplateValue {
        let samples = log.nearThreshold
        guard !samples.isEmpty else { return false }
        let iterations = log.nearThresholdIterations
        let threshold = settings.threshold
        // One pass: the samples come in iteration order (a run settled on the boundary has one
        // or more in every iteration, and a search per iteration was quadratic: hours at 10⁶).
        var flipping: [Int] = []
        for sample in samples where sample.flipsWithExpOneUlpOff && flipping.last != sample.iteration {
            flipping.append(sample.iteration)
        }
        let level = threshold == 0.5 ? "0" : "ln(T/(1 − T)), where σ(z) = T"
        var text =
            "In \(Display.count(iterations.count, "iteration")) (\(listed(iterations))) a sample sat right on the "
            + "decision boundary: its z was within a hair of \(level) (the largest distance was "
            + "\(Display.short(samples.map { abs($0.z - thresholdLevel) }.max() ?? 0))), so close that its s = σ(z) "
            + "came out within two units in the last place of the threshold \(Display.short(threshold)) — the "
            + "smallest steps float64 can take, about 10⁻¹⁶ here. For those samples the last bits of the "
            + "arithmetic, not the data, decided the class. nnreport computes s exactly as the article's code does, "
            + "1 / (1 + exp(−z)) in float64 with an exp that is correctly rounded (the float64 number nearest the "
            + "true value), so these classes are the article's wherever numpy's exp rounds correctly too. "
        if flipping.isEmpty {
            text +=
                "None of them depends on that: an exp off by one unit in the last place would give the same classes."
        } else if flipping.count == iterations.count {
            text +=
                "In every one of them an exp off by one unit in the last place, as numpy's fast exp is for some "
                + "inputs on some processors (AVX-512), would give the other class, so numpy on such a machine can "
                + "take another path from the first of them on."
        } else {
            text +=
                "In \(Display.count(flipping.count, "iteration")) (\(listed(flipping))) an exp off by one unit in the "
                + "last place, as numpy's fast exp is for some inputs on some processors (AVX-512), would give the "
                + "other class, so numpy on such a machine can take another path from there."
        }
        let rows: [TemplateValue] = samples.prefix(Self.boundaryRowsShown).map { sample in
            [
                "iteration": .int(sample.iteration),
                "href": .string(links.iteration(sample.iteration)),
                "sample": .int(sample.sample),
                "z": .string(Display.exact(sample.z)),
                "s": .string(Display.exact(sample.s)),
                "prediction": .int(sample.s >= threshold ? 1 : 0),
                "flips": .string(sample.flipsWithExpOneUlpOff ? "yes" : "no"),
            ]
        }
        let more =
            samples.count > Self.boundaryRowsShown
            ? "…and \(Display.count(samples.count - Self.boundaryRowsShown, "more sample")) on the boundary, "
                + (samples.count <= HistoryJSON.nearThresholdListed
                    ? "listed in data/history.json."
                    : "the first \(Display.count(HistoryJSON.nearThresholdListed)) of all of them listed in "
                        + "data/history.json; the CSV holds s of every sample at every iteration.") : ""
        return ["text": .string(text), "rows": .list(rows), "more": .string(more)]
    }

    /// "13, 15, 17" with at most 12 iterations listed.
    private func listed(_ iterations: [Int]) -> String {
        iterations.prefix(12).map { Display.count($0) }.joined(separator: ", ") + (iterations.count > 12 ? ", …" : "")
    }

    /// What the two panels of the landscape are, so that nothing in them misleads.
    private var landscapeIntro: String {
        let other = settings.rule.other.rawValue
        return "Each point (w₁, w₂) of the left panel is coloured by the lowest mean cross-entropy any bias b gives "
            + "with those two weights: b is chosen best for each point, so this is not a slice at one fixed b, and a "
            + "path over a low region can still have a poor b of its own. On it are W's path in this run (the "
            + "\(settings.rule.rawValue) rule) and in the \(other) run on the same data, from start to end. The right "
            + "panel colours the same plane by the fewest misclassified samples any b gives. The thresholded rule "
            + "stops moving once its own W and b classify every sample, which can happen only inside a region of 0."
    }
}
