import Training

// Alt text of the time charts: what each line does, in the run's numbers.
extension TimeCharts {
    /// " Every sample is classified correctly from iteration 26 on (marked)." or the divergence.
    var outcome: String {
        if let diverged = log.divergedAt {
            return " W or b became non-finite at iteration \(ProseNumber.count(diverged)), where training stopped."
        }
        if let converged = facts.allRightFrom {
            return " Every sample is classified correctly from iteration \(ProseNumber.count(converged)) on (marked)."
        }
        return " Training did not reach a state where every sample is classified correctly."
    }

    /// Alt text of weights.png.
    func weightsText(_ chart: LineChart) -> String {
        guard log.featureCount <= 4 else {
            let range = "over iterations 0–\(ProseNumber.count(log.count))"
            let data = DataRange(chart.series)
            let low = ProseNumber.text(data.minimum ?? .nan)
            let high = ProseNumber.text(data.maximum ?? .nan)
            let finite = data.minimum == nil ? "no weight is finite" : "the weights stay between \(low) and \(high)"
            return "All \(log.featureCount) weights \(range): \(finite)." + outcome
        }
        let clauses = chart.series.map { "\($0.name) " + SeriesStory($0.values, firstIteration: 0).clause }
        return "Weights: " + clauses.joined(separator: "; ") + "." + outcome
    }

    /// Alt text of bias.png.
    func biasText(_ chart: LineChart) -> String {
        let story = SeriesStory(chart.series.first?.values ?? [], firstIteration: 0)
        return "Bias " + story.clause + "." + outcome
    }

    /// Alt text of errors.png.
    func errorsText() -> String {
        let m = ProseNumber.count(log.dataset.sampleCount)
        let counts = log.errorSeries
        guard let first = counts.first, let last = counts.last else { return "No iterations were run." }
        let n = ProseNumber.count(log.count)
        let (low, high) = (counts.min() ?? first, counts.max() ?? first)
        if low == high {
            let when = counts.count == 1 ? "in the only iteration" : "in every iteration, 1 to \(n)"
            return "Misclassified samples, out of \(m): \(low) \(when)." + outcome
        }
        var text = "Misclassified samples, out of \(m), per iteration: \(first) at iteration 1"
        if let converged = facts.allRightFrom, converged > 1 {
            text += ", 0 from iteration \(ProseNumber.count(converged)) to the last, \(n)."
        } else {
            text += ", \(last) at iteration \(n); between \(low) and \(high) throughout."
        }
        return text + outcome
    }

    /// Alt text of loss.png.
    func lossText() -> String {
        let mse = SeriesStory(log.mseSeries, firstIteration: 1)
        let bce = SeriesStory(log.bceSeries, firstIteration: 1)
        return "Mean squared error " + mse.clause + "; binary cross-entropy " + bce.clause + "." + outcome
    }

    /// Where the numbers of the weights chart are.
    var weightsNote: String {
        let columns =
            log.featureCount <= 4
            ? ProseNumber.list((1...log.featureCount).map { "w\($0)" }) : "w1 … w\(log.featureCount)"
        return "columns \(columns) of data/history.csv; iteration 0 is the initial W of the settings"
    }
}
