"""Two clerks deciding held records on the central store at the same moment, each as themself.

王文员 and 李科长 work on their own PCs (their own data folders and signing keys, both
identities of the one store). Deciding the same held record at once, one decision applies and
the other clerk is told it was already decided, and by whom; deciding different records, both
apply. The audit names who decided each, and its chain stays whole.
"""

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import make_url
from sqlmodel import col, select

from hexie_desktop.paths import DataDir
from hexie_desktop.services.audit.check import verify_audit
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.rules.standards import default_policy_document, install_policy
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity, require_identity
from hexie_desktop.storage.tables import AuditEvent, Firm, HeldRecord
from tests.pg_server import copy_database, running_server, server_binaries
from tests.sync_world import enrol, new_store, seed_master, ship_master

pytestmark = pytest.mark.skipif(server_binaries() is None, reason="no PostgreSQL server binaries")

ROOT = Path(__file__).resolve().parent.parent
WANG, LI = "王文员", "李科长"
RENAMED = "考评员改的名字"

DECIDER = """
import json
import sys
from pathlib import Path
from hexie_desktop.domain.errors import UserError
from hexie_desktop.paths import DataDir
from hexie_desktop.services.bundles.review import accept_held, reject_held
from hexie_desktop.services.store import open_store

folder, url, decision, held_id = sys.argv[1:5]
store = open_store(DataDir(Path(folder)), url)
print("ready", flush=True)
sys.stdin.readline()
try:
    if decision == "accept":
        accept_held(store, [int(held_id)], "已电话核实")
    else:
        reject_held(store, [int(held_id)], "超出考评员权限")
    print(json.dumps({"decided": True}, ensure_ascii=False))
except UserError as error:
    print(json.dumps({"decided": False, "message": error.message}, ensure_ascii=False))
finally:
    store.close()
"""


@dataclass
class Office:
    """The central store as a template database, the two clerks' PCs, the two held firms."""

    url: str
    folders: dict[str, Path]
    identities: dict[str, str]
    held: dict[str, int]


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    root = tmp_path_factory.mktemp("review-office")
    with running_server() as url:
        wang = open_store(DataDir(root / WANG), url)
        li = open_store(DataDir(root / LI), url)
        inspector = new_store(root, "inspector", "inspector")
        try:
            init_identity(wang, "clerk", WANG)
            init_identity(li, "clerk", LI)
            master = seed_master(wang)
            with wang.transaction() as session, authoring(session) as author:
                install_policy(session, default_policy_document(), author)
            enrol(wang, inspector, root)
            ship_master(wang, inspector, root / "master")
            # The inspector renames both firms, which only the bureau may: both are held.
            with inspector.transaction() as session, authoring(session) as author:
                for firm_id in master.firms:
                    firm = session.get(Firm, firm_id)
                    assert firm is not None
                    firm.name = f"{RENAMED}{firm.credit_code[-1]}"
                    stamp = author.stamp()
                    firm.hlc, firm.author_id = stamp["hlc"], stamp["author_id"]
                    session.add(firm)
            bundle = export_bundle(inspector, root / "outbox").value.path
            [merged] = merge_bundles(wang, [bundle]).value
            assert merged.status == "held", merged.reason
            with wang.reading() as session:
                held = {
                    row.row_id: row.id
                    for row in session.exec(
                        select(HeldRecord).where(HeldRecord.table_name == "firm")
                    )
                }
            identities = {WANG: require_identity(wang).id, LI: require_identity(li).id}
        finally:
            for store in (wang, li, inspector):
                store.close()
        assert len(held) == 2 and all(isinstance(i, int) for i in held.values())
        yield Office(
            url,
            {WANG: root / WANG, LI: root / LI},
            identities,
            {firm_id: int(held_id) for firm_id, held_id in held.items() if held_id is not None},
        )


@pytest.fixture
def central(office: Office, request: pytest.FixtureRequest) -> str:
    name = request.node.name.replace("test_", "r_")[:60]
    return copy_database(office.url, name, make_url(office.url).database or "hexie")


def _pc(office: Office, tmp_path: Path, clerk: str) -> Path:
    folder = tmp_path / clerk
    shutil.copytree(office.folders[clerk], folder)
    return folder


def _decide_at_once(
    central: str, decisions: list[tuple[Path, str, int]]
) -> list[dict[str, object]]:
    """Each (PC, accept|reject, held id) in its own process, released at the same moment."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", DECIDER, str(folder), central, decision, str(held_id)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for folder, decision, held_id in decisions
    ]
    for child in children:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    answers = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        answers.append(json.loads(out))
    return answers


def _decisions(store: Store) -> dict[str, tuple[str, str]]:
    """Per firm: the held record's decision and who the audit says made it."""
    with store.reading() as session:
        events = session.exec(
            select(AuditEvent).where(col(AuditEvent.action).in_(["held.accepted", "held.rejected"]))
        ).all()
    return {str(e.row_id): (e.action, e.actor_id) for e in events}


def test_the_same_held_record_decided_by_two_clerks_at_once_is_decided_once(
    office: Office, central: str, tmp_path: Path
) -> None:
    [(firm_id, held_id), *_] = sorted(office.held.items())
    wang, li = _pc(office, tmp_path, WANG), _pc(office, tmp_path, LI)
    answers = _decide_at_once(central, [(wang, "accept", held_id), (li, "reject", held_id)])
    assert sorted(bool(a["decided"]) for a in answers) == [False, True]
    winner = WANG if answers[0]["decided"] else LI
    loser = answers[1] if winner == WANG else answers[0]
    said = f"已经处理过（{winner}已{'接受' if winner == WANG else '拒绝'}）"
    assert said in str(loser["message"])
    store = open_store(DataDir(wang), central)
    try:
        action = "held.accepted" if winner == WANG else "held.rejected"
        assert _decisions(store) == {firm_id: (action, office.identities[winner])}
        with store.reading() as session:
            firm = session.get(Firm, firm_id)
            assert firm is not None
            assert (firm.name.startswith(RENAMED)) == (winner == WANG)
        assert verify_audit(store).intact
    finally:
        store.close()


def test_different_held_records_decided_at_once_both_apply_each_under_its_clerk(
    office: Office, central: str, tmp_path: Path
) -> None:
    [(accepted, first), (rejected, second)] = sorted(office.held.items())
    wang, li = _pc(office, tmp_path, WANG), _pc(office, tmp_path, LI)
    answers = _decide_at_once(central, [(wang, "accept", first), (li, "reject", second)])
    assert answers == [{"decided": True}, {"decided": True}]
    store = open_store(DataDir(li), central)
    try:
        assert _decisions(store) == {
            accepted: ("held.accepted", office.identities[WANG]),
            rejected: ("held.rejected", office.identities[LI]),
        }
        with store.reading() as session:
            kept, refused = session.get(Firm, accepted), session.get(Firm, rejected)
            assert kept is not None and kept.name.startswith(RENAMED)
            assert refused is not None and not refused.name.startswith(RENAMED)
            pending = session.exec(select(HeldRecord).where(HeldRecord.decision == "pending")).all()
        assert pending == []
        assert verify_audit(store).intact
    finally:
        store.close()
