"""Reference values for Krachtenveld's graph analysis, from NetworkX and python-igraph.

What it computes
    For four graphs -- Zachary's karate club, Padgett's Florentine families (marriage ties), the
    Les Miserables co-appearance network and the demo werkruimte (data/demo/voorbeeldgemeente.json)
    projected onto its collaboration layer exactly as src/analysis/snapshot.ts does -- it writes
    src/analysis/fixtures/<name>.json with the graph itself (node labels in index order, undirected
    edges [u, v, weight] with u < v, and for the demo the merged directed arcs) and these values:

    betweenness        NetworkX betweenness_centrality(G, normalized=True), unweighted, i.e. the
                       pairs-once count times 2 / ((n-1)(n-2)); checked against igraph
                       betweenness(directed=False) rescaled the same way.
    harmonicCloseness  NetworkX harmonic_centrality(G) / (n-1), unweighted; checked against igraph
                       harmonic_centrality(normalized=True).
    averagePathLength  mean unweighted distance over ordered pairs joined by a path (NetworkX
                       all_pairs_shortest_path_length), checked against igraph
                       average_path_length(directed=False, unconn=True).
    pagerank           damping 0.85, weighted, on the directed arcs (an undirected edge is two arcs
                       of the same weight); NetworkX pagerank(tol=1e-15, max_iter=100000) checked
                       against igraph pagerank(directed=True, implementation="prpack"). Dangling
                       nodes spread their rank uniformly in both.
    constraint         Burt's constraint, NetworkX constraint(G, weight="weight"), checked against
                       igraph constraint(weights=...). Isolated nodes: NaN, stored as null.
    effectiveSize      Burt's effective size, NetworkX effective_size(G, weight="weight") (Burt's
                       general formula, not Borgatti's unweighted shortcut), checked against the
                       small re-implementation below. Isolated nodes: NaN, stored as null.
    partitions         for each given partition: modularity weighted and unweighted (NetworkX
                       community.modularity checked against igraph modularity) and the E-I index
                       overall and per group (ei_index below).
    louvain            igraph community_multilevel best modularity over seeds 0..9 (Python
                       random.seed, which python-igraph uses as its RNG), weighted and unweighted;
                       NetworkX louvain_communities(seed=0..9) alongside, for information only.

    Every value that two libraries compute is asserted equal to 1e-9 (absolute, or relative above 1)
    before anything is written; a disagreement stops the script. The files are then formatted with
    the repository's Biome (npx), so a rerun with unchanged values changes no byte.

Library versions
    networkx 2.8.8, python-igraph 0.10.2 (igraph C core 0.10.2), with numpy 1.24 and scipy 1.10 behind
    NetworkX's pagerank, on the Debian Python 3.11 at /usr/bin/python3. The script refuses other
    NetworkX or igraph versions: the karate club's edge weights, for one, are not in older NetworkX.

How to rerun
    From the repository root:  /usr/bin/python3 bench/reference-values.py
    (not the pyenv python3 on PATH, which lacks these libraries). Never part of `npm test`; the test
    that reads the output is src/analysis/reference.test.ts. Regenerate after changing the demo
    werkruimte or the collaboration projection in snapshot.ts, and review the diff.
"""

import json
import math
import random
import re
import subprocess
import sys
from pathlib import Path

import igraph as ig
import networkx as nx
import numpy
import scipy

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "analysis" / "fixtures"
DEMO = ROOT / "data" / "demo" / "voorbeeldgemeente.json"
VOCABULARY = ROOT / "src" / "domain" / "vocabulary.ts"
COMMAND = "/usr/bin/python3 bench/reference-values.py"
EXPECTED_VERSIONS = {"networkx": "2.8.8", "python-igraph": "0.10.2"}
TOLERANCE = 1e-9
SEEDS = range(10)

# As src/analysis/snapshot.ts (DEFAULT_COLLABORATION_TYPES) and src/domain/vocabulary.ts
# (RELATION_TYPE_TRAITS, FORCES) define them; checked against vocabulary.ts below.
COLLABORATION_TYPES = ["werkt_samen", "verwijst", "informeert", "maakt_deel_uit_van", "contracteert"]
DIRECTED = {
    "financiert": True,
    "contracteert": True,
    "stuurt_aan": True,
    "werkt_samen": False,
    "verwijst": True,
    "informeert": True,
    "vertegenwoordigt": True,
    "maakt_deel_uit_van": True,
    "spanning": False,
}
FORCES = ["rijk", "instelling", "gemeente", "professional", "bewoner"]


