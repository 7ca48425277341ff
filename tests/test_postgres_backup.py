"""`hexie db backup|restore` on a PostgreSQL central store, through `pg_dump`/`pg_restore`:
the backup is checked before it is kept, a restore is tried in a scratch database and checked
before it replaces anything, and the store as it was is backed up first."""

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from hexie_desktop.cli.main import main
from hexie_desktop.paths import DataDir
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity
from hexie_desktop.storage.engine import make_engine
from hexie_desktop.storage.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    upgrade_database,
)
from hexie_desktop.storage.server_backup import list_archive
from hexie_desktop.storage.tables import District
from tests.pg_server import running_server, server_binaries
from tests.sync_world import seed_master, table_rows

pytestmark = pytest.mark.skipif(server_binaries() is None, reason="no PostgreSQL server binaries")

# The revision before this version's: a store the previous release left.
PREVIOUS = str(
    ScriptDirectory.from_config(alembic_config()).get_revision(head_revision()).down_revision
)


@pytest.fixture
def central(tmp_path: Path) -> Iterator[tuple[Store, list[str]]]:
    with running_server() as url:
        store = open_store(DataDir(tmp_path / "clerk"), url)
        try:
            init_identity(store, "clerk", "王文员")
            seed_master(store)
            yield store, ["--data-dir", str(store.data_dir.root), "--db", url]
        finally:
            store.close()


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _databases(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return sorted(conn.execute(text("SELECT datname FROM pg_database")).scalars())


def test_a_server_backup_restores_the_store_as_it_was(
    central: tuple[Store, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, clerk = central
    folder = tmp_path / "备份"
    folder.mkdir()
    status, out, err = _cli(capsys, *clerk, "db", "backup", str(folder))
    assert status == 0, err
    [backup] = folder.iterdir()
    assert backup.suffix == ".dump" and "已校验" in out
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    before = table_rows(store)

    with store.transaction() as session, authoring(session) as author:
        # A morning's work that the restore must undo.
        session.add(District(code="110102", name="西城区", **author.stamp()))
    assert table_rows(store) != before
    databases = _databases(store)
    status, out, err = _cli(capsys, *clerk, "db", "restore", str(backup))
    assert status == 0, err
    assert "原数据库已另存为" in out
    assert table_rows(store) == before
    assert _databases(store) == databases  # the scratch database is gone
    assert list(store.data_dir.backups.glob("hexie-before-restore-*.dump"))
    status, out, err = _cli(capsys, *clerk, "db", "check")
    assert status == 0, out + err
    assert _cli(capsys, *clerk, "audit", "verify")[0] == 0


def test_a_file_that_is_not_a_server_backup_changes_nothing(
    central: tuple[Store, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, clerk = central
    before = table_rows(store)
    bogus = tmp_path / "周一.dump"
    bogus.write_bytes(b"PGDMP" + b"\x00" * 200)
    status, _, err = _cli(capsys, *clerk, "db", "restore", str(bogus))
    assert status == 2
    assert err.count("\n") == 1 and "不是完整的服务器数据库备份" in err
    assert table_rows(store) == before


def test_a_backup_with_a_broken_audit_chain_is_refused_before_it_replaces_anything(
    central: tuple[Store, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, clerk = central
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE auditevent SET action = 'edited' WHERE seq = 1"))
    tampered = tmp_path / "tampered.dump"
    assert _cli(capsys, *clerk, "db", "backup", str(tampered))[0] == 0
    before = table_rows(store)
    status, _, err = _cli(capsys, *clerk, "db", "restore", str(tampered))
    assert status == 2
    assert "审计链在第 1 条断开" in err
    assert table_rows(store) == before


def test_without_the_server_tools_the_clerk_is_told_what_to_install(
    central: tuple[Store, list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, clerk = central
    with monkeypatch.context() as patched:
        patched.setenv("PATH", str(tmp_path / "empty"))
        patched.setattr("hexie_desktop.storage.server_backup._TOOL_FOLDERS", ())
        status, _, err = _cli(capsys, *clerk, "db", "backup", str(tmp_path / "x.dump"))
    assert status == 2
    assert "找不到 PostgreSQL 的 pg_dump 工具" in err and err.count("\n") == 1
    assert not (tmp_path / "x.dump").exists()


def test_a_schema_upgrade_on_a_server_is_backed_up_first_or_not_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first start of a new version upgrades the central store for every clerk: a verified
    pg_dump archive goes into backups/ first; without the tools, the upgrade waits for them."""
    with running_server() as url:
        engine = make_engine(url)
        try:
            upgrade_database(engine, None, target=PREVIOUS)
        finally:
            engine.dispose()
        folder = DataDir(tmp_path / "owner")
        with monkeypatch.context() as patched:
            patched.setenv("PATH", str(tmp_path / "empty"))
            patched.setattr("hexie_desktop.storage.server_backup._TOOL_FOLDERS", ())
            status, _, err = _cli(
                capsys, "--data-dir", str(folder.root), "--db", url, "db", "check"
            )
        assert status == 2 and "找不到 PostgreSQL 的 pg_dump 工具" in err
        engine = make_engine(url)
        try:
            assert current_revision(engine) == PREVIOUS, "no upgrade without its backup"
        finally:
            engine.dispose()
        store = open_store(folder, url)
        try:
            assert store.migration is not None and store.migration.backup is not None
            backup = store.migration.backup
            assert current_revision(store.engine) == head_revision()
        finally:
            store.close()
        assert backup.parent == folder.backups and backup.name.endswith(".dump")
        assert f"before-{head_revision()[:12]}" in backup.name
        assert "TABLE DATA public firm" in list_archive(backup)
