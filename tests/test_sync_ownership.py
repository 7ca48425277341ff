"""Ownership, not last writer: an inspector who edits its own database with sqlite3 and exports
normally still cannot change another inspector's work; every attempt waits for a clerk.

Each attack writes rows straight into the second inspector's SQLite file (foreign keys off, the
way a hand edit would), stamps them newer than anything, and exports with the product's own
export: the bundle is signed and valid, so only the merge's rules stand in the way.
"""

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from hexie_desktop.domain.clock import pack
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import TicketAction
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.bundles.review import accept_held, pending_counts
from hexie_desktop.services.complaints.tickets import (
    NewTicket,
    advance_complaint,
    register_complaint,
)
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.results_view import quarter_scores
from hexie_desktop.services.rules.standards import default_policy_document, install_policy
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import Complaint, HeldRecord, IndicatorScore, Inspection
from tests.sync_world import (
    QUARTER,
    World,
    business_rows,
    copy_world,
    edit_note,
    field_work,
    installation_id,
    make_world,
    submit,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    built = make_world(tmp_path_factory.mktemp("owners"), inspectors=2)
    with built.clerk.transaction() as session, authoring(session) as author:
        install_policy(session, default_policy_document(), author)
    built.close()
    return built


@pytest.fixture
def world(template: World, tmp_path: Path) -> Iterator[World]:
    copied = copy_world(template, tmp_path / "world")
    yield copied
    copied.close()


def _merged_sheets(world: World) -> tuple[str, str]:
    """The first inspector's two full sheets (compound 0 for firm 0, compound 1 for firm 1),
    merged at the clerk."""
    first = world.inspectors[0]
    every = len(world.master.indicators)
    sheets = (
        field_work(first, world.master, scores=every, photo=False),
        field_work(first, world.master, compound=1, scores=every, photo=False),
    )
    for sheet in sheets:
        submit(first, sheet)
    [result] = merge_bundles(world.clerk, [export_bundle(first, world.root).value.path]).value
    assert result.status == "applied", result.reason
    return sheets


def _standing(clerk: Store) -> dict[str, tuple[float, int]]:
    quarter = Quarter.parse(QUARTER)
    evaluate_quarter(clerk, quarter)
    standing = {r.firm_id: (round(r.score, 6), r.rank) for r in quarter_scores(clerk, quarter).rows}
    assert len(standing) == 2, "both firms are scored"
    return standing


def _rows(store: Store, table: str, where: str, *args: Any) -> list[dict[str, Any]]:
    conn = sqlite3.connect(store.data_dir.database)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(f"SELECT * FROM {table} WHERE {where}", args)]
    finally:
        conn.close()


def _forge(store: Store, table: str, rows: list[dict[str, Any]], **changes: Any) -> None:
    """What a hand edit does: rows written with sqlite3, signed as this installation's, newest."""
    me = installation_id(store)
    stamp = pack(int(dt.datetime.now(dt.UTC).timestamp() * 1000), 0)
    conn = sqlite3.connect(store.data_dir.database)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        for n, row in enumerate(rows):
            forged = {**row, **changes, "author_id": me, "hlc": stamp + n}
            names = ", ".join(forged)
            marks = ", ".join("?" * len(forged))
            conn.execute(
                f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({marks})", tuple(forged.values())
            )
        conn.commit()
    finally:
        conn.close()


def _merge_second(world: World) -> Any:
    path = export_bundle(world.inspectors[1], world.root).value.path
    [result] = merge_bundles(world.clerk, [path]).value
    return result


def _held_reasons(clerk: Store) -> list[str]:
    with clerk.reading() as session:
        return [h.reason for h in session.exec(select(HeldRecord))]