def versions():
    return {
        "networkx": nx.__version__,
        "python-igraph": ig.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "python": sys.version.split()[0],
    }


def check_versions():
    found = versions()
    for name, expected in EXPECTED_VERSIONS.items():
        if found[name] != expected:
            sys.exit(f"{name} {found[name]} found, expecting {expected}: run {COMMAND}")


def check_vocabulary():
    """Stops when vocabulary.ts no longer says what DIRECTED and FORCES copy from it."""
    text = VOCABULARY.read_text(encoding="utf-8")
    traits = dict(re.findall(r"^\s*(\w+): \{ directed: (true|false),", text, re.MULTILINE))
    if {name: value == "true" for name, value in traits.items()} != DIRECTED:
        sys.exit("RELATION_TYPE_TRAITS in vocabulary.ts changed: update DIRECTED and regenerate")
    forces = re.search(r"export const FORCES = \[([^\]]*)\]", text)
    if forces is None or re.findall(r"'(\w+)'", forces.group(1)) != FORCES:
        sys.exit("FORCES in vocabulary.ts changed: update FORCES and regenerate")


# --- comparison ---------------------------------------------------------------------------------


def close(a, b):
    if a is None or b is None or math.isnan(a) or math.isnan(b):
        return (a is None or math.isnan(a)) and (b is None or math.isnan(b))
    return abs(a - b) <= TOLERANCE * max(1.0, abs(a), abs(b))


def agree(what, ours, theirs):
    """Asserts two per-node lists (or two scalars) agree; returns the first."""
    pairs = list(zip(ours, theirs)) if isinstance(ours, list) else [(ours, theirs)]
    if isinstance(ours, list) and len(ours) != len(theirs):
        sys.exit(f"{what}: {len(ours)} values against {len(theirs)}")
    for i, (a, b) in enumerate(pairs):
        if not close(a, b):
            sys.exit(f"{what}: the two computations disagree at {i}: {a!r} vs {b!r}")
    return ours


def json_number(x):
    return None if x is None or math.isnan(x) else x


# --- graphs -------------------------------------------------------------------------------------


def from_networkx(G):
    """Index order = NetworkX node order; edges [u, v, weight] with u < v, sorted; weight 1 if none."""
    nodes = list(G.nodes())
    index = {node: i for i, node in enumerate(nodes)}
    edges = sorted(
        (min(index[u], index[v]), max(index[u], index[v]), data.get("weight", 1))
        for u, v, data in G.edges(data=True)
    )
    return nodes, [list(edge) for edge in edges]


def demo_projection():
    """The demo werkruimte as buildSnapshot sees it with the default collaboration types.

    Nodes are the actors in file order. The undirected layer has one edge per pair with at least one
    collaboration relatie, weight = the sum of their strengths whatever their direction. The arcs: a
    directed type gives source -> target, werkt_samen both ways; parallel arcs merge with summed
    weights. Self-loops, relaties with an unknown end and non-collaboration types are dropped.
    """
    data = json.loads(DEMO.read_text(encoding="utf-8"))
    actors = data["actors"]
    index = {actor["key"]: i for i, actor in enumerate(actors)}
    pairs, arcs = {}, {}
    for relation in data["relations"]:
        s, t = index.get(relation["source"]), index.get(relation["target"])
        if s is None or t is None or s == t or relation["type"] not in COLLABORATION_TYPES:
            continue
        w = relation["strength"]
        pair = (min(s, t), max(s, t))
        pairs[pair] = pairs.get(pair, 0) + w
        arcs[(s, t)] = arcs.get((s, t), 0) + w
        if not DIRECTED[relation["type"]]:
            arcs[(t, s)] = arcs.get((t, s), 0) + w
    edges = [[u, v, w] for (u, v), w in sorted(pairs.items())]
    arc_list = [[u, v, w] for (u, v), w in sorted(arcs.items())]
    return actors, edges, arc_list


def nx_graph(n, edges):
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_weighted_edges_from(edges)
    return G


def nx_digraph(n, arcs):
    D = nx.DiGraph()
    D.add_nodes_from(range(n))
    D.add_weighted_edges_from(arcs)
    return D


