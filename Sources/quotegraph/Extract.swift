import ArgumentParser
import QuoteGraph

/// `quotegraph extract`: the map step of a distributed run.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Map step: one partial graph (a one-document quotegraph/1 graph) per document, as JSONL.",
        discussion: """
        Each output line is the graph of one document, without metrics, with the fingerprint \
        of its text; `quotegraph merge` combines the outputs of any number of such runs into \
        the graph `analyze --format json` gives for the whole corpus. Lines are written in \
        input order as soon as they are done, in bounded memory, so this runs as a filter \
        (stdin → stdout) under Spark's RDD.pipe or Hadoop Streaming: see the README's \
        "Corpus scale".

        Examples:
          quotegraph extract corpus.jsonl > parts.jsonl && quotegraph merge parts.jsonl
          split -n l/4 corpus.jsonl chunk. && for c in chunk.*; do quotegraph extract $c > $c.part & done; wait
          quotegraph merge chunk.*.part --count-by sources -o graph.json
        """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        // Duplicates inside this input are dropped here; those between inputs of different
        // workers by merge, through the fingerprints.
        let source = try input.source(dropDuplicates: true)
        let progress = input.progress(totalBytes: source.totalBytes)
        try readingErrorsExit {
            try input.pipeline.partialGraphs(source, progress: progress?.update) { _, line in
                FileHandleWriter.standardOutput(line + "\n")
            }
        }
        progress?.finish(source.tally)
        input.reportTally(source.tally)
    }
}
