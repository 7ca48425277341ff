"""Importing firms and compounds from clerks' spreadsheets: worked examples and hostile files."""

import csv
import datetime as dt
import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select as sa_select
from sqlalchemy import text
from sqlmodel import SQLModel, col, select

from hexie_desktop.domain.cell_values import CellError, date_of, non_negative_int, yes_no
from hexie_desktop.domain.credit_code import check_character
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.master_rows import parse_compound_rows, parse_firm_rows
from hexie_desktop.domain.sheet_header import HeaderError
from hexie_desktop.services.audit.check import verify_audit
from hexie_desktop.services.master import importing
from hexie_desktop.services.master.edits import delete_compound
from hexie_desktop.services.master.importing import ImportRejected
from hexie_desktop.services.store import Store
from hexie_desktop.storage import spreadsheets
from hexie_desktop.storage.audit import first_broken_link
from hexie_desktop.storage.tables import (
    AuditEvent,
    Compound,
    Contract,
    District,
    Firm,
)

FIRM_HEADER = ["统一社会信用代码", "企业名称", "法定代表人", "联系电话", "地址", "是否国有"]
COMPOUND_HEADER = [
    "小区名称",
    "区",
    "街道",
    "社区",
    "地址",
    "户数",
    "网格",
    "三无小区兜底",
    "物业企业信用代码",
    "合同开始日期",
    "合同结束日期",
]


def code(n: int, prefix: str = "91330106MA2") -> str:
    first17 = f"{prefix}{n:0{17 - len(prefix)}d}"
    return first17 + check_character(first17)


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[Any]], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def table_digest(store: Store, names: Sequence[str] | None = None) -> str:
    """A logical digest of every row of the given tables (all tables by default)."""
    digest = hashlib.sha256()
    with store.reading() as session:
        for name, table in sorted(SQLModel.metadata.tables.items()):
            if names is not None and name not in names:
                continue
            rows = session.execute(sa_select(table).order_by(*table.primary_key.columns)).all()
            digest.update(repr((name, [tuple(r) for r in rows])).encode())
        digest.update(repr(session.execute(text("PRAGMA integrity_check")).all()).encode())
    return digest.hexdigest()


MASTER_TABLES = ("district", "street", "community", "compound", "firm", "contract")


def firms_file(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "企业.xlsx",
        [
            FIRM_HEADER,
            [code(1), "杭州绿城物业服务有限公司", "张伟", 13800138000, "文三路 1 号", "是"],
            [code(2).lower(), " 浙江南都物业管理有限公司 ", "李娜", "0571-88886666", "", "否"],
            [
                code(3).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
                "滨江物业",
                None,
                None,
                None,
                "N",
            ],
        ],
    )


def compounds_rows() -> list[list[Any]]:
    return [
        COMPOUND_HEADER,
        [
            "翠苑一区",
            "西湖区",
            "翠苑街道",
            "翠苑一区社区",
            "文二西路",
            1200,
            "1",
            "否",
            code(1),
            dt.date(2024, 1, 1),
            "2026/12/31",
        ],
        [
            "翠苑二区",
            "西湖区",
            "翠苑街道",
            "翠苑二区社区",
            "",
            "860",
            "2",
            "",
            code(1),
            "2024-01-01",
            None,
        ],
        ["三墩老街", "西湖区", "三墩镇", "三墩社区", None, 0, None, "是", None, None, None],
        [
            "江南豪园",
            "滨江区",
            "西兴街道",
            "江南社区",
            "江南大道",
            300.0,
            "A",
            "N",
            code(2),
            dt.datetime(2023, 7, 1),
            None,
        ],
    ]


# --- cell values -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (dt.datetime(2024, 3, 5, 0, 0), dt.date(2024, 3, 5)),
        (dt.date(2024, 3, 5), dt.date(2024, 3, 5)),
        ("2024-03-05", dt.date(2024, 3, 5)),
        ("2024/3/5", dt.date(2024, 3, 5)),
        ("2024.3.5", dt.date(2024, 3, 5)),
        ("2024年3月5日", dt.date(2024, 3, 5)),
        ("20240305", dt.date(2024, 3, 5)),
        ("2024-03-05 00:00:00", dt.date(2024, 3, 5)),
        (45356, dt.date(2024, 3, 5)),
    ],
)
def test_dates_in_the_shapes_clerks_type(raw: Any, expected: dt.date) -> None:
    assert date_of(raw) == expected


