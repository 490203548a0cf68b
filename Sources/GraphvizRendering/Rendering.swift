/// The output of one successful render.
public struct Rendering: Sendable, Equatable {
    /// The rendered document, exactly as Graphviz produced it (png and pdf contain NUL bytes).
    public let bytes: [UInt8]
    /// Warnings Graphviz reported while parsing, laying out or rendering
    /// (e.g. an unknown colour or shape), without the "Warning: " prefix.
    public let warnings: [String]

    /// Creates a rendering from bytes and warnings.
    public init(bytes: [UInt8], warnings: [String]) {
        self.bytes = bytes
        self.warnings = warnings
    }

    /// The bytes decoded as UTF-8, or `nil` if they are not valid UTF-8
    /// (as for png and pdf).
    public var text: String? {
        String(validating: bytes, as: UTF8.self)
    }
}
