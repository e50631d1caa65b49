import Formats
import Training

// The chain rule for ∂L/∂w₁ term by term with iteration 1's numbers, where σ′ cancels, which factor
// the thresholded rule replaces, and the numerical gradient check.
extension WalkthroughContext {
    var chainValue: TemplateValue {
        let shown = min(log.loggedSampleCount, Self.samplesShown)
        let chain = ChainRule(dataset: dataset, settings: settings, feature: 0, samples: shown)
        let check = GradientCheck(dataset: dataset, settings: settings, weights: Self.samplesShown)
        let x = dataset.featureNames[0]
        let terms: [TemplateValue] = chain.terms.enumerated().map { i, term in
            [
                "number": .int(i + 1),
                "s": .string(Display.short(term.s)),
                "y": .int(Int(term.y)),
                "lossBySigmoid": .string(term.lossBySigmoid.isFinite ? Display.short(term.lossBySigmoid) : "—"),
                "slope": .string(Display.short(term.sigmoidSlope)),
                "x": .string(Display.short(term.x)),
                "product": .string(
                    term.product.isFinite
                        ? Display.short(term.product) : "— (cancelled: \(Display.short(term.cancelled)))"
                ),
                "sMinusY": .string(Display.short(term.s - term.y)),
                "yHatMinusY": .string(Display.short(Double(log.prediction(1, i)) - term.y)),
            ]
        }
        let names = (0..<check.checkedWeights).map { "∂L/∂\(weightName($0))" } + ["∂L/∂b"]
        let logisticDifferences = check.relativeDifferences(.logistic)
        let thresholdedDifferences = check.relativeDifferences(.thresholded)
        let rows: [TemplateValue] = names.indices.map { index in
            [
                "name": .string(names[index]),
                "numerical": .string(Display.exact(check.numerical[index])),
                "logistic": .string(Display.exact(check.checked(.logistic)[index])),
                "logisticDifference": .string(relative(logisticDifferences[index])),
                "thresholded": .string(Display.exact(check.checked(.thresholded)[index])),
                "thresholdedDifference": .string(relative(thresholdedDifferences[index])),
            ]
        }
        let m = dataset.sampleCount
        return [
            "weightName": .string(weightName(0)),
            "featureName": .string(x),
            "formulaMath": .string(chainFormula),
            "factorsMath": .string(factorFormulas),
            "tableCaption": .string(
                "The three factors of ∂L/∂\(weightName(0)) for each sample, iteration 1"
                    + (shown < m ? " (samples 1 to \(Display.count(shown)) of \(Display.count(m)))" : "")),
            "terms": .list(terms),
            "sum": .string(
                "Summed over \(m == shown ? "the" : "all") \(Display.count(m, "sample")), ∂L/∂\(weightName(0)) = "
                    + "\(Display.short(check.logistic[0])).\(chain.hasSaturatedSample ? saturationNote : "")"),
            "cancelMath": .string(cancellationMath),
            "replacement": .string(replacementText(check)),
            "step": .string(Display.scientific(GradientCheck.step)),
            "checkCaption": .string(
                "The gradient of L at the initial parameters by finite differences, and the step of each rule"
                    + (check.checkedWeights < dataset.featureCount
                        ? " (the first \(Display.count(check.checkedWeights)) of \(Display.count(dataset.featureCount)) weights, and b)"
                        : "")),
            "checks": .list(rows),
            "verdict": .string(verdict(logisticDifferences, thresholdedDifferences, check)),
        ]
    }

    /// A relative difference as the check table shows it.
    private func relative(_ value: Double) -> String {
        value.isNaN ? "not finite" : Display.short(value)
    }

    private var saturationNote: String {
        " For a sample whose s rounds to 0 or 1, s(1 − s) is 0 in floating point and ∂L/∂s is not a "
            + "number; the cancelled form (s − y)·x/m, which is what the logistic rule computes, stays finite."
    }

    /// How the thresholded rule's factor differs in iteration 1, and what that makes it.
    private func replacementText(_ check: GradientCheck) -> String {
        let same = check.logistic == check.thresholded
        return "The thresholded rule keeps the last factor and the sum, but puts ŷ − y where the chain rule has "
            + "s − y. ŷ is a step of z, whose derivative is 0 wherever it exists, so no loss has this as its "
            + "gradient. What is left is the perceptron rule: a right sample contributes 0, a wrong one moves W by "
            + "α·x/m towards itself (label 1) or away from itself (label 0), whatever its s. "
            + (same
                ? "In iteration 1 of this run the two factors happen to give the same step."
                : "In iteration 1 of this run the two rules' steps are dW = \(column(Array(check.thresholded.dropLast()))), "
                    + "db = \(Display.short(check.thresholded[check.thresholded.count - 1])) (thresholded) and dW = "
                    + "\(column(Array(check.logistic.dropLast()))), db = \(Display.short(check.logistic[check.logistic.count - 1])) (logistic).")
    }

