import Centrality
import Export
import Foundation
import GraphvizRendering
import QuoteGraphModel

// MARK: - Named graphs

/// A directed graph whose nodes have names: the ``Digraph`` the centrality metrics run on,
/// plus the id (and a display label) of every node.
///
/// Three sources build one: the relation graph of an ``Analysis`` (``init(analysis:relationKinds:weighted:)``),
/// an edge list (``EdgeList/parse(_:path:separator:)``) and a DOT graph
/// (``init(dot:path:)``). ``GraphReader`` picks by file name.
public struct NamedGraph: Sendable {
    /// Node ids, indexed as in ``graph``: entity ids, edge-list cells or DOT node names.
    public let ids: [String]
    /// A display name per node; equal to the id when the source has no names.
    public let labels: [String]
    /// The graph, parallel edges merged by summing their weights.
    public let graph: Digraph

    /// A graph on named nodes.
    ///
    /// - Parameters:
    ///   - ids: distinct node ids.
    ///   - labels: display names aligned with `ids`; `nil` uses the ids.
    ///   - edges: edges between indices of `ids`, with finite positive weights.
    public init(ids: [String], labels: [String]? = nil, edges: [(source: Int, target: Int, weight: Double)]) {
        precondition(labels == nil || labels!.count == ids.count, "one label per node")
        self.ids = ids
        self.labels = labels ?? ids
        self.graph = Digraph(nodeCount: ids.count, edges: edges)
    }

    /// Whether any node has a label other than its id.
    public var hasLabels: Bool { labels != ids }

    /// The relation graph of an analysis: entities are nodes, relations are edges weighted
    /// by their evidence count (1 when `weighted` is false).
    ///
    /// Without `relationKinds` every entity is a node, as in ``GraphMetrics``, so the values
    /// agree with the `metrics` of the graph JSON. With `relationKinds`, only relations of
    /// those kinds are edges and only the entities they connect are nodes (networkx's
    /// `edge_subgraph`): parties the chosen relations never touch would only dilute
    /// PageRank.
    public init(analysis: Analysis, relationKinds: Set<RelationKind>? = nil, weighted: Bool = true) {
        let relations = analysis.relations.filter { relationKinds?.contains($0.kind) ?? true }
        var entities = analysis.entities
        if relationKinds != nil {
            let touched = Set(relations.flatMap { [$0.source, $0.target] })
            entities = entities.filter { touched.contains($0.id) }
        }
        var index: [String: Int] = [:]
        for (i, e) in entities.enumerated() { index[e.id] = i }
        let edges = relations.compactMap { r -> (source: Int, target: Int, weight: Double)? in
            guard let s = index[r.source], let t = index[r.target] else { return nil }
            return (s, t, weighted ? Double(max(r.weight, 1)) : 1)
        }
        self.init(ids: entities.map(\.id), labels: entities.map(\.name), edges: edges)
    }

    /// A graph read from DOT text by Graphviz's parser (``Graphviz/readGraph(dot:)``).
    ///
    /// Every node is kept, isolated ones too. An edge's `weight` attribute is its weight
    /// (1 when absent). An undirected graph (`graph { a -- b }`) becomes a directed one with
    /// an edge each way, as networkx's `to_directed` does.
    ///
    /// - Throws: ``InputError`` with Graphviz's message for text Graphviz rejects, and
    ///   for a `weight` that is not a positive number.
    public init(dot: String, path: String) throws(InputError) {
        let parsed: ParsedGraph
        do {
            parsed = try Graphviz.readGraph(dot: dot)
        } catch {
            throw InputError(path: path, message: error.description)
        }
        var index: [String: Int] = [:]
        for (i, name) in parsed.nodes.enumerated() { index[name] = i }
        var edges: [(source: Int, target: Int, weight: Double)] = []
        for edge in parsed.edges {
            guard let s = index[edge.tail], let t = index[edge.head] else { continue }
            var weight = 1.0
            if let text = edge.attributes["weight"] {
                guard let w = Double(text), w > 0, w.isFinite else {
                    let arrow = parsed.isDirected ? "->" : "--"
                    throw InputError(path: path, message: "edge \(edge.tail) \(arrow) \(edge.head): weight \"\(text)\" "
                                     + "is not a positive number; fix the weight attribute or remove it")
                }
                weight = w
            }
            edges.append((s, t, weight))
            if !parsed.isDirected && s != t { edges.append((t, s, weight)) }
        }
        self.init(ids: parsed.nodes, edges: edges)
    }
}

