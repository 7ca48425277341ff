"""Complaint tickets (工单) through the 12345 closed loop: registering one, and moving it a step
at a time (reading one back is complaint_details.py).

Each step is one transaction that changes the ticket, adds a ComplaintEvent with the step's time
and note, and appends an audit event; the steps allowed are those of domain/complaint_loop.py.
"""

import datetime as dt
import re
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from hexie_desktop.domain.bureau_time import as_utc as stored_utc
from hexie_desktop.domain.bureau_time import bureau_time, format_time
from hexie_desktop.domain.complaint_loop import TransitionError, next_state
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.labels import TICKET_ACTION_LABELS
from hexie_desktop.domain.personal_data import NAME_LENGTH, normal_phone, phone_problem
from hexie_desktop.domain.states import TicketAction, TicketState
from hexie_desktop.services.authoring import Author, authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.complaints.personal import sees_callers_in_full
from hexie_desktop.services.complaints.ticket_view import (
    TicketDetail,
    live_ticket,
    moment_or_now,
    read_detail,
    redo_escalation,
    ticket_quarter,
)
from hexie_desktop.services.evaluation.quarters import require_open
from hexie_desktop.services.fieldwork.surveys import serving_firm
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import Complaint, ComplaintCaller, ComplaintEvent, Compound
from hexie_desktop.storage.tables.fieldwork import COMPLAINT_CHANNELS

_COMPLAINT_CHANGES = Changes.of(Complaint, ComplaintEvent)
TICKET_NUMBER = re.compile(r"^[A-Z0-9]{1,8}-\d{4}-\d{4,10}$")
DEFAULT_DUE_DAYS = 5
NOTE_LENGTH = 400
CONTENT_LENGTH = 2000
CATEGORY_LENGTH = 32
# A laptop's clock and the moment a form was filled differ by a little; more is a typing error.
FUTURE_GRACE = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class NewTicket:
    ticket_no: str
    compound_id: str
    category: str
    content: str
    received_at: dt.datetime
    due_at: dt.datetime | None = None
    channel: str = "12345"
    caller_name: str = ""
    caller_phone: str = ""


@dataclass(frozen=True)
class TicketResult:
    """A ticket after an operation, and what to tell the user beyond "done" (an escalation)."""

    detail: TicketDetail
    message: str = ""


def ticket_number_problem(text: str) -> str | None:
    if TICKET_NUMBER.match(text):
        return None
    return (
        f"工单编号“{text}”格式不正确，应为“来源代码-年份-序号”，如 12345-2026-0000123"
        "（来源代码为 1 至 8 位字母或数字，序号 4 至 10 位数字）。"
    )


def _aware(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value} would be stored in an unknown time zone")
    return value.astimezone(dt.UTC)


def _shown(value: dt.datetime) -> str:
    return format_time(value)


def _text(value: str, label: str, limit: int, *, required: bool) -> str:
    text = value.strip()
    if required and not text:
        raise UserError(f"请填写{label}。")
    if len(text) > limit:
        raise UserError(f"{label}最多 {limit} 个字，当前 {len(text)} 个字，请精简后再保存。")
    return text


def _audit(
    session: Session, author: Author, action: str, ticket: Complaint, detail: dict[str, object]
) -> None:
    append_event(
        session,
        actor_id=author.installation_id,
        action=action,
        table_name="complaint",
        row_id=ticket.id,
        detail=detail,
    )


def register_complaint(
    store: Store, ticket: NewTicket, *, now: dt.datetime | None = None
) -> Changed[TicketResult]:
    """Log a new ticket as received (受理); the firm is the one serving the compound that day.

    A clerk may record who called (name, phone): kept on this installation only, never in the
    audit event or a bundle (services/complaints/personal.py).
    """
    moment = moment_or_now(now)
    number = ticket.ticket_no.strip().upper()
    problem = ticket_number_problem(number)
    if problem is not None:
        raise UserError(problem)
    if ticket.channel not in COMPLAINT_CHANNELS:
        raise UserError(
            f"未知的工单来源“{ticket.channel}”，应为：{'、'.join(COMPLAINT_CHANNELS)}。"
        )
    category = _text(ticket.category, "投诉类别", CATEGORY_LENGTH, required=True)
    content = _text(ticket.content, "投诉内容", CONTENT_LENGTH, required=True)
    caller_name = _text(ticket.caller_name, "来电人姓名", NAME_LENGTH, required=False)
    phone_trouble = phone_problem(ticket.caller_phone)
    if phone_trouble is not None:
        raise UserError(phone_trouble)
    caller_phone = normal_phone(ticket.caller_phone) or ""
    received = _aware(ticket.received_at)
    due = (
        received + dt.timedelta(days=DEFAULT_DUE_DAYS)
        if ticket.due_at is None
        else _aware(ticket.due_at)
    )
    if received > moment + FUTURE_GRACE:
        raise UserError(f"受理时间 {_shown(received)} 晚于现在，请核对受理时间。")
    if due <= received:
        raise UserError(f"办理时限 {_shown(due)} 应晚于受理时间 {_shown(received)}。")
    with store.transaction() as session, authoring(session) as author:
        quarter = ticket_quarter(received)
        require_open(session, quarter, "登记工单")
        compound = session.get(Compound, ticket.compound_id)
        if compound is None or compound.deleted:
            raise UserError("所选小区已不存在（可能已被删除）。请刷新列表后重新选择小区。")
        day = bureau_time(received).date()
        firm = serving_firm(session, compound.id, day)
        if firm is None:
            raise UserError(
                f"小区“{compound.name}”在 {day} 没有有效的物业服务合同，无法确定被投诉的企业。"
                "请核对受理时间，或请工作人员补录该小区的合同。"
            )
        holder = session.exec(select(Complaint).where(Complaint.ticket_no == number)).first()
        if holder is not None:
            raise UserError(f"工单编号 {number} 已经登记过，同一编号不能登记两次。请核对编号。")
        row = Complaint(
            ticket_no=number,
            channel=ticket.channel,
            compound_id=compound.id,
            firm_id=firm.id,
            category=category,
            content=content,
            received_at=received,
            due_at=due,
            state=TicketState.RECEIVED.value,
            **author.stamp(),
        )
        session.add(row)
        session.flush()
        if caller_name or caller_phone:
            if not sees_callers_in_full(author.role):
                raise UserError(
                    "来电人姓名和电话由工作人员在受理 12345 工单时登记，考评员不登记；"
                    "请清空这两项后再保存。"
                )
            session.add(ComplaintCaller(complaint_id=row.id, name=caller_name, phone=caller_phone))
        session.add(
            ComplaintEvent(
                complaint_id=row.id,
                state=TicketState.RECEIVED.value,
                at=received,
                note="受理",
                **author.stamp(),
            )
        )
        _audit(session, author, "complaint.create", row, {"ticket_no": number, "firm_id": firm.id})
        session.flush()
        return Changed(TicketResult(read_detail(session, row, moment)), _COMPLAINT_CHANGES)


