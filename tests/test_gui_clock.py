"""The window's start-up clock warning: shown before any screen, with both times, then the repair."""

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from hexie_desktop.domain.clock import pack, physical_ms, wall_clock_ms
from hexie_desktop.gui.clock_warning import clock_warning_box
from hexie_desktop.gui.i18n import ensure_chinese_font, install_translators
from hexie_desktop.gui.main_window import MainWindow
from hexie_desktop.gui.opening import open_context
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.clock_check import check_start_clock
from hexie_desktop.services.trust.identity import init_identity
from hexie_desktop.storage.tables import Installation

IN_2035 = int(dt.datetime(2035, 6, 1, 2, 0, tzinfo=dt.UTC).timestamp() * 1000)
SHOT_NAME = "clock-warning-1366x768.png"


def _left_at_2035(store: Store) -> None:
    """As a session under a clock that said 2035 left this installation's stored clock."""
    init_identity(store, "inspector", "李考评")
    with store.transaction() as session:
        session.execute(update(Installation).values(clock=pack(IN_2035, 4)))


def test_the_window_warns_about_the_clock_before_any_screen_and_repairs_it(
    qtbot: QtBot, store: Store, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    _left_at_2035(store)
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(f"{box.windowTitle()}|{box.text()}|{box.informativeText()}")
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    store.close()
    settings = AppSettings(store.data_dir)
    window = MainWindow(settings, store.data_dir)
    qtbot.addWidget(window)
    window.show()
    before = wall_clock_ms()
    context = open_context(
        window, store.data_dir, None, settings=settings, runner=runner, signals=AppSignals()
    )
    assert context is not None
    try:
        [text] = shown
        assert "2035-06-01 10:00" in text, "the stored time, in Asia/Shanghai"
        assert "早于本机上次记录的时间" in text and "已改按" in text
        with context.store.reading() as session:
            clock = session.get(Installation, context.identity.id).clock  # type: ignore[union-attr]
        assert before <= physical_ms(clock) <= wall_clock_ms()
        assert check_start_clock(context.store) is None, "the next start has nothing to say"
    finally:
        context.store.close()


def test_the_clock_warning_at_1366_by_768(
    qtbot: QtBot, qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    """As a user sees it: in Chinese, over the window, with the stored and the present time."""
    ensure_chinese_font(qapp)
    translators = install_translators(qapp, "zh_CN")
    try:
        _left_at_2035(store)
        notice = check_start_clock(store)
        assert notice is not None
        settings = AppSettings(store.data_dir)
        window = MainWindow(settings, store.data_dir)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        box = clock_warning_box(window, notice)
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        assert box.windowTitle() == "本机时钟"
        shot = window.grab()
        painter = QPainter(shot)
        painter.drawPixmap(
            QPoint((shot.width() - box.width()) // 2, (shot.height() - box.height()) // 3),
            box.grab(),
        )
        painter.end()
        assert (shot.width(), shot.height()) == (1366, 768)
        folder = Path(os.environ.get("HEXIE_SCREENSHOTS", tmp_path))
        assert shot.save(str(folder / SHOT_NAME))
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
