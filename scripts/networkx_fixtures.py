#!/usr/bin/env python3
"""Write the expected centralities that Tests/CentralityTests compares against.

Run from the package root:

    python3 scripts/networkx_fixtures.py

Requires networkx 3.6.1 (with numpy and scipy). Writes one JSON file per named graph
into Tests/CentralityTests/Fixtures/. Tests never run Python; they read these files.

Each graph is a list of (source, target, weight) triples over nodes 0..<n. Parallel
edges are merged by summing their weights (as `Digraph` does) before the networkx
DiGraph is built; self-loops are kept. Weightings, matching `EdgeWeighting`:

* unweighted: path metrics count hops; spectral metrics use weight 1 per edge.
* strength:   weight w is a strength; path metrics use length 1/w (attribute "inv"),
              spectral metrics use w (attribute "weight").
* distance:   weight w is a length; path metrics use w ("weight"), spectral metrics
              use strength 1/w ("inv").

Iterative methods are run with the tight tolerance and iteration cap recorded in the
file ("iteration"), and the Swift tests run with the same settings, so both sides
sit within ~1e-13 of the same fixed point. A metric networkx cannot compute
(PowerIterationFailedConvergence) is written as null and the tests expect a throw.

HITS: networkx.hits uses an ARPACK SVD. Where the leading singular value is
degenerate the SVD answer is arbitrary, so the file then holds networkx's power
iteration (`_hits_python`) instead, which starts from the uniform vector as the
Swift code does; "hitsSource" says which one was used.
"""

import json
import math
import os
import random

import networkx as nx
from networkx.algorithms.link_analysis.hits_alg import _hits_python

assert nx.__version__ == "3.6.1", nx.__version__

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "CentralityTests", "Fixtures")

ITERATION = {
    "pagerankTolerance": 1e-13,
    "pagerankMaxIterations": 10000,
    "eigenvectorTolerance": 1e-13,
    "eigenvectorMaxIterations": 10000,
    "katzTolerance": 1e-13,
    "katzMaxIterations": 10000,
    "hitsTolerance": 1e-13,
    "hitsMaxIterations": 10000,
}


def both_ways(graph):
    return [(u, v, 1.0) for u, v in graph.edges()] + [(v, u, 1.0) for u, v in graph.edges()]


def relabel(graph):
    names = list(graph.nodes())
    index = {name: i for i, name in enumerate(names)}
    return names, nx.relabel_nodes(graph, index)


def graphs():
    yield "complete_k5", 5, [(u, v, 1.0) for u in range(5) for v in range(5) if u != v], None
    yield "path_p3", 3, [(0, 1, 1.0), (1, 2, 1.0)], None
    yield "star_s4", 5, both_ways(nx.star_graph(4)), None
    yield "directed_cycle_c5", 5, [(i, (i + 1) % 5, 1.0) for i in range(5)], None
    names, kite = relabel(nx.krackhardt_kite_graph())
    yield "krackhardt_kite", 10, both_ways(kite), names
    names, florentine = relabel(nx.florentine_families_graph())
    yield "florentine_families", len(names), both_ways(florentine), names
    # Two strongly connected parts, a one-way bridge, dangling sinks (6, 9),
    # a source-only node (7) and an isolated node (8).
    yield "unreachable_and_dangling", 10, [
        (0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0), (2, 3, 1.0),
        (3, 4, 1.0), (4, 5, 1.0), (5, 3, 1.0), (4, 6, 1.0),
        (7, 0, 1.0), (7, 4, 1.0), (5, 9, 1.0),
    ], None
    # Self-loops and repeated edges: (0,1) three times, (2,3) twice, loops on 1 and 3.
    yield "self_loop_and_parallel_edges", 5, [
        (0, 1, 1.0), (0, 1, 2.0), (0, 1, 1.0), (1, 1, 2.0), (1, 2, 1.0),
        (2, 3, 1.0), (2, 3, 3.0), (3, 3, 1.0), (3, 0, 1.0), (1, 4, 1.0),
        (4, 2, 2.0), (2, 0, 1.0),
    ], None
    # Evidence counts chosen so that some weighted shortest paths tie (1+2 == 3, 2+2 == 4).
    yield "small_weighted_digraph", 7, [
        (0, 1, 1.0), (1, 2, 2.0), (0, 2, 3.0), (2, 3, 2.0), (0, 3, 5.0),
        (3, 4, 1.0), (2, 4, 4.0), (4, 0, 2.0), (4, 5, 1.0), (5, 6, 2.0),
        (6, 0, 1.0), (1, 5, 4.0), (3, 1, 1.0), (6, 3, 3.0),
    ], None
    rng = random.Random(20240601)
    edges = []
    for u in range(30):
        for v in range(30):
            if u != v and rng.random() < 0.12:
                edges.append((u, v, float(rng.choice([1, 1, 1, 2, 2, 3, 5]))))
    yield "random_weighted_30", 30, edges, None


