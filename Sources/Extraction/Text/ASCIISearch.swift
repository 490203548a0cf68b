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

    /// Whether a string holds `other` when both are printable ASCII (no control characters,
    /// which Foundation's search may join, as it does "\r\n"): there a search of the bytes
    /// gives Foundation's answer. Nil for other strings, for an empty `other` (which Foundation
    /// finds nowhere), or when either is not contiguous.
    func printableASCIIContains(_ other: String) -> Bool? {
        utf8.withContiguousStorageIfAvailable { bytes in
            other.utf8.withContiguousStorageIfAvailable { part -> Bool? in
                guard !part.isEmpty, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }), part.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }) else { return nil }
                guard part.count <= bytes.count else { return false }
                return (0...(bytes.count - part.count)).contains { start in
                    (0..<part.count).allSatisfy { bytes[start + $0] == part[$0] }
                }
            } ?? nil
        } ?? nil
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
