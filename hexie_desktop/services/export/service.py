"""Exporting a table as a spreadsheet: the use case behind `hexie export` and 导出 Excel.

The title row carries what a printed report carries: whether the data is final (暂定/已定稿)
and the verification code of the printed report that shows the same data (the quarterly
report for scores, cards, interviews and complaints; the red/black list notice for the lists;
the community grading result for grading), so that `hexie report verify` checks a spreadsheet
someone sent upward exactly as it checks the printed copy.
"""

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session

from hexie_desktop.domain.bureau_time import format_time, now
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.progress import Progress
from hexie_desktop.reports.verification import report_digest, short_code
from hexie_desktop.services.evaluation.quarters import is_finalised
from hexie_desktop.services.export import tables
from hexie_desktop.services.export.request import (
    FINAL,
    KIND_LABELS,
    PROVISIONAL,
    ExportRequest,
)
from hexie_desktop.services.export.table import ExportTable
from hexie_desktop.services.export.writers import write_table
from hexie_desktop.services.reporting.printing import ReportRequest, read_view
from hexie_desktop.services.store import Store


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    rows: int
    status: str
    code: str

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self) | {"path": str(self.path)}

    def lines(self) -> list[str]:
        code = f"，校验码 {self.code}" if self.code else ""
        return [
            f"已导出{KIND_LABELS[self.kind]} {self.rows} 行到 {self.path}（{self.status}{code}）"
        ]


QUARTER_TABLES: dict[str, Callable[[Session, Quarter], ExportTable]] = {
    "scores": tables.scores_table,
    "lists": tables.lists_table,
    "cards": tables.cards_table,
    "interviews": tables.interviews_table,
    "complaints": tables.complaints_table,
}


def _rows_of(session: Session, request: ExportRequest) -> ExportTable:
    if request.quarter is not None:
        return QUARTER_TABLES[request.kind](session, request.quarter)
    if request.year is not None:
        return tables.grading_table(session, request.year)
    return tables.firms_table(session)


def _printed_report(request: ExportRequest) -> ReportRequest | None:
    """The printed report that shows the same data, whose verification code the export carries."""
    if request.quarter is not None:
        if request.kind == "lists":
            return ReportRequest.lists(request.quarter)
        return ReportRequest.quarterly(request.quarter)
    if request.year is not None:
        return ReportRequest.community(request.year)
    return None


def _stamp(session: Session, request: ExportRequest) -> tuple[str, str]:
    """(暂定/已定稿, verification code) as the matching printed report would show them."""
    report = _printed_report(request)
    if report is None:
        return f"导出于 {format_time(now())}", ""
    try:
        view = read_view(session, report)
    except UserError:
        # Complaints of a quarter not yet evaluated, or a year not yet graded: no printed
        # report exists to verify against, and the data is provisional by definition.
        quarter = request.quarter
        if quarter is not None:
            return (FINAL if is_finalised(session, quarter) else PROVISIONAL), ""
        return PROVISIONAL, ""
    return (
        FINAL if view.provenance.finalised else PROVISIONAL,
        short_code(report_digest(view)),
    )


def build_export(store: Store, request: ExportRequest) -> ExportTable:
    """The table an export writes, with its title row's status and verification code.

    Rows and code come from one read transaction, so the code always verifies these rows.
    """
    with store.reading() as session:
        table = _rows_of(session, request)
        status, code = _stamp(session, request)
    return dataclasses.replace(table, subject=request.period, status=status, code=code)


def export_table(
    store: Store,
    request: ExportRequest,
    out: Path,
    *,
    encoding: str = "utf-8",
    progress: Progress | None = None,
) -> ExportResult:
    """Write the export to `out` (.xlsx or .csv, by its suffix), whole or not at all."""
    if progress is not None:
        progress(0.05, "读取数据")
    table = build_export(store, request)
    if progress is not None:
        progress(0.6, "写入表格")
    write_table(table, out, encoding)
    if progress is not None:
        progress(1.0, "完成")
    return ExportResult(out, request.kind, len(table.rows), table.status, table.code)
