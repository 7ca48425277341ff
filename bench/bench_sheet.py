"""How long the inspection sheet's writes take: each keystroke's score is one committed transaction.

    .venv/bin/python bench/bench_sheet.py [--compounds N] [--scale one|five|both]

Builds a district of demo data in a temporary folder (with `--scale`, opens the kept demo cities
of `bench/cities.py` instead: one quarter's and five years' data), starts a sheet and scores all
its indicators one `set_score` at a time (each commits with SQLite's full sync, and returns the
sheet recomputed), then reads the sheet and submits it; in a kept city the sheet is of its last
quarter and is discarded instead, so that the city stays as it was evaluated. Prints the median
and worst times in ms; the sheet's budget is ~20 ms per score, so typing never waits on the disk.
"""

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cities import CITIES, built  # noqa: E402

from hexie_desktop.domain.quarters import Quarter  # noqa: E402
from hexie_desktop.paths import DataDir  # noqa: E402
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo  # noqa: E402
from hexie_desktop.services.fieldwork import inspections  # noqa: E402
from hexie_desktop.services.listings.master import CompoundListing, ListingQuery  # noqa: E402
from hexie_desktop.services.store import Store, open_store  # noqa: E402
from hexie_desktop.services.trust.identity import init_identity  # noqa: E402

SCORE_BUDGET_MS = 20.0


@dataclass(frozen=True)
class SheetTimes:
    start_ms: float
    read_ms: float
    scores: list[float]
    end_ms: float

    @property
    def median(self) -> float:
        return statistics.median(self.scores)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def type_sheet(store: Store, quarter: Quarter | None, *, keep: bool) -> SheetTimes:
    """A sheet of the compound in the middle of the list, every indicator scored, then submitted
    (`keep`) or discarded."""
    compounds = CompoundListing().ids(store, ListingQuery())
    started = time.perf_counter()
    inspection = inspections.start_inspection(store, compounds[len(compounds) // 2], quarter).value
    start_ms = _ms(started)
    started = time.perf_counter()
    view = inspections.sheet(store, inspection.id)
    read_ms = _ms(started)
    times = []
    for indicator in view.indicators():
        started = time.perf_counter()
        inspections.set_score(store, inspection.id, indicator.id, indicator.max_points - 0.5)
        times.append(_ms(started))
    started = time.perf_counter()
    if keep:
        inspections.submit(store, inspection.id)
    else:
        inspections.discard_draft(store, inspection.id)
    return SheetTimes(start_ms, read_ms, times, _ms(started))


def print_times(label: str, times: SheetTimes, ending: str) -> None:
    print(label)
    print(f"  start_inspection          {times.start_ms:7.1f} ms")
    print(f"  sheet (read)              {times.read_ms:7.1f} ms")
    print(
        f"  set_score x{len(times.scores):<3}           median {times.median:5.1f} ms, "
        f"worst {max(times.scores):5.1f} ms (budget {SCORE_BUDGET_MS:g} ms)"
    )
    print(f"  {ending:<25} {times.end_ms:7.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--compounds", type=int, default=400)
    parser.add_argument("--scale", choices=sorted(CITIES), default=None)
    args = parser.parse_args()
    figures = []
    if args.scale is not None:
        for city in CITIES[args.scale]:
            store = open_store(built(city))
            try:
                times = type_sheet(store, city.last_quarter, keep=False)
            finally:
                store.close()
            print_times(f"{city.label} city, {city.last_quarter}:", times, "discard_draft")
            figures.append(times)
        if len(figures) == 2:
            one, five = figures
            print(
                f"five years / one quarter: median {five.median / one.median:.2f}x, "
                f"worst {max(five.scores) / max(one.scores):.2f}x"
            )
    else:
        with tempfile.TemporaryDirectory(prefix="hexie-bench-sheet-") as folder:
            store = open_store(DataDir(Path(folder)))
            try:
                init_identity(store, "inspector", "李考评")
                options = DemoOptions(firms=max(1, args.compounds // 3), compounds=args.compounds)
                generate_demo(store, options)
                times = type_sheet(store, None, keep=True)
            finally:
                store.close()
        print_times(f"{args.compounds} compounds:", times, "submit")
        figures.append(times)
    return 0 if all(times.median <= SCORE_BUDGET_MS for times in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
