import Formats
import Training

// Section 0: what was trained, the settings, the outcome.
extension WalkthroughContext {
    func summaryValue(_ outcome: TrainingSummary) -> TemplateValue {
        [
            "iterationsRunText": .string(iterationsRunText(outcome)),
            "headline": .string(headline(outcome)),
            "detail": .string(detail(outcome)),
            "finalWeightsMath": .string(parameterMath("W", outcome.finalWeights, transposed: true)),
            "finalBiasMath": .string(parameterMath("b", [outcome.finalBias], transposed: false)),
            "accuracyText": .string(accuracyText(outcome)),
            "settings": .list(settingRows.map { ["name": .string($0.0), "value": .string($0.1)] }),
        ]
    }

    func iterationsRunText(_ outcome: TrainingSummary) -> String {
        if outcome.iterationsRun < outcome.iterationsRequested {
            return
                "\(Display.count(outcome.iterationsRun)) of the \(Display.count(outcome.iterationsRequested, "iteration")) asked for"
        }
        return Display.count(outcome.iterationsRun, "iteration")
    }

    func headline(_ outcome: TrainingSummary) -> String {
        if let diverged = outcome.divergedAt { return "Diverged at iteration \(Display.count(diverged))." }
        if let allRight = outcome.allRightFrom {
            return "Every prediction right from iteration \(Display.count(allRight)) on."
        }
        return "Not every prediction right at the end."
    }

    func detail(_ outcome: TrainingSummary) -> String {
        let m = Display.count(outcome.sampleCount, "sample")
        if let diverged = outcome.divergedAt { return divergenceText(at: diverged) }
        if let allRight = outcome.allRightFrom {
            let stretch =
                "From iteration \(Display.count(allRight)) to the last, \(Display.count(outcome.iterationsRun)), "
                + "all \(m) are classified correctly. "
            return stretch + afterAllRightText(outcome)
        }
        let wrong = log.errors(log.count)
        var text = "In the last iteration \(wrong) of the \(m) \(wrong == 1 ? "was" : "were") still misclassified."
        if gate == .xor {
            text +=
                " No straight line separates XOR's two classes, so no single neuron can classify all four; "
                + "the result (\(WalkthroughSection.result.reference)) shows why."
        }
        return text
    }

    /// What happens once every prediction is right, for the rule in use.
    func afterAllRightText(_ outcome: TrainingSummary) -> String {
        if settings.rule == .thresholded {
            return "Under the thresholded rule a right prediction has error e = 0, so from then on dW and db "
                + "are 0 and W and b no longer change."
        }
        let motion = outcome.motion
        guard motion.lastStep > 0 else {
            return "Under the logistic rule s − y is 0 only where s rounds to exactly its label; here it did for "
                + "every sample, so the last iteration no longer moved W and b."
        }
        return "Under the logistic rule this is not an end point: s − y is never exactly 0, so W and b keep "
            + "moving to the last iteration (its update still moved them by \(Display.short(motion.lastStep))), "
            + "and the mean cross-entropy went from \(Display.short(motion.firstLoss)) in iteration 1 to "
            + "\(Display.short(motion.lastLoss)) in iteration \(Display.count(outcome.iterationsRun))."
    }

    /// Why no single neuron classifies XOR: its four inequalities contradict each other.
    var xorImpossibility: String {
        let c = settings.threshold == 0.5 ? "0" : "c"
        let level =
            settings.threshold == 0.5
            ? "ŷ = 1 exactly when z ≥ 0"
            : "ŷ = 1 exactly when z ≥ c = ln(T/(1 − T)) = \(Display.short(thresholdLevel))"
        return "No single neuron can classify XOR: its four samples need b < \(c), w₁ + b ≥ \(c), w₂ + b ≥ \(c) "
            + "and w₁ + w₂ + b < \(c) (\(level)). Adding the middle two gives w₁ + w₂ + 2b ≥ \(c == "0" ? "0" : "2c"), "
            + "so w₁ + w₂ + b ≥ \(c == "0" ? "" : "2c ")−b > \(c), which contradicts the last: no straight line "
            + "separates XOR's two classes. Any three of the four can be satisfied, so 3 of 4 is the best a "
            + "single neuron can do."
    }

    /// The z at which σ(z) = T.
    var thresholdLevel: Double { logit(settings.threshold) }

    func accuracyText(_ outcome: TrainingSummary) -> String {
        let m = Display.count(outcome.sampleCount, "sample")
        if let diverged = outcome.divergedAt {
            // Iteration K's forward pass used the last finite parameters, those after iteration K − 1.
            let right = dataset.sampleCount - log.errors(diverged)
            let last =
                diverged == 1
                ? "The initial ones" : "The last finite ones, after iteration \(Display.count(diverged - 1)),"
            return "none: the final parameters are not finite numbers. \(last) classified \(right) of \(m) correctly."
        }
        guard let accuracy = outcome.accuracy else { return "none: there are no samples" }
        return "\(Display.percent(accuracy)) (\(outcome.finalCorrect) of \(m) right with the final parameters)"
    }

    /// "W = [0.05, 0.05]ᵀ" or "b = −0.075" as inline MathML; non-finite values said in words.
    func parameterMath(_ name: String, _ values: [Double], transposed: Bool) -> String {
        guard values.allSatisfy(\.isFinite) else {
            return escapeHTML("not a finite number (training diverged)")
        }
        let shown = values.count <= 8 ? values : Array(values.prefix(8))
        var cells = shown.map(MathML.number)
        if values.count > 8 { cells.append(MathML.op("…")) }
        let math =
            transposed
            ? MathML.sup(
                MathML.row(MathML.op("["), cells.joined(separator: MathML.op(",")), MathML.op("]")),
                MathML.identifier("T"))
            : cells.joined()
        let label = "\(name) = " + (transposed ? list(values) + " transposed" : Display.short(values[0]))
        return MathML.inline(MathML.identifier(name), MathML.op("="), math, label: label)
    }

    /// The settings table: the run's settings as the settings table declares them, with the
    /// shape of the data after the dataset.
    var settingRows: [(String, String)] {
        var rows = input.settings.map { ($0.name, $0.text) }
        let shape = [
            ("Samples m", Display.count(dataset.sampleCount)),
            ("Features n", "\(dataset.featureCount) (\(dataset.featureNames.joined(separator: ", ")))"),
        ]
        rows.insert(contentsOf: shape, at: input.settings.firstIndex { $0.key == "dataset" }.map { $0 + 1 } ?? 0)
        return rows
    }
}
