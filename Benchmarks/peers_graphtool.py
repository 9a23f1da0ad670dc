#!/usr/bin/env python3
"""Times graph-tool (Debian's python3-graph-tool, C++ with OpenMP) on the graph `analytics-bench`
wrote: weighted and unweighted betweenness and closeness, on one thread and on all of them.

    apt-get install python3-graph-tool
    /usr/bin/python3 Benchmarks/peers_graphtool.py [dir]     # Debian's own Python, where graph-tool lives
"""
import graph_tool.all as gt

from common import edges, merged, timed

rows, n = edges()
ties = merged(rows)
g = gt.Graph(directed=False)
g.add_vertex(n)
weight = g.new_edge_property("double")
g.add_edge_list([(a, b, w) for (a, b), w in ties.items()], eprops=[weight])


print(f"graph-tool {gt.__version__.split()[0]}, {g.num_vertices()} actors, {g.num_edges()} ties after merging")
gt.openmp_set_num_threads(1)
bt = timed("betweenness, unweighted, 1 thread", lambda: gt.betweenness(g, norm=False)[0])
btw = timed("betweenness, weighted, 1 thread", lambda: gt.betweenness(g, weight=weight, norm=False)[0])
cl = timed("closeness, 1 thread", lambda: gt.closeness(g, harmonic=False))
gt.openmp_set_num_threads(2)
timed("betweenness, unweighted, 2 threads", lambda: gt.betweenness(g, norm=False)[0])
timed("betweenness, weighted, 2 threads", lambda: gt.betweenness(g, weight=weight, norm=False)[0])
print(f"checks: Σ betweenness {bt.a.sum():.6e}, Σ weighted {btw.a.sum():.6e}, Σ closeness {cl.a.sum():.6f}")
