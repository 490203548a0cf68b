import QuoteGraphModel

/// Splits text into paragraphs: runs of text between line breaks. News text puts one
/// paragraph on a line; blank lines between them are skipped.
enum Paragraphs {
    static func split(_ text: ScalarText) -> [TextSpan] {
        var out: [TextSpan] = []
        var start = 0
        let n = text.count
        var i = 0
        while i <= n {
            if i == n || text[i].isNewline {
                let span = text.trimmed(start, i)
                if !span.isEmpty { out.append(span) }
                start = i + 1
            }
            i += 1
        }
        return out
    }
}
