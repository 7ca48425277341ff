"""Spreadsheets out: an export holds exactly what the JSON commands hold, formula-like text is
neutralised in .xlsx and .csv, and the firm register exported imports back unchanged."""

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter
from sqlmodel import SQLModel, col, select

from hexie_desktop.cli.main import main
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.demo import generate as demo
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.results_view import quarter_lists, quarter_scores
from hexie_desktop.services.export.request import ExportRequest
from hexie_desktop.services.export.service import build_export, export_table
from hexie_desktop.services.export.table import FORMULA_STARTS, ExportColumn, ExportTable, Kind
from hexie_desktop.services.export.writers import csv_bytes, write_table
from hexie_desktop.services.master import importing
from hexie_desktop.services.reporting.printing import verify_report
from hexie_desktop.services.store import Store
from hexie_desktop.storage.spreadsheets import read_sheet
from hexie_desktop.storage.tables import Firm
from tests.test_import import table_digest

Q1 = Quarter(2026, 1)


@pytest.fixture
def evaluated(clerk_store: Store) -> Store:
    demo.generate_demo(clerk_store, demo.DemoOptions(firms=12, compounds=40, quarters=[Q1]))
    evaluate_quarter(clerk_store, Q1)
    return clerk_store


def _data(path: Path) -> tuple[str, list[Any], list[tuple[Any, ...]]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    return rows[0][0], list(rows[1]), rows[2:]


def test_scores_export_equals_scores_json(evaluated: Store, tmp_path: Path) -> None:
    out = export_table(evaluated, ExportRequest("scores", quarter=Q1), tmp_path / "s.xlsx").path
    title, headers, rows = _data(out)
    document = quarter_scores(evaluated, Q1).as_dict()
    parts = list(document["firms"][0]["parts"])
    expected = [
        (
            f["rank"],
            f["name"],
            f["credit_code"],
            f["score"],
            *(f["parts"][p] for p in parts),
            f["compounds_inspected"],
            f["raw_score"],
            f["deductions"],
            f["satisfaction"],
            f["households"],
        )
        for f in document["firms"]
    ]
    assert rows == expected
    assert headers[:4] == ["名次", "企业名称", "统一社会信用代码", "季度得分"]
    code = title.rsplit(" ", 1)[1]
    assert title.startswith("季度考评得分排名　2026年第1季度　暂定　校验码 ")
    assert verify_report(evaluated, code, kind="quarterly", subject="2026Q1").matches
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert sheet.freeze_panes == "A3"
    assert sheet.cell(3, 4).number_format == "0.00"
    assert str(sheet.merged_cells) == f"A1:{get_column_letter(len(headers))}1"


def test_lists_cards_and_interviews_equal_lists_json(evaluated: Store, tmp_path: Path) -> None:
    document = quarter_lists(evaluated, Q1).as_dict()
    _, _, rows = _data(
        export_table(evaluated, ExportRequest("lists", quarter=Q1), tmp_path / "l.xlsx").path
    )
    expected = [
        (
            {"red": "红榜", "black": "黑榜"}[kind],
            e["position"],
            e["name"],
            e["credit_code"],
            e["score"],
            e["metric"],
            "是" if e["red_card"] else "否",
        )
        for kind in ("red", "black")
        for e in document[kind]
    ]
    assert rows == expected and rows
    _, _, rows = _data(
        export_table(evaluated, ExportRequest("cards", quarter=Q1), tmp_path / "c.xlsx").path
    )
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        (c["name"], c["credit_code"], c["reason"], c["deduction"]) for c in document["cards"]
    ]
    assert [r[5].date() for r in rows] == [
        dt.date.fromisoformat(c["issued_on"]) for c in document["cards"]
    ]
    _, _, rows = _data(
        export_table(evaluated, ExportRequest("interviews", quarter=Q1), tmp_path / "i.xlsx").path
    )
    assert [r[:3] for r in rows] == [
        (i["name"], i["credit_code"], i["score"]) for i in document["interviews"]
    ]


def test_csv_is_utf8_with_a_bom_or_gb18030(evaluated: Store, tmp_path: Path) -> None:
    request = ExportRequest("scores", quarter=Q1)
    data = export_table(evaluated, request, tmp_path / "s.csv").path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    first = quarter_scores(evaluated, Q1).as_dict()["firms"][0]
    assert rows[0][:4] == ["名次", "企业名称", "统一社会信用代码", "季度得分"]
    assert rows[1][:4] == [
        str(first["rank"]),
        first["name"],
        first["credit_code"],
        f"{first['score']:.2f}",
    ]
    gb = export_table(evaluated, request, tmp_path / "g.csv", encoding="gb18030").path.read_bytes()
    assert gb.decode("gb18030") == data.decode("utf-8-sig")


