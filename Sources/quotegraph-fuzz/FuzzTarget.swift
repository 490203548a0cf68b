import FuzzChecks
import Foundation

// Built two ways (scripts/fuzz.sh):
// - normally, a corpus-replay runner: `quotegraph-fuzz FILE_OR_DIR…` runs every check on
//   each file and exits 1 if one breaks a promise;
// - with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING`, a libFuzzer target: `main` hands
//   the command line to libFuzzer's driver (SwiftPM names the entry point itself, so
//   libFuzzer's own `main` is not used), which calls `LLVMFuzzerTestOneInput` with
//   coverage-guided inputs; a broken promise traps, so libFuzzer saves the input as `crash-…`.

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = FuzzChecks.all(bytes)
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif

@main
enum FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzTestOneInput))
        #else
        replay(Array(CommandLine.arguments.dropFirst()))
        #endif
    }

    /// Runs every check on each file (or each file of each directory) and reports the broken promises.
    static func replay(_ arguments: [String]) {
        guard !arguments.isEmpty else {
            FileHandle.standardError.write(Data("usage: quotegraph-fuzz FILE_OR_DIRECTORY…  (replays fuzz inputs through every check)\n".utf8))
            exit(2)
        }
        var files: [String] = []
        for path in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { !$0.hasPrefix(".") }.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        var failures = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let problems = FuzzChecks.all([UInt8](data))
            if !problems.isEmpty {
                failures += 1
                print("\(file):\n  " + problems.joined(separator: "\n  "))
            }
        }
        print("replayed \(files.count) inputs, \(failures) broke a promise")
        exit(failures == 0 ? 0 : 1)
    }
}
