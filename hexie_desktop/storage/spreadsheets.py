"""Reading the spreadsheets clerks already keep: .xlsx from Excel or WPS, and .csv exports.

Only the non-empty rows come back, each with the row number the clerk's program shows, so that
errors can point at it. Limits keep a hostile or accidental giant file from exhausting memory:
at most MAX_ROWS rows of data and MAX_COLUMNS columns. Chinese Excel saves CSV in GBK, so CSV is
tried as UTF-8 (with or without a byte-order mark) and then as GB18030, the superset of GBK;
"Unicode text" saved by Excel is UTF-16 with a byte-order mark and is read as such.

Workbooks are read with python-calamine (Rust): an order of magnitude faster than openpyxl on
a city's 20,000-compound register. Any sheet can be chosen by name; without a name, the sheet
the workbook was saved on.
"""

import csv
import io
import logging
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import python_calamine

from hexie_desktop.domain.cell_values import CellValue
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.sheet_header import NumberedRow

log = logging.getLogger(__name__)

MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_CSV_BYTES = 200 * 1024 * 1024
MAX_MERGED_CELLS = 5_000_000
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv",)
MAX_SHEET_ROWS = 2_000_000
_CSV_ENCODINGS = ("utf-8-sig", "gb18030")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_ACTIVE_TAB = re.compile(rb"<(?:\w+:)?workbookView\b[^>]*?\bactiveTab=[\"'](\d+)[\"']")
_SNIFF_CHARS = 4096
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_ERROR_CELL = re.compile(
    rb"<(?:\w+:)?c\b([^>]*\bt=[\"']e[\"'][^>]*?)(?<!/)>"
    rb"(?:(?!</(?:\w+:)?c>).)*?<(?:\w+:)?v>([^<]*)<",
    re.S,
)
_CELL_REF = re.compile(rb"\br=[\"']([A-Z]{1,3})(\d{1,7})[\"']")
_CSV_FORMULA_GUARD = re.compile(r"^'(?=[=+\-@\t\r])")


class SpreadsheetError(UserError):
    """The file cannot be read as a spreadsheet; the message says why and what to do."""


@dataclass(frozen=True)
class Sheet:
    file_name: str
    rows: list[NumberedRow]
    sheet_name: str | None = None
    """the workbook sheet read (None for CSV)"""
    other_sheets: tuple[str, ...] = ()
    """the workbook's other sheets, so that a message can name them"""


def _is_blank(cells: Sequence[CellValue]) -> bool:
    for cell in cells:  # a loop, not all(): this runs for every row of the sheet
        if cell is not None and (not isinstance(cell, str) or cell.strip()):
            return False
    return True


def _collect(numbered: Iterable[tuple[int, Sequence[CellValue]]], name: str) -> list[NumberedRow]:
    rows: list[NumberedRow] = []
    for number, cells in numbered:
        if number > MAX_SHEET_ROWS:
            raise SpreadsheetError(
                f"{name} 超过 {MAX_SHEET_ROWS} 行（含空行），不是正常的表格。请只保留数据后另存再导入。"
            )
        if _is_blank(cells):
            continue
        if len(rows) > MAX_ROWS:
            raise SpreadsheetError(
                f"{name} 超过 {MAX_ROWS} 行数据，超出一次导入的上限。请拆分为多个文件分批导入。"
            )
        rows.append((number, tuple(cells[:MAX_COLUMNS])))
    return rows


