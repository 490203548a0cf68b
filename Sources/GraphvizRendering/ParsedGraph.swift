/// A DOT graph as Graphviz parsed it: names and edges, no layout.
public struct ParsedGraph: Sendable, Equatable {
    /// The graph's name; empty for an anonymous graph (`digraph { … }`).
    public let name: String
    /// `true` for `digraph`, `false` for `graph`.
    public let isDirected: Bool
    /// Node names in Graphviz's node order (order of first appearance).
    public let nodes: [String]
    /// Every edge, grouped by tail node in `nodes` order.
    public let edges: [ParsedEdge]

    /// Creates a parsed graph.
    public init(name: String, isDirected: Bool, nodes: [String], edges: [ParsedEdge]) {
        self.name = name
        self.isDirected = isDirected
        self.nodes = nodes
        self.edges = edges
    }
}

/// One edge of a ``ParsedGraph``.
public struct ParsedEdge: Sendable, Equatable {
    /// The tail node's name (the source, for a directed graph).
    public let tail: String
    /// The head node's name (the target, for a directed graph).
    public let head: String
    /// Every edge attribute with a non-empty value, including values
    /// inherited from `edge [ … ]` defaults (e.g. `"weight"`, `"label"`).
    public let attributes: [String: String]

    /// Creates an edge.
    public init(tail: String, head: String, attributes: [String: String]) {
        self.tail = tail
        self.head = head
        self.attributes = attributes
    }

    /// The `weight` attribute as a number, if set and numeric.
    public var weight: Double? {
        attributes["weight"].flatMap { Double($0) }
    }
}
