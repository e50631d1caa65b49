import Foundation
import Testing
import Training

@testable import Site

/// The teaching sections (code, chain rule, gradient check, exercises) say only what holds for
/// their run, odd runs included. (Tests/Browser/test_teaching.py recomputes their numbers with numpy.)
@Suite struct TeachingSectionsTests {
    typealias Page = WalkthroughTruthTests.Page

    static func page(_ dataset: Dataset, _ change: (inout TrainingSettings) -> Void = { _ in }) throws -> Page {
        var settings = TrainingSettings.defaults(for: dataset)
        change(&settings)
        let log = Trainer.train(dataset, settings: settings)
        var other = settings
        other.rule = settings.rule.other
        let input = SiteInput(
            log: log, otherRule: Trainer.summary(dataset, settings: other), title: "Teaching", datasetLabel: "data",
            charts: [], favicon: [0x89, 0x50, 0x4E, 0x47], baseURL: nil, settings: SiteMaker.settings(of: log))
        return Page(html: try SiteMaker.site(input).text("index.html"))
    }

    @Test func theSectionsAreNumberedInTheOrderTheContentsListThem() throws {
        let html = try Self.page(LogicGate.and.dataset).html
        for section in WalkthroughSection.allCases where section != .history {
            let heading =
                "<h2 id=\"\(section.rawValue)\"><span class=\"step\">\(section.number).</span>\(section.title)</h2>"
            #expect(html.contains(heading), "missing \(heading)")
            #expect(html.contains("<li><a href=\"#\(section.rawValue)\">\(section.title)</a></li>"))
        }
    }

    @Test func aRunThatDivergesAtOnceHasNoIterationTwoExercise() throws {
        let dataset = try Dataset(
            name: "huge", features: [[1e300, -1e300, 1e300, 0], [1e300, 1e300, -1e300, 0]], labels: [1, 0, 0, 1])
        let page = try Self.page(dataset) {
            $0.learningRate = 1e6
            $0.rule = .logistic
        }
        let exercises = page.section("exercises")
        #expect(!exercises.contains("Iteration 2 by hand"))
        #expect(exercises.contains("Why no line separates XOR"))
        let chain = page.section("chain")
        // Weights times 1e300 inputs: finite differences cannot follow L, and the page says why.
        #expect(chain.contains("differs from the finite differences by up to"))
        #expect(chain.contains("moves some z by up to 1 × 10²⁹⁴"))
    }

    @Test func aThresholdOtherThanAHalfIsNotScaleFree() throws {
        let page = try Self.page(LogicGate.and.dataset) { $0.threshold = 0.7 }
        let exercises = page.section("exercises")
        #expect(exercises.contains("the boundary sits at z = 0.8473, not 0"))
        #expect(!exercises.contains("Only in scale"))
        #expect(!exercises.contains("Any positive multiple of a solution"))
    }

    @Test func theLogisticRulesCodeSaysWhatChangedFromTheArticle() throws {
        let code = try Self.page(LogicGate.and.dataset) { $0.rule = .logistic }.section("code")
        #expect(code.contains("dW = np.dot(x, (s - y).T) / m"))
        #expect(code.contains("y_pred = np.array(s >= 0.5, dtype='int64')"))
        #expect(code.contains("The article's code has only the thresholded rule"))
        let article = try Self.page(LogicGate.and.dataset).section("code")
        #expect(article.contains("dW = np.dot(x, (y_pred - y).T) / m"))
        #expect(article.contains("s = s >= 0.5"))
    }

    @Test func manySamplesAreElidedAndSaidSo() throws {
        let features = [(0..<20).map { Double($0 % 5) }, (0..<20).map { Double($0 % 3) }]
        let labels = (0..<20).map { Double($0 % 2) }
        let page = try Self.page(try Dataset(name: "twenty", features: features, labels: labels))
        #expect(page.section("code").contains("Each vector shows samples 1 to 8 of 20"))
        #expect(page.section("chain").contains("Summed over all 20 samples"))
        // Twenty inequalities are no exercise.
        #expect(!page.section("exercises").contains("A line for"))
    }
}
