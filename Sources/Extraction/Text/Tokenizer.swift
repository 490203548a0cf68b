import QuoteGraphModel

/// Splits paragraphs into tokens. Words keep inner apostrophes and hyphens ("don’t",
/// "health-care"), abbreviations keep their periods ("U.S.", "A.", "Mr."), and a possessive
/// "’s" becomes a token of its own.
enum Tokenizer {
    /// Words that end in a period which is part of the word.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "del", "amb", "atty", "supt", "gov", "gen", "lt", "col", "maj", "capt",
        "sgt", "adm", "cmdr", "st", "jr", "sr", "rev", "fr", "inc", "corp", "co", "ltd", "no",
        "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "mt", "ft", "u.s", "u.k", "u.n", "d.c", "e.u", "a.m", "p.m", "smt", "shri", "sri",
    ]

    private static let longestAbbreviation = abbreviations.map { $0.unicodeScalars.count }.max() ?? 0

    /// `isQuoteMark[i]` tells whether scalar `i` belongs to a quotation mark; `wordClasses`
    /// gives each token its classes.
    static func tokenize(_ text: ScalarText, paragraphs: [TextSpan], isQuoteMark: [Bool], wordClasses: WordClassTable) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 4)  // news text has about one token to five scalars; regrowing copies them all
        // Through buffer pointers: every scalar is read here, and the arrays' bounds checks
        // were a good part of the cost.
        text.scalars.withUnsafeBufferPointer { text in
            isQuoteMark.withUnsafeBufferPointer { isQuoteMark in
                for (p, paragraph) in paragraphs.enumerated() {
                    var i = paragraph.start
                    let end = paragraph.end
                    while i < end {
                        let c = text[i]
                        if c.isSpace || c.isNewline { i += 1; continue }
                        let start = i
                        var kind = Token.Kind.punctuation
                        if isQuoteMark[i] {
                            kind = .quoteMark
                            i += 1
                        } else if isApostrophe(c), i + 2 <= end, text[i + 1] == "s" || text[i + 1] == "S",
                                  i + 2 == end || !text[i + 2].isAlphanumeric, i > paragraph.start, text[i - 1].isAlphanumeric {
                            kind = .possessive
                            i += 2
                        } else if c.isAlphanumeric {
                            kind = c.isDigit ? .number : .word
                            i = wordEnd(text, from: i, limit: end, isQuoteMark: isQuoteMark)
                            if i + 1 < end, text[i] == "." || text[i] == "&", text[i - 1].isAlphanumeric {
                                i = extendedWordEnd(text, i, limit: end, isQuoteMark: isQuoteMark)
                            }
                            if i < end, text[i] == ".", kind == .word, keepsPeriod(text, start, i) { i += 1 }
                        } else {
                            i += 1
                        }
                        let t = texts(text, start, i, wordClasses)
                        tokens.append(Token(span: TextSpan(start: start, end: i), kind: kind, text: t.text, lower: t.lower, paragraph: p,
                                            quote: nil, classes: t.classes, isCapitalized: t.isCapitalized, isAcronym: t.isAcronym))
                    }
                }
            }
        }
        return tokens
    }

    private typealias Scalars = UnsafeBufferPointer<Unicode.Scalar>

    /// A token's text, its lower-cased form, that form's word classes, and its shape. ASCII
    /// tokens, the common case, are worked out from their bytes.
    ///
    /// Always inlined into `tokenize`, its one caller: returning the tuple of two strings from a
    /// call, once per token, cost more than making them (tokenizing took 9% fewer instructions).
    @inline(__always)
    private static func texts(_ text: Scalars, _ start: Int, _ end: Int, _ wordClasses: WordClassTable)
        -> (text: String, lower: String, classes: WordClasses, isCapitalized: Bool, isAcronym: Bool) {
        let n = end - start
        if n == 1, case let value = text[start].value, value < 0x80 {
            // One ASCII character, most often punctuation: its strings and classes are ready.
            let byte = Int(value)
            let isCapital = byte >= 0x41 && byte <= 0x5A
            return (oneByteStrings[byte], oneByteStrings[isCapital ? byte + 0x20 : byte], wordClasses.oneByteClasses[isCapital ? byte + 0x20 : byte], isCapital, false)
        }
        if n == 1, text[start].isGeneralPunctuation {
            // A curly quotation mark or a dash: it has no case, so its string is its lower-cased
            // form too, and both are ready, as are its classes.
            let k = Int(text[start].value) - 0x2010
            return (generalPunctuationStrings[k], generalPunctuationStrings[k], wordClasses.generalPunctuationClasses[k], false, false)
        }
        // One pass writes the bytes as written to the first half of the buffer and lower-cased
        // to the second.
        let ascii = n <= 64 ? withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * n) {
            buffer -> (String, String, WordClasses, Bool, Bool)? in
            var capitals = 0, lowerCaseLetters = 0, spaces = 0
            for k in 0..<n {
                let value = text[start + k].value
                guard value < 0x80 else { return nil }
                let byte = UInt8(truncatingIfNeeded: value)
                buffer[k] = byte
                if byte >= 0x41 && byte <= 0x5A {
                    capitals += 1
                    buffer[n + k] = byte + 0x20
                } else {
                    if byte >= 0x61 && byte <= 0x7A { lowerCaseLetters += 1 } else if byte == 0x20 { spaces += 1 }
                    buffer[n + k] = byte
                }
            }
            let isCapitalized = buffer[0] >= 0x41 && buffer[0] <= 0x5A
            let isAcronym = lowerCaseLetters == 0 && capitals >= 2 && spaces == 0
            let lowered = UnsafeBufferPointer(rebasing: buffer[n...])
            let (classes, listed) = wordClasses.classes(ofASCII: lowered)
            let s: String, lower: String
            if let listed {
                lower = listed
                s = capitals > 0 ? String(asciiBytes: UnsafeBufferPointer(rebasing: buffer[..<n])) : listed
            } else {
                s = String(asciiBytes: UnsafeBufferPointer(rebasing: buffer[..<n]))
                lower = capitals > 0 ? String(asciiBytes: lowered) : s
            }
            return (s, lower, classes, isCapitalized, isAcronym)
        } : nil
        if let ascii { return ascii }
        let s = ScalarText.string(text, start, end)
        let lower = s.lowercased()
        return (s, lower, wordClasses[lower], s.unicodeScalars.first?.isUppercaseLetter ?? false, EntityRegistry.Entry.isAcronym(s))
    }

    /// Every ASCII character as a string: one-character tokens (punctuation, mostly) take
    /// theirs from here instead of building it.
    private static let oneByteStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// Every general punctuation mark (U+2010 to U+2027) as a string, by its offset from U+2010.
    static let generalPunctuationStrings: [String] = (0x2010...0x2027).map { String(Unicode.Scalar($0)!) }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" }

    /// The end of a word starting at `i`: letters and digits, joined by an apostrophe,
    /// hyphen, period between letters ("U.S", "D-N.Y"), or a comma/period between digits.
    private static func wordEnd(_ text: Scalars, from start: Int, limit: Int, isQuoteMark: UnsafeBufferPointer<Bool>) -> Int {
        var i = start
        while i < limit {
            let c = text[i]
            if c.isAlphanumeric { i += 1; continue }
            guard i + 1 < limit, text[i + 1].isAlphanumeric, i > start, !isQuoteMark[i] else { break }
            let next = text[i + 1]
            if isApostrophe(c) && !(next == "s" || next == "S") || c == "-" || c == "‐" {
                i += 1
            } else if isApostrophe(c) {
                // "’s" followed by more letters is part of the word ("it’sx" is rare); "’s" alone is possessive.
                if i + 2 < limit, text[i + 2].isAlphanumeric { i += 1 } else { break }
            } else if c == "." && text[i - 1].isLetter && next.isLetter && (i - start == 1 || text[i - 2] == "." || text[i - 2] == "-") {
                i += 1
            } else if (c == "," || c == ".") && text[i - 1].isDigit && next.isDigit {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    /// Where a word that `wordEnd` ends at a period or an ampersand (`end`) really ends: an
    /// ampersand between capitals joins ("AT&T", "B&B"), and a web address is one word
    /// ("Amazon.com", "Halo.Bungie.Org"). Rare, so kept out of `wordEnd`'s loop.
    @inline(never)
    private static func extendedWordEnd(_ text: Scalars, _ end: Int, limit: Int, isQuoteMark: UnsafeBufferPointer<Bool>) -> Int {
        var i = end
        while i + 1 < limit, !isQuoteMark[i] {
            let c = text[i], next = text[i + 1]
            if c == "&", text[i - 1].isUppercaseLetter, next.isUppercaseLetter {
                i = wordEnd(text, from: i + 1, limit: limit, isQuoteMark: isQuoteMark)
            } else if c == ".", text[i - 1].isAlphanumeric, next.isLetter, let domain = domainEnd(text, from: i, limit: limit) {
                return domain
            } else {
                break
            }
        }
        return i
    }

    /// The end of a web address whose first period is at `period`: dotted letters, digits and
    /// hyphens with no space, ending in a common top-level domain ("com", "org", "co.uk").
    private static func domainEnd(_ text: Scalars, from period: Int, limit: Int) -> Int? {
        var i = period, lastStart = period + 1
        while i < limit, text[i] == "." || text[i] == "-" || text[i].isAlphanumeric {
            if text[i] == "." {
                guard i + 1 < limit, text[i + 1].isAlphanumeric else { break }
                lastStart = i + 1
            }
            i += 1
        }
        guard i - lastStart >= 2, i - lastStart <= 4 else { return nil }
        return isTopLevelDomain(text, lastStart, i) ? i : nil
    }

    /// Whether a word is a web address ("Amazon.com"), the name of the organisation behind it.
    static func isWebAddress(_ word: String) -> Bool {
        // Most words have no period: one look at the bytes settles them (over the contiguous
        // bytes: stepping through `utf8` costs several times more).
        let period = UInt8(ascii: ".")
        guard word.utf8.withContiguousStorageIfAvailable({ $0.contains(period) }) ?? word.utf8.contains(period), let dot = word.lastIndex(of: ".") else { return false }
        return topLevelDomains.contains(word[word.index(after: dot)...].lowercased())
    }

    /// Whether the scalars `start..<end` spell a common top-level domain, in any case.
    private static func isTopLevelDomain(_ text: Scalars, _ start: Int, _ end: Int) -> Bool {
        topLevelDomains.contains(String(String.UnicodeScalarView(text[start..<end])).lowercased())
    }

    private static let topLevelDomains: Set<String> = ["com", "org", "net", "gov", "edu", "uk", "io", "info", "biz", "tv", "fm", "int", "eu"]

    /// Whether a period after the word ending at `end` belongs to it: single capitals
    /// ("A."), dotted abbreviations ("U.S."), and known abbreviations ("Mr.").
    private static func keepsPeriod(_ text: Scalars, _ start: Int, _ end: Int) -> Bool {
        if end - start == 1 { return text[start].isUppercaseLetter }
        // "… on Breitbart.com.": a web address ends before the sentence's stop.
        if let dot = (start..<end).last(where: { text[$0] == "." }), end - dot > 2,
           isTopLevelDomain(text, dot + 1, end) { return false }
        // A word longer than every listed abbreviation keeps its period only when dotted
        // ("U.S.A."), which needs no string to tell.
        if end - start > longestAbbreviation { return (start..<end).contains { text[$0] == "." } }
        let word = ScalarText.string(text, start, end).lowercased()
        return abbreviations.contains(word) || word.asciiContains(UInt8(ascii: ".")) ?? word.contains(".")
    }
}
