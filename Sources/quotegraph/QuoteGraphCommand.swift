import ArgumentParser

/// `quotegraph`: who said what, who speaks for whom, and who accuses whom.
struct QuoteGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotegraph",
        abstract: "Read news text: who said what, who speaks for whom, and who accuses whom.",
        discussion: """
        INPUT is a UTF-8 text file (one document), a directory (every *.txt and *.jsonl, recursively), a .jsonl file \
        (one {"id", "text", ...} object per line) or - for standard input.
        """,
        subcommands: [Analyze.self, Report.self, Quotes.self, Metrics.self, Render.self, Explain.self, Extract.self, Merge.self]
    )
}