def ig_graph(n, edges, directed=False):
    g = ig.Graph(n=n, edges=[(u, v) for u, v, _ in edges], directed=directed)
    g.es["weight"] = [float(w) for _, _, w in edges]
    return g


def both_directions(edges):
    return sorted([[u, v, w] for u, v, w in edges] + [[v, u, w] for u, v, w in edges])


# --- measures -----------------------------------------------------------------------------------


def betweenness(G, g, n):
    ours = nx.betweenness_centrality(G, normalized=True)
    scale = 2 / ((n - 1) * (n - 2)) if n > 2 else 0.0
    theirs = [b * scale for b in g.betweenness(directed=False)]
    return agree("betweenness", [ours[i] for i in range(n)], theirs)


def harmonic(G, g, n):
    ours = nx.harmonic_centrality(G)
    theirs = g.harmonic_centrality(normalized=True)
    return agree("harmonic closeness", [ours[i] / (n - 1) for i in range(n)], theirs)


def average_path_length(G, g):
    """Mean unweighted distance over the ordered pairs (u, v), u != v, with a path between them."""
    total = pairs = 0
    for _, lengths in nx.all_pairs_shortest_path_length(G):
        total += sum(lengths.values())
        pairs += len(lengths) - 1
    ours = total / pairs if pairs > 0 else None
    theirs = g.average_path_length(directed=False, unconn=True) if pairs > 0 else None
    return agree("average path length", ours, theirs)


def pagerank(n, arcs):
    ours = nx.pagerank(nx_digraph(n, arcs), alpha=0.85, weight="weight", tol=1e-15, max_iter=100_000)
    gd = ig_graph(n, arcs, directed=True)
    theirs = gd.pagerank(weights="weight", directed=True, damping=0.85, implementation="prpack")
    return agree("pagerank", [ours[i] for i in range(n)], theirs)


def constraint(G, g, n):
    ours = nx.constraint(G, weight="weight")
    theirs = g.constraint(weights="weight")
    return agree("constraint", [ours[i] for i in range(n)], theirs)


def burt_effective_size(G, i):
    """Burt (1992) effective size: sum over contacts j of 1 - sum_q p_iq m_jq (q != i, j), with
    p_iq = a_iq / sum_k a_ik and m_jq = a_jq / max_k a_jk on the symmetric weights a."""
    if G.degree(i) == 0:
        return math.nan
    w = lambda u, v: G[u][v].get("weight", 1)  # noqa: E731
    total = sum(w(i, k) for k in G[i])
    size = 0.0
    for j in G[i]:
        largest = max(w(j, k) for k in G[j])
        redundancy = sum(w(i, q) / total * w(j, q) / largest for q in G[i] if q != j and q in G[j])
        size += 1 - redundancy
    return size


def effective_size(G, n):
    ours = nx.effective_size(G, weight="weight")
    theirs = [burt_effective_size(G, i) for i in range(n)]
    return agree("effective size", [ours[i] for i in range(n)], theirs)


def modularity(G, g, group_of):
    if min(group_of) < 0:
        sys.exit("modularity needs every node in a group")
    communities = {}
    for i, group in enumerate(group_of):
        communities.setdefault(group, set()).add(i)
    blocks = list(communities.values())
    return {
        "weighted": agree(
            "weighted modularity",
            nx.community.modularity(G, blocks, weight="weight"),
            g.modularity(group_of, weights="weight"),
        ),
        "unweighted": agree(
            "unweighted modularity",
            nx.community.modularity(G, blocks, weight=None),
            g.modularity(group_of, weights=None),
        ),
    }


def ratio(external, internal):
    return (external - internal) / (external + internal) if external + internal > 0 else None


def ei_index(G, group_of, labels):
    """Krackhardt & Stern (1988) E-I index over the undirected ties, each pair counted once whatever
    its weight: E = ties between two different groups, I = ties within one; a tie with an ungrouped
    end (group -1) is skipped. index = (E - I) / (E + I), crossShare = E / (E + I), both null when
    E + I = 0. Per group g: E_g = ties with one end in g and the other in another group, I_g = ties
    with both ends in g, index_g = (E_g - I_g) / (E_g + I_g)."""
    external = internal = 0
    per_group = [{"label": label, "external": 0, "internal": 0} for label in labels]
    for u, v in G.edges():
        gu, gv = group_of[u], group_of[v]
        if gu < 0 or gv < 0:
            continue
        if gu == gv:
            internal += 1
            per_group[gu]["internal"] += 1
        else:
            external += 1
            per_group[gu]["external"] += 1
            per_group[gv]["external"] += 1
    for group in per_group:
        group["index"] = ratio(group["external"], group["internal"])
    return {
        "index": ratio(external, internal),
        "external": external,
        "internal": internal,
        "crossShare": external / (external + internal) if external + internal > 0 else None,
        "perGroup": per_group,
    }