    /// What the check shows, from the relative differences.
    private func verdict(_ logistic: [Double], _ thresholded: [Double], _ check: GradientCheck) -> String {
        guard logistic.allSatisfy({ !$0.isNaN }), thresholded.allSatisfy({ !$0.isNaN }) else {
            return "At these initial parameters L or a step is not a finite number, so finite differences "
                + "cannot check the gradient here."
        }
        let worstLogistic = logistic.max() ?? 0, worstThresholded = thresholded.max() ?? 0
        // Central differences with h = 1e-6 carry an error near 1e-10 relative; 1e-6 leaves room for
        // the rounding of L on larger datasets.
        let agrees = worstLogistic < 1e-6
        let logisticText =
            agrees
            ? "The logistic rule's step agrees with the finite differences to \(relative(worstLogistic)) at worst, "
                + "the size of the finite-difference error: it is the gradient of L."
            : "The logistic rule's step differs from the finite differences by up to \(relative(worstLogistic)) "
                + "here. A difference quotient is only as good as L is smooth over ±h and exact in its digits: a "
                + "nudge of h = \(Display.scientific(GradientCheck.step)) moves some z by up to "
                + "\(Display.short(GradientCheck.step * largestInput)), and the rounding of L, about "
                + "\(Display.short(Double.ulpOfOne * abs(check.loss))), becomes "
                + "\(Display.short(Double.ulpOfOne * abs(check.loss) / GradientCheck.step)) in the quotient."
        let thresholdedText =
            worstThresholded < 1e-6
            ? " The thresholded rule's step agrees as well here, to \(relative(worstThresholded))."
            : " The thresholded rule's step differs by up to \(relative(worstThresholded)) (relative): it is not "
                + "the gradient of L."
        return logisticText + thresholdedText
    }

    /// The largest |xⱼ⁽ⁱ⁾| of the data, which sets how far a nudge of a weight moves z.
    private var largestInput: Double {
        dataset.features.reduce(0) { largest, feature in feature.reduce(largest) { max($0, abs($1)) } }
    }

    /// ∂L/∂w₁ = Σᵢ ∂L/∂s⁽ⁱ⁾ · ∂s⁽ⁱ⁾/∂z⁽ⁱ⁾ · ∂z⁽ⁱ⁾/∂w₁.
    private var chainFormula: String {
        let w = MathML.identifier(weightName(0))
        let sum = MathML.underOver(
            MathML.op("∑"), MathML.row(MathML.identifier("i"), MathML.op("="), MathML.integer(1)),
            MathML.identifier("m"))
        return MathML.block(
            partial(MathML.identifier("L"), w), MathML.op("="), sum,
            partial(MathML.identifier("L"), MathML.ofSample("s")), MathML.op("·"),
            partial(MathML.ofSample("s"), MathML.ofSample("z")), MathML.op("·"),
            partial(MathML.ofSample("z"), w),
            label:
                "dL by d\(weightName(0)) equals the sum over i of dL by ds i times ds i by dz i times dz i by d\(weightName(0))"
        )
    }

    /// The three factors of one sample.
    private var factorFormulas: String {
        let s = MathML.ofSample("s"), y = MathML.ofSample("y")
        let oneMinusS = MathML.row(MathML.op("("), MathML.integer(1), MathML.op("−"), s, MathML.op(")"))
        let bySigmoid = MathML.row(
            partial(MathML.identifier("L"), s), MathML.op("="),
            MathML.fraction(
                MathML.row(s, MathML.op("−"), y), MathML.row(MathML.identifier("m"), MathML.op("·"), s, oneMinusS)))
        let slope = MathML.row(
            partial(s, MathML.ofSample("z")), MathML.op("="), MathML.identifier("σ"), MathML.op("′"), MathML.op("("),
            MathML.ofSample("z"), MathML.op(")"), MathML.op("="), s, oneMinusS)
        let input = MathML.row(
            partial(MathML.ofSample("z"), MathML.identifier(weightName(0))), MathML.op("="),
            MathML.sup(
                MathML.sub(MathML.identifier("x"), MathML.integer(1)),
                MathML.row(MathML.op("("), MathML.identifier("i"), MathML.op(")"))))
        return MathML.block(
            MathML.lines([bySigmoid, slope, input]),
            label: "dL by ds i equals s i minus y i over m times s i times one minus s i; ds i by dz i equals "
                + "sigma prime of z i equals s i times one minus s i; dz i by d\(weightName(0)) equals x 1 i")
    }

    /// (s − y)/(m·s(1 − s)) · s(1 − s) = (s − y)/m.
    private var cancellationMath: String {
        let s = MathML.ofSample("s"), y = MathML.ofSample("y")
        let slope = MathML.row(s, MathML.op("("), MathML.integer(1), MathML.op("−"), s, MathML.op(")"))
        return MathML.block(
            partial(MathML.identifier("L"), s), MathML.op("·"), partial(s, MathML.ofSample("z")), MathML.op("="),
            MathML.fraction(
                MathML.row(s, MathML.op("−"), y), MathML.row(MathML.identifier("m"), MathML.op("·"), slope)),
            MathML.op("·"), slope, MathML.op("="),
            MathML.fraction(MathML.row(s, MathML.op("−"), y), MathML.identifier("m")),
            label: "dL by ds i times ds i by dz i equals s i minus y i over m")
    }

    /// ∂a/∂b as a fraction.
    private func partial(_ numerator: String, _ denominator: String) -> String {
        MathML.fraction(MathML.row(MathML.op("∂"), numerator), MathML.row(MathML.op("∂"), denominator))
    }
}
