"""The nvidia-smi power log integrated with polars (what a user might write instead of pandas).

    python3 bench/polars_integrate.py power.csv

Same output as pandas_integrate.py: {"energyKWh": ..., "rows": ..., "gpus": ...}, and the peak
RSS (KiB) in CARBON_GATE_BENCH_RSS_FILE when it is set.
"""

import json
import sys

import polars as pl

from pandas_integrate import write_rss

POWER_COLUMNS = ("power.draw.average [W]", "power.draw [W]", "power.draw.instant [W]")
KEY_COLUMNS = ("uuid", "pci.bus_id", "index", "name")


def integrate(path: str) -> dict:
    df = pl.read_csv(path, infer_schema=False)
    df = df.rename({c: c.strip() for c in df.columns})
    powers = [
        pl.col(c).str.strip_chars().str.strip_suffix(" W").cast(pl.Float64, strict=False)
        for c in POWER_COLUMNS
        if c in df.columns
    ]
    key = next(c for c in KEY_COLUMNS if c in df.columns)
    frame = df.select(
        pl.col(key).str.strip_chars().alias("key"),
        pl.col("timestamp")
        .str.strip_chars()
        .str.strptime(pl.Datetime("ms"), "%Y/%m/%d %H:%M:%S%.3f")
        .dt.epoch("ms")
        .alias("t"),
        pl.coalesce(powers).alias("w"),
    ).drop_nulls()
    per_gpu = (
        frame.sort("key", "t", maintain_order=True)
        .with_columns(
            dt=pl.col("t").diff().over("key"),
            w0=pl.col("w").shift(1).over("key"),
        )
        .group_by("key")
        .agg(((pl.col("w") + pl.col("w0")) * pl.col("dt")).sum().alias("twice_wms"))
    )
    joules = float(per_gpu["twice_wms"].sum()) / 2000
    return {"energyKWh": joules / 3.6e6, "rows": df.height, "gpus": per_gpu.height}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: polars_integrate.py FILE")
    print(json.dumps(integrate(sys.argv[1])))
    write_rss()
