"""The quarterly evaluation report (季度考评报告): summary, charts, lists, cards, interviews,
complaints and the full ranking. The view model holds exactly what the report prints."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from hexie_desktop.domain.labels import CARD_COLOR_LABELS
from hexie_desktop.reports import charts
from hexie_desktop.reports.document import DocumentHead, Provenance, chinese_quarter
from hexie_desktop.reports.formatting import count, percent, points
from hexie_desktop.reports.styles import BLACK_LIST_FILL, RED_LIST_FILL, Styles, make_styles
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

RED, BLACK, INTERVIEW = "red", "black", "interview"
_MARKS = {RED: "红榜", BLACK: "黑榜", INTERVIEW: "约谈"}


@dataclass(frozen=True)
class QuarterSummary:
    firms_evaluated: int
    compounds_inspected: int
    inspections: int
    mean_score: float | None
    highest_score: float | None
    lowest_score: float | None
    under_threshold: int
    threshold: float
    red_count: int
    black_count: int
    yellow_cards: int
    red_cards: int
    interviews: int


@dataclass(frozen=True)
class QuarterlyRankingRow:
    rank: int
    credit_code: str
    name: str
    parts: tuple[float | None, ...]
    score: float
    compounds_inspected: int
    mark: str = ""


@dataclass(frozen=True)
class ListedFirm:
    position: int
    credit_code: str
    name: str
    score: float | None
    rank: int | None
    reason: str = ""


@dataclass(frozen=True)
class QuarterlyCardLine:
    credit_code: str
    name: str
    color: str
    reason: str
    deduction: float


@dataclass(frozen=True)
class QuarterlyInterviewLine:
    credit_code: str
    name: str
    score: float
    rank: int | None
    status: str


@dataclass(frozen=True)
class ComplaintSummary:
    tickets: int
    acceptance: float | None
    resolution: float | None
    on_time: float | None
    satisfaction: float | None
    redo: float | None
    escalated: int


@dataclass(frozen=True)
class HotTopicLine:
    category: str
    count: int
    share: float


@dataclass(frozen=True)
class QuarterlyScoreBand:
    label: str
    count: int
    below_threshold: bool


@dataclass(frozen=True)
class StreetMean:
    street: str
    mean_score: float
    compounds: int


@dataclass(frozen=True)
class QuarterlyTrendPoint:
    quarter: str
    mean_score: float
    under_threshold: int


@dataclass(frozen=True)
class QuarterlyReport:
    head: DocumentHead
    provenance: Provenance
    quarter: str
    area: str
    summary: QuarterSummary
    part_headers: tuple[str, ...]
    ranking: tuple[QuarterlyRankingRow, ...]
    red_list: tuple[ListedFirm, ...]
    black_list: tuple[ListedFirm, ...]
    cards: tuple[QuarterlyCardLine, ...]
    interviews: tuple[QuarterlyInterviewLine, ...]
    complaints: ComplaintSummary
    hot_topics: tuple[HotTopicLine, ...]
    score_bands: tuple[QuarterlyScoreBand, ...]
    street_means: tuple[StreetMean, ...]
    trend: tuple[QuarterlyTrendPoint, ...]
    tie_rule: str


def render_quarterly(
    view: QuarterlyReport, out: BinaryIO, *, progress: Progress | None = None
) -> Rendering:
    styles = make_styles()
    digest = report_digest(view)
    story: list[Flowable] = title_block(view.head, styles)
    story += _summary(view, styles)
    story += _charts(view, styles)
    story += _lists(view, styles)
    story += _cards_and_interviews(view, styles)
    story += _complaints(view, styles)
    story.append(closing_block(view.head, view.provenance, digest, styles))
    story += _ranking(view, styles)
    return render_document(out, story, view.head, view.provenance, digest, progress=progress)


def _summary(view: QuarterlyReport, styles: Styles) -> list[Flowable]:
    s = view.summary
    period = chinese_quarter(view.quarter)
    text = (
        f"{period}，对{view.area}{count(s.firms_evaluated)}家物业服务企业所服务的"
        f"{count(s.compounds_inspected)}个小区开展考评（明察暗访及第三方检查），共完成检查"
        f"{count(s.inspections)}次。企业季度平均得分{points(s.mean_score)}分，"
        f"最高{points(s.highest_score)}分，最低"
        f"{points(s.lowest_score)}分；得分低于{s.threshold:g}分的企业{count(s.under_threshold)}家。"
        f"本季度列入红榜{s.red_count}家、黑榜{s.black_count}家；发出黄牌警告{s.yellow_cards}张、"
        f"红牌警告{s.red_cards}张；应约谈企业{s.interviews}家。"
    )
    figures = [
        ("考评企业数", count(s.firms_evaluated)),
        ("受检小区数", count(s.compounds_inspected)),
        ("检查次数", count(s.inspections)),
        ("平均得分", points(s.mean_score)),
        (f"低于{s.threshold:g}分企业", count(s.under_threshold)),
        ("红榜 / 黑榜", f"{s.red_count} / {s.black_count}"),
        ("黄牌 / 红牌", f"{s.yellow_cards} / {s.red_cards}"),
        ("应约谈企业", count(s.interviews)),
    ]
    half = len(figures) // 2
    rows = [
        [a_label, a_value, b_label, b_value]
        for (a_label, a_value), (b_label, b_value) in zip(
            figures[:half], figures[half:], strict=True
        )
    ]
    width = FRAME_WIDTH / 4
    columns = [
        TableColumn("指标", width),
        TableColumn("数值", width),
        TableColumn("指标", width),
        TableColumn("数值", width),
    ]
    return [
        *section("一、总体情况", styles.heading),
        paragraph(text, styles.body_indent),
        Spacer(1, 3 * mm),
        data_table(columns, rows, styles),
    ]


def _charts(view: QuarterlyReport, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [*section("二、得分分布与变化", styles.heading)]
    low = sum(1 for band in view.score_bands if band.below_threshold)
    histogram = charts.score_histogram(
        [(b.label, b.count) for b in view.score_bands], styles.font, FRAME_WIDTH, low_bands=low
    )
    story.append(
        KeepTogether(
            [histogram, paragraph("图1　企业季度得分分布（红色为不及格区间）", styles.caption)]
        )
    )
    if view.street_means:
        drawings = charts.street_means(
            [(m.street, m.mean_score) for m in view.street_means], styles.font, FRAME_WIDTH
        )
        for index, drawing in enumerate(drawings):
            suffix = f"（{index + 1}/{len(drawings)}）" if len(drawings) > 1 else ""
            story.append(
                KeepTogether(
                    [
                        drawing,
                        paragraph(f"图2　各街道在管物业服务企业平均得分{suffix}", styles.caption),
                    ]
                )
            )
    if len(view.trend) > 1:
        trend = charts.trend_chart(
            [(chinese_quarter(p.quarter), p.mean_score) for p in view.trend],
            styles.font,
            FRAME_WIDTH,
        )
        story.append(
            KeepTogether([trend, paragraph("图3　各季度企业平均得分走势", styles.caption)])
        )
    return story


def _listed_table(entries: Sequence[ListedFirm], styles: Styles, *, with_reason: bool) -> Flowable:
    columns = [
        TableColumn("序号", 12 * mm),
        TableColumn("企业名称", 62 * mm if with_reason else 82 * mm, "LEFT"),
        TableColumn("统一社会信用代码", 40 * mm),
        TableColumn("得分", 16 * mm),
        TableColumn("名次", 14 * mm),
    ]
    if with_reason:
        columns.append(TableColumn("列入原因", FRAME_WIDTH - sum(c.width for c in columns), "LEFT"))
    else:
        columns[1] = TableColumn(
            "企业名称", FRAME_WIDTH - sum(c.width for c in columns) + 82 * mm, "LEFT"
        )
    rows = [
        [
            str(e.position),
            e.name,
            e.credit_code,
            points(e.score),
            str(e.rank) if e.rank is not None else "—",
            *([e.reason] if with_reason else []),
        ]
        for e in entries
    ]
    return data_table(columns, rows, styles)


def _lists(view: QuarterlyReport, styles: Styles) -> list[Flowable]:
    return [
        *section("三、红榜与黑榜", styles.heading),
        *section(f"（一）红榜（{len(view.red_list)}家）", styles.subheading),
        _listed_table(view.red_list, styles, with_reason=False),
        *section(f"（二）黑榜（{len(view.black_list)}家）", styles.subheading),
        _listed_table(view.black_list, styles, with_reason=True),
    ]


def _cards_and_interviews(view: QuarterlyReport, styles: Styles) -> list[Flowable]:
    card_columns = [
        TableColumn("企业名称", 68 * mm, "LEFT"),
        TableColumn("警告", 14 * mm),
        TableColumn("扣分", 14 * mm),
        TableColumn("事由", FRAME_WIDTH - 96 * mm, "LEFT"),
    ]
    card_rows = [
        [
            c.name,
            CARD_COLOR_LABELS.get(c.color, c.color),
            points(c.deduction, 1),
            c.reason,
        ]
        for c in view.cards
    ]
    interview_columns = [
        TableColumn("企业名称", 74 * mm, "LEFT"),
        TableColumn("统一社会信用代码", 40 * mm),
        TableColumn("得分", 18 * mm),
        TableColumn("名次", 16 * mm),
        TableColumn("状态", FRAME_WIDTH - 148 * mm),
    ]
    interview_rows = [
        [i.name, i.credit_code, points(i.score), str(i.rank or "—"), i.status]
        for i in view.interviews
    ]
    threshold = f"{view.summary.threshold:g}"
    return [
        *section("四、黄牌、红牌警告", styles.heading),
        data_table(card_columns, card_rows, styles, empty_text="本季度未发出黄牌、红牌警告。"),
        *section("五、约谈", styles.heading),
        paragraph(
            f"季度得分低于{threshold}分的企业应予约谈，约谈后限期整改，并组织复查。", styles.body
        ),
        data_table(
            interview_columns,
            interview_rows,
            styles,
            empty_text=f"本季度无得分低于{threshold}分的企业。",
        ),
    ]


def _complaints(view: QuarterlyReport, styles: Styles) -> list[Flowable]:
    c = view.complaints
    text = (
        f"本季度受理涉及物业服务的投诉工单{count(c.tickets)}件（含12345热线），受理率"
        f"{percent(c.acceptance)}，办结率{percent(c.resolution)}，按时办结率{percent(c.on_time)}，"
        f"群众满意率{percent(c.satisfaction)}，返工率{percent(c.redo)}；"
        f"返工三次以上升级督办{count(c.escalated)}件。"
    )
    topic_columns = [
        TableColumn("序号", 14 * mm),
        TableColumn("投诉类别", FRAME_WIDTH - 74 * mm, "LEFT"),
        TableColumn("工单数", 30 * mm),
        TableColumn("占比", 30 * mm),
    ]
    topic_rows = [
        [str(i + 1), t.category, count(t.count), percent(t.share)]
        for i, t in enumerate(view.hot_topics)
    ]
    return [
        *section("六、投诉处理", styles.heading),
        paragraph(text, styles.body_indent),
        *section("投诉热点（按工单数排序）", styles.subheading),
        data_table(topic_columns, topic_rows, styles, empty_text="本季度无投诉工单。"),
    ]


def _ranking(view: QuarterlyReport, styles: Styles) -> list[Flowable]:
    part_width = 15 * mm
    fixed = 11 * mm + part_width * len(view.part_headers) + 14 * mm + 12 * mm + 11 * mm
    columns = [
        TableColumn("名次", 11 * mm),
        TableColumn("企业名称", FRAME_WIDTH - fixed, "LEFT"),
        *(TableColumn(header, part_width) for header in view.part_headers),
        TableColumn("季度\n得分", 14 * mm),
        TableColumn("受检\n小区", 12 * mm),
        TableColumn("备注", 11 * mm),
    ]
    rows = [
        [
            str(r.rank),
            r.name,
            *(points(p) for p in r.parts),
            points(r.score),
            str(r.compounds_inspected),
            _MARKS.get(r.mark, ""),
        ]
        for r in view.ranking
    ]
    fills = {RED: RED_LIST_FILL, BLACK: BLACK_LIST_FILL}
    highlights = [(i, fills[r.mark]) for i, r in enumerate(view.ranking) if r.mark in fills]
    return [
        PageBreak(),
        *section("附件", styles.subheading),
        paragraph(f"{chinese_quarter(view.quarter)}物业服务企业考评得分排名表", styles.title),
        paragraph(
            f"共{count(len(view.ranking))}家企业，按季度得分从高到低排列。{view.tie_rule}"
            "各部分得分列标题中括号内为该部分满分。",
            styles.note,
        ),
        Spacer(1, 2 * mm),
        data_table(columns, rows, styles, highlights=highlights),
    ]
