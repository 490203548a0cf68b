import Foundation
import Extraction
import QuoteGraphModel

/// The whole job as a library call: documents in, extractions or an analysis out.
public struct Pipeline: Sendable {
    public let extractor: Extractor
    /// Worker threads for corpus runs (``analyze(_:counting:weighted:progress:)`` and the
    /// other `DocumentSource` methods); nil uses every active core. Output never depends on it.
    public var workers: Int?

    public init(extractor: Extractor = Extractor(), workers: Int? = nil) {
        self.extractor = extractor
        self.workers = workers
    }

    /// Extracts every document, in parallel over the machine's cores; results keep input order.
    public func extract(_ documents: [Document]) -> [DocumentExtraction] {
        let results = ResultSlots<DocumentExtraction>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            results.set(i, extractor.extract(documents[i]))
        }
        return results.values
    }

    /// The quotations with speakers of every document, in parallel; results keep input order.
    public func quotes(_ documents: [Document]) -> [[Quote]] {
        let results = ResultSlots<[Quote]>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            results.set(i, extractor.quotes(documents[i]))
        }
        return results.values
    }

    /// Extracts every document and merges the results into one graph with its metrics;
    /// `warnings` name metrics that could not be computed.
    public func analyze(_ documents: [Document], counting: EdgeCounting = .evidence,
                        weighted: Bool = true) -> (analysis: Analysis, warnings: [String]) {
        Self.finish(AnalysisMerger.merge(extract(documents)), counting: counting, weighted: weighted)
    }

    /// Sets the edge weights of a merged analysis and computes its metrics: the last step
    /// of every graph, whole or merged from parts.
    static func finish(_ merged: Analysis, counting: EdgeCounting, weighted: Bool) -> (analysis: Analysis, warnings: [String]) {
        var analysis = merged
        ShortNames.resolve(&analysis)
        counting.apply(to: &analysis)
        let (metrics, warnings) = GraphMetrics.compute(analysis, weighted: weighted)
        analysis.metrics = metrics
        return (analysis, warnings)
    }
}

/// Fixed slots that concurrent workers fill, each slot written once.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) { lock.withLock { slots[i] = value } }

    var values: [T] { lock.withLock { slots.map { $0! } } }
}