def build(n, edges):
    merged = {}
    for u, v, w in edges:
        merged[(u, v)] = merged.get((u, v), 0.0) + w
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    for (u, v), w in merged.items():
        g.add_edge(u, v, weight=w, inv=1.0 / w)
    return g


def vec(d, n):
    return [float(d[i]) for i in range(n)]


def or_null(f):
    try:
        return f()
    except nx.PowerIterationFailedConvergence:
        return None


def hits(g, n, weight):
    h = g.copy()
    for u, v, data in h.edges(data=True):
        data["weight"] = 1.0 if weight is None else data[weight]
    it = ITERATION
    power = or_null(lambda: _hits_python(h, max_iter=it["hitsMaxIterations"], tol=it["hitsTolerance"]))
    if power is None:
        return None, None, "none"
    try:
        svd = nx.hits(h, max_iter=100000, tol=1e-15)
    except Exception:
        svd = None
    if svd is not None and all(
        abs(svd[k][i] - power[k][i]) < 1e-9 for k in range(2) for i in range(n)
    ):
        return vec(svd[0], n), vec(svd[1], n), "networkx.hits"
    return vec(power[0], n), vec(power[1], n), "_hits_python"


def metrics(g, n, path_attr, spectral_attr):
    it = ITERATION
    hubs, authorities, source = hits(g, n, spectral_attr)
    return {
        "betweenness": vec(nx.betweenness_centrality(g, weight=path_attr), n),
        "betweennessUnnormalized": vec(
            nx.betweenness_centrality(g, weight=path_attr, normalized=False), n),
        "closeness": vec(nx.closeness_centrality(g, distance=path_attr), n),
        "harmonic": vec(nx.harmonic_centrality(g, distance=path_attr), n),
        "pagerank": or_null(lambda: vec(nx.pagerank(
            g, weight=spectral_attr, tol=it["pagerankTolerance"],
            max_iter=it["pagerankMaxIterations"]), n)),
        "eigenvector": or_null(lambda: vec(nx.eigenvector_centrality(
            g, weight=spectral_attr, tol=it["eigenvectorTolerance"],
            max_iter=it["eigenvectorMaxIterations"]), n)),
        "katz": or_null(lambda: vec(nx.katz_centrality(
            g, weight=spectral_attr, tol=it["katzTolerance"],
            max_iter=it["katzMaxIterations"]), n)),
        "hubs": hubs,
        "authorities": authorities,
        "hitsSource": source,
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, n, edges, names in graphs():
        g = build(n, edges)
        weighted = any(w != 1.0 for _, _, w in edges) or g.number_of_edges() != len(edges)
        fixture = {
            "name": name,
            "generator": f"scripts/networkx_fixtures.py, networkx {nx.__version__}",
            "nodeCount": n,
            "nodeNames": names,
            "edges": [[u, v, w] for u, v, w in edges],
            "mergedEdgeCount": g.number_of_edges(),
            "iteration": ITERATION,
            "degree": {
                "inDegree": [g.in_degree(i) for i in range(n)],
                "outDegree": [g.out_degree(i) for i in range(n)],
                "degree": [g.degree(i) for i in range(n)],
                "inStrength": [float(g.in_degree(i, weight="weight")) for i in range(n)],
                "outStrength": [float(g.out_degree(i, weight="weight")) for i in range(n)],
                "inDegreeCentrality": vec(nx.in_degree_centrality(g), n),
                "outDegreeCentrality": vec(nx.out_degree_centrality(g), n),
                "degreeCentrality": vec(nx.degree_centrality(g), n),
            },
            "weightings": {"unweighted": metrics(g, n, None, None)},
        }
        if weighted:
            fixture["weightings"]["strength"] = metrics(g, n, "inv", "weight")
            fixture["weightings"]["distance"] = metrics(g, n, "weight", "inv")
        path = os.path.join(OUT, f"{name}.json")
        with open(path, "w") as f:
            json.dump(fixture, f, indent=1)
            f.write("\n")
        missing = [f"{w}.{k}" for w, m in fixture["weightings"].items() for k, v in m.items() if v is None]
        print(f"{path}: n={n} m={g.number_of_edges()} null={missing}")


if __name__ == "__main__":
    main()
