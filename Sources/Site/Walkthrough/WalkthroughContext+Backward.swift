import Formats
import Training

// Section 4: the backward pass and the update of iteration 1 with the numbers substituted.
extension WalkthroughContext {
    var backwardValue: TemplateValue {
        let m = dataset.sampleCount, logged = log.loggedSampleCount
        let errors = (0..<logged).map { log.e(1, $0) }
        let gradients: [TemplateValue] = (0..<dataset.featureCount).prefix(Self.samplesShown).map { j in
            let pairs = (0..<logged).map { (dataset.features[j][$0], errors[$0]) }
            return [
                "name": .string("dW for \(dataset.featureNames[j])"),
                "arithmetic": .string(averaged(Arithmetic.sumOfProducts(pairs), over: m, to: log.dW(1, j))),
            ]
        }
        let biasGradient: TemplateValue = [
            "name": "db",
            "arithmetic": .string(averaged(Arithmetic.sum(errors), over: m, to: log.db(1))),
        ]
        let alpha = settings.learningRate
        var updates: [TemplateValue] = (0..<dataset.featureCount).prefix(Self.samplesShown).map { j in
            [
                "name": .string("\(weightName(j)) (for \(dataset.featureNames[j]))"),
                "arithmetic": .string(
                    "\(Display.short(settings.initialWeights[j])) − \(Display.short(alpha))·\(Arithmetic.factor(log.dW(1, j)))"
                        + " = \(Display.short(log.weight(1, j)))"),
            ]
        }
        updates.append([
            "name": "b",
            "arithmetic": .string(
                "\(Display.short(settings.initialBias)) − \(Display.short(alpha))·\(Arithmetic.factor(log.db(1)))"
                    + " = \(Display.short(log.bias(1)))"),
        ])
        let thresholded = settings.rule == .thresholded
        return [
            "errorIntro": .string(
                thresholded
                    ? "The error of each sample is its prediction minus its label, e = ŷ − y, as the article "
                        + "computes it. Under this rule what follows is not the gradient of any loss: ŷ jumps "
                        + "from 0 to 1 at the threshold, so its derivative with respect to z is 0 wherever it "
                        + "exists, and no loss has ŷ − y as its slope. It is the perceptron's correction, and "
                        + "\(WalkthroughSection.chain.reference) sets it beside the true gradient of the cross-entropy:"
                    : "The error of each sample is its sigmoid output minus its label, e = s − y. For the mean "
                        + "cross-entropy L this is m·∂L/∂z (\(WalkthroughSection.chain.reference) derives it), so what follows is the exact "
                        + "gradient of L:"),
            "errorMath": .string(errorMath),
            "gradientIntro": .string(
                (thresholded ? "dW and db (the article calls them error gradients)" : "The gradient dW = ∂L/∂W")
                    + " average each input times its sample's error over the \(Display.count(m, "sample")), "
                    + (thresholded ? "and db" : "and db = ∂L/∂b") + " averages the errors alone:"),
            "gradientCaption": .string(
                thresholded
                    ? "dW and db of iteration 1 with their sums written out"
                    : "The gradient of iteration 1 with its sums written out"),
            "gradientFormulaMath": .string(gradientFormulas),
            "gradients": .list(gradients + [biasGradient]),
            "updateIntro": .string(
                "Then every parameter moves against its \(thresholded ? "correction" : "gradient"): the step is "
                    + "α·dW for W and α·db for b, with α = \(Display.short(alpha)):"),
            "updateFormulaMath": .string(updateFormulas),
            "updates": .list(updates),
            "pullIntro": .string(
                "The picture shows the same step sample by sample. W is perpendicular to the decision boundary, and "
                    + "each sample's share of its step, −α·e⁽ⁱ⁾·x⁽ⁱ⁾/m, is drawn as an arrow at that sample: their sum "
                    + "turns W, and with it the boundary, from where it was before iteration 1 to where it is after. "
                    + "Each sample also moves b by −α·e⁽ⁱ⁾/m. "
                    + (thresholded
                        ? "A right sample has e = 0 and pulls nothing."
                        : "Under the logistic rule every sample pulls, the harder the further its s is from its label.")
            ),
            "conclusion": .string(conclusion),
        ]
    }

