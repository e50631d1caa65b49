import Training

// Alt text of the boundary charts.
extension BoundaryCharts {
    /// "1 of label 1, 3 of label 0".
    var labelCounts: String {
        let ones = log.dataset.labels.count { $0 == 1 }
        let zeros = log.dataset.sampleCount - ones
        return "\(ProseNumber.count(ones)) of label 1, \(ProseNumber.count(zeros)) of label 0"
    }

    /// What the final parameters do with the samples.
    var finalOutcome: String {
        let m = log.dataset.sampleCount
        let wrong = m - log.finalPass.correctCount(log.dataset.labels)
        let weights = log.weights(after: log.count)
        let bias = log.bias(log.count)
        guard weights.allSatisfy(\.isFinite), bias.isFinite else {
            return "The parameters became non-finite at iteration \(ProseNumber.count(log.divergedAt ?? log.count)), "
                + "so there is no final boundary."
        }
        let parameters =
            "W = [\(weights.map { ProseNumber.text($0) }.joined(separator: ", "))]ᵀ and b = \(ProseNumber.text(bias))"
        let result =
            wrong == 0
            ? "classifies all \(ProseNumber.count(m)) samples correctly"
            : "misclassifies \(ProseNumber.count(wrong)) of \(ProseNumber.count(m)) samples (ringed)"
        return "The final boundary, with \(parameters), \(result)."
    }

    /// Alt text of boundary.png.
    func stillText(_ iterations: [Int]) -> String {
        let names = log.dataset.featureNames
        let list = ProseNumber.list(iterations.map { ProseNumber.count($0) })
        return "The \(ProseNumber.count(log.dataset.sampleCount)) samples of \(log.dataset.name), \(names[0]) across "
            + "and \(names[1]) up (\(labelCounts)), with the decision boundary \(equation) after iterations \(list). "
            + finalOutcome
    }
}
