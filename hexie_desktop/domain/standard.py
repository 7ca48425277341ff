"""Scoring standards as data: parts, indicators and itemised deductions.

A standard is versioned data, not code: the bureau edits it and ships it to inspectors. This
module reads one from its JSON form and checks that it adds up (every part's indicators sum to
the part's maximum, the parts to the standard's total), because a standard that does not add up
would silently distort every score computed with it.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hexie_desktop.domain.errors import UserError

_TOLERANCE = 1e-6


class StandardError(UserError):
    """A standard document that is malformed or does not add up."""


@dataclass(frozen=True)
class DeductionSpec:
    code: str
    description: str
    points: float


@dataclass(frozen=True)
class IndicatorSpec:
    code: str
    name: str
    max_points: float
    deductions: tuple[DeductionSpec, ...] = ()
    aspect: str = ""
    guidance: str = ""


@dataclass(frozen=True)
class PartSpec:
    code: str
    name: str
    max_points: float
    indicators: tuple[IndicatorSpec, ...]


@dataclass(frozen=True)
class StandardSpec:
    kind: str
    code: str
    version: int
    name: str
    effective_from: str
    total_points: float
    parts: tuple[PartSpec, ...]

    def indicators(self) -> list[IndicatorSpec]:
        return [i for p in self.parts for i in p.indicators]


def _require(doc: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    value = doc.get(key)
    if isinstance(value, bool) or not isinstance(value, kind):
        raise StandardError(f"评分标准格式错误：{where} 缺少或错误的字段“{key}”")
    return value


def _number(doc: Mapping[str, Any], key: str, where: str) -> float:
    value = _require(doc, key, (int, float), where)  # type: ignore[arg-type]
    if value < 0:
        raise StandardError(f"评分标准格式错误：{where} 的“{key}”不能为负数")
    return float(value)


def parse_standard(doc: Mapping[str, Any]) -> StandardSpec:
    parts = []
    for p in _require(doc, "parts", list, "标准"):
        where = f"部分 {p.get('code', '?')}"
        indicators = []
        for i in _require(p, "indicators", list, where):
            iwhere = f"指标 {i.get('code', '?')}"
            deductions = tuple(
                DeductionSpec(
                    _require(d, "code", str, iwhere),
                    _require(d, "description", str, iwhere),
                    _number(d, "points", iwhere),
                )
                for d in i.get("deductions", [])
            )
            indicators.append(
                IndicatorSpec(
                    code=_require(i, "code", str, iwhere),
                    name=_require(i, "name", str, iwhere),
                    max_points=_number(i, "max_points", iwhere),
                    deductions=deductions,
                    aspect=str(i.get("aspect", "")),
                    guidance=str(i.get("guidance", "")),
                )
            )
        parts.append(
            PartSpec(
                code=_require(p, "code", str, where),
                name=_require(p, "name", str, where),
                max_points=_number(p, "max_points", where),
                indicators=tuple(indicators),
            )
        )
    spec = StandardSpec(
        kind=_require(doc, "kind", str, "标准"),
        code=_require(doc, "code", str, "标准"),
        version=_require(doc, "version", int, "标准"),
        name=_require(doc, "name", str, "标准"),
        effective_from=_require(doc, "effective_from", str, "标准"),
        total_points=_number(doc, "total_points", "标准"),
        parts=tuple(parts),
    )
    check_adds_up(spec)
    return spec


def check_adds_up(spec: StandardSpec) -> None:
    codes = [i.code for i in spec.indicators()]
    duplicate = next((c for c in codes if codes.count(c) > 1), None)
    if duplicate:
        raise StandardError(f"评分标准中指标编号重复：{duplicate}")
    for part in spec.parts:
        total = sum(i.max_points for i in part.indicators)
        if abs(total - part.max_points) > _TOLERANCE:
            raise StandardError(
                f"评分标准不平衡：部分 {part.code} 的指标满分合计 {total:g}，应为 {part.max_points:g}"
            )
    total = sum(p.max_points for p in spec.parts)
    if abs(total - spec.total_points) > _TOLERANCE:
        raise StandardError(f"评分标准不平衡：各部分满分合计 {total:g}，应为 {spec.total_points:g}")
