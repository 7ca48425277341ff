"""A key card's claimed role is never trusted: the clerk binds the role when enrolling.

The attack of issue 11: an inspector edits its key card to `"role": "clerk"`, the clerk enrols
it, and that installation's bundle renames a firm. Here the clerk enrols the card as it would
any other (inspector by default), and every way the inspector can then try to act as a clerk
(claiming the clerk role in its manifest, or staying an inspector and smuggling a firm rename
into an ordinary bundle with sqlite3) is refused or held; the firm keeps its name.
"""

import json
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from hexie_desktop.cli.main import main
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import open_store
from hexie_desktop.storage.tables import AuditEvent
from tests.sync_world import Master, field_work, seed_master


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _firm_names(data_dir: Path) -> set[str]:
    with sqlite3.connect(data_dir / "hexie.sqlite3") as db:
        return {name for (name,) in db.execute("SELECT name FROM firm")}


@pytest.fixture
def bureau(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, Path, Master]:
    """A clerk with master data and an inspector that has its master bundle and an edited card."""
    clerk, inspector, stick = tmp_path / "clerk", tmp_path / "inspector", tmp_path / "stick"
    stick.mkdir()
    assert (
        _run(capsys, "--data-dir", str(clerk), "init", "--role", "clerk", "--name", "王文员")[0]
        == 0
    )
    assert (
        _run(
            capsys, "--data-dir", str(inspector), "init", "--role", "inspector", "--name", "李考评"
        )[0]
        == 0
    )
    store = open_store(DataDir(clerk))
    master = seed_master(store)
    store.close()
    assert (
        _run(capsys, "--data-dir", str(clerk), "bundle", "export", "--master", "--out", str(stick))[
            0
        ]
        == 0
    )
    [master_file] = stick.glob("*.hexie")
    assert _run(capsys, "--data-dir", str(inspector), "bundle", "merge", str(master_file))[0] == 0
    master_file.unlink()
    card = stick / "card.hexie-key.json"
    assert _run(capsys, "--data-dir", str(inspector), "keys", "export", "--out", str(card))[0] == 0
    edited = json.loads(card.read_text(encoding="utf-8"))
    edited["role"] = "clerk"
    card.write_text(json.dumps(edited), encoding="utf-8")
    return clerk, inspector, stick, master


def test_an_edited_card_is_enrolled_as_inspector_and_its_clerk_bundle_refused(
    bureau: tuple[Path, Path, Path, Master], capsys: pytest.CaptureFixture[str]
) -> None:
    clerk, inspector, stick, _master = bureau
    status, out, _ = _run(
        capsys, "--data-dir", str(clerk), "keys", "enrol", str(stick / "card.hexie-key.json")
    )
    assert status == 0
    assert "李考评（考评员" in out and "声称的角色是“工作人员”，未被采信" in out
    status, out, _ = _run(capsys, "--data-dir", str(clerk), "keys", "list", "--json")
    roles = {k["installation_id"]: k["role"] for k in json.loads(out)["keys"]}
    assert sorted(roles.values()) == ["clerk", "inspector"], "one role per installation, both keys"
    assert "登记角色：考评员" in _run(capsys, "--data-dir", str(clerk), "keys", "list")[1]

    # The inspector makes itself a clerk on its own laptop and exports "master data".
    with sqlite3.connect(inspector / "hexie.sqlite3") as db:
        db.execute("UPDATE installation SET role = 'clerk'")
        db.execute("UPDATE firm SET name = '改名物业公司', hlc = hlc + 1000000000")
    outbox = stick / "outbox"
    outbox.mkdir()
    assert (
        _run(
            capsys,
            "--data-dir",
            str(inspector),
            "bundle",
            "export",
            "--master",
            "--out",
            str(outbox),
        )[0]
        == 0
    )
    status, out, err = _run(
        capsys, "--data-dir", str(clerk), "bundle", "merge", str(outbox), "--json"
    )
    assert status == 3
    [entry] = json.loads(out)["bundles"]
    assert entry["status"] == "refused"
    assert "登记的角色是考评员" in entry["reason"]
    assert "改名物业公司" not in _firm_names(clerk)


def test_an_inspector_bundle_renaming_a_firm_is_held(
    bureau: tuple[Path, Path, Path, Master], capsys: pytest.CaptureFixture[str]
) -> None:
    clerk, inspector, stick, master = bureau
    assert (
        _run(capsys, "--data-dir", str(clerk), "keys", "enrol", str(stick / "card.hexie-key.json"))[
            0
        ]
        == 0
    )
    store = open_store(DataDir(inspector))
    field_work(store, master)
    store.close()
    with sqlite3.connect(inspector / "hexie.sqlite3") as db:
        (me,) = db.execute("SELECT id FROM installation").fetchone()
        (clock,) = db.execute("SELECT clock FROM installation").fetchone()
        db.execute(
            "UPDATE firm SET name = '改名物业公司', author_id = ?, hlc = ? WHERE id = ?",
            (me, clock + 1, master.firms[0]),
        )
    outbox = stick / "outbox"
    outbox.mkdir()
    assert (
        _run(capsys, "--data-dir", str(inspector), "bundle", "export", "--out", str(outbox))[0] == 0
    )
    status, out, _ = _run(
        capsys, "--data-dir", str(clerk), "bundle", "merge", str(outbox), "--json"
    )
    assert status == 0
    [entry] = json.loads(out)["bundles"]
    assert entry["status"] == "held" and entry["counts"]["held"] >= 1
    assert "改名物业公司" not in _firm_names(clerk)


def test_a_clerk_key_needs_an_explicit_confirmation_and_is_audited(
    bureau: tuple[Path, Path, Path, Master], capsys: pytest.CaptureFixture[str]
) -> None:
    clerk, _inspector, stick, _master = bureau
    card = str(stick / "card.hexie-key.json")
    status, _, err = _run(
        capsys, "--data-dir", str(clerk), "keys", "enrol", card, "--role", "clerk"
    )
    assert status == 2 and err.count("\n") == 1 and "--confirm-clerk" in err
    status, out, _ = _run(capsys, "--data-dir", str(clerk), "keys", "list", "--json")
    assert len({k["installation_id"] for k in json.loads(out)["keys"]}) == 1
    status, out, _ = _run(
        capsys,
        "--data-dir",
        str(clerk),
        "keys",
        "enrol",
        card,
        "--role",
        "clerk",
        "--confirm-clerk",
    )
    assert status == 0 and "（工作人员" in out
    store = open_store(DataDir(clerk))
    try:
        with store.reading() as session:
            event = session.exec(
                select(AuditEvent).where(AuditEvent.action == "key.enrolled")
            ).one()
            assert event.detail["role"] == "clerk" and event.detail["clerk_confirmed"] is True
            assert event.detail["claimed_role"] == "clerk"
    finally:
        store.close()
