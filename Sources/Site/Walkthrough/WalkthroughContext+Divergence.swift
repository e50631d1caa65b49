import Formats
import Training

// What a page says about a run whose parameters stopped being finite numbers.
extension WalkthroughContext {
    /// Where the run diverged, what overflowed, and what would keep the values finite — each
    /// clause read from the log of iteration `k`.
    func divergenceText(at k: Int) -> String {
        var text =
            "The update of iteration \(Display.count(k)) left W or b no longer a finite number (beyond float64's "
            + "largest, about 1.8 × 10³⁰⁸, or undefined), so training stopped there: "
            + "\(Display.count(k)) of \(Display.count(settings.iterations, "iteration")) ran."
        let gradient = (0..<dataset.featureCount).map { log.dW(k, $0) } + [log.db(k)]
        if let sample = (0..<log.loggedSampleCount).first(where: { !log.z(k, $0).isFinite }) {
            let z = log.z(k, sample)
            text +=
                " In that iteration z = Wᵀ·x⁽ⁱ⁾ + b was already \(z.isNaN ? "undefined (not a number)" : "infinite") for "
                + "sample \(sample + 1): the products of the weights and the features overflowed. Smaller initial "
                + "weights, or features rescaled to a smaller range, keep z finite."
        } else if gradient.contains(where: { !$0.isFinite }) {
            text +=
                " In that iteration the gradient itself was not a finite number: the sum over the samples, X·eᵀ, "
                + "exceeded float64's range. Features rescaled to a smaller range keep it finite."
        } else {
            let step = settings.learningRate * largestFeature
            text +=
                " Every update moves each weight by at most α·max|x| and the bias by at most α, because every "
                + "error e lies between −1 and 1 under both rules. Here α = \(Display.short(settings.learningRate)) "
                + "and the largest feature is \(Display.short(largestFeature)) in size, so one step can be "
                + (step.isFinite ? "as large as \(Display.short(step))" : "larger than float64 can hold")
                + ". A smaller learning rate, or features rescaled to a smaller range, keeps every value finite."
        }
        return text
    }

    /// max |x|, over every feature of every sample.
    var largestFeature: Double {
        dataset.features.reduce(0) { largest, row in row.reduce(largest) { max($0, $1.magnitude) } }
    }
}
