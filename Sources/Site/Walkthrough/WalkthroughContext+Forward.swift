import Formats
import Training

// Section 3: the forward pass of iteration 1 with the numbers substituted.
extension WalkthroughContext {
    var forwardValue: TemplateValue {
        let shown = min(log.loggedSampleCount, Self.samplesShown)
        let threshold = settings.threshold
        let samples: [TemplateValue] = (0..<shown).map { i in
            let z = log.z(1, i), s = log.s(1, i), prediction = log.prediction(1, i)
            let pairs = (0..<dataset.featureCount).map { (settings.initialWeights[$0], dataset.features[$0][i]) }
            let zText =
                Arithmetic.sumOfProducts(pairs) + Arithmetic.plus(settings.initialBias) + " = \(Display.short(z))"
            let (sText, tText) = distinguishable(s, threshold)
            return [
                "number": .int(i + 1),
                "zArithmetic": .string(zText),
                "sArithmetic": .string("σ(\(Display.short(z))) = \(sText)"),
                "predictionText": .string(
                    prediction == 1 ? "1, since \(sText) ≥ \(tText)" : "0, since \(sText) < \(tText)"),
                "label": .int(Int(dataset.labels[i])),
                "right": .bool(Double(prediction) == dataset.labels[i]),
            ]
        }
        let m = dataset.sampleCount
        let wrong = log.errors(1)
        return [
            "formulaMath": .string(forwardFormulas),
            "intro": .string(
                "Iteration 1 starts from W = \(column(settings.initialWeights)) and b = "
                    + "\(Display.short(settings.initialBias)). For each sample i, z⁽ⁱ⁾ = Wᵀ·x⁽ⁱ⁾ + b = "
                    + "Σⱼ wⱼ·xⱼ⁽ⁱ⁾ + b:"),
            "samples": .list(samples),
            "moreSamples": .string(
                shown == m
                    ? ""
                    : "The other \(Display.count(m - shown, "sample")) go through the same steps; "
                        + "their values are in the history and the downloads."),
            "conclusion": .string(
                "In iteration 1 the neuron misclassifies \(wrong) of the \(Display.count(m, "sample"))."
                    + (wrong == 0 ? " It starts out right, so there is little left to learn." : "")),
        ]
    }

    /// s and T as text that shows which is larger: the short form, or the exact digits when the
    /// short forms would look equal (a sample on the boundary).
    func distinguishable(_ s: Double, _ threshold: Double) -> (String, String) {
        let short = Display.short(s), limit = Display.short(threshold)
        guard short == limit, s != threshold else { return (short, limit) }
        return (Display.exact(s), Display.exact(threshold))
    }

    /// z = Wᵀ·X + b, s = σ(z) = 1 / (1 + e^(−z)), ŷ = [s ≥ T].
    var forwardFormulas: String {
        let z = MathML.row(
            MathML.identifier("z"), MathML.op("="), MathML.sup(MathML.identifier("W"), MathML.identifier("T")),
            MathML.op("·"), MathML.identifier("X"), MathML.op("+"), MathML.identifier("b"))
        let sigmoid = MathML.row(
            MathML.identifier("s"), MathML.op("="), MathML.identifier("σ"), MathML.op("("), MathML.identifier("z"),
            MathML.op(")"), MathML.op("="),
            MathML.fraction(
                MathML.integer(1),
                MathML.row(
                    MathML.integer(1), MathML.op("+"), MathML.name("exp"), MathML.op("("), MathML.op("−"),
                    MathML.identifier("z"), MathML.op(")"))))
        let prediction = MathML.row(
            MathML.identifier("ŷ"), MathML.op("="), MathML.integer(1), MathML.text(" where "), MathML.identifier("s"),
            MathML.op("≥"), MathML.number(settings.threshold), MathML.text(", else "), MathML.integer(0))
        return MathML.block(
            MathML.lines([z, sigmoid, prediction]),
            label: "z equals W transposed times X plus b; s equals sigma of z, one over one plus exp of minus z; "
                + "y hat is 1 where s is at least \(Display.short(settings.threshold)), else 0")
    }
}
