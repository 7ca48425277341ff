"""The report renderers on hand-made view models: content, fonts, pages, header rows, QR code.

These tests need no database: they pin down what each report prints from its view model. The
end-to-end tests (test_reports_service.py) check that the view models hold the service's numbers.
"""

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from hexie_desktop.reports.community import (
    CommunityGradingReport,
    GradeLine,
    render_community_grading,
)
from hexie_desktop.reports.credit_file import (
    CardHistoryLine,
    ComplaintHistoryLine,
    CreditEntryLine,
    CreditFileReport,
    FirmIdentity,
    InterviewHistoryLine,
    ScoreHistoryLine,
    render_credit_file,
)
from hexie_desktop.reports.document import DocumentHead, Provenance
from hexie_desktop.reports.interview_notice import (
    InterviewNotice,
    NoticeDeductionLine,
    PartLine,
    render_interview_notice,
)
from hexie_desktop.reports.lists_notice import ListsNotice, NoticeEntry, render_lists_notice
from hexie_desktop.reports.quarterly import (
    ComplaintSummary,
    HotTopicLine,
    ListedFirm,
    QuarterlyCardLine,
    QuarterlyInterviewLine,
    QuarterlyRankingRow,
    QuarterlyReport,
    QuarterlyScoreBand,
    QuarterlyTrendPoint,
    QuarterSummary,
    StreetMean,
    render_quarterly,
)
from hexie_desktop.reports.verification import (
    normalise_short_code,
    parse_qr_payload,
    qr_payload,
    report_digest,
    short_code,
)

NOW = dt.datetime(2026, 4, 10, 9, 30, tzinfo=dt.UTC)
HEAD = DocumentHead("和平区住房和建设局", "和住建考〔2026〕1号", "测试文件", dt.date(2026, 4, 10))


def provenance(kind: str, subject: str, *, finalised: bool = True) -> Provenance:
    return Provenance(kind, subject, "2026年第一季度考评结果", finalised, 1, "1", NOW)


def firm_name(i: int) -> str:
    return f"安居{i:04d}物业服务有限公司"


def quarterly_view(firms: int, *, finalised: bool = True) -> QuarterlyReport:
    ranking = tuple(
        QuarterlyRankingRow(
            rank=i + 1,
            credit_code=f"91110000{i:010d}",
            name=firm_name(i),
            parts=(20.0, 20.0, 25.0, 15.0 - i * 0.01),
            score=round(80.0 - i * 0.01, 2),
            compounds_inspected=3,
            mark="red" if i < 3 else ("black" if i >= firms - 2 else ""),
        )
        for i in range(firms)
    )
    red = tuple(
        ListedFirm(i + 1, r.credit_code, r.name, r.score, r.rank) for i, r in enumerate(ranking[:3])
    )
    black = tuple(
        ListedFirm(i + 1, r.credit_code, r.name, r.score, r.rank, "得分排名末位")
        for i, r in enumerate(ranking[-2:])
    )
    return QuarterlyReport(
        head=dataclasses.replace(HEAD, title="关于2026年第一季度物业服务企业考评结果的通报"),
        provenance=provenance("quarterly", "2026Q1", finalised=finalised),
        quarter="2026Q1",
        area="和平区",
        summary=QuarterSummary(firms, 40, 44, 78.5, 80.0, 70.1, 0, 60, 3, 2, 1, 0, 0),
        part_headers=(
            "合同履行\n（25）",
            "投诉处理\n（25）",
            "现场检查\n（30）",
            "业主评价\n（20）",
        ),
        ranking=ranking,
        red_list=red,
        black_list=black,
        cards=(
            QuarterlyCardLine(
                ranking[-1].credit_code, ranking[-1].name, "yellow", "擅自提高收费标准", 2.0
            ),
        ),
        interviews=(
            QuarterlyInterviewLine(
                ranking[-1].credit_code, ranking[-1].name, 55.5, firms, "待约谈"
            ),
        ),
        complaints=ComplaintSummary(120, 0.98, 0.9, 0.85, 0.8, 0.05, 1),
        hot_topics=(HotTopicLine("环境卫生", 60, 0.5), HotTopicLine("电梯故障", 60, 0.5)),
        score_bands=tuple(
            QuarterlyScoreBand(f"{lo}-{lo + 10}", 3, lo < 60) for lo in range(40, 100, 10)
        ),
        street_means=(StreetMean("新华街道", 78.2, 12), StreetMean("解放街道", 58.1, 9)),
        trend=(QuarterlyTrendPoint("2025Q4", 76.0, 2), QuarterlyTrendPoint("2026Q1", 78.5, 0)),
        tie_rule="同分者按统一社会信用代码排序。",
    )


