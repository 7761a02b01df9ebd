"""Every bench with small defaults, one after the other, and one table of every figure the issues
name against its target: `make bench`.

Each bench runs in its own process (as `python bench/NAME.py … --summary FILE`), its whole output
kept in a log file beside the table; a line says which runs and how long it took. The figures are
ratios to a baseline measured in the same run wherever there is one (this machine is noisy and has
2 cores), so they compare across runs; the small sizes make the absolute rates lower than the
benches' own defaults give, never the other way round. For the figures the README quotes, run a
bench on its own with its defaults (each one's docstring says how).

    python bench/all.py [--postgres URL | --no-postgres] [--only NAME …]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.summary import Figure, read_summary  # noqa: E402

# (bench, its arguments with small sizes, the flag that gives it PostgreSQL's URL or "")
BENCHES: list[tuple[str, list[str], str]] = [
    ("cart_load", ["--shoppers", "60", "--rounds", "2"], "--postgres"),
    ("run_campaign", ["--n", "2000", "--rounds", "2"], ""),
    ("push_throughput", ["--n", "4000", "--rounds", "2", "--sync-n", "0"], "--database"),
    ("recovery_scan", ["--carts", "20000", "--fresh", "500", "--due", "2000"], "--postgres"),
    ("triggers", ["--shoppers", "30000", "--interested", "20000", "--skip-scans"], ""),
    ("triggers", ["--shoppers", "30000", "--interested", "20000", "--skip-scans"], "--database"),
]


def arguments(name: str, args: list[str], postgres_flag: str, postgres: str | None
              ) -> list[str] | None:
    """The command line of one bench, or None when it needs PostgreSQL and there is none."""
    if not postgres_flag:
        return args
    if postgres is not None:
        return [*args, postgres_flag, postgres]
    return {"cart_load": [*args, "--no-postgres"],
            "recovery_scan": [*args, "--only", "sqlite"]}.get(name)


def shown(figure: Figure) -> str:
    if figure.unit == "x":
        return f"{figure.value:.2f}x"
    if figure.unit == "%":
        return f"{figure.value:.0f}%"
    if not figure.unit:  # a count
        return f"{figure.value:,.0f}"
    number = f"{figure.value:,.0f}" if abs(figure.value) >= 100 else f"{figure.value:.1f}"
    return f"{number} {figure.unit}".strip()


def table(figures: list[Figure]) -> str:
    width = max(len(f.what) for f in figures)
    lines = [f"{'figure':<{width}}  {'measured':>14}  {'target':<18} met"]
    for f in figures:
        met = "" if f.met is None else "yes" if f.met else "NO"
        lines.append(f"{f.what:<{width}}  {shown(f):>14}  {f.target:<18} {met}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--postgres", default=os.environ.get(
        "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--only", action="append", choices=sorted({b[0] for b in BENCHES}))
    args = parser.parse_args()
    postgres = None if args.no_postgres else args.postgres
    logs = Path(tempfile.mkdtemp(prefix="pushcart-bench-all-"))
    runs = [(name, command) for name, small, flag in BENCHES
            if (command := arguments(name, small, flag, postgres)) is not None
            and (not args.only or name in args.only)]
    print(f"{len(runs)} benches, {os.cpu_count()} cores; each one's output in {logs}/",
          flush=True)
    figures: list[Figure] = []
    started = time.perf_counter()
    failed = []
    for i, (name, command) in enumerate(runs, 1):
        log, summary = logs / f"{i}-{name}.log", logs / f"{i}-{name}.json"
        print(f"[{i}/{len(runs)}] {name} {' '.join(command)} …", end=" ", flush=True)
        began = time.perf_counter()
        with log.open("w") as out:
            done = subprocess.run([sys.executable, str(ROOT / "bench" / f"{name}.py"), *command,
                                   "--summary", str(summary)], stdout=out,
                                  stderr=subprocess.STDOUT, cwd=ROOT)
        print(f"{time.perf_counter() - began:.0f} s", flush=True)
        if done.returncode or not summary.exists():
            failed.append(f"{name} (exit {done.returncode}; see {log})")
            continue
        figures += read_summary(summary)
    print(f"\nall benches in {time.perf_counter() - started:.0f} s\n")
    if figures:
        print(table(figures))
    for failure in failed:
        print(f"FAILED: {failure}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
