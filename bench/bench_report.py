"""Benchmark: the quarterly report for a city (3,000 firms) beside a bare ReportLab LongTable.

Builds (once, kept in --data-dir for reruns) demo data of 3,000 firms and 20,000 compounds,
evaluates 2026Q1, then times in the same run:

- the full quarterly report (`write_report`: reading the results through the services, every
  section and chart, the whole ranking, page numbers, QR code, atomic write), and
- a bare LongTable of the same ranking rows (same cells, header repeated, embedded font subset),
  the floor any ReportLab report of that table pays.

Target: the report under 5 s and within 3x of the bare table.

    .venv/bin/python bench/bench_report.py [--data-dir DIR] [--firms 3000] [--compounds 20000]
                                           [--scale one|five|both]

With `--scale`, runs on the kept demo cities of `bench/cities.py` instead (the report of the last
quarter of one quarter's and of five years' data, written to a temporary folder) and prints the
five-year figures beside the others.
"""

import argparse
import io
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cities import CITIES, built, scaled
from reportlab.lib.pagesizes import A4
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.paths import DataDir
from hexie_desktop.reports.fonts import register_fonts
from hexie_desktop.reports.formatting import points
from hexie_desktop.reports.quarterly import QuarterlyReport
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.reporting.printing import ReportRequest, build_view, write_report
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import current_identity, init_identity
from hexie_desktop.storage.tables import EvaluationRun

QUARTER = Quarter(2026, 1)


def prepare(store: Store, firms: int, compounds: int) -> None:
    if current_identity(store) is None:
        init_identity(store, "clerk", "基准测试")
    with store.reading() as session:
        evaluated = session.get(EvaluationRun, str(QUARTER)) is not None
    if evaluated:
        return
    started = time.perf_counter()
    generate_demo(store, DemoOptions(firms=firms, compounds=compounds, quarters=[QUARTER]))
    evaluate_quarter(store, QUARTER)
    print(
        f"prepared {firms} firms / {compounds} compounds in {time.perf_counter() - started:.1f} s"
    )


def bare_table(view: QuarterlyReport) -> tuple[float, int]:
    """The same ranking rows in a plain LongTable: no charts, no furniture, no Paragraphs."""
    font = register_fonts()
    header = [
        "名次",
        "企业名称",
        *(h.replace("\n", "") for h in view.part_headers),
        "得分",
        "小区",
        "备注",
    ]
    rows = [
        [
            str(r.rank),
            r.name,
            *(points(p) for p in r.parts),
            points(r.score),
            str(r.compounds_inspected),
            r.mark,
        ]
        for r in view.ranking
    ]
    buffer = io.BytesIO()
    started = time.perf_counter()
    doc = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=font)
    table = LongTable([header, *rows], repeatRows=1)
    table.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), font, 8), ("GRID", (0, 0), (-1, -1), 0.25, "grey")])
    )
    doc.build([table])
    return time.perf_counter() - started, doc.page


@dataclass(frozen=True)
class ReportTimes:
    firms: int
    read: float
    report: float
    pages: int
    megabytes: float
    bare: float
    bare_pages: int

    def show(self) -> None:
        print(f"  firms ranked:            {self.firms}")
        print(f"  reading the results:     {self.read:.2f} s")
        print(
            f"  quarterly report (full): {self.report:.2f} s, {self.pages} pages, "
            f"{self.megabytes:.1f} MB"
        )
        print(f"  bare LongTable:          {self.bare:.2f} s, {self.bare_pages} pages")
        print(
            f"  ratio report / bare:     {self.report / self.bare:.2f}x "
            "(target < 3x; report target < 5 s)"
        )


def time_report(store: Store, quarter: Quarter, out: Path) -> ReportTimes:
    request = ReportRequest.quarterly(quarter)
    started = time.perf_counter()
    view = build_view(store, request)
    read = time.perf_counter() - started
    started = time.perf_counter()
    written = write_report(store, request, out)
    report = time.perf_counter() - started
    bare, bare_pages = bare_table(view)
    size = out.stat().st_size / 1e6
    return ReportTimes(len(view.ranking), read, report, written.pages, size, bare, bare_pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--firms", type=int, default=3000)
    parser.add_argument("--compounds", type=int, default=20000)
    parser.add_argument("--scale", choices=sorted(CITIES), default=None)
    args = parser.parse_args()
    # Loading the font collection is a once-per-process cost both sides would pay; keep it out.
    register_fonts()
    if args.scale is not None:
        figures = []
        for kept in CITIES[args.scale]:
            city = scaled(kept, args.firms, args.compounds)
            store = open_store(built(city))
            try:
                with tempfile.TemporaryDirectory(prefix="hexie-bench-report-") as folder:
                    times = time_report(store, city.last_quarter, Path(folder) / "quarterly.pdf")
            finally:
                store.close()
            print(f"{city.label} city, {city.last_quarter}:")
            times.show()
            figures.append(times)
        if len(figures) == 2:
            one, five = figures
            print(
                f"five years / one quarter: report {five.report / one.report:.2f}x, "
                f"reading {five.read / one.read:.2f}x"
            )
        return
    root = args.data_dir or Path(tempfile.mkdtemp(prefix="hexie-bench-"))
    store = open_store(DataDir(root))
    try:
        prepare(store, args.firms, args.compounds)
        times = time_report(store, QUARTER, root / "quarterly-bench.pdf")
    finally:
        store.close()
    times.show()


if __name__ == "__main__":
    main()
