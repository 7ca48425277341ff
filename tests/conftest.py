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

from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from hexie_desktop.gui.collector import UiThreadCollector  # noqa: E402
from hexie_desktop.gui.operations import AppSignals  # noqa: E402
from hexie_desktop.gui.tasks import TaskRunner  # noqa: E402
from hexie_desktop.paths import ENV_DATA_DIR, DataDir  # noqa: E402
from hexie_desktop.services.store import Store, open_store  # noqa: E402
from hexie_desktop.services.trust.identity import init_identity  # noqa: E402
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
