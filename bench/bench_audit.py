"""How long `hexie audit verify` takes on a city's database, beside reading the same rows bare.

    .venv/bin/python bench/bench_audit.py [--firms 3000] [--compounds 20000] [--data-dir DIR]

Fills a temporary data folder with `hexie demo` data (or reuses `--data-dir` if it already holds
some), then times, in the same run:
- `verify_audit`: the chain re-hashed, every synced table's digest recomputed from its live rows,
  every signed checkpoint compared;
- `hexie audit verify` as a fresh process, start to exit, as a clerk would run it;
- the baseline: one plain sqlite3 `SELECT *` of every synced table, each row fetched into Python
  and nothing else, so the ratio is what the hashing and the chain cost on top of reading.
"""

import argparse
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hexie_desktop.paths import DataDir  # noqa: E402
from hexie_desktop.services.audit.check import verify_audit  # noqa: E402
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo  # noqa: E402
from hexie_desktop.services.store import Store, open_store  # noqa: E402
from hexie_desktop.services.trust.identity import current_identity, init_identity  # noqa: E402
from hexie_desktop.storage.tables import SYNCED_TABLES  # noqa: E402


def prepare(folder: Path, firms: int, compounds: int) -> Store:
    store = open_store(DataDir(folder))
    if current_identity(store) is None:
        init_identity(store, "clerk", "基准测试")
        started = time.perf_counter()
        generate_demo(store, DemoOptions(firms=firms, compounds=compounds))
        print(
            f"demo data: {firms} firms, {compounds} compounds, {time.perf_counter() - started:.1f} s"
        )
    return store


def bare_scan(database: Path) -> tuple[float, int]:
    conn = sqlite3.connect(database)
    started = time.perf_counter()
    rows = 0
    for model in SYNCED_TABLES:
        for _row in conn.execute(f"SELECT * FROM {model.__tablename__}"):
            rows += 1
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed, rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--firms", type=int, default=3000)
    parser.add_argument("--compounds", type=int, default=20000)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hexie-bench-audit-") as scratch:
        folder = args.data_dir or Path(scratch)
        store = prepare(folder, args.firms, args.compounds)
        started = time.perf_counter()
        report = verify_audit(store)
        in_process = time.perf_counter() - started
        store.close()
        assert report.intact, report.problems
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "hexie_desktop", "--data-dir", str(folder), "audit", "verify"],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        fresh = time.perf_counter() - started
        bare, rows = bare_scan(folder / "hexie.sqlite3")
        print(
            f"synced rows: {rows:,}; audit events: {report.events:,}; checkpoints: {report.checkpoints}"
        )
        print(
            f"verify_audit {in_process:.2f} s | hexie audit verify (fresh process) {fresh:.2f} s | "
            f"bare sqlite3 scan {bare:.2f} s | ratio {in_process / bare:.1f}"
        )


if __name__ == "__main__":
    main()
