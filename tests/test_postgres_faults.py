"""The central store's faults: a server that is not there, an address that is wrong, a
connection cut in the middle of a merge. Each is one Chinese line; nothing half-written stays."""

import json
from collections.abc import Iterator
from importlib.metadata import requires
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url, text

from hexie_desktop.cli.main import main
from hexie_desktop.paths import DataDir
from hexie_desktop.services.bundles.exchange import export_bundle
from hexie_desktop.services.maintenance import check_database
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity
from hexie_desktop.sync.merge import Merger
from tests.pg_server import running_server, server_binaries
from tests.sync_world import enrol, field_work, new_store, seed_master, ship_master

needs_server = pytest.mark.skipif(server_binaries() is None, reason="no PostgreSQL server binaries")


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_server_driver_comes_with_the_product() -> None:
    needed = requires("hexie-desktop") or []
    assert any(r.startswith("psycopg[binary]") and "extra" not in r for r in needed)


@pytest.mark.parametrize(
    ("url", "said"),
    [
        (
            "postgresql+psycopg://clerk:s3cret@/hexie?host=/nonexistent&port=5",
            "无法连接数据库服务器",
        ),
        ("postgresql+psycopg2://clerk:s3cret@server/hexie", "缺少连接该数据库所需的驱动"),
        ("postgresql+nosuchdriver://clerk:s3cret@server/hexie", "数据库地址无法识别"),
        ("::not a url s3cret", "数据库地址无法识别"),
    ],
)
def test_a_server_that_cannot_be_reached_is_one_chinese_line_without_the_password(
    url: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _cli(capsys, "--data-dir", str(tmp_path / "d"), "--db", url, "db", "check")
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and said in err
    assert "s3cret" not in err
    assert "内部错误" not in err and "Traceback" not in err


@pytest.fixture
def central(tmp_path: Path) -> Iterator[tuple[Store, str, Path]]:
    """A clerk on a throwaway server, and an inspector's bundle for it to merge."""
    with running_server() as url:
        clerk = open_store(DataDir(tmp_path / "clerk"), url)
        try:
            init_identity(clerk, "clerk", "王文员")
            master = seed_master(clerk)
            inspector = new_store(tmp_path, "inspector", "inspector")
            try:
                enrol(clerk, inspector, tmp_path)
                ship_master(clerk, inspector, tmp_path / "master")
                field_work(inspector, master, compound=0)
                field_work(inspector, master, compound=1)
                (tmp_path / "outbox").mkdir()
                bundle = export_bundle(inspector, tmp_path / "outbox").value.path
            finally:
                inspector.close()
            yield clerk, url, bundle
        finally:
            clerk.close()


def _counts(store: Store) -> tuple[int, ...]:
    with store.reading() as session:
        return tuple(
            session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("inspection", "bundlelog", "auditevent")
        )


@needs_server
def test_a_connection_cut_in_the_middle_of_a_merge_rolls_back_and_the_rerun_applies(
    central: tuple[Store, str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clerk, url, bundle = central
    before = _counts(clerk)
    real = Merger.merge_container

    def cut_after_writing(self: Merger, *args: Any, **kwargs: Any) -> Any:
        outcome = real(self, *args, **kwargs)
        # What a server restart does to every session: it ends them from the server's side.
        self.conn.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
        return outcome

    monkeypatch.setattr(Merger, "merge_container", cut_after_writing)
    argv = ["--data-dir", str(clerk.data_dir.root), "--db", url, "bundle", "merge", str(bundle)]
    status, _, err = _cli(capsys, *argv, "--json")
    assert status == 2, err
    assert err.count("\n") == 1
    assert "与数据库服务器的连接中断" in err and "重新运行" in err
    assert _counts(clerk) == before

    monkeypatch.setattr(Merger, "merge_container", real)
    status, out, err = _cli(capsys, *argv, "--json")
    assert status == 0, err
    assert [b["status"] for b in json.loads(out)["bundles"]] == ["applied"]
    inspections, logged, _ = _counts(clerk)
    assert (inspections, logged) == (before[0] + 2, before[1] + 1)
    assert check_database(clerk).healthy


@needs_server
def test_a_clerk_connects_through_a_libpq_service_file(
    central: tuple[Store, str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The address names a service; host, port, database and user come from libpq's file."""
    clerk, url, _ = central
    where = make_url(url)
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[hexie]\nhost={where.query['host']}\nport={where.query['port']}\n"
        f"dbname={where.database}\nuser={where.username}\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    argv = ["--data-dir", str(clerk.data_dir.root), "--db", "postgresql+psycopg:///?service=hexie"]
    status, out, err = _cli(capsys, *argv, "db", "check")
    assert status == 0, err
    assert "结论：健康" in out
    status, out, err = _cli(capsys, *argv, "db", "backup", str(tmp_path / "周一.dump"))
    assert status == 0, err
