import QuoteGraphModel

/// Small, deterministic JSON text writer (RFC 8259).
///
/// Strings escape `"`, `\`, every C0 control character, and the line breaks U+0085, U+2028 and
/// U+2029 (so that no line-splitting reader breaks a JSONL line); other non-ASCII
/// text is written verbatim. Integral doubles are written without `.0`; NaN and infinities,
/// which JSON cannot express, are written as `null`.
public enum JSONWriter {
    /// How objects and arrays are spaced.
    public enum Style: Sendable {
        /// `{"a":1,"b":[1,2]}`: for one-line formats such as JSONL.
        case compact
        /// `{"a": 1, "b": [1, 2]}`: still on one line, easier to read.
        case spaced
    }

    /// `text` as a JSON string literal, quotes included.
    public static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}", "\u{85}", "\u{2028}", "\u{2029}":
                out += "\\u" + hex4(scalar.value)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// A string literal, or `null` for nil.
    public static func string(_ text: String?) -> String {
        text.map { string($0) } ?? "null"
    }

    /// An integer.
    public static func number(_ value: Int) -> String { String(value) }

    /// A double: integral values without a fraction, others with enough digits to
    /// round-trip; `null` for NaN and infinities.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {  // 2^53
            return String(Int64(value))
        }
        return value.description
    }

    /// A JSON value on one line; object keys are sorted so the bytes are deterministic.
    public static func write(_ value: JSONValue, style: Style = .spaced) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let d): return number(d)
        case .string(let s): return string(s)
        case .array(let items):
            return array(items.map { write($0, style: style) }, style: style)
        case .object(let members):
            let fields = members.keys.sorted().map { ($0, write(members[$0]!, style: style)) }
            return object(fields, style: style)
        }
    }

    /// An object from keys and already-written values, in the order given.
    public static func object(_ fields: [(String, String)], style: Style = .spaced) -> String {
        let colon = style == .compact ? ":" : ": "
        let comma = style == .compact ? "," : ", "
        return "{" + fields.map { string($0.0) + colon + $0.1 }.joined(separator: comma) + "}"
    }

    /// An array from already-written values.
    public static func array(_ items: [String], style: Style = .spaced) -> String {
        "[" + items.joined(separator: style == .compact ? "," : ", ") + "]"
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
