/// The messages Graphviz reported during one locked operation, split into
/// errors and warnings with their `Error: ` / `Warning: ` prefixes removed.
///
/// Graphviz hands its error callback one message in pieces (`"Error"`,
/// `": "`, the text, then continuation lines); the capture buffer glues
/// them back together and this type splits the result at message starts.
struct GraphvizMessages: Equatable {
    var errors: [String] = []
    var warnings: [String] = []

    init(errors: [String] = [], warnings: [String] = []) {
        self.errors = errors
        self.warnings = warnings
    }

    /// Splits captured callback text into messages.
    init(captured text: String) {
        enum Level { case error, warning }
        var current: (level: Level, lines: [Substring])?
        func flush() {
            guard let message = current else { return }
            let joined = message.lines.map { String($0).trimmingTrailingWhitespace() }
                .joined(separator: "\n").trimmingTrailingWhitespace()
            if !joined.isEmpty {
                switch message.level {
                case .error: errors.append(joined)
                case .warning: warnings.append(joined)
                }
            }
            current = nil
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("Error: ") {
                flush()
                current = (.error, [line.dropFirst("Error: ".count)])
            } else if line.hasPrefix("Warning: ") {
                flush()
                current = (.warning, [line.dropFirst("Warning: ".count)])
            } else if current != nil {
                current!.lines.append(line)
            } else {
                // Text without a level prefix: treat it as a warning.
                current = (.warning, [line])
            }
        }
        flush()
    }

    /// All error messages as one string, or `fallback` if there were none.
    func errorText(or fallback: String) -> String {
        errors.isEmpty ? fallback : errors.joined(separator: "\n")
    }
}

extension String {
    fileprivate func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace {
            end = index(before: end)
        }
        return String(self[..<end])
    }
}
