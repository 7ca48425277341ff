"""Evaluating a quarter: scores, ranks, lists, automatic cards, interviews and early warnings.

One clerk's transaction: read with a few aggregate queries (evaluation_inputs.py), apply the pure
rules (domain/evaluation), replace the quarter's derived rows in bulk, and bring the synced
decisions (cards, credit entries, interviews) in line with the result. Running it twice gives the
same rows; a finalised quarter is refused.

Quarters form a sequence: a later quarter's red cards (two consecutive yellows), black list,
early warnings (the previous score) and the annual score read the earlier quarters. So
evaluating a quarter re-evaluates, in the same transaction and in calendar order, every later
quarter already evaluated; if one of those is finalised the whole evaluation is refused with a
message naming it, since its frozen results would no longer follow. Evaluating quarters in any
order therefore ends where evaluating them once in calendar order does.
"""

import datetime as dt
import time
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import delete, insert
from sqlmodel import Session, SQLModel, col, select

from hexie_desktop.cycles import cyclic_gc_paused
from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.complaints import TicketCounts, complaint_part_score, metrics
from hexie_desktop.domain.evaluation.early_warning import early_warnings
from hexie_desktop.domain.evaluation.lists import ListCandidate, choose_lists
from hexie_desktop.domain.evaluation.policy import EvaluationPolicy
from hexie_desktop.domain.evaluation.scores import (
    MAX_SCORE,
    FirmScore,
    InspectedSheet,
    compound_scores,
    firm_scores,
    rank_firms,
)
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.progress import Progress
from hexie_desktop.services.authoring import Author, authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.decisions.cards import (
    automatic_deductions,
    red_carded,
    sync_auto_yellows,
    sync_escalations,
)
from hexie_desktop.services.decisions.credit import quarter_credit_grades
from hexie_desktop.services.decisions.interviews import sync_interviews
from hexie_desktop.services.evaluation.freshness import record_stamps
from hexie_desktop.services.evaluation.inputs import (
    SheetInputs,
    load_deductions,
    load_firms,
    load_households,
    load_policy,
    load_satisfaction,
    load_sheets,
    load_ticket_counts,
)
from hexie_desktop.services.evaluation.quarters import (
    finalised_quarters,
    require_clerk,
    require_open,
)
from hexie_desktop.services.evaluation.sheet_results import sheet_results
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import (
    Card,
    ComplaintQuarterMetric,
    CreditEntry,
    EarlyWarningRecord,
    EvaluationRun,
    FirmListEntry,
    FirmQuarterScore,
    Interview,
)

_WRITTEN = Changes.of(
    EvaluationRun,
    FirmQuarterScore,
    FirmListEntry,
    EarlyWarningRecord,
    ComplaintQuarterMetric,
    Card,
    CreditEntry,
    Interview,
)
"""An evaluation's results, and the cards, credit entries and interviews that follow from them."""


@dataclass(frozen=True)
class EvaluationSummary:
    quarter: str
    policy_version: int
    standard_versions: str
    firms: int
    sheets_counted: int
    sheets_excluded: int
    red: int
    black: int
    cards_issued: int
    cards_withdrawn: int
    interviews: int
    warnings: int
    seconds: float
    followed: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        result = asdict(self)
        result["seconds"] = round(self.seconds, 3)
        result["followed"] = list(self.followed)
        return result

    def lines(self) -> list[str]:
        return [
            f"{self.quarter} 季度考评完成（政策第 {self.policy_version} 版，"
            f"评分标准第 {self.standard_versions or '—'} 版，用时 {self.seconds:.2f} 秒）",
            f"参评企业 {self.firms} 家；计分考评表 {self.sheets_counted} 份，"
            f"不计分 {self.sheets_excluded} 份（未评分项过多）",
            f"红榜 {self.red} 家，黑榜 {self.black} 家",
            f"自动发牌 {self.cards_issued} 张，自动撤销 {self.cards_withdrawn} 张",
            f"须约谈 {self.interviews} 家，预警 {self.warnings} 条",
            *([f"其后已考评的 {'、'.join(self.followed)} 已随之重新考评"] if self.followed else []),
        ]


def _replace(session: Session, model: type[SQLModel], key: Any, rows: list[dict[str, Any]]) -> None:
    """Swap a quarter's derived rows for new ones with two bulk statements."""
    table = SQLModel.metadata.tables[str(model.__tablename__)]
    session.execute(delete(table).where(key))
    if rows:
        session.execute(insert(table), rows)


