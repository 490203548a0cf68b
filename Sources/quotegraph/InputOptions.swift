import ArgumentParser
import Extraction
import Foundation
import QuoteGraph
import QuoteGraphModel

/// The input arguments every subcommand that reads documents shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Text files, directories (every *.txt and *.jsonl, recursively), .jsonl files, or - for standard input.")
    var inputs: [String]

    @Option(help: "How standard input is read: text (one document) or jsonl.")
    var inputFormat: DocumentReader.StdinFormat = .text

    @Option(help: "Refuse text files and standard input larger than this many bytes, and skip JSONL lines longer than it.")
    var maxInputSize: Int = 64 << 20

    @Flag(help: "Read text that is not valid UTF-8 (or UTF-16) anyway, each bad sequence and NUL byte replaced with U+FFFD (offsets stay those of the decoded text).")
    var lossy = false

    @Option(help: ArgumentHelp("Only documents whose date metadata is on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only documents whose date metadata is on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(name: .customLong("source"), help: ArgumentHelp(
        "Only documents whose source metadata is one of these (case-insensitive); repeat or separate with commas.",
        valueName: "name"))
    var sources: [String] = []

    @Option(name: [.short, .long], help: "Worker threads (default: every core). The output does not depend on it.")
    var jobs: Int?

    @Flag(name: [.short, .long], help: "No progress line on standard error (it is shown only on a terminal anyway).")
    var quiet = false

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, DocumentFilter.day(value) == nil || value.unicodeScalars.count != 10 {
                throw ValidationError("\(name) \(value) is not a date; write it as YYYY-MM-DD, e.g. 2020-07-16")
            }
        }
        if let since, let until, since > until { throw ValidationError("--since \(since) is after --until \(until)") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxInputSize < 1 { throw ValidationError("--max-input-size must be at least 1") }
    }

    var filter: DocumentFilter {
        DocumentFilter(since: since, until: until,
                       sources: sources.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
                           .filter { !$0.isEmpty })
    }

    /// The inputs as a lazy document source; skipped JSONL lines are reported on standard error.
    func source(dropDuplicates: Bool) throws -> DocumentSource {
        let options = DocumentSource.Options(stdinFormat: inputFormat, maxInputBytes: maxInputSize,
                                             filter: filter, dropDuplicates: dropDuplicates, lossy: lossy)
        do {
            return try DocumentSource(inputs: inputs, options: options) { printError("warning: \($0)") }
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }

    @Option(help: ArgumentHelp("A file of names that are one party across documents: CSV (canonical,alias,alias…) or JSON.",
                               valueName: "file"))
    var aliases: String?

    /// The pipeline for these options: its worker count and the user's alias table.
    var pipeline: Pipeline {
        get throws {
            guard let aliases else { return Pipeline(workers: jobs) }
            do {
                let table = try AliasTable(contentsOf: URL(fileURLWithPath: aliases))
                return Pipeline(extractor: Extractor(aliases: table), workers: jobs)
            } catch {
                printError("error: \(error)")
                throw ExitCode.failure
            }
        }
    }

    /// Every document of the inputs in memory, duplicates dropped (for outputs that quote
    /// the evidence); skipped lines and what the filters left out are reported.
    func documents() throws -> [Document] {
        let source = try source(dropDuplicates: true)
        let documents = try readingErrorsExit { try source.all() }
        reportTally(source.tally)
        return documents
    }

    /// A progress line on standard error when it is a terminal and not --quiet.
    func progress(totalBytes: Int?) -> ProgressLine? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressLine(meter: ProgressMeter(totalBytes: totalBytes))
    }

    /// After a run: what the filters left out and how many duplicates were dropped.
    func reportTally(_ tally: DocumentSource.Tally) {
        var notes: [String] = []
        if tally.duplicates > 0 { notes.append("\(tally.duplicates) duplicate document\(tally.duplicates == 1 ? "" : "s") (same text) counted once") }
        if tally.outsideDates > 0 { notes.append("\(tally.outsideDates) dated outside --since/--until") }
        if tally.undated > 0 { notes.append("\(tally.undated) without a readable date left out by --since/--until") }
        if tally.otherSource > 0 { notes.append("\(tally.otherSource) from other sources") }
        if tally.skippedLines > 0 { notes.append("\(tally.skippedLines) JSONL line\(tally.skippedLines == 1 ? "" : "s") skipped") }
        if tally.skippedFiles > 0 { notes.append("\(tally.skippedFiles) unreadable file\(tally.skippedFiles == 1 ? "" : "s") in directories skipped") }
        if !notes.isEmpty { printError("note: \(tally.documents) documents read; " + notes.joined(separator: "; ")) }
        if tally.documents == 0 && !filter.isEmpty { printError("warning: no document passed the filters") }
    }
}

/// Runs `body`, turning an ``InputError`` into a message for people and a failing exit.
func readingErrorsExit<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as InputError {
        printError("error: \(error)")
        throw ExitCode.failure
    }
}

/// Redraws one progress line on standard error at most four times a second.
final class ProgressLine: @unchecked Sendable {
    private let meter: ProgressMeter
    private var last = 0.0
    private let lock = NSLock()

    init(meter: ProgressMeter) { self.meter = meter }

    func update(_ tally: DocumentSource.Tally) {
        lock.withLock {
            let now = ProgressMeter.clock()
            guard now - last >= 0.25 else { return }
            last = now
            FileHandleWriter.standardError("\r\u{1B}[K" + meter.line(documents: tally.documents, bytes: tally.bytes, now: now))
        }
    }

    func finish(_ tally: DocumentSource.Tally) {
        lock.withLock {
            FileHandleWriter.standardError("\r\u{1B}[K" + meter.line(documents: tally.documents, bytes: tally.bytes) + "\n")
        }
    }
}

extension DocumentReader.StdinFormat: ExpressibleByArgument {}
extension EdgeCounting: ExpressibleByArgument {}

func printError(_ message: String) {
    var stderr = StandardError()
    print(message, to: &stderr)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleWriter.standardError(string)
    }
}
