"""The review queue: held records accepted through the merge engine or rejected, conflicts reviewed."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import col, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.bundles.review import (
    accept_held,
    conflict_item,
    held_item,
    mark_conflicts_reviewed,
    pending_counts,
    reject_held,
)
from hexie_desktop.services.listings.master import ListingQuery
from hexie_desktop.services.listings.review import ConflictListing, HeldListing
from hexie_desktop.storage.audit import first_broken_link
from hexie_desktop.storage.tables import (
    AuditEvent,
    Firm,
    HeldRecord,
    IndicatorScore,
    Inspection,
    QuarterStatus,
    RecordHistory,
)
from tests.sync_world import QUARTER, World, copy_world, edit_note, field_work, make_world


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    built = make_world(tmp_path_factory.mktemp("review-template"), inspectors=1)
    built.close()
    return built


@pytest.fixture
def world(template: World, tmp_path: Path) -> Iterator[World]:
    copied = copy_world(template, tmp_path / "world")
    yield copied
    copied.close()


def _merge(world: World) -> None:
    path = export_bundle(world.inspectors[0], world.root / "outbox").value.path
    [result] = merge_bundles(world.clerk, [path]).value
    assert result.status in ("applied", "held"), result.reason


def _rename_firm(world: World) -> None:
    with world.inspectors[0].transaction() as session, authoring(session) as author:
        firm = session.get(Firm, world.master.firms[0])
        assert firm is not None
        firm.name = "考评员改的名字"
        stamp = author.stamp()
        firm.hlc, firm.author_id = stamp["hlc"], stamp["author_id"]
        session.add(firm)


def _held_ids(world: World, table: str | None = None) -> list[int]:
    with world.clerk.reading() as session:
        query = select(HeldRecord).where(col(HeldRecord.decision) == "pending")
        if table is not None:
            query = query.where(col(HeldRecord.table_name) == table)
        return [h.id for h in session.exec(query).all() if h.id is not None]


def _finalise(world: World) -> None:
    with world.clerk.transaction() as session, authoring(session) as author:
        session.add(
            QuarterStatus(
                quarter=QUARTER,
                finalised=True,
                finalised_at=dt.datetime.now(dt.UTC),
                **author.stamp(),
            )
        )


def test_held_record_is_shown_beside_the_row_in_force_and_accepted(world: World) -> None:
    _rename_firm(world)
    _merge(world)
    [held_id] = _held_ids(world)
    listing = HeldListing()
    assert listing.ids(world.clerk, ListingQuery(sort="held_at")) == [str(held_id)]
    [row] = listing.rows(world.clerk, [str(held_id)]).values()
    assert row[1] == "物业服务企业" and "无权写入物业服务企业" in row[4]
    item = held_item(world.clerk, held_id)
    assert item.current is not None
    assert [(p.name, p.current, p.proposed) for p in item.differences if p.name == "name"] == [
        ("name", "物业公司0", "考评员改的名字")
    ]
    assert item.author == "inspector0"

    accepted = accept_held(world.clerk, [held_id], "核实属实")
    outcome = accepted.value
    assert outcome.decided == 1 and outcome.results == {"updated": 1}
    assert accepted.changes.touches(Firm)
    with world.clerk.reading() as session:
        firm = session.get(Firm, world.master.firms[0])
        assert firm is not None and firm.name == "考评员改的名字"
        held = session.get(HeldRecord, held_id)
        assert held is not None and held.decision == "accepted" and held.decided_by == "clerk"
        events = session.exec(
            select(AuditEvent).where(col(AuditEvent.action) == "held.accepted")
        ).all()
        assert [e.detail["reason"] for e in events] == ["核实属实"]
        assert first_broken_link(session) is None
        history = session.exec(
            select(RecordHistory).where(col(RecordHistory.row_id) == world.master.firms[0])
        ).all()
        assert {h.payload["name"] for h in history} == {"物业公司0"}
    assert pending_counts(world.clerk) == (0, 1)
    with pytest.raises(UserError, match="已经处理过（clerk已接受）"):
        accept_held(world.clerk, [held_id])


def test_children_need_their_parent_accepted_first_or_together(world: World) -> None:
    _finalise(world)
    field_work(world.inspectors[0], world.master, photo=False)
    _merge(world)
    scores = _held_ids(world, "indicatorscore")
    [inspection] = _held_ids(world, "inspection")
    with pytest.raises(UserError, match="也在待审核列表中"):
        accept_held(world.clerk, scores[:1])
    outcome = accept_held(world.clerk, [scores[0], inspection]).value
    assert outcome.results == {"inserted": 2}
    with world.clerk.reading() as session:
        assert len(session.exec(select(Inspection)).all()) == 1
        assert len(session.exec(select(IndicatorScore)).all()) == 1


def test_reject_needs_a_reason_and_is_audited(world: World) -> None:
    _rename_firm(world)
    _merge(world)
    [held_id] = _held_ids(world)
    with pytest.raises(UserError, match="原因"):
        reject_held(world.clerk, [held_id], "  ")
    reject_held(world.clerk, [held_id], "考评员无权改企业名称")
    with world.clerk.reading() as session:
        firm = session.get(Firm, world.master.firms[0])
        assert firm is not None and firm.name == "物业公司0"
        held = session.get(HeldRecord, held_id)
        assert held is not None and held.decision == "rejected"
        [event] = session.exec(
            select(AuditEvent).where(col(AuditEvent.action) == "held.rejected")
        ).all()
        assert event.detail["reason"] == "考评员无权改企业名称"
    assert HeldListing().count(world.clerk) == 0


def test_inspector_cannot_review(world: World) -> None:
    with pytest.raises(UserError, match="只有工作人员"):
        reject_held(world.inspectors[0], [1], "不行")


def test_conflicts_are_listed_compared_and_marked_reviewed(world: World) -> None:
    inspection = field_work(world.inspectors[0], world.master)
    _merge(world)
    edit_note(world.clerk, inspection, "工作人员修改")
    edit_note(world.inspectors[0], inspection, "考评员修改")
    _merge(world)
    listing = ConflictListing()
    [conflict] = listing.ids(world.clerk, ListingQuery(sort="recorded_at"))
    item = conflict_item(world.clerk, int(conflict))
    notes = [(p.current, p.proposed) for p in item.differences if p.name == "note"]
    assert notes == [("考评员修改", "工作人员修改")]
    assert item.author == "clerk"
    mark_conflicts_reviewed(world.clerk, [int(conflict)], "已与考评员核对")
    assert listing.ids(world.clerk, ListingQuery(sort="recorded_at")) == []
    with world.clerk.reading() as session:
        assert session.exec(
            select(AuditEvent).where(col(AuditEvent.action) == "conflict.reviewed")
        ).first()
