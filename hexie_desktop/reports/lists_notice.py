"""The red/black list notice (红黑榜公示), ready to post: who is on each list, and why."""

import datetime as dt
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from hexie_desktop.reports.document import DocumentHead, Provenance, chinese_date, chinese_quarter
from hexie_desktop.reports.formatting import points
from hexie_desktop.reports.styles import Styles, make_styles
from hexie_desktop.reports.tables import TableColumn, data_table
from hexie_desktop.reports.template import (
    FRAME_WIDTH,
    Progress,
    Rendering,
    closing_block,
    render_document,
    section,
    title_block,
)
from hexie_desktop.reports.text import paragraph
from hexie_desktop.reports.verification import report_digest


@dataclass(frozen=True)
class NoticeEntry:
    position: int
    credit_code: str
    name: str
    score: float | None
    reason: str


@dataclass(frozen=True)
class ListsNotice:
    head: DocumentHead
    provenance: Provenance
    quarter: str
    area: str
    firms_evaluated: int
    basis: str
    red_list: tuple[NoticeEntry, ...]
    black_list: tuple[NoticeEntry, ...]
    notice_working_days: int
    contact: str


def render_lists_notice(
    view: ListsNotice, out: BinaryIO, *, progress: Progress | None = None
) -> Rendering:
    styles = make_styles()
    digest = report_digest(view)
    period = chinese_quarter(view.quarter)
    story: list[Flowable] = title_block(view.head, styles)
    story += [
        paragraph(
            f"根据物业服务企业考评办法，{period}对{view.area}{view.firms_evaluated}家物业服务企业"
            f"进行了考评。{view.basis}现将{period}物业服务企业红黑榜公示如下：",
            styles.body_indent,
        ),
        *section(f"一、红榜（{len(view.red_list)}家）", styles.heading),
        _entries(view.red_list, styles, "本季度无企业达到红榜条件。"),
        *section(f"二、黑榜（{len(view.black_list)}家）", styles.heading),
        _entries(view.black_list, styles, "本季度无企业列入黑榜。"),
        *section("三、公示说明", styles.heading),
        paragraph(
            f"公示期为{view.notice_working_days}个工作日（至{_period_end(view)}）。对公示名单有异议的，请在公示期内以书面形式"
            f"向{view.contact}提出，并提供相关证明材料；逾期不予受理。",
            styles.body_indent,
        ),
        paragraph(
            "列入红榜的企业，在评优评先、招投标信用评价中予以加分；列入黑榜的企业，"
            "纳入重点监管对象，增加检查频次，并在信用档案中记录。",
            styles.body_indent,
        ),
        closing_block(view.head, view.provenance, digest, styles),
    ]
    return render_document(out, story, view.head, view.provenance, digest, progress=progress)


def _entries(entries: tuple[NoticeEntry, ...], styles: Styles, empty: str) -> Flowable:
    columns = [
        TableColumn("序号", 12 * mm),
        TableColumn("企业名称", 62 * mm, "LEFT"),
        TableColumn("统一社会信用代码", 40 * mm),
        TableColumn("得分", 16 * mm),
        TableColumn("说明", FRAME_WIDTH - 130 * mm, "LEFT"),
    ]
    rows = [[str(e.position), e.name, e.credit_code, points(e.score), e.reason] for e in entries]
    return data_table(columns, rows, styles, empty_text=empty)


def _period_end(view: ListsNotice) -> str:
    """The last day of the notice period, counting Monday to Friday after the issue date."""
    day = view.head.issued_on
    remaining = view.notice_working_days
    while remaining:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            remaining -= 1
    return chinese_date(day)
