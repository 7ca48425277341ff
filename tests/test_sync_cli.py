"""`hexie keys` and `hexie bundle` as scripts use them: exit statuses, --json shapes, one-line refusals."""

import json
from pathlib import Path

import pytest

from hexie_desktop.cli.main import main
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import open_store
from tests.sync_world import Master, field_work, seed_master


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _installations(
    capsys: pytest.CaptureFixture[str], clerk_dir: Path, inspector_dir: Path
) -> Master:
    clerk, inspector = ["--data-dir", str(clerk_dir)], ["--data-dir", str(inspector_dir)]
    assert _run(capsys, *clerk, "init", "--role", "clerk", "--name", "王文员")[0] == 0
    assert _run(capsys, *inspector, "init", "--role", "inspector", "--name", "李考评")[0] == 0
    store = open_store(DataDir(clerk_dir))
    master = seed_master(store)
    store.close()
    return master


def test_keys_and_bundles_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clerk_dir, inspector_dir, stick = tmp_path / "clerk", tmp_path / "inspector", tmp_path / "stick"
    stick.mkdir()
    clerk = ["--data-dir", str(clerk_dir)]
    inspector = ["--data-dir", str(inspector_dir)]
    master = _installations(capsys, clerk_dir, inspector_dir)

    assert _run(capsys, *inspector, "keys", "export", "--out", str(stick))[0] == 0
    card = next(stick.glob("*.hexie-key.json"))
    status, out, _ = _run(capsys, *clerk, "keys", "enrol", str(card))
    assert status == 0 and "李考评" in out
    status, out, _ = _run(capsys, *clerk, "keys", "list", "--json")
    listed = json.loads(out)["keys"]
    assert [(k["status"], k["suite"]) for k in listed] == [
        ("own", "ed25519-x25519-chacha20poly1305"),
        ("own", "sm2-sm3-sm4gcm"),
        ("trusted", "ed25519-x25519-chacha20poly1305"),
        ("trusted", "sm2-sm3-sm4gcm"),
    ]

    assert _run(capsys, *clerk, "bundle", "export", "--out", str(stick), "--master")[0] == 0
    master_file = next(stick.glob("*.hexie"))
    status, out, _ = _run(capsys, *inspector, "bundle", "merge", str(master_file), "--json")
    assert status == 0 and json.loads(out)["bundles"][0]["status"] == "applied"

    store = open_store(DataDir(inspector_dir))
    field_work(store, master)
    store.close()
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    status, out, _ = _run(capsys, *inspector, "bundle", "export", "--out", str(outbox), "--json")
    assert status == 0
    exported = Path(json.loads(out)["file"])
    assert exported.name.startswith("李考评-") and exported.suffix == ".hexie"

    assert _run(capsys, *clerk, "bundle", "verify", str(exported))[0] == 0
    status, out, _ = _run(capsys, *clerk, "bundle", "merge", str(outbox), "--dry-run", "--json")
    preview = json.loads(out)["bundles"][0]
    assert status == 0 and preview["dry_run"] and preview["changes"]
    status, out, _ = _run(capsys, *clerk, "bundle", "merge", str(outbox), "--json")
    document = json.loads(out)
    [entry] = document["bundles"]
    assert set(entry) >= {"file", "bundle_id", "status", "reason", "counts"}
    assert entry["status"] == "applied"
    assert set(entry["counts"]) >= {"inserted", "updated", "unchanged", "held"}
    assert entry["counts"]["inserted"] == 11
    status, out, _ = _run(capsys, *clerk, "bundle", "merge", str(exported))
    assert status == 0 and "已合并过" in out

    broken = outbox / "broken.hexie"
    broken.write_bytes(exported.read_bytes()[:-100])
    status, out, err = _run(capsys, *clerk, "bundle", "merge", str(outbox))
    assert status == 3
    assert "数据包被拒绝（文件损坏或不完整）" in out
    assert _run(capsys, *clerk, "bundle", "verify", str(broken))[0] == 3


def test_revoke_by_fingerprint_prefix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clerk = ["--data-dir", str(tmp_path / "clerk")]
    _installations(capsys, tmp_path / "clerk", tmp_path / "inspector")
    _run(
        capsys,
        "--data-dir",
        str(tmp_path / "inspector"),
        "keys",
        "export",
        "--out",
        str(tmp_path / "card.json"),
    )
    assert _run(capsys, *clerk, "keys", "enrol", str(tmp_path / "card.json"))[0] == 0
    keys = json.loads(_run(capsys, *clerk, "keys", "list", "--json")[1])["keys"]
    fingerprint = next(k["fingerprint"] for k in keys if k["status"] == "trusted")
    assert _run(capsys, *clerk, "keys", "revoke", fingerprint[:12], "--reason", "离职")[0] == 0
    status, _, err = _run(capsys, *clerk, "keys", "revoke", fingerprint[:12])
    assert status == 2 and err.count("\n") == 1 and "已于" in err
    status, _, err = _run(capsys, *clerk, "keys", "enrol", str(tmp_path / "card.json"))
    assert status == 2 and "撤销" in err


def test_clerk_export_needs_a_scope(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = ["--data-dir", str(tmp_path / "c")]
    _run(capsys, *folder, "init", "--role", "clerk", "--name", "王文员")
    status, _, err = _run(capsys, *folder, "bundle", "export", "--out", str(tmp_path))
    assert status == 2 and "--master" in err
