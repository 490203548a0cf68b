import ArgumentParser
import Extraction
import Foundation
import QuoteGraph
import QuoteGraphModel

/// The input arguments every subcommand that reads documents shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Text file, directory of *.txt, .jsonl file, or - for standard input.")
    var inputs: [String]

    @Option(help: "How standard input is read: text (one document) or jsonl.")
    var inputFormat: DocumentReader.StdinFormat = .text

    @Option(help: "Refuse input files larger than this many bytes.")
    var maxInputSize: Int = 1 << 30

    @Option(help: ArgumentHelp("A file of names that are one party across documents: CSV (canonical,alias,alias…) or JSON.",
                               valueName: "file"))
    var aliases: String?

    /// The pipeline, with the user's alias table when one is given.
    func pipeline() throws -> Pipeline {
        guard let aliases else { return Pipeline() }
        do {
            return Pipeline(extractor: Extractor(aliases: try AliasTable(contentsOf: URL(fileURLWithPath: aliases))))
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }

    /// Reads every input; skipped JSONL lines are reported on standard error.
    func documents() throws -> [Document] {
        let reader = DocumentReader(stdinFormat: inputFormat, maxInputBytes: maxInputSize)
        var documents: [Document] = []
        for input in inputs {
            let (docs, skipped) = try reader.read(input)
            for problem in skipped { printError("warning: \(problem)") }
            documents += docs
        }
        return documents
    }
}

extension DocumentReader.StdinFormat: ExpressibleByArgument {}

func printError(_ message: String) {
    var stderr = StandardError()
    print(message, to: &stderr)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleWriter.standardError(string)
    }
}