def _checked(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise SpreadsheetError(
            f"{path.name} 是旧版 Excel 格式（.xls），无法读取。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。"
        )
    if suffix not in EXCEL_SUFFIXES + CSV_SUFFIXES:
        raise SpreadsheetError(
            f"不支持的文件类型“{path.suffix or '无扩展名'}”：{path.name}。请使用 .xlsx 或 .csv 文件。"
        )
    if not path.exists():
        raise SpreadsheetError(f"找不到文件：{path}")
    if not path.is_file():
        raise SpreadsheetError(f"{path} 不是文件。")
    if path.stat().st_size == 0:
        raise SpreadsheetError(f"{path.name} 是空文件（0 字节），请确认选对了文件并已保存。")
    return suffix


def sheet_names(path: Path) -> list[str]:
    """The worksheets of a workbook, in tab order; a CSV file has none."""
    if _checked(path) in CSV_SUFFIXES:
        return []
    with _Workbook(path) as book:
        return _worksheets(book)


def read_sheet(path: Path, sheet: str | None = None) -> Sheet:
    """The rows of one sheet of a .xlsx file (`sheet`, else the one it was saved on), or of a .csv."""
    if _checked(path) in CSV_SUFFIXES:
        if sheet is not None:
            raise SpreadsheetError(f"{path.name} 是 CSV 文件，没有工作表可选；请去掉 --sheet。")
        return Sheet(path.name, _read_csv(path))
    return _read_xlsx(path, sheet)


def _decode(data: bytes, name: str) -> str:
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SpreadsheetError(
                f"{name} 看起来是 UTF-16（Unicode 文本）文件，但内容已损坏。"
                "请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入。"
            ) from exc
    if b"\x00" in data:
        raise SpreadsheetError(
            f"{name} 含有空字符：可能是没有字节顺序标记的 UTF-16 文件，或根本不是文本文件。"
            "请在 Excel 中打开它，另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再导入。"
        )
    for encoding in _CSV_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SpreadsheetError(
        f"{name} 的文字编码无法识别（既不是 UTF-8 也不是 GBK）。请在 Excel 中另存为“CSV UTF-8”后再导入。"
    )


def _read_csv(path: Path) -> list[NumberedRow]:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise SpreadsheetError(
            f"{path.name} 大于 {MAX_CSV_BYTES // (1024 * 1024)} MB，超出一次导入的上限。请拆分后分批导入。"
        )
    text = _decode(path.read_bytes(), path.name)
    head = text[:_SNIFF_CHARS]
    delimiter = "\t" if head.count("\t") > head.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records = ([_CSV_FORMULA_GUARD.sub("", cell) for cell in record] for record in reader)
    try:
        # Numbered by record, as Excel numbers rows, even when a quoted cell spans lines.
        return _collect(enumerate(records, start=1), path.name)
    except csv.Error as exc:
        raise SpreadsheetError(
            f"{path.name} 第 {reader.line_num} 行不是有效的 CSV：{exc}。请用 Excel 打开检查后重新保存。"
        ) from exc


def _fill_merged(rows: list[NumberedRow], ranges: list[tuple[int, int, int, int]]) -> None:
    """Give every cell of a merged area the value of its top-left cell, as the clerk sees it.

    A district written once in a cell merged down over its compounds belongs to each of them.
    """
    by_number = {number: index for index, (number, _cells) in enumerate(rows)}
    budget = MAX_MERGED_CELLS
    for min_row, min_col, max_row, max_col in ranges:
        top = by_number.get(min_row)
        if top is None or min_col > MAX_COLUMNS:
            continue
        top_cells = rows[top][1]
        value = top_cells[min_col - 1] if min_col <= len(top_cells) else None
        last_col = min(max_col, MAX_COLUMNS)
        for number in range(min_row, max_row + 1):
            index = by_number.get(number)
            if index is None:
                continue
            budget -= last_col - min_col + 1
            if budget < 0:
                raise SpreadsheetError(
                    "表格中的合并单元格过多，无法读取。请取消合并单元格后再导入。"
                )
            cells = list(rows[index][1])
            cells.extend([None] * (last_col - len(cells)))
            cells[min_col - 1 : last_col] = [value] * (last_col - min_col + 1)
            rows[index] = (number, tuple(cells))


class _Workbook:
    """A calamine workbook opened as a context manager, with the sheet it was saved on."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.book = python_calamine.CalamineWorkbook.from_path(str(path))
        except Exception as exc:
            # A damaged, encrypted or mislabelled file fails inside the Rust reader with one of
            # several exception types; whatever it is, the file is at fault, not this program.
            log.info("cannot open %s as xlsx", path, exc_info=True)
            raise SpreadsheetError(
                f"{path.name} 不是有效的 .xlsx 文件（可能已损坏、设有密码，或其实是其他格式）。"
                "请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。"
            ) from exc

    def __enter__(self) -> "python_calamine.CalamineWorkbook":
        return self.book

    def __exit__(self, *_exc: object) -> None:
        self.book.close()


def _worksheets(book: "python_calamine.CalamineWorkbook") -> list[str]:
    return [
        m.name for m in book.sheets_metadata if m.typ == python_calamine.SheetTypeEnum.WorkSheet
    ]


def _active_sheet(path: Path, names: list[str]) -> str:
    """The sheet the workbook was saved on (Excel's activeTab), else the first."""
    try:
        with zipfile.ZipFile(path) as archive:
            head = archive.read("xl/workbook.xml")[: _SNIFF_CHARS * 4]
    except (KeyError, zipfile.BadZipFile, OSError):
        return names[0]
    match = _ACTIVE_TAB.search(head)
    index = int(match.group(1)) if match else 0
    return names[index] if index < len(names) else names[0]


def _sheet_member(archive: zipfile.ZipFile, name: str) -> str | None:
    """The zip member holding the worksheet called `name`, from the workbook's relationships."""
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    for sheet in book.iter(f"{{{_MAIN_NS}}}sheet"):
        if sheet.get("name") == name:
            target = targets.get(sheet.get(f"{{{_REL_NS}}}id"), "")
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return None


def _error_cells(path: Path, name: str) -> dict[tuple[int, int], str]:
    """(row, column) → the Excel error value (#N/A, #REF! …) of every error cell of the sheet.

    calamine reads error cells as empty, which would turn a broken lookup into "not given"; a
    scan of the raw XML for cells of type "e" finds them again so they can be named.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            member = _sheet_member(archive, name)
            data = archive.read(member) if member else b""
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        log.info("cannot scan %s for error cells", path, exc_info=True)
        return {}
    if b't="e"' not in data and b"t='e'" not in data:
        return {}  # a plain search is a tenth of the scan's time, and few sheets have errors
    found: dict[tuple[int, int], str] = {}
    for match in _ERROR_CELL.finditer(data):
        ref = _CELL_REF.search(match.group(1))
        if ref is None:
            continue
        column = 0
        for letter in ref.group(1):
            column = column * 26 + letter - 64
        found[(int(ref.group(2)), column)] = match.group(2).decode("ascii", "replace")
    return found


def _with_errors(rows: list[NumberedRow], errors: dict[tuple[int, int], str]) -> None:
    by_number = {number: index for index, (number, _cells) in enumerate(rows)}
    for (number, column), value in errors.items():
        index = by_number.get(number)
        if index is None or column > MAX_COLUMNS:
            continue
        cells = list(rows[index][1])
        cells.extend([None] * (column - len(cells)))
        cells[column - 1] = value
        rows[index] = (number, tuple(cells))


def _numbered(
    rows: Iterator[list[Any]], first_column: int
) -> Iterable[tuple[int, Sequence[CellValue]]]:
    """calamine's rows numbered from 1, an empty cell as "" (as a CSV file gives it).

    calamine yields every row from the first, but only the columns from the first used one.
    """
    if not first_column:
        return enumerate(rows, start=1)
    pad: list[Any] = [None] * first_column
    return ((number, pad + cells) for number, cells in enumerate(rows, start=1))


def _read_xlsx(path: Path, wanted: str | None) -> Sheet:
    with _Workbook(path) as book:
        names = _worksheets(book)
        if not names:
            raise SpreadsheetError(f"{path.name} 中没有工作表。")
        if wanted is not None and wanted not in names:
            listed = "、".join(f"“{n}”" for n in names)
            raise SpreadsheetError(
                f"{path.name} 中没有名为“{wanted}”的工作表。该工作簿的工作表有：{listed}。"
            )
        name = wanted if wanted is not None else _active_sheet(path, names)
        try:
            sheet = book.get_sheet_by_name(name)
            end_row, _end_column = sheet.end or (0, 0)
            if end_row + 1 > MAX_SHEET_ROWS:
                raise SpreadsheetError(
                    f"{path.name} 超过 {MAX_SHEET_ROWS} 行（含空行），不是正常的表格。"
                    "请只保留数据后另存再导入。"
                )
            first_column = sheet.start[1] if sheet.start else 0
            rows = _collect(_numbered(sheet.iter_rows(), first_column), path.name)
            ranges = [
                (top + 1, left + 1, bottom + 1, right + 1)
                for (top, left), (bottom, right) in sheet.merged_cell_ranges or ()
            ]
        except SpreadsheetError:
            raise
        except Exception as exc:
            log.info("cannot read %s as xlsx", path, exc_info=True)
            raise SpreadsheetError(
                f"{path.name} 的内容已损坏，无法读取。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。"
            ) from exc
    if len(ranges) > MAX_MERGED_CELLS:
        raise SpreadsheetError("表格中的合并单元格过多，无法读取。请取消合并单元格后再导入。")
    _with_errors(rows, _error_cells(path, name))
    _fill_merged(rows, ranges)
    return Sheet(path.name, rows, name, tuple(n for n in names if n != name))
