"""Merging bundles: round trips, increments, duplicates, order, authority, conflicts, tombstones."""

import datetime as dt
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from hexie_desktop.domain.clock import pack
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.trust.identity import load_private_key, require_identity
from hexie_desktop.storage.audit import first_broken_link
from hexie_desktop.storage.tables import (
    AuditEvent,
    BundleLog,
    Complaint,
    Firm,
    HeldRecord,
    IndicatorScore,
    Inspection,
    QuarterStatus,
    RecordHistory,
    TrustedKey,
)
from hexie_desktop.sync import scan
from tests.sync_hostile import Parts, edit_first, with_manifest
from tests.sync_world import (
    QUARTER,
    World,
    business_rows,
    clone,
    copy_world,
    delete_row,
    digest,
    edit_note,
    field_work,
    installation_id,
    logical_rows,
    make_world,
    new_store,
    seed_master,
    table_rows,
    unseal_file,
)

FIELD_TABLES = [
    "inspection",
    "indicatorscore",
    "attachment",
    "photo",
    "survey",
    "complaint",
    "complaintevent",
]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    built = make_world(tmp_path_factory.mktemp("template"), inspectors=2)
    built.close()
    return built


@pytest.fixture
def world(template: World, tmp_path: Path) -> Iterator[World]:
    copied = copy_world(template, tmp_path / "world")
    yield copied
    copied.close()


def _export(world: World, index: int = 0) -> Path:
    return export_bundle(world.inspectors[index], world.root / "outbox").value.path


@pytest.mark.parametrize("streamed", [False, True], ids=["kept", "streamed"])
def test_round_trip_every_record_equal(
    world: World, streamed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if streamed:
        monkeypatch.setattr(scan, "KEEP_RECORDS", 0)
    inspector = world.inspectors[0]
    field_work(inspector, world.master)
    field_work(inspector, world.master, compound=1)
    [result] = merge_bundles(world.clerk, [_export(world)]).value
    assert result.status == "applied", result.reason
    assert result.counts["inserted"] == 2 * (1 + 5 + 1 + 1 + 1 + 1 + 1)
    assert logical_rows(inspector, FIELD_TABLES) == logical_rows(world.clerk, FIELD_TABLES)
    for sha in (
        row[0]
        for row in world.clerk.engine.connect().exec_driver_sql("SELECT sha256 FROM attachment")
    ):
        assert (
            world.clerk.data_dir.attachment(sha).read_bytes()
            == (inspector.data_dir.attachment(sha)).read_bytes()
        )


def test_bundle_log_audit_and_summary_are_recorded(world: World) -> None:
    field_work(world.inspectors[0], world.master)
    [result] = merge_bundles(world.clerk, [_export(world)]).value
    with world.clerk.reading() as session:
        log = session.get(BundleLog, result.bundle_id)
        assert log is not None and log.status == "applied" and log.seq == 2 - 1
        assert log.counts["tables"]["indicatorscore"]["inserted"] == 5
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "bundle.merged")).all()
        assert [e.row_id for e in events] == [result.bundle_id]
        assert first_broken_link(session) is None


def test_incremental_export_misses_nothing_and_repeats_nothing(world: World) -> None:
    inspector = world.inspectors[0]
    first_id = field_work(inspector, world.master)
    first = export_bundle(inspector, world.root / "outbox").value
    second_id = field_work(inspector, world.master, compound=1)
    edit_note(inspector, first_id, "复查后已整改")
    score = next(iter(table_rows(inspector, ["indicatorscore"])["indicatorscore"]))
    delete_row(inspector, IndicatorScore, eval(score[0]))
    second = export_bundle(inspector, world.root / "outbox").value
    assert second.seq == first.seq + 1
    assert second.record_counts["inspection"] == 2
    assert second.record_counts["indicatorscore"] == 5 + 1
    assert "survey" in second.record_counts and second.record_counts["survey"] == 1
    results = merge_bundles(world.clerk, [first.path, second.path]).value
    assert [r.status for r in results] == ["applied", "applied"]
    assert results[1].counts["deleted"] == 1
    assert logical_rows(inspector, FIELD_TABLES) == logical_rows(world.clerk, FIELD_TABLES)
    assert second_id


