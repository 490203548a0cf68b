import ArgumentParser
import Export
import Foundation
import QuoteGraph

/// `quotegraph report`: one self-contained HTML page about the graph.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One self-contained HTML report: diagram, sortable metrics, quotations by speaker, accusations and denials with evidence.",
        discussion: """
        The page needs no network: the SVG diagram, styles and a small script are inline. \
        Clicking a party highlights its quotations and relations. Every string from the \
        input is escaped. The diagram and filter options are those of analyze.

        Examples:
          quotegraph report Examples/cyberspies-vaccine-research.txt -o report.html
          quotegraph report articles/ -o report.html --size-by pagerank --cluster affiliation --top 40
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write (replaced atomically); standard output when not given.", valueName: "file"))
    var output: String?

    @Option(help: "The page title (default: the input's name).")
    var title: String?

    @OptionGroup(title: "Diagram") var drawing: DrawingOptions

    @OptionGroup(title: "Filters") var filters: FilterOptions

    @Flag(help: "Compute metrics without evidence-count weights.")
    var unweighted = false

    func run() throws {
        let documents = try input.documents()
        let (full, warnings) = try input.pipeline.analyze(documents, weighted: !unweighted)
        for warning in warnings { printError("warning: \(warning)") }
        let analysis = try filters.apply(full)
        let evidence = Diagram.evidence(analysis, documents: documents)
        let title = self.title ?? outputName(input.inputs)
        let svg = try renderDiagram(analysis, options: drawing.diagramOptions(title: title), evidence: evidence,
                                    format: .svg, elementIDs: true, maxNodes: drawing.maxNodes)
        let html = HTMLReport.write(analysis, svg: String(decoding: svg, as: UTF8.self), evidence: evidence, title: title)
        guard let output else {
            FileHandleWriter.standardOutput(html)
            return
        }
        do {
            try AtomicFile.write(Array(html.utf8), to: URL(fileURLWithPath: output))
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        printError("wrote \(output): \(analysis.quotes.count) quotations, \(analysis.entities.count) parties, \(analysis.relations.count) relations")
    }
}
