import Formats
import Foundation
import Training

// Check your understanding: exercises whose answers, behind <details>, come from this run.
extension WalkthroughContext {
    var exercisesValue: TemplateValue {
        let items = [iterationTwoExercise, inequalitiesExercise, xorExercise, rateExercise, otherRuleExercise]
            .compactMap { $0 }
        return [
            "items": .list(
                items.enumerated().map { index, item in
                    [
                        "number": .int(index + 1), "title": .string(item.title), "question": .string(item.question),
                        "answer": .list(item.answer.map { .string($0) }),
                        "link": item.link.map { ["href": .string($0.href), "text": .string($0.text)] } ?? false,
                    ]
                })
        ]
    }

    /// One exercise: its question and the paragraphs of its answer.
    private typealias Exercise = (
        title: String, question: String, answer: [String], link: (href: String, text: String)?
    )

    /// "[1, 1.4, 1.2, 1.6]" for the samples the page shows, "…" when there are more.
    private func shownSamples(_ value: (Int) -> Double) -> String {
        let shown = min(log.loggedSampleCount, Self.samplesShown)
        return "[" + (0..<shown).map { Display.short(value($0)) }.joined(separator: ", ")
            + (dataset.sampleCount > shown ? ", …]" : "]")
    }

    /// ln(T/(1 − T)) as the inequalities write it.
    private var level: String { Display.short(logit(settings.threshold)) }

    /// Iteration 2 by hand, answered from the log's second row.
    private var iterationTwoExercise: Exercise? {
        guard log.count >= 2, log.divergedAt.map({ $0 > 2 }) ?? true else { return nil }
        let shown = min(log.loggedSampleCount, Self.samplesShown)
        let values =
            (0..<shown).flatMap { [log.z(2, $0), log.s(2, $0), log.e(2, $0)] }
            + (0..<dataset.featureCount).map { log.dW(2, $0) } + log.weights(after: 2) + [log.db(2), log.bias(2)]
        // An iteration whose numbers overflowed is no exercise.
        guard values.allSatisfy(\.isFinite) else { return nil }
        let thresholded = settings.rule == .thresholded
        let question =
            "Iteration 2 starts where \(WalkthroughSection.backward.reference) ended: W = \(column(log.weights(after: 1))) "
            + "and b = \(Display.short(log.bias(1))). Work it out as iteration 1 was: z, s, "
            + (thresholded ? "ŷ and e = ŷ − y" : "and e = s − y") + " for each sample, then dW, db, and the W and b "
            + "the iteration ends with (α = \(Display.short(settings.learningRate)))."
        let answer = [
            "z = \(shownSamples { log.z(2, $0) }), s = \(shownSamples { log.s(2, $0) }), "
                + "ŷ = \(shownSamples { Double(log.prediction(2, $0)) }) and e = \(shownSamples { log.e(2, $0) }): "
                + "\(Display.count(log.errors(2))) of the \(Display.count(dataset.sampleCount, "sample")) wrong.",
            "dW = \(column((0..<dataset.featureCount).map { log.dW(2, $0) })) and db = \(Display.short(log.db(2))), so "
                + "W = \(column(log.weights(after: 2))) and b = \(Display.short(log.bias(2))).",
        ]
        return ("Iteration 2 by hand", question, answer, (links.iteration(2), "Row 2 of the history"))
    }

    /// The inequalities a separating W, b must satisfy on this data, and a solution the runs found.
    private var inequalitiesExercise: Exercise? {
        let m = dataset.sampleCount, n = dataset.featureCount
        guard m <= Self.samplesShown, n <= Self.samplesShown else { return nil }
        let name = gate.map { "the \($0.title)" } ?? "this data"
        let question =
            "The neuron predicts 1 where s = σ(z) ≥ T, that is where z = Wᵀ·x + b ≥ ln(T/(1 − T)), which is "
            + "\(level) for T = \(Display.short(settings.threshold)). Write one inequality per sample of \(name) "
            + "that W and b must satisfy for that sample to be classified right, and find W and b that satisfy all "
            + "\(Display.count(m))."
        var answer = (0..<m).map { i in
            let x = dataset.features.map { $0[i] }
            return "Sample \(i + 1), x = (\(x.map(Display.short).joined(separator: ", "))), label "
                + "\(Int(dataset.labels[i])): \(inequality(x, label: dataset.labels[i]))."
        }
        answer.append(solutionText)
        return ("A line for \(name)", question, answer, nil)
    }

