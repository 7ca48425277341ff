"""Argument values several commands take, each parsed with one Chinese message when it is wrong."""

import datetime as dt

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.errors import UserError


def parse_day(text: str | None) -> dt.date:
    """A `YYYY-MM-DD` day; today when none was given."""
    if text is None:
        return bureau_time.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise UserError(f"日期格式不正确：“{text}”，应写作如 2026-04-10") from error