// MARK: - Edge lists

/// Edge lists as people write them: one edge per line, `source`, `target` and an optional
/// positive `weight` (default 1), separated by a tab (`.tsv`) or a comma (`.csv`).
///
/// - Blank lines and lines starting with `#` are skipped.
/// - The first line is a header, and skipped, when its third cell is not a number
///   (`source<TAB>target<TAB>weight`) or when it has two cells named like columns
///   (`source`/`from`/`src` and `target`/`to`/`dst`).
/// - CSV cells may be quoted as in RFC 4180 (`"Smith, J."`, `""` for a quote). In a
///   `.tsv` file, a line without a tab is split at runs of spaces.
/// - Nodes are numbered in order of first appearance; repeated edges are summed.
public enum EdgeList {
    /// The cell separator of an edge list.
    public enum Separator: Sendable {
        case tab, comma
    }

    private static let headerSources: Set<String> = ["source", "from", "src", "tail", "u", "node1"]
    private static let headerTargets: Set<String> = ["target", "to", "dst", "head", "v", "node2"]

    /// Parses an edge list.
    ///
    /// - Throws: ``InputError`` with the 1-based line for a line with fewer than two or
    ///   more than three cells, an empty node name, or a weight that is not a positive
    ///   number; and for a file with no edges.
    public static func parse(_ text: String, path: String, separator: Separator) throws(InputError) -> NamedGraph {
        var ids: [String] = []
        var index: [String: Int] = [:]
        func node(_ name: String) -> Int {
            if let i = index[name] { return i }
            index[name] = ids.count
            ids.append(name)
            return ids.count - 1
        }
        var edges: [(source: Int, target: Int, weight: Double)] = []
        var lineNumber = 0
        var sawContent = false
        let what = separator == .tab ? "a tab" : "a comma"
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let cells = try split(String(line), separator: separator, path: path, line: lineNumber)
            let isFirst = !sawContent
            sawContent = true
            if isFirst && isHeader(cells) { continue }
            guard cells.count >= 2 else {
                throw InputError(path: path, message: "one cell only; expected source and target separated by \(what), "
                                 + "and an optional weight", line: lineNumber)
            }
            guard cells.count <= 3 else {
                throw InputError(path: path, message: "\(cells.count) cells; expected source, target and an optional weight",
                                 line: lineNumber)
            }
            guard !cells[0].isEmpty, !cells[1].isEmpty else {
                throw InputError(path: path, message: "empty \(cells[0].isEmpty ? "source" : "target") node name", line: lineNumber)
            }
            var weight = 1.0
            if cells.count == 3 {
                guard let w = Double(cells[2]) else {
                    throw InputError(path: path, message: "weight \"\(cells[2])\" is not a number", line: lineNumber)
                }
                guard w > 0, w.isFinite else {
                    throw InputError(path: path, message: "weight \(cells[2]) is not a positive finite number; "
                                     + "drop the edge or give it a weight above 0", line: lineNumber)
                }
                weight = w
            }
            edges.append((node(cells[0]), node(cells[1]), weight))
        }
        guard !edges.isEmpty else {
            let example = separator == .tab ? "a<TAB>b<TAB>2" : "a,b,2"
            throw InputError(path: path, message: sawContent
                             ? "no edges, only a header; add one edge per line, e.g. \(example)"
                             : "the file holds no edges; write one edge per line, e.g. \(example)")
        }
        return NamedGraph(ids: ids, edges: edges)
    }

    private static func isHeader(_ cells: [String]) -> Bool {
        if cells.count == 3 { return Double(cells[2]) == nil }
        if cells.count == 2 {
            return headerSources.contains(cells[0].lowercased()) && headerTargets.contains(cells[1].lowercased())
        }
        return false
    }

    /// The trimmed cells of one line.
    private static func split(_ line: String, separator: Separator, path: String, line lineNumber: Int) throws(InputError) -> [String] {
        switch separator {
        case .tab:
            let parts = line.contains("\t")
                ? line.split(separator: "\t", omittingEmptySubsequences: false)
                : line.split(whereSeparator: { $0 == " " })
            return parts.map { $0.trimmingCharacters(in: .whitespaces) }
        case .comma:
            var cells: [String] = []
            var cell = ""
            var quoted = false, wasQuoted = false
            var scalars = line.unicodeScalars.makeIterator()
            var pending: Unicode.Scalar? = nil
            while let c = pending ?? scalars.next() {
                pending = nil
                if quoted {
                    if c == "\"" {
                        if let next = scalars.next() {
                            if next == "\"" { cell.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                        } else { quoted = false }
                    } else { cell.unicodeScalars.append(c) }
                } else if c == "," {
                    cells.append(wasQuoted ? cell : cell.trimmingCharacters(in: .whitespaces))
                    cell = ""; wasQuoted = false
                } else if c == "\"" && cell.allSatisfy(\.isWhitespace) {
                    cell = ""; quoted = true; wasQuoted = true
                } else { cell.unicodeScalars.append(c) }
            }
            if quoted {
                throw InputError(path: path, message: "a quoted cell is not closed; end it with \"", line: lineNumber)
            }
            cells.append(wasQuoted ? cell : cell.trimmingCharacters(in: .whitespaces))
            return cells
        }
    }
}

