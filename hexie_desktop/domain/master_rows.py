"""Rows of the firms and compounds spreadsheets, validated before anything is written.

Every problem is reported against the spreadsheet row and column the clerk sees, all of them at
once, so one round of corrections fixes the file. A column that is absent, or a cell left empty,
means "not given": an import fills in and corrects master data but never blanks a field the file
says nothing about (clearing a field is done in the window).
"""

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from hexie_desktop.domain.cell_values import (
    CellError,
    CellValue,
    clean_text,
    date_of,
    invisible_characters,
    non_negative_int,
    text_of,
    without_invisible,
    yes_no,
)
from hexie_desktop.domain.credit_code import normalize_credit_code
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.sheet_header import Column, Header, NumberedRow, locate_header

MAX_HOUSEHOLDS = 1_000_000
PLACE_NAME_LENGTH = 64
ADDRESS_LENGTH = 200

FIRM_COLUMNS = (
    Column(
        "credit_code",
        "统一社会信用代码",
        ("信用代码", "社会信用代码", "统一信用代码", "企业信用代码", "uscc"),
        required=True,
    ),
    Column(
        "name",
        "企业名称",
        ("物业企业名称", "物业服务企业", "物业服务企业名称", "物业公司", "公司名称", "单位名称"),
        required=True,
    ),
    Column("legal_representative", "法定代表人", ("法人", "法人代表", "法定代表人姓名")),
    Column("phone", "联系电话", ("电话", "联系方式", "手机", "tel")),
    Column("address", "地址", ("企业地址", "注册地址", "办公地址", "住所")),
    Column("state_owned", "是否国有", ("国有", "国有企业", "是否国企", "国企")),
)

COMPOUND_COLUMNS = (
    Column("name", "小区名称", ("小区", "项目名称", "小区项目名称", "compound"), required=True),
    Column("district", "区", ("区县", "所属区", "行政区", "区名称"), required=True),
    Column("street", "街道", ("镇街", "街镇", "所属街道", "街道名称"), required=True),
    Column("community", "社区", ("所属社区", "社区名称", "居委会"), required=True),
    Column("address", "地址", ("小区地址", "详细地址")),
    Column("households", "户数", ("总户数", "住户数", "户数合计")),
    Column("grid", "网格", ("所属网格", "网格名称", "网格编号")),
    Column("is_fallback", "三无小区兜底", ("兜底", "是否兜底", "三无小区", "fallback")),
    Column(
        "firm_credit_code",
        "物业企业信用代码",
        ("物业企业统一社会信用代码", "物业统一社会信用代码", "物业信用代码", "统一社会信用代码"),
    ),
    Column(
        "firm_name", "物业企业名称", ("物业服务企业", "物业公司", "物业企业", "物业服务企业名称")
    ),
    Column(
        "contract_starts_on",
        "合同开始日期",
        ("合同起始日期", "合同开始", "服务开始日期", "开始日期", "contract_start"),
    ),
    Column(
        "contract_ends_on",
        "合同结束日期",
        ("合同截止日期", "合同到期日期", "合同结束", "服务结束日期", "结束日期", "contract_end"),
    ),
)


