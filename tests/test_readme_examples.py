"""Every `hexie` example of the README works as written, in order, on a demo database.

The examples are read from the README itself, so an example that stops working (a renamed
option, a credit code that fails its checksum) fails here. `D` and `/media/usb` stand for a
data folder and a USB stick; a line whose comment starts with `inspector:` runs on the
inspector's laptop, every other line on the clerk's. The printed code `XXXX-XXXX-XXXX` is the
one the quarterly report just printed, as a clerk would copy it from paper.
"""

import re
import shlex
from pathlib import Path

import openpyxl
import pytest

from hexie_desktop.cli.main import main
from hexie_desktop.domain.credit_code import check_character
from hexie_desktop.paths import ENV_DATA_DIR
from tests.log_support import detach_log

README = Path(__file__).resolve().parent.parent / "README.md"
_BLOCK = re.compile(r"```sh\n(.*?)```", re.DOTALL)
_CODE = re.compile(r"核验码：(\S+)")


def readme_commands() -> list[tuple[str, list[str]]]:
    """(laptop, argv) for every `hexie …` line of the README's shell blocks, in order."""
    commands = []
    for block in _BLOCK.findall(README.read_text(encoding="utf-8")):
        for line in block.splitlines():
            command, _, comment = line.partition("#")
            words = shlex.split(command)
            if words[:1] != ["hexie"] or "--db" in words:
                continue
            laptop = "inspector" if comment.strip().startswith("inspector:") else "clerk"
            commands.append((laptop, words[1:]))
    return commands


def _firms_register(path: Path) -> None:
    """The clerk's own register of firms, which `import firms firms.xlsx` reads."""
    first17 = "91440300MA5F00001"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["统一社会信用代码", "企业名称", "法定代表人", "联系电话", "地址", "是否国有"])
    sheet.append(
        [first17 + check_character(first17), "深圳市和景物业服务有限公司", "陈明", "", "", "否"]
    )
    book.save(path)


def _compounds_workbook(path: Path) -> None:
    """A workbook of the clerk's with a 小区 sheet, which `import compounds 名录.xlsx --sheet 小区` reads."""
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "说明"
    notes.append(["本工作簿的小区名录在「小区」工作表"])
    sheet = book.create_sheet("小区")
    sheet.append(["小区名称", "区", "街道", "社区", "户数"])
    sheet.append(["和景花园", "南山区", "粤海街道", "海珠社区", 320])
    book.save(path)


def test_every_readme_example_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    commands = readme_commands()
    assert len(commands) >= 25
    monkeypatch.chdir(tmp_path)
    _firms_register(tmp_path / "firms.xlsx")
    _compounds_workbook(tmp_path / "名录.xlsx")
    usb = tmp_path / "usb"
    folders = {"clerk": tmp_path / "clerk", "inspector": tmp_path / "inspector"}
    printed_code = ""
    for laptop, written in commands:
        stands_for = {
            "D": str(folders[laptop]),
            "/media/usb": str(usb),
            "XXXX-XXXX-XXXX": printed_code,
        }
        argv = [stands_for.get(word, word) for word in written]
        monkeypatch.setenv(ENV_DATA_DIR, str(folders[laptop]))
        detach_log()
        status = main(argv)
        out, err = capsys.readouterr()
        assert status == 0, (laptop, argv, err)
        assert "Traceback" not in err
        if argv[:2] == ["report", "quarterly"]:
            printed_code = _CODE.search(out).group(1)  # type: ignore[union-attr]
        if argv[:2] == ["bundle", "merge"] and laptop == "clerk" and "--json" not in argv:
            assert "本机自己导出的数据包，已跳过" in out
            assert "已合并" in out
    assert printed_code
    assert (tmp_path / "季度考评报告.pdf").stat().st_size > 0
