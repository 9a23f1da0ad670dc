#!/usr/bin/env python3
"""polars and pandas on the statistics `analytics-bench mapping` wrote: the same cluster map end to
end as the Swift run (read; industry LQs; region × cluster sums; cluster LQ within type; strong
clusters; growth between the years; top three per region), each timed in one go.

    python3 -m pip install polars pandas
    python3 Benchmarks/peers_mapping.py [dir]
"""
import os, sys, tempfile, time

import pandas as pd
import polars as pl

folder = sys.argv[1] if len(sys.argv) > 1 else tempfile.gettempdir()
stats_path, defs_path = os.path.join(folder, "bench-stats.csv"), os.path.join(folder, "bench-clusters.csv")


def with_polars():
    start = time.perf_counter()
    stats = pl.read_csv(stats_path, schema_overrides={"industry": pl.Utf8})
    defs = pl.read_csv(defs_path, schema_overrides={"industry": pl.Utf8})
    read = time.perf_counter()
    industry_lq = stats.select(
        (pl.col("employment") / pl.col("employment").sum().over(["year", "region"])
         / (pl.col("employment").sum().over(["year", "industry"]) / pl.col("employment").sum().over("year"))).alias("lq"))
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
    years = sorted(cells["year"].unique().to_list())
    first = cells.filter(pl.col("year") == years[0]).select("region", "cluster", pl.col("employment").alias("before"))
    last = cells.filter(pl.col("year") == years[-1]).select("region", "cluster", pl.col("employment").alias("after"))
    growth = first.join(last, on=["region", "cluster"], how="full", coalesce=True).fill_null(0).with_columns(
        (pl.col("after") - pl.col("before")).alias("change"))
    top = traded.sort(["year", "region", "employment"], descending=[False, False, True]).group_by(["year", "region"]).head(3)
    # The same five files the Swift side writes, so both ends include writing the results.
    out = os.path.join(folder, "out-polars")
    os.makedirs(out, exist_ok=True)
    stats.with_columns(industry_lq["lq"]).select("year", "region", "industry", "employment", "lq").write_csv(os.path.join(out, "industry_lq.csv"))
    cells.with_columns((pl.col("payroll") / pl.col("employment")).alias("wage")).select(
        "year", "region", "cluster", "traded", "employment", "establishments", "wage", "lq").write_csv(os.path.join(out, "region_clusters.csv"))
    strong.select("year", "region", "cluster", "lq", "employment").write_csv(os.path.join(out, "strong_clusters.csv"))
    top.select("year", "region", "cluster", "employment").write_csv(os.path.join(out, "top_clusters.csv"))
    growth.write_csv(os.path.join(out, "growth.csv"))
    end = time.perf_counter()
    counts = strong.group_by("year").len().sort("year")["len"].to_list()
    print(f"polars {pl.__version__}: read {1000 * (read - start):.1f} ms, end to end {1000 * (end - start):.1f} ms; strong clusters per year {counts}; "
          f"Σ employment {int(stats['employment'].sum())}; industry LQs {industry_lq.height}; growth rows {growth.height}; top rows {top.height}")


def with_pandas():
    start = time.perf_counter()
    stats = pd.read_csv(stats_path, dtype={"industry": str})
    defs = pd.read_csv(defs_path, dtype={"industry": str})
    read = time.perf_counter()
    e = stats["employment"]
    stats["lq"] = (e / stats.groupby(["year", "region"])["employment"].transform("sum")
                   / (stats.groupby(["year", "industry"])["employment"].transform("sum") / stats.groupby("year")["employment"].transform("sum")))
    cells = (stats.merge(defs, on="industry").groupby(["year", "region", "cluster", "traded"], as_index=False)
             [["employment", "establishments", "payroll"]].sum())
    share = cells["employment"] / cells.groupby(["year", "region", "traded"])["employment"].transform("sum")
    national = cells.groupby(["year", "cluster"])["employment"].transform("sum") / cells.groupby(["year", "traded"])["employment"].transform("sum")
    cells["lq"] = share / national
    traded = cells[cells["traded"] == 1].copy()
    grouped = traded.groupby(["year", "cluster"])
    traded["lq75"] = grouped["lq"].transform(lambda s: s.quantile(0.75))
    traded["emp25"] = grouped["employment"].transform(lambda s: s.quantile(0.25))
    traded["est25"] = grouped["establishments"].transform(lambda s: s.quantile(0.25))
    strong = traded[(traded["lq"] >= traded["lq75"]) & (traded["lq"] >= 1) & (traded["employment"] > traded["emp25"]) & (traded["establishments"] > traded["est25"])]
    years = sorted(cells["year"].unique())
    wide = cells.pivot_table(index=["region", "cluster"], columns="year", values="employment", fill_value=0)
    change = wide[years[-1]] - wide[years[0]]
    top = traded.sort_values(["year", "region", "employment"], ascending=[True, True, False]).groupby(["year", "region"]).head(3)
    end = time.perf_counter()
    counts = strong.groupby("year").size().tolist()
    print(f"pandas {pd.__version__}: read {1000 * (read - start):.1f} ms, end to end {1000 * (end - start):.1f} ms; strong clusters per year {counts}; "
          f"Σ employment {int(stats['employment'].sum())}; growth rows {len(change)}; top rows {len(top)}")


with_polars()
with_polars()
with_pandas()
