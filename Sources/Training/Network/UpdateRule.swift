/// How the error signal e is formed from the forward pass before the gradient step.
public enum UpdateRule: String, CaseIterable, Sendable {
    /// e = ŷ − y, the thresholded prediction minus the label: the original walkthrough's rule,
    /// which makes the update the perceptron learning rule.
    case thresholded
    /// e = s − y, the sigmoid output minus the label: the true gradient of the mean binary
    /// cross-entropy with respect to z.
    case logistic

    /// The rule the walkthrough does not use, for comparison.
    public var other: UpdateRule {
        self == .thresholded ? .logistic : .thresholded
    }
}
