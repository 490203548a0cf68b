extension String {
    /// For an ASCII string, the string that `write` makes from its bytes; nil for any other
    /// string. `write` fills a buffer as long as the string and returns how many bytes it
    /// wrote. Names are ASCII in the common case, and working on their bytes costs a
    /// fraction of working on `Character`s.
    package func mappingASCII(_ write: (UnsafeBufferPointer<UInt8>, UnsafeMutableBufferPointer<UInt8>) -> Int) -> String? {
        var string = self
        return string.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out in
                let n = write(bytes, out)
                return String(decoding: UnsafeMutableBufferPointer(rebasing: out[..<n]), as: UTF8.self)
            }
        }
    }
}
