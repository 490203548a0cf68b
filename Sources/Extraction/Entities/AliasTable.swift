import Foundation
import QuoteGraphModel

/// Names a user declares to be one party, across documents: threat-group alias lists,
/// spelling variants, former names. Read from CSV (`canonical,alias,alias,…` per line) or
/// JSON (`{"APT28": ["Fancy Bear", "Sofacy"]}` or `[{"name": "APT28", "kind": "group",
/// "aliases": [...]}]`). Every merge it causes names the file and line. Without a kind, the
/// kind is inferred from the names (the country and threat-group tables, group-name patterns
/// such as APT29, organisation words, census first names), so that every document gives
/// the party the same id; give `kind` in JSON to be sure.
public struct AliasTable: Sendable {
    struct Entry: Sendable {
        var canonical: String
        var kind: EntityKind?
        var reason: String
    }

    /// Keyed by `EntityRegistry.key` of each alias (and of the canonical name itself).
    private var entries: [String: Entry] = [:]

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }

    /// Reads an alias file; `name` is how merges cite it.
    public init(contentsOf url: URL) throws {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw AliasTableError(file: url.path, line: nil, message: "cannot read the alias file: \(error.localizedDescription)")
        }
        let name = url.lastPathComponent
        if url.pathExtension.lowercased() == "json" {
            try self.init(json: text, name: name, path: url.path)
        } else {
            try self.init(csv: text, name: name, path: url.path)
        }
    }

    init(csv text: String, name: String, path: String) throws {
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let cells = Self.csvCells(String(line)).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard let canonical = cells.first, !canonical.hasPrefix("#") else { continue }
            if n == 0, ["canonical", "name"].contains(canonical.lowercased()) { continue }
            guard cells.count > 1 else {
                throw AliasTableError(file: path, line: n + 1, message: "a canonical name with no aliases; write canonical,alias,alias…")
            }
            add(canonical: canonical, kind: nil, aliases: Array(cells.dropFirst()), reason: "alias file \(name), line \(n + 1)")
        }
    }

    init(json text: String, name: String, path: String) throws {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(text.utf8)) } catch {
            throw AliasTableError(file: path, line: nil, message: "not valid JSON: \(error.localizedDescription)")
        }
        if let map = object as? [String: Any] {
            for canonical in map.keys.sorted() {
                guard let aliases = map[canonical] as? [String] else {
                    throw AliasTableError(file: path, line: nil, message: "\"\(canonical)\" must map to an array of alias strings")
                }
                add(canonical: canonical, kind: nil, aliases: aliases, reason: "alias file \(name), entry \"\(canonical)\"")
            }
        } else if let list = object as? [[String: Any]] {
            for (i, item) in list.enumerated() {
                guard let canonical = item["name"] as? String, let aliases = item["aliases"] as? [String] else {
                    throw AliasTableError(file: path, line: nil, message: "item \(i) needs \"name\" (a string) and \"aliases\" (an array of strings)")
                }
                var kind: EntityKind?
                if let k = item["kind"] as? String {
                    guard let parsed = EntityKind(rawValue: k) else {
                        throw AliasTableError(file: path, line: nil, message: "item \(i): unknown kind \"\(k)\"; use person, organisation, group, country or other")
                    }
                    kind = parsed
                }
                add(canonical: canonical, kind: kind, aliases: aliases, reason: "alias file \(name), item \(i + 1)")
            }
        } else {
            throw AliasTableError(file: path, line: nil, message: "expected an object {canonical: [aliases]} or an array of {name, kind, aliases}")
        }
    }

    private mutating func add(canonical: String, kind: EntityKind?, aliases: [String], reason: String) {
        for name in [canonical] + aliases {
            entries[EntityRegistry.key(name, kind ?? .other)] = Entry(canonical: canonical, kind: kind, reason: reason)
        }
    }

    /// The table with a kind for every entry that lacks one, inferred from its names.
    func inferringKinds(_ lexicon: Lexicon, _ gazetteer: Gazetteer) -> AliasTable {
        var groups: [String: [String]] = [:]
        for (key, entry) in entries { groups[entry.canonical, default: []].append(key) }
        var copy = self
        for (key, entry) in entries where entry.kind == nil {
            let names = [entry.canonical] + (groups[entry.canonical] ?? [])
            copy.entries[key]?.kind = Self.kind(of: names, lexicon, gazetteer)
        }
        return copy
    }

    private static func kind(of names: [String], _ lexicon: Lexicon, _ gazetteer: Gazetteer) -> EntityKind {
        for name in names {
            let words = name.split(separator: " ").map(String.init)
            if let entry = gazetteer.lookup(words) { return entry.kind }
        }
        for name in names {
            let words = name.split(separator: " ").map(String.init)
            if MentionScanner.isGroupName(words) || words.contains(where: { MentionScanner.groupNouns.contains($0.lowercased()) }) { return .group }
        }
        if names.contains(where: { $0.split(separator: " ").contains { lexicon.organisationHeads.contains($0.lowercased()) } }) { return .organisation }
        if names.contains(where: { n in n.split(separator: " ").count > 1 && lexicon.firstNameSex[String(n.split(separator: " ")[0])] != nil }) { return .person }
        return .organisation
    }

    /// The canonical name (and kind, when the file gives one) for a name, with the reason.
    func lookup(_ name: String) -> Entry? {
        guard !entries.isEmpty else { return nil }  // no table given: skip making the key
        return entries[EntityRegistry.key(name, .other)]
    }

    /// Cells of a CSV line: commas separate, double quotes enclose, `""` is a quote.
    static func csvCells(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            if quoted {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { cell.append("\"") } else { quoted = false; if next == "," { cells.append(cell); cell = "" } else { cell.append(next) } }
                    } else { quoted = false }
                } else { cell.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { cells.append(cell); cell = "" }
            else if c != "\r" { cell.append(c) }
        }
        cells.append(cell)
        return cells
    }
}

/// An alias file that cannot be used, with where and why.
public struct AliasTableError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}
