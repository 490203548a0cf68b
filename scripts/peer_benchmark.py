#!/usr/bin/env python3
"""Time igraph, networkit and networkx on the graphs `quotegraph-bench` measures.

Not used by tests or at run time: it records how the peer figures in the speed
comparison were measured (issue 5). Run it in a throwaway virtual environment
outside the repository:

    python3 -m venv /work/scratch/peers-venv
    /work/scratch/peers-venv/bin/pip install igraph networkit networkx scipy numpy
    swift run -c release quotegraph-bench metrics --write-edges /work/scratch/graphs
    /work/scratch/peers-venv/bin/python scripts/peer_benchmark.py /work/scratch/graphs/chung-lu-10k.tsv

The edge list is `source<TAB>target<TAB>weight` after one `# nodes N edges M` line
(merged edges, integer evidence counts). Settings mirror `MetricsBenchmark.swift`:

* unweighted: path metrics count hops; spectral metrics use strength 1.
* strength (weighted): path metrics use length 1/w, spectral metrics strength w.
* closeness and harmonic use *incoming* distances (networkx's convention): igraph
  mode="in", networkit on the transposed graph.
* PageRank alpha 0.85 with dangling mass spread uniformly; Katz with the same alpha
  as ours, min(0.1, 0.9 / min(max in-degree, max out-degree)).

Threads: 2 wherever configurable. networkit uses OpenMP (`setNumberOfThreads(2)`);
igraph's C core runs these measures on one thread; networkx is single-threaded Python
(SciPy/BLAS limited to 2 threads by the environment variables below). Each timing is
the minimum wall time over `--repeat` runs for calls that take under a second, otherwise
one run, printed with the process CPU time of that run (all threads): on a shared
machine the CPU time is the steadier figure.

networkx's exact path metrics take minutes to hours on 10k/40k; with `--networkx-paths`
they are *estimated* by timing k sampled sources (`betweenness_centrality(k=…)`, and
single-source searches for closeness/harmonic) and scaling by n/k. Such rows are marked
"est.".
"""

import argparse
import os

for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "2")

import time  # noqa: E402

THREADS = 2


def read_edges(path):
    sources, targets, weights = [], [], []
    nodes = None
    with open(path) as handle:
        for line in handle:
            if line.startswith("#"):
                parts = line.split()
                nodes = int(parts[parts.index("nodes") + 1])
                continue
            s, t, w = line.split("\t")
            sources.append(int(s))
            targets.append(int(t))
            weights.append(float(w))
    if nodes is None:
        nodes = max(max(sources), max(targets)) + 1
    return nodes, sources, targets, weights


def timed(body, repeat):
    """Best wall time over the runs, with the process CPU time of that run."""
    best = (float("inf"), float("nan"))
    for run in range(repeat):
        cpu = time.process_time()
        start = time.perf_counter()
        body()
        wall = time.perf_counter() - start
        best = min(best, (wall, time.process_time() - cpu))
        if best[0] >= 1.0:
            break
    return best


def report(library, metric, seconds, note=""):
    wall, cpu = seconds
    text = f"{wall * 1000:.2f} ms" if wall < 0.1 else f"{wall:.3f} s"
    print(f"{library}\t{metric}\t{text}\tcpu {cpu:.4g} s\t{note}", flush=True)


def katz_alpha(nodes, sources, targets):
    indeg = [0] * nodes
    outdeg = [0] * nodes
    for s, t in zip(sources, targets):
        outdeg[s] += 1
        indeg[t] += 1
    return min(0.1, 0.9 / min(max(indeg), max(outdeg)))


def run_igraph(nodes, sources, targets, weights, args, exact):
    import igraph as ig

    g = ig.Graph(n=nodes, edges=list(zip(sources, targets)), directed=True)
    lengths = [1 / w for w in weights]
    alpha = 0.85
    for label, lw, sw in (("", None, None), (" (strength)", lengths, weights)):
        if exact:
            report("igraph", "betweenness exact" + label,
                   timed(lambda: g.betweenness(directed=True, weights=lw), args.repeat))
            report("igraph", "closeness in" + label,
                   timed(lambda: g.closeness(mode="in", weights=lw), args.repeat))
            report("igraph", "harmonic in" + label,
                   timed(lambda: g.harmonic_centrality(mode="in", weights=lw), args.repeat))
        report("igraph", "pagerank prpack" + label,
               timed(lambda: g.pagerank(directed=True, damping=alpha, weights=sw), args.repeat))
        report("igraph", "eigenvector directed (ARPACK)" + label,
               timed(lambda: g.eigenvector_centrality(directed=True, weights=sw), args.repeat))
        report("igraph", "hub+authority (ARPACK)" + label,
               timed(lambda: (g.hub_score(weights=sw), g.authority_score(weights=sw)), args.repeat))


