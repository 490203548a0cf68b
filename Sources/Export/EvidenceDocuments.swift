import QuoteGraphModel

/// The document metadata behind a relation's evidence (spec: documents[].meta): the distinct
/// `source`s it comes from and the first and last `date`, so that exports let a researcher
/// see who accused whom, where and when.
public struct EvidenceDocuments: Sendable {
    private let meta: [String: [String: JSONValue]]

    public init(_ documents: [DocumentSummary]) {
        meta = Dictionary(documents.map { ($0.id, $0.meta) }, uniquingKeysWith: { first, _ in first })
    }

    /// The distinct sources of the evidence, sorted and `; `-joined, or nil when none is known.
    public func sources(_ r: Relation) -> String? {
        let names = Set(r.evidence.compactMap { string(meta[$0.document]?["source"]) })
        return names.isEmpty ? nil : names.sorted().joined(separator: "; ")
    }

    /// The earliest and latest `date` of the evidence (as written; ISO dates sort as text).
    public func dates(_ r: Relation) -> (first: String, last: String)? {
        let dates = r.evidence.compactMap { string(meta[$0.document]?["date"]) }.sorted()
        guard let first = dates.first, let last = dates.last else { return nil }
        return (first, last)
    }

    private func string(_ value: JSONValue?) -> String? {
        if case .string(let s)? = value, !s.isEmpty { return s }
        return nil
    }
}
