"""Versions of the policy and the standards: which is in force, and a clerk's new version.

A new version is always an edited copy of an existing one, numbered after every version of its
kind, and applies from the quarter (or, for the community standard, the year) the clerk chooses.
The version in force for a period is the highest-numbered one whose `effective_from` is not after
it: the rule `evaluation_inputs.load_policy` applies to the policy, and `standard_in_force`
applies to standards when a new sheet is scored. A version may not apply from a finalised quarter,
because the results frozen there were computed with the versions in force before.
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.policy import parse_policy, with_later_defaults
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.standard import (
    DeductionSpec,
    IndicatorSpec,
    PartSpec,
    StandardSpec,
    check_adds_up,
)
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.evaluation.quarters import finalised_quarters, require_clerk
from hexie_desktop.services.rules.standards import (
    applies,
    install_policy,
    install_standard,
)
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import Deduction, Indicator, Policy, Standard, StandardPart

POLICY = "policy"
KINDS = (POLICY, "service", "community")
NOTE_LENGTH = 200
NAME_LENGTH = 100


@dataclass(frozen=True)
class VersionInfo:
    """One version of the policy or a standard, and whether it is the one in force today."""

    kind: str
    id: str
    version: int
    name: str
    effective_from: str
    in_force: bool


def current_period(kind: str, today: dt.date | None = None) -> str:
    """The period a version of `kind` applies to today: a quarter, or a year for grading."""
    day = today or bureau_time.today()
    return str(day.year) if kind == "community" else str(Quarter.containing(day))


def policy_body_in_force(
    session: Session, today: dt.date | None = None
) -> Mapping[str, Any] | None:
    """The body of the policy version in force today; None before a policy applies."""
    period = current_period(POLICY, today)
    rows = session.exec(
        select(Policy.effective_from, Policy.body)
        .where(col(Policy.deleted).is_(False))
        .order_by(col(Policy.version).desc())
    ).all()
    return next((body for start, body in rows if applies(start, period)), None)


def _in_force_version(rows: Sequence[tuple[int, str]], period: str) -> int | None:
    candidates = [version for version, start in rows if applies(start, period)]
    return max(candidates, default=None)


def list_versions(store: Store, today: dt.date | None = None) -> list[VersionInfo]:
    """Every version of the policy and of both standards, newest first within each kind."""
    with store.reading() as session:
        policies = session.exec(select(Policy).where(col(Policy.deleted).is_(False))).all()
        standards = session.exec(select(Standard).where(col(Standard.deleted).is_(False))).all()
    found: list[VersionInfo] = []
    period = current_period(POLICY, today)
    in_force = _in_force_version([(p.version, p.effective_from) for p in policies], period)
    found += [
        VersionInfo(POLICY, p.id, p.version, p.note, p.effective_from, p.version == in_force)
        for p in sorted(policies, key=lambda p: -p.version)
    ]
    for kind in KINDS[1:]:
        mine = [s for s in standards if s.kind == kind]
        period = current_period(kind, today)
        in_force = _in_force_version([(s.version, s.effective_from) for s in mine], period)
        found += [
            VersionInfo(kind, s.id, s.version, s.name, s.effective_from, s.version == in_force)
            for s in sorted(mine, key=lambda s: -s.version)
        ]
    return found


def policy_document(store: Store, version: int) -> dict[str, Any]:
    with store.reading() as session:
        row = session.exec(
            select(Policy).where(Policy.version == version, col(Policy.deleted).is_(False))
        ).first()
    if row is None:
        raise UserError(f"考评政策第 {version} 版不存在。")
    return dict(with_later_defaults(row.body))


def standard_spec(store: Store, standard_id: str) -> StandardSpec:
    """A stored standard version as the tree of parts, indicators and deductions it is."""
    with store.reading() as session:
        standard = session.get(Standard, standard_id)
        if standard is None or standard.deleted:
            raise UserError("该评分标准版本不存在。")
        parts = session.exec(
            select(StandardPart)
            .where(StandardPart.standard_id == standard_id, col(StandardPart.deleted).is_(False))
            .order_by(col(StandardPart.position))
        ).all()
        indicators = session.exec(
            select(Indicator)
            .where(Indicator.standard_id == standard_id, col(Indicator.deleted).is_(False))
            .order_by(col(Indicator.position))
        ).all()
        deductions = session.exec(
            select(Deduction)
            .where(
                col(Deduction.indicator_id).in_([i.id for i in indicators]),
                col(Deduction.deleted).is_(False),
            )
            .order_by(col(Deduction.code))
        ).all()
    by_indicator: dict[str, list[DeductionSpec]] = {}
    for d in deductions:
        by_indicator.setdefault(d.indicator_id, []).append(
            DeductionSpec(d.code, d.description, d.points)
        )
    by_part: dict[str, list[IndicatorSpec]] = {}
    for i in indicators:
        by_part.setdefault(i.part_id, []).append(
            IndicatorSpec(
                i.code,
                i.name,
                i.max_points,
                tuple(by_indicator.get(i.id, ())),
                i.aspect,
                i.guidance,
            )
        )
    return StandardSpec(
        kind=standard.kind,
        code=standard.code,
        version=standard.version,
        name=standard.name,
        effective_from=standard.effective_from,
        total_points=standard.total_points,
        parts=tuple(
            PartSpec(p.code, p.name, p.max_points, tuple(by_part.get(p.id, ()))) for p in parts
        ),
    )


def _start(session: Session, kind: str, effective_from: str) -> str:
    """Check the period a new version applies from; return it in its canonical form."""
    text = effective_from.strip()
    if kind == "community":
        if not (text.isdigit() and len(text) == 4):
            raise UserError(f"社区评定标准的生效年度应写作如 2027，实际为“{effective_from}”。")
        return text
    start = Quarter.parse(text)
    frozen = sorted(Quarter.parse(q) for q in finalised_quarters(session))
    if frozen and start <= frozen[-1]:
        raise UserError(
            f"{frozen[-1]} 已定稿，新版本不能从 {start} 起生效（会改变已冻结的结果）。"
            f"请选择 {frozen[-1].next()} 或更晚的季度。"
        )
    return str(start)


def check_policy(doc: dict[str, Any]) -> None:
    """Refuse a policy document with a missing, unknown or out-of-range number, naming it."""
    parse_policy(doc)


def upcoming_periods(kind: str, today: dt.date | None = None, count: int = 8) -> list[str]:
    """The periods a new version would likely start from: this one (or the last) and the next."""
    day = today or bureau_time.today()
    if kind == "community":
        return [str(day.year + n) for n in range(-1, count - 1)]
    quarter = Quarter.containing(day).previous()
    periods = []
    for _ in range(count):
        periods.append(str(quarter))
        quarter = quarter.next()
    return periods


def create_policy_version(
    store: Store, body: dict[str, Any], effective_from: str, note: str
) -> Changed[VersionInfo]:
    """Store `body` (an edited copy of a version) as the next policy version."""
    clean_note = " ".join(note.split())
    if len(clean_note) > NOTE_LENGTH:
        raise UserError(f"版本说明最多 {NOTE_LENGTH} 个字，请缩短。")
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "新建考评政策版本")
        start = _start(session, POLICY, effective_from)
        versions = session.exec(select(Policy.version)).all()
        doc = dict(body) | {
            "version": max(versions, default=0) + 1,
            "effective_from": start,
            "note": clean_note,
        }
        parse_policy(doc)
        row = install_policy(session, doc, author)
        append_event(
            session,
            actor_id=author.installation_id,
            action="policy.version.create",
            table_name="policy",
            row_id=row.id,
            detail={"version": row.version, "effective_from": start, "note": clean_note},
        )
        info = VersionInfo(POLICY, row.id, row.version, clean_note, start, False)
        return Changed(info, Changes.of(Policy))


def _check_items(spec: StandardSpec) -> None:
    if not spec.name.strip():
        raise UserError("评分标准名称不能为空。")
    for part in spec.parts:
        if not part.name.strip():
            raise UserError(f"部分 {part.code} 的名称不能为空。")
        for indicator in part.indicators:
            if not indicator.name.strip():
                raise UserError(f"指标 {indicator.code} 的名称不能为空。")
            if indicator.max_points <= 0:
                raise UserError(f"指标 {indicator.code} 的满分应大于 0。")
            for d in indicator.deductions:
                if not d.description.strip():
                    raise UserError(f"扣分项 {d.code} 的说明不能为空。")
                if not 0 < d.points <= indicator.max_points:
                    raise UserError(
                        f"扣分项 {d.code} 的分值应大于 0 且不超过指标 {indicator.code} 的满分 "
                        f"{indicator.max_points:g}。"
                    )


def check_standard(spec: StandardSpec) -> None:
    """Refuse a standard that is incomplete or does not add up, saying what to fix."""
    _check_items(spec)
    check_adds_up(spec)


def create_standard_version(
    store: Store, spec: StandardSpec, effective_from: str
) -> Changed[VersionInfo]:
    """Store `spec` (an edited copy of a version) as the next version of its kind."""
    check_standard(spec)
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "新建评分标准版本")
        start = _start(session, spec.kind, effective_from)
        versions = session.exec(select(Standard.version).where(Standard.kind == spec.kind)).all()
        number = max(versions, default=0) + 1
        new = StandardSpec(
            kind=spec.kind,
            code=spec.code,
            version=number,
            name=" ".join(spec.name.split())[:NAME_LENGTH],
            effective_from=start,
            total_points=spec.total_points,
            parts=spec.parts,
        )
        row = install_standard(session, new, author)
        append_event(
            session,
            actor_id=author.installation_id,
            action="standard.version.create",
            table_name="standard",
            row_id=row.id,
            detail={"kind": spec.kind, "version": number, "effective_from": start},
        )
        info = VersionInfo(spec.kind, row.id, number, row.name, start, False)
        return Changed(info, Changes.of(Standard, StandardPart, Indicator, Deduction))