def test_a_merge_leaves_the_garbage_collector_as_it_found_it(world: World) -> None:
    """Collections are made rarer while a bundle is worked on, never for the rest of the app."""
    field_work(world.inspectors[0], world.master)
    path = _export(world)
    before = gc.get_threshold()
    assert [r.status for r in merge_bundles(world.clerk, [path]).value] == ["applied"]
    assert gc.get_threshold() == before


def test_nothing_new_to_export_is_said_plainly(world: World) -> None:
    field_work(world.inspectors[0], world.master)
    _export(world)
    with pytest.raises(Exception, match="没有新的改动"):
        _export(world)


def test_same_bundle_twice_is_duplicate_and_changes_nothing(world: World) -> None:
    field_work(world.inspectors[0], world.master)
    path = _export(world)
    merge_bundles(world.clerk, [path])
    before = digest(world.clerk)
    results = merge_bundles(world.clerk, [path] * 3).value
    assert [r.status for r in results] == ["duplicate"] * 3
    assert digest(world.clerk) == before


def test_one_bundle_under_two_names_counts_once_in_a_preview_and_a_merge(
    world: World, tmp_path: Path
) -> None:
    field_work(world.inspectors[0], world.master)
    path = _export(world)
    copy = tmp_path / "usb-copy" / "副本.hexie"
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    for dry_run in (True, False):
        first, second = merge_bundles(world.clerk, [path, copy], dry_run=dry_run).value
        assert first.status == "applied" and first.counts["inserted"] > 0
        assert second.status == "duplicate" and second.counts["inserted"] == 0
        assert path.name in second.reason and "同一个数据包" in second.reason


def _three_bundles(world: World) -> list[Path]:
    inspector = world.inspectors[0]
    inspection = field_work(inspector, world.master)
    paths = [_export(world)]
    edit_note(inspector, inspection, "第二次")
    field_work(inspector, world.master, compound=2)
    paths.append(_export(world))
    delete_row(inspector, Inspection, inspection)
    paths.append(_export(world))
    return paths


def test_out_of_order_arrival_ends_as_in_order_with_gaps_shown(
    world: World, tmp_path: Path
) -> None:
    paths = _three_bundles(world)
    twin = clone(world.clerk, tmp_path / "twin")
    try:
        in_order = merge_bundles(world.clerk, paths).value
        assert [r.gaps for r in in_order] == [[], [], []]
        reverse = merge_bundles(twin, list(reversed(paths))).value
        assert [r.status for r in reverse] == ["applied"] * 3
        assert [r.gaps for r in reverse] == [[1, 2], [1], []]
        assert business_rows(twin) == business_rows(world.clerk)
    finally:
        twin.close()


def test_older_bundle_replayed_after_newer_changes_nothing(world: World, tmp_path: Path) -> None:
    paths = _three_bundles(world)
    twin = clone(world.clerk, tmp_path / "twin")
    try:
        merge_bundles(world.clerk, paths[1:])
        before = business_rows(world.clerk)
        [old] = merge_bundles(world.clerk, [paths[0]]).value
        assert old.status == "applied"
        assert old.counts["updated"] == 0
        after = business_rows(world.clerk)
        merge_bundles(twin, paths)
        assert after == business_rows(twin)
        assert all(set(before[t]) <= set(after[t]) for t in before)
        deleted = [r for r in after["inspection"] if r[3] in ("1", "True")]
        assert len(deleted) == 1, "an older edit must not resurrect a deleted inspection"
    finally:
        twin.close()


def test_overstepping_records_are_held_not_refused(world: World) -> None:
    inspector = world.inspectors[0]
    field_work(inspector, world.master)
    with inspector.transaction() as session, authoring(session) as author:
        session.add(Firm(credit_code="91110000100000002W", name="考评员自建企业", **author.stamp()))
        firm = session.get(Firm, world.master.firms[0])
        assert firm is not None
        firm.name = "改名企业"
        stamp = author.stamp()
        firm.hlc, firm.author_id = stamp["hlc"], stamp["author_id"]
        session.add(firm)
    [result] = merge_bundles(world.clerk, [_export(world)]).value
    assert result.status == "held"
    assert result.counts["held"] == 2
    assert result.counts["inserted"] == 11
    with world.clerk.reading() as session:
        held = session.exec(select(HeldRecord)).all()
        assert {h.table_name for h in held} == {"firm"}
        assert all("无权" in h.reason and h.decision == "pending" for h in held)
        assert session.get(Firm, world.master.firms[0]).name == "物业公司0"  # type: ignore[union-attr]


