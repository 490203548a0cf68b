/// Quoting for DOT text read by Graphviz 2.42/2.43 (see `shared/graphviz.md` §8).
enum DOTEscaping {
    /// A quoted DOT ID. Every ID is quoted: unquoted, `node` is a keyword, `my-node` a syntax
    /// error and `person:raab` a node with a port. Backslashes are doubled (cgraph's lexer keeps
    /// a `\\` pair as is, so a backslash can never swallow the closing quote), `"` becomes `\"`,
    /// and control characters are dropped (they would make the SVG invalid XML). A leading `%`
    /// is written `\%`: cgraph takes a name starting with `%` for one of its anonymous ids, so
    /// `"%a" -> "%b"` would come back as one node with a loop (found by fuzzing).
    static func id(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\t": out += " "
            case "%" where out == "\"": out += "\\%"
            case _ where isDropped(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A quoted escString value (label, xlabel, tooltip) that displays `text` literally:
    /// `\` → `\\` (which also neutralises `\N`, `\G`, `\l`, …), `"` → `\"`, each line break
    /// → `\n`, `&` → `&amp;` (plain labels decode entities), C0 controls other than tab dropped.
    static func text(_ value: String) -> String {
        var out = "\""
        var afterCR = false
        for scalar in value.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "\n" where afterCR: continue  // CRLF is one line break
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out += "\\n"
            case _ where isDropped(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// C0 controls other than tab, and the XML non-characters U+FFFE/U+FFFF.
    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
