"""One firm's documents: the interview notice of a quarter and its credit file.

Scores and ranks come from `evaluation/results_view.py`'s typed ranking, the credit grade and
entries from `decisions/credit.py`; the interview's schedule, the inspectors' itemised deductions
and the firm's history tables are read directly, one query each, all in the report's one read
transaction.
"""

import datetime as dt

from sqlalchemy import func
from sqlalchemy import select as sql_select
from sqlmodel import Session, col, select

from hexie_desktop.domain.bureau_time import bureau_time
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.labels import CARD_COLOR_LABELS, INTERVIEW_STATUS_LABELS, LIST_LABELS
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import InspectionStatus
from hexie_desktop.reports.credit_file import (
    CardHistoryLine,
    ComplaintHistoryLine,
    CreditEntryLine,
    CreditFileReport,
    FirmIdentity,
    InterviewHistoryLine,
    ScoreHistoryLine,
)
from hexie_desktop.reports.document import (
    DocumentHead,
    chinese_date,
    chinese_datetime,
    chinese_quarter,
)
from hexie_desktop.reports.interview_notice import InterviewNotice, NoticeDeductionLine, PartLine
from hexie_desktop.services.decisions.credit import read_credit_file
from hexie_desktop.services.evaluation.freshness import freshness
from hexie_desktop.services.evaluation.inputs import load_policy, superseded_inspections
from hexie_desktop.services.evaluation.quarters import is_finalised
from hexie_desktop.services.evaluation.results_view import read_annual_scores, read_scores
from hexie_desktop.services.reporting.common import (
    firm_by_code,
    issuer,
    provenance,
    rounded,
    service_parts,
)
from hexie_desktop.services.rules.score_rules import score_rules_text
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import (
    Card,
    ComplaintQuarterMetric,
    Compound,
    Contract,
    Deduction,
    EvaluationRun,
    FirmListEntry,
    FirmQuarterScore,
    Indicator,
    IndicatorScore,
    Inspection,
    Interview,
)

MAX_DEDUCTION_LINES = 20
TO_BE_NOTIFIED = "另行通知"


def _deductions(session: Session, firm_id: str, quarter: str) -> list[NoticeDeductionLine]:
    """The itemised deductions inspectors ticked on the firm's counting sheets of the quarter."""
    superseded = superseded_inspections()
    rows = session.execute(
        select(Compound.name, Indicator.name, Indicator.id, IndicatorScore.deductions)
        .select_from(Inspection)
        .join(IndicatorScore, col(IndicatorScore.inspection_id) == col(Inspection.id))
        .join(Indicator, col(Indicator.id) == col(IndicatorScore.indicator_id))
        .join(Compound, col(Compound.id) == col(Inspection.compound_id))
        .where(
            col(Inspection.firm_id) == firm_id,
            col(Inspection.quarter) == quarter,
            col(Inspection.status) == InspectionStatus.SUBMITTED,
            col(Inspection.deleted).is_(False),
            col(Inspection.id).not_in(superseded),
            func.json_array_length(IndicatorScore.deductions) > 0,
        )
    ).all()
    indicator_ids = {indicator_id for _, _, indicator_id, _ in rows}
    catalogue = {
        (ind, code): (description, points)
        for ind, code, description, points in session.execute(
            select(
                Deduction.indicator_id, Deduction.code, Deduction.description, Deduction.points
            ).where(col(Deduction.indicator_id).in_(indicator_ids))
        )
    }
    lines = []
    for compound, indicator, indicator_id, ticked in rows:
        for item in ticked:
            description, points = catalogue.get((indicator_id, item["code"]), (item["code"], 0.0))
            lines.append(
                NoticeDeductionLine(compound, indicator, description, points, int(item["count"]))
            )
    lines.sort(key=lambda d: (-d.points, -d.times, d.compound, d.indicator, d.description))
    return lines[:MAX_DEDUCTION_LINES]


def interview_view(
    store: Store,
    credit_code: str,
    quarter: Quarter,
    *,
    today: dt.date,
    now: dt.datetime | None = None,
) -> InterviewNotice:
    with store.reading() as session:
        return read_interview_notice(session, credit_code, quarter, today=today, now=now)