def test_overwriting_anothers_scores_is_held_and_scores_stand(world: World) -> None:
    sheet, _ = _merged_sheets(world)
    before, standing = business_rows(world.clerk), _standing(world.clerk)
    scores = _rows(world.clerk, "indicatorscore", "inspection_id = ?", sheet)
    _forge(world.inspectors[1], "indicatorscore", scores, score=0.0)
    result = _merge_second(world)
    assert (result.status, result.counts["held"], result.counts["updated"]) == (
        "held",
        len(scores),
        0,
    )
    assert _standing(world.clerk) == standing
    assert business_rows(world.clerk)["indicatorscore"] == before["indicatorscore"]
    reasons = _held_reasons(world.clerk)
    assert all("他人考评中的得分" in r and "小区0" in r for r in reasons), reasons[0]
    assert not any("-" in r.split("：")[0] for r in reasons), "no ids in a clerk's reason"


def test_a_clerks_acceptance_is_what_changes_anothers_record(world: World) -> None:
    sheet, _ = _merged_sheets(world)
    standing = _standing(world.clerk)
    score = _rows(world.clerk, "indicatorscore", "inspection_id = ?", sheet)[:1]
    _forge(world.inspectors[1], "indicatorscore", score, score=0.0)
    _merge_second(world)
    with world.clerk.reading() as session:
        held = session.exec(select(HeldRecord)).one()
    accept_held(world.clerk, [held.id or 0])
    with world.clerk.reading() as session:
        accepted = session.get(IndicatorScore, score[0]["id"])
        assert accepted is not None and accepted.score == 0.0
    assert _standing(world.clerk) != standing


def test_taking_over_and_moving_anothers_inspection_is_held(world: World) -> None:
    sheet, _ = _merged_sheets(world)
    before, standing = business_rows(world.clerk), _standing(world.clerk)
    thief = installation_id(world.inspectors[1])
    row = _rows(world.clerk, "inspection", "id = ?", sheet)
    _forge(
        world.inspectors[1], "inspection", row, inspector_id=thief, firm_id=world.master.firms[1]
    )
    result = _merge_second(world)
    assert (result.status, result.counts["held"], result.counts["updated"]) == ("held", 1, 0)
    assert business_rows(world.clerk) == before
    assert _standing(world.clerk) == standing
    [reason] = _held_reasons(world.clerk)
    assert "考评员不能更改" in reason and "小区0" in reason


def test_moving_anothers_inspection_to_another_firm_is_held(world: World) -> None:
    sheet, _ = _merged_sheets(world)
    before = business_rows(world.clerk)
    row = _rows(world.clerk, "inspection", "id = ?", sheet)
    _forge(world.inspectors[1], "inspection", row, firm_id=world.master.firms[1])
    result = _merge_second(world)
    assert (result.counts["held"], result.counts["updated"]) == (1, 0)
    assert business_rows(world.clerk) == before
    [reason] = _held_reasons(world.clerk)
    assert "修改他人的记录" in reason and "物业公司" not in reason.split("属于")[0][:2]


def test_deleting_anothers_scores_by_tombstone_is_held(world: World) -> None:
    sheet, _ = _merged_sheets(world)
    before, standing = business_rows(world.clerk), _standing(world.clerk)
    scores = _rows(world.clerk, "indicatorscore", "inspection_id = ?", sheet)
    _forge(world.inspectors[1], "indicatorscore", scores, deleted=1)
    result = _merge_second(world)
    assert (result.counts["held"], result.counts["deleted"]) == (len(scores), 0)
    assert business_rows(world.clerk) == before
    assert _standing(world.clerk) == standing
    assert all(r.startswith("删除他人考评中的得分") for r in _held_reasons(world.clerk))


def test_a_sheet_charged_to_a_firm_not_serving_the_compound_is_held(world: World) -> None:
    _merged_sheets(world)
    standing = _standing(world.clerk)
    inspector = world.inspectors[1]
    sheet = field_work(inspector, world.master, scores=len(world.master.indicators), photo=False)
    submit(inspector, sheet)
    with inspector.transaction() as session:
        row = session.get(Inspection, sheet)
        assert row is not None
        row.firm_id = world.master.firms[1]
        session.add(row)
        for score in session.exec(select(IndicatorScore)):
            score.score = 0.0
            session.add(score)
    result = _merge_second(world)
    tables = result.summary()["tables"]
    assert tables["inspection"]["held"] == 1
    assert tables["indicatorscore"]["held"] == len(world.master.indicators)
    assert _standing(world.clerk) == standing
    reasons = _held_reasons(world.clerk)
    assert any("没有服务“小区0”的有效合同" in r and "物业公司1" in r for r in reasons)