def louvain(G, g):
    result = {}
    for mode, weights in (("weighted", "weight"), ("unweighted", None)):
        igraph_seeds = []
        for seed in SEEDS:
            random.seed(seed)
            clustering = g.community_multilevel(weights=weights)
            igraph_seeds.append(g.modularity(clustering.membership, weights=weights))
        networkx_seeds = [
            nx.community.modularity(
                G,
                nx.community.louvain_communities(G, weight=weights, seed=seed),
                weight=weights,
            )
            for seed in SEEDS
        ]
        result[mode] = {
            "igraphBest": max(igraph_seeds),
            "igraphSeeds": igraph_seeds,
            "networkxBest": max(networkx_seeds),
            "networkxSeeds": networkx_seeds,
        }
    return result


# --- partitions ---------------------------------------------------------------------------------


def partition_from_values(values, labels=None):
    """groupOf from one value per node; labels in the given order, else in order of first appearance."""
    labels = list(labels) if labels is not None else []
    for value in values:
        if value is not None and value not in labels:
            labels.append(value)
    return labels, [labels.index(value) if value is not None else -1 for value in values]


def greedy_partition(G, n):
    """NetworkX greedy_modularity_communities (Clauset-Newman-Moore, weighted), groups numbered by
    their smallest node index so the numbering does not depend on NetworkX's size ordering."""
    blocks = sorted(
        (sorted(block) for block in nx.community.greedy_modularity_communities(G, weight="weight")),
        key=lambda block: block[0],
    )
    group_of = [-1] * n
    for k, block in enumerate(blocks):
        for i in block:
            group_of[i] = k
    return [f"cnm-{k}" for k in range(len(blocks))], group_of


# --- fixtures -----------------------------------------------------------------------------------


def reference(name, provenance, nodes, edges, partitions, arcs=None):
    n = len(nodes)
    G = nx_graph(n, edges)
    g = ig_graph(n, edges)
    fixture = {
        "name": name,
        "provenance": {
            **provenance,
            "libraries": versions(),
            "command": COMMAND,
            "script": "bench/reference-values.py",
        },
        "nodes": nodes,
        "edges": edges,
    }
    if arcs is not None:
        fixture["arcs"] = arcs
    fixture["betweenness"] = betweenness(G, g, n)
    fixture["harmonicCloseness"] = harmonic(G, g, n)
    fixture["averagePathLength"] = average_path_length(G, g)
    fixture["pagerank"] = pagerank(n, arcs if arcs is not None else both_directions(edges))
    fixture["constraint"] = [json_number(x) for x in constraint(G, g, n)]
    fixture["effectiveSize"] = [json_number(x) for x in effective_size(G, n)]
    fixture["partitions"] = [
        {
            "name": partition_name,
            "source": source,
            "labels": labels,
            "groupOf": group_of,
            "modularity": modularity(G, g, group_of),
            "eiIndex": ei_index(G, group_of, labels),
        }
        for partition_name, source, labels, group_of in partitions
    ]
    fixture["louvain"] = louvain(G, g)
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(fixture, indent=2, ensure_ascii=False, allow_nan=False) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}: {n} nodes, {len(edges)} edges")


def karate():
    G = nx.karate_club_graph()
    nodes, edges = from_networkx(G)
    labels, group_of = partition_from_values([G.nodes[v]["club"] for v in nodes])
    reference(
        "karate-club",
        {
            "data": "Zachary 1977 via NetworkX 2.8.8 karate_club_graph()",
            "citation": "W. W. Zachary, An information flow model for conflict and fission in small "
            "groups, Journal of Anthropological Research 33(4):452-473, 1977",
            "notes": "Nodes 0..33 are Zachary's members 1..34. Edge weights are NetworkX 2.8.8's: the number "
            "of contexts in which the two members interacted (Zachary's matrix C, 1..7); they enter "
            "pagerank, constraint, effectiveSize, weighted modularity and weighted louvain only. "
            "betweenness and harmonicCloseness are unweighted. Partition 'club' is the NetworkX "
            "'club' node attribute (the faction each member joined after the split).",
        },
        [str(v) for v in nodes],
        edges,
        [("club", "NetworkX node attribute 'club'", labels, group_of)],
    )


