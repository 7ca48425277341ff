"""Starting the app: refusals end cleanly, and compiled forms and translations are up to date."""

import filecmp
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hexie_desktop.domain.errors import UserError
from hexie_desktop.gui import app as gui_app
from hexie_desktop.gui import messages, opening
from hexie_desktop.gui.i18n import install_translators
from hexie_desktop.gui.instance import lock_data_dir
from hexie_desktop.gui.settings import LANGUAGE, AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import Store

ROOT = Path(__file__).resolve().parent.parent
QT_BIN = Path(sys.executable).parent
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{(\w+)\}")

NOTE_MODULES_AT_SHOW = """
import sys
from pathlib import Path
from hexie_desktop.gui import app
from hexie_desktop.gui.main_window import MainWindow
from hexie_desktop.paths import DataDir

at_show = []
show = MainWindow.show

def noting_show(window):
    at_show.extend(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "sqlmodel"))
    show(window)

MainWindow.show = noting_show
status = app.run_gui(DataDir(Path(sys.argv[1])), None)
print("database-modules-at-show:", len(at_show))
sys.exit(status)
"""


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for kind in ("warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, kind, staticmethod(lambda _parent, _title, text: shown.append(text))
        )
    monkeypatch.setattr("sys.excepthook", sys.excepthook)
    return shown


def test_a_second_window_on_the_same_folder_is_refused(
    data_dir: DataDir, dialogs: list[str]
) -> None:
    lock = lock_data_dir(data_dir)
    assert lock is not None
    try:
        assert gui_app.run_gui(data_dir, None) == 2
    finally:
        lock.unlock()
    assert len(dialogs) == 1
    assert str(data_dir.root) in dialogs[0]


def test_a_database_that_cannot_be_opened_exits_with_status_2(
    data_dir: DataDir, dialogs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def too_new(_data_dir: DataDir, _url: str | None = None, **_options: object) -> Store:
        raise UserError("数据库来自更新版本的和谐桌面，请升级程序。")

    monkeypatch.setattr(opening, "open_store", too_new)
    assert gui_app.run_gui(data_dir, None) == 2
    assert dialogs == ["数据库来自更新版本的和谐桌面，请升级程序。"]
    assert lock_data_dir(data_dir) is not None, "the refused start released its lock"


def test_hexie_opens_the_window_on_an_existing_identity(clerk_store: Store) -> None:
    """The real command, in its own process: a quit inside this one would end pytest-qt's loops."""
    clerk_store.close()
    env = dict(os.environ, **{gui_app.ENV_QUIT_AFTER_SHOW: "1"})
    done = subprocess.run(
        [sys.executable, "-m", "hexie_desktop", "--data-dir", str(clerk_store.data_dir.root)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout.split()) == (0, ["shown", "ready"]), done.stderr


def test_the_window_shows_before_the_database_layer_loads(clerk_store: Store) -> None:
    """A painted window must not wait for SQLAlchemy, the tables or the screens: on an old laptop
    loading those is most of a start."""
    clerk_store.close()
    env = dict(os.environ, **{gui_app.ENV_QUIT_AFTER_SHOW: "1"})
    done = subprocess.run(
        [sys.executable, "-c", NOTE_MODULES_AT_SHOW, str(clerk_store.data_dir.root)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["shown", "ready", "database-modules-at-show:", "0"]


SLOW_MODULE = """
import time
for _ in range(30):
    time.sleep(0.01)
"""


def test_the_window_answers_while_the_database_layer_loads(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "slow_to_load.py").write_text(SLOW_MODULE, encoding="utf-8")
    (tmp_path / "broken_on_load.py").write_text("raise ValueError('broken')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "slow_to_load", raising=False)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    try:
        gui_app.import_while_answering(qapp, "slow_to_load")
    finally:
        timer.stop()
    # Had the import run on the UI thread, no tick could have been handled before it ended.
    assert ticks and "slow_to_load" in sys.modules
    with pytest.raises(ValueError, match="broken"):
        gui_app.import_while_answering(qapp, "broken_on_load")


def test_background_tasks_stop_before_the_database_closes(
    clerk_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A task still writing when the window closes must not find its database gone."""
    clerk_store.close()
    order: list[str] = []
    shutdown, close = TaskRunner.shutdown, Store.close

    def noting_shutdown(runner: TaskRunner) -> None:
        order.append("tasks stopped")
        shutdown(runner)

    def noting_close(store: Store) -> None:
        order.append("database closed")
        close(store)

    monkeypatch.setattr(TaskRunner, "shutdown", noting_shutdown)
    monkeypatch.setattr(Store, "close", noting_close)
    monkeypatch.setenv(gui_app.ENV_QUIT_AFTER_SHOW, "1")
    assert gui_app.run_gui(clerk_store.data_dir, None) == 0
    assert order == ["tasks stopped", "database closed"]


def test_chinese_is_the_default_language(qapp: QApplication, data_dir: DataDir) -> None:
    translators = install_translators(qapp, AppSettings(data_dir).get(LANGUAGE))
    try:
        assert messages.app_title() == "和谐桌面"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert messages.app_title() == "Hexie Desktop"


def test_compiled_forms_are_fresh(tmp_path: Path) -> None:
    env = dict(os.environ, PYSIDE6_UIC=str(QT_BIN / "pyside6-uic"))
    subprocess.run([str(ROOT / "scripts" / "build_forms"), str(tmp_path)], check=True, env=env)
    committed = ROOT / "hexie_desktop" / "gui" / "forms"
    names = sorted(p.name for p in tmp_path.glob("*_ui.py"))
    assert names == sorted(p.name for p in committed.glob("*_ui.py"))
    match, mismatch, errors = filecmp.cmpfiles(tmp_path, committed, names, shallow=False)
    assert (mismatch, errors) == ([], []), "run scripts/build_forms"


def _messages(ts: Path) -> list[tuple[str, str, str, str]]:
    """(context, source, translation, type) of every message in a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (
                    name,
                    message.findtext("source", ""),
                    translation.text or "",
                    translation.get("type", ""),
                )
            )
    return found


def test_every_translation_keeps_its_placeholders_and_is_finished() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        for context, source, translation, kind in _messages(ts):
            assert kind == "", f"{ts.name}: {context}: {source!r} is {kind}"
            assert sorted(PLACEHOLDER.findall(source)) == sorted(
                PLACEHOLDER.findall(translation)
            ), f"{ts.name}: {context}: {source!r}"
        assert ts.with_suffix(".qm").is_file(), "run scripts/build_translations"


def test_translation_sources_cover_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "hexie_zh_CN.ts"
    sources = [
        *sorted((ROOT / "hexie_desktop" / "gui").glob("*.py")),
        *sorted((ROOT / "forms").glob("*.ui")),
    ]
    subprocess.run(
        [
            str(QT_BIN / "pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            *map(str, sources),
            "-ts",
            str(fresh),
        ],
        check=True,
    )
    wanted = {(context, source) for context, source, _, _ in _messages(fresh)}
    have = {
        (context, source) for context, source, _, _ in _messages(TRANSLATIONS / "hexie_zh_CN.ts")
    }
    assert wanted == have, "run scripts/build_translations and translate what is new"
