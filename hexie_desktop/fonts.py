"""The CJK fonts shipped with the product: a Ming face for print, a sans-serif face for the window.

AR PL UMing is a Ming (Song-style) TrueType collection: the style of official Chinese documents, and
TrueType outlines, which ReportLab can embed as a subset (it cannot embed CFF-outline OpenType).
On screen Chinese office software is drawn in a sans-serif (黑体) face; where the system has none
of the usual ones, the window uses WenQuanYi Micro Hei, cut to the characters the product shows.
"""

from pathlib import Path

from hexie_desktop.paths import resources_dir

CJK_FONT_FILE = "uming.ttc"
CJK_FONT_FACE_INDEX = 0


def cjk_font_path() -> Path:
    return resources_dir() / "fonts" / CJK_FONT_FILE


UI_FONT_FILE = "wqy-microhei-ui.ttf"
UI_FONT_FAMILY = "WenQuanYi Micro Hei"
# Sans-serif CJK faces a bureau's computer may already have, the system's own first.
SYSTEM_UI_FAMILIES = (
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "SimHei",
    "DengXian",
)


def ui_font_path() -> Path:
    return resources_dir() / "fonts" / UI_FONT_FILE
