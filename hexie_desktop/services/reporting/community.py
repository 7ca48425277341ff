"""The community grading result of a year, from the results `grading.grade_year` stored.

The grading service offers no read function, so the stored results are read directly: one query
for the year's results with community and street names, one for last year's grades.
"""

import datetime as dt

from sqlmodel import col, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.grading import grade_change
from hexie_desktop.reports.community import CommunityGradingReport, GradeLine
from hexie_desktop.reports.document import DocumentHead
from hexie_desktop.services.evaluation.inputs import load_policy
from hexie_desktop.services.grading.results_view import CHANGE_LABELS
from hexie_desktop.services.grading.years import year_finalised
from hexie_desktop.services.reporting.common import issuer, provenance, rounded
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import Community, CommunityGradeRecord, Street

NO_GRADE = "不定级"


def community_view(
    store: Store, year: int, *, today: dt.date, now: dt.datetime | None = None
) -> CommunityGradingReport:
    with store.reading() as session:
        rows = list(
            session.execute(
                select(CommunityGradeRecord, col(Community.name), col(Street.name))
                .join(Community, col(Community.id) == col(CommunityGradeRecord.community_id))
                .join(Street, col(Street.id) == col(Community.street_id))
                .where(
                    col(CommunityGradeRecord.year) == year,
                    col(CommunityGradeRecord.eligible).is_(True),
                )
            ).all()
        )
        if not rows:
            raise UserError(
                f"{year} 年度尚未进行和谐社区等级评定，无法生成评定结果。请先完成该年度的评定。"
            )
        last_year = dict(
            session.execute(
                select(CommunityGradeRecord.community_id, CommunityGradeRecord.grade).where(
                    col(CommunityGradeRecord.year) == year - 1
                )
            ).all()
        )
        policy, _ = load_policy(session, str(year))
        who = issuer(session)
        finalised = year_finalised(session, year)
    rows.sort(key=lambda r: (r[0].rank is None, r[0].rank or 0, r[2], r[1]))
    lines = []
    for record, community, street in rows:
        remark = (
            "取消资格"
            if record.disqualified
            else "通报批评"
            if record.criticised
            else "推荐上报"
            if record.recommended
            else ""
        )
        lines.append(
            GradeLine(
                rank=record.rank,
                community=community,
                street=street,
                score=rounded(record.score),
                grade=record.grade or NO_GRADE,
                last_year=(last_year.get(record.community_id) or NO_GRADE)
                if record.community_id in last_year
                else "—",
                change=CHANGE_LABELS[
                    grade_change(
                        record.community_id in last_year,
                        last_year.get(record.community_id),
                        record.grade,
                        policy.grading,
                    )
                ]
                if record.rank is not None or record.disqualified
                else "—",
                remark=remark,
            )
        )
    grades = [grade for grade, _ in policy.grading.quotas]
    first = rows[0][0]
    quotas = "、".join(f"{share:.0%}" for _, share in policy.grading.quotas)
    return CommunityGradingReport(
        head=DocumentHead(
            issuer=who.name,
            number=who.number("社", year, 1),
            title=f"关于{year}年度和谐社区等级评定结果的通报",
            issued_on=today,
            addressee="各街道办事处，各社区",
        ),
        provenance=provenance(
            "community",
            str(year),
            f"{year}年度和谐社区等级评定结果（评定于{first.graded_at:%Y-%m-%d}）",
            finalised=finalised,
            policy_version=first.policy_version,
            standard_versions=str(first.standard_version),
            now=now,
        ),
        year=year,
        area=who.area,
        rules=(
            f"按综合得分排名，自高到低依次按参评社区数的{quotas}评为{'、'.join(grades)}级；"
            f"得分低于{policy.grading.min_score:g}分的不予定级并通报批评；发生重大事件的取消当年评定资格。"
        ),
        grade_counts=tuple((g, sum(1 for r, _, _ in rows if r.grade == g)) for g in grades),
        results=tuple(lines),
        criticised=tuple(c for r, c, _ in rows if r.criticised),
        disqualified=tuple(c for r, c, _ in rows if r.disqualified),
        recommended=tuple(c for r, c, _ in rows if r.recommended),
    )
