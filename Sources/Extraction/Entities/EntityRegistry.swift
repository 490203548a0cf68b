import QuoteGraphModel

/// The parties of one document as they are found: each name the text uses is merged into
/// one entry per real party (surname → full name, acronym → the name it abbreviates,
/// quoted alias → the group it names).
struct EntityRegistry {
    struct Entry {
        var kind: EntityKind
        /// Every surface name, in the order first seen.
        var names: [String] = []
        var title: String?
        var affiliation: Int?
        var mentions = 0
        /// Set when the entry was merged into another: the one that now stands for it.
        var mergedInto: Int?
        /// Why each later name joined the entry.
        var merges: [AliasMerge] = []
        /// A person only a capitalised run suggests: kept out of the graph unless confirmed
        /// (a title, a first name, speech, an appositive) or needed by a quotation or relation.
        var isTentative = false

        /// A person's or organisation's fullest name: the longest that is not an acronym.
        /// A group or country keeps its first (reference) name: "APT29", not "Cozy Bear".
        var canonical: String {
            if kind == .group || kind == .country, let first = names.first { return first }
            let spelled = names.filter { !Self.isAcronym($0) }
            return (spelled.isEmpty ? names : spelled).max { a, b in
                a.count != b.count ? a.count < b.count : a > b
            } ?? "unnamed"
        }

        /// A person's sex as the names tell it: a first name from the census lists ("f" or
        /// "m"), or else the honorific of the title ("Mr.", "Mrs.", "Ms.").
        func sex(firstNames: [String: String]) -> String? {
            for name in names {
                let words = EntityRegistry.words(of: name)
                if words.count > 1, let sex = firstNames[String(words[0])] { return sex }
            }
            return title.flatMap { Self.honorificSex($0) }
        }

        /// The sex an honorific at the start of a title gives: "Mr." male, "Mrs.", "Ms." and
        /// "Miss" female.
        static func honorificSex(_ title: String) -> String? {
            // Every honorific starts with "m", which only "M" or "m" lower-cases to: most titles
            // ("Senator", "chief executive") are settled by their first letter, unlowered.
            guard let initial = title.utf8.first(where: { $0 != UInt8(ascii: " ") }),
                  initial == UInt8(ascii: "m") || initial == UInt8(ascii: "M") else { return nil }
            let first = title.lowercased().split(separator: " ", maxSplits: 1).first ?? ""  // the first word, without splitting the rest
            switch first {
            case "mr", "mr.": return "m"
            case "mrs", "mrs.", "ms", "ms.", "miss": return "f"
            default: return nil
            }
        }

        /// One word of two or more letters, all capitals ("NSA", "U.S.").
        static func isAcronym(_ s: String) -> Bool {
            var letters = 0
            for scalar in s.unicodeScalars {
                if scalar == " " { return false }
                if scalar.isLetter {
                    guard scalar.isUppercaseLetter else { return false }
                    letters += 1
                }
            }
            return letters >= 2
        }
    }

    private(set) var entries: [Entry] = []
    /// Names the user declared to be one party (`--aliases`).
    let aliases: AliasTable
    private var byKey: [String: Int] = [:]
    private var bySurname: [String: [Int]] = [:]
    private var byFirstAndLast: [String: [Int]] = [:]
    private var byInitials: [String: [Int]] = [:]
    private var byAcronym: [String: [Int]] = [:]
    /// Organisations of several words by their last word ("Post" → "Washington Post").
    private var byLastWord: [String: [Int]] = [:]
    /// People of several words by their first word ("Zhao" → "Zhao Lijian").
    private var byFirstWord: [String: [Int]] = [:]

