"""How long a bureau's data folder takes to upgrade from the first release's schema to this one.

    .venv/bin/python bench/bench_upgrade.py [--firms 3000] [--compounds 20000] [--data-dir DIR]

Fills a data folder with a city's `hexie demo` quarter (or reuses `--data-dir`), takes the
database back to release 0.1.0's last revision with the migrations' own downgrades (the rows
stay those of this version's demo; the schema is 0.1.0's), and then times, in the same run:
- opening the folder as the application does: the verified backup into `backups/`, then every
  migration since 0.1.0 in one transaction (the audit's baseline seal of every synced row
  included);
- the baseline: one plain sqlite3 online backup of the same file, which any upgrade must at
  least spend.
"""

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alembic.command import downgrade  # noqa: E402

from hexie_desktop.domain.quarters import Quarter  # noqa: E402
from hexie_desktop.paths import DataDir  # noqa: E402
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo  # noqa: E402
from hexie_desktop.services.store import open_store  # noqa: E402
from hexie_desktop.services.trust.identity import current_identity, init_identity  # noqa: E402
from hexie_desktop.storage.engine import make_engine, sqlite_url  # noqa: E402
from hexie_desktop.storage.migrate import alembic_config  # noqa: E402
from hexie_desktop.storage.schema_version import stored_revision  # noqa: E402

FIRST_RELEASE_HEAD = "0003"


def prepare(folder: Path, firms: int, compounds: int) -> None:
    store = open_store(DataDir(folder))
    if current_identity(store) is None:
        init_identity(store, "clerk", "基准测试")
        started = time.perf_counter()
        quarter = Quarter.parse("2026Q1")
        generate_demo(store, DemoOptions(firms=firms, compounds=compounds, quarters=[quarter]))
        print(
            f"demo data: {firms} firms, {compounds} compounds, {time.perf_counter() - started:.1f} s"
        )
    store.close()


def take_back(database: Path, revision: str) -> None:
    engine = make_engine(sqlite_url(database))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        downgrade(config, revision)
    assert stored_revision(engine) == revision
    engine.dispose()


def time_backup(database: Path, target: Path) -> float:
    started = time.perf_counter()
    source = sqlite3.connect(database)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--firms", type=int, default=3000)
    parser.add_argument("--compounds", type=int, default=20000)
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hexie-bench-") as temporary:
        built = args.data_dir or Path(temporary) / "built"
        prepare(built, args.firms, args.compounds)
        old = Path(temporary) / "old"
        shutil.rmtree(old, ignore_errors=True)
        shutil.copytree(built, old, ignore=shutil.ignore_patterns("backups", "*-wal", "*-shm"))
        database = DataDir(old).database
        take_back(database, FIRST_RELEASE_HEAD)
        size = database.stat().st_size / 1024**2
        print(f"database at revision {FIRST_RELEASE_HEAD} (release 0.1.0): {size:.0f} MB")

        baseline = time_backup(database, Path(temporary) / "plain-backup.sqlite3")
        started = time.perf_counter()
        store = open_store(DataDir(old))
        upgrade = time.perf_counter() - started
        revision = stored_revision(store.engine)
        store.close()
        backups = sorted(DataDir(old).backups.glob("hexie-before-*.sqlite3"))
        assert backups, "the upgrade took no backup"
        print(f"upgrade to {revision}, backup included: {upgrade:6.2f} s ({backups[-1].name})")
        print(f"plain sqlite3 online backup:         {baseline:6.2f} s")
        print(f"upgrade / backup:                    {upgrade / baseline:6.1f} ×")


if __name__ == "__main__":
    main()
