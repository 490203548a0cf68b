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
    /// For a denial: the accusations it answers.
    public var answers: [RelationKey]
    /// The weight when the edge counts something other than evidence spans (the distinct
    /// documents or sources its evidence comes from; QuoteGraph's `EdgeCounting` sets it);
    /// nil means the evidence count. Merging relations clears it.
    public var countedWeight: Int?

    public init(kind: RelationKind, source: String, target: String, cue: String? = nil,
                quote: String? = nil, evidence: [Evidence], answers: [RelationKey] = []) {
        self.kind = kind
        self.source = source
        self.target = target
        self.cue = cue
        self.quote = quote
        self.evidence = evidence
        self.answers = answers
    }

    /// The edge weight: ``countedWeight`` when set, else the number of evidence spans.
    public var weight: Int { countedWeight ?? evidence.count }
    public var key: RelationKey { RelationKey(kind: kind, source: source, target: target) }
}

/// What identifies a merged relation: its kind and its two ends.
public struct RelationKey: Sendable, Hashable, Comparable {
    public var kind: RelationKind
    public var source: String
    public var target: String

    public init(kind: RelationKind, source: String, target: String) {
        self.kind = kind
        self.source = source
        self.target = target
    }

    public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
        (lhs.kind, lhs.source, lhs.target) < (rhs.kind, rhs.source, rhs.target)
    }
}
