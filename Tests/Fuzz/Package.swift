// swift-tools-version:6.0
import PackageDescription

// libFuzzer harnesses for nnreport's parsers, linking the real code through NNReportCore.
// Built and run by `make fuzz` (Tests/Fuzz/run.sh); run.sh has the flags and why both are needed.
let core = Target.Dependency.product(name: "NNReportCore", package: "nnreport")

let package = Package(
    name: "NNReportFuzz",
    dependencies: [.package(name: "nnreport", path: "../..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzCSV", dependencies: [core, "FuzzDriver"]),
        .executableTarget(name: "FuzzConfig", dependencies: [core, "FuzzDriver"]),
        .executableTarget(name: "FuzzTemplates", dependencies: [core, "FuzzDriver"]),
    ]
)
