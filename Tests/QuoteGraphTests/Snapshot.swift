import Foundation
import Testing

/// Golden files under `Snapshots/`. Set `QUOTEGRAPH_RECORD=1` to write them anew; a
/// recording run still fails, so that a recorded snapshot is always looked at.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["QUOTEGRAPH_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); run again without QUOTEGRAPH_RECORD to compare", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its snapshot (QUOTEGRAPH_RECORD=1 re-records)", sourceLocation: sourceLocation)
    }
}
