"""Save a PNG of every main screen, rendered offscreen over demo data, for a person to look at.

    .venv/bin/python scripts/screenshots.py OUT_FOLDER [--role clerk|inspector]

Each role gets its own temporary data folder with demo data (services/demo; with --plain, or when
it is missing, a plain city of numbered rows), then every section of the window and the first-start dialog
are grabbed to OUT_FOLDER/<role>-<number>-<section>.png.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QWidget

from hexie_desktop.domain.roles import Role
from hexie_desktop.gui.badges import install_badges
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.first_start import FirstStartDialog
from hexie_desktop.gui.i18n import ensure_chinese_font, install_translators
from hexie_desktop.gui.icons import install_icons
from hexie_desktop.gui.main_window import MainWindow
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity

WINDOW_SIZE = (1366, 768)
NAMES = {Role.INSPECTOR: "李考评", Role.CLERK: "王文员"}


def _fill(store: Store, role: Role, plain: bool) -> None:
    try:
        from hexie_desktop.services.demo import generate as demo  # noqa: PLC0415
    except ImportError:
        plain = True
    if plain:
        from bench.bench_gui_start import fill_city  # noqa: PLC0415

        fill_city(store, firms=129, compounds=400)
        return
    demo.generate_demo(store, demo.DemoOptions(master_only=role == Role.INSPECTOR), None, None)


def _grab(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def shoot(role: Role, out: Path, plain: bool) -> None:
    data_dir = DataDir(Path(tempfile.mkdtemp(prefix=f"hexie-shots-{role.value}-")))
    store = open_store(data_dir)
    signals = AppSignals()
    runner = TaskRunner(signals)
    try:
        if role == Role.INSPECTOR:
            dialog = FirstStartDialog(store, runner)
            dialog.resize(dialog.sizeHint())
            dialog.show()
            _grab(dialog, out / "first-start.png")
            dialog.close()
        identity = init_identity(store, role.value, NAMES[role]).value
        _fill(store, role, plain)
        settings = AppSettings(data_dir)
        window = MainWindow(settings, data_dir)
        window.resize(*WINDOW_SIZE)
        window.show()
        if role == Role.INSPECTOR:
            _grab(window, out / "opening.png")
        window.attach(ScreenContext(store, runner, signals, settings, identity))
        for row, section in enumerate(window.sections):
            window.show_section(row)
            _grab(window, out / f"{role.value}-{row + 1}-{section.key}.png")
        window.close()
    finally:
        runner.shutdown()
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--role", choices=[r.value for r in Role], action="append")
    parser.add_argument("--language", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument(
        "--plain", action="store_true", help="numbered rows instead of the demo generator's data"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, args.language)
    ensure_chinese_font(app)
    install_icons(app)
    install_badges(app)
    for role in args.role or [r.value for r in Role]:
        shoot(Role(role), args.out, args.plain)
    for translator in translators:
        app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
