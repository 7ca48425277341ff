"""The red/black list notice (红黑榜公示) filled from the lists `hexie lists` prints."""

import datetime as dt

from sqlmodel import Session

from hexie_desktop.domain.evaluation.policy import ListPolicy
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.reports.document import DocumentHead, chinese_quarter
from hexie_desktop.reports.lists_notice import ListsNotice, NoticeEntry
from hexie_desktop.services.evaluation.inputs import load_policy
from hexie_desktop.services.evaluation.quarters import is_finalised
from hexie_desktop.services.evaluation.results_view import ListPlace, read_lists, read_scores
from hexie_desktop.services.reporting.common import issuer, list_reason, provenance, rounded
from hexie_desktop.services.store import Store

NOTICE_WORKING_DAYS = 5


def _basis(policy: ListPolicy) -> str:
    metric = "季度综合得分" if policy.metric == "composite" else "业主满意度"
    if policy.size_by == "share":
        red, black = f"前{policy.red_share:.0%}", f"后{policy.black_share:.0%}"
    else:
        red, black = f"前{policy.red_count}家", f"后{policy.black_count}家"
    credit = ""
    if policy.red_min_credit_grade is not None:
        credit += f"信用等级须在{policy.red_min_credit_grade}级及以上方可列入红榜；"
    if policy.black_credit_grades:
        credit += f"信用等级为{'、'.join(policy.black_credit_grades)}级的企业一律列入黑榜；"
    return (
        f"按{metric}排名：不低于{policy.red_min_score:g}分的{red}列入红榜；"
        f"不高于{policy.black_max_score:g}分的{black}列入黑榜；{credit}"
        "受到红牌警告的企业一律列入黑榜，不列入红榜。"
    )


def lists_view(
    store: Store, quarter: Quarter, *, today: dt.date, now: dt.datetime | None = None
) -> ListsNotice:
    with store.reading() as session:
        return read_lists_notice(session, quarter, today=today, now=now)


def read_lists_notice(
    session: Session, quarter: Quarter, *, today: dt.date, now: dt.datetime | None = None
) -> ListsNotice:
    q = str(quarter)
    scores = read_scores(session, quarter)
    ranks = scores.ranks()
    lists = read_lists(session, quarter, scores.freshness)
    policy, _ = load_policy(session, q)
    finalised = is_finalised(session, quarter)
    who = issuer(session)
    by_composite = policy.lists.metric == "composite"

    def entries(listed: list[ListPlace]) -> tuple[NoticeEntry, ...]:
        return tuple(
            NoticeEntry(
                position=e.position,
                credit_code=e.credit_code,
                name=e.name,
                score=rounded(e.score),
                reason=list_reason(e, ranks.get(e.credit_code), by_composite=by_composite),
            )
            for e in listed
        )

    period = chinese_quarter(q)
    return ListsNotice(
        head=DocumentHead(
            issuer=who.name,
            number=who.number("公", quarter.year, quarter.number),
            title=f"关于{period}物业服务企业红黑榜的公示",
            issued_on=today,
        ),
        provenance=provenance(
            "lists",
            q,
            f"{period}物业服务企业红黑榜",
            finalised=finalised,
            policy_version=scores.run.policy_version,
            standard_versions=scores.run.standard_versions,
            now=now,
            stale=lists.freshness.stale,
        ),
        quarter=q,
        area=who.area,
        firms_evaluated=len(ranks),
        basis=_basis(policy.lists),
        red_list=entries(lists.red),
        black_list=entries(lists.black),
        notice_working_days=NOTICE_WORKING_DAYS,
        contact=f"{who.name}物业管理科",
    )
