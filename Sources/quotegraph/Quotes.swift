import ArgumentParser
import Export
import QuoteGraph

/// `quotegraph quotes`: the quotations of each document with their speakers.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List quotations with their speakers.",
        discussion: """
        Writes one JSON line per document (--format jsonl, the default; see the README's \
        "Formats") or a readable table. Offsets count Unicode scalars, as Python's str does.
        Documents are extracted in parallel and each line is written as soon as it and all \
        earlier ones are done, in input order; a JSONL stream of any length is read line by \
        line in bounded memory.

        Example: quotegraph quotes Examples/cyberspies-vaccine-research.txt --format table
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, table }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: jsonl or table.")
    var format: Format = .jsonl

    func run() throws {
        // Every document gets its line (duplicates too), written as soon as it and all
        // earlier ones are done; memory stays bounded however long the stream.
        let source = try input.source(dropDuplicates: false)
        let progress = input.progress(totalBytes: source.totalBytes)
        let pipeline = try input.pipeline
        let extractor = pipeline.extractor
        let format = self.format
        try readingErrorsExit {
            try pipeline.map(source, progress: progress?.update, transform: { document in
                let quotes = extractor.quotes(document)
                switch format {
                case .jsonl:
                    return QuotesJSONL.line(documentID: document.id, quotes: quotes) + "\n"
                case .table:
                    return quotes.map { q in
                        "\(document.id)\t\(q.span.start)-\(q.span.end)\t\(q.speakerName ?? "—")\t\(q.cue ?? "")\t\(q.text)\n"
                    }.joined()
                }
            }, deliver: { _, text in
                FileHandleWriter.standardOutput(text)
            })
        }
        progress?.finish(source.tally)
        input.reportTally(source.tally)
    }
}
