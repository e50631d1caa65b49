import Formats
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

    /// W⁽ˡ⁾[j][u] from iteration 0 (the initial value) to the last, l from 1 to L, read in place
    /// from the log's columns.
    func layerWeightValues(_ l: Int, _ j: Int, _ u: Int) -> SeriesValues {
        let hidden = log.hiddenLayout
        guard l <= hidden.layers.count else { return weightValues(j) }
        let layer = hidden.layers[l - 1]
        return SeriesValues(
            .doubles(log.columns.hidden), offset: layer.weights + j * layer.units + u, stride: hidden.rowWidth,
            leading: log.hiddenWeight(0, layer: l, j, u), settledRow: log.settledRow)
    }

    /// The root mean square of dW⁽ˡ⁾ in every iteration (one NaN for a run of none), l from 1 to
    /// L: each iteration's gradients summed in the layer's row-major order.
    func layerGradientRMS(_ l: Int) -> [Double] {
        guard log.count >= 1 else { return [.nan] }
        let hidden = log.hiddenLayout
        let columns = log.columns
        let isOutput = l > hidden.layers.count
        let column = isOutput ? columns.dW : columns.hidden
        let stride = isOutput ? log.weightCount : hidden.rowWidth
        let start = isOutput ? 0 : hidden.layers[l - 1].dW
        let count = isOutput ? log.weightCount : hidden.layers[l - 1].inputs * hidden.layers[l - 1].units
        return column.withUnsafeBufferPointer { values in
            (0..<log.count).map { row in
                var sum = 0.0
                let first = row * stride + start
                for index in first..<(first + count) { sum += values[index] * values[index] }
                return (sum / Double(count)).squareRoot()
            }
        }
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
                    series.append(
                        LineSeries(
                            name: name, values: layerWeightValues(l, j, u), colour: ChartTheme.seriesColour(index),
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

    /// log₁₀ of the root mean square of each layer's dW per iteration, and what each layer's line
    /// does. A gradient of exactly 0 (the thresholded rule once every prediction is right, or
    /// saturated units) has no logarithm: it is drawn on a dashed line below every other value and
    /// left out of the line's facts, which then describe the iterations before the zeros.
    func gradients() -> (chart: LineChart, lines: [ChartFacts.Line], zeroLine: Double?) {
        let rms = layerShapes.indices.map { layerGradientRMS($0 + 1) }
        let lowest = rms.joined().lazy.filter { $0 > 0 && $0.isFinite }.map(log10).min()
        let hasZero = rms.contains { $0.contains(0) }
        // One decade below the smallest drawn value, on a whole power of ten.
        let zeroLine = hasZero ? ((lowest ?? 0).rounded(.down) - 1) : nil
        var series: [LineSeries] = []
        var lines: [ChartFacts.Line] = []
        for (index, values) in rms.enumerated() {
            let l = index + 1
            let name = l == layerShapes.count ? "output layer \(l)" : "layer \(l)"
            let logged = values.map { $0 == 0 ? zeroLine ?? -.infinity : log10($0) }
            series.append(LineSeries(name: name, values: logged, colour: ChartTheme.seriesColour(index)))
            lines.append(Self.gradientLine(name: name, rms: values))
        }
        var chart = LineChart(
            title: "Size of each layer's gradient (log scale)", xTitle: "iteration",
            yTitle: "log₁₀ RMS of dW", series: series, firstX: 1, markers: markers, zoomUpTo: zoomUpTo)
        if let zeroLine {
            chart.referenceLines = [
                ReferenceLine(y: zeroLine, label: "dW exactly 0 (log₁₀ 0 = −∞), drawn at \(Display.short(zeroLine))")
            ]
        }
        return (chart, lines, zeroLine)
    }

    /// The facts of one layer's log₁₀ RMS: of the iterations from its first non-zero value to the
    /// last before its final run of exact zeros, each zero among them standing for the value before
    /// it; and how many were exactly 0.
    static func gradientLine(name: String, rms: [Double]) -> ChartFacts.Line {
        var end = rms.count
        while end > 0 && rms[end - 1] == 0 { end -= 1 }
        let start = rms[..<end].firstIndex { $0 != 0 } ?? end
        var described: [Double] = []
        described.reserveCapacity(end - start)
        var previous = Double.nan
        for value in rms[start..<end] {
            if value != 0 { previous = log10(value) }
            described.append(previous)
        }
        return ChartFacts.Line(
            name: name, facts: SeriesFacts(described, firstIteration: start + 1), exactZeros: rms.count { $0 == 0 },
            zeroFrom: end < rms.count ? end + 1 : nil)
    }
}
