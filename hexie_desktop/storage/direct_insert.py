"""Inserting many complete rows through SQLite's own executemany, skipping SQLAlchemy's
per-row parameter processing (which costs more than SQLite's insert itself at city scale)."""

import datetime as dt
import json
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Date, DateTime, TypeDecorator

from hexie_desktop.storage.tables import Synced

Row = dict[str, Any]


def _json_text(value: Any) -> str:
    return "[]" if value == [] else json.dumps(value)


def _date_text(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _datetime_text(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value} would be stored in an unknown time zone")
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class DirectInsert:
    """One table's INSERT for SQLite's own executemany, values stored as SQLAlchemy stores them.

    SQLAlchemy's per-row parameter processing costs more than SQLite's insert itself at city
    scale; the text forms here are the ones its SQLite types write (JSON text, ISO dates, naive
    UTC datetimes with microseconds), so rows read back exactly as if written through Core.
    """

    def __init__(self, table: type[Synced]) -> None:
        columns = list(table.__table__.columns)  # type: ignore[attr-defined]
        names = [column.name for column in columns]
        self.sql = (
            f"INSERT INTO {table.__tablename__} ({', '.join(names)})"
            f" VALUES ({', '.join('?' * len(names))})"
        )
        self.pick = itemgetter(*names)
        self.converters: list[tuple[int, Callable[[Any], Any]]] = []
        for index, column in enumerate(columns):
            kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
            if isinstance(kind, JSON):
                self.converters.append((index, _json_text))
            elif isinstance(kind, DateTime):
                self.converters.append((index, _datetime_text))
            elif isinstance(kind, Date):
                self.converters.append((index, _date_text))

    def values(self, rows: list[Row]) -> list[tuple[Any, ...]]:
        if not self.converters:
            return [self.pick(row) for row in rows]
        result = []
        for row in rows:
            values = list(self.pick(row))
            for index, convert in self.converters:
                values[index] = convert(values[index])
            result.append(tuple(values))
        return result
