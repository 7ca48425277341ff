"""Several clerks' workstations at one PostgreSQL server at the same moment.

Each clerk is a separate process running the `hexie` command, as on the bureau's Monday morning:
four district clerks, each on their own PC under their own name (their own data folder and
signing key), each merging the bundle of the inspector they serve; the same bundle merged twice
at once; evaluating and finalising while merges run. Afterwards every row a process acknowledged is on the server,
the audit chain verifies, and the results are those of the same work done one bundle after the
other on a laptop's SQLite database.
"""

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlmodel import col, select

from hexie_desktop.cli.main import main
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.roles import Role
from hexie_desktop.paths import DataDir
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.results_view import quarter_lists, quarter_scores
from hexie_desktop.services.maintenance import check_database
from hexie_desktop.services.rules.standards import default_policy_document, install_policy
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity, require_identity
from hexie_desktop.services.trust.keys import enrol_key, export_key_card
from hexie_desktop.storage.server_lock import WRITER_LOCK
from hexie_desktop.storage.tables import AuditEvent
from tests.pg_server import copy_database, running_server, server_binaries
from tests.sync_world import (
    QUARTER,
    enrol,
    field_work,
    logical_rows,
    new_store,
    seed_master,
    ship_master,
    unseal_file,
)

pytestmark = pytest.mark.skipif(server_binaries() is None, reason="no PostgreSQL server binaries")

ROOT = Path(__file__).resolve().parent.parent
CLERKS = 4
NAMES = ("王文员", "李科长", "张文员", "赵文员")
# The rows the inspectors write: what a merge must bring over exactly, whoever runs it.
FIELD_TABLES = [
    "inspection",
    "indicatorscore",
    "photo",
    "attachment",
    "survey",
    "complaint",
    "complaintevent",
]


@dataclass
class Bureau:
    """A central store on the server (as a template database), its four clerks' data folders, and
    the bundle of each clerk's inspector (sealed to that clerk, whose master bundle it trusts)."""

    url: str
    clerk_dirs: list[Path]
    identities: list[str]
    bundles: list[Path]
    inspections: dict[Path, list[str]]
    reference: dict[str, Any]


def _results(store: Store) -> dict[str, Any]:
    quarter = Quarter.parse(QUARTER)
    lists = quarter_lists(store, quarter).as_dict()
    return {
        "rows": logical_rows(store, FIELD_TABLES),
        "scores": quarter_scores(store, quarter).as_dict()["firms"],
        "lists": {key: lists[key] for key in ("red", "black", "interviews")},
    }


def _reference(
    root: Path, clerks: list[Store], inspectors: list[Store], bundles: list[Path]
) -> dict[str, Any]:
    """The same bundles merged one after the other into a laptop clerk holding the same master."""
    clerk = clerks[0]
    laptop = new_store(root, "laptop", "clerk")
    try:
        card = export_key_card(clerk, root / "central.hexie-key.json")
        enrol_key(laptop, card, Role.CLERK, confirm_clerk=True)
        for inspector in inspectors:
            enrol(laptop, inspector, root)
        master = export_bundle(clerk, root / "central-master.hexie", master=True).value.path
        assert [r.status for r in merge_bundles(laptop, [master]).value] == ["applied"]
        # Each inspector sealed their bundle to their own clerk alone: the laptop merges the
        # plain bundles inside them, under a policy of its own that lets it.
        plain_policy = default_policy_document()
        plain_policy["version"] = 2
        plain_policy["bundles"]["encryption"] = "optional"
        with laptop.transaction() as session, authoring(session) as author:
            install_policy(session, plain_policy, author)
        for n, (bundle, receiver) in enumerate(zip(bundles, clerks, strict=True)):
            plain = unseal_file(bundle, receiver, root / f"plain{n}.hexie")
            assert [r.status for r in merge_bundles(laptop, [plain]).value] == ["applied"]
        evaluate_quarter(laptop, Quarter.parse(QUARTER))
        return _results(laptop)
    finally:
        laptop.close()


