#!/usr/bin/env python3
"""Times networkx and a plain Python implementation of Gould–Fernandez brokerage on the graph and
groups `analytics-bench` wrote. networkx's exact betweenness, closeness and constraint take many
minutes at this size, so those three are timed on a sample of sources (or nodes) and scaled up;
the output says which.

    python3 -m pip install networkx
    python3 Benchmarks/peers_python.py [dir]
"""
import csv, os, random, sys

import networkx as nx

from common import edges, folder, merged, timed

rows, n = edges()
with open(os.path.join(folder(), "bench-nodes.csv")) as f:
    group = {int(r["id"]): int(r["group"]) for r in csv.DictReader(f)}


def brokerage_plain(adjacency, group):
    """Open two-paths a – v – b (a, b distinct and not tied), counted by role; undirected ties both ways."""
    roles = {v: [0, 0, 0, 0, 0] for v in adjacency}
    for v, around in adjacency.items():
        gv = group[v]
        for a in around:
            ga, tied = group[a], adjacency[a]
            for b in around:
                if b == a or b in tied:
                    continue
                gb = group[b]
                if ga == gv:
                    role = 0 if gv == gb else 3
                else:
                    role = 2 if gv == gb else (1 if ga == gb else 4)
                roles[v][role] += 1
    return roles


print(f"networkx {nx.__version__} and plain Python {sys.version.split()[0]}, {n} actors")
g = nx.Graph()
g.add_nodes_from(range(n))
g.add_weighted_edges_from((a, b, w) for (a, b), w in merged(rows).items())
print(f"  {g.number_of_edges()} ties after merging")
adjacency = {v: set(g[v]) for v in g}
roles = timed("brokerage roles, plain Python", lambda: brokerage_plain(adjacency, group))
print("  brokerage totals by role: " + ", ".join(f"{name} {sum(r[k] for r in roles.values())}"
      for k, name in enumerate(["coordinator", "itinerant", "gatekeeper", "representative", "liaison"])))
comps = timed("components", lambda: list(nx.connected_components(g)))
cc = timed("clustering (local)", lambda: nx.clustering(g))
tr = timed("transitivity", lambda: nx.transitivity(g))
core = timed("k-core", lambda: nx.core_number(g))
pr = timed("PageRank", lambda: nx.pagerank(g, weight="weight"))
ev = timed("eigenvector", lambda: nx.eigenvector_centrality_numpy(g, weight="weight"))
lv = timed("Louvain", lambda: nx.community.louvain_communities(g, weight="weight", seed=1))
print(f"  Louvain: {len(lv)} communities, modularity {nx.community.modularity(g, lv, weight='weight'):.4f}")
k = 200
bt = timed("betweenness, unweighted (est.)", lambda: nx.betweenness_centrality(g, k=k, normalized=False, seed=1), n / k, f"  from {k} sources × {n // k}")
sample = random.Random(1).sample(range(n), 200)
timed("closeness (est.)", lambda: [nx.closeness_centrality(g, u=v) for v in sample], n / len(sample), f"  from {len(sample)} nodes × {n // len(sample)}")
timed("constraint (est.)", lambda: nx.constraint(g, nodes=sample, weight="weight"), n / len(sample), f"  from {len(sample)} nodes × {n // len(sample)}")
print(f"checks: components {len(comps)}, transitivity {tr:.6f}, max core {max(core.values())}, Σ PageRank {sum(pr.values()):.6f}")
