/// Byte search for ASCII strings. Foundation's `contains` costs thousands of instructions a
/// call; in an ASCII string a byte search gives the same answer.
extension String {
    /// Whether an ASCII string holds `byte`; nil when the string is not ASCII.
    func asciiContains(_ byte: UInt8) -> Bool? {
        // Over the contiguous bytes, which a native string always has: stepping through
        // `utf8` as a sequence costs several times more a byte.
        if let found = utf8.withContiguousStorageIfAvailable({ Self.asciiContains(byte, in: $0) }) { return found }
        var found = false
        for b in utf8 {
            if b >= 0x80 { return nil }
            if b == byte { found = true }
        }
        return found
    }

    private static func asciiContains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var found = false
        for b in bytes {
            if b >= 0x80 { return nil }
            if b == byte { found = true }
        }
        return found
    }
}
