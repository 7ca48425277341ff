"""The command line's rough edges, each as exit status, stream and message."""

import argparse
import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from hexie_desktop.cli import data_folder
from hexie_desktop.cli.chinese_argparse import chinese_error
from hexie_desktop.cli.main import build_parser, main
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import open_store
from tests.sync_world import QUARTER, Master, field_work, seed_master

# argparse's own English, none of which may reach a person.
ARGPARSE_ENGLISH = re.compile(
    r"usage:|positional arguments|options:|show this help|show program's|required:|"
    r"invalid choice|expected one argument|unrecognized arguments|--[a-z-]+ [A-Z][A-Z_]+\b"
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as stop:
        status = int(stop.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def laptops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> Iterator[tuple[list[str], list[str], Master]]:
    """A clerk with master data and an enrolled inspector who has merged it and done field work."""
    clerk = ["--data-dir", str(tmp_path / "clerk")]
    inspector = ["--data-dir", str(tmp_path / "inspector")]
    assert _run(capsys, *clerk, "init", "--role", "clerk", "--name", "王文员")[0] == 0
    assert _run(capsys, *inspector, "init", "--role", "inspector", "--name", "李考评")[0] == 0
    store = open_store(DataDir(tmp_path / "clerk"))
    master = seed_master(store)
    store.close()
    _run(capsys, *inspector, "keys", "export", "--out", str(tmp_path / "card.json"))
    assert _run(capsys, *clerk, "keys", "enrol", str(tmp_path / "card.json"))[0] == 0
    usb = tmp_path / "usb"
    assert _run(capsys, *clerk, "bundle", "export", "--master", "--out", str(usb))[0] == 0
    assert _run(capsys, *inspector, "bundle", "merge", str(usb))[0] == 0
    store = open_store(DataDir(tmp_path / "inspector"))
    field_work(store, master)
    store.close()
    yield clerk, inspector, master


# --- help and usage --------------------------------------------------------------------------


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_commands_help_is_chinese() -> None:
    parsers = list(_parsers(build_parser()))
    assert len(parsers) > 30
    for parser in parsers:
        text = parser.format_help()
        assert text.startswith("用法："), parser.prog
        assert "显示本帮助并退出" in text
        found = ARGPARSE_ENGLISH.findall(text.replace("--db URL", ""))
        assert not found, (parser.prog, found)


def test_help_documents_every_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "--help")
    assert status == 0
    for line in (
        "0  成功",
        "2  用法或输入有误",
        "3  有数据包被拒绝",
        "4  报告核验码不符",
        "其他非零值",
    ):
        assert line in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["bundle"], "缺少必需的参数：操作"),
        (["evaluate", "--quarter"], "--quarter 后面需要一个值"),
        (["frob"], "'frob' 无效，可选："),
        (["init", "--role", "boss", "--name", "x"], "--role 的取值 'boss' 无效"),
        (["demo", "--firms", "many"], "--firms 的值 'many' 格式不正确"),
        (["scores", "--quarter", "2026Q1", "--colour"], "无法识别的参数：--colour"),
    ],
)
def test_usage_errors_are_one_chinese_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    status, out, err = _run(capsys, *argv)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and words in err and "--help" in err
    assert not re.search(r"\b(error|argument|usage|invalid)\b", err)


def test_an_unknown_argparse_message_passes_unchanged() -> None:
    assert chinese_error("something new") == "something new"


# --- the data folder -------------------------------------------------------------------------


def test_a_file_as_data_dir_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("x")
    for argv in (["scores", "--quarter", "2026Q1"], ["init", "--role", "clerk", "--name", "王"]):
        status, out, err = _run(capsys, "--data-dir", str(plain / "sub"), *argv)
        assert (status, out) == (2, "")
        assert err == (
            f"hexie: 数据目录 {plain / 'sub'} 无法使用：{plain} 是一个文件，不是文件夹。"
            "请用 --data-dir 指向一个文件夹。\n"
        )
    assert plain.read_text() == "x"


def test_a_read_only_data_dir_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    if os.geteuid() == 0:
        # An administrator writes through permission bits: a read-only mount is the real case.
        monkeypatch.setattr(data_folder, "folder_writable", lambda folder: folder != stick)
    else:
        stick.chmod(0o555)
    status, out, err = _run(
        capsys, "--data-dir", str(stick), "init", "--role", "clerk", "--name", "王"
    )
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and f"{stick} 是只读的" in err and "--data-dir" in err
    assert list(stick.iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["scores", "--quarter", "2026Q1"],
        ["lists", "--quarter", "2026Q1"],
        ["db", "check"],
        ["keys", "list"],
        ["report", "quarterly", "--quarter", "2026Q1", "--out", "q.pdf"],
        ["audit", "verify"],
    ],
)
def test_reading_commands_on_a_folder_without_a_database_say_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    typo = tmp_path / "hexie-dta"
    status, out, err = _run(capsys, "--data-dir", str(typo), *argv)
    assert (status, out) == (2, "")
    assert err == (
        f"hexie: 该数据目录中没有数据库：{typo / 'hexie.sqlite3'}，"
        "请检查 --data-dir 或先运行 hexie init。\n"
    )
    assert not typo.exists()


# --- bundles ---------------------------------------------------------------------------------


