import QuoteGraphModel

/// Why a graph document could not be read.
public enum GraphJSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not JSON.
    case syntax(JSONReadError)
    /// `schema` is missing or not `quotegraph/1`.
    case unsupportedSchema(String?)
    /// A field is missing, has the wrong type or an impossible value; `path` is like `quotes[2].start`.
    case invalid(path: String, message: String)

    public var description: String {
        switch self {
        case .syntax(let e): return "not valid JSON: \(e)"
        case .unsupportedSchema(let s): return "schema \(s.map { "\"\($0)\"" } ?? "missing"), expected \"\(GraphJSON.schema)\""
        case .invalid(let path, let message): return "\(path): \(message)"
        }
    }
}

extension GraphJSON {
    /// Reads a `quotegraph/1` document written by `write(_:)` (or by another tool following the
    /// spec). Derived fields (`degree`, `weight`) are ignored; a missing `speaker_name` means the
    /// speaker entity's name. Missing optional fields read as nil, empty or zero.
    public static func read(_ text: String) throws(GraphJSONError) -> Analysis {
        try read(Array(text.utf8))
    }

    /// Reads a `quotegraph/1` document from UTF-8 bytes.
    public static func read(_ bytes: [UInt8]) throws(GraphJSONError) -> Analysis {
        let root: JSONValue
        do { root = try JSONReader.parse(bytes) } catch { throw .syntax(error) }
        do {
            return try decode(root)
        } catch let error as GraphJSONError {
            throw error
        } catch {
            throw .invalid(path: "$", message: "\(error)")
        }
    }

    private static func decode(_ root: JSONValue) throws -> Analysis {
        let top = try Field(root, path: "$").object()
        guard case .string(let s)? = top.members["schema"], s == schema else {
            if case .string(let s)? = top.members["schema"] { throw GraphJSONError.unsupportedSchema(s) }
            throw GraphJSONError.unsupportedSchema(nil)
        }
        var analysis = Analysis()
        analysis.documents = try top.list("documents").map { f in
            let o = try f.object()
            return DocumentSummary(id: try o.string("id"), chars: try o.int("chars"),
                                   meta: try o.optional("meta")?.object().members ?? [:])
        }
        analysis.entities = try top.list("entities").map { f in
            let o = try f.object()
            let kindName = try o.string("kind")
            guard let kind = EntityKind(rawValue: kindName) else {
                throw GraphJSONError.invalid(path: o.path + ".kind", message: "unknown entity kind \"\(kindName)\"")
            }
            return Entity(id: try o.string("id"), name: try o.string("name"), kind: kind,
                          aliases: try o.list("aliases").map { try $0.string() },
                          title: try o.optionalString("title"), affiliation: try o.optionalString("affiliation"),
                          mentions: try o.optional("mentions")?.int() ?? 0,
                          merges: try o.list("merges").map { m in
                              let mo = try m.object()
                              return AliasMerge(alias: try mo.string("alias"), reason: try mo.string("reason"))
                          })
        }
        let names = Dictionary(analysis.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        analysis.quotes = try top.list("quotes").map { f in
            let o = try f.object()
            let speaker = try o.optionalString("speaker")
            let speakerName = o.members["speaker_name"] != nil
                ? try o.optionalString("speaker_name") : speaker.flatMap { names[$0] }
            var speakerSpan: TextSpan?
            if o.members["speaker_start"] != nil || o.members["speaker_end"] != nil {
                speakerSpan = try o.span(start: "speaker_start", end: "speaker_end")
            }
            return Quote(id: try o.string("id"), document: try o.string("document"),
                         span: try o.span(start: "start", end: "end"), text: try o.string("text"),
                         speaker: speaker, speakerName: speakerName, speakerSpan: speakerSpan,
                         cue: try o.optionalString("cue"))
        }
        analysis.relations = try top.list("relations").map { f in
            let o = try f.object()
            let kindName = try o.string("kind")
            guard let kind = RelationKind(rawValue: kindName) else {
                throw GraphJSONError.invalid(path: o.path + ".kind", message: "unknown relation kind \"\(kindName)\"")
            }
            let evidence = try o.list("evidence").map { e in
                let eo = try e.object()
                return Evidence(document: try eo.string("document"), span: try eo.span(start: "start", end: "end"))
            }
            let answers = try o.list("answers").map { a in
                let ao = try a.object()
                let answeredKind = try ao.string("kind")
                guard let k = RelationKind(rawValue: answeredKind) else {
                    throw GraphJSONError.invalid(path: ao.path + ".kind", message: "unknown relation kind \"\(answeredKind)\"")
                }
                return RelationKey(kind: k, source: try ao.string("source"), target: try ao.string("target"))
            }
            return Relation(kind: kind, source: try o.string("source"), target: try o.string("target"),
                            cue: try o.optionalString("cue"), quote: try o.optionalString("quote"), evidence: evidence,
                            answers: answers)
        }
        analysis.metrics = try top.list("metrics").map { f in
            let o = try f.object()
            return EntityMetrics(
                entity: try o.string("entity"), inDegree: try o.int("in_degree"), outDegree: try o.int("out_degree"),
                inStrength: try o.double("in_strength"), outStrength: try o.double("out_strength"),
                betweenness: try o.double("betweenness"), closeness: try o.double("closeness"),
                harmonic: try o.double("harmonic"), pagerank: try o.double("pagerank"),
                eigenvector: try o.double("eigenvector"), hub: try o.double("hub"), authority: try o.double("authority"))
        }
        return analysis
    }
}

/// A JSON value with the path it was found at, for error messages.
private struct Field {
    var value: JSONValue
    var path: String