def read_interview_notice(
    session: Session,
    credit_code: str,
    quarter: Quarter,
    *,
    today: dt.date,
    now: dt.datetime | None = None,
) -> InterviewNotice:
    q = str(quarter)
    scores = read_scores(session, quarter)
    firm = firm_by_code(session, credit_code)
    policy, _ = load_policy(session, q)
    interview = session.exec(
        select(Interview).where(
            col(Interview.firm_id) == firm.id,
            col(Interview.quarter) == q,
            col(Interview.deleted).is_(False),
        )
    ).first()
    mine = next((f for f in scores.rows if f.credit_code == firm.credit_code), None)
    if interview is None or mine is None:
        raise UserError(
            f"{firm.name} 在 {q} 没有约谈记录（季度得分不低于 {policy.interviews.threshold:g} 分，"
            "或该季度没有得分），无需约谈通知书。"
        )
    parts = service_parts(session, scores.run.standard_versions)
    deductions = _deductions(session, firm.id, q)
    cards = session.execute(
        select(Card.color, Card.reason, Card.deduction)
        .where(
            col(Card.firm_id) == firm.id,
            col(Card.quarter) == q,
            col(Card.deleted).is_(False),
            col(Card.revoked_on).is_(None),
        )
        .order_by(col(Card.issued_on))
    ).all()
    finalised = is_finalised(session, quarter)
    who = issuer(session)
    period = chinese_quarter(q)
    due = (
        chinese_date(interview.rectification_due)
        if interview.rectification_due
        else f"自约谈之日起{policy.interviews.rectification_days}日内"
    )
    return InterviewNotice(
        head=DocumentHead(
            issuer=who.name,
            number=who.number("约", quarter.year, mine.rank),
            title="物业服务企业约谈通知书",
            issued_on=today,
            addressee=firm.name,
        ),
        provenance=provenance(
            "interview",
            f"{q}/{firm.credit_code}",
            f"{period}{firm.name}考评结果及约谈记录",
            finalised=finalised,
            policy_version=scores.run.policy_version,
            standard_versions=scores.run.standard_versions,
            now=now,
            stale=scores.freshness.stale,
        ),
        quarter=q,
        credit_code=firm.credit_code,
        firm_name=firm.name,
        score=rounded(mine.score),
        rank=mine.rank,
        firms_ranked=len(scores.rows),
        threshold=policy.interviews.threshold,
        quarter_deductions=round(mine.deductions, 2),
        parts=tuple(PartLine(p.name, p.max_points, rounded(mine.parts.get(p.code))) for p in parts),
        deductions=tuple(deductions),
        cards=tuple(
            f"{CARD_COLOR_LABELS.get(color, color)}警告：{reason}（扣{deduction:g}分）"
            for color, reason, deduction in cards
        ),
        time=chinese_datetime(interview.scheduled_at) if interview.scheduled_at else TO_BE_NOTIFIED,
        place=interview.place or TO_BE_NOTIFIED,
        attendees=f"企业法定代表人（{firm.legal_representative or '—'}）及所涉小区项目负责人",
        rectification_due=due,
        status=INTERVIEW_STATUS_LABELS.get(interview.status, interview.status),
    )


def _entry_state(entry_state: str, repaired: dt.date | None, counting: bool) -> str:
    if entry_state == "upheld":
        return "异议成立"
    if repaired is not None:
        return "已信用修复"
    if entry_state == "raised":
        return "异议审核中"
    return "有效" if counting else "已过期"


def credit_file_view(
    store: Store,
    credit_code: str,
    as_of: dt.date,
    *,
    today: dt.date,
    now: dt.datetime | None = None,
) -> CreditFileReport:
    with store.reading() as session:
        return read_credit_file_report(session, credit_code, as_of, today=today, now=now)


