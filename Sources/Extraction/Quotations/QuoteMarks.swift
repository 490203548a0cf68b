/// What a quotation mark can do at one place in the text.
struct QuoteMark: Sendable, Equatable {
    enum Role: Sendable, Equatable { case opening, closing, either }
    enum Family: Sendable, Equatable { case double, single }

    /// Scalar offset of the mark's first scalar.
    var position: Int
    /// Scalars the mark takes: 2 for doubled marks such as ‘‘ or ''.
    var length: Int
    var role: Role
    var family: Family
    /// The mark that closes this one when it opens („ closes with “, « with »).
    var scalar: Unicode.Scalar

    var end: Int { position + length }
}

/// Finds the quotation marks of a paragraph and what each can do, from the mark and its
/// neighbours: curly, straight, doubled single (‘‘ ’’ and '' as some papers print them),
/// backtick pairs, guillemets and low-high marks, and single marks, curly or straight. A
/// single ’ or ' between letters is an apostrophe; after a letter before a space it may close
/// a single quotation, which pairs only where no double marks quote.
enum QuoteMarkScanner {
    static func scan(_ text: ScalarText, _ start: Int, _ end: Int) -> [QuoteMark] {
        var marks: [QuoteMark] = []
        var i = start
        func at(_ k: Int) -> Unicode.Scalar? { k >= start && k < end ? text[k] : nil }
        while i < end {
            // Most scalars are no mark and need no look at their neighbours: one search over
            // the slice skips them without a bounds check for each.
            guard let mark = text.scalars[i..<end].firstIndex(where: isMarkScalar) else { break }
            i = mark
            let c = text[i]
            let next = at(i + 1)
            let prev = at(i - 1)
            switch c {
            case "“" where prev.map({ $0.isAlphanumeric || ".,!?…".unicodeScalars.contains($0) }) ?? false
                        && next.map({ $0.isSpace || $0.isNewline }) ?? true:
                // `problems for her here,“ said X`: misprinted for ”, it closes (as after „).
                marks.append(QuoteMark(position: i, length: 1, role: .closing, family: .double, scalar: c))
            case "“", "„", "«":
                marks.append(QuoteMark(position: i, length: 1, role: .opening, family: .double, scalar: c))
            case "”", "»":
                marks.append(QuoteMark(position: i, length: 1, role: .closing, family: .double, scalar: c))
            case "\"":
                marks.append(QuoteMark(position: i, length: 1, role: .either, family: .double, scalar: c))
            case "‘" where next == "‘":
                marks.append(QuoteMark(position: i, length: 2, role: .opening, family: .double, scalar: c))
                i += 1
            case "’" where next == "’":
                marks.append(QuoteMark(position: i, length: 2, role: .closing, family: .double, scalar: c))
                i += 1
            case "`" where next == "`":
                marks.append(QuoteMark(position: i, length: 2, role: .opening, family: .double, scalar: c))
                i += 1
            case "'" where next == "'":
                marks.append(QuoteMark(position: i, length: 2, role: .either, family: .double, scalar: c))
                i += 1
            case "‘":
                // Opens a single quotation when a word follows and no letter precedes.
                if let n = next, n.isAlphanumeric || n == "…" || n == "[", !(prev?.isLetter ?? false) {
                    marks.append(QuoteMark(position: i, length: 1, role: .opening, family: .single, scalar: c))
                }
            case "'" where next.map({ $0.isLetter || $0 == "…" || $0 == "[" }) ?? false && !(prev?.isAlphanumeric ?? false):
                // A straight single mark before a word, after no letter, opens (British style:
                // 'We will act,' she said); before a digit it clips a year ('90s).
                marks.append(QuoteMark(position: i, length: 1, role: .opening, family: .single, scalar: c))
            case "’", "'":
                // An apostrophe inside a word ("don’t") or opening a clipped word ("’90s") is no mark.
                let afterWord = prev.map { $0.isAlphanumeric || ".,!?;:…)]".unicodeScalars.contains($0) } ?? false
                let beforeWord = next?.isAlphanumeric ?? false
                if afterWord && !beforeWord {
                    marks.append(QuoteMark(position: i, length: 1, role: .closing, family: .single, scalar: c))
                }
            default:
                break
            }
            i += 1
        }
        return marks
    }

    /// The scalars `scan` looks at: every quotation mark and apostrophe.
    private static func isMarkScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x22 || v == 0x27 || v == 0x60 }  // " ' `
        // « » ‘ ’ “ ” „
        return v == 0xAB || v == 0xBB || v == 0x2018 || v == 0x2019 || v == 0x201C || v == 0x201D || v == 0x201E
    }

    /// Whether a straight mark inside an open quotation opens another instead of closing it:
    /// after a sentence's end and a space, before a word (`"There's an edge. "After all …`).
    static func reopens(_ text: ScalarText, _ mark: QuoteMark, paragraphStart: Int, paragraphEnd: Int) -> Bool {
        guard mark.position - 2 >= paragraphStart, mark.end < paragraphEnd, text[mark.end].isAlphanumeric,
              text[mark.position - 1].isSpace else { return false }
        var k = mark.position - 1
        while k > paragraphStart, text[k].isSpace { k -= 1 }
        return ".?!…".unicodeScalars.contains(text[k])
    }

    /// Whether a straight mark at `position` has the shape of an opening mark: at the start,
    /// or after a space or opening bracket, and before a non-space.
    static func looksOpening(_ text: ScalarText, _ mark: QuoteMark, paragraphStart: Int, paragraphEnd: Int) -> Bool {
        let prev: Unicode.Scalar? = mark.position > paragraphStart ? text[mark.position - 1] : nil
        let next: Unicode.Scalar? = mark.end < paragraphEnd ? text[mark.end] : nil
        guard let n = next, !n.isSpace else { return false }
        guard let p = prev else { return true }
        return p.isSpace || "([{—–-/:".unicodeScalars.contains(p) || !p.isAlphanumeric && !".,;!?".unicodeScalars.contains(p)
    }
}
