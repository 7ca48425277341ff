"""What the cards-and-interviews screen lists: every card of a quarter, revoked ones included,
its interviews with their dates, the firms to pick from, and the policy's defaults.

Cards in force alone are in evaluation_results.quarter_lists; a clerk answering an appeal needs
the revoked ones too, with why and when, and which yellow cards a red one escalated from.
"""

import datetime as dt
from dataclasses import dataclass

from sqlmodel import col, select

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.interviews import rectification_deadline
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.evaluation.inputs import load_firms, load_policy
from hexie_desktop.services.evaluation.quarters import is_finalised
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import Card, Firm, Interview


@dataclass(frozen=True)
class CardLine:
    card_id: str
    color: str
    credit_code: str
    firm: str
    reason: str
    deduction: float
    automatic: bool
    issued_on: dt.date
    escalated_from: list[str]  # the quarters of the yellow cards a red one escalated from
    revoked_on: dt.date | None
    revoke_reason: str


@dataclass(frozen=True)
class InterviewLine:
    interview_id: str
    credit_code: str
    firm: str
    quarter: str
    score: float
    status: str
    scheduled_at: dt.datetime | None
    place: str
    held_at: dt.datetime | None
    minutes: str
    commitments: str
    rectification_due: dt.date | None
    followup_on: dt.date | None
    followup_passed: bool | None
    closed_on: dt.date | None


@dataclass(frozen=True)
class CardsView:
    quarter: str
    finalised: bool
    yellow_deduction: float
    cards: list[CardLine]
    interviews: list[InterviewLine]


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.UTC)


def _interview_line(row: Interview, firms: dict[str, tuple[str, str]]) -> InterviewLine:
    code, name = firms.get(row.firm_id, ("", ""))
    return InterviewLine(
        interview_id=row.id,
        credit_code=code,
        firm=name,
        quarter=row.quarter,
        score=row.score,
        status=row.status,
        scheduled_at=_utc(row.scheduled_at),
        place=row.place,
        held_at=_utc(row.held_at),
        minutes=row.minutes,
        commitments=row.commitments,
        rectification_due=row.rectification_due,
        followup_on=row.followup_on,
        followup_passed=row.followup_passed,
        closed_on=row.closed_on,
    )


def cards_view(store: Store, quarter: Quarter) -> CardsView:
    """The quarter's cards (in force first, by colour and date) and its interviews."""
    q = str(quarter)
    with store.reading() as session:
        firms = load_firms(session)
        policy, _ = load_policy(session, q)
        cards = session.exec(
            select(Card)
            .where(Card.quarter == q, col(Card.deleted).is_(False))
            .order_by(
                col(Card.revoked_on).is_not(None),
                col(Card.color).desc(),
                col(Card.issued_on),
                col(Card.id),
            )
        ).all()
        interviews = session.exec(
            select(Interview)
            .where(Interview.quarter == q, col(Interview.deleted).is_(False))
            .order_by(col(Interview.score), col(Interview.firm_id))
        ).all()
        finalised = is_finalised(session, quarter)
        sources = {c for card in cards for c in card.escalated_from}
        quarter_of = {
            card_id: q
            for card_id, q in session.exec(
                select(Card.id, Card.quarter).where(col(Card.id).in_(sources))
            )
        }
    lines = [
        CardLine(
            card_id=c.id,
            color=c.color,
            credit_code=firms.get(c.firm_id, ("", ""))[0],
            firm=firms.get(c.firm_id, ("", ""))[1],
            reason=c.reason,
            deduction=c.deduction,
            automatic=c.automatic,
            issued_on=c.issued_on,
            escalated_from=sorted({quarter_of.get(i, "") for i in c.escalated_from} - {""}),
            revoked_on=c.revoked_on,
            revoke_reason=c.revoke_reason,
        )
        for c in cards
    ]
    return CardsView(
        quarter=q,
        finalised=finalised,
        yellow_deduction=policy.cards.yellow_deduction,
        cards=lines,
        interviews=[_interview_line(i, firms) for i in interviews],
    )


def firm_code_choices(store: Store) -> list[tuple[str, str]]:
    """Every firm as (credit code, name), by name: what a clerk picks a card's firm from."""
    with store.reading() as session:
        rows = session.exec(
            select(Firm.credit_code, Firm.name)
            .where(col(Firm.deleted).is_(False))
            .order_by(col(Firm.name))
        )
        return [(code, name) for code, name in rows]


@dataclass(frozen=True)
class InterviewForm:
    """An interview as its dialog opens it, with the deadline the policy would set today."""

    interview: InterviewLine
    rectify_by: dt.date


def interview_form(store: Store, interview_id: str, today: dt.date | None = None) -> InterviewForm:
    with store.reading() as session:
        row = session.get(Interview, interview_id)
        if row is None or row.deleted:
            raise UserError(f"找不到编号为 {interview_id} 的约谈记录。")
        policy, _ = load_policy(session, row.quarter)
        line = _interview_line(row, load_firms(session))
    held_on = (
        bureau_time.bureau_time(line.held_at).date()
        if line.held_at
        else (today or bureau_time.today())
    )
    return InterviewForm(line, rectification_deadline(held_on, policy.interviews))
