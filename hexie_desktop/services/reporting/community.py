"""The community grading result of a year: the participants of `grading/results_view.py`'s
typed results (what `hexie grade --json` prints), with the policy's rules in words."""

import datetime as dt

from sqlmodel import Session

from hexie_desktop.domain.errors import UserError
from hexie_desktop.reports.community import CommunityGradingReport, GradeLine
from hexie_desktop.reports.document import DocumentHead
from hexie_desktop.services.evaluation.inputs import load_policy
from hexie_desktop.services.grading.results_view import read_grading_results
from hexie_desktop.services.reporting.common import issuer, provenance, rounded
from hexie_desktop.services.store import Store

NO_GRADE = "不定级"


def community_view(
    store: Store, year: int, *, today: dt.date, now: dt.datetime | None = None
) -> CommunityGradingReport:
    with store.reading() as session:
        return read_community_grading(session, year, today=today, now=now)


def read_community_grading(
    session: Session, year: int, *, today: dt.date, now: dt.datetime | None = None
) -> CommunityGradingReport:
    graded = read_grading_results(session, year)
    results = [c for c in graded.communities if c.eligible]
    if not results or graded.graded_at is None:
        raise UserError(
            f"{year} 年度尚未进行和谐社区等级评定，无法生成评定结果。请先完成该年度的评定。"
        )
    policy, _ = load_policy(session, str(year))
    who = issuer(session)
    lines = [
        GradeLine(
            rank=c.rank,
            community=c.community,
            street=c.street,
            score=rounded(c.score),
            grade=c.grade or NO_GRADE,
            last_year=(c.last_grade or NO_GRADE) if c.had_last_year else "—",
            change=c.change_label if c.change is not None else "—",
            remark=c.remark,
        )
        for c in results
    ]
    grades = [grade for grade, _ in policy.grading.quotas]
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
            f"{year}年度和谐社区等级评定结果（评定于{graded.graded_at:%Y-%m-%d}）",
            finalised=graded.finalised,
            policy_version=graded.policy_version,
            standard_versions=str(graded.standard_version),
            now=now,
        ),
        year=year,
        area=who.area,
        rules=(
            f"按综合得分排名，自高到低依次按参评社区数的{quotas}评为{'、'.join(grades)}级；"
            f"得分低于{policy.grading.min_score:g}分的不予定级并通报批评；发生重大事件的取消当年评定资格。"
        ),
        grade_counts=tuple((g, sum(1 for c in results if c.grade == g)) for g in grades),
        results=tuple(lines),
        criticised=tuple(c.community for c in results if c.criticised),
        disqualified=tuple(c.community for c in results if c.disqualified),
        recommended=tuple(c.community for c in results if c.recommended),
    )
