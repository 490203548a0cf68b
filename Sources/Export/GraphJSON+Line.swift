import QuoteGraphModel

extension GraphJSON {
    /// The analysis as a `quotegraph/1` document on one line (no trailing newline), for
    /// JSONL streams of partial graphs: the bytes of ``write(_:)`` with its line breaks and
    /// indentation removed (its strings never hold a raw line break), plus, when given, a
    /// top-level `"fingerprint"` member after `schema` (an additive field; readers that do
    /// not know it ignore it).
    public static func line(_ analysis: Analysis, fingerprint: String? = nil) -> String {
        var out = ""
        for line in write(analysis).split(separator: "\n") {
            out += line.drop { $0 == " " }
        }
        guard let fingerprint else { return out }
        let head = "{\"schema\": \(JSONWriter.string(schema)),"
        precondition(out.hasPrefix(head), "GraphJSON.write no longer starts with the schema member")
        return head + " \"fingerprint\": \(JSONWriter.string(fingerprint))," + out.dropFirst(head.count)
    }

    /// Reads one `quotegraph/1` document and its top-level `fingerprint` string, if any.
    public static func readWithFingerprint(_ bytes: [UInt8]) throws(GraphJSONError) -> (analysis: Analysis, fingerprint: String?) {
        let root: JSONValue
        do { root = try JSONReader.parse(bytes) } catch { throw .syntax(error) }
        var fingerprint: String?
        if case .object(let members) = root, case .string(let f)? = members["fingerprint"] { fingerprint = f }
        return (try read(bytes), fingerprint)
    }
}
