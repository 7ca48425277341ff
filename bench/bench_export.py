"""Benchmark: exporting a city's quarterly ranking (3,000 firms) as .xlsx and .csv.

Builds (once, kept in --data-dir for reruns) the same city as bench_report.py, then times in
the same run:

- `export_table` for the scores ranking as .xlsx and as .csv: reading the results through the
  services, the verification code of the quarterly report (which rebuilds that report's view),
  the formatted workbook, the atomic write;
- a bare XlsxWriter workbook of the same rows (no title, formats, widths or code), the floor
  any .xlsx of that table pays.

Target: the .xlsx export under 2 s.

    .venv/bin/python bench/bench_export.py [--data-dir DIR] [--firms 3000] [--compounds 20000]
"""

import argparse
import io
import statistics
import tempfile
import time
from pathlib import Path

import xlsxwriter
from bench_report import QUARTER, prepare

from hexie_desktop.paths import DataDir
from hexie_desktop.services.export.request import ExportRequest
from hexie_desktop.services.export.service import build_export, export_table
from hexie_desktop.services.store import open_store


def bare_workbook(rows: list[tuple[object, ...]]) -> float:
    started = time.perf_counter()
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet()
    for number, row in enumerate(rows):
        sheet.write_row(number, 0, row)
    book.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--firms", type=int, default=3000)
    parser.add_argument("--compounds", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3, help="medians of this many runs")
    args = parser.parse_args()
    root = args.data_dir or Path(tempfile.mkdtemp(prefix="hexie-bench-"))
    store = open_store(DataDir(root))
    request = ExportRequest("scores", quarter=QUARTER)
    try:
        prepare(store, args.firms, args.compounds)
        runs: dict[str, list[float]] = {".xlsx": [], ".csv": [], "bare": []}
        rows = build_export(store, request).rows
        for _ in range(args.runs):
            for suffix in (".xlsx", ".csv"):
                started = time.perf_counter()
                result = export_table(store, request, root / f"ranking-bench{suffix}")
                runs[suffix].append(time.perf_counter() - started)
            runs["bare"].append(bare_workbook(rows))
    finally:
        store.close()
    times = {name: statistics.median(values) for name, values in runs.items()}
    bare = times["bare"]
    print(f"medians of {args.runs} runs")
    print(f"firms exported:          {result.rows}")
    print(f"export .xlsx (full):     {times['.xlsx']:.2f} s (target < 2 s)")
    print(f"export .csv (full):      {times['.csv']:.2f} s")
    print(f"bare XlsxWriter rows:    {bare:.2f} s")
    print(f"ratio .xlsx / bare:      {times['.xlsx'] / bare:.1f}x")


if __name__ == "__main__":
    main()