def render(renderer: Any, view: Any) -> tuple[bytes, Any]:
    buffer = io.BytesIO()
    rendering = renderer(view, buffer)
    return buffer.getvalue(), rendering


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_quarterly_prints_every_firm_and_repeats_the_header_row() -> None:
    view = quarterly_view(300)
    pdf, rendering = render(render_quarterly, view)
    pages = text_of(pdf)
    assert rendering.pages == len(pages)
    whole = "\n".join(pages)
    for row in view.ranking:
        assert row.name in whole
    assert "79.99" in whole and "77.01" in whole
    first_ranking_page = next(i for i, p in enumerate(pages) if "考评得分排名表" in p)
    ranking_pages = pages[first_ranking_page:]
    assert len(ranking_pages) >= 5
    assert all("企业名称" in p and "季度" in p for p in ranking_pages)
    # ~50 rows a page: 300 rows are 6 to 8 pages of annex, plus the front matter
    assert 8 <= len(pages) <= 14
    assert f"第 1 页 共 {len(pages)} 页" in pages[0]
    assert f"第 {len(pages)} 页 共 {len(pages)} 页" in pages[-1]


def test_quarterly_front_matter_holds_summary_lists_cards_and_topics() -> None:
    view = quarterly_view(20)
    pdf, _ = render(render_quarterly, view)
    front = "\n".join(text_of(pdf))
    for expected in ("和平区住房和建设局", "和住建考〔2026〕1号", "一、总体情况", "三、红榜与黑榜"):
        assert expected in front
    assert "擅自提高收费标准" in front
    assert "环境卫生" in front and "50.0%" in front
    assert "数据已定稿" in front


def test_a_provisional_report_says_so_on_every_page() -> None:
    pdf, _ = render(render_quarterly, quarterly_view(120, finalised=False))
    pages = text_of(pdf)
    assert all("数据暂定" in p and "暂 定 稿" in p for p in pages)


def embedded_fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(BaseFont, has FontFile2) for every font any page uses."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, dict)
        fonts = resources.get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            found[str(font["/BaseFont"])] = (
                descriptor is not None and "/FontFile2" in descriptor.get_object()
            )
    return sorted(found.items())


def test_every_font_is_an_embedded_subset() -> None:
    pdf, _ = render(render_quarterly, quarterly_view(60))
    fonts = embedded_fonts(pdf)
    assert fonts
    for name, has_file in fonts:
        assert re.fullmatch(r"/[A-Z]{6}\+\S+", name), name
        assert has_file, name
    assert len(pdf) < 1_500_000


def test_digest_ignores_printing_time_and_document_number_but_not_data() -> None:
    view = quarterly_view(10)
    later = dataclasses.replace(
        view,
        provenance=dataclasses.replace(view.provenance, generated_at=NOW + dt.timedelta(days=3)),
        head=dataclasses.replace(view.head, number="另一个文号"),
    )
    assert report_digest(later) == report_digest(view)
    changed_row = dataclasses.replace(view.ranking[4], score=view.ranking[4].score + 0.01)
    changed = dataclasses.replace(view, ranking=(*view.ranking[:4], changed_row, *view.ranking[5:]))
    assert report_digest(changed) != report_digest(view)
    provisional = dataclasses.replace(
        view, provenance=dataclasses.replace(view.provenance, finalised=False)
    )
    assert report_digest(provisional) != report_digest(view)


def test_short_code_reads_back_from_what_a_person_types() -> None:
    code = short_code("ab" * 32)
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", code)
    assert normalise_short_code(code.lower().replace("-", " ")) == code
    content = parse_qr_payload(qr_payload("firm", "91110000000000000X", "ab" * 32))
    assert content is not None and content.subject == "91110000000000000X"
    assert parse_qr_payload("something else") is None


def decode_qr_codes(pdf: bytes, tmp_path: Path) -> list[str]:
    zxingcpp = pytest.importorskip("zxingcpp")
    image_module = pytest.importorskip("PIL.Image")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = tmp_path / "report.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", str(source), str(tmp_path / "page")], check=True
    )
    found = []
    for png in sorted(tmp_path.glob("page*.png")):
        found += [code.text for code in zxingcpp.read_barcodes(image_module.open(png))]
    return found


def test_qr_code_carries_the_hash_of_the_view_model(tmp_path: Path) -> None:
    view = quarterly_view(5)
    pdf, rendering = render(render_quarterly, view)
    digest = report_digest(view)
    assert rendering.digest == digest
    assert decode_qr_codes(pdf, tmp_path) == [qr_payload("quarterly", "2026Q1", digest)]
    assert short_code(digest) in "\n".join(text_of(pdf))


