import ArgumentParser
import Export
import Foundation
import GraphvizRendering
import QuoteGraph

/// `quotegraph analyze`: the main job, from text to graph, metrics and diagrams.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Quotes → parties → relations → graph → metrics, as JSON, DOT, SVG, PNG, PDF or CSV.",
        discussion: """
        With -o DIR, writes NAME.json (the graph, see the README's "Formats"), NAME.dot, \
        NAME.svg and NAME.metrics.csv into DIR, where NAME is the input's name. Without -o, \
        writes the one --format asked for to standard output.
        Diagrams are laid out and rendered in-process by Graphviz's library.
        One graph across all documents: the same party is one entity, a document whose text \
        repeats an earlier one's is counted once, and --count-by documents or sources keeps \
        copies of one story from inflating an edge.

        Examples:
          quotegraph analyze Examples/cyberspies-vaccine-research.txt -o Output
          quotegraph analyze articles/ --format svg --layout sfdp > graph.svg
          quotegraph analyze corpus.jsonl --since 2020-07-01 --count-by sources -o Output
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, dot, svg, png, pdf, csv }

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Directory to write NAME.json, NAME.dot, NAME.svg and NAME.metrics.csv into.")
    var output: String?

    @Option(help: "Format for standard output when -o is not given: json, dot, svg, png, pdf or csv (metrics).")
    var format: Format = .json

    @Option(help: "Graphviz layout engine: dot, neato, fdp, sfdp, circo or twopi. Default: dot for small graphs, sfdp for large.")
    var layout: LayoutEngine?

    @Flag(help: "Label edges with the cue word that signalled them.")
    var edgeLabels = false

    @Flag(help: "Compute metrics without evidence-count weights.")
    var unweighted = false

    @Option(help: "What an edge's weight counts: evidence (spans), documents, or sources (distinct source metadata).")
    var countBy: EdgeCounting = .evidence

    func run() throws {
        let source = try input.source(dropDuplicates: true)
        let progress = input.progress(totalBytes: source.totalBytes)
        let (analysis, warnings) = try readingErrorsExit {
            try input.pipeline.analyze(source, counting: countBy, weighted: !unweighted, progress: progress?.update)
        }
        progress?.finish(source.tally)
        input.reportTally(source.tally)
        for warning in warnings { printError("warning: \(warning)") }
        let name = outputName
        let dotOptions = DOTOptions(title: name, edgeLabels: edgeLabels)
        if let output {
            let directory = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let dot = DOTWriter.write(analysis, options: dotOptions)
            let svg = try Renderer.render(dot: dot, format: .svg, layout: layout, nodeCount: analysis.entities.count)
            try AtomicFile.write(Array(GraphJSON.write(analysis).utf8), to: directory.appendingPathComponent("\(name).json"))
            try AtomicFile.write(Array(dot.utf8), to: directory.appendingPathComponent("\(name).dot"))
            try AtomicFile.write(svg, to: directory.appendingPathComponent("\(name).svg"))
            try AtomicFile.write(Array(MetricsCSV.write(analysis.metrics, entities: analysis.entities).utf8),
                                 to: directory.appendingPathComponent("\(name).metrics.csv"))
            printError("wrote \(name).json, \(name).dot, \(name).svg, \(name).metrics.csv to \(output): "
                       + "\(analysis.quotes.count) quotations, \(analysis.entities.count) entities, \(analysis.relations.count) relations")
            return
        }
        switch format {
        case .json: FileHandleWriter.standardOutput(GraphJSON.write(analysis))
        case .dot: FileHandleWriter.standardOutput(DOTWriter.write(analysis, options: dotOptions))
        case .csv: FileHandleWriter.standardOutput(MetricsCSV.write(analysis.metrics, entities: analysis.entities))
        case .svg, .png, .pdf:
            let bytes = try Renderer.render(dot: DOTWriter.write(analysis, options: dotOptions), format: RenderFormat(rawValue: format.rawValue)!,
                                            layout: layout, nodeCount: analysis.entities.count)
            FileHandle.standardOutput.write(Data(bytes))
        }
    }

    /// The name of the output files: the single input's name, else "quotegraph".
    private var outputName: String {
        guard input.inputs.count == 1, input.inputs[0] != "-" else { return "quotegraph" }
        let url = URL(fileURLWithPath: input.inputs[0])
        return url.deletingPathExtension().lastPathComponent
    }
}

extension LayoutEngine: ExpressibleByArgument {}
