#!/usr/bin/env python3
"""Times igraph (python-igraph, single thread) on the graph `analytics-bench` wrote, for the same
measures, and prints the same checks so the two runs can be compared line by line.

    python3 -m pip install igraph
    python3 Benchmarks/peers.py [dir]      # dir as given to analytics-bench (default: the temp dir)
"""
import igraph as ig

from common import edges, timed

rows, n = edges()

print(f"igraph {ig.__version__}, {n} actors, {len(rows)} ties drawn")
g = timed("build the graph", lambda: ig.Graph(n=n, edges=[(a, b) for a, b, _ in rows], directed=False, edge_attrs={"weight": [w for _, _, w in rows]}))
# The same rules as Graph: no self-loops, duplicate ties merged by summing weights.
g.simplify(multiple=True, loops=True, combine_edges="sum")
print(f"  {g.ecount()} ties after merging")
comps = timed("components", lambda: g.connected_components())
bt = timed("betweenness, unweighted", lambda: g.betweenness(directed=False))
btw = timed("betweenness, weighted", lambda: g.betweenness(directed=False, weights="weight"))
cl = timed("closeness", lambda: g.closeness(normalized=True))
cc = timed("clustering (local)", lambda: g.transitivity_local_undirected(mode="zero"))
tr = timed("transitivity", lambda: g.transitivity_undirected())
core = timed("k-core", lambda: g.coreness())
pr = timed("PageRank", lambda: g.pagerank(weights="weight"))
con = timed("constraint", lambda: g.constraint(weights="weight"))
ev = timed("eigenvector", lambda: g.eigenvector_centrality(weights="weight", scale=False))
lv = timed("Louvain (multilevel)", lambda: g.community_multilevel(weights="weight"))
ld = timed("Leiden (modularity)", lambda: g.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1))
print(f"  Louvain: {len(lv)} communities, modularity {lv.modularity:.4f}; Leiden: {len(ld)} communities, modularity {g.modularity(ld.membership, weights='weight'):.4f}")
print(f"checks: components {len(comps)}, Σ betweenness {sum(bt):.6e}, Σ weighted {sum(btw):.6e}, Σ closeness {sum(cl):.6f}, "
      f"transitivity {tr:.6f}, max core {max(core)}, Σ PageRank {sum(pr):.6f}, Σ constraint {sum(c for c in con if c == c):.6f}")
