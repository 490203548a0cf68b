/// Why input could not be read, said for people: what, where, and what to do.
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    public var message: String
    /// 1-based line of a JSONL input, when the problem is on one line.
    public var line: Int?

    public init(path: String, message: String, line: Int? = nil) {
        self.path = path
        self.message = message
        self.line = line
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
