import QuoteGraphModel

/// Finds quoted segments paragraph by paragraph. An odd mark never spoils the rest of the
/// document: a quote still open at a paragraph's end closes there, a closing mark with no
/// opening one opens the quote at the paragraph's start, and an opening mark inside an open
/// quote closes the first one just before it (`… an edge. "After all …`: a quotation over
/// two paragraphs whose break was lost).
public struct QuoteFinder: Sendable {
    public init() {}

    /// The segments, which scalars belong to a quotation mark (`isMark[i]`), and diagnostics.
    func find(in text: ScalarText, paragraphs: [TextSpan]) -> (segments: [QuotedSegment], isMark: [Bool], diagnostics: [Diagnostic]) {
        var segments: [QuotedSegment] = []
        // One flag per scalar: the tokenizer asks about every position, and indexing beats hashing.
        var isMark = [Bool](repeating: false, count: text.count)
        var diagnostics: [Diagnostic] = []
        var previousEndedOpen = false
        for (p, paragraph) in paragraphs.enumerated() {
            let marks = QuoteMarkScanner.scan(text, paragraph.start, paragraph.end)
            var found: [(open: QuoteMark?, close: QuoteMark?, start: Int, end: Int)] = []
            var open: QuoteMark?
            var endedOpen = false
            for mark in marks where mark.family == .double {
                if let o = open {
                    let closes = mark.role == .closing
                        || mark.role == .either && !QuoteMarkScanner.reopens(text, mark, paragraphStart: paragraph.start, paragraphEnd: paragraph.end)
                        || (o.scalar == "„" && mark.scalar == "“")
                    if closes {
                        found.append((o, mark, o.end, mark.position))
                        open = nil
                    } else {
                        diagnostics.append(Diagnostic(offset: o.position, message: "quotation opened here has no closing mark before the next opening mark"))
                        found.append((o, nil, o.end, mark.position))
                        open = mark
                    }
                } else if mark.role == .opening || mark.role == .either
                            && QuoteMarkScanner.looksOpening(text, mark, paragraphStart: paragraph.start, paragraphEnd: paragraph.end) {
                    open = mark
                } else if mark.role == .closing && found.isEmpty && mark.position > paragraph.start {
                    diagnostics.append(Diagnostic(offset: mark.position, message: "closing quotation mark without an opening mark; the quotation is taken to start at the paragraph"))
                    found.append((nil, mark, paragraph.start, mark.position))
                }
            }
            if let o = open {
                found.append((o, nil, o.end, paragraph.end))
                endedOpen = true
            }
            // Single marks quote where no double marks do (British style, headlines), or around
            // all of them: ‘My father used to say "you can't farm on a promise",’ Mr McAllister said.
            var singles: [(open: QuoteMark?, close: QuoteMark?, start: Int, end: Int)] = []
            var singleOpen: QuoteMark?
            for mark in marks where mark.family == .single {
                if mark.role == .opening && singleOpen == nil { singleOpen = mark }
                else if mark.role == .closing, let o = singleOpen,
                        mark.end >= paragraph.end || !text[mark.end].isAlphanumeric {
                    singles.append((o, mark, o.end, mark.position))
                    singleOpen = nil
                }
            }
            if found.isEmpty {
                found = singles
            } else if !endedOpen, let outer = singles.first(where: { s in
                found.allSatisfy { $0.open != nil && $0.close != nil && s.start <= $0.open!.position && $0.close!.end <= s.end }
            }) {
                found = [outer] + singles.filter { $0.start >= outer.end }
            }
            for (index, f) in found.enumerated() {
                if let o = f.open { for k in o.position..<o.end { isMark[k] = true } }
                if let c = f.close { for k in c.position..<c.end { isMark[k] = true } }
                let span = contentSpan(text, f.start, f.end)
                guard !span.isEmpty else { continue }
                var segment = QuotedSegment(
                    span: span,
                    openingMark: f.open.map { TextSpan(start: $0.position, end: $0.end) },
                    closingMark: f.close.map { TextSpan(start: $0.position, end: $0.end) },
                    paragraph: p, role: .quotation, wordCount: Self.wordCount(text, span))
                segment.continuesPrevious = index == 0 && previousEndedOpen && f.open?.position == paragraph.start
                segments.append(segment)
            }
            previousEndedOpen = endedOpen
        }
        return (segments, isMark, diagnostics)
    }

    /// The quoted words: white space and a trailing comma trimmed.
    private func contentSpan(_ text: ScalarText, _ start: Int, _ end: Int) -> TextSpan {
        var span = text.trimmed(start, end)
        if span.end > span.start, text[span.end - 1] == "," { span = text.trimmed(span.start, span.end - 1) }
        return span
    }

    static func wordCount(_ text: ScalarText, _ span: TextSpan) -> Int {
        var count = 0
        var inWord = false
        for i in span.start..<span.end {
            let c = text[i]
            let isWordScalar = c.isAlphanumeric || (inWord && (c == "’" || c == "'" || c == "-"))
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }
}

/// A note about the input that did not stop extraction (an unbalanced quotation mark, say).
public struct Diagnostic: Sendable, Hashable {
    /// Scalar offset in the document.
    public var offset: Int
    public var message: String
}
