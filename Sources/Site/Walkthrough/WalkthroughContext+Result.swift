import Formats
import Foundation
import Training

// Section 6: the final parameters, their predictions, how sure they are, and the decision boundary.
extension WalkthroughContext {
    func resultValue(_ outcome: TrainingSummary) -> TemplateValue {
        let pass = log.finalPass
        let m = dataset.sampleCount, listed = min(m, Self.samplesListed)
        let residues = Set(roundingDecidedSamples)
        let samples: [TemplateValue] = (0..<listed).map { i in
            [
                "number": .int(i + 1),
                "values": .list(dataset.features.map { .string(Display.exact($0[i])) }),
                "z": .string(residues.contains(i) ? Display.exact(pass.z[i]) : Display.short(pass.z[i])),
                "s": .string(distinguishable(pass.s[i], settings.threshold).0),
                "prediction": .int(Int(pass.predictions[i])),
                "label": .int(Int(dataset.labels[i])),
                "right": .bool(Double(pass.predictions[i]) == dataset.labels[i]),
                "byRounding": .bool(residues.contains(i)),
            ]
        }
        let finite = outcome.divergedAt == nil
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
                            "The final parameters: W = \(column(outcome.finalWeights)), b = \(Display.short(outcome.finalBias))"
                    )
                    : escapeHTML("The final parameters are not finite numbers: training diverged.")),
            "hasSamples": .bool(finite),
            "tableCaption": .string(
                "Predictions of the final parameters: \(outcome.finalCorrect) of \(Display.count(m)) right"),
            "samples": .list(samples),
            "moreSamples": .string(listed == m || !finite ? "" : "…and \(Display.count(m - listed, "more sample"))."),
            "confidence": .string(finite ? confidenceText(outcome) : ""),
            "roundingNote": .string(finite ? roundingNote(residues.sorted()) : ""),
            "xorNote": .string(finite && gate == .xor ? xorImpossibility : ""),
            "boundaryText": .string(boundaryText(outcome)),
            "stripIntro": .string(
                "With \(Display.count(dataset.featureCount, "feature")) the decision boundary cannot be drawn in a "
                    + "plane of two inputs, but every prediction depends on one number, z = Wᵀ·x + b. The chart shows "
                    + "z of each sample against its label, with the initial parameters and with the final ones, and "
                    + "the threshold's z = \(Display.short(logit(settings.threshold))) as a line: a sample is right "
                    + "when label 1 lies at or beyond the line and label 0 before it."),
        ]
    }

    private func parameterMathBody(_ name: String, _ values: [Double]) -> String {
        let shown = values.prefix(Self.samplesShown).map { [MathML.number($0)] }
        let rows = shown + (values.count > Self.samplesShown ? [[MathML.op("⋮")]] : [])
        return MathML.row(MathML.identifier(name), MathML.op("="), MathML.matrix(rows))
    }

    /// How far the final outputs are from the threshold, and the final loss against ln 2.
    private func confidenceText(_ outcome: TrainingSummary) -> String {
        let s = log.finalPass.s, t = settings.threshold
        guard let low = s.min(), let high = s.max() else { return "" }
        let margins = s.map { abs($0 - t) }
        guard let closest = margins.indices.min(by: { margins[$0] < margins[$1] }),
            let widest = margins.max()
        else { return "" }
        let m = dataset.sampleCount
        let right =
            outcome.finalCorrect == m
            ? "All \(Display.count(m)) predictions are right"
            : "\(outcome.finalCorrect) of \(Display.count(m)) predictions are right"
        let loss = log.finalPass.crossEntropy
        let range =
            "every s lies between \(Display.short(low)) and \(Display.short(high)), no further than "
            + "\(Display.short(widest)) from the threshold \(Display.short(t))"
        var text: String
        if widest < 0.1 {
            text = "\(right), but with little confidence: \(range)"
        } else {
            text =
                "\(right). The closest call is sample \(closest + 1), whose s = \(Display.short(s[closest])) is "
                + "\(Display.short(margins[closest])) from the threshold \(Display.short(t))"
        }
        text += ". The mean cross-entropy of the final predictions is \(Display.short(loss))"
        let ln2 = Foundation.log(2.0)
        if abs(loss - ln2) < 0.05 {
            text += ", close to ln 2 ≈ 0.6931, the loss of a neuron that answers s = 0.5 for every sample"
            if outcome.finalCorrect == m {
                text += ": it has learned where the boundary is, not to be sure of either side"
            }
        } else if loss < 0.1 {
            text += ": the outputs are close to their labels"
        }
        return text + "."
    }

    /// A note naming the final samples whose class float64 rounding decided, or "".
    private func roundingNote(_ samples: [Int]) -> String {
        guard !samples.isEmpty else { return "" }
        let pass = log.finalPass
        let names = samples.prefix(8).map { "sample \($0 + 1) (z = \(Display.exact(pass.z[$0])))" }
        let level = settings.threshold == 0.5 ? "0" : "ln(T/(1 − T))"
        return "On the boundary: for " + Display.list(names) + (samples.count > 8 ? " and others" : "")
            + " z is a rounding residue, within a few thousand units in the last place of the terms it is "
            + "summed from, so float64 rounding, not the data, decided which side of z = \(level) it landed on "
            + "and so its class."
            + (settings.threshold == 0.5
                ? " Had those terms cancelled exactly, z would be 0, s exactly 0.5, and the prediction 1." : "")
    }

    /// The boundary as an equation in the features, where the model says "exactly T".
    private func boundaryText(_ outcome: TrainingSummary) -> String {
        let w = outcome.finalWeights, b = outcome.finalBias, t = settings.threshold
        guard outcome.divergedAt == nil else {
            return "With non-finite parameters there is no decision boundary to draw."
        }
        let level = t == 0.5 ? "0" : Display.short(thresholdLevel)
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
            let point = (thresholdLevel - b) / w[0]
            if point.isFinite {
                text += " With one feature that is the single point \(names[0]) = \(Display.short(point))."
            }
        } else if dataset.featureCount > 2 {
            text +=
                " With \(dataset.featureCount) features it is a hyperplane, which a picture of the plane cannot show."
        }
        return text
    }
}
