import QuoteGraphModel

/// Turns the registry's entries into the spec's entities with stable `kind:slug` ids.
struct EntityIDs {
    let registry: EntityRegistry

    init(_ registry: EntityRegistry) {
        self.registry = registry
    }

    /// The id of the party entry `i` stands for, worked out when asked: a document has
    /// dozens of entries, and its quotations need the ids of the few that speak.
    func id(_ i: Int) -> String {
        let entry = registry.resolved(i)
        return Entity.id(kind: entry.kind, name: entry.canonical)
    }

    /// The id and the name of the party entry `i` stands for, a quotation's speaker: its
    /// canonical name, which the id is made from, worked out once.
    func speaker(_ i: Int) -> (id: String, name: String) {
        let entry = registry.resolved(i)
        let name = entry.canonical
        return (Entity.id(kind: entry.kind, name: name), name)
    }

    /// Every party that is mentioned, speaks, or takes part in a relation, in order of first appearance.
    func entities(quotes: [Quote], relations: [Relation]) -> [Entity] {
        var used = Set<String>(quotes.compactMap(\.speaker))
        for r in relations { used.insert(r.source); used.insert(r.target) }
        var out: [Entity] = []
        var seen = Set<String>()
        for i in registry.entries.indices where registry[i].mergedInto == nil {
            let entry = registry[i]
            let canonical = entry.canonical
            let id = Entity.id(kind: entry.kind, name: canonical)
            // A party of kind other (a victim phrase such as "hospitals") is listed only when a
            // quotation or relation uses it.
            guard used.contains(id) || entry.mentions > 0 && !entry.isTentative && entry.kind != .other, seen.insert(id).inserted else { continue }
            out.append(Entity(id: id, name: canonical, kind: entry.kind,
                              aliases: entry.names.filter { $0 != canonical },
                              title: entry.title, affiliation: entry.affiliation.map { self.id($0) },
                              mentions: entry.mentions, merges: entry.merges))
        }
        return out
    }
}
