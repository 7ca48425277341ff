"""How long the window's UI thread stalls while the worker merges, evaluates or writes a report.

Run: .venv/bin/python bench/bench_ui_stall.py [--mode merge|evaluate|report]
                                              [--bundles 200] [--scores 120000]

A 10 ms precise QTimer ticks on the UI thread; the longest gap between two ticks is the longest
time the window could not answer a key. It is measured twice in the same run: with nothing
else to do (the baseline), and while the work runs:
- `merge`: the task runner's worker merges `--bundles` inspector bundles (built as
  `bench_merge.py` builds them) into a clerk's database. Half-way through the merge an edit is
  queued on the runner, as the inspection sheet queues a typed score; the bench reports how long
  it waited to be stored.
- `evaluate`: the results screen (shown at 1366×768) evaluates the last quarter of a working copy
  of the one-quarter city (`bench/cities.py`), as a click on Evaluate does, and shows the new
  results when the worker is done;
- `report`: the reports screen generates that quarter's quarterly report (3,000 firms) and opens
  it in its preview.
The screens' own follow-up work (re-reading what changed, filling their tables) is part of what
is timed, until the runner has nothing left to do. Bar: the longest stall under 100 ms.

As in the window, cycles are collected on the UI thread (`gui/collector.py`), and what was made
before the measurement is frozen out of later collections as the window does once it is ready.
`--no-settle` leaves that out, to show what it is for.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_merge  # noqa: E402
from cities import CACHE, ONE_QUARTER, City  # noqa: E402
from PySide6.QtCore import QElapsedTimer, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from hexie_desktop.gui.collector import UiThreadCollector  # noqa: E402
from hexie_desktop.gui.context import ScreenContext  # noqa: E402
from hexie_desktop.gui.operations import AppSignals  # noqa: E402
from hexie_desktop.gui.reports_screen import ReportsScreen  # noqa: E402
from hexie_desktop.gui.results_screen import ResultsScreen  # noqa: E402
from hexie_desktop.gui.settings import AppSettings  # noqa: E402
from hexie_desktop.gui.tasks import TaskRunner  # noqa: E402
from hexie_desktop.paths import DataDir  # noqa: E402
from hexie_desktop.services.bundles.exchange import merge_bundles  # noqa: E402
from hexie_desktop.services.master.edits import FirmFields, save_firm  # noqa: E402
from hexie_desktop.services.store import Store, open_store  # noqa: E402
from hexie_desktop.services.trust.identity import require_identity  # noqa: E402

HEARTBEAT_MS = 10
BAR_MS = 100.0
MODES = ("merge", "evaluate", "report")
BASELINE_S = 5.0


class Heartbeat:
    """Ticks every 10 ms on the UI thread and keeps the gaps between ticks, in milliseconds."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self._clock.start()
        self._timer.start(HEARTBEAT_MS)

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self.gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    def summary(self) -> str:
        gaps = sorted(self.gaps)
        p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
        return (
            f"longest {gaps[-1]:6.1f} ms | 99th percentile {p99:5.1f} ms | "
            f"median {statistics.median(gaps):5.1f} ms | {len(gaps)} ticks"
        )


