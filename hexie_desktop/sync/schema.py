"""What a record of each synced table must look like, read from the SQLModel table definitions.

Types, required fields, lengths, enums and simple ranges all come from the tables themselves
(column types, nullability, `String(length)` and the CHECK constraints), so a column added to a
table is checked without anyone remembering to update this module. CHECK constraints that are
not a plain enum or bound are listed in `constraints.py`; a test fails if one is covered by
neither.
"""

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    TypeDecorator,
)

from hexie_desktop.domain.labels import table_label
from hexie_desktop.storage.tables import SYNCED_TABLES, Synced
from hexie_desktop.sync.constraints import EXTRA_RULES, RowRule
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.limits import MAX_JSON_DEPTH, MAX_JSON_INT

_ENUM = re.compile(r"^(\w+) IN \((.*)\)$")
_BOUND = re.compile(r"^(?:(\w+) IS NULL OR )?(\w+) (>=|>) (-?\d+(?:\.\d+)?)$")
UUID_PATTERN = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_ID_COLUMNS = frozenset({"id", "author_id"})


class InvalidValue(ValueError):
    """A field value that breaks its column's rule; the message names the rule."""


Converter = Callable[[Any], Any]


def _json_ok(value: Any, depth: int = 0) -> None:
    if depth > MAX_JSON_DEPTH:
        raise InvalidValue(f"嵌套超过 {MAX_JSON_DEPTH} 层")
    if isinstance(value, str):
        if "\x00" in value:
            raise InvalidValue("含有 NUL 字符")
    elif isinstance(value, dict):
        for key, item in value.items():
            _json_ok(key, depth + 1)
            _json_ok(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _json_ok(item, depth + 1)
    elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_JSON_INT:
        raise InvalidValue("整数超出 64 位范围")


def _text(length: int | None, choices: frozenset[str] | None, uuid: bool) -> Converter:
    def convert(value: Any) -> Any:
        if type(value) is not str:
            raise InvalidValue("应为文本")
        if length is not None and len(value) > length:
            raise InvalidValue(f"超过 {length} 个字符")
        if "\x00" in value:
            raise InvalidValue("含有 NUL 字符")
        if choices is not None and value not in choices:
            raise InvalidValue(f"取值“{value[:40]}”不在允许范围 {sorted(choices)} 内")
        if uuid and not UUID_PATTERN.match(value):
            raise InvalidValue("不是规范的 UUID")
        return value

    return convert


def _integer(value: Any) -> Any:
    if type(value) is not int or abs(value) > MAX_JSON_INT:
        raise InvalidValue("应为 64 位整数")
    return value


def _floating(value: Any) -> Any:
    if type(value) is float:
        return value
    if type(value) is int and abs(value) <= MAX_JSON_INT:
        return float(value)
    raise InvalidValue("应为数值")


def _boolean(value: Any) -> Any:
    if type(value) is not bool:
        raise InvalidValue("应为 true 或 false")
    return value


def _date(value: Any) -> Any:
    if type(value) is not str or len(value) != 10:
        raise InvalidValue("应为日期 YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidValue("应为日期 YYYY-MM-DD") from exc


def _datetime(value: Any) -> Any:
    if type(value) is not str or not 19 <= len(value) <= 32 or value[10] != "T":
        raise InvalidValue("应为带时区的 ISO 8601 时间")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidValue("应为带时区的 ISO 8601 时间") from exc
    if parsed.tzinfo is None:
        raise InvalidValue("时间缺少时区")
    return parsed.astimezone(dt.UTC)


def _json(value: Any) -> Any:
    return value


def _bounded(inner: Converter, floor: float, strict: bool, nullable: bool) -> Converter:
    def convert(value: Any) -> Any:
        if value is None and nullable:
            return None
        result = inner(value)
        if result is not None and (result <= floor if strict else result < floor):
            raise InvalidValue(f"应{'大于' if strict else '不小于'} {floor:g}")
        return result

    return convert


def _nullable(inner: Converter) -> Converter:
    def convert(value: Any) -> Any:
        return None if value is None else inner(value)

    return convert


_CONVERTERS: tuple[tuple[type, Converter], ...] = (
    (Boolean, _boolean),
    (Integer, _integer),
    (Float, _floating),
    (DateTime, _datetime),
    (Date, _date),
    (JSON, _json),
)


def _impl(column: Column[Any]) -> Any:
    kind = column.type
    return kind.impl_instance if isinstance(kind, TypeDecorator) else kind


def _base_converter(column: Column[Any], choices: frozenset[str] | None) -> Converter:
    kind = _impl(column)
    if isinstance(kind, String):
        return _text(kind.length, choices, column.name in _ID_COLUMNS)
    for sql_type, converter in _CONVERTERS:
        if isinstance(kind, sql_type):
            return converter
    raise TypeError(f"column {column} has a type bundles cannot carry")


@dataclass(frozen=True)
class TableSpec:
    """One synced table as bundles see it."""

    name: str
    model: type[Synced]
    table: Table
    columns: tuple[str, ...]
    converters: tuple[tuple[str, Converter], ...]
    column_set: frozenset[str]
    foreign_keys: tuple[tuple[str, str], ...]
    coercions: tuple[tuple[str, Converter], ...]
    rules: tuple[RowRule, ...]
    json_columns: tuple[str, ...]

    def validate(
        self, record: Mapping[str, Any], where: str, *, deep: bool = True
    ) -> dict[str, Any]:
        """The record with dates and times as Python values, or a refusal naming the field.

        `deep` walks JSON columns for nesting depth and NUL characters; the caller may skip it for
        a line whose brackets are too few to nest that deep and that holds no escaped NUL.
        """
        if record.keys() != self.column_set:
            missing = sorted(self.column_set - record.keys())
            unknown = sorted(record.keys() - self.column_set)
            raise BundleRefusedError(
                "records",
                f"{where}（{table_label(self.name)}）字段不符：缺少 {missing}，多出 {unknown}",
            )
        values: dict[str, Any] = {}
        name = ""
        try:
            for name, convert in self.converters:
                values[name] = convert(record[name])
            if deep:
                for name in self.json_columns:
                    _json_ok(values[name])
        except InvalidValue as exc:
            raise BundleRefusedError(
                "records", f"{where}（{table_label(self.name)}的 {name} 字段）{exc}"
            ) from exc
        for rule in self.rules:
            problem = rule.check(values)
            if problem:
                raise BundleRefusedError("records", f"{where}（{table_label(self.name)}）{problem}")
        return values

    def convert(self, record: dict[str, Any]) -> dict[str, Any]:
        """Only the type conversions, for a record that already passed `validate` in this merge."""
        for name, convert in self.coercions:
            if record[name] is not None:
                record[name] = convert(record[name])
        return record


def _check_rules(
    table: Table,
) -> tuple[dict[str, frozenset[str]], dict[str, tuple[float, bool]], list[str]]:
    choices: dict[str, frozenset[str]] = {}
    bounds: dict[str, tuple[float, bool]] = {}
    others: list[str] = []
    for constraint in table.constraints:
        if not isinstance(constraint, CheckConstraint):
            continue
        sql = str(constraint.sqltext).strip()
        enum = _ENUM.match(sql)
        bound = _BOUND.match(sql)
        if enum:
            choices[enum.group(1)] = frozenset(
                v.strip().strip("'") for v in enum.group(2).split(",")
            )
        elif bound and (bound.group(1) in (None, bound.group(2))):
            bounds[bound.group(2)] = (float(bound.group(4)), bound.group(3) == ">")
        else:
            others.append(str(constraint.name))
    return choices, bounds, others


def _coercion(column: Column[Any]) -> Converter | None:
    kind = _impl(column)
    if isinstance(kind, DateTime):
        return _datetime
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, Float):
        return _floating
    return None


def _build(model: type[Synced]) -> tuple[TableSpec, list[str]]:
    table: Table = model.__table__  # type: ignore[attr-defined]
    choices, bounds, others = _check_rules(table)
    converters = []
    coercions = []
    foreign: list[tuple[str, str]] = []
    for column in table.columns:
        convert = _base_converter(column, choices.get(column.name))
        if column.name in bounds:
            convert = _bounded(convert, *bounds[column.name], bool(column.nullable))
        elif column.nullable:
            convert = _nullable(convert)
        converters.append((column.name, convert))
        coercion = _coercion(column)
        if coercion is not None:
            coercions.append((column.name, coercion))
        foreign.extend((str(column.name), str(fk.column.table.name)) for fk in column.foreign_keys)
    rules = tuple(r for r in EXTRA_RULES if r.table == table.name)
    covered = {r.constraint for r in rules}
    spec = TableSpec(
        name=str(table.name),
        model=model,
        table=table,
        columns=tuple(c.name for c in table.columns),
        converters=tuple(converters),
        column_set=frozenset(c.name for c in table.columns),
        foreign_keys=tuple(foreign),
        coercions=tuple(coercions),
        rules=rules,
        json_columns=tuple(str(c.name) for c in table.columns if isinstance(_impl(c), JSON)),
    )
    return spec, [f"{table.name}.{name}" for name in others if name not in covered]


def _registry() -> tuple[dict[str, TableSpec], list[str]]:
    specs: dict[str, TableSpec] = {}
    uncovered: list[str] = []
    for model in SYNCED_TABLES:
        spec, missing = _build(model)
        specs[spec.name] = spec
        uncovered.extend(missing)
    return specs, uncovered


TABLES, UNCOVERED_CHECKS = _registry()
TABLE_ORDER = tuple(TABLES)


def spec_for(table_name: str) -> TableSpec:
    try:
        return TABLES[table_name]
    except KeyError:
        raise BundleRefusedError("records", f"不认识的数据表：{table_name}") from None
