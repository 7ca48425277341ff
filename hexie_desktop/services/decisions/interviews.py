"""Sub-60 interviews: created by the evaluation, moved through their steps by a clerk."""

import datetime as dt
from collections.abc import Mapping

from sqlmodel import Session, select

from hexie_desktop.domain.bureau_time import bureau_time, today
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.interviews import (
    check_minutes,
    check_transition,
    interviews_due,
    rectification_deadline,
)
from hexie_desktop.domain.evaluation.policy import EvaluationPolicy
from hexie_desktop.domain.evaluation.row_ids import derived_id
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import InterviewStatus
from hexie_desktop.services.authoring import Author, authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.decisions.cards import record_card
from hexie_desktop.services.evaluation.inputs import load_policy
from hexie_desktop.services.evaluation.quarters import require_clerk
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import Card, CreditEntry, Interview

_INTERVIEW = Changes.of(Interview)
_ESCALATED = Changes.of(Interview, Card, CreditEntry)


def _touch(author: Author, row: Interview) -> None:
    row.hlc = author.clock.tick()
    row.author_id = author.installation_id


def sync_interviews(
    session: Session,
    author: Author,
    quarter: Quarter,
    scores: Mapping[str, float],
    policy: EvaluationPolicy,
) -> int:
    """Make the quarter's interviews match the firms due one; returns how many are due.

    One interview per firm and quarter: an existing one is updated, never duplicated. A still
    pending interview of a firm no longer due (its score rose on re-evaluation) is withdrawn as a
    tombstone; one a clerk has already scheduled or held is kept as it is.
    """
    due = interviews_due(scores, policy.interviews)
    existing = {
        row.firm_id: row
        for row in session.exec(select(Interview).where(Interview.quarter == str(quarter)))
    }
    for firm_id in due:
        row = existing.get(firm_id)
        if row is None:
            session.add(
                Interview(
                    id=derived_id("interview", firm_id, str(quarter)),
                    firm_id=firm_id,
                    quarter=str(quarter),
                    score=scores[firm_id],
                    **author.stamp(),
                )
            )
        elif row.deleted or row.score != scores[firm_id]:
            if row.deleted:
                row.deleted, row.status = False, InterviewStatus.PENDING
            row.score = scores[firm_id]
            _touch(author, row)
            session.add(row)
    wanted = set(due)
    for firm_id, row in existing.items():
        if firm_id not in wanted and not row.deleted and row.status == InterviewStatus.PENDING:
            row.deleted = True
            _touch(author, row)
            session.add(row)
    return len(due)


def _load(session: Session, interview_id: str) -> Interview:
    row = session.get(Interview, interview_id)
    if row is None or row.deleted:
        raise UserError(f"找不到编号为 {interview_id} 的约谈记录。")
    return row


def _record(
    session: Session, author: Author, row: Interview, target: str, detail: dict[str, str]
) -> None:
    check_transition(row.status, target)
    row.status = target
    _touch(author, row)
    session.add(row)
    session.flush()
    append_event(
        session,
        actor_id=author.installation_id,
        action=f"interview.{target}",
        table_name="interview",
        row_id=row.id,
        detail={"quarter": row.quarter, **detail},
    )


def schedule_interview(
    store: Store, interview_id: str, at: dt.datetime, place: str
) -> Changed[Interview]:
    if not place.strip():
        raise UserError("安排约谈须填写地点。")
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "安排约谈")
        row = _load(session, interview_id)
        row.scheduled_at, row.place = at, place.strip()
        _record(session, author, row, InterviewStatus.SCHEDULED, {"place": row.place})
        return Changed(row, _INTERVIEW)


def record_held(
    store: Store, interview_id: str, held_at: dt.datetime, minutes: str, commitments: str
) -> Changed[Interview]:
    check_minutes(minutes, commitments)
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "记录约谈")
        row = _load(session, interview_id)
        row.held_at, row.minutes, row.commitments = held_at, minutes.strip(), commitments.strip()
        _record(session, author, row, InterviewStatus.HELD, {})
        return Changed(row, _INTERVIEW)


def start_rectification(
    store: Store, interview_id: str, due: dt.date | None = None
) -> Changed[Interview]:
    """Set the rectification deadline: by default the policy's number of days after the interview."""
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "设定整改期限")
        row = _load(session, interview_id)
        policy, _ = load_policy(session, row.quarter)
        held_on = bureau_time(row.held_at).date() if row.held_at else today()
        row.rectification_due = due or rectification_deadline(held_on, policy.interviews)
        _record(
            session, author, row, InterviewStatus.RECTIFYING, {"due": str(row.rectification_due)}
        )
        return Changed(row, _INTERVIEW)


def record_followup(
    store: Store, interview_id: str, on: dt.date, passed: bool, note: str = ""
) -> Changed[Interview]:
    """The follow-up inspection closes the interview, or escalates it with a yellow card."""
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "记录整改复查")
        row = _load(session, interview_id)
        row.followup_on, row.followup_passed = on, passed
        if passed:
            row.closed_on = on
        _record(
            session,
            author,
            row,
            InterviewStatus.CLOSED if passed else InterviewStatus.ESCALATED,
            {"note": note},
        )
        if not passed:
            reason = f"{row.quarter} 约谈整改复查未通过" + (
                f"：{note.strip()}" if note.strip() else ""
            )
            record_card(session, author, row.firm_id, Quarter.containing(on), reason, day=on)
        return Changed(row, _INTERVIEW if passed else _ESCALATED)
