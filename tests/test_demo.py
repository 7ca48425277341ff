"""`hexie demo`: realistic, reproducible demo data and simulated field work."""

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from hexie_desktop.cli.main import main
from hexie_desktop.domain.credit_code import is_valid_credit_code
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.roles import TEAM_ROLES
from hexie_desktop.paths import DataDir
from hexie_desktop.services.demo import generate as demo
from hexie_desktop.services.demo.rows import RowSink
from hexie_desktop.services.maintenance import check_database
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import current_identity, init_identity
from hexie_desktop.storage.tables import SYNCED_TABLES, Card, CreditEntry, Firm, Interview

Q1, Q2 = Quarter(2026, 1), Quarter(2026, 2)
SMALL = demo.DemoOptions(firms=12, compounds=40, quarters=[Q1, Q2])


def _clerk(folder: Path) -> Store:
    store = open_store(DataDir(folder))
    init_identity(store, "clerk", "王文员")
    return store


def _scalar(store: Store, sql: str, **params: object) -> Any:
    with store.reading() as session:
        return session.execute(text(sql), params).scalar_one()


def _rows(store: Store, sql: str, **params: object) -> list[tuple[Any, ...]]:
    with store.reading() as session:
        return [tuple(row) for row in session.execute(text(sql), params)]


