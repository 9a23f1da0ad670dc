#!/usr/bin/env python3
"""Times NetworKit on the graph `analytics-bench` wrote, one thread and then two, for the measures it has.

    python3 -m pip install networkit
    python3 Benchmarks/peers_networkit.py [dir]
"""
import csv, os, sys, tempfile, time

import networkit as nk

folder = sys.argv[1] if len(sys.argv) > 1 else tempfile.gettempdir()
with open(os.path.join(folder, "bench-edges.csv")) as f:
    rows = list(csv.DictReader(f))
n = 1 + max(max(int(r["source"]), int(r["target"])) for r in rows)


def timed(label, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:40} {1000 * (time.perf_counter() - start):10.1f} ms")
    return result


def build():
    g = nk.Graph(n, weighted=True, directed=False)
    for r in rows:
        a, b = int(r["source"]), int(r["target"])
        if a != b:
            g.increaseWeight(a, b, float(r["weight"])) if g.hasEdge(a, b) else g.addEdge(a, b, float(r["weight"]))
    return g


def run(algorithm):
    algorithm.run()
    return algorithm


print(f"networkit {nk.__version__}, {n} actors")
g = timed("build the graph", build)
unweighted = nk.graphtools.toUnweighted(g)
print(f"  {g.numberOfEdges()} ties after merging")
for threads in (1, 2):
    nk.setNumberOfThreads(threads)
    print(f"-- {threads} thread(s)")
    comps = timed("components", lambda: run(nk.components.ConnectedComponents(g)))
    bt = timed("betweenness, unweighted", lambda: run(nk.centrality.Betweenness(unweighted, normalized=False)))
    btw = timed("betweenness, weighted", lambda: run(nk.centrality.Betweenness(g, normalized=False)))
    cl = timed("closeness", lambda: run(nk.centrality.Closeness(unweighted, False, nk.centrality.ClosenessVariant.Standard)))
    cc = timed("clustering (local)", lambda: run(nk.centrality.LocalClusteringCoefficient(unweighted, turbo=True)))
    core = timed("k-core", lambda: run(nk.centrality.CoreDecomposition(unweighted)))
    pr = timed("PageRank", lambda: run(nk.centrality.PageRank(g, damp=0.85, tol=1e-9)))
    ev = timed("eigenvector", lambda: run(nk.centrality.EigenvectorCentrality(g)))
    plm = timed("Louvain (PLM)", lambda: run(nk.community.PLM(g, refine=False)))
    pl = timed("Leiden (ParallelLeiden)", lambda: run(nk.community.ParallelLeiden(g)))
    q = nk.community.Modularity()
    print(f"  PLM modularity {q.getQuality(plm.getPartition(), g):.4f}, Leiden {q.getQuality(pl.getPartition(), g):.4f}")
    # networkit counts each unordered pair twice on undirected graphs.
    print(f"checks: components {comps.numberOfComponents()}, Σ betweenness {sum(bt.scores()) / 2:.6e}, Σ weighted {sum(btw.scores()) / 2:.6e}, "
          f"Σ closeness {sum(cl.scores()):.6f}, max core {int(max(core.scores()))}")
