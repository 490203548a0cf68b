import QuoteGraphModel

/// The relation graph as GEXF 1.3 (https://gexf.net/), the format Gephi reads natively;
/// networkx's `read_gexf` reads it too.
///
/// Nodes have the entity's name as `label` and typed attributes `kind`, `title`,
/// `affiliation`, `aliases`, `mentions` and every metric; edges have the evidence count as
/// `weight`, the relation kind as `label` and attributes `kind`, `cue`, `quote`, `evidence`
/// and `evidence_text` (as in ``GraphMLWriter``). Edge ids are `e0`, `e1`, …
public enum GEXFWriter {
    public static func write(_ analysis: Analysis, evidence: EvidenceText = .none) -> String {
        let metrics = Dictionary(analysis.metrics.map { ($0.entity, $0) }, uniquingKeysWith: { first, _ in first })
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        out += "  <meta><creator>quotegraph</creator></meta>\n"
        out += "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
        let nodeAttributes: [(String, String)] = [("kind", "string"), ("title", "string"), ("affiliation", "string"),
                                                  ("aliases", "string"), ("mentions", "integer")]
            + MetricColumns.all.map { ($0.name, $0.isCount ? "integer" : "double") }
        out += "    <attributes class=\"node\">\n"
        for (i, (name, type)) in nodeAttributes.enumerated() {
            out += "      <attribute id=\"\(i)\" title=\"\(name)\" type=\"\(type)\"/>\n"
        }
        out += "    </attributes>\n"
        let edgeAttributes = ["kind", "cue", "quote", "evidence", "evidence_text", "sources", "first_date", "last_date"]
        let documents = EvidenceDocuments(analysis.documents)
        out += "    <attributes class=\"edge\">\n"
        for (i, name) in edgeAttributes.enumerated() {
            out += "      <attribute id=\"\(i)\" title=\"\(name)\" type=\"string\"/>\n"
        }
        out += "    </attributes>\n"
        let nodeIndex = Dictionary(nodeAttributes.enumerated().map { ($1.0, $0) }, uniquingKeysWith: { a, _ in a })
        out += "    <nodes>\n"
        for e in analysis.entities {
            var values: [(String, String)] = [("kind", e.kind.rawValue)]
            if let title = e.title { values.append(("title", title)) }
            if let affiliation = e.affiliation { values.append(("affiliation", affiliation)) }
            if !e.aliases.isEmpty { values.append(("aliases", e.aliases.joined(separator: "; "))) }
            values.append(("mentions", String(e.mentions)))
            if let m = metrics[e.id] {
                for column in MetricColumns.all {
                    let v = column.value(m)
                    guard v.isFinite else { continue }
                    values.append((column.name, column.isCount ? String(Int(v)) : JSONWriter.number(v)))
                }
            }
            out += "      <node id=\"\(XMLEscaping.attribute(e.id))\" label=\"\(XMLEscaping.attribute(e.name))\">\n"
            out += attvalues(values.map { (nodeIndex[$0.0]!, $0.1) })
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, r) in analysis.relations.enumerated() {
            var values: [(Int, String)] = [(0, r.kind.rawValue)]
            if let cue = r.cue { values.append((1, cue)) }
            if let quote = evidence.quote(r) { values.append((2, quote)) }
            if !r.evidence.isEmpty { values.append((3, EvidenceSpans.cell(r.evidence))) }
            let sentences = r.evidence.compactMap(evidence.snippet)
            if !sentences.isEmpty { values.append((4, sentences.joined(separator: " | "))) }
            if let sources = documents.sources(r) { values.append((5, sources)) }
            if let dates = documents.dates(r) { values += [(6, dates.first), (7, dates.last)] }
            out += "      <edge id=\"e\(i)\" source=\"\(XMLEscaping.attribute(r.source))\" "
                + "target=\"\(XMLEscaping.attribute(r.target))\" weight=\"\(r.weight)\" "
                + "label=\"\(XMLEscaping.attribute(r.kind.rawValue))\">\n"
            out += attvalues(values)
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static func attvalues(_ values: [(Int, String)]) -> String {
        guard !values.isEmpty else { return "" }
        var out = "        <attvalues>\n"
        for (id, value) in values {
            out += "          <attvalue for=\"\(id)\" value=\"\(XMLEscaping.attribute(value))\"/>\n"
        }
        return out + "        </attvalues>\n"
    }
}
