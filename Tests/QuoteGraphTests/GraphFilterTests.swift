import Foundation
import GraphvizRendering
import QuoteGraph
import QuoteGraphModel
import Testing

@Suite struct GraphFilterTests {
    /// a → b (2 pieces of evidence, accuses), b → c (denies), c → d (targets), e alone.
    static let analysis: Analysis = {
        func ev(_ n: Int) -> [Evidence] { (0..<n).map { Evidence(document: "d", span: TextSpan(start: $0, end: $0 + 1)) } }
        return Analysis(
            entities: ["a", "b", "c", "d", "e"].map { Entity(id: "person:\($0)", name: $0.uppercased(), kind: .person, aliases: ["alias-\($0)"]) },
            quotes: [Quote(id: "q1", document: "d", span: TextSpan(start: 0, end: 1), text: "x", speaker: "person:a"),
                     Quote(id: "q2", document: "d", span: TextSpan(start: 1, end: 2), text: "y", speaker: "person:e"),
                     Quote(id: "q3", document: "d", span: TextSpan(start: 2, end: 3), text: "z")],
            relations: [Relation(kind: .accuses, source: "person:a", target: "person:b", evidence: ev(2)),
                        Relation(kind: .denies, source: "person:b", target: "person:c", evidence: ev(1)),
                        Relation(kind: .targets, source: "person:c", target: "person:d", evidence: ev(1))],
            metrics: zip(["a", "b", "c", "d", "e"], [0.1, 0.4, 0.3, 0.15, 0.05]).map { EntityMetrics(entity: "person:\($0)", pagerank: $1) })
    }()

    func ids(_ a: Analysis) -> [String] { a.entities.map { String($0.id.dropFirst(7)) } }

    @Test func noFilterKeepsEverything() throws {
        #expect(try GraphFilter().apply(Self.analysis) == Self.analysis)
        #expect(GraphFilter().isIdentity)
    }

    @Test func relationKindsKeepOnlyThoseRelationsAndThePartiesTheyTouch() throws {
        let kept = try GraphFilter(relationKinds: [.denies, .targets]).apply(Self.analysis)
        #expect(ids(kept) == ["b", "c", "d"])
        #expect(kept.relations.map(\.kind) == [.denies, .targets])
        #expect(kept.quotes.map(\.id) == ["q3"], "quotes of dropped speakers go; unattributed ones stay")
        #expect(kept.metrics.map(\.entity) == ["person:b", "person:c", "person:d"])
    }

    @Test func minWeightDropsThinlyEvidencedRelations() throws {
        let kept = try GraphFilter(minWeight: 2).apply(Self.analysis)
        #expect(ids(kept) == ["a", "b"])
        #expect(kept.relations.count == 1)
    }

    @Test func focusKeepsTheNeighbourhoodWithinDepthInEitherDirection() throws {
        #expect(ids(try GraphFilter(focus: "person:b", depth: 1).apply(Self.analysis)) == ["a", "b", "c"])
        #expect(ids(try GraphFilter(focus: "C", depth: 0).apply(Self.analysis)) == ["c"])
        #expect(ids(try GraphFilter(focus: "alias-a", depth: 2).apply(Self.analysis)) == ["a", "b", "c"])
        #expect(ids(try GraphFilter(focus: "e", depth: 3).apply(Self.analysis)) == ["e"])
    }

    @Test func focusOnAnUnknownPartyIsAnErrorThatSuggestsNames() {
        #expect(throws: GraphFilterError.self) { try GraphFilter(focus: "nobody").apply(Self.analysis) }
        do { _ = try GraphFilter(focus: "person").apply(Self.analysis) } catch {
            #expect(error.description.contains("did you mean"))
        }
    }

    @Test func topKeepsTheHighestRankedPartiesAndTheRelationsAmongThem() throws {
        let kept = try GraphFilter(top: 2).apply(Self.analysis)
        #expect(ids(kept) == ["b", "c"])
        #expect(kept.relations.map(\.kind) == [.denies])
        let afterFocus = try GraphFilter(focus: "person:d", depth: 1, top: 1).apply(Self.analysis)
        #expect(ids(afterFocus) == ["c"])
    }

    @Test func engineIsDotForSmallGraphsAndSfdpForLargeUnlessGiven() {
        #expect(Diagram.engine(nodeCount: 10) == .dot)
        #expect(Diagram.engine(nodeCount: Diagram.dotNodeLimit) == .dot)
        #expect(Diagram.engine(nodeCount: Diagram.dotNodeLimit + 1) == .sfdp)
        #expect(Diagram.engine(nodeCount: 5000, requested: .neato) == .neato)
        let dot = Diagram.dot(Self.analysis, options: DiagramOptions(), engine: .sfdp)
        #expect(dot.contains("overlap=\"prism\""))
        #expect(!Diagram.dot(Self.analysis, options: DiagramOptions(), engine: .dot).contains("overlap="))
    }

    @Test func nodeSizesAreTheSquareRootOfTheMetricOverItsLargest() {
        let sizes = Diagram.nodeSizes(Self.analysis, by: .pagerank)
        #expect(sizes["person:b"] == 1)
        #expect(abs(sizes["person:a"]! - 0.5) < 1e-12)
    }

    /// A scale-free-ish graph of 2,000 parties: the default engine (sfdp with overlap
    /// removal) lays it out and renders SVG within seconds (the time is printed, not asserted).
    @Test func twoThousandNodeGraphRendersWithTheDefaultEngine() throws {
        var rng = SystemRandomNumberGenerator()
        let n = 2000
        let entities = (0..<n).map { Entity(id: "person:p\($0)", name: "Person \($0)", kind: .person) }
        var relations: [Relation] = []
        for i in 1..<n {
            for _ in 0..<2 {
                let j = Int.random(in: 0..<i, using: &rng)
                relations.append(Relation(kind: .accuses, source: "person:p\(i)", target: "person:p\(j)", cue: "accused",
                                          evidence: [Evidence(document: "d", span: TextSpan(start: 0, end: 1))]))
            }
        }
        let analysis = Analysis(entities: entities, relations: relations)
        let start = Date()
        let (rendering, engine) = try Diagram.render(analysis, options: DiagramOptions(), format: .svg)
        let seconds = Date().timeIntervalSince(start)
        print("2,000 nodes / \(relations.count) edges: \(engine.rawValue) in \(String(format: "%.2f", seconds)) s")
        #expect(engine == .sfdp)
        #expect(rendering.text?.contains("<title>person:p1999</title>") == true)
    }
}
