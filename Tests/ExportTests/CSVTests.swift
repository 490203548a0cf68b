import Testing
import QuoteGraphModel
import Export

@Suite struct CSVTests {
    @Test func quotesCellsWithCommasQuotesAndLineBreaks() {
        #expect(CSV.text("plain") == "plain")
        #expect(CSV.text("a,b") == #""a,b""#)
        #expect(CSV.text(#"say "hi""#) == #""say ""hi""""#)
        #expect(CSV.text("two\nlines") == "\"two\nlines\"")
        #expect(CSV.text("cr\rhere") == "\"cr\rhere\"")
    }

    @Test func neutralisesFormulaPrefixesInTextCells() {
        #expect(CSV.text("=cmd()") == "'=cmd()")
        #expect(CSV.text("+1") == "'+1")
        #expect(CSV.text("-2") == "'-2")
        #expect(CSV.text("@x") == "'@x")
        #expect(CSV.text("\tx") == "'\tx")
        #expect(CSV.text("\rx") == "\"'\rx\"")
        #expect(CSV.text(#"=HYPERLINK("http://x","y")"#) == #""'=HYPERLINK(""http://x"",""y"")""#)
        #expect(CSV.text("a=b") == "a=b")
    }

    @Test func numericCellsAreNotPrefixed() {
        #expect(CSV.number(-2) == "-2")
        #expect(CSV.number(-0.25) == "-0.25")
        #expect(CSV.number(Double.nan) == "")
    }

    @Test func metricsCSVHasHeaderAndOneCRLFRowPerEntity() {
        let csv = MetricsCSV.write(Sample.analysis.metrics, entities: Sample.analysis.entities)
        #expect(csv == "entity,name,kind,in_degree,out_degree,degree,in_strength,out_strength,betweenness,closeness,harmonic,pagerank,eigenvector,hub,authority\r\n"
                + "group:apt29,APT29,group,1,0,1,2,0,0,0.5,0.5,0.4230769230769231,0.7071067811865476,0,1\r\n")
    }

    @Test func metricsCSVNeutralisesHostileEntityNames() {
        let entity = Entity(id: "person:x", name: "=cmd()|' /C calc'!A0", kind: .person)
        let csv = MetricsCSV.write([EntityMetrics(entity: "person:x")], entities: [entity])
        #expect(csv.hasSuffix("\r\nperson:x,'=cmd()|' /C calc'!A0,person,0,0,0,0,0,0,0,0,0,0,0,0\r\n"))
    }

    @Test func entitiesCSVJoinsAliases() {
        let csv = EntitiesCSV.write(Sample.analysis.entities)
        #expect(csv.hasPrefix("id,name,kind,aliases,title,affiliation,mentions\r\n"))
        #expect(csv.contains("group:apt29,APT29,group,Cozy Bear; the Dukes,,,3\r\n"))
    }

    @Test func relationsCSVListsEvidenceSpans() {
        #expect(RelationsCSV.write(Sample.analysis.relations) == "source,target,kind,weight,cue,evidence\r\n"
                + "person:dominic-raab,group:apt29,accuses,2,targeting,doc-1:480-720;doc-1:900-950\r\n"
                + "person:dominic-raab,country:united-kingdom,affiliated_with,1,,doc-1:0-40\r\n")
    }
}
