"""Make `resources/windows/hexie.ico`, the Windows programs' icon, from the window's emblem.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_windows_icon.py

Each size Windows asks for (16 px in a list view up to 256 px on a large-icon desktop) is drawn
from `resources/icons/hexie.svg` by Qt's SVG renderer at that size, rather than scaled down from
one picture, so the small ones stay sharp; Pillow (installed with ReportLab) writes the `.ico`.
Run it again after the emblem changes and commit the result.
"""

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
EMBLEM = ROOT / "resources" / "icons" / "hexie.svg"
ICON = ROOT / "resources" / "windows" / "hexie.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def _render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(EMBLEM))
    if not renderer.isValid():
        print(f"cannot read {EMBLEM}", file=sys.stderr)
        return 1
    pictures = [_render(renderer, size) for size in SIZES]
    ICON.parent.mkdir(parents=True, exist_ok=True)
    largest = pictures[-1]
    largest.save(ICON, format="ICO", sizes=[(s, s) for s in SIZES], append_images=pictures[:-1])
    print(f"{ICON.relative_to(ROOT)}: {', '.join(str(s) for s in SIZES)} px")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
