"""A firm's credit file (信用档案): who it is, its grade, score history, cards, entries,
interviews and complaints."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from hexie_desktop.reports.document import DocumentHead, Provenance, chinese_quarter
from hexie_desktop.reports.formatting import count, percent, points
from hexie_desktop.reports.styles import HEADER_FILL, RULE_GREY, TABLE_SIZE, Styles, make_styles
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
class FirmIdentity:
    credit_code: str
    name: str
    legal_representative: str
    address: str
    phone: str
    state_owned: bool
    compounds_served: int
    households_served: int


@dataclass(frozen=True)
class ScoreHistoryLine:
    quarter: str
    score: float
    rank: int
    firms_ranked: int
    listed: str


@dataclass(frozen=True)
class CardHistoryLine:
    quarter: str
    color: str
    reason: str
    deduction: float
    issued_on: str
    state: str


@dataclass(frozen=True)
class CreditEntryLine:
    recorded_on: str
    kind: str
    points: float
    reason: str
    expires_on: str
    state: str


@dataclass(frozen=True)
class InterviewHistoryLine:
    quarter: str
    score: float
    status: str
    held_on: str
    rectification_due: str


@dataclass(frozen=True)
class ComplaintHistoryLine:
    quarter: str
    tickets: int
    resolution: float | None
    on_time: float | None
    satisfaction: float | None
    escalated: int


@dataclass(frozen=True)
class CreditFileReport:
    head: DocumentHead
    provenance: Provenance
    firm: FirmIdentity
    grade: str
    grade_basis: str
    annual_scores: tuple[tuple[int, float], ...]
    scores: tuple[ScoreHistoryLine, ...]
    cards: tuple[CardHistoryLine, ...]
    entries: tuple[CreditEntryLine, ...]
    interviews: tuple[InterviewHistoryLine, ...]
    complaints: tuple[ComplaintHistoryLine, ...]


def render_credit_file(
    view: CreditFileReport, out: BinaryIO, *, progress: Progress | None = None
) -> Rendering:
    styles = make_styles()
    digest = report_digest(view)
    story: list[Flowable] = title_block(view.head, styles)
    story += [
        *section("一、企业基本情况", styles.heading),
        _identity(view, styles),
        *section("二、季度考评得分", styles.heading),
        _scores(view.scores, styles),
    ]
    if view.annual_scores:
        annual = "；".join(f"{year}年度{points(score)}分" for year, score in view.annual_scores)
        story += [
            Spacer(1, 2 * mm),
            paragraph(f"年度得分（各季度得分的平均）：{annual}。", styles.body),
        ]
    story += [
        *section("三、黄牌、红牌警告", styles.heading),
        _cards(view.cards, styles),
        *section("四、信用记录", styles.heading),
        _entries(view.entries, styles),
        *section("五、约谈与整改", styles.heading),
        _interviews(view.interviews, styles),
        *section("六、投诉处理（12345热线等）", styles.heading),
        _complaints(view.complaints, styles),
        closing_block(view.head, view.provenance, digest, styles),
    ]
    return render_document(out, story, view.head, view.provenance, digest, progress=progress)


def _identity(view: CreditFileReport, styles: Styles) -> Flowable:
    f = view.firm
    pairs = [
        ("企业名称", f.name, "统一社会信用代码", f.credit_code),
        ("法定代表人", f.legal_representative or "—", "联系电话", f.phone or "—"),
        ("企业性质", "国有企业" if f.state_owned else "非国有企业", "信用等级", view.grade),
        (
            "在管小区",
            f"{count(f.compounds_served)}个",
            "服务户数",
            f"{count(f.households_served)}户",
        ),
        ("注册地址", f.address or "—", "评级依据", view.grade_basis),
    ]
    label = 26 * mm
    value = FRAME_WIDTH / 2 - label
    cell = styles.cell
    table = Table(
        [[a, paragraph(b, cell), c, paragraph(d, cell)] for a, b, c, d in pairs],
        colWidths=[label, value, label, value],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.font, TABLE_SIZE),
                ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                ("BACKGROUND", (2, 0), (2, -1), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE_GREY),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("ALIGN", (2, 0), (2, -1), "CENTER"),
            ]
        ),
    )
    return table


def _scores(lines: Sequence[ScoreHistoryLine], styles: Styles) -> Flowable:
    columns = [
        TableColumn("季度", 40 * mm),
        TableColumn("季度得分", 30 * mm),
        TableColumn("名次", 40 * mm),
        TableColumn("红黑榜", FRAME_WIDTH - 110 * mm),
    ]
    rows = [
        [
            chinese_quarter(s.quarter),
            points(s.score),
            f"{s.rank} / {s.firms_ranked}",
            s.listed or "—",
        ]
        for s in lines
    ]
    return data_table(columns, rows, styles, empty_text="尚无考评得分。")


def _cards(lines: Sequence[CardHistoryLine], styles: Styles) -> Flowable:
    columns = [
        TableColumn("季度", 30 * mm),
        TableColumn("警告", 14 * mm),
        TableColumn("事由", FRAME_WIDTH - 108 * mm, "LEFT"),
        TableColumn("扣分", 14 * mm),
        TableColumn("发出日期", 26 * mm),
        TableColumn("状态", 24 * mm),
    ]
    rows = [
        [
            chinese_quarter(c.quarter),
            c.color,
            c.reason,
            points(c.deduction, 1),
            c.issued_on,
            c.state,
        ]
        for c in lines
    ]
    return data_table(columns, rows, styles, empty_text="无黄牌、红牌警告记录。")


def _entries(lines: Sequence[CreditEntryLine], styles: Styles) -> Flowable:
    columns = [
        TableColumn("记录日期", 24 * mm),
        TableColumn("类别", 16 * mm),
        TableColumn("分值", 14 * mm),
        TableColumn("事由", FRAME_WIDTH - 104 * mm, "LEFT"),
        TableColumn("有效期至", 24 * mm),
        TableColumn("状态", 26 * mm),
    ]
    rows = [
        [e.recorded_on, e.kind, points(e.points, 1), e.reason, e.expires_on, e.state] for e in lines
    ]
    return data_table(columns, rows, styles, empty_text="无信用记录。")


def _interviews(lines: Sequence[InterviewHistoryLine], styles: Styles) -> Flowable:
    columns = [
        TableColumn("季度", 34 * mm),
        TableColumn("季度得分", 24 * mm),
        TableColumn("约谈日期", 32 * mm),
        TableColumn("整改期限", 32 * mm),
        TableColumn("状态", FRAME_WIDTH - 122 * mm),
    ]
    rows = [
        [chinese_quarter(i.quarter), points(i.score), i.held_on, i.rectification_due, i.status]
        for i in lines
    ]
    return data_table(columns, rows, styles, empty_text="无约谈记录。")


def _complaints(lines: Sequence[ComplaintHistoryLine], styles: Styles) -> Flowable:
    columns = [
        TableColumn("季度", 34 * mm),
        TableColumn("工单数", 22 * mm),
        TableColumn("办结率", 24 * mm),
        TableColumn("按时办结率", 26 * mm),
        TableColumn("满意率", 24 * mm),
        TableColumn("升级督办", FRAME_WIDTH - 130 * mm),
    ]
    rows = [
        [
            chinese_quarter(c.quarter),
            count(c.tickets),
            percent(c.resolution),
            percent(c.on_time),
            percent(c.satisfaction),
            count(c.escalated),
        ]
        for c in lines
    ]
    return data_table(columns, rows, styles, empty_text="无投诉工单记录。")
