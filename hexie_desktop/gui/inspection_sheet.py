"""The inspection sheet window: score a compound with the keyboard, every edit saved as it is made.

Each score, deduction and note goes straight to `services.inspections.set_score` (one small
transaction), so there is no save button and nothing to lose when the laptop dies. The call is
queued on the task runner's one writer, so a score typed while a merge holds the database's
write lock neither freezes the window nor fails: the cell shows it at once, the sheet says
保存中… while it waits, and the save follows when the merge is done. Submitting validates and locks the sheet; a submitted sheet opens
read-only and can only be corrected through a new revision with a reason.
"""

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from hexie_desktop.domain.bureau_time import format_clock, format_time
from hexie_desktop.domain.bureau_time import now as bureau_now
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.deductions_dialog import DeductionsDialog
from hexie_desktop.gui.errors import show_user_error
from hexie_desktop.gui.forms.inspection_sheet_ui import Ui_InspectionSheet
from hexie_desktop.gui.layout_memory import remember_layout
from hexie_desktop.gui.screen_fit import fit_to_screen
from hexie_desktop.gui.sheet_model import (
    DEDUCTIONS,
    INDICATOR,
    MAXIMUM,
    NOTE,
    PHOTOS,
    SCORE,
    SheetModel,
    number,
)
from hexie_desktop.gui.sheet_photos import SheetPhotos
from hexie_desktop.gui.sheet_undo import SheetUndo
from hexie_desktop.services.changes import Changed
from hexie_desktop.services.fieldwork.inspections import (
    discard_draft,
    restore_score,
    revise,
    set_score,
    sheet,
    submit,
    submit_blocker,
)
from hexie_desktop.services.fieldwork.sheet_view import SheetView
from hexie_desktop.storage.tables import Inspection

SHEET_SIZE = QSize(1180, 780)


