"""The quarterly evaluation report filled from what the evaluation stored.

Ranking, lists, cards and interviews are the typed read models of `evaluation/results_view.py`
(what `hexie scores` and `hexie lists` print, rounded as they print them), complaint rates and
the hot-topic table from the domain's own rules over stored counts. The summaries the services
do not offer (mean, highest and lowest score, the per-street means and the quarter trend) are
one SQL aggregate each over the stored scores, read in the same transaction.
"""

import datetime as dt

from sqlalchemy import case, func, select
from sqlmodel import Session, col

from hexie_desktop.domain.evaluation.complaints import TicketCounts, hot_topics, metrics
from hexie_desktop.domain.labels import INTERVIEW_STATUS_LABELS
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import CardColor
from hexie_desktop.reports.document import DocumentHead, chinese_quarter
from hexie_desktop.reports.quarterly import (
    ComplaintSummary,
    HotTopicLine,
    ListedFirm,
    QuarterlyCardLine,
    QuarterlyInterviewLine,
    QuarterlyRankingRow,
    QuarterlyReport,
    QuarterlyScoreBand,
    QuarterlyTrendPoint,
    QuarterSummary,
    StreetMean,
)
from hexie_desktop.services.evaluation.inputs import load_policy, quarter_bounds
from hexie_desktop.services.evaluation.quarters import is_finalised
from hexie_desktop.services.evaluation.results_view import ListPlace, read_lists, read_scores
from hexie_desktop.services.reporting.common import issuer, provenance, rounded, service_parts
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import (
    Community,
    Complaint,
    ComplaintQuarterMetric,
    Compound,
    Contract,
    FirmQuarterScore,
    Street,
)

TIE_RULE = "同分者，受检小区多者在前；再相同的，按统一社会信用代码升序。"
BAND_WIDTH = 5
LOWEST_BAND = 40


def _score_stats(session: Session, quarter: str, threshold: float) -> tuple[float | None, ...]:
    """Mean, highest and lowest score and the count under the threshold, by the database."""
    score = col(FirmQuarterScore.score)
    row = session.execute(
        select(
            func.avg(score),
            func.max(score),
            func.min(score),
            func.sum(case((score < threshold, 1), else_=0)),
            func.sum(col(FirmQuarterScore.compounds_inspected)),
        ).where(col(FirmQuarterScore.quarter) == quarter)
    ).one()
    return tuple(row)


