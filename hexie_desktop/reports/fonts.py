"""The shipped CJK font, registered with ReportLab once per process.

ReportLab embeds a registered TrueType font as a subset of the glyphs a document uses, so a
printed report looks the same on a machine without Chinese fonts and stays small. Every text
object, including the canvas's initial font, uses this face: a PDF that names a non-embedded
base-14 font may be substituted differently by each printer driver.
"""

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hexie_desktop.fonts import CJK_FONT_FACE_INDEX, cjk_font_path

BODY_FONT = "HexieSong"

_lock = threading.Lock()


def register_fonts() -> str:
    """Register the body font if this process has not yet; return its ReportLab name."""
    with _lock:
        if BODY_FONT not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(BODY_FONT, str(cjk_font_path()), subfontIndex=CJK_FONT_FACE_INDEX)
            pdfmetrics.registerFont(font)
    return BODY_FONT
