"""Tables of the reports: header row repeated on every page, readable at 9 points.

Cells are plain strings wherever they fit their column, because a string cell costs a fraction of
a Paragraph to lay out, and the quarterly ranking has thousands of rows. Only a cell whose text
is wider than its column becomes a wrapping Paragraph, so no name is ever cut or overflows.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, TableStyle

from hexie_desktop.reports.styles import (
    HEADER_FILL,
    INK,
    RULE_GREY,
    STRIPE_FILL,
    TABLE_SIZE,
    Styles,
)
from hexie_desktop.reports.text import paragraph

_PADDING = 3.0
_MIN_STRIPE_ROWS = 6
_WIDEST_GLYPH_EM = 1.02


@dataclass(frozen=True)
class TableColumn:
    """A column: header text, width in points, and alignment of its cells."""

    header: str
    width: float
    align: str = "CENTER"


def data_table(
    columns: Sequence[TableColumn],
    rows: Sequence[Sequence[str]],
    styles: Styles,
    *,
    highlights: Sequence[tuple[int, Color]] = (),
    empty_text: str = "无",
) -> Flowable:
    """A LongTable with a repeated header; `highlights` shades (row index, colour) data rows."""
    if not rows:
        return paragraph(empty_text, styles.body)
    header = [_cell(c.header, c.width, styles, header=True) for c in columns]
    body = [
        [
            _cell(text, col.width, styles, header=False)
            for text, col in zip(row, columns, strict=True)
        ]
        for row in rows
    ]
    # Every command over the whole table touches every cell (again on each page's split), so
    # the style is a handful of whole-table commands plus one per left-aligned column.
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles.font, TABLE_SIZE, TABLE_SIZE + 2.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE_GREY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
    ]
    for index, column in enumerate(columns):
        if column.align != "CENTER":
            commands.append(("ALIGN", (index, 1), (index, -1), column.align))
    if len(rows) >= _MIN_STRIPE_ROWS:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, STRIPE_FILL]))
    for row_index, color in highlights:
        commands.append(("BACKGROUND", (0, row_index + 1), (-1, row_index + 1), color))
    return LongTable(
        [header, *body],
        colWidths=[c.width for c in columns],
        repeatRows=1,
        style=TableStyle(commands),
        hAlign="CENTER",
    )


def _cell(text: str, width: float, styles: Styles, *, header: bool) -> Flowable | str:
    """A plain string when it fits; a header may ask for a line break with a newline."""
    room = width - 2 * _PADDING
    # No glyph of the face is wider than this, so a short text fits without being measured.
    if len(text) * TABLE_SIZE * _WIDEST_GLYPH_EM <= room:
        return text
    if all(stringWidth(line, styles.font, TABLE_SIZE) <= room for line in text.split("\n")):
        return text
    return paragraph(text, styles.cell_center if header else styles.cell)
