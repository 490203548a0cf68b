import QuoteGraphModel

/// Finds relations between parties. (Affiliations only, for now.)
struct RelationFinder {
    let lexicon: Lexicon
    let gazetteer: Gazetteer

    func relations(_ doc: DocumentAnalysis, attributions: [Attribution?], quoteIDs: [Int: String], ids: EntityIDs) -> [Relation] {
        var out: [Relation] = []
        for i in doc.registry.entries.indices where doc.registry[i].mergedInto == nil {
            guard let a = doc.registry[i].affiliation else { continue }
            let kind: RelationKind = doc.registry[i].kind == .group ? .memberOf : .affiliatedWith
            let evidence = doc.mentions.filter { doc.registry.root($0.entity) == i }.prefix(1).map { Evidence(document: doc.id, span: $0.span) }
            guard !evidence.isEmpty else { continue }
            out.append(Relation(kind: kind, source: ids.id(i), target: ids.id(a), cue: nil, evidence: evidence))
        }
        return out
    }
}
