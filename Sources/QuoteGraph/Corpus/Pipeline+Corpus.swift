import Export
import Extraction
import QuoteGraphModel

/// Corpus runs: documents streamed from a ``DocumentSource``, extracted over ``Pipeline/workers``
/// threads, results in input order. The output is the same for every worker count.
extension Pipeline {
    /// Runs `transform` on every document of `source` in parallel and hands each result to
    /// `deliver` in input order, as soon as it and all earlier ones are done; memory stays
    /// bounded by a window of in-flight documents (see ``OrderedParallelMap``).
    ///
    /// - Parameter progress: called after each document is read, with the source's counts.
    public func map<R>(_ source: DocumentSource, progress: ((DocumentSource.Tally) -> Void)? = nil,
                       transform: @Sendable (Document) -> R, deliver: (Document, R) throws -> Void) throws {
        try OrderedParallelMap(workers: workers).run(source, progress: progress, transform: transform, deliver: deliver)
    }

    /// The graph of a whole corpus: every document extracted in parallel (texts are not kept),
    /// merged, weighted as `counting` says, with metrics.
    public func analyze(_ source: DocumentSource, counting: EdgeCounting = .evidence, weighted: Bool = true,
                        progress: ((DocumentSource.Tally) -> Void)? = nil) throws -> (analysis: Analysis, warnings: [String]) {
        Self.finish(try merged(source, progress: progress), counting: counting, weighted: weighted)
    }

    /// The relation graph of a corpus, weighted as `counting` says, without the analysis's
    /// metrics (see ``NamedGraph/init(analysis:relationKinds:weighted:)``).
    public func relationGraph(_ source: DocumentSource, relationKinds: Set<RelationKind>? = nil,
                              counting: EdgeCounting = .evidence, weighted: Bool = true,
                              progress: ((DocumentSource.Tally) -> Void)? = nil) throws -> NamedGraph {
        var analysis = try merged(source, progress: progress)
        counting.apply(to: &analysis)
        return NamedGraph(analysis: analysis, relationKinds: relationKinds, weighted: weighted)
    }

    /// Every document extracted in parallel and merged, in input order.
    private func merged(_ source: DocumentSource, progress: ((DocumentSource.Tally) -> Void)?) throws -> Analysis {
        var extractions: [DocumentExtraction] = []
        let extractor = self.extractor
        try map(source, progress: progress, transform: { extractor.extract($0) }) { _, e in extractions.append(e) }
        return AnalysisMerger.merge(extractions)
    }

    /// The map step of a distributed run: each document's partial graph as one JSONL line
    /// (a one-document `quotegraph/1` graph without metrics, plus the fingerprint of its
    /// text), delivered in input order. ``GraphMerge`` combines such lines from any number
    /// of workers into the graph ``analyze(_:counting:weighted:progress:)`` gives.
    public func partialGraphs(_ source: DocumentSource, progress: ((DocumentSource.Tally) -> Void)? = nil,
                              deliver: (Document, String) throws -> Void) throws {
        let extractor = self.extractor
        try map(source, progress: progress, transform: { document in
            let part = AnalysisMerger.merge([extractor.extract(document)])
            return GraphJSON.line(part, fingerprint: TextFingerprint(document.text).description)
        }, deliver: deliver)
    }
}
