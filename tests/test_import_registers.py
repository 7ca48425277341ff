"""Registers shaped as district offices keep them: titles, totals and notes rows, two sheets,
GBK and UTF-16 CSV, headers over two lines, invisible characters, and the template."""

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from hexie_desktop.cli.main import main
from hexie_desktop.domain.register_help import REGISTER_HELP
from hexie_desktop.domain.sheet_header import HeaderError
from hexie_desktop.services.export.template import HELP_SHEET, write_template
from hexie_desktop.services.master import importing
from hexie_desktop.services.store import Store
from hexie_desktop.storage.spreadsheets import SpreadsheetError, read_sheet, sheet_names
from tests.test_import import COMPOUND_HEADER, FIRM_HEADER, code, write_csv


def district_firms(path: Path) -> Path:
    """企业 and 小区 sheets; the firms sheet with a merged title, totals and a merged note."""
    book = openpyxl.Workbook()
    firms = book.active
    assert firms is not None
    firms.title = "企业"
    firms.append(["罗湖区物业服务企业名录（2026年）"])
    firms.merge_cells("A1:F1")
    firms.append(FIRM_HEADER)
    firms.append([code(1), "杭州绿城物业服务有限公司", "张伟", "13800138000", "文三路 1 号", "是"])
    firms.append([code(2), "浙江南都物业管理有限公司", "李娜", "0571-88886666", "", "否"])
    firms.append([code(3), "杭州绿城物业服务有限公司", "王五", "", "", "否"])
    firms.append(["合计", "3 家"])
    firms.append(
        ["注：本表由各街道报送，法定代表人以营业执照为准，电话为办公电话，地址为注册地址。"]
    )
    firms.merge_cells("A7:F7")
    firms.append(["制表人：王文员", None, "审核人：李科长"])
    compounds = book.create_sheet("小区")
    compounds.append(COMPOUND_HEADER)
    compounds.append(
        [
            "翠苑一区",
            "西湖区",
            "文新街道",
            "翠苑社区",
            "文一路",
            1200,
            "",
            "否",
            code(1),
            dt.date(2024, 1, 1),
            None,
        ]
    )
    compounds.append(
        [
            "翠苑二区",
            "西湖区",
            "文新街道",
            "翠苑社区",
            "文一路",
            None,
            "",
            "否",
            code(2),
            dt.date(2024, 1, 1),
            None,
        ]
    )
    compounds.append(
        ["翠苑三区", "西湖区", "文新街道", "翠苑社区", "文一路", 0, "", "否", "", None, None]
    )
    compounds.append(["合  计", None, None, None, None, 1200])
    book.active = 0
    book.save(path)
    return path


def test_a_district_register_imports_without_editing(clerk_store: Store, tmp_path: Path) -> None:
    path = district_firms(tmp_path / "罗湖区名录.xlsx")
    assert sheet_names(path) == ["企业", "小区"]
    preview = importing.preview_firms(path, clerk_store)
    assert preview.errors == []
    assert [r.row for r in preview.rows] == [3, 4, 5]
    assert [(s.row, s.message) for s in preview.skipped] == [
        (6, "合计行（“合计”），不是数据，已跳过"),
        (7, "说明或签署行（“注：本表由各街道报送，法定代表人以营业执…”），不是数据，已跳过"),
        (8, "说明或签署行（“制表人：王文员”），不是数据，已跳过"),
    ]
    [same_name] = preview.warnings
    assert same_name.row == 5 and same_name.column == "企业名称"
    assert "与第 3 行同名" in same_name.message and code(1) in same_name.message
    result = importing.import_firms(clerk_store, path).value
    assert result.tables["firm"].inserted == 3
    lines = result.lines()
    assert lines[0] == "已导入 罗湖区名录.xlsx（工作表“企业”）：3 行企业数据。"
    assert sum(line.startswith("跳过第") for line in lines) == 3
    assert sum(line.startswith("提示：第 5 行") for line in lines) == 1


def test_compounds_come_from_their_own_sheet_with_household_warnings(
    clerk_store: Store, tmp_path: Path
) -> None:
    path = district_firms(tmp_path / "名录.xlsx")
    importing.import_firms(clerk_store, path, sheet="企业")
    preview = importing.preview_compounds(path, clerk_store)
    assert preview.sheet_name == "小区" and preview.errors == []
    assert [r.name for r in preview.rows] == ["翠苑一区", "翠苑二区", "翠苑三区"]
    assert [s.row for s in preview.skipped] == [5]
    warned = {(w.row, w.column): w.message for w in preview.warnings}
    assert set(warned) == {(3, "户数"), (4, "户数")}
    assert warned[(3, "户数")].startswith("为空：新小区按 0 户登记")
    assert warned[(4, "户数")].startswith("为 0：")
    assert all("权重由评价政策决定" in m and "中位数" in m for m in warned.values())
    assert importing.import_compounds(clerk_store, path, sheet="小区").value.rows == 3


def test_a_sheet_that_does_not_exist_is_named_with_those_that_do(tmp_path: Path) -> None:
    path = district_firms(tmp_path / "名录.xlsx")
    with pytest.raises(
        SpreadsheetError, match="没有名为“楼栋”的工作表。该工作簿的工作表有：“企业”、“小区”"
    ):
        read_sheet(path, "楼栋")


