import Foundation

/// Writes a file through a temporary file in the same directory and a rename, so an
/// interrupted run never leaves a truncated file where a good one was.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to url: URL) throws {
        try Data(bytes).write(to: url, options: .atomic)
    }
}
