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

    @Test("pull.png lists each sample's share, says who pulls nothing and what the origin moves")
    func pull() throws {
        let run = try #require(TeachingRuns.and)
        let log = run.log, data = log.dataset
        let alpha = log.settings.learningRate, m = Double(data.sampleCount)
        let text = run.alt("pull.png")
        #expect(text.hasPrefix("The 4 samples of AND gate, x1 across and x2 up, with the decision boundary before"))
        #expect(
            text.contains(
                "−α·e⁽ⁱ⁾·x⁽ⁱ⁾/m with α = 0.1 and m = 4, is drawn as an arrow from it, 20 times longer (2 arrows)"))
        for i in 0..<4 {
            let x = data.sample(i)
            let z = TeachingRuns.z(data, i, log.weights(after: 0), log.bias(0))
            let e = (TeachingRuns.sigmoid(z) >= 0.5 ? 1.0 : 0) - data.labels[i]
            let who =
                "x = (\(x.map { Display.compact($0) }.joined(separator: ", "))) (label "
                + "\(Display.compact(data.labels[i])), e = \(Display.compact(e)))"
            let b = Display.compact(-alpha * (e / m))
            if e == 0 {
                #expect(text.contains("\(who) adds nothing"), "\(who)")
            } else if x == [0, 0] {
                #expect(text.contains("\(who) adds nothing to W, sitting at the origin, but \(b) to b"), "\(who)")
            } else {
                let w = x.map { Display.compact(-alpha * (e * $0 / m)) }.joined(separator: ", ")
                #expect(text.contains("\(who) adds [\(w)] to W and \(b) to b"), "\(who)")
            }
        }
        #expect(text.contains("1 sample is right in iteration 1 (e = 0) and pulls nothing."))
        let step = (0..<2).map { Display.compact(log.weight(1, $0) - log.weight(0, $0)) }.joined(separator: ", ")
        #expect(text.contains("by [\(step)]; b moves from 1 to \(Display.compact(log.bias(1)))"))
        let diverged = try #require(TeachingRuns.diverged)
        #expect(diverged.alt("pull.png").contains("is drawn as an arrow: "))
        #expect(diverged.alt("pull.png").contains("The update of iteration 1 left W or b no longer a finite number."))
        #expect(try #require(TeachingRuns.three).charts["pull.png"] == nil)
    }

    @Test("strip.png says why it replaces the plane, and z and the mistakes before and after")
    func strip() throws {
        let run = try #require(TeachingRuns.three)
        let log = run.log, data = log.dataset
        func clause(_ weights: [Double], _ bias: Double) -> String {
            let z = (0..<data.sampleCount).map { TeachingRuns.z(data, $0, weights, bias) }
            func span(_ label: Double) -> String {
                let values = z.indices.filter { data.labels[$0] == label }.map { z[$0] }
                let (low, high) = Display.compactPair(values.min() ?? 0, values.max() ?? 0)
                return low == high ? low : "between \(low) and \(high)"
            }
            let wrong = z.indices.count { (TeachingRuns.sigmoid(z[$0]) >= 0.5 ? 1.0 : 0) != data.labels[$0] }
            return "z is \(span(1)) for label 1 and \(span(0)) for label 0; "
                + (wrong == 0 ? "none misclassified" : "\(wrong) of 8 misclassified")
        }
        let text = run.alt("strip.png")
        #expect(text.hasPrefix("With 3 features, no boundary can be drawn in the plane: instead z = Wᵀ·x + b of each"))
        #expect(text.contains("the threshold z = 0 (s = 0.5) dashed"))
        #expect(
            text.contains("Before training, with the initial W and b: " + clause(log.weights(after: 0), log.bias(0))))
        #expect(text.contains("After iteration 1,000: " + clause(log.weights(after: 1000), log.bias(1000))))
        #expect(try #require(TeachingRuns.and).charts["strip.png"] == nil)
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