@pytest.fixture(scope="module")
def bureau(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bureau]:
    root = tmp_path_factory.mktemp("bureau")
    with running_server() as url:
        clerks = [open_store(DataDir(root / f"clerk{i}"), url) for i in range(CLERKS)]
        inspectors: list[Store] = []
        try:
            for clerk, name in zip(clerks, NAMES, strict=True):
                init_identity(clerk, "clerk", name)
            master = seed_master(clerks[0], compounds=CLERKS)
            with clerks[0].transaction() as session, authoring(session) as author:
                install_policy(session, default_policy_document(), author)
            bundles, inspections = [], {}
            for index, clerk in enumerate(clerks):
                inspector = new_store(root, f"inspector{index}", "inspector")
                inspectors.append(inspector)
                enrol(clerk, inspector, root)
                ship_master(clerk, inspector, root / "master")
                done = [field_work(inspector, master, compound=index) for _ in range(2)]
                outbox = root / f"outbox{index}"
                outbox.mkdir()
                bundle = export_bundle(inspector, outbox).value.path
                bundles.append(bundle)
                inspections[bundle] = done
            reference = _reference(root, clerks, inspectors, bundles)
            identities = [require_identity(clerk).id for clerk in clerks]
        finally:
            for store in [*clerks, *inspectors]:
                store.close()
        # Every test starts from a copy of this database, taken while no one is connected.
        folders = [root / f"clerk{i}" for i in range(CLERKS)]
        yield Bureau(url, folders, identities, bundles, inspections, reference)