def test_finalised_quarter_records_are_held_with_their_children(world: World) -> None:
    with world.clerk.transaction() as session, authoring(session) as author:
        session.add(
            QuarterStatus(
                quarter=QUARTER,
                finalised=True,
                finalised_at=dt.datetime.now(dt.UTC),
                **author.stamp(),
            )
        )
    field_work(world.inspectors[0], world.master, photo=False)
    [result] = merge_bundles(world.clerk, [_export(world)]).value
    assert result.status == "held"
    tables = result.summary()["tables"]
    assert tables["inspection"]["held"] == 1
    assert tables["indicatorscore"]["held"] == 5
    assert tables["survey"]["held"] == 1
    assert tables["complaint"]["held"] == 1
    assert tables["complaintevent"]["held"] == 1


def test_two_inspectors_on_one_compound_are_both_kept_and_flagged(world: World) -> None:
    field_work(world.inspectors[0], world.master)
    field_work(world.inspectors[1], world.master)
    first, second = merge_bundles(world.clerk, [_export(world, 0), _export(world, 1)]).value
    assert first.shared_compounds == []
    assert second.shared_compounds == [
        {"compound_id": world.master.compounds[0], "quarter": QUARTER, "inspectors": 2}
    ]
    with world.clerk.reading() as session:
        assert len(session.exec(select(Inspection)).all()) == 2


def test_concurrent_edit_keeps_the_loser_as_a_conflict(world: World) -> None:
    inspector = world.inspectors[0]
    inspection = field_work(inspector, world.master)
    merge_bundles(world.clerk, [_export(world)])
    edit_note(world.clerk, inspection, "工作人员修改")
    edit_note(inspector, inspection, "考评员修改")
    [result] = merge_bundles(world.clerk, [_export(world)]).value
    assert result.counts["updated"] == 1
    with world.clerk.reading() as session:
        row = session.get(Inspection, inspection)
        assert row is not None and row.note == "考评员修改"
        history = session.exec(
            select(RecordHistory).where(RecordHistory.row_id == inspection)
        ).all()
        kinds = {(h.payload["note"], h.kind) for h in history}
        assert ("工作人员修改", "conflict") in kinds


def test_equal_stamp_with_different_content_is_a_recorded_conflict(
    world: World, tmp_path: Path
) -> None:
    inspector = world.inspectors[0]
    field_work(inspector, world.master)
    path = unseal_file(_export(world), world.clerk, world.root / "plain.hexie")
    parts = Parts.read(path, load_private_key(inspector, require_identity(inspector)))
    rival = with_manifest(
        edit_first(parts, "inspection", note="另一版本"),
        bundle_id="01a20000-0000-7000-8000-0000000000aa",
        seq=9,
    )
    rival_path = tmp_path / "rival.hexie"
    rival_path.write_bytes(rival.build())
    twin = clone(world.clerk, tmp_path / "twin")
    try:
        one = merge_bundles(world.clerk, [path, rival_path]).value
        two = merge_bundles(twin, [rival_path, path]).value
        assert one[1].counts["conflicts"] == 1 and two[1].counts["conflicts"] == 1
        assert business_rows(world.clerk) == business_rows(twin)
        for store in (world.clerk, twin):
            with store.reading() as session:
                history = session.exec(
                    select(RecordHistory).where(RecordHistory.kind == "conflict")
                ).all()
                assert len(history) == 1
    finally:
        twin.close()


def test_dry_run_reports_field_differences_and_writes_nothing(world: World) -> None:
    inspector = world.inspectors[0]
    inspection = field_work(inspector, world.master)
    merge_bundles(world.clerk, [_export(world)])
    edit_note(inspector, inspection, "预览中的修改")
    path = _export(world)
    before = digest(world.clerk)
    [preview] = merge_bundles(world.clerk, [path], dry_run=True).value
    assert digest(world.clerk) == before
    assert preview.status == "applied" and preview.dry_run
    update = next(c for c in preview.changes if c.action == "update" and c.table == "inspection")
    assert update.fields["note"] == ["消防通道堆放杂物", "预览中的修改"]
    assert "hlc" in update.fields
    [real] = merge_bundles(world.clerk, [path]).value
    assert real.counts == preview.counts


