/// Graphviz layout and rendering, in-process through libgvc.
///
/// Graphviz keeps global state and is not thread safe, so every call here
/// runs under one process-wide lock: calls from many tasks are safe but
/// run one at a time. A layout cannot be interrupted, so choose the engine
/// by graph size before calling (see ``LayoutEngine``).
public enum Graphviz {
    /// Parses DOT text, lays it out with `engine` and renders it to `format`.
    ///
    /// The whole sequence — parse with `agmemread`, layout, render, free —
    /// runs in-process under one process-wide lock. Nothing is printed to
    /// stderr: Graphviz's warnings come back in ``Rendering/warnings`` and
    /// its errors are thrown with Graphviz's own message text.
    ///
    /// With the `dot` engine, a graph that contains a cluster subgraph is
    /// laid out with `newrank=true`, which avoids a double free in
    /// Graphviz 2.42's `gvFreeLayout` for clusters with labelled edges.
    ///
    /// - Parameters:
    ///   - dot: Exactly one graph in DOT syntax.
    ///   - format: The output format.
    ///   - engine: The layout algorithm.
    /// - Returns: The rendered bytes and any warnings.
    /// - Throws: ``GraphvizError`` for empty input, a NUL character, a syntax
    ///   error, more than one graph, a bad label, or a failed layout/render.
    public static func render(
        dot: String,
        format: RenderFormat = .svg,
        engine: LayoutEngine = .dot
    ) throws(GraphvizError) -> Rendering {
        try validate(dot)
        return try GraphvizLibrary.render(
            dot: dot, format: format.rawValue, engine: engine.rawValue)
    }

    /// Parses DOT text and returns its nodes and edges, without laying it out.
    ///
    /// For users who bring their own DOT graph to compute metrics on.
    ///
    /// - Parameter dot: Exactly one graph in DOT syntax.
    /// - Returns: The graph's name, direction, nodes and edges with attributes.
    /// - Throws: ``GraphvizError`` for empty input, a NUL character, a syntax
    ///   error or more than one graph.
    public static func readGraph(dot: String) throws(GraphvizError) -> ParsedGraph {
        try validate(dot)
        return try GraphvizLibrary.parse(dot: dot)
    }

    /// Rejects input Graphviz would mishandle silently.
    static func validate(_ dot: String) throws(GraphvizError) {
        if let offset = dot.utf8.firstIndex(of: 0).map({ dot.utf8.distance(from: dot.utf8.startIndex, to: $0) }) {
            throw GraphvizError(
                kind: .nulByte,
                message: "NUL character at UTF-8 byte offset \(offset); Graphviz would ignore "
                    + "everything after it. Remove NUL characters from the DOT text.")
        }
        if dot.allSatisfy(\.isWhitespace) {
            throw GraphvizError(
                kind: .emptyInput,
                message: "the DOT text is empty; pass one graph, e.g. `digraph { a -> b }`.")
        }
    }
}
