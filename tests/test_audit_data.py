"""The audit trail covers the data: every way the product writes synced rows leaves the chain
intact, and every way of editing the database behind the product's back is found and named.

One bureau database goes through demo data, an evaluation, a spreadsheet import, cards, an
interview, complaints, a quarter finalised and reopened, grading and a restore; one world merges
an inspector's bundles and a clerk decides a held record. Then each tamper (a score, a firm's
name, an inspection's firm edited with SQL; a row deleted; the last three events deleted; an
event edited and the chain recomputed with the product's own hash function) is tried on a copy.
"""

import datetime as dt
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import col, select

from hexie_desktop.cli.main import main
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import TicketAction
from hexie_desktop.paths import DataDir
from hexie_desktop.services.audit.check import verify_audit
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.bundles.review import accept_held
from hexie_desktop.services.complaints.tickets import (
    NewTicket,
    advance_complaint,
    register_complaint,
)
from hexie_desktop.services.decisions.cards import issue_card
from hexie_desktop.services.decisions.interviews import schedule_interview
from hexie_desktop.services.evaluation.quarters import finalise_quarter, reopen_quarter
from hexie_desktop.services.grading.grade import grade_year
from hexie_desktop.services.maintenance import backup_database, check_database, restore_database
from hexie_desktop.services.master.importing import import_firms
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.storage.audit import event_hash
from hexie_desktop.storage.audit_data import MODULUS, content_sql, live_digests, row_hash
from hexie_desktop.storage.tables import (
    Compound,
    District,
    Firm,
    HeldRecord,
    Inspection,
    Interview,
)
from tests.sync_world import World, delete_row, edit_note, field_work, make_world
from tests.test_review_service import _rename_firm

