/// Escaping for XML 1.0 text and attribute values (GraphML, GEXF, the HTML report, SVG).
///
/// `&`, `<`, `>`, `"` and `'` become entities everywhere, so one function serves text and
/// attributes. Characters XML 1.0 forbids (C0 controls other than tab, LF and CR, and the
/// non-characters U+FFFE/U+FFFF) are removed. In attribute values tab, LF and CR become
/// character references, since a parser would otherwise normalise them to spaces.
public enum XMLEscaping {
    /// `value` escaped for element content.
    public static func text(_ value: String) -> String { escape(value, attribute: false) }

    /// `value` escaped for a double- or single-quoted attribute value.
    public static func attribute(_ value: String) -> String { escape(value, attribute: true) }

    /// Whether XML 1.0 allows `scalar` in a document.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    private static func escape(_ value: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t" where attribute: out += "&#9;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"  // kept in text too: a raw CR would be read as LF
            case _ where !isAllowed(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
