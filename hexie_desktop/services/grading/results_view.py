"""A year's community grading as people read it: every community, its grade and its change.

The typed view model behind `hexie grade --json`, the window's grading table and the printed
result. Last year's grade and the change against it are read from both years' stored results
when shown, so regrading last year never leaves this year's change out of date.
"""

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlmodel import Session, col, select

from hexie_desktop.domain.evaluation.grading import grade_change
from hexie_desktop.services.evaluation.inputs import load_policy
from hexie_desktop.services.grading.years import year_finalised
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import Community, CommunityGradeRecord, Street

CHANGE_LABELS = {"up": "升", "kept": "保", "down": "降", "new": "新"}
DECIMALS = 2


@dataclass(frozen=True)
class CommunityResult:
    community: str
    street: str
    eligible: bool
    rank: int | None
    score: float | None
    grade: str | None
    last_grade: str | None
    had_last_year: bool
    change: str | None
    criticised: bool
    disqualified: bool
    recommended: bool

    @property
    def change_label(self) -> str:
        return CHANGE_LABELS.get(self.change or "", "")

    @property
    def remark(self) -> str:
        """The one remark the printed result and the spreadsheet give a community."""
        if self.disqualified:
            return "取消资格"
        if self.criticised:
            return "通报批评"
        return "推荐上报" if self.recommended else ""


@dataclass(frozen=True)
class GradingResults:
    year: int
    finalised: bool
    graded_at: dt.datetime | None
    policy_version: int | None
    standard_version: int | None
    communities: tuple[CommunityResult, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "finalised": self.finalised,
            "graded_at": self.graded_at.isoformat() if self.graded_at else None,
            "policy_version": self.policy_version,
            "standard_version": self.standard_version,
            "communities": [
                asdict(c)
                | {
                    "score": None if c.score is None else round(c.score, DECIMALS),
                    "change_label": c.change_label,
                }
                for c in self.communities
            ],
        }


def grading_results(store: Store, year: int) -> GradingResults:
    """Every community's stored result for `year`, participants in rank order first."""
    with store.reading() as session:
        return read_grading_results(session, year)


def read_grading_results(session: Session, year: int) -> GradingResults:
    rows = session.execute(
        select(CommunityGradeRecord, col(Community.name), col(Street.name))
        .join(Community, col(Community.id) == col(CommunityGradeRecord.community_id))
        .join(Street, col(Street.id) == col(Community.street_id))
        .where(col(CommunityGradeRecord.year) == year)
    ).all()
    last = {
        community_id: grade
        for community_id, grade in session.execute(
            select(col(CommunityGradeRecord.community_id), col(CommunityGradeRecord.grade)).where(
                col(CommunityGradeRecord.year) == year - 1
            )
        )
    }
    finalised = year_finalised(session, year)
    grading = load_policy(session, str(year))[0].grading if rows else None
    results = []
    for record, community, street in rows:
        had = record.community_id in last
        change = None
        if grading is not None and (record.rank is not None or record.disqualified):
            change = grade_change(had, last.get(record.community_id), record.grade, grading)
        results.append(
            CommunityResult(
                community=community,
                street=street,
                eligible=record.eligible,
                rank=record.rank,
                score=record.score,
                grade=record.grade,
                last_grade=last.get(record.community_id),
                had_last_year=had,
                change=change,
                criticised=record.criticised,
                disqualified=record.disqualified,
                recommended=record.recommended,
            )
        )
    results.sort(key=lambda c: (c.rank is None, c.rank or 0, c.street, c.community))
    first = rows[0][0] if rows else None
    return GradingResults(
        year,
        finalised,
        max((r.graded_at for r, _, _ in rows), default=None),
        first.policy_version if first else None,
        first.standard_version if first else None,
        tuple(results),
    )
