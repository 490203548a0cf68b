/// An output format produced by Graphviz's in-process renderers.
public enum RenderFormat: String, CaseIterable, Sendable {
    /// Scalable Vector Graphics (XML text).
    case svg
    /// Portable Network Graphics (binary, via cairo).
    case png
    /// Portable Document Format (binary, via cairo).
    case pdf
    /// DOT annotated with layout and drawing operations (text).
    case xdot
    /// Graphviz's JSON with layout information (text).
    case json
    /// Graphviz's line-oriented "plain" layout format (text).
    case plain

    /// Whether the rendered bytes are UTF-8 text (`false` for png and pdf).
    public var isText: Bool {
        switch self {
        case .svg, .xdot, .json, .plain: true
        case .png, .pdf: false
        }
    }
}
