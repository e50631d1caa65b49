// swift-tools-version:6.0
import PackageDescription

// The folders follow the data flow: Settings → Dataset → Trainer (TrainingLog) → Charts → Site.
let package = Package(
    name: "nnreport",
    products: [
        .executable(name: "nnreport", targets: ["nnreport"]),
        // The core as a library, so fuzzers and benchmarks can link the real code.
        .library(name: "NNReportCore", targets: ["Formats", "Training", "Charts", "Site", "ReportCLI"]),
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
        // glibc's mallopt and malloc_trim: a comparison keeps its memory to one run's plus the summaries.
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        // Reading and writing text: locations, numbers, UTF-8, CSV, JSON. Depends on nothing.
        .target(name: "Formats"),
        .target(name: "Training", dependencies: ["Formats"]),
        .target(name: "Charts", dependencies: ["CGD", "Formats", "Training"]),
        .executableTarget(name: "TemplateEmbedder"),
        .plugin(
            name: "EmbedTemplatesPlugin",
            capability: .buildTool(),
            dependencies: ["TemplateEmbedder"],
            path: "Sources/EmbedTemplatesPlugin"
        ),
        .target(
            name: "Site",
            dependencies: ["Formats", "Training", "Charts", "CCrypto"],
            plugins: ["EmbedTemplatesPlugin"]
        ),
        .target(name: "ReportCLI", dependencies: ["Formats", "Training", "Charts", "Site", "CMalloc"]),
        .executableTarget(name: "nnreport", dependencies: ["ReportCLI"]),
        // What several test targets share: temporary folders, running the built binary.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "FormatsTests", dependencies: ["Formats"], exclude: ["CSV/Fixtures"]),
        .testTarget(
            name: "TrainingTests", dependencies: ["Formats", "Training"],
            exclude: ["Golden", "Reference"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "CGD", "Formats", "Training"]),
        .testTarget(
            name: "SiteTests", dependencies: ["Formats", "Site", "Training", "Charts", "TestSupport"],
            exclude: ["MustacheSpec", "Fixtures"]),
        .testTarget(
            name: "ReportCLITests", dependencies: ["Formats", "ReportCLI", "Training", "Site", "TestSupport"],
            exclude: ["GoldenPages"]),
    ]
)
