import Foundation

/// Writes a file through a temporary file in the same directory and a rename, so an
/// interrupted or failed run never leaves a truncated file where a good one was.
///
/// On Linux, swift-corelibs-foundation's `.atomic` creates `.dat.nosync…` beside the target
/// with `O_CREAT|O_EXCL`, writes, `fsync`s and `rename`s it over the target (checked with
/// strace); a run killed before the rename leaves that hidden file, never a partial target.
enum AtomicFile {
    /// Why a file could not be written, for people.
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot write \(path): \(reason)" }
    }

    static func write(_ bytes: [UInt8], to url: URL) throws(WriteError) {
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(path: url.path, reason: "the directory \(directory.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw WriteError(path: url.path, reason: "it is a directory")
        }
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            throw WriteError(path: url.path, reason: posix.map { String(cString: strerror(Int32($0.code))) }
                             ?? (error as NSError).localizedDescription)
        }
    }

    /// Writes several files, each atomically, after all their bytes are ready; stops at the
    /// first failure (files already written are complete, the rest untouched).
    static func write(_ files: [(URL, [UInt8])]) throws(WriteError) {
        for (url, bytes) in files { try write(bytes, to: url) }
    }
}
