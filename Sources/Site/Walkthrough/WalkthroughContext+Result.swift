import Foundation
import Training

// Section 6: the final parameters, their predictions and the decision boundary.
extension WalkthroughContext {
    func resultValue(_ outcome: TrainingSummary) -> TemplateValue {
        let pass = log.finalPass
        let m = dataset.sampleCount, listed = min(m, Self.samplesListed)
        let samples: [TemplateValue] = (0..<listed).map { i in
            [
                "number": .int(i + 1),
                "values": .list(dataset.features.map { .string(Display.exact($0[i])) }),
                "z": .string(Display.short(pass.z[i])),
                "s": .string(distinguishable(pass.s[i], settings.threshold).0),
                "prediction": .int(Int(pass.predictions[i])),
                "label": .int(Int(dataset.labels[i])),
                "right": .bool(Double(pass.predictions[i]) == dataset.labels[i]),
            ]
        }
        let finite = outcome.finalWeights.allSatisfy(\.isFinite) && outcome.finalBias.isFinite
        return [
            "intro": .string(
                "After \(iterationsRunText(outcome)) the parameters are as below. Running the forward pass once more "
                    + "with them gives the final predictions."),
            "parametersMath": .string(
                finite
                    ? MathML.block(
                        parameterMathBody("W", outcome.finalWeights), MathML.op(","), MathML.text(" "),
                        MathML.identifier("b"), MathML.op("="), MathML.number(outcome.finalBias),
                        label:
                            "The final parameters: W = \(vector(outcome.finalWeights)), b = \(Display.short(outcome.finalBias))"
                    )
                    : escapeHTML("The final parameters are not finite numbers: training diverged.")),
            "tableCaption": .string(
                "Predictions of the final parameters: \(outcome.finalCorrect) of \(Display.count(m)) right"),
            "samples": .list(samples),
            "moreSamples": .string(listed == m ? "" : "…and \(Display.count(m - listed, "more sample"))."),
            "boundaryChart": figure("boundary.png"),
            "boundaryText": .string(boundaryText(outcome)),
            "animation": figure("boundary.gif"),
            "finalNetwork": figure("network-final.png"),
        ]
    }

    private func parameterMathBody(_ name: String, _ values: [Double]) -> String {
        let shown = values.prefix(Self.samplesShown).map { [MathML.number($0)] }
        let rows = shown + (values.count > Self.samplesShown ? [[MathML.op("⋮")]] : [])
        return MathML.row(MathML.identifier(name), MathML.op("="), MathML.matrix(rows))
    }

    /// The boundary as an equation in the features, where the model says "exactly T".
    private func boundaryText(_ outcome: TrainingSummary) -> String {
        let w = outcome.finalWeights, b = outcome.finalBias, t = settings.threshold
        guard w.allSatisfy(\.isFinite), b.isFinite else {
            return "With non-finite parameters there is no decision boundary to draw."
        }
        let level = t == 0.5 ? "0" : Display.short(logit(t))
        let location = t == 0.5 ? "z = 0, where s = 0.5" : "z = ln(T/(1 − T)) = \(level), where s = \(Display.short(t))"
        let names = dataset.featureNames
        let pairs = zip(w, names).map { "\(Display.short(abs($0.0)))·\($0.1)" }
        var equation = ""
        for (index, (weight, term)) in zip(w, pairs).enumerated() {
            equation += index == 0 ? (weight < 0 ? "−" : "") + term : (weight < 0 ? " − " : " + ") + term
        }
        equation += Arithmetic.plus(b) + " = \(level)"
        var text =
            "The decision boundary is where \(location): \(equation). Samples on the side where z is larger are "
            + "predicted 1, the others 0."
        if dataset.featureCount == 1, w[0] != 0 {
            text +=
                " With one feature that is the single point \(names[0]) = \(Display.short((logit(t) - b) / w[0]))."
        } else if dataset.featureCount > 2 {
            text += " With \(dataset.featureCount) features it is a hyperplane, which the charts do not draw."
        }
        return text
    }

    /// ln(T/(1 − T)), the z at which σ(z) = T.
    private func logit(_ t: Double) -> Double {
        t == 0.5 ? 0 : Foundation.log(t / (1 - t))
    }
}