def _complaint_fills(
    counts: Mapping[str, TicketCounts], policy: EvaluationPolicy, part_max: float
) -> tuple[dict[str, float], list[dict[str, Any]]]:
    fills, rows = {}, []
    for firm_id, tally in counts.items():
        found = metrics(tally)
        fills[firm_id] = complaint_part_score(found, part_max, policy.complaints)
        rows.append(
            {
                "firm_id": firm_id,
                "total": tally.total,
                "accepted": tally.accepted,
                "resolved": tally.resolved,
                "on_time": tally.on_time,
                "answered": tally.answered,
                "satisfied": tally.satisfied,
                "redone": tally.redone,
                "escalated": tally.escalated,
                "acceptance_rate": found.acceptance,
                "resolution_rate": found.resolution,
                "on_time_rate": found.on_time,
                "satisfaction_rate": found.satisfaction,
                "redo_rate": found.redo,
                "part_score": fills[firm_id],
            }
        )
    return fills, rows


def _score_sheets(
    inputs: SheetInputs,
    households: Mapping[str, int],
    fills: Mapping[str, float],
    policy: EvaluationPolicy,
) -> tuple[list[InspectedSheet], set[str]]:
    """The counting sheets, and the firms whose complaint part came from tickets on any of them."""
    scored = sheet_results(inputs, fills, policy).values()
    counted = [
        InspectedSheet(
            s.row.compound_id,
            s.row.firm_id,
            households.get(s.row.compound_id, 0),
            s.row.order,
            s.result,
        )
        for s in scored
    ]
    return counted, {s.row.firm_id for s in scored if s.filled}


def _previous_scores(session: Session, quarter: Quarter) -> dict[str, float]:
    rows = session.execute(
        select(FirmQuarterScore.firm_id, FirmQuarterScore.score).where(
            FirmQuarterScore.quarter == str(quarter.previous())
        )
    )
    return {key: value for key, value in rows}


def later_evaluated(session: Session, quarter: Quarter) -> list[Quarter]:
    """The quarters after `quarter` that have been evaluated, in calendar order."""
    rows = session.execute(
        select(col(EvaluationRun.quarter)).where(col(EvaluationRun.quarter) > str(quarter))
    ).scalars()
    return sorted(Quarter.parse(q) for q in rows)


def _require_followers_open(session: Session, quarter: Quarter, later: list[Quarter]) -> None:
    frozen = finalised_quarters(session)
    for follower in later:
        if str(follower) in frozen:
            raise UserError(
                f"{follower} 已定稿，而它的黄牌升级、红黑榜和预警取决于 {quarter} 的结果，"
                f"所以不能只重新考评 {quarter}。如确需修改，请工作人员先运行 hexie quarter "
                f"reopen --quarter {follower} --reason 原因（记入审计记录），再考评 {quarter}。"
            )


