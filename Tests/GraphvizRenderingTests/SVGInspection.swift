import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What an SVG document holds, read with Foundation's XMLParser.
struct SVGInspection {
    /// Whether the document parsed as well-formed XML.
    let isWellFormed: Bool
    /// Text of every `<title>` element (Graphviz titles each node, edge and the graph).
    let titles: [String]
    /// Text of every `<text>` element (the drawn labels).
    let texts: [String]

    init(_ bytes: [UInt8]) {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        parser.shouldResolveExternalEntities = false
        isWellFormed = parser.parse()
        titles = collector.finished["title", default: []]
        texts = collector.finished["text", default: []]
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var finished: [String: [String]] = [:]
        private var open: [(name: String, text: String)] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            open.append((elementName, ""))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !open.isEmpty { open[open.count - 1].text += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?
        ) {
            guard let element = open.popLast() else { return }
            finished[element.name, default: []].append(element.text)
        }
    }
}
