import Export
import GraphvizRendering
import QuoteGraphModel

/// How a relation graph is drawn (see ``Diagram``).
public struct DiagramOptions: Sendable, Hashable {
    /// Shown above the drawing; none when nil.
    public var title: String?
    /// Show each relation's cue next to its edge.
    public var edgeLabels: Bool
    /// Node area grows with this metric (scaled by its largest value); nil: one size.
    public var sizeBy: Metric?
    /// Draw people inside the organisation or country they speak for.
    public var clusterByAffiliation: Bool
    /// The layout engine; nil chooses by size (``Diagram/engine(nodeCount:requested:)``).
    public var layout: LayoutEngine?
    /// Add a legend.
    public var legend: Bool

    public init(title: String? = nil, edgeLabels: Bool = false, sizeBy: Metric? = nil,
                clusterByAffiliation: Bool = false, layout: LayoutEngine? = nil, legend: Bool = true) {
        self.title = title
        self.edgeLabels = edgeLabels
        self.sizeBy = sizeBy
        self.clusterByAffiliation = clusterByAffiliation
        self.layout = layout
        self.legend = legend
    }
}

/// The relation graph as a diagram: DOT written by ``DOTWriter`` with evidence tooltips,
/// laid out and rendered in-process by Graphviz.
public enum Diagram {
    /// Above this many nodes `dot` takes minutes (4 s at 200, 58 s at 300 in our
    /// measurements) and cannot be interrupted; `sfdp` lays out thousands in seconds.
    public static let dotNodeLimit = 150

    /// The most nodes the CLI lays out unless told otherwise (`--max-nodes`): sfdp takes
    /// seconds at this size, and a layout cannot be interrupted.
    public static let defaultMaxNodes = 5000

    /// `requested`, else `dot` up to ``dotNodeLimit`` nodes and `sfdp` above.
    public static func engine(nodeCount: Int, requested: LayoutEngine? = nil) -> LayoutEngine {
        requested ?? (nodeCount <= dotNodeLimit ? .dot : .sfdp)
    }

    /// The text of every document by id, for evidence tooltips and snippets.
    public static func evidence(_ analysis: Analysis, documents: [Document]) -> EvidenceText {
        EvidenceText(documentTexts: Dictionary(documents.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first }),
                     quotes: analysis.quotes)
    }

    /// Node sizes in 0…1: the square root of each value over the largest, so that a node's
    /// area grows with the metric; entities without a finite value get 0.
    public static func nodeSizes(_ analysis: Analysis, by metric: Metric) -> [String: Double] {
        let values = analysis.metrics.map { ($0.entity, GraphFilter.value($0, metric)) }
        let largest = values.map(\.1).filter(\.isFinite).max() ?? 0
        var sizes: [String: Double] = [:]
        for e in analysis.entities { sizes[e.id] = 0 }
        guard largest > 0 else { return sizes }
        for (id, v) in values where sizes[id] != nil {
            sizes[id] = v.isFinite && v > 0 ? (v / largest).squareRoot() : 0
        }
        return sizes
    }

    /// The DOT text for `analysis` as drawn with `engine`.
    public static func dot(_ analysis: Analysis, options: DiagramOptions, evidence: EvidenceText = .none,
                           engine: LayoutEngine, elementIDs: Bool = false) -> String {
        var dotOptions = DOTOptions(title: options.title, edgeLabels: options.edgeLabels, legend: options.legend)
        if let metric = options.sizeBy {
            dotOptions.nodeSizes = nodeSizes(analysis, by: metric)
            dotOptions.sizeMetric = metric.rawValue
        }
        dotOptions.clusterByAffiliation = options.clusterByAffiliation
        dotOptions.removeOverlaps = engine != .dot
        dotOptions.elementIDs = elementIDs
        return DOTWriter.write(analysis, options: dotOptions, evidence: evidence)
    }

    /// Lays out and renders `analysis`; returns the bytes, Graphviz's warnings and the engine used.
    public static func render(_ analysis: Analysis, options: DiagramOptions, evidence: EvidenceText = .none,
                              format: RenderFormat, elementIDs: Bool = false)
        throws(GraphvizError) -> (rendering: Rendering, engine: LayoutEngine) {
        let engine = engine(nodeCount: analysis.entities.count, requested: options.layout)
        let text = dot(analysis, options: options, evidence: evidence, engine: engine, elementIDs: elementIDs)
        return (try Graphviz.render(dot: text, format: format, engine: engine), engine)
    }
}