def _bands(scores: list[float], threshold: float) -> tuple[QuarterlyScoreBand, ...]:
    """Firms per 5-point band from 40 up; everything under 40 shares the first bar."""
    counts = [0] * ((100 - LOWEST_BAND) // BAND_WIDTH + 1)
    for score in scores:
        index = (
            0
            if score < LOWEST_BAND
            else min((int(score) - LOWEST_BAND) // BAND_WIDTH + 1, len(counts) - 1)
        )
        counts[index] += 1
    labels = [f"<{LOWEST_BAND}"] + [
        f"{low}-{low + BAND_WIDTH}" for low in range(LOWEST_BAND, 100, BAND_WIDTH)
    ]
    lows = [0.0] + [float(low) for low in range(LOWEST_BAND, 100, BAND_WIDTH)]
    return tuple(
        QuarterlyScoreBand(label, n, low + BAND_WIDTH <= threshold)
        for label, n, low in zip(labels, counts, lows, strict=True)
    )


def _street_means(session: Session, quarter: Quarter) -> tuple[StreetMean, ...]:
    """Mean quarterly score of the firms serving each street's compounds during the quarter."""
    served = (
        select(col(Street.id).label("street_id"), col(Street.name), col(Contract.firm_id))
        .join(Community, col(Community.street_id) == col(Street.id))
        .join(Compound, col(Compound.community_id) == col(Community.id))
        .join(Contract, col(Contract.compound_id) == col(Compound.id))
        .where(
            col(Contract.deleted).is_(False),
            col(Contract.starts_on) <= quarter.last_day,
            (col(Contract.ends_on).is_(None)) | (col(Contract.ends_on) >= quarter.first_day),
        )
        .group_by(Street.id, Street.name, Contract.firm_id)
        .subquery()
    )
    rows = session.execute(
        select(served.c.name, func.avg(FirmQuarterScore.score), func.count())
        .join(FirmQuarterScore, col(FirmQuarterScore.firm_id) == served.c.firm_id)
        .where(col(FirmQuarterScore.quarter) == str(quarter))
        .group_by(served.c.street_id, served.c.name)
        .order_by(served.c.name)
    )
    return tuple(StreetMean(name, round(mean, 1), n) for name, mean, n in rows)


def _trend(session: Session, quarter: Quarter, threshold: float) -> tuple[QuarterlyTrendPoint, ...]:
    score = col(FirmQuarterScore.score)
    rows = session.execute(
        select(
            col(FirmQuarterScore.quarter),
            func.avg(score),
            func.sum(case((score < threshold, 1), else_=0)),
        )
        .where(col(FirmQuarterScore.quarter) <= str(quarter))
        .group_by(FirmQuarterScore.quarter)
        .order_by(col(FirmQuarterScore.quarter).desc())
        .limit(8)
    )
    return tuple(
        QuarterlyTrendPoint(q, round(mean, 2), int(n)) for q, mean, n in reversed(rows.all())
    )


def _complaints(
    session: Session, quarter: Quarter
) -> tuple[ComplaintSummary, tuple[HotTopicLine, ...]]:
    m = ComplaintQuarterMetric
    totals = session.execute(
        select(
            *(
                func.coalesce(func.sum(column), 0)
                for column in (
                    m.total,
                    m.accepted,
                    m.resolved,
                    m.on_time,
                    m.answered,
                    m.satisfied,
                    m.redone,
                    m.escalated,
                )
            )
        ).where(col(m.quarter) == str(quarter))
    ).one()
    rates = metrics(TicketCounts(*(int(v) for v in totals)))
    summary = ComplaintSummary(
        tickets=rates.counts.total,
        acceptance=rounded(rates.acceptance, 3),
        resolution=rounded(rates.resolution, 3),
        on_time=rounded(rates.on_time, 3),
        satisfaction=rounded(rates.satisfaction, 3),
        redo=rounded(rates.redo, 3),
        escalated=rates.counts.escalated,
    )
    start, end = quarter_bounds(quarter)
    per_category = session.execute(
        select(col(Complaint.category), func.count())
        .where(
            col(Complaint.received_at) >= start,
            col(Complaint.received_at) < end,
            col(Complaint.deleted).is_(False),
        )
        .group_by(Complaint.category)
    ).all()
    topics = hot_topics({str(category): int(n) for category, n in per_category})
    return summary, tuple(HotTopicLine(t.category, t.count, round(t.share, 3)) for t in topics)


def _list_reason(entry: ListPlace, kind: str) -> str:
    if entry.rule == "red_card":
        return "红牌警告"
    if entry.rule == "credit_grade":
        return f"信用等级{entry.credit_grade or ''}".rstrip()
    return "得分排名靠后" if kind == "black" else ""


def quarterly_view(
    store: Store, quarter: Quarter, *, today: dt.date, now: dt.datetime | None = None
) -> QuarterlyReport:
    with store.reading() as session:
        return read_quarterly(session, quarter, today=today, now=now)


def read_quarterly(
    session: Session, quarter: Quarter, *, today: dt.date, now: dt.datetime | None = None
) -> QuarterlyReport:
    """The quarterly report: ranking and lists as `scores`/`lists` print them, plus summaries."""
    q = str(quarter)
    scores = read_scores(session, quarter)
    lists = read_lists(session, quarter, scores.freshness)
    policy, _ = load_policy(session, q)
    finalised = is_finalised(session, quarter)
    who = issuer(session)
    threshold = policy.interviews.threshold
    parts = service_parts(session, scores.run.standard_versions)
    mean, highest, lowest, under, compounds = _score_stats(session, q, threshold)
    complaints, topics = _complaints(session, quarter)
    street_means = _street_means(session, quarter)
    trend = _trend(session, quarter, threshold)
    ranks = scores.ranks()
    marks = {e.credit_code: "black" for e in lists.black} | {
        e.credit_code: "red" for e in lists.red
    }
    interviewed = {i.credit_code for i in lists.interviews}

    def listed(entries: list[ListPlace], kind: str) -> tuple[ListedFirm, ...]:
        return tuple(
            ListedFirm(
                position=e.position,
                credit_code=e.credit_code,
                name=e.name,
                score=rounded(e.score),
                rank=ranks.get(e.credit_code),
                reason=_list_reason(e, kind),
            )
            for e in entries
        )

    cards = tuple(
        QuarterlyCardLine(
            credit_code=c.credit_code,
            name=c.name,
            color=c.color,
            reason=c.reason,
            deduction=c.deduction,
        )
        for c in lists.cards
    )
    interviews = tuple(
        QuarterlyInterviewLine(
            credit_code=i.credit_code,
            name=i.name,
            score=rounded(i.score),
            rank=ranks.get(i.credit_code),
            status=INTERVIEW_STATUS_LABELS.get(i.status, i.status),
        )
        for i in lists.interviews
    )
    summary = QuarterSummary(
        firms_evaluated=len(scores.rows),
        compounds_inspected=int(compounds or 0),
        inspections=scores.run.sheets_counted,
        mean_score=rounded(mean),
        highest_score=rounded(highest),
        lowest_score=rounded(lowest),
        under_threshold=int(under or 0),
        threshold=threshold,
        red_count=len(lists.red),
        black_count=len(lists.black),
        yellow_cards=sum(1 for c in cards if c.color == CardColor.YELLOW),
        red_cards=sum(1 for c in cards if c.color == CardColor.RED),
        interviews=len(interviews),
    )
    period = chinese_quarter(q)
    return QuarterlyReport(
        head=DocumentHead(
            issuer=who.name,
            number=who.number("考", quarter.year, quarter.number),
            title=f"关于{period}物业服务企业考评结果的通报",
            issued_on=today,
            addressee="各街道办事处，各物业服务企业",
        ),
        provenance=provenance(
            "quarterly",
            q,
            f"{period}物业服务企业考评结果（{len(scores.rows)}家企业）",
            finalised=finalised,
            policy_version=scores.run.policy_version,
            standard_versions=scores.run.standard_versions,
            now=now,
            stale=lists.freshness.stale,
        ),
        quarter=q,
        area=who.area,
        summary=summary,
        part_headers=tuple(f"{p.name}\n（{p.max_points:g}）" for p in parts),
        ranking=tuple(
            QuarterlyRankingRow(
                rank=f.rank,
                credit_code=f.credit_code,
                name=f.name,
                parts=tuple(rounded(f.parts.get(p.code)) for p in parts),
                score=rounded(f.score),
                compounds_inspected=f.compounds_inspected,
                mark=marks.get(f.credit_code, "interview" if f.credit_code in interviewed else ""),
            )
            for f in scores.rows
        ),
        red_list=listed(lists.red, "red"),
        black_list=listed(lists.black, "black"),
        cards=cards,
        interviews=interviews,
        complaints=complaints,
        hot_topics=topics,
        score_bands=_bands([round(f.score, 2) for f in scores.rows], threshold),
        street_means=street_means,
        trend=trend,
        tie_rule=TIE_RULE,
    )
