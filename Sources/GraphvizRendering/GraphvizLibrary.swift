// The only file that touches Graphviz's C API or its pointers.
//
// Graphviz 2.42 is not thread safe (global lexer, error state and allocator
// state), so every call below runs under `GraphvizLibrary.state`'s lock.
// Only Swift values (`Rendering`, `ParsedGraph`, `GraphvizError`) leave it.

internal import CGraphviz
import Synchronization

// MARK: - Error capture

/// Text Graphviz passed to `captureGraphvizMessage` since the last reset.
///
/// Guarded by `GraphvizLibrary.state`'s lock: the callback only runs inside
/// Graphviz calls, and those only run while the lock is held.
nonisolated(unsafe) private var capturedMessageText = ""

/// The `agseterrf` callback: appends one piece of a message.
///
/// Graphviz sends `"Error"`/`"Warning"`, `": "`, then the text. A new level
/// word starts a new line so messages without a trailing newline stay apart.
private func captureGraphvizMessage(_ piece: UnsafeMutablePointer<CChar>?) -> Int32 {
    guard let piece else { return 0 }
    let text = String(cString: piece)
    if (text == "Error" || text == "Warning"), !capturedMessageText.isEmpty,
        !capturedMessageText.hasSuffix("\n")
    {
        capturedMessageText += "\n"
    }
    capturedMessageText += text
    return 0
}

// MARK: - Context and lock

/// Owns the process's single `GVC_t`; created on first use, never freed
/// (creating one per render leaks ~3.6 KB each time).
private final class ContextBox: @unchecked Sendable {
    let gvc: OpaquePointer
    init(gvc: OpaquePointer) { self.gvc = gvc }
}

private typealias GraphPointer = UnsafeMutablePointer<Agraph_t>

enum GraphvizLibrary {
    /// The process-wide lock around all of Graphviz, holding the lazily
    /// created context.
    private static let state = Mutex<ContextBox?>(nil)

    /// Runs `body` with the lock held, a context, a cleared message buffer
    /// and Graphviz's error level reset.
    private static func withGraphviz<T: Sendable>(
        _ body: (OpaquePointer) throws(GraphvizError) -> T
    ) throws(GraphvizError) -> T {
        try state.withLock { (box: inout ContextBox?) throws(GraphvizError) -> T in
            if box == nil {
                _ = agseterrf(captureGraphvizMessage)
                guard let gvc = gvContext() else {
                    throw GraphvizError(
                        kind: .layoutFailed,
                        message: "could not create a Graphviz context (gvContext returned NULL)")
                }
                box = ContextBox(gvc: gvc)
            }
            capturedMessageText = ""
            _ = agreseterrors()
            defer { capturedMessageText = "" }
            return try body(box!.gvc)
        }
    }

    /// Messages captured since the lock was taken.
    private static var messages: GraphvizMessages {
        GraphvizMessages(captured: capturedMessageText)
    }

    // MARK: Render

    /// Parse, lay out and render; see ``Graphviz/render(dot:format:engine:)``.
    static func render(dot: String, format: String, engine: String) throws(GraphvizError)
        -> Rendering
    {
        try withGraphviz { (gvc) throws(GraphvizError) -> Rendering in
            let graph = try parseSingleGraph(dot)
            defer { agclose(graph) }

            if engine == "dot", containsCluster(graph) {
                // Avoids the 2.42 double free in gvFreeLayout (graphviz.md §5).
                setGraphAttribute(graph, name: "newrank", value: "true", default: "false")
            }

            let layoutStatus = gvLayout(gvc, graph, engine)
            defer { gvFreeLayout(gvc, graph) }
            if layoutStatus != 0 || agerrors() > 0 {
                let text = messages.errorText(
                    or: "gvLayout with engine \(engine) returned \(layoutStatus)")
                let isLabel = layoutStatus == 0 && text.mentionsLabel
                throw GraphvizError(kind: isLabel ? .labelError : .layoutFailed, message: text)
            }

            var output: UnsafeMutablePointer<CChar>? = nil
            var length: UInt32 = 0
            let renderStatus = gvRenderData(gvc, graph, format, &output, &length)
            defer { if let output { gvFreeRenderData(output) } }
            if renderStatus != 0 || agerrors() > 0 {
                throw GraphvizError(
                    kind: .renderFailed,
                    message: messages.errorText(
                        or: "gvRenderData with format \(format) returned \(renderStatus)"))
            }
            // png and pdf contain NULs: use the length, not NUL termination.
            let bytes = output.map {
                Array(UnsafeRawBufferPointer(start: $0, count: Int(length)))
            } ?? []
            return Rendering(bytes: bytes, warnings: messages.warnings)
        }
    }

    // MARK: Read

