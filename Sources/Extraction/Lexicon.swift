import Foundation

/// The word lists the extractor reads, loaded once from `Resources/Lexicons`.
/// Each file says in its header where its contents come from.
public struct Lexicon: Sendable {
    /// A country with every name that stands for it.
    public struct Country: Sendable {
        public var name: String
        public var aliases: [String]
        public var demonyms: [String]
        public var seats: [String]
    }

    /// A threat group or a well-known organisation from the bundled tables, with the
    /// country it is attributed to or belongs to.
    public struct NamedParty: Sendable {
        public var name: String
        public var aliases: [String]
        public var country: String?
    }

    var speechVerbs: Set<String>
    var titles: Set<String>
    var personNouns: Set<String>
    var organisationHeads: Set<String>
    var speakingOrganisationNouns: Set<String>
    var documentNouns: Set<String>
    /// Nouns that introduce an organisation's name ("software provider Nimbusly").
    var organisationDescriptors: Set<String>
    var pronouns: [String: String]
    var functionWords: Set<String>
    var placeWords: Set<String>
    /// First name → "m" or "f", to agree pronouns with antecedents.
    var firstNameSex: [String: String]
    var relationCues: [String: Set<String>]
    /// Multi-word cues ("nothing to do with", written `nothing_to_do_with`), per relation group.
    var relationPhrases: [String: [[String]]]
    public var countries: [Country]
    public var threatGroups: [NamedParty]
    public var organisations: [NamedParty]

    /// The lexicons shipped with the package.
    public static let bundled: Lexicon = {
        do { return try Lexicon(directory: Bundle.module.resourceURL!.appendingPathComponent("Lexicons")) }
        catch { fatalError("QuoteGraph's bundled lexicons are missing or unreadable: \(error)") }
    }()

    init(directory: URL) throws {
        func lines(_ file: String) throws -> [String] {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            // Split the bytes: Foundation's per-line trimming made loading cost more than a document.
            return data.split(separator: UInt8(ascii: "\n")).compactMap { line -> String? in
                guard let first = line.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }), first != UInt8(ascii: "#") else { return nil }
                return String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
            }
        }
        func words(_ file: String) throws -> Set<String> {
            Set(try lines(file).flatMap { $0.lowercased().split(separator: " ").map(String.init) })
        }
        func sections(_ file: String) throws -> [String: [String]] {
            var out: [String: [String]] = [:]
            var current = ""
            for line in try lines(file) {
                if line.hasPrefix("[") { current = String(line.dropFirst().dropLast()); continue }
                out[current, default: []].append(line.lowercased())
            }
            return out
        }
        speechVerbs = try words("speech-verbs.txt")
        functionWords = try words("function-words.txt")
        placeWords = try words("places.txt")
        firstNameSex = Dictionary(try lines("first-names.tsv").map { line in
            let columns = line.split(separator: "\t")
            return (String(columns[0]), String(columns[1]))
        }, uniquingKeysWith: { a, _ in a })
        titles = try words("titles.txt")
        personNouns = try words("person-nouns.txt")
        let organisationWords = try sections("organisation-words.txt")
        func set(_ lines: [String]?) -> Set<String> {
            Set((lines ?? []).flatMap { $0.split(separator: " ").map(String.init) })
        }
        organisationHeads = set(organisationWords["names"])
        speakingOrganisationNouns = set(organisationWords["speaking-nouns"])
        documentNouns = set(organisationWords["documents"])
        organisationDescriptors = set(organisationWords["descriptors"])
        pronouns = Dictionary(uniqueKeysWithValues: try lines("pronouns.txt").map {
            let parts = $0.split(separator: " ")
            return (String(parts[0]), String(parts[1]))
        })
        var cues: [String: Set<String>] = [:]
        var phrases: [String: [[String]]] = [:]
        for (group, groupLines) in try sections("relation-cues.txt") {
            for word in groupLines.flatMap({ $0.split(separator: " ") }) {
                if word.contains("_") {
                    phrases[group, default: []].append(word.split(separator: "_").map(String.init))
                } else {
                    cues[group, default: []].insert(String(word))
                }
            }
        }
        relationCues = cues
        relationPhrases = phrases
        func list(_ column: Substring) -> [String] {
            column.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        countries = try lines("countries.tsv").map { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            return Country(name: String(columns[0]),
                           aliases: columns.count > 1 ? list(columns[1]) : [],
                           demonyms: columns.count > 2 ? list(columns[2]) : [],
                           seats: columns.count > 3 ? list(columns[3]) : [])
        }
        func parties(_ file: String) throws -> [NamedParty] {
            try lines(file).map { line in
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                let country = columns.count > 2 ? columns[2].trimmingCharacters(in: .whitespaces) : ""
                return NamedParty(name: String(columns[0]), aliases: columns.count > 1 ? list(columns[1]) : [],
                                  country: country.isEmpty ? nil : country)
            }
        }
        threatGroups = try parties("threat-groups.tsv")
        organisations = try parties("organisations.tsv")
    }

    func cues(_ group: String) -> Set<String> { relationCues[group] ?? [] }
}
