import Foundation

/// Reads a file descriptor one line at a time through a fixed buffer, so a stream of any
/// length is read in memory bounded by the longest line.
///
/// Lines are split at `\n` (a trailing `\r` is kept; JSON parsing ignores it). The last line
/// need not end with a newline.
final class LineReader {
    private let fd: Int32
    private let closeOnDeinit: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private let chunkSize: Int
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0
    /// Bytes consumed so far, newlines included.
    private(set) var bytesRead = 0

    /// Reads `path`, or standard input for nil.
    init(path: String?, chunkSize: Int = 1 << 20) throws(InputError) {
        if let path {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                throw InputError(path: path, message: "cannot open the file: \(String(cString: strerror(errno)))")
            }
            self.fd = fd
            closeOnDeinit = true
        } else {
            fd = STDIN_FILENO
            closeOnDeinit = false
        }
        self.chunkSize = chunkSize
    }

    deinit {
        if closeOnDeinit { close(fd) }
    }

    /// The next line without its newline, or nil at the end of input.
    /// - Throws: when a line is longer than `maxLineBytes` (the rest of the input is not read).
    func next(maxLineBytes: Int, path: String) throws(InputError) -> [UInt8]? {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[start..<newline])
                bytesRead += newline + 1 - start
                start = newline + 1
                lineNumber += 1
                return line
            }
            if buffer.count - start > maxLineBytes {
                throw InputError(path: path, message: "line longer than \(maxLineBytes) bytes; raise --max-input-size "
                                 + "or split the document", line: lineNumber + 1)
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                bytesRead += buffer.count - start
                start = buffer.count
                lineNumber += 1
                return line
            }
            // Compact, then read another chunk.
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            searchFrom = buffer.count
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: chunkSize))
            let n = buffer.withUnsafeMutableBytes { raw in
                var got: Int
                repeat { got = read(fd, raw.baseAddress! + old, chunkSize) } while got < 0 && errno == EINTR
                return got
            }
            if n < 0 {
                throw InputError(path: path, message: "read failed: \(String(cString: strerror(errno)))")
            }
            buffer.removeSubrange((old + n)...)
            if n == 0 { atEnd = true }
        }
    }
}
