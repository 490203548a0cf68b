import QuoteGraphModel

/// Centrality metrics as CSV, one row per entity, with the entity's name and kind.
public enum MetricsCSV {
    public static let header = ["entity", "name", "kind", "in_degree", "out_degree", "degree", "in_strength",
                                "out_strength", "betweenness", "closeness", "harmonic", "pagerank",
                                "eigenvector", "hub", "authority"]

    /// Header plus one row per metrics entry, in the order given. Name and kind are empty
    /// for an entity id that `entities` does not contain.
    public static func write(_ metrics: [EntityMetrics], entities: [Entity]) -> String {
        let byID = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var out = CSV.row(header)
        for m in metrics {
            let e = byID[m.entity]
            out += CSV.row([
                CSV.text(m.entity), CSV.text(e?.name), CSV.text(e?.kind.rawValue),
                CSV.number(m.inDegree), CSV.number(m.outDegree), CSV.number(m.degree),
                CSV.number(m.inStrength), CSV.number(m.outStrength), CSV.number(m.betweenness),
                CSV.number(m.closeness), CSV.number(m.harmonic), CSV.number(m.pagerank),
                CSV.number(m.eigenvector), CSV.number(m.hub), CSV.number(m.authority),
            ])
        }
        return out
    }
}

/// Entities as a node table (e.g. for Gephi or a spreadsheet).
public enum EntitiesCSV {
    public static let header = ["id", "name", "kind", "aliases", "title", "affiliation", "mentions"]

    /// Header plus one row per entity; aliases are joined with `; `. With `metrics`, every
    /// metric follows as a column (empty for an entity without metrics or a value that
    /// could not be computed).
    public static func write(_ entities: [Entity], metrics: [EntityMetrics]? = nil) -> String {
        let byID = Dictionary((metrics ?? []).map { ($0.entity, $0) }, uniquingKeysWith: { first, _ in first })
        var out = CSV.row(header + (metrics == nil ? [] : MetricColumns.all.map(\.name)))
        for e in entities {
            var cells = [
                CSV.text(e.id), CSV.text(e.name), CSV.text(e.kind.rawValue),
                CSV.text(e.aliases.joined(separator: "; ")), CSV.text(e.title), CSV.text(e.affiliation),
                CSV.number(e.mentions),
            ]
            if metrics != nil {
                cells += MetricColumns.all.map { column in
                    guard let m = byID[e.id] else { return "" }
                    let v = column.value(m)
                    return column.isCount && v.isFinite ? CSV.number(Int(v)) : CSV.number(v)
                }
            }
            out += CSV.row(cells)
        }
        return out
    }
}

/// Relations as an edge table.
public enum RelationsCSV {
    public static let header = ["source", "target", "kind", "weight", "cue", "evidence"]

    /// Header plus one row per relation; evidence is written as `doc:start-end;doc:start-end`.
    /// With `evidence` texts, `quote` (the quotation's text) and `evidence_text` (the
    /// sentences, joined with ` | `) follow; with `documents`, the evidence's `sources`,
    /// `first_date` and `last_date` from their metadata.
    public static func write(_ relations: [Relation], evidence: EvidenceText? = nil, documents: [DocumentSummary]? = nil) -> String {
        let meta = documents.map(EvidenceDocuments.init)
        var out = CSV.row(header + (evidence == nil ? [] : ["quote", "evidence_text"])
                          + (meta == nil ? [] : ["sources", "first_date", "last_date"]))
        for r in relations {
            var cells = [
                CSV.text(r.source), CSV.text(r.target), CSV.text(r.kind.rawValue), CSV.number(r.weight),
                CSV.text(r.cue), CSV.text(EvidenceSpans.cell(r.evidence)),
            ]
            if let evidence {
                cells += [CSV.text(evidence.quote(r)),
                          CSV.text(r.evidence.compactMap(evidence.snippet).joined(separator: " | "))]
            }
            if let meta {
                let dates = meta.dates(r)
                cells += [CSV.text(meta.sources(r)), CSV.text(dates?.first), CSV.text(dates?.last)]
            }
            out += CSV.row(cells)
        }
        return out
    }
}
