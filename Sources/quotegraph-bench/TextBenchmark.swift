import Extraction
import Foundation
import QuoteGraph
import QuoteGraphModel

/// Throughput of the text stages on one core, in MB of UTF-8 text per second: the quotes
/// stage (quotations and speakers) and the whole `analyze` pipeline (plus relations,
/// merging and metrics). The corpus is the given files (text or JSONL), or the bundled
/// examples, repeated until it holds at least `targetBytes`.
func runTextBenchmark(files: [String], targetBytes: Int) throws {
    var base: [Document] = []
    let reader = DocumentReader()
    for file in files { base += try reader.read(file).documents }
    guard !base.isEmpty else {
        print("no documents to measure"); return
    }
    var corpus: [Document] = []
    var bytes = 0
    while bytes < targetBytes {
        for d in base {
            corpus.append(Document(id: "\(d.id)#\(corpus.count)", text: d.text))
            bytes += d.text.utf8.count
        }
    }
    let megabytes = Double(bytes) / 1_000_000
    print(String(format: "Text benchmark — %d documents, %.1f MB, one core", corpus.count, megabytes))
    let extractor = Extractor()
    var quoteCount = 0
    let quotesSeconds = seconds { for d in corpus { quoteCount += extractor.quotes(d).count } }
    print(String(format: "  quotes stage:    %6.2f s  %7.1f MB/s  (%d quotations)", quotesSeconds, megabytes / quotesSeconds, quoteCount))
    var relationCount = 0
    let analyzeSeconds = seconds {
        var analysis = AnalysisMerger.merge(corpus.map(extractor.extract))
        analysis.metrics = GraphMetrics.compute(analysis, weighted: true).metrics
        relationCount = analysis.relations.count
    }
    print(String(format: "  analyze pipeline: %6.2f s  %7.1f MB/s  (%d relations)", analyzeSeconds, megabytes / analyzeSeconds, relationCount))
}

private func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
