import ArgumentParser
import Export
import Foundation
import QuoteGraph

/// `quotegraph merge`: the reduce step of a distributed run.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Reduce step: merge partial graphs into one graph, metrics recomputed.",
        discussion: """
        PART files are JSONL written by `quotegraph extract` (one partial graph per line) or \
        graph JSON written by `analyze --format json`. Give them in corpus order (part-00000, \
        part-00001, …): the result is then byte for byte what `analyze --format json` writes \
        for the whole corpus with the same --count-by. One-document parts whose text repeats \
        an earlier one are dropped, as analyze drops them.

        Examples:
          quotegraph merge parts/part-* > graph.json
          quotegraph merge a.part b.part --count-by sources --format csv > metrics.csv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, dot, csv }

    @Argument(help: "Partial graph files, in corpus order, or - for standard input.")
    var parts: [String]

    @Option(help: "What an edge's weight counts: evidence (spans), documents, or sources (distinct source metadata).")
    var countBy: EdgeCounting = .evidence

    @Flag(help: "Compute metrics without weights.")
    var unweighted = false

    @Option(help: "Output format: json (the graph), dot or csv (metrics).")
    var format: Format = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (replaced atomically) instead of standard output.",
                                                    valueName: "file"))
    var output: String?

    func run() throws {
        var merge = GraphMerge()
        try readingErrorsExit {
            for part in parts { try merge.add(file: part) }
        }
        if merge.duplicates > 0 {
            printError("note: \(merge.duplicates) duplicate document\(merge.duplicates == 1 ? "" : "s") (same text) counted once")
        }
        let (analysis, warnings) = merge.result(counting: countBy, weighted: !unweighted)
        for warning in warnings { printError("warning: \(warning)") }
        let text: String
        switch format {
        case .json: text = GraphJSON.write(analysis)
        case .dot: text = DOTWriter.write(analysis, options: DOTOptions(title: "quotegraph"))
        case .csv: text = MetricsCSV.write(analysis.metrics, entities: analysis.entities)
        }
        if let output {
            do {
                try AtomicFile.write(Array(text.utf8), to: URL(fileURLWithPath: output))
            } catch {
                printError("error: \(error)")
                throw ExitCode.failure
            }
        } else {
            FileHandleWriter.standardOutput(text)
        }
    }
}