@pytest.mark.parametrize("raw", ["2024-02-30", "明年", "3/5/2024", "0224-01-01", -3, "2024-13-01"])
def test_bad_dates_are_refused_with_the_text_quoted(raw: Any) -> None:
    with pytest.raises(CellError):
        date_of(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(300, 300), (300.0, 300), ("300", 300), (" 1,200 ", 1200), ("0", 0), ("860.0", 860)],
)
def test_households_accepts_whole_numbers(raw: Any, expected: int) -> None:
    assert non_negative_int(raw, 1_000_000) == expected


@pytest.mark.parametrize("raw", ["约300", "-1", -1, 2.5, "3e2", True, "1,20", "12,000,00"])
def test_households_refuses_anything_else(raw: Any) -> None:
    with pytest.raises(CellError, match="应为非负整数"):
        non_negative_int(raw, 1_000_000)


def test_households_has_an_upper_bound() -> None:
    with pytest.raises(CellError, match="超出合理范围"):
        non_negative_int("10" * 20, 1_000_000)


@pytest.mark.parametrize("raw", ["是", "Y", "y", "yes", "1", 1, True, "TRUE"])
def test_yes(raw: Any) -> None:
    assert yes_no(raw) is True


@pytest.mark.parametrize("raw", ["否", "N", "no", "0", 0, False, "false"])
def test_no(raw: Any) -> None:
    assert yes_no(raw) is False


def test_neither_yes_nor_no() -> None:
    with pytest.raises(CellError, match="实际为“也许”"):
        yes_no("也许")


# --- parsing (pure) ----------------------------------------------------------------------


def test_header_variants_and_aliases_are_recognised() -> None:
    rows = [
        (1, ("XX区物业企业名录", None, None)),
        (2, ("统一社会信用代码*", "企业名称（必填）", "Phone")),
        (3, (code(7), "某物业", 13800000000)),
    ]
    parsed = parse_firm_rows(rows)
    assert parsed.header.row == 2
    assert not parsed.errors
    assert parsed.rows[0].phone == "13800000000"
    assert parsed.rows[0].row == 3


def test_missing_required_column_names_it_and_lists_found_headers() -> None:
    rows = [(1, ("企业名称", "联系电话")), (2, ("某物业", "123"))]
    with pytest.raises(HeaderError) as caught:
        parse_firm_rows(rows)
    assert "统一社会信用代码" in caught.value.message
    assert "“企业名称”、“联系电话”" in caught.value.message


def test_two_columns_meaning_the_same_field_are_refused() -> None:
    rows = [(1, ("统一社会信用代码", "信用代码", "企业名称"))]
    with pytest.raises(HeaderError, match="都表示"):
        parse_firm_rows(rows)


def test_compound_rows_need_a_start_date_with_a_firm_and_ordered_dates() -> None:
    header = ("小区名称", "区", "街道", "社区", "物业企业信用代码", "合同开始日期", "合同结束日期")
    rows = [
        (1, header),
        (2, ("甲", "区", "街", "社", code(1), None, None)),
        (3, ("乙", "区", "街", "社", None, "2024-01-01", None)),
        (4, ("丙", "区", "街", "社", code(1), "2024-05-01", "2024-04-30")),
    ]
    errors = [str(e) for e in parse_compound_rows(rows).errors]
    assert errors == [
        "第 2 行“合同开始日期”：填写了物业企业时必须填写合同开始日期",
        "第 3 行“物业企业信用代码”：填写了合同日期时必须填写物业企业信用代码",
        "第 4 行“合同结束日期”：早于合同开始日期 2024-05-01",
    ]


# --- worked examples ---------------------------------------------------------------------


