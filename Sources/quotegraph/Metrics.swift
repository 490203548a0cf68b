import ArgumentParser
import Centrality
import Foundation
import QuoteGraph
import QuoteGraphModel

/// `quotegraph metrics`: centrality of every party, on the relation graph of documents or
/// on a graph the user brings.
struct Metrics: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Centrality metrics of the relation graph, or of an edge list or DOT graph you bring.",
        discussion: """
        INPUT is documents, as analyze takes them, or one graph file: an edge list (.tsv or \
        .csv: source, target and an optional positive weight per line; a header line is \
        allowed) or a DOT file (.dot, .gv). Metrics follow networkx's definitions. A \
        weight is read as a strength (a path through it is 1/weight long) unless \
        --weight-as distance or --unweighted.

        Metrics: \(Metric.allCases.map(\.rawValue).joined(separator: ", ")) (all but katz by default).
        Relation kinds: \(RelationKind.allCases.map(\.rawValue).joined(separator: ", ")).

        Examples:
          quotegraph metrics Examples/cyberspies-vaccine-research.txt --top 10
          quotegraph metrics articles/ --relations accuses,denies --metric pagerank
          quotegraph metrics edges.tsv --format csv --sort-by betweenness > metrics.csv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }
    enum WeightReading: String, ExpressibleByArgument, CaseIterable { case strength, distance }

    @OptionGroup var input: InputOptions

    @Option(help: "Show only the first N rows after sorting.")
    var top: Int?

    @Option(help: "Output format: table (aligned columns), csv or json.")
    var format: Format = .table

    @Option(name: .customLong("metric"), help: ArgumentHelp(
        "Metrics to compute, in column order; repeat the option or separate names with commas.",
        valueName: "name"))
    var metricNames: [String] = []

    @Option(help: ArgumentHelp("Sort rows by this metric, largest first (default: pagerank, else the first metric).",
                               valueName: "name"))
    var sortBy: String?

    @Option(help: ArgumentHelp("Only relations of these kinds, comma-separated (documents only).", valueName: "kinds"))
    var relations: String?

    @Flag(help: "Ignore weights (evidence counts or the weight column): every edge counts 1.")
    var unweighted = false

    @Option(help: "How a weight is read: strength (larger = closer tie) or distance (larger = farther).")
    var weightAs: WeightReading?

    @Option(help: "Documents only: what an edge's weight counts: evidence, documents or sources.")
    var countBy: EdgeCounting = .evidence

    var metrics: [Metric] {
        let names = metricNames.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        return names.isEmpty ? Metric.defaults : names.compactMap { Metric(name: $0) }
    }

    var relationKinds: Set<RelationKind>? {
        relations.map { Set($0.split(separator: ",").compactMap { RelationKind(rawValue: $0.trimmingCharacters(in: .whitespaces)) }) }
    }

    var isGraphInput: Bool { input.inputs.count == 1 && GraphReader.isGraphFile(input.inputs[0]) }

    func validate() throws {
        let known = Metric.allCases.map(\.rawValue).joined(separator: ", ")
        for name in metricNames.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces) })
        where Metric(name: name) == nil {
            throw ValidationError("unknown metric '\(name)'; choose from \(known)")
        }
        if let sortBy {
            guard let m = Metric(name: sortBy) else { throw ValidationError("unknown metric '\(sortBy)' for --sort-by; choose from \(known)") }
            guard metrics.contains(m) else { throw ValidationError("--sort-by \(sortBy) is not among the --metric columns; add it there") }
        }
        if let relations {
            let kinds = RelationKind.allCases.map(\.rawValue).joined(separator: ", ")
            for name in relations.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) })
            where RelationKind(rawValue: name) == nil {
                throw ValidationError("unknown relation kind '\(name)' in --relations; choose from \(kinds)")
            }
            if isGraphInput { throw ValidationError("--relations applies to documents; \(input.inputs[0]) is a graph file") }
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if unweighted && weightAs != nil { throw ValidationError("--unweighted ignores weights; drop --weight-as or --unweighted") }
        if input.inputs.count > 1, let graphFile = input.inputs.first(where: GraphReader.isGraphFile) {
            throw ValidationError("\(graphFile) is a graph file; give it alone, not with other inputs")
        }
    }

    func run() throws {
        let weighting: EdgeWeighting = unweighted ? .unweighted : (weightAs == .distance ? .distance : .strength)
        let graph: NamedGraph
        do {
            if isGraphInput {
                graph = try GraphReader.read(input.inputs[0], maxInputBytes: input.maxInputSize)
            } else {
                let source = try input.source(dropDuplicates: true)
                let progress = input.progress(totalBytes: source.totalBytes)
                graph = try input.pipeline.relationGraph(source, relationKinds: relationKinds, counting: countBy,
                                                   weighted: !unweighted, progress: progress?.update)
                progress?.finish(source.tally)
                input.reportTally(source.tally)
            }
        } catch let error as InputError {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        if graph.ids.isEmpty {
            printError("warning: the graph has no nodes" + (relations.map { " (no relations of kinds \($0))" } ?? "") + "; the table is empty")
        }
        var table: MetricsTable
        do {
            if metricNames.isEmpty {
                // The default columns: one unsuitable method leaves its column empty with a warning.
                let (all, failures) = MetricsTable.computeAll(graph, metrics: metrics, weighting: weighting)
                for failure in failures { printError("warning: \(failure)") }
                table = all
            } else {
                table = try MetricsTable.compute(graph, metrics: metrics, weighting: weighting)
            }
        } catch {
            let others = metrics.filter { $0 != error.metric && !([.hub, .authority].contains($0) && [.hub, .authority].contains(error.metric)) }
            printError("error: \(error)")
            printError(others.isEmpty ? "       choose another metric with --metric"
                       : "       leave it out with --metric, e.g. --metric \(others.map(\.rawValue).joined(separator: ","))")
            throw ExitCode.failure
        }
        let sortMetric = sortBy.flatMap { Metric(name: $0) } ?? (table.columns.contains(.pagerank) ? .pagerank : table.columns[0])
        table = table.sorted(by: sortMetric)
        if let top { table = table.prefix(top) }
        switch format {
        case .table: FileHandleWriter.standardOutput(table.text())
        case .csv: FileHandleWriter.standardOutput(table.csv())
        case .json: FileHandleWriter.standardOutput(table.json())
        }
    }
}
