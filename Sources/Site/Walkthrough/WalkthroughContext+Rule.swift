import Training

// Section 7: the update rule, and what the other rule gives on the same data.
extension WalkthroughContext {
    var ruleValue: TemplateValue {
        let other = input.otherRule
        let otherRule = settings.rule.other
        return [
            "name": .string(settings.rule.rawValue),
            "definition": .string(
                settings.rule == .thresholded
                    ? "e = ŷ − y, the thresholded prediction minus the label, as in the original walkthrough."
                    : "e = s − y, the sigmoid output minus the label: the gradient of the mean binary cross-entropy."),
            "formulasMath": .string(ruleFormulas),
            "otherName": .string(otherRule.rawValue),
            "otherOutcome": .string(outcomeSentence(other, rule: otherRule)),
        ]
    }

    private func outcomeSentence(_ other: TrainingSummary, rule: UpdateRule) -> String {
        let error = rule == .thresholded ? "e = ŷ − y" : "e = s − y"
        var text =
            "With \(error), the same data, initial parameters, learning rate and \(Display.count(other.iterationsRequested, "iteration")), "
        if let diverged = other.divergedAt {
            text += "training diverged at iteration \(Display.count(diverged)): the parameters overflowed."
            return text
        }
        if let converged = other.convergedAt {
            text += "every prediction is right from iteration \(Display.count(converged)) on"
        } else {
            text += "training does not converge"
        }
        text +=
            "; it ends with W = \(vector(other.finalWeights)), b = \(Display.short(other.finalBias)) and "
            + "\(Display.percent(other.accuracy)) of the samples right (\(other.finalCorrect) of \(Display.count(other.sampleCount)))."
        if let mine = summary.convergedAt, let theirs = other.convergedAt, mine != theirs {
            text +=
                theirs < mine
                ? " That is \(Display.count(mine - theirs, "iteration")) sooner than this run."
                : " That is \(Display.count(theirs - mine, "iteration")) later than this run."
        }
        return text
    }

    /// e = ŷ − y (thresholded) beside e = s − y = ∂L/∂z (logistic).
    private var ruleFormulas: String {
        let thresholded = MathML.row(
            MathML.text("thresholded: "), MathML.identifier("e"), MathML.op("="), MathML.identifier("ŷ"),
            MathML.op("−"), MathML.identifier("y"))
        let logistic = MathML.row(
            MathML.text("logistic: "), MathML.identifier("e"), MathML.op("="), MathML.identifier("s"), MathML.op("−"),
            MathML.identifier("y"), MathML.op("="),
            MathML.fraction(
                MathML.row(MathML.op("∂"), MathML.identifier("L")), MathML.row(MathML.op("∂"), MathML.identifier("z"))))
        return MathML.block(
            MathML.lines([thresholded, logistic]),
            label:
                "thresholded rule: e equals y hat minus y; logistic rule: e equals s minus y, the derivative of the loss with respect to z"
        )
    }
}