def _event_note(action: TicketAction, ticket: Complaint, note: str) -> str:
    """What the timeline says of a step: the step's own words first, then the note typed."""
    if action == TicketAction.VISIT:
        head = "回访：满意" if ticket.resident_satisfied else "回访：不满意"
    elif action == TicketAction.REDO:
        head = f"返工（第{ticket.redo_count}次）"
    else:
        head = TICKET_ACTION_LABELS[action]
    return f"{head}：{note}" if note else head


def advance_complaint(
    store: Store,
    complaint_id: str,
    action: TicketAction,
    note: str = "",
    *,
    satisfied: bool | None = None,
    resolved: bool | None = None,
    at: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> Changed[TicketResult]:
    """Take one step of the loop at `at` (now by default).

    A visit needs the resident's verdict (`satisfied`); closing records whether the matter was
    resolved (by default: the resident was satisfied); a rejection needs its reason as the note.
    The redo that reaches the policy's `redo_escalation` escalates the ticket and says so.
    """
    moment = moment_or_now(now)
    when = moment if at is None else _aware(at)
    text = _text(note, "备注", NOTE_LENGTH, required=False)
    if when > moment + FUTURE_GRACE:
        raise UserError(
            f"办理时间 {_shown(when)} 晚于现在（本机时钟显示 {_shown(moment)}），请核对时间；"
            "若本机时钟不准，请先调准系统时间。"
        )
    with store.transaction() as session, authoring(session) as author:
        ticket = live_ticket(session, complaint_id)
        quarter = ticket_quarter(ticket.received_at)
        require_open(session, quarter, "变更工单")
        before = TicketState(ticket.state)
        target = next_state(before, action, ticket.resident_satisfied)
        last = session.exec(
            select(func.max(ComplaintEvent.at)).where(
                ComplaintEvent.complaint_id == ticket.id, col(ComplaintEvent.deleted).is_(False)
            )
        ).one()
        # A previous step later than now was recorded under a clock running ahead: it cannot
        # order this one, or the ticket could never move again.
        if last is not None and when < stored_utc(last) <= moment + FUTURE_GRACE:
            raise UserError(
                f"办理时间 {_shown(when)} 早于上一步的时间 {_shown(last)}，请核对时间；"
                "若填的是本机当前时间，可能是某台电脑的时钟不准（本机或记录上一步的电脑），"
                "请先核对系统时间。"
            )
        message = ""
        if action == TicketAction.VISIT:
            if satisfied is None:
                raise TransitionError("回访时请选择居民对办理结果是否满意。")
            ticket.resident_satisfied = satisfied
        elif action == TicketAction.CLOSE:
            ticket.resolved = (ticket.resident_satisfied is True) if resolved is None else resolved
            ticket.closed_at = when
        elif action == TicketAction.REJECT:
            if not text:
                raise TransitionError("不予受理时请在备注中写明理由。")
            ticket.accepted = False
            ticket.resolved = False
            ticket.closed_at = when
        elif action == TicketAction.REDO:
            ticket.redo_count += 1
            escalation = redo_escalation(session, quarter)
            if ticket.redo_count == escalation:
                message = (
                    f"工单 {ticket.ticket_no} 已返工 {ticket.redo_count} 次，按政策升级督办。"
                    "请报告工作人员跟进该企业的办理情况。"
                )
        ticket.state = target.value
        ticket.hlc = author.clock.tick()
        ticket.author_id = author.installation_id
        session.add(ticket)
        session.add(
            ComplaintEvent(
                complaint_id=ticket.id,
                state=target.value,
                at=when,
                note=_event_note(action, ticket, text),
                **author.stamp(),
            )
        )
        _audit(
            session,
            author,
            f"complaint.{action.value}",
            ticket,
            {"from": before.value, "to": target.value, "at": when.isoformat(), "note": text},
        )
        if message:
            _audit(session, author, "complaint.escalate", ticket, {"redo_count": ticket.redo_count})
        session.flush()
        return Changed(
            TicketResult(read_detail(session, ticket, moment), message), _COMPLAINT_CHANGES
        )
