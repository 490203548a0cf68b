import ArgumentParser
import Export
import QuoteGraph

/// `quotegraph explain`: why the graph says what it says about one party.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain one party: merged names and why, quotations, and relations with their evidence.",
        discussion: """
        PARTY is an entity id (kind:slug), a name or an alias. Merges come from the text \
        ("known as", acronyms in parentheses, surnames), the bundled country, threat-group and \
        organisation tables, or the user's --aliases file (named with its line).

        Example: quotegraph explain "Cozy Bear" Examples/cyberspies-vaccine-research.txt
        """
    )

    @Argument(help: "The party: an entity id, a name or an alias.")
    var party: String

    @OptionGroup var input: InputOptions

    func run() throws {
        let documents = try input.documents()
        let analysis = try input.pipeline.analyze(documents, weighted: true).analysis
        let evidence = EvidenceText(documentTexts: Dictionary(documents.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a }),
                                    quotes: analysis.quotes)
        do {
            FileHandleWriter.standardOutput(try Explanation.text(for: party, in: analysis, evidence: evidence))
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
