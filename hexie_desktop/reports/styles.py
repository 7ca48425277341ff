"""Type sizes, colours and paragraph styles of the bureau's documents (A4, Song face)."""

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from hexie_desktop.reports.fonts import register_fonts

OFFICIAL_RED = colors.HexColor("#C00000")
RULE_GREY = colors.HexColor("#7F7F7F")
HEADER_FILL = colors.HexColor("#E7E6E6")
STRIPE_FILL = colors.HexColor("#F5F5F5")
RED_LIST_FILL = colors.HexColor("#FBE4E4")
BLACK_LIST_FILL = colors.HexColor("#DDDDDD")
INK = colors.black

MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 22 * mm
MARGIN_SIDE = 22 * mm

BODY_SIZE = 11
TABLE_SIZE = 9


@dataclass(frozen=True)
class Styles:
    font: str
    body: ParagraphStyle
    body_indent: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    title: ParagraphStyle
    number: ParagraphStyle
    addressee: ParagraphStyle
    signature: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    note: ParagraphStyle
    caption: ParagraphStyle


def make_styles() -> Styles:
    font = register_fonts()

    def style(name: str, size: float, leading: float, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **extra
        )

    return Styles(
        font=font,
        body=style("body", BODY_SIZE, 19, alignment=TA_JUSTIFY, spaceAfter=4),
        body_indent=style(
            "body_indent", BODY_SIZE, 19, alignment=TA_JUSTIFY, firstLineIndent=2 * BODY_SIZE
        ),
        heading=style("heading", 13, 20, spaceBefore=10, spaceAfter=6),
        subheading=style("subheading", 11.5, 17, spaceBefore=6, spaceAfter=4),
        title=style("title", 20, 28, alignment=TA_CENTER, spaceBefore=4, spaceAfter=14),
        number=style("number", 11, 15, alignment=TA_CENTER),
        addressee=style("addressee", BODY_SIZE, 19, alignment=TA_LEFT, spaceAfter=4),
        signature=style("signature", BODY_SIZE, 19, alignment=TA_RIGHT),
        cell=style("cell", TABLE_SIZE, 11.5),
        cell_center=style("cell_center", TABLE_SIZE, 11.5, alignment=TA_CENTER),
        note=style("note", 8.5, 12, textColor=RULE_GREY),
        caption=style("caption", 9, 13, alignment=TA_CENTER, spaceBefore=2, spaceAfter=8),
    )
