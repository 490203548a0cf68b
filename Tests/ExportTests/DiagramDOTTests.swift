import Foundation
import Testing
import GraphvizRendering
import QuoteGraphModel
@testable import Export

/// The diagram options of the DOT writer: sizes, affiliation clusters, evidence tooltips,
/// element ids; checked through libcgraph's parser and libgvc's SVG.
@Suite struct DiagramDOTTests {
    static let options = DOTOptions(title: "T <script>\"", edgeLabels: true, nodeSizes: ["person:evil": 1, "country:c": 0.25],
                                     sizeMetric: "pagerank", clusterByAffiliation: true, elementIDs: true)

    @Test func peopleAreDrawnInsideTheClusterOfTheirAffiliation() {
        let dot = DOTWriter.write(Hostile.analysis, options: Self.options)
        let cluster = try! #require(dot.range(of: "subgraph \"cluster_affiliation_0\" {"))
        let body = dot[cluster.upperBound...].prefix { $0 != "}" }
        #expect(body.contains("label=\"O&amp;O <Ltd>\""), "the cluster is labelled with the organisation's name")
        #expect(body.contains("\n    \"organisation:o&o\" ["))
        #expect(body.contains("\n    \"person:evil\" ["))
        #expect(!body.contains("\"country:c\""))
        #expect(DOTWriter.affiliationClusters(Sample.analysis.entities) == [[2, 0]])
    }

    @Test func nodeSizeGrowsWithTheChosenMetricAndTheLegendNamesIt() {
        let dot = DOTWriter.write(Hostile.analysis, options: Self.options)
        #expect(dot.contains("width=\"2.25\", height=\"1.5\", fontsize=\"22\", id=\"n0\""))
        #expect(dot.contains("width=\"1.13\", height=\"0.75\", fontsize=\"14.5\", id=\"n2\""))
        #expect(dot.contains("label=\"node size: pagerank\""))
    }

    @Test func edgeTooltipsQuoteTheQuotationAndTheEvidenceSentence() {
        let dot = DOTWriter.write(Hostile.analysis, options: Self.options, evidence: Hostile.evidence)
        #expect(dot.contains(#"tooltip="accuses (accused \"<them>\"), 1 piece of evidence\nquote: “We <b>deny</b> &amp; \"reject\" it ]] fully</script><script>alert(2)</script>”\n[doc <1> &amp; \"two\"] <script>alert(\"sentence\")</script> Raab &amp; \"Co\" said ]]> next.""#))
        #expect(!dot.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func libcgraphParsesTheDiagramWithEveryEntityAndEdge() throws {
        for analysis in [Hostile.analysis, Sample.analysis, Sample.hostile] {
            let dot = DOTWriter.write(analysis, options: Self.options, evidence: Hostile.evidence)
            let parsed = try Graphviz.readGraph(dot: dot)
            // cgraph keeps an escaped backslash doubled in a node name (DOTEscaping.id), so
            // only ids without one can be compared by name; our kind:slug ids never have one.
            let plainIDs = analysis.entities.map(\.id).filter { !$0.contains("\\") }
            #expect(Set(plainIDs).isSubset(of: Set(parsed.nodes)))
            #expect(parsed.nodes.filter { !$0.hasPrefix("legend:") }.count == analysis.entities.count)
            let edges = parsed.edges.filter { !$0.tail.hasPrefix("legend:") }
            #expect(edges.count == analysis.relations.count)
            #expect(edges.allSatisfy { $0.attributes["label"] == nil }, "cues are xlabels (Graphviz 2.42 double free)")
        }
    }

    @Test(arguments: [LayoutEngine.dot, .sfdp])
    func svgOfHostileNamesIsWellFormedAndShowsTooltipsAsText(engine: LayoutEngine) throws {
        var options = Self.options
        options.removeOverlaps = engine != .dot
        let dot = DOTWriter.write(Hostile.analysis, options: options, evidence: Hostile.evidence)
        let rendering = try Graphviz.render(dot: dot, format: .svg, engine: engine)
        let svg = try #require(rendering.text)
        let doc = XMLElements(svg)
        #expect(doc.isWellFormed, "\(doc.error ?? "")")
        #expect(doc.named("script").isEmpty, "no script element from input")
        #expect(!svg.contains("<script"), "markup from input is escaped in the SVG")
        let titles = doc.elements.compactMap { $0.attributes["xlink:title"] }
        #expect(titles.contains { $0.contains("quote: “We <b>deny</b> & \"reject\" it ]] fully</script><script>alert(2)</script>”") })
        #expect(titles.contains { $0.contains("[doc <1> & \"two\"] <script>alert(\"sentence\")</script> Raab & \"Co\" said ]]> next.") })
        #expect(doc.named("text").contains { $0.text == "T <script>\"" }, "the title is shown literally")
        #expect(doc.named("g").contains { $0.attributes["id"] == "e0" && $0.attributes["class"] == "edge" })
        #expect(doc.named("g").contains { $0.attributes["id"] == "n0" && $0.attributes["class"] == "node" })
    }
}