    /// Where iteration 2 starts, and how many times the passes repeat in this run.
    private var conclusion: String {
        let start =
            "Iteration 2 starts from W = \(column(log.weights(after: 1))) and b = \(Display.short(log.bias(1))). "
        if let diverged = log.divergedAt {
            if diverged == 1 {
                return "The update of iteration 1 already left W or b no longer a finite number, so training "
                    + "stopped after this one iteration."
            }
            return start + "The same forward and backward passes repeat until iteration \(Display.count(diverged)), "
                + "where training stopped because W or b was no longer a finite number (\(Display.count(diverged)) "
                + "of the \(Display.count(settings.iterations, "iteration")) asked for); the history lists each of them."
        }
        guard log.count > 1 else { return "This run has only this one iteration." }
        return start + "The same forward and backward passes repeat for all "
            + "\(Display.count(log.count, "iteration")); the history lists every one of them."
    }

    /// "(…) / 4 = 0.25", noting when the sum runs over samples not shown.
    private func averaged(_ sum: String, over m: Int, to result: Double) -> String {
        let note = m > log.loggedSampleCount ? " (the sum runs over all \(Display.count(m)) samples)" : ""
        return "(\(sum)) / \(Display.count(m)) = \(Display.short(result))\(note)"
    }

    /// e = ŷ − y = […] − […] = […] with the first samples' values.
    private var errorMath: String {
        let shown = min(log.loggedSampleCount, Self.samplesShown)
        let more = dataset.sampleCount > shown
        func vector(_ values: [Double]) -> String {
            var cells = values.map(MathML.number)
            if more { cells.append(MathML.op("⋯")) }
            return MathML.matrix([cells])
        }
        let source: [Double] =
            settings.rule == .thresholded
            ? (0..<shown).map { Double(log.prediction(1, $0)) } : (0..<shown).map { log.s(1, $0) }
        let symbol = settings.rule == .thresholded ? "ŷ" : "s"
        return MathML.block(
            MathML.identifier("e"), MathML.op("="), MathML.identifier(symbol), MathML.op("−"), MathML.identifier("y"),
            MathML.op("="), vector(source), MathML.op("−"), vector(Array(dataset.labels.prefix(shown))),
            MathML.op("="), vector((0..<shown).map { log.e(1, $0) }),
            label: "e equals \(symbol == "ŷ" ? "y hat" : "s") minus y for iteration 1")
    }

    /// dW = (1/m)·X·eᵀ and db = (1/m)·Σ eᵢ.
    private var gradientFormulas: String {
        let oneOverM = MathML.fraction(MathML.integer(1), MathML.identifier("m"))
        let dW = MathML.row(
            MathML.name("dW"), MathML.op("="), oneOverM, MathML.identifier("X"), MathML.op("·"),
            MathML.sup(MathML.identifier("e"), MathML.identifier("T")))
        let db = MathML.row(
            MathML.name("db"), MathML.op("="), oneOverM,
            MathML.underOver(
                MathML.op("∑"), MathML.row(MathML.identifier("i"), MathML.op("="), MathML.integer(1)),
                MathML.identifier("m")),
            MathML.ofSample("e"))
        return MathML.block(
            MathML.lines([dW, db]),
            label: "dW equals one over m times X times e transposed; db equals one over m times the sum of the errors")
    }

    /// W ← W − α·dW and b ← b − α·db.
    private var updateFormulas: String {
        func update(_ parameter: String, _ gradient: String) -> String {
            MathML.row(
                MathML.identifier(parameter), MathML.op("←"), MathML.identifier(parameter), MathML.op("−"),
                MathML.identifier("α"), MathML.op("·"), MathML.name(gradient))
        }
        return MathML.block(
            MathML.lines([update("W", "dW"), update("b", "db")]),
            label: "W becomes W minus alpha times dW; b becomes b minus alpha times db")
    }
}
