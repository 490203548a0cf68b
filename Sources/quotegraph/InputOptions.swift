import ArgumentParser
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
