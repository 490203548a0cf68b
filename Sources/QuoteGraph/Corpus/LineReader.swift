import Foundation

/// Reads a file descriptor one line at a time through a fixed buffer, so a stream of any
/// length is read in memory bounded by the longest line.
///
/// Lines are split at `\n` (a trailing `\r` is kept; JSON parsing ignores it). The last line
/// need not end with a newline. A line longer than the limit is skipped, never held whole.
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
    /// - Throws: when a line is longer than `maxLineBytes`: that line is read past (in bounded
    ///   memory) and the error names it, so the next call returns the line after it; or when
    ///   reading fails.
    func next(maxLineBytes: Int, path: String) throws(InputError) -> [UInt8]? {
        var searchFrom = start
        var overlong = 0  // bytes of an over-long line dropped so far
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[start..<newline])
                bytesRead += newline + 1 - start
                start = newline + 1
                lineNumber += 1
                if overlong > 0 || line.count > maxLineBytes { throw tooLong(maxLineBytes, path) }
                return line
            }
            if buffer.count - start > maxLineBytes {
                // Drop what is held of the line and keep reading to its end.
                overlong += buffer.count - start
                bytesRead += buffer.count - start
                start = buffer.count
            }
            if atEnd {
                guard start < buffer.count || overlong > 0 else { return nil }
                let line = Array(buffer[start...])
                bytesRead += buffer.count - start
                start = buffer.count
                lineNumber += 1
                if overlong > 0 { throw tooLong(maxLineBytes, path) }
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

    private func tooLong(_ maxLineBytes: Int, _ path: String) -> InputError {
        InputError(path: path, message: "line longer than \(maxLineBytes) bytes; line skipped (raise --max-input-size "
                   + "or split the document)", line: lineNumber)
    }
}
