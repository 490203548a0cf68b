import ArgumentParser
import Export
import Foundation
import GraphvizRendering
import QuoteGraph
import QuoteGraphModel

/// How the diagram is drawn (analyze, report).
struct DrawingOptions: ParsableArguments {
    enum Cluster: String, ExpressibleByArgument, CaseIterable { case affiliation }

    @Option(help: "Graphviz layout engine: dot, neato, fdp, sfdp, circo or twopi. Default: dot up to \(Diagram.dotNodeLimit) nodes, sfdp (with overlap removal) above.")
    var layout: LayoutEngine?

    @Flag(help: "Label edges with the cue word that signalled them.")
    var edgeLabels = false

    @Option(help: ArgumentHelp("Node area grows with this metric, e.g. pagerank or betweenness.", valueName: "metric"))
    var sizeBy: String?

    @Option(help: "Draw people inside the organisation or country they speak for: affiliation.")
    var cluster: Cluster?

    @Option(help: ArgumentHelp("Refuse to lay out a diagram of more parties than this (a layout cannot be interrupted); the filters narrow a graph.",
                               valueName: "n"))
    var maxNodes: Int = Diagram.defaultMaxNodes

    func validate() throws {
        if maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1") }
        if let sizeBy {
            guard let m = Metric(name: sizeBy), m != .katz else {
                throw ValidationError("unknown metric '\(sizeBy)' for --size-by; choose from \(knownMetrics)")
            }
        }
    }

    func diagramOptions(title: String?) -> DiagramOptions {
        DiagramOptions(title: title, edgeLabels: edgeLabels, sizeBy: sizeBy.flatMap { Metric(name: $0) },
                       clusterByAffiliation: cluster == .affiliation, layout: layout)
    }
}

/// Which part of the graph is kept (analyze, report).
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only relations of these kinds, comma-separated: \(RelationKind.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "kinds"))
    var relations: String?

    @Option(help: ArgumentHelp("Only relations with at least this many pieces of evidence.", valueName: "n"))
    var minWeight: Int = 1

    @Option(help: ArgumentHelp("Only the N parties ranked highest by --top-by, and the relations among them.", valueName: "n"))
    var top: Int?

    @Option(help: ArgumentHelp("The metric --top ranks by (default pagerank).", valueName: "metric"))
    var topBy: String = "pagerank"

    @Option(help: ArgumentHelp("Only the neighbourhood of this party: an entity id, name or alias.", valueName: "entity"))
    var focus: String?

    @Option(help: ArgumentHelp("How many relations away from --focus to go (default 1).", valueName: "k"))
    var depth: Int = 1

    func validate() throws {
        if let relations {
            let kinds = RelationKind.allCases.map(\.rawValue).joined(separator: ", ")
            for name in relations.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) })
            where RelationKind(rawValue: name) == nil {
                throw ValidationError("unknown relation kind '\(name)' in --relations; choose from \(kinds)")
            }
        }
        if minWeight < 1 { throw ValidationError("--min-weight must be at least 1") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        guard let m = Metric(name: topBy), m != .katz else {
            throw ValidationError("unknown metric '\(topBy)' for --top-by; choose from \(knownMetrics)")
        }
    }

    var filter: GraphFilter {
        GraphFilter(relationKinds: relations.map { Set($0.split(separator: ",").compactMap { RelationKind(rawValue: $0.trimmingCharacters(in: .whitespaces)) }) },
                    minWeight: minWeight, focus: focus, depth: depth, top: top,
                    topMetric: Metric(name: topBy) ?? .pagerank)
    }

    /// The filtered analysis; a filter that cannot apply is an error for the user.
    func apply(_ analysis: Analysis) throws -> Analysis {
        do {
            let kept = try filter.apply(analysis)
            if !filter.isIdentity && kept.entities.isEmpty { printError("warning: the filters leave no parties") }
            return kept
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}

let knownMetrics = Metric.defaults.map(\.rawValue).joined(separator: ", ")

/// Stops the run, before any layout, when a diagram would have more than `maxNodes` nodes.
func checkDiagramSize(nodes: Int, maxNodes: Int, hint: String) throws {
    guard nodes > maxNodes else { return }
    printError("error: the graph has \(nodes) nodes, more than --max-nodes \(maxNodes) allows in a diagram "
               + "(a layout cannot be interrupted); \(hint), or raise --max-nodes")
    throw ExitCode.failure
}

/// What to say when a graph of entities is too large to draw.
let narrowingHint = "narrow it with --top N, --min-weight N, --focus ENTITY --depth K or --relations KINDS "
    + "(json, graphml, gexf and csv need no layout)"

/// A diagram rendered through libgvc, Graphviz's warnings passed to standard error; refused
/// when it has more than `maxNodes` parties.
func renderDiagram(_ analysis: Analysis, options: DiagramOptions, evidence: EvidenceText, format: RenderFormat,
                   elementIDs: Bool = false, maxNodes: Int) throws -> [UInt8] {
    try checkDiagramSize(nodes: analysis.entities.count, maxNodes: maxNodes, hint: narrowingHint)
    if options.layout == .dot, analysis.entities.count > Diagram.dotNodeLimit {
        printError("warning: dot on \(analysis.entities.count) nodes may take minutes and cannot be interrupted; "
                   + "sfdp is the default above \(Diagram.dotNodeLimit)")
    }
    do {
        let (rendering, _) = try Diagram.render(analysis, options: options, evidence: evidence, format: format, elementIDs: elementIDs)
        for warning in rendering.warnings { printError("graphviz warning: \(warning)") }
        return rendering.bytes
    } catch {
        printError("error: \(error)")
        throw ExitCode.failure
    }
}

/// The name of the output files: the single input's name, else "quotegraph".
func outputName(_ inputs: [String]) -> String {
    guard inputs.count == 1, inputs[0] != "-" else { return "quotegraph" }
    return URL(fileURLWithPath: inputs[0]).deletingPathExtension().lastPathComponent
}
