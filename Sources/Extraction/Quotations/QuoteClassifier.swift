/// Decides whether a quoted segment is somebody's words, a name, or scare quotes.
/// A name follows "known as", "dubbed", "called" (or continues such a list); a short
/// title-cased phrase without sentence punctuation (or with only a period, which American
/// style puts inside the marks) is a title; one or two words are
/// scare quotes, unless a speech verb follows them or they make a sentence of their own;
/// three words count as a quotation only when they start or end like a sentence (the stop
/// inside the marks, or right after them in British style).
enum QuoteClassifier {
    static let nameCues: Set<String> = ["as", "dubbed", "dubs", "nicknamed", "called", "calls", "named", "names", "codenamed",
                                        "titled", "entitled", "aka", "so-called"]

    /// Words a title in title case leaves in lower case.
    static let titleMinorWords: Set<String> = ["a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to",
                                               "for", "with", "from", "by", "as", "into", "over"]

    static func classify(_ doc: inout DocumentAnalysis) {
        for q in doc.segments.indices {
            doc.segments[q].role = role(of: q, doc)
        }
    }

    /// A short segment closed by its own punctuation and followed at once by a speech verb
    /// (`"No," said X`, `"Why?" she asked`): a quotation, however short.
    private static func isAttributedRightAfter(_ q: Int, _ doc: DocumentAnalysis) -> Bool {
        let range = doc.segmentTokens[q]
        var k = range.upperBound
        while k < doc.tokens.count, doc.tokens[k].quote == q { k += 1 }
        // The last token before the closing mark(s): the quotation's own punctuation.
        var last = k - 1
        while last > range.lowerBound, doc.tokens[last].kind == .quoteMark { last -= 1 }
        guard !range.isEmpty, [",", "?", "!"].contains(doc.tokens[last].text) else { return false }
        let limit = min(doc.tokens.count, k + 5)
        while k < limit, doc.tokens[k].paragraph == doc.tokens[last].paragraph {
            let t = doc.tokens[k]
            if t.kind == .word && !t.isCapitalized && t.classes.contains(.invertingVerb) { return true }
            if t.kind == .punctuation || t.kind == .quoteMark { return false }
            k += 1
        }
        return false
    }

    /// `Priebus said, “Probably.”`, `he yelled “You lie!”`: a verb of saying right before the
    /// opening mark introduces words, however few; without a comma or colon between, only
    /// capitalised ones (`pledged “cooperation”` is a scare quote) and not after "told" (`told
    /// “Fox and Friends”` names the show).
    private static func isIntroducedBySpeechVerb(_ q: Int, _ doc: DocumentAnalysis) -> Bool {
        guard let marked = doc.markedTokens(of: q), let first = doc.segmentTokens[q].first else { return false }
        var k = marked.lowerBound - 1
        let punctuated = k >= 0 && [",", ":"].contains(doc.tokens[k].text)
        if punctuated { k -= 1 }
        guard k >= 0, case let verb = doc.tokens[k], verb.kind == .word, verb.quote == nil, !verb.isCapitalized,
              verb.classes.contains(.speechVerb), !nameCues.contains(verb.lower) else { return false }
        return punctuated || doc.tokens[first].isCapitalized && !SpeakerPhrase.addressees.contains(verb.lower)
    }

    /// `“Okay, great!”` after another sentence: a capitalised segment that opens its sentence
    /// and ends it inside the marks is somebody's words, however short.
    private static func isSentenceOfItsOwn(_ q: Int, _ doc: DocumentAnalysis) -> Bool {
        let range = doc.segmentTokens[q]
        guard let marked = doc.markedTokens(of: q), let first = range.first, let last = range.last,
              doc.tokens[first].isCapitalized, [".", "!", "?"].contains(doc.tokens[last].text) else { return false }
        let before = marked.lowerBound - 1
        return before < 0 || doc.tokens[before].paragraph != doc.segments[q].paragraph
            || [".", "!", "?", ":"].contains(doc.tokens[before].text) || doc.tokens[before].kind == .quoteMark
    }

    /// Whether the segment and its marks are all its paragraph holds.
    private static func isWholeParagraph(_ q: Int, _ doc: DocumentAnalysis) -> Bool {
        guard let marked = doc.markedTokens(of: q) else { return false }
        let paragraph = doc.segments[q].paragraph
        let s = marked.lowerBound, e = marked.upperBound
        return (s == 0 || doc.tokens[s - 1].paragraph != paragraph) && (e == doc.tokens.count || doc.tokens[e].paragraph != paragraph)
    }

