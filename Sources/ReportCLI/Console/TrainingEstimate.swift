import Training

#if canImport(Glibc)
    import Glibc
#endif

/// How long training will take, from timing a short run of the same data: the trainer reports
/// no progress of its own, so the bar's share for the training stage is the time spent over
/// this estimate.
enum TrainingEstimate {
    /// The estimated seconds for `settings` on `dataset`, measured on at most 1% of the
    /// iterations and about 10⁷ sample-feature products, so it costs little.
    static func seconds(_ dataset: Dataset, _ settings: TrainingSettings) -> Double {
        let work = max(1, dataset.sampleCount * (dataset.featureCount + 1))
        var sample = settings
        sample.iterations = max(1, min(settings.iterations / 100, 10_000_000 / work))
        let started = Clock.now
        _ = Trainer.summary(dataset, settings: sample)
        let perIteration = Double(Clock.now - started) / 1e9 / Double(sample.iterations)
        // The logged run keeps more per iteration than the summary: about twice the time.
        return perIteration * Double(settings.iterations) * 2
    }
}
