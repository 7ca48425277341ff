"""Keeping the database healthy: check, online backup, restore, and the tamper-evident audit trail."""

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlmodel import SQLModel

from hexie_desktop.cli.main import main
from hexie_desktop.domain.errors import UserError
from hexie_desktop.paths import DataDir
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.maintenance import backup_database, check_database, restore_database
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity
from hexie_desktop.storage.audit import append_event, first_broken_link
from hexie_desktop.storage.tables import District


def digest(store: Store) -> str:
    """Every row of every table, the schema version and the integrity verdict."""
    hasher = hashlib.sha256()
    with store.reading() as session:
        for name, table in sorted(SQLModel.metadata.tables.items()):
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).all()
            hasher.update(repr((name, [tuple(r) for r in rows])).encode())
        for pragma in ("integrity_check",):
            hasher.update(repr(session.execute(text(f"PRAGMA {pragma}")).all()).encode())
        hasher.update(repr(session.execute(text("SELECT * FROM alembic_version")).all()).encode())
    return hasher.hexdigest()


def add_districts(store: Store, *names: str) -> None:
    with store.transaction() as session, authoring(session) as author:
        for name in names:
            session.add(District(code=name[:12], name=name, **author.stamp()))
            session.flush()
            append_event(
                session, actor_id=author.installation_id, action="district.added", row_id=name
            )


def district_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM district ORDER BY name")]
    finally:
        conn.close()


def test_a_fresh_database_is_healthy(store: Store) -> None:
    report = check_database(store)
    assert report.healthy
    assert report.integrity == "ok"
    assert report.foreign_key_violations == 0
    assert report.schema_current
    assert report.audit_broken_at is None
    assert set(report.row_counts) == set(SQLModel.metadata.tables)


def test_backup_while_another_connection_is_writing(clerk_store: Store, data_dir: DataDir) -> None:
    add_districts(clerk_store, "西湖区")
    writer = sqlite3.connect(data_dir.database, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO district (id, author_id, hlc, deleted, code, name) "
            "VALUES ('uncommitted', 'x', 1, 0, 'U1', '未提交区')"
        )
        written = backup_database(clerk_store, data_dir.root / "copies" / "b.sqlite3")
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert written.is_file()
    assert district_names(written) == ["西湖区"], "a backup holds committed data only"
    assert not written.with_name(written.name + ".partial").exists()
    assert district_names(data_dir.database) == ["未提交区", "西湖区"]


