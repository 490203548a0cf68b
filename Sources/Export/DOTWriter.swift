import Foundation
import QuoteGraphModel

/// Options for `DOTWriter`.
public struct DOTOptions: Sendable, Hashable {
    /// Graph title shown above the drawing; none when nil.
    public var title: String?
    /// Show each relation's cue next to its edge (as an `xlabel`).
    public var edgeLabels: Bool
    /// Add a legend cluster listing the entity and relation kinds that occur.
    public var legend: Bool
    /// Graphviz `rankdir`: `LR`, `TB`, `RL` or `BT`.
    public var rankdir: String
    /// Node sizes by entity id, each in 0…1 (0 the smallest node, 1 the largest); nodes
    /// not listed keep the default size. Usually a metric scaled by its maximum.
    public var nodeSizes: [String: Double]
    /// What `nodeSizes` measure (e.g. `pagerank`), named in the legend.
    public var sizeMetric: String?
    /// Draw each organisation or country together with the people who speak for it
    /// (`affiliation`) inside one cluster.
    public var clusterByAffiliation: Bool
    /// Graph attribute `overlap="prism"`: node overlap removal for the force-directed
    /// engines (sfdp, fdp, neato); `dot` ignores it.
    public var removeOverlaps: Bool
    /// Give nodes and edges SVG element ids `n0`, `n1`, … and `e0`, `e1`, … in analysis
    /// order, for scripts that relate the drawing to the data (the HTML report).
    public var elementIDs: Bool

    public init(title: String? = nil, edgeLabels: Bool = false, legend: Bool = true, rankdir: String = "LR",
                nodeSizes: [String: Double] = [:], sizeMetric: String? = nil, clusterByAffiliation: Bool = false,
                removeOverlaps: Bool = false, elementIDs: Bool = false) {
        self.title = title
        self.edgeLabels = edgeLabels
        self.legend = legend
        self.rankdir = rankdir
        self.nodeSizes = nodeSizes
        self.sizeMetric = sizeMetric
        self.clusterByAffiliation = clusterByAffiliation
        self.removeOverlaps = removeOverlaps
        self.elementIDs = elementIDs
    }
}

/// The relation graph as Graphviz DOT text that `dot -Tsvg` accepts unchanged.
///
/// Every ID is quoted and every text value escaped (`DOTEscaping`). Nodes are the entities in
/// analysis order, edges the relations in analysis order, so the bytes are deterministic.
/// Works around the Graphviz 2.42 double free (dot + cluster + edge `label`): the graph always
/// has `newrank=true` and edge cues are `xlabel`s.
///
/// Edge tooltips (SVG `xlink:title`) name the relation, its cue and evidence count and, when
/// `evidence` resolves them, the quotation and the sentences it was read from.
public enum DOTWriter {
    /// Evidence pieces quoted in one edge tooltip; the rest are counted.
    static let tooltipEvidenceLimit = 3

