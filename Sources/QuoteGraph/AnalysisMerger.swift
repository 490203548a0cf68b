import Extraction
import QuoteGraphModel

/// Combines per-document extractions (or partial analyses) into one graph: the same entity
/// id is one party, quotations are numbered in document order, and relations with the same
/// (kind, source, target) become one edge whose evidence lists every span.
/// Merging is associative, so partial results from any number of workers combine into the
/// same graph as one run over everything.
public enum AnalysisMerger {
    public static func merge(_ extractions: [DocumentExtraction]) -> Analysis {
        merge(extractions.map { e in
            Analysis(documents: [e.document], entities: e.entities, quotes: e.quotes, relations: e.relations)
        })
    }

    public static func merge(_ parts: [Analysis]) -> Analysis {
        var entities: [Entity] = []
        var index: [String: Int] = [:]
        var documents: [DocumentSummary] = []
        var quotes: [Quote] = []
        var relations: [Relation] = []
        for part in parts {
            documents += part.documents
            for e in part.entities {
                if let i = index[e.id] {
                    var merged = entities[i]
                    merged.mentions += e.mentions
                    for alias in [e.name] + e.aliases where alias != merged.name && !merged.aliases.contains(alias) {
                        merged.aliases.append(alias)
                    }
                    for m in e.merges where !merged.merges.contains(m) { merged.merges.append(m) }
                    merged.title = merged.title ?? e.title
                    merged.affiliation = merged.affiliation ?? e.affiliation
                    entities[i] = merged
                } else {
                    index[e.id] = entities.count
                    entities.append(e)
                }
            }
            var renamed: [String: String] = [:]
            for q in part.quotes {
                var q = q
                let id = "q\(quotes.count + 1)"
                renamed[q.id] = id
                q.id = id
                quotes.append(q)
            }
            relations += part.relations.map { r in
                var r = r
                r.quote = r.quote.flatMap { renamed[$0] }
                return r
            }
        }
        return Analysis(documents: documents, entities: entities, quotes: quotes, relations: RelationMerger.merge(relations))
    }
}
