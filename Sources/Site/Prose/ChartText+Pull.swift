import Charts
import Formats
import Training

// The alt text and data note of pull.png.
extension ChartText {
    var pullText: String {
        guard let facts = chart.facts.pull else { return "Each sample's share of the first step of W." }
        let names = log.dataset.featureNames
        let alpha = Display.compact(facts.learningRate)
        var text =
            "The \(pullSamples(facts)) of \(log.dataset.name), \(names[0]) across and \(names[1]) up, with the "
            + "decision boundary before iteration 1 (dashed\(facts.boundaryBeforeShown ? "" : ", outside the view")) "
            + "and after its update (solid\(facts.boundaryAfterShown ? "" : ", outside the view")). "
        if let scale = facts.scale, facts.arrows > 0 {
            text +=
                "Each sample's share of the step of W, −α·e⁽ⁱ⁾·x⁽ⁱ⁾/m with α = \(alpha) and m = "
                + "\(Display.count(facts.sampleCount)), is drawn as an arrow from it, \(Display.compact(scale)) times "
                + "longer (\(Display.count(facts.arrows, "arrow"))): "
        } else {
            text += "No sample's share of the step of W, −α·e⁽ⁱ⁾·x⁽ⁱ⁾/m, is drawn as an arrow: "
        }
        // Semicolons between the samples: each clause has commas of its own.
        var clauses = facts.shares.map(shareClause)
        if facts.drawnSamples > facts.shares.count {
            clauses.append("\(Display.count(facts.drawnSamples - facts.shares.count, "more sample")) drawn")
        }
        if clauses.count > 1, let last = clauses.popLast() {
            text += clauses.joined(separator: "; ") + "; and " + last
        } else {
            text += clauses.first ?? ""
        }
        text += "."
        if facts.pullingNothing > 0 {
            let right = log.settings.rule == .thresholded ? "right in iteration 1 (e = 0)" : "with e = 0"
            text +=
                " \(Display.count(facts.pullingNothing, "sample")) \(facts.pullingNothing == 1 ? "is" : "are") "
                + "\(right) and \(facts.pullingNothing == 1 ? "pulls" : "pull") nothing."
        }
        if facts.nonFiniteShares > 0 {
            text +=
                " \(Display.count(facts.nonFiniteShares, "share")) too large to be a number \(facts.nonFiniteShares == 1 ? "is" : "are") not drawn."
        }
        let step = zip(facts.weightsAfter, facts.weightsBefore).map { $0 - $1 }
        if step.allSatisfy(\.isFinite) {
            text +=
                " Their sum moves W from \(vector(facts.weightsBefore)) to \(vector(facts.weightsAfter)), "
                + "by \(vector(step)); b moves from \(Display.compact(facts.biasBefore)) to "
                + "\(Display.compact(facts.biasAfter)), each sample adding −α·e⁽ⁱ⁾/m."
        } else {
            text += " The update of iteration 1 left W or b no longer a finite number."
        }
        return text
    }

    var pullDataNote: String {
        let logged = log.loggedSampleCount
        let columns = logged <= 4 ? Display.list((1...logged).map { "e\($0)" }) : "e1 … e\(logged)"
        return "e in columns \(columns) of \(firstCSV), row 1 (iteration 1), and W and b after its update "
            + "in columns w1, w2 and b of that row (before it, the settings'); the samples in the data table"
    }

    /// "the 4 samples" or "2,000 of the 10,000 samples".
    private func pullSamples(_ facts: PullFacts) -> String {
        facts.drawnSamples == facts.sampleCount
            ? (facts.sampleCount == 1 ? "only sample" : "\(Display.count(facts.sampleCount)) samples")
            : "\(Display.count(facts.drawnSamples)) of the \(Display.count(facts.sampleCount)) samples (evenly spread)"
    }

    /// "x = (1, 0) (label 0, e = 1) adds [−0.025, 0] to W and −0.025 to b".
    private func shareClause(_ share: PullFacts.Share) -> String {
        let who = "x = \(point(share.x)) (label \(Display.compact(share.label)), e = \(Display.compact(share.e)))"
        guard share.e != 0 else { return "\(who) adds nothing" }
        let weights =
            share.weightStep.allSatisfy(\.isFinite) ? vector(share.weightStep) : "a step too large to be a number"
        if share.weightStep.allSatisfy({ $0 == 0 }) {
            return "\(who) adds nothing to W, sitting at the origin, but \(Display.compact(share.biasStep)) to b"
        }
        return "\(who) adds \(weights) to W and \(Display.compact(share.biasStep)) to b"
    }

    private func point(_ values: [Double]) -> String {
        "(" + values.map { Display.compact($0) }.joined(separator: ", ") + ")"
    }

    private func vector(_ values: [Double]) -> String {
        "[" + values.map { Display.compact($0) }.joined(separator: ", ") + "]"
    }
}
