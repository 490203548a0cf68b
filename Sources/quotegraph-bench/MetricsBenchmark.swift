import Centrality
import Foundation

/// Times every centrality metric on deterministic heavy-tailed digraphs and prints
/// seconds per metric and the process's peak resident memory. Prints only; never fails
/// on time.
///
/// Graphs are directed Chung–Lu graphs (Chung & Lu 2002, doi:10.1073/pnas.252631999):
/// `edges` draws of (source, target) with source ∝ out-weight and target ∝ in-weight,
/// both power laws with exponent 2.5 (node i's weight ∝ (i + 1)^(−2/3)), in-weights on a
/// shuffled node order, self-loops skipped, repeats merged (so the merged edge count is
/// a little below `edges`). Edge weights are evidence counts 1, 2, 3, … with
/// P(w) = 2^(−w). Everything comes from SplitMix64 with a fixed seed.
///
/// Exact betweenness, closeness and harmonic centrality cost O(n·m); they are run when
/// n·m ≤ 10^10 (10k nodes / 40k edges is 4·10^8); above that only pivot-sampled
/// betweenness runs. Katz uses alpha = min(0.1, 0.9 / min(max in-degree, max
/// out-degree)), a bound that guarantees convergence but is far below 1 / λ_max, so
/// its time is a lower bound.
///
/// With `writeEdgesTo`, each graph is also written as `DIR/chung-lu-<label>.tsv`
/// (see `writeEdgeList`) so other libraries can be timed on exactly the same graph.
func runMetricsBenchmark(sizes: [(label: String, nodes: Int, edges: Int)], writeEdgesTo directory: String? = nil) throws {
    print("Centrality benchmark — \(ProcessInfo.processInfo.activeProcessorCount) cores")
    for size in sizes {
        var clock = BenchmarkClock()
        let graph = clock.time("build Digraph") { chungLuDigraph(nodes: size.nodes, edges: size.edges, seed: 0x5eed) }
        print("\ngraph: \(graph.nodeCount) nodes, \(graph.edgeCount) merged edges (\(size.edges) drawn)")
        clock.report("build Digraph")
        if let directory {
            let path = directory + "/chung-lu-\(size.label).tsv"
            try writeEdgeList(graph, to: path)
            print("  " + pad("edge list written") + path)
        }

        let degree = clock.time("degree") { degreeCentrality(graph) }
        clock.report("degree")
        let exact = Double(graph.nodeCount) * Double(graph.edgeCount) <= 1e10
        if exact {
            _ = clock.time("betweenness exact (hops)") { betweennessCentrality(graph) }
            clock.report("betweenness exact (hops)")
            _ = clock.time("betweenness exact (strength, Dijkstra)") { betweennessCentrality(graph, weighting: .strength) }
            clock.report("betweenness exact (strength, Dijkstra)")
        }
        for k in [256, 1024] {
            let label = "betweenness approx k=\(k) (hops)"
            _ = clock.time(label) { approximateBetweennessCentrality(graph, samples: k, seed: 1) }
            clock.report(label)
        }
        if exact {
            _ = clock.time("closeness (hops)") { closenessCentrality(graph) }
            clock.report("closeness (hops)")
            _ = clock.time("closeness (strength, Dijkstra)") { closenessCentrality(graph, weighting: .strength) }
            clock.report("closeness (strength, Dijkstra)")
            _ = clock.time("harmonic (hops)") { harmonicCentrality(graph) }
            clock.report("harmonic (hops)")
            _ = clock.time("harmonic (strength, Dijkstra)") { harmonicCentrality(graph, weighting: .strength) }
            clock.report("harmonic (strength, Dijkstra)")
        } else {
            let work = String(format: "%.1e", Double(graph.nodeCount) * Double(graph.edgeCount))
            print("  " + pad("closeness/harmonic/betweenness exact") + "skipped: n·m = \(work) > 1e10")
        }
        // Millisecond metrics: the best of up to 5 runs, as scripts/peer_benchmark.py
        // times the peers.
        func iterative(_ label: String, _ body: () throws -> Void) {
            do {
                var best = Double.infinity, bestCPU = Double.infinity
                for _ in 0..<5 {
                    try clock.time(label, body)
                    if clock.seconds(label) < best { best = clock.seconds(label); bestCPU = clock.cpu(label) }
                    if best >= 1 { break }
                }
                clock.set(label, best, cpu: bestCPU)
                clock.report(label)
            } catch {
                clock.report(label, note: "threw: \(error)")
            }
        }
        iterative("pagerank (alpha 0.85, tol 1e-6)") { _ = try pageRank(graph) }
        iterative("pagerank (strength)") { _ = try pageRank(graph, weighting: .strength) }
        iterative("eigenvector (tol 1e-6, max 1000)") { _ = try eigenvectorCentrality(graph, maxIterations: 1000) }
        iterative("eigenvector (strength)") { _ = try eigenvectorCentrality(graph, weighting: .strength, maxIterations: 1000) }
        iterative("hits (tol 1e-8, max 1000)") { _ = try hits(graph, maxIterations: 1000) }
        iterative("hits (strength)") { _ = try hits(graph, weighting: .strength, maxIterations: 1000) }
        // λ_max ≤ min(largest in-degree, largest out-degree), so this alpha converges.
        let bound = Double(min(degree.inDegree.max() ?? 1, degree.outDegree.max() ?? 1))
        let alpha = min(0.1, 0.9 / bound)
        iterative(String(format: "katz (alpha %.3g)", alpha)) { _ = try katzCentrality(graph, alpha: alpha) }
        print("  " + pad("peak RSS so far (VmHWM)") + String(format: "%.1f MiB", Double(peakResidentKiB()) / 1024))
    }
}

