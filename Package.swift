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
        // libgd is linked statically (linkerSettings of Charts): its shared library loads some 60
        // others (HEIF, AVIF, TIFF, X11 …) that nnreport never calls, 7 ms of every start.
        .systemLibrary(
            name: "CGD",
            path: "Sources/CGD",
            providers: [.apt(["libgd-dev"])]
        ),
        // Chart text: glyphs rendered once with FreeType and drawn by nnreport (Charts/Text).
        .systemLibrary(
            name: "CFreeType",
            path: "Sources/CFreeType",
            pkgConfig: "freetype2",
            providers: [.apt(["libfreetype-dev"])]
        ),
        // libdeflate: the PNGs' CRC-32 and Adler-32 (and the tests' inflating); every PNG nnreport
        // writes itself is compressed by Charts' own ChartDeflate, made for chart rows.
        .systemLibrary(
            name: "CDeflate",
            path: "Sources/CDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        // XXH3-128 fingerprints the files in a site's manifest at about 10 GB/s, 5× SHA-256 with
        // the CPU's SHA instructions in libcrypto, which the manifest used before (14 % of the CPU
        // of a run of 10⁶ iterations); SHA-256 is now only for small things, in Swift.
        .systemLibrary(
            name: "CXXHash",
            path: "Sources/CXXHash",
            pkgConfig: "libxxhash",
            providers: [.apt(["libxxhash-dev"])]
        ),
        // glibc's mallopt and malloc_trim: a comparison keeps its memory to one run's plus the summaries.
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        // The C library's snprintf for one double (Formats' Printf): Swift cannot call variadic C.
        .systemLibrary(name: "CPrintf", path: "Sources/CPrintf"),
        // Reading and writing text: locations, numbers, UTF-8, CSV, JSON. Depends on the C library only.
        .target(name: "Formats", dependencies: ["CPrintf"]),
        .target(name: "Training", dependencies: ["Formats"]),
        .target(
            name: "Charts", dependencies: ["CGD", "CFreeType", "CDeflate", "Formats", "Training"],
            linkerSettings: [
                .unsafeFlags(["-Xlinker", "-l:libgd.a"]), .linkedLibrary("png16"), .linkedLibrary("freetype"),
                .linkedLibrary("fontconfig"), .linkedLibrary("m"),
            ]),
        .executableTarget(name: "TemplateEmbedder"),
        .plugin(
            name: "EmbedTemplatesPlugin",
            capability: .buildTool(),
            dependencies: ["TemplateEmbedder"],
            path: "Sources/EmbedTemplatesPlugin"
        ),
        .target(
            name: "Site",
            dependencies: ["Formats", "Training", "Charts", "CXXHash"],
            plugins: ["EmbedTemplatesPlugin"]
        ),
        .target(name: "ReportCLI", dependencies: ["Formats", "Training", "Charts", "Site", "CMalloc"]),
        .executableTarget(name: "nnreport", dependencies: ["ReportCLI"]),
        // What several test targets share: temporary folders, running the built binary.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "FormatsTests", dependencies: ["Formats"], exclude: ["CSV/Fixtures", "Numbers/Fixtures"]),
        .testTarget(
            name: "TrainingTests", dependencies: ["Formats", "Training"],
            exclude: ["Golden", "Reference"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "CGD", "CDeflate", "Formats", "Training"]),
        .testTarget(
            name: "SiteTests", dependencies: ["Formats", "Site", "Training", "Charts", "TestSupport"],
            exclude: ["MustacheSpec", "Fixtures"]),
        .testTarget(
            name: "ReportCLITests", dependencies: ["Formats", "ReportCLI", "Training", "Site", "TestSupport"],
            exclude: ["GoldenPages"]),
    ]
)