    /// The analysis as a `digraph`, ending with a newline.
    public static func write(_ analysis: Analysis, options: DOTOptions = DOTOptions(),
                             evidence: EvidenceText = .none) -> String {
        let names = Dictionary(analysis.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var graphAttributes = [("newrank", "true"), ("rankdir", options.rankdir), ("fontname", "Helvetica")]
        if options.removeOverlaps { graphAttributes.append(("overlap", "prism")) }
        if let title = options.title {
            graphAttributes += [("label", title), ("labelloc", "t"), ("fontsize", "16")]
        }
        var out = "digraph \"quotegraph\" {\n"
        out += "  graph " + attributes(graphAttributes) + ";\n"
        out += "  node " + attributes([("fontname", "Helvetica"), ("style", "filled"), ("color", "#444444")]) + ";\n"
        out += "  edge " + attributes([("fontname", "Helvetica"), ("fontsize", "10"), ("arrowsize", "0.8")]) + ";\n"
        let clusters = options.clusterByAffiliation ? affiliationClusters(analysis.entities) : []
        let clustered = Set(clusters.flatMap { $0 })
        func node(_ i: Int, indent: String) -> String {
            let entity = analysis.entities[i]
            var list = nodeAttributes(entity, names: names)
            if let size = options.nodeSizes[entity.id] { list += sizeAttributes(size) }
            if options.elementIDs { list.append(("id", "n\(i)")) }
            return indent + DOTEscaping.id(entity.id) + " " + attributes(list) + ";\n"
        }
        for i in analysis.entities.indices where !clustered.contains(i) {
            out += node(i, indent: "  ")
        }
        for (c, members) in clusters.enumerated() {
            let head = analysis.entities[members[0]]
            out += "  subgraph " + DOTEscaping.id("cluster_affiliation_\(c)") + " {\n"
            out += "    graph " + attributes([("label", head.name), ("style", "rounded,filled"), ("fillcolor", "#F5F5F5"),
                                             ("color", "#BBBBBB"), ("fontsize", "12"),
                                             ("tooltip", "\(head.name) and the people who speak for it")]) + ";\n"
            for i in members { out += node(i, indent: "    ") }
            out += "  }\n"
        }
        for (i, relation) in analysis.relations.enumerated() {
            var list = edgeAttributes(relation, labels: options.edgeLabels, evidence: evidence)
            if options.elementIDs { list.append(("id", "e\(i)")) }
            out += "  " + DOTEscaping.id(relation.source) + " -> " + DOTEscaping.id(relation.target) + " "
                + attributes(list) + ";\n"
        }
        if options.legend {
            out += legend(entityKinds: Set(analysis.entities.map(\.kind)),
                          relationKinds: Set(analysis.relations.map(\.kind)),
                          sizeMetric: options.nodeSizes.isEmpty ? nil : options.sizeMetric)
        }
        out += "}\n"
        return out
    }

    // MARK: - Nodes and edges

    private static func nodeAttributes(_ e: Entity, names: [String: String]) -> [(String, String)] {
        let style = DOTStyle.node(e.kind)
        var tooltip = [e.kind.rawValue]
        if let title = e.title { tooltip.append("title: " + title) }
        if let affiliation = e.affiliation { tooltip.append("affiliation: " + (names[affiliation] ?? affiliation)) }
        if !e.aliases.isEmpty { tooltip.append("also: " + e.aliases.joined(separator: ", ")) }
        return [
            ("label", e.title.map { e.name + "\n" + $0 } ?? e.name),
            ("shape", style.shape),
            ("fillcolor", style.fill),
            ("tooltip", tooltip.joined(separator: "\n")),
        ]
    }

    /// Entity indices grouped by affiliation: each group starts with the organisation or
    /// country (in entity order), then the people affiliated with it. A party that heads a
    /// group is not also drawn inside another one (clusters do not nest).
    static func affiliationClusters(_ entities: [Entity]) -> [[Int]] {
        var index: [String: Int] = [:]
        for (i, e) in entities.enumerated() where index[e.id] == nil { index[e.id] = i }
        var members: [Int: [Int]] = [:]
        for (i, e) in entities.enumerated() where e.kind == .person {
            if let a = e.affiliation, let h = index[a], h != i { members[h, default: []].append(i) }
        }
        let heads = Set(members.keys)
        return heads.sorted().map { h in [h] + members[h]!.filter { !heads.contains($0) } }
    }

    /// Width, height and font size growing with `size` in 0…1.
    private static func sizeAttributes(_ size: Double) -> [(String, String)] {
        let v = size.isFinite ? min(max(size, 0), 1) : 0
        func fixed(_ x: Double) -> String { JSONWriter.number((x * 100).rounded() / 100) }
        return [("width", fixed(0.75 + 1.5 * v)), ("height", fixed(0.5 + 1.0 * v)), ("fontsize", fixed(12 + 10 * v))]
    }

    private static func edgeAttributes(_ r: Relation, labels: Bool, evidence: EvidenceText) -> [(String, String)] {
        let style = DOTStyle.edge(r.kind)
        let count = r.evidence.count
        var tooltip = r.kind.rawValue
        if let cue = r.cue { tooltip += " (\(cue))" }
        tooltip += ", \(count) piece\(count == 1 ? "" : "s") of evidence"
        if let quote = evidence.quote(r) { tooltip += "\nquote: \u{201C}\(quote)\u{201D}" }
        let snippets = r.evidence.prefix(tooltipEvidenceLimit).compactMap { e in evidence.snippet(e).map { (e.document, $0) } }
        for (document, text) in snippets { tooltip += "\n[\(document)] \(text)" }
        if !snippets.isEmpty, count > tooltipEvidenceLimit { tooltip += "\n(and \(count - tooltipEvidenceLimit) more)" }
        var list = [
            ("color", style.color),
            ("style", style.style),
            ("penwidth", penwidth(weight: r.weight, base: style.basePenwidth)),
            ("tooltip", tooltip),
        ]
        if labels, let cue = r.cue { list += [("xlabel", cue), ("fontcolor", style.color)] }
        return list
    }

    /// `base + log2(weight)` with two decimals; weight 1 (or 0) gives `base`.
    static func penwidth(weight: Int, base: Double) -> String {
        let width = base + (weight > 1 ? log2(Double(weight)) : 0)
        return JSONWriter.number((width * 100).rounded() / 100)
    }

    // MARK: - Legend

    private static func legend(entityKinds: Set<EntityKind>, relationKinds: Set<RelationKind>, sizeMetric: String?) -> String {
        let kinds = EntityKind.allCases.filter(entityKinds.contains)
        let relations = RelationKind.allCases.filter(relationKinds.contains)
        guard !kinds.isEmpty || !relations.isEmpty else { return "" }
        var out = "  subgraph \"cluster_legend\" {\n"
        out += "    graph " + attributes([("label", "Legend"), ("style", "rounded"), ("color", "#999999"), ("fontsize", "12")]) + ";\n"
        for kind in kinds {
            let style = DOTStyle.node(kind)
            out += "    " + DOTEscaping.id("legend:\(kind.rawValue)") + " "
                + attributes([("label", kind.rawValue), ("shape", style.shape), ("fillcolor", style.fill),
                              ("tooltip", "entity kind")]) + ";\n"
        }
        for kind in relations {
            let style = DOTStyle.edge(kind)
            let from = DOTEscaping.id("legend:\(kind.rawValue):from")
            let to = DOTEscaping.id("legend:\(kind.rawValue):to")
            out += "    " + from + " " + attributes([("label", kind.rawValue), ("shape", "plaintext"), ("style", "solid"),
                                                   ("tooltip", "relation kind")]) + ";\n"
            out += "    " + to + " " + attributes([("label", ""), ("shape", "point"), ("width", "0.08"),
                                                 ("fillcolor", style.color), ("color", style.color)]) + ";\n"
            out += "    " + from + " -> " + to + " "
                + attributes([("color", style.color), ("style", style.style),
                              ("penwidth", penwidth(weight: 1, base: style.basePenwidth)),
                              ("tooltip", "relation kind")]) + ";\n"
        }
        if let sizeMetric {
            out += "    " + DOTEscaping.id("legend:size") + " "
                + attributes([("label", "node size: \(sizeMetric)"), ("shape", "plaintext"), ("style", "solid"),
                              ("tooltip", "larger nodes have a larger \(sizeMetric)")]) + ";\n"
        }
        out += "  }\n"
        return out
    }

    private static func attributes(_ list: [(String, String)]) -> String {
        "[" + list.map { $0.0 + "=" + DOTEscaping.text($0.1) }.joined(separator: ", ") + "]"
    }
}
