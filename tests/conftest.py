"""Fixtures shared by every test. No test may touch a real user's data folder."""

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Qt tests run headless; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Shared machines are slow and uneven: no per-example deadline. CI replays the same examples on
# every run (derandomize) so a red build always means a change, not a newly drawn example.
settings.register_profile("hexie", deadline=None, derandomize=bool(os.environ.get("CI")))
settings.load_profile("hexie")

import shiboken6  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from hexie_desktop.domain import bureau_time  # noqa: E402
from hexie_desktop.domain.quarters import Quarter  # noqa: E402
from hexie_desktop.gui.collector import UiThreadCollector  # noqa: E402
from hexie_desktop.gui.context import ScreenContext  # noqa: E402
from hexie_desktop.gui.operations import AppSignals  # noqa: E402
from hexie_desktop.gui.tasks import TaskRunner  # noqa: E402
from hexie_desktop.paths import ENV_DATA_DIR, DataDir  # noqa: E402
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo  # noqa: E402
from hexie_desktop.services.store import Store, open_store  # noqa: E402
from hexie_desktop.services.trust.identity import init_identity  # noqa: E402
from tests.gui_support import context_for  # noqa: E402
from tests.log_support import detach_log  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _collector(qapp: QApplication) -> Iterator[None]:
    """Cycles are collected on the UI thread only, as in the application (`gui/collector.py`)."""
    collector = UiThreadCollector(qapp)
    collector.start()
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _garbage_of_each_test_collected() -> Iterator[None]:
    """A test's unreachable Qt objects are destroyed here, on the UI thread, before the next test."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _fresh_log() -> Iterator[None]:
    """Each test's commands log into its own data folder, never into an earlier test's."""
    detach_log()
    yield
    detach_log()


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the default data folder at a temporary one, for every test."""
    folder = tmp_path / "hexie-data"
    monkeypatch.setenv(ENV_DATA_DIR, str(folder))
    return folder


@pytest.fixture
def data_dir(_isolated_data_dir: Path) -> DataDir:
    return DataDir(_isolated_data_dir)


@pytest.fixture
def store(data_dir: DataDir) -> Iterator[Store]:
    opened = open_store(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    """The window's single writer, shut down after the test so no work outlives its database."""
    task_runner = TaskRunner(AppSignals())
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def windows() -> Iterator[list[QWidget]]:
    """Windows that delete themselves when closed; those still open are closed after the test."""
    opened: list[QWidget] = []
    yield opened
    for window in opened:
        if shiboken6.isValid(window):
            window.close()


@pytest.fixture
def clerk_context(clerk_store: Store, runner: TaskRunner) -> ScreenContext:
    """A clerk's screens over a small demo city."""
    generate_demo(clerk_store, DemoOptions(firms=6, compounds=12, seed=2))
    return context_for(clerk_store, runner)


@pytest.fixture
def inspector_context(inspector_store: Store, runner: TaskRunner) -> ScreenContext:
    """An inspector's screens with last quarter's field work of a small demo city."""
    last_quarter = Quarter.containing(bureau_time.today()).previous()
    generate_demo(
        inspector_store, DemoOptions(firms=6, compounds=12, quarters=[last_quarter], seed=3)
    )
    return context_for(inspector_store, runner)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warning and error boxes are the edge of the world in GUI tests: record their text."""
    shown: list[str] = []
    for name in ("warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda _parent, _title, text: shown.append(text))
        )
    return shown


@pytest.fixture
def clerk_store(store: Store) -> Store:
    init_identity(store, "clerk", "王文员")
    return store


@pytest.fixture
def inspector_store(store: Store) -> Store:
    init_identity(store, "inspector", "李考评")
    return store
