"""Answering "where does this number come from": a firm's compounds, their sheets, each indicator.

A clerk who must answer for a firm's quarterly score follows it down: the compounds the firm was
inspected in, each compound's combined sheet, each sheet's indicators with their deductions,
notes and photos, and who scored them. Sheets are scored by the evaluation's own function
(`sheet_results.py`) over the same inputs the evaluation reads (`inputs.py`), and compounds
combined by its rules (domain/evaluation scores.py), so the figures shown here are the ones the
ranking was computed from.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy
from sqlmodel import Session, col, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.policy import EvaluationPolicy
from hexie_desktop.domain.evaluation.scores import CompoundScore, InspectedSheet, combine_compound
from hexie_desktop.domain.evaluation.sheet import SheetResult
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.evaluation.inputs import SheetInputs, load_policy, load_sheets
from hexie_desktop.services.evaluation.sheet_results import sheet_results
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import (
    ComplaintQuarterMetric,
    Compound,
    Firm,
    FirmQuarterScore,
    Inspection,
    Installation,
    StandardPart,
    TrustedKey,
)


def installation_names(session: Session) -> dict[str, str]:
    """Installation id → the name it was enrolled under (this machine's own name included)."""
    names = {row.installation_id: row.name for row in session.exec(select(TrustedKey))}
    for row in session.exec(select(Installation)):
        names[row.id] = row.name
    return names


UNKNOWN_PERSON = "未登记的考评员"


def who(names: dict[str, str], installation_id: str) -> str:
    """The installation's name; one that never enrolled here is said to be so, never shown by
    its id, which nobody could look up."""
    return names.get(installation_id) or UNKNOWN_PERSON


def part_names(session: Session, standard_ids: set[str]) -> dict[str, str]:
    """Part code → part name over the standards used; the newest standard's name wins."""
    rows = session.exec(
        select(StandardPart)
        .where(col(StandardPart.standard_id).in_(standard_ids))
        .order_by(col(StandardPart.hlc))
    )
    return {row.code: row.name for row in rows}


@dataclass(frozen=True)
class SheetLine:
    """One inspection of a compound; `result` is None when the sheet does not count."""

    inspection_id: str
    compound_id: str
    inspected_on: dt.date
    inspector: str
    method: str
    status: str
    revision: int
    superseded: bool
    result: SheetResult | None


@dataclass(frozen=True)
class CompoundLine:
    """A compound as it entered the firm's score: its sheets combined by the policy's rule."""

    compound_id: str
    name: str
    households: int
    counted_sheets: int
    score: CompoundScore | None

    @property
    def total(self) -> float | None:
        return None if self.score is None else self.score.total


@dataclass(frozen=True)
class FirmDrilldown:
    quarter: str
    firm_id: str
    credit_code: str
    name: str
    stored: FirmQuarterScore | None
    combine_rule: str
    part_names: dict[str, str]
    compounds: list[CompoundLine]
    sheets: dict[str, list[SheetLine]] = field(default_factory=dict)
    # The policy's `scoring.weighting`, `scoring.blank_households` and `cards.auto_deductions`.
    weighting: str = "households"
    blank_households: str = "median"
    auto_deductions: str = "credit_file"


def _results(
    session: Session, inputs: SheetInputs, firm_id: str, quarter: str, policy: EvaluationPolicy
) -> dict[str, SheetResult]:
    """The firm's counting sheets as the evaluation scored them, with the complaint part it
    stored for the firm."""
    stored = session.get(ComplaintQuarterMetric, (quarter, firm_id))
    fills = {} if stored is None else {firm_id: stored.part_score}
    scored = sheet_results(inputs, fills, policy, firm_id)
    return {inspection_id: s.result for inspection_id, s in scored.items()}


def firm_drilldown(store: Store, quarter: Quarter, firm_id: str) -> FirmDrilldown:
    """The firm's compounds in the quarter with their combined sheets, and every inspection."""
    q = str(quarter)
    with store.reading() as session:
        firm = session.get(Firm, firm_id)
        if firm is None:
            raise UserError("找不到该物业服务企业，它可能已被删除。")
        policy, _ = load_policy(session, q)
        inputs = load_sheets(session, quarter, firm_id)
        results = _results(session, inputs, firm_id, q, policy)
        names = installation_names(session)
        inspections = session.execute(
            sqlalchemy.select(
                col(Inspection.id),
                col(Inspection.compound_id),
                col(Inspection.inspected_on),
                col(Inspection.inspector_id),
                col(Inspection.method),
                col(Inspection.status),
                col(Inspection.revision),
                col(Inspection.revises_id),
            )
            .where(
                col(Inspection.quarter) == q,
                col(Inspection.firm_id) == firm_id,
                col(Inspection.deleted).is_(False),
            )
            .order_by(col(Inspection.inspected_on), col(Inspection.hlc))
        ).all()
        superseded = {i.revises_id for i in inspections if i.revises_id is not None}
        compounds = {
            row.id: row
            for row in session.execute(
                sqlalchemy.select(
                    col(Compound.id), col(Compound.name), col(Compound.households)
                ).where(col(Compound.id).in_({i.compound_id for i in inspections}))
            )
        }
        sheets: dict[str, list[SheetLine]] = defaultdict(list)
        for i in inspections:
            sheets[i.compound_id].append(
                SheetLine(
                    i.id,
                    i.compound_id,
                    i.inspected_on,
                    who(names, i.inspector_id),
                    i.method,
                    i.status,
                    i.revision,
                    i.id in superseded,
                    results.get(i.id),
                )
            )
        lines = []
        for compound_id, group in sheets.items():
            compound = compounds[compound_id]
            counted = [
                InspectedSheet(
                    compound_id,
                    firm_id,
                    compound.households,
                    inputs.sheets[s.inspection_id].order,
                    s.result,
                )
                for s in group
                if s.result is not None
            ]
            combined = (
                combine_compound(counted, policy.scoring.combine_inspections) if counted else None
            )
            lines.append(
                CompoundLine(
                    compound_id, compound.name, compound.households, len(counted), combined
                )
            )
        lines.sort(key=lambda line: (line.total is None, -(line.total or 0.0), line.name))
        return FirmDrilldown(
            quarter=q,
            firm_id=firm.id,
            credit_code=firm.credit_code,
            name=firm.name,
            stored=session.get(FirmQuarterScore, (q, firm_id)),
            combine_rule=policy.scoring.combine_inspections,
            part_names=part_names(session, set(inputs.parts.maxima)),
            compounds=lines,
            sheets=dict(sheets),
            weighting=policy.scoring.weighting,
            blank_households=policy.scoring.blank_households,
            auto_deductions=policy.cards.auto_deductions,
        )
