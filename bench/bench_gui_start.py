"""How fast the window opens and the compound list answers, at city scale.

    .venv/bin/python bench/bench_gui_start.py [--firms 3000] [--compounds 20000] [--runs 3]
                                              [--scale one|five|both]
                                              [--server]

Builds a database of `--firms` firms and `--compounds` compounds of demo master data, then
measures, in the same run so the figures are comparable:
- a bare PySide6 QMainWindow: process start to first show;
- Hexie Desktop through the `hexie` command (`HEXIE_QUIT_AFTER_SHOW=1`), for an inspector (whose
  first section lists every compound still to score) and for a clerk: process start to the
  window painted ("shown"), and to its first section built over the data and painted ("ready");
- the compound list: open (model over all rows), sort by households, filter by name, each the
  median over `--runs` fresh screens.

With `--scale`, the clerk's window and the compound list are timed on the kept demo cities of
`bench/cities.py` instead (one quarter's and five years' data, clerks' databases), and the
five-year figures are printed beside the one-quarter ones.

With `--server`, the clerk's city is also built on a throwaway PostgreSQL server (the tests'
`tests/pg_server.py`, over a local Unix socket) and the clerk's start (`hexie --db …`) and the
compound list are timed on it too, beside the same figures on SQLite in the same run.

The package is byte-compiled first, as an installed copy is: otherwise every run would time
Python compiling the sources when PYTHONDONTWRITEBYTECODE is set.
"""

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cities import CITIES, built, scaled  # noqa: E402

from hexie_desktop.paths import DataDir  # noqa: E402
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo  # noqa: E402
from hexie_desktop.services.store import open_store  # noqa: E402
from hexie_desktop.services.trust.identity import init_identity  # noqa: E402

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""
ROLES = ("inspector", "clerk")


def build_city(
    data_dir: DataDir, role: str, firms: int, compounds: int, url: str | None = None
) -> None:
    store = open_store(data_dir, url)
    try:
        init_identity(store, role, "基准")
        options = DemoOptions(firms=firms, compounds=compounds, master_only=True)
        generate_demo(store, options, None, None)
    finally:
        store.close()


def time_to(moments: tuple[str, ...], command: list[str], env: dict[str, str]) -> list[float]:
    """Seconds from process start until each of `moments` is printed, in that order."""
    started = time.perf_counter()
    seen: list[float] = []
    with subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if len(seen) < len(moments) and line.strip() == moments[len(seen)]:
                seen.append(time.perf_counter() - started)
        process.wait()
    if len(seen) != len(moments):
        raise RuntimeError(f"{command} printed {len(seen)} of {moments}")
    return seen


def list_timings(data_dir: DataDir, runs: int, url: str | None = None) -> dict[str, float]:
    """Medians over `runs` fresh screens: open, sort by households (descending), filter."""
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from hexie_desktop.gui.compounds_screen import build_compounds_screen  # noqa: PLC0415
    from hexie_desktop.gui.context import ScreenContext  # noqa: PLC0415
    from hexie_desktop.gui.operations import AppSignals  # noqa: PLC0415
    from hexie_desktop.gui.settings import AppSettings  # noqa: PLC0415
    from hexie_desktop.gui.tasks import TaskRunner  # noqa: PLC0415
    from hexie_desktop.services.trust.identity import require_identity  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    store = open_store(data_dir, url)
    signals = AppSignals()
    runner = TaskRunner(signals)
    context = ScreenContext(store, runner, signals, AppSettings(data_dir), require_identity(store))
    timings: dict[str, list[float]] = {"open": [], "sort": [], "filter": []}
    rows = 0
    try:
        for _ in range(runs):
            started = time.perf_counter()
            screen = build_compounds_screen(context)
            screen.resize(1000, 700)
            screen.show()
            app.processEvents()
            timings["open"].append(time.perf_counter() - started)
            rows = screen.model.total
            started = time.perf_counter()
            # What a click on the header does: the indicator changes and the model sorts.
            screen.ui.record_table.horizontalHeader().setSortIndicator(
                3, Qt.SortOrder.DescendingOrder
            )
            app.processEvents()
            timings["sort"].append(time.perf_counter() - started)
            started = time.perf_counter()
            screen.model.set_filter("8")
            app.processEvents()
            timings["filter"].append(time.perf_counter() - started)
            screen.close()
            screen.deleteLater()
            app.processEvents()
    finally:
        runner.shutdown()
        store.close()
    return {name: statistics.median(values) for name, values in timings.items()} | {"rows": rows}