def test_import_firms_from_xlsx(clerk_store: Store, tmp_path: Path) -> None:
    result = importing.import_firms(clerk_store, firms_file(tmp_path)).value
    assert result.as_dict()["tables"] == {"firm": {"inserted": 3, "updated": 0, "unchanged": 0}}
    assert result.lines()[0] == "已导入 企业.xlsx：3 行企业数据。"
    assert result.lines()[1] == "企业：新增 3，更新 0，未变 0"
    with clerk_store.reading() as session:
        firms = {f.credit_code: f for f in session.exec(select(Firm)).all()}
    assert set(firms) == {code(1), code(2), code(3)}
    first = firms[code(1)]
    assert (first.name, first.phone, first.state_owned) == (
        "杭州绿城物业服务有限公司",
        "13800138000",
        True,
    )
    assert firms[code(2)].name == "浙江南都物业管理有限公司"
    assert firms[code(3)].legal_representative == ""
    assert not firms[code(3)].state_owned
    assert all(f.author_id and f.hlc > 0 for f in firms.values())


def test_reimporting_the_same_file_changes_nothing(clerk_store: Store, tmp_path: Path) -> None:
    importing.import_firms(clerk_store, firms_file(tmp_path))
    importing.import_compounds(clerk_store, write_xlsx(tmp_path / "c.xlsx", compounds_rows()))
    before = table_digest(clerk_store, MASTER_TABLES)

    firms_again = importing.import_firms(clerk_store, firms_file(tmp_path)).value
    compounds_again = importing.import_compounds(clerk_store, tmp_path / "c.xlsx").value

    assert table_digest(clerk_store, MASTER_TABLES) == before
    assert firms_again.tables["firm"].unchanged == 3
    for name, counts in compounds_again.tables.items():
        assert (counts.inserted, counts.updated) == (0, 0), name


def test_update_changes_only_given_fields(clerk_store: Store, tmp_path: Path) -> None:
    importing.import_firms(clerk_store, firms_file(tmp_path))
    update = write_xlsx(
        tmp_path / "更新.xlsx",
        [
            ["信用代码", "公司名称", "电话", "地址"],
            [code(1), "杭州绿城物业服务有限公司", "0571-1", None],
        ],
    )
    result = importing.import_firms(clerk_store, update).value
    assert result.tables["firm"].updated == 1
    with clerk_store.reading() as session:
        firm = session.exec(select(Firm).where(Firm.credit_code == code(1))).one()
    assert firm.phone == "0571-1"
    assert firm.address == "文三路 1 号", "an empty cell must not blank an existing value"
    assert firm.legal_representative == "张伟", "an absent column must not blank either"


def test_import_compounds_creates_places_compounds_and_contracts(
    clerk_store: Store, tmp_path: Path
) -> None:
    importing.import_firms(clerk_store, firms_file(tmp_path))
    result = importing.import_compounds(
        clerk_store, write_xlsx(tmp_path / "小区.xlsx", compounds_rows())
    ).value
    counts = {name: c.inserted for name, c in result.tables.items()}
    assert counts == {
        "district": 2,
        "street": 3,
        "community": 4,
        "firm": 0,
        "compound": 4,
        "contract": 3,
    }
    assert result.tables["firm"].unchanged == 2
    with clerk_store.reading() as session:
        compounds = {c.name: c for c in session.exec(select(Compound)).all()}
        contracts = list(session.exec(select(Contract)).all())
        districts = {d.name for d in session.exec(select(District)).all()}
        codes = [d.code for d in session.exec(select(District)).all()]
    assert districts == {"西湖区", "滨江区"}
    assert len(set(codes)) == 2
    assert compounds["翠苑一区"].households == 1200
    assert compounds["翠苑二区"].households == 860
    assert compounds["三墩老街"].is_fallback
    assert compounds["江南豪园"].households == 300
    by_compound = {c.compound_id: c for c in contracts}
    first = by_compound[compounds["翠苑一区"].id]
    assert (first.starts_on, first.ends_on) == (dt.date(2024, 1, 1), dt.date(2026, 12, 31))
    assert by_compound[compounds["江南豪园"].id].starts_on == dt.date(2023, 7, 1)


