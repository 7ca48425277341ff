"""Coloured badges where a cell's word is a verdict: cards, grades, lists and states.

A clerk scanning a list looks for 红牌 and 黑榜 before reading names; drawn as a coloured pill, the
verdict is found at a glance, as on the city's web platforms. The colours are those of the
bureau's documents: yellow and red for cards, gold, blue and green for AAA, AA and A, red and
near-black for the red and black lists, green, amber and red for states. `legend()` explains a
colour wherever a colour, not a word, carries the meaning.
"""

import html
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QLabel,
    QLayout,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hexie_desktop.gui.icons import decorate_window

_PAD_X, _PAD_Y, _RADIUS = 8, 3, 4


@dataclass(frozen=True)
class Badge:
    background: str
    foreground: str = "#ffffff"


YELLOW = Badge("#f4c430", "#3d2f00")
RED = Badge("#c62828")
BLACK = Badge("#263238")
GOLD = Badge("#b8860b")
BLUE = Badge("#1f6fb2")
GREEN = Badge("#2e7d32")
AMBER = Badge("#b26a00")
GREY = Badge("#6b7280")

# Grades are the same word in every language.
_LITERAL = {"AAA": GOLD, "AA": BLUE, "A": GREEN}
# (translation context, source text) of each verdict word shown in lists.
_WORDS = (
    ("ResultsLabels", "Yellow card", YELLOW),
    ("ResultsLabels", "Red card", RED),
    ("ResultsLabels", "To be scheduled", AMBER),
    ("ResultsLabels", "Scheduled", BLUE),
    ("ResultsLabels", "Held", BLUE),
    ("ResultsLabels", "Rectifying", AMBER),
    ("ResultsLabels", "Closed", GREEN),
    ("ResultsLabels", "Escalated", RED),
    ("ResultsLabels", "Submitted", GREEN),
    ("ResultsLabels", "Draft", AMBER),
    ("MergeSummary", "Merged", GREEN),
    ("MergeSummary", "Refused", RED),
    ("MergeSummary", "Merged, some records held for review", AMBER),
    ("MergeSummary", "Already merged, nothing changed", GREY),
    ("MergeSummary", "Skipped: exported by this computer", GREY),
    ("MergeSummary", "Verified", GREEN),
)


def badge_for(text: str) -> Badge | None:
    """The badge a cell showing `text` gets, in the current language, or None."""
    if text in _LITERAL:
        return _LITERAL[text]
    for context, source, badge in _WORDS:
        if text == QCoreApplication.translate(context, source):
            return badge
    return None


class BadgeDelegate(QStyledItemDelegate):
    """Paints a verdict word as a rounded pill; every other cell as usual."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        badge = badge_for(text) if isinstance(text, str) else None
        if badge is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 2 * _PAD_X
        height = min(metrics.height() + 2 * _PAD_Y, option.rect.height() - 2)
        pill = QRect(
            option.rect.left() + 4,
            option.rect.top() + (option.rect.height() - height) // 2,
            min(width, option.rect.width() - 8),
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(badge.background))
        painter.drawRoundedRect(pill, _RADIUS, _RADIUS)
        painter.setPen(QColor(badge.foreground))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


def decorate_views(root: QWidget) -> None:
    """Give every list and table under `root` that uses Qt's plain delegate the badge delegate."""
    for view in root.findChildren(QAbstractItemView):
        if type(view.itemDelegate()) is QStyledItemDelegate:
            view.setItemDelegate(BadgeDelegate(view))


def install_badges(app: QApplication) -> None:
    """Badges in every window's lists as the window becomes active."""
    app.focusWindowChanged.connect(decorate_window(decorate_views))


def legend(parent: QWidget, entries: list[tuple[QColor, str]]) -> QLabel:
    """A one-line key to colours: (colour, meaning) pairs shown as coloured squares."""
    parts = [
        f'<span style="color:{colour.name()}">■</span>&nbsp;{html.escape(meaning)}'
        for colour, meaning in entries
    ]
    label = QLabel("&nbsp;&nbsp;&nbsp;".join(parts), parent)
    label.setObjectName("legend_label")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _holding(layout: QLayout, view: QWidget) -> QLayout | None:
    """The layout, `layout` itself or one nested in it, that holds `view` directly."""
    if layout.indexOf(view) >= 0:
        return layout
    for position in range(layout.count()):
        item = layout.itemAt(position)
        child = item.layout() if item is not None else None
        found = _holding(child, view) if child is not None else None
        if found is not None:
            return found
    return None


def add_legend_below(view: QWidget, entries: list[tuple[QColor, str]]) -> QLabel:
    """Put a colour key right under `view`, in the layout that holds it."""
    holder = view.parentWidget()
    top = holder.layout() if holder is not None else None
    layout = _holding(top, view) if top is not None else None
    label = legend(holder or view, entries)
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(view) + 1, label)
    elif top is not None:
        top.addWidget(label)
    return label
