"""Adding or editing a compound with its current contract and its 2+4 team, saved together.

Pickers search as the clerk types (a firm by name or credit code, a community by any of its
district, street or name). Choosing another firm starts a new contract; the dialog says which
day the old one will end, as the service will record it.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialogButtonBox, QLabel, QLineEdit, QWidget

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.roles import TEAM_ROLES
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.editor_dialog import EditorDialog
from hexie_desktop.gui.errors import show_user_error
from hexie_desktop.gui.forms.compound_dialog_ui import Ui_CompoundDialog
from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP
from hexie_desktop.services.master.edits import (
    CompoundEdit,
    CompoundFields,
    compound_problem,
    save_compound,
)
from hexie_desktop.services.master.records_view import (
    Choice,
    ContractFields,
    TeamMemberFields,
    community_choices,
    compound_record,
    firm_choices,
)

CONTEXT = "CompoundDialog"
TEAM_ROLE_TITLES = {
    "service_head": QT_TRANSLATE_NOOP("CompoundDialog", "Service head"),
    "street_liaison": QT_TRANSLATE_NOOP("CompoundDialog", "Street liaison"),
    "police_officer": QT_TRANSLATE_NOOP("CompoundDialog", "Community police officer"),
    "legal_adviser": QT_TRANSLATE_NOOP("CompoundDialog", "Legal adviser"),
    "property_manager": QT_TRANSLATE_NOOP("CompoundDialog", "Property manager"),
    "resident_representative": QT_TRANSLATE_NOOP("CompoundDialog", "Resident representative"),
}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def fill_picker(combo: QComboBox, choices: list[Choice], placeholder: str) -> None:
    """An editable combo that finds an entry by any part of its label as the clerk types."""
    for choice in choices:
        combo.addItem(choice.label, choice.id)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    if completer is None:
        return
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(placeholder)


def picked(combo: QComboBox) -> tuple[bool, str | None]:
    """Whether the text names an entry, and that entry's id (None for the empty entry)."""
    index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchExactly)
    return (index >= 0, combo.itemData(index) if index >= 0 else None)


