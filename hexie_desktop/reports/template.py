"""The official A4 document every report is poured into: red header, title, closing, verification.

Layout follows the habits of Chinese government documents (GB/T 9704): the issuing body's name in
red above a red rule, the document number between them, a centred title, the body, then the
issuing body and date at the right where the seal goes. The verification block at the end says
what data the document was made from and carries the QR code that checks it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from hexie_desktop import __version__
from hexie_desktop.progress import Progress
from hexie_desktop.reports.document import (
    DocumentHead,
    Provenance,
    chinese_date,
    chinese_datetime,
)
from hexie_desktop.reports.fonts import register_fonts
from hexie_desktop.reports.page import PAGE_HEIGHT, PAGE_WIDTH, Furniture, canvas_maker
from hexie_desktop.reports.styles import (
    INK,
    MARGIN_BOTTOM,
    MARGIN_SIDE,
    MARGIN_TOP,
    OFFICIAL_RED,
    RULE_GREY,
    Styles,
)
from hexie_desktop.reports.text import paragraph
from hexie_desktop.reports.verification import qr_payload, short_code

FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE
QR_SIZE = 26 * mm


class StrongText(Flowable):
    """Text drawn filled and stroked: the weight of a title when the face has no bold."""

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        *,
        color: object = INK,
        stroke: float = 0.45,
        tracking: float = 0.0,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.text, self.font, self.size = text, font, size
        self.color, self.stroke, self.tracking = color, stroke, tracking
        self.spaceAfter = space_after
        self._lines: list[str] = [text]
        self.keepWithNext = 1

    def wrap(self, availWidth: float, _avail_height: float) -> tuple[float, float]:
        self._lines = _break_chars(self.text, self.font, self.size, self.tracking, availWidth)
        self.width = availWidth
        self.height = len(self._lines) * self.size * 1.45
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.color)
        canvas.setStrokeColor(self.color)
        canvas.setLineWidth(self.stroke)
        for row, line in enumerate(self._lines):
            text = canvas.beginText()
            text.setTextRenderMode(2)
            text.setFont(self.font, self.size)
            text.setCharSpace(self.tracking)
            width = _measure(line, self.font, self.size, self.tracking)
            baseline = self.height - (row + 1) * self.size * 1.45 + self.size * 0.3
            text.setTextOrigin((self.width - width) / 2, baseline)
            text.textOut(line)
            canvas.drawText(text)
        canvas.restoreState()


def _measure(text: str, font: str, size: float, tracking: float) -> float:
    return float(stringWidth(text, font, size)) + tracking * max(len(text) - 1, 0)


def _break_chars(text: str, font: str, size: float, tracking: float, width: float) -> list[str]:
    """Break between any two characters, as Chinese text may, balancing the lines' lengths."""
    if _measure(text, font, size, tracking) <= width:
        return [text]
    lines: list[str] = []
    current = ""
    for char in text:
        if current and _measure(current + char, font, size, tracking) > width:
            lines.append(current)
            current = ""
        current += char
    lines.append(current)
    return lines


def section(text: str, style: ParagraphStyle) -> list[Flowable]:
    """A heading that starts a new page when too little room is left under it for its content.

    Headings are not kept with the next flowable: a table kept with its heading would jump whole
    to the next page and leave the rest of this one empty.
    """
    return [CondPageBreak(style.fontSize * 4 + 20 * mm), paragraph(text, style)]


class RedRule(Flowable):
    """The red separator line under the issuing body's name."""

    def __init__(self, thickness: float = 1.6, space: float = 4 * mm) -> None:
        super().__init__()
        self.thickness = thickness
        self.spaceAfter = space

    def wrap(self, availWidth: float, _avail_height: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.thickness + 2

    def draw(self) -> None:
        self.canv.setStrokeColor(OFFICIAL_RED)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, 1, self.width, 1)


