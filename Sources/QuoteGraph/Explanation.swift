import Export
import QuoteGraphModel

/// Why the graph says what it says about one party: every name merged into it and the rule
/// that merged it, what it speaks for, its quotations, and each relation with its evidence.
public enum Explanation {
    /// A plain-text explanation of the entity that `name` (an id, name or alias) names.
    public static func text(for name: String, in analysis: Analysis, evidence: EvidenceText) throws(GraphFilterError) -> String {
        let id = try GraphFilter.resolve(name, in: analysis.entities)
        guard let e = analysis.entity(id) else { throw GraphFilterError("no party is called '\(name)'") }
        let names = Dictionary(analysis.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func label(_ id: String) -> String { "\(names[id] ?? id) (\(id))" }
        var out = "\(e.name) — \(e.kind.rawValue), \(e.id)\n"
        if let title = e.title { out += "  title: \(title)\n" }
        if let affiliation = e.affiliation { out += "  speaks for: \(label(affiliation))\n" }
        out += "  mentioned \(e.mentions) time\(e.mentions == 1 ? "" : "s")\n"
        if !e.aliases.isEmpty {
            out += "\nNames merged into it:\n"
            for alias in e.aliases {
                let reasons = e.merges.filter { $0.alias == alias }.map(\.reason)
                out += "  \(alias): \(reasons.isEmpty ? "the same name in another document" : reasons.joined(separator: "; "))\n"
            }
        }
        let quotes = analysis.quotes.filter { $0.speaker == id }
        if !quotes.isEmpty {
            out += "\nQuotations (\(quotes.count)):\n"
            for q in quotes { out += "  [\(q.document) \(q.span.start)-\(q.span.end)] “\(q.text)”\n" }
        }
        let relations = analysis.relations.filter { $0.source == id || $0.target == id }
        if !relations.isEmpty {
            out += "\nRelations (\(relations.count)):\n"
            for r in relations {
                out += "  \(label(r.source)) \(r.kind.rawValue) \(label(r.target))"
                out += r.cue.map { " — cue “\($0)”" } ?? ""
                out += ", \(r.weight) piece\(r.weight == 1 ? "" : "s") of evidence\n"
                for a in r.answers { out += "    answers: \(label(a.source)) \(a.kind.rawValue) \(label(a.target))\n" }
                for ev in r.evidence {
                    out += "    [\(ev.document) \(ev.span.start)-\(ev.span.end)] \(evidence.snippet(ev) ?? "")\n"
                }
            }
        }
        return out
    }
}
