"""Qt's own dialogs speak Chinese: the file dialog's types, sizes and dates."""

import subprocess
import sys
from pathlib import Path

PROBE = r"""
import os, sys
from hexie_desktop.gui.i18n import install_translators, prepare_system_locale
prepare_system_locale("zh_CN")
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView
app = QApplication([])
keep = install_translators(app, "zh_CN")
dialog = QFileDialog(None, "选择", sys.argv[1])
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
dialog.show()
view = dialog.findChild(QTreeView)
model = view.model()
for _ in range(200):
    app.processEvents()
    if model.rowCount(view.rootIndex()) == 2:
        break
rows = [
    [str(model.data(model.index(r, c, view.rootIndex()))) for c in range(4)]
    for r in range(model.rowCount(view.rootIndex()))
]
for row in rows:
    print("|".join(row))
"""


def test_the_file_dialog_shows_chinese_types_sizes_and_dates(tmp_path: Path) -> None:
    (tmp_path / "备份").mkdir()
    (tmp_path / "说明.txt").write_bytes(b"x" * 219)
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    lines = result.stdout.splitlines()
    folder = next(line for line in lines if line.startswith("备份|"))
    document = next(line for line in lines if line.startswith("说明.txt|"))
    assert folder.split("|")[2] == "文件夹"
    assert document.split("|")[1] == "219 字节"
    for row in (folder, document):
        assert not any(
            month in row
            for month in (
                "Jan",
                "Feb",
                "Mar",
                "Apr",
                "May",
                "Jun",
                "Jul",
                "Aug",
                "Sep",
                "Oct",
                "Nov",
                "Dec",
            )
        )
        assert "/" in row.split("|")[3]
