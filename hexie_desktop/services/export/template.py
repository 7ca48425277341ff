"""The empty register a clerk fills in: `hexie import template firms|compounds`.

Sheet one has the columns the import reads, an example row, text format where Excel would
mangle a long code, and drop-down lists where a column takes fixed values; sheet two explains
every column (`domain/register_help.py`, the same text as `--help` and the README).
"""

import datetime as dt
import io
from pathlib import Path

import xlsxwriter

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.register_help import REGISTER_HELP, REGISTER_TITLES, ColumnHelp
from hexie_desktop.services.export.table import display_width
from hexie_desktop.storage.files import atomic_writer

TEMPLATE_KINDS = tuple(REGISTER_HELP)
SHEET_NAMES = {"firms": "企业", "compounds": "小区"}
HELP_SHEET = "填写说明"
VALIDATED_ROWS = 20_000
_TEXT_FIELDS = {"credit_code", "firm_credit_code", "phone", "grid"}
_DATE_FIELDS = {"contract_starts_on", "contract_ends_on"}
_INTEGER_FIELDS = {"households"}


def template_name(kind: str) -> str:
    return f"{REGISTER_TITLES[kind]}导入模板.xlsx"


def _register_sheet(book: xlsxwriter.Workbook, kind: str, helps: tuple[ColumnHelp, ...]) -> None:
    sheet = book.add_worksheet(SHEET_NAMES[kind])
    base = {"bold": True, "border": 1, "text_wrap": True, "valign": "top"}
    required = book.add_format(base | {"bg_color": "#F8CBAD"})
    optional = book.add_format(base | {"bg_color": "#D9E1F2"})
    text = book.add_format({"num_format": "@"})
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    integer = book.add_format({"num_format": "0"})
    example = book.add_format({"font_color": "#7F7F7F", "italic": True})
    example_date = book.add_format(
        {"font_color": "#7F7F7F", "italic": True, "num_format": "yyyy-mm-dd"}
    )
    for index, item in enumerate(helps):
        name = item.column.field
        column_format = text if name in _TEXT_FIELDS else date if name in _DATE_FIELDS else None
        column_format = integer if name in _INTEGER_FIELDS else column_format
        width = max(display_width(item.label), display_width(item.example)) + 4
        sheet.set_column(index, index, min(width, 40), column_format)
        sheet.write_string(0, index, item.label, required if item.required else optional)
        sheet.write_comment(0, index, item.meaning, {"x_scale": 2, "y_scale": 1.5})
        if name in _INTEGER_FIELDS:
            sheet.write_number(1, index, int(item.example), example)
        elif name in _DATE_FIELDS:
            sheet.write_datetime(1, index, dt.date.fromisoformat(item.example), example_date)
        else:
            sheet.write_string(1, index, item.example, example)
        if item.choices:
            sheet.data_validation(
                1,
                index,
                VALIDATED_ROWS,
                index,
                {
                    "validate": "list",
                    "source": list(item.choices),
                    "error_title": item.label,
                    "error_message": f"请从下拉列表中选择：{'、'.join(item.choices)}",
                },
            )
    sheet.freeze_panes(1, 0)
    sheet.set_row(0, 30)


def _help_sheet(book: xlsxwriter.Workbook, kind: str, helps: tuple[ColumnHelp, ...]) -> None:
    sheet = book.add_worksheet(HELP_SHEET)
    bold = book.add_format({"bold": True, "font_size": 13})
    header = book.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    sheet.write_string(
        0,
        0,
        f"{REGISTER_TITLES[kind]}填写说明：第 2 行为示例，导入前请改写或删除；"
        "表头可放在前 10 行内，表格下方的合计、注：、制表人等行会自动跳过。",
        bold,
    )
    for index, title in enumerate(("列名", "是否必填", "含义与填写要求", "示例", "也可使用的列名")):
        sheet.write_string(1, index, title, header)
    for row, item in enumerate(helps, start=2):
        meaning = item.meaning
        if item.choices:
            meaning += f"（下拉选择：{'、'.join(item.choices)}）"
        values = (
            item.label,
            "必填" if item.required else "选填",
            meaning,
            item.example,
            item.aliases,
        )
        for index, value in enumerate(values):
            sheet.write_string(row, index, value, wrap)
    for index, width in enumerate((18, 10, 70, 24, 40)):
        sheet.set_column(index, index, width)
    sheet.freeze_panes(2, 0)


def write_template(kind: str, out: Path) -> Path:
    """Write the import template for `kind` ("firms" or "compounds") to `out`, atomically."""
    if kind not in REGISTER_HELP:
        raise UserError(f"未知的模板“{kind}”，应为：{'、'.join(TEMPLATE_KINDS)}")
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"模板文件应以 .xlsx 结尾：{out}")
    if out.is_dir():
        raise UserError(
            f"输出路径 {out} 是一个文件夹。请给出文件名，如 {out / template_name(kind)}。"
        )
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    helps = REGISTER_HELP[kind]
    _register_sheet(book, kind, helps)
    _help_sheet(book, kind, helps)
    book.close()
    try:
        with atomic_writer(out) as handle:
            handle.write(buffer.getvalue())
    except OSError as error:
        raise UserError(
            f"无法写入 {out}：{error.strerror or error}。请换一个可写的位置，或检查磁盘空间。"
        ) from error
    return out
