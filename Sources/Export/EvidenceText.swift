import QuoteGraphModel

/// The words a relation was read from, resolved from the document texts before a writer
/// needs them, so writers stay pure functions of their inputs.
public struct EvidenceText: Sendable {
    /// Document texts by document id, as unicode-scalar arrays for offset slicing.
    private let texts: [String: [Unicode.Scalar]]
    /// Quote texts by quote id.
    private let quotes: [String: String]
    /// Longest snippet, in Unicode scalars; longer ones are cut with `…`.
    public var limit: Int

    /// - Parameters:
    ///   - documentTexts: every document's text by id, as read (offsets are scalar offsets into it).
    ///   - quotes: the analysis' quotes, to show a relation's quotation.
    ///   - limit: longest snippet in Unicode scalars.
    public init(documentTexts: [String: String], quotes: [Quote] = [], limit: Int = 400) {
        self.texts = documentTexts.mapValues { Array($0.unicodeScalars) }
        self.quotes = Dictionary(quotes.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        self.limit = limit
    }

    /// No texts: every look-up is nil.
    public static let none = EvidenceText(documentTexts: [:])

    /// The text of one evidence span, whitespace runs folded to one space and other control
    /// characters removed; nil when the
    /// document is unknown or the span lies outside it.
    public func snippet(_ evidence: Evidence) -> String? {
        guard let scalars = texts[evidence.document], evidence.span.start >= 0,
              evidence.span.end <= scalars.count else { return nil }
        return Self.fold(scalars[evidence.span.start..<evidence.span.end], limit: limit)
    }

    /// The quotation a relation was read from, if any.
    public func quote(_ relation: Relation) -> String? {
        relation.quote.flatMap { quotes[$0] }.map { Self.fold($0.unicodeScalars[...], limit: limit) }
    }

    private static func fold<S: Collection<Unicode.Scalar>>(_ scalars: S, limit: Int) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var count = 0
        for s in scalars {
            if s.properties.generalCategory == .control && !s.properties.isWhitespace { continue }
            if s.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if count >= limit { out.append("…"); break }
            if pendingSpace { out.append(" "); count += 1; pendingSpace = false }
            out.append(s)
            count += 1
        }
        return String(out)
    }
}
