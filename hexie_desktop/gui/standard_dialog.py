"""A new standard version: parts → indicators → deductions in a tree that edits names and points.

Codes stay as they are (sheets and bundles refer to indicators by code); names, maxima and
deductions change. After every edit the dialog says whether the standard still adds up (each
part's indicators to the part's maximum, the parts to the total) and cannot be confirmed until
it does.
"""

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidgetItem,
    QWidget,
)

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.standard import DeductionSpec, PartSpec, StandardSpec
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.editor_dialog import EditorDialog
from hexie_desktop.gui.forms.standard_dialog_ui import Ui_StandardDialog
from hexie_desktop.services.rules.policies import (
    check_standard,
    create_standard_version,
    current_period,
    upcoming_periods,
)

CODE, NAME, POINTS = 0, 1, 2
TOLERANCE = 1e-6
ERROR_STYLE = "color: #b00020;"
GOOD_STYLE = "color: #1b5e20;"
OFF = QColor("#b00020")
EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


class _CodesStay(QStyledItemDelegate):
    """Codes are what sheets refer to: they are shown, never edited."""

    # Qt documents a null editor as "not editable"; the stubs do not allow for it.
    def createEditor(  # type: ignore[override]
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget | None:
        del parent, option, index
        return None


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for n in range(item.childCount()) if (child := item.child(n)) is not None]


class StandardDialog(EditorDialog):
    def __init__(
        self, context: ScreenContext, base: StandardSpec, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_StandardDialog()
        self.ui.setupUi(self)
        self._base = base
        self._indicators = {i.code: i for i in base.indicators()}
        self.setWindowTitle(self.tr("New standard version"))
        self.ui.base_label.setText(
            self.tr(
                "A copy of “{name}” version {version} (in force from {start}). Double-click or "
                "press F2 to change a name or points; codes stay as they are."
            ).format(name=base.name, version=base.version, start=base.effective_from)
        )
        self.ui.name_edit.setText(base.name)
        periods = upcoming_periods(base.kind)
        self.ui.effective_combo.addItems(periods)
        self.ui.effective_combo.setCurrentIndex(periods.index(current_period(base.kind)) + 1)
        if base.kind == "community":
            self.ui.effective_label.setText(self.tr("&Applies from year:"))
        tree = self.ui.standard_tree
        tree.setItemDelegateForColumn(CODE, _CodesStay(tree))
        tree.setHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Points")])
        for part in base.parts:
            part_item = self._item(None, part.code, part.name, part.max_points)
            for indicator in part.indicators:
                item = self._item(part_item, indicator.code, indicator.name, indicator.max_points)
                for deduction in indicator.deductions:
                    self._item(item, deduction.code, deduction.description, deduction.points)
        tree.expandToDepth(0)
        header = tree.header()
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(POINTS, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        tree.itemChanged.connect(self._check)
        self.ui.name_edit.textChanged.connect(self._check)
        self.ui.add_deduction_button.clicked.connect(self.add_deduction)
        self.ui.remove_deduction_button.clicked.connect(self.remove_deduction)
        self.connect_buttons(self.ui.button_box, self._save)
        self._check()
        tree.setFocus()

    def _item(
        self, parent: QTreeWidgetItem | None, code: str, name: str, points: float
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([code, name, f"{points:g}"])
        item.setFlags(EDITABLE)
        item.setTextAlignment(POINTS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if parent is None:
            self.ui.standard_tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _parts(self) -> list[QTreeWidgetItem]:
        tree = self.ui.standard_tree
        return [
            part
            for n in range(tree.topLevelItemCount())
            if (part := tree.topLevelItem(n)) is not None
        ]

    def _points(self, item: QTreeWidgetItem) -> float:
        text = item.text(POINTS).strip()
        try:
            return float(text)
        except ValueError:
            raise UserError(
                self.tr("The points of {code} must be a number, not “{text}”.").format(
                    code=item.text(CODE), text=text
                )
            ) from None

    def spec(self) -> StandardSpec:
        """The edited standard; raises UserError on a cell that is not a number."""
        parts = []
        for part_item in self._parts():
            indicators = []
            for item in _children(part_item):
                deductions = tuple(
                    DeductionSpec(d.text(CODE), d.text(NAME).strip(), self._points(d))
                    for d in _children(item)
                )
                indicators.append(
                    replace(
                        self._indicators[item.text(CODE)],
                        name=item.text(NAME).strip(),
                        max_points=self._points(item),
                        deductions=deductions,
                    )
                )
            parts.append(
                PartSpec(
                    part_item.text(CODE),
                    part_item.text(NAME).strip(),
                    self._points(part_item),
                    tuple(indicators),
                )
            )
        return replace(self._base, name=self.ui.name_edit.text().strip(), parts=tuple(parts))

    def _mark_parts(self) -> None:
        tree = self.ui.standard_tree
        tree.blockSignals(True)
        for part_item in self._parts():
            total = 0.0
            try:
                total = sum(self._points(child) for child in _children(part_item))
                off = abs(total - self._points(part_item)) > TOLERANCE
            except UserError:
                off = True
            part_item.setForeground(POINTS, QBrush(OFF) if off else QBrush())
            part_item.setToolTip(
                POINTS, self.tr("Indicators add up to {total}").format(total=f"{total:g}")
            )
        tree.blockSignals(False)

    def _check(self) -> bool:
        self._mark_parts()
        label = self.ui.balance_label
        try:
            spec = self.spec()
            check_standard(spec)
        except UserError as error:
            label.setStyleSheet(ERROR_STYLE)
            label.setText(error.message)
            ok = False
        else:
            label.setStyleSheet(GOOD_STYLE)
            label.setText(
                self.tr("✓ Adds up: {parts} parts, {total} points in all.").format(
                    parts=len(spec.parts), total=f"{spec.total_points:g}"
                )
            )
            ok = True
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def _indicator_item(self) -> QTreeWidgetItem | None:
        """The indicator the current row belongs to (itself, or a deduction's parent)."""
        item = self.ui.standard_tree.currentItem()
        if item is None or item.parent() is None:
            return None
        parent = item.parent()
        return item if parent.parent() is None else parent

    def add_deduction(self) -> None:
        indicator = self._indicator_item()
        if indicator is None:
            return
        taken = {indicator.child(n).text(CODE) for n in range(indicator.childCount())}
        number = indicator.childCount() + 1
        while f"{indicator.text(CODE)}-{number}" in taken:
            number += 1
        self.ui.standard_tree.blockSignals(True)
        item = self._item(
            indicator, f"{indicator.text(CODE)}-{number}", self.tr("New deduction"), 1
        )
        self.ui.standard_tree.blockSignals(False)
        indicator.setExpanded(True)
        self.ui.standard_tree.setCurrentItem(item, NAME)
        self.ui.standard_tree.editItem(item, NAME)
        self._check()

    def remove_deduction(self) -> None:
        item = self.ui.standard_tree.currentItem()
        parent = item.parent() if item is not None else None
        if item is None or parent is None or parent.parent() is None:
            return
        parent.removeChild(item)
        self._check()

    def _save(self) -> None:
        if not self._check():
            return
        spec, store = self.spec(), self.context.store
        start = self.ui.effective_combo.currentText()
        self.run_save(
            lambda: create_standard_version(store, spec, start),
            title=self.tr("Creating the standard version"),
        )
