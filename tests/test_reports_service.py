"""Reports end to end: demo data, evaluated by the evaluation service, printed by `hexie report`.

The PDFs must say what the services say: the same firms, scores and list entries as
`quarter_scores`/`quarter_lists` (what `hexie scores`/`hexie lists` print), a QR code and short code
that the database reproduces, files written whole or not at all, and user errors in Chinese.
"""

import io
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from hexie_desktop.cli.main import main
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.paths import DataDir
from hexie_desktop.reports.verification import qr_payload, report_digest, short_code
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.quarters import finalise_quarter
from hexie_desktop.services.evaluation.results_view import quarter_lists, quarter_scores
from hexie_desktop.services.grading.grade import grade_year
from hexie_desktop.services.reporting import printing as reporting
from hexie_desktop.services.reporting.printing import ReportRequest, verify_report, write_report
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity

Q1, Q2 = Quarter(2026, 1), Quarter(2026, 2)

# The evaluation and grading services still call Result.tuples(), deprecated since SQLAlchemy 2.1;
# this filter goes when they stop. Report code itself must not warn.
pytestmark = pytest.mark.filterwarnings(
    r"ignore:The Result.tuples\(\) method is deprecated:sqlalchemy.exc.SADeprecationWarning"
)


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A small district, two quarters evaluated, 2026 communities graded; shared by the module."""
    store = open_store(DataDir(tmp_path_factory.mktemp("evaluated")))
    init_identity(store, "clerk", "王文员")
    generate_demo(store, DemoOptions(firms=40, compounds=120, quarters=[Q1, Q2], seed=7))
    evaluate_quarter(store, Q1)
    evaluate_quarter(store, Q2)
    grade_year(store, 2026)
    yield store
    store.close()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def ranking_cells(lines: list[str], rank: int, name: str) -> list[str]:
    """The six cells after a firm's name in the ranking: each cell is a line of extracted text,
    and a long name wrapped in its cell is several lines."""
    for i, line in enumerate(lines):
        if line != str(rank):
            continue
        joined, j = "", i + 1
        while j < len(lines) and len(joined) < len(name):
            joined += lines[j]
            j += 1
        if joined == name:
            return lines[j : j + 6]
    raise AssertionError(f"{rank} {name} is not in the ranking")


def test_quarterly_report_prints_what_the_score_service_says(
    evaluated: Store, tmp_path: Path
) -> None:
    out = tmp_path / "季度报告.pdf"
    written = write_report(evaluated, ReportRequest.quarterly(Q2), out)
    text = pdf_text(out)
    table = quarter_scores(evaluated, Q2).as_dict()["firms"]
    assert len(table) > 20
    lines = text[text.index("考评得分排名表") :].splitlines()
    for firm in table:
        cells = ranking_cells(lines, firm["rank"], firm["name"])
        assert cells[4] == f"{firm['score']:.2f}"
        assert sorted(cells[:4]) == sorted(f"{v:.2f}" for v in firm["parts"].values())
        assert cells[5] == str(firm["compounds_inspected"])
    found = quarter_lists(evaluated, Q2).as_dict()
    for entry in found["red"] + found["black"]:
        assert entry["name"] in text and entry["credit_code"] in text
    unwrapped = "".join(text.split())
    for card in found["cards"]:
        assert "".join(card["reason"].split()) in unwrapped
    assert written.pages == pages(out)
    assert 4 <= written.pages <= 12
    assert f"第 {written.pages} 页 共 {written.pages} 页" in text
    assert written.code in text and "数据暂定" in text


def test_lists_notice_and_its_code_are_reproducible(evaluated: Store, tmp_path: Path) -> None:
    out = tmp_path / "红黑榜.pdf"
    written = write_report(evaluated, ReportRequest.lists(Q2), out)
    text = pdf_text(out)
    found = quarter_lists(evaluated, Q2).as_dict()
    for entry in found["red"] + found["black"]:
        score = "—" if entry["score"] is None else f"{entry['score']:.2f}"
        assert entry["name"] in text and score in text
    again = write_report(evaluated, ReportRequest.lists(Q2), tmp_path / "again.pdf")
    assert again.digest == written.digest
    check = verify_report(evaluated, qr_payload("lists", str(Q2), written.digest))
    assert check.matches
    typed = verify_report(evaluated, written.code.lower(), kind="lists", subject=str(Q2))
    assert typed.matches
    assert not verify_report(evaluated, "0000-0000-0000", kind="lists", subject=str(Q2)).matches


def test_finalising_the_quarter_changes_the_code_of_a_provisional_print(
    evaluated: Store, tmp_path: Path
) -> None:
    provisional = write_report(evaluated, ReportRequest.quarterly(Q1), tmp_path / "q1.pdf")
    finalise_quarter(evaluated, Q1)
    final = write_report(evaluated, ReportRequest.quarterly(Q1), tmp_path / "q1-final.pdf")
    assert final.digest != provisional.digest
    assert "数据已定稿" in pdf_text(tmp_path / "q1-final.pdf")
    stale = verify_report(evaluated, qr_payload("quarterly", str(Q1), provisional.digest))
    assert not stale.matches and stale.current_code == final.code


def test_interview_notice_and_credit_file_of_an_interviewed_firm(
    evaluated: Store, tmp_path: Path
) -> None:
    interviews = quarter_lists(evaluated, Q2).as_dict()["interviews"]
    assert interviews, "the demo district should have firms under 60"
    firm = interviews[0]
    notice = tmp_path / "约谈.pdf"
    write_report(evaluated, ReportRequest.interview(firm["credit_code"], Q2), notice)
    text = pdf_text(notice)
    assert f"{firm['name']}：" in text and f"{firm['score']:.2f}" in text
    assert "三、整改要求" in text
    credit = tmp_path / "档案.pdf"
    written = write_report(evaluated, ReportRequest.firm(firm["credit_code"], Q2.last_day), credit)
    text = pdf_text(credit)
    assert firm["credit_code"] in text and f"{firm['score']:.2f}" in text
    assert verify_report(
        evaluated, qr_payload("firm", f"{firm['credit_code']}@{Q2.last_day}", written.digest)
    ).matches


def test_community_grading_result(evaluated: Store, tmp_path: Path) -> None:
    out = tmp_path / "社区.pdf"
    write_report(evaluated, ReportRequest.community(2026), out)
    text = pdf_text(out)
    assert "和谐社区等级评定结果" in text and "AAA" in text


def test_qr_code_in_the_pdf_is_the_hash_the_database_gives(
    evaluated: Store, tmp_path: Path
) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    image = pytest.importorskip("PIL.Image")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    out = tmp_path / "红黑榜.pdf"
    write_report(evaluated, ReportRequest.lists(Q2), out)
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(out), str(tmp_path / "p")], check=True)
    decoded = [
        code.text
        for png in sorted(tmp_path.glob("p*.png"))
        for code in zxingcpp.read_barcodes(image.open(png))
    ]
    digest = report_digest(reporting.build_view(evaluated, ReportRequest.lists(Q2)))
    assert decoded == [qr_payload("lists", str(Q2), digest)]
    assert short_code(digest) in pdf_text(out)


def test_a_failed_rendering_leaves_no_file(
    evaluated: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "报告.pdf"

    def broken(_view: object, handle: io.BufferedWriter, **_options: object) -> None:
        handle.write(b"%PDF-1.4 half a file")
        raise RuntimeError("disk pulled")

    monkeypatch.setitem(reporting._RENDERERS, "lists", broken)
    with pytest.raises(RuntimeError):
        write_report(evaluated, ReportRequest.lists(Q2), out)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "firm", "--firm", "91110000600037341L"], "找不到统一社会信用代码"),
        (["report", "firm", "--firm", "12345"], "统一社会信用代码"),
        (["report", "quarterly", "--quarter", "2026Q5"], "季度格式不正确"),
        (["report", "lists", "--quarter", "2025Q3"], "尚未考评"),
        (["report", "community", "--year", "2030"], "尚未进行和谐社区等级评定"),
    ],
)
def test_bad_input_is_a_chinese_message_and_status_2(
    evaluated: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "r.pdf"
    status = main(["--data-dir", str(evaluated.data_dir.root), *args, "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 2
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_unwritable_output_is_a_user_error(evaluated: Store, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    with pytest.raises(UserError, match="无法写入"):
        write_report(evaluated, ReportRequest.lists(Q2), not_a_folder / "r.pdf")
    with pytest.raises(UserError, match="文件夹"):
        write_report(evaluated, ReportRequest.lists(Q2), tmp_path)


def test_cli_writes_the_report_and_verifies_it(
    evaluated: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "q.pdf"
    root = str(evaluated.data_dir.root)
    assert (
        main(
            [
                "--data-dir",
                root,
                "report",
                "lists",
                "--quarter",
                "2026Q2",
                "--out",
                str(out),
                "--json",
            ]
        )
        == 0
    )
    written = json.loads(capsys.readouterr().out)
    assert written["pages"] == pages(out)
    args = [
        "--data-dir",
        root,
        "report",
        "verify",
        written["code"],
        "--kind",
        "lists",
        "--subject",
        "2026Q2",
    ]
    assert main(args) == 0
    assert "核验通过" in capsys.readouterr().out
