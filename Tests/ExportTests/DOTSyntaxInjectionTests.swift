import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GraphvizRendering
import QuoteGraphModel
import Testing
@testable import Export

/// Names and ids made of DOT's own syntax (edge operators, statement and attribute
/// separators, braces, brackets, comments, HTML-label and record-label characters, a leading
/// `%`) stay data: libcgraph reads exactly our nodes and edges, and the rendered SVG shows
/// the names as text.
@Suite struct DOTSyntaxInjectionTests {
    static let hostileNames = [
        "a -- b", "x -> y; z", "} digraph evil {", "n [shape=record label=\"{x|y}\"]", "]; injected [color=red",
        "<b>html</b>", "{record|<port> label}", "// line comment", "/* block */ end", "# preprocessor", "%anonymous",
        "%1", "back\\slash \\\" quote", "line\nbreak", "edge", "a=b, c=d", "100%", "&amp; &#65; &nbsp;", "ends with \\",
    ]

    static let analysis: Analysis = {
        let kinds = EntityKind.allCases
        let entities = hostileNames.enumerated().map { i, name in
            Entity(id: name, name: name, kind: kinds[i % kinds.count], aliases: [name], title: name, mentions: 1)
        }
        let relations = zip(entities, entities.dropFirst()).enumerated().map { i, pair in
            Relation(kind: RelationKind.allCases[i % RelationKind.allCases.count], source: pair.0.id, target: pair.1.id,
                     cue: pair.1.name, evidence: [Evidence(document: "d", span: TextSpan(start: 0, end: 1))])
        }
        return Analysis(entities: entities, relations: relations)
    }()

    @Test func libcgraphReadsExactlyOurNodesAndEdgesFromNamesMadeOfDOTSyntax() throws {
        let dot = DOTWriter.write(Self.analysis, options: DOTOptions(title: "t -- { } ; ]", edgeLabels: true, legend: false))
        let graph = try Graphviz.readGraph(dot: dot)
        #expect(graph.nodes.count == Self.hostileNames.count)
        func nodeName(_ id: String) -> String {
            (id.hasPrefix("%") ? "\\" : "") + id.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "")
        }
        #expect(Set(graph.nodes) == Set(Self.hostileNames.map(nodeName)))
        // Every edge joins the nodes of its relation.
        #expect(Set(graph.edges.map { [$0.tail, $0.head] }) == Set(Self.analysis.relations.map { [nodeName($0.source), nodeName($0.target)] }))
    }

    @Test func escapingOfIDsIsInjectiveSoDistinctIDsStayDistinctNodes() throws {
        let ids = ["%a", "\\%a", "%%a", "a", "\\a", "\\\\a", "a\"", "a\\\""]
        let analysis = Analysis(entities: ids.map { Entity(id: $0, name: $0, kind: .other) })
        let graph = try Graphviz.readGraph(dot: DOTWriter.write(analysis, options: DOTOptions(legend: false)))
        #expect(Set(graph.nodes).count == ids.count, "\(graph.nodes)")
        #expect(DOTEscaping.id("%1") == #""\%1""#)
    }

    @Test func svgOfNamesMadeOfDOTAndMarkupSyntaxShowsThemAsText() throws {
        let dot = DOTWriter.write(Self.analysis, options: DOTOptions(title: "<script>alert(1)</script>", edgeLabels: true))
        let rendering = try Graphviz.render(dot: dot, format: .svg, engine: .dot)
        #expect(rendering.warnings.isEmpty, "\(rendering.warnings)")
        let svg = try #require(rendering.text)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(!svg.contains("<script") && !svg.contains("<b>html"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(svg.contains("{record|&lt;port&gt; label}"), "record-label characters are plain text in our shapes")
        #expect(svg.contains("a &#45;&#45; b") || svg.contains("a -- b"))
        #expect(!dot.contains("shape=\"record\"") && !dot.contains("shape=\"Mrecord\""))
    }

    @Test func everyCSVTableNeutralisesFormulaPrefixesInEveryTextColumn() {
        let prefixes = ["=", "+", "-", "@", "\t", "\r"]
        let entities = prefixes.enumerated().map { i, p in
            Entity(id: "other:\(i)", name: p + "cmd|' /C calc'!A0", kind: .other, aliases: [p + "alias"], title: p + "title")
        }
        let relations = prefixes.indices.dropFirst().map { i in
            Relation(kind: .accuses, source: "other:\(i - 1)", target: "other:\(i)", cue: prefixes[i] + "cue",
                     evidence: [Evidence(document: "d", span: TextSpan(start: 0, end: 1))])
        }
        let tables = [MetricsCSV.write(entities.map { EntityMetrics(entity: $0.id) }, entities: entities),
                      EntitiesCSV.write(entities), RelationsCSV.write(relations)]
        for csv in tables {
            for cell in Self.cells(csv) {
                let first = cell.unicodeScalars.first
                #expect(first == nil || !prefixes.contains(String(first!)) || Double(cell) != nil, "formula cell \(cell.debugDescription)")
            }
        }
    }

    /// The cells of an RFC 4180 table, unquoted.
    static func cells(_ csv: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false, wasQuote = false
        for c in csv.unicodeScalars {
            if quoted {
                if c == "\"" { quoted = false; wasQuote = true } else { cell.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"": if wasQuote { cell += "\"" }; quoted = true
            case ",", "\n": cells.append(cell); cell = ""
            case "\r": break
            default: cell.unicodeScalars.append(c)
            }
            wasQuote = false
        }
        return cells
    }
}
