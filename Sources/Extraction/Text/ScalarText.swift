import QuoteGraphModel

/// A document's text as an array of Unicode scalars, so that every position is a scalar
/// offset (the spec's unit) and indexing is O(1).
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        // Decoding the UTF-8 here costs a fraction of going through `unicodeScalars`.
        var text = text
        scalars = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
                var i = 0, n = 0
                while i < bytes.count {
                    let lead = UInt32(bytes[i])
                    if lead < 0x80 {
                        out.initializeElement(at: n, to: Unicode.Scalar(UInt8(truncatingIfNeeded: lead)))
                        n += 1
                        i += 1
                        continue
                    }
                    var value: UInt32
                    let length: Int
                    if lead < 0xE0 { value = lead & 0x1F; length = 2 }
                    else if lead < 0xF0 { value = lead & 0x0F; length = 3 }
                    else { value = lead & 0x07; length = 4 }
                    for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                    out.initializeElement(at: n, to: Unicode.Scalar(value)!)  // String's UTF-8 is valid
                    n += 1
                    i += length
                }
                count = n
            }
        }
    }

    public var count: Int { scalars.count }

    public subscript(_ i: Int) -> Unicode.Scalar { scalars[i] }

    /// The text of a span.
    public func string(_ span: TextSpan) -> String { string(span.start, span.end) }

    public func string(_ start: Int, _ end: Int) -> String {
        scalars.withUnsafeBufferPointer { Self.string($0, start, end) }
    }

    /// The text of scalars `start..<end` of a buffer.
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        // Encode to UTF-8 in a buffer (at most four bytes a scalar) and make the string at
        // once: appending scalar by scalar to a string costs several times more.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * (end - start)) { buffer in
            var n = 0
            for k in start..<end {
                let value = scalars[k].value
                if value < 0x80 {
                    buffer[n] = UInt8(truncatingIfNeeded: value)
                    n += 1
                } else {
                    UTF8.encode(scalars[k]) { byte in buffer[n] = byte; n += 1 }
                }
            }
            return String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[..<n]), as: UTF8.self)
        }
    }

    /// The span with surrounding white space removed.
    func trimmed(_ start: Int, _ end: Int) -> TextSpan {
        var s = start, e = end
        while s < e && scalars[s].isWhitespace { s += 1 }
        while e > s && scalars[e - 1].isWhitespace { e -= 1 }
        return TextSpan(start: s, end: e)
    }
}

extension Unicode.Scalar {
    /// Dashes, curly quotation marks, bullets and the ellipsis (U+2010–U+2027): frequent in
    /// news text, and neither letters nor spaces, which spares them the property tables.
    var isGeneralPunctuation: Bool { value >= 0x2010 && value <= 0x2027 }

    var isLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return !isGeneralPunctuation && properties.isAlphabetic
    }
    var isDigit: Bool { (0x30...0x39).contains(value) }
    var isAlphanumeric: Bool { isLetter || isDigit }
    var isUppercaseLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        return !isGeneralPunctuation && properties.isUppercase
    }
    var isSpace: Bool {
        value == 0x20 || value == 0x09 || value == 0xA0 || (value >= 0x80 && !isGeneralPunctuation && properties.isWhitespace && !isNewline)
    }
    /// `properties.isWhitespace`, answered without the property tables for ASCII (tab, line
    /// feed, vertical tab, form feed, carriage return, space).
    var isWhitespace: Bool { value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : !isGeneralPunctuation && properties.isWhitespace }
    /// Line feed, carriage return, next line, line and paragraph separator; most scalars are
    /// settled by the first comparison, which matters as every scalar of a text is asked.
    var isNewline: Bool {
        value <= 0x0D ? value == 0x0A || value == 0x0D : value >= 0x85 && (value == 0x85 || value == 0x2028 || value == 0x2029)
    }
}
