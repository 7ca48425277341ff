"""Policy and standards: every version with the period it applies from, and what it says.

The selected version is shown readably: the policy as labelled numbers by section, a standard
as its parts, indicators and deductions. "New version…" opens an edited copy of the selected
version in the policy form or the standard tree editor.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QTreeWidgetItem, QWidget

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.editor_dialog import EditorDialog
from hexie_desktop.gui.forms.policy_screen_ui import Ui_PolicyScreen
from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP
from hexie_desktop.gui.policy_dialog import PolicyDialog
from hexie_desktop.gui.policy_labels import choice_label, policy_field_label, section_title
from hexie_desktop.gui.standard_dialog import StandardDialog
from hexie_desktop.services.changes import Changes
from hexie_desktop.services.rules.policies import (
    POLICY,
    VersionInfo,
    current_period,
    list_versions,
    policy_document,
    standard_spec,
)
from hexie_desktop.services.rules.policy_fields import (
    CHOICE,
    NAMES,
    PAIRS,
    POLICY_FIELDS,
    PolicyField,
    names_text,
    pairs_text,
    value_at,
)
from hexie_desktop.services.rules.standards import applies
from hexie_desktop.storage.tables import Policy, Standard

KIND_TITLES = {
    "policy": QT_TRANSLATE_NOOP("PolicyScreen", "Evaluation policy"),
    "service": QT_TRANSLATE_NOOP("PolicyScreen", "Service-quality standard"),
    "community": QT_TRANSLATE_NOOP("PolicyScreen", "Community grading standard"),
}
WATCHED = (Policy, Standard)


def kind_title(kind: str) -> str:
    return QCoreApplication.translate("PolicyScreen", KIND_TITLES[kind])


class PolicyScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PolicyScreen()
        self.ui.setupUi(self)
        self._context = context
        self.versions: list[VersionInfo] = []
        self.dialog: QDialog | None = None
        table = self.ui.version_table
        headers = [
            self.tr("Kind"),
            self.tr("Version"),
            self.tr("Applies from"),
            self.tr("Status"),
            self.tr("Name or note"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.ui.detail_tree.setHeaderLabels([self.tr("Item"), self.tr("Value")])
        self.ui.detail_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.detail_tree.header().setStretchLastSection(False)
        self.ui.detail_tree.header().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.policy_splitter.setSizes([520, 480])
        self.ui.new_version_button.clicked.connect(self.new_version)
        self.ui.new_version_button.setShortcut(QKeySequence("Ctrl+N"))
        self.ui.new_version_button.setToolTip(
            self.tr("An edited copy of the selected version (Ctrl+N)")
        )
        context.signals.operation_did_execute.connect(self._on_changes)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        self.versions = list_versions(self._context.store)
        table = self.ui.version_table
        table.setRowCount(len(self.versions))
        chosen = 0
        for row, version in enumerate(self.versions):
            cells = (
                kind_title(version.kind),
                str(version.version),
                version.effective_from,
                self._status(version),
                version.name,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if version.in_force:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
            if version.id == select_id:
                chosen = row
        if self.versions:
            table.setCurrentCell(chosen, 0)
            self._show(chosen)
        else:
            self.ui.detail_title_label.setText(
                self.tr("No policy or standard yet: they arrive with demo data or a master bundle.")
            )
        self.ui.new_version_button.setEnabled(bool(self.versions))

    def _status(self, version: VersionInfo) -> str:
        if version.in_force:
            return self.tr("In force")
        if not applies(version.effective_from, current_period(version.kind)):
            return self.tr("Upcoming")
        return self.tr("Superseded")

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            selected = self._selected()
            self.reload(selected.id if selected is not None else None)

    def _selected(self) -> VersionInfo | None:
        row = self.ui.version_table.currentRow()
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.versions):
            return
        version = self.versions[row]
        tree = self.ui.detail_tree
        tree.clear()
        self.ui.detail_title_label.setText(
            self.tr("{kind} version {version}, applies from {start}").format(
                kind=kind_title(version.kind),
                version=version.version,
                start=version.effective_from,
            )
        )
        if version.kind == POLICY:
            self._show_policy(policy_document(self._context.store, version.version))
        else:
            self._show_standard(version)

    def _show_policy(self, doc: dict[str, Any]) -> None:
        sections: dict[str, QTreeWidgetItem] = {}
        for field in POLICY_FIELDS:
            section = field.path[0]
            if section not in sections:
                sections[section] = QTreeWidgetItem([section_title(section), ""])
                self.ui.detail_tree.addTopLevelItem(sections[section])
            value = value_at(doc, field)
            QTreeWidgetItem(
                sections[section], [policy_field_label(field.key), self._shown(field, value)]
            )
        self.ui.detail_tree.expandAll()

    def _shown(self, field: PolicyField, value: Any) -> str:
        kind = field.kind
        if value is None:
            return self.tr("Not set")
        if field.percent:
            return f"{float(value):.1%}"
        if kind == CHOICE:
            return choice_label(str(value))
        if kind == PAIRS:
            return pairs_text(value)
        if kind == NAMES:
            return names_text(value)
        return f"{value:g}" if isinstance(value, float) else str(value)

    def _show_standard(self, version: VersionInfo) -> None:
        spec = standard_spec(self._context.store, version.id)
        points = self.tr("{points} points")
        for part in spec.parts:
            part_item = QTreeWidgetItem(
                [f"{part.code} {part.name}", points.format(points=f"{part.max_points:g}")]
            )
            self.ui.detail_tree.addTopLevelItem(part_item)
            for indicator in part.indicators:
                item = QTreeWidgetItem(
                    part_item,
                    [
                        f"{indicator.code} {indicator.name}",
                        points.format(points=f"{indicator.max_points:g}"),
                    ],
                )
                for deduction in indicator.deductions:
                    QTreeWidgetItem(
                        item,
                        [
                            f"{deduction.code} {deduction.description}",
                            f"−{deduction.points:g}",
                        ],
                    )
        self.ui.detail_tree.expandToDepth(0)

    def new_version(self) -> None:
        version = self._selected()
        if version is None:
            return
        store = self._context.store
        dialog: EditorDialog
        if version.kind == POLICY:
            dialog = PolicyDialog(self._context, policy_document(store, version.version), self)
        else:
            dialog = StandardDialog(self._context, standard_spec(store, version.id), self)
        dialog.saved.connect(self._created)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _created(self, created: VersionInfo) -> None:
        self.reload(created.id)

    def _dialog_closed(self) -> None:
        """Free the closed dialog; a bound slot, so no closure keeps its wrapper alive."""
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
