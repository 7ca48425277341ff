"""Rows of the firms and compounds spreadsheets, validated before anything is written.

Every problem is reported against the spreadsheet row and column the clerk sees, all of them at
once, so one round of corrections fixes the file. A column that is absent, or a cell left empty,
means "not given": an import fills in and corrects master data but never blanks a field the file
says nothing about (clearing a field is done in the window).
"""

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from hexie_desktop.domain.cell_columns import (
    CheckedColumn,
    ColumnCheck,
    code_column,
    repeated_column,
    required,
    text_column,
)
from hexie_desktop.domain.cell_values import (
    CellError,
    CellValue,
    clean_text,
    date_of,
    non_negative_int,
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


def _by_column(data: Sequence[NumberedRow], width: int) -> list[tuple[CellValue, ...]]:
    """The first `width` columns of the rows (a short row padded with empty cells)."""
    rows = [cells for _number, cells in data]
    if min(map(len, rows), default=width) < width:
        padding = (None,) * width
        rows = [row if len(row) >= width else (*row, *padding[len(row) :]) for row in rows]
    # Rows past `width` may differ in length; the shortest still covers the first `width`.
    return list(zip(*rows, strict=False)) or [()] * width


class _Columns:
    """A sheet's data rows, checked column by column, each column's outcome by field.

    `checks` are in the order a row's fields are read, which is the order of a row's errors.
    """

    def __init__(
        self,
        data: Sequence[NumberedRow],
        header: Header,
        columns: Sequence[Column],
        checks: dict[str, ColumnCheck],
    ) -> None:
        self.numbers = [number for number, _cells in data]
        # A column the file lacks is named as the template names it.
        self.labels = {c.field: c.label for c in columns} | header.labels
        by_column = _by_column(data, max(header.positions.values()) + 1)
        self.checked: dict[str, CheckedColumn] = {}
        for name, check in checks.items():
            index = header.positions.get(name)
            self.checked[name] = (
                CheckedColumn([None] * len(data)) if index is None else check(by_column[index])
            )
        self.failing = set().union(*(c.failures for c in self.checked.values()))
        self.warned = set().union(*(c.warnings for c in self.checked.values()))

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """Each row's number and field values, in the order of `checks`."""
        return zip(self.numbers, *(c.values for c in self.checked.values()), strict=True)

    def failed(self, name: str, position: int) -> bool:
        return position in self.checked[name].failures

    def errors(self, position: int) -> list[RowError]:
        if position not in self.failing:
            return []
        number = self.numbers[position]
        return [
            RowError(number, self.labels[name], column.failures[position])
            for name, column in self.checked.items()
            if position in column.failures
        ]

    def warnings(self, position: int) -> list[RowError]:
        if position not in self.warned:
            return []
        number = self.numbers[position]
        return [
            RowError(number, self.labels[name], column.warnings[position])
            for name, column in self.checked.items()
            if position in column.warnings
        ]


def _credit_code(value: CellValue) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise CellError("被 Excel 存成了数字，长数字会丢失末几位；请把该列设为“文本”格式后重新填写")
    try:
        return normalize_credit_code(without_invisible(clean_text(value)))
    except UserError as exc:
        raise CellError(exc.message) from exc


_TOTAL_WORDS = frozenset({"合计", "总计", "小计", "共计", "总数", "合计数"})
_NOTE_WORDS = (
    *("注", "备注", "说明", "填表说明", "填报说明", "制表", "制表人", "制表日期", "填表人"),
    *("填报人", "填报日期", "填报单位", "审核", "审核人", "负责人", "单位负责人", "联系人"),
    *("联系电话", "经办人", "打印日期"),
)
"""Words that, followed by a colon, begin a note or sign-off line."""
_SIGN_OFF_WORDS = ("填表说明", "填报说明", "制表人", "审核人", "填表人", "填报人", "经办人")
"""Words that begin a note or sign-off line even without a colon."""
_NOTE_START = re.compile(rf"^({'|'.join(_NOTE_WORDS)})\s*[:：]|^({'|'.join(_SIGN_OFF_WORDS)})")
_MAYBE_FOOTER = re.compile(
    "|".join(
        [r"\s*".join(word) for word in sorted(_TOTAL_WORDS)] + [*_NOTE_WORDS, *_SIGN_OFF_WORDS]
    )
)
"""What every total, note or sign-off line starts with: the one test a data row goes through."""


def _first_text(cells: Sequence[CellValue]) -> str | None:
    """The first filled cell's text, trimmed; "" when it is not text or is an Excel error value
    (data, whose error the row's checks report); None when nothing in the row is filled."""
    for cell in cells:
        if cell is None:
            continue
        if not isinstance(cell, str):
            return ""
        try:
            text = clean_text(cell)
        except CellError:
            return ""
        if text:
            return text
    return None


def _footer_reason(text: str) -> str | None:
    if not _MAYBE_FOOTER.match(text):
        return None
    text = " ".join(text.split())
    if "".join(text.split()).rstrip(":：") in _TOTAL_WORDS:
        return f"合计行（“{text}”）"
    if _NOTE_START.match(text):
        shown = text if len(text) <= 20 else text[:20] + "…"
        return f"说明或签署行（“{shown}”）"
    return None


def footer_reason(cells: Sequence[CellValue]) -> str | None:
    """Why a row is a clerk's total, note or sign-off rather than data, or None for data.

    Registers end in 合计 rows, 注：… notes (often merged across the whole row) and 制表人/审核人
    lines; these are recognised by their first filled cell and skipped, never imported.
    """
    return _footer_reason(_first_text(cells) or "")


def _data_rows(
    rows: Sequence[NumberedRow], header: Header, skipped: list[RowError]
) -> list[NumberedRow]:
    data = []
    for number, cells in rows:
        if number <= header.row:
            continue
        text = _first_text(cells)
        if text is None:
            continue
        reason = _footer_reason(text)
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


_FIRM_CHECKS: dict[str, ColumnCheck] = {
    "credit_code": required(code_column(_credit_code)),
    "name": required(text_column(100)),
    "legal_representative": text_column(32),
    "phone": text_column(32),
    "address": text_column(ADDRESS_LENGTH),
    "state_owned": repeated_column(yes_no),
}


def parse_firm_rows(rows: Sequence[NumberedRow]) -> ParsedSheet[FirmRow]:
    """The firms sheet: one firm per row, keyed by its credit code."""
    header = locate_header(rows, FIRM_COLUMNS, "企业")
    parsed = ParsedSheet[FirmRow](header)
    columns = _Columns(_data_rows(rows, header, parsed.skipped), header, FIRM_COLUMNS, _FIRM_CHECKS)
    for position, values in enumerate(columns.rows()):
        parsed.warnings += columns.warnings(position)
        if position in columns.failing:
            parsed.errors += columns.errors(position)
        else:
            parsed.rows.append(FirmRow(*values))
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


def _contract_errors(columns: _Columns, position: int, compound: CompoundRow) -> list[RowError]:
    starts, ends = compound.contract_starts_on, compound.contract_ends_on
    if compound.firm_credit_code is not None and starts is not None and ends is None:
        return []
    errors = []
    number, label = compound.row, columns.labels
    if compound.firm_credit_code is not None and starts is None:
        if not columns.failed("contract_starts_on", position):
            errors.append(
                RowError(
                    number, label["contract_starts_on"], "填写了物业企业时必须填写合同开始日期"
                )
            )
    if compound.firm_credit_code is None and (starts is not None or ends is not None):
        if not columns.failed("firm_credit_code", position):
            errors.append(
                RowError(
                    number, label["firm_credit_code"], "填写了合同日期时必须填写物业企业信用代码"
                )
            )
    if starts is not None and ends is not None and ends < starts:
        errors.append(
            RowError(number, label["contract_ends_on"], f"早于合同开始日期 {starts.isoformat()}")
        )
    return errors


_COMPOUND_CHECKS: dict[str, ColumnCheck] = {
    "district": required(text_column(PLACE_NAME_LENGTH)),
    "street": required(text_column(PLACE_NAME_LENGTH)),
    "community": required(text_column(PLACE_NAME_LENGTH)),
    "name": required(text_column(PLACE_NAME_LENGTH)),
    "address": text_column(ADDRESS_LENGTH),
    "households": repeated_column(lambda v: non_negative_int(v, MAX_HOUSEHOLDS)),
    "grid": text_column(32),
    "is_fallback": repeated_column(yes_no),
    "firm_credit_code": code_column(_credit_code),
    "firm_name": text_column(100),
    "contract_starts_on": repeated_column(date_of),
    "contract_ends_on": repeated_column(date_of),
}


def parse_compound_rows(rows: Sequence[NumberedRow]) -> ParsedSheet[CompoundRow]:
    """The compounds sheet: one compound per row, keyed by its place and name.

    Whether a firm named here exists is for the importer to check against the database.
    """
    header = locate_header(rows, COMPOUND_COLUMNS, "小区")
    parsed = ParsedSheet[CompoundRow](header)
    columns = _Columns(
        _data_rows(rows, header, parsed.skipped), header, COMPOUND_COLUMNS, _COMPOUND_CHECKS
    )
    has_households = "households" in header.positions
    for position, values in enumerate(columns.rows()):
        compound = CompoundRow(*values)
        errors = columns.errors(position) + _contract_errors(columns, position, compound)
        parsed.warnings += columns.warnings(position)
        if (
            has_households
            and compound.households in (None, 0)
            and not columns.failed("households", position)
        ):
            parsed.warnings.append(_household_warning(columns, compound))
        if errors:
            parsed.errors += errors
        else:
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


def _household_warning(columns: _Columns, compound: CompoundRow) -> RowError:
    """Blank or zero households: the compound then weighs nothing in its firm's quarterly score."""
    if compound.households == 0:
        what = "为 0：该小区按 0 户登记"
    else:
        what = "为空：新小区按 0 户登记（已有小区保持原户数）"
    return RowError(
        compound.row,
        columns.labels["households"],
        f"{what}；0 户的小区在企业季度得分中的权重由评价政策决定（默认按该企业当季所检小区户数的中位数计）",
    )
