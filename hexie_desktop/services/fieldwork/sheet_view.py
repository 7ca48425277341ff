"""An inspection sheet as the inspector sees it: the compound, the standard's indicators, the totals.

Totals are the evaluation's own: each part's points go through `domain.evaluation.sheet.score_sheet`
with the quarter's policy, so the number on the sheet is the number the quarter will count. A
score typed above its maximum is kept in the draft (the inspector may have mistyped and will
correct it) but counts only up to the maximum, as the evaluation clamps it, and is flagged.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.policy import EvaluationPolicy
from hexie_desktop.domain.evaluation.sheet import (
    PartTally,
    counted_score,
    over_maximum,
    score_sheet,
)
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import InspectionStatus
from hexie_desktop.services.evaluation.inputs import load_policy
from hexie_desktop.storage.tables import (
    Community,
    Compound,
    Contract,
    Deduction,
    Firm,
    Indicator,
    IndicatorScore,
    Inspection,
    Photo,
    Standard,
    StandardPart,
    Street,
)


@dataclass(frozen=True)
class DeductionOption:
    code: str
    description: str
    points: float


@dataclass(frozen=True)
class AppliedDeduction:
    code: str
    count: int


@dataclass(frozen=True)
class IndicatorRow:
    id: str
    code: str
    name: str
    max_points: float
    guidance: str
    options: tuple[DeductionOption, ...]
    score: float | None
    deductions: tuple[AppliedDeduction, ...]
    note: str
    photos: int

    @property
    def scored(self) -> bool:
        return self.score is not None

    @property
    def out_of_range(self) -> bool:
        return over_maximum(self.max_points, self.score)

    @property
    def counted(self) -> float | None:
        """What the score counts for, as the evaluation counts it."""
        return counted_score(self.max_points, self.score)

    def deduction_text(self) -> str:
        """The applied deductions as "A01-1×2、A01-2"."""
        return "、".join(d.code if d.count == 1 else f"{d.code}×{d.count}" for d in self.deductions)


@dataclass(frozen=True)
class PartRow:
    id: str
    code: str
    name: str
    max_points: float
    indicators: tuple[IndicatorRow, ...]
    points: float
    scored_max: float
    score: float | None
    """The part's score as the quarter counts it (scaled to the part when partly scored), or None
    while the sheet as a whole does not count yet."""


@dataclass(frozen=True)
class CompoundHeader:
    compound_id: str
    name: str
    address: str
    street: str
    community: str
    households: int
    firm_id: str
    firm_name: str
    credit_code: str
    contract_starts: dt.date | None
    contract_ends: dt.date | None


@dataclass(frozen=True)
class SheetView:
    inspection_id: str
    quarter: str
    method: str
    status: str
    revision: int
    revises_id: str | None
    revision_reason: str
    inspected_on: dt.date
    submitted_at: dt.datetime | None
    inspector_id: str
    standard_name: str
    total_points: float
    header: CompoundHeader
    parts: tuple[PartRow, ...]
    total: float | None
    """The sheet total the quarter counts, or None while the policy says the sheet does not count
    (too little of it scored)."""
    points: float
    scored_fraction: float
    min_scored_fraction: float
    incomplete_rule: str

    @property
    def editable(self) -> bool:
        return self.status == InspectionStatus.DRAFT

    def indicators(self) -> list[IndicatorRow]:
        return [i for p in self.parts for i in p.indicators]

    @property
    def unscored(self) -> list[str]:
        return [i.code for i in self.indicators() if not i.scored]

    @property
    def out_of_range(self) -> list[str]:
        return [i.code for i in self.indicators() if i.out_of_range]

    def indicator(self, indicator_id: str) -> IndicatorRow:
        for row in self.indicators():
            if row.id == indicator_id:
                return row
        raise KeyError(indicator_id)


def live_inspection(session: Session, inspection_id: str) -> Inspection:
    inspection = session.get(Inspection, inspection_id)
    if inspection is None or inspection.deleted:
        raise UserError("这份考评表已不存在（可能已被删除）。请刷新考评记录后重新打开。")
    return inspection


def _header(session: Session, inspection: Inspection) -> CompoundHeader:
    compound, community, street = session.execute(
        select(Compound, Community, Street)
        .join(Community, col(Community.id) == col(Compound.community_id))
        .join(Street, col(Street.id) == col(Community.street_id))
        .where(col(Compound.id) == inspection.compound_id)
    ).one()
    firm = session.get(Firm, inspection.firm_id)
    contract = session.exec(
        select(Contract)
        .where(
            col(Contract.compound_id) == inspection.compound_id,
            col(Contract.firm_id) == inspection.firm_id,
            col(Contract.deleted).is_(False),
            col(Contract.starts_on) <= inspection.inspected_on,
        )
        .order_by(col(Contract.starts_on).desc())
        .limit(1)
    ).first()
    return CompoundHeader(
        compound_id=compound.id,
        name=compound.name,
        address=compound.address,
        street=street.name,
        community=community.name,
        households=compound.households,
        firm_id=inspection.firm_id,
        firm_name="" if firm is None else firm.name,
        credit_code="" if firm is None else firm.credit_code,
        contract_starts=None if contract is None else contract.starts_on,
        contract_ends=None if contract is None else contract.ends_on,
    )


def _options(session: Session, indicator_ids: Sequence[str]) -> dict[str, list[DeductionOption]]:
    options: dict[str, list[DeductionOption]] = {}
    for row in session.exec(
        select(Deduction)
        .where(col(Deduction.indicator_id).in_(indicator_ids), col(Deduction.deleted).is_(False))
        .order_by(col(Deduction.code))
    ):
        options.setdefault(row.indicator_id, []).append(
            DeductionOption(row.code, row.description, row.points)
        )
    return options


def _photo_counts(session: Session, inspection_id: str) -> dict[str | None, int]:
    rows = session.execute(
        select(col(Photo.indicator_id), func.count())
        .where(col(Photo.inspection_id) == inspection_id, col(Photo.deleted).is_(False))
        .group_by(col(Photo.indicator_id))
    )
    return {indicator_id: int(count) for indicator_id, count in rows}


def _applied(raw: list[dict[str, object]]) -> tuple[AppliedDeduction, ...]:
    return tuple(AppliedDeduction(str(d["code"]), int(str(d["count"]))) for d in raw)


def build_sheet(session: Session, inspection: Inspection, policy: EvaluationPolicy) -> SheetView:
    standard = session.get(Standard, inspection.standard_id)
    assert standard is not None  # a foreign key
    parts = session.exec(
        select(StandardPart)
        .where(col(StandardPart.standard_id) == standard.id, col(StandardPart.deleted).is_(False))
        .order_by(col(StandardPart.position))
    ).all()
    indicators = session.exec(
        select(Indicator)
        .where(col(Indicator.standard_id) == standard.id, col(Indicator.deleted).is_(False))
        .order_by(col(Indicator.position))
    ).all()
    scores = {
        row.indicator_id: row
        for row in session.exec(
            select(IndicatorScore).where(
                col(IndicatorScore.inspection_id) == inspection.id,
                col(IndicatorScore.deleted).is_(False),
            )
        )
    }
    options = _options(session, [i.id for i in indicators])
    photos = _photo_counts(session, inspection.id)
    rows_by_part: dict[str, list[IndicatorRow]] = {}
    for indicator in indicators:
        score = scores.get(indicator.id)
        rows_by_part.setdefault(indicator.part_id, []).append(
            IndicatorRow(
                id=indicator.id,
                code=indicator.code,
                name=indicator.name,
                max_points=indicator.max_points,
                guidance=indicator.guidance,
                options=tuple(options.get(indicator.id, ())),
                score=None if score is None else score.score,
                deductions=() if score is None else _applied(score.deductions),
                note="" if score is None else score.note,
                photos=photos.get(indicator.id, 0),
            )
        )
    tallies = {}
    for part in parts:
        scored = [i for i in rows_by_part.get(part.id, []) if i.counted is not None]
        if scored:
            tallies[part.code] = PartTally(
                sum(i.counted or 0.0 for i in scored), sum(i.max_points for i in scored)
            )
    result = score_sheet({p.code: p.max_points for p in parts}, tallies, policy.scoring)
    part_rows = tuple(
        PartRow(
            id=part.id,
            code=part.code,
            name=part.name,
            max_points=part.max_points,
            indicators=tuple(rows_by_part.get(part.id, ())),
            points=tallies[part.code].points if part.code in tallies else 0.0,
            scored_max=tallies[part.code].scored_max if part.code in tallies else 0.0,
            score=None if result is None else result.parts[part.code],
        )
        for part in parts
    )
    covered = sum(t.scored_max for t in tallies.values())
    full = sum(p.max_points for p in parts)
    return SheetView(
        inspection_id=inspection.id,
        quarter=inspection.quarter,
        method=inspection.method,
        status=inspection.status,
        revision=inspection.revision,
        revises_id=inspection.revises_id,
        revision_reason=inspection.revision_reason,
        inspected_on=inspection.inspected_on,
        submitted_at=inspection.submitted_at,
        inspector_id=inspection.inspector_id,
        standard_name=f"{standard.name}（第 {standard.version} 版）",
        total_points=standard.total_points,
        header=_header(session, inspection),
        parts=part_rows,
        total=None if result is None else result.total,
        points=sum(t.points for t in tallies.values()),
        scored_fraction=covered / full if full > 0 else 0.0,
        min_scored_fraction=policy.scoring.min_scored_fraction,
        incomplete_rule=policy.scoring.incomplete_sheet,
    )


def read_sheet_view(session: Session, inspection_id: str) -> SheetView:
    inspection = live_inspection(session, inspection_id)
    policy, _version = load_policy(session, str(Quarter.parse(inspection.quarter)))
    return build_sheet(session, inspection, policy)
