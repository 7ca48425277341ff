"""The `hexie` command's contract: exit statuses, one-line messages, data folder, JSON output."""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hexie_desktop import __version__
from hexie_desktop.cli import main as cli_main
from hexie_desktop.cli.main import main
from hexie_desktop.paths import ENV_DATA_DIR

ROOT = Path(__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as stop:
        status = int(stop.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--version")
    assert status == 0
    assert out.strip() == f"hexie {__version__}"


def test_version_in_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, ENV_DATA_DIR: str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "hexie_desktop", "--version"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"hexie {__version__}"
    assert "Traceback" not in done.stderr
    assert "PySide6" not in done.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ("no-such-command",),
        ("init",),
        ("init", "--role", "boss", "--name", "某"),
        ("db",),
        ("--bogus",),
    ],
    ids=["unknown command", "missing options", "bad choice", "missing action", "unknown option"],
)
def test_usage_errors_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert "Traceback" not in err
    assert "用法错误" in err.splitlines()[-1]


def test_init_twice(capsys: pytest.CaptureFixture[str], _isolated_data_dir: Path) -> None:
    status, out, err = run(capsys, "init", "--role", "clerk", "--name", "王文员")
    assert status == 0, err
    assert "已创建本机身份：王文员（工作人员）" in out
    assert (_isolated_data_dir / "hexie.sqlite3").is_file()

    status, out, err = run(capsys, "init", "--role", "inspector", "--name", "李考评")
    assert status == 2
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("hexie: 本机身份已经存在")
    assert "Traceback" not in err


def test_data_dir_option_wins_over_the_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, _isolated_data_dir: Path
) -> None:
    chosen = tmp_path / "chosen"
    status, _, err = run(
        capsys, "--data-dir", str(chosen), "init", "--role", "clerk", "--name", "王"
    )
    assert status == 0, err
    assert (chosen / "hexie.sqlite3").is_file()
    assert (chosen / "logs" / "hexie.log").is_file()
    assert not (_isolated_data_dir / "hexie.sqlite3").exists()


def test_the_environment_variable_is_honoured(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "from-env"
    monkeypatch.setenv(ENV_DATA_DIR, str(folder))
    status, _, err = run(capsys, "init", "--role", "clerk", "--name", "王")
    assert status == 0, err
    assert (folder / "hexie.sqlite3").is_file()


def _initialise(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "init", "--role", "clerk", "--name", "王")
    assert status == 0, err


def test_db_check_json_is_one_document(capsys: pytest.CaptureFixture[str]) -> None:
    _initialise(capsys)
    status, out, err = run(capsys, "db", "check", "--json")
    assert status == 0, err
    document = json.loads(out)
    assert document["healthy"] is True
    assert document["integrity"] == "ok"
    assert document["audit_broken_at"] is None
    assert isinstance(document["row_counts"], dict)


def test_db_check_plain(capsys: pytest.CaptureFixture[str]) -> None:
    _initialise(capsys)
    status, out, _ = run(capsys, "db", "check")
    assert status == 0
    assert "结论：健康" in out


CONTRACT_COMMANDS = (
    "gui",
    "init",
    "demo",
    "import",
    "evaluate",
    "scores",
    "lists",
    "keys",
    "bundle",
    "report",
    "audit",
    "db",
)


def test_every_command_of_the_contract_is_there() -> None:
    parser = cli_main.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(CONTRACT_COMMANDS) <= set(commands.choices)


def test_an_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "frobnicate")
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "frobnicate" in err


def test_a_command_loads_only_its_own_module() -> None:
    code = (
        "import sys; from hexie_desktop.cli.main import build_parser; build_parser('evaluate'); "
        "print(sorted(m for m in sys.modules if m.startswith('hexie_desktop.cli.cmd_')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['hexie_desktop.cli.cmd_evaluate']"


def test_an_internal_error_is_logged_not_shown(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, _isolated_data_dir: Path
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("a bug")

    _initialise(capsys)
    monkeypatch.setattr("hexie_desktop.cli.cmd_db.check_database", broken)
    status, out, err = run(capsys, "db", "check")
    assert status == 1
    assert "Traceback" not in err
    assert "内部错误" in err
    log = (_isolated_data_dir / "logs" / "hexie.log").read_text(encoding="utf-8")
    assert "RuntimeError: a bug" in log


def test_an_environment_error_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device", "/media/stick/b.sqlite3")

    monkeypatch.setattr("hexie_desktop.cli.cmd_db.backup_database", full_disk)
    assert run(capsys, "init", "--role", "clerk", "--name", "王文员")[0] == 0
    status, _, err = run(capsys, "db", "backup", "/media/stick/b.sqlite3")
    assert status == 2
    assert len(err.splitlines()) == 1
    assert "磁盘空间已满（/media/stick/b.sqlite3）" in err
    assert "释放" in err
    assert "Traceback" not in err