QUARTER = "2026Q1"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as stop:
        status = int(stop.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def _firm_csv(path: Path) -> Path:
    path.write_text(
        "统一社会信用代码,企业名称\n91110000600037341L,新导入物业有限公司\n", encoding="utf-8-sig"
    )
    return path


def _bureau_work(store: Store, folder: Path) -> None:
    """What a clerk does in a quarter, each through its own service."""
    import_firms(store, _firm_csv(folder / "firms.csv"))
    with store.reading() as session:
        firm = session.exec(select(Firm).order_by(col(Firm.credit_code))).first()
        interview = session.exec(select(Interview)).first()
        compound = session.exec(select(Compound).order_by(col(Compound.name))).first()
    assert firm is not None and compound is not None and interview is not None
    issue_card(store, firm.credit_code, Quarter.parse(QUARTER), "消防通道堵塞")
    schedule_interview(store, interview.id, dt.datetime(2026, 5, 6, 9, tzinfo=dt.UTC), "局会议室")
    received = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    ticket = register_complaint(
        store,
        NewTicket("12345-2026-0099001", compound.id, "维修不及时", "电梯停运", received),
        now=received,
    ).value
    advance_complaint(
        store,
        ticket.detail.id,
        TicketAction.DISPATCH,
        "已派单",
        at=received + dt.timedelta(hours=1),
        now=received + dt.timedelta(hours=1),
    )
    finalise_quarter(store, Quarter.parse(QUARTER))
    reopen_quarter(store, Quarter.parse(QUARTER), "补录投诉")
    grade_year(store, 2026)


@pytest.fixture(scope="module")
def bureau(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bureau's data folder after a quarter's work, closed, to be copied by each test."""
    folder = tmp_path_factory.mktemp("bureau")
    data = folder / "data"
    assert main(["--data-dir", str(data), "init", "--role", "clerk", "--name", "张三"]) == 0
    assert main(["--data-dir", str(data), "demo", "--seed", "3"]) == 0
    assert main(["--data-dir", str(data), "evaluate", "--quarter", QUARTER]) == 0
    store = open_store(DataDir(data))
    try:
        _bureau_work(store, folder)
        backup = backup_database(store, folder / "backup.sqlite3")
        restore_database(store, backup)
        assert main(["--data-dir", str(data), "evaluate", "--quarter", "2026Q2"]) == 0
    finally:
        store.close()
    return data


@pytest.fixture
def copy(bureau: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(bureau, target)
    return target


def _sql(data: Path, *statements: str) -> None:
    conn = sqlite3.connect(data / "hexie.sqlite3")
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _verify(capsys: pytest.CaptureFixture[str], data: Path) -> tuple[int, str]:
    status, out, err = run(capsys, "--data-dir", str(data), "audit", "verify")
    return status, err.strip() if status else out.strip()


def test_a_quarter_of_bureau_work_leaves_the_audit_intact(
    capsys: pytest.CaptureFixture[str], copy: Path
) -> None:
    status, said = _verify(capsys, copy)
    assert status == 0, said
    assert said.startswith("审计链完好") and "数据与审计链一致" in said
    status, out, _err = run(capsys, "--data-dir", str(copy), "db", "check")
    assert status == 0 and "结论：健康" in out
    conn = sqlite3.connect(copy / "hexie.sqlite3")
    actions = {a for (a,) in conn.execute("SELECT DISTINCT action FROM auditevent")}
    conn.close()
    assert {"data.sealed", "demo.generated", "card.issued"} <= actions


def test_a_score_edited_with_sql_is_named(capsys: pytest.CaptureFixture[str], copy: Path) -> None:
    _sql(
        copy,
        "UPDATE indicatorscore SET score = 0 WHERE rowid = (SELECT min(rowid) FROM indicatorscore)",
    )
    status, said = _verify(capsys, copy)
    assert status == 4
    assert "「指标得分」中小区「" in said and "的考评中指标「" in said
    assert "在程序之外被修改：与审计链第" in said


def test_a_firm_renamed_with_sql_is_named(capsys: pytest.CaptureFixture[str], copy: Path) -> None:
    _sql(copy, "UPDATE firm SET name = '改过的物业' WHERE rowid = 3")
    status, said = _verify(capsys, copy)
    assert status == 4
    assert "「物业服务企业」中企业「改过的物业」（统一社会信用代码 " in said and "被修改" in said
    status, out, _err = run(capsys, "--data-dir", str(copy), "db", "check")
    assert status == 4 and "企业「改过的物业」" in out and "结论：有问题" in out


def test_an_inspection_moved_to_another_firm_is_named(
    capsys: pytest.CaptureFixture[str], copy: Path
) -> None:
    _sql(
        copy,
        "UPDATE inspection SET firm_id = (SELECT id FROM firm WHERE id <> inspection.firm_id "
        "LIMIT 1) WHERE rowid = 1",
    )
    status, said = _verify(capsys, copy)
    assert status == 4 and "「考评记录」中小区「" in said and "的考评记录在程序之外被修改" in said


def test_a_deleted_row_is_found(capsys: pytest.CaptureFixture[str], copy: Path) -> None:
    _sql(copy, "PRAGMA foreign_keys = OFF", "DELETE FROM survey WHERE rowid = 2")
    status, said = _verify(capsys, copy)
    assert status == 4 and "「满意度调查」中审计链第" in said and "被删除" in said


def test_the_last_three_events_deleted_are_found(
    capsys: pytest.CaptureFixture[str], copy: Path
) -> None:
    conn = sqlite3.connect(copy / "hexie.sqlite3")
    (length,) = conn.execute("SELECT max(seq) FROM auditevent").fetchone()
    conn.close()
    _sql(copy, f"DELETE FROM auditevent WHERE seq > {length - 3}")
    status, said = _verify(capsys, copy)
    assert status == 4
    assert said == (
        f"hexie: 审计未通过：审计链末尾被删除：已签名的检查点记到第 {length} 条，"
        f"现在只有 {length - 3} 条。"
    )


def _rechain(data: Path, edit_seq: int, checkpoints_too: bool) -> None:
    """What an attacker with the product's source does: edit one event, recompute every hash
    after it with the product's own function, and drop the checkpoints the database holds."""
    conn = sqlite3.connect(data / "hexie.sqlite3")
    rows = conn.execute(
        "SELECT seq, at, actor_id, action, table_name, row_id, detail FROM auditevent ORDER BY seq"
    ).fetchall()
    prev = "0" * 64
    for seq, at, actor, action, table, row, detail in rows:
        body = json.loads(detail)
        if seq == edit_seq:
            body["forged"] = True
        stamp = dt.datetime.fromisoformat(at)
        stamp = stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)
        new = event_hash(
            prev_hash=prev,
            seq=seq,
            at=stamp,
            actor_id=actor,
            action=action,
            table_name=table,
            row_id=row,
            detail=body,
        )
        conn.execute(
            "UPDATE auditevent SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (json.dumps(body), prev, new, seq),
        )
        prev = new
    if checkpoints_too:
        conn.execute("DELETE FROM auditcheckpoint")
    conn.commit()
    conn.close()


def test_an_event_edited_and_rechained_is_found_against_the_checkpoint_file(
    capsys: pytest.CaptureFixture[str], copy: Path
) -> None:
    _rechain(copy, 2, checkpoints_too=True)
    status, said = _verify(capsys, copy)
    assert status == 4 and "审计链第 2～" in said and "被改写：与已签名的检查点不符" in said


def test_a_chain_edited_without_rechaining_names_the_event(
    capsys: pytest.CaptureFixture[str], copy: Path
) -> None:
    _sql(copy, "UPDATE auditevent SET detail = '{}' WHERE seq = 5")
    status, said = _verify(capsys, copy)
    assert (
        status == 4
        and said == "hexie: 审计未通过：审计链第 5 条记录被修改、删除或重排（此后的记录无法校验）。"
    )


def test_an_edited_checkpoint_file_is_found(capsys: pytest.CaptureFixture[str], copy: Path) -> None:
    path = DataDir(copy).audit_checkpoints
    lines = path.read_bytes().splitlines()
    doc = json.loads(lines[-1])
    doc["head"] = "f" * 64
    path.write_bytes(b"\n".join([*lines[:-1], json.dumps(doc).encode()]) + b"\n")
    status, said = _verify(capsys, copy)
    assert status == 4 and "审计检查点签名无效" in said


def test_digest_is_the_sum_of_row_hashes(copy: Path) -> None:
    """Worked by hand for one table: the digest is Σ sha256(json_array(row)) mod 2^256."""
    table = District.__table__  # type: ignore[attr-defined]
    conn = sqlite3.connect(copy / "hexie.sqlite3")
    contents = [c for (c,) in conn.execute(f"SELECT {content_sql(table)} FROM district")]
    (recorded,) = conn.execute(
        "SELECT digest FROM auditdigest WHERE table_name = 'district'"
    ).fetchone()
    conn.close()
    expected = sum(int.from_bytes(row_hash(c)) for c in contents) % MODULUS
    assert recorded == f"{expected:064x}"
    store = open_store(DataDir(copy))
    try:
        with store.reading() as session:
            live = {name: digest for name, digest, _rows in live_digests(session.connection())}
    finally:
        store.close()
    assert live["district"] == expected


# --- merges and a clerk's decisions ----------------------------------------------------------


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path / "world", inspectors=1)
    yield built
    built.close()


