import Export
import Foundation
import QuoteGraphModel

/// The reduce step of a distributed run: combines partial graphs, from any number of
/// workers, into the graph one run over the whole corpus gives.
///
/// Partial graphs come as graph JSON files (`analyze --format json`) or as JSONL files of
/// one-document graphs with their text's fingerprint (`quotegraph extract`, the map step).
/// Parts are merged in the order added, which must be the corpus order (Spark's and
/// Hadoop's part files, `part-00000`, `part-00001`, …, sorted by name, are). A one-document
/// part whose fingerprint was seen before is a duplicate and dropped, as the whole run
/// drops it; duplicates inside a multi-document part were dropped by the run that wrote it,
/// but duplicates *between* such parts cannot be found, so use `extract` for the map step.
///
/// ``result(counting:weighted:)`` merges (``AnalysisMerger``, associative), sets the edge
/// weights (``EdgeCounting``) and recomputes the metrics, which are not additive.
public struct GraphMerge {
    private var parts: [Analysis] = []
    private var seen = Set<String>()
    /// Documents dropped because their text repeats an earlier one's.
    public private(set) var duplicates = 0

    public init() {}

    /// Adds one partial graph; `fingerprint` (of a one-document part) enables duplicate removal.
    public mutating func add(_ part: Analysis, fingerprint: String? = nil) {
        if let fingerprint, !seen.insert(fingerprint).inserted {
            duplicates += 1
            return
        }
        var part = part
        part.metrics = []
        parts.append(part)
    }

    /// Adds every partial graph in a file: one graph JSON document, or one per line.
    /// - Throws: an ``InputError`` naming the file (and line) when a part cannot be read.
    public mutating func add(file path: String, maxLineBytes: Int = 1 << 30) throws(InputError) {
        let reader = try LineReader(path: path == "-" ? nil : path)
        let name = path == "-" ? "<stdin>" : path
        guard let first = try reader.next(maxLineBytes: maxLineBytes, path: name) else {
            throw InputError(path: name, message: "the file is empty; expected graph JSON or JSONL of partial graphs")
        }
        if first.drop(while: { $0 == 0x20 || $0 == 0x09 }).elementsEqual([UInt8(ascii: "{")]) {
            // A pretty-printed graph JSON document (analyze --format json): read it whole.
            var bytes = first + [UInt8(ascii: "\n")]
            while let line = try reader.next(maxLineBytes: maxLineBytes, path: name) { bytes += line + [UInt8(ascii: "\n")] }
            do {
                add(try GraphJSON.read(bytes))
            } catch {
                throw InputError(path: name, message: "not a quotegraph/1 graph: \(error)")
            }
            return
        }
        var line: [UInt8]? = first
        while let bytes = line {
            if bytes.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }) {
                do {
                    let (analysis, fingerprint) = try GraphJSON.readWithFingerprint(bytes)
                    add(analysis, fingerprint: fingerprint)
                } catch {
                    throw InputError(path: name, message: "not a quotegraph/1 partial graph: \(error); "
                                     + "give files written by quotegraph extract or analyze --format json",
                                     line: reader.lineNumber)
                }
            }
            line = try reader.next(maxLineBytes: maxLineBytes, path: name)
        }
    }

    /// The merged graph with weights counted as asked and metrics recomputed; `warnings`
    /// name metrics that could not be computed.
    public func result(counting: EdgeCounting = .evidence, weighted: Bool = true) -> (analysis: Analysis, warnings: [String]) {
        Pipeline.finish(AnalysisMerger.merge(parts), counting: counting, weighted: weighted)
    }
}
