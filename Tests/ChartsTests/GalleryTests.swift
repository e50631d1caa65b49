import Foundation
import Testing
import Training

@testable import Charts

/// A tool for looking at the charts, run on demand: with CHARTS_GALLERY=DIR it writes every
/// chart of a few runs (AND, XOR, logistic, diverging, T = 0.7, 12 features) and some synthetic
/// line charts into DIR, and checks that each file decodes back to its size.
@Suite("Gallery", .enabled(if: ProcessInfo.processInfo.environment["CHARTS_GALLERY"] != nil, "set CHARTS_GALLERY=DIR"))
struct GalleryTests {
    @Test func writesGallery() throws {
        let folder = ProcessInfo.processInfo.environment["CHARTS_GALLERY"] ?? "/tmp/charts-gallery"
        var runs: [(String, TrainingLog)] = []
        runs.append(("and", Trainer.train(LogicGate.and.dataset, settings: .walkthrough)))
        runs.append(("xor", Trainer.train(LogicGate.xor.dataset, settings: .walkthrough)))
        var logistic = TrainingSettings.walkthrough
        logistic.rule = .logistic
        runs.append(("logistic", Trainer.train(LogicGate.and.dataset, settings: logistic)))
        let big = try Dataset(
            name: "huge inputs", featureNames: ["size", "weight"],
            features: [[0, 0, 1e300, 1e300], [0, 1e300, 0, 1e300]],
            labels: [0, 1, 1, 0])
        var huge = TrainingSettings.walkthrough
        huge.learningRate = 1e10
        runs.append(("diverge", Trainer.train(big, settings: huge)))
        try Data(Favicon.png()).write(to: URL(fileURLWithPath: folder).appendingPathComponent("favicon.png"))
        let synthetic = URL(fileURLWithPath: folder).appendingPathComponent("synthetic")
        try FileManager.default.createDirectory(at: synthetic, withIntermediateDirectories: true)
        var spiky = ColumnReducerTests.walk(10_000_000)
        spiky[3_000_000] = 20_000
        spiky[5_000_000] = .nan
        let charts: [(String, [Double], Typeface)] = [
            ("nan", [.nan, .nan, .infinity], .standard), ("empty", [], .standard), ("single", [0.25], .standard),
            ("builtin", ColumnReducerTests.walk(500), .builtin), ("tenmillion", spiky, .standard),
            ("tiny", (0..<100).map { 0.1 + Double($0 % 3) * 0.1.ulp }, .standard),
        ]
        for (name, values, typeface) in charts {
            let chart = LineChart(
                title: "Synthetic: \(name)", xTitle: "iteration", yTitle: "value",
                series: [LineSeries(name: name, values: values, colour: ChartTheme.palette[0])])
            let image = try LineChartRenderer(chart: chart, typeface: typeface).render()
            try Data(image.png()).write(to: synthetic.appendingPathComponent("\(name).png"))
        }
        var high = TrainingSettings.walkthrough
        high.threshold = 0.7
        runs.append(("threshold", Trainer.train(LogicGate.or.dataset, settings: high)))
        let wide = try Dataset(
            name: "wide", features: (0..<12).map { j in (0..<4).map { Double(($0 + j) % 2) } }, labels: [0, 1, 1, 0])
        runs.append(("wide", Trainer.train(wide, settings: .defaults(for: wide))))
        for (name, log) in runs {
            let dir = URL(fileURLWithPath: folder).appendingPathComponent(name)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for chart in try RunCharts.render(log) {
                try Data(chart.bytes).write(to: dir.appendingPathComponent(chart.fileName))
                let decoded =
                    chart.fileName.hasSuffix(".gif") ? try GDImage(gif: chart.bytes) : try GDImage(png: chart.bytes)
                #expect(decoded.width >= chart.cssWidth && decoded.height >= chart.cssHeight)
                print("\(name)/\(chart.fileName): \(chart.altText) [\(chart.dataNote)]")
            }
        }
    }
}
