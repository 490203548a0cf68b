import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import QuoteGraphModel
@testable import Export

/// Every element of an XML document with its attributes and text, read by XMLParser.
struct XMLElements {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
    }

    let isWellFormed: Bool
    let error: String?
    let elements: [Element]

    init(_ text: String) {
        let collector = Collector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        parser.shouldResolveExternalEntities = false
        isWellFormed = parser.parse()
        error = parser.parserError.map { "\($0)" }
        elements = collector.finished
    }

    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    private final class Collector: NSObject, XMLParserDelegate {
        var finished: [Element] = []
        private var open: [Element] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            open.append(Element(name: elementName, attributes: attributeDict, text: ""))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !open.isEmpty { open[open.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            if let element = open.popLast() { finished.append(element) }
        }
    }
}

/// Hostile input for every writer: names, quotes and document text with markup, quotes,
/// backslashes, brackets, CDATA ends, entities, line breaks and control characters.
enum Hostile {
    static let name = "Evil \"Bob\" <script>alert('x')</script> & ]]> C:\\temp \\N\n2nd line\u{01}\u{07}"
    static let quote = "We <b>deny</b> & \"reject\" it ]] \u{0B}\r\nfully</script><script>alert(2)</script>"
    static let document = "doc <1> & \"two\""
    static let text = "<script>alert(\"sentence\")</script> Raab & \"Co\" said ]]> \u{01}\n next."

    static let analysis = Analysis(
        documents: [DocumentSummary(id: document, chars: text.unicodeScalars.count)],
        entities: [
            Entity(id: "person:evil", name: name, kind: .person, aliases: ["<i>B</i>", "a;b"], title: "Chief \"<x>\"",
                   affiliation: "organisation:o&o", mentions: 2),
            Entity(id: "organisation:o&o", name: "O&O <Ltd>", kind: .organisation, mentions: 1),
            Entity(id: "country:c", name: "C]]>", kind: .country),
        ],
        quotes: [Quote(id: "q1", document: document, span: TextSpan(start: 0, end: 5), text: quote,
                       speaker: "person:evil", speakerName: name, cue: "said <loudly>")],
        relations: [
            Relation(kind: .accuses, source: "person:evil", target: "country:c", cue: "accused \"<them>\"", quote: "q1",
                     evidence: [Evidence(document: document, span: TextSpan(start: 0, end: text.unicodeScalars.count))]),
            Relation(kind: .affiliatedWith, source: "person:evil", target: "organisation:o&o",
                     evidence: [Evidence(document: document, span: TextSpan(start: 0, end: 8))]),
            Relation(kind: .denies, source: "organisation:o&o", target: "person:evil", cue: "denied",
                     evidence: [Evidence(document: document, span: TextSpan(start: 40, end: 60)),
                                Evidence(document: document, span: TextSpan(start: 41, end: 61))]),
        ],
        metrics: [
            EntityMetrics(entity: "person:evil", inDegree: 1, outDegree: 2, inStrength: 2, outStrength: 2, betweenness: 0.5,
                          closeness: 0.25, harmonic: 1.5, pagerank: 0.4, eigenvector: .nan, hub: 0.7, authority: 0.3),
            EntityMetrics(entity: "organisation:o&o", inDegree: 1, outDegree: 1, pagerank: 0.3),
            EntityMetrics(entity: "country:c", inDegree: 1, pagerank: 0.3),
        ]
    )

    static let evidence = EvidenceText(documentTexts: [document: text], quotes: analysis.quotes)

    /// A string as an XML 1.0 document can hold it: forbidden control characters removed.
    static func xmlSafe(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter(XMLEscaping.isAllowed)))
    }
}
