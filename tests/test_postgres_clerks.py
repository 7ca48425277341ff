"""Several clerks' workstations at one PostgreSQL server at the same moment.

Each clerk is a separate process running the `hexie` command, as on the bureau's Monday morning:
four inspectors' bundles merged at once, the same bundle merged twice at once, evaluating and
finalising while a merge runs. Afterwards every row a process acknowledged is on the server,
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
from hexie_desktop.services.trust.identity import init_identity
from hexie_desktop.services.trust.keys import enrol_key, export_key_card
from hexie_desktop.storage.server_lock import WRITER_LOCK
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
    """A central store on the server (as a template database), and four inspectors' bundles."""

    url: str
    clerk_dir: Path
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
    root: Path, clerk: Store, inspectors: list[Store], bundles: list[Path]
) -> dict[str, Any]:
    """The same bundles merged one after the other into a laptop clerk holding the same master."""
    laptop = new_store(root, "laptop", "clerk")
    try:
        card = export_key_card(clerk, root / "central.hexie-key.json")
        enrol_key(laptop, card, Role.CLERK, confirm_clerk=True)
        for inspector in inspectors:
            enrol(laptop, inspector, root)
        master = export_bundle(clerk, root / "central-master.hexie", master=True).value.path
        assert [r.status for r in merge_bundles(laptop, [master]).value] == ["applied"]
        # The inspectors sealed their bundles to the central store alone: the laptop merges the
        # plain bundles inside them, under a policy of its own that lets it.
        plain_policy = default_policy_document()
        plain_policy["version"] = 2
        plain_policy["bundles"]["encryption"] = "optional"
        with laptop.transaction() as session, authoring(session) as author:
            install_policy(session, plain_policy, author)
        for n, bundle in enumerate(bundles):
            plain = unseal_file(bundle, clerk, root / f"plain{n}.hexie")
            assert [r.status for r in merge_bundles(laptop, [plain]).value] == ["applied"]
        evaluate_quarter(laptop, Quarter.parse(QUARTER))
        return _results(laptop)
    finally:
        laptop.close()


@pytest.fixture(scope="module")
def bureau(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bureau]:
    root = tmp_path_factory.mktemp("bureau")
    with running_server() as url:
        clerk = open_store(DataDir(root / "central"), url)
        inspectors: list[Store] = []
        try:
            init_identity(clerk, "clerk", "市局")
            master = seed_master(clerk, compounds=CLERKS)
            with clerk.transaction() as session, authoring(session) as author:
                install_policy(session, default_policy_document(), author)
            bundles, inspections = [], {}
            for index in range(CLERKS):
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
            reference = _reference(root, clerk, inspectors, bundles)
        finally:
            clerk.close()
            for inspector in inspectors:
                inspector.close()
        # Every test starts from a copy of this database, taken while no one is connected.
        yield Bureau(url, root / "central", bundles, inspections, reference)


@pytest.fixture
def central(bureau: Bureau, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh copy of the bureau's database for this test; its URL."""
    name = request.node.name.replace("test_", "t_")[:60]
    yield copy_database(bureau.url, name, make_url(bureau.url).database or "hexie")


def _workstation(bureau: Bureau, tmp_path: Path, index: int) -> Path:
    """A clerk's own data folder: its quarantine and checkpoint file, the bureau's keys."""
    folder = tmp_path / f"clerk{index}"
    shutil.copytree(bureau.clerk_dir, folder)
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
        evaluate_quarter(store, Quarter.parse(QUARTER))
        assert _results(store) == bureau.reference
        assert check_database(store).healthy
    finally:
        store.close()
    _chain_intact(folders[0], central)


def test_the_same_bundle_merged_by_two_clerks_at_once_applies_once(
    bureau: Bureau, central: str, tmp_path: Path
) -> None:
    bundle = bureau.bundles[0]
    folders = [_workstation(bureau, tmp_path, i) for i in range(2)]
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
    folders = [_workstation(bureau, tmp_path, i) for i in range(3)]
    commands = [
        (folders[0], ["bundle", "merge", str(bureau.bundles[0]), str(bureau.bundles[1]), "--json"]),
        (folders[1], ["evaluate", "--quarter", QUARTER]),
        (folders[2], ["bundle", "merge", str(bureau.bundles[2]), str(bureau.bundles[3]), "--json"]),
    ]
    (merged_a, evaluated, merged_b) = _together(commands, central)
    assert evaluated[0] == 0, evaluated[2]
    for status, out, err in (merged_a, merged_b):
        assert status == 0, err
        assert _statuses(out) == ["applied", "applied"]
    store = open_store(DataDir(folders[1]), central)
    try:
        evaluate_quarter(store, Quarter.parse(QUARTER))
        assert _results(store) == bureau.reference
    finally:
        store.close()
    _chain_intact(folders[1], central)


def test_finalising_while_a_merge_runs_waits_for_it_and_the_outcome_is_one_order(
    bureau: Bureau, central: str, tmp_path: Path
) -> None:
    """Finalising takes its turn: either before the merge (whose work is then held for review)
    or after it (the frozen results include the merged inspections); never half of each."""
    folders = [_workstation(bureau, tmp_path, i) for i in range(2)]
    store = open_store(DataDir(folders[0]), central)
    try:
        evaluate_quarter(store, Quarter.parse(QUARTER))
    finally:
        store.close()
    commands = [
        (folders[0], ["bundle", "merge", *map(str, bureau.bundles), "--json"]),
        (folders[1], ["quarter", "finalise", "--quarter", QUARTER]),
    ]
    (merged, finalised) = _together(commands, central)
    assert merged[0] == 0, merged[2]
    assert finalised[0] == 0, finalised[2]
    statuses = _statuses(merged[1])
    store = open_store(DataDir(folders[0]), central)
    try:
        with store.reading() as session:
            order = session.execute(
                text(
                    "SELECT action FROM auditevent WHERE action IN "
                    "('bundle.merged', 'quarter.finalised') ORDER BY seq"
                )
            ).scalars()
            actions = list(order)
            live = session.execute(
                text("SELECT count(*) FROM inspection WHERE deleted = false")
            ).scalar_one()
        finalised_at = actions.index("quarter.finalised")
        # Every bundle merged after finalising is held; every one before it is applied.
        assert statuses == ["applied"] * finalised_at + ["held"] * (CLERKS - finalised_at)
        assert live == 2 * finalised_at
    finally:
        store.close()
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
