"""How fast the drill-down opens for the firm with the most inspections, at one quarter and at five years.

    .venv/bin/python bench/bench_drilldown.py [--scale one|five|both] [--runs 5]

On each kept demo city (`bench/cities.py`), evaluates the last quarter if it has no results yet,
picks the firm with the most inspections in it, and times, in the same run:
- `firm_drilldown` for that firm (median of `--runs`), what the results screen calls when a
  clerk opens a firm;
- the baseline: one plain sqlite3 query summing that firm's indicator scores per inspection.
The bar is 150 ms for the drill-down, and the five-year figure at most 1.5× the one-quarter one.
"""

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cities import CITIES, City, built  # noqa: E402

from hexie_desktop.services.evaluation.drilldown_view import firm_drilldown  # noqa: E402
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter  # noqa: E402
from hexie_desktop.services.store import open_store  # noqa: E402

BUSIEST_FIRM = """
SELECT firm_id, COUNT(*) AS n FROM inspection
WHERE quarter = ? AND status = 'submitted' AND deleted = 0
GROUP BY firm_id ORDER BY n DESC LIMIT 1
"""
EVALUATED = "SELECT 1 FROM evaluationrun WHERE quarter = ?"
FIRM_SHEETS = """
SELECT i.id, SUM(s.score) FROM inspection i JOIN indicatorscore s ON s.inspection_id = i.id
WHERE i.quarter = ? AND i.firm_id = ? AND i.deleted = 0 AND s.deleted = 0
GROUP BY i.id
"""


def time_city(city: City, runs: int) -> tuple[float, float, int]:
    data_dir = built(city)
    quarter = city.last_quarter
    store = open_store(data_dir)
    try:
        conn = sqlite3.connect(data_dir.database)
        if conn.execute(EVALUATED, (str(quarter),)).fetchone() is None:
            evaluate_quarter(store, quarter)
        firm_id, sheets = conn.execute(BUSIEST_FIRM, (str(quarter),)).fetchone()
        baselines = []
        for _ in range(runs):
            started = time.perf_counter()
            conn.execute(FIRM_SHEETS, (str(quarter), firm_id)).fetchall()
            baselines.append(time.perf_counter() - started)
        conn.close()
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            firm_drilldown(store, quarter, firm_id)
            timings.append(time.perf_counter() - started)
    finally:
        store.close()
    return statistics.median(timings), statistics.median(baselines), sheets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=sorted(CITIES), default="both")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    figures = {}
    for city in CITIES[args.scale]:
        drill, baseline, sheets = time_city(city, args.runs)
        figures[city.label] = drill
        print(
            f"{city.label}: drill-down into the busiest firm ({sheets} inspections) "
            f"{drill * 1000:.0f} ms; one SQL query over its scores {baseline * 1000:.1f} ms "
            f"({drill / baseline:.1f}×)"
        )
    if len(figures) == 2:
        one, five = figures.values()
        print(f"five years / one quarter: {five / one:.2f}×")


if __name__ == "__main__":
    main()
