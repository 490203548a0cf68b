/// The bytes of a text input as a `String`, or a message for people saying why not.
///
/// - UTF-8, the expected encoding; a leading byte-order mark is dropped (as Python's
///   `utf-8-sig` does), so offsets count the scalars after it.
/// - UTF-16 with a byte-order mark (`FF FE` little-endian, `FE FF` big-endian) is decoded;
///   offsets then count the scalars of the decoded text, without the mark.
/// - UTF-32, UTF-16 without a mark, and binary data (a NUL byte) are refused, as are
///   invalid sequences, whose byte offset (and line) the message gives.
/// - `lossy` replaces invalid sequences and NUL bytes with U+FFFD (one replacement per
///   maximal invalid subsequence, as `String(decoding:as:)` does) and says how many.
public enum TextDecoding {
    /// A decoded text, and how many replacement characters `lossy` put in.
    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var replacements: Int
        /// The encoding read: "UTF-8" or "UTF-16LE"/"UTF-16BE".
        public var encoding: String
    }

    /// Decodes `bytes`; the error is a message for people (without the input's name).
    public static func decode(_ bytes: [UInt8], lossy: Bool = false) -> Result<Decoded, Problem> {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return .failure(Problem("the file is UTF-32; convert it to UTF-8 (e.g. iconv -f UTF-32 -t UTF-8)"))
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return decodeUTF16(bytes, bigEndian: false, lossy: lossy) }
        if bytes.starts(with: [0xFE, 0xFF]) { return decodeUTF16(bytes, bigEndian: true, lossy: lossy) }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let body = bytes[start...]
        if let nul = body.firstIndex(of: 0), !lossy {
            if looksLikeUTF16WithoutMark(body) {
                return .failure(Problem("the file looks like UTF-16 without a byte-order mark; convert it to UTF-8 "
                                        + "(e.g. iconv -f UTF-16LE -t UTF-8)"))
            }
            return .failure(Problem("the file looks binary (a NUL byte at offset \(nul)\(lineNote(bytes, nul))); "
                                    + "give a UTF-8 text file, or pass --lossy to read it anyway"))
        }
        if let text = String(validating: body, as: UTF8.self) {
            return .success(Decoded(text: text, replacements: 0, encoding: "UTF-8"))
        }
        guard lossy else {
            let offset = start + firstInvalidUTF8Offset(body)
            return .failure(Problem("the file is not valid UTF-8 (first bad byte at offset \(offset)\(lineNote(bytes, offset))); "
                                    + "convert it to UTF-8, or pass --lossy to replace bad bytes with U+FFFD"))
        }
        var replacements = 0
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(body.count)
        var iterator = body.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s) where s == "\u{0}":
                scalars.append("\u{FFFD}")
                replacements += 1
            case .scalarValue(let s): scalars.append(s)
            case .error:
                scalars.append("\u{FFFD}")
                replacements += 1
            case .emptyInput: break loop
            }
        }
        return .success(Decoded(text: String(scalars), replacements: replacements, encoding: "UTF-8"))
    }

    /// Why a text could not be decoded.
    public struct Problem: Error, Sendable, Equatable {
        public var message: String
        init(_ message: String) { self.message = message }
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, lossy: Bool) -> Result<Decoded, Problem> {
        let name = bigEndian ? "UTF-16BE" : "UTF-16LE"
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var replacements = 0
        if bytes.count % 2 == 1 {
            guard lossy else {
                return .failure(Problem("the file is \(name) but has an odd number of bytes (\(bytes.count)); "
                                        + "it is cut short, or pass --lossy"))
            }
            replacements += 1
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unitOffset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\u{0}" {
                    guard lossy else {
                        return .failure(Problem("the \(name) file looks binary (a NUL character at byte offset \(2 + 2 * unitOffset)); "
                                                + "give a text file, or pass --lossy"))
                    }
                    scalars.append("\u{FFFD}")
                    replacements += 1
                } else {
                    scalars.append(s)
                }
                unitOffset += UTF16.width(s)
            case .error:
                guard lossy else {
                    return .failure(Problem("the file is not valid \(name) (an unpaired surrogate at byte offset "
                                            + "\(2 + 2 * unitOffset)); pass --lossy to replace it with U+FFFD"))
                }
                scalars.append("\u{FFFD}")
                replacements += 1
                unitOffset += 1
            case .emptyInput: break loop
            }
        }
        if bytes.count % 2 == 1 { scalars.append("\u{FFFD}") }  // lossy: the cut-off last byte
        return .success(Decoded(text: String(scalars), replacements: replacements, encoding: name))
    }

    /// Byte offset (from the start of `bytes`) of the first byte that does not decode as UTF-8.
    static func firstInvalidUTF8Offset<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput, .error: return offset
            }
        }
    }

    /// ", line N" for a byte offset past the first line.
    private static func lineNote(_ bytes: [UInt8], _ offset: Int) -> String {
        let line = 1 + bytes[..<min(offset, bytes.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return line > 1 ? ", line \(line)" : ""
    }

    /// Many NULs at alternating positions among the first bytes: UTF-16 text without a mark.
    private static func looksLikeUTF16WithoutMark(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4 else { return false }
        var zeros = [0, 0]
        for (k, b) in sample.enumerated() where b == 0 { zeros[k % 2] += 1 }
        let pairs = sample.count / 2
        return max(zeros[0], zeros[1]) * 10 >= pairs * 8 && min(zeros[0], zeros[1]) * 10 <= pairs
    }
}