def test_own_work_still_changes_freely(world: World) -> None:
    sheet, _ = _merged_sheets(world)
    edit_note(world.inspectors[0], sheet, "复查后已整改")
    [result] = merge_bundles(
        world.clerk, [export_bundle(world.inspectors[0], world.root).value.path]
    ).value
    assert (result.status, result.counts["updated"], result.counts["held"]) == ("applied", 1, 0)


def test_real_conflicts_are_counted(world: World) -> None:
    sheet, _ = _merged_sheets(world)
    edit_note(world.clerk, sheet, "工作人员修改")
    edit_note(world.inspectors[0], sheet, "考评员修改")
    [result] = merge_bundles(
        world.clerk, [export_bundle(world.inspectors[0], world.root).value.path]
    ).value
    assert result.counts["conflicts"] == 1
    assert pending_counts(world.clerk) == (0, 1)
    assert "冲突 1" in result.lines()[0]


def test_ordinary_steps_on_a_clerks_ticket_are_neither_conflicts_nor_held(world: World) -> None:
    clerk, inspector = world.clerk, world.inspectors[0]
    received = dt.datetime(2026, 8, 1, 9, 30, tzinfo=dt.UTC)
    ticket = register_complaint(
        clerk,
        NewTicket(
            "12345-2026-0000123", world.master.compounds[0], "电梯故障", "电梯困人", received
        ),
    ).value.detail
    advance_complaint(clerk, ticket.id, TicketAction.DISPATCH, at=received + dt.timedelta(hours=1))
    [sent] = merge_bundles(
        inspector, [export_bundle(clerk, world.root, full=True).value.path]
    ).value
    assert sent.status == "applied", sent.reason
    steps = [TicketAction.HANDLE, TicketAction.REPLY]
    for hours, action in enumerate(steps, start=2):
        advance_complaint(
            inspector, ticket.id, action, "已处理", at=received + dt.timedelta(hours=hours)
        )
    [first] = merge_bundles(clerk, [export_bundle(inspector, world.root).value.path]).value
    advance_complaint(
        inspector,
        ticket.id,
        TicketAction.VISIT,
        satisfied=True,
        at=received + dt.timedelta(hours=5),
    )
    advance_complaint(inspector, ticket.id, TicketAction.CLOSE, at=received + dt.timedelta(hours=6))
    [second] = merge_bundles(clerk, [export_bundle(inspector, world.root).value.path]).value
    for result in (first, second):
        assert result.status == "applied", result.reason
        assert (result.counts["conflicts"], result.counts["held"]) == (0, 0)
    assert pending_counts(clerk) == (0, 0)
    with clerk.reading() as session:
        row = session.get(Complaint, ticket.id)
        assert row is not None and (row.state, row.resolved) == ("closed", True)


def test_rewriting_a_ticket_is_held(world: World) -> None:
    clerk, inspector = world.clerk, world.inspectors[0]
    received = dt.datetime(2026, 8, 1, 9, 30, tzinfo=dt.UTC)
    ticket = register_complaint(
        clerk,
        NewTicket(
            "12345-2026-0000124", world.master.compounds[0], "电梯故障", "电梯困人", received
        ),
    ).value.detail
    merge_bundles(inspector, [export_bundle(clerk, world.root, full=True).value.path])
    row = _rows(inspector, "complaint", "id = ?", ticket.id)
    _forge(inspector, "complaint", row, firm_id=world.master.firms[1], state="closed")
    [result] = merge_bundles(clerk, [export_bundle(inspector, world.root).value.path]).value
    assert (result.counts["held"], result.counts["updated"]) == (1, 0)
    [reason] = _held_reasons(clerk)
    assert "改写工单 12345-2026-0000124" in reason