def test_backup_into_a_folder_gets_a_timestamped_name(clerk_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    written = backup_database(clerk_store, folder)
    assert written.parent == folder
    assert written.name.startswith("hexie-backup-")


def test_restore_round_trip(clerk_store: Store, data_dir: DataDir, tmp_path: Path) -> None:
    add_districts(clerk_store, "西湖区")
    at_backup = digest(clerk_store)
    backup = backup_database(clerk_store, tmp_path / "backup.sqlite3")
    add_districts(clerk_store, "滨江区", "上城区")
    replaced = digest(clerk_store)
    assert replaced != at_backup

    safety = restore_database(clerk_store, backup)

    assert digest(clerk_store) == at_backup
    assert safety.is_file() and safety.parent == data_dir.backups
    assert district_names(safety) == ["上城区", "滨江区", "西湖区"]
    assert check_database(clerk_store).healthy
    add_districts(clerk_store, "拱墅区")
    assert "拱墅区" in district_names(data_dir.database)


def _refused(store: Store, source: Path, pattern: str) -> None:
    before = digest(store)
    backups_before = set(store.data_dir.backups.iterdir())
    with pytest.raises(UserError, match=pattern):
        restore_database(store, source)
    assert digest(store) == before
    assert set(store.data_dir.backups.iterdir()) == backups_before


def test_restore_from_a_missing_file(clerk_store: Store, tmp_path: Path) -> None:
    _refused(clerk_store, tmp_path / "nope.sqlite3", "不存在")


def test_restore_from_a_file_that_is_not_a_database(clerk_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("这不是数据库" * 1000, encoding="utf-8")
    _refused(clerk_store, path, "数据库未作修改")


def test_restore_from_a_sqlite_file_of_another_program(clerk_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _refused(clerk_store, path, "不是和谐桌面的数据库备份")


def test_restore_from_a_corrupt_backup(clerk_store: Store, tmp_path: Path) -> None:
    add_districts(clerk_store, *(f"区{i:03d}" for i in range(200)))
    backup = backup_database(clerk_store, tmp_path / "backup.sqlite3")
    data = bytearray(backup.read_bytes())
    page = 4096
    data[2 * page : len(data) - page] = b"\xa5" * (len(data) - 3 * page)
    backup.write_bytes(bytes(data))
    _refused(clerk_store, backup, "数据库未作修改|已损坏")


def test_restore_from_a_newer_version_is_refused(clerk_store: Store, tmp_path: Path) -> None:
    backup = backup_database(clerk_store, tmp_path / "backup.sqlite3")
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    _refused(clerk_store, backup, "更新版本")


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()


def test_an_edited_audit_row_is_found(
    clerk_store: Store, data_dir: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    add_districts(clerk_store, "甲", "乙", "丙", "丁")
    with clerk_store.reading() as session:
        assert first_broken_link(session) is None
    assert main(["audit", "verify"]) == 0
    capsys.readouterr()

    _tamper(data_dir.database, "UPDATE auditevent SET row_id = '戊' WHERE seq = 3")

    with clerk_store.reading() as session:
        assert first_broken_link(session) == 3
    assert not check_database(clerk_store).healthy
    status = main(["audit", "verify"])
    err = capsys.readouterr().err
    assert status != 0
    assert "第 3 条" in err
    assert "Traceback" not in err
    assert main(["db", "check"]) != 0


def test_an_edit_that_recomputes_its_own_hash_breaks_the_next_link(
    clerk_store: Store, data_dir: DataDir
) -> None:
    add_districts(clerk_store, "甲", "乙", "丙")
    _tamper(data_dir.database, "UPDATE auditevent SET hash = printf('%064d', 0) WHERE seq = 2")
    with clerk_store.reading() as session:
        assert first_broken_link(session) == 2


def test_a_deleted_middle_row_is_found(
    clerk_store: Store, data_dir: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    add_districts(clerk_store, "甲", "乙", "丙", "丁")
    _tamper(data_dir.database, "DELETE FROM auditevent WHERE seq = 3")
    with clerk_store.reading() as session:
        assert first_broken_link(session) == 4
    assert main(["audit", "verify"]) != 0
    assert "第 4 条" in capsys.readouterr().err


def test_reordered_rows_are_found(clerk_store: Store, data_dir: DataDir) -> None:
    add_districts(clerk_store, "甲", "乙", "丙")
    _tamper(
        data_dir.database,
        "UPDATE auditevent SET seq = 100 WHERE seq = 2;"
        "UPDATE auditevent SET seq = 2 WHERE seq = 3;"
        "UPDATE auditevent SET seq = 3 WHERE seq = 100;",
    )
    with clerk_store.reading() as session:
        assert first_broken_link(session) == 2


@pytest.mark.parametrize("folder", ["C# 项目", "100%完成", "问?号"])
def test_folder_names_with_uri_characters(tmp_path: Path, folder: str) -> None:
    """ "#", "%" and "?" in a folder name once made backups copy an empty, different database."""
    data_dir = DataDir(tmp_path / folder / "data")
    store = open_store(data_dir)
    try:
        init_identity(store, "clerk", "王文员")
        add_districts(store, "西湖区")
        assert data_dir.database.is_file()
        backup = backup_database(store, tmp_path / folder / "backup.sqlite3")
        assert district_names(backup) == ["西湖区"]
        add_districts(store, "滨江区")
        restore_database(store, backup)
        assert district_names(data_dir.database) == ["西湖区"]
    finally:
        store.close()
    assert sorted(p.name for p in (tmp_path / folder).iterdir()) == ["backup.sqlite3", "data"]