// MARK: - Reading a graph file

/// Reads a graph the user brings: an edge list (`.tsv`, `.csv`) or a DOT file (`.dot`, `.gv`).
public enum GraphReader {
    /// File name extensions read as graphs rather than documents.
    public static let extensions: Set<String> = ["tsv", "csv", "dot", "gv"]

    /// Whether `path` names a graph file (by its extension).
    public static func isGraphFile(_ path: String) -> Bool {
        extensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// Reads and parses a graph file.
    ///
    /// - Throws: ``InputError`` for a missing, unreadable, oversized, empty, binary or
    ///   non-UTF-8 file, and for content that does not parse (with its line).
    public static func read(_ path: String, maxInputBytes: Int = 1 << 30) throws(InputError) -> NamedGraph {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, message: "no such file or directory")
        }
        guard !isDirectory.boolValue else {
            throw InputError(path: path, message: "a directory, not a graph file")
        }
        let data = try DocumentReader.load(path, maxBytes: maxInputBytes, regularOnly: false)
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            throw InputError(path: path, message: "the file looks binary (a NUL byte at offset \(nul)); give a UTF-8 text file")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(path: path, message: "the file is not valid UTF-8 (first bad byte at offset \(DocumentReader.firstInvalidUTF8Offset(bytes)))")
        }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "tsv": return try EdgeList.parse(text, path: path, separator: .tab)
        case "csv": return try EdgeList.parse(text, path: path, separator: .comma)
        default:
            guard text.contains(where: { !$0.isWhitespace }) else {
                throw InputError(path: path, message: "the file is empty; give one graph, e.g. digraph { a -> b }")
            }
            return try NamedGraph(dot: text, path: path)
        }
    }
}

extension Pipeline {
    /// Extracts and merges `documents` and returns their relation graph, without computing
    /// the metrics of the analysis (see ``NamedGraph/init(analysis:relationKinds:weighted:)``).
    public func relationGraph(_ documents: [Document], relationKinds: Set<RelationKind>? = nil,
                              weighted: Bool = true) -> NamedGraph {
        NamedGraph(analysis: AnalysisMerger.merge(extract(documents)), relationKinds: relationKinds, weighted: weighted)
    }
}

// MARK: - Metrics

/// A centrality column of a ``MetricsTable``, named as in the graph JSON (spec: metrics).
/// Definitions and normalisations follow networkx; see the functions of the Centrality
/// module.
public enum Metric: String, CaseIterable, Sendable, Hashable {
    case inDegree = "in_degree"
    case outDegree = "out_degree"
    case degree
    case inStrength = "in_strength"
    case outStrength = "out_strength"
    case betweenness
    case closeness
    case harmonic
    case pagerank
    case eigenvector
    case hub
    case authority
    /// Katz centrality (α = 0.1, β = 1, normalised); not among the defaults, since it
    /// diverges when α ≥ 1 / λ_max.
    case katz