def test_a_new_firm_ends_the_previous_contract(clerk_store: Store, tmp_path: Path) -> None:
    importing.import_firms(clerk_store, firms_file(tmp_path))
    importing.import_compounds(clerk_store, write_xlsx(tmp_path / "a.xlsx", compounds_rows()))
    change = write_xlsx(
        tmp_path / "b.xlsx",
        [
            ["小区名称", "区", "街道", "社区", "物业企业信用代码", "合同开始日期"],
            ["翠苑二区", "西湖区", "翠苑街道", "翠苑二区社区", code(3), "2025-03-01"],
        ],
    )
    result = importing.import_compounds(clerk_store, change).value
    assert result.contracts_ended == 1
    assert result.tables["contract"].inserted == 1
    assert result.tables["contract"].updated == 1
    assert any("旧合同" in line for line in result.lines())
    with clerk_store.reading() as session:
        compound = session.exec(select(Compound).where(Compound.name == "翠苑二区")).one()
        contracts = list(
            session.exec(
                select(Contract)
                .where(Contract.compound_id == compound.id)
                .order_by(col(Contract.starts_on))
            ).all()
        )
        firm_ids = {f.credit_code: f.id for f in session.exec(select(Firm)).all()}
    assert [(c.firm_id, c.starts_on, c.ends_on) for c in contracts] == [
        (firm_ids[code(1)], dt.date(2024, 1, 1), dt.date(2025, 2, 28)),
        (firm_ids[code(3)], dt.date(2025, 3, 1), None),
    ]


def test_imports_are_sealed_stamped_once_each_and_found_when_edited_outside(
    clerk_store: Store, tmp_path: Path
) -> None:
    """Bulk writes note their rows for the audit instead of per-row triggers: inserts, updates
    and a revived tombstone are all sealed, each row version has its own stamp after the
    clock's last, and a change made outside the product is still found."""
    importing.import_firms(clerk_store, firms_file(tmp_path))
    importing.import_compounds(clerk_store, write_xlsx(tmp_path / "a.xlsx", compounds_rows()))
    with clerk_store.reading() as session:
        gone = session.exec(select(Compound).where(Compound.name == "三墩老街")).one()
    delete_compound(clerk_store, gone.id)
    change = write_xlsx(
        tmp_path / "b.xlsx",
        [
            ["小区名称", "区", "街道", "社区", "户数", "物业企业信用代码", "合同开始日期"],
            ["翠苑二区", "西湖区", "翠苑街道", "翠苑二区社区", 900, code(3), "2025-03-01"],
            ["三墩老街", "西湖区", "三墩镇", "三墩社区", 40, None, None],
        ],
    )
    with clerk_store.reading() as session:
        clock_before = session.execute(text("SELECT clock FROM installation")).scalar_one()
    result = importing.import_compounds(clerk_store, change).value
    assert result.tables["compound"].updated == 2
    assert (result.tables["contract"].inserted, result.tables["contract"].updated) == (1, 1)
    assert verify_audit(clerk_store).intact, verify_audit(clerk_store).problems
    with clerk_store.reading() as session:
        clock = session.execute(text("SELECT clock FROM installation")).scalar_one()
        stamps = [
            hlc
            for table in MASTER_TABLES
            for (hlc,) in session.execute(
                text(f"SELECT hlc FROM {table} WHERE hlc > :c"), {"c": clock_before}
            )
        ]
        revived = session.exec(select(Compound).where(Compound.name == "三墩老街")).one()
    assert len(stamps) == 4 and len(set(stamps)) == 4, "two compounds, two contracts restamped"
    assert max(stamps) == clock, "the clock remembers the last stamp it gave"
    assert (revived.deleted, revived.households) == (False, 40)
    outside = sqlite3.connect(clerk_store.data_dir.database)
    with outside:
        outside.execute("UPDATE compound SET households = 1 WHERE name = '翠苑一区'")
    outside.close()
    assert not verify_audit(clerk_store).intact


def test_a_firm_unknown_to_the_database_can_come_with_its_name(
    clerk_store: Store, tmp_path: Path
) -> None:
    rows: list[list[Any]] = [
        ["小区名称", "区", "街道", "社区", "物业企业信用代码", "物业企业名称", "合同开始日期"],
        ["甲小区", "上城区", "湖滨街道", "东坡社区", code(9), "新物业", "2024-01-01"],
        ["乙小区", "上城区", "湖滨街道", "东坡社区", code(9), None, "2024-01-01"],
    ]
    result = importing.import_compounds(clerk_store, write_xlsx(tmp_path / "c.xlsx", rows)).value
    assert result.tables["firm"].inserted == 1
    with clerk_store.reading() as session:
        firm = session.exec(select(Firm)).one()
    assert (firm.credit_code, firm.name) == (code(9), "新物业")


