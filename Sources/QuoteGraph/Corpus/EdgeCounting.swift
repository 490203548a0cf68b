import Foundation
import QuoteGraphModel

/// What an edge's weight counts: its evidence spans (the spec's default), the distinct
/// documents they come from, or the distinct sources of those documents, so that the
/// syndicated copies of one wire story, or one article repeating a claim, do not make it
/// heavier than a claim reported independently by several outlets.
///
/// A document's source is its `source` metadata, compared case-insensitively and without
/// surrounding white space; a document without one counts as a source of its own. The
/// weight is what the graph JSON writes as `weight`, what DOT draws as width and what the
/// weighted metrics read.
public enum EdgeCounting: String, Sendable, CaseIterable {
    case evidence, documents, sources

    /// Sets every relation's ``Relation/countedWeight`` for this way of counting (clears it
    /// for `.evidence`).
    public func apply(to analysis: inout Analysis) {
        switch self {
        case .evidence:
            for i in analysis.relations.indices { analysis.relations[i].countedWeight = nil }
        case .documents:
            for i in analysis.relations.indices {
                analysis.relations[i].countedWeight = Set(analysis.relations[i].evidence.map(\.document)).count
            }
        case .sources:
            var sourceOf: [String: String] = [:]
            for d in analysis.documents {
                if case .string(let s)? = d.meta["source"] {
                    let name = s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                    if !name.isEmpty { sourceOf[d.id] = "source:" + name; continue }
                }
                sourceOf[d.id] = "document:" + d.id
            }
            for i in analysis.relations.indices {
                let docs = analysis.relations[i].evidence.map(\.document)
                analysis.relations[i].countedWeight = Set(docs.map { sourceOf[$0] ?? "document:" + $0 }).count
            }
        }
    }
}
