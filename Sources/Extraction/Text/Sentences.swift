/// Splits a paragraph's tokens into sentences. A sentence ends at `.`, `!` or `?` (and any
/// closing quotation marks after it) when a capitalised word, an opening mark or the
/// paragraph's end follows; titles such as "Mr." and initials never end one, and neither
/// does a stop inside a quotation.
enum Sentences {
    static let titleAbbreviations: Set<String> = ["mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.",
                                                  "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "st.", "rev.", "fr.",
                                                  "sens.", "reps.", "del.", "amb.", "atty.", "supt.", "cmdr.", "smt.", "shri.", "sri."]

    /// Months as news style abbreviates them: before a day's number no sentence ends.
    static let monthAbbreviations: Set<String> = ["jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."]

    /// Token ranges of the sentences, in order, covering every token, from the tokens of `text`.
    static func split(_ tokens: [Token], _ text: ScalarText) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            // The token's fields are read in place: copying the token costs a retain and a
            // release of each of its strings.
            let paragraph = tokens[i].paragraph, quote = tokens[i].quote
            let lastInParagraph = i + 1 == tokens.count || tokens[i + 1].paragraph != paragraph
            var ends = lastInParagraph
            var boundary = i + 1
            // Inside a quotation only its last words can end a sentence: the quotation and its
            // attribution stay together.
            let insideQuote = quote != nil && !(i + 1 < tokens.count && tokens[i + 1].kind == .quoteMark && tokens[i + 1].quote == quote)
            if !ends && !insideQuote && endsSentence(tokens, i, text) {
                var j = i + 1
                while j < tokens.count, tokens[j].paragraph == paragraph, tokens[j].kind == .quoteMark,
                      tokens[j].quote != nil, isClosing(tokens, j) { j += 1 }
                if j >= tokens.count || tokens[j].paragraph != paragraph {
                    ends = true; boundary = j
                } else if tokens[j].isCapitalized || tokens[j].kind == .quoteMark
                            || tokens[j].kind == .number && !monthAbbreviations.contains(tokens[i].lower) {  // "his Dec. 13 hearing"
                    ends = true; boundary = j
                }
            }
            if ends {
                out.append(start..<boundary)
                start = boundary
                i = boundary
            } else {
                i += 1
            }
        }
        if start < tokens.count { out.append(start..<tokens.count) }
        return out
    }

    /// Always inlined: `split` asks it for nearly every token, and the call cost about as much
    /// as its test (`split` took a third fewer instructions inlined).
    @inline(__always)
    private static func endsSentence(_ tokens: [Token], _ i: Int, _ text: ScalarText) -> Bool {
        switch tokens[i].kind {
        case .punctuation:
            // A punctuation token is one scalar, so its scalar decides without comparing strings.
            let c = text[tokens[i].span.start]
            return c == "." || c == "!" || c == "?" || c == "…"
        case .word:
            let t = tokens[i]
            // "U.S." at a sentence end; single initials ("A."), titles and "No." ("No. 2") never end one.
            // A word ends in a period only if its last scalar is one; checking that first spares
            // most words the comparison of Characters.
            return text[t.span.end - 1] == "." && t.text.hasSuffix(".") && t.text.count > 2 && !titleAbbreviations.contains(t.lower) && t.lower != "no."
                && !(isDotted(t, text) && i + 1 < tokens.count && startsName(tokens[i + 1]))
        default: return false
        }
    }

    /// A dotted abbreviation ("U.S.", "D.C."): a period inside it as well as at its end.
    private static func isDotted(_ t: Token, _ text: ScalarText) -> Bool {
        (t.span.start..<(t.span.end - 1)).contains { text[$0] == "." }
    }

    /// A capitalised word that is no sentence opener ("U.S. Army", "U.S. President Joe
    /// Biden"): after a dotted abbreviation it goes on the name, while "The", "He" or "In"
    /// open a new sentence.
    private static func startsName(_ t: Token) -> Bool {
        t.kind == .word && t.isCapitalized && !t.classes.contains(.functionWord)
    }

    /// A quote mark token that closes the quotation it belongs to (its quote's last token).
    private static func isClosing(_ tokens: [Token], _ j: Int) -> Bool {
        j > 0 && tokens[j - 1].quote == tokens[j].quote
    }
}
