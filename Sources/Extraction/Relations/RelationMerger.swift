import QuoteGraphModel

/// Merges relations of the same (kind, source, target): one edge whose evidence lists every
/// span, sorted, without repeats, and whose answered accusations are the union of all. The
/// first relation's cue and quote are kept; a counted weight is cleared, since the evidence
/// changed.
public enum RelationMerger {
    public static func merge(_ relations: [Relation]) -> [Relation] {
        var order: [String] = []
        var merged: [String: Relation] = [:]
        for r in relations where r.source != r.target {
            let key = "\(r.kind.rawValue)\u{0}\(r.source)\u{0}\(r.target)"
            if var existing = merged[key] {
                existing.evidence.append(contentsOf: r.evidence)
                existing.answers.append(contentsOf: r.answers)
                merged[key] = existing
            } else {
                merged[key] = r
                order.append(key)
            }
        }
        return order.map { key in
            var r = merged[key]!
            r.evidence = Array(Set(r.evidence)).sorted()
            r.answers = Array(Set(r.answers)).sorted()
            r.countedWeight = nil
            return r
        }
    }
}
