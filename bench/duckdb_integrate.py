"""The nvidia-smi power log integrated with DuckDB SQL (what a user might write instead of pandas).

    python3 bench/duckdb_integrate.py power.csv

Same output as pandas_integrate.py: {"energyKWh": ..., "rows": ..., "gpus": ...}, and the peak
RSS (KiB) in CARBON_GATE_BENCH_RSS_FILE when it is set.
"""

import json
import sys

import duckdb

from pandas_integrate import write_rss

POWER_COLUMNS = ("power.draw.average [W]", "power.draw [W]", "power.draw.instant [W]")
KEY_COLUMNS = ("uuid", "pci.bus_id", "index", "name")


def integrate(path: str) -> dict:
    con = duckdb.connect()
    literal = "'" + path.replace("'", "''") + "'"
    con.execute(f"CREATE VIEW raw AS SELECT * FROM read_csv({literal}, header = true, all_varchar = true)")
    names = {c.strip(): c for c in (row[0] for row in con.execute("DESCRIBE raw").fetchall())}
    q = lambda name: '"' + names[name].replace('"', '""') + '"'  # noqa: E731
    watts = [
        f"TRY_CAST(regexp_replace(trim({q(c)}), ' W$', '') AS DOUBLE)"
        for c in POWER_COLUMNS
        if c in names
    ]
    key = next(c for c in KEY_COLUMNS if c in names)
    sql = f"""
        WITH s AS (
          SELECT trim({q(key)}) AS k,
                 epoch_ms(strptime(trim({q("timestamp")}), '%Y/%m/%d %H:%M:%S.%g')) AS t,
                 coalesce({", ".join(watts)}) AS w
          FROM raw
        ), d AS (
          SELECT k, (w + lag(w) OVER g) * (t - lag(t) OVER g) AS twice_wms
          FROM s WHERE w IS NOT NULL
          WINDOW g AS (PARTITION BY k ORDER BY t ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
        )
        SELECT sum(twice_wms), count(DISTINCT k), (SELECT count(*) FROM raw) FROM d
    """
    twice, gpus, rows = con.execute(sql).fetchone()
    return {"energyKWh": float(twice) / 2000 / 3.6e6, "rows": int(rows), "gpus": int(gpus)}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: duckdb_integrate.py FILE")
    print(json.dumps(integrate(sys.argv[1])))
    write_rss()
