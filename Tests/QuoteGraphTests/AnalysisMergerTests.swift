import Export
import Foundation
import QuoteGraph
import QuoteGraphModel
import Testing

@Suite struct AnalysisMergerTests {
    static let documents: [Document] = {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples").standardized
        let files = (try? FileManager.default.contentsOfDirectory(atPath: examples.path))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        return files.map { f in
            Document(id: String(f.dropLast(4)), text: try! String(contentsOf: examples.appendingPathComponent(f), encoding: .utf8))
        }
    }()

    @Test func mergingPartsEqualsAnalysingTheWhole() {
        let pipeline = Pipeline()
        let documents = Self.documents
        #expect(documents.count >= 3)
        let whole = AnalysisMerger.merge(pipeline.extract(documents))
        let parts = stride(from: 0, to: documents.count, by: 2).map { i in
            AnalysisMerger.merge(pipeline.extract(Array(documents[i..<min(i + 2, documents.count)])))
        }
        #expect(AnalysisMerger.merge(parts) == whole)
    }

    @Test func mergingIsAssociativeThroughTheJSONFormat() throws {
        let pipeline = Pipeline()
        let parts = Self.documents.map { AnalysisMerger.merge(pipeline.extract([$0])) }
        let roundTripped = try parts.map { try GraphJSON.read(GraphJSON.write($0)) }
        #expect(AnalysisMerger.merge(roundTripped) == AnalysisMerger.merge(parts))
    }

    @Test func repeatedEvidenceMergesIntoOneWeightedEdge() {
        let text = "The FBI warned that China was targeting vaccine research. The FBI also warned that China was targeting hospitals."
        let analysis = Pipeline().analyze([Document(id: "d", text: text)]).analysis
        let edges = analysis.relations.filter { $0.kind == .accuses && $0.source == "organisation:fbi" && $0.target == "country:china" }
        #expect(edges.count == 1)
        #expect(edges.first?.weight == 2)
    }
}

@Suite struct ShortNameTests {
    @Test func surnameInOneArticleJoinsTheFullNameInAnother() {
        let documents = [
            Document(id: "a", text: "“This is unacceptable,” British Foreign Secretary Dominic Raab said."),
            Document(id: "b", text: "“We will respond,” Raab said on Tuesday."),
        ]
        let analysis = Pipeline().analyze(documents).analysis
        let people = analysis.entities.filter { $0.kind == .person }
        #expect(people.map(\.id) == ["person:dominic-raab"])
        #expect(analysis.quotes.map(\.speaker) == ["person:dominic-raab", "person:dominic-raab"])
        #expect(people.first?.merges.contains { $0.alias == "Raab" } == true)
    }

    @Test func surnameOfSeveralFullNamesStaysApart() {
        let documents = [
            Document(id: "a", text: "“We will win this fight,” said Senator Hillary Clinton. “It is far from over,” said former President Bill Clinton."),
            Document(id: "b", text: "“We have work to do,” Clinton said."),
        ]
        let ids = Set(Pipeline().analyze(documents).analysis.entities.map(\.id))
        #expect(ids.isSuperset(of: ["person:hillary-clinton", "person:bill-clinton", "person:clinton"]))
    }
}
