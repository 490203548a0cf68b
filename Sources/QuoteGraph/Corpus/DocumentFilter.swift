import QuoteGraphModel

/// Which documents of a corpus to keep, by their metadata: a date range against `date`
/// and a set of `source` names.
///
/// Dates are compared as ISO 8601 calendar dates (`YYYY-MM-DD`); a `date` with a time
/// (`2020-07-16T09:30:00Z`) counts as its day. When a date bound is given, a document
/// without a readable `date` is left out (and counted in ``Tally/undated``).
public struct DocumentFilter: Sendable, Equatable {
    /// Keep documents dated on or after this day (`YYYY-MM-DD`).
    public var since: String?
    /// Keep documents dated on or before this day (`YYYY-MM-DD`).
    public var until: String?
    /// Keep documents whose `source` is one of these (compared case-insensitively); empty keeps all.
    public var sources: Set<String>

    public init(since: String? = nil, until: String? = nil, sources: [String] = []) {
        self.since = since
        self.until = until
        self.sources = Set(sources.map { $0.lowercased() })
    }

    /// Whether the filter keeps everything.
    public var isEmpty: Bool { since == nil && until == nil && sources.isEmpty }

    /// Why a document was left out.
    public enum Exclusion: Sendable, Equatable { case undated, outsideDates, otherSource }

    /// Nil when `document` is kept, else why not.
    public func exclusion(_ document: Document) -> Exclusion? {
        if since != nil || until != nil {
            guard case .string(let raw)? = document.meta["date"], let day = Self.day(raw) else { return .undated }
            if let since, day < since { return .outsideDates }
            if let until, day > until { return .outsideDates }
        }
        if !sources.isEmpty {
            guard case .string(let source)? = document.meta["source"], sources.contains(source.lowercased()) else {
                return .otherSource
            }
        }
        return nil
    }

    /// The `YYYY-MM-DD` day of an ISO 8601 date or date-time, or nil when it is not one.
    public static func day(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars.prefix(11))
        guard scalars.count >= 10 else { return nil }
        for (i, s) in scalars.prefix(10).enumerated() {
            let ok = (i == 4 || i == 7) ? s == "-" : ("0"..."9").contains(s)
            guard ok else { return nil }
        }
        if scalars.count == 11, !(scalars[10] == "T" || scalars[10] == " " || scalars[10] == "t") { return nil }
        let day = String(String.UnicodeScalarView(scalars.prefix(10)))
        let month = Int(day.dropFirst(5).prefix(2))!, date = Int(day.suffix(2))!
        guard (1...12).contains(month), (1...31).contains(date) else { return nil }
        return day
    }
}
