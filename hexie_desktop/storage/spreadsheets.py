"""Reading the spreadsheets clerks already keep: .xlsx from Excel or WPS, and .csv exports.

Only the non-empty rows come back, each with the row number the clerk's program shows, so that
errors can point at it. Limits keep a hostile or accidental giant file from exhausting memory:
at most MAX_ROWS rows of data and MAX_COLUMNS columns. Chinese Excel saves CSV in GBK, so CSV is
tried as UTF-8 (with or without a byte-order mark) and then as GB18030, the superset of GBK.
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

import openpyxl
from openpyxl.utils.cell import range_boundaries

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
_MERGE_CELL = re.compile(
    rb"<(?:\w+:)?mergeCell\s[^>]*?\bref=[\"']([A-Z]{1,3}\d{1,7}:[A-Z]{1,3}\d{1,7})[\"']"
)
_SCAN_CHUNK = 1 << 20
_SNIFF_CHARS = 4096
_SCAN_OVERLAP = 512


class SpreadsheetError(UserError):
    """The file cannot be read as a spreadsheet; the message says why and what to do."""


@dataclass(frozen=True)
class Sheet:
    file_name: str
    rows: list[NumberedRow]


def _is_blank(cells: Sequence[CellValue]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


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


def read_sheet(path: Path) -> Sheet:
    """The rows of a .xlsx file's active sheet, or of a .csv file."""
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
    if suffix in CSV_SUFFIXES:
        return Sheet(path.name, _read_csv(path))
    return Sheet(path.name, _read_xlsx(path))


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise SpreadsheetError(f"{name} 含有空字符，不是文本格式的 CSV 文件。")
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
    try:
        # Numbered by record, as Excel numbers rows, even when a quoted cell spans lines.
        return _collect(enumerate(reader, start=1), path.name)
    except csv.Error as exc:
        raise SpreadsheetError(
            f"{path.name} 第 {reader.line_num} 行不是有效的 CSV：{exc}。请用 Excel 打开检查后重新保存。"
        ) from exc


def _merged_ranges(archive: zipfile.ZipFile, member: str) -> list[tuple[int, int, int, int]]:
    """The merged areas of a sheet (read-only openpyxl does not expose them).

    A scan of the raw XML for `<mergeCell ref="A1:B2"/>` costs a fraction of parsing it again.
    """
    refs: dict[bytes, None] = {}
    tail = b""
    with archive.open(member) as source:
        while chunk := source.read(_SCAN_CHUNK):
            window = tail + chunk
            refs.update(dict.fromkeys(_MERGE_CELL.findall(window)))
            tail = window[-_SCAN_OVERLAP:]
    ranges = []
    for ref in refs:
        min_col, min_row, max_col, max_row = range_boundaries(ref.decode("ascii"))
        ranges.append((min_row, min_col, max_row, max_col))
    return ranges


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


def _numbered(values: Iterator[Sequence[Any]]) -> Iterator[tuple[int, Sequence[CellValue]]]:
    # openpyxl yields an empty tuple for every missing row, so counting from 1 gives row numbers.
    return ((number, cells) for number, cells in enumerate(values, start=1))


def _read_xlsx(path: Path) -> list[NumberedRow]:
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        # A damaged, encrypted or mislabelled file can fail anywhere inside openpyxl; whatever
        # the exception, the file is at fault, not this program.
        log.info("cannot open %s as xlsx", path, exc_info=True)
        raise SpreadsheetError(
            f"{path.name} 不是有效的 .xlsx 文件（可能已损坏、设有密码，或其实是其他格式）。"
            "请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。"
        ) from exc
    try:
        sheet: Any = book.active
        if sheet is None or not hasattr(sheet, "iter_rows"):
            sheet = book.worksheets[0]
        sheet.reset_dimensions()
        rows = _collect(_numbered(sheet.iter_rows(values_only=True)), path.name)
        member = getattr(sheet, "_worksheet_path", None)
        with zipfile.ZipFile(path) as archive:
            ranges = _merged_ranges(archive, member) if member else []
        _fill_merged(rows, ranges)
    except SpreadsheetError:
        raise
    except Exception as exc:
        log.info("cannot read %s as xlsx", path, exc_info=True)
        raise SpreadsheetError(
            f"{path.name} 的内容已损坏，无法读取。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。"
        ) from exc
    finally:
        book.close()
    return rows