def test_clock_running_ahead_is_held(world: World, tmp_path: Path) -> None:
    inspector = world.inspectors[0]
    field_work(inspector, world.master, photo=False)
    plain = unseal_file(_export(world), world.clerk, tmp_path / "plain.hexie")
    parts = Parts.read(plain, load_private_key(inspector, require_identity(inspector)))
    three_years = int((dt.datetime.now(dt.UTC) + dt.timedelta(days=3 * 365)).timestamp() * 1000)
    path = tmp_path / "ahead.hexie"
    path.write_bytes(edit_first(parts, "survey", hlc=pack(three_years, 0)).build())
    [result] = merge_bundles(world.clerk, [path]).value
    assert result.status == "held"
    assert result.summary()["tables"]["survey"]["held"] == 1
    with world.clerk.reading() as session:
        assert "时钟超前" in session.exec(select(HeldRecord)).one().reason


def test_a_merged_stamp_ahead_of_this_clock_orders_the_next_local_edit_after_it(
    world: World, tmp_path: Path
) -> None:
    """The merge folds the bundle's stamps into this clock by the domain's `HybridClock.observe`."""
    inspector = world.inspectors[0]
    field_work(inspector, world.master, photo=False)
    plain = unseal_file(_export(world), world.clerk, tmp_path / "plain.hexie")
    parts = Parts.read(plain, load_private_key(inspector, require_identity(inspector)))
    in_an_hour = int((dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).timestamp() * 1000)
    path = tmp_path / "ahead.hexie"
    path.write_bytes(edit_first(parts, "survey", hlc=pack(in_an_hour, 7)).build())
    [result] = merge_bundles(world.clerk, [path]).value
    assert result.status == "applied", result.reason
    with world.clerk.transaction() as session, authoring(session) as author:
        assert author.clock.last == pack(in_an_hour, 7)
        assert author.clock.tick() == pack(in_an_hour, 8)


def test_inspector_pins_the_bureau_key_and_refuses_another(world: World, tmp_path: Path) -> None:
    inspector = world.inspectors[0]
    with inspector.reading() as session:
        pinned = session.exec(select(TrustedKey)).one()
    assert pinned.fingerprint == require_identity(world.clerk).fingerprint
    rogue = new_store(tmp_path, "rogue", "clerk")
    try:
        seed_master(rogue)
        path = export_bundle(rogue, tmp_path, master=True).value.path
        before = digest(inspector)
        [result] = merge_bundles(inspector, [path]).value
        assert (result.status, result.check) == ("refused", "trust")
        assert digest(inspector) == before
    finally:
        rogue.close()


def test_inspector_refuses_another_inspectors_bundle(world: World) -> None:
    field_work(world.inspectors[0], world.master)
    [result] = merge_bundles(world.inspectors[1], [_export(world)]).value
    assert (result.status, result.check) == ("refused", "trust")
    assert "inspector0" in result.reason
    assert installation_id(world.inspectors[0]) not in result.reason


def test_unique_key_taken_by_another_row_is_held(world: World) -> None:
    """Two inspectors log the same hotline ticket: the second cannot take its number, so it waits."""
    for index in range(2):
        field_work(world.inspectors[index], world.master, photo=False)
        with world.inspectors[index].transaction() as session, authoring(session) as author:
            complaint = session.exec(select(Complaint)).one()
            complaint.ticket_no = "12345-0001"
            stamp = author.stamp()
            complaint.hlc, complaint.author_id = stamp["hlc"], stamp["author_id"]
            session.add(complaint)
    first, second = merge_bundles(world.clerk, [_export(world, 0), _export(world, 1)]).value
    assert first.status == "applied"
    assert second.status == "held"
    assert second.summary()["tables"]["complaint"]["held"] == 1
    with world.clerk.reading() as session:
        held = session.exec(select(HeldRecord)).all()
        reasons = {h.table_name: h.reason for h in held}
        assert set(reasons) == {"complaint", "complaintevent"}
        assert "约束" in reasons["complaint"]
        assert "暂扣" in reasons["complaintevent"]