def test_merges_and_decisions_on_held_records_leave_both_sides_intact(world: World) -> None:
    inspector = world.inspectors[0]
    first = field_work(inspector, world.master)
    edit_note(inspector, first, "复查后已整改")
    _rename_firm(world)
    path = export_bundle(inspector, world.root / "outbox").value.path
    [result] = merge_bundles(world.clerk, [path]).value
    assert result.status == "held" and not result.audit_warnings
    with world.clerk.reading() as session:
        held = [h.id for h in session.exec(select(HeldRecord)) if h.id is not None]
    accept_held(world.clerk, held, "核实属实")
    for store in (world.clerk, inspector):
        report = verify_audit(store)
        assert report.intact, report.problems
        assert check_database(store).healthy
    _sql(world.clerk.data_dir.root, "UPDATE firm SET name = '再改' WHERE name = '考评员改的名字'")
    [problem, *_rest] = verify_audit(world.clerk).problems
    assert problem.startswith("「物业服务企业」中企业「再改」")


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    edits=st.lists(
        st.tuples(st.sampled_from(["note", "delete", "new"]), st.integers(0, 2)), max_size=6
    ),
    tamper=st.integers(0, 3),
)
def test_any_history_of_app_writes_verifies_and_any_sql_edit_does_not(
    world: World, edits: list[tuple[str, int]], tamper: int
) -> None:
    """Property: whatever the product writes (new inspections, edits, tombstones, merges), the
    audit verifies; one raw edit of any field-work row afterwards never does."""

    inspector = world.inspectors[0]
    made = [field_work(inspector, world.master, compound=0, photo=False)]
    for action, index in edits:
        target = made[index % len(made)]
        if action == "note":
            edit_note(inspector, target, f"第 {index} 次复查")
        elif action == "delete":
            delete_row(inspector, Inspection, target)
        else:
            made.append(field_work(inspector, world.master, compound=index, photo=False))
    export = export_bundle(inspector, world.root / "outbox", full=True).value
    merge_bundles(world.clerk, [export.path])
    for store in (inspector, world.clerk):
        assert verify_audit(store).intact, verify_audit(store).problems
    table = ["inspection", "indicatorscore", "survey", "complaint"][tamper]
    _sql(world.clerk.data_dir.root, f"UPDATE {table} SET hlc = hlc + 1 WHERE rowid = 1")
    assert not verify_audit(world.clerk).intact
    _sql(world.clerk.data_dir.root, f"UPDATE {table} SET hlc = hlc - 1 WHERE rowid = 1")
    assert verify_audit(world.clerk).intact
