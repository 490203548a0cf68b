import Foundation
import QuoteGraphModel

/// The documents of a corpus, read lazily one at a time from any mix of text files,
/// directories (recursively, every `*.txt` and `*.jsonl`, sorted by path), `.jsonl` files
/// and standard input, with metadata filters and duplicate removal applied on the way.
///
/// JSONL is read line by line through a fixed buffer, so memory does not grow with the
/// size of a file or stream: only with its longest line, plus 16 bytes per distinct text
/// when duplicates are dropped and the ids seen per JSONL input. ``tally`` counts what was
/// read, left out and dropped; a JSONL line that is not a document (or is longer than the
/// limit), and a file found in a directory that cannot be read as text, are passed to
/// `report` (with file and line) and skipped, never silently. A file named as an input that
/// cannot be read stops the run with an error.
public final class DocumentSource {
    /// What a source has read so far.
    public struct Tally: Sendable, Equatable {
        /// Documents handed out.
        public var documents = 0
        /// Input bytes consumed (file sizes, JSONL lines with their newlines).
        public var bytes = 0
        /// JSONL lines skipped because they are not documents.
        public var skippedLines = 0
        /// Files in directories skipped because they cannot be read as text.
        public var skippedFiles = 0
        /// Documents left out by a date bound because they have no readable `date`.
        public var undated = 0
        /// Documents dated outside `--since`/`--until`.
        public var outsideDates = 0
        /// Documents from another `source`.
        public var otherSource = 0
        /// Documents whose text repeats an earlier document's, dropped.
        public var duplicates = 0

        public init() {}
    }

    /// How the inputs are read.
    public struct Options: Sendable {
        public var stdinFormat: DocumentReader.StdinFormat
        /// A text file larger than this, or a JSONL line longer, is refused.
        public var maxInputBytes: Int
        public var filter: DocumentFilter
        /// Drop a document whose text is byte-for-byte that of an earlier one.
        public var dropDuplicates: Bool
        /// Replace what does not decode with U+FFFD instead of refusing it (``TextDecoding``).
        public var lossy: Bool

        public init(stdinFormat: DocumentReader.StdinFormat = .text, maxInputBytes: Int = 1 << 30,
                    filter: DocumentFilter = DocumentFilter(), dropDuplicates: Bool = false, lossy: Bool = false) {
            self.stdinFormat = stdinFormat
            self.maxInputBytes = maxInputBytes
            self.filter = filter
            self.dropDuplicates = dropDuplicates
            self.lossy = lossy
        }
    }

    private enum Unit {
        case text(path: String, inDirectory: Bool)
        case jsonl(path: String?, inDirectory: Bool)  // nil: standard input
        case stdinText
    }

    public let options: Options
    /// The counts so far.
    public private(set) var tally = Tally()
    /// Total bytes of the inputs when all are regular files (for progress), nil when one is a stream.
    public let totalBytes: Int?

    private var units: [Unit]
    private var nextUnit = 0
    private var lines: LineReader?
    private var linesPath = ""
    private var linesInDirectory = false
    private var linesDocuments = 0
    private var linesSkipped = 0
    private var ids = DocumentIDs()
    private var seenTexts = Set<TextFingerprint>()
    private let report: (InputError) -> Void

    /// A source over `inputs`: paths of text files, directories or `.jsonl` files, or `-`
    /// for standard input (read as `options.stdinFormat`).
    ///
    /// - Parameter report: receives each skipped JSONL line's problem as it is met.
    /// - Throws: when an input does not exist or a directory holds no corpus file; nothing is read yet.
    public init(inputs: [String], options: Options = Options(),
                report: @escaping (InputError) -> Void = { _ in }) throws(InputError) {
        self.options = options
        self.report = report
        var units: [Unit] = []
        var total: Int? = 0
        func add(file: String, inDirectory: Bool) {
            units.append(file.hasSuffix(".jsonl") ? .jsonl(path: file, inDirectory: inDirectory)
                                                  : .text(path: file, inDirectory: inDirectory))
            let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int
            total = total.flatMap { t in size.map { t + $0 } }
        }
        for input in inputs {
            if input == "-" {
                units.append(options.stdinFormat == .jsonl ? .jsonl(path: nil, inDirectory: false) : .stdinText)
                total = nil
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw InputError(path: input, message: "no such file or directory")
            }
            if isDirectory.boolValue {
                for file in try DocumentReader.corpusFiles(in: input) { add(file: file, inDirectory: true) }
            } else {
                add(file: input, inDirectory: false)
            }
        }
        self.units = units
        totalBytes = total
    }

