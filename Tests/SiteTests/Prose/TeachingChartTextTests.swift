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
                "In the last iteration s is \(Display.compact(one)) for label 1 and lies between \(low) and \(high) "
                    + "for label 0, so every s lies between \(low) and \(Display.compact(one))."))
        #expect(text.contains("From iteration 26 on, every sample drawn sits on its label's side of T."))
        #expect(run.note("confidence.png") == "columns s1, s2, s3 and s4 of data/history.csv")
        let xor = try #require(TeachingRuns.xor)
        #expect(xor.alt("confidence.png").contains("In the last iteration some sample still sits on the wrong side"))
        let diverged = try #require(TeachingRuns.diverged)
        #expect(diverged.alt("confidence.png").contains("became non-finite at iteration 1, where training stopped"))
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
