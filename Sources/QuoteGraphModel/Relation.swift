/// The kinds of edge in the relation graph (spec: relation `kind`).
public enum RelationKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case quotes
    case accuses
    case denies
    case targets
    case affiliatedWith = "affiliated_with"
    case memberOf = "member_of"

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Where a relation was read from.
public struct Evidence: Sendable, Hashable, Comparable {
    public var document: String
    public var span: TextSpan

    public init(document: String, span: TextSpan) {
        self.document = document
        self.span = span
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.span.start, lhs.span.end) < (rhs.document, rhs.span.start, rhs.span.end)
    }
}

/// A typed, directed edge between two entities with every piece of evidence for it.
/// Its weight is the number of evidence spans, unless ``countedWeight`` says otherwise.
public struct Relation: Sendable, Hashable {
    public var kind: RelationKind
    public var source: String
    public var target: String
    /// The word or phrase that signalled the relation ("targeting", "denied").
    public var cue: String?
    /// The quote id the relation was read from, when it came from a quotation.
    public var quote: String?
    public var evidence: [Evidence]
    /// The weight when the edge counts something other than evidence spans (the distinct
    /// documents or sources its evidence comes from; QuoteGraph's `EdgeCounting` sets it);
    /// nil means the evidence count. Merging relations clears it.
    public var countedWeight: Int?

    public init(kind: RelationKind, source: String, target: String, cue: String? = nil,
                quote: String? = nil, evidence: [Evidence]) {
        self.kind = kind
        self.source = source
        self.target = target
        self.cue = cue
        self.quote = quote
        self.evidence = evidence
    }

    /// The edge weight: ``countedWeight`` when set, else the number of evidence spans.
    public var weight: Int { countedWeight ?? evidence.count }
}
