/// Byte searches for ASCII strings. Foundation's `contains` costs thousands of instructions
/// a call, and `hasSuffix` compares by `Character`; in an ASCII string a byte gives the same
/// answer. Each returns nil for other strings, which the caller searches as before.
extension String {
    /// Whether an ASCII string holds `byte`; nil when the string is not ASCII.
    func asciiContains(_ byte: UInt8) -> Bool? {
        var found = false
        for b in utf8 {
            if b >= 0x80 { return nil }
            if b == byte { found = true }
        }
        return found
    }

    /// Whether an ASCII string ends with `byte`; nil when the string is not ASCII.
    func asciiHasSuffix(_ byte: UInt8) -> Bool? {
        utf8.allSatisfy({ $0 < 0x80 }) ? utf8.last == byte : nil
    }
}