def test_a_zero_width_space_in_a_code_is_named_and_removed(
    clerk_store: Store, tmp_path: Path
) -> None:
    hidden = code(1)[:6] + "\u200b" + code(1)[6:]
    path = write_csv(tmp_path / "f.csv", [FIRM_HEADER, [hidden, "甲物业"]], "utf-8")
    preview = importing.preview_firms(path)
    assert preview.errors == [] and preview.rows[0].credit_code == code(1)
    [warning] = preview.warnings
    assert warning.column == "统一社会信用代码" and "零宽空格 U+200B" in warning.message


def test_gbk_and_utf16_csv_are_read(clerk_store: Store, tmp_path: Path) -> None:
    rows: list[list[Any]] = [FIRM_HEADER, [code(1), "甲物业"], [code(2), "乙物业"], ["合计", "2"]]
    for encoding in ("gbk", "utf-16"):
        preview = importing.preview_firms(write_csv(tmp_path / f"{encoding}.csv", rows, encoding))
        assert [r.name for r in preview.rows] == ["甲物业", "乙物业"]
        assert [s.row for s in preview.skipped] == [4]


def test_utf16_without_a_byte_order_mark_is_refused_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "u.csv"
    path.write_bytes("统一社会信用代码,企业名称\r\n".encode("utf-16-le"))
    with pytest.raises(SpreadsheetError, match="CSV UTF-8"):
        read_sheet(path)


def test_a_header_over_two_lines_is_named_on_one_line(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "h.csv", [["统一社会\n信用代码", "法定\n代表人"], [code(1), "甲"]], "utf-8"
    )
    with pytest.raises(HeaderError) as caught:
        importing.preview_firms(path)
    assert "\n" not in caught.value.message
    assert "“统一社会 信用代码”、“法定 代表人”" in caught.value.message


def test_a_csv_guarded_formula_reads_as_the_text(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [FIRM_HEADER, [code(1), "'=甲物业"]], "utf-8-sig")
    assert importing.preview_firms(path).rows[0].name == "=甲物业"


@pytest.mark.parametrize("kind", ["firms", "compounds"])
def test_the_template_explains_every_column_and_imports_its_example(
    clerk_store: Store, tmp_path: Path, kind: str
) -> None:
    if kind == "compounds":
        importing.import_firms(clerk_store, write_template("firms", tmp_path / "f.xlsx"))
    path = write_template(kind, tmp_path / f"{kind}.xlsx")
    book = openpyxl.load_workbook(path)
    register, explained = book.worksheets
    assert explained.title == HELP_SHEET
    headers = [c.value for c in register[1]]
    assert [row[0] for row in explained.iter_rows(min_row=3, values_only=True)] == headers
    assert all(row[2] for row in explained.iter_rows(min_row=3, values_only=True))
    validations = register.data_validations.dataValidation
    assert validations
    assert all(dv.type == "list" and dv.formula1 == '"是,否"' for dv in validations)
    if kind == "compounds":
        example = dict(zip(headers, (c.value for c in register[2]), strict=True))
        assert example["合同开始日期"] == dt.datetime(2024, 1, 1)
        assert example["户数"] == 1200
    importer = importing.import_firms if kind == "firms" else importing.import_compounds
    assert importer(clerk_store, path).value.rows == 1


def test_cli_template_and_sheet(
    clerk_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clerk_store.close()
    out = tmp_path / "模板.xlsx"
    assert main(["import", "template", "firms", "--out", str(out)]) == 0
    assert out.is_file()
    path = district_firms(tmp_path / "名录.xlsx")
    assert main(["import", "firms", str(path), "--sheet", "企业", "--json"]) == 0
    capsys.readouterr()
    assert main(["import", "firms", str(path), "--sheet", "楼栋"]) == 2
    assert "没有名为“楼栋”的工作表" in capsys.readouterr().err
    assert main(["import", "template", "cars", "--out", str(out)]) == 2


def test_every_column_is_explained_in_the_readme_and_the_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    for helps in REGISTER_HELP.values():
        for item in helps:
            assert f"| {item.label} |" in readme and item.meaning in readme, item.label
            assert item.meaning in shown, item.label


def test_a_register_starting_in_column_b_with_merged_districts_and_error_cells(
    clerk_store: Store, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["B1"] = "小区名录"
    sheet.merge_cells("B1:F1")
    for column, label in enumerate(["小区名称", "区", "街道", "社区", "户数"], start=2):
        sheet.cell(2, column, label)
    rows = [("甲苑", "西湖区", "文新街道", "翠苑社区", 100), ("乙苑", None, None, None, "#N/A")]
    for number, row in enumerate(rows, start=3):
        for column, value in enumerate(row, start=2):
            sheet.cell(number, column, value)
    sheet.merge_cells("C3:C4")
    sheet.merge_cells("D3:D4")
    sheet.merge_cells("E3:E4")
    path = tmp_path / "b.xlsx"
    book.save(path)
    preview = importing.preview_compounds(path)
    assert [(r.name, r.district, r.street, r.community) for r in preview.rows] == [
        ("甲苑", "西湖区", "文新街道", "翠苑社区")
    ]
    [error] = preview.errors
    assert (error.row, error.column) == (4, "户数") and "#N/A" in error.message
