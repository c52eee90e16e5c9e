"""Runs every benchmark (or those named) and prints each one's table of ratios.

Each module in this folder named bench_*.py exposes `run() -> dict` and prints its own table;
the reference it is compared with is measured in the same run, on this machine.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    folder = Path(__file__).parent
    modules = pkgutil.iter_modules([str(folder)])
    names = sorted(m.name for m in modules if m.name.startswith("bench_"))
    wanted = [f"bench_{a.removeprefix('bench_')}" for a in argv] or names
    unknown = sorted(set(wanted) - set(names))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; have {', '.join(names)}",
              file=sys.stderr)
        return 2
    results = {}
    for name in wanted:
        print(f"\n=== {name}", flush=True)
        start = time.perf_counter()
        results[name] = importlib.import_module(f"benchmarks.{name}").run()
        print(f"({name} took {time.perf_counter() - start:.1f} s)", flush=True)
    out = folder / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2, default=str))
    print(f"\nresults written to {out / 'latest.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
