import Extraction
import QuoteGraphModel
import Testing

/// One extractor for all tests: loading the lexicons once.
let extractor = Extractor()

/// Extracts a passage and checks the span invariant `text[start..<end] == quote.text`
/// (in Unicode scalars) for every quotation.
func extract(_ text: String, id: String = "test") -> DocumentExtraction {
    let result = extractor.extract(Document(id: id, text: text))
    let scalars = Array(text.unicodeScalars)
    for q in result.quotes {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[q.span.start..<q.span.end])
        #expect(String(view) == q.text, "span \(q.span) does not hold the quote's text")
        if let s = q.speakerSpan { #expect(s.start >= 0 && s.end <= scalars.count) }
    }
    return result
}

/// The (text, speaker name) pairs of a passage's quotations.
func quotes(_ text: String) -> [Pair] {
    extract(text).quotes.map { Pair($0.text, $0.speakerName) }
}

struct Pair: Equatable, CustomStringConvertible {
    var text: String
    var speaker: String?
    init(_ text: String, _ speaker: String?) { self.text = text; self.speaker = speaker }
    var description: String { "(\(text.debugDescription), \(speaker ?? "nil"))" }
}

/// The relations of a passage as "kind source -> target" lines.
func relations(_ text: String, kinds: Set<RelationKind> = [.accuses, .denies, .targets, .memberOf]) -> Set<String> {
    Set(extract(text).relations.filter { kinds.contains($0.kind) }.map { "\($0.kind.rawValue) \($0.source) -> \($0.target)" })
}
