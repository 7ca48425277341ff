"""One clock: what a person reads is the bureau's time, whatever zone the laptop is set to."""

import datetime as dt
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from hexie_desktop import config
from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.bureau_qt import from_qt, to_qt
from hexie_desktop.gui.complaint_labels import moment_text
from hexie_desktop.gui.review_screen import shown_value
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.keys import list_keys

MACHINE_ZONES = ("UTC", "Asia/Shanghai", "America/New_York", "Pacific/Kiritimati")
# 16:30 UTC on 31 March is 00:30 on 1 April in Beijing: a new quarter there, not in London.
EDGE = dt.datetime(2026, 3, 31, 16, 30, tzinfo=dt.UTC)


@pytest.fixture
def machine_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Sets the machine's own zone (TZ) and restores it, and the bureau's zone, afterwards."""

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()
    bureau_time.use_time_zone(bureau_time.DEFAULT_TIME_ZONE)


def _under_each_zone(machine_zone: object, shown: object) -> set[str]:
    seen = set()
    for name in MACHINE_ZONES:
        machine_zone(name)  # type: ignore[operator]
        seen.add(str(shown()))  # type: ignore[operator]
    return seen


def test_a_stored_time_reads_the_same_on_every_machine(machine_zone: object) -> None:
    naive_utc = EDGE.replace(tzinfo=None)  # as SQLite hands it back
    assert _under_each_zone(machine_zone, lambda: bureau_time.format_time(EDGE)) == {
        "2026-04-01 00:30"
    }
    assert _under_each_zone(machine_zone, lambda: bureau_time.format_time(naive_utc)) == {
        "2026-04-01 00:30"
    }
    assert _under_each_zone(machine_zone, lambda: bureau_time.format_time(EDGE, seconds=True)) == {
        "2026-04-01 00:30:00"
    }


def test_a_dates_quarter_is_decided_on_the_bureaus_calendar(machine_zone: object) -> None:
    assert _under_each_zone(machine_zone, lambda: bureau_time.quarter_of(EDGE)) == {"2026Q2"}
    bureau_time.use_time_zone("Europe/London")
    assert bureau_time.quarter_of(EDGE) == Quarter(2026, 1)
    assert bureau_time.format_time(EDGE) == "2026-03-31 17:30"  # British summer time


def test_the_bureaus_day_starts_at_its_own_midnight() -> None:
    assert bureau_time.day_start(dt.date(2026, 4, 1)) == dt.datetime(
        2026, 3, 31, 16, 0, tzinfo=dt.UTC
    )


def test_the_zone_is_a_setting_of_the_data_folder(data_dir: DataDir, machine_zone: object) -> None:
    data_dir.root.mkdir(parents=True)
    assert config.get(data_dir, config.TIME_ZONE) == "Asia/Shanghai"
    config.set_time_zone(data_dir, "Asia/Urumqi")
    bureau_time.use_time_zone("UTC")
    config.apply(data_dir)
    assert bureau_time.format_time(EDGE) == "2026-03-31 22:30"
    with pytest.raises(UserError, match="不认识的时区“Mars/Olympus”"):
        config.set_time_zone(data_dir, "Mars/Olympus")
    assert config.get(data_dir, config.TIME_ZONE) == "Asia/Urumqi"


def test_editors_show_and_read_the_bureaus_wall_clock(machine_zone: object) -> None:
    for name in MACHINE_ZONES:
        machine_zone(name)  # type: ignore[operator]
        shown = to_qt(EDGE)
        assert (shown.date(), shown.time()) == (QDate(2026, 4, 1), QTime(0, 30))
        picked = QDateTime(QDate(2026, 4, 1), QTime(0, 30))
        assert from_qt(picked) == EDGE


def test_screens_show_the_same_times_whatever_the_machine_zone(
    qtbot: QtBot, machine_zone: object
) -> None:
    stamp = int(EDGE.timestamp() * 1000) << 16
    assert _under_each_zone(machine_zone, lambda: shown_value("hlc", stamp, {})) == {
        "2026-04-01 00:30:00"
    }
    assert _under_each_zone(machine_zone, lambda: moment_text(EDGE)) == {"2026-04-01 00:30"}


def test_the_command_line_shows_the_same_times_under_any_tz(
    clerk_store: Store, tmp_path: Path
) -> None:
    enrolled = list_keys(clerk_store)[0].enrolled_at
    assert enrolled is not None
    clerk_store.close()
    outputs = set()
    for name in ("UTC", "Asia/Shanghai", "America/New_York"):
        env = {**os.environ, "TZ": name}
        result = subprocess.run(
            [sys.executable, "-m", "hexie_desktop", "--data-dir", str(clerk_store.data_dir.root)]
            + ["keys", "list"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            cwd=tmp_path,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
    assert f"登记于 {bureau_time.format_time(enrolled)}" in outputs.pop()