    /// The next document that passes the filter (and is not a duplicate, when those are
    /// dropped), or nil when every input is read.
    /// - Throws: when a text file cannot be read or is not UTF-8 text, when a JSONL file
    ///   holds no JSON lines, or when a line is longer than the limit.
    public func next() throws(InputError) -> Document? {
        while true {
            guard let document = try nextRead() else { return nil }
            switch options.filter.exclusion(document) {
            case .undated?: tally.undated += 1; continue
            case .outsideDates?: tally.outsideDates += 1; continue
            case .otherSource?: tally.otherSource += 1; continue
            case nil: break
            }
            if options.dropDuplicates, !seenTexts.insert(TextFingerprint(document.text)).inserted {
                tally.duplicates += 1
                continue
            }
            tally.documents += 1
            return document
        }
    }

    /// Every remaining document (for small corpora and tests).
    public func all() throws(InputError) -> [Document] {
        var documents: [Document] = []
        while let d = try next() { documents.append(d) }
        return documents
    }

    private func nextRead() throws(InputError) -> Document? {
        while true {
            if let reader = lines {
                let before = reader.bytesRead
                let line: [UInt8]?
                do {
                    line = try reader.next(maxLineBytes: options.maxInputBytes, path: linesPath)
                } catch where error.line != nil {
                    // An over-long line, read past: the next call goes on after it.
                    tally.bytes += reader.bytesRead - before
                    tally.skippedLines += 1
                    linesSkipped += 1
                    report(error)
                    continue
                }
                tally.bytes += reader.bytesRead - before
                guard let line else {
                    lines = nil
                    if linesDocuments == 0 && linesSkipped == 0 {
                        try skipOrThrow(InputError(path: linesPath, message: "the file holds no JSON lines"), inDirectory: linesInDirectory)
                    }
                    continue
                }
                do {
                    guard var document = try DocumentReader.jsonlDocument(line, lineNumber: reader.lineNumber, path: linesPath,
                                                                          lossy: options.lossy) else {
                        continue
                    }
                    document.id = ids.unique(document.id, lineNumber: reader.lineNumber)
                    linesDocuments += 1
                    return document
                } catch {
                    tally.skippedLines += 1
                    linesSkipped += 1
                    report(error)
                    continue
                }
            }
            guard nextUnit < units.count else { return nil }
            let unit = units[nextUnit]
            nextUnit += 1
            let reader = DocumentReader(stdinFormat: options.stdinFormat, maxInputBytes: options.maxInputBytes, lossy: options.lossy)
            switch unit {
            case .text(let path, let inDirectory):
                let read: (documents: [Document], skipped: [InputError])
                do {
                    read = try reader.read(path)
                } catch {
                    try skipOrThrow(error, inDirectory: inDirectory)
                    continue
                }
                read.skipped.forEach(report)
                tally.bytes += read.documents[0].text.utf8.count
                return read.documents[0]
            case .stdinText:
                let read = try reader.read("-")
                read.skipped.forEach(report)
                tally.bytes += read.documents[0].text.utf8.count
                return read.documents[0]
            case .jsonl(let path, let inDirectory):
                do {
                    lines = try LineReader(path: path)
                } catch {
                    try skipOrThrow(error, inDirectory: inDirectory)
                    continue
                }
                linesPath = path ?? "<stdin>"
                linesInDirectory = inDirectory
                linesDocuments = 0
                linesSkipped = 0
                ids = DocumentIDs()
            }
        }
    }

    /// A file found in a directory that cannot be read is reported and skipped; one named
    /// as an input is an error.
    private func skipOrThrow(_ error: InputError, inDirectory: Bool) throws(InputError) {
        guard inDirectory else { throw error }
        tally.skippedFiles += 1
        report(InputError(path: error.path, message: error.message + "; file skipped", line: error.line))
    }
}
