"""Complaint tickets through the 12345 closed loop: registration, steps, redo escalation, rates."""

import datetime as dt

import pytest
from sqlmodel import col, select

from hexie_desktop.domain.complaint_loop import TransitionError
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import TicketAction, TicketState
from hexie_desktop.services.complaints.ticket_view import (
    TicketDetail,
    complaint_categories,
    complaint_detail,
    firm_complaint_rates,
)
from hexie_desktop.services.complaints.tickets import (
    NewTicket,
    advance_complaint,
    register_complaint,
)
from hexie_desktop.services.demo import generate as demo
from hexie_desktop.services.listings.complaints import ComplaintFilter, ComplaintListing
from hexie_desktop.services.listings.master import ListingQuery
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit_data import SEAL_ACTION
from hexie_desktop.storage.tables import AuditEvent, Complaint, ComplaintEvent, Compound

BEIJING = dt.timezone(dt.timedelta(hours=8))
RECEIVED = dt.datetime(2026, 8, 3, 9, 0, tzinfo=BEIJING)
NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
A, D, H, R, V, C, REDO, REJECT = (
    TicketAction.DISPATCH,
    TicketAction.DISPATCH,
    TicketAction.HANDLE,
    TicketAction.REPLY,
    TicketAction.VISIT,
    TicketAction.CLOSE,
    TicketAction.REDO,
    TicketAction.REJECT,
)


@pytest.fixture
def town(inspector_store: Store) -> Store:
    demo.generate_demo(
        inspector_store, demo.DemoOptions(firms=12, compounds=40, seed=1, master_only=True)
    )
    return inspector_store


def _compound(store: Store, offset: int = 0) -> str:
    with store.reading() as session:
        ids = session.exec(select(Compound.id).order_by(col(Compound.name))).all()
    return ids[offset]


def _register(
    store: Store, number: str, received: dt.datetime = RECEIVED, category: str = "漏水渗水"
) -> TicketDetail:
    ticket = NewTicket(number, _compound(store), category, "3栋楼顶漏水，墙面发霉", received)
    return register_complaint(store, ticket, now=NOW).value.detail


def _step(
    store: Store, ticket: TicketDetail, action: TicketAction, hours: float, **options: object
) -> TicketDetail:
    at = RECEIVED + dt.timedelta(hours=hours)
    result = advance_complaint(store, ticket.id, action, at=at, now=NOW, **options).value  # type: ignore[arg-type]
    return result.detail


def test_a_new_ticket_is_received_for_the_firm_serving_the_compound(town: Store) -> None:
    ticket = _register(town, " 12345-2026-0000123 ")
    assert ticket.ticket_no == "12345-2026-0000123"
    assert ticket.state == TicketState.RECEIVED
    assert ticket.received_at == RECEIVED
    assert ticket.due_at == RECEIVED + dt.timedelta(days=5)
    assert [(e.state, e.at, e.note) for e in ticket.events] == [
        (TicketState.RECEIVED, RECEIVED, "受理")
    ]
    assert ticket.actions == (TicketAction.DISPATCH, TicketAction.REJECT)
    assert ticket.quarter == "2026Q3" and ticket.firm_name
    assert complaint_categories(town) == ["漏水渗水"]


@pytest.mark.parametrize("number", ["", "12345/2026/1", "12345-26-0000001", "12345-2026-12"])
def test_a_badly_formed_ticket_number_is_refused(town: Store, number: str) -> None:
    with pytest.raises(UserError, match="工单编号.*格式不正确"):
        _register(town, number)


def test_a_ticket_number_is_registered_once(town: Store) -> None:
    _register(town, "DH-2026-0000001")
    with pytest.raises(UserError, match="已经登记过"):
        _register(town, "dh-2026-0000001")


