import QuoteGraphModel

/// Merges relations of the same (kind, source, target): one edge whose evidence lists every
/// span, sorted, without repeats, and whose answered accusations are the union of all. The
/// first relation's cue and quote are kept; a counted weight is cleared, since the evidence
/// changed.
public enum RelationMerger {
    public static func merge(_ relations: [Relation]) -> [Relation] {
        // Merged in place: copying a relation out and back would copy its evidence each time.
        var merged: [Relation] = []
        var index: [String: Int] = [:]
        for r in relations where r.source != r.target {
            let key = "\(r.kind.rawValue)\u{0}\(r.source)\u{0}\(r.target)"
            if let i = index[key] {
                merged[i].evidence.append(contentsOf: r.evidence)
                merged[i].answers.append(contentsOf: r.answers)
            } else {
                index[key] = merged.count
                merged.append(r)
            }
        }
        return merged.map { relation in
            var r = relation
            r.evidence = Array(Set(r.evidence)).sorted()
            r.answers = Array(Set(r.answers)).sorted()
            r.countedWeight = nil
            return r
        }
    }
}
