"""Sessions under a wrong clock, run as a user runs them: `hexie` processes under `faketime`.

An inspector laptop whose clock says 2035 (or 2020) for one session, then a normal session:
the user is warned with both times, later edits are stamped now, and the clerk's merge holds
nothing. And a laptop left at 2035 by an earlier version of the product is repaired at its next
start, its future-stamped records stamped again and accepted.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.clock import MAX_DRIFT_MS, wall_clock_ms
from hexie_desktop.domain.credit_code import check_character
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.paths import DataDir
from hexie_desktop.services.bundles.review import accept_held
from hexie_desktop.services.store import open_store

FAKETIME = shutil.which("faketime")
pytestmark = pytest.mark.skipif(
    FAKETIME is None, reason="faketime (libfaketime) is needed: apt-get install faketime"
)
HEXIE = [sys.executable, "-m", "hexie_desktop"]
ROOT = Path(__file__).resolve().parent.parent
IN_2035 = "2035-06-01 10:00:00"
IN_2020 = "2020-03-01 10:00:00"
FIELD_WORK_2020 = """
import sqlite3, sys
from pathlib import Path
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import open_store
from tests.sync_world import Master, field_work
folder = Path(sys.argv[1])
with sqlite3.connect(folder / "hexie.sqlite3") as db:
    # The first compound with the firm that serves it, as field_work pairs compound 0 with firm 0.
    served = db.execute("SELECT compound_id, firm_id FROM contract ORDER BY compound_id LIMIT 1")
    compound, firm = served.fetchone()
    compounds, firms = [compound], [firm, firm]
    (standard,) = db.execute("SELECT id FROM standard WHERE kind = 'service'").fetchone()
    indicators = [r for (r,) in db.execute(
        "SELECT indicator.id FROM indicator JOIN standardpart ON standardpart.id = part_id "
        "WHERE standardpart.standard_id = ? ORDER BY indicator.id", (standard,))]
store = open_store(DataDir(folder))
field_work(store, Master(compounds, firms, standard, indicators), photo=False)
store.close()
"""


def _hexie(*argv: str, at: str | None = None, ok: tuple[int, ...] = (0,)) -> tuple[str, str]:
    command = [*HEXIE, *argv]
    if at is not None:
        command = [str(FAKETIME), at, *command]
    done = subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, timeout=120, check=False
    )
    assert done.returncode in ok, done.stderr
    return done.stdout, done.stderr


def _stamps(folder: Path, me_only: bool = True) -> list[int]:
    """The wall-clock part of every stamp this installation wrote on its field work."""
    with sqlite3.connect(folder / "hexie.sqlite3") as db:
        (me,) = db.execute("SELECT id FROM installation").fetchone()
        rows = db.execute(
            "SELECT hlc >> 16 FROM inspection WHERE author_id = ? "
            "UNION ALL SELECT hlc >> 16 FROM indicatorscore WHERE author_id = ?",
            (me, me),
        )
        return [ms for (ms,) in rows]


def _merge(clerk: Path, folder: Path) -> dict[str, object]:
    out, err = _hexie("--data-dir", str(clerk), "bundle", "merge", str(folder), "--json")
    [entry] = json.loads(out)["bundles"]
    assert isinstance(entry, dict)
    return entry


def _export(inspector: Path, folder: Path, at: str | None = None) -> str:
    folder.mkdir()
    _out, err = _hexie(
        "--data-dir", str(inspector), "bundle", "export", "--out", str(folder), at=at
    )
    return err


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clerk with demo master data, an inspector that merged it and whose key is enrolled."""
    root = tmp_path_factory.mktemp("bureau")
    clerk, inspector, stick = root / "clerk", root / "inspector", root / "stick"
    _hexie("--data-dir", str(clerk), "init", "--role", "clerk", "--name", "王文员")
    _hexie("--data-dir", str(inspector), "init", "--role", "inspector", "--name", "李考评")
    _hexie("--data-dir", str(clerk), "demo", "--master-only", "--firms", "5", "--compounds", "12")
    stick.mkdir()
    _hexie("--data-dir", str(clerk), "bundle", "export", "--master", "--out", str(stick))
    _hexie("--data-dir", str(inspector), "bundle", "merge", str(stick))
    card = root / "card.hexie-key.json"
    _hexie("--data-dir", str(inspector), "keys", "export", "--out", str(card))
    _hexie("--data-dir", str(clerk), "keys", "enrol", str(card))
    return root


@pytest.fixture
def bureau(template: Path, tmp_path: Path) -> tuple[Path, Path]:
    shutil.copytree(template, tmp_path, dirs_exist_ok=True)
    return tmp_path / "clerk", tmp_path / "inspector"


def test_a_session_in_2035_then_a_normal_one(bureau: tuple[Path, Path], tmp_path: Path) -> None:
    clerk, inspector = bureau
    started = wall_clock_ms()
    sample = ["demo", "--inspections-only", "--quarter", "2026Q3", "--sample", "0.3"]
    _out, err = _hexie("--data-dir", str(inspector), *sample, at=IN_2035)
    assert "本机时钟显示 2035-06-01 18:00" in err, "the wrong time, in Asia/Shanghai"
    assert "超前" in err and "局方最近时间" in err
    stamps = _stamps(inspector)
    assert stamps and max(stamps) <= wall_clock_ms(), "nothing stamped in 2035"

    err = _export(inspector, tmp_path / "out1")
    assert "时钟" not in err, "a normal session has nothing to warn about"
    entry = _merge(clerk, tmp_path / "out1")
    assert entry["status"] == "applied" and entry["counts"]["held"] == 0  # type: ignore[index]
    assert entry["clock"] == []

    current = str(Quarter.containing(bureau_time.today()))
    _hexie("--data-dir", str(inspector), *sample[:3], current, "--seed", "9", "--sample", "0.3")
    later = [ms for ms in _stamps(inspector) if ms not in stamps]
    assert later and all(started <= ms <= wall_clock_ms() for ms in later), "stamped now"
    _export(inspector, tmp_path / "out2")
    entry = _merge(clerk, tmp_path / "out2")
    assert entry["status"] == "applied" and entry["counts"]["held"] == 0  # type: ignore[index]