def title_block(head: DocumentHead, styles: Styles) -> list[Flowable]:
    """Issuing body in red, document number, red rule, title and (if any) the addressee."""
    block: list[Flowable] = [
        StrongText(head.issuer, styles.font, 26, color=OFFICIAL_RED, stroke=0.8, tracking=3),
        Spacer(1, 3 * mm),
        paragraph(head.number, styles.number),
        Spacer(1, 1.5 * mm),
        RedRule(),
        StrongText(head.title, styles.font, 18, space_after=5 * mm),
    ]
    if head.addressee:
        block.append(paragraph(f"{head.addressee}：", styles.addressee))
    return block


def closing_block(
    head: DocumentHead,
    provenance: Provenance,
    digest: str,
    styles: Styles,
    extra: list[str] | None = None,
) -> Flowable:
    """Issuing body and date at the right, room above for the seal, then the verification box.

    Kept on one page, so the signature never stands apart from the code that checks it.
    """
    return KeepTogether(
        [
            Spacer(1, 14 * mm),
            paragraph(f"{head.issuer}（盖章）", styles.signature),
            paragraph(chinese_date(head.issued_on), styles.signature),
            _verification_table(provenance, digest, styles, extra),
        ]
    )


def _verification_table(
    provenance: Provenance, digest: str, styles: Styles, extra: list[str] | None
) -> Flowable:
    """QR code and short code, and a plain statement of the data behind the document."""
    code = short_code(digest)
    widget = QrCodeWidget(qr_payload(provenance.kind, provenance.subject, digest), barLevel="M")
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(
        QR_SIZE,
        QR_SIZE,
        transform=[QR_SIZE / (right - left), 0, 0, QR_SIZE / (top - bottom), 0, 0],
        initialFontName=styles.font,
    )
    drawing.add(widget)
    versions = "、".join(
        part
        for part in (
            f"评分标准第 {provenance.standard_versions} 版" if provenance.standard_versions else "",
            f"考评政策第 {provenance.policy_version} 版"
            if provenance.policy_version is not None
            else "",
        )
        if part
    )
    lines = [
        f"核验码：{code}",
        f"数据来源：{provenance.data_label}",
        f"数据状态：{provenance.status_label}",
        *([f"依据：{versions}"] if versions else []),
        f"生成时间：{chinese_datetime(provenance.generated_at)}（和谐桌面 {__version__}）",
        *(extra or []),
        "核验方法：扫描二维码，或在和谐桌面中运行 hexie report verify 并输入核验码，"
        "与数据库重新计算的结果比对；任何数字、名单或名称的改动都会使核验失败。",
    ]
    text = [paragraph(line, styles.note) for line in lines]
    return Table(
        [[drawing, text]],
        colWidths=[QR_SIZE + 4 * mm, FRAME_WIDTH - QR_SIZE - 4 * mm],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.font),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE_GREY),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
            ]
        ),
        spaceBefore=6 * mm,
    )


@dataclass(frozen=True)
class Rendering:
    """What a rendered report says about itself, for the caller to print or check."""

    digest: str
    code: str
    pages: int


def render_document(
    out: BinaryIO,
    story: list[Flowable],
    head: DocumentHead,
    provenance: Provenance,
    digest: str,
    *,
    progress: Progress | None = None,
) -> Rendering:
    """Lay out `story` on A4 with the page furniture and write the PDF to `out`."""
    furniture = Furniture(
        font=register_fonts(),
        issuer=head.issuer,
        title=head.title,
        code=short_code(digest),
        finalised=provenance.finalised,
        stale=provenance.stale,
    )
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=head.title,
        author=head.issuer,
        subject=provenance.data_label,
        creator=f"和谐桌面 Hexie Desktop {__version__}",
        keywords=[provenance.kind, provenance.subject, short_code(digest)],
        lang="zh-CN",
    )
    frame = Frame(
        MARGIN_SIDE,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    if progress is not None:
        doc.setProgressCallBack(_layout_progress(progress, len(story)))
    doc.build(story, canvasmaker=canvas_maker(furniture))
    return Rendering(digest=digest, code=short_code(digest), pages=doc.page)


def _layout_progress(progress: Progress, total: int) -> Callable[[str, int], None]:
    def report(kind: str, value: int) -> None:
        if kind == "PROGRESS" and total:
            progress(min(value / total, 1.0) * 0.95, "排版中")
        elif kind == "FINISHED":
            progress(1.0, "已完成")

    return report
