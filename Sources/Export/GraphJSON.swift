import QuoteGraphModel

/// The `quotegraph/1` graph document (spec: "The graph").
///
/// Written pretty-printed: one top-level key per line, one array element per line, each
/// element an object on one line with its keys in the spec's order. The bytes depend only
/// on the analysis (metadata keys are sorted).
public enum GraphJSON {
    /// The value of the `schema` key.
    public static let schema = "quotegraph/1"

    /// The analysis as a `quotegraph/1` JSON document, ending with a newline.
    public static func write(_ analysis: Analysis) -> String {
        let names = Dictionary(analysis.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var out = "{\n"
        out += "  \"schema\": \(JSONWriter.string(schema)),\n"
        out += section("documents", analysis.documents.map(document)) + ",\n"
        out += section("entities", analysis.entities.map(entity)) + ",\n"
        out += section("quotes", analysis.quotes.map { quote($0, names: names) }) + ",\n"
        out += section("relations", analysis.relations.map(relation)) + ",\n"
        out += section("metrics", analysis.metrics.map(metrics)) + "\n"
        out += "}\n"
        return out
    }

    private static func section(_ key: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "  \(JSONWriter.string(key)): []" }
        return "  \(JSONWriter.string(key)): [\n" + items.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]"
    }

    private static func document(_ d: DocumentSummary) -> String {
        JSONWriter.object([
            ("id", JSONWriter.string(d.id)),
            ("chars", JSONWriter.number(d.chars)),
            ("meta", JSONWriter.write(.object(d.meta))),
        ])
    }

    /// `merges` (why each alias was merged) is added when there are any.
    private static func entity(_ e: Entity) -> String {
        var fields = [
            ("id", JSONWriter.string(e.id)),
            ("name", JSONWriter.string(e.name)),
            ("kind", JSONWriter.string(e.kind.rawValue)),
            ("aliases", JSONWriter.array(e.aliases.map { JSONWriter.string($0) })),
            ("title", JSONWriter.string(e.title)),
            ("affiliation", JSONWriter.string(e.affiliation)),
            ("mentions", JSONWriter.number(e.mentions)),
        ]
        if !e.merges.isEmpty {
            fields.append(("merges", JSONWriter.array(e.merges.map {
                JSONWriter.object([("alias", JSONWriter.string($0.alias)), ("reason", JSONWriter.string($0.reason))])
            })))
        }
        return JSONWriter.object(fields)
    }

    /// `speaker_name` is added when it is not simply the speaker entity's name (always when the
    /// speaker id is nil and a description is known); `speaker_start`/`speaker_end` when known.
    private static func quote(_ q: Quote, names: [String: String]) -> String {
        var fields = [
            ("id", JSONWriter.string(q.id)),
            ("document", JSONWriter.string(q.document)),
            ("start", JSONWriter.number(q.span.start)),
            ("end", JSONWriter.number(q.span.end)),
            ("text", JSONWriter.string(q.text)),
            ("speaker", JSONWriter.string(q.speaker)),
            ("cue", JSONWriter.string(q.cue)),
        ]
        if q.speakerName != q.speaker.flatMap({ names[$0] }) {
            fields.append(("speaker_name", JSONWriter.string(q.speakerName)))
        }
        if let span = q.speakerSpan {
            fields.append(("speaker_start", JSONWriter.number(span.start)))
            fields.append(("speaker_end", JSONWriter.number(span.end)))
        }
        return JSONWriter.object(fields)
    }

    /// `answers` (the accusations a denial answers) is added when there are any.
    private static func relation(_ r: Relation) -> String {
        JSONWriter.object([
            ("kind", JSONWriter.string(r.kind.rawValue)),
            ("source", JSONWriter.string(r.source)),
            ("target", JSONWriter.string(r.target)),
            ("cue", JSONWriter.string(r.cue)),
            ("quote", JSONWriter.string(r.quote)),
            ("evidence", JSONWriter.array(r.evidence.map {
                JSONWriter.object([
                    ("document", JSONWriter.string($0.document)),
                    ("start", JSONWriter.number($0.span.start)),
                    ("end", JSONWriter.number($0.span.end)),
                ])
            })),
            ("weight", JSONWriter.number(r.weight)),
        ] + (r.answers.isEmpty ? [] : [("answers", JSONWriter.array(r.answers.map {
            JSONWriter.object([("kind", JSONWriter.string($0.kind.rawValue)), ("source", JSONWriter.string($0.source)),
                               ("target", JSONWriter.string($0.target))])
        }))]))
    }

    private static func metrics(_ m: EntityMetrics) -> String {
        JSONWriter.object([
            ("entity", JSONWriter.string(m.entity)),
            ("in_degree", JSONWriter.number(m.inDegree)),
            ("out_degree", JSONWriter.number(m.outDegree)),
            ("degree", JSONWriter.number(m.degree)),
            ("in_strength", JSONWriter.number(m.inStrength)),
            ("out_strength", JSONWriter.number(m.outStrength)),
            ("betweenness", JSONWriter.number(m.betweenness)),
            ("closeness", JSONWriter.number(m.closeness)),
            ("harmonic", JSONWriter.number(m.harmonic)),
            ("pagerank", JSONWriter.number(m.pagerank)),
            ("eigenvector", JSONWriter.number(m.eigenvector)),
            ("hub", JSONWriter.number(m.hub)),
            ("authority", JSONWriter.number(m.authority)),
        ])
    }
}