def test_a_session_in_2020_then_a_normal_one(bureau: tuple[Path, Path], tmp_path: Path) -> None:
    clerk, inspector = bureau
    with sqlite3.connect(inspector / "hexie.sqlite3") as db:
        (bureau_ms,) = db.execute("SELECT bureau_ms FROM installation").fetchone()
    assert bureau_ms > 0, "the master bundle taught the inspector the bureau's time"
    sample = ["demo", "--inspections-only", "--quarter", "2026Q3", "--sample", "0.3"]
    _out, err = _hexie("--data-dir", str(inspector), *sample, at=IN_2020, ok=(2,))
    assert "本机时钟显示 2020-03-01 18:00，早于本机见过的局方最近时间" in err
    assert "本机日期 2020-03-01" in err and "调准系统时间" in err, "the refusal names the clock"

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [str(FAKETIME), IN_2020, sys.executable, "-c", FIELD_WORK_2020, str(inspector)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    stamps = _stamps(inspector)
    assert stamps and min(stamps) >= bureau_ms, "edits under 2020 order after the bureau's"

    err = _export(inspector, tmp_path / "out")
    assert "时钟" not in err
    entry = _merge(clerk, tmp_path / "out")
    assert entry["status"] == "applied" and entry["counts"]["held"] == 0  # type: ignore[index]


def test_a_laptop_left_at_2035_is_repaired_and_its_held_work_restamped(
    bureau: tuple[Path, Path], tmp_path: Path
) -> None:
    """As an earlier version left it: no bureau time known, a 2035 session, its bundle held."""
    clerk, inspector = bureau
    with sqlite3.connect(inspector / "hexie.sqlite3") as db:
        db.execute("UPDATE installation SET bureau_ms = 0")
    sample = ["demo", "--inspections-only", "--quarter", "2026Q3", "--sample", "0.3"]
    _hexie("--data-dir", str(inspector), *sample, at=IN_2035)
    assert min(_stamps(inspector)) > wall_clock_ms() + MAX_DRIFT_MS
    _export(inspector, tmp_path / "out1", at=IN_2035)
    entry = _merge(clerk, tmp_path / "out1")
    held = entry["counts"]["held"]  # type: ignore[index]
    assert entry["status"] == "held" and held > 0
    assert {note["finding"] for note in entry["clock"]} == {  # type: ignore[attr-defined]
        "created_ahead",
        "stamps_ahead",
    }

    before = wall_clock_ms()
    err = _export(inspector, tmp_path / "out2")
    assert "早于本机上次记录的时间 2035-06-01 18:00" in err and "已重新盖章" in err
    assert all(before <= ms <= wall_clock_ms() for ms in _stamps(inspector))
    entry = _merge(clerk, tmp_path / "out2")
    assert entry["status"] == "applied" and entry["counts"]["held"] == 0  # type: ignore[index]
    assert entry["counts"]["updated"] + entry["counts"]["inserted"] > 0  # type: ignore[index]

    store = open_store(DataDir(clerk))
    try:
        with sqlite3.connect(clerk / "hexie.sqlite3") as db:
            ids = [i for (i,) in db.execute("SELECT id FROM heldrecord ORDER BY id")]
        outcome = accept_held(store, ids, "时钟已校正").value
        assert outcome.restamped == held
    finally:
        store.close()
    with sqlite3.connect(clerk / "hexie.sqlite3") as db:
        (latest,) = db.execute("SELECT max(hlc >> 16) FROM indicatorscore").fetchone()
    assert latest <= wall_clock_ms(), "an accepted 2035 version does not win forever"


def test_a_clerk_editing_in_2035_still_reaches_the_inspectors(
    bureau: tuple[Path, Path], tmp_path: Path
) -> None:
    """The clerk's master data under a 2035 clock is stamped at the bureau's own last time."""
    clerk, inspector = bureau
    first17 = "91440300MA5FCLK03"
    register = tmp_path / "firms.csv"
    register.write_text(
        f"统一社会信用代码,企业名称\n{first17}{check_character(first17)},时钟物业有限公司\n",
        encoding="utf-8-sig",
    )
    _out, err = _hexie("--data-dir", str(clerk), "import", "firms", str(register), at=IN_2035)
    assert "本机时钟显示 2035-06-01 18:00" in err
    with sqlite3.connect(clerk / "hexie.sqlite3") as db:
        (stamp,) = db.execute(
            "SELECT hlc >> 16 FROM firm WHERE name = '时钟物业有限公司'"
        ).fetchone()
    assert stamp <= wall_clock_ms()

    stick = tmp_path / "master"
    stick.mkdir()
    _out, err = _hexie(
        "--data-dir", str(clerk), "bundle", "export", "--master", "--out", str(stick)
    )
    assert "时钟" not in err
    out, _err = _hexie("--data-dir", str(inspector), "bundle", "merge", str(stick), "--json")
    [entry] = json.loads(out)["bundles"]
    assert entry["status"] == "applied" and entry["counts"]["held"] == 0
    with sqlite3.connect(inspector / "hexie.sqlite3") as db:
        assert db.execute("SELECT 1 FROM firm WHERE name = '时钟物业有限公司'").fetchone()
