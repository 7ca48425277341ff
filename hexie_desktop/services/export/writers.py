"""Writing an `ExportTable` as .xlsx (XlsxWriter) or .csv, atomically.

.xlsx: a title row (report, period, 暂定/已定稿, verification code) merged over the columns,
Chinese headers, the header frozen, widths fitted to the content, numbers with two decimals,
dates as dates. .csv: UTF-8 with a byte-order mark, which Excel on Chinese Windows needs to
read UTF-8, or GB18030 on request for older programs.

Formula injection: a text cell that would start a formula (`= + - @`, tab, carriage return) is
written in .xlsx as text with Excel's own quote-prefix mark (the value stays exactly the text,
and Excel, WPS and LibreOffice never evaluate it, not even after editing the cell), and in .csv,
which has no types, behind a leading apostrophe, as OWASP advises.
"""

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import xlsxwriter

from hexie_desktop.domain.errors import UserError
from hexie_desktop.services.export.table import (
    ExportTable,
    ExportValue,
    Kind,
    column_widths,
    shown,
    starts_formula,
)
from hexie_desktop.storage.files import atomic_writer

CSV_ENCODINGS = {"utf-8": "utf-8-sig", "gb18030": "gb18030"}
CSV_PREFIX = "'"
_FORMATS = {
    Kind.NUMBER: {"num_format": "0.00"},
    Kind.INTEGER: {"num_format": "0"},
    Kind.DATE: {"num_format": "yyyy-mm-dd"},
    Kind.DATETIME: {"num_format": "yyyy-mm-dd hh:mm"},
}
_HEADER_ROW = 1
_FIRST_DATA_ROW = 2


def csv_text(value: ExportValue, kind: Kind) -> str:
    """The CSV cell; a guarded text gets the apostrophe, and so does one that already had it,
    so that importing (which removes one apostrophe before a formula start) gives it back."""
    text = shown(value, kind)
    guarded = starts_formula(text) or (text[:1] == CSV_PREFIX and starts_formula(text[1:]))
    return CSV_PREFIX + text if isinstance(value, str) and guarded else text


def csv_bytes(table: ExportTable, encoding: str = "utf-8") -> bytes:
    codec = CSV_ENCODINGS.get(encoding)
    if codec is None:
        raise UserError(f"不支持的编码“{encoding}”，应为 utf-8 或 gb18030。")
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.label for c in table.columns])
    kinds = [c.kind for c in table.columns]
    for row in table.rows:
        writer.writerow([csv_text(v, k) for v, k in zip(row, kinds, strict=True)])
    try:
        return buffer.getvalue().encode(codec)
    except UnicodeEncodeError as error:
        bad = error.object[error.start : error.end]
        raise UserError(
            f"“{bad}”无法用 {encoding} 编码保存。请改用默认的 UTF-8（去掉 --encoding）。"
        ) from error


def _xlsx(table: ExportTable, handle: Any) -> None:
    book = xlsxwriter.Workbook(
        handle, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    sheet = book.add_worksheet(table.sheet_name)
    title = book.add_format({"bold": True, "font_size": 14, "valign": "vcenter"})
    header = book.add_format(
        {"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True, "valign": "top"}
    )
    formats = {kind: book.add_format(spec) for kind, spec in _FORMATS.items()}
    quoted = book.add_format({"quote_prefix": True})
    last_column = len(table.columns) - 1
    if last_column > 0:
        sheet.merge_range(0, 0, 0, last_column, table.title_line(), title)
    else:
        sheet.write_string(0, 0, table.title_line(), title)
    sheet.set_row(0, 24)
    for index, (column, width) in enumerate(zip(table.columns, column_widths(table), strict=True)):
        sheet.set_column(index, index, width, formats.get(column.kind))
        sheet.write_string(_HEADER_ROW, index, column.label, header)
    sheet.freeze_panes(_FIRST_DATA_ROW, 0)
    kinds = [c.kind for c in table.columns]
    for offset, row in enumerate(table.rows):
        number = _FIRST_DATA_ROW + offset
        for index, (value, kind) in enumerate(zip(row, kinds, strict=True)):
            _cell(sheet, (number, index), value, kind, formats=formats, quoted=quoted)
    if table.rows:
        sheet.autofilter(_HEADER_ROW, 0, _FIRST_DATA_ROW + len(table.rows) - 1, last_column)
    book.close()


def _cell(
    sheet: Any,
    at: tuple[int, int],
    value: ExportValue,
    kind: Kind,
    *,
    formats: dict[Kind, Any],
    quoted: Any,
) -> None:
    row, column = at
    if value is None:
        return
    if isinstance(value, bool) or kind is Kind.YES_NO:
        sheet.write_string(row, column, shown(value, kind))
    elif isinstance(value, dt.datetime):
        sheet.write_datetime(row, column, value.replace(tzinfo=None), formats[Kind.DATETIME])
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, column, value, formats[Kind.DATE])
    elif isinstance(value, int | float):
        sheet.write_number(row, column, value, formats.get(kind))
    elif starts_formula(value):
        sheet.write_string(row, column, value, quoted)
    else:
        sheet.write_string(row, column, value)


def write_table(table: ExportTable, out: Path, encoding: str = "utf-8") -> Path:
    """Write `table` to `out` (.xlsx or .csv by its suffix); the file is whole or not there."""
    suffix = out.suffix.lower()
    if out.is_dir():
        raise UserError(f"输出路径 {out} 是一个文件夹。请给出文件名，如 {out / '导出.xlsx'}。")
    if suffix not in (".xlsx", ".csv"):
        raise UserError(f"输出文件应以 .xlsx 或 .csv 结尾：{out}")
    if suffix == ".xlsx" and encoding != "utf-8":
        raise UserError("--encoding 只用于 .csv 文件；.xlsx 文件不需要选择编码。")
    data = csv_bytes(table, encoding) if suffix == ".csv" else None
    try:
        with atomic_writer(out) as handle:
            if data is not None:
                handle.write(data)
            else:
                buffer = io.BytesIO()
                _xlsx(table, buffer)
                handle.write(buffer.getvalue())
    except OSError as error:
        raise UserError(
            f"无法写入 {out}：{error.strerror or error}。请换一个可写的位置，或检查磁盘空间，"
            "并确认该文件没有在 Excel 或 WPS 中打开。"
        ) from error
    return out
