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
from hexie_desktop.services.listings.held_groups import (
    CLOCK_CAUSE,
    held_group_ids,
    held_groups,
    held_rows,
)
from hexie_desktop.services.listings.master import ListingQuery
from hexie_desktop.services.listings.review import ConflictListing
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
    [group] = held_groups(world.clerk)
    assert group.count == 1 and group.table == "物业服务企业" and group.author == "inspector0"
    assert "无权写入物业服务企业" in group.cause
    assert held_group_ids(world.clerk, [group.key]) == [held_id]
    assert held_rows(world.clerk, [held_id])[held_id].words == "“考评员改的名字”"
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
    assert held_groups(world.clerk) == []


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
    [row] = listing.rows(world.clerk, [conflict]).values()
    assert row[1] == "考评记录"
    assert row[2].startswith("考评员“inspector0” · “小区0”"), "the record by what it is about"
    assert inspection not in "".join(map(str, row)), "never by its id"
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


def test_held_records_of_one_bundle_table_and_cause_are_one_group(world: World) -> None:
    """A late bundle for a finalised quarter: every score waits for its sheet, as one group."""
    _finalise(world)
    field_work(world.inspectors[0], world.master, photo=False, scores=5)
    _merge(world)
    groups = {(g.table, g.cause): g.count for g in held_groups(world.clerk)}
    finalised = f"{QUARTER} 已定稿，改动需工作人员审核"
    assert groups == {
        ("考评记录", finalised): 1,
        ("指标得分", "所属的考评记录已被暂扣，待审核"): 5,
        ("满意度调查", finalised): 1,
        ("投诉工单", finalised): 1,
        ("工单办理环节", "所属的投诉工单已被暂扣，待审核"): 1,
    }
    scores = next(g for g in held_groups(world.clerk) if g.table == "指标得分")
    assert sorted(held_group_ids(world.clerk, [scores.key])) == sorted(
        _held_ids(world, "indicatorscore")
    )
    assert [g.table for g in held_groups(world.clerk, "指标得分")] == ["指标得分"]
    assert held_groups(world.clerk, "没有这样的原因") == []
    words = {r.words for r in held_rows(world.clerk, _held_ids(world, "indicatorscore")).values()}
    assert len(words) == 5 and all("指标“" in w and "小区0" in w for w in words)

    everything = held_group_ids(world.clerk, [g.key for g in held_groups(world.clerk)])
    assert accept_held(world.clerk, everything).value.results == {"inserted": 9}
    assert held_groups(world.clerk) == []


def test_records_ahead_of_the_clock_by_different_hours_are_one_cause(world: World) -> None:
    with world.clerk.transaction() as session:
        for hours, indicator in zip((30, 31, 55), world.master.indicators, strict=False):
            session.add(
                HeldRecord(
                    bundle_id="b" * 36,
                    table_name="indicatorscore",
                    row_id=indicator,
                    payload={"indicator_id": indicator},
                    reason=f"时钟超前：记录时间戳比本机时间晚 {hours} 小时以上，超过允许的 24 小时",
                    held_at=dt.datetime.now(dt.UTC),
                )
            )
    [group] = held_groups(world.clerk)
    assert group.count == 3 and group.cause == CLOCK_CAUSE
    assert group.file == "" and group.author == "", "a bundle not in the log"
