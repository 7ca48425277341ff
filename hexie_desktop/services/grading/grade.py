"""Yearly harmonious community grading: combine the three sources, grade by quota, store results."""

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import delete, insert, select
from sqlmodel import Session, SQLModel, col

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.grading import (
    CommunityEntry,
    CommunityGrade,
    grade_communities,
    source_total,
)
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.evaluation.inputs import load_policy
from hexie_desktop.services.evaluation.quarters import require_clerk
from hexie_desktop.services.grading.years import require_year_open
from hexie_desktop.services.rules.standards import indicator_maxima
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import (
    Community,
    CommunityGradeRecord,
    CommunityIncident,
    GradingSheet,
    Standard,
)


@dataclass(frozen=True)
class GradingSummary:
    year: int
    policy_version: int
    standard_version: int
    communities: int
    participants: int
    grades: dict[str, int]
    criticised: int
    disqualified: int
    recommended: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def lines(self) -> list[str]:
        grades = "，".join(f"{g} {n} 个" for g, n in self.grades.items()) or "无"
        return [
            f"{self.year} 年度和谐社区等级评定完成（政策第 {self.policy_version} 版，"
            f"标准第 {self.standard_version} 版）",
            f"社区 {self.communities} 个，参评 {self.participants} 个；{grades}",
            f"通报批评 {self.criticised} 个，取消资格 {self.disqualified} 个，"
            f"推荐上报 {self.recommended} 个",
        ]


def _entries(session: Session, year: int) -> tuple[list[CommunityEntry], int]:
    sheets = session.execute(
        select(
            col(GradingSheet.community_id),
            col(GradingSheet.source),
            col(GradingSheet.standard_id),
            col(GradingSheet.scores),
        ).where(col(GradingSheet.year) == year, col(GradingSheet.deleted).is_(False))
    ).all()
    used = {standard_id for _, _, standard_id, _ in sheets}
    maxima = indicator_maxima(session, used)
    versions = {
        standard_id: version
        for standard_id, version in session.execute(
            select(col(Standard.id), col(Standard.version)).where(col(Standard.id).in_(used))
        )
    }
    sources: dict[str, dict[str, float]] = defaultdict(dict)
    for community_id, source, standard_id, scores in sheets:
        sources[community_id][source] = source_total(scores, maxima[standard_id])
    serious = set(
        session.execute(
            select(col(CommunityIncident.community_id)).where(
                col(CommunityIncident.year) == year,
                col(CommunityIncident.serious).is_(True),
                col(CommunityIncident.deleted).is_(False),
            )
        ).scalars()
    )
    last: dict[str, str | None] = {
        community_id: grade
        for community_id, grade in session.execute(
            select(col(CommunityGradeRecord.community_id), col(CommunityGradeRecord.grade)).where(
                col(CommunityGradeRecord.year) == year - 1
            )
        )
    }
    communities = session.execute(
        select(col(Community.id), col(Community.first_election_on)).where(
            col(Community.deleted).is_(False)
        )
    ).all()
    entries = [
        CommunityEntry(
            community_id,
            first_election,
            sources.get(community_id, {}),
            community_id in serious,
            community_id in last,
            last.get(community_id),
        )
        for community_id, first_election in communities
    ]
    return entries, max(versions.values(), default=0)


def grade_year(store: Store, year: int) -> Changed[GradingSummary]:
    """Grade every community for the year and replace that year's stored results."""
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "进行和谐社区等级评定")
        require_year_open(session, year)
        policy, policy_version = load_policy(session, str(year))
        entries, standard_version = _entries(session, year)
        if not standard_version:
            raise UserError(f"{year} 年还没有任何社区评分表，无法评定。请先导入各来源的评分表。")
        results = grade_communities(entries, year, policy.grading)
        sources = {e.community_id: dict(e.sources) for e in entries}
        now = dt.datetime.now(dt.UTC)
        table = SQLModel.metadata.tables[str(CommunityGradeRecord.__tablename__)]
        session.execute(delete(table).where(table.c.year == year))
        rows = [
            _row(r, sources[r.community_id])
            | {"year": year, "graded_at": now, "policy_version": policy_version}
            | {"standard_version": standard_version}
            for r in results
        ]
        if rows:
            session.execute(insert(table), rows)
        summary = _summary(year, policy_version, standard_version, results)
        append_event(
            session,
            actor_id=author.installation_id,
            action="grading.run",
            table_name="communitygraderecord",
            row_id=str(year),
            detail=summary.as_dict(),
        )
        return Changed(summary, Changes.of(CommunityGradeRecord))


def _row(result: CommunityGrade, sources: dict[str, float]) -> dict[str, Any]:
    row = asdict(result)
    row["sources"] = sources
    return row


def _summary(
    year: int, policy_version: int, standard_version: int, results: list[CommunityGrade]
) -> GradingSummary:
    grades = Counter(r.grade for r in results if r.grade is not None)
    return GradingSummary(
        year=year,
        policy_version=policy_version,
        standard_version=standard_version,
        communities=len(results),
        participants=sum(1 for r in results if r.rank is not None),
        grades=dict(sorted(grades.items())),
        criticised=sum(r.criticised for r in results),
        disqualified=sum(r.disqualified for r in results),
        recommended=sum(r.recommended for r in results),
    )
