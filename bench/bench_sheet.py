"""How long the inspection sheet's writes take: each keystroke's score is one committed transaction.

    .venv/bin/python bench/bench_sheet.py [--compounds N]

Builds a district of demo data in a temporary folder, starts a sheet and scores all its
indicators one `set_score` at a time (each commits with SQLite's full sync, and returns the sheet
recomputed), then reads the sheet and submits it. Prints the median and worst times in ms; the
sheet's budget is ~20 ms per score, so typing never waits on the disk.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hexie_desktop.paths import DataDir
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.fieldwork import inspections
from hexie_desktop.services.listings.master import CompoundListing, ListingQuery
from hexie_desktop.services.store import open_store
from hexie_desktop.services.trust.identity import init_identity

SCORE_BUDGET_MS = 20.0


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--compounds", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hexie-bench-sheet-") as folder:
        store = open_store(DataDir(Path(folder)))
        try:
            init_identity(store, "inspector", "李考评")
            generate_demo(
                store, DemoOptions(firms=max(1, args.compounds // 3), compounds=args.compounds)
            )
            compounds = CompoundListing().ids(store, ListingQuery())
            started = time.perf_counter()
            inspection = inspections.start_inspection(store, compounds[len(compounds) // 2]).value
            start_ms = _ms(started)
            started = time.perf_counter()
            view = inspections.sheet(store, inspection.id)
            read_ms = _ms(started)
            times = []
            for indicator in view.indicators():
                started = time.perf_counter()
                inspections.set_score(
                    store, inspection.id, indicator.id, indicator.max_points - 0.5
                )
                times.append(_ms(started))
            started = time.perf_counter()
            inspections.submit(store, inspection.id)
            submit_ms = _ms(started)
        finally:
            store.close()
    median = statistics.median(times)
    print(f"compounds                 {args.compounds}")
    print(f"start_inspection          {start_ms:7.1f} ms")
    print(f"sheet (read)              {read_ms:7.1f} ms")
    print(
        f"set_score x{len(times):<3}           median {median:5.1f} ms, worst {max(times):5.1f} ms "
        f"(budget {SCORE_BUDGET_MS:g} ms)"
    )
    print(f"submit                    {submit_ms:7.1f} ms")
    return 0 if median <= SCORE_BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
