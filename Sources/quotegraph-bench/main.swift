import Foundation

// quotegraph-bench: prints throughput and seconds; never fails on time.
//   quotegraph-bench text [FILE…]   text stages (default: Examples/*.txt), ≥ 4 MB of text
//   quotegraph-bench metrics [--write-edges DIR] [--only 10k|100k]
//                                   centrality at 10k/40k and 100k/500k; --write-edges
//                                   also writes each measured graph as DIR/chung-lu-*.tsv
//   quotegraph-bench corpus [FILE…] corpus throughput with 1 worker and every core, ≥ 16 MB of JSONL
//   quotegraph-bench                text and metrics
let arguments = Array(CommandLine.arguments.dropFirst())
let mode = arguments.first ?? "all"
do {
    if mode == "text" || mode == "all" {
        var files = Array(arguments.dropFirst())
        if files.isEmpty {
            files = ((try? FileManager.default.contentsOfDirectory(atPath: "Examples")) ?? [])
                .filter { $0.hasSuffix(".txt") }.sorted().map { "Examples/\($0)" }
        }
        try runTextBenchmark(files: files, targetBytes: 4_000_000)
    }
    if mode == "corpus" {
        var files = Array(arguments.dropFirst())
        if files.isEmpty {
            files = ((try? FileManager.default.contentsOfDirectory(atPath: "Examples")) ?? [])
                .filter { $0.hasSuffix(".txt") }.sorted().map { "Examples/\($0)" }
        }
        try runCorpusBenchmark(files: files, targetBytes: 16_000_000)
    }
    if mode == "metrics" || mode == "all" {
        let options = Array(arguments.dropFirst())
        func value(_ name: String) -> String? {
            options.firstIndex(of: name).flatMap { $0 + 1 < options.count ? options[$0 + 1] : nil }
        }
        let sizes = [(label: "10k", nodes: 10_000, edges: 40_000), (label: "100k", nodes: 100_000, edges: 500_000)]
            .filter { value("--only") == nil || value("--only") == $0.label }
        try runMetricsBenchmark(sizes: sizes, writeEdgesTo: value("--write-edges"))
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
