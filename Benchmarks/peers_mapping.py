#!/usr/bin/env python3
"""polars on the statistics `analytics-bench … mapping` wrote: the same cluster map end to end
(read, cluster sums, cluster LQ within type, strong clusters, top three), timed in one go.

    python3 -m pip install polars
    python3 Benchmarks/peers_mapping.py [dir]
"""
import os, sys, tempfile, time

import polars as pl

folder = sys.argv[1] if len(sys.argv) > 1 else tempfile.gettempdir()
start = time.perf_counter()
stats = pl.read_csv(os.path.join(folder, "bench-stats.csv"), schema_overrides={"industry": pl.Utf8})
defs = pl.read_csv(os.path.join(folder, "bench-clusters.csv"), schema_overrides={"industry": pl.Utf8})
read = time.perf_counter()
cells = (stats.join(defs, on="industry")
         .group_by(["year", "region", "cluster", "traded"])
         .agg(pl.col("employment").sum(), pl.col("establishments").sum(), pl.col("payroll").sum()))
cells = cells.with_columns(
    (pl.col("employment") / pl.col("employment").sum().over(["year", "region", "traded"])).alias("share"),
    (pl.col("employment").sum().over(["year", "cluster"]) / pl.col("employment").sum().over(["year", "traded"])).alias("national_share"),
).with_columns((pl.col("share") / pl.col("national_share")).alias("lq"))
traded = cells.filter(pl.col("traded") == 1)
thresholds = traded.group_by(["year", "cluster"]).agg(
    pl.col("lq").quantile(0.75, "linear").alias("lq75"),
    pl.col("employment").quantile(0.25, "linear").alias("emp25"),
    pl.col("establishments").quantile(0.25, "linear").alias("est25"))
strong = (traded.join(thresholds, on=["year", "cluster"])
          .filter((pl.col("lq") >= pl.col("lq75")) & (pl.col("lq") >= 1) & (pl.col("employment") > pl.col("emp25")) & (pl.col("establishments") > pl.col("est25"))))
top = traded.sort(["year", "region", "employment"], descending=[False, False, True]).group_by(["year", "region"]).head(3)
end = time.perf_counter()
counts = strong.group_by("year").len().sort("year")["len"].to_list()
print(f"polars {pl.__version__}: read {1000 * (read - start):.1f} ms, end to end {1000 * (end - start):.1f} ms; strong clusters per year {counts}; "
      f"Σ employment {int(stats['employment'].sum())}; top rows {top.height}")