def _wait(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def _bundles(root: Path, count: int, scores: int) -> list[Path]:
    """A clerk's database in `root / "clerk"` and `count` inspector bundles for it."""
    template = root / "template"
    master = bench_merge._clerk(template)
    people = bench_merge._inspectors(root, template)
    outbox = root / "bundles"
    outbox.mkdir()
    print(f"writing {count} bundles with {scores} indicator scores…", flush=True)
    seal_to = [bench_merge._bureau(template)]
    paths = bench_merge._bundles(outbox, master, people, count, scores, seal_to=seal_to)
    shutil.copytree(template, root / "clerk")
    return paths


def _merge(app: QApplication, runner: TaskRunner, store: Store, paths: list[Path]) -> list[float]:
    """Merge on the worker, an edit queued 1.5 s in; how long the edit waited to be stored."""
    stored: list[float] = []
    queued_at = [0.0]
    runner.run(
        lambda progress, cancel: merge_bundles(store, paths, progress=progress, cancel=cancel),
        title="merge",
    )

    def edit() -> None:
        queued_at[0] = time.perf_counter()
        runner.run(
            lambda _p, _c: save_firm(store, None, FirmFields("91330100MA27XK1U06", "湖畔物业")),
            title="edit",
            on_success=lambda _id: stored.append(time.perf_counter() - queued_at[0]),
        )

    QTimer.singleShot(1500, edit)
    while runner.busy:
        app.processEvents()
        time.sleep(0.001)
    return stored


def _idle(app: QApplication, runner: TaskRunner) -> None:
    """Until the runner has had nothing to do for half a second: follow-up reads included."""
    while True:
        while runner.busy:
            app.processEvents()
            time.sleep(0.001)
        _wait(app, 0.5)
        if not runner.busy:
            return


def _screen(mode: str, context: ScreenContext, city: City) -> tuple[QWidget, Callable[[], None]]:
    """The screen `mode` works on, shown, and what its button does."""
    screen: ResultsScreen | ReportsScreen
    if mode == "evaluate":
        screen = ResultsScreen(context)
        start = screen.evaluate
    else:
        screen = ReportsScreen(context)
        screen.select_kind("quarterly")
        screen.ui.quarter_combo.setCurrentText(str(city.last_quarter))
        start = screen.generate
    screen.resize(1366, 768)
    screen.show()
    return screen, start


def _screen_work(
    app: QApplication,
    collector: UiThreadCollector | None,
    beat: Heartbeat,
    mode: str,
    folder: Path,
) -> tuple[str, float, str, float, float]:
    """Baseline and stall while a screen evaluates or writes its report."""
    city = ONE_QUARTER
    data_dir = DataDir(bench_merge._working_copy(city, folder / "city"))
    store = open_store(data_dir)
    signals = AppSignals()
    runner = TaskRunner(signals)
    context = ScreenContext(store, runner, signals, AppSettings(data_dir), require_identity(store))
    screen, start = _screen(mode, context, city)
    try:
        _idle(app, runner)
        if collector is not None:
            collector.settle()
        beat.start()
        _wait(app, BASELINE_S)
        beat.stop()
        baseline, baseline_longest = beat.summary(), max(beat.gaps)
        started = time.perf_counter()
        beat.start()
        start()
        _idle(app, runner)
        beat.stop()
        seconds = time.perf_counter() - started
    finally:
        screen.close()
        screen.deleteLater()
        app.processEvents()
        runner.shutdown()
        store.close()
    return baseline, baseline_longest, beat.summary(), max(beat.gaps), seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=MODES, default="merge")
    parser.add_argument("--bundles", type=int, default=200)
    parser.add_argument("--scores", type=int, default=120_000)
    parser.add_argument("--no-settle", action="store_true")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    collector = UiThreadCollector(app)
    collector.start()
    beat = Heartbeat()
    stored: list[float] = []
    if args.mode != "merge":
        with tempfile.TemporaryDirectory(prefix="hexie-bench-stall-", dir=CACHE) as folder:
            baseline, baseline_longest, during, during_longest, seconds = _screen_work(
                app, None if args.no_settle else collector, beat, args.mode, Path(folder)
            )
        work = {"evaluate": "evaluation of the quarter", "report": "quarterly report"}[args.mode]
    else:
        with tempfile.TemporaryDirectory(prefix="hexie-bench-") as folder:
            paths = _bundles(Path(folder), args.bundles, args.scores)
            store = open_store(DataDir(Path(folder) / "clerk"))
            runner = TaskRunner(AppSignals())
            if not args.no_settle:
                collector.settle()
            beat.start()
            _wait(app, BASELINE_S)
            beat.stop()
            baseline, baseline_longest = beat.summary(), max(beat.gaps)
            started = time.perf_counter()
            beat.start()
            stored = _merge(app, runner, store, paths)
            beat.stop()
            seconds = time.perf_counter() - started
            during, during_longest = beat.summary(), max(beat.gaps)
            runner.shutdown()
            store.close()
        work = f"{args.bundles}-bundle merge"
    collector.stop()
    print(f"heartbeat every {HEARTBEAT_MS} ms on the UI thread")
    print(f"baseline, nothing running ({BASELINE_S:.0f} s): {baseline}")
    print(f"during the {work} ({seconds:.1f} s): {during}")
    print(
        f"longest stall {during_longest:.1f} ms vs baseline {baseline_longest:.1f} ms "
        f"(ratio {during_longest / baseline_longest:.2f}); bar < {BAR_MS:.0f} ms: "
        f"{'met' if during_longest < BAR_MS else 'NOT met'}"
    )
    if stored:
        print(f"an edit queued 1.5 s into the merge was stored {stored[0]:.1f} s later, after it")


if __name__ == "__main__":
    main()
