import QuoteGraphModel

/// Splits text into paragraphs: runs of text between line breaks. News text puts one
/// paragraph on a line; blank lines between them are skipped.
enum Paragraphs {
    static func split(_ text: ScalarText) -> [TextSpan] {
        var out: [TextSpan] = []
        var start = 0
        // Every scalar is looked at: through a buffer pointer, without bounds checks.
        text.scalars.withUnsafeBufferPointer { scalars in
            for i in scalars.indices where scalars[i].isNewline {
                let span = text.trimmed(start, i)
                if !span.isEmpty { out.append(span) }
                start = i + 1
            }
        }
        let last = text.trimmed(start, text.count)
        if !last.isEmpty { out.append(last) }
        return out
    }
}
