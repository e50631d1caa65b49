import Charts
import Formats
import Foundation
import Training

// The alt texts of boundary.png and boundary.gif.
extension ChartText {
    /// "Wᵀ·x + b = 0", naming the threshold's level when it is not 0.
    var equation: String {
        let t = log.settings.threshold
        guard t != 0.5 else { return "Wᵀ·x + b = 0" }
        return "Wᵀ·x + b = ln(T/(1−T)) = \(Display.compact(Foundation.log(t / (1 - t))))"
    }

    /// "1 of label 1, 3 of label 0".
    var labelCounts: String {
        let ones = log.dataset.labels.count { $0 == 1 }
        let zeros = log.dataset.sampleCount - ones
        return "\(Display.count(ones)) of label 1, \(Display.count(zeros)) of label 0"
    }

    /// What the final parameters do with the samples.
    var finalOutcome: String {
        let m = log.dataset.sampleCount
        let wrong = m - log.finalPass.correctCount(log.dataset.labels)
        let weights = log.weights(after: log.count)
        let bias = log.bias(log.count)
        guard weights.allSatisfy(\.isFinite), bias.isFinite else {
            return "The parameters became non-finite at iteration \(Display.count(log.divergedAt ?? log.count)), "
                + "so there is no final boundary."
        }
        let parameters =
            "W = [\(weights.map { Display.compact($0) }.joined(separator: ", "))]ᵀ and b = \(Display.compact(bias))"
        let result =
            wrong == 0
            ? "classifies all \(Display.count(m)) samples correctly"
            : "misclassifies \(Display.count(wrong)) of \(Display.count(m)) samples (ringed)"
        return "The final boundary, with \(parameters), \(result)."
    }

    var boundaryText: String {
        let names = log.dataset.featureNames
        let list = Display.list(chart.facts.iterations.map { Display.count($0) })
        return "The \(Display.count(log.dataset.sampleCount)) samples of \(log.dataset.name), \(names[0]) across "
            + "and \(names[1]) up (\(labelCounts)), with the decision boundary \(equation) after iterations \(list). "
            + finalOutcome
    }

    var animationText: String {
        let iterations = chart.facts.iterations, changes = chart.facts.parameterChanges
        let frames = Display.count(iterations.count, "frame")
        let which =
            iterations.count - 1 == changes
            ? (changes == 1
                ? "the one iteration that changed W or b"
                : "each of the \(Display.count(changes)) iterations that changed W or b")
            : "\(Display.count(iterations.count - 1)) of the \(Display.count(changes)) iterations that "
                + "changed W or b, evenly spread"
        let last = Display.count(iterations.last ?? 0)
        return "Animation in \(frames) of the decision boundary \(equation) over the "
            + "\(Display.count(log.dataset.sampleCount)) samples of \(log.dataset.name): iteration 0, then "
            + "\(which), up to iteration \(last); each frame names its iteration and rings the samples "
            + "misclassified at that point. " + finalOutcome
    }
}
