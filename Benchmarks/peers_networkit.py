#!/usr/bin/env python3
"""Times NetworKit on the graph `analytics-bench` wrote, one thread and then two, for the measures it has.

    python3 -m pip install networkit
    python3 Benchmarks/peers_networkit.py [dir]
"""
import networkit as nk

from common import edges, merged, timed

rows, n = edges()


def build():
    g = nk.Graph(n, weighted=True, directed=False)
    for (a, b), w in merged(rows).items():
        g.addEdge(a, b, w)
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
