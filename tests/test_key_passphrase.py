"""The private key sealed with a passphrase: asked once per session; the policy may require it."""

from pathlib import Path

import pytest

from hexie_desktop.cli.main import main
from hexie_desktop.cli.passphrase import NEW_VARIABLE, UNLOCK_VARIABLE
from hexie_desktop.domain.errors import UserError
from hexie_desktop.services.bundles.exchange import export_bundle
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import load_signing_key, private_key_path
from hexie_desktop.services.trust.passphrase import key_is_sealed, protect_key
from hexie_desktop.storage.keyring import WrongPassphraseError
from tests.sync_world import World, field_work, installation_id, make_world
from tests.test_sync_sealed import set_policy

PASSPHRASE = "长城永不倒-2026"


def _run(capsys: pytest.CaptureFixture[str], folder: Path, *argv: str) -> tuple[int, str]:
    status = main(["--data-dir", str(folder), *argv])
    _out, err = capsys.readouterr()
    return status, err


def test_a_sealed_key_is_asked_for_once_per_command_and_a_wrong_one_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "laptop"
    assert _run(capsys, folder, "init", "--role", "inspector", "--name", "李考评")[0] == 0
    key_file = next((folder / "keys").glob("*.pem"))
    plain = key_file.read_bytes()
    monkeypatch.setenv(NEW_VARIABLE, PASSPHRASE)
    assert _run(capsys, folder, "keys", "protect")[0] == 0
    sealed = key_file.read_bytes()
    assert sealed.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----") and sealed != plain
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"

    monkeypatch.setenv(UNLOCK_VARIABLE, "不是这个口令")
    status, err = _run(capsys, folder, "keys", "export", "--out", str(tmp_path / "card.json"))
    assert status == 2 and "私钥口令不正确" in err and "Traceback" not in err
    monkeypatch.setenv(UNLOCK_VARIABLE, PASSPHRASE)
    assert _run(capsys, folder, "keys", "export", "--out", str(tmp_path / "card.json"))[0] == 0
    monkeypatch.delenv(UNLOCK_VARIABLE)
    status, err = _run(capsys, folder, "keys", "export", "--out", str(tmp_path / "again.json"))
    assert status == 2 and "HEXIE_PASSPHRASE" in err


def test_the_session_asks_once_and_keeps_the_key(tmp_path: Path) -> None:
    world = make_world(tmp_path / "world")
    try:
        inspector: Store = world.inspectors[0]
        protect_key(inspector, PASSPHRASE)
        inspector.keys.forget()
        answers = [PASSPHRASE]
        inspector.keys.ask = answers.pop
        field_work(inspector, world.master)
        export_bundle(inspector, tmp_path / "stick")
        export_bundle(inspector, tmp_path / "stick", full=True)
        assert answers == []  # one answer was enough for both exports and every commit
        inspector.keys.forget()
        inspector.keys.ask = lambda: "wrong passphrase"
        with pytest.raises(WrongPassphraseError):
            load_signing_key(inspector, installation_id(inspector))
    finally:
        world.close()


def test_the_policy_can_require_a_passphrase_before_export(tmp_path: Path) -> None:
    world: World = make_world(tmp_path / "world")
    try:
        inspector = world.inspectors[0]
        set_policy(inspector, encryption="optional", master_data="public", private_key="passphrase")
        field_work(inspector, world.master)
        with pytest.raises(UserError, match="考评政策要求私钥设口令保护"):
            export_bundle(inspector, tmp_path / "stick")
        protect_key(inspector, PASSPHRASE)
        assert key_is_sealed(inspector)
        assert export_bundle(inspector, tmp_path / "stick").value.sealed
        with pytest.raises(UserError, match="不能取消口令"):
            protect_key(inspector, None)
        with pytest.raises(UserError, match="至少 8 个字符"):
            protect_key(inspector, "短")
        assert private_key_path(inspector, installation_id(inspector)).is_file()
    finally:
        world.close()
