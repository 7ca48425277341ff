"""How fast `hexie evaluate` computes a city's quarter, beside one SQL ranking query.

    .venv/bin/python bench/bench_evaluate.py [--firms 3000] [--compounds 20000] [--quarter 2026Q1]
                                             [--data-dir DIR] [--orm] [--scale one|five|both]

With `--scale`, runs on the kept demo cities of `bench/cities.py` instead (the last quarter of
one quarter's and of five years' data) and prints the five-year figure beside the other.

Fills a temporary data folder with `hexie demo` data for one quarter (or reuses `--data-dir` if
it already holds demo data), then times, in the same run:
- `evaluate_quarter` in process, first and second run (the second replaces what the first wrote);
- `hexie evaluate --quarter Q` as a fresh process, start to exit, as a clerk would run it;
- the baseline: one plain sqlite3 query that ranks firms by the mean total of their inspections
  over the same indicator scores;
- with `--orm`, loading the quarter's indicator scores as SQLModel objects, the way not to do it.
"""

import argparse
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cities import CITIES, built, scaled  # noqa: E402
from sqlmodel import select  # noqa: E402

from hexie_desktop.domain.quarters import Quarter  # noqa: E402
from hexie_desktop.paths import DataDir  # noqa: E402
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo  # noqa: E402
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter  # noqa: E402
from hexie_desktop.services.store import Store, open_store  # noqa: E402
from hexie_desktop.services.trust.identity import current_identity, init_identity  # noqa: E402
from hexie_desktop.storage.tables import IndicatorScore, Inspection  # noqa: E402

RANKING_SQL = """
SELECT firm_id, AVG(total) AS mean_total, COUNT(*) AS inspections
FROM (
    SELECT i.firm_id AS firm_id, i.id AS inspection_id, SUM(s.score) AS total
    FROM inspection i JOIN indicatorscore s ON s.inspection_id = i.id
    WHERE i.quarter = ? AND i.status = 'submitted' AND i.deleted = 0 AND s.deleted = 0
    GROUP BY i.id
)
GROUP BY firm_id
ORDER BY mean_total DESC, inspections DESC, firm_id
"""


def prepare(folder: Path, firms: int, compounds: int, quarter: Quarter) -> Store:
    store = open_store(DataDir(folder))
    if current_identity(store) is None:
        init_identity(store, "clerk", "基准测试")
        started = time.perf_counter()
        generate_demo(store, DemoOptions(firms=firms, compounds=compounds, quarters=[quarter]))
        print(
            f"demo data: {firms} firms, {compounds} compounds, {time.perf_counter() - started:.1f} s"
        )
    return store


def time_ranking(database: Path, quarter: Quarter) -> tuple[float, int]:
    conn = sqlite3.connect(database)
    try:
        started = time.perf_counter()
        rows = conn.execute(RANKING_SQL, (str(quarter),)).fetchall()
        return time.perf_counter() - started, len(rows)
    finally:
        conn.close()


def time_orm(store: Store, quarter: Quarter) -> tuple[float, int]:
    with store.reading() as session:
        started = time.perf_counter()
        scores = session.exec(
            select(IndicatorScore)
            .join(Inspection, Inspection.id == IndicatorScore.inspection_id)  # type: ignore[arg-type]
            .where(Inspection.quarter == str(quarter))
        ).all()
        return time.perf_counter() - started, len(scores)


def time_cli(folder: Path, quarter: Quarter) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "hexie_desktop",
            "--data-dir",
            str(folder),
            "evaluate",
            "--quarter",
            str(quarter),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    return time.perf_counter() - started


def run(folder: Path, quarter: Quarter, orm: bool) -> float:
    """Evaluate `quarter` in `folder` and print the figures; the first run's seconds."""
    store = open_store(DataDir(folder))
    first = evaluate_quarter(store, quarter).value
    second = evaluate_quarter(store, quarter).value
    print(
        f"  evaluated {first.firms} firms from {first.sheets_counted} inspections "
        f"(red {first.red}, black {first.black}, interviews {first.interviews})"
    )
    print(f"  evaluate_quarter, first run:   {first.seconds:6.2f} s")
    print(f"  evaluate_quarter, second run:  {second.seconds:6.2f} s")
    store.close()
    print(f"  hexie evaluate (new process):  {time_cli(folder, quarter):6.2f} s")
    ranking, ranked = time_ranking(DataDir(folder).database, quarter)
    print(f"  one SQL ranking query:         {ranking:6.2f} s ({ranked} firms)")
    print(f"  evaluate / ranking query:      {first.seconds / ranking:6.1f} ×")
    if orm:
        store = open_store(DataDir(folder))
        loaded_in, loaded = time_orm(store, quarter)
        store.close()
        print(f"  scores as SQLModel objects:    {loaded_in:6.2f} s ({loaded} scores)")
    return first.seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--firms", type=int, default=3000)
    parser.add_argument("--compounds", type=int, default=20000)
    parser.add_argument("--quarter", default="2026Q1")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--scale", choices=sorted(CITIES), default=None)
    parser.add_argument("--orm", action="store_true", help="also time loading scores as objects")
    args = parser.parse_args()
    if args.scale is not None:
        figures = []
        for kept in CITIES[args.scale]:
            city = scaled(kept, args.firms, args.compounds)
            print(f"{city.label} city, {city.last_quarter}:")
            figures.append(run(built(city).root, city.last_quarter, args.orm))
        if len(figures) == 2:
            print(f"five years / one quarter: {figures[1] / figures[0]:.2f}×")
        return
    quarter = Quarter.parse(args.quarter)
    with tempfile.TemporaryDirectory(prefix="hexie-bench-") as temporary:
        folder = args.data_dir or Path(temporary)
        prepare(folder, args.firms, args.compounds, quarter).close()
        run(folder, quarter, args.orm)


if __name__ == "__main__":
    main()
