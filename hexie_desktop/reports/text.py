"""The one place where report text becomes a ReportLab Paragraph.

ReportLab parses a Paragraph's text as markup: `<a href>` makes a link, `<font>` restyles, and a
bare `&` or an unknown tag stops the layout. Names, reasons, addresses and notes come from users
and bundles, so every paragraph of every report is built here from plain text, escaped once,
and no report module writes markup of its own (`tests/test_reports_markup.py` holds them to it).
A newline in the text is the only structure it may carry: it breaks the line.
"""

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph that prints `text` literally, each newline a line break."""
    return Paragraph("<br/>".join(escape(line) for line in text.split("\n")), style)
