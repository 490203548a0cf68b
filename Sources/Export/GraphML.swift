import QuoteGraphModel

/// The relation graph as GraphML (http://graphml.graphdrawing.org/), typed attributes
/// declared with `<key>`: networkx's `read_graphml`, Gephi, yEd and Cytoscape read it.
///
/// Nodes carry `name`, `kind`, `title`, `affiliation`, `aliases` (joined with `; `),
/// `mentions` and every metric (`double`, counts `int`; a metric that could not be computed
/// is left out). Edges carry `kind`, `weight` (evidence count), `cue`, `quote` (the quotation's
/// text), `evidence` (`doc:start-end;…`) and, when texts are given, `evidence_text` (the
/// sentences, joined with ` | `). Every string is XML-escaped; characters XML 1.0 forbids are
/// removed. Edge ids are `e0`, `e1`, … in relation order; parallel edges of different kinds
/// are kept (networkx reads them as a `MultiDiGraph`).
public enum GraphMLWriter {
    public static func write(_ analysis: Analysis, evidence: EvidenceText = .none) -> String {
        let metrics = Dictionary(analysis.metrics.map { ($0.entity, $0) }, uniquingKeysWith: { first, _ in first })
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        let nodeKeys: [(String, String)] = [("name", "string"), ("kind", "string"), ("title", "string"),
                                            ("affiliation", "string"), ("aliases", "string"), ("mentions", "int")]
            + MetricColumns.all.map { ($0.name, $0.isCount ? "int" : "double") }
        for (name, type) in nodeKeys {
            out += "  <key id=\"n_\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n"
        }
        let edgeKeys: [(String, String)] = [("kind", "string"), ("weight", "int"), ("cue", "string"),
                                            ("quote", "string"), ("evidence", "string"), ("evidence_text", "string"),
                                            ("sources", "string"), ("first_date", "string"), ("last_date", "string")]
        for (name, type) in edgeKeys {
            out += "  <key id=\"e_\(name)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n"
        }
        let documents = EvidenceDocuments(analysis.documents)
        out += "  <graph id=\"quotegraph\" edgedefault=\"directed\">\n"
        for e in analysis.entities {
            out += "    <node id=\"\(XMLEscaping.attribute(e.id))\">\n"
            var data: [(String, String)] = [("name", e.name), ("kind", e.kind.rawValue)]
            if let title = e.title { data.append(("title", title)) }
            if let affiliation = e.affiliation { data.append(("affiliation", affiliation)) }
            if !e.aliases.isEmpty { data.append(("aliases", e.aliases.joined(separator: "; "))) }
            data.append(("mentions", String(e.mentions)))
            if let m = metrics[e.id] {
                for column in MetricColumns.all {
                    let v = column.value(m)
                    guard v.isFinite else { continue }
                    data.append((column.name, column.isCount ? String(Int(v)) : JSONWriter.number(v)))
                }
            }
            for (key, value) in data {
                out += "      <data key=\"n_\(key)\">\(XMLEscaping.text(value))</data>\n"
            }
            out += "    </node>\n"
        }
        for (i, r) in analysis.relations.enumerated() {
            out += "    <edge id=\"e\(i)\" source=\"\(XMLEscaping.attribute(r.source))\" target=\"\(XMLEscaping.attribute(r.target))\">\n"
            var data: [(String, String)] = [("kind", r.kind.rawValue), ("weight", String(r.weight))]
            if let cue = r.cue { data.append(("cue", cue)) }
            if let quote = evidence.quote(r) { data.append(("quote", quote)) }
            if !r.evidence.isEmpty { data.append(("evidence", EvidenceSpans.cell(r.evidence))) }
            let sentences = r.evidence.compactMap(evidence.snippet)
            if !sentences.isEmpty { data.append(("evidence_text", sentences.joined(separator: " | "))) }
            if let sources = documents.sources(r) { data.append(("sources", sources)) }
            if let dates = documents.dates(r) { data += [("first_date", dates.first), ("last_date", dates.last)] }
            for (key, value) in data {
                out += "      <data key=\"e_\(key)\">\(XMLEscaping.text(value))</data>\n"
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
