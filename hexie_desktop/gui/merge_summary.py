"""What a merge (or its preview) did, bundle by bundle and table by table, with field differences.

The top table has one row per bundle: its result in words (merged, already merged, held, refused
with the reason), the totals, the gaps in its author's chain, and where its times disagree with
its creation and arrival (a sender's clock running ahead or behind). Selecting a bundle fills the
tabs below: its counts per table and, for a preview, every record it would change, field by field.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from hexie_desktop.domain.labels import table_label
from hexie_desktop.domain.states import BundleStatus
from hexie_desktop.gui.forms.merge_summary_ui import Ui_MergeSummary
from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP
from hexie_desktop.gui.messages import revoked_by_bureau
from hexie_desktop.gui.rows_model import Cell, RowsModel
from hexie_desktop.services.listings.review import field_label
from hexie_desktop.sync.report import BundleResult

CONTEXT = "MergeSummary"
MAX_VALUE_CHARS = 60
COUNT_KEYS = ("inserted", "updated", "unchanged", "held", "conflicts", "deleted")

STATUS_TITLES: dict[str, str] = {
    BundleStatus.APPLIED: QT_TRANSLATE_NOOP("MergeSummary", "Merged"),
    BundleStatus.DUPLICATE: QT_TRANSLATE_NOOP("MergeSummary", "Already merged, nothing changed"),
    BundleStatus.HELD: QT_TRANSLATE_NOOP("MergeSummary", "Merged, some records held for review"),
    BundleStatus.REFUSED: QT_TRANSLATE_NOOP("MergeSummary", "Refused"),
    BundleStatus.VALID: QT_TRANSLATE_NOOP("MergeSummary", "Verified"),
    BundleStatus.SKIPPED: QT_TRANSLATE_NOOP("MergeSummary", "Skipped: exported by this computer"),
}
PREVIEW_TITLES: dict[str, str] = {
    BundleStatus.APPLIED: QT_TRANSLATE_NOOP("MergeSummary", "Would merge"),
    BundleStatus.HELD: QT_TRANSLATE_NOOP("MergeSummary", "Would merge, some records held"),
}
ACTION_TITLES = {
    "insert": QT_TRANSLATE_NOOP("MergeSummary", "New"),
    "update": QT_TRANSLATE_NOOP("MergeSummary", "Changed"),
    "held": QT_TRANSLATE_NOOP("MergeSummary", "Held"),
    "conflict": QT_TRANSLATE_NOOP("MergeSummary", "Conflict"),
}
STATUS_COLOURS: dict[str, QColor] = {
    BundleStatus.APPLIED: QColor("#1b6e20"),
    BundleStatus.HELD: QColor("#a15c00"),
    BundleStatus.REFUSED: QColor("#b3261e"),
    BundleStatus.DUPLICATE: QColor("#5f6368"),
    BundleStatus.VALID: QColor("#1b6e20"),
    BundleStatus.SKIPPED: QColor("#5f6368"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_title(result: BundleResult) -> str:
    titles = PREVIEW_TITLES if result.dry_run else {}
    return _tr(titles.get(result.status) or STATUS_TITLES.get(result.status, result.status))


def _short(value: Any) -> str:
    text = "—" if value is None or value == "" else str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


class MergeSummary(QWidget):
    def _count_headers(self) -> list[str]:
        return [
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Held"),
            self.tr("Conflicts"),
            self.tr("Deleted"),
        ]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MergeSummary()
        self.ui.setupUi(self)
        self.results: list[BundleResult] = []
        self.bundle_model = RowsModel(
            [
                self.tr("File"),
                self.tr("Author"),
                self.tr("No."),
                self.tr("Result"),
                *self._count_headers(),
                self.tr("Why"),
            ],
            self,
        )
        self.table_model = RowsModel([self.tr("Table"), *self._count_headers()], self)
        self.change_model = RowsModel(
            [
                self.tr("Change"),
                self.tr("Table"),
                self.tr("Record"),
                self.tr("Fields: before → after"),
                self.tr("Why"),
            ],
            self,
        )
        ui = self.ui
        for view, model in (
            (ui.bundle_table, self.bundle_model),
            (ui.table_counts_table, self.table_model),
            (ui.changes_table, self.change_model),
        ):
            view.setModel(model)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(view is not ui.table_counts_table)
        ui.bundle_table.selectionModel().selectionChanged.connect(self._bundle_selected)
        ui.summary_splitter.setStretchFactor(0, 1)
        ui.summary_splitter.setStretchFactor(1, 1)
        ui.notes_label.setWordWrap(True)
        self.clear(self.tr("Nothing merged yet."))

    def clear(self, headline: str) -> None:
        self.results = []
        self.bundle_model.set_rows([])
        self.table_model.set_rows([])
        self.change_model.set_rows([])
        self.ui.headline_label.setText(headline)
        self.ui.notes_label.clear()
        self.ui.detail_tabs.setTabVisible(1, False)

    def show_results(self, results: Sequence[BundleResult]) -> None:
        self.results = list(results)
        rows: list[tuple[Cell, ...]] = []
        colours: dict[int, QColor] = {}
        for number, result in enumerate(self.results):
            counts = result.counts
            rows.append(
                (
                    Path(result.file).name,
                    result.signed_by,
                    result.seq or None,
                    status_title(result),
                    *(counts[key] if result.outcome else None for key in COUNT_KEYS),
                    self._why(result),
                )
            )
            colour = STATUS_COLOURS.get(result.status)
            if colour is not None:
                colours[number] = colour
        self.bundle_model.set_rows(rows, colours)
        self.ui.headline_label.setText(self._headline())
        self._fit(self.ui.bundle_table)
        dry_run = any(r.dry_run for r in self.results)
        self.ui.detail_tabs.setTabVisible(1, dry_run)
        if self.results:
            self.ui.bundle_table.selectRow(0)

    def _why(self, result: BundleResult) -> str:
        parts = [result.reason] if result.reason else []
        if result.gaps:
            parts.append(
                self.tr("Missing bundles No. {numbers} from this device").format(
                    numbers=", ".join(map(str, result.gaps))
                )
            )
        parts += result.audit_warnings
        if result.revoked:
            parts.append(revoked_by_bureau(result.revoked))
        if result.shared_compounds:
            parts.append(
                self.tr("{count} compounds scored by more than one inspector this quarter").format(
                    count=len(result.shared_compounds)
                )
            )
        if result.clock:
            parts.append(self.tr("Clock: {message}").format(message=result.clock[0]["message"]))
        return "；".join(parts)

    def _headline(self) -> str:
        by_status: dict[str, int] = {}
        for result in self.results:
            title = status_title(result)
            by_status[title] = by_status.get(title, 0) + 1
        words = [
            self.tr("{count} × {status}").format(count=count, status=title)
            for title, count in by_status.items()
        ]
        totals = {key: sum(r.counts[key] for r in self.results) for key in COUNT_KEYS}
        preview = any(r.dry_run for r in self.results)
        template = (
            self.tr(
                "Preview of {bundles} bundles, nothing written: {words}. Would add {inserted}, "
                "change {updated}, hold {held} for review."
            )
            if preview
            else self.tr(
                "{bundles} bundles: {words}. Added {inserted}, changed {updated}, "
                "held {held} for review, {conflicts} conflicts kept."
            )
        )
        return template.format(bundles=len(self.results), words="，".join(words), **totals)

    def _bundle_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        result = self.results[indexes[0].row()]
        tables = result.outcome.tables if result.outcome else {}
        self.table_model.set_rows(
            [
                (table_label(name), *(counts.as_dict()[key] for key in COUNT_KEYS))
                for name, counts in tables.items()
            ]
        )
        self._fit(self.ui.table_counts_table)
        self.change_model.set_rows(
            [
                (
                    _tr(ACTION_TITLES.get(change.action, change.action)),
                    table_label(change.table),
                    change.row_id,
                    "；".join(
                        f"{field_label(name)}：{_short(old)} → {_short(new)}"
                        for name, (old, new) in change.fields.items()
                    ),
                    change.reason,
                )
                for change in result.changes
            ]
        )
        self._fit(self.ui.changes_table)
        self.ui.notes_label.setText(self._notes(result))

    def _notes(self, result: BundleResult) -> str:
        lines = [
            self.tr("{file}: {status}").format(
                file=Path(result.file).name, status=status_title(result)
            )
        ]
        if result.reason:
            lines.append(result.reason)
        if result.gaps:
            lines.append(
                self.tr(
                    "Gap in this inspector's chain: bundles No. {numbers} have not arrived. "
                    "Ask for them, or for a full export."
                ).format(numbers=", ".join(map(str, result.gaps)))
            )
        lines.extend(
            self.tr("Clock: {message}").format(message=note["message"]) for note in result.clock
        )
        omitted = result.outcome.changes_omitted if result.outcome else 0
        if omitted:
            lines.append(self.tr("{count} more changes not listed.").format(count=omitted))
        return "\n".join(lines)

    @staticmethod
    def _fit(view: QTableView) -> None:
        header = view.horizontalHeader()
        view.resizeColumnsToContents()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 320))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