@pytest.fixture
def central(bureau: Bureau, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh copy of the bureau's database for this test; its URL."""
    name = request.node.name.replace("test_", "t_")[:60]
    yield copy_database(bureau.url, name, make_url(bureau.url).database or "hexie")


def _workstation(bureau: Bureau, tmp_path: Path, index: int, pc: str = "") -> Path:
    """Clerk `index`'s PC: their data folder with their signing key, quarantine and checkpoints.
    `pc` names a second PC of the same clerk."""
    folder = tmp_path / f"clerk{index}{pc}"
    shutil.copytree(bureau.clerk_dirs[index], folder)
    return folder


def _start(folder: Path, url: str, *argv: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "hexie_desktop", "--data-dir", str(folder), "--db", url, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _together(commands: list[tuple[Path, list[str]]], url: str) -> list[tuple[int, str, str]]:
    """Start every command at once; their exit status, stdout and stderr once all have ended."""
    children = [_start(folder, url, *argv) for folder, argv in commands]
    finished = []
    for child in children:
        out, err = child.communicate(timeout=180)
        finished.append((child.returncode, out, err))
    return finished


def _statuses(out: str) -> list[str]:
    return [entry["status"] for entry in json.loads(out)["bundles"]]


def _merged_ids(store: Store) -> set[str]:
    with store.reading() as session:
        return set(session.execute(text("SELECT id FROM inspection")).scalars())


def _chain_intact(folder: Path, url: str) -> None:
    child = _start(folder, url, "audit", "verify")
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, out + err


def _merges_and_finalising(store: Store) -> list[tuple[str, str, str]]:
    """(action, who, merge status) of every merge and finalising, in the audit's order."""
    with store.reading() as session:
        events = session.exec(
            select(AuditEvent)
            .where(col(AuditEvent.action).in_(["bundle.merged", "quarter.finalised"]))
            .order_by(col(AuditEvent.seq))
        ).all()
    return [(e.action, e.actor_id, str(e.detail.get("status", ""))) for e in events]


def test_four_clerks_merging_different_bundles_at_once_lose_nothing(
    bureau: Bureau, central: str, tmp_path: Path
) -> None:
    folders = [_workstation(bureau, tmp_path, i) for i in range(CLERKS)]
    commands = [
        (folder, ["bundle", "merge", str(bundle), "--json"])
        for folder, bundle in zip(folders, bureau.bundles, strict=True)
    ]
    finished = _together(commands, central)
    for status, out, err in finished:
        assert status == 0, err
        assert _statuses(out) == ["applied"]
    store = open_store(DataDir(folders[0]), central)
    try:
        acknowledged = {i for b in bureau.bundles for i in bureau.inspections[b]}
        assert acknowledged <= _merged_ids(store)
        merged_by = sorted(who for _, who, _ in _merges_and_finalising(store))
        assert merged_by == sorted(bureau.identities), "each merge is named after its clerk"
        evaluate_quarter(store, Quarter.parse(QUARTER))
        assert _results(store) == bureau.reference
        assert check_database(store).healthy
    finally:
        store.close()
    _chain_intact(folders[0], central)


def test_the_same_bundle_merged_from_two_pcs_at_once_applies_once(
    bureau: Bureau, central: str, tmp_path: Path
) -> None:
    """A bundle opens only for the clerk it is sealed to: the same clerk on two PCs (a desk PC
    and a laptop pointed at the server) merging it at the same moment."""
    bundle = bureau.bundles[0]
    folders = [_workstation(bureau, tmp_path, 0, pc) for pc in ("-desk", "-laptop")]
    finished = _together(
        [(f, ["bundle", "merge", str(bundle), "--json"]) for f in folders], central
    )
    assert [status for status, _, _ in finished] == [0, 0], [err for _, _, err in finished]
    assert sorted(s for _, out, _ in finished for s in _statuses(out)) == ["applied", "duplicate"]
    assert all("内部错误" not in err for _, _, err in finished)
    store = open_store(DataDir(folders[0]), central)
    try:
        with store.reading() as session:
            merges = session.execute(
                text("SELECT count(*) FROM auditevent WHERE action = 'bundle.merged'")
            ).scalar_one()
            logged = session.execute(text("SELECT count(*) FROM bundlelog")).scalar_one()
        assert (merges, logged) == (1, 1)
        assert set(bureau.inspections[bundle]) <= _merged_ids(store)
    finally:
        store.close()
    _chain_intact(folders[0], central)


def test_evaluating_while_others_merge_gives_the_results_of_one_clerk_alone(
    bureau: Bureau, central: str, tmp_path: Path
) -> None:
    """李科长 evaluates while the three other clerks merge; then merges his own inspector's
    bundle and evaluates again: what one clerk doing it all alone would have."""
    folders = [_workstation(bureau, tmp_path, i) for i in range(CLERKS)]
    commands = [
        (folders[1], ["evaluate", "--quarter", QUARTER]),
        *((folders[i], ["bundle", "merge", str(bureau.bundles[i]), "--json"]) for i in (0, 2, 3)),
    ]
    (evaluated, *merged) = _together(commands, central)
    assert evaluated[0] == 0, evaluated[2]
    for status, out, err in merged:
        assert status == 0, err
        assert _statuses(out) == ["applied"]
    [(status, out, err)] = _together(
        [(folders[1], ["bundle", "merge", str(bureau.bundles[1]), "--json"])], central
    )
    assert (status, _statuses(out)) == (0, ["applied"]), err
    store = open_store(DataDir(folders[1]), central)
    try:
        evaluate_quarter(store, Quarter.parse(QUARTER))
        assert _results(store) == bureau.reference
    finally:
        store.close()
    _chain_intact(folders[1], central)


def test_finalising_while_merges_run_waits_its_turn_and_the_outcome_is_one_order(
    bureau: Bureau, central: str, tmp_path: Path
) -> None:
    """李科长 finalises while three clerks merge: each merge comes either before finalising (its
    work in the frozen results) or after it (its work held for review); never half of each."""
    folders = [_workstation(bureau, tmp_path, i) for i in range(CLERKS)]
    store = open_store(DataDir(folders[1]), central)
    try:
        evaluate_quarter(store, Quarter.parse(QUARTER))
    finally:
        store.close()
    mergers = (0, 2, 3)
    commands = [
        (folders[1], ["quarter", "finalise", "--quarter", QUARTER]),
        *((folders[i], ["bundle", "merge", str(bureau.bundles[i]), "--json"]) for i in mergers),
    ]
    (finalised, *merged) = _together(commands, central)
    assert finalised[0] == 0, finalised[2]
    for status, _, err in merged:
        assert status == 0, err
    store = open_store(DataDir(folders[0]), central)
    try:
        order = _merges_and_finalising(store)
        with store.reading() as session:
            live = session.execute(
                text("SELECT count(*) FROM inspection WHERE deleted = false")
            ).scalar_one()
    finally:
        store.close()
    finalised_at = [action for action, _, _ in order].index("quarter.finalised")
    assert order[finalised_at][1] == bureau.identities[1]
    # Every bundle merged after finalising is held; every one before it is applied.
    assert [status for _, _, status in order[:finalised_at]] == ["applied"] * finalised_at
    assert {status for _, _, status in order[finalised_at + 1 :]} <= {"held"}
    said = {
        bureau.identities[i]: _statuses(out) for i, (_, out, _) in zip(mergers, merged, strict=True)
    }
    assert {who: [status] for _, who, status in order if status} == said
    assert live == 2 * finalised_at
    _chain_intact(folders[0], central)


def test_a_clerk_waiting_too_long_for_the_writer_is_told_in_chinese(
    bureau: Bureau,
    central: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A transaction holding the writer lock (a very long merge) makes another clerk's write
    wait; past the wait, one Chinese line and nothing written."""
    folder = _workstation(bureau, tmp_path, 0)
    monkeypatch.setattr("hexie_desktop.storage.engine.BUSY_WAIT_SECONDS", 1)
    holder = create_engine(central)
    try:
        with holder.connect() as conn, conn.begin():
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITER_LOCK})
            status = main(
                ["--data-dir", str(folder), "--db", central, "evaluate", "--quarter", QUARTER]
            )
    finally:
        holder.dispose()
    _, err = capsys.readouterr()
    assert status == 2, err
    assert err.count("\n") == 1
    assert "数据库正被另一个和谐桌面程序使用" in err
    store = open_store(DataDir(folder), central)
    try:
        with store.reading() as session:
            runs = session.execute(text("SELECT count(*) FROM evaluationrun")).scalar_one()
        assert runs == 0
    finally:
        store.close()


APPENDER = """
import sys
from pathlib import Path
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import open_store
from hexie_desktop.storage.audit import append_event
from sqlmodel import Session

folder, url, who = sys.argv[1:4]
store = open_store(DataDir(Path(folder)), url)
print("ready", flush=True)
sys.stdin.readline()
for n in range(25):
    # A plain session, not a writing unit of work: the append alone must keep the chain whole.
    with Session(store.engine) as session:
        append_event(session, actor_id=who, action="test.appended", detail={"n": n})
        session.commit()
store.close()
"""


def test_the_audit_chain_never_forks_when_clerks_append_at_once(
    bureau: Bureau, central: str, tmp_path: Path
) -> None:
    folders = [_workstation(bureau, tmp_path, i) for i in range(CLERKS)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", APPENDER, str(folder), central, f"clerk{i}"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for i, folder in enumerate(folders)
    ]
    for child in children:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    for child in children:
        _, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    store = open_store(DataDir(folders[0]), central)
    try:
        with store.reading() as session:
            appended = session.execute(
                text("SELECT count(*) FROM auditevent WHERE action = 'test.appended'")
            ).scalar_one()
        assert appended == 25 * CLERKS
        assert check_database(store).audit.intact
    finally:
        store.close()