    /// Parse only; see ``Graphviz/readGraph(dot:)``.
    static func parse(dot: String) throws(GraphvizError) -> ParsedGraph {
        try withGraphviz { (_) throws(GraphvizError) -> ParsedGraph in
            let graph = try parseSingleGraph(dot)
            defer { agclose(graph) }
            return extract(graph)
        }
    }

    // MARK: - Helpers (lock held)

    /// `agmemread` plus the drain of leftover graphs.
    ///
    /// Graphviz 2.42's lexer keeps any second graph in the string and returns
    /// it from the *next* `agmemread`, whatever that is given; so read with
    /// `""` until NULL, close the extras and treat them as an error.
    /// The caller must `agclose` the returned graph.
    private static func parseSingleGraph(_ dot: String) throws(GraphvizError) -> GraphPointer {
        guard let graph = agmemread(dot) else {
            let parsed = messages
            if parsed.errors.isEmpty {
                throw GraphvizError(
                    kind: .emptyInput,
                    message: "the DOT text holds no graph (only comments or whitespace)")
            }
            throw GraphvizError(kind: .syntax, message: parsed.errorText(or: ""))
        }
        var extraGraphs = 0
        while let extra = agmemread("") {
            agclose(extra)
            extraGraphs += 1
        }
        if extraGraphs > 0 {
            agclose(graph)
            throw GraphvizError(
                kind: .multipleGraphs,
                message: "found \(extraGraphs + 1) graphs; pass exactly one graph per call")
        }
        if agerrors() > 0 {
            // The first graph parsed but the text after it did not.
            agclose(graph)
            throw GraphvizError(kind: .syntax, message: messages.errorText(or: "syntax error"))
        }
        return graph
    }

    /// Whether `graph` has a subgraph, at any depth, that dot treats as a cluster.
    private static func containsCluster(_ graph: GraphPointer) -> Bool {
        var sub = agfstsubg(graph)
        while let subgraph = sub {
            if name(of: UnsafeMutableRawPointer(subgraph)).lowercased().hasPrefix("cluster")
                || containsCluster(subgraph)
            {
                return true
            }
            sub = agnxtsubg(subgraph)
        }
        return false
    }

    private static func setGraphAttribute(
        _ graph: GraphPointer, name: String, value: String, default defaultValue: String
    ) {
        var nameChars = Array(name.utf8CString)
        var valueChars = Array(value.utf8CString)
        var defaultChars = Array(defaultValue.utf8CString)
        nameChars.withUnsafeMutableBufferPointer { namePointer in
            valueChars.withUnsafeMutableBufferPointer { valuePointer in
                defaultChars.withUnsafeMutableBufferPointer { defaultPointer in
                    _ = agsafeset(
                        UnsafeMutableRawPointer(graph), namePointer.baseAddress,
                        valuePointer.baseAddress, defaultPointer.baseAddress)
                }
            }
        }
    }

    private static func name(of object: UnsafeMutableRawPointer) -> String {
        agnameof(object).map { String(cString: $0) } ?? ""
    }

    /// Copies names, direction, nodes and edges out of a parsed graph.
    private static func extract(_ graph: GraphPointer) -> ParsedGraph {
        var graphName = name(of: UnsafeMutableRawPointer(graph))
        if graphName.hasPrefix("%") { graphName = "" }  // cgraph's name for an anonymous graph

        var edgeSymbols: [(name: String, symbol: UnsafeMutablePointer<Agsym_t>)] = []
        var symbol = agnxtattr(graph, AGEDGE, nil)
        while let current = symbol {
            edgeSymbols.append((String(cString: current.pointee.name), current))
            symbol = agnxtattr(graph, AGEDGE, current)
        }

        var nodes: [String] = []
        var edges: [ParsedEdge] = []
        var node = agfstnode(graph)
        while let tail = node {
            let tailName = name(of: UnsafeMutableRawPointer(tail))
            nodes.append(tailName)
            var edge = agfstout(graph, tail)
            while let current = edge {
                var attributes: [String: String] = [:]
                for (attributeName, symbol) in edgeSymbols {
                    if let value = agxget(UnsafeMutableRawPointer(current), symbol),
                        value.pointee != 0
                    {
                        attributes[attributeName] = String(cString: value)
                    }
                }
                let head = qg_aghead(current).map { name(of: UnsafeMutableRawPointer($0)) } ?? ""
                edges.append(ParsedEdge(tail: tailName, head: head, attributes: attributes))
                edge = agnxtout(graph, current)
            }
            node = agnxtnode(graph, tail)
        }
        return ParsedGraph(
            name: graphName, isDirected: agisdirected(graph) != 0, nodes: nodes, edges: edges)
    }
}

extension String {
    /// Whether a Graphviz error message is about a label (HTML-like or record).
    fileprivate var mentionsLabel: Bool {
        let lower = lowercased()
        return lower.contains("label") || lower.contains("html")
    }
}
