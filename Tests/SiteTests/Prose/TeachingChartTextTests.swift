import Charts
import Formats
import Foundation
import Testing
import Training

@testable import Site

/// The alt texts of the teaching charts say this run's numbers, recomputed here from the data.
@Suite("Teaching chart texts: the run's numbers, true for odd runs too", .serialized)
struct TeachingChartTextTests {
    @Test("confidence.png names the samples, the last s of each label and when all sit on their side")
    func confidence() throws {
        let run = try #require(TeachingRuns.and)
        let log = run.log
        let w = log.weights(after: log.count), b = log.bias(log.count)
        let s = (0..<4).map { TeachingRuns.sigmoid(TeachingRuns.z(log.dataset, $0, w, b)) }
        let zeros = (0..<4).filter { log.dataset.labels[$0] == 0 }.map { s[$0] }
        let one = try #require((0..<4).first { log.dataset.labels[$0] == 1 }.map { s[$0] })
        let (low, high) = Display.compactPair(zeros.min() ?? 0, zeros.max() ?? 0)
        let text = run.alt("confidence.png")
        #expect(text.hasPrefix("s = σ(z) of each of the 4 samples over iterations 1–1,000, one line per sample"))
        #expect(text.contains("the threshold T = 0.5 dashed across"))
        #expect(
            text.contains(
                "In the last iteration s is \(Display.compact(one)) for label 1 and between \(low) and \(high) "
                    + "for label 0, so every s lies between \(low) and \(Display.compact(one))."))
        #expect(text.contains("From iteration 26 on, every sample drawn sits on its label's side of T."))
        #expect(run.note("confidence.png") == "columns s1, s2, s3 and s4 of data/history.csv")
        let xor = try #require(TeachingRuns.xor)
        #expect(xor.alt("confidence.png").contains("In the last iteration some sample still sits on the wrong side"))
        let diverged = try #require(TeachingRuns.diverged)
        #expect(diverged.alt("confidence.png").contains("became non-finite at iteration 1, where training stopped"))
    }

    @Test("landscape.png says which slice it is, where each path goes and where the perceptron stops")
    func landscape() throws {
        let run = try #require(TeachingRuns.and)
        let text = run.alt("landscape.png")
        func point(_ w: [Double]) -> String { "(" + w.map { Display.compact($0) }.joined(separator: ", ") + ")" }
        let start = point(run.log.weights(after: 0)), end = point(run.log.weights(after: run.log.count))
        #expect(text.hasPrefix("Two maps of the plane of the weights (w₁, w₂), with b chosen best for each point."))
        #expect(
            text.contains(
                "the path of this run (thresholded, solid) goes from \(start) to \(end) in 1,000 iterations"))
        #expect(
            text.contains(
                "that of the logistic rule on the same data (dashed) goes from \(start) to "
                    + "\(point(run.other.finalWeights)) in 1,000 iterations"))
        #expect(text.contains("the fewest misclassified samples (of 4) any b gives: regions of 0 and 1 wrong."))
        #expect(
            text.contains(
                "starts in a zero-error region (W would do, but not with the initial b), leaves it and ends in one"))
        #expect(text.contains("from iteration 26 every sample is right"))
        let logistic = try #require(TeachingRuns.logistic)
        #expect(logistic.alt("landscape.png").contains("the path of this run (logistic, solid)"))
        #expect(logistic.alt("landscape.png").contains("The thresholded rule's path, drawn on it too"))
        let xor = try #require(TeachingRuns.xor)
        #expect(xor.alt("landscape.png").contains("1 wrong everywhere, so no W and b classify every sample correctly"))
        #expect(xor.alt("landscape.png").contains("a sample is wrong whatever b, so the thresholded rule keeps moving"))
        let diverged = try #require(TeachingRuns.diverged)
        #expect(
            diverged.alt("landscape.png").contains(
                "has only its start (0.4, 0.2) finite, as W or b became non-finite at iteration 1"))
        #expect(try #require(TeachingRuns.three).charts["landscape.png"] == nil)
    }

    @Test("no alt text of a teaching chart says nan or inf, for any run", arguments: 0..<5)
    func finiteWords(_ which: Int) throws {
        let run = try #require([TeachingRuns.and, .xor, .logistic, .three, .diverged][which])
        for file in ["confidence.png", "landscape.png", "pull.png", "strip.png"] where run.charts[file] != nil {
            let text = run.alt(file)
            let words = text.lowercased().split { !$0.isLetter }
            #expect(!words.contains("nan") && !words.contains("inf") && !words.contains("infinity"), "\(file): \(text)")
            #expect(text.count > 60 && !run.note(file).isEmpty, "\(file)")
        }
    }
}
