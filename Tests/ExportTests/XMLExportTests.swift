import Foundation
import Testing
import QuoteGraphModel
@testable import Export

@Suite struct XMLExportTests {
    @Test func xmlEscapingTurnsMarkupIntoEntitiesAndDropsForbiddenControls() {
        #expect(XMLEscaping.text("a<b>&\"c\"'d") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d")
        #expect(XMLEscaping.text("x\u{00}\u{01}\u{1F}\u{FFFE}y\tz\n") == "xy\tz\n")
        #expect(XMLEscaping.attribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
        #expect(XMLEscaping.text("]]>") == "]]&gt;")
    }

    @Test func graphMLOfHostileNamesIsWellFormedAndReadsBackEveryString() throws {
        let xml = GraphMLWriter.write(Hostile.analysis, evidence: Hostile.evidence)
        let doc = XMLElements(xml)
        #expect(doc.isWellFormed, "\(doc.error ?? "")")
        let nodes = doc.named("node")
        #expect(nodes.map { $0.attributes["id"] } == ["person:evil", "organisation:o&o", "country:c"])
        let data = doc.named("data")
        let values = Set(data.map(\.text))
        #expect(values.contains(Hostile.xmlSafe(Hostile.name)))
        #expect(values.contains("<i>B</i>; a;b"))
        #expect(values.contains("We <b>deny</b> & \"reject\" it ]] fully</script><script>alert(2)</script>"))
        #expect(values.contains("accused \"<them>\""))
        #expect(data.contains { $0.attributes["key"] == "n_pagerank" && $0.text == "0.4" })
        #expect(!data.contains { $0.attributes["key"] == "n_eigenvector" && $0.text == "0.4" })
        #expect(doc.named("edge").map { $0.attributes["id"] } == ["e0", "e1", "e2"])
        #expect(!xml.unicodeScalars.contains { !XMLEscaping.isAllowed($0) })
    }

    @Test func gexfOfHostileNamesIsWellFormedWithLabelsAttributesAndWeights() throws {
        let xml = GEXFWriter.write(Hostile.analysis, evidence: Hostile.evidence)
        let doc = XMLElements(xml)
        #expect(doc.isWellFormed, "\(doc.error ?? "")")
        #expect(doc.named("gexf").first?.attributes["version"] == "1.3")
        let nodes = doc.named("node")
        #expect(nodes.first?.attributes["label"] == Hostile.xmlSafe(Hostile.name))
        #expect(nodes.first?.attributes["id"] == "person:evil")
        let edges = doc.named("edge")
        #expect(edges.map { $0.attributes["weight"] } == ["1", "1", "2"])
        #expect(edges.map { $0.attributes["label"] } == ["accuses", "affiliated_with", "denies"])
        let values = doc.named("attvalue").compactMap { $0.attributes["value"] }
        #expect(values.contains("Chief \"<x>\""))
        #expect(values.contains { $0.hasPrefix("<script>alert(\"sentence\")</script> Raab & \"Co\" said ]]>") })
    }

    @Test func nodesCSVCarriesEveryMetricAndEdgesCSVTheEvidenceText() {
        let nodes = EntitiesCSV.write(Hostile.analysis.entities, metrics: Hostile.analysis.metrics)
        let header = nodes.split(separator: "\r\n").first.map(String.init)
        #expect(header == "id,name,kind,aliases,title,affiliation,mentions,in_degree,out_degree,degree,in_strength,out_strength,"
                + "betweenness,closeness,harmonic,pagerank,eigenvector,hub,authority")
        #expect(nodes.contains("\"Evil \"\"Bob\"\" <script>"), "quotes doubled inside a quoted cell")
        #expect(nodes.contains(",0.5,0.25,1.5,0.4,,0.7,0.3\r\n"), "NaN eigenvector is an empty cell")
        let edges = RelationsCSV.write(Hostile.analysis.relations, evidence: Hostile.evidence)
        #expect(edges.hasPrefix("source,target,kind,weight,cue,evidence,quote,evidence_text\r\n"))
        #expect(edges.contains("\"<script>alert(\"\"sentence\"\")</script> Raab & \"\"Co\"\" said ]]>"))
    }
}

@Suite struct EvidenceDocumentTests {
    static let analysis = Analysis(
        documents: [DocumentSummary(id: "a", chars: 10, meta: ["source": .string("Reuters"), "date": .string("2020-07-16")]),
                    DocumentSummary(id: "b", chars: 10, meta: ["source": .string("AP"), "date": .string("2020-07-14")])],
        entities: [Entity(id: "country:x", name: "X", kind: .country), Entity(id: "group:y", name: "Y", kind: .group)],
        relations: [Relation(kind: .accuses, source: "country:x", target: "group:y", cue: "hacked",
                             evidence: [Evidence(document: "a", span: TextSpan(start: 0, end: 5)),
                                        Evidence(document: "b", span: TextSpan(start: 0, end: 5))])])

    @Test func edgesCarryTheSourcesAndDatesOfTheirEvidence() {
        let csv = RelationsCSV.write(Self.analysis.relations, documents: Self.analysis.documents)
        #expect(csv.contains("sources,first_date,last_date"))
        #expect(csv.contains("AP; Reuters,2020-07-14,2020-07-16"))
        let graphml = GraphMLWriter.write(Self.analysis)
        #expect(graphml.contains("<data key=\"e_sources\">AP; Reuters</data>"))
        #expect(graphml.contains("<data key=\"e_first_date\">2020-07-14</data>"))
        let gexf = GEXFWriter.write(Self.analysis)
        #expect(gexf.contains("value=\"2020-07-16\""))
    }
}
