import ArgumentParser
import Export
import Foundation
import GraphvizRendering
import QuoteGraph

/// `quotegraph analyze`: the main job, from text to graph, metrics, diagrams and exports.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Quotes → parties → relations → graph → metrics, as JSON, DOT, SVG, PNG, PDF, GraphML, GEXF or CSV.",
        discussion: """
        With -o DIR, writes into DIR, where NAME is the input's name: NAME.json (the graph, \
        see the README's "Formats"), NAME.dot, NAME.svg, NAME.metrics.csv, NAME.graphml, \
        NAME.gexf, NAME.nodes.csv and NAME.edges.csv. Without -o, writes the one --format \
        asked for to standard output.
        Diagrams are laid out and rendered in-process by Graphviz's library; edge tooltips \
        in SVG quote the evidence. The filters (--relations, --min-weight, --focus/--depth, \
        --top) apply to every output; metric values stay those of the whole graph.
        One graph across all documents: the same party is one entity, a document whose text \
        repeats an earlier one's is counted once, and --count-by documents or sources keeps \
        copies of one story from inflating an edge.

        Examples:
          quotegraph analyze Examples/cyberspies-vaccine-research.txt -o Output
          quotegraph analyze articles/ --format svg --size-by pagerank --cluster affiliation > graph.svg
          quotegraph analyze articles/ --format gexf --min-weight 2 > graph.gexf
          quotegraph analyze articles/ --format svg --focus APT29 --depth 2 > apt29.svg
          quotegraph analyze corpus.jsonl --since 2020-07-01 --count-by sources -o Output
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, dot, svg, png, pdf, csv, graphml, gexf
        case nodesCSV = "nodes-csv"
        case edgesCSV = "edges-csv"
    }

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Directory to write every format into (NAME.json, .dot, .svg, .metrics.csv, .graphml, .gexf, .nodes.csv, .edges.csv).")
    var output: String?

    @Option(help: "Format for standard output when -o is not given: json, dot, svg, png, pdf, csv (metrics), graphml, gexf, nodes-csv or edges-csv.")
    var format: Format = .json

    @OptionGroup(title: "Diagram") var drawing: DrawingOptions

    @OptionGroup(title: "Filters") var filters: FilterOptions

    @Flag(help: "Compute metrics without evidence-count weights.")
    var unweighted = false

    @Option(help: "What an edge's weight counts: evidence (spans), documents, or sources (distinct source metadata).")
    var countBy: EdgeCounting = .evidence

    func run() throws {
        // The texts stay in memory for the evidence quoted in tooltips and exports.
        let documents = try input.documents()
        let (full, warnings) = try input.pipeline.analyze(documents, counting: countBy, weighted: !unweighted)
        for warning in warnings { printError("warning: \(warning)") }
        let analysis = try filters.apply(full)
        let evidence = Diagram.evidence(analysis, documents: documents)
        let name = outputName(input.inputs)
        let diagram = drawing.diagramOptions(title: name)
        let engine = Diagram.engine(nodeCount: analysis.entities.count, requested: drawing.layout)
        func text(_ format: Format) -> String? {
            switch format {
            case .json: GraphJSON.write(analysis)
            case .dot: Diagram.dot(analysis, options: diagram, evidence: evidence, engine: engine)
            case .csv: MetricsCSV.write(analysis.metrics, entities: analysis.entities)
            case .graphml: GraphMLWriter.write(analysis, evidence: evidence)
            case .gexf: GEXFWriter.write(analysis, evidence: evidence)
            case .nodesCSV: EntitiesCSV.write(analysis.entities, metrics: analysis.metrics)
            case .edgesCSV: RelationsCSV.write(analysis.relations, evidence: evidence, documents: analysis.documents)
            case .svg, .png, .pdf: nil
            }
        }
        if let output {
            // Everything is made before anything is written, and each file is replaced
            // atomically: a failed run leaves the files of the last good one.
            let svg = try renderDiagram(analysis, options: diagram, evidence: evidence, format: .svg, maxNodes: drawing.maxNodes)
            let directory = URL(fileURLWithPath: output)
            let formats: [(String, Format)] = [("json", .json), ("dot", .dot), ("metrics.csv", .csv), ("graphml", .graphml),
                                               ("gexf", .gexf), ("nodes.csv", .nodesCSV), ("edges.csv", .edgesCSV)]
            let files = formats.map { suffix, format in (directory.appendingPathComponent("\(name).\(suffix)"), Array(text(format)!.utf8)) }
                + [(directory.appendingPathComponent("\(name).svg"), svg)]
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try AtomicFile.write(files)
            } catch {
                printError("error: \(error)")
                throw ExitCode.failure
            }
            printError("wrote \(name).{json,dot,svg,metrics.csv,graphml,gexf,nodes.csv,edges.csv} to \(output): "
                       + "\(analysis.quotes.count) quotations, \(analysis.entities.count) entities, \(analysis.relations.count) relations")
            return
        }
        if let text = text(format) {
            FileHandleWriter.standardOutput(text)
        } else {
            let bytes = try renderDiagram(analysis, options: diagram, evidence: evidence, format: RenderFormat(rawValue: format.rawValue)!,
                                          maxNodes: drawing.maxNodes)
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}

extension LayoutEngine: ExpressibleByArgument {}
