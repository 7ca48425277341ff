"""Printing the bureau's reports: fill a view model from the database, render it, write it whole.

Every number printed comes from the evaluation's stored results or the domain's own rules (see
quarter.py and its neighbours); this module adds the use cases around them: one read
transaction per report, atomic PDF files, and checking a printed verification code against
the database by rebuilding the same report.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.credit_code import normalize_credit_code
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.faults import file_fault
from hexie_desktop.progress import Progress
from hexie_desktop.reports.community import render_community_grading
from hexie_desktop.reports.credit_file import render_credit_file
from hexie_desktop.reports.interview_notice import render_interview_notice
from hexie_desktop.reports.lists_notice import render_lists_notice
from hexie_desktop.reports.quarterly import render_quarterly
from hexie_desktop.reports.template import Rendering
from hexie_desktop.reports.verification import (
    normalise_short_code,
    parse_qr_payload,
    report_digest,
    short_code,
)
from hexie_desktop.services.reporting.community import read_community_grading
from hexie_desktop.services.reporting.firm import read_credit_file_report, read_interview_notice
from hexie_desktop.services.reporting.lists import read_lists_notice
from hexie_desktop.services.reporting.quarter import read_quarterly
from hexie_desktop.services.store import Store
from hexie_desktop.storage.files import atomic_writer

Renderer = Callable[..., Rendering]

REPORT_LABELS = {
    "quarterly": "季度考评报告",
    "lists": "红黑榜公示",
    "interview": "约谈通知书",
    "firm": "企业信用档案",
    "community": "和谐社区等级评定结果",
}
_RENDERERS: dict[str, Renderer] = {
    "quarterly": render_quarterly,
    "lists": render_lists_notice,
    "interview": render_interview_notice,
    "firm": render_credit_file,
    "community": render_community_grading,
}


@dataclass(frozen=True)
class ReportRequest:
    """Which report, about what: `subject` is what the QR code names (see `build_view`)."""

    kind: str
    subject: str

    @classmethod
    def quarterly(cls, quarter: Quarter) -> "ReportRequest":
        return cls("quarterly", str(quarter))

    @classmethod
    def lists(cls, quarter: Quarter) -> "ReportRequest":
        return cls("lists", str(quarter))

    @classmethod
    def interview(cls, credit_code: str, quarter: Quarter) -> "ReportRequest":
        return cls("interview", f"{quarter}/{normalize_credit_code(credit_code)}")

    @classmethod
    def firm(cls, credit_code: str, as_of: dt.date) -> "ReportRequest":
        return cls("firm", f"{normalize_credit_code(credit_code)}@{as_of.isoformat()}")

    @classmethod
    def community(cls, year: int) -> "ReportRequest":
        return cls("community", str(year))


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    kind: str
    code: str
    digest: str
    pages: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "kind": self.kind,
            "code": self.code,
            "sha256": self.digest,
            "pages": self.pages,
        }


def build_view(
    store: Store,
    request: ReportRequest,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Any:
    """The view model of a report, read in one transaction."""
    with store.reading() as session:
        return read_view(session, request, today=today, now=now)


def read_view(
    session: Session,
    request: ReportRequest,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Any:
    """`build_view` in the caller's read transaction, beside what else it reads there."""
    day = today or bureau_time.today()
    if request.kind in ("quarterly", "lists"):
        build = read_quarterly if request.kind == "quarterly" else read_lists_notice
        return build(session, Quarter.parse(request.subject), today=day, now=now)
    if request.kind == "interview":
        quarter_text, _, code = request.subject.partition("/")
        return read_interview_notice(session, code, Quarter.parse(quarter_text), today=day, now=now)
    if request.kind == "firm":
        code, _, as_of = request.subject.partition("@")
        return read_credit_file_report(
            session, code, _date(as_of) if as_of else day, today=day, now=now
        )
    if request.kind == "community":
        return read_community_grading(session, _year(request.subject), today=day, now=now)
    raise UserError(f"未知的报告类型“{request.kind}”。")


def write_report(
    store: Store,
    request: ReportRequest,
    out: Path,
    *,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> WrittenReport:
    """Build the report and write the PDF atomically: the file is whole or not there at all."""
    _check_target(out)
    if progress is not None:
        progress(0.02, "读取考评结果")
    view = build_view(store, request, today=today)
    renderer = _RENDERERS[request.kind]
    try:
        with atomic_writer(out, document=True) as handle:
            rendering = renderer(view, handle, progress=progress)
    except OSError as error:
        raise file_fault(error, store.data_dir) from error
    return WrittenReport(out, request.kind, rendering.code, rendering.digest, rendering.pages)


def _check_target(out: Path) -> None:
    if out.is_dir():
        raise UserError(f"输出路径 {out} 是一个文件夹。请给出 PDF 文件名，如 {out / '报告.pdf'}。")
    if out.suffix.lower() in (".xlsx", ".csv"):
        raise UserError(
            f"报告只能输出为 PDF：{out}。要得到 Excel 或 CSV 表格，请用 hexie export"
            "（如 hexie export scores --quarter 2026Q1 --out 得分排名.xlsx）。"
        )
    if out.suffix.lower() != ".pdf":
        raise UserError(f"输出文件应以 .pdf 结尾：{out}")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise UserError(f"日期格式不正确：“{text}”，应写作如 2026-04-10") from error


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise UserError(f"年度格式不正确：“{text}”，应写作如 2026")
    return int(text)


@dataclass(frozen=True)
class Verification:
    """The outcome of checking a printed code: does the database still give the same report?"""

    request: ReportRequest
    matches: bool
    current_code: str
    printed_code: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.request.kind,
            "subject": self.request.subject,
            "matches": self.matches,
            "printed_code": self.printed_code,
            "current_code": self.current_code,
        }


def verify_report(
    store: Store, text: str, *, kind: str | None = None, subject: str | None = None
) -> Verification:
    """Check a QR payload, or a short code with the report's kind and subject, against the data.

    The report is rebuilt from the database exactly as it would be printed now; the printed copy
    is genuine and current when its hash (or the short code taken from it) is the same.
    """
    content = parse_qr_payload(text)
    if content is not None:
        request = ReportRequest(content.kind, content.subject)
    elif kind and subject:
        request = ReportRequest(kind, subject)
    else:
        raise UserError(
            "请给出二维码内容（以 HEXIE1| 开头），或同时给出核验码、--kind 和 --subject。"
        )
    if request.kind not in _RENDERERS:
        raise UserError(f"未知的报告类型“{request.kind}”，应为：{'、'.join(_RENDERERS)}")
    digest = report_digest(build_view(store, request))
    current = short_code(digest)
    if content is not None:
        return Verification(request, content.digest == digest, current, short_code(content.digest))
    printed = normalise_short_code(text)
    return Verification(request, printed == current, current, printed)
