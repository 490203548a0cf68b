import Export
import Extraction
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GraphvizRendering
import QuoteGraph
import QuoteGraphModel

/// What the fuzz target (`quotegraph-fuzz`, `scripts/fuzz.sh`) checks on each input, and the
/// regression tests replay on every input it ever crashed on. Each check returns the broken
/// promises it found; a crash or a hang inside is a finding too.
public enum FuzzChecks {
    static let extractor = Extractor()

    /// Every check on one input.
    public static func all(_ bytes: [UInt8]) -> [String] {
        text(bytes) + exports(bytes)
    }

    /// The text pipeline: the bytes decoded (lossily) and extracted; every span lies in the
    /// text, a quotation's span holds its text, every relation joins two listed entities.
    public static func text(_ bytes: [UInt8]) -> [String] {
        guard case .success(let decoded) = TextDecoding.decode(bytes, lossy: true) else { return [] }
        let text = decoded.text
        let scalars = Array(text.unicodeScalars)
        let result = extractor.extract(Document(id: "fuzz", text: text))
        var problems: [String] = []
        func inBounds(_ span: TextSpan) -> Bool { 0 <= span.start && span.start <= span.end && span.end <= scalars.count }
        for q in result.quotes {
            guard inBounds(q.span) else { problems.append("quote span \(q.span) outside 0..<\(scalars.count)"); continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[q.span.start..<q.span.end])
            if String(view) != q.text { problems.append("quote span \(q.span) does not hold \(q.text.debugDescription)") }
            if let s = q.speakerSpan, !inBounds(s) { problems.append("speaker span \(s) outside the text") }
        }
        let ids = Set(result.entities.map(\.id))
        for r in result.relations {
            if !ids.contains(r.source) || !ids.contains(r.target) { problems.append("relation \(r.source) -> \(r.target) names an unknown entity") }
            for e in r.evidence where !inBounds(e.span) { problems.append("evidence span \(e.span) outside the text") }
        }
        return problems
    }

    /// The writers: entities named by the input's lines (ids, names, titles, cues). The DOT
    /// must parse in libcgraph with every id as one node; GraphML and GEXF must be well-formed
    /// XML; the HTML report must hold only its own script.
    public static func exports(_ bytes: [UInt8]) -> [String] {
        let analysis = hostileAnalysis(String(decoding: bytes, as: UTF8.self))
        var problems: [String] = []
        let dot = DOTWriter.write(analysis, options: DOTOptions(title: analysis.entities.first?.name, edgeLabels: true))
        do {
            let parsed = try Graphviz.readGraph(dot: dot)
            let nodes = Set(parsed.nodes)
            for e in analysis.entities where !nodes.contains(expectedNodeName(e.id)) {
                problems.append("DOT lost node \(e.id.debugDescription)")
            }
            if parsed.edges.count < analysis.relations.count { problems.append("DOT lost edges") }
        } catch {
            problems.append("DOT does not parse: \(error)")
        }
        for (name, xml) in [("GraphML", GraphMLWriter.write(analysis)), ("GEXF", GEXFWriter.write(analysis))] {
            let parser = XMLParser(data: Data(xml.utf8))
            if !parser.parse() { problems.append("\(name) is not well-formed: \(parser.parserError.map { "\($0)" } ?? "?")") }
        }
        let html = HTMLReport.write(analysis, svg: nil, title: analysis.entities.first?.name ?? "")
        if html.components(separatedBy: "<script").count != 2 { problems.append("the HTML report holds a script of the input") }
        return problems
    }

    /// Up to eight entities, one per line of `text`, each related to the next.
    static func hostileAnalysis(_ text: String) -> Analysis {
        var seen = Set<String>()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { seen.insert($0).inserted }.prefix(8)
        let kinds = EntityKind.allCases
        let entities = lines.enumerated().map { i, line in
            Entity(id: line, name: line, kind: kinds[i % kinds.count], aliases: [line + "\""], title: line, mentions: 1)
        }
        let relationKinds = RelationKind.allCases
        let relations = zip(entities, entities.dropFirst()).enumerated().map { i, pair in
            Relation(kind: relationKinds[i % relationKinds.count], source: pair.0.id, target: pair.1.id, cue: pair.0.name,
                     evidence: [Evidence(document: pair.1.name, span: TextSpan(start: 0, end: 1))])
        }
        let quotes = entities.prefix(2).enumerated().map { i, e in
            Quote(id: "q\(i)", document: e.name, span: TextSpan(start: 0, end: 1), text: e.name, speaker: e.id, speakerName: e.name, cue: e.name)
        }
        return Analysis(documents: [DocumentSummary(id: lines.first ?? "", chars: 1)], entities: entities, quotes: quotes,
                        relations: relations)
    }

    /// The name libcgraph gives a node written with `DOTEscaping.id`: backslashes stay
    /// doubled, a tab becomes a space, C0 controls and U+FFFE/U+FFFF are dropped, and a `%`
    /// that then leads gets a backslash.
    static func expectedNodeName(_ id: String) -> String {
        var out = String.UnicodeScalarView()
        for s in id.unicodeScalars {
            switch s {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\t": out.append(" ")
            case _ where s.value < 0x20 || s.value == 0xFFFE || s.value == 0xFFFF: continue
            default: out.append(s)
            }
        }
        if out.first == "%" { out.insert("\\", at: out.startIndex) }
        return String(out)
    }
}
