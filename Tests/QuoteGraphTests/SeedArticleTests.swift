import Export
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GraphvizRendering
import QuoteGraph
import QuoteGraphModel
import Testing

/// The motivating article (Examples/cyberspies-vaccine-research.txt) gives the quotations,
/// speakers, aliases and relations it must, from general rules.
@Suite struct SeedArticleTests {
    static let seedURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Examples/cyberspies-vaccine-research.txt").standardized

    static let analysis: Analysis = {
        let text = try! String(contentsOf: seedURL, encoding: .utf8)
        return Pipeline().analyze([Document(id: "cyberspies-vaccine-research", text: text)]).analysis
    }()

    var analysis: Analysis { Self.analysis }

    @Test func fifteenQuotationsEachWithItsSpeaker() {
        let speakers = analysis.quotes.map { q in q.speaker.flatMap { analysis.entity($0)?.name } }
        #expect(speakers == [
            "Dominic Raab", "Anne Neuberger", "Dmitry Peskov", "Dmitry Peskov", "John Demers",
            "Communications Security Establishment", "Communications Security Establishment",
            "Scott Jones", "Scott Jones", "Christopher A. Wray", "Christopher A. Wray",
            "William P. Barr", "William P. Barr", "John Hultquist", "John Hultquist",
        ])
    }

    @Test func quotedNamesAreNotQuotations() {
        for name in ["the Dukes", "Cozy Bear", "WellMess", "WellMail", "cyber activity"] {
            #expect(!analysis.quotes.contains { $0.text.hasPrefix(name) }, "\(name) is a name, not a quotation")
        }
    }

    @Test func speakersCarryTitlesAndAffiliations() {
        let expected: [(String, String, String?)] = [
            ("person:dominic-raab", "Foreign Secretary", "country:united-kingdom"),
            ("person:anne-neuberger", "cybersecurity director", "organisation:national-security-agency"),
            ("person:dmitry-peskov", "spokesman", "country:russia"),
            ("person:john-demers", "Assistant Attorney General for National Security", nil),
            ("person:scott-jones", "head of the CSE’s Cyber Center", "organisation:communications-security-establishment"),
            ("person:christopher-a-wray", "Director", "organisation:fbi"),
            ("person:william-p-barr", "Attorney General", nil),
            ("person:john-hultquist", "director of intelligence analysis", "organisation:fireeye"),
        ]
        for (id, title, affiliation) in expected {
            let e = analysis.entity(id)
            #expect(e?.title == title, "\(id)")
            if let affiliation { #expect(e?.affiliation == affiliation, "\(id)") }
        }
    }

    @Test func aliasesMergeIntoOneEntity() {
        let groupAliases = Set(analysis.entity("group:apt29")?.aliases ?? [])
        #expect(groupAliases.isSuperset(of: ["Dukes", "Cozy Bear"]))
        #expect(analysis.entity("organisation:national-security-agency")?.aliases.contains("NSA") == true)
        #expect(analysis.entity("organisation:communications-security-establishment")?.aliases.contains("CSE") == true)
        let russia = Set(analysis.entity("country:russia")?.aliases ?? [])
        #expect(russia.isSuperset(of: ["Moscow", "Kremlin"]))
        #expect(analysis.entity("country:china")?.aliases.contains("Beijing") == true)
        for id in ["group:cozy-bear", "organisation:nsa", "organisation:cse", "country:moscow"] {
            #expect(analysis.entity(id) == nil, "\(id) should be merged")
        }
    }

    @Test func relationsOfTheArticle() {
        let found = Set(analysis.relations.map { "\($0.kind.rawValue) \($0.source) -> \($0.target)" })
        let expected = [
            "accuses country:united-states -> group:apt29",
            "accuses country:united-kingdom -> group:apt29",
            "accuses country:canada -> group:apt29",
            "member_of group:apt29 -> organisation:russian-intelligence",
            "accuses person:dominic-raab -> organisation:russian-intelligence",
            "accuses person:anne-neuberger -> group:apt29",
            "accuses organisation:fbi -> country:china",
            "accuses organisation:department-of-homeland-security -> country:china",
            "accuses person:christopher-a-wray -> country:china",
            "accuses person:john-hultquist -> country:iran",
            "accuses person:john-hultquist -> country:china",
            "accuses organisation:national-cyber-security-centre -> group:apt29",
            "denies country:russia -> country:united-states",
            "denies person:dmitry-peskov -> country:united-kingdom",
            "targets group:apt29 -> other:vaccine-research-and-development-organisations",
        ]
        for relation in expected { #expect(found.contains(relation), "missing: \(relation)") }
        #expect(!found.contains { $0.hasPrefix("accuses") && $0.hasSuffix("-> country:united-states") }, "nobody accuses the US")
    }

    @Test func everyRelationHasEvidenceInTheArticle() throws {
        let text = try String(contentsOf: Self.seedURL, encoding: .utf8)
        let count = text.unicodeScalars.count
        for r in analysis.relations {
            #expect(!r.evidence.isEmpty)
            for e in r.evidence { #expect(e.document == "cyberspies-vaccine-research" && e.span.end <= count) }
        }
    }

    @Test func mostAccusedPartiesAreAPT29RussiaSideAndChina() {
        var accused: [String: Int] = [:]
        for r in analysis.relations where r.kind == .accuses { accused[r.target, default: 0] += r.weight }
        let top = accused.sorted { $0.value > $1.value }.prefix(3).map(\.key)
        #expect(top.first == "group:apt29")
        #expect(top.contains("country:china"))
    }

    @Test func jsonMatchesSnapshot() throws {
        try Snapshot.check(GraphJSON.write(analysis), named: "cyberspies-vaccine-research.json")
    }

    @Test func dotMatchesSnapshot() throws {
        try Snapshot.check(DOTWriter.write(analysis, options: DOTOptions(title: "cyberspies-vaccine-research")),
                           named: "cyberspies-vaccine-research.dot")
    }

    @Test func svgIsWellFormedAndShowsEveryEntity() throws {
        let dot = DOTWriter.write(analysis, options: DOTOptions(title: "cyberspies-vaccine-research"))
        let svg = try Graphviz.render(dot: dot, format: .svg, engine: .dot)
        let collector = SVGTextCollector()
        let parser = XMLParser(data: Data(svg.bytes))
        parser.delegate = collector
        #expect(parser.parse(), "SVG is not well-formed XML")
        for e in analysis.entities {
            #expect(collector.titles.contains(e.id), "\(e.id) missing from the SVG")
        }
        for kind in ["person", "organisation", "group", "country"] { #expect(collector.texts.contains(kind), "legend lacks \(kind)") }
    }
}

/// Collects the decoded text of `<title>` and `<text>` elements of an SVG.
final class SVGTextCollector: NSObject, XMLParserDelegate {
    var titles: Set<String> = []
    var texts: Set<String> = []
    private var element = ""
    private var buffer = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        element = name
        buffer = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title" { titles.insert(buffer) }
        if name == "text" { texts.insert(buffer) }
        buffer = ""
    }
}
