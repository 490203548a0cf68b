import Extraction
import Foundation
import QuoteGraphModel
import Testing

@Suite struct AliasTableTests {
    private func table(_ contents: String, ext: String) throws -> AliasTable {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("aliases-\(UUID().uuidString).\(ext)")
        try contents.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try AliasTable(contentsOf: url)
    }

    @Test func aliasFileMergesNamesAcrossDocumentsAndSaysWhichLine() throws {
        let aliases = try table("canonical,aliases\nTeal Otter,Copper Heron Group,UNC9999\n", ext: "csv")
        let extractor = Extractor(aliases: aliases)
        let a = extractor.extract(Document(id: "a", text: "The Copper Heron Group targeted banks, the FBI warned."))
        let b = extractor.extract(Document(id: "b", text: "UNC9999 hacked a hospital, officials said."))
        let ids = Set(a.entities.map(\.id)).intersection(b.entities.map(\.id))
        #expect(ids.contains { $0.hasSuffix(":teal-otter") }, "\(a.entities.map(\.id)) \(b.entities.map(\.id))")
        let merged = try #require(a.entities.first { $0.id.hasSuffix(":teal-otter") })
        let merge = try #require(merged.merges.first { $0.alias == "Copper Heron Group" })
        #expect(merge.reason.hasPrefix("alias file aliases-") && merge.reason.hasSuffix(".csv, line 2"), "\(merge.reason)")
    }

    @Test func jsonAliasFileMayGiveTheKind() throws {
        let aliases = try table(#"[{"name": "Teal Otter", "kind": "group", "aliases": ["Copper Heron Group"]}]"#, ext: "json")
        let result = Extractor(aliases: aliases).extract(Document(id: "a", text: "The Copper Heron Group targeted banks, the FBI warned."))
        #expect(result.entities.contains { $0.id == "group:teal-otter" })
        #expect(result.relations.contains { $0.kind == .accuses && $0.source == "organisation:fbi" && $0.target == "group:teal-otter" })
    }

    @Test func badAliasFileIsRefusedWithItsLine() {
        #expect(throws: AliasTableError.self) { try table("Teal Otter\n", ext: "csv") }
        #expect(throws: AliasTableError.self) { try table(#"[{"name": "X", "kind": "planet", "aliases": []}]"#, ext: "json") }
    }
}
