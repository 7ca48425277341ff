"""Merge rate on a PostgreSQL central store with 1, 2 and 4 clerks merging at once, against a
bare COPY-and-upsert of the same rows into the same server, in the same run.

Run: .venv/bin/python bench/bench_server_merge.py [--bundles 40] [--scores 120000]

A throwaway server (the tests' `tests/pg_server.py`, on a Unix socket) gets one clerk's
database, copied as a template for every round. In a round, N clerk processes run
`hexie bundle merge` on their share of the same bundles at the same moment; the figure is the
rows merged over the wall time from the first start to the last exit (each process's start-up
included, as a clerk sees it). The bare side is one psycopg connection that COPYs each bundle's
rows, already parsed in memory, into a temporary table and upserts them, one transaction per
bundle. Writers take turns on a server (`storage/server_lock.py`), so more clerks are expected
to share one rate, not multiply it.
"""

import argparse
import functools
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import create_engine, make_url, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_merge  # noqa: E402

from hexie_desktop.services.store import open_store  # noqa: E402
from tests.pg_server import copy_database, running_server  # noqa: E402

TABLES = bench_merge.TABLES


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _bare(url: str, per_bundle: list[dict[str, list[tuple[Any, ...]]]]) -> float:
    with psycopg.connect(_libpq(url)) as conn:
        start = time.perf_counter()
        for tables in per_bundle:
            with conn.transaction(), conn.cursor() as cursor:
                for table in TABLES:
                    columns = tables[table + ":columns"][0]
                    names = ", ".join(f'"{c}"' for c in columns)
                    cursor.execute(f"CREATE TEMP TABLE incoming (LIKE {table}) ON COMMIT DROP")
                    with cursor.copy(f"COPY incoming ({names}) FROM STDIN") as copy:
                        for row in tables[table]:
                            copy.write_row(row)
                    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
                    cursor.execute(
                        f"INSERT INTO {table} ({names}) SELECT {names} FROM incoming "
                        f"ON CONFLICT (id) DO UPDATE SET {updates}"
                    )
                    cursor.execute("DROP TABLE incoming")
        return time.perf_counter() - start


def _round(url: str, clerk_dir: Path, root: Path, paths: list[Path], clerks: int) -> float:
    shares = [paths[i::clerks] for i in range(clerks)]
    folders = []
    for index in range(clerks):
        folder = root / f"clerk{clerks}-{index}"
        shutil.copytree(clerk_dir, folder)
        folders.append(folder)
    start = time.perf_counter()
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "hexie_desktop", "--data-dir", str(folder), "--db", url]
            + ["bundle", "merge", *map(str, share), "--json"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for folder, share in zip(folders, shares, strict=True)
    ]
    for child in children:
        _, err = child.communicate()
        if child.returncode != 0:
            raise SystemExit(f"a clerk's merge failed: {err}")
    return time.perf_counter() - start


def _count(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return sum(
                int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in TABLES
            )
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundles", type=int, default=40)
    parser.add_argument("--scores", type=int, default=120_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hexie-bench-") as folder, running_server() as url:
        root = Path(folder)
        clerk_dir = root / "central"
        # The merge benchmark's clerk and bundles, with the clerk's database on the server.
        bench_merge.open_store = functools.partial(open_store, url=url)  # type: ignore[assignment]
        master = bench_merge._clerk(clerk_dir)
        people = bench_merge._inspectors(root, clerk_dir)
        outbox = root / "bundles"
        outbox.mkdir()
        print(f"writing {args.bundles} bundles with {args.scores} indicator scores…", flush=True)
        # Sealed to the clerk, as inspectors' bundles arrive; the bare side gets the same rows.
        seal_to = [bench_merge._bureau(clerk_dir)]
        paths = bench_merge._bundles(
            outbox, master, people, args.bundles, args.scores, seal_to=seal_to
        )
        plain = root / "plain"
        plain.mkdir()
        per_bundle = bench_merge._bare_rows(
            bench_merge._bundles(plain, master, people, args.bundles, args.scores, seal_to=[])
        )
        rows = sum(len(t[name]) for t in per_bundle for name in TABLES)
        template = make_url(url).database or "hexie"
        before = _count(url)
        bare = _bare(copy_database(url, "bare", template), per_bundle)
        print(f"rows per run: {rows} in {args.bundles} bundles")
        print(f"bare COPY + upsert, one connection: {rows / bare:9,.0f} rows/s ({bare:.2f} s)")
        for clerks in (1, 2, 4):
            target = copy_database(url, f"clerks{clerks}", template)
            seconds = _round(target, clerk_dir, root, paths, clerks)
            merged = _count(target) - before
            assert merged == rows, (merged, rows)
            rate = rows / seconds
            print(
                f"{clerks} clerk(s) at once: {rate:9,.0f} rows/s ({seconds:.2f} s) "
                f"| ratio to bare {rate * bare / rows:5.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