def test_csv_in_utf8_with_bom_and_in_gb18030(clerk_store: Store, tmp_path: Path) -> None:
    rows = [FIRM_HEADER, [code(1), "杭州绿城物业", "张伟", "13800138000", "文三路", "是"]]
    utf8 = importing.import_firms(
        clerk_store, write_csv(tmp_path / "u.csv", rows, "utf-8-sig")
    ).value
    assert utf8.tables["firm"].inserted == 1
    rows[1][1] = "杭州绿城物业服务有限公司"
    gbk = importing.import_firms(clerk_store, write_csv(tmp_path / "g.csv", rows, "gb18030")).value
    assert gbk.tables["firm"].updated == 1
    with clerk_store.reading() as session:
        assert session.exec(select(Firm)).one().name == "杭州绿城物业服务有限公司"


def test_gb18030_csv_of_compounds_with_a_title_row(clerk_store: Store, tmp_path: Path) -> None:
    rows: list[list[Any]] = [["西湖区小区台账（2026 年）"], [], COMPOUND_HEADER[:6]]
    rows += [["小区", "西湖区", "北山街道", "曙光社区", "路", "500"]]
    path = write_csv(tmp_path / "台账.csv", rows, "gb18030")
    result = importing.import_compounds(clerk_store, path).value
    assert result.tables["compound"].inserted == 1


def test_csv_rows_are_numbered_as_excel_shows_them(clerk_store: Store, tmp_path: Path) -> None:
    """A quoted cell spanning two lines is still one row, so later row numbers stay right."""
    rows = [FIRM_HEADER, [code(1), "甲", "", "", "文三路\n1 号"], ["BAD", "乙"]]
    path = write_csv(tmp_path / "multi.csv", rows, "utf-8-sig")
    with pytest.raises(ImportRejected) as caught:
        importing.import_firms(clerk_store, path)
    assert [e.row for e in caught.value.errors] == [3]


