"""A ticket's caller: registered by a clerk, masked in lists and exports, in full only in the
clerk's ticket dialog; purged by the retention policy, audited, and never carried by a bundle."""

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import col, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import TicketAction
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.complaints.personal import sees_callers_in_full
from hexie_desktop.services.complaints.retention import (
    PURGE_ACTION,
    purge_due,
    purge_personal,
)
from hexie_desktop.services.complaints.ticket_view import TicketDetail, complaint_detail
from hexie_desktop.services.complaints.tickets import (
    NewTicket,
    advance_complaint,
    register_complaint,
)
from hexie_desktop.services.export.request import ExportRequest
from hexie_desktop.services.export.service import export_table
from hexie_desktop.services.listings.complaints import COMPLAINT_COLUMNS, ComplaintListing
from hexie_desktop.services.rules.standards import default_policy_document, install_policy
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import AuditEvent, ComplaintCaller, Contract, Installation
from tests.sync_world import business_rows, seed_master, unseal_file

BEIJING = dt.timezone(dt.timedelta(hours=8))
NAME, PHONE, LANDLINE = "张小明", "13812345678", "0571-88885678"
TODAY = dt.date(2026, 12, 1)
NOW = dt.datetime(2026, 12, 1, 2, 0, tzinfo=dt.UTC)
CALLER_COLUMN = COMPLAINT_COLUMNS.index("caller")


def _install_policy(store: Store, *, version: int, retention_months: int | None = None) -> None:
    doc = default_policy_document() | {"version": version, "effective_from": "2024Q1"}
    # A clerk with no enrolled inspector exports plain, which the bundle test reads directly.
    doc["bundles"]["encryption"] = "optional"
    if retention_months is not None:
        doc["personal_data"] = {"retention_months": retention_months}
    with store.transaction() as session, authoring(session) as author:
        install_policy(session, doc, author)


@pytest.fixture
def bureau(clerk_store: Store) -> tuple[Store, list[str]]:
    master = seed_master(clerk_store)
    _install_policy(clerk_store, version=1)
    return clerk_store, master.compounds


def _ticket(
    store: Store,
    compound: str,
    number: str,
    received: dt.datetime,
    *,
    name: str = NAME,
    phone: str = PHONE,
    closed_after: dt.timedelta | None = None,
) -> TicketDetail:
    ticket = NewTicket(
        number,
        compound,
        "漏水渗水",
        "3栋楼顶漏水",
        received,
        caller_name=name,
        caller_phone=phone,
    )
    detail = register_complaint(store, ticket, now=NOW).value.detail
    if closed_after is not None:
        at = received + closed_after
        advance_complaint(store, detail.id, TicketAction.REJECT, "重复工单", at=at, now=NOW)
    return detail


def _set_role(store: Store, role: str) -> None:
    with store.transaction() as session:
        row = session.exec(select(Installation)).one()
        row.role = role
        session.add(row)


def test_only_a_clerk_sees_a_caller_in_full() -> None:
    assert sees_callers_in_full("clerk")
    assert not sees_callers_in_full("inspector")
    assert not sees_callers_in_full(None)


def test_the_dialog_shows_the_clerk_the_caller_and_an_inspector_the_mask(
    bureau: tuple[Store, list[str]],
) -> None:
    store, compounds = bureau
    received = dt.datetime(2026, 11, 2, 9, 0, tzinfo=BEIJING)
    ticket = _ticket(store, compounds[0], "12345-2026-0000001", received, phone=" 138 1234 5678")
    assert (ticket.caller.name, ticket.caller.phone, ticket.caller.in_full) == (NAME, PHONE, True)
    _set_role(store, "inspector")
    shown = complaint_detail(store, ticket.id, NOW).caller
    assert (shown.name, shown.phone, shown.in_full) == ("张**", "138****5678", False)


def test_a_number_typed_into_the_content_is_masked_for_an_inspector(
    bureau: tuple[Store, list[str]],
) -> None:
    store, compounds = bureau
    received = dt.datetime(2026, 11, 2, 9, 0, tzinfo=BEIJING)
    ticket = NewTicket(
        "12345-2026-0000009", compounds[0], "漏水渗水", "漏水，请回电13987654321", received
    )
    registered = register_complaint(store, ticket, now=NOW).value.detail
    assert registered.content == "漏水，请回电13987654321"
    at = received + dt.timedelta(hours=1)
    advance_complaint(
        store, registered.id, TicketAction.DISPATCH, "已告知 0571-88885678", at=at, now=NOW
    )
    _set_role(store, "inspector")
    shown = complaint_detail(store, registered.id, NOW)
    assert shown.content == "漏水，请回电139****4321"
    assert shown.events[-1].note.endswith("已告知 0571-******78")
    assert not shown.caller.in_full and not shown.caller.given


def test_the_list_and_the_export_show_the_mask_to_everyone(
    bureau: tuple[Store, list[str]], tmp_path: Path
) -> None:
    store, compounds = bureau
    received = dt.datetime(2026, 11, 2, 9, 0, tzinfo=BEIJING)
    mobile = _ticket(store, compounds[0], "12345-2026-0000001", received)
    fixed = _ticket(store, compounds[1], "12345-2026-0000002", received, phone=LANDLINE)
    anonymous = _ticket(store, compounds[2], "12345-2026-0000003", received, name="", phone="")
    rows = ComplaintListing(NOW).rows(store, [mobile.id, fixed.id, anonymous.id])
    assert rows[mobile.id][CALLER_COLUMN] == "张** 138****5678"
    assert rows[fixed.id][CALLER_COLUMN] == "张** 0571-******78"
    assert rows[anonymous.id][CALLER_COLUMN] == ""
    for suffix in ("xlsx", "csv"):
        out = tmp_path / f"tickets.{suffix}"
        export_table(store, ExportRequest("complaints", quarter=Quarter(2026, 4)), out)
        if suffix == "xlsx":
            sheet = openpyxl.load_workbook(out, read_only=True).worksheets[0]
            cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row]
        else:
            cells = out.read_text(encoding="utf-8-sig").replace("\n", ",").split(",")
        assert "张** 138****5678" in cells and "张** 0571-******78" in cells
        text = " ".join(cells)
        assert NAME not in text and PHONE not in text and "88885678" not in text


