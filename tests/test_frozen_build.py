"""The PyInstaller build starts: commands run and the window opens, on a temporary data folder.

Building takes about a minute, so this runs only where PyInstaller is installed (the development
dependencies install it) and is marked slow.
"""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="no PyInstaller"),
]


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("frozen")
    subprocess.run(
        [
            "pyinstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(ROOT / "build.spec"),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
        env=dict(os.environ, PATH=f"{Path(sys.executable).parent}:{os.environ['PATH']}"),
    )
    return out / "dist" / "hexie" / "hexie"


def _run(app: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(app), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, **env),
        check=False,
    )


def test_frozen_commands_run(frozen_app: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    # Without a system time-zone database, as on Windows: the bundled tzdata knows Asia/Shanghai.
    init = _run(
        frozen_app, "--data-dir", data, "init", "--role", "clerk", "--name", "测试", PYTHONTZPATH=""
    )
    assert init.returncode == 0, init.stderr
    demo = _run(
        frozen_app, "--data-dir", data, "demo", "--firms", "5", "--compounds", "15", "--json"
    )
    assert demo.returncode == 0, demo.stderr
    assert _run(frozen_app, "--data-dir", data, "evaluate", "--quarter", "2026Q1").returncode == 0
    report = _run(
        frozen_app,
        "--data-dir",
        data,
        "report",
        "quarterly",
        "--quarter",
        "2026Q1",
        "--out",
        str(tmp_path / "q.pdf"),
    )
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "q.pdf").stat().st_size > 10_000
    check = _run(frozen_app, "--data-dir", data, "db", "check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_frozen_window_opens(frozen_app: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert (
        _run(
            frozen_app, "--data-dir", data, "init", "--role", "inspector", "--name", "李"
        ).returncode
        == 0
    )
    shown = _run(
        frozen_app, "--data-dir", data, QT_QPA_PLATFORM="offscreen", HEXIE_QUIT_AFTER_SHOW="1"
    )
    assert shown.returncode == 0, shown.stderr
    assert "Traceback" not in shown.stderr
