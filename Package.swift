// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "QuoteGraph",
    // String(unsafeUninitializedCapacity:initializingUTF8With:), which tokens' strings are made
    // with, needs macOS 11; Linux has no such floor.
    platforms: [.macOS(.v11)],
    products: [
        .library(name: "QuoteGraph", targets: ["QuoteGraph"]),
        .executable(name: "quotegraph", targets: ["quotegraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // MARK: - Public modules

        /// Value types of the output contract (`../shared/spec/output.md`).
        .target(name: "QuoteGraphModel"),
        /// Text → quotations, speakers, entities, relations.
        .target(
            name: "Extraction",
            dependencies: ["QuoteGraphModel"],
            resources: [.copy("Resources/Lexicons")]
        ),
        /// Centrality metrics on an Int-indexed compressed digraph.
        .target(name: "Centrality"),
        /// JSON, JSONL, DOT, CSV writers (pure Swift).
        .target(name: "Export", dependencies: ["QuoteGraphModel"]),
        /// The only module that calls Graphviz's C library.
        .target(name: "GraphvizRendering", dependencies: ["CGraphviz"]),
        /// The facade: documents in, analysis out.
        .target(
            name: "QuoteGraph",
            dependencies: ["QuoteGraphModel", "Extraction", "Centrality", "Export", "GraphvizRendering"]
        ),

        // MARK: - Implementation details

        /// The promises the fuzz target checks; also replayed by FuzzRegressionTests.
        .target(
            name: "FuzzChecks",
            dependencies: ["QuoteGraph", "Extraction", "Export", "GraphvizRendering", "QuoteGraphModel"]
        ),
        .systemLibrary(
            name: "CGraphviz",
            path: "Sources/CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),

        // MARK: - Executables

        .executableTarget(
            name: "quotegraph",
            dependencies: [
                "QuoteGraph", "Export", "Extraction", "QuoteGraphModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "quotegraph-bench", dependencies: ["QuoteGraph", "Centrality"]),
        /// A corpus-replay runner; with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING` a libFuzzer
        /// target (scripts/fuzz.sh).
        .executableTarget(name: "quotegraph-fuzz", dependencies: ["FuzzChecks"]),

        // MARK: - Tests

        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "QuoteGraphModel"]),
        .testTarget(name: "CentralityTests", dependencies: ["Centrality"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "QuoteGraphModel", "GraphvizRendering"]),
        .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering"]),
        .testTarget(name: "QuoteGraphTests", dependencies: ["QuoteGraph"], resources: [.copy("Snapshots")]),
        .testTarget(name: "CLITests", dependencies: ["quotegraph"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzChecks"], resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
