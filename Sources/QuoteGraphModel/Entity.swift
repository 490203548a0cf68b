import Foundation

/// What sort of party an entity is (spec: `kind` of an entity).
public enum EntityKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case person, organisation, group, country, other

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A party: one real person, organisation, group or country, with every name the text used for it.
public struct Entity: Sendable, Hashable {
    /// `kind:slug`, stable for the same canonical name across runs.
    public var id: String
    /// The canonical display name (the fullest name the text gives).
    public var name: String
    public var kind: EntityKind
    /// Every other surface form the text uses for the entity.
    public var aliases: [String]
    /// Title or role, e.g. "Foreign Secretary".
    public var title: String?
    /// Id of the organisation or country the entity speaks for.
    public var affiliation: String?
    /// How many times the text mentions the entity.
    public var mentions: Int
    /// Why each alias was merged into this entity, for explanations.
    public var merges: [AliasMerge]

    public init(id: String, name: String, kind: EntityKind, aliases: [String] = [],
                title: String? = nil, affiliation: String? = nil, mentions: Int = 0, merges: [AliasMerge] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.title = title
        self.affiliation = affiliation
        self.mentions = mentions
        self.merges = merges
    }

    /// The id for a canonical name of a kind: `kind:slug`.
    public static func id(kind: EntityKind, name: String) -> String {
        "\(kind.rawValue):\(slug(name))"
    }

    /// Lower-case ASCII letters and digits joined by single hyphens; other letters are folded
    /// to ASCII where possible ("Zürich" → "zurich") and kept otherwise.
    public static func slug(_ name: String) -> String {
        if let slug = asciiSlug(name) { return slug }
        // Folding needs Foundation's tables only when the name has non-ASCII letters.
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        // UTF-8 bytes, made into a string once: appending scalar by scalar costs several times more.
        var out: [UInt8] = []
        out.reserveCapacity(folded.utf8.count)
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII ? (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) : scalar.properties.isAlphabetic {
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                UTF8.encode(scalar) { out.append($0) }
            } else if scalar != "’" && scalar != "'" && scalar != "." {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "unnamed" : String(decoding: out, as: UTF8.self)
    }

    /// `slug` of an ASCII name, the common case, worked out on its bytes (lower-casing
    /// folds only A to Z there); nil for other names. A hyphen stands for a run of skipped
    /// bytes, so the slug is never longer than the name.
    private static func asciiSlug(_ name: String) -> String? {
        let slug = name.mappingASCII { bytes, out in
            var n = 0
            var pendingHyphen = false
            for var byte in bytes {
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                if byte >= 0x61 && byte <= 0x7A || byte >= 0x30 && byte <= 0x39 {
                    if pendingHyphen && n > 0 { out[n] = UInt8(ascii: "-"); n += 1 }
                    pendingHyphen = false
                    out[n] = byte
                    n += 1
                } else if byte != UInt8(ascii: "'") && byte != UInt8(ascii: ".") {
                    pendingHyphen = true
                }
            }
            return n
        }
        return slug?.isEmpty == true ? "unnamed" : slug
    }
}

/// One name merged into an entity and the rule that merged it ("known as" in the text, an
/// acronym of the full name, the user's alias file at a line, …).
public struct AliasMerge: Sendable, Hashable {
    public var alias: String
    public var reason: String

    public init(alias: String, reason: String) {
        self.alias = alias
        self.reason = reason
    }
}