def florentine():
    G = nx.florentine_families_graph()
    nodes, edges = from_networkx(G)
    labels, group_of = greedy_partition(nx_graph(len(nodes), edges), len(nodes))
    reference(
        "florentine-families",
        {
            "data": "Padgett's Florentine families, marriage ties, via NetworkX 2.8.8 florentine_families_graph()",
            "citation": "J. F. Padgett and C. K. Ansell, Robust action and the rise of the Medici, "
            "1400-1434, American Journal of Sociology 98(6):1259-1319, 1993; as cited by NetworkX: "
            "R. L. Breiger and P. E. Pattison, Cumulated social roles, Social Networks 8(3):215-256, 1986",
            "notes": "Unweighted (every edge weight 1). 15 families: NetworkX leaves out the Pucci, who "
            "have no marriage tie. Partition 'greedy' is NetworkX greedy_modularity_communities, groups "
            "numbered by smallest member index.",
        },
        nodes,
        edges,
        [("greedy", "NetworkX 2.8.8 greedy_modularity_communities(G, weight='weight')", labels, group_of)],
    )


def les_miserables():
    G = nx.les_miserables_graph()
    nodes, edges = from_networkx(G)
    labels, group_of = greedy_partition(nx_graph(len(nodes), edges), len(nodes))
    reference(
        "les-miserables",
        {
            "data": "Les Miserables co-appearances via NetworkX 2.8.8 les_miserables_graph()",
            "citation": "D. E. Knuth, The Stanford GraphBase: a platform for combinatorial computing, "
            "ACM Press, 1993 (data file jean.dat)",
            "notes": "Weighted: the weight of a pair is the number of chapters of Victor Hugo's novel in "
            "which both characters appear. Partition 'greedy' is NetworkX greedy_modularity_communities "
            "on the weighted graph, groups numbered by smallest member index.",
        },
        nodes,
        edges,
        [("greedy", "NetworkX 2.8.8 greedy_modularity_communities(G, weight='weight')", labels, group_of)],
    )


def demo():
    actors, edges, arcs = demo_projection()
    kracht_labels, kracht = partition_from_values([actor["force"] for actor in actors], FORCES)
    domein_labels, domein = partition_from_values(
        [actor["domains"][0] if actor["domains"] else None for actor in actors]
    )
    reference(
        "voorbeeldgemeente",
        {
            "data": "The fictional demo werkruimte data/demo/voorbeeldgemeente.json of this repository, "
            "projected onto its collaboration layer as src/analysis/snapshot.ts does",
            "citation": "Krachtenveld demo data (fictional), EUPL-1.2",
            "notes": "Nodes are the actor keys in file order. Collaboration types: "
            + ", ".join(COLLABORATION_TYPES)
            + ". edges: one per pair, weight = sum of the strengths of all collaboration relaties "
            "between the two in either direction. arcs: a directed type gives source -> target, "
            "werkt_samen both ways, parallel arcs merged with summed weights. Self-loops and other "
            "types dropped. pagerank runs on arcs, everything else on edges. Partitions as "
            "src/analysis/silos/grouping.ts: kracht = actor.force with labels in FORCES order "
            "(empty groups kept), domein = the first of actor.domains in order of first appearance.",
        },
        [actor["key"] for actor in actors],
        edges,
        [
            ("kracht", "actor.force (resolveGrouping 'kracht')", kracht_labels, kracht),
            ("domein", "first of actor.domains (resolveGrouping 'domein')", domein_labels, domein),
        ],
        arcs=arcs,
    )


def main():
    check_versions()
    check_vocabulary()
    OUT.mkdir(parents=True, exist_ok=True)
    karate()
    florentine()
    les_miserables()
    demo()
    # Biome lays JSON out its own way (short arrays on one line); format here so that `npm run lint`
    # passes and a rerun with unchanged values leaves the files byte for byte the same.
    try:
        subprocess.run(["npx", "biome", "format", "--write", str(OUT)], cwd=ROOT, check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"could not format the fixtures ({error}); run: npx biome format --write {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
