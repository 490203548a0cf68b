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

        Example: quotegraph quotes Examples/cyberspies-vaccine-research.txt --format table
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, table }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: jsonl or table.")
    var format: Format = .jsonl

    func run() throws {
        let documents = try input.documents()
        let quotes = try input.pipeline().quotes(documents)
        var out = ""
        for (document, quotes) in zip(documents, quotes) {
            switch format {
            case .jsonl:
                out += QuotesJSONL.line(documentID: document.id, quotes: quotes) + "\n"
            case .table:
                for q in quotes {
                    out += "\(document.id)\t\(q.span.start)-\(q.span.end)\t\(q.speakerName ?? "—")\t\(q.cue ?? "")\t\(q.text)\n"
                }
            }
        }
        FileHandleWriter.standardOutput(out)
    }
}