    /// "w₁ + 0.5·w₂ + b ≥ 0" for a sample with inputs `x`.
    private func inequality(_ x: [Double], label: Double) -> String {
        var text = ""
        for (j, value) in x.enumerated() where value != 0 {
            let term = value.magnitude == 1 ? weightName(j) : "\(Display.short(value.magnitude))·\(weightName(j))"
            text += text.isEmpty ? (value < 0 ? "−" : "") + term : (value < 0 ? " − " : " + ") + term
        }
        text += text.isEmpty ? "b" : " + b"
        return text + (label == 1 ? " ≥ " : " < ") + level
    }

    /// Parameters from this run or the other rule's that satisfy every inequality, checked by their z.
    private var solutionText: String {
        let m = dataset.sampleCount
        let candidates: [(TrainingSummary, String)] = [
            (summary, "this run"), (input.otherRule, "the \(settings.rule.other.rawValue) run"),
        ]
        let level = logit(settings.threshold)
        for (run, name) in candidates where run.divergedAt == nil && run.finalCorrect == m {
            let pass = ForwardPass(dataset, settings: settings, weights: run.finalWeights, bias: run.finalBias)
            // Right by s ≥ T is right by z ≥ ln(T/(1 − T)) but for rounding at the boundary itself.
            guard pass.z.allSatisfy(\.isFinite), zip(pass.z, dataset.labels).allSatisfy({ ($0 >= level) == ($1 == 1) })
            else { continue }
            return "One solution is the end of \(name): W = \(column(run.finalWeights)), b = "
                + "\(Display.short(run.finalBias)). Its z = Wᵀ·x + b is \(list(pass.z)) for the samples in order: "
                + "at least \(self.level) exactly where the label is 1."
                + (level == 0
                    ? " Any positive multiple of a solution is one too: with the threshold at z = 0 the inequalities "
                        + "fix the line, not the length of W." : "")
        }
        return
            "Neither rule found W and b that classify every sample in \(Display.count(settings.iterations, "iteration")). "
            + (gate == .xor
                ? "For XOR none exist: the next exercise shows why."
                : "If none exist, the inequalities contradict each other, as the next exercise shows for XOR; if some "
                    + "do, more iterations or another learning rate may find them.")
    }

    /// XOR's four inequalities and their contradiction, with this run's threshold.
    private var xorExercise: Exercise {
        let l = level
        let twice = Display.short(2 * logit(settings.threshold))
        let rest = logit(settings.threshold) == 0 ? "−b" : "\(twice) − b"
        let question =
            "XOR is 1 when exactly one input is 1. Write its four inequalities as above (predict 1 where "
            + "w₁·x₁ + w₂·x₂ + b ≥ \(l)) and show that no W and b satisfy all of them."
        var answer = [
            "(0, 0) → 0: b < \(l). (1, 0) → 1: w₁ + b ≥ \(l). (0, 1) → 1: w₂ + b ≥ \(l). (1, 1) → 0: w₁ + w₂ + b < \(l).",
            "Add the middle two: w₁ + w₂ + 2b ≥ \(twice), so w₁ + w₂ + b ≥ \(rest); since b < \(l), \(rest) > \(l), "
                + "and the fourth inequality cannot hold. No straight line puts (1, 0) and (0, 1) on one side and "
                + "(0, 0) and (1, 1) on the other, so one neuron without a hidden layer cannot learn XOR.",
        ]
        if gate == .xor, let fewest = log.errorSeries.min() {
            let first = (log.errorSeries.firstIndex(of: fewest) ?? 0) + 1
            answer.append(
                "This run agrees: its best iteration, \(Display.count(first)), still had \(fewest) of the 4 samples wrong."
            )
        }
        return ("Why no line separates XOR", question, answer, nil)
    }