def time_window(data_dir: DataDir, runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Medians over `runs` processes: seconds to the window shown, and to its first section ready."""
    command = [sys.executable, "-m", "hexie_desktop", "--data-dir", str(data_dir.root)]
    timed = [time_to(("shown", "ready"), command, env) for _ in range(runs)]
    shown, ready = (statistics.median(run[i] for run in timed) for i in range(2))
    return shown, ready


def print_list(label: str, timings: dict[str, float], runs: int) -> None:
    print(
        f"{label}compound list ({timings['rows']:,} rows): open {timings['open'] * 1000:.0f} ms, "
        f"sort by households {timings['sort'] * 1000:.0f} ms, "
        f"filter {timings['filter'] * 1000:.0f} ms (medians of {runs})"
    )


def on_server(args: argparse.Namespace, env: dict[str, str]) -> None:
    """The clerk's start and compound list on a throwaway server over a Unix socket."""
    from tests.pg_server import running_server  # noqa: PLC0415

    with running_server() as url:
        data_dir = DataDir(Path(tempfile.mkdtemp(prefix="hexie-bench-server-")))
        started = time.perf_counter()
        build_city(data_dir, "clerk", args.firms, args.compounds, url)
        print(f"server database built in {time.perf_counter() - started:.1f} s")
        command = [
            sys.executable,
            "-m",
            "hexie_desktop",
            "--data-dir",
            str(data_dir.root),
            "--db",
            url,
        ]
        runs = [time_to(("shown", "ready"), command, env) for _ in range(args.runs)]
        shown, ready = (statistics.median(run[i] for run in runs) for i in range(2))
        print(
            f"`hexie --db` as clerk: window shown {shown:.3f} s, first section ready {ready:.3f} s"
        )
        print_list("PostgreSQL server: ", list_timings(data_dir, args.runs, url), args.runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--firms", type=int, default=3000)
    parser.add_argument("--compounds", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scale", choices=sorted(CITIES), default=None)
    parser.add_argument("--server", action="store_true", help="also on a PostgreSQL server")
    args = parser.parse_args()
    if args.scale is not None:
        cities = {
            city.label: built(scaled(city, args.firms, args.compounds))
            for city in CITIES[args.scale]
        }
    else:
        cities = {}
        for role in ROLES:
            data_dir = DataDir(Path(tempfile.mkdtemp(prefix=f"hexie-bench-{role}-")))
            started = time.perf_counter()
            build_city(data_dir, role, args.firms, args.compounds)
            print(
                f"{role} database: {args.firms} firms, {args.compounds} compounds of demo master "
                f"data in {time.perf_counter() - started:.1f} s"
            )
            cities[role] = data_dir
    compileall.compile_dir(ROOT / "hexie_desktop", quiet=1)
    env = dict(os.environ, HEXIE_QUIT_AFTER_SHOW="1", PYTHONPATH=str(ROOT))
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    bare = statistics.median(time_to(("shown",), bare_command, env)[0] for _ in range(args.runs))
    print(f"bare PySide6 window shown: {bare:.3f} s (median of {args.runs})")
    for label, data_dir in cities.items():
        shown, ready = time_window(data_dir, args.runs, env)
        print(
            f"`hexie` on the {label} database: window shown {shown:.3f} s "
            f"({shown / bare:.1f}x bare), first section ready {ready:.3f} s ({ready / bare:.1f}x bare)"
        )
    lists = {
        label: list_timings(data_dir, args.runs)
        for label, data_dir in cities.items()
        if args.scale is not None or label == "clerk"
    }
    for label, timings in lists.items():
        print_list(f"{label}: " if args.scale is not None else "", timings, args.runs)
    if len(lists) == 2:
        one, five = lists.values()
        print(
            "five years / one quarter: "
            + ", ".join(
                f"{name} {five[name] / one[name]:.2f}x" for name in ("open", "sort", "filter")
            )
        )
    if args.server:
        on_server(args, env)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
