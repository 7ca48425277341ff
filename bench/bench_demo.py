"""How fast `hexie demo` fills a city, against a bare sqlite3 baseline measured in the same run.

    .venv/bin/python bench/bench_demo.py [--firms 3000] [--compounds 20000] [--quarters 2026Q1]

Generates the demo data into a temporary data folder and times it. As a baseline on the same
machine and in the same run, it then inserts as many IndicatorScore-shaped rows as the demo wrote
indicator scores (the bulk of the demo), with plain `sqlite3.executemany` into a plain table in
one transaction, and prints both times and their ratio. The ratio says what everything else costs
over that floor: the other tables, indexes, foreign keys, SQLAlchemy and making realistic values.
"""

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hexie_desktop.domain.ids import uuid7  # noqa: E402
from hexie_desktop.domain.quarters import Quarter  # noqa: E402
from hexie_desktop.paths import DataDir  # noqa: E402
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo  # noqa: E402
from hexie_desktop.services.store import open_store  # noqa: E402
from hexie_desktop.services.trust.identity import init_identity  # noqa: E402

_PLAIN_TABLE = """
CREATE TABLE score (
    id TEXT PRIMARY KEY, author_id TEXT NOT NULL, hlc INTEGER NOT NULL, deleted INTEGER NOT NULL,
    inspection_id TEXT NOT NULL, indicator_id TEXT NOT NULL, score REAL, deductions TEXT NOT NULL,
    note TEXT NOT NULL
)
"""


def time_demo(folder: Path, options: DemoOptions) -> tuple[float, dict[str, int]]:
    store = open_store(DataDir(folder))
    try:
        init_identity(store, "clerk", "基准测试")
        started = time.perf_counter()
        summary = generate_demo(store, options).value
        return time.perf_counter() - started, summary.counts
    finally:
        store.close()


def time_baseline(path: Path, rows: int) -> float:
    """Plain executemany of `rows` IndicatorScore-shaped rows, values made on the fly."""
    rng = random.Random(1)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute(_PLAIN_TABLE)
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO score VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    uuid7(unix_ms=1_767_225_600_000 + n, rng=rng),
                    "inspector",
                    n,
                    0,
                    f"inspection-{n // 28:07d}",
                    f"indicator-{n % 28:02d}",
                    rng.choice((4.0, 3.5, 3.0)),
                    '[{"code": "C01-1", "count": 1}]' if rng.random() < 0.3 else "[]",
                    "",
                )
                for n in range(rows)
            ),
        )
        connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--firms", type=int, default=3000)
    parser.add_argument("--compounds", type=int, default=20000)
    parser.add_argument("--quarters", default="2026Q1")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    options = DemoOptions(
        firms=args.firms,
        compounds=args.compounds,
        quarters=[Quarter.parse(q) for q in args.quarters.split(",")],
        seed=args.seed,
        master_only=False,
    )
    with tempfile.TemporaryDirectory(prefix="hexie-bench-demo-") as tmp:
        demo_s, counts = time_demo(Path(tmp) / "data", options)
        total = sum(counts.values())
        scores = counts.get("indicatorscore", 0)
        baseline_s = time_baseline(Path(tmp) / "baseline.sqlite3", scores)
    print(f"demo: {args.firms} firms, {args.compounds} compounds, quarters {args.quarters}")
    for name, count in counts.items():
        print(f"  {name:<18}{count:>10,}")
    print(f"  {'total rows':<18}{total:>10,}")
    print(f"demo generation:         {demo_s:8.2f} s  ({total / demo_s:,.0f} rows/s, all tables)")
    print(f"bare sqlite3 baseline:   {baseline_s:8.2f} s  ({scores:,} IndicatorScore-shaped rows)")
    print(f"ratio demo / baseline:   {demo_s / baseline_s:8.2f}")


if __name__ == "__main__":
    main()