def run_networkit(nodes, sources, targets, weights, args, exact, alpha):
    import networkit as nk

    nk.engineering.setNumberOfThreads(THREADS)

    def build(edge_weights, reverse=False):
        g = nk.Graph(nodes, weighted=edge_weights is not None, directed=True)
        for i, (s, t) in enumerate(zip(sources, targets)):
            a, b = (t, s) if reverse else (s, t)
            if edge_weights is None:
                g.addEdge(a, b)
            else:
                g.addEdge(a, b, edge_weights[i])
        g.indexEdges()
        return g

    lengths = [1 / w for w in weights]
    variants = (("", None, None), (" (strength)", lengths, weights))
    for label, lw, sw in variants:
        paths = build(lw)
        reverse = build(lw, reverse=True)
        spectral = build(sw)
        C = nk.centrality
        if exact:
            report("networkit", "betweenness exact" + label,
                   timed(lambda: C.Betweenness(paths, False).run(), args.repeat))
            report("networkit", "closeness in (generalized)" + label,
                   timed(lambda: C.Closeness(reverse, False, C.ClosenessVariant.GENERALIZED).run(), args.repeat))
            report("networkit", "harmonic in" + label,
                   timed(lambda: C.HarmonicCloseness(reverse, False).run(), args.repeat))
        report("networkit", "pagerank (sinks distributed, tol 1e-9 L2)" + label,
               timed(lambda: C.PageRank(spectral, 0.85, 1e-9, False, C.SinkHandling.DistributeSinks).run(),
                     args.repeat))
        report("networkit", "pagerank (defaults: no sink handling, tol 1e-9)" + label,
               timed(lambda: C.PageRank(spectral).run(), args.repeat))
        report("networkit", "eigenvector (tol 1e-9)" + label,
               timed(lambda: C.EigenvectorCentrality(spectral, 1e-9).run(), args.repeat))
        if sw is None:
            report("networkit", f"katz (alpha {alpha:.3g}, tol 1e-9)",
                   timed(lambda: C.KatzCentrality(spectral, alpha, 1.0, 1e-9).run(), args.repeat))


def run_networkx(nodes, sources, targets, weights, args, exact, alpha):
    import random

    import networkx as nx

    g = nx.DiGraph()
    g.add_nodes_from(range(nodes))
    for s, t, w in zip(sources, targets, weights):
        g.add_edge(s, t, weight=w, inv=1 / w)
    plain = nx.DiGraph()  # hits always reads "weight"
    plain.add_nodes_from(range(nodes))
    plain.add_edges_from(zip(sources, targets))
    for label, length, strength in (("", None, None), (" (strength)", "inv", "weight")):
        report("networkx", "pagerank (scipy)" + label,
               timed(lambda: nx.pagerank(g, weight=strength), args.repeat))
        report("networkx", "eigenvector (tol 1e-6, max 1000)" + label,
               timed(lambda: nx.eigenvector_centrality(g, max_iter=1000, weight=strength), args.repeat))
        report("networkx", "hits (scipy svd)" + label,
               timed(lambda: nx.hits(g if strength else plain), args.repeat))
        if strength is None:
            report("networkx", f"katz (alpha {alpha:.3g})",
                   timed(lambda: nx.katz_centrality(g, alpha=alpha, weight=None), args.repeat))
        if exact and args.networkx_paths:
            k = args.networkx_samples
            pivots = random.Random(1).sample(range(nodes), k)
            seconds = timed(lambda: nx.betweenness_centrality(g, k=k, weight=length, seed=1), 1)
            report("networkx", "betweenness exact" + label, (seconds[0] * nodes / k, seconds[1] * nodes / k),
                   f"est. from k={k}")
            reverse = g.reverse(copy=False)
            if length is None:
                one = lambda u: nx.single_source_shortest_path_length(reverse, u)  # noqa: E731
            else:
                one = lambda u: nx.single_source_dijkstra_path_length(reverse, u, weight=length)  # noqa: E731
            seconds = timed(lambda: [one(u) for u in pivots], 1)
            report("networkx", "closeness/harmonic in" + label, (seconds[0] * nodes / k, seconds[1] * nodes / k),
                   f"est. from {k} searches")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("edges", help="edge list written by quotegraph-bench metrics --write-edges")
    parser.add_argument("--libraries", default="igraph,networkit,networkx")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--exact-limit", type=float, default=1e10,
                        help="run exact path metrics when n·m is at most this (as MetricsBenchmark)")
    parser.add_argument("--networkx-paths", action="store_true",
                        help="estimate networkx's exact path metrics from sampled sources")
    parser.add_argument("--networkx-samples", type=int, default=100)
    args = parser.parse_args()

    nodes, sources, targets, weights = read_edges(args.edges)
    exact = nodes * len(sources) <= args.exact_limit
    alpha = katz_alpha(nodes, sources, targets)
    print(f"# {args.edges}: {nodes} nodes, {len(sources)} edges, exact path metrics: {exact}", flush=True)
    libraries = args.libraries.split(",")
    if "igraph" in libraries:
        import igraph
        print(f"# igraph {igraph.__version__}", flush=True)
        run_igraph(nodes, sources, targets, weights, args, exact)
    if "networkit" in libraries:
        import networkit
        print(f"# networkit {networkit.__version__}, {THREADS} threads", flush=True)
        run_networkit(nodes, sources, targets, weights, args, exact, alpha)
    if "networkx" in libraries:
        import networkx
        print(f"# networkx {networkx.__version__}", flush=True)
        run_networkx(nodes, sources, targets, weights, args, exact, alpha)


if __name__ == "__main__":
    main()
