// swift-tools-version:6.0
import PackageDescription

// The folders follow the data flow: Settings → Dataset → Trainer (TrainingLog) → Charts → Site.
let package = Package(
    name: "nnreport",
    products: [
        .executable(name: "nnreport", targets: ["nnreport"]),
        // The core as a library, so fuzzers and benchmarks can link the real code.
        .library(name: "NNReportCore", targets: ["Training", "Charts", "Site", "ReportCLI"]),
    ],
    targets: [
        .systemLibrary(
            name: "CGD",
            path: "Sources/CGD",
            pkgConfig: "gdlib",
            providers: [.apt(["libgd-dev"])]
        ),
        // SHA-256 for the manifest runs at 2 GB/s with the CPU's SHA instructions, 7× a Swift loop.
        .systemLibrary(
            name: "CCrypto",
            path: "Sources/CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .target(name: "Training"),
        .target(name: "Charts", dependencies: ["CGD", "Training"]),
        .executableTarget(name: "TemplateEmbedder"),
        .plugin(
            name: "EmbedTemplatesPlugin",
            capability: .buildTool(),
            dependencies: ["TemplateEmbedder"],
            path: "Sources/EmbedTemplatesPlugin"
        ),
        .target(
            name: "Site",
            dependencies: ["Training", "Charts", "CCrypto"],
            plugins: ["EmbedTemplatesPlugin"]
        ),
        .target(name: "ReportCLI", dependencies: ["Training", "Charts", "Site"]),
        .executableTarget(name: "nnreport", dependencies: ["ReportCLI"]),
        .testTarget(
            name: "TrainingTests", dependencies: ["Training"],
            exclude: ["Golden", "Reference", "CSV/Fixtures"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "CGD", "Training"]),
        .testTarget(
            name: "SiteTests", dependencies: ["Site", "Training", "Charts"],
            exclude: ["MustacheSpec", "Fixtures"]),
        .testTarget(name: "ReportCLITests", dependencies: ["ReportCLI", "Training", "Site"]),
    ]
)
