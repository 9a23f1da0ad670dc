#!/usr/bin/env python3
"""igraph's Louvain and Leiden (modularity, iterated until nothing changes) on the graphs
`analytics-bench leiden [dir]` wrote, to set beside its figures.

    python3 -m pip install igraph
    python3 Benchmarks/peers_leiden.py [dir]
"""
import csv, glob, os

import igraph as ig

from common import folder, timed

for path in sorted(glob.glob(os.path.join(folder(), "leiden-*.csv"))):
    name = os.path.basename(path)[len("leiden-"):-len(".csv")]
    with open(path) as f:
        rows = [(int(r["source"]), int(r["target"]), float(r["weight"])) for r in csv.DictReader(f)]
    n = 1 + max(max(a, b) for a, b, _ in rows)
    g = ig.Graph(n=n, edges=[(a, b) for a, b, _ in rows], edge_attrs={"weight": [w for _, _, w in rows]})
    g.simplify(multiple=True, loops=True, combine_edges="sum")
    lv = timed(f"{name}: Louvain", lambda: g.community_multilevel(weights="weight"))
    best = []
    for seed in range(5):
        ig.set_random_number_generator(__import__("random").Random(seed))
        ld = timed(f"{name}: Leiden, seed {seed}", lambda: g.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1))
        best.append(g.modularity(ld.membership, weights="weight"))
    print(f"  {name}: {g.ecount()} ties; Louvain {len(lv)} communities, modularity {lv.modularity:.5f}; "
          f"Leiden modularity over 5 seeds: min {min(best):.5f}, mean {sum(best) / len(best):.5f}, max {max(best):.5f}")
