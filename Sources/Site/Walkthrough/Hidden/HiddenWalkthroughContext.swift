import Charts
import Formats
import Foundation
import Training

/// The values of the walkthrough page of a network with hidden layers. Every number comes from
/// the run's log (iteration 1's forward and backward pass are recomputed from the log's initial
/// values in the trainer's order and agree with the logged ones); the templates in
/// `templates/hidden/` hold the structure and the teaching text that does not depend on the run.
///
/// Layers are numbered l = 1…L: the hidden layers 1…L − 1 and the output neuron L. A⁽⁰⁾ = X.
struct HiddenWalkthroughContext {
    /// The single neuron's context, for what both pages share (the data, the settings table, links).
    let base: WalkthroughContext

    var log: TrainingLog { base.log }
    var dataset: Dataset { base.dataset }
    var settings: TrainingSettings { base.settings }
    var input: SiteInput { base.input }

    /// At most this many samples, units and matrix rows or columns are written out on the page;
    /// tables of larger layers show the first ones and say how many more there are.
    static let shown = 4
    /// Matrices of the network section show at most this many rows and columns.
    static let matrixShown = 8

    /// L, the number of layers with parameters: the hidden ones and the output.
    var layerCount: Int { log.hiddenLayout.layers.count + 1 }
    /// n₀…n_L: the inputs, every hidden layer's units, the output's 1.
    var sizes: [Int] { [dataset.featureCount] + log.hiddenLayout.layers.map(\.units) + [1] }
    /// "2-2-1".
    var shapeName: String { sizes.map(String.init).joined(separator: "-") }

    /// The whole page context.
    var value: TemplateValue { textValue.merged(with: figuresValue) }

    /// The page context but the charts: read nothing of them, so that it is computed while they
    /// are drawn.
    var textValue: TemplateValue {
        let sections = HiddenWalkthroughSection.templateValues
        let numbers = iterationOne
        return [
            "title": .string(input.title),
            "hidden": true,
            "number": sections.numbers,
            "contents": sections.contents,
            "summary": summaryValue,
            "data": base.dataValue,
            "network": networkValue,
            "forward": forwardValue(numbers),
            "backward": backwardValue(numbers),
            "matrix": matrixValue,
            "rule": ruleValue,
            "training": trainingValue,
            "result": resultValue,
            "downloads": downloadsValue,
        ]
    }

    /// The charts, each in its section, and what is said of units.png's facts.
    var figuresValue: TemplateValue {
        [
            "network": ["diagram": base.figure("network-initial.png")],
            "training": trainingFigures,
            "result": ["finalNetwork": base.figure("network-final.png")],
        ]
    }

    // MARK: - Names

    /// "⁽²⁾": a layer's index as the page raises it.
    func layerMark(_ l: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return "⁽" + String(String(l).compactMap { $0.wholeNumberValue.map { digits[$0] } }) + "⁾"
    }

    /// "₁₂" style subscripts.
    func sub(_ value: Int) -> String { base.subscriptDigits(value) }

    /// "hidden layer 1" or "the output layer (layer 3)".
    func layerName(_ l: Int) -> String {
        l == layerCount ? "the output layer (layer \(l))" : "hidden layer \(l)"
    }

    /// What feeds layer l: "the inputs X" or "hidden layer l − 1's activations A⁽ˡ⁻¹⁾".
    func sourceName(_ l: Int) -> String {
        l == 1 ? "the inputs X = A\(layerMark(0))" : "hidden layer \(l - 1)'s activations A\(layerMark(l - 1))"
    }

    /// The name of input j of layer l: x₁ or a⁽ˡ⁻¹⁾₁.
    func inputName(_ l: Int, _ j: Int) -> String {
        l == 1 ? "x" + sub(j + 1) : "a" + layerMark(l - 1) + sub(j + 1)
    }

    /// W⁽ˡ⁾[j][u] before the first update.
    func initialWeight(_ l: Int, _ j: Int, _ u: Int) -> Double {
        l == layerCount ? settings.initialWeights[j] : settings.hiddenLayers[l - 1].weights[j][u]
    }

    /// b⁽ˡ⁾[u] before the first update.
    func initialBias(_ l: Int, _ u: Int) -> Double {
        l == layerCount ? settings.initialBias : settings.hiddenLayers[l - 1].biases[u]
    }

    /// W⁽ˡ⁾[j][u] after iteration k.
    func weight(_ k: Int, _ l: Int, _ j: Int, _ u: Int) -> Double {
        l == layerCount ? log.weight(k, j) : log.hiddenWeight(k, layer: l, j, u)
    }

    /// b⁽ˡ⁾[u] after iteration k.
    func bias(_ k: Int, _ l: Int, _ u: Int) -> Double {
        l == layerCount ? log.bias(k) : log.hiddenBias(k, layer: l, u)
    }

    /// dW⁽ˡ⁾[j][u] of iteration k.
    func gradient(_ k: Int, _ l: Int, _ j: Int, _ u: Int) -> Double {
        l == layerCount ? log.dW(k, j) : log.hiddenDW(k, layer: l, j, u)
    }

    /// db⁽ˡ⁾[u] of iteration k.
    func biasGradient(_ k: Int, _ l: Int, _ u: Int) -> Double {
        l == layerCount ? log.db(k) : log.hiddenDB(k, layer: l, u)
    }

    /// "(1, 0)": a sample's features, for prose.
    func samplePoint(_ i: Int) -> String {
        "(" + dataset.features.prefix(Self.shown).map { Display.short($0[i]) }.joined(separator: ", ")
            + (dataset.featureCount > Self.shown ? ", …" : "") + ")"
    }

    /// "the first 4 of 64" or "all 3".
    func firstOf(_ shown: Int, _ total: Int, _ noun: String) -> String {
        shown == total ? "all \(Display.count(total, noun))" : "the first \(shown) of \(Display.count(total, noun))"
    }
}
