#!/usr/bin/python3
"""Times python-igraph (and NetworkX where it finishes in reasonable time) on the seeded reference graphs,
for bench/analysis.ts, which runs this script in the same `npm run bench` so that our times and theirs are
measured on the same machine at the same moment. Prints one JSON object on stdout.

    /usr/bin/python3 bench/igraph-times.py <graph dir> <name>[,<name>…] [--networkx a,b]

Measures per graph (median of 7 runs below 10k nodes, fewer above, wall-clock seconds; graph construction not timed): exact betweenness
(undirected, unweighted), harmonic closeness (c and smaller), PageRank (damping 0.85, PRPACK), Louvain
(`community_multilevel`, with its modularity), Burt's constraint. Uses Debian's python3-igraph 0.10 and
python3-networkx 2.8 (`apt-get install python3-igraph python3-networkx`).
"""
import json
import random
import statistics
import sys
import time

import igraph

try:
    import networkx as nx
except ImportError:  # NetworkX is optional
    nx = None


def load(path):
    edges = []
    n = 0
    with open(path) as f:
        for line in f:
            u, v = line.split()[:2]
            u, v = int(u), int(v)
            edges.append((u, v))
            n = max(n, u + 1, v + 1)
    return n, edges


def timed(fn, runs):
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main():
    graph_dir = sys.argv[1]
    names = sys.argv[2].split(",")
    with_nx = []
    if "--networkx" in sys.argv:
        with_nx = sys.argv[sys.argv.index("--networkx") + 1].split(",")
    out = {"igraph": igraph.__version__, "networkx": nx.__version__ if nx else None, "graphs": {}}
    for name in names:
        n, edges = load(f"{graph_dir}/sbm_{name}.edges")
        g = igraph.Graph(n=n, edges=edges, directed=False)
        big = n > 20_000
        runs = 1 if n >= 10_000 else 7  # the same counts bench/analysis.ts uses for ours
        row = {}
        if not big:
            row["betweenness"], _ = timed(lambda: g.betweenness(directed=False), runs)
            row["harmonic"], _ = timed(lambda: g.harmonic_centrality(), runs)
        quick = 3 if n >= 10_000 else 7
        row["pagerank"], _ = timed(lambda: g.pagerank(damping=0.85), quick)
        random.seed(1)  # igraph draws from Python's random module
        row["louvain"], clustering = timed(lambda: g.community_multilevel(), quick)
        row["louvainModularity"] = clustering.modularity
        row["constraint"], _ = timed(lambda: g.constraint(), 1 if big else quick)
        if nx and name in with_nx:
            G = nx.Graph()
            G.add_nodes_from(range(n))
            G.add_edges_from(edges)
            row["networkx"] = {
                "betweenness": timed(lambda: nx.betweenness_centrality(G), 1)[0],
                "pagerank": timed(lambda: nx.pagerank(G), 1)[0],
                "louvain": timed(lambda: nx.community.louvain_communities(G, seed=1), 1)[0],
            }
        out["graphs"][name] = row
    print(json.dumps(out))


main()
