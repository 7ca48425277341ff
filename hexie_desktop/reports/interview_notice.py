"""The interview notice (约谈通知书) to one firm: when and where, why, and what it must rectify."""

from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from hexie_desktop.reports.document import DocumentHead, Provenance, chinese_quarter
from hexie_desktop.reports.formatting import points
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
class PartLine:
    name: str
    max_points: float
    score: float | None


@dataclass(frozen=True)
class NoticeDeductionLine:
    compound: str
    indicator: str
    description: str
    points: float
    times: int


@dataclass(frozen=True)
class InterviewNotice:
    head: DocumentHead
    provenance: Provenance
    quarter: str
    credit_code: str
    firm_name: str
    score: float
    rank: int
    firms_ranked: int
    threshold: float
    quarter_deductions: float
    parts: tuple[PartLine, ...]
    deductions: tuple[NoticeDeductionLine, ...]
    cards: tuple[str, ...]
    time: str
    place: str
    attendees: str
    rectification_due: str
    status: str


def render_interview_notice(
    view: InterviewNotice, out: BinaryIO, *, progress: Progress | None = None
) -> Rendering:
    styles = make_styles()
    digest = report_digest(view)
    period = chinese_quarter(view.quarter)
    story: list[Flowable] = title_block(view.head, styles)
    deduction_note = (
        f"（含本季度不良行为扣分{points(view.quarter_deductions)}分）"
        if view.quarter_deductions
        else ""
    )
    story += [
        paragraph(
            f"经考评，你单位在{period}物业服务企业考评中得分{points(view.score)}分"
            f"{deduction_note}，在参加考评的{view.firms_ranked}家企业中排名第{view.rank}位，"
            f"低于{view.threshold:g}分。根据物业服务企业考评办法的规定，决定对你单位进行约谈。"
            "现将有关事项通知如下：",
            styles.body_indent,
        ),
        *section("一、约谈安排", styles.heading),
        _arrangements(view, styles),
        *section("二、约谈事由", styles.heading),
        *section(f"（一）{period}各部分得分", styles.subheading),
        _parts(view, styles),
        *section("（二）主要扣分情况", styles.subheading),
        _deductions(view, styles),
    ]
    if view.cards:
        story += section("（三）本季度警告", styles.subheading)
        story += [paragraph(card, styles.body) for card in view.cards]
    story += [
        *section("三、整改要求", styles.heading),
        *(
            paragraph(f"{i}. {text}", styles.body)
            for i, text in enumerate(_requirements(view), start=1)
        ),
        closing_block(view.head, view.provenance, digest, styles),
    ]
    return render_document(out, story, view.head, view.provenance, digest, progress=progress)


def _requirements(view: InterviewNotice) -> list[str]:
    return [
        "对照本通知所列扣分事项逐项整改，涉及安全隐患的立即整改。",
        f"于{view.rectification_due}前向本局书面报送整改报告，写明问题、原因、措施、"
        "责任人和完成时间，并附整改前后照片等证明材料。",
        "整改期满后，本局将组织复查；复查不合格的，依照考评办法给予黄牌警告并记入企业信用档案。",
        "约谈时须带齐本通知书及企业营业执照复印件；无正当理由不参加约谈的，视为拒不整改。",
    ]


def _arrangements(view: InterviewNotice, styles: Styles) -> Flowable:
    rows = [
        ("约谈对象", f"{view.firm_name}（统一社会信用代码：{view.credit_code}）"),
        ("约谈时间", view.time),
        ("约谈地点", view.place),
        ("参加人员", view.attendees),
        ("整改期限", view.rectification_due),
    ]
    label_width = 26 * mm
    table = Table(
        [[label, paragraph(value, styles.body)] for label, value in rows],
        colWidths=[label_width, FRAME_WIDTH - label_width],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.font, TABLE_SIZE + 1),
                ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE_GREY),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ]
        ),
    )
    return KeepTogether([table])


def _parts(view: InterviewNotice, styles: Styles) -> Flowable:
    columns = [
        TableColumn("考评部分", FRAME_WIDTH - 60 * mm, "LEFT"),
        TableColumn("满分", 30 * mm),
        TableColumn("得分", 30 * mm),
    ]
    rows = [[p.name, points(p.max_points, 0), points(p.score)] for p in view.parts]
    rows.append(["季度得分", "100", points(view.score)])
    return data_table(columns, rows, styles)


def _deductions(view: InterviewNotice, styles: Styles) -> Flowable:
    columns = [
        TableColumn("小区", 38 * mm, "LEFT"),
        TableColumn("指标", 38 * mm, "LEFT"),
        TableColumn("扣分事项", FRAME_WIDTH - 110 * mm, "LEFT"),
        TableColumn("次数", 14 * mm),
        TableColumn("每次扣分", 20 * mm),
    ]
    rows = [
        [d.compound, d.indicator, d.description, str(d.times), points(d.points, 1)]
        for d in view.deductions
    ]
    return data_table(columns, rows, styles, empty_text="检查中未记录逐项扣分。")
