"""Every release's own bundles and databases still open and merge, with that release's results.

`tests/compat/<version>/` was written by that release's code (`scripts/compat_fixtures.py`): a
clerk's and an inspector's data folder, the master, inspector and full bundles they exported, and
the scores and lists the release computed once the inspector's work was merged. A bureau upgrades
its clerk first and its inspectors whenever they come in, so the current code must take all of
these as they are.
"""

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from hexie_desktop.cli.main import main
from hexie_desktop.storage.schema_version import HEAD_REVISION

COMPAT = Path(__file__).parent / "compat"
RELEASES = sorted(p for p in COMPAT.iterdir() if p.is_dir())


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str]:
    status = main(["--data-dir", str(data_dir), *argv])
    out, _err = capsys.readouterr()
    return status, out


def _merged(capsys: pytest.CaptureFixture[str], data_dir: Path, bundle: Path) -> dict[str, Any]:
    status, out = _run(capsys, data_dir, "bundle", "merge", str(bundle), "--json")
    assert status == 0, out
    report: dict[str, Any] = json.loads(out)["bundles"][0]
    return report


def _copy(release: Path, folder: str, tmp_path: Path) -> Path:
    target = tmp_path / folder
    shutil.copytree(release / folder, target)
    return target


def _ranked(scores: dict[str, Any]) -> list[tuple[str, int, float]]:
    return [(f["credit_code"], f["rank"], f["score"]) for f in scores["firms"]]


def _listed(lists: dict[str, Any]) -> dict[str, list[str]]:
    return {name: [e["credit_code"] for e in lists[name]] for name in ("red", "black")}


def test_a_release_is_kept_for_the_current_version() -> None:
    assert RELEASES, "tests/compat holds no release"


@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.name)
def test_the_clerks_database_opens_and_merges_the_inspectors_bundle_with_the_same_results(
    release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clerk = _copy(release, "clerk", tmp_path)
    expected = json.loads((release / "expected.json").read_text(encoding="utf-8"))
    status, out = _run(capsys, clerk, "db", "check")
    assert status == 0, out

    report = _merged(capsys, clerk, release / "bundles" / "inspector.hexie")
    assert report["status"] == "applied" and report["counts"]["inserted"] > 0
    assert _merged(capsys, clerk, release / "bundles" / "inspector.hexie")["status"] == "duplicate"

    quarter = expected["quarter"]
    assert _run(capsys, clerk, "evaluate", "--quarter", quarter)[0] == 0
    scores = json.loads(_run(capsys, clerk, "scores", "--quarter", quarter, "--json")[1])
    lists = json.loads(_run(capsys, clerk, "lists", "--quarter", quarter, "--json")[1])
    assert _ranked(scores) == _ranked(expected["scores"])
    assert _listed(lists) == _listed(expected["lists"])


@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.name)
def test_opening_an_old_data_folder_upgrades_it_after_a_backup_that_keeps_the_old_schema(
    release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clerk = _copy(release, "clerk", tmp_path)
    before = _revision(clerk / "hexie.sqlite3")
    assert _run(capsys, clerk, "db", "check")[0] == 0

    assert _revision(clerk / "hexie.sqlite3") == HEAD_REVISION != before
    backups = sorted((clerk / "backups").glob("hexie-before-*.sqlite3"))
    assert len(backups) == 1 and _revision(backups[0]) == before


def _revision(database: Path) -> str:
    with sqlite3.connect(database) as conn:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(revision)


@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.name)
def test_the_inspectors_database_opens_and_takes_the_master_bundle_again(
    release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inspector = _copy(release, "inspector", tmp_path)
    assert _run(capsys, inspector, "db", "check")[0] == 0
    report = _merged(capsys, inspector, release / "bundles" / "master.hexie")
    assert report["status"] == "duplicate"


@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.name)
def test_a_new_inspector_takes_the_old_master_bundle(
    release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "fresh"
    assert _run(capsys, fresh, "init", "--role", "inspector", "--name", "赵考评")[0] == 0
    report = _merged(capsys, fresh, release / "bundles" / "master.hexie")
    assert report["status"] == "applied" and report["counts"]["inserted"] > 0


@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.name)
def test_a_new_clerk_takes_the_old_clerks_full_bundle(
    release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "fresh"
    assert _run(capsys, fresh, "init", "--role", "clerk", "--name", "钱文员")[0] == 0
    enrol = ("keys", "enrol", str(release / "clerk.key.json"), "--role", "clerk", "--confirm-clerk")
    assert _run(capsys, fresh, *enrol)[0] == 0
    report = _merged(capsys, fresh, release / "bundles" / "clerk-full.hexie")
    assert report["status"] == "applied" and report["counts"]["inserted"] > 0
