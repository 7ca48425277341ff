"""The CJK font shipped with the product, for reports and for a GUI on a machine without one.

AR PL UMing is a Ming (Song-style) TrueType collection: the style of official Chinese documents, and
TrueType outlines, which ReportLab can embed as a subset (it cannot embed CFF-outline OpenType).
"""

from pathlib import Path

from hexie_desktop.paths import resources_dir

CJK_FONT_FILE = "uming.ttc"
CJK_FONT_FACE_INDEX = 0
CJK_FONT_FAMILY = "AR PL UMing CN"


def cjk_font_path() -> Path:
    return resources_dir() / "fonts" / CJK_FONT_FILE
