import Charts
import Formats
import Training

// The alt texts of units.png and region.gif.
extension ChartText {
    /// "samples 2 and 4" or "no sample", numbered from 1, of the samples a unit's facts looked at.
    static func samples(_ indices: [Int]) -> String {
        guard !indices.isEmpty else { return "no sample" }
        let numbers = indices.map { Display.count($0 + 1) }
        return (indices.count == 1 ? "sample " : "samples ") + Display.list(numbers)
    }

    var unitsText: String {
        guard let facts = chart.facts.units else { return "The hidden units' lines in the input plane." }
        let names = log.dataset.featureNames
        let count = facts.units.count
        var text =
            "The \(Display.count(count, "unit")) of hidden layer 1 as lines in the plane of \(names[0]) (across) "
            + "and \(names[1]) (up) after iteration \(Display.count(facts.iteration)): each line is where the unit's "
            + "activation σ(w₁x₁ + w₂x₂ + b) is ½, with an arrow toward the side where it is above ½, over the "
            + "\(Display.count(log.dataset.sampleCount, "sample"))."
        if facts.labelled < count {
            text +=
                " All \(Display.count(count)) lines are drawn thin; units 1 to \(facts.labelled) have their own "
                + "colour and number, the others are grey; no initial line is drawn."
        } else {
            text += " A unit's initial line is dashed where it crosses the view."
        }
        let which =
            facts.samplesListed < log.dataset.sampleCount
            ? " (of the first \(Display.count(facts.samplesListed)) samples)" : ""
        let lined = facts.units.filter(\.hasLine)
        if count <= 4 {
            for unit in lined {
                text +=
                    " Unit \(unit.number) (w₁ = \(Display.compact(unit.w1)), w₂ = \(Display.compact(unit.w2)), b = "
                    + "\(Display.compact(unit.b))) is above ½ for \(Self.samples(unit.above))\(which)"
                    + (unit.inView ? "." : "; its line lies outside the view.")
            }
        } else {
            let outside = lined.filter { !$0.inView }
            if !outside.isEmpty {
                text += " \(Display.count(outside.count, "line")) lie\(outside.count == 1 ? "s" : "") outside the view."
            }
        }
        let zero = facts.units.filter { !$0.hasLine && $0.w1 == 0 && $0.w2 == 0 && $0.b.isFinite }
        let broken = facts.units.filter { !$0.hasLine && !($0.w1 == 0 && $0.w2 == 0 && $0.b.isFinite) }
        if !zero.isEmpty {
            text +=
                " \(unitNames(zero)) \(zero.count == 1 ? "has" : "have") no line: both \(zero.count == 1 ? "its" : "their") "
                + "weights are 0, so the activation is the same σ(b) everywhere."
        }
        if !broken.isEmpty {
            text +=
                " \(unitNames(broken)) \(broken.count == 1 ? "has" : "have") no line: a weight or bias is not a finite "
                + "number" + (log.divergedAt.map { " (training diverged at iteration \(Display.count($0)))" } ?? "")
                + "."
        }
        if !facts.deeperLayers.isEmpty {
            text +=
                " The units of hidden layer\(facts.deeperLayers.count == 1 ? "" : "s") 2"
                + (facts.deeperLayers.count > 1 ? "–\(facts.deeperLayers.count + 1)" : "")
                + " read the activations of the layer below, not the inputs, so they have no line in this plane."
        }
        return text
    }

    /// "Unit 3" or "Units 1 and 2" or "5 units".
    private func unitNames(_ units: [UnitsFacts.Unit]) -> String {
        if units.count == 1 { return "Unit \(units[0].number)" }
        if units.count <= 4 { return "Units " + Display.list(units.map { Display.count($0.number) }) }
        return Display.count(units.count, "unit")
    }

    var regionAnimationText: String {
        let iterations = chart.facts.iterations, changes = chart.facts.parameterChanges
        let shown = iterations.filter { $0 > 0 }.count
        let which: String
        if shown == 0 {
            which =
                changes == 0
                ? "iteration 0 only, since no update changed the output layer's W or b"
                : "iteration 0 only, since every later set of parameters is not finite"
        } else if shown == changes {
            which =
                "iteration 0, then "
                + (changes == 1
                    ? "the one iteration whose update changed the output layer's W or b"
                    : "each of the \(Display.count(changes)) iterations whose update changed the output layer's W or b")
        } else {
            which =
                "iteration 0, then \(Display.count(shown)) of the \(Display.count(changes)) iterations whose update "
                + "changed the output layer's W or b" + (log.divergedAt == nil ? ", evenly spread" : "")
        }
        let last = Display.count(iterations.last ?? 0)
        var text =
            "Animation in \(Display.count(iterations.count, "frame")) of the network's output s over the plane of the "
            + "two inputs, shaded in bands from white (s = 0) to blue (s = 1), with the line where s = "
            + "\(Display.short(log.settings.threshold)): \(which)"
            + (shown == 0 ? ". " : ", up to iteration \(last). ")
            + "Each frame names its iteration and how many samples are misclassified, and rings them."
        if let diverged = log.divergedAt {
            text +=
                " Training diverged at iteration \(Display.count(diverged)): frames whose parameters are not finite "
                + "are left out."
        } else {
            let wrong = log.summary.sampleCount - log.summary.finalCorrect
            text +=
                wrong == 0
                ? " In the last frame every sample lies on its label's side."
                : " In the last frame \(Display.count(wrong)) of \(Display.count(log.summary.sampleCount, "sample")) "
                    + (wrong == 1 ? "lies" : "lie") + " on the wrong side."
        }
        return text
    }
}
