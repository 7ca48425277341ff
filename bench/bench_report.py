"""Benchmark: the quarterly report for a city (3,000 firms) beside a bare ReportLab LongTable.

Builds (once, kept in --data-dir for reruns) demo data of 3,000 firms and 20,000 compounds,
evaluates 2026Q1, then times in the same run:

- the full quarterly report (`write_report`: reading the results through the services, every
  section and chart, the whole ranking, page numbers, QR code, atomic write), and
- a bare LongTable of the same ranking rows (same cells, header repeated, embedded font subset),
  the floor any ReportLab report of that table pays.

Target: the report under 5 s and within 3x of the bare table.

    .venv/bin/python bench/bench_report.py [--data-dir DIR] [--firms 3000] [--compounds 20000]
"""

import argparse
import io
import tempfile
import time
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--firms", type=int, default=3000)
    parser.add_argument("--compounds", type=int, default=20000)
    args = parser.parse_args()
    root = args.data_dir or Path(tempfile.mkdtemp(prefix="hexie-bench-"))
    store = open_store(DataDir(root))
    # Loading the font collection is a once-per-process cost both sides would pay; keep it out.
    register_fonts()
    try:
        prepare(store, args.firms, args.compounds)
        request = ReportRequest.quarterly(QUARTER)
        out = root / "quarterly-bench.pdf"
        started = time.perf_counter()
        view = build_view(store, request)
        read = time.perf_counter() - started
        started = time.perf_counter()
        written = write_report(store, request, out)
        report = time.perf_counter() - started
        bare, bare_pages = bare_table(view)
    finally:
        store.close()
    print(f"firms ranked:            {len(view.ranking)}")
    print(f"reading the results:     {read:.2f} s")
    print(
        f"quarterly report (full): {report:.2f} s, {written.pages} pages, {out.stat().st_size / 1e6:.1f} MB"
    )
    print(f"bare LongTable:          {bare:.2f} s, {bare_pages} pages")
    print(f"ratio report / bare:     {report / bare:.2f}x (target < 3x; report target < 5 s)")


if __name__ == "__main__":
    main()
