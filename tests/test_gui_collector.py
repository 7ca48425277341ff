"""Cycle collection happens on the UI thread only, never on the writer thread."""

import gc
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hexie_desktop.gui.collector import CHECK_INTERVAL_MS, UiThreadCollector


class _Node:
    def __init__(self) -> None:
        self.other: Any = self


@pytest.fixture
def collections() -> Iterator[list[str]]:
    """The name of the thread each collection ran on, while the test runs."""
    seen: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


def test_a_busy_writer_thread_never_collects(collections: list[str]) -> None:
    def allocate() -> None:
        for _ in range(200_000):
            _Node()

    worker = threading.Thread(target=allocate, name="writer")
    worker.start()
    worker.join()
    assert "writer" not in collections


def test_the_ui_thread_frees_cycles_once_the_young_threshold_is_passed(
    qtbot: QtBot, collections: list[str]
) -> None:
    young = gc.get_threshold()[0]
    probe = _Node()
    freed = weakref.ref(probe)
    del probe
    for _ in range(young + 1):
        _Node()
    qtbot.waitUntil(lambda: freed() is None, timeout=CHECK_INTERVAL_MS * 10)
    assert collections and set(collections) == {threading.main_thread().name}


def test_stopping_hands_collection_back_to_the_interpreter() -> None:
    collector = UiThreadCollector()
    gc.enable()
    try:
        collector.start()
        assert not gc.isenabled()
        collector.stop()
        assert gc.isenabled()
    finally:
        gc.disable()
