"""Installing and reading versioned standards and policies."""

import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from hexie_desktop.domain.ids import uuid7
from hexie_desktop.domain.standard import StandardSpec, parse_standard
from hexie_desktop.paths import resources_dir
from hexie_desktop.services.authoring import Author
from hexie_desktop.storage.tables import Deduction, Indicator, Policy, Standard, StandardPart

SERVICE_STANDARD_FILE = "service-v1.json"


def load_standard_file(path: Path) -> StandardSpec:
    with path.open(encoding="utf-8") as handle:
        doc: dict[str, Any] = json.load(handle)
    return parse_standard(doc)


def default_service_standard() -> StandardSpec:
    return load_standard_file(resources_dir() / "standards" / SERVICE_STANDARD_FILE)


def install_standard(
    session: Session, spec: StandardSpec, author: Author, new_id: Callable[[], str] = uuid7
) -> Standard:
    """Write a standard version with its parts, indicators and deductions; return it.

    `new_id` lets demo data choose reproducible row ids; everything else takes fresh UUIDv7s.
    """
    standard = Standard(
        id=new_id(),
        kind=spec.kind,
        code=spec.code,
        version=spec.version,
        name=spec.name,
        effective_from=spec.effective_from,
        total_points=spec.total_points,
        **author.stamp(),
    )
    session.add(standard)
    # Without ORM relationships the unit of work does not order inserts by foreign key, so each
    # level is flushed before its children are added.
    session.flush()
    for p_pos, part in enumerate(spec.parts):
        part_row = StandardPart(
            id=new_id(),
            standard_id=standard.id,
            code=part.code,
            name=part.name,
            max_points=part.max_points,
            position=p_pos,
            **author.stamp(),
        )
        session.add(part_row)
        session.flush()
        for i_pos, ind in enumerate(part.indicators):
            indicator = Indicator(
                id=new_id(),
                standard_id=standard.id,
                part_id=part_row.id,
                code=ind.code,
                name=ind.name,
                aspect=ind.aspect,
                max_points=ind.max_points,
                position=i_pos,
                guidance=ind.guidance,
                **author.stamp(),
            )
            session.add(indicator)
            session.flush()
            session.add_all(
                Deduction(
                    id=new_id(),
                    indicator_id=indicator.id,
                    code=d.code,
                    description=d.description,
                    points=d.points,
                    **author.stamp(),
                )
                for d in ind.deductions
            )
    session.flush()
    return standard


def latest_standard(session: Session, kind: str) -> Standard | None:
    return session.exec(
        select(Standard)
        .where(Standard.kind == kind, col(Standard.deleted).is_(False))
        .order_by(col(Standard.version).desc())
    ).first()


DEFAULT_POLICY_FILE = "default-policy.json"


def default_policy_document() -> dict[str, Any]:
    with (resources_dir() / "policy" / DEFAULT_POLICY_FILE).open(encoding="utf-8") as handle:
        doc: dict[str, Any] = json.load(handle)
    return doc


def install_policy(
    session: Session, doc: dict[str, Any], author: Author, new_id: Callable[[], str] = uuid7
) -> Policy:
    """Write a policy version; the document's `version` and `effective_from` become columns."""
    policy = Policy(
        id=new_id(),
        version=int(doc["version"]),
        effective_from=str(doc["effective_from"]),
        body=doc,
        note=str(doc.get("note", "")),
        **author.stamp(),
    )
    session.add(policy)
    session.flush()
    return policy


def applies(effective_from: str, period: str) -> bool:
    """Whether a version starting at `effective_from` applies to `period` (a quarter or a year)."""
    return effective_from[: len(period)] <= period


def standard_in_force(session: Session, kind: str, period: str) -> Standard | None:
    """The standard version a sheet scored in `period` must use."""
    rows = session.exec(
        select(Standard)
        .where(Standard.kind == kind, col(Standard.deleted).is_(False))
        .order_by(col(Standard.version).desc())
    ).all()
    return next((s for s in rows if applies(s.effective_from, period)), None)


def indicator_maxima(session: Session, standard_ids: set[str]) -> dict[str, dict[str, float]]:
    """Each standard's indicators by code, with their maximum points."""
    found: dict[str, dict[str, float]] = defaultdict(dict)
    for standard_id, code, maximum in session.execute(
        select(col(Indicator.standard_id), col(Indicator.code), col(Indicator.max_points)).where(
            col(Indicator.standard_id).in_(standard_ids), col(Indicator.deleted).is_(False)
        )
    ):
        found[standard_id][code] = maximum
    return found