def test_a_refusal_reason_goes_to_stderr_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, laptops: tuple[list[str], list[str], Master]
) -> None:
    clerk, inspector, _ = laptops
    outbox = tmp_path / "outbox"
    assert _run(capsys, *inspector, "bundle", "export", "--out", str(outbox))[0] == 0
    [exported] = outbox.iterdir()
    exported.write_bytes(exported.read_bytes()[:-100])
    for extra in ([], ["--json"]):
        status, out, err = _run(capsys, *clerk, "bundle", "merge", str(outbox), *extra)
        assert status == 3
        line = f"hexie: {exported.name} 被拒绝：数据包被拒绝（文件损坏或不完整）"
        assert err.startswith(line) and err.count("\n") == 1
        if extra:
            assert json.loads(out)["bundles"][0]["status"] == "refused"
        else:
            assert out.startswith(f"{exported.name}：已拒绝。数据包被拒绝（文件损坏或不完整）")


def test_the_clerks_own_bundles_in_a_merged_folder_are_skipped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, laptops: tuple[list[str], list[str], Master]
) -> None:
    clerk, inspector, _ = laptops
    usb = tmp_path / "usb"  # holds the clerk's master bundle already
    assert _run(capsys, *inspector, "bundle", "export", "--out", str(usb))[0] == 0
    status, out, err = _run(capsys, *clerk, "bundle", "merge", str(usb))
    assert status == 0, err
    skipped = [line for line in out.splitlines() if "已跳过" in line]
    assert len(skipped) == 1 and skipped[0].startswith("王文员-")
    assert skipped[0].endswith("：已跳过。本机自己导出的数据包，已跳过。")
    assert any(line.startswith("李考评-") and "已合并" in line for line in out.splitlines())
    status, out, _ = _run(capsys, *clerk, "bundle", "merge", str(usb), "--json")
    assert sorted(b["status"] for b in json.loads(out)["bundles"]) == ["duplicate", "skipped"]


def test_upper_case_suffixes_are_bundles_when_merging_a_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, laptops: tuple[list[str], list[str], Master]
) -> None:
    clerk, inspector, _ = laptops
    outbox = tmp_path / "outbox"
    assert _run(capsys, *inspector, "bundle", "export", "--out", str(outbox))[0] == 0
    [exported] = outbox.iterdir()
    shouting = exported.rename(outbox / "FROM-THE-STICK.HEXIE")
    status, out, err = _run(capsys, *clerk, "bundle", "merge", str(outbox))
    assert status == 0, err
    assert out.startswith(f"{shouting.name}：已合并")


def test_export_out_never_writes_a_bundle_without_its_suffix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, laptops: tuple[list[str], list[str], Master]
) -> None:
    _, inspector, master = laptops
    usb = tmp_path / "new-stick"
    status, out, err = _run(capsys, *inspector, "bundle", "export", "--out", str(usb))
    assert status == 0, err
    [written] = usb.iterdir()
    assert written.suffix == ".hexie"
    # Named after the quarter of the work it carries, not today's quarter.
    assert written.name.startswith(f"李考评-{QUARTER}-")
    assert f"已导出第 1 号数据包：{written}" in out

    store = open_store(DataDir(Path(inspector[1])))
    field_work(store, master, compound=1)
    store.close()
    for target, words in (
        (tmp_path / "bundle.zip", "数据包文件名须以 .hexie 结尾"),
        (written, "文件已存在"),
        (tmp_path / "card.json", "不是数据包（.hexie）"),
    ):
        before = target.read_bytes() if target.exists() else None
        status, out, err = _run(capsys, *inspector, "bundle", "export", "--out", str(target))
        assert (status, out) == (2, "") and words in err, err
        assert err.count("\n") == 2  # the unplug notice, then the refusal
        assert (target.read_bytes() if target.exists() else None) == before
    named = tmp_path / "李考评第二包.HEXIE"
    assert _run(capsys, *inspector, "bundle", "export", "--out", str(named))[0] == 0
    assert named.is_file()


def test_the_unplug_warning_comes_while_writing_and_the_all_clear_after(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, laptops: tuple[list[str], list[str], Master]
) -> None:
    _, inspector, _ = laptops
    usb = tmp_path / "outbox"
    status, out, err = _run(capsys, *inspector, "bundle", "export", "--out", str(usb))
    assert status == 0
    lines = err.splitlines()
    assert lines[0] == f"正在写入 {usb}，请勿拔出 U 盘……"
    assert lines[-1] == "写入完成并已读回校验，可以拔出 U 盘。"
    assert "拔出" not in out


# --- documents -------------------------------------------------------------------------------


def test_pdfs_get_document_permissions_and_keys_stay_private(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = ["--data-dir", str(tmp_path / "d")]
    assert _run(capsys, *folder, "init", "--role", "clerk", "--name", "王")[0] == 0
    assert (
        _run(capsys, *folder, "demo", "--firms", "6", "--compounds", "12", "--quarters", "2026Q1")[
            0
        ]
        == 0
    )
    assert _run(capsys, *folder, "evaluate", "--quarter", "2026Q1")[0] == 0
    previous = os.umask(0o022)
    try:
        pdf = tmp_path / "季度考评报告.pdf"
        status, _, err = _run(
            capsys, *folder, "report", "quarterly", "--quarter", "2026Q1", "--out", str(pdf)
        )
        assert status == 0, err
    finally:
        os.umask(previous)
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o644
    keys = [p for p in (tmp_path / "d" / "keys").iterdir() if p.is_file()]
    assert keys and all(stat.S_IMODE(k.stat().st_mode) == 0o600 for k in keys)
