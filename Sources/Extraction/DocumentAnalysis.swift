import QuoteGraphModel

/// The working state of one document as it moves through the stages: text, paragraphs,
/// tokens, sentences, quoted segments, mentions and the parties found so far.
struct DocumentAnalysis {
    let id: String
    let text: ScalarText
    let paragraphs: [TextSpan]
    var tokens: [Token]
    let sentences: [Range<Int>]
    /// For each token, the index of its sentence.
    let sentenceOf: [Int]
    var segments: [QuotedSegment]
    /// Token range of each segment's content.
    var segmentTokens: [Range<Int>]
    var registry: EntityRegistry
    /// Mentions sorted by position once scanning is over.
    var mentions: [Mention] = []
    var diagnostics: [Diagnostic]
    var pendingGroupReferences: [Int] = []
    var pendingAppositives: [(range: Range<Int>, person: Int)] = []

    init(id: String, text: String, aliases: AliasTable = AliasTable(), wordClasses: WordClassTable) {
        self.id = id
        registry = EntityRegistry(aliases: aliases)
        self.text = ScalarText(text)
        paragraphs = Paragraphs.split(self.text)
        let found = QuoteFinder().find(in: self.text, paragraphs: paragraphs)
        segments = found.segments
        diagnostics = found.diagnostics
        tokens = Tokenizer.tokenize(self.text, paragraphs: paragraphs, isQuoteMark: found.isMark, wordClasses: wordClasses)
        segmentTokens = Self.assignQuotes(&tokens, segments)
        sentences = Sentences.split(tokens, self.text)
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        for (s, range) in sentences.enumerated() { for t in range { sentenceOf[t] = s } }
        self.sentenceOf = sentenceOf
    }

    /// Marks each token with the segment it lies in (marks included) and returns each
    /// segment's content token range.
    private static func assignQuotes(_ tokens: inout [Token], _ segments: [QuotedSegment]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var t = 0
        for (q, segment) in segments.enumerated() {
            let outer = TextSpan(start: segment.openingMark?.start ?? segment.span.start,
                                 end: segment.closingMark?.end ?? segment.span.end)
            while t < tokens.count && tokens[t].span.end <= outer.start { t += 1 }
            var first = -1, last = -1
            var k = t
            while k < tokens.count && tokens[k].span.start < outer.end {
                tokens[k].quote = q
                if segment.span.contains(tokens[k].span) { if first < 0 { first = k }; last = k }
                k += 1
            }
            ranges.append(first < 0 ? t..<t : first..<(last + 1))
        }
        return ranges
    }

    /// A segment's tokens with its quotation marks, or nil when it holds no token.
    func markedTokens(of q: Int) -> Range<Int>? {
        let content = segmentTokens[q]
        guard !content.isEmpty else { return nil }
        var s = content.lowerBound, e = content.upperBound
        while s > 0, tokens[s - 1].quote == q { s -= 1 }
        while e < tokens.count, tokens[e].quote == q { e += 1 }
        return s..<e
    }

    /// The quotation (a segment that is somebody's words, not a quoted name) holding a token.
    func quotation(of token: Int) -> Int? {
        guard let q = tokens[token].quote, segments[q].role == .quotation else { return nil }
        return q
    }

    /// Adds a mention, keeping `mentions` sorted by first token (scanning runs left to right,
    /// so this is an append but for the few added out of order).
    mutating func addMention(tokens range: Range<Int>, entity: Int, role: Mention.Role) {
        let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        let mention = Mention(tokens: range, span: span, entity: entity, role: role)
        if let last = mentions.last, last.tokens.lowerBound > range.lowerBound {
            mentions.insert(mention, at: firstMention(atOrAfter: range.lowerBound))
        } else {
            mentions.append(mention)
        }
        registry.mention(entity)
    }

    /// The index of the first mention starting at or after `token` (binary search).
    func firstMention(atOrAfter token: Int) -> Int {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].tokens.lowerBound < token { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The longest a mention can be, in tokens: how far back `mention(endingAt:)` looks.
    static let longestMention = 24

    func mention(endingAt end: Int) -> Int? {
        let from = firstMention(atOrAfter: end - Self.longestMention)
        return (from..<firstMention(atOrAfter: end)).last { mentions[$0].tokens.upperBound == end }
    }

    /// Whether token `i` lies inside a mention that starts before it ("and" in "Customs and
    /// Border Protection").
    func isInsideMention(_ i: Int) -> Bool {
        mentions(in: max(0, i - Self.longestMention)..<i).contains { $0.tokens.contains(i) }
    }

    func mention(startingAt start: Int) -> Int? {
        let i = firstMention(atOrAfter: start)
        return i < mentions.count && mentions[i].tokens.lowerBound == start ? i : nil
    }

    /// Mentions whose first token lies inside a range, in text order.
    func mentions(in range: Range<Int>) -> ArraySlice<Mention> {
        mentions[firstMention(atOrAfter: range.lowerBound)..<firstMention(atOrAfter: range.upperBound)]
    }

    /// The mentions that start before `token`, nearest first, looking back at most `window`
    /// tokens: where antecedents and earlier parties are searched.
    func mentions(before token: Int, window: Int = 3000) -> ReversedCollection<ArraySlice<Mention>> {
        mentions[firstMention(atOrAfter: token - window)..<firstMention(atOrAfter: token)].reversed()
    }

    /// The party of a kind named last among `mentions` (nearest first) within `window`
    /// sentences before token `i`: what "the company", "the group" or "The group is also known
    /// as …" refers to.
    func latest<Mentions: Sequence<Mention>>(_ kind: EntityKind, among mentions: Mentions, before i: Int, withinSentences window: Int) -> Int? {
        guard i > 0 else { return nil }
        let sentence = sentenceOf[min(i, tokens.count - 1)]
        return mentions.first { registry.resolved($0.entity).kind == kind && sentence - sentenceOf[$0.tokens.lowerBound] <= window }
            .map { registry.root($0.entity) }
    }

    /// Whether token `i` is a punctuation mark among `marks`. A punctuation token is one
    /// scalar, so its scalar is compared: comparing its string with a non-ASCII one ("—",
    /// "…") normalises both, which costs several times more.
    func isPunctuation(_ i: Int, among marks: String) -> Bool {
        tokens[i].kind == .punctuation && marks.unicodeScalars.contains(text[tokens[i].span.start])
    }

    /// The text of a token range.
    func string(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text.string(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
    }
}