def test_the_whole_loop_with_time_stamps(town: Store) -> None:
    ticket = _register(town, "12345-2026-0000001")
    ticket = _step(town, ticket, D, 1, note="转物业公司")
    ticket = _step(town, ticket, H, 3)
    ticket = _step(town, ticket, R, 30, note="已修复楼顶防水层")
    ticket = _step(town, ticket, V, 40, satisfied=True)
    ticket = _step(town, ticket, C, 41)
    assert ticket.state == TicketState.CLOSED and ticket.actions == ()
    assert ticket.resolved is True and ticket.resident_satisfied is True
    assert ticket.closed_at == RECEIVED + dt.timedelta(hours=41) and not ticket.overdue
    assert [(e.state.value, e.at.hour, e.note) for e in ticket.events] == [
        ("received", 9, "受理"),
        ("dispatched", 10, "转办：转物业公司"),
        ("handling", 12, "办理"),
        ("replied", 15, "回复：已修复楼顶防水层"),
        ("visited", 1, "回访：满意"),
        ("closed", 2, "办结"),
    ]
    with town.reading() as session:
        actions = session.exec(
            select(AuditEvent.action)
            .where(col(AuditEvent.action) != SEAL_ACTION)
            .order_by(col(AuditEvent.seq))
        ).all()
    assert actions[-6:] == [
        "complaint.create",
        "complaint.dispatch",
        "complaint.handle",
        "complaint.reply",
        "complaint.visit",
        "complaint.close",
    ]
    assert complaint_detail(town, ticket.id, NOW) == ticket


def test_an_illegal_step_is_refused_in_chinese_and_changes_nothing(town: Store) -> None:
    ticket = _register(town, "12345-2026-0000002")
    with pytest.raises(TransitionError) as refused:
        _step(town, ticket, R, 1)
    assert str(refused.value) == (
        "工单当前状态为“已受理”，不能“回复”。当前可进行的操作：转办、不予受理。"
    )
    assert complaint_detail(town, ticket.id, NOW) == ticket
    closed = _step(town, ticket, REJECT, 1, note="不属于物业服务事项")
    with pytest.raises(TransitionError, match="该工单已办结，不能再变更"):
        _step(town, closed, D, 2)


def test_steps_need_their_details_and_an_ordered_time(town: Store) -> None:
    ticket = _register(town, "12345-2026-0000003")
    with pytest.raises(TransitionError, match="写明理由"):
        _step(town, ticket, REJECT, 1)
    ticket = _step(town, ticket, D, 2)
    with pytest.raises(UserError, match="早于上一步的时间 2026-08-03 11:00"):
        _step(town, ticket, H, 1)
    ticket = _step(town, _step(town, ticket, H, 3), R, 4)
    with pytest.raises(TransitionError, match="请选择居民"):
        _step(town, ticket, V, 5)
    with pytest.raises(UserError, match="晚于现在"):
        advance_complaint(
            town, ticket.id, V, satisfied=True, at=NOW + dt.timedelta(hours=1), now=NOW
        )


def test_a_rejected_ticket_counts_as_not_accepted(town: Store) -> None:
    ticket = _register(town, "12345-2026-0000004")
    ticket = _step(town, ticket, REJECT, 2, note="属于市政管网问题")
    assert ticket.state == TicketState.CLOSED and not ticket.accepted
    assert ticket.events[-1].note == "不予受理：属于市政管网问题"


def test_the_third_redo_escalates(town: Store) -> None:
    ticket = _step(town, _step(town, _register(town, "12345-2026-0000005"), D, 1), H, 2)
    hours = 3.0
    messages = []
    for round_ in range(1, 4):
        ticket = _step(town, _step(town, ticket, R, hours), V, hours + 1, satisfied=False)
        assert TicketAction.REDO in ticket.actions
        result = advance_complaint(
            town, ticket.id, REDO, at=RECEIVED + dt.timedelta(hours=hours + 2), now=NOW
        ).value
        ticket = result.detail
        messages.append(result.message)
        assert ticket.state == TicketState.HANDLING and ticket.redo_count == round_
        hours += 3
    assert messages[:2] == ["", ""]
    assert "已返工 3 次，按政策升级督办" in messages[2]
    assert ticket.escalated and ticket.redo_escalation == 3
    assert ticket.events[-1].note == "返工（第3次）"
    with town.reading() as session:
        assert session.exec(
            select(AuditEvent).where(AuditEvent.action == "complaint.escalate")
        ).one()


def test_a_satisfied_visit_cannot_be_redone(town: Store) -> None:
    ticket = _step(town, _step(town, _register(town, "12345-2026-0000006"), D, 1), H, 2)
    ticket = _step(town, _step(town, ticket, R, 3), V, 4, satisfied=True)
    assert ticket.actions == (TicketAction.CLOSE,)
    with pytest.raises(TransitionError, match="居民表示满意，无需返工"):
        _step(town, ticket, REDO, 5)


