"""Write this release's compatibility fixtures: bundles and databases made by its own code.

Run once per release, before any later change lands, and commit the folder it writes:

    .venv/bin/python scripts/compat_fixtures.py tests/compat/$(.venv/bin/hexie --version | cut -d' ' -f2)

It drives the `hexie` command exactly as a bureau would: a clerk makes master data and exports
it; an inspector takes the master bundle, scores a sample of compounds and exports its work; the
clerk enrols the inspector's key and keeps a full bundle of its own. The data folders are kept as
they stand before the inspector's work is merged, so later releases can open them, merge the
bundles into them and compare with what this release computed (`expected.json`).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

QUARTER = "2026Q1"
SEED = "7"


def _hexie(data_dir: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "hexie_desktop", "--data-dir", str(data_dir), *args],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "TZ": "Asia/Shanghai"},
    )
    return done.stdout


def _keep(data_dir: Path, target: Path) -> None:
    """The data folder's database (one consistent file) and keys; logs and backups are not kept."""
    target.mkdir(parents=True)
    _hexie(data_dir, "db", "backup", str(target / "hexie.sqlite3"))
    shutil.copytree(data_dir / "keys", target / "keys")


def write_fixtures(out: Path) -> None:
    if out.exists():
        raise SystemExit(f"{out} exists: a release's fixtures are written once")
    version = _hexie(Path(tempfile.mkdtemp()), "--version").split()[-1]
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        clerk, inspector = work / "clerk", work / "inspector"
        bundles = out / "bundles"
        bundles.mkdir(parents=True)
        _hexie(clerk, "init", "--role", "clerk", "--name", "王文员")
        _hexie(clerk, "demo", "--firms", "12", "--compounds", "40", "--master-only", "--seed", SEED)
        _hexie(clerk, "bundle", "export", "--master", "--out", str(bundles / "master.hexie"))
        _hexie(clerk, "keys", "export", "--out", str(out / "clerk.key.json"))

        _hexie(inspector, "init", "--role", "inspector", "--name", "李考评")
        _hexie(inspector, "bundle", "merge", str(bundles / "master.hexie"))
        _hexie(inspector, "keys", "export", "--out", str(out / "inspector.key.json"))
        _hexie(
            inspector, "demo", "--inspections-only", "--quarter", QUARTER, "--sample", "0.5",
            "--seed", SEED,
        )  # fmt: skip
        _hexie(inspector, "bundle", "export", "--out", str(bundles / "inspector.hexie"))

        _hexie(clerk, "keys", "enrol", str(out / "inspector.key.json"))
        _hexie(clerk, "bundle", "export", "--full", "--out", str(bundles / "clerk-full.hexie"))
        _keep(clerk, out / "clerk")
        _keep(inspector, out / "inspector")

        _hexie(clerk, "bundle", "merge", str(bundles / "inspector.hexie"))
        _hexie(clerk, "evaluate", "--quarter", QUARTER)
        expected = {
            "version": version,
            "quarter": QUARTER,
            "scores": json.loads(_hexie(clerk, "scores", "--quarter", QUARTER, "--json")),
            "lists": json.loads(_hexie(clerk, "lists", "--quarter", QUARTER, "--json")),
        }
    (out / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="tests/compat/<version>")
    write_fixtures(parser.parse_args().out)


if __name__ == "__main__":
    main()
