extension String {
    /// For an ASCII string, the string that `write` makes from its bytes; nil for any other
    /// string. `write` fills a buffer as long as the string and returns how many bytes it
    /// wrote. Names are ASCII in the common case, and working on their bytes costs a
    /// fraction of working on `Character`s. Inlinable, as is `init(asciiBytes:)`: the registry's
    /// keys and every token's strings are made in another module, where the call is inlined.
    @inlinable
    package func mappingASCII(_ write: (UnsafeBufferPointer<UInt8>, UnsafeMutableBufferPointer<UInt8>) -> Int) -> String? {
        var string = self
        return string.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            // Written straight into the new string, which a short one takes without checking
            // its bytes as UTF-8 (see `init(asciiBytes:)`).
            return String(unsafeUninitializedCapacity: bytes.count) { out in write(bytes, out) }
        }
    }

    /// The string of some ASCII bytes. A short one (at most 15 bytes, most words) is made in
    /// place without the UTF-8 validation `String(decoding:as:)` runs, which ASCII does not
    /// need and which cost more than the rest of making the string.
    @inlinable
    package init(asciiBytes bytes: UnsafeBufferPointer<UInt8>) {
        self.init(unsafeUninitializedCapacity: bytes.count) { out in
            UnsafeMutableRawBufferPointer(out).copyMemory(from: UnsafeRawBufferPointer(bytes))
            return bytes.count
        }
    }
}
