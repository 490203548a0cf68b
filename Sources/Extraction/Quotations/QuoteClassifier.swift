/// Decides whether a quoted segment is somebody's words, a name, or scare quotes.
/// A name follows "known as", "dubbed", "called" (or continues such a list); a short
/// title-cased phrase without sentence punctuation is a title; one or two words are
/// scare quotes; three words count as a quotation only when they start like a sentence.
enum QuoteClassifier {
    static let nameCues: Set<String> = ["as", "dubbed", "dubs", "nicknamed", "called", "calls", "named", "names", "codenamed",
                                        "titled", "entitled", "aka", "so-called"]

    static func classify(_ doc: inout DocumentAnalysis) {
        for q in doc.segments.indices {
            doc.segments[q].role = role(of: q, doc)
        }
    }

    private static func role(of q: Int, _ doc: DocumentAnalysis) -> QuotedSegment.Role {
        let segment = doc.segments[q]
        let range = doc.segmentTokens[q]
        if segment.continuesPrevious { return .quotation }
        let words = segment.wordCount
        // What stands before the opening mark: a naming cue, or a list of names.
        if let open = segment.openingMark, words <= 6 {
            var k = range.lowerBound - 1
            while k >= 0, doc.tokens[k].kind == .quoteMark, doc.tokens[k].span.start >= open.start { k -= 1 }
            if k >= 0 {
                let before = doc.tokens[k]
                if nameCues.contains(before.lower) { return .name }
                if (before.text == "," || before.lower == "or" || before.lower == "and"),
                   let prev = doc.segments[..<q].last, prev.role == .name, segment.span.start - prev.span.end < 12 { return .name }
                if before.text == ",", k > 0, nameCues.contains(doc.tokens[k - 1].lower) { return .name }
            }
        }
        if words <= 2 { return .scare }
        let tokens = doc.tokens[range]
        let wordTokens = tokens.filter { $0.kind == .word || $0.kind == .number }
        let endsLikeSentence = tokens.last.map { [".", "!", "?", "…"].contains($0.text) } ?? false
        let startsLikeSentence = wordTokens.first?.isCapitalized ?? false
        if words <= 6, !endsLikeSentence, wordTokens.allSatisfy({ $0.isCapitalized || $0.text.count <= 3 }) {
            return .name
        }
        if words == 3 && !startsLikeSentence && !endsLikeSentence { return .scare }
        return .quotation
    }
}
