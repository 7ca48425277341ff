"""A complaint ticket read back: its details, its timeline, the steps open to it, and its firm's
rates for the ticket's quarter, which are the evaluation engine's (domain/evaluation/complaints.py)
from the same counting query the quarterly evaluation runs. Times come back in the bureau's time.
"""

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from hexie_desktop.domain.bureau_time import as_utc as stored_utc
from hexie_desktop.domain.bureau_time import bureau_time
from hexie_desktop.domain.bureau_time import today as bureau_today
from hexie_desktop.domain.complaint_loop import allowed_actions, is_escalated
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.complaints import ComplaintMetrics, metrics
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import TicketAction, TicketState
from hexie_desktop.services.complaints.personal import Caller, read_caller, shown_text
from hexie_desktop.services.evaluation.inputs import load_policy, load_ticket_counts
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import Complaint, ComplaintEvent, Compound, Firm


@dataclass(frozen=True)
class TicketEvent:
    state: TicketState
    at: dt.datetime
    note: str


@dataclass(frozen=True)
class TicketDetail:
    """A ticket as its dialog shows it; times are in the bureau's time zone, the caller in full
    or masked as `sees_callers_in_full` decides for this installation's role."""

    id: str
    ticket_no: str
    channel: str
    compound_id: str
    compound_name: str
    firm_id: str
    firm_name: str
    category: str
    content: str
    received_at: dt.datetime
    due_at: dt.datetime
    closed_at: dt.datetime | None
    state: TicketState
    accepted: bool
    resolved: bool | None
    resident_satisfied: bool | None
    redo_count: int
    redo_escalation: int
    overdue: bool
    quarter: str
    events: tuple[TicketEvent, ...]
    actions: tuple[TicketAction, ...]
    firm_rates: ComplaintMetrics | None
    caller: Caller = Caller()

    @property
    def escalated(self) -> bool:
        return is_escalated(self.redo_count, self.redo_escalation)


def moment_or_now(now: dt.datetime | None) -> dt.datetime:
    """`now` as UTC, or the present moment: tests pin the clock, the window does not."""
    return stored_utc(now) if now is not None else dt.datetime.now(dt.UTC)


def ticket_quarter(received_at: dt.datetime) -> Quarter:
    """A ticket belongs to the quarter of the day it was received, in the bureau's time."""
    return Quarter.containing(bureau_time(received_at).date())


def live_ticket(session: Session, complaint_id: str) -> Complaint:
    ticket = session.get(Complaint, complaint_id)
    if ticket is None or ticket.deleted:
        raise UserError("该工单已不存在（可能已被删除）。请刷新工单列表后重试。")
    return ticket


def redo_escalation(session: Session, quarter: Quarter) -> int:
    policy, _version = load_policy(session, str(quarter))
    return policy.complaints.redo_escalation


def _rates(session: Session, quarter: Quarter, escalation: int) -> dict[str, ComplaintMetrics]:
    counts = load_ticket_counts(session, quarter, escalation)
    return {firm_id: metrics(found) for firm_id, found in counts.items()}


def read_detail(session: Session, ticket: Complaint, now: dt.datetime) -> TicketDetail:
    quarter = ticket_quarter(ticket.received_at)
    escalation = redo_escalation(session, quarter)
    compound = session.get(Compound, ticket.compound_id)
    firm = session.get(Firm, ticket.firm_id)
    events = session.exec(
        select(ComplaintEvent)
        .where(
            ComplaintEvent.complaint_id == ticket.id,
            col(ComplaintEvent.deleted).is_(False),
        )
        .order_by(col(ComplaintEvent.at), col(ComplaintEvent.hlc))
    ).all()
    caller = read_caller(session, ticket.id)
    state = TicketState(ticket.state)
    due = stored_utc(ticket.due_at)
    finished = stored_utc(ticket.closed_at) if ticket.closed_at is not None else now
    return TicketDetail(
        id=ticket.id,
        ticket_no=ticket.ticket_no,
        channel=ticket.channel,
        compound_id=ticket.compound_id,
        compound_name="" if compound is None else compound.name,
        firm_id=ticket.firm_id,
        firm_name="" if firm is None else firm.name,
        category=ticket.category,
        content=shown_text(caller, ticket.content),
        received_at=bureau_time(ticket.received_at),
        due_at=bureau_time(due),
        closed_at=None if ticket.closed_at is None else bureau_time(ticket.closed_at),
        state=state,
        accepted=ticket.accepted,
        resolved=ticket.resolved,
        resident_satisfied=ticket.resident_satisfied,
        redo_count=ticket.redo_count,
        redo_escalation=escalation,
        overdue=due < finished,
        quarter=str(quarter),
        events=tuple(
            TicketEvent(TicketState(e.state), bureau_time(e.at), shown_text(caller, e.note))
            for e in events
        ),
        actions=allowed_actions(state, ticket.resident_satisfied),
        firm_rates=_rates(session, quarter, escalation).get(ticket.firm_id),
        caller=caller,
    )


def complaint_detail(
    store: Store, complaint_id: str, now: dt.datetime | None = None
) -> TicketDetail:
    """A ticket with its timeline, the steps open to it, and its firm's rates for its quarter."""
    with store.reading() as session:
        return read_detail(session, live_ticket(session, complaint_id), moment_or_now(now))


def ticket_compound(store: Store, complaint_id: str) -> str | None:
    """The compound a ticket is about, or None when the ticket no longer exists."""
    with store.reading() as session:
        ticket = session.get(Complaint, complaint_id)
        return None if ticket is None or ticket.deleted else ticket.compound_id


def complaint_categories(store: Store) -> list[str]:
    """The categories tickets were filed under, most used first: the choices of a filter."""
    with store.reading() as session:
        rows = session.execute(
            select(col(Complaint.category), func.count())
            .where(col(Complaint.deleted).is_(False))
            .group_by(col(Complaint.category))
            .order_by(func.count().desc(), col(Complaint.category))
        ).all()
    return [category for category, _count in rows]


def firm_complaint_rates(
    store: Store, quarter: Quarter | None = None, today: dt.date | None = None
) -> dict[str, ComplaintMetrics]:
    """Per firm, the evaluation's complaint rates for a quarter (the current one by default)."""
    chosen = quarter or Quarter.containing(today or bureau_today())
    with store.reading() as session:
        return _rates(session, chosen, redo_escalation(session, chosen))


def ticket_numbered(store: Store, ticket_no: str) -> str:
    """The id of the live ticket with this number, or a message saying how to find one."""
    number = ticket_no.strip().upper()
    with store.reading() as session:
        found = session.exec(
            select(col(Complaint.id)).where(
                Complaint.ticket_no == number, col(Complaint.deleted).is_(False)
            )
        ).first()
    if found is None:
        raise UserError(
            f"没有编号为 {number} 的工单。请核对编号（可用 hexie export complaints 导出工单列表）。"
        )
    return found
