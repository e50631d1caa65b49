import Formats
import Foundation
import Training

// Section 7: the update rule, and what the other rule gives on the same data.
extension WalkthroughContext {
    var ruleValue: TemplateValue {
        let other = input.otherRule
        let otherRule = settings.rule.other
        let logistic = settings.rule == .logistic ? (summary, "this run") : (other, "the logistic run on the same data")
        return [
            "name": .string(settings.rule.rawValue),
            "definition": .string(
                settings.rule == .thresholded
                    ? "e = ŷ − y, the thresholded prediction minus the label, as in the original walkthrough."
                    : "e = s − y, the sigmoid output minus the label: m times the gradient of the mean binary "
                        + "cross-entropy with respect to z."),
            "formulasMath": .string(ruleFormulas),
            "logisticRun": .string(logisticRunText(logistic.0, name: logistic.1)),
            "otherName": .string(otherRule.rawValue),
            "otherOutcome": .string(outcomeSentence(other, rule: otherRule)),
        ]
    }

    /// What the logistic rule's parameters and loss did in `run`, from its summary.
    private func logisticRunText(_ run: TrainingSummary, name: String) -> String {
        if let diverged = run.divergedAt {
            return "In \(name) the parameters stopped being finite numbers at iteration \(Display.count(diverged))."
        }
        let before = norm(settings.initialWeights), after = norm(run.finalWeights)
        let size =
            after > before
            ? "grew from \(Display.short(before)) to \(Display.short(after))"
            : (after < before
                ? "shrank from \(Display.short(before)) to \(Display.short(after))"
                : "stayed at \(Display.short(after))")
        let motion = run.motion
        let loss =
            motion.lastLoss < motion.firstLoss
            ? "fell from \(Display.short(motion.firstLoss)) to \(Display.short(motion.lastLoss))"
            : (motion.lastLoss > motion.firstLoss
                ? "rose from \(Display.short(motion.firstLoss)) to \(Display.short(motion.lastLoss))"
                : "stayed at \(Display.short(motion.lastLoss))")
        let still =
            motion.lastStep > 0
            ? "and the last update still moved W and b by \(Display.short(motion.lastStep))"
            : "and by the last iteration every s had rounded to exactly its label, so the update no longer moved W and b"
        return "In \(name), the length of W, ‖W‖, \(size) over \(Display.count(run.iterationsRun, "iteration")), "
            + "the mean cross-entropy \(loss) from the first iteration to the last, \(still)."
    }

    /// ‖W‖, scaled so that huge weights do not overflow the sum of squares.
    private func norm(_ values: [Double]) -> Double {
        let scale = values.map(\.magnitude).max() ?? 0
        guard scale > 0, scale.isFinite else { return scale }
        return scale * values.reduce(0) { $0 + ($1 / scale) * ($1 / scale) }.squareRoot()
    }

    private func outcomeSentence(_ other: TrainingSummary, rule: UpdateRule) -> String {
        let error = rule == .thresholded ? "e = ŷ − y" : "e = s − y"
        var text =
            "With \(error), the same data, initial parameters, learning rate and \(Display.count(other.iterationsRequested, "iteration")), "
        if let diverged = other.divergedAt {
            text += "training diverged at iteration \(Display.count(diverged)): the parameters overflowed."
            return text
        }
        if let allRight = other.allRightFrom {
            text += "every prediction is right from iteration \(Display.count(allRight)) on"
        } else {
            text += "not every prediction is right at the end"
        }
        let accuracy = other.accuracy.map(Display.percent) ?? "none"
        text +=
            "; it ends with W = \(column(other.finalWeights)), b = \(Display.short(other.finalBias)) and "
            + "\(accuracy) of the samples right (\(other.finalCorrect) of \(Display.count(other.sampleCount)))."
        if let mine = summary.allRightFrom, let theirs = other.allRightFrom, mine != theirs {
            text +=
                theirs < mine
                ? " That is \(Display.count(mine - theirs, "iteration")) sooner than this run."
                : " That is \(Display.count(theirs - mine, "iteration")) later than this run."
        }
        return text
    }

    /// e = ŷ − y (thresholded) beside e = s − y = m·∂L/∂z (logistic).
    private var ruleFormulas: String {
        let thresholded = MathML.row(
            MathML.text("thresholded: "), MathML.identifier("e"), MathML.op("="), MathML.identifier("ŷ"),
            MathML.op("−"), MathML.identifier("y"))
        let logistic = MathML.row(
            MathML.text("logistic: "), MathML.identifier("e"), MathML.op("="), MathML.identifier("s"), MathML.op("−"),
            MathML.identifier("y"), MathML.op("="), MathML.identifier("m"), MathML.op("·"),
            MathML.fraction(
                MathML.row(MathML.op("∂"), MathML.identifier("L")), MathML.row(MathML.op("∂"), MathML.identifier("z"))))
        return MathML.block(
            MathML.lines([thresholded, logistic]),
            label: "thresholded rule: e equals y hat minus y; logistic rule: e equals s minus y, "
                + "m times the derivative of the loss with respect to z")
    }
}
