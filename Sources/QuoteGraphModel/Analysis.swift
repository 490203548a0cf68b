/// A document as listed in an analysis: its id, its length and its metadata.
public struct DocumentSummary: Sendable, Hashable {
    public var id: String
    /// Length in Unicode scalars.
    public var chars: Int
    public var meta: [String: JSONValue]

    public init(id: String, chars: Int, meta: [String: JSONValue] = [:]) {
        self.id = id
        self.chars = chars
        self.meta = meta
    }
}

/// Centrality figures for one entity (spec: `metrics`).
public struct EntityMetrics: Sendable, Hashable {
    public var entity: String
    public var inDegree: Int
    public var outDegree: Int
    public var degree: Int { inDegree + outDegree }
    /// Evidence counts on incoming and outgoing edges.
    public var inStrength: Double
    public var outStrength: Double
    public var betweenness: Double
    public var closeness: Double
    public var harmonic: Double
    public var pagerank: Double
    public var eigenvector: Double
    public var hub: Double
    public var authority: Double

    public init(entity: String, inDegree: Int = 0, outDegree: Int = 0, inStrength: Double = 0,
                outStrength: Double = 0, betweenness: Double = 0, closeness: Double = 0,
                harmonic: Double = 0, pagerank: Double = 0, eigenvector: Double = 0,
                hub: Double = 0, authority: Double = 0) {
        self.entity = entity
        self.inDegree = inDegree
        self.outDegree = outDegree
        self.inStrength = inStrength
        self.outStrength = outStrength
        self.betweenness = betweenness
        self.closeness = closeness
        self.harmonic = harmonic
        self.pagerank = pagerank
        self.eigenvector = eigenvector
        self.hub = hub
        self.authority = authority
    }
}

/// Everything the pipeline found in a set of documents: the graph JSON of the spec.
public struct Analysis: Sendable, Hashable {
    public var documents: [DocumentSummary]
    public var entities: [Entity]
    public var quotes: [Quote]
    public var relations: [Relation]
    public var metrics: [EntityMetrics]

    public init(documents: [DocumentSummary] = [], entities: [Entity] = [], quotes: [Quote] = [],
                relations: [Relation] = [], metrics: [EntityMetrics] = []) {
        self.documents = documents
        self.entities = entities
        self.quotes = quotes
        self.relations = relations
        self.metrics = metrics
    }

    /// The entity with an id, if any.
    public func entity(_ id: String) -> Entity? { entities.first { $0.id == id } }
}
