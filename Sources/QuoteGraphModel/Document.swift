/// One input text and the metadata that came with it.
public struct Document: Sendable, Hashable {
    /// The document id: a file name without extension, or a JSONL line's `id`.
    public var id: String
    /// The text exactly as read (decoded UTF-8).
    public var text: String
    /// Other fields of the input (`date`, `url`, `source`, `title`, …), kept as JSON values.
    public var meta: [String: JSONValue]

    public init(id: String, text: String, meta: [String: JSONValue] = [:]) {
        self.id = id
        self.text = text
        self.meta = meta
    }
}

/// A JSON value, for metadata that is carried through unchanged.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
}
