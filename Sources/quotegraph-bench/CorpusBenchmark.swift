import Foundation
import QuoteGraph
import QuoteGraphModel

/// Corpus throughput, in MB of JSONL input per second, with 1 worker and with every core,
/// and the speed-up: the streaming `quotes` path (read line by line, extract in parallel,
/// deliver in order) and the whole `analyze` path (plus relations, merging, metrics).
/// The corpus is the given files (text or JSONL), or the bundled examples, each copy made
/// distinct (so none is dropped as a duplicate) and written as a JSONL file of at least
/// `targetBytes` in the temporary directory. Prints the peak resident memory at the end,
/// and with each run the CPU seconds it used divided by its wall seconds: the cores it
/// actually got, which on a machine shared with other jobs is below the worker count.
/// Prints only; never fails on time.
func runCorpusBenchmark(files: [String], targetBytes: Int) throws {
    var base: [Document] = []
    for file in files { base += try DocumentReader().read(file).documents }
    guard !base.isEmpty else {
        print("no documents to measure"); return
    }
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("quotegraph-bench-\(getpid()).jsonl")
    defer { try? FileManager.default.removeItem(at: url) }
    var jsonl = ""
    var count = 0
    while jsonl.utf8.count < targetBytes {
        for d in base {
            let object = ["id": "\(d.id)-\(count)", "text": d.text + "\n\nStory \(count).", "source": ["Reuters", "AP", "BBC"][count % 3]]
            jsonl += String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
            count += 1
        }
    }
    try Data(jsonl.utf8).write(to: url)
    let megabytes = Double(jsonl.utf8.count) / 1_000_000
    jsonl = ""
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let counts = cores > 1 ? [1, cores] : [1]
    print(String(format: "Corpus benchmark — %d documents, %.1f MB of JSONL, %d cores", count, megabytes, cores))
    var rates: [String: [Double]] = [:]
    for workers in counts {
        let pipeline = Pipeline(workers: workers)
        let extractor = pipeline.extractor
        var lines = 0
        let cpu0 = cpuSeconds()
        let quotes = try timed {
            try pipeline.map(try DocumentSource(inputs: [url.path]), transform: { extractor.quotes($0).count }) { _, _ in lines += 1 }
        }
        let cpu1 = cpuSeconds()
        var relations = 0
        let analyze = try timed {
            relations = try pipeline.analyze(try DocumentSource(inputs: [url.path], options: .init(dropDuplicates: true))).analysis.relations.count
        }
        let cpu2 = cpuSeconds()
        rates["quotes", default: []].append(megabytes / quotes)
        rates["analyze", default: []].append(megabytes / analyze)
        print(String(format: "  %d worker%@  quotes (streamed): %6.2f s %6.2f MB/s (%.2f cores)   analyze: %6.2f s %6.2f MB/s (%.2f cores, %d relations)",
                     workers, workers == 1 ? " " : "s", quotes, megabytes / quotes, (cpu1 - cpu0) / quotes,
                     analyze, megabytes / analyze, (cpu2 - cpu1) / analyze, relations))
    }
    if counts.count == 2 {
        for stage in ["quotes", "analyze"] {
            let r = rates[stage]!
            print(String(format: "  speed-up %@ with %d workers: %.2f×", stage, cores, r[1] / r[0]))
        }
    }
    print(String(format: "  peak RSS (VmHWM): %.1f MiB", Double(peakResidentKiB()) / 1024))
}

/// User plus system CPU seconds of the process so far.
private func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

private func timed(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
