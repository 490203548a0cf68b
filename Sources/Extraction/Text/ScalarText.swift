import QuoteGraphModel

/// A document's text as an array of Unicode scalars, so that every position is a scalar
/// offset (the spec's unit) and indexing is O(1).
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }

    public var count: Int { scalars.count }

    public subscript(_ i: Int) -> Unicode.Scalar { scalars[i] }

    /// The text of a span.
    public func string(_ span: TextSpan) -> String { string(span.start, span.end) }

    public func string(_ start: Int, _ end: Int) -> String {
        // ASCII, the common case, goes straight from bytes.
        if end - start <= 64, scalars[start..<end].allSatisfy({ $0.isASCII }) {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start) { buffer in
                for k in start..<end { buffer[k - start] = UInt8(truncatingIfNeeded: scalars[k].value) }
                return String(decoding: buffer, as: UTF8.self)
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }

    /// The span with surrounding white space removed.
    func trimmed(_ start: Int, _ end: Int) -> TextSpan {
        var s = start, e = end
        while s < e && scalars[s].properties.isWhitespace { s += 1 }
        while e > s && scalars[e - 1].properties.isWhitespace { e -= 1 }
        return TextSpan(start: s, end: e)
    }
}

extension Unicode.Scalar {
    var isLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return properties.isAlphabetic
    }
    var isDigit: Bool { (0x30...0x39).contains(value) }
    var isAlphanumeric: Bool { isLetter || isDigit }
    var isUppercaseLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        return properties.isUppercase
    }
    var isSpace: Bool {
        value == 0x20 || value == 0x09 || value == 0xA0 || (value >= 0x80 && properties.isWhitespace && !isNewline)
    }
    var isNewline: Bool { value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 || value == 0x85 }
}
