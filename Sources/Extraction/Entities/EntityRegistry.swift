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

        /// A person's or organisation's fullest name: the longest that is not an acronym.
        /// A group or country keeps its first (reference) name: "APT29", not "Cozy Bear".
        var canonical: String {
            if kind == .group || kind == .country, let first = names.first { return first }
            let spelled = names.filter { !Self.isAcronym($0) }
            return (spelled.isEmpty ? names : spelled).max { a, b in
                a.count != b.count ? a.count < b.count : a > b
            } ?? "unnamed"
        }

        static func isAcronym(_ s: String) -> Bool {
            let letters = s.unicodeScalars.filter(\.isLetter)
            return letters.count >= 2 && letters.allSatisfy(\.isUppercaseLetter) && !s.contains(" ")
        }
    }

    private(set) var entries: [Entry] = []
    private var byKey: [String: Int] = [:]

    static func key(_ name: String, _ kind: EntityKind) -> String {
        var words = name.split(separator: " ").map(String.init)
        if words.first?.lowercased() == "the" { words.removeFirst() }
        return Gazetteer.key(words).replacingOccurrences(of: "’", with: "'")
    }

    /// The entry for a name of a kind, created when new. Person surnames and acronyms of
    /// organisation names find the entry they belong to.
    mutating func resolve(_ name: String, kind: EntityKind) -> Int {
        let k = Self.key(name, kind)
        if let i = byKey[k] { return root(i) }
        if let i = existing(for: name, kind: kind) {
            add(alias: name, to: i)
            return i
        }
        entries.append(Entry(kind: kind, names: [name]))
        byKey[k] = entries.count - 1
        return entries.count - 1
    }

    /// An entry that a name refers to without being new: a person's surname or first-and-last
    /// name, or an organisation's acronym.
    func existing(for name: String, kind: EntityKind) -> Int? {
        let words = name.split(separator: " ").map(String.init)
        if kind == .person {
            let candidates = entries.indices.filter { i in
                entries[i].mergedInto == nil && entries[i].kind == .person && entries[i].names.contains { full in
                    let fw = full.split(separator: " ").map(String.init)
                    if words.count == 1 { return fw.count > 1 && fw.last == words[0] }
                    return fw.count > words.count && fw.first == words.first && fw.last == words.last
                }
            }
            return candidates.count == 1 ? candidates[0] : nil
        }
        if Entry.isAcronym(name) {
            let candidates = entries.indices.filter { i in
                entries[i].mergedInto == nil && (entries[i].kind == .organisation || entries[i].kind == .group || kind == entries[i].kind)
                    && entries[i].names.contains { Self.initials($0) == name.filter(\.isLetter) }
            }
            return candidates.count == 1 ? candidates[0] : nil
        }
        // A full name arriving after its acronym or surname: link them the other way round.
        if kind == .organisation {
            let ini = Self.initials(name)
            let candidates = entries.indices.filter { i in
                entries[i].kind == .organisation && entries[i].names.count == 1 && entries[i].names[0] == ini
            }
            return ini.count >= 2 && candidates.count == 1 ? candidates[0] : nil
        }
        return nil
    }

    /// Initials of the capitalised words: "Department of Homeland Security" → "DHS".
    static func initials(_ name: String) -> String {
        String(name.split(separator: " ").compactMap { w in
            w.first.flatMap { $0.isUppercase ? $0 : nil }
        })
    }

    mutating func add(alias: String, to i: Int) {
        let i = root(i)
        if !entries[i].names.contains(alias) { entries[i].names.append(alias) }
        let k = Self.key(alias, entries[i].kind)
        if byKey[k] == nil { byKey[k] = i }
    }

    func lookup(_ name: String, kind: EntityKind? = nil) -> Int? {
        if let i = byKey[Self.key(name, kind ?? .other)].map(root), kind == nil || entries[i].kind == kind { return i }
        if let kind { return existing(for: name, kind: kind) }
        return nil
    }

    mutating func mention(_ i: Int) { entries[root(i)].mentions += 1 }

    mutating func setTitle(_ title: String, for i: Int) {
        let i = root(i)
        if entries[i].title == nil || (entries[i].title!.count < title.count) { entries[i].title = title }
    }

    mutating func setAffiliation(_ a: Int, for i: Int) {
        let a = root(a), i = root(i)
        if a != i, entries[i].affiliation == nil { entries[i].affiliation = a }
    }

    /// The entry that stands for `i` after any merges.
    func root(_ i: Int) -> Int {
        var r = i
        while let next = entries[r].mergedInto { r = next }
        return r
    }

    /// Merges entry `j` into entry `i` (an alias the text declares).
    mutating func merge(_ j: Int, into i: Int) {
        let i = root(i), j = root(j)
        guard i != j else { return }
        entries[j].mergedInto = i
        if entries[i].title == nil { entries[i].title = entries[j].title }
        if entries[i].affiliation == nil { entries[i].affiliation = entries[j].affiliation }
        for n in entries[j].names { add(alias: n, to: i) }
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