    init(_ value: JSONValue, path: String) {
        self.value = value
        self.path = path
    }

    func fail(_ message: String) -> GraphJSONError { .invalid(path: path, message: message) }

    func object() throws -> ObjectField {
        guard case .object(let members) = value else { throw fail("expected an object") }
        return ObjectField(members: members, path: path)
    }

    func string() throws -> String {
        guard case .string(let s) = value else { throw fail("expected a string") }
        return s
    }

    func double() throws -> Double {
        switch value {
        case .number(let d): return d
        case .null: return .nan  // the writer's stand-in for NaN and infinities
        default: throw fail("expected a number")
        }
    }

    func int() throws -> Int {
        guard case .number(let d) = value, d == d.rounded(), abs(d) < 9_007_199_254_740_992 else {
            throw fail("expected an integer")
        }
        return Int(d)
    }
}

private struct ObjectField {
    var members: [String: JSONValue]
    var path: String

    func optional(_ key: String) -> Field? {
        guard let v = members[key], v != .null else { return nil }
        return Field(v, path: path + "." + key)
    }

    func required(_ key: String) throws -> Field {
        guard let v = members[key] else { throw GraphJSONError.invalid(path: path + "." + key, message: "missing") }
        return Field(v, path: path + "." + key)
    }

    func string(_ key: String) throws -> String { try required(key).string() }
    func optionalString(_ key: String) throws -> String? { try optional(key)?.string() }
    func int(_ key: String) throws -> Int { try required(key).int() }
    func double(_ key: String) throws -> Double { try optional(key)?.double() ?? 0 }

    /// An array member; a missing member reads as empty.
    func list(_ key: String) throws -> [Field] {
        guard let field = optional(key) else { return [] }
        guard case .array(let items) = field.value else { throw field.fail("expected an array") }
        return items.enumerated().map { Field($1, path: "\(field.path)[\($0)]") }
    }

    func span(start: String, end: String) throws -> TextSpan {
        let s = try int(start), e = try int(end)
        guard 0 <= s, s <= e else { throw GraphJSONError.invalid(path: path, message: "\(start) \(s) is after \(end) \(e) or negative") }
        return TextSpan(start: s, end: e)
    }
}
