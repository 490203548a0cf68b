import QuoteGraphModel

/// Looks up names of countries (with demonyms and seats of government), threat groups and
/// well-known organisations, built once from the bundled lexicons.
struct Gazetteer: Sendable {
    enum Role: Sendable, Equatable { case name, demonym, seat }
    struct Entry: Sendable {
        var kind: EntityKind
        var canonical: String
        var role: Role
        /// For a threat group, the country it is attributed to; for a state body, its country.
        var country: String?
    }

    /// Keyed by the words of a name, lower-cased and space-joined; all-capital aliases
    /// ("US", "UK") are keyed as written so that "us" never matches.
    private var entries: [String: Entry] = [:]
    /// For each first word (keyed as names are), the most words a name starting with it has.
    private var longestByFirstWord: [String: Int] = [:]

    init(_ lexicon: Lexicon) {
        for c in lexicon.countries {
            add(c.name, Entry(kind: .country, canonical: c.name, role: .name))
            for a in c.aliases { add(a, Entry(kind: .country, canonical: c.name, role: .name)) }
            for d in c.demonyms { add(d, Entry(kind: .country, canonical: c.name, role: .demonym)) }
            for s in c.seats { add(s, Entry(kind: .country, canonical: c.name, role: .seat)) }
        }
        for (kind, parties) in [(EntityKind.group, lexicon.threatGroups), (.organisation, lexicon.organisations)] {
            for p in parties {
                for name in [p.name] + p.aliases { add(name, Entry(kind: kind, canonical: p.name, role: .name, country: p.country)) }
            }
        }
    }

    private mutating func add(_ name: String, _ entry: Entry) {
        var words = Gazetteer.words(name)
        if words.first == "the" || words.first == "The" { words.removeFirst() }
        guard !words.isEmpty else { return }
        let key = Gazetteer.key(words)
        if entries[key] == nil { entries[key] = entry }
        let first = Gazetteer.key([words[0]])
        longestByFirstWord[first] = max(longestByFirstWord[first] ?? 0, words.count)
    }

    /// The words of a name as the tokenizer splits them: a possessive "'s" is a word of its
    /// own ("People's Republic of China").
    static func words(_ name: String) -> [String] {
        name.split(separator: " ").flatMap { word -> [String] in
            guard word.count > 2, word.hasSuffix("'s") || word.hasSuffix("’s") else { return [String(word)] }
            return [String(word.dropLast(2)), "'s"]
        }
    }

    /// Short acronyms ("US", "UK", "DPRK") keep their case, so that "us" never matches;
    /// other words, capitalised datelines ("WASHINGTON") included, are lower-cased.
    static func key<S: Sequence>(_ words: S) -> String where S.Element == String {
        words.map { w in isShortAcronym(w) ? w : w.lowercased() }.joined(separator: " ")
    }

    /// Two to four letters, all capitals.
    static func isShortAcronym<S: StringProtocol>(_ word: S) -> Bool {
        var letters = 0
        for scalar in word.unicodeScalars where scalar.isLetter {
            guard scalar.isUppercaseLetter else { return false }
            letters += 1
        }
        return (2...4).contains(letters)
    }

    func lookup(_ words: [String]) -> Entry? { entries[Gazetteer.key(words)] }

    /// `lookup` of the tokens' words, keyed from each token's text and lower-cased form
    /// instead of lower-casing again.
    func lookup(_ tokens: ArraySlice<Token>) -> Entry? {
        var key = ""
        for k in tokens.indices {
            if k != tokens.startIndex { key.append(" ") }
            key.append(tokens[k].kind == .possessive ? "'s" : Gazetteer.isShortAcronym(tokens[k].text) ? tokens[k].text : tokens[k].lower)
        }
        return entries[key]
    }

    /// The most words a name starting with the word of token `i` has, or nil when no name
    /// starts with it. The token is read in place: a copy would retain its strings, for every
    /// capitalised word of a text.
    func longestName(startingAt i: Int, in tokens: [Token]) -> Int? {
        // `key` of the one word: a short acronym as written (a short acronym is an acronym),
        // else the lower-cased word, which the token's classes tell is a first word or not.
        if tokens[i].isAcronym && Gazetteer.isShortAcronym(tokens[i].text) { return longestByFirstWord[tokens[i].text] }
        return tokens[i].classes.contains(.gazetteerNameStart) ? longestByFirstWord[tokens[i].lower] : nil
    }

    /// The first words of the names, keyed as names are.
    var firstWords: Set<String> { Set(longestByFirstWord.keys) }
}