class InspectionSheet(QWidget):
    def __init__(
        self, context: ScreenContext, inspection_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_InspectionSheet()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._context = context
        self.deductions_dialog: DeductionsDialog | None = None
        self._part_labels: list[QLabel] = []
        self._saving: deque[tuple[str, int]] = deque()  # (indicator id, column), oldest first
        # What the label says once the queued saves are stored (the undo names what came back).
        self._saved_note = ""
        # Submit asked while saves were queued: it is decided once they are stored.
        self._submit_when_saved = False
        self.model = SheetModel(sheet(context.store, inspection_id), self)
        self.photos = SheetPhotos(context, self.ui, self._photos_changed, self)
        self.ui.indicator_tree.files_dropped.connect(self.photos.attach)
        self.ui.body_splitter.setStretchFactor(0, 3)
        self.ui.body_splitter.setStretchFactor(1, 1)
        self._shortcuts()
        self._load(self.model)
        remember_layout(self, context.settings, "inspection_sheet")

    def _load(self, model: SheetModel) -> None:
        """Show a sheet (this one, or the revision just started) in the tree, at its first gap."""
        self.model = model
        self.undo = SheetUndo()
        # Before the saves: the indicator is remembered as it was, for Ctrl+Z.
        model.score_edited.connect(self._remember_before)
        model.note_edited.connect(self._remember_before)
        model.score_edited.connect(self._save_score)
        model.note_edited.connect(self._save_note)
        tree = self.ui.indicator_tree
        tree.setModel(model)
        tree.expandAll()
        tree.selectionModel().currentChanged.connect(self._current_changed)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(INDICATOR, QHeaderView.ResizeMode.Stretch)
        metrics = tree.fontMetrics()
        for column, sample in (
            (MAXIMUM, "满分 00"),
            (SCORE, "99.99 > 满分 ⚠"),
            (DEDUCTIONS, "A00-0×2、A00-0"),
            (NOTE, "备注备注备注备注备注"),
            (PHOTOS, "照片 0"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self._show(model.view)
        cells = tree.score_indexes()
        gaps = [c for c in cells if not model.view.indicators()[cells.index(c)].scored]
        tree.go_to(gaps[0] if gaps else cells[0] if cells else QModelIndex())
        tree.setFocus()

    @property
    def inspection_id(self) -> str:
        return self.model.view.inspection_id

    def _shortcuts(self) -> None:
        ui = self.ui
        bindings: list[tuple[QPushButton, list[str], Callable[[], object]]] = [
            (ui.submit_button, ["Ctrl+Return", "Ctrl+Enter"], self.submit),
            (ui.deductions_button, ["Ctrl+D"], self.pick_deductions),
            (ui.note_button, ["Ctrl+N"], self.edit_note),
            (ui.add_photo_button, ["Ctrl+P"], self.photos.choose),
            (ui.revise_button, ["Ctrl+R"], self.start_revision),
            (ui.discard_button, ["Ctrl+Shift+Del"], self.discard),
            (ui.close_button, ["Ctrl+W"], self.close),
        ]
        for button, keys, slot in bindings:
            action = QAction(button.text(), self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.text().replace('&', '')} ({shown})")
            button.clicked.connect(slot)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_action.triggered.connect(self.undo_last)
        self.addAction(self.undo_action)
        # Esc closes a finished sheet; on a draft it stays the editor's, to undo what is typed.
        self.escape_action = QAction(self)
        self.escape_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.escape_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.escape_action.triggered.connect(self.close)
        self.addAction(self.escape_action)
        self.ui.indicator_tree.setToolTip(
            self.tr(
                "Type a score; Enter or Tab: next indicator, Shift+Tab: previous; "
                "Ctrl+↓ / Ctrl+↑: next / previous part; Delete: clear the score"
            )
        )

    def _show(self, view: SheetView) -> None:
        self.model.show_view(view)
        head = view.header
        ui = self.ui
        self.setWindowTitle(self.tr("Inspection Sheet — {compound}").format(compound=head.name))
        ui.compound_label.setText(head.name)
        ui.address_label.setText(
            self.tr("{address} · {street} · {community}").format(
                address=head.address or self.tr("(no address)"),
                street=head.street,
                community=head.community,
            )
        )
        ui.firm_label.setText(
            self.tr("Firm: {firm} (credit code {code})").format(
                firm=head.firm_name, code=head.credit_code
            )
        )
        contract = self.tr("{start} to {end}").format(
            start=head.contract_starts or "?",
            end=head.contract_ends or self.tr("open-ended"),
        )
        ui.details_label.setText(
            self.tr(
                "{households} households · contract {contract} · {quarter} · inspected {day} · {standard}"
            ).format(
                households=f"{head.households:,}",
                contract=contract,
                quarter=view.quarter,
                day=view.inspected_on,
                standard=view.standard_name,
            )
        )
        self._show_status(view)
        self._show_totals(view)
        self._current_changed(ui.indicator_tree.currentIndex())

    def _show_status(self, view: SheetView) -> None:
        ui = self.ui
        revision = self.tr("revision {number}").format(number=view.revision)
        if view.editable:
            ui.status_label.setText(self.tr("Draft · {revision}").format(revision=revision))
            ui.status_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        else:
            ui.status_label.setText(self.tr("Submitted · {revision}").format(revision=revision))
            ui.status_label.setStyleSheet("color: #1b6e20; font-weight: bold;")
        banner = ""
        if view.revises_id is not None:
            banner = self.tr("Correction of an earlier sheet. Reason: {reason}").format(
                reason=view.revision_reason
            )
        if not view.editable and view.submitted_at is not None:
            when = format_time(view.submitted_at)
            locked = self.tr(
                "Submitted {when}: read-only. To correct it, start a new revision (Ctrl+R)."
            ).format(when=when)
            banner = f"{locked}\n{banner}" if banner else locked
        ui.banner_label.setText(banner)
        ui.banner_label.setVisible(bool(banner))
        for button in (ui.submit_button, ui.deductions_button, ui.note_button):
            button.setEnabled(view.editable)
        ui.revise_button.setVisible(not view.editable)
        ui.discard_button.setVisible(view.editable)
        self.undo_action.setEnabled(view.editable)
        self.escape_action.setEnabled(not view.editable)

    def _show_totals(self, view: SheetView) -> None:
        layout = self.ui.totals_layout
        while len(self._part_labels) < len(view.parts):
            label = QLabel(self.ui.totals_frame)
            label.setObjectName(f"part_total_label_{len(self._part_labels)}")
            layout.insertWidget(len(self._part_labels), label)
            self._part_labels.append(label)
        for label, part in zip(self._part_labels, view.parts, strict=False):
            unscored = sum(1 for i in part.indicators if not i.scored)
            text = self.tr("{code} {name}\n{points} / {max}").format(
                code=part.code,
                name=part.name,
                points=number(part.points),
                max=number(part.max_points),
            )
            if unscored:
                text += self.tr(" · {count} not scored").format(count=unscored)
            label.setText(text)
            label.setStyleSheet("" if not unscored else "color: #8a5a00;")
        if view.total is not None:
            total = self.tr("Total {total} / {max}").format(
                total=f"{view.total:.1f}", max=number(view.total_points)
            )
            if view.unscored:
                total += self.tr(" (scaled from {share} scored)").format(
                    share=f"{view.scored_fraction:.0%}"
                )
        else:
            total = self.tr("Total — ({points} given; {share} scored, {needed} needed)").format(
                points=number(view.points),
                share=f"{view.scored_fraction:.0%}",
                needed=f"{view.min_scored_fraction:.0%}",
            )
        if view.out_of_range:
            total += self.tr(" · out of range: {codes}").format(codes="、".join(view.out_of_range))
        self.ui.total_label.setText(total)

    def _current_changed(self, current: QModelIndex) -> None:
        indicator = self.model.indicator_at(current)
        ui = self.ui
        if indicator is None:
            ui.current_label.setText("")
            ui.guidance_label.setText("")
            self.photos.show_indicator(self.inspection_id, None, editable=False)
            ui.deductions_button.setEnabled(False)
            return
        ui.current_label.setText(f"{indicator.code} {indicator.name}")
        lines = [indicator.guidance] if indicator.guidance else []
        lines += [f"{o.code}  {o.description}  −{number(o.points)}" for o in indicator.options]
        ui.guidance_label.setText("\n".join(lines))
        editable = self.model.view.editable
        ui.deductions_button.setEnabled(editable and bool(indicator.options))
        self.photos.show_indicator(self.inspection_id, indicator.id, editable=editable)

    @property
    def saving(self) -> bool:
        """Whether an edit is still waiting for the worker to store it."""
        return bool(self._saving)

    def _save(
        self, indicator_id: str, column: int, typed: object, work: Callable[[], Changed[SheetView]]
    ) -> None:
        """Show the edit at once and queue its save; saves finish in the order they were made."""
        self.model.propose(indicator_id, column, typed)
        self._saving.append((indicator_id, column))
        self.ui.saved_label.setText(self.tr("Saving…"))
        self.ui.saved_label.setStyleSheet("color: #8a5a00;")
        self._context.runner.run(
            lambda _progress, _cancel: work(),
            title=self.tr("Not saved"),
            on_success=self._saved,
            on_failure=self._not_saved,
            inline=self,
        )

    def _saved(self, view: SheetView) -> None:
        self.model.settle(*self._saving.popleft())
        self._show(view)
        if not self._saving:
            now = format_clock(bureau_now())
            note, self._saved_note = self._saved_note, ""
            self.ui.saved_label.setText(note or self.tr("Saved {time}").format(time=now))
            self.ui.saved_label.setStyleSheet("color: #1b6e20;")
            if self._submit_when_saved:
                self._submit_when_saved = False
                self.submit()

    def _not_saved(self, _error: BaseException) -> None:
        self._saved_note = ""
        self._submit_when_saved = False
        self.model.settle(*self._saving.popleft())
        self.ui.saved_label.setText(self.tr("Not saved"))
        self.ui.saved_label.setStyleSheet("color: #a40000; font-weight: bold;")
        self.model.show_view(self.model.view)

    def _save_score(self, indicator_id: str, score: float | None) -> None:
        store, inspection_id = self._context.store, self.inspection_id
        self._save(
            indicator_id,
            SCORE,
            score,
            lambda: set_score(store, inspection_id, indicator_id, score),
        )

    def _save_note(self, indicator_id: str, note: str) -> None:
        store, inspection_id = self._context.store, self.inspection_id
        current = self.model.shown(self.model.view.indicator(indicator_id), SCORE)
        self._save(
            indicator_id,
            NOTE,
            note,
            lambda: set_score(store, inspection_id, indicator_id, current, note=note),
        )

    def _remember_before(self, indicator_id: str, _value: object) -> None:
        self.undo.record(self.model.view.indicator(indicator_id))

    def undo_last(self) -> None:
        """Put back the indicator the last edit changed, as it was before (Ctrl+Z)."""
        before = self.undo.take() if self.model.view.editable else None
        if before is None:
            self.ui.saved_label.setText(self.tr("Nothing to undo"))
            self.ui.saved_label.setStyleSheet("")
            return
        store, inspection_id = self._context.store, self.inspection_id

        def restore() -> Changed[SheetView]:
            return restore_score(
                store,
                inspection_id,
                before.indicator_id,
                before.score,
                deductions=before.deductions,
                note=before.note,
            )

        self._save(before.indicator_id, SCORE, before.score, restore)
        self._saved_note = self.tr("Undone: {code} is back as it was · saved {time}").format(
            code=before.code, time=format_clock(bureau_now())
        )
        self.ui.indicator_tree.go_to(self.model.indicator_index(before.indicator_id))

    def discard(self) -> None:
        """Throw the draft away after asking; the sheet closes and the compound is to do again."""
        view = self.model.view
        if not view.editable:
            return
        question = self.tr(
            "Discard the draft of {compound}? Its scores, deductions and notes are thrown away; "
            "the audit trail keeps that it was discarded."
        ).format(compound=view.header.name)
        if view.revises_id is not None:
            question += self.tr(" The submitted sheet it corrects stays as it is.")
        answer = QMessageBox.question(
            self,
            self.tr("Discard Draft"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, inspection_id = self._context.store, self.inspection_id
        self._context.runner.run(
            lambda _progress, _cancel: discard_draft(store, inspection_id),
            title=self.tr("Cannot discard the draft"),
            on_success=lambda _discarded: self._close_after_discard(),
            inline=self,
        )

    def _close_after_discard(self) -> None:
        self.close()

    def _photos_changed(self) -> None:
        self._show(sheet(self._context.store, self.inspection_id))

    def edit_note(self) -> None:
        tree = self.ui.indicator_tree
        index = tree.currentIndex()
        if self.model.indicator_at(index) is not None and self.model.view.editable:
            tree.setCurrentIndex(index.siblingAtColumn(NOTE))
            tree.edit(index.siblingAtColumn(NOTE))

    def pick_deductions(self) -> None:
        indicator = self.model.indicator_at(self.ui.indicator_tree.currentIndex())
        if indicator is None or not indicator.options or not self.model.view.editable:
            return
        dialog = DeductionsDialog(indicator, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.deductions_dialog = dialog
        store, inspection_id = self._context.store, self.inspection_id

        def apply() -> None:
            applied = dialog.model.applied()
            self.undo.record(self.model.view.indicator(indicator.id))
            self._save(
                indicator.id,
                SCORE,
                dialog.score(),
                lambda: set_score(store, inspection_id, indicator.id, None, deductions=applied),
            )

        dialog.accepted.connect(apply)
        dialog.finished.connect(lambda _result: self._dialog_closed())
        dialog.open()

    def _dialog_closed(self) -> None:
        self.deductions_dialog = None
        self.ui.indicator_tree.setFocus()

    def submit(self) -> None:
        view = self.model.view
        if not view.editable:
            return
        if self._saving:
            # What blocks submitting, and the total asked about, are those of the stored sheet.
            self._submit_when_saved = True
            return
        blocker = submit_blocker(view)
        if blocker is not None:
            show_user_error(self, self.tr("Cannot submit"), blocker)
            return
        total = "—" if view.total is None else f"{view.total:.1f}"
        question = self.tr(
            "Submit the sheet of {compound} with a total of {total}? "
            "After submitting it can only be corrected by a new revision."
        ).format(compound=view.header.name, total=total)
        if view.unscored:
            question = self.tr(
                "{count} indicators are not scored: {codes}. The total is scaled from the "
                "{share} that are.\n\n{question}"
            ).format(
                count=len(view.unscored),
                codes="、".join(view.unscored),
                share=f"{view.scored_fraction:.0%}",
                question=question,
            )
        answer = QMessageBox.question(
            self,
            self.tr("Submit"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No if view.unscored else QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, inspection_id = self._context.store, self.inspection_id
        self._context.runner.run(
            lambda _progress, _cancel: submit(store, inspection_id),
            title=self.tr("Cannot submit"),
            on_success=self._show,
            inline=self,
        )

    def start_revision(self) -> None:
        if self.model.view.editable:
            return
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("New Revision"),
            self.tr("What needs correcting, and why? (kept with the sheet and in the audit trail)"),
        )
        if not accepted:
            return
        store, inspection_id = self._context.store, self.inspection_id
        self._context.runner.run(
            lambda _progress, _cancel: revise(store, inspection_id, reason),
            title=self.tr("Cannot start a revision"),
            on_success=self._revised,
            inline=self,
        )

    def _revised(self, revision: Inspection) -> None:
        self._load(SheetModel(sheet(self._context.store, revision.id), self))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every edit is already queued for the writer; an editor still open is committed on the way
        # out, and the runner stores it even if the application closes meanwhile.
        self.ui.indicator_tree.setFocus()
        super().closeEvent(event)


def open_sheet(
    context: ScreenContext, inspection_id: str, parent: QWidget | None
) -> InspectionSheet:
    """Show the sheet's window, raising the one already open for it rather than a second copy."""
    for widget in QApplication.topLevelWidgets():
        if (
            isinstance(widget, InspectionSheet)
            and widget.isVisible()
            and widget.inspection_id == inspection_id
        ):
            widget.showNormal()
            widget.raise_()
            widget.activateWindow()
            return widget
    window = InspectionSheet(context, inspection_id, parent)
    fit_to_screen(window, SHEET_SIZE)
    window.show()
    window.activateWindow()
    return window
