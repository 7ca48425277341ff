"""Following one firm's score down: compounds → inspection sheets → indicators → their history.

Each level is chosen with the keyboard or the mouse and fills the next; the sheet and its
history are read on the task runner when a sheet is chosen. Every figure comes from the
services (drilldown.py, inspection_detail.py); the dialog only formats them.
"""

from PySide6.QtCore import QItemSelection, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QTableView, QWidget

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.results_drilldown_dialog_ui import Ui_ResultsDrilldownDialog
from hexie_desktop.gui.layout_memory import remember_layout
from hexie_desktop.gui.lifetime import torn_down
from hexie_desktop.gui.results_labels import (
    detail_text,
    history_label,
    history_table_label,
    local_time,
    method_label,
    sheet_status_label,
)
from hexie_desktop.gui.rows_model import Cell, RowsModel
from hexie_desktop.gui.screen_fit import fit_to_screen
from hexie_desktop.services.evaluation.drilldown_view import (
    FirmDrilldown,
    SheetLine,
    firm_drilldown,
)
from hexie_desktop.services.fieldwork.inspection_view import (
    IndicatorLine,
    InspectionDetail,
    PhotoLine,
    inspection_detail,
)

THUMBNAIL = QSize(96, 96)


def _table(view: QTableView, model: RowsModel, width: int = 90) -> None:
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setDefaultSectionSize(width)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


