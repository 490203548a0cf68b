import Extraction
import QuoteGraphModel

/// Joins a person that some documents name by surname alone ("Raab") to the one person
/// other documents name in full ("Dominic Raab"), across the whole graph. Applied once to the
/// final graph, after every part is merged, so that merging stays associative; a surname
/// that several full names end with is left alone.
enum ShortNames {
    static func resolve(_ analysis: inout Analysis) {
        var fullBySurname: [String: [Entity]] = [:]
        for e in analysis.entities where e.kind == .person && e.name.contains(" ") {
            if let surname = e.name.split(separator: " ").last { fullBySurname[String(surname), default: []].append(e) }
        }
        var renamed: [String: String] = [:]
        for e in analysis.entities where e.kind == .person && !e.name.contains(" ") {
            if let full = fullBySurname[e.name], full.count == 1 { renamed[e.id] = full[0].id }
        }
        guard !renamed.isEmpty else { return }
        var entities: [Entity] = []
        var index: [String: Int] = [:]
        for e in analysis.entities where renamed[e.id] == nil {
            index[e.id] = entities.count
            entities.append(e)
        }
        for e in analysis.entities {
            guard let target = renamed[e.id], let i = index[target] else { continue }
            entities[i].mentions += e.mentions
            if !entities[i].aliases.contains(e.name) { entities[i].aliases.append(e.name) }
            entities[i].merges.append(AliasMerge(alias: e.name, reason: "surname of the only person of that name in the corpus"))
            entities[i].title = entities[i].title ?? e.title
            entities[i].affiliation = entities[i].affiliation ?? e.affiliation
        }
        func map(_ id: String) -> String { renamed[id] ?? id }
        for i in entities.indices { entities[i].affiliation = entities[i].affiliation.map(map) }
        analysis.entities = entities
        for i in analysis.quotes.indices { analysis.quotes[i].speaker = analysis.quotes[i].speaker.map(map) }
        analysis.relations = RelationMerger.merge(analysis.relations.map { r in
            var r = r
            r.source = map(r.source)
            r.target = map(r.target)
            r.answers = r.answers.map { RelationKey(kind: $0.kind, source: map($0.source), target: map($0.target)) }
            return r
        })
    }
}
