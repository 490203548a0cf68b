/// Why Graphviz could not parse, lay out or render a graph.
///
/// `message` is Graphviz's own text where Graphviz gave one
/// (e.g. `syntax error in line 1 near ';'`), otherwise ours.
public struct GraphvizError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The stage or check that failed.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// The DOT text is empty, whitespace only, or holds no graph (only comments).
        case emptyInput
        /// The DOT text contains a NUL character, which Graphviz would silently truncate at.
        case nulByte
        /// Graphviz's DOT parser rejected the text.
        case syntax
        /// The DOT text holds more than one graph; exactly one is expected.
        case multipleGraphs
        /// A label could not be used (malformed HTML-like or record label).
        case labelError
        /// The layout engine failed.
        case layoutFailed
        /// The renderer failed.
        case renderFailed
    }

    /// The stage or check that failed.
    public let kind: Kind
    /// What went wrong, in Graphviz's words where it gave any.
    public let message: String

    /// Creates an error.
    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// A sentence for people: what failed, then the message.
    public var description: String {
        let what = switch kind {
        case .emptyInput: "No graph to render"
        case .nulByte: "DOT text contains a NUL character"
        case .syntax: "DOT syntax error"
        case .multipleGraphs: "DOT text holds more than one graph"
        case .labelError: "Bad label"
        case .layoutFailed: "Graphviz layout failed"
        case .renderFailed: "Graphviz rendering failed"
        }
        return message.isEmpty ? what : "\(what): \(message)"
    }
}
