import Foundation
@testable import FuzzChecks
import Testing

/// Every input the fuzz target ever crashed on (`Fixtures/crashes/`, named after what it
/// found) and the seed corpus (`Fixtures/seeds/`), replayed through every fuzz check.
@Suite struct FuzzRegressionTests {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    static func inputs(_ folder: String) -> [String] {
        let dir = fixtures.appendingPathComponent(folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test(arguments: inputs("crashes") + inputs("seeds").map { "../seeds/" + $0 })
    func fuzzInputKeepsEveryPromise(name: String) throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("crashes").appendingPathComponent(name))
        #expect(FuzzChecks.all([UInt8](data)) == [], "\(name)")
    }

    @Test func checksCatchABrokenPromise() {
        // The oracle itself: a node name libcgraph would give differently is noticed.
        #expect(FuzzChecks.expectedNodeName("a\\b\t\u{1}c") == "a\\\\b c")
        #expect(FuzzChecks.exports(Array("plain\nname".utf8)) == [])
    }
}
