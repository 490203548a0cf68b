import Foundation

enum FileHandleWriter {
    static func standardError(_ s: String) {
        FileHandle.standardError.write(Data(s.utf8))
    }

    static func standardOutput(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }
}