    /// α = 50 against α = 0.1 from zero under the thresholded rule, trained both ways.
    private var rateExercise: Exercise? {
        let m = dataset.sampleCount, n = dataset.featureCount
        let iterations = min(settings.iterations, max(1, RateScaling.maximumWork / max(1, m * n)))
        guard let scaling = RateScaling(dataset: dataset, iterations: iterations, threshold: settings.threshold),
            scaling.largestDeviation.isFinite
        else { return nil }
        let small = Display.short(RateScaling.rates.small), large = Display.short(RateScaling.rates.large)
        let factor = Display.short(RateScaling.rates.large / RateScaling.rates.small)
        let question =
            "Start from W = 0 and b = 0 with the thresholded rule on this data, once with α = \(small) and once with "
            + "α = \(large). Before looking: how do the two runs differ?"
        let trained =
            "Run both ways here for \(Display.count(scaling.iterations, "iteration")): "
            + (scaling.firstDifference.map { "the predictions first differed in iteration \(Display.count($0))." }
                ?? "no prediction ever differed, and the larger run's W and b divided by \(factor) matched the smaller "
                + "run's to a relative \(scaling.largestDeviation == 0 ? "0, exactly" : Display.scientific(scaling.largestDeviation)).")
        if settings.threshold == 0.5 {
            return (
                "A \(factor) times larger learning rate", question,
                [
                    "Only in scale. From zero, every error ŷ − y is −1, 0 or 1, so every step is α times a sum of inputs "
                        + "and ones: after each iteration W and b of the α = \(large) run are \(factor) times those of the "
                        + "α = \(small) run. z scales the same way, keeps its sign, and the threshold 0.5 sits at z = 0, so "
                        + "every prediction is the same; only the length of W changes, not the line.",
                    trained
                        + (scaling.firstDifference == nil
                            ? ""
                            : " Floating-point rounding broke the exact proportion at a sample sitting on the boundary."),
                ], nil
            )
        }
        return (
            "A \(factor) times larger learning rate", question,
            [
                "From zero every error is −1, 0 or 1, so W and b of the α = \(large) run start out \(factor) times those "
                    + "of the α = \(small) run. But with T = \(Display.short(settings.threshold)) the boundary sits at "
                    + "z = \(level), not 0, and scaling z moves samples across it: the runs need not agree.",
                trained,
            ], nil
        )
    }

    /// The first iteration under the other rule, from a one-iteration run of it.
    private var otherRuleExercise: Exercise? {
        let other = settings.rule.other
        var once = settings
        once.iterations = 1
        once.rule = other
        let first = Trainer.train(dataset, settings: once)
        let shown = min(first.loggedSampleCount, Self.samplesShown)
        let values =
            (0..<shown).flatMap { [first.s(1, $0), first.e(1, $0)] }
            + (0..<dataset.featureCount).map { first.dW(1, $0) }
            + first.weights(after: 1) + log.weights(after: 1) + [first.db(1), first.bias(1), log.bias(1)]
        guard first.divergedAt == nil, values.allSatisfy(\.isFinite) else { return nil }
        let error = other == .logistic ? "s − y" : "ŷ − y"
        let question =
            "This run used the \(settings.rule.rawValue) rule. From the same start, predict e = \(error), dW, db and "
            + "the new W and b of iteration 1 under the \(other.rawValue) rule."
        let answer = [
            "The forward pass is the same as in \(WalkthroughSection.forward.reference): s = "
                + "\(shownSamples { first.s(1, $0) }) and ŷ = \(shownSamples { Double(first.prediction(1, $0)) }). "
                + "So e = \(error) = \(shownSamples { first.e(1, $0) }).",
            "dW = \(column((0..<dataset.featureCount).map { first.dW(1, $0) })) and db = \(Display.short(first.db(1))), "
                + "so W = \(column(first.weights(after: 1))) and b = \(Display.short(first.bias(1))), against "
                + "W = \(column(log.weights(after: 1))) and b = \(Display.short(log.bias(1))) in this run.",
        ]
        return ("The \(other.rawValue) rule's first step", question, answer, nil)
    }
}