def test_firm_rates_come_from_the_evaluation_engine(town: Store) -> None:
    # One firm, four tickets of 2026Q3 (due five days after receipt):
    #   a: closed on time, satisfied, resolved; b: closed late, unsatisfied, not resolved;
    #   c: rejected (not accepted); d: still being handled.
    # acceptance 3/4; resolution 1/3; on time 1/3; satisfaction 1/2 (of a and b); redo 0/3.
    a = _step(town, _step(town, _register(town, "12345-2026-0000010"), D, 1), H, 2)
    _step(town, _step(town, _step(town, a, R, 3), V, 4, satisfied=True), C, 5)
    b = _step(town, _step(town, _register(town, "12345-2026-0000011"), D, 1), H, 2)
    b = _step(town, _step(town, b, R, 150), V, 151, satisfied=False)
    b = _step(town, b, C, 152)
    assert b.overdue and b.resolved is False
    _step(town, _register(town, "12345-2026-0000012"), REJECT, 1, note="重复投诉")
    _step(town, _register(town, "12345-2026-0000013"), D, 1)
    rates = firm_complaint_rates(town, Quarter(2026, 3))[b.firm_id]
    assert rates.counts.total == 4
    assert rates.acceptance == pytest.approx(0.75)
    assert rates.resolution == pytest.approx(1 / 3)
    assert rates.on_time == pytest.approx(1 / 3)
    assert rates.satisfaction == pytest.approx(0.5)
    assert rates.redo == 0.0
    assert complaint_detail(town, b.id, NOW).firm_rates == rates
    assert firm_complaint_rates(town, Quarter(2026, 2)) == {}


def test_the_listing_filters_and_sorts_in_sql(town: Store) -> None:
    first = _register(town, "12345-2026-0000020", category="电梯故障")
    _register(town, "12345-2026-0000021", RECEIVED + dt.timedelta(days=1))
    late_open = _register(town, "WS-2026-0000022", NOW - dt.timedelta(days=1))
    _step(town, first, D, 1)
    listing = ComplaintListing(now=NOW)
    everything = listing.ids(town, ListingQuery(sort="received_at", descending=True))
    assert everything[0] == late_open.id and len(everything) == 3
    listing.filter = ComplaintFilter(overdue_only=True)
    assert set(listing.ids(town, ListingQuery(sort="ticket_no"))) == set(everything) - {
        late_open.id
    }
    listing.filter = ComplaintFilter(state="dispatched")
    assert listing.ids(town, ListingQuery(sort="ticket_no")) == [first.id]
    listing.filter = ComplaintFilter(category="漏水渗水")
    assert len(listing.ids(town, ListingQuery(sort="state"))) == 2
    assert listing.ids(town, ListingQuery(text="WS-", sort="ticket_no")) == [late_open.id]
    listing.filter = ComplaintFilter(category="电梯故障")
    assert listing.ids(town, ListingQuery(text="WS-", sort="ticket_no")) == []
    assert listing.count(town) == 3
    listing.filter = ComplaintFilter()
    by_state = listing.ids(town, ListingQuery(sort="state", descending=True))
    assert by_state[0] == first.id
    row = listing.rows(town, [first.id])[first.id]
    assert row[0] == "12345-2026-0000020" and row[3] == "电梯故障" and row[4] == "dispatched"
    assert row[5] == RECEIVED and row[7] is True
    with town.reading() as session:
        assert len(session.exec(select(Complaint)).all()) == 3
        assert len(session.exec(select(ComplaintEvent)).all()) == 4


def test_a_step_recorded_under_a_clock_in_2035_does_not_lock_the_ticket(town: Store) -> None:
    """The issue's clerk could not move the ticket: "办理时间 2026-12-01 早于上一步的时间 2035-06-01"."""
    ticket = _register(town, "12345-2026-0000005")
    in_2035 = dt.datetime(2035, 6, 1, 2, 0, tzinfo=dt.UTC)
    ticket = advance_complaint(town, ticket.id, D, at=in_2035, now=in_2035).value.detail
    moved = advance_complaint(town, ticket.id, H, at=NOW, now=NOW).value.detail
    assert moved.state == TicketState.HANDLING
    with pytest.raises(UserError, match="时钟不准"):
        _step(town, _step(town, _register(town, "12345-2026-0000006"), D, 2), H, 1)