/// Directed Chung–Lu graph; see `runMetricsBenchmark`.
func chungLuDigraph(nodes: Int, edges: Int, seed: UInt64) -> Digraph {
    var random = SplitMix64(seed: seed)
    let exponent = -1 / (2.5 - 1)
    var cumulative = [Double](repeating: 0, count: nodes)
    var total = 0.0
    for i in 0..<nodes {
        total += pow(Double(i + 1), exponent)
        cumulative[i] = total
    }
    var inOrder = Array(0..<nodes)
    inOrder.shuffle(using: &random)
    func draw() -> Int {
        let u = Double(random.next() >> 11) * 0x1p-53 * total
        var low = 0, high = nodes - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] < u { low = mid + 1 } else { high = mid }
        }
        return low
    }
    var list = [(source: Int, target: Int, weight: Double)]()
    list.reserveCapacity(edges)
    while list.count < edges {
        let source = draw()
        let target = inOrder[draw()]
        if source == target { continue }
        var weight = 1.0
        while random.next() & 1 == 1 && weight < 32 { weight += 1 }
        list.append((source, target, weight))
    }
    return Digraph(nodeCount: nodes, edges: list)
}

/// Writes the merged edges, one `source<TAB>target<TAB>weight` line each (0-based node
/// indices, integer weights written without a fraction), sorted by source then target,
/// after one comment line `# nodes N edges M` (isolated nodes appear in no edge).
func writeEdgeList(_ graph: Digraph, to path: String) throws {
    try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    var text = "# nodes \(graph.nodeCount) edges \(graph.edgeCount)\n"
    text.reserveCapacity(graph.edgeCount * 16)
    for edge in graph.edges {
        let weight = edge.weight == edge.weight.rounded() ? String(Int(edge.weight)) : String(edge.weight)
        text += "\(edge.source)\t\(edge.target)\t\(weight)\n"
    }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
}

/// Peak resident set size in KiB from /proc/self/status (VmHWM); 0 where unavailable.
func peakResidentKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
    return 0
}

/// Wall-clock seconds per label, and the process CPU seconds (all threads) of the same
/// run, printed as "wall (cpu … s)": on a shared machine the CPU time is the steadier
/// figure, and CPU / wall shows how many cores a metric kept busy.
private struct BenchmarkClock {
    private var seconds: [String: Double] = [:]
    private var cpuSeconds: [String: Double] = [:]
    private let clock = ContinuousClock()

    mutating func time<R, E: Error>(_ label: String, _ body: () throws(E) -> R) throws(E) -> R {
        let cpuStart = processCPUSeconds()
        let start = clock.now
        let result = try body()
        let elapsed = clock.now - start
        cpuSeconds[label] = processCPUSeconds() - cpuStart
        seconds[label] = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return result
    }

    func seconds(_ label: String) -> Double { seconds[label] ?? .nan }

    func cpu(_ label: String) -> Double { cpuSeconds[label] ?? .nan }

    mutating func set(_ label: String, _ value: Double, cpu: Double) {
        seconds[label] = value
        cpuSeconds[label] = cpu
    }

    func report(_ label: String, note: String = "") {
        let value = seconds[label] ?? .nan
        let text = value < 0.1 ? String(format: "%.2f ms", value * 1000) : String(format: "%.3f s", value)
        let cpu = String(format: "  (cpu %.4g s)", cpuSeconds[label] ?? .nan)
        print("  " + pad(label) + text + cpu + (note.isEmpty ? "" : "  " + note))
    }
}

/// CPU time of the whole process, all threads, in seconds.
private func processCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
}

private func pad(_ label: String) -> String {
    label.count >= 42 ? label + " " : label + String(repeating: " ", count: 42 - label.count)
}
