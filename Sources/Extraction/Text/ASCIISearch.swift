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

    /// `hasSuffix` of the one-scalar string `byte`, when the bytes tell: a string whose last
    /// byte differs cannot end in that `Character`, and an ASCII one whose last byte is
    /// `byte` does. Nil otherwise.
    func asciiHasSuffix(_ byte: UInt8) -> Bool? {
        guard utf8.last == byte else { return false }
        return utf8.allSatisfy({ $0 < 0x80 }) ? true : nil
    }
}