def evaluate_quarter(
    store: Store,
    quarter: Quarter,
    *,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Changed[EvaluationSummary]:
    """Compute and store the quarter's results and those of every later evaluated quarter."""
    report = progress or (lambda _f, _m: None)
    started = time.perf_counter()
    day = today or bureau_time.today()
    with cyclic_gc_paused(), store.transaction() as session, authoring(session) as author:
        require_clerk(author, "运行考评")
        require_open(session, quarter)
        later = later_evaluated(session, quarter)
        _require_followers_open(session, quarter, later)
        summary, read = _evaluate_one(session, author, quarter, day, report)
        scores_read = {quarter: read}
        for n, follower in enumerate(later, start=1):
            report(0.9 + 0.09 * n / len(later), f"随之重新考评 {follower}")
            _, scores_read[follower] = _evaluate_one(
                session, author, follower, day, lambda _f, _m: None
            )
        record_stamps(session, scores_read)
    report(1.0, "完成")
    done = replace(
        summary, seconds=time.perf_counter() - started, followed=tuple(str(q) for q in later)
    )
    return Changed(done, _WRITTEN)


def _evaluate_one(
    session: Session, author: Author, quarter: Quarter, day: dt.date, report: Progress
) -> tuple[EvaluationSummary, tuple[int, int]]:
    """One quarter's evaluation within the caller's transaction, and the scores it read."""
    q = str(quarter)
    policy, policy_version = load_policy(session, q)
    report(0.05, "读取考评表")
    inputs = load_sheets(session, quarter)
    households = load_households(session)
    firms = load_firms(session)
    report(0.4, "读取投诉与满意度")
    counts = load_ticket_counts(session, quarter, policy.complaints.redo_escalation)
    satisfaction = load_satisfaction(session, quarter, policy)
    deductions = load_deductions(session, quarter)
    part_max = max(
        (m.get(policy.complaints.part, 0.0) for m in inputs.parts.maxima.values()), default=0.0
    )
    fills, complaint_rows = _complaint_fills(counts, policy, part_max)
    report(0.55, "计算得分与排名")
    counted, from_tickets = _score_sheets(inputs, households, fills, policy)
    scores = firm_scores(
        compound_scores(counted, policy.scoring.combine_inspections),
        {fid: code for fid, (code, _) in firms.items()},
        deductions,
        policy.scoring,
    )
    report(0.7, "发牌")
    auto = sync_auto_yellows(
        session,
        author,
        quarter=quarter,
        scores={s.firm_id: s.score for s in scores},
        policy=policy,
        today=day,
    )
    escalated = sync_escalations(session, author, through=quarter, policy=policy, today=day)
    auto_points: dict[str, float] = {}
    if policy.cards.auto_deductions == "quarter_score":
        auto_points = automatic_deductions(session, quarter)
        scores = _less_automatic(scores, auto_points)
    standards = inputs.parts.version_label()
    stamp = {"quarter": q, "policy_version": policy_version}
    _replace(
        session,
        FirmQuarterScore,
        col(FirmQuarterScore.quarter) == q,
        [
            _score_row(s, satisfaction, from_tickets, standards)
            | {"auto_deductions": auto_points.get(s.firm_id, 0.0)}
            | stamp
            for s in scores
        ],
    )
    _replace(
        session,
        ComplaintQuarterMetric,
        col(ComplaintQuarterMetric.quarter) == q,
        [row | stamp for row in complaint_rows],
    )
    report(0.8, "红黑榜、约谈与预警")
    by_firm = {s.firm_id: s.score for s in scores}
    carded = red_carded(session, quarter)
    grades = quarter_credit_grades(session, quarter, by_firm, policy.credit)
    lists = choose_lists(
        _candidates(scores, satisfaction, carded, firms, policy, grades=grades),
        carded,
        policy.lists,
        [g for g, _ in policy.credit.grades] + [policy.credit.lowest_grade],
    )
    _replace(
        session,
        FirmListEntry,
        col(FirmListEntry.quarter) == q,
        [
            {"list_kind": kind, "firm_id": e.firm_id, "position": e.position}
            | {"metric": e.metric, "red_card": e.red_card, "rule": e.rule}
            | {"credit_grade": e.credit_grade}
            | stamp
            for kind, entries in (("red", lists.red), ("black", lists.black))
            for e in entries
        ],
    )
    interviews = sync_interviews(session, author, quarter, by_firm, policy)
    warnings = early_warnings(by_firm, _previous_scores(session, quarter), policy.warning)
    _replace(
        session,
        EarlyWarningRecord,
        col(EarlyWarningRecord.quarter) == q,
        [asdict(w) | stamp for w in warnings],
    )
    summary = EvaluationSummary(
        quarter=q,
        policy_version=policy_version,
        standard_versions=standards,
        firms=len(scores),
        sheets_counted=len(counted),
        sheets_excluded=inputs.submitted - len(counted),
        red=len(lists.red),
        black=len(lists.black),
        cards_issued=auto.issued + escalated.issued,
        cards_withdrawn=auto.withdrawn + escalated.withdrawn,
        interviews=interviews,
        warnings=len(warnings),
        seconds=0.0,
    )
    run = summary.as_dict()
    for key in ("seconds", "followed"):
        del run[key]
    _replace(
        session,
        EvaluationRun,
        col(EvaluationRun.quarter) == q,
        [run | {"evaluated_at": dt.datetime.now(dt.UTC), "evaluated_by": author.installation_id}],
    )
    append_event(
        session,
        actor_id=author.installation_id,
        action="evaluation.run",
        table_name="evaluationrun",
        row_id=q,
        detail={k: v for k, v in run.items() if k != "quarter"},
    )
    return summary, inputs.score_stamp


def _less_automatic(scores: list[FirmScore], points: Mapping[str, float]) -> list[FirmScore]:
    """Scores with the quarter's automatic card deductions taken off too, ranked again."""
    for s in scores:
        extra = points.get(s.firm_id, 0.0)
        if extra:
            s.deductions += extra
            s.score = min(MAX_SCORE, max(0.0, s.raw - s.deductions))
    return rank_firms(scores)


def _score_row(
    s: FirmScore, satisfaction: Mapping[str, float], from_tickets: set[str], standards: str
) -> dict[str, Any]:
    return {
        "firm_id": s.firm_id,
        "score": s.score,
        "raw_score": s.raw,
        "deductions": s.deductions,
        "parts": s.parts,
        "rank": s.rank,
        "compounds_inspected": s.compounds_inspected,
        "households": s.households,
        "satisfaction": satisfaction.get(s.firm_id),
        "complaint_part_from_tickets": s.firm_id in from_tickets,
        "standard_versions": standards,
    }


def _candidates(
    scores: Iterable[FirmScore],
    satisfaction: Mapping[str, float],
    carded: set[str],
    firms: Mapping[str, tuple[str, str]],
    policy: EvaluationPolicy,
    *,
    grades: Mapping[str, str],
) -> list[ListCandidate]:
    by_composite = policy.lists.metric == "composite"
    found = [
        ListCandidate(
            s.firm_id,
            s.credit_code,
            s.score,
            s.score if by_composite else satisfaction.get(s.firm_id),
            s.compounds_inspected,
            grades.get(s.firm_id),
        )
        for s in scores
    ]
    scored = {c.firm_id for c in found}
    found.extend(
        ListCandidate(firm_id, firms.get(firm_id, ("", ""))[0], None, None, 0)
        for firm_id in sorted(carded - scored)
    )
    return found
