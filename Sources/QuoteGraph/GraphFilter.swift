import QuoteGraphModel

/// Why a ``GraphFilter`` could not be applied.
public struct GraphFilterError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Cuts an unreadable graph down to what matters, before drawing or exporting it.
///
/// The steps run in this order, each on the result of the one before:
/// 1. `relationKinds`: only relations of these kinds;
/// 2. `minWeight`: only relations with at least this much evidence;
/// 3. `focus` and `depth`: only parties within `depth` relations of the focus party
///    (either direction), and the relations among them;
/// 4. `top`: only the `top` parties ranked highest by `topMetric` (ties by id), and the
///    relations among them.
///
/// When any relation step (1–3) is set, parties no remaining relation touches are dropped
/// (the focus party itself stays). Quotations are kept when their speaker stays (or is
/// unknown); metrics rows when their party stays. Metric values are those of the whole
/// graph, not recomputed on the part that is left, so a filtered diagram ranks parties as
/// the full analysis does.
public struct GraphFilter: Sendable, Hashable {
    public var relationKinds: Set<RelationKind>?
    public var minWeight: Int
    /// An entity id, name or alias (case-insensitive).
    public var focus: String?
    public var depth: Int
    public var top: Int?
    public var topMetric: Metric

    public init(relationKinds: Set<RelationKind>? = nil, minWeight: Int = 1, focus: String? = nil, depth: Int = 1,
                top: Int? = nil, topMetric: Metric = .pagerank) {
        self.relationKinds = relationKinds
        self.minWeight = minWeight
        self.focus = focus
        self.depth = depth
        self.top = top
        self.topMetric = topMetric
    }

    /// Whether the filter changes anything.
    public var isIdentity: Bool { relationKinds == nil && minWeight <= 1 && focus == nil && top == nil }

    /// The part of `analysis` the filter keeps.
    ///
    /// - Throws: ``GraphFilterError`` when `focus` names no party or several, when `depth`
    ///   is negative or `top` below 1.
    public func apply(_ analysis: Analysis) throws(GraphFilterError) -> Analysis {
        guard depth >= 0 else { throw GraphFilterError("--depth must be 0 or more") }
        if let top, top < 1 { throw GraphFilterError("--top must be at least 1") }
        var relations = analysis.relations
        if let relationKinds { relations = relations.filter { relationKinds.contains($0.kind) } }
        if minWeight > 1 { relations = relations.filter { $0.weight >= minWeight } }
        var keep: Set<String>? = nil
        if relationKinds != nil || minWeight > 1 {
            keep = Set(relations.flatMap { [$0.source, $0.target] })
        }
        if let focus {
            let center = try Self.resolve(focus, in: analysis.entities)
            var reached: Set<String> = [center]
            var frontier: Set<String> = [center]
            var neighbours: [String: [String]] = [:]
            for r in relations {
                neighbours[r.source, default: []].append(r.target)
                neighbours[r.target, default: []].append(r.source)
            }
            for _ in 0..<depth where !frontier.isEmpty {
                var next: Set<String> = []
                for id in frontier {
                    for n in neighbours[id] ?? [] where !reached.contains(n) { next.insert(n) }
                }
                reached.formUnion(next)
                frontier = next
            }
            keep = reached
            relations = relations.filter { reached.contains($0.source) && reached.contains($0.target) }
        }
        if let top {
            let candidates = keep ?? Set(analysis.entities.map(\.id))
            let values = Dictionary(analysis.metrics.map { ($0.entity, Self.value($0, topMetric)) },
                                    uniquingKeysWith: { first, _ in first })
            let ranked = analysis.entities.map(\.id).filter(candidates.contains).sorted { a, b in
                let x = values[a].flatMap { $0.isFinite ? $0 : nil } ?? -.infinity
                let y = values[b].flatMap { $0.isFinite ? $0 : nil } ?? -.infinity
                return x != y ? x > y : a < b
            }
            let chosen = Set(ranked.prefix(top))
            keep = chosen
            relations = relations.filter { chosen.contains($0.source) && chosen.contains($0.target) }
        }
        guard let keep else { return analysis }
        var out = analysis
        out.entities = analysis.entities.filter { keep.contains($0.id) }
        out.relations = relations
        out.quotes = analysis.quotes.filter { q in q.speaker.map(keep.contains) ?? true }
        out.metrics = analysis.metrics.filter { keep.contains($0.entity) }
        return out
    }

    /// The id of the one entity `name` names: its id, else its name or an alias, ignoring case;
    /// an unknown name gets suggestions.
    public static func resolve(_ name: String, in entities: [Entity]) throws(GraphFilterError) -> String {
        if entities.contains(where: { $0.id == name }) { return name }
        let folded = name.lowercased()
        var matches = entities.filter { $0.name.lowercased() == folded }
        if matches.isEmpty { matches = entities.filter { $0.aliases.contains { $0.lowercased() == folded } } }
        switch matches.count {
        case 1: return matches[0].id
        case 0:
            let near = entities.filter { $0.name.lowercased().contains(folded) || $0.id.contains(folded) }.prefix(5)
            throw GraphFilterError("no party is called '\(name)'"
                                   + (near.isEmpty ? "; give an entity id (kind:slug) or a name from the graph JSON"
                                                   : "; did you mean " + near.map { "\($0.name) (\($0.id))" }.joined(separator: ", ") + "?"))
        default:
            throw GraphFilterError("'\(name)' names several parties: " + matches.map(\.id).joined(separator: ", ") + "; give one id")
        }
    }

    /// The value of `metric` in a metrics row (NaN for a metric the row does not hold).
    public static func value(_ m: EntityMetrics, _ metric: Metric) -> Double {
        switch metric {
        case .inDegree: Double(m.inDegree)
        case .outDegree: Double(m.outDegree)
        case .degree: Double(m.degree)
        case .inStrength: m.inStrength
        case .outStrength: m.outStrength
        case .betweenness: m.betweenness
        case .closeness: m.closeness
        case .harmonic: m.harmonic
        case .pagerank: m.pagerank
        case .eigenvector: m.eigenvector
        case .hub: m.hub
        case .authority: m.authority
        case .katz: .nan
        }
    }
}
