import Testing
import QuoteGraphModel
import Export

@Suite struct GraphJSONTests {
    static let golden = """
    {
      "schema": "quotegraph/1",
      "documents": [
        {"id": "doc-1", "chars": 4213, "meta": {"date": "2020-07-16", "rank": 2, "source": "BBC"}}
      ],
      "entities": [
        {"id": "person:dominic-raab", "name": "Dominic Raab", "kind": "person", "aliases": ["Raab"], "title": "British Foreign Secretary", "affiliation": "country:united-kingdom", "mentions": 2},
        {"id": "group:apt29", "name": "APT29", "kind": "group", "aliases": ["Cozy Bear", "the Dukes"], "title": null, "affiliation": null, "mentions": 3},
        {"id": "country:united-kingdom", "name": "United Kingdom", "kind": "country", "aliases": [], "title": null, "affiliation": null, "mentions": 1}
      ],
      "quotes": [
        {"id": "q1", "document": "doc-1", "start": 512, "end": 530, "text": "completely \\"unacceptable\\"", "speaker": "person:dominic-raab", "cue": "said", "speaker_start": 700, "speaker_end": 712},
        {"id": "q2", "document": "doc-1", "start": 800, "end": 810, "text": "no comment", "speaker": null, "cue": null, "speaker_name": "a spokesman"}
      ],
      "relations": [
        {"kind": "accuses", "source": "person:dominic-raab", "target": "group:apt29", "cue": "targeting", "quote": "q1", "evidence": [{"document": "doc-1", "start": 480, "end": 720}, {"document": "doc-1", "start": 900, "end": 950}], "weight": 2},
        {"kind": "affiliated_with", "source": "person:dominic-raab", "target": "country:united-kingdom", "cue": null, "quote": null, "evidence": [{"document": "doc-1", "start": 0, "end": 40}], "weight": 1}
      ],
      "metrics": [
        {"entity": "group:apt29", "in_degree": 1, "out_degree": 0, "degree": 1, "in_strength": 2, "out_strength": 0, "betweenness": 0, "closeness": 0.5, "harmonic": 0.5, "pagerank": 0.4230769230769231, "eigenvector": 0.7071067811865476, "hub": 0, "authority": 1}
      ]
    }

    """

    @Test func writesFieldsInSpecOrderWithSpecValues() {
        #expect(GraphJSON.write(Sample.analysis) == Self.golden)
    }

    @Test func writesEmptyAnalysisWithEmptyArrays() {
        #expect(GraphJSON.write(Analysis()) == """
        {
          "schema": "quotegraph/1",
          "documents": [],
          "entities": [],
          "quotes": [],
          "relations": [],
          "metrics": []
        }

        """)
    }

    @Test func speakerNameIsWrittenWhenItDiffersFromTheEntityName() {
        var analysis = Sample.analysis
        analysis.quotes[0].speakerName = "Mr Raab"
        #expect(GraphJSON.write(analysis).contains(#""cue": "said", "speaker_name": "Mr Raab""#))
    }

    @Test func roundTripWriteReadWriteIsIdentical() throws {
        let first = GraphJSON.write(Sample.analysis)
        let read = try GraphJSON.read(first)
        #expect(read == Sample.analysis)
        #expect(GraphJSON.write(read) == first)
        #expect(try GraphJSON.read(Array(first.utf8)) == Sample.analysis)
    }

    @Test func readsTheSpecExample() throws {
        let spec = """
        {"schema": "quotegraph/1",
         "documents": [{"id": "doc-1", "chars": 4213, "meta": {}}],
         "entities": [
           {"id": "person:dominic-raab", "name": "Dominic Raab", "kind": "person",
            "aliases": ["Raab"], "title": "British Foreign Secretary",
            "affiliation": "country:united-kingdom", "mentions": 2}
         ],
         "quotes": [
           {"id": "q1", "document": "doc-1", "start": 512, "end": 618, "text": "...",
            "speaker": "person:dominic-raab", "cue": "said"}
         ],
         "relations": [
           {"kind": "accuses", "source": "person:dominic-raab", "target": "org:russian-intelligence",
            "cue": "targeting", "quote": "q1",
            "evidence": [{"document": "doc-1", "start": 480, "end": 720}]}
         ],
         "metrics": [
           {"entity": "group:apt29", "in_degree": 5, "out_degree": 1, "degree": 6,
            "betweenness": 0.12, "closeness": 0.3, "harmonic": 0.4, "pagerank": 0.09,
            "eigenvector": 0.2, "hub": 0.01, "authority": 0.3}
         ]}
        """
        let analysis = try GraphJSON.read(spec)
        #expect(analysis.quotes.first?.speakerName == "Dominic Raab")
        #expect(analysis.relations.first?.weight == 1)
        #expect(analysis.metrics.first?.degree == 6)
        #expect(analysis.metrics.first?.pagerank == 0.09)
    }

    @Test func readRejectsWrongSchemaAndBadFieldsWithAPath() {
        #expect(throws: GraphJSONError.unsupportedSchema("quotegraph/2")) {
            try GraphJSON.read(#"{"schema": "quotegraph/2"}"#)
        }
        #expect(throws: GraphJSONError.invalid(path: "$.quotes[0].start", message: "expected an integer")) {
            try GraphJSON.read(#"{"schema": "quotegraph/1", "quotes": [{"id": "q1", "document": "d", "start": "5", "end": 6, "text": ""}]}"#)
        }
        #expect(throws: GraphJSONError.self) {
            try GraphJSON.read(#"{"schema": "quotegraph/1", "relations": [{"kind": "likes", "source": "a", "target": "b"}]}"#)
        }
    }
}