@dataclass(frozen=True)
class RowError:
    """One problem in one cell (or one row when `column` is empty)."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        if self.column:
            return f"第 {self.row} 行“{self.column}”：{self.message}"
        return f"第 {self.row} 行：{self.message}"


@dataclass(frozen=True)
class FirmRow:
    row: int
    credit_code: str
    name: str
    legal_representative: str | None
    phone: str | None
    address: str | None
    state_owned: bool | None


@dataclass(frozen=True)
class CompoundRow:
    row: int
    district: str
    street: str
    community: str
    name: str
    address: str | None
    households: int | None
    grid: str | None
    is_fallback: bool | None
    firm_credit_code: str | None
    firm_name: str | None
    contract_starts_on: dt.date | None
    contract_ends_on: dt.date | None

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.district, self.street, self.community, self.name)


RowT = TypeVar("RowT", FirmRow, CompoundRow)
T = TypeVar("T")
K = TypeVar("K")


@dataclass
class ParsedSheet(Generic[RowT]):
    """Rows to import, errors that refuse the file, and what is worth a look before importing.

    `skipped` are the totals, notes and sign-off rows clerks keep under their data; `warnings`
    import as they are but may not be what the clerk meant.
    """

    header: Header
    rows: list[RowT] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    skipped: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)


class _Cells:
    """One data row, read field by field; a bad cell adds an error and reads as "not given"."""

    def __init__(self, number: int, cells: Sequence[CellValue], header: Header) -> None:
        self.number = number
        self.cells = cells
        self.header = header
        self.errors: list[RowError] = []
        self.warnings: list[RowError] = []

    def label(self, name: str) -> str:
        return self.header.labels.get(name, name)

    def fail(self, name: str, message: str) -> None:
        self.errors.append(RowError(self.number, self.label(name), message))

    def raw(self, name: str) -> CellValue:
        index = self.header.positions.get(name)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]

    def read(self, name: str, convert: Callable[[CellValue], T]) -> T | None:
        value = self.raw(name)
        if value is None:
            return None
        try:
            if isinstance(value, str):
                # Converters read text through clean_text, so the cleaned text reads the same.
                value = clean_text(value)
                if not value:
                    return None
            return convert(value)
        except CellError as exc:
            self.fail(name, str(exc))
            return None

    def text(self, name: str, max_length: int) -> str | None:
        return self.read(name, lambda v: text_of(v, max_length))

    def required_text(self, name: str, max_length: int) -> str:
        value = self.text(name, max_length)
        if value is None and not any(e.column == self.label(name) for e in self.errors):
            self.fail(name, "不能为空")
        return value or ""

    def credit_code(self, name: str) -> str | None:
        raw = self.raw(name)
        hidden = invisible_characters(raw) if isinstance(raw, str) else []
        if hidden:
            self.warnings.append(
                RowError(
                    self.number,
                    self.label(name),
                    f"含有看不见的字符（{'、'.join(hidden)}），已去掉后读取；"
                    "原表中的这个单元格最好重新输入",
                )
            )
        return self.read(name, _credit_code)


def _credit_code(value: CellValue) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise CellError("被 Excel 存成了数字，长数字会丢失末几位；请把该列设为“文本”格式后重新填写")
    try:
        return normalize_credit_code(without_invisible(clean_text(value)))
    except UserError as exc:
        raise CellError(exc.message) from exc


def _is_blank_cell(value: CellValue) -> bool:
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    try:
        return clean_text(value) == ""
    except CellError:
        return False


def _is_blank(cells: Sequence[CellValue]) -> bool:
    return all(_is_blank_cell(c) for c in cells)


_TOTAL_WORDS = frozenset({"合计", "总计", "小计", "共计", "总数", "合计数"})
_NOTE_START = re.compile(
    r"^(注|备注|说明|填表说明|填报说明|制表|制表人|制表日期|填表人|填报人|填报日期|填报单位|"
    r"审核|审核人|负责人|单位负责人|联系人|联系电话|经办人|打印日期)\s*[:：]"
    r"|^(填表说明|填报说明|制表人|审核人|填表人|填报人|经办人)"
)


def _first_text(cells: Sequence[CellValue]) -> str:
    for cell in cells:
        if not _is_blank_cell(cell):
            return " ".join(clean_text(cell).split()) if isinstance(cell, str) else ""
    return ""


def footer_reason(cells: Sequence[CellValue]) -> str | None:
    """Why a row is a clerk's total, note or sign-off rather than data, or None for data.

    Registers end in 合计 rows, 注：… notes (often merged across the whole row) and 制表人/审核人
    lines; these are recognised by their first filled cell and skipped, never imported.
    """
    text = _first_text(cells)
    if not text:
        return None
    if "".join(text.split()).rstrip(":：") in _TOTAL_WORDS:
        return f"合计行（“{text}”）"
    if _NOTE_START.match(text):
        shown = text if len(text) <= 20 else text[:20] + "…"
        return f"说明或签署行（“{shown}”）"
    return None


def _data_rows(
    rows: Sequence[NumberedRow], header: Header, skipped: list[RowError]
) -> list[NumberedRow]:
    data = []
    for number, cells in rows:
        if number <= header.row or _is_blank(cells):
            continue
        reason = footer_reason(cells)
        if reason is not None:
            skipped.append(RowError(number, "", f"{reason}，不是数据，已跳过"))
            continue
        data.append((number, cells))
    return data


def _report_duplicates(
    keyed: Sequence[tuple[int, K]], column: str, describe: Callable[[K], str]
) -> list[RowError]:
    first_seen: dict[K, int] = {}
    errors = []
    for number, key in keyed:
        if key in first_seen:
            errors.append(
                RowError(number, column, f"与第 {first_seen[key]} 行重复（{describe(key)}）")
            )
        else:
            first_seen[key] = number
    return errors


def parse_firm_rows(rows: Sequence[NumberedRow]) -> ParsedSheet[FirmRow]:
    """The firms sheet: one firm per row, keyed by its credit code."""
    header = locate_header(rows, FIRM_COLUMNS, "企业")
    parsed = ParsedSheet[FirmRow](header)
    for number, cells in _data_rows(rows, header, parsed.skipped):
        row = _Cells(number, cells, header)
        code = row.credit_code("credit_code")
        if code is None and not row.errors:
            row.fail("credit_code", "不能为空")
        firm = FirmRow(
            row=number,
            credit_code=code or "",
            name=row.required_text("name", 100),
            legal_representative=row.text("legal_representative", 32),
            phone=row.text("phone", 32),
            address=row.text("address", ADDRESS_LENGTH),
            state_owned=row.read("state_owned", yes_no),
        )
        parsed.errors.extend(row.errors)
        parsed.warnings.extend(row.warnings)
        if not row.errors:
            parsed.rows.append(firm)
    parsed.errors.extend(
        _report_duplicates(
            [(f.row, f.credit_code) for f in parsed.rows],
            header.labels["credit_code"],
            lambda code: f"统一社会信用代码 {code}",
        )
    )
    parsed.warnings.extend(same_name_warnings(parsed.rows, header.labels["name"]))
    parsed.errors.sort(key=lambda e: e.row)
    parsed.warnings.sort(key=lambda e: e.row)
    return parsed


def firm_name_key(name: str) -> str:
    """A firm name compared as a person reads it: full-width folded, spaces and brackets unified."""
    return "".join(unicodedata.normalize("NFKC", name).split()).casefold()


def same_name_warnings(
    firms: Sequence[FirmRow], column: str, known: dict[str, tuple[str, str]] | None = None
) -> list[RowError]:
    """One firm name under two credit codes: imported as two firms, which is rarely meant.

    `known` maps a name key to (credit code, name) of firms already in the database.
    """
    seen: dict[str, tuple[str, str]] = dict(known or {})
    first_row: dict[str, int] = {}
    warnings = []
    for firm in firms:
        name = firm_name_key(firm.name)
        other = seen.get(name)
        if other is not None and other[0] != firm.credit_code:
            where = f"第 {first_row[name]} 行" if name in first_row else "数据库中已有的企业"
            warnings.append(
                RowError(
                    firm.row,
                    column,
                    f"“{firm.name}”与{where}同名，但信用代码不同（{other[0]}）；"
                    "将作为两家企业导入，请确认不是同一家企业填错了代码",
                )
            )
        else:
            seen.setdefault(name, (firm.credit_code, firm.name))
            first_row.setdefault(name, firm.row)
    return warnings


def _contract_errors(row: _Cells, compound: CompoundRow) -> None:
    starts, ends = compound.contract_starts_on, compound.contract_ends_on
    if compound.firm_credit_code is not None and starts is None:
        if not any(e.column == row.label("contract_starts_on") for e in row.errors):
            row.fail("contract_starts_on", "填写了物业企业时必须填写合同开始日期")
    if compound.firm_credit_code is None and (starts is not None or ends is not None):
        if not any(e.column == row.label("firm_credit_code") for e in row.errors):
            row.fail("firm_credit_code", "填写了合同日期时必须填写物业企业信用代码")
    if starts is not None and ends is not None and ends < starts:
        row.fail("contract_ends_on", f"早于合同开始日期 {starts.isoformat()}")


def parse_compound_rows(rows: Sequence[NumberedRow]) -> ParsedSheet[CompoundRow]:
    """The compounds sheet: one compound per row, keyed by its place and name.

    Whether a firm named here exists is for the importer to check against the database.
    """
    header = locate_header(rows, COMPOUND_COLUMNS, "小区")
    parsed = ParsedSheet[CompoundRow](header)
    for number, cells in _data_rows(rows, header, parsed.skipped):
        row = _Cells(number, cells, header)
        compound = CompoundRow(
            row=number,
            district=row.required_text("district", PLACE_NAME_LENGTH),
            street=row.required_text("street", PLACE_NAME_LENGTH),
            community=row.required_text("community", PLACE_NAME_LENGTH),
            name=row.required_text("name", PLACE_NAME_LENGTH),
            address=row.text("address", ADDRESS_LENGTH),
            households=row.read("households", lambda v: non_negative_int(v, MAX_HOUSEHOLDS)),
            grid=row.text("grid", 32),
            is_fallback=row.read("is_fallback", yes_no),
            firm_credit_code=row.credit_code("firm_credit_code"),
            firm_name=row.text("firm_name", 100),
            contract_starts_on=row.read("contract_starts_on", date_of),
            contract_ends_on=row.read("contract_ends_on", date_of),
        )
        _contract_errors(row, compound)
        _household_warning(row, compound, "households" in header.positions)
        parsed.errors.extend(row.errors)
        parsed.warnings.extend(row.warnings)
        if not row.errors:
            parsed.rows.append(compound)
    parsed.errors.extend(
        _report_duplicates(
            [(c.row, c.key) for c in parsed.rows],
            header.labels["name"],
            lambda key: "同一区、街道、社区下的同名小区 " + "/".join(key),
        )
    )
    parsed.errors.sort(key=lambda e: e.row)
    parsed.warnings.sort(key=lambda e: e.row)
    return parsed


def _household_warning(row: _Cells, compound: CompoundRow, has_column: bool) -> None:
    """Blank or zero households: the compound then weighs nothing in its firm's quarterly score."""
    if not has_column or compound.households not in (None, 0):
        return
    if any(e.column == row.label("households") for e in row.errors):
        return
    if compound.households == 0:
        what = "为 0：该小区按 0 户登记"
    else:
        what = "为空：新小区按 0 户登记（已有小区保持原户数）"
    row.warnings.append(
        RowError(
            row.number,
            row.label("households"),
            f"{what}；0 户的小区在企业季度得分中的权重由评价政策决定（默认按该企业当季所检小区户数的中位数计）",
        )
    )
