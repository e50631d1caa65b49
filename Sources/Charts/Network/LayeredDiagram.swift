import Formats
import Training

/// network-initial.png and network-final.png of a network with hidden layers: a column of
/// nodes per layer (the inputs, each hidden layer, the sigmoid output), a link per weight (width
/// ∝ |w| on this diagram's own scale, colour by sign, as `NetworkDiagram`) and per bias (from a
/// "b" node under each column). A layer of more than `listedUnits` units shows its first
/// `drawnUnits` and one node for the rest, whose grey links are as wide as the mean |w| of the
/// links they stand for.
struct LayeredDiagram {
    let log: TrainingLog
    let final: Bool
    let typeface: Typeface

    /// The display size.
    static let cssSize = (width: 800, height: 500)
    /// Layers up to this size are drawn unit by unit.
    static let listedUnits = 10
    /// Units drawn one by one in a larger layer, before its summary node.
    static let drawnUnits = 8
    /// The colour of a summary node's bundled links.
    static let bundleColour = RGB(0x8C8C8C)

    /// The colours of the diagram, for the palette of its PNG.
    static let inks =
        ChartTheme.frameInks + [
            NetworkDiagram.positiveColour, NetworkDiagram.negativeColour, NetworkDiagram.zeroColour,
            NetworkDiagram.nodeFill, bundleColour, RGB(0x000000),
        ]

    /// The iteration whose parameters are drawn.
    var iteration: Int { final ? log.count : 0 }

    /// Inputs, hidden layers' units, 1.
    var sizes: [Int] { [log.featureCount] + log.hiddenLayout.layers.map(\.units) + [1] }

    /// W⁽ˡ⁾[j][u] at `k` (l from 1; the last layer is the output).
    func weight(_ k: Int, _ l: Int, _ j: Int, _ u: Int) -> Double {
        l <= log.hiddenLayout.layers.count ? log.hiddenWeight(k, layer: l, j, u) : log.weight(k, j)
    }

    /// b⁽ˡ⁾[u] at `k`.
    func bias(_ k: Int, _ l: Int, _ u: Int) -> Double {
        l <= log.hiddenLayout.layers.count ? log.hiddenBias(k, layer: l, u) : log.bias(k)
    }

    /// The units of column `c` drawn one by one; whether the rest are summarised.
    func drawn(_ c: Int) -> (count: Int, summarised: Bool) {
        let n = sizes[c]
        return n > Self.listedUnits ? (Self.drawnUnits, true) : (n, false)
    }

    /// The facts of the drawn parameters; `scale` is the largest finite link value drawn.
    func facts(scale: Double?) -> LayeredNetworkFacts {
        let k = iteration
        var strongest: LayeredNetworkFacts.Weight?
        var nonFinite = 0, zero = 0, changes = 0, compared = 0, parameters = 0
        for l in 1..<sizes.count {
            for u in 0..<sizes[l] {
                for j in 0..<sizes[l - 1] {
                    let w = weight(k, l, j, u)
                    parameters += 1
                    guard w.isFinite else {
                        nonFinite += 1
                        continue
                    }
                    if w == 0 { zero += 1 }
                    if strongest.map({ abs(w) > abs($0.value) }) ?? true {
                        strongest = .init(layer: l, from: j, to: u, value: w)
                    }
                    guard final else { continue }
                    let start = weight(0, l, j, u)
                    guard start.isFinite, start != 0, w != 0 else { continue }
                    compared += 1
                    if (start > 0) != (w > 0) { changes += 1 }
                }
                parameters += 1
                if !bias(k, l, u).isFinite { nonFinite += 1 }
            }
        }
        let summaries = (1..<sizes.count - 1).compactMap { c -> LayeredNetworkFacts.Summary? in
            drawn(c).summarised ? .init(layer: c, drawn: Self.drawnUnits, units: sizes[c]) : nil
        }
        return LayeredNetworkFacts(
            sizes: sizes, iteration: k, summaries: summaries + inputSummary, scale: scale, strongest: strongest,
            parameterCount: parameters, nonFinite: nonFinite, zeroWeights: zero, signChanges: changes,
            comparedWeights: compared)
    }

    /// The inputs summarised too when there are many features (layer 0).
    private var inputSummary: [LayeredNetworkFacts.Summary] {
        drawn(0).summarised ? [.init(layer: 0, drawn: Self.drawnUnits, units: sizes[0])] : []
    }

    /// The chart with its facts.
    func rendered() throws(ChartError) -> RenderedChart? {
        guard log.hasHiddenLayers else { return nil }
        let (image, scale) = try render()
        return RenderedChart(
            kind: final ? .networkFinal : .networkInitial,
            title: final ? "The network after training" : "The network before training",
            facts: ChartFacts(network: facts(scale: scale)), cssWidth: Self.cssSize.width,
            cssHeight: Self.cssSize.height,
            smallestTextPixels: image.smallestTextCSSPixels(cssWidth: Self.cssSize.width),
            bytes: try image.palettePNG(inks: Self.inks, filterUp: false))
    }
}
