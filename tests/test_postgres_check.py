"""`hexie db check` on a PostgreSQL server checks the rows for real: broken CHECK rules and
references to rows that do not exist are counted, as SQLite's own checks do on a laptop."""

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from hexie_desktop.cli.main import main
from hexie_desktop.paths import DataDir
from hexie_desktop.services.maintenance import check_database
from hexie_desktop.services.store import open_store
from hexie_desktop.services.trust.identity import init_identity
from tests.pg_server import running_server, server_binaries
from tests.sync_world import seed_master

pytestmark = pytest.mark.skipif(server_binaries() is None, reason="no PostgreSQL server binaries")


def test_db_check_on_postgres_finds_broken_rules_and_orphans(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with running_server() as url:
        store = open_store(DataDir(tmp_path / "pg"), url)
        try:
            init_identity(store, "clerk", "王文员")
            seed_master(store)
            assert check_database(store).healthy
            with store.engine.begin() as conn:
                # What a restore with triggers disabled, or a hand edit, leaves behind.
                conn.execute(text("SET session_replication_role = replica"))
                conn.execute(
                    text(
                        "UPDATE contract SET firm_id = 'no-such-firm' "
                        "WHERE id = (SELECT min(id) FROM contract)"
                    )
                )
                rule = conn.execute(
                    text(
                        "SELECT conname FROM pg_constraint WHERE conname LIKE '%credit_code_length'"
                    )
                ).scalar_one()
                conn.execute(text(f'ALTER TABLE firm DROP CONSTRAINT "{rule}"'))
                conn.execute(
                    text(
                        "UPDATE firm SET credit_code = 'short' WHERE id = (SELECT min(id) FROM firm)"
                    )
                )
            report = check_database(store)
        finally:
            store.close()
        assert not report.healthy
        assert report.foreign_key_violations == 1
        assert "firm." in report.integrity and "1 行违反检查约束" in report.integrity
        status = main(["--data-dir", str(tmp_path / "pg"), "--db", url, "db", "check"])
        out = capsys.readouterr().out
    assert status != 0
    assert "外键违例：1" in out
    assert "完整性：ok" not in out


def test_db_check_and_audit_verify_on_postgres_say_the_rows_are_not_under_the_digest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a server the audit chain and the checkpoints are verified, but the chain's digests do
    not cover the rows there: both commands say so, instead of claiming the data agrees."""
    with running_server() as url:
        argv = ["--data-dir", str(tmp_path / "pg"), "--db", url]
        store = open_store(DataDir(tmp_path / "pg"), url)
        try:
            init_identity(store, "clerk", "王文员")
            seed_master(store)
        finally:
            store.close()
        assert main([*argv, "db", "check"]) == 0
        checked = capsys.readouterr().out
        assert main([*argv, "audit", "verify"]) == 0
        verified = capsys.readouterr().out
        assert main([*argv, "db", "check", "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
    assert "审计链：完好（与签名检查点一致）" in checked
    assert "与数据" not in checked and "数据与审计链一致" not in verified
    for said in (checked, verified):
        assert "数据摘要：服务器数据库不在审计链的数据摘要覆盖之内" in said
    assert report["healthy"] is True and report["audit_covers_data"] is False


def test_db_check_on_sqlite_says_the_rows_agree_with_the_chain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(tmp_path / "laptop")]
    assert main([*argv, "init", "--role", "clerk", "--name", "王文员"]) == 0
    capsys.readouterr()
    assert main([*argv, "db", "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["audit_covers_data"] is True
    assert main([*argv, "db", "check"]) == 0
    out = capsys.readouterr().out
    assert "完好（与数据和签名检查点一致）" in out and "数据摘要" not in out
