/// Byte search for ASCII strings. Foundation's `contains` costs thousands of instructions a
/// call; in an ASCII string a byte search gives the same answer.
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
}
