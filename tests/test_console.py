"""The command line prints Chinese without ever failing on a character: on a Windows console,
redirected on Windows (UTF-8), under a locale whose encoding lacks the character, and without
any console at all. And a log another Windows process holds open is appended to, not lost."""

import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hexie_desktop import logs
from hexie_desktop.cli.console import StreamSetup, configure_stream, stream_setup

ROOT = Path(__file__).resolve().parent.parent
# cp936 (GBK) has the names but not a check mark, nor a character of CJK Extension B.
LINE = "张三的数据包 ✓ 𠀀 已合并\n"


class Redirected(io.TextIOWrapper):
    """A stream as Python opens a redirected stdout: to a file, in the given code page."""

    def __init__(self, encoding: str, *, terminal: bool = False) -> None:
        super().__init__(io.BytesIO(), encoding=encoding)
        self.terminal = terminal

    def isatty(self) -> bool:
        return self.terminal

    def written(self) -> bytes:
        self.flush()
        buffer = self.buffer
        assert isinstance(buffer, io.BytesIO)
        return buffer.getvalue()


def test_the_plan_per_platform() -> None:
    assert stream_setup("win32", is_terminal=False) == StreamSetup("utf-8", "replace")
    assert stream_setup("win32", is_terminal=True) == StreamSetup(None, "replace")
    assert stream_setup("linux", is_terminal=False) == StreamSetup(None, "replace")
    assert stream_setup("linux", is_terminal=True) == StreamSetup(None, "replace")


def test_redirected_on_windows_the_output_is_utf8_whatever_the_code_page() -> None:
    stream = Redirected("cp936")
    assert configure_stream(stream, "win32") is stream
    stream.write(LINE)
    assert stream.written() == LINE.encode("utf-8")


def test_a_console_keeps_its_code_page_and_a_missing_character_becomes_a_mark() -> None:
    stream = Redirected("cp936", terminal=True)
    configure_stream(stream, "win32")
    stream.write(LINE)
    assert stream.written().decode("cp936") == "张三的数据包 ? ? 已合并\n"


def test_elsewhere_the_locale_encoding_is_kept_and_never_fails() -> None:
    stream = Redirected("ascii")
    configure_stream(stream, "linux")
    stream.write(LINE)
    assert stream.written() == b"?????? ? ? ???\n"


def test_a_program_without_a_console_writes_to_the_null_device() -> None:
    stream = configure_stream(None, "win32")
    stream.write(LINE)
    stream.flush()
    assert stream.name == os.devnull
    stream.close()


@pytest.mark.parametrize("encoding", ["ascii", "gbk"])
def test_help_under_an_encoding_without_the_characters_prints_and_succeeds(encoding: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hexie_desktop", "--help"],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": encoding, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in done.stderr
    text = done.stdout.decode(encoding)
    assert "hexie" in text and ("数据目录" in text or "?" in text)


def test_a_log_windows_will_not_rename_is_appended_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler = logs._DataFolderLog(
        tmp_path / "hexie.log", maxBytes=200, backupCount=3, encoding="utf-8"
    )
    handler.platform = "win32"
    real_rename = os.rename

    def held(source: str, target: str) -> None:
        if Path(source).name == "hexie.log":
            raise PermissionError(13, "The process cannot access the file", source)
        real_rename(source, target)

    monkeypatch.setattr(os, "rename", held)
    monkeypatch.setattr(os, "replace", held)
    record = logging.LogRecord("hexie_desktop", logging.INFO, "", 0, "合并完成" * 20, None, None)
    for _ in range(5):
        handler.emit(record)
    handler.close()
    assert not handler.failed
    assert (tmp_path / "hexie.log").read_text(encoding="utf-8").count("合并完成" * 20) == 5
    assert logs.rollover_refusal_expected("win32") and not logs.rollover_refusal_expected("linux")


def test_a_name_the_console_code_page_lacks_is_printed_not_an_internal_error(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hexie_desktop", "--data-dir", str(tmp_path / "d")]
        + ["init", "--role", "clerk", "--name", "张✓𠀀"],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "gbk", "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("gbk", "replace")
    assert "张??" in done.stdout.decode("gbk")