def _digest(store: Store) -> str:
    """Every synced row, with this installation's own id (the only legitimate difference) masked."""
    identity = current_identity(store)
    assert identity is not None
    digest = hashlib.sha256()
    with store.reading() as session:
        for table in SYNCED_TABLES:
            columns = table.__table__.c  # type: ignore[attr-defined]
            for row in session.execute(select(columns).order_by(columns.id)):
                values = ["<self>" if v == identity.id else v for v in row]
                digest.update(repr((table.__tablename__, values)).encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A district at the default size, generated once for the read-only checks below."""
    store = _clerk(tmp_path_factory.mktemp("district"))
    demo.generate_demo(store, demo.DemoOptions(seed=1))
    yield store
    store.close()


def test_same_seed_gives_the_same_rows_and_another_seed_does_not(tmp_path: Path) -> None:
    stores = [_clerk(tmp_path / name) for name in ("a", "b", "c")]
    for store, seed in zip(stores, (7, 7, 8), strict=True):
        demo.generate_demo(store, replace(SMALL, seed=seed))
    digests = [_digest(store) for store in stores]
    for store in stores:
        store.close()
    assert digests[0] == digests[1]
    assert digests[0] != digests[2]


def test_credit_codes_are_valid_and_unique(district: Store) -> None:
    codes = [row[0] for row in _rows(district, "SELECT credit_code FROM firm")]
    assert len(codes) == demo.DEFAULT_FIRMS == len(set(codes))
    assert all(is_valid_credit_code(str(code)) for code in codes)


def test_every_compound_has_one_current_firm_and_a_full_team(district: Store) -> None:
    current = _rows(
        district,
        "SELECT c.id, count(k.id) FROM compound c LEFT JOIN contract k ON k.compound_id = c.id"
        " AND k.starts_on <= :day AND (k.ends_on IS NULL OR k.ends_on >= :day) GROUP BY c.id",
        day=Q2.last_day.isoformat(),
    )
    assert len(current) == demo.DEFAULT_COMPOUNDS
    assert {count for _, count in current} == {1}
    teams = _rows(
        district,
        "SELECT compound_id, count(*), count(DISTINCT role) FROM teammember GROUP BY compound_id",
    )
    assert len(teams) == demo.DEFAULT_COMPOUNDS
    assert {(n, roles) for _, n, roles in teams} == {(len(TEAM_ROLES), len(TEAM_ROLES))}
    idle = _scalar(
        district, "SELECT count(*) FROM firm WHERE id NOT IN (SELECT firm_id FROM contract)"
    )
    assert idle == 0
    fallback = _scalar(
        district,
        "SELECT count(*) FROM compound c JOIN contract k ON k.compound_id = c.id"
        " JOIN firm f ON f.id = k.firm_id WHERE c.is_fallback AND k.is_fallback AND f.state_owned",
    )
    assert 0 < int(fallback) < demo.DEFAULT_COMPOUNDS // 10


def test_scores_are_maximum_less_deductions(district: Store) -> None:
    points = {
        (indicator, code): value
        for indicator, code, value in _rows(
            district, "SELECT indicator_id, code, points FROM deduction"
        )
    }
    rows = _rows(
        district,
        "SELECT s.indicator_id, s.score, s.deductions, i.max_points FROM indicatorscore s"
        " JOIN indicator i ON i.id = s.indicator_id LIMIT 3000",
    )
    for indicator, score, deductions, maximum in rows:
        taken = sum(points[indicator, d["code"]] * d["count"] for d in json.loads(str(deductions)))
        assert score == pytest.approx(float(maximum) - taken)
        assert float(score) >= 0


def test_firm_scores_spread_from_failing_to_excellent(district: Store) -> None:
    means = _rows(
        district,
        "WITH sheet AS (SELECT i.firm_id, i.compound_id, i.quarter, sum(s.score) AS total"
        " FROM inspection i JOIN indicatorscore s ON s.inspection_id = i.id GROUP BY i.id)"
        " SELECT sheet.firm_id, sum(total * c.households) / sum(c.households) FROM sheet"
        " JOIN compound c ON c.id = sheet.compound_id"
        " WHERE sheet.quarter = :quarter GROUP BY sheet.firm_id",
        quarter=str(Q1),
    )
    scores = [float(mean) for _, mean in means]
    assert min(scores) < 60
    assert max(scores) > 85


def test_field_work_looks_like_a_quarter_of_inspections(district: Store) -> None:
    per_quarter = dict(
        _rows(district, "SELECT quarter, count(DISTINCT compound_id) FROM inspection GROUP BY 1")
    )
    assert set(per_quarter) == {str(Q1), str(Q2)}
    for inspected in per_quarter.values():
        assert 0.8 * demo.DEFAULT_COMPOUNDS <= int(inspected) <= 0.9 * demo.DEFAULT_COMPOUNDS
    twice = _rows(
        district,
        "SELECT compound_id, quarter, count(DISTINCT inspector_id) FROM inspection"
        " GROUP BY 1, 2 HAVING count(*) > 1",
    )
    assert twice and all(inspectors == 2 for _, _, inspectors in twice)
    methods = dict(_rows(district, "SELECT method, count(*) FROM inspection GROUP BY 1"))
    assert methods["unannounced"] > methods["third_party"] > 0
    assert _scalar(district, "SELECT count(*) FROM inspection WHERE author_id != inspector_id") == 0
    inspectors = _scalar(district, "SELECT count(DISTINCT inspector_id) FROM inspection")
    assert 5 <= int(inspectors) <= 10
    surveys = _scalar(district, "SELECT count(*) FROM survey")
    assert surveys == sum(int(n) for n in per_quarter.values())


def test_complaints_run_the_closed_loop(district: Store) -> None:
    states = dict(_rows(district, "SELECT state, count(*) FROM complaint GROUP BY 1"))
    assert states["closed"] > sum(n for s, n in states.items() if s != "closed") > 0
    redo = dict(_rows(district, "SELECT redo_count, count(*) FROM complaint GROUP BY 1"))
    assert max(redo) == 3
    overdue = _scalar(district, "SELECT count(*) FROM complaint WHERE closed_at > due_at")
    assert int(overdue) > 0
    bad_order = _rows(
        district,
        "SELECT e1.complaint_id FROM complaintevent e1 JOIN complaintevent e2"
        " ON e1.complaint_id = e2.complaint_id AND e2.hlc > e1.hlc AND e2.at < e1.at LIMIT 1",
    )
    assert bad_order == []
    tickets = [str(row[0]) for row in _rows(district, "SELECT ticket_no FROM complaint")]
    assert all(re.fullmatch(r"(12345|DH|WS|LF)-2026-\d{7}", t) for t in tickets)
    assert sum(t.startswith("12345-") for t in tickets) > len(tickets) / 2


def test_yellow_cards_in_consecutive_quarters_with_credit_entries(district: Store) -> None:
    twice = _rows(
        district,
        "SELECT firm_id FROM card WHERE color = 'yellow' GROUP BY firm_id"
        " HAVING count(DISTINCT quarter) = 2",
    )
    assert twice
    assert _scalar(district, "SELECT count(*) FROM card WHERE color = 'red'") == 0
    entries = _rows(
        district,
        "SELECT e.kind, e.points, c.deduction, e.recorded_on, e.expires_on FROM card c"
        " JOIN creditentry e ON e.source = 'card' AND e.source_id = c.id",
    )
    assert len(entries) == _scalar(district, "SELECT count(*) FROM card")
    for kind, points, deduction, recorded, expires in entries:
        assert kind == "bad" and points == deduction == 2.0
        delta = dt.date.fromisoformat(str(expires)) - dt.date.fromisoformat(str(recorded))
        assert delta.days == 365


def test_community_grading_leaves_out_newly_elected_communities(district: Store) -> None:
    graded = _rows(
        district,
        "SELECT c.first_election_on, count(g.id) FROM community c"
        " LEFT JOIN gradingsheet g ON g.community_id = c.id GROUP BY c.id",
    )
    newly = [n for elected, n in graded if str(elected) >= "2025-01-01"]
    assert newly and set(newly) == {0}
    assert {n for elected, n in graded if str(elected) < "2025-01-01"} == {3}
    over = _scalar(
        district,
        "SELECT count(*) FROM gradingsheet g, json_each(g.scores) s JOIN indicator i"
        " ON i.standard_id = g.standard_id AND i.code = s.key WHERE s.value > i.max_points",
    )
    assert over == 0
    assert _scalar(district, "SELECT count(*) FROM communityincident WHERE serious") == 1


def test_clock_moves_past_every_demo_row_and_the_run_is_audited(district: Store) -> None:
    clock = int(_scalar(district, "SELECT clock FROM installation"))
    for table in SYNCED_TABLES:
        newest = _scalar(district, f"SELECT coalesce(max(hlc), 0) FROM {table.__tablename__}")
        assert int(newest) <= clock
    actions = [row[0] for row in _rows(district, "SELECT action FROM auditevent")]
    assert actions[-2:] == ["demo.generated", "data.sealed"]
    assert check_database(district).healthy


def test_master_only_writes_no_field_work(clerk_store: Store) -> None:
    summary = demo.generate_demo(clerk_store, replace(SMALL, master_only=True)).value
    assert summary.counts["compound"] == 40
    for table in ("inspection", "indicatorscore", "survey", "complaint", "card", "gradingsheet"):
        assert _scalar(clerk_store, f"SELECT count(*) FROM {table}") == 0
        assert table not in summary.counts
    assert summary.lines()[0].startswith("已生成主数据")


def test_inspector_simulates_own_field_work(inspector_store: Store) -> None:
    demo.generate_demo(inspector_store, replace(SMALL, master_only=True))
    summary = demo.simulate_field_work(inspector_store, quarter=Q2, sample=0.5, seed=3)
    identity = current_identity(inspector_store)
    assert identity is not None
    rows = _rows(inspector_store, "SELECT author_id, inspector_id, quarter, status FROM inspection")
    assert len(rows) == 20 == summary.counts["inspection"]
    assert set(rows) == {(identity.id, identity.id, str(Q2), "submitted")}
    assert _scalar(inspector_store, "SELECT count(DISTINCT author_id) FROM indicatorscore") == 1
    clock = int(_scalar(inspector_store, "SELECT clock FROM installation"))
    for table in ("inspection", "indicatorscore", "survey"):
        assert clock >= int(_scalar(inspector_store, f"SELECT max(hlc) FROM {table}"))


def test_refusals_say_what_to_do(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="hexie init"):
        demo.generate_demo(store, SMALL)
    with pytest.raises(UserError, match="hexie init"):
        demo.simulate_field_work(store, quarter=Q1, sample=0.2, seed=1)
    init_identity(store, "inspector", "李考评")
    with pytest.raises(UserError, match="请先导入工作人员下发的主数据包"):
        demo.simulate_field_work(store, quarter=Q1, sample=0.2, seed=1)
    for sample in (0.0, 1.5, -0.1):
        with pytest.raises(UserError, match="抽查比例"):
            demo.simulate_field_work(store, quarter=Q1, sample=sample, seed=1)
    with pytest.raises(UserError, match="不能少于企业数量"):
        demo.generate_demo(store, demo.DemoOptions(firms=10, compounds=5))
    with pytest.raises(UserError, match="企业数量"):
        demo.generate_demo(store, demo.DemoOptions(firms=0, compounds=5))
    demo.generate_demo(store, replace(SMALL, master_only=True))
    with pytest.raises(UserError, match="数据库中已有数据"):
        demo.generate_demo(store, SMALL)


def test_cancel_rolls_everything_back_and_progress_reaches_the_end(clerk_store: Store) -> None:
    with pytest.raises(UserError, match="已取消"):
        demo.generate_demo(clerk_store, SMALL, cancel=lambda: True)
    for table in ("firm", "compound", "standard", "policy"):
        assert _scalar(clerk_store, f"SELECT count(*) FROM {table}") == 0
    seen: list[tuple[float, str]] = []
    demo.generate_demo(
        clerk_store,
        SMALL,
        progress=lambda fraction, message: seen.append((fraction, message)),
    )
    fractions = [fraction for fraction, _ in seen]
    assert fractions == sorted(fractions)
    assert seen[-1] == (1.0, "完成")
    assert all(message for _, message in seen)


def test_cli_demo_prints_counts_and_leaves_a_healthy_database(
    data_dir: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(data_dir.root)
    assert main(["--data-dir", folder, "init", "--role", "clerk", "--name", "王文员"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "demo", "--seed", "1", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["counts"]["firm"] == demo.DEFAULT_FIRMS
    assert document["counts"]["compound"] == demo.DEFAULT_COMPOUNDS
    assert document["quarters"] == ["2026Q1", "2026Q2"] and document["seed"] == 1
    assert main(["--data-dir", folder, "demo", "--seed", "1"]) == 2
    assert "数据库中已有数据" in capsys.readouterr().err
    store = open_store(data_dir)
    try:
        assert check_database(store).healthy
    finally:
        store.close()


def test_direct_sqlite_inserts_store_exactly_what_core_inserts_store(tmp_path: Path) -> None:
    """The fast path must be indistinguishable from SQLAlchemy Core, value for value as stored."""
    firm = {"id": "f1", "author_id": "a", "hlc": 1, "deleted": False, "credit_code": "9" * 18}
    firm |= {"name": "深圳市万家物业服务有限公司", "legal_representative": "王伟", "phone": ""}
    firm |= {"address": "", "state_owned": True}
    card = {"id": "c1", "author_id": "a", "hlc": 2, "deleted": False, "firm_id": "f1"}
    card |= {"quarter": "2026Q1", "color": "yellow", "reason": "理由", "deduction": 2.0}
    card |= {"issued_on": dt.date(2026, 3, 2), "automatic": False, "escalated_from": ["x"]}
    card |= {"revoked_on": None, "revoke_reason": ""}
    entry = {"id": "e1", "author_id": "a", "hlc": 3, "deleted": False, "firm_id": "f1"}
    entry |= {"kind": "bad", "points": 2.0, "reason": "r", "recorded_on": dt.date(2026, 3, 2)}
    entry |= {"expires_on": dt.date(2027, 3, 2), "source": "card", "source_id": "c1"}
    entry |= {"quarter": "2026Q1", "objection": "", "objection_state": "none"}
    entry |= {"repaired_on": None, "repair_note": ""}
    interview = {"id": "i1", "author_id": "a", "hlc": 4, "deleted": False, "firm_id": "f1"}
    interview |= {"quarter": "2026Q1", "score": 55.5, "status": "scheduled", "place": ""}
    interview |= {"scheduled_at": dt.datetime(2026, 4, 2, 1, 30, 15, 250, tzinfo=dt.UTC)}
    interview |= {"held_at": None, "minutes": "", "commitments": "", "rectification_due": None}
    interview |= {"followup_on": None, "followup_passed": None, "closed_on": None}
    stored = []
    for direct in (True, False):
        store = open_store(DataDir(tmp_path / str(direct)))
        with store.transaction() as session:
            sink = RowSink(session, 3, direct=direct)
            sink.add(Firm, firm)
            sink.add(Card, card)
            sink.add(CreditEntry, entry)
            sink.add(Interview, interview)
            sink.flush()
        stored.append(
            [
                _rows(store, f"SELECT * FROM {table}")
                for table in ("firm", "card", "creditentry", "interview")
            ]
        )
        store.close()
    assert stored[0] == stored[1]
