"""Reading one spreadsheet cell as the value a clerk meant.

Clerks' spreadsheets hold the same fact in many shapes: a date as an Excel date, as `2024-01-31`
or as `2024/1/31`; a yes as 是, Y or 1; a phone number that Excel turned into a number. These
functions accept the shapes people really type and refuse anything else with a message that
quotes what was found, so the clerk can find and fix the cell.
"""

import datetime as dt
import re
import unicodedata

CellValue = str | int | float | bool | dt.date | dt.time | dt.timedelta | None
"""What a reader hands over for one cell: text from CSV, typed values from .xlsx (a duration
reads as its text, 1 day, 2:00:00)."""

EXCEL_ERRORS = frozenset({"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!"})
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_MAX_EXCEL_SERIAL = 2_958_465
_EARLIEST_YEAR = 1900
_LATEST_YEAR = 2100
_DATE_TEXT = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_INTEGER_TEXT = re.compile(r"^[+]?(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?$")
_TRUE_WORDS = frozenset({"是", "y", "yes", "true", "1", "√", "✓"})
_FALSE_WORDS = frozenset({"否", "n", "no", "false", "0", "×", "✗"})


_INVISIBLE_NAMES = {
    "\u200b": "零宽空格 U+200B",
    "\u200c": "零宽不连字 U+200C",
    "\u200d": "零宽连字 U+200D",
    "\u2060": "字连接符 U+2060",
    "\ufeff": "字节顺序标记 U+FEFF",
}


def invisible_characters(text: str) -> list[str]:
    """The names of the invisible characters inside `text`, which a clerk cannot see or find.

    Copied from web pages or chat messages, a credit code can carry a zero-width space: it looks
    18 characters long and is 19.
    """
    stripped = text.strip()
    if stripped.isprintable():
        return []
    found = dict.fromkeys(
        _INVISIBLE_NAMES.get(ch) or f"不可见字符 U+{ord(ch):04X}"
        for ch in stripped
        if ch in _INVISIBLE_NAMES or unicodedata.category(ch) in ("Cf", "Cc")
    )
    return list(found)


def without_invisible(text: str) -> str:
    if text.isprintable():
        return text
    return "".join(
        ch
        for ch in text
        if ch not in _INVISIBLE_NAMES and unicodedata.category(ch) not in ("Cf", "Cc")
    )


class CellError(ValueError):
    """A cell whose content cannot mean what its column asks for; the message is for the clerk."""


def _shown(value: CellValue) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def clean_text(value: CellValue) -> str:
    """The cell as text, trimmed; "" for an empty cell. Numbers lose a spurious ".0"."""
    if value is None:
        return ""
    if isinstance(value, str):
        # The common case first: a city's register has hundreds of thousands of text cells.
        text = value.strip()
        if text and (text[0] in _INVISIBLE or text[-1] in _INVISIBLE):
            text = text.strip(_INVISIBLE).strip()
        if text[:1] == "#" and text in EXCEL_ERRORS:
            raise CellError(f"单元格是 Excel 错误值“{text}”，请先修正该单元格的公式")
        return text
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    text = _shown(value).strip().strip(_INVISIBLE).strip()
    if text in EXCEL_ERRORS:
        raise CellError(f"单元格是 Excel 错误值“{text}”，请先修正该单元格的公式")
    return text


def text_of(value: CellValue, max_length: int) -> str:
    text = clean_text(value)
    if len(text) > max_length:
        raise CellError(f"不能超过 {max_length} 个字符，实际为 {len(text)} 个")
    return text


def non_negative_int(value: CellValue, maximum: int) -> int:
    """A whole number from 0 to `maximum`; "1,200" and an Excel 300.0 are accepted."""
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float):
        number = int(value) if value.is_integer() else None
    else:
        match = _INTEGER_TEXT.match(clean_text(value))
        number = int(match.group(1).replace(",", "")) if match else None
    if number is None or number < 0:
        raise CellError(f"应为非负整数，实际为“{clean_text(value)}”")
    if number > maximum:
        raise CellError(f"超出合理范围（不超过 {maximum}），实际为 {number}")
    return number


def yes_no(value: CellValue) -> bool:
    if isinstance(value, bool):
        return value
    word = clean_text(value).casefold()
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    raise CellError(f"应为“是”或“否”（也可写 Y/N、1/0），实际为“{clean_text(value)}”")


def _checked_date(year: int, month: int, day: int, shown: str) -> dt.date:
    try:
        day_value = dt.date(year, month, day)
    except ValueError as exc:
        raise CellError(f"不是有效的日期：“{shown}”") from exc
    if not _EARLIEST_YEAR <= year <= _LATEST_YEAR:
        raise CellError(f"日期年份超出范围（{_EARLIEST_YEAR}–{_LATEST_YEAR}）：“{shown}”")
    return day_value


def date_of(value: CellValue) -> dt.date:
    """An Excel date cell, an Excel serial day number, or text such as 2024-01-31, 2024/1/31."""
    if isinstance(value, dt.datetime):
        return _checked_date(value.year, value.month, value.day, value.isoformat(sep=" "))
    if isinstance(value, dt.date):
        return _checked_date(value.year, value.month, value.day, value.isoformat())
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value <= _MAX_EXCEL_SERIAL:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise CellError(f"应为日期（如 2024-01-31 或 2024/1/31），实际为“{_shown(value)}”")
    text = clean_text(value)
    match = _DATE_TEXT.match(text) or _COMPACT_DATE.match(text)
    if not match:
        raise CellError(f"应为日期（如 2024-01-31 或 2024/1/31），实际为“{text}”")
    return _checked_date(int(match.group(1)), int(match.group(2)), int(match.group(3)), text)