def test_lists_notice_names_both_lists() -> None:
    view = ListsNotice(
        head=HEAD,
        provenance=provenance("lists", "2026Q1"),
        quarter="2026Q1",
        area="和平区",
        firms_evaluated=129,
        basis="按季度综合得分排名，得分不低于85分的前10名列入红榜。",
        red_list=(
            NoticeEntry(1, "91110000000000001X", "金色家园物业有限公司", 95.12, "综合得分排名第1"),
        ),
        black_list=(NoticeEntry(1, "91110000000000002X", "宏远物业有限公司", 41.5, "红牌警告"),),
        notice_working_days=5,
        contact="和平区住房和建设局物业管理科",
    )
    pdf, rendering = render(render_lists_notice, view)
    whole = "\n".join(text_of(pdf))
    assert rendering.pages == 1 or "第 2 页" in whole
    for expected in (
        "金色家园物业有限公司",
        "95.12",
        "宏远物业有限公司",
        "红牌警告",
        "2026年4月17日",
    ):
        assert expected in whole


def test_interview_notice_gives_time_place_reasons_and_requirements() -> None:
    view = InterviewNotice(
        head=dataclasses.replace(HEAD, addressee="宏远物业有限公司"),
        provenance=provenance("interview", "2026Q1/91110000000000002X"),
        quarter="2026Q1",
        credit_code="91110000000000002X",
        firm_name="宏远物业有限公司",
        score=55.25,
        rank=128,
        firms_ranked=129,
        threshold=60,
        quarter_deductions=2.0,
        parts=(PartLine("现场检查", 30, 12.5), PartLine("业主评价", 20, None)),
        deductions=(NoticeDeductionLine("阳光小区", "环境卫生", "楼道堆放杂物", 2.0, 1),),
        cards=("黄牌警告：擅自提高收费标准（扣2.0分）",),
        time="2026年4月20日 09:30",
        place="区住建局三楼会议室",
        attendees="企业法定代表人及项目负责人",
        rectification_due="2026年5月20日",
        status="已安排",
    )
    pdf, _ = render(render_interview_notice, view)
    whole = "\n".join(text_of(pdf))
    for expected in (
        "宏远物业有限公司：",
        "55.25",
        "第128位",
        "楼道堆放杂物",
        "2026年4月20日 09:30",
        "区住建局三楼会议室",
        "2026年5月20日",
        "三、整改要求",
        "—",
    ):
        assert expected in whole


def test_credit_file_and_community_grading_render_their_tables() -> None:
    credit = CreditFileReport(
        head=HEAD,
        provenance=provenance("firm", "91110000000000002X"),
        firm=FirmIdentity(
            "91110000000000002X", "宏远物业有限公司", "张三", "和平路1号", "", False, 3, 1200
        ),
        grade="B",
        grade_basis="2025年度得分 65.00",
        annual_scores=((2025, 65.0),),
        scores=(ScoreHistoryLine("2025Q4", 64.5, 100, 129, "黑榜"),),
        cards=(CardHistoryLine("2025Q4", "黄牌", "擅自提高收费标准", 2.0, "2025-12-01", "有效"),),
        entries=(CreditEntryLine("2025-12-01", "不良", 2.0, "黄牌警告", "2026-12-01", "有效"),),
        interviews=(InterviewHistoryLine("2025Q4", 58.0, "已结案", "2026-01-05", "2026-02-05"),),
        complaints=(ComplaintHistoryLine("2025Q4", 12, 0.9, 0.8, None, 0),),
    )
    whole = "\n".join(text_of(render(render_credit_file, credit)[0]))
    for expected in (
        "宏远物业有限公司",
        "64.50",
        "100 / 129",
        "擅自提高收费标准",
        "90.0%",
        "2026-12-01",
    ):
        assert expected in whole
    grading = CommunityGradingReport(
        head=HEAD,
        provenance=provenance("community", "2026"),
        year=2026,
        area="和平区",
        rules="按得分排名，前10%为AAA级。",
        grade_counts=(("AAA", 1), ("AA", 0), ("A", 0)),
        results=(
            GradeLine(1, "新华社区", "新华街道", 91.2, "AAA", "AA", "升", "推荐上报"),
            GradeLine(2, "解放社区", "解放街道", 65.0, "不定级", "A", "降级", "通报批评"),
        ),
        criticised=("解放社区",),
        disqualified=(),
        recommended=("新华社区",),
    )
    whole = "\n".join(text_of(render(render_community_grading, grading)[0]))
    for expected in ("新华社区", "91.20", "AAA级1个", "升", "解放社区"):
        assert expected in whole
