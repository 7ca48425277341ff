"""The window started on a database server that does not answer: it says so, in the clerk's
words and without the address's secrets, and offers another try or this computer's own database."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hexie_desktop.gui import app as gui_app
from hexie_desktop.gui import opening
from hexie_desktop.gui.main_window import MainWindow
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import Store

# A socket folder no server listens in, as a password a careless shortcut might carry.
DOWN = "postgresql+psycopg://wang:s3cret@/hexie?host=/nonexistent-hexie-server&port=5"
ROLES = {
    "retry": QMessageBox.ButtonRole.AcceptRole,
    "local": QMessageBox.ButtonRole.ActionRole,
    "quit": QMessageBox.ButtonRole.RejectRole,
}


class Clerk:
    """Answers each box the window asks with the next of `answers`, noting what it said."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = answers
        self.seen: list[tuple[str, list[str]]] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._answer)
        self.timer.start(20)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not self.answers:
            return
        buttons = {box.buttonRole(b): b for b in box.buttons()}
        self.seen.append((box.text(), [b.text() for b in box.buttons()]))
        buttons[ROLES[self.answers.pop(0)]].click()


@pytest.fixture
def clerk_answers() -> Iterator[list[Clerk]]:
    made: list[Clerk] = []
    yield made
    for clerk in made:
        clerk.timer.stop()


def test_a_server_down_at_start_is_said_and_the_local_database_opens_instead(
    clerk_store: Store, clerk_answers: list[Clerk], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real start (Chinese, as a clerk sees it): told, tried again, then worked locally."""
    clerk_store.close()
    clerk = Clerk(["retry", "local"])
    clerk_answers.append(clerk)
    monkeypatch.setenv(gui_app.ENV_QUIT_AFTER_SHOW, "1")
    assert gui_app.run_gui(clerk_store.data_dir, DOWN) == 0
    assert clerk.answers == [] and len(clerk.seen) == 2
    text, buttons = clerk.seen[0]
    assert text.startswith(
        "无法连接数据库服务器：/nonexistent-hexie-server 上的数据库 hexie（用户 wang）"
    )
    assert "本机数据库" in text and "s3cret" not in text and "postgresql" not in text
    assert sorted(buttons) == sorted(["重试", "打开本机数据库", "退出"])


def test_quitting_at_a_server_down_opens_nothing(
    qtbot: QtBot, data_dir: DataDir, runner: TaskRunner, clerk_answers: list[Clerk]
) -> None:
    window = MainWindow(AppSettings(data_dir), data_dir)
    qtbot.addWidget(window)
    window.show()
    clerk = Clerk(["quit"])
    clerk_answers.append(clerk)
    settings = AppSettings(data_dir)
    context = opening.open_context(
        window, data_dir, DOWN, settings=settings, runner=runner, signals=runner.signals
    )
    assert context is None and clerk.answers == []
    assert not data_dir.database.exists(), "quitting made no local database"
