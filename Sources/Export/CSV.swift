/// RFC 4180 cell and row writing shared by every CSV writer.
///
/// Rows end with CRLF. A cell is quoted when it contains `,`, `"`, CR or LF, with `"` doubled.
/// Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
/// tab or CR) get a leading `'` first (OWASP "CSV injection"). Numeric cells are written as is.
public enum CSV {
    /// A text cell: formula prefixes neutralised, then quoted if needed.
    public static func text(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        return quoted(value)
    }

    /// An optional text cell; nil is an empty cell.
    public static func text(_ value: String?) -> String { value.map { text($0) } ?? "" }

    /// An integer cell.
    public static func number(_ value: Int) -> String { String(value) }

    /// A number cell: as in JSON (integral values without `.0`), empty for NaN and infinities.
    public static func number(_ value: Double) -> String {
        value.isFinite ? JSONWriter.number(value) : ""
    }

    /// One row of already-written cells, with its CRLF.
    public static func row(_ cells: [String]) -> String {
        cells.joined(separator: ",") + "\r\n"
    }

    private static func quoted(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else {
            return value
        }
        var out = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" { out += "\"" }
            out.unicodeScalars.append(scalar)
        }
        return out + "\""
    }
}