def test_an_inspector_cannot_record_a_caller_and_a_bad_number_is_refused(
    bureau: tuple[Store, list[str]],
) -> None:
    store, compounds = bureau
    received = dt.datetime(2026, 11, 2, 9, 0, tzinfo=BEIJING)
    with pytest.raises(UserError, match="联系电话“12345”"):
        _ticket(store, compounds[0], "12345-2026-0000001", received, phone="12345")
    _set_role(store, "inspector")
    with pytest.raises(UserError, match="考评员不登记"):
        _ticket(store, compounds[0], "12345-2026-0000001", received)
    with store.reading() as session:
        assert session.exec(select(ComplaintCaller)).all() == []


def _callers(store: Store) -> dict[str, tuple[str, str, bool]]:
    with store.reading() as session:
        return {
            c.complaint_id: (c.name, c.phone, c.purged_at is not None)
            for c in session.exec(select(ComplaintCaller))
        }


@pytest.fixture
def aged(bureau: tuple[Store, list[str]]) -> tuple[Store, dict[str, str]]:
    """Three tickets of 2024: one closed on 30 Nov 2024 (past 24 months on 1 Dec 2026), one
    closed on 2 Dec 2024 (within), one still open; their callers all known."""
    store, compounds = bureau
    with store.transaction() as session:
        # The contracts of the seeded world start in 2025; these tickets are older.
        for contract in session.exec(select(Contract)):
            contract.starts_on = dt.date(2024, 1, 1)
            session.add(contract)
    start = dt.datetime(2024, 11, 20, 9, 0, tzinfo=BEIJING)
    old = _ticket(store, compounds[0], "12345-2024-0000001", start, closed_after=dt.timedelta(10))
    recent = _ticket(
        store,
        compounds[1],
        "12345-2024-0000002",
        start,
        phone=LANDLINE,
        closed_after=dt.timedelta(12, hours=1),
    )
    open_ = _ticket(store, compounds[2], "12345-2024-0000003", start)
    return store, {"old": old.id, "recent": recent.id, "open": open_.id}


def _audit(store: Store) -> list[AuditEvent]:
    with store.reading() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == PURGE_ACTION)))


def test_a_dry_run_counts_and_changes_nothing(aged: tuple[Store, dict[str, str]]) -> None:
    store, _ids = aged
    before = business_rows(store), _callers(store)
    report = purge_personal(store, dry_run=True, today=TODAY, now=NOW)
    assert (report.value.tickets, report.value.months) == (1, 24)
    assert report.value.cutoff == dt.date(2024, 12, 1)
    assert not report.changes.tables
    assert (business_rows(store), _callers(store)) == before
    assert _audit(store) == []


def test_a_purge_blanks_only_callers_of_tickets_closed_before_the_cutoff(
    aged: tuple[Store, dict[str, str]],
) -> None:
    store, ids = aged
    synced_before = business_rows(store)
    assert purge_due(store, TODAY).tickets == 1
    done = purge_personal(store, today=TODAY, now=NOW)
    assert done.value.tickets == 1 and done.changes.touches(ComplaintCaller)
    callers = _callers(store)
    assert callers[ids["old"]] == ("", "", True)
    assert callers[ids["recent"]] == (NAME, LANDLINE, False)
    assert callers[ids["open"]] == (NAME, PHONE, False)
    assert business_rows(store) == synced_before
    [event] = _audit(store)
    assert event.detail == {"tickets": 1, "retention_months": 24, "closed_before": "2024-12-01"}
    assert NAME not in str(event.detail) and PHONE not in str(event.detail)
    again = purge_personal(store, today=TODAY, now=NOW)
    assert again.value.tickets == 0 and not again.changes.tables
    assert len(_audit(store)) == 1
    assert complaint_detail(store, ids["old"], NOW).caller.purged


def test_a_shorter_retention_in_the_policy_purges_more(
    aged: tuple[Store, dict[str, str]],
) -> None:
    store, ids = aged
    _install_policy(store, version=2, retention_months=1)
    assert purge_personal(store, today=TODAY, now=NOW).value.tickets == 2
    assert _callers(store)[ids["recent"]] == ("", "", True)
    assert _callers(store)[ids["open"]] == (NAME, PHONE, False)


def _bundle_text(store: Store, path: Path, tmp_path: Path) -> str:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        archive = zipfile.ZipFile(unseal_file(path, store, tmp_path / "plain.hexie"))
    with archive:
        return "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


def test_no_bundle_carries_a_caller_so_an_old_one_cannot_bring_one_back(
    aged: tuple[Store, dict[str, str]], tmp_path: Path
) -> None:
    store, ids = aged
    older = export_bundle(store, tmp_path / "before-purge.hexie", full=True).value
    text = _bundle_text(store, older.path, tmp_path)
    assert "12345-2024-0000001" in text
    assert NAME not in text and PHONE not in text and "88885678" not in text
    purge_personal(store, today=TODAY, now=NOW)
    merge_bundles(store, [older.path])
    assert _callers(store)[ids["old"]] == ("", "", True)
    with store.reading() as session:
        purged = session.exec(
            select(ComplaintCaller).where(col(ComplaintCaller.purged_at).is_not(None))
        ).all()
    assert [c.complaint_id for c in purged] == [ids["old"]]
