"""What a user would write instead of carbon-gate for an nvidia-smi power log.

    python3 bench/pandas_integrate.py power.csv

Reads `nvidia-smi --query-gpu=... --format=csv` output with pandas, strips the units (` W`),
parses the timestamps, and integrates power over time per GPU with the trapezoid rule.
Prints {"energyKWh": ..., "rows": ..., "gpus": ...} as JSON. When CARBON_GATE_BENCH_RSS_FILE is
set, writes the peak RSS (KiB) there on exit, as carbon-gate's probe does for node.
"""

import json
import sys

import numpy as np
import pandas as pd

from rss_probe import write_rss

POWER_COLUMNS = ("power.draw.average [W]", "power.draw [W]", "power.draw.instant [W]")
KEY_COLUMNS = ("uuid", "pci.bus_id", "index", "name")
# numpy 2 renamed trapz to trapezoid
trapezoid = getattr(np, "trapezoid", None) or np.trapz


def watts(column: pd.Series) -> pd.Series:
    text = column.astype(str).str.replace(" W", "", regex=False)
    return pd.to_numeric(text, errors="coerce")


def integrate(path: str) -> dict:
    df = pd.read_csv(path, skipinitialspace=True)
    df.columns = [c.strip() for c in df.columns]
    power = None
    for name in POWER_COLUMNS:  # same preference as carbon-gate: the first value present
        if name in df.columns:
            values = watts(df[name])
            power = values if power is None else power.fillna(values)
    if power is None:
        raise SystemExit(f"{path}: no power.draw column")
    key = next(c for c in KEY_COLUMNS if c in df.columns)
    frame = pd.DataFrame(
        {
            "key": df[key],
            "t": pd.to_datetime(df["timestamp"], format="%Y/%m/%d %H:%M:%S.%f"),
            "w": power,
        }
    ).dropna()
    joules = 0.0
    gpus = 0
    for _, group in frame.groupby("key", sort=False):
        group = group.sort_values("t", kind="stable")
        seconds = (group["t"] - group["t"].iloc[0]).dt.total_seconds().to_numpy()
        joules += float(trapezoid(group["w"].to_numpy(), seconds))
        gpus += 1
    return {"energyKWh": joules / 3.6e6, "rows": int(len(df)), "gpus": gpus}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: pandas_integrate.py FILE")
    result = integrate(sys.argv[1])
    print(json.dumps(result))
    write_rss()
