#!/bin/sh
# Every analytics benchmark in one run, Swift first and then each peer on the very same files:
#   sh Benchmarks/run.sh [dir]
# Needs a release build of analytics-bench (built here), the C compiler, and the peers:
#   python3 -m pip install igraph networkit networkx polars pandas; apt-get install python3-graph-tool
set -e
dir=${1:-${TMPDIR:-/tmp}/clusterworks-bench}
mkdir -p "$dir"
swift build -c release --product analytics-bench
bench=$(swift build -c release --show-bin-path)/analytics-bench
echo "== actor-network analysis: Swift"; "$bench" 10000 100000 "$dir"
echo "== igraph"; python3 Benchmarks/peers.py "$dir"
echo "== graph-tool"; /usr/bin/python3 Benchmarks/peers_graphtool.py "$dir"
echo "== networkit"; python3 Benchmarks/peers_networkit.py "$dir"
echo "== networkx and plain Python"; python3 Benchmarks/peers_python.py "$dir"
echo "== cluster mapping: Swift"; "$bench" mapping "$dir"
echo "== plain C parse"; cc -O2 -o "$dir/plain_parse" Benchmarks/plain_parse.c && "$dir/plain_parse" "$dir/bench-stats.csv"
echo "== polars and pandas"; python3 Benchmarks/peers_mapping.py "$dir"
echo "== communities on hub-heavy graphs: Swift"; "$bench" leiden "$dir"
echo "== igraph's Leiden"; python3 Benchmarks/peers_leiden.py "$dir"