    /// The metrics computed when none are named: those of the graph JSON.
    public static let defaults: [Metric] = allCases.filter { $0 != .katz }

    /// Whether values are whole numbers (counts).
    public var isCount: Bool { self == .inDegree || self == .outDegree || self == .degree }

    /// The metric with this name; `-` is read as `_`, case ignored (`in-degree`, `PageRank`).
    public init?(name: String) {
        self.init(rawValue: name.lowercased().replacingOccurrences(of: "-", with: "_"))
    }
}

/// A metric whose power iteration did not converge.
public struct MetricError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The metric that asked for the failed computation.
    public let metric: Metric
    /// The failure, with the method's name and iteration count.
    public let failure: CentralityError

    public init(metric: Metric, failure: CentralityError) {
        self.metric = metric
        self.failure = failure
    }

    public var description: String {
        let tolerance = JSONWriter.number(failure.tolerance)
        return "\(failure.method) did not converge within \(failure.iterations) iterations (tolerance \(tolerance)), "
            + "so there is no \(metric.rawValue) column; the graph may not suit the method (eigenvector centrality needs cycles, "
            + "Katz needs alpha below 1 / the largest eigenvalue)"
    }
}

/// Centrality metrics of every node of a ``NamedGraph``, one row per node, one column per
/// chosen ``Metric``; sortable, truncatable and writable as an aligned text table, CSV or JSON.
public struct MetricsTable: Sendable {
    /// One node's values, aligned with ``MetricsTable/columns``.
    public struct Row: Sendable, Equatable {
        public var id: String
        public var label: String
        public var values: [Double]
    }

    /// The metrics, in the order asked for.
    public let columns: [Metric]
    /// Whether rows have labels worth a column of their own.
    public let hasLabels: Bool
    /// The rows, in node order until sorted.
    public private(set) var rows: [Row]

    /// Computes `metrics` on `graph`.
    ///
    /// Path metrics read weights as lengths and spectral metrics as strengths according
    /// to `weighting` (see ``EdgeWeighting``); degrees count distinct neighbours and
    /// strengths sum raw weights. Only the methods the chosen metrics need are run.
    ///
    /// - Throws: ``MetricError`` when PageRank, eigenvector, HITS or Katz does not
    ///   converge; a metric that is not asked for never fails.
    public static func compute(_ graph: NamedGraph, metrics: [Metric] = Metric.defaults,
                               weighting: EdgeWeighting = .strength) throws(MetricError) -> MetricsTable {
        let (table, failures) = computeAll(graph, metrics: metrics, weighting: weighting)
        if let first = failures.first { throw first }
        return table
    }

