"""Evaluation periods: quarters written as `2026Q1`."""

import datetime as dt
import re
from dataclasses import dataclass
from functools import total_ordering

from hexie_desktop.domain.errors import UserError

_PATTERN = re.compile(r"^(\d{4})Q([1-4])$")


class QuarterError(UserError, ValueError):
    """A quarter written in a form other than YYYYQn; the message is for the user."""


@total_ordering
@dataclass(frozen=True, slots=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> "Quarter":
        match = _PATTERN.match(text.strip().upper())
        if not match:
            raise QuarterError(f"季度格式不正确：“{text}”，应写作如 2026Q1")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def containing(cls, day: dt.date) -> "Quarter":
        return cls(day.year, (day.month - 1) // 3 + 1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Quarter):
            return NotImplemented
        return (self.year, self.number) < (other.year, other.number)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> dt.date:
        return self.next().first_day - dt.timedelta(days=1)

    def next(self) -> "Quarter":
        return Quarter(self.year + self.number // 4, self.number % 4 + 1)

    def previous(self) -> "Quarter":
        return Quarter(self.year - (self.number == 1), (self.number - 2) % 4 + 1)

    def contains(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day