def read_credit_file_report(
    session: Session,
    credit_code: str,
    as_of: dt.date,
    *,
    today: dt.date,
    now: dt.datetime | None = None,
) -> CreditFileReport:
    """The credit file as of a day: what was known and counting then, so a printed copy can be
    checked later against the same day."""
    firm = firm_by_code(session, credit_code)
    who = issuer(session)
    standing = read_credit_file(session, firm.credit_code, as_of)
    last = str(Quarter.containing(as_of))
    years = range(as_of.year - 2, as_of.year + 1)
    annual = [(y, read_annual_scores(session, y).get(firm.id)) for y in years]
    served = session.execute(
        select(func.count(), func.coalesce(func.sum(Compound.households), 0))
        .join(Contract, col(Contract.compound_id) == col(Compound.id))
        .where(
            col(Contract.firm_id) == firm.id,
            col(Contract.deleted).is_(False),
            col(Contract.starts_on) <= as_of,
            (col(Contract.ends_on).is_(None)) | (col(Contract.ends_on) >= as_of),
        )
    ).one()
    history = session.execute(
        sql_select(
            col(FirmQuarterScore.quarter),
            col(FirmQuarterScore.score),
            col(FirmQuarterScore.rank),
            col(EvaluationRun.firms),
            col(FirmListEntry.list_kind),
        )
        .join(EvaluationRun, col(EvaluationRun.quarter) == col(FirmQuarterScore.quarter))
        .outerjoin(
            FirmListEntry,
            (col(FirmListEntry.quarter) == col(FirmQuarterScore.quarter))
            & (col(FirmListEntry.firm_id) == col(FirmQuarterScore.firm_id)),
        )
        .where(col(FirmQuarterScore.firm_id) == firm.id, col(FirmQuarterScore.quarter) <= last)
        .order_by(FirmQuarterScore.quarter)
    ).all()
    cards = session.exec(
        select(Card)
        .where(
            col(Card.firm_id) == firm.id,
            col(Card.deleted).is_(False),
            col(Card.issued_on) <= as_of,
        )
        .order_by(col(Card.issued_on), col(Card.id))
    ).all()
    interviews = session.exec(
        select(Interview)
        .where(
            col(Interview.firm_id) == firm.id,
            col(Interview.deleted).is_(False),
            col(Interview.quarter) <= last,
        )
        .order_by(Interview.quarter)
    ).all()
    complaints = session.exec(
        select(ComplaintQuarterMetric)
        .where(
            col(ComplaintQuarterMetric.firm_id) == firm.id,
            col(ComplaintQuarterMetric.quarter) <= last,
        )
        .order_by(ComplaintQuarterMetric.quarter)
    ).all()
    finalised = all(is_finalised(session, Quarter.parse(row[0])) for row in history) and bool(
        history
    )
    stale = bool(history) and freshness(session, Quarter.parse(history[-1][0])).stale
    rules = score_rules_text(load_policy(session, last)[0])
    entries = [e for e in standing.entries if e.recorded_on <= as_of]
    return CreditFileReport(
        head=DocumentHead(
            issuer=who.name,
            number=f"档案编号：{firm.credit_code}",
            title=f"{firm.name}信用档案",
            issued_on=today,
        ),
        provenance=provenance(
            "firm",
            f"{firm.credit_code}@{as_of.isoformat()}",
            f"{firm.name}截至{chinese_date(as_of)}的考评与信用记录",
            finalised=finalised,
            policy_version=None,
            standard_versions="",
            now=now,
            stale=stale,
        ),
        firm=FirmIdentity(
            credit_code=firm.credit_code,
            name=firm.name,
            legal_representative=firm.legal_representative,
            address=firm.address,
            phone=firm.phone,
            state_owned=firm.state_owned,
            compounds_served=int(served[0]),
            households_served=int(served[1]),
        ),
        grade=standing.grade,
        grade_basis=f"截至{chinese_date(as_of)}信用分{standing.score:.2f}。{rules}",
        annual_scores=tuple((y, round(v, 2)) for y, v in annual if v is not None),
        scores=tuple(
            ScoreHistoryLine(q, round(score, 2), rank, firms, LIST_LABELS.get(kind or "", ""))
            for q, score, rank, firms, kind in history
        ),
        cards=tuple(
            CardHistoryLine(
                c.quarter,
                CARD_COLOR_LABELS.get(c.color, c.color),
                c.reason,
                c.deduction,
                c.issued_on.isoformat(),
                "已撤销" if c.revoked_on and c.revoked_on <= as_of else "有效",
            )
            for c in cards
        ),
        entries=tuple(
            CreditEntryLine(
                e.recorded_on.isoformat(),
                "良好" if e.kind == "good" else "不良",
                e.points,
                e.reason,
                e.expires_on.isoformat(),
                _entry_state(e.objection_state, e.repaired_on, e.id in standing.counting),
            )
            for e in entries
        ),
        interviews=tuple(
            InterviewHistoryLine(
                i.quarter,
                round(i.score, 2),
                INTERVIEW_STATUS_LABELS.get(i.status, i.status),
                bureau_time(i.held_at).date().isoformat() if i.held_at else "—",
                i.rectification_due.isoformat() if i.rectification_due else "—",
            )
            for i in interviews
        ),
        complaints=tuple(
            ComplaintHistoryLine(
                c.quarter,
                c.total,
                rounded(c.resolution_rate, 3),
                rounded(c.on_time_rate, 3),
                rounded(c.satisfaction_rate, 3),
                c.escalated,
            )
            for c in complaints
        ),
    )
