import Formats
import Training

// The summary and the network: the layers, their shapes and their initial values.
extension HiddenWalkthroughContext {
    var summaryValue: TemplateValue {
        let outcome = log.summary
        let hiddenText = log.hiddenLayout.layers.map { Display.count($0.units, "sigmoid unit") }
        let layersText =
            hiddenText.count == 1
            ? "a hidden layer of \(hiddenText[0])"
            : "\(hiddenText.count) hidden layers (\(Display.list(hiddenText)))"
        return [
            "lead": .string(
                "A \(shapeName) network: \(Display.count(dataset.featureCount, "input")), \(layersText) and one "
                    + "sigmoid output, trained on \(base.dataDescription) by forward propagation and backpropagation, "
                    + "\(base.iterationsRunText(outcome)). Every number on this page is taken from that run."),
            "headline": .string(base.headline(outcome)),
            "detail": .string(detail(outcome)),
            "accuracyText": .string(base.accuracyText(outcome)),
            "lossText": .string(lossText),
            "settings": .list(base.settingRows.map { ["name": .string($0.0), "value": .string($0.1)] }),
        ]
    }

    /// The outcome in a few sentences, true for a network with hidden layers.
    func detail(_ outcome: TrainingSummary) -> String {
        let m = Display.count(outcome.sampleCount, "sample")
        if let diverged = outcome.divergedAt {
            return "The update of iteration \(Display.count(diverged)) left a weight or bias no longer a finite "
                + "number, so training stopped there: \(Display.count(diverged)) of "
                + "\(Display.count(settings.iterations, "iteration")) ran. A smaller learning rate, or features "
                + "rescaled to a smaller range, keeps every value finite."
        }
        if let allRight = outcome.allRightFrom {
            return
                "From iteration \(Display.count(allRight)) to the last, \(Display.count(outcome.iterationsRun)), all "
                + "\(m) are classified correctly."
        }
        let wrong = log.errors(log.count)
        var text = "In the last iteration \(wrong) of the \(m) \(wrong == 1 ? "was" : "were") still misclassified."
        if hiddenGradientsAreZero(at: log.count) {
            text +=
                " In that iteration every hidden layer's dW and db were exactly 0: the hidden units' sigmoids are "
                + "saturated (σ′(z) = s(1 − s) rounds to 0), so no further iteration can move them. A smaller "
                + "learning rate or other initial values keep the units out of saturation."
        } else if settings.rule == .logistic {
            text +=
                " Gradient descent on a network with hidden layers can settle in a flat region or a local "
                + "minimum of the loss; another seed (other initial values) or more iterations may get out of it."
        }
        return text
    }

    /// Whether every hidden layer's dW and db of iteration `k` is exactly 0.
    private func hiddenGradientsAreZero(at k: Int) -> Bool {
        log.hiddenLayout.layers.enumerated().allSatisfy { index, layer in
            let l = index + 1
            return (0..<layer.units).allSatisfy { u in
                log.hiddenDB(k, layer: l, u) == 0
                    && (0..<layer.inputs).allSatisfy { log.hiddenDW(k, layer: l, $0, u) == 0 }
            }
        }
    }

    /// "The mean cross-entropy went from … in iteration 1 to … in iteration N."
    var lossText: String {
        let last = log.count
        return "The mean cross-entropy went from \(Display.short(log.bce(1))) in iteration 1 to "
            + "\(Display.short(log.bce(last))) in iteration \(Display.count(last)); the mean squared error from "
            + "\(Display.short(log.mse(1))) to \(Display.short(log.mse(last)))."
    }

    var networkValue: TemplateValue {
        let seed = input.settings.first { $0.key == "seed" }?.text
        let origin =
            seed.map {
                "The initial weights and biases are drawn from seed \($0) (SplitMix64, each uniform in [−1, 1) "
                    + "scaled by 1/√n for a layer of n inputs, as README describes), so the same seed always "
                    + "gives the same network."
            } ?? "The initial weights and biases are those the config file gives for every layer."
        let layers: [TemplateValue] = (1...layerCount).map { l in
            let inputs = sizes[l - 1], units = sizes[l]
            let rows = min(inputs, Self.matrixShown), columns = min(units, Self.matrixShown)
            let cut = rows < inputs || columns < units
            return [
                "name": .string(l == layerCount ? "Layer \(l), the output" : "Layer \(l), hidden"),
                "shape": .string(
                    "W\(layerMark(l)) is \(inputs)×\(units): one row per input (\(l == 1 ? "a feature" : "a unit of layer \(l - 1)")), "
                        + "one column per unit of this layer, applied as W\(layerMark(l))ᵀ·A\(layerMark(l - 1)); "
                        + "b\(layerMark(l)) has one bias per unit (\(units)×1)."),
                "caption": .string(
                    "Initial W\(layerMark(l)) and b\(layerMark(l))"
                        + (cut ? " (the first \(rows) rows and \(columns) columns of \(inputs)×\(units))" : "")),
                "units": .list((0..<columns).map { .string("unit \($0 + 1)") }),
                "rows": .list(
                    (0..<rows).map { j in
                        [
                            "name": .string("from \(inputName(l, j))"),
                            "values": .list((0..<columns).map { .string(Display.short(initialWeight(l, j, $0))) }),
                        ]
                    }),
                "biases": .list((0..<columns).map { .string(Display.short(initialBias(l, $0))) }),
                "more": .string(
                    cut
                        ? "The whole matrix is in data/history.json (network.initial), every value of it after each "
                            + "iteration in data/history.csv." : ""),
            ]
        }
        let parameterCount = (1...layerCount).reduce(0) { $0 + sizes[$1 - 1] * sizes[$1] + sizes[$1] }
        return [
            "intro": .string(
                "The network has \(Display.count(layerCount, "layer")) with parameters: "
                    + (1..<layerCount).map { "hidden layer \($0) of \(Display.count(sizes[$0], "unit"))" }.joined(
                        separator: ", ")
                    + " and the output layer of one sigmoid unit, \(Display.count(parameterCount, "weight and bias", plural: "weights and biases")) "
                    + "in all. Each unit computes a weighted sum of the layer below plus its bias, then the sigmoid "
                    + "σ(z) = 1/(1 + exp(−z))."),
            "origin": .string(origin),
            "layers": .list(layers),
        ]
    }
}
