"""Page furniture: running header, footer with "第 X 页 共 Y 页", and the provisional stamp.

The total page count is known only once the whole story has been laid out, so the canvas keeps
each finished page's drawing state and paints the furniture of every page when the document is
saved (the classic two-pass canvas): layout runs once, and only the footers wait for the count.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hexie_desktop.domain.labels import REPORT_STATE_MARKS
from hexie_desktop.domain.states import report_state
from hexie_desktop.reports.styles import (
    INK,
    MARGIN_BOTTOM,
    MARGIN_SIDE,
    MARGIN_TOP,
    OFFICIAL_RED,
    RULE_GREY,
)

PAGE_WIDTH, PAGE_HEIGHT = A4


@dataclass(frozen=True)
class Furniture:
    font: str
    issuer: str
    title: str
    code: str
    finalised: bool
    stale: bool = False


class NumberedCanvas(Canvas):
    """A canvas that paints header, footer and page numbers on save, when the count is known."""

    def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        kwargs["initialFontName"] = furniture.font
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._paint(self._pageNumber, total)
            super().showPage()
        super().save()

    def _paint(self, number: int, total: int) -> None:
        f = self._furniture
        self.saveState()
        self.setFillColor(RULE_GREY)
        self.setStrokeColor(RULE_GREY)
        self.setLineWidth(0.5)
        if number > 1:
            top = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
            self.setFont(f.font, 8.5)
            self.drawString(MARGIN_SIDE, top + 2, f.issuer)
            self.drawRightString(PAGE_WIDTH - MARGIN_SIDE, top + 2, f.title)
            self.line(MARGIN_SIDE, top, PAGE_WIDTH - MARGIN_SIDE, top)
        bottom = MARGIN_BOTTOM - 9 * mm
        self.line(MARGIN_SIDE, bottom + 10, PAGE_WIDTH - MARGIN_SIDE, bottom + 10)
        self.setFont(f.font, 8.5)
        self.drawString(MARGIN_SIDE, bottom, f"核验码 {f.code}")
        state = report_state(finalised=f.finalised, stale=f.stale)
        self.drawRightString(PAGE_WIDTH - MARGIN_SIDE, bottom, REPORT_STATE_MARKS[state])
        self.setFillColor(INK)
        self.setFont(f.font, 10)
        self.drawCentredString(PAGE_WIDTH / 2, bottom, f"第 {number} 页 共 {total} 页")
        if f.stale or not f.finalised:
            self._provisional_stamp()
        self.restoreState()

    def _provisional_stamp(self) -> None:
        f = self._furniture
        self.saveState()
        self.translate(PAGE_WIDTH - MARGIN_SIDE - 16 * mm, PAGE_HEIGHT - 8 * mm)
        self.rotate(8)
        self.setStrokeColor(OFFICIAL_RED)
        self.setFillColor(OFFICIAL_RED)
        self.setLineWidth(1.4)
        self.roundRect(-15 * mm, -4.5 * mm, 30 * mm, 9 * mm, 1.5 * mm)
        self.setFont(f.font, 14 if not f.stale else 11)
        self.drawCentredString(0, -2 * mm, "待重新考评" if f.stale else "暂 定 稿")
        self.restoreState()


def canvas_maker(furniture: Furniture) -> Callable[..., NumberedCanvas]:
    def make(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, furniture=furniture, **kwargs)

    return make
