"""Benchmark: importing a city's registers (3,000 firms, 20,000 compounds) from one workbook.

Writes (once, kept in --data-dir) a workbook with a 企业 sheet of 3,000 firms and a 小区 sheet
of 20,000 compounds, shaped as a register (title row, totals and a notes row), then times in
the same run:

- the whole import into an empty clerk database (`import_firms` then `import_compounds`, each
  naming its sheet: reading, checking every row, writing in one transaction each), and
- the import's reading step alone (`read_sheet` of both sheets: python-calamine, merged cells,
  error cells), and
- openpyxl's read-only iteration over every cell of the same two sheets (the reader the import
  used before), the baseline.

Target: the import at most 0.3x the baseline. Both are timed by the wall clock and by the
process's own CPU time: on a machine shared with other work, the CPU figures are the steadier
ones (the wall clock also counts the time other processes hold the cores, and the commits'
fsync).

    .venv/bin/python bench/bench_import.py [--data-dir DIR] [--firms 3000] [--compounds 20000]
                                           [--runs 3]
"""

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import openpyxl
import xlsxwriter

from hexie_desktop.domain.credit_code import check_character
from hexie_desktop.domain.master_rows import COMPOUND_COLUMNS, FIRM_COLUMNS
from hexie_desktop.paths import DataDir
from hexie_desktop.services.master.importing import import_compounds, import_firms
from hexie_desktop.services.store import open_store
from hexie_desktop.services.trust.identity import init_identity
from hexie_desktop.storage.spreadsheets import read_sheet


def credit_code(n: int) -> str:
    first17 = f"91440300MA{n:07d}"
    return first17 + check_character(first17)


def write_register(path: Path, firms: int, compounds: int) -> None:
    # Shared strings, as Excel and WPS save a register.
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("企业")
    sheet.write_row(0, 0, ["全市物业服务企业名录"])
    sheet.write_row(1, 0, [c.label for c in FIRM_COLUMNS])
    for n in range(firms):
        row = [
            credit_code(n),
            f"示例物业服务有限公司{n}",
            f"法人{n}",
            "0755-12345678",
            f"示例路 {n} 号",
            "否",
        ]
        sheet.write_row(n + 2, 0, row)
    sheet.write_row(firms + 2, 0, ["合计", f"{firms} 家"])
    sheet = book.add_worksheet("小区")
    sheet.write_row(0, 0, ["全市小区名录"])
    sheet.write_row(1, 0, [c.label for c in COMPOUND_COLUMNS])
    start = book.add_format({"num_format": "yyyy-mm-dd"})
    for n in range(compounds):
        row = [
            f"小区{n}",
            f"区{n % 12}",
            f"街道{n % 150}",
            f"社区{n % 1500}",
            f"路 {n} 号",
            300 + n % 500,
            f"网格{n % 100}",
            "否",
            credit_code(n % firms),
            None,
        ]
        sheet.write_row(n + 2, 0, row)
        sheet.write_datetime(n + 2, 10, dt.datetime(2024, 1, 1), start)
    sheet.write_row(compounds + 2, 0, ["注：户数以物业服务合同为准。"])
    book.close()


class Timed:
    """Wall-clock and CPU seconds of the block."""

    def __enter__(self) -> "Timed":
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def openpyxl_baseline(path: Path) -> tuple[Timed, int]:
    with Timed() as timed:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        cells = 0
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                cells += len(row)
        book.close()
    return timed, cells


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--firms", type=int, default=3000)
    parser.add_argument("--compounds", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3, help="medians of this many runs")
    args = parser.parse_args()
    root = args.data_dir or Path(tempfile.mkdtemp(prefix="hexie-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    path = root / f"register-{args.firms}-{args.compounds}.xlsx"
    if not path.exists():
        write_register(path, args.firms, args.compounds)
    imports, readings, baselines = [], [], []
    for _ in range(args.runs):
        database = root / "import-db"
        shutil.rmtree(database, ignore_errors=True)
        store = open_store(DataDir(database))
        try:
            init_identity(store, "clerk", "基准测试")
            with Timed() as imported:
                firms = import_firms(store, path, sheet="企业").value
                compounds = import_compounds(store, path, sheet="小区").value
            imports.append(imported)
        finally:
            store.close()
        with Timed() as reading:
            for name in ("企业", "小区"):
                read_sheet(path, name)
        readings.append(reading)
        baseline, cells = openpyxl_baseline(path)
        baselines.append(baseline)
    print(f"rows imported:            {firms.rows} firms, {compounds.rows} compounds")
    print(f"medians of {args.runs} runs, wall clock / CPU time")
    for clock in ("wall", "cpu"):
        imported_s, reading_s, baseline_s = (
            statistics.median(getattr(t, clock) for t in runs)
            for runs in (imports, readings, baselines)
        )
        print(f"{clock}:")
        print(f"  import (read, check, write): {imported_s:.2f} s")
        print(
            f"  openpyxl read-only iteration of the same file: {baseline_s:.2f} s ({cells} cells)"
        )
        print(f"  reading step alone:       {reading_s:.2f} s")
        print(f"  ratio import / baseline:  {imported_s / baseline_s:.2f} (target <= 0.3)")
        print(f"  ratio reading / baseline: {reading_s / baseline_s:.2f}")


if __name__ == "__main__":
    main()