class DrilldownDialog(QDialog):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ResultsDrilldownDialog()
        self.ui.setupUi(self)
        self._context = context
        self.drill: FirmDrilldown | None = None
        self.detail: InspectionDetail | None = None
        self._sheets: list[SheetLine] = []
        self.setWindowTitle(self.tr("Where the score comes from"))
        self.compounds: RowsModel | None = None
        self._compound_headers: tuple[str, ...] = ()
        self.sheets = RowsModel(
            (
                self.tr("Inspected on"),
                self.tr("Inspector"),
                self.tr("Method"),
                self.tr("Revision"),
                self.tr("Status"),
                self.tr("Sheet total"),
            ),
            self,
        )
        self.indicators = RowsModel(
            (
                self.tr("Part"),
                self.tr("Code"),
                self.tr("Indicator"),
                self.tr("Maximum"),
                self.tr("Score"),
                self.tr("Deductions"),
                self.tr("Photos"),
                self.tr("Scored by"),
                self.tr("Note"),
            ),
            self,
        )
        self.history = RowsModel(
            (self.tr("Time"), self.tr("By"), self.tr("What"), self.tr("Of"), self.tr("Details")),
            self,
        )
        _table(self.ui.sheet_table, self.sheets)
        _table(self.ui.indicator_table, self.indicators)
        _table(self.ui.history_table, self.history, 130)
        for view, widths in (
            (self.ui.sheet_table, (90, 80, 70, 50, 90)),
            (self.ui.indicator_table, (110, 48, 180, 56, 56, 220, 44, 80)),
            (self.ui.history_table, (130, 80, 220, 80)),
        ):
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        self.ui.photo_list.setIconSize(THUMBNAIL)
        self.ui.main_splitter.setSizes([420, 760])
        self.ui.right_splitter.setSizes([420, 200])
        self.ui.sheet_table.selectionModel().selectionChanged.connect(self._sheet_chosen)
        self.ui.indicator_table.selectionModel().selectionChanged.connect(self._indicator_chosen)
        remember_layout(self, context.settings, "drilldown")
        fit_to_screen(self, QSize(1180, 760))

    def load(self, quarter: Quarter, firm_id: str) -> None:
        """Show another firm: everything of the previous one is cleared first."""
        self.drill = self.detail = None
        self._sheets = []
        for model in (self.sheets, self.indicators, self.history):
            model.set_rows([])
        if self.compounds is not None:
            self.compounds.set_rows([])
        self.ui.score_label.clear()
        self.ui.sheet_header_label.clear()
        self.ui.indicator_label.clear()
        self.ui.photo_list.clear()
        self.ui.header_label.setText(self.tr("Reading…"))
        store = self._context.store
        self._context.runner.run(
            lambda _progress, _cancel: firm_drilldown(store, quarter, firm_id),
            title=self.tr("Reading the firm's sheets"),
            on_success=self._show_firm,
        )

    def _show_firm(self, drill: FirmDrilldown) -> None:
        if torn_down(self.ui.compound_table, self.ui.header_label):
            return
        self.drill = drill
        codes = list(drill.part_names)
        self.ui.header_label.setText(
            self.tr("{firm} ({code}) · {quarter}").format(
                firm=drill.name, code=drill.credit_code, quarter=drill.quarter
            )
        )
        stored = drill.stored
        if stored is None:
            self.ui.score_label.setText(self.tr("Not ranked this quarter."))
        else:
            self.ui.score_label.setText(
                self.tr(
                    "Score {score:.2f} (rank {rank}) = sheets combined {raw:.2f} − deductions "
                    "{deductions:.2f}. Each compound's sheets are combined by \u201c{rule}\u201d; "
                    "{weighing} {automatic}"
                ).format(
                    score=stored.score,
                    rank=stored.rank,
                    raw=stored.raw_score,
                    deductions=stored.deductions,
                    rule=self._rule(drill.combine_rule),
                    weighing=self._weighing(drill),
                    automatic=self._automatic(drill, stored.auto_deductions),
                )
            )
        headers = (
            self.tr("Compound"),
            self.tr("Households"),
            self.tr("Sheets counted"),
            *(drill.part_names[c] for c in codes),
            self.tr("Total"),
        )
        if self.compounds is None or self._compound_headers != headers:
            # Parts are named by the standard, so a new standard's names need a new model.
            self.compounds = RowsModel(headers, self)
            self._compound_headers = headers
            _table(self.ui.compound_table, self.compounds)
            self.ui.compound_table.selectionModel().selectionChanged.connect(self._compound_chosen)
        self.compounds.set_rows(
            [
                [
                    c.name,
                    c.households,
                    c.counted_sheets,
                    *((c.score.parts.get(code) if c.score else None) for code in codes),
                    c.total,
                ]
                for c in drill.compounds
            ]
        )
        self.ui.compound_table.resizeColumnToContents(0)
        if drill.compounds:
            self.ui.compound_table.selectRow(0)
            self.ui.compound_table.setFocus()

    def _weighing(self, drill: FirmDrilldown) -> str:
        if drill.weighting == "equal":
            return self.tr("compounds weigh equally.")
        blank = {
            "median": self.tr(
                "compounds weigh by households; one without a household count weighs as much "
                "as the firm's median compound of the quarter."
            ),
            "one_household": self.tr(
                "compounds weigh by households; one without a household count weighs as one "
                "household."
            ),
            "left_out": self.tr(
                "compounds weigh by households; one without a household count is left out of "
                "the score and of the compounds inspected."
            ),
        }
        return blank.get(drill.blank_households, "")

    def _automatic(self, drill: FirmDrilldown, points: float) -> str:
        if drill.auto_deductions == "quarter_score":
            return self.tr(
                "Automatic cards lower the quarter's score too: {points:.2f} of the deductions."
            ).format(points=points)
        return self.tr("Automatic cards go into the credit file only, not this score.")

    def _rule(self, rule: str) -> str:
        names = {
            "mean": self.tr("mean of the sheets"),
            "latest": self.tr("latest sheet"),
            "min": self.tr("lowest sheet"),
        }
        return names.get(rule, rule)

    def _compound_chosen(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if self.drill is None or not selected.indexes():
            return
        compound = self.drill.compounds[selected.indexes()[0].row()]
        self._sheets = self.drill.sheets.get(compound.compound_id, [])
        self.sheets.set_rows([self._sheet_cells(s) for s in self._sheets])
        if self._sheets:
            self.ui.sheet_table.selectRow(0)

    def _sheet_cells(self, sheet: SheetLine) -> list[Cell]:
        if sheet.superseded:
            state = self.tr("Replaced by a correction")
        elif sheet.result is None:
            state = self.tr("{status}, not counted").format(status=sheet_status_label(sheet.status))
        else:
            state = sheet_status_label(sheet.status)
        return [
            str(sheet.inspected_on),
            sheet.inspector,
            method_label(sheet.method),
            sheet.revision,
            state,
            sheet.result.total if sheet.result is not None else None,
        ]

    def _sheet_chosen(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if not selected.indexes():
            return
        sheet = self._sheets[selected.indexes()[0].row()]
        store = self._context.store
        self._context.runner.run(
            lambda _progress, _cancel: inspection_detail(store, sheet.inspection_id),
            title=self.tr("Reading the inspection sheet"),
            on_success=self._show_sheet,
        )

    def _show_sheet(self, detail: InspectionDetail) -> None:
        if torn_down(self.ui.indicator_table, self.ui.sheet_header_label):
            return
        self.detail = detail
        text = self.tr(
            "{compound} · inspected {day} by {inspector} · revision {revision} · "
            "submitted {submitted}"
        ).format(
            compound=detail.compound,
            day=detail.inspected_on,
            inspector=detail.inspector,
            revision=detail.revision,
            submitted=local_time(detail.submitted_at) or "—",
        )
        if detail.note:
            text += "\n" + self.tr("Sheet note: {note}").format(note=detail.note)
        self.ui.sheet_header_label.setText(text)
        self.indicators.set_rows([self._indicator_cells(i) for i in detail.indicators])
        self._show_indicator(None)

    def _indicator_cells(self, line: IndicatorLine) -> list[Cell]:
        return [
            line.part,
            line.code,
            line.name,
            line.max_points,
            line.score if line.score is not None else self.tr("Not scored"),
            self._deductions(line),
            len(line.photos) or None,
            line.scored_by,
            line.note,
        ]

    def _deductions(self, line: IndicatorLine) -> str:
        return self.tr("; ").join(
            self.tr("{item} −{points:g} ×{count}").format(
                item=d.description or d.code, points=d.points, count=d.count
            )
            for d in line.deductions
        )

    def _indicator_chosen(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if self.detail is None or not selected.indexes():
            return
        self._show_indicator(self.detail.indicators[selected.indexes()[0].row()])

    def _show_indicator(self, line: IndicatorLine | None) -> None:
        detail = self.detail
        if detail is None:
            return
        if line is None:
            self.ui.indicator_label.setText(
                self.tr("Choose an indicator to see its deductions, note, photos and history.")
            )
            photos = [p for p in detail.photos if p.indicator_id is None]
            rows = {detail.inspection_id}
        else:
            self.ui.indicator_label.setText(self._indicator_text(line))
            photos = line.photos
            rows = {detail.inspection_id, line.score_id or "", *(p.photo_id for p in photos)}
        self._show_photos(photos)
        self.history.set_rows(
            [
                [
                    local_time(h.at),
                    h.who,
                    history_label(h.kind),
                    history_table_label(h.table),
                    detail_text(h.detail),
                ]
                for h in detail.history
                if h.row_id in rows
            ]
        )

    def _indicator_text(self, line: IndicatorLine) -> str:
        score = f"{line.score:g}" if line.score is not None else self.tr("not scored")
        text = self.tr("{code} {name}: {score} of {maximum:g} points").format(
            code=line.code, name=line.name, score=score, maximum=line.max_points
        )
        if line.scored_at is not None:
            text += "\n" + self.tr("Scored by {who}, recorded {time}").format(
                who=line.scored_by, time=local_time(line.scored_at)
            )
        if line.deductions:
            text += "\n" + self.tr("Deductions: {items}").format(items=self._deductions(line))
        if line.note:
            text += "\n" + self.tr("Note: {note}").format(note=line.note)
        return text

    def _show_photos(self, photos: list[PhotoLine]) -> None:
        self.ui.photo_list.clear()
        for photo in photos:
            item = QListWidgetItem(photo.caption or photo.path.name[:8])
            item.setToolTip(str(photo.path))
            if photo.present:
                pixmap = QPixmap(str(photo.path))
                if not pixmap.isNull():
                    item.setIcon(
                        QIcon(
                            pixmap.scaled(
                                THUMBNAIL,
                                Qt.AspectRatioMode.KeepAspectRatio,
                                Qt.TransformationMode.SmoothTransformation,
                            )
                        )
                    )
            else:
                item.setText(self.tr("{caption} (file missing)").format(caption=item.text()))
            self.ui.photo_list.addItem(item)
        self.ui.photo_list.setVisible(bool(photos))
