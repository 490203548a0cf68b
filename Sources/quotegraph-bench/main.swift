import Foundation

// quotegraph-bench: prints throughput and seconds; never fails on time.
//   quotegraph-bench text [FILE…]   text stages (default: Examples/*.txt), ≥ 4 MB of text
//   quotegraph-bench metrics        centrality at 10k/40k and 100k/500k
//   quotegraph-bench corpus [FILE…] corpus throughput with 1 worker and every core, ≥ 16 MB of JSONL
//   quotegraph-bench                both
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
        runMetricsBenchmark(sizes: [(10_000, 40_000), (100_000, 500_000)])
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