    /// The look-up key of a name: without a leading "the", short acronyms as written, other
    /// words lower-cased, curly apostrophes straightened.
    static func key(_ name: String, _ kind: EntityKind) -> String {
        if let key = asciiKey(name) { return key }
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var first = true
        for word in name.split(separator: " ") {
            if first && (word == "the" || word == "The" || word == "THE") { first = false; continue }
            if !out.isEmpty { out.append(" ") }
            first = false
            let keepCase = Gazetteer.isShortAcronym(word)
            for scalar in word.unicodeScalars {
                if scalar == "’" { out.append("'") }
                else if keepCase || (scalar.isASCII ? !("A"..."Z").contains(scalar) : !scalar.properties.isUppercase) { out.unicodeScalars.append(scalar) }
                else if scalar.isASCII { out.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!) }
                else { out.append(String(scalar).lowercased()) }
            }
        }
        return out
    }

    /// `key` of an ASCII name, the common case, worked out on its bytes; nil for other names.
    private static func asciiKey(_ name: String) -> String? {
        name.mappingASCII { bytes, out in
            var n = 0
            var isFirstWord = true
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x20 { i += 1; continue }
                var end = i
                while end < bytes.count && bytes[end] != 0x20 { end += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[i..<end])
                i = end
                if isFirstWord {
                    isFirstWord = false
                    if isThe(word) { continue }
                }
                if n > 0 { out[n] = 0x20; n += 1 }
                let keepCase = isShortASCIIAcronym(word)
                for byte in word {
                    out[n] = !keepCase && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    n += 1
                }
            }
            return n
        }
    }

    /// "the", "The" or "THE".
    private static func isThe(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count == 3 else { return false }
        if word[0] == UInt8(ascii: "t") { return word[1] == UInt8(ascii: "h") && word[2] == UInt8(ascii: "e") }
        guard word[0] == UInt8(ascii: "T") else { return false }
        return word[1] == UInt8(ascii: "h") && word[2] == UInt8(ascii: "e") || word[1] == UInt8(ascii: "H") && word[2] == UInt8(ascii: "E")
    }

    /// `Gazetteer.isShortAcronym` for an ASCII word.
    private static func isShortASCIIAcronym(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0
        for byte in word {
            if byte >= 0x61 && byte <= 0x7A { return false }
            if byte >= 0x41 && byte <= 0x5A { letters += 1 }
        }
        return (2...4).contains(letters)
    }

    init(aliases: AliasTable = AliasTable()) {
        self.aliases = aliases
        // A news article names some dozens of parties: room for them up front spares the
        // indexes' rehashing as they grow from empty, which had cost more than the look-ups.
        entries.reserveCapacity(64)
        for index in [\Self.bySurname, \.byFirstAndLast, \.byInitials, \.byLastWord, \.byFirstWord] { self[keyPath: index].reserveCapacity(32) }
        byKey.reserveCapacity(64)
    }

    /// The entry for a name of a kind, created when new. Person surnames and acronyms of
    /// organisation names find the entry they belong to; a name in the user's alias table
    /// finds its canonical name's entry.
    mutating func resolve(_ name: String, kind: EntityKind) -> Int {
        if let declared = aliases.lookup(name), declared.canonical != name {
            let i = resolve(declared.canonical, kind: declared.kind ?? kind)
            confirm(i)
            add(alias: name, to: i, reason: declared.reason)
            return i
        }
        let k = Self.key(name, kind)
        if let i = byKey[k] { return root(i) }
        if let i = existing(for: name, kind: kind) {
            if kind != .person { confirm(i) }
            let reason = kind == .person ? "short form of the person's full name"
                : Entry.isAcronym(name) ? "acronym of the name" : "full name of the acronym"
            add(alias: name, to: i, reason: reason)
            return i
        }
        entries.append(Entry(kind: kind, names: [name], isTentative: kind == .person))
        byKey[k] = entries.count - 1
        index(name, of: entries.count - 1)
        return entries.count - 1
    }

    /// An entry that a name refers to without being new: a person's surname or first-and-last
    /// name, or an organisation's acronym (or, the other way round, a full name after its
    /// acronym). Found through indexes kept as names arrive, so a look-up costs O(1).
    func existing(for name: String, kind: EntityKind) -> Int? {
        func unique(_ candidates: [Int]?, _ accept: (Entry) -> Bool) -> Int? {
            guard let candidates else { return nil }
            if candidates.count == 1, let only = candidates.first {  // the common case, without building sets
                let r = root(only)
                return accept(entries[r]) ? r : nil
            }
            let roots = Set(candidates.map(root)).filter { accept(entries[$0]) }
            if roots.count == 1 { return roots.first }
            // "Deport Nikki Haley" in a headline and the person Nikki Haley: a name the text
            // confirms as a person's wins over capitalised runs that only might be one.
            let confirmed = roots.filter { !entries[$0].isTentative }
            return confirmed.count == 1 ? confirmed.first : nil
        }
        if kind == .person {
            // A name of one word (no space) is its own surname key: no need to split it.
            if !name.isEmpty, name.asciiContains(UInt8(ascii: " ")) == false { return unique(bySurname[name]) { $0.kind == .person } }
            let words = Self.words(of: name)
            // "Van der Merwe", "de Blasio": a surname with its particle, after "Mr." or alone.
            let isSurname = words.count == 1 || Self.isParticle(words[0])
            let key = isSurname ? String(Self.surname(words)) : "\(words[0]) \(Self.surname(words))"
            return unique(isSurname ? bySurname[key] : byFirstAndLast[key]) { $0.kind == .person }
        }
        if Entry.isAcronym(name) {
            return unique(byInitials[name.filter(\.isLetter)]) { $0.kind == .organisation || $0.kind == .group || $0.kind == kind }
        }
        if kind == .organisation {
            let ini = Self.initials(name)
            guard ini.count >= 2 else { return nil }
            return unique(byAcronym[ini]) { $0.kind == .organisation && $0.names.count == 1 }
        }
        return nil
    }

    /// Whether a word is a surname's particle ("van", "de"): one of `MentionScanner.connectors`.
    private static func isParticle(_ word: Substring) -> Bool {
        // A connector has at most three scalars, and lower-casing a word never leaves it fewer:
        // a longer word, most of them, is settled without lower-casing and hashing it.
        word.unicodeScalars.count <= 3 && MentionScanner.connectors.contains(word.lowercased())
    }

    /// Indexes a new name of entry `i` for `existing(for:kind:)`.
    private mutating func index(_ name: String, of i: Int) {
        let words = Self.words(of: name)
        switch entries[i].kind {
        case .person where words.count > 1:
            let surname = Self.surname(words)
            bySurname.add(i, for: String(surname))
            byFirstWord.add(i, for: String(words[0]))
            if words.count > 2 { byFirstAndLast.add(i, for: "\(words[0]) \(surname)") }
        case .organisation, .group:
            if Entry.isAcronym(name) { byAcronym.add(i, for: name) }
            if words.count > 1 {
                byInitials.add(i, for: Self.initials(name))
                if entries[i].kind == .organisation { byLastWord.add(i, for: String(words[words.count - 1])) }
            }
        default:
            break
        }
    }

    /// A person's surname: the last word of the name, or the one before a generational
    /// suffix ("Haywood Gilliam Jr." is "Gilliam").
    static func surname(_ words: [Substring]) -> Substring {
        let last = words[words.count - 1]
        return words.count > 2 && generationalSuffixes.contains(last) ? words[words.count - 2] : last
    }

    static let generationalSuffixes: Set<Substring> = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]

    /// The words of a name, split at spaces. ASCII names, the common case, are split on their
    /// bytes, which costs a fraction of splitting by `Character`.
    static func words(of name: String) -> [Substring] {
        var bytes = name
        let words = bytes.withUTF8 { utf8 -> [Substring]? in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words: [Substring] = []
            words.reserveCapacity(4)
            let start = name.utf8.startIndex
            var i = 0
            while i < utf8.count {
                guard utf8[i] != 0x20 else { i += 1; continue }
                let first = i
                while i < utf8.count && utf8[i] != 0x20 { i += 1 }
                words.append(name[name.utf8.index(start, offsetBy: first)..<name.utf8.index(start, offsetBy: i)])
            }
            return words
        }
        return words ?? name.split(separator: " ")
    }

    /// Initials of the capitalised words: "Department of Homeland Security" → "DHS".
    static func initials(_ name: String) -> String {
        if let initials = asciiInitials(name) { return initials }
        return String(words(of: name).compactMap { w in
            w.first.flatMap { $0.isUppercase ? $0 : nil }
        })
    }

    /// `initials` of an ASCII name, the common case, from its bytes: a word's first character
    /// is its first byte, upper-case when it is A to Z. Nil for other names.
    private static func asciiInitials(_ name: String) -> String? {
        name.mappingASCII { bytes, out in
            var n = 0
            for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A && (i == 0 || bytes[i - 1] == 0x20) {
                out[n] = bytes[i]
                n += 1
            }
            return n
        }
    }

    /// Adds a name to entry `i`; `reason` says why, for explanations.
    mutating func add(alias: String, to i: Int, reason: String) {
        let i = root(i)
        if !entries[i].names.contains(alias) {
            entries[i].names.append(alias)
            entries[i].merges.append(AliasMerge(alias: alias, reason: reason))
            index(alias, of: i)
        }
        addKey(alias, to: i)
    }

    /// Makes `name` find entry `i` without making it one of the entry's names: a table's name
    /// for a party the text names otherwise.
    mutating func addKey(_ name: String, to i: Int) {
        let i = root(i)
        let k = Self.key(name, entries[i].kind)
        if byKey[k] == nil { byKey[k] = i }
    }

    /// The people, as roots, whose name is `surname` or ends with it.
    func people(withSurname surname: String) -> Set<Int> {
        var found = Set<Int>()
        for i in bySurname[surname] ?? [] where entries[root(i)].kind == .person { found.insert(root(i)) }
        if let i = byKey[Self.key(surname, .person)].map(root), entries[i].kind == .person { found.insert(i) }
        return found
    }

    func lookup(_ name: String, kind: EntityKind? = nil) -> Int? {
        if let i = byKey[Self.key(name, kind ?? .other)].map(root), kind == nil || entries[i].kind == kind { return i }
        if let kind { return existing(for: name, kind: kind) }
        return nil
    }

    mutating func mention(_ i: Int) { entries[root(i)].mentions += 1 }

    /// Marks a person entry as certainly a person.
    mutating func confirm(_ i: Int) { entries[root(i)].isTentative = false }

    mutating func setTitle(_ title: String, for i: Int) {
        let i = root(i)
        if entries[i].title == nil || (entries[i].title!.count < title.count) { entries[i].title = title }
    }

    mutating func setAffiliation(_ a: Int, for i: Int) {
        let a = root(a), i = root(i)
        if a != i, entries[i].affiliation == nil { entries[i].affiliation = a }
    }

    /// Joins each one-word person ("Trump", seen before the full name) to the one person
    /// whose full name ends with it, or else to the one confirmed person whose name starts
    /// with it when it is no known first name ("Zhao" → "Zhao Lijian", a family name written
    /// first); and each one-word organisation ("the Post") to the one organisation whose name
    /// ends with it ("the Washington Post").
    mutating func mergeShortNames(firstNames: [String: String]) {
        for i in entries.indices where entries[i].mergedInto == nil && entries[i].names.count == 1 {
            let name = entries[i].names[0]
            guard !(name.asciiContains(UInt8(ascii: " ")) ?? name.contains(" ")) else { continue }
            if entries[i].kind == .person, let full = existing(for: name, kind: .person) ?? familyNameFirst(name, besides: i, firstNames), root(full) != i {
                let wasTentative = entries[root(full)].isTentative && entries[i].isTentative
                merge(i, into: full, reason: "short form of the person's full name")
                entries[root(full)].isTentative = wasTentative
            } else if entries[i].kind == .organisation, !Entry.isAcronym(name), let full = only(byLastWord[name], .organisation, besides: i) {
                merge(i, into: full, reason: "short form of the organisation's name")
            }
        }
        // "the Foreign Ministry" after "China’s Foreign Ministry": the one country’s
        // body of that name. Country-qualified names are indexed by their unqualified name.
        var qualified: [String: [Int]] = [:]
        for j in entries.indices where entries[j].mergedInto == nil && entries[j].kind == .organisation {
            for name in entries[j].names { if let body = Self.unqualified(name) { qualified.add(j, for: body) } }
        }
        for i in entries.indices where entries[i].mergedInto == nil && entries[i].kind == .organisation && entries[i].names.count == 1 {
            if let owners = qualified[entries[i].names[0]], owners.count == 1, owners[0] != i {
                merge(i, into: owners[0], reason: "the country's body named before")
            }
        }
    }

    /// The name of a body every country has, for one country: "Foreign Ministry (China)".
    static func countryQualified(_ name: String, country: String) -> String { "\(name) (\(country))" }

    /// The body a `countryQualified` name stands for ("Foreign Ministry"); nil for other names.
    private static func unqualified(_ name: String) -> String? {
        guard name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) else { return nil }
        return String(name[..<open.lowerBound])
    }

    /// The one confirmed person whose name starts with `name`, when `name` is nobody's surname
    /// and no known first name.
    private func familyNameFirst(_ name: String, besides i: Int, _ firstNames: [String: String]) -> Int? {
        guard bySurname[name] == nil, firstNames[name] == nil else { return nil }
        return person(withFirstName: name, besides: i)
    }

    /// The one person the text confirms whose name starts with `firstName`, other than `i`.
    func person(withFirstName firstName: String, besides i: Int = -1) -> Int? {
        only(byFirstWord[firstName]?.filter { !entries[root($0)].isTentative }, .person, besides: i)
    }

    /// The one root of a kind among `candidates`, other than `i`; nil when none or several.
    private func only(_ candidates: [Int]?, _ kind: EntityKind, besides i: Int) -> Int? {
        guard let candidates else { return nil }
        let roots = Set(candidates.map(root)).filter { entries[$0].kind == kind && $0 != i }
        return roots.count == 1 ? roots.first : nil
    }

    /// The entry that stands for `i` after any merges.
    func root(_ i: Int) -> Int {
        var r = i
        while let next = entries[r].mergedInto { r = next }
        return r
    }

    /// The entry that stands for `i` after any merges: the party a mention of `i` names.
    func resolved(_ i: Int) -> Entry { entries[root(i)] }

    /// Merges entry `j` into entry `i` (an alias the text declares), saying why.
    mutating func merge(_ j: Int, into i: Int, reason: String) {
        let i = root(i), j = root(j)
        guard i != j else { return }
        entries[j].mergedInto = i
        entries[i].isTentative = entries[i].isTentative && entries[j].isTentative
        if entries[i].title == nil { entries[i].title = entries[j].title }
        if entries[i].affiliation == nil { entries[i].affiliation = entries[j].affiliation }
        for n in entries[j].names { add(alias: n, to: i, reason: reason) }
        entries[i].merges += entries[j].merges.filter { m in !entries[i].merges.contains { $0.alias == m.alias } }
        entries[i].mentions += entries[j].mentions
        entries[j].mentions = 0
        entries[j].names = []
        for (k, v) in byKey where v == j { byKey[k] = i }
    }

    subscript(_ i: Int) -> Entry {
        get { entries[i] }
        set { entries[i] = newValue }
    }
}

/// The indexes' lists of entries: a name has one or two candidates, which an array holds
/// without a set's hashing and allocation.
private extension Dictionary where Key == String, Value == [Int] {
    mutating func add(_ i: Int, for key: String) {
        // The list is changed in place: one look-up of the key, where asking first and then
        // adding took two.
        Self.append(i, ifAbsentTo: &self[key, default: []])
    }

    private static func append(_ i: Int, ifAbsentTo list: inout [Int]) {
        if !list.contains(i) { list.append(i) }
    }
}
