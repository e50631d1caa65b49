import Foundation
import Training

// The time charts of a network with hidden layers: every layer's weights, and the size of every
// layer's gradient on a log scale, so that vanishing or exploding gradients show.
extension TimeCharts {
    /// Weight lines drawn per layer at most; beyond, the first ones (the chart's legend says so).
    static let weightsPerLayer = 64

    /// The layers with parameters: the hidden ones and the output, as (inputs, units).
    var layerShapes: [(inputs: Int, units: Int)] {
        log.hiddenLayout.layers.map { ($0.inputs, $0.units) } + [(log.weightCount, 1)]
    }

    /// W⁽ˡ⁾[j][u] after iteration k (k = 0: the initial value), l from 1 to L.
    func layerWeight(_ k: Int, _ l: Int, _ j: Int, _ u: Int) -> Double {
        l == layerShapes.count ? log.weight(k, j) : log.hiddenWeight(k, layer: l, j, u)
    }

    /// dW⁽ˡ⁾[j][u] of iteration k ≥ 1.
    func layerGradient(_ k: Int, _ l: Int, _ j: Int, _ u: Int) -> Double {
        l == layerShapes.count ? log.dW(k, j) : log.hiddenDW(k, layer: l, j, u)
    }

    /// Every weight of every layer over the iterations, one colour per layer (thin lines).
    func layerWeights() -> LineChart {
        var series: [LineSeries] = []
        for (index, shape) in layerShapes.enumerated() {
            let l = index + 1
            let name = l == layerShapes.count ? "output layer \(l)" : "layer \(l)"
            var drawn = 0
            for j in 0..<shape.inputs {
                for u in 0..<shape.units where drawn < Self.weightsPerLayer {
                    drawn += 1
                    let values = (0...log.count).map { layerWeight($0, l, j, u) }
                    series.append(
                        LineSeries(
                            name: name, values: values, colour: ChartTheme.seriesColour(index),
                            thickness: ChartTheme.thinLineThickness))
                }
            }
        }
        let capped = layerShapes.contains { $0.inputs * $0.units > Self.weightsPerLayer }
        return LineChart(
            title: "Every layer's weights over the iterations", xTitle: "iteration", yTitle: "weight", series: series,
            firstX: 0, markers: markers, zoomUpTo: zoomUpTo,
            legendSummary: capped ? "the first \(Self.weightsPerLayer) weights of each layer" : nil,
            groupsLegendByName: true)
    }

    /// log₁₀ of the root mean square of each layer's dW per iteration.
    func gradients() -> LineChart {
        let series = layerShapes.enumerated().map { index, shape in
            let l = index + 1
            let count = Double(shape.inputs * shape.units)
            let values = (1...max(log.count, 1)).map { k -> Double in
                guard k <= log.count else { return .nan }
                var sum = 0.0
                for j in 0..<shape.inputs {
                    for u in 0..<shape.units {
                        let g = layerGradient(k, l, j, u)
                        sum += g * g
                    }
                }
                return log10((sum / count).squareRoot())
            }
            return LineSeries(
                name: l == layerShapes.count ? "output layer \(l)" : "layer \(l)", values: values,
                colour: ChartTheme.seriesColour(index))
        }
        return LineChart(
            title: "Size of each layer's gradient (log scale)", xTitle: "iteration",
            yTitle: "log₁₀ RMS of dW", series: series, firstX: 1, markers: markers, zoomUpTo: zoomUpTo)
    }
}
