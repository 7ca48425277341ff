"""The community grading result (和谐社区等级评定结果) of a year: grades, changes against last
year, public criticism and recommendations upward."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from hexie_desktop.reports.document import DocumentHead, Provenance
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
class GradeLine:
    rank: int | None
    community: str
    street: str
    score: float | None
    grade: str
    last_year: str
    change: str
    remark: str


@dataclass(frozen=True)
class CommunityGradingReport:
    head: DocumentHead
    provenance: Provenance
    year: int
    area: str
    rules: str
    grade_counts: tuple[tuple[str, int], ...]
    results: tuple[GradeLine, ...]
    criticised: tuple[str, ...]
    disqualified: tuple[str, ...]
    recommended: tuple[str, ...]


def render_community_grading(
    view: CommunityGradingReport, out: BinaryIO, *, progress: Progress | None = None
) -> Rendering:
    styles = make_styles()
    digest = report_digest(view)
    counts = "，".join(f"{grade}级{n}个" for grade, n in view.grade_counts)
    story: list[Flowable] = title_block(view.head, styles)
    story += [
        paragraph(
            f"根据和谐社区等级评定办法，{view.year}年度对{view.area}符合条件的"
            f"{len(view.results)}个社区进行了等级评定。{view.rules}评定结果为：{counts}。"
            "现将结果公布如下：",
            styles.body_indent,
        ),
        *section("一、评定结果", styles.heading),
        _results(view.results, styles),
        *section("二、推荐上报", styles.heading),
        _names(
            view.recommended,
            "AA级及以上社区推荐参加上级和谐社区评选：",
            "本年度无推荐社区。",
            styles,
        ),
        *section("三、通报批评", styles.heading),
        _names(
            view.criticised,
            "以下社区评定得分低于规定分数，不予定级，予以通报批评，限期整改：",
            "本年度无通报批评的社区。",
            styles,
        ),
        *section("四、取消评定资格", styles.heading),
        _names(
            view.disqualified,
            "以下社区本年度发生重大事件，取消本年度评定资格：",
            "本年度无取消评定资格的社区。",
            styles,
        ),
        closing_block(view.head, view.provenance, digest, styles),
    ]
    return render_document(out, story, view.head, view.provenance, digest, progress=progress)


def _results(lines: Sequence[GradeLine], styles: Styles) -> Flowable:
    columns = [
        TableColumn("名次", 12 * mm),
        TableColumn("社区", FRAME_WIDTH - 126 * mm, "LEFT"),
        TableColumn("街道", 34 * mm, "LEFT"),
        TableColumn("得分", 16 * mm),
        TableColumn("等级", 14 * mm),
        TableColumn("上年等级", 16 * mm),
        TableColumn("变化", 12 * mm),
        TableColumn("备注", 22 * mm),
    ]
    rows = [
        [
            str(line.rank) if line.rank is not None else "—",
            line.community,
            line.street,
            points(line.score),
            line.grade,
            line.last_year,
            line.change,
            line.remark,
        ]
        for line in lines
    ]
    return data_table(columns, rows, styles, empty_text="本年度尚无评定结果。")


def _names(names: Sequence[str], lead: str, empty: str, styles: Styles) -> Flowable:
    if not names:
        return paragraph(empty, styles.body)
    return paragraph(lead + "、".join(names) + "。", styles.body_indent)