TEXT = ExportColumn("名称")


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_formula_like_text_is_neutralised_in_xlsx_and_csv(tmp_path: Path, start: str) -> None:
    value = f'{start}HYPERLINK("http://x","点我")'
    table = ExportTable(
        "测试", "", "", "", (TEXT, ExportColumn("分", Kind.NUMBER)), [(value, -1.5)]
    )
    write_table(table, tmp_path / "x.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    assert sheet is not None
    cell = sheet.cell(3, 1)
    # openpyxl leaves the XML escape of a carriage return as it is; Excel reads it as "\r".
    assert cell.value.replace("_x000D_", "\r") == value
    assert cell.data_type == "s" and cell.quotePrefix
    assert sheet.cell(3, 2).value == -1.5
    rows = list(csv.reader(io.StringIO(csv_bytes(table).decode("utf-8-sig"), newline="")))
    assert rows[1] == ["'" + value, "-1.50"]


def test_firm_register_exported_imports_back_unchanged(clerk_store: Store, tmp_path: Path) -> None:
    demo.generate_demo(clerk_store, demo.DemoOptions(firms=12, compounds=40, master_only=True))
    with clerk_store.transaction() as session:
        firm = session.exec(select(Firm).order_by(col(Firm.credit_code))).first()
        assert firm is not None
        firm.name = "=物业" + firm.name
        firm.legal_representative = "+张三"
    tables = [name for name in SQLModel.metadata.tables if not name.startswith("audit")]
    before = table_digest(clerk_store, tables)
    for name in ("f.xlsx", "f.csv"):
        path = export_table(clerk_store, ExportRequest("firms"), tmp_path / name).path
        result = importing.import_firms(clerk_store, path).value
        assert result.tables["firm"].unchanged == 12, name
    # The imports themselves are audited; every other table, firms included, is as it was.
    assert table_digest(clerk_store, tables) == before


def test_cli_export_and_its_mistakes(
    evaluated: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evaluated.close()
    out = tmp_path / "榜.xlsx"
    assert main(["export", "lists", "--quarter", "2026Q1", "--out", str(out)]) == 0
    assert out.is_file() and "已导出红黑榜" in capsys.readouterr().out
    assert main(["export", "scores", "--out", str(out)]) == 2
    assert "--quarter" in capsys.readouterr().err
    assert main(["export", "scores", "--quarter", "2026Q1", "--out", str(tmp_path / "x.pdf")]) == 2
    assert ".xlsx 或 .csv" in capsys.readouterr().err
    assert main(["export", "scores", "--quarter", "2027Q1", "--out", str(out)]) == 2
    assert "尚未考评" in capsys.readouterr().err
    assert main(["report", "quarterly", "--quarter", "2026Q1", "--out", str(out)]) == 2
    assert "hexie export" in capsys.readouterr().err


def test_grading_export_holds_what_grade_json_holds(
    evaluated: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every community of `hexie grade --json`, in its order: rank, names, score, grades, change."""
    assert main(["grade", "--year", "2026"]) == 0
    capsys.readouterr()
    assert main(["grade", "--year", "2026", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    table = build_export(evaluated, ExportRequest("grading", year=2026))
    assert document["communities"]
    assert [row[:7] for row in table.rows] == [
        (
            c["rank"],
            c["street"],
            c["community"],
            c["score"],
            c["grade"],
            c["last_grade"],
            c["change_label"],
        )
        for c in document["communities"]
    ]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(
        st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00\t"), min_size=1)
        .map(lambda t: t.replace("\r\n", "\n"))
        .filter(lambda t: t.strip() != ""),
        min_size=1,
        max_size=8,
    )
)
def test_any_text_exported_to_csv_reads_back_as_itself(tmp_path: Path, names: list[str]) -> None:
    """Guarded or not, a text comes back from the importer's CSV reader exactly as exported.

    (Tabs are left out: the reader takes a file with more tabs than commas for tab-separated.)
    """
    table = ExportTable("测试", "", "", "", (TEXT,), [(name,) for name in names])
    path = tmp_path / "round.csv"
    path.write_bytes(csv_bytes(table))
    read = [cells[0] for _number, cells in read_sheet(path).rows[1:]]
    assert read == names
