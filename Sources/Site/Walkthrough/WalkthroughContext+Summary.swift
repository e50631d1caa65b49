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
            "accuracyText": .string(
                "\(Display.percent(outcome.accuracy)) (\(outcome.finalCorrect) of "
                    + "\(Display.count(outcome.sampleCount, "sample")) right with the final parameters)"),
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
        if let converged = outcome.convergedAt { return "Converged at iteration \(Display.count(converged))." }
        return "Did not converge."
    }

    func detail(_ outcome: TrainingSummary) -> String {
        let m = Display.count(outcome.sampleCount, "sample")
        if let diverged = outcome.divergedAt {
            return "After the update of iteration \(Display.count(diverged)) the weights or the bias were no longer "
                + "finite numbers, so training stopped there. A smaller learning rate keeps the steps finite."
        }
        if let converged = outcome.convergedAt {
            return "From iteration \(Display.count(converged)) on, every one of the \(m) is classified correctly, "
                + "and it stays so to the last iteration, \(Display.count(outcome.iterationsRun))."
        }
        let wrong = log.errors(log.count)
        var text = "In the last iteration \(wrong) of the \(m) \(wrong == 1 ? "was" : "were") still misclassified."
        if dataset == LogicGate.xor.dataset {
            text += " A single neuron draws one straight line, and no straight line separates XOR's two classes."
        }
        return text
    }

    /// "W = [0.05, 0.05]ᵀ" or "b = −0.075" as inline MathML; non-finite values said in words.
    func parameterMath(_ name: String, _ values: [Double], transposed: Bool) -> String {
        guard values.allSatisfy(\.isFinite) else {
            return escapeHTML("not finite (training diverged)")
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
        let label = "\(name) = " + (transposed ? vector(values) + " transposed" : Display.short(values[0]))
        return MathML.inline(MathML.identifier(name), MathML.op("="), math, label: label)
    }

    var settingRows: [(String, String)] {
        [
            ("Dataset", dataset.name + (input.datasetLabel == dataset.name ? "" : " (\(input.datasetLabel))")),
            ("Samples m", Display.count(dataset.sampleCount)),
            ("Features n", "\(dataset.featureCount) (\(dataset.featureNames.joined(separator: ", ")))"),
            ("Initial weights W", vector(settings.initialWeights)),
            ("Initial bias b", Display.short(settings.initialBias)),
            ("Learning rate α", Display.short(settings.learningRate)),
            ("Iterations N", Display.count(settings.iterations)),
            ("Update rule", settings.rule == .thresholded ? "thresholded, e = ŷ − y" : "logistic, e = s − y"),
            (
                "Threshold T",
                "\(Display.short(settings.threshold)): predict 1 when s ≥ \(Display.short(settings.threshold))"
            ),
        ]
    }
}