    /// Computes `metrics` on `graph`; a method that does not converge leaves its columns
    /// empty (NaN, written as null or an empty cell) and is returned among the failures,
    /// so that one unsuitable method does not cost the others.
    public static func computeAll(_ graph: NamedGraph, metrics: [Metric] = Metric.defaults,
                                  weighting: EdgeWeighting = .strength) -> (table: MetricsTable, failures: [MetricError]) {
        let g = graph.graph
        var values: [Metric: [Double]] = [:]
        var failures: [MetricError] = []
        let wanted = Set(metrics)
        let empty = [Double](repeating: .nan, count: g.nodeCount)
        func run(_ metric: Metric, _ compute: () throws(CentralityError) -> [Double]) {
            do { values[metric] = try compute() } catch {
                values[metric] = empty
                failures.append(MetricError(metric: metric, failure: error))
            }
        }
        if !wanted.isDisjoint(with: [.inDegree, .outDegree, .degree, .inStrength, .outStrength]) {
            let d = degreeCentrality(g)
            values[.inDegree] = d.inDegree.map(Double.init)
            values[.outDegree] = d.outDegree.map(Double.init)
            values[.degree] = d.totalDegree.map(Double.init)
            values[.inStrength] = d.inStrength
            values[.outStrength] = d.outStrength
        }
        if wanted.contains(.betweenness) { values[.betweenness] = betweennessCentrality(g, weighting: weighting) }
        if wanted.contains(.closeness) { values[.closeness] = closenessCentrality(g, weighting: weighting) }
        if wanted.contains(.harmonic) { values[.harmonic] = harmonicCentrality(g, weighting: weighting) }
        if wanted.contains(.pagerank) {
            run(.pagerank) { () throws(CentralityError) in try pageRank(g, weighting: weighting) }
        }
        if wanted.contains(.eigenvector) {
            run(.eigenvector) { () throws(CentralityError) in try eigenvectorCentrality(g, weighting: weighting) }
        }
        if wanted.contains(.katz) {
            run(.katz) { () throws(CentralityError) in try katzCentrality(g, weighting: weighting) }
        }
        if !wanted.isDisjoint(with: [.hub, .authority]) {
            let metric: Metric = wanted.contains(.hub) ? .hub : .authority
            do {
                let (hubs, authorities) = try hits(g, weighting: weighting)
                values[.hub] = hubs
                values[.authority] = authorities
            } catch {
                values[.hub] = empty
                values[.authority] = empty
                failures.append(MetricError(metric: metric, failure: error))
            }
        }
        var columns: [Metric] = []
        for m in metrics where !columns.contains(m) { columns.append(m) }
        let rows = graph.ids.indices.map { i in
            Row(id: graph.ids[i], label: graph.labels[i], values: columns.map { values[$0]![i] })
        }
        return (MetricsTable(columns: columns, hasLabels: graph.hasLabels, rows: rows), failures)
    }

    /// The rows sorted by `metric`, largest first unless `descending` is false; ties by id.
    /// A metric that is not a column leaves the order as it is.
    public func sorted(by metric: Metric, descending: Bool = true) -> MetricsTable {
        guard let c = columns.firstIndex(of: metric) else { return self }
        var copy = self
        copy.rows.sort { a, b in
            if a.values[c] != b.values[c] { return descending ? a.values[c] > b.values[c] : a.values[c] < b.values[c] }
            return a.id < b.id
        }
        return copy
    }

    /// The first `count` rows.
    public func prefix(_ count: Int) -> MetricsTable {
        var copy = self
        copy.rows = Array(rows.prefix(max(count, 0)))
        return copy
    }

    /// An aligned text table: a header line, then one line per row; names left-aligned,
    /// numbers right-aligned, counts as integers and other values with 6 decimals.
    public func text() -> String {
        let header = ["node"] + (hasLabels ? ["name"] : []) + columns.map(\.rawValue)
        let textColumns = hasLabels ? 2 : 1
        var lines: [[String]] = rows.map { row in
            [row.id] + (hasLabels ? [row.label] : [])
                + zip(columns, row.values).map { m, v in m.isCount ? String(Int(v)) : Self.fixed(v) }
        }
        lines.insert(header, at: 0)
        let widths = (0..<lines[0].count).map { c in lines.map { $0[c].count }.max() ?? 0 }
        return lines.map { cells in
            cells.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                if c < textColumns { return c == cells.count - 1 ? cell : cell + pad }
                return pad + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// CSV (RFC 4180, CRLF, cells escaped as ``CSV`` does): `node`, `name` when nodes have
    /// names, then one column per metric.
    public func csv() -> String {
        var out = CSV.row(["node"] + (hasLabels ? ["name"] : []) + columns.map(\.rawValue))
        for row in rows {
            out += CSV.row([CSV.text(row.id)] + (hasLabels ? [CSV.text(row.label)] : [])
                           + zip(columns, row.values).map { m, v in m.isCount ? CSV.number(Int(v)) : CSV.number(v) })
        }
        return out
    }

    /// A JSON array with one object per row, one row per line:
    /// `{"node": "a", "name": …, "pagerank": 0.25, …}`.
    public func json() -> String {
        let objects = rows.map { row in
            JSONWriter.object([("node", JSONWriter.string(row.id))]
                              + (hasLabels ? [("name", JSONWriter.string(row.label))] : [])
                              + zip(columns, row.values).map { ($0.rawValue, JSONWriter.number($1)) })
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
    }

    private static func fixed(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        return String(format: "%.6f", value)
    }
}
