"""The python subjects' RSS probe: the peak RSS (KiB) written to CARBON_GATE_BENCH_RSS_FILE on
exit when it is set, as carbon-gate's probe does for node (bench/measure.ts reads it)."""

import json
import os
import resource


def write_rss() -> None:
    out = os.environ.get("CARBON_GATE_BENCH_RSS_FILE")
    if out:
        kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        with open(out, "w") as f:
            f.write(json.dumps({"maxRssKiB": kib, "source": "python"}) + "\n")
