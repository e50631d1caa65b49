// swift-tools-version:6.0
import PackageDescription

// ChartsBench times RunCharts.render alone; PhaseBench times each stage of a report; ExpBench times
// correctlyRoundedExp against the C library's exp; ShortestBench times ShortestNumber.write against
// the standard library's formatter, and compares the two on many doubles. They live outside the main
// package, so the product gains no benchmark target.
// `make bench` builds it with a scratch path under the root .build (kept out of Tests/, which is linted).
let package = Package(
    name: "ChartsBench",
    dependencies: [.package(name: "nnreport", path: "../../..")],
    targets: [
        .executableTarget(
            name: "ChartsBench",
            dependencies: [.product(name: "NNReportCore", package: "nnreport")]
        ),
        .executableTarget(
            name: "PhaseBench",
            dependencies: [.product(name: "NNReportCore", package: "nnreport")]
        ),
        .executableTarget(
            name: "ExpBench",
            dependencies: [.product(name: "NNReportCore", package: "nnreport")]
        ),
        .executableTarget(
            name: "ShortestBench",
            dependencies: [.product(name: "NNReportCore", package: "nnreport")]
        ),
    ]
)
