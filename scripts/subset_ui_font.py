"""Make the shipped UI font: WenQuanYi Micro Hei cut down to the characters the product shows.

The whole face is 5 MB; the window needs GB2312's 6,763 hanzi (every name in common use, the
demo data's and the standards' texts), the characters of every interface string and message,
and Latin, punctuation and symbols. `tests/test_visual_language.py` fails when a string of the
product uses a character the subset lacks, and says to run this again:

    .venv/bin/pip install fonttools
    .venv/bin/python scripts/subset_ui_font.py /usr/share/fonts/truetype/wqy/wqy-microhei.ttc

(the face comes from Debian's fonts-wqy-microhei package).
"""

import sys
from collections.abc import Iterator
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts" / "wqy-microhei-ui.ttf"
SOURCES = (
    "hexie_desktop/**/*.py",
    "forms/*.ui",
    "resources/translations/*.ts",
    "resources/**/*.json",
)
RANGES = (
    (0x20, 0x7E),  # ASCII
    (0xA0, 0xFF),  # Latin-1
    (0x2010, 0x2027),  # dashes, quotes, ellipsis
    (0x2030, 0x203B),
    (0x2190, 0x21FF),  # arrows
    (0x2460, 0x24FF),  # circled numbers
    (0x2500, 0x25FF),  # box drawing, blocks, shapes (■ ● ▲)
    (0x2600, 0x26FF),
    (0x3000, 0x303F),  # CJK punctuation
    (0xFF00, 0xFFEF),  # full-width forms
)


def gb2312() -> Iterator[str]:
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                yield bytes((high, low)).decode("gb2312")
            except UnicodeDecodeError:
                continue


def product_text() -> Iterator[str]:
    for pattern in SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            yield path.read_text(encoding="utf-8")


def wanted() -> set[int]:
    points = {ord(ch) for ch in gb2312()}
    for text in product_text():
        points.update(ord(ch) for ch in text if ord(ch) > 0x7F)
    for first, last in RANGES:
        points.update(range(first, last + 1))
    return points


def main(source: str) -> None:
    font = TTCollection(source).fonts[0]
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted()))
    subsetter.subset(font)
    font.save(OUT)
    print(
        f"{OUT.relative_to(ROOT)}: {len(font.getBestCmap())} characters, {OUT.stat().st_size} bytes"
    )


if __name__ == "__main__":
    main(sys.argv[1])