    private static func role(of q: Int, _ doc: DocumentAnalysis) -> QuotedSegment.Role {
        let segment = doc.segments[q]
        let range = doc.segmentTokens[q]
        if segment.continuesPrevious { return .quotation }
        // `<tweet date="March 9, 2016">`: an attribute's value in markup left in the text.
        if let open = segment.openingMark, let marked = doc.markedTokens(of: q), marked.lowerBound > 0,
           doc.tokens[marked.lowerBound - 1].text == "=", doc.tokens[marked.lowerBound - 1].span.end == open.start { return .name }
        let words = segment.wordCount
        // "'A change warrior.'" as a paragraph of its own: a subheading quoting somebody's phrase.
        if words <= 6, let open = segment.openingMark, open.end - open.start == 1, range.lowerBound > 0,
           ["'", "‘"].contains(doc.tokens[range.lowerBound - 1].text), isWholeParagraph(q, doc) { return .name }
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
        if words <= 6, isTitleOfAWork(q, doc) { return .name }
        if words <= 3, isAttributedRightAfter(q, doc) || isSentenceOfItsOwn(q, doc) || isIntroducedBySpeechVerb(q, doc) {
            return .quotation  // "“No,” said Bill Clinton.", "Priebus said, “Probably.”"
        }
        if words <= 2 { return .scare }
        let tokens = doc.tokens[range]
        let wordTokens = tokens.lazy.filter { $0.kind == .word || $0.kind == .number }  // lazy: no array of copied tokens
        let endsLikeSentence = !range.isEmpty && doc.isPunctuation(range.upperBound - 1, among: ".!?…")
        let startsLikeSentence = wordTokens.first?.isCapitalized ?? false
        if words <= 6, !endsLikeSentence, wordTokens.allSatisfy({ $0.isCapitalized || titleMinorWords.contains($0.lower) }) {
            return .name
        }
        // "on “Fox and Friends.”", "“Crippled America: How to Make America Great Again”": a title
        // in title case, perhaps with a subtitle after a colon, and with the sentence's period
        // inside the marks.
        if words <= 12, wordTokens.filter(\.isCapitalized).count >= 2, !tokens.contains(where: { ["?", "!", ",", ";"].contains($0.text) }),
           !tokens.dropLast().contains(where: { $0.text == "." }), tokens.last?.text == "." || words > 6 || tokens.contains(where: { $0.text == ":" }),
           wordTokens.allSatisfy(isTitleWord) {
            return .name
        }
        if words == 3 && !startsLikeSentence && !endsLikeSentence && !endsSentenceOutside(q, doc) { return .scare }
        return .quotation
    }

    /// Words right before a work's title: "on CNN's “State of the Union,”", "the podcast “So,
    /// That Happened.”".
    static let workNouns: Set<String> = ["on", "show", "program", "programme", "podcast", "series", "film", "movie", "book",
                                         "song", "album", "column", "documentary", "sitcom", "novel", "memoir", "play"]

    /// A title-cased phrase after a possessive or a work's noun names a programme, book or
    /// song, even when an attribution follows it (“on Fox News Channel's “Hannity,”
    /// Gingrich said”).
    private static func isTitleOfAWork(_ q: Int, _ doc: DocumentAnalysis) -> Bool {
        guard let marked = doc.markedTokens(of: q), marked.lowerBound > 0 else { return false }
        let before = doc.tokens[marked.lowerBound - 1]
        guard before.kind == .possessive || workNouns.contains(before.lower) else { return false }
        return doc.tokens[doc.segmentTokens[q]].lazy.filter { $0.kind == .word || $0.kind == .number }
            .allSatisfy(isTitleWord)
    }

    /// A word a title in title case may hold: capitalised, a number, or a minor word.
    private static func isTitleWord(_ t: Token) -> Bool {
        t.isCapitalized || t.kind == .number || titleMinorWords.contains(t.lower)
    }

    /// British style puts the sentence's stop after the closing mark (`was "at breaking
    /// point".`), where American style puts it inside: either way the phrase ends the sentence.
    private static func endsSentenceOutside(_ q: Int, _ doc: DocumentAnalysis) -> Bool {
        guard let marked = doc.markedTokens(of: q), marked.upperBound < doc.tokens.count else { return false }
        let next = doc.tokens[marked.upperBound]
        return next.kind == .punctuation && [".", "!", "?"].contains(next.text) && next.paragraph == doc.segments[q].paragraph
    }
}
