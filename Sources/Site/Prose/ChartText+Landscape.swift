import Charts
import Formats
import Training

// The alt text and data note of landscape.png.
extension ChartText {
    var landscapeText: String {
        guard let facts = chart.facts.landscape else { return "The loss over the plane of the two weights." }
        var text =
            "Two maps of the plane of the weights (w₁, w₂), with b chosen best for each point. Left, "
            + "\(span(facts.w1, facts.w2)): the lowest mean cross-entropy in "
            + "\(Display.count(facts.levels.count + 1, "coloured level")), darker where lower"
        if let lowest = facts.lowestLoss, let at = facts.lowestLossAt {
            text += "; lowest on the grid \(Display.compact(lowest)) at \(point(at))"
        }
        text += ". On it, " + Display.list(facts.paths.map(pathClause)) + "."
        let enlarged = facts.errorW1 != facts.w1 || facts.errorW2 != facts.w2
        text += " Right, \(enlarged ? "enlarged to " + span(facts.errorW1, facts.errorW2) + ", " : "")the fewest "
        text += "misclassified samples (of \(Display.count(facts.sampleCount))) any b gives: "
        let counts = facts.regionCounts.map { Display.count($0) }
        text +=
            counts.count == 1
            ? "\(counts[0]) wrong everywhere"
            : (counts.count <= 4
                ? "regions of \(Display.list(counts)) wrong"
                : "regions of \(counts[0]) to \(counts[counts.count - 1]) wrong")
        text += facts.fewestErrors == 0 ? "." : ", so no W and b classify every sample correctly."
        if let perceptron = facts.paths.first(where: \.onErrorPanel) {
            text += " " + errorPanelClause(perceptron)
        }
        return text
    }

    var landscapeDataNote: String {
        "computed from the samples in the data table; the paths are W in columns w1 and w2 of \(csvFiles) "
            + "(this run's; at most 400 points of each are drawn)"
    }

    /// "w₁ from −0.34 to 3.3 and w₂ from −0.34 to 3.3".
    private func span(_ w1: ClosedRange<Double>, _ w2: ClosedRange<Double>) -> String {
        let (a1, b1) = Display.compactPair(w1.lowerBound, w1.upperBound)
        let (a2, b2) = Display.compactPair(w2.lowerBound, w2.upperBound)
        return "w₁ from \(a1) to \(b1) and w₂ from \(a2) to \(b2)"
    }

    /// "the path of this run (thresholded, solid) goes from (0.4, 0.2) to (0.05, 0.05) in 1,000 iterations".
    private func pathClause(_ path: LandscapeFacts.Path) -> String {
        let who =
            path.isThisRun
            ? "the path of this run (\(path.rule.rawValue), solid)"
            : "that of the \(path.rule.rawValue) rule on the same data (dashed)"
        let start = point(path.start) + (path.startInView ? "" : ", beyond the map")
        guard let end = path.end, let at = path.endIteration else { return "\(who) has no finite point" }
        let finish = point(end) + (path.endInView ? "" : ", beyond the map (its mark pinned to the edge)")
        if path.becomesNonFinite || path.divergedAt != nil {
            let broke = path.divergedAt.map { " at iteration \(Display.count($0))" } ?? ""
            if at == 0 { return "\(who) has only its start \(start) finite, as W or b became non-finite\(broke)" }
            return "\(who) goes from \(start) to \(finish), its last finite W drawn (iteration \(Display.count(at))); "
                + "W or b became non-finite\(broke)"
        }
        return "\(who) goes from \(start) to \(finish) in \(Display.count(path.iterations, "iteration"))"
    }

    /// What the right panel shows of the thresholded rule's path.
    private func errorPanelClause(_ path: LandscapeFacts.Path) -> String {
        let who = path.isThisRun ? "This run's path" : "The thresholded rule's path"
        guard let end = path.endErrors else { return "\(who) is drawn on it too." }
        var text = "\(who), drawn on it too, "
        if path.startErrors == 0 {
            text += "starts in a zero-error region (W would do, but not with the initial b)"
            if path.mostErrorsAlong > 0 { text += ", leaves it" }
            text +=
                end == 0
                ? " and ends in one" : " and ends where the best b leaves \(Display.count(end, "sample")) wrong"
        } else {
            text +=
                end == 0
                ? "ends in a zero-error region"
                : "ends where the best b leaves \(Display.count(end, "sample")) wrong"
        }
        if path.becomesNonFinite || path.divergedAt != nil {
            text += ", at its last finite W."
        } else if let allRight = path.allRightFrom, end == 0 {
            text +=
                ": from iteration \(Display.count(allRight)) every sample is right and the thresholded rule, whose "
                + "steps are made of the mistakes, stops moving."
        } else if end == 0 {
            text += ", though with its own b the run still misclassifies a sample at the end."
        } else {
            text += "; a sample is wrong whatever b, so the thresholded rule keeps moving."
        }
        return text
    }

    /// "(0.4, 0.2)".
    private func point(_ w: [Double]) -> String {
        "(" + w.map { Display.compact($0) }.joined(separator: ", ") + ")"
    }
}