class CompoundDialog(EditorDialog):
    def __init__(
        self, context: ScreenContext, compound_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CompoundDialog()
        self.ui.setupUi(self)
        self._compound_id = compound_id
        self.setWindowTitle(
            self.tr("New compound") if compound_id is None else self.tr("Edit compound")
        )
        record = compound_record(context.store, compound_id) if compound_id else None
        self._contract = record.contract if record is not None else None
        fill_picker(
            self.ui.community_combo,
            community_choices(context.store),
            self.tr("Type part of the district, street or community name"),
        )
        if self._contract is None:
            self.ui.firm_combo.addItem("", None)
        fill_picker(
            self.ui.firm_combo,
            firm_choices(context.store),
            self.tr("No firm: type part of a firm's name or credit code"),
        )
        self.team_edits = self._build_team()
        today = bureau_time.today()
        self.ui.starts_on_edit.setDate(_qdate(today))
        self.ui.ends_on_edit.setDate(_qdate(today))
        if record is not None:
            self.ui.name_edit.setText(record.name)
            self._select(self.ui.community_combo, record.community_id)
            self.ui.address_edit.setText(record.address)
            self.ui.households_spin.setValue(record.households)
            self.ui.grid_edit.setText(record.grid)
            self.ui.fallback_check.setChecked(record.is_fallback)
            for role, member in record.team.items():
                name_edit, phone_edit = self.team_edits[role]
                name_edit.setText(member.name)
                phone_edit.setText(member.phone)
        else:
            self.ui.community_combo.setCurrentIndex(-1)
        if self._contract is not None:
            self._select(self.ui.firm_combo, self._contract.firm_id)
            self.ui.starts_on_edit.setDate(_qdate(self._contract.starts_on))
            if self._contract.ends_on is not None:
                self.ui.has_end_check.setChecked(True)
                self.ui.ends_on_edit.setDate(_qdate(self._contract.ends_on))
        else:
            self.ui.firm_combo.setCurrentIndex(0)
        self.ui.ends_on_edit.setEnabled(self.ui.has_end_check.isChecked())
        self.ui.has_end_check.toggled.connect(self.ui.ends_on_edit.setEnabled)
        self.ui.firm_combo.currentTextChanged.connect(self._firm_changed)
        self.ui.starts_on_edit.dateChanged.connect(self._explain_contract)
        self.connect_buttons(self.ui.button_box, self._save)
        self._explain_contract()
        self._watch_entries()
        self.ui.name_edit.setFocus()

    def _watch_entries(self) -> None:
        """Every change is checked as it is made: the first problem shows above the buttons and
        OK waits until there is none."""
        ui = self.ui
        for edit in (ui.name_edit, ui.address_edit, ui.grid_edit):
            edit.textChanged.connect(self._recheck)
        for name, phone in self.team_edits.values():
            name.textChanged.connect(self._recheck)
            phone.textChanged.connect(self._recheck)
        for combo in (ui.community_combo, ui.firm_combo):
            combo.currentTextChanged.connect(self._recheck)
        ui.households_spin.valueChanged.connect(self._recheck)
        for day in (ui.starts_on_edit, ui.ends_on_edit):
            day.dateChanged.connect(self._recheck)
        ui.has_end_check.toggled.connect(self._recheck)
        self._recheck()

    def _recheck(self) -> None:
        problem = self._problem()
        label = self.ui.problem_label
        label.setText(problem[0] if problem else "")
        label.setVisible(problem is not None)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(problem is None)

    def _problem(self) -> tuple[str, QWidget, QWidget] | None:
        """The first thing to fix, with the field to fix it in and the page of that field
        (the page in view when the message names the field itself)."""
        ui = self.ui
        found_community, community_id = picked(ui.community_combo)
        if not found_community or community_id is None:
            return (
                self.tr("Choose the community from the list."),
                ui.community_combo,
                ui.basics_page,
            )
        found_firm, _firm_id = picked(ui.firm_combo)
        if not found_firm:
            return (
                self.tr("Choose the firm from the list, or leave it empty."),
                ui.firm_combo,
                ui.contract_page,
            )
        problem = compound_problem(self._edit(community_id))
        if problem is None:
            return None
        page = ui.compound_tabs.currentWidget()
        return problem, page, page

    def _build_team(self) -> dict[str, tuple[QLineEdit, QLineEdit]]:
        layout = self.ui.team_layout
        for column, caption in enumerate((self.tr("Role"), self.tr("Name"), self.tr("Phone"))):
            header = QLabel(caption, self)
            header.setStyleSheet("font-weight: bold;")
            layout.addWidget(header, 0, column)
        edits = {}
        previous: QWidget = self.ui.ends_on_edit
        for row, role in enumerate(TEAM_ROLES, start=1):
            name_edit, phone_edit = QLineEdit(self), QLineEdit(self)
            name_edit.setObjectName(f"{role}_name_edit")
            phone_edit.setObjectName(f"{role}_phone_edit")
            name_edit.setMaxLength(32)
            phone_edit.setMaxLength(32)
            label = QLabel(QCoreApplication.translate(CONTEXT, TEAM_ROLE_TITLES[role]), self)
            label.setBuddy(name_edit)
            layout.addWidget(label, row, 0)
            layout.addWidget(name_edit, row, 1)
            layout.addWidget(phone_edit, row, 2)
            QWidget.setTabOrder(previous, name_edit)
            QWidget.setTabOrder(name_edit, phone_edit)
            previous = phone_edit
            edits[role] = (name_edit, phone_edit)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(2, 1)
        return edits

    @staticmethod
    def _select(combo: QComboBox, row_id: str) -> None:
        combo.setCurrentIndex(combo.findData(row_id))

    def _firm_changed(self) -> None:
        found, firm_id = picked(self.ui.firm_combo)
        old = self._contract
        if found and old is not None and firm_id not in (None, old.firm_id):
            if _date(self.ui.starts_on_edit.date()) <= old.starts_on:
                self.ui.starts_on_edit.setDate(_qdate(max(bureau_time.today(), old.starts_on)))
                self.ui.has_end_check.setChecked(False)
        self._explain_contract()

    def _explain_contract(self) -> None:
        found, firm_id = picked(self.ui.firm_combo)
        old = self._contract
        note = self.ui.contract_note_label
        if old is None or not found or firm_id in (None, old.firm_id):
            note.setText(
                self.tr(
                    "Choosing another firm starts a new contract and ends the current one on "
                    "the day before."
                )
            )
            return
        ends = _date(self.ui.starts_on_edit.date()) - dt.timedelta(days=1)
        note.setText(
            self.tr(
                "A new contract starts; the contract with the current firm ends on {day}."
            ).format(day=ends.isoformat())
        )

    def _refuse(self, message: str, focus: QWidget, page: QWidget) -> None:
        self.ui.compound_tabs.setCurrentWidget(page)
        show_user_error(self, self.windowTitle(), message)
        focus.setFocus()

    def _edit(self, community_id: str) -> CompoundEdit:
        _found, firm_id = picked(self.ui.firm_combo)
        contract = None
        if firm_id is not None:
            ends = self.ui.ends_on_edit.date() if self.ui.has_end_check.isChecked() else None
            contract = ContractFields(
                firm_id,
                _date(self.ui.starts_on_edit.date()),
                _date(ends) if ends is not None else None,
            )
        return CompoundEdit(
            CompoundFields(
                community_id=community_id,
                name=self.ui.name_edit.text(),
                address=self.ui.address_edit.text(),
                households=self.ui.households_spin.value(),
                grid=self.ui.grid_edit.text(),
                is_fallback=self.ui.fallback_check.isChecked(),
            ),
            contract,
            tuple(
                TeamMemberFields(role, name.text(), phone.text())
                for role, (name, phone) in self.team_edits.items()
            ),
        )

    def _save(self) -> None:
        problem = self._problem()
        if problem is not None:
            self._refuse(*problem)
            return
        _found, community_id = picked(self.ui.community_combo)
        assert community_id is not None
        edit = self._edit(community_id)
        store, compound_id = self.context.store, self._compound_id
        self.run_save(
            lambda: save_compound(store, compound_id, edit),
            title=self.tr("Saving the compound"),
        )
