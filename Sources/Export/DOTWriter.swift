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

    public init(title: String? = nil, edgeLabels: Bool = false, legend: Bool = true, rankdir: String = "LR") {
        self.title = title
        self.edgeLabels = edgeLabels
        self.legend = legend
        self.rankdir = rankdir
    }
}

/// The relation graph as Graphviz DOT text that `dot -Tsvg` accepts unchanged.
///
/// Every ID is quoted and every text value escaped (`DOTEscaping`). Nodes are the entities in
/// analysis order, edges the relations in analysis order, so the bytes are deterministic.
/// Works around the Graphviz 2.42 double free (dot + cluster + edge `label`): the graph always
/// has `newrank=true` and edge cues are `xlabel`s.
public enum DOTWriter {
    /// The analysis as a `digraph`, ending with a newline.
    public static func write(_ analysis: Analysis, options: DOTOptions = DOTOptions()) -> String {
        let names = Dictionary(analysis.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var graphAttributes = [("newrank", "true"), ("rankdir", options.rankdir), ("fontname", "Helvetica")]
        if let title = options.title {
            graphAttributes += [("label", title), ("labelloc", "t"), ("fontsize", "16")]
        }
        var out = "digraph \"quotegraph\" {\n"
        out += "  graph " + attributes(graphAttributes) + ";\n"
        out += "  node " + attributes([("fontname", "Helvetica"), ("style", "filled"), ("color", "#444444")]) + ";\n"
        out += "  edge " + attributes([("fontname", "Helvetica"), ("fontsize", "10"), ("arrowsize", "0.8")]) + ";\n"
        for entity in analysis.entities {
            out += "  " + DOTEscaping.id(entity.id) + " " + attributes(nodeAttributes(entity, names: names)) + ";\n"
        }
        for relation in analysis.relations {
            out += "  " + DOTEscaping.id(relation.source) + " -> " + DOTEscaping.id(relation.target) + " "
                + attributes(edgeAttributes(relation, labels: options.edgeLabels)) + ";\n"
        }
        if options.legend {
            out += legend(entityKinds: Set(analysis.entities.map(\.kind)),
                          relationKinds: Set(analysis.relations.map(\.kind)))
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

    private static func edgeAttributes(_ r: Relation, labels: Bool) -> [(String, String)] {
        let style = DOTStyle.edge(r.kind)
        let count = r.evidence.count
        var tooltip = r.kind.rawValue
        if let cue = r.cue { tooltip += " (\(cue))" }
        tooltip += ", \(count) piece\(count == 1 ? "" : "s") of evidence"
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

    private static func legend(entityKinds: Set<EntityKind>, relationKinds: Set<RelationKind>) -> String {
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
        out += "  }\n"
        return out
    }

    private static func attributes(_ list: [(String, String)]) -> String {
        "[" + list.map { $0.0 + "=" + DOTEscaping.text($0.1) }.joined(separator: ", ") + "]"
    }
}
