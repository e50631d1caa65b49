import Formats
import Training

// Section 2: the network and its parameters before training.
extension WalkthroughContext {
    var networkValue: TemplateValue {
        let n = dataset.featureCount, m = dataset.sampleCount
        let shape =
            "W is \(n)×1: one weight per input (n = \(n)) for the one output neuron, a column. So Wᵀ is 1×\(n), "
            + "Wᵀ·X is 1×\(m), one value per sample, and adding the single number b to that row adds it to every "
            + "entry (numpy calls this broadcasting): z = Wᵀ·X + b is 1×\(m), one z⁽ⁱ⁾ per sample. Before training, "
            + "W = \(column(settings.initialWeights)) and b = \(Display.short(settings.initialBias))."
        let weights = MathML.row(
            MathML.identifier("W"), MathML.op("="),
            MathML.matrix(
                settings.initialWeights.prefix(Self.samplesShown).map { [MathML.number($0)] }
                    + (n > Self.samplesShown ? [[MathML.op("⋮")]] : [])))
        let bias = MathML.row(MathML.identifier("b"), MathML.op("="), MathML.number(settings.initialBias))
        return [
            "inputsText": .string(Display.count(n, "input")),
            "shapeText": .string(shape),
            "initialMath": .string(
                MathML.block(weights, MathML.op(","), MathML.text(" "), bias, label: "The initial parameters")),
        ]
    }
}