def test_tab_separated_text_with_a_title_line(clerk_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "tabs.csv"
    path.write_text(
        f"企业名录，2026 年\n统一社会信用代码\t企业名称\n{code(1)}\t甲物业\n", encoding="gb18030"
    )
    assert importing.import_firms(clerk_store, path).value.tables["firm"].inserted == 1


def test_merged_cells_formulas_whitespace_and_trailing_rows(
    clerk_store: Store, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["西湖区小区一览"])
    sheet.merge_cells("A1:F1")
    sheet.append(["  小区名称 ", "区", "街道", "社区", "户数", "网格"])
    sheet.append(["  甲小区\u3000", "西湖区", "北山街道", "曙光社区", "=100+200", " 1 "])
    sheet.append(["乙小区", None, "北山街道", "曙光社区", 10, "2"])
    sheet.append(["丙小区", None, "北山街道", "曙光社区", 20, "3"])
    sheet.merge_cells("B3:B5")
    for row in range(6, 40):
        sheet.cell(row=row, column=1, value="   ")
    path = tmp_path / "merged.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as source:
        members = {name: source.read(name) for name in source.namelist()}
    sheet_xml = members["xl/worksheets/sheet1.xml"].decode()
    assert "<f>100+200</f><v />" in sheet_xml
    members["xl/worksheets/sheet1.xml"] = sheet_xml.replace(
        "<f>100+200</f><v />", "<f>100+200</f><v>300</v>"
    ).encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in members.items():
            target.writestr(name, data)

    preview = importing.preview_compounds(path)
    assert preview.ok
    assert preview.header_row == 2
    assert [(r.row, r.name, r.district, r.households, r.grid) for r in preview.rows] == [
        (3, "甲小区", "西湖区", 300, "1"),
        (4, "乙小区", "西湖区", 10, "2"),
        (5, "丙小区", "西湖区", 20, "3"),
    ]
    assert importing.import_compounds(clerk_store, path).value.tables["compound"].inserted == 3


# --- bad rows: all reported, nothing written ---------------------------------------------


def test_every_bad_row_is_reported_and_nothing_is_written(
    clerk_store: Store, tmp_path: Path
) -> None:
    importing.import_firms(clerk_store, firms_file(tmp_path))
    before = table_digest(clerk_store)
    bad_checksum = code(5)[:-1] + ("0" if code(5)[-1] != "0" else "1")
    rows: list[list[Any]] = [COMPOUND_HEADER]
    rows += [["好小区", "西湖区", "北山街道", "曙光社区", "", 100, "", "", "", "", ""]] * 1
    rows += [
        ["甲", "西湖区", "北山街道", "曙光社区", "", 100, "", "", bad_checksum, "2024-01-01", ""],
        ["乙", "", "北山街道", "曙光社区", "", 100, "", "", "", "", ""],
        ["丙", "西湖区", "北山街道", "曙光社区", "", 100, "", "也许", "", "", ""],
        ["丁", "西湖区", "北山街道", "曙光社区", "", 100, "", "", code(77), "2024-01-01", ""],
        ["好小区", "西湖区", "北山街道", "曙光社区", "", 5, "", "", "", "", ""],
        ["戊", "西湖区", "北山街道", "曙光社区", "", "约300", "", "", "", "", ""],
        ["己", "西湖区", "北山街道", "曙光社区", "", 1, "", "", "", "2024-13-01", ""],
    ]
    with pytest.raises(ImportRejected) as caught:
        importing.import_compounds(clerk_store, write_xlsx(tmp_path / "bad.xlsx", rows))
    message = caught.value.message
    lines = message.splitlines()
    assert lines[0].startswith("导入失败：共 7 行有误，未导入任何数据。")
    expected = check_character(bad_checksum[:17])
    assert (
        f"第 3 行“物业企业信用代码”：统一社会信用代码校验位错误：{bad_checksum}（最后一位应为 {expected}）"
        in message
    )
    assert "第 4 行“区”：不能为空" in lines
    assert "第 5 行“三无小区兜底”：应为“是”或“否”（也可写 Y/N、1/0），实际为“也许”" in lines
    assert any(
        line.startswith(f"第 6 行“物业企业信用代码”：企业 {code(77)} 尚未登记") for line in lines
    )
    assert any(line.startswith("第 7 行“小区名称”：与第 2 行重复") for line in lines)
    assert "第 8 行“户数”：应为非负整数，实际为“约300”" in lines
    assert "第 9 行“合同开始日期”：不是有效的日期：“2024-13-01”" in lines
    assert sorted({e.row for e in caught.value.errors}) == [3, 4, 5, 6, 7, 8, 9]
    assert caught.value.exit_status == 2
    assert table_digest(clerk_store) == before


def test_duplicate_firms_name_both_rows(clerk_store: Store, tmp_path: Path) -> None:
    rows = [FIRM_HEADER, [code(1), "甲"], [code(2), "乙"], [code(1).lower(), "丙"]]
    with pytest.raises(ImportRejected) as caught:
        importing.import_firms(clerk_store, write_xlsx(tmp_path / "dup.xlsx", rows))
    assert str(caught.value.errors[0]) == (
        f"第 4 行“统一社会信用代码”：与第 2 行重复（统一社会信用代码 {code(1)}）"
    )


def test_error_listing_is_capped(clerk_store: Store, tmp_path: Path) -> None:
    rows = [FIRM_HEADER] + [[f"BAD{i}", "某物业"] for i in range(60)]
    with pytest.raises(ImportRejected) as caught:
        importing.import_firms(clerk_store, write_csv(tmp_path / "bad.csv", rows, "utf-8"))
    lines = caught.value.message.splitlines()
    assert lines[0].startswith("导入失败：共 60 行有误")
    assert len(lines) == 1 + 50 + 1
    assert lines[-1] == "…另有 10 处错误"
    assert len(caught.value.errors) == 60


def test_excel_error_values_and_numeric_credit_codes(clerk_store: Store, tmp_path: Path) -> None:
    rows: list[list[Any]] = [FIRM_HEADER, [913301001234567890, "甲"], [code(2), "#REF!"]]
    with pytest.raises(ImportRejected) as caught:
        importing.import_firms(clerk_store, write_xlsx(tmp_path / "x.xlsx", rows))
    first, second = caught.value.errors
    assert first.row == 2 and "文本" in first.message
    assert second.row == 3 and "Excel 错误值“#REF!”" in second.message


def test_an_error_value_in_a_rows_first_cell_is_named_not_a_crash(
    clerk_store: Store, tmp_path: Path
) -> None:
    """The first filled cell decides whether a row is a total or a note; #N/A there is data."""
    rows: list[list[Any]] = [COMPOUND_HEADER[:4], ["#N/A", "西湖区", "翠苑街道", "翠苑社区"]]
    with pytest.raises(ImportRejected) as caught:
        importing.import_compounds(clerk_store, write_xlsx(tmp_path / "x.xlsx", rows))
    assert [str(e) for e in caught.value.errors] == [
        "第 2 行“小区名称”：单元格是 Excel 错误值“#N/A”，请先修正该单元格的公式"
    ]


def test_preview_reports_without_writing(clerk_store: Store, tmp_path: Path) -> None:
    before = table_digest(clerk_store)
    rows = [
        COMPOUND_HEADER[:4] + ["物业企业信用代码", "合同开始日期"],
        ["甲", "区", "街", "社", code(4), "2024-01-01"],
        ["乙", "区", "街", "社", "", ""],
    ]
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    offline = importing.preview_compounds(path)
    assert offline.ok and len(offline.rows) == 2
    checked = importing.preview_compounds(path, clerk_store)
    assert [e.row for e in checked.errors] == [2]
    firms = importing.preview_firms(firms_file(tmp_path))
    assert [f.credit_code for f in firms.rows] == [code(1), code(2), code(3)]
    assert table_digest(clerk_store) == before


# --- who may import, and the audit trail ------------------------------------------------


def test_inspectors_do_not_import_master_data(inspector_store: Store, tmp_path: Path) -> None:
    before = table_digest(inspector_store)
    with pytest.raises(UserError, match="主数据包"):
        importing.import_firms(inspector_store, firms_file(tmp_path))
    assert table_digest(inspector_store) == before


def test_an_installation_without_identity_is_told_to_init(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="hexie init"):
        importing.import_firms(store, firms_file(tmp_path))


def test_each_import_records_one_audit_event(clerk_store: Store, tmp_path: Path) -> None:
    importing.import_firms(clerk_store, firms_file(tmp_path))
    importing.import_compounds(clerk_store, write_xlsx(tmp_path / "c.xlsx", compounds_rows()))
    with clerk_store.reading() as session:
        events = list(session.exec(select(AuditEvent).order_by(col(AuditEvent.seq))).all())
        assert first_broken_link(session) is None
    imports = [e for e in events if e.action.startswith("import.")]
    assert [e.action for e in imports] == ["import.firms", "import.compounds"]
    assert imports[0].detail["file"] == "企业.xlsx"
    assert imports[0].detail["tables"]["firm"]["inserted"] == 3
    assert imports[1].detail["tables"]["compound"]["inserted"] == 4


# --- hostile files -----------------------------------------------------------------------


def test_missing_file(clerk_store: Store, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="找不到文件"):
        importing.import_firms(clerk_store, tmp_path / "nope.xlsx")


def test_empty_file(clerk_store: Store, tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(UserError, match="空文件"):
        importing.import_firms(clerk_store, tmp_path / "empty.csv")


def test_random_bytes_named_xlsx(clerk_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "random.xlsx"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(UserError, match="不是有效的 .xlsx 文件"):
        importing.import_firms(clerk_store, path)


def test_a_zip_that_is_not_a_workbook(clerk_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(UserError, match="不是有效的 .xlsx 文件"):
        importing.import_firms(clerk_store, path)


def test_random_bytes_named_csv(clerk_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(bytes(range(1, 256)) * 40)
    with pytest.raises(UserError):
        importing.import_firms(clerk_store, path)


@pytest.mark.parametrize(
    ("name", "pattern"),
    [("old.xls", "另存为 .xlsx"), ("a.txt", "不支持的文件类型"), ("noext", "无扩展名")],
)
def test_unknown_extensions(clerk_store: Store, tmp_path: Path, name: str, pattern: str) -> None:
    (tmp_path / name).write_bytes(b"x")
    with pytest.raises(UserError, match=pattern):
        importing.import_firms(clerk_store, tmp_path / name)


def test_xlsx_without_any_rows(clerk_store: Store, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="表格是空的"):
        importing.import_firms(clerk_store, write_xlsx(tmp_path / "blank.xlsx", []))


def test_xlsx_whose_first_row_is_data(clerk_store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "noheader.xlsx", [[code(1), "某物业"], [code(2), "另一物业"]])
    with pytest.raises(UserError) as caught:
        importing.import_firms(clerk_store, path)
    assert "缺少必填列：统一社会信用代码、企业名称" in caught.value.message
    assert f"“{code(1)}”" in caught.value.message


def test_compounds_missing_required_columns(clerk_store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["小区名称", "区", "地址"], ["甲", "西湖区", "路"]])
    with pytest.raises(
        UserError, match="缺少必填列：街道、社区。在第 1 行找到的表头为：“小区名称”、“区”、“地址”"
    ):
        importing.import_compounds(clerk_store, path)


def test_more_than_the_row_limit_is_refused(clerk_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    first17 = code(1)
    with path.open("w", encoding="utf-8") as handle:
        handle.write("统一社会信用代码,企业名称\n")
        handle.write(f"{first17},某物业\n" * (spreadsheets.MAX_ROWS + 1))
    before = table_digest(clerk_store)
    with pytest.raises(UserError, match="超过 100000 行数据"):
        importing.import_firms(clerk_store, path)
    assert table_digest(clerk_store) == before


def test_the_row_limit_applies_to_xlsx(
    clerk_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spreadsheets, "MAX_ROWS", 5)
    rows = [FIRM_HEADER] + [[code(i), f"物业{i}"] for i in range(6)]
    with pytest.raises(UserError, match="超过 5 行数据"):
        importing.import_firms(clerk_store, write_xlsx(tmp_path / "big.xlsx", rows))


def test_exactly_the_row_limit_is_accepted(
    clerk_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spreadsheets, "MAX_ROWS", 5)
    rows = [FIRM_HEADER] + [[code(i), f"物业{i}"] for i in range(5)]
    result = importing.import_firms(clerk_store, write_xlsx(tmp_path / "ok.xlsx", rows)).value
    assert result.rows == 5


def test_csv_with_nul_bytes(clerk_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes("统一社会信用代码,企业名称\n".encode() + b"\x00\x00")
    with pytest.raises(UserError, match="空字符"):
        importing.import_firms(clerk_store, path)


# --- through the command line ------------------------------------------------------------


def test_cli_import_prints_counts_and_json(
    clerk_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from hexie_desktop.cli.main import main  # noqa: PLC0415

    clerk_store.close()
    assert main(["import", "firms", str(firms_file(tmp_path))]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["已导入 企业.xlsx：3 行企业数据。", "企业：新增 3，更新 0，未变 0"]
    path = write_xlsx(tmp_path / "c.xlsx", compounds_rows())
    assert main(["import", "compounds", str(path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["tables"]["compound"] == {"inserted": 4, "updated": 0, "unchanged": 0}
    assert document["kind"] == "compounds"


def test_cli_import_of_a_bad_file_exits_2_listing_rows(
    clerk_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from hexie_desktop.cli.main import main  # noqa: PLC0415

    clerk_store.close()
    rows = [FIRM_HEADER, [code(1), "甲"], ["91330106MA2000001X", "乙"]]
    assert main(["import", "firms", str(write_xlsx(tmp_path / "bad.xlsx", rows))]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert lines[0].startswith("hexie: 导入失败：共 1 行有误，未导入任何数据。")
    assert lines[1].startswith("第 3 行“统一社会信用代码”：统一社会信用代码校验位错误")
    assert "Traceback" not in err
    assert main(["import", "firms", str(tmp_path / "missing.csv")]) == 2
    assert "找不到文件" in capsys.readouterr().err
