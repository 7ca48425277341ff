"""A new policy version: every number of the selected version in a form, checked as it changes.

One tab per section of the policy, one control per number with the range the rules allow. The
whole document is checked by the same parser the evaluation uses after every change, and the
dialog cannot be confirmed while it refuses; the first problem is shown under the form.
"""

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from hexie_desktop.domain.errors import UserError
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.editor_dialog import EditorDialog
from hexie_desktop.gui.forms.policy_dialog_ui import Ui_PolicyDialog
from hexie_desktop.gui.policy_labels import choice_label, policy_field_label, section_title
from hexie_desktop.services.rules.policies import (
    POLICY,
    check_policy,
    create_policy_version,
    current_period,
    upcoming_periods,
)
from hexie_desktop.services.rules.policy_fields import (
    CHOICE,
    INTEGER,
    NAMES,
    NUMBER,
    OPTIONAL_INTEGER,
    OPTIONAL_NUMBER,
    OPTIONAL_TEXT,
    PAIRS,
    POLICY_FIELDS,
    PolicyField,
    names_text,
    pairs_text,
    parse_names,
    parse_pairs,
    value_at,
    with_value,
)

Control = QSpinBox | QDoubleSpinBox | QComboBox | QLineEdit
DECIMALS = 2


class PolicyDialog(EditorDialog):
    def __init__(
        self,
        context: ScreenContext,
        base: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_PolicyDialog()
        self.ui.setupUi(self)
        self._base = base
        self.setWindowTitle(self.tr("New policy version"))
        self.ui.base_label.setText(
            self.tr(
                "A copy of policy version {version} (in force from {start}). Change what the "
                "bureau decided; the new version gets the next number."
            ).format(version=base["version"], start=base["effective_from"])
        )
        periods = upcoming_periods(POLICY)
        self.ui.effective_combo.addItems(periods)
        following = periods.index(current_period(POLICY)) + 1
        self.ui.effective_combo.setCurrentIndex(following)
        self.controls: dict[str, Control] = {}
        forms: dict[str, QFormLayout] = {}
        for field in POLICY_FIELDS:
            section = field.path[0]
            if section not in forms:
                page = QWidget(self.ui.section_tabs)
                forms[section] = QFormLayout(page)
                self.ui.section_tabs.addTab(page, section_title(section))
            control = self._control(field, value_at(base, field))
            control.setObjectName(f"{'__'.join(field.path)}_edit")
            forms[section].addRow(policy_field_label(field.key), control)
            self.controls[field.key] = control
        self.connect_buttons(self.ui.button_box, self._save)
        self._order_tabs()
        self.ui.error_label.hide()
        self.ui.note_edit.setFocus()

    def _order_tabs(self) -> None:
        """Tab in reading order: the fields were made after the buttons, so Tab would reach
        them last."""
        ui = self.ui
        chain = [
            ui.effective_combo,
            ui.note_edit,
            ui.section_tabs,
            *self.controls.values(),
            *ui.button_box.buttons(),
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _control(self, field: PolicyField, value: Any) -> Control:
        if field.kind in (INTEGER, OPTIONAL_INTEGER):
            spin = QSpinBox(self)
            optional = field.kind == OPTIONAL_INTEGER
            spin.setRange(int(field.low) - optional, int(field.high))
            if optional:
                spin.setSpecialValueText(self.tr("Not set"))
            spin.setValue(spin.minimum() if value is None else int(value))
            spin.valueChanged.connect(self._check)
            return spin
        if field.percent:
            share = QDoubleSpinBox(self)
            share.setDecimals(1)
            share.setRange(field.low * 100, field.high * 100)
            share.setSuffix(" %")
            share.setValue(float(value) * 100)
            share.valueChanged.connect(self._check)
            return share
        if field.kind in (NUMBER, OPTIONAL_NUMBER):
            number = QDoubleSpinBox(self)
            optional = field.kind == OPTIONAL_NUMBER
            number.setDecimals(DECIMALS)
            number.setRange(field.low - optional * field.step, field.high)
            number.setSingleStep(field.step)
            if optional:
                number.setSpecialValueText(self.tr("Not set"))
            number.setValue(number.minimum() if value is None else float(value))
            number.valueChanged.connect(self._check)
            return number
        if field.kind == CHOICE:
            combo = QComboBox(self)
            for choice in field.choices:
                combo.addItem(choice_label(choice), choice)
            combo.setCurrentIndex(combo.findData(value))
            combo.currentIndexChanged.connect(self._check)
            return combo
        edit = QLineEdit(self)
        if field.kind == PAIRS:
            edit.setText(pairs_text(value))
        elif field.kind == NAMES:
            edit.setText(names_text(value))
        elif field.kind == OPTIONAL_TEXT:
            edit.setPlaceholderText(self.tr("Not set"))
            edit.setText("" if value is None else str(value))
        else:
            edit.setText(str(value))
        edit.textChanged.connect(self._check)
        return edit

    def _value(self, field: PolicyField, control: Control) -> Any:
        if isinstance(control, QSpinBox):
            optional = field.kind == OPTIONAL_INTEGER
            return None if optional and control.value() == control.minimum() else control.value()
        if isinstance(control, QDoubleSpinBox) and field.percent:
            return round(control.value() / 100, DECIMALS + 2)
        if isinstance(control, QDoubleSpinBox):
            optional = field.kind == OPTIONAL_NUMBER
            if optional and control.value() == control.minimum():
                return None
            return round(control.value(), DECIMALS)
        if isinstance(control, QComboBox):
            return control.currentData()
        return self._text_value(field, control.text())

    @staticmethod
    def _text_value(field: PolicyField, text: str) -> Any:
        if field.kind == PAIRS:
            return parse_pairs(text, policy_field_label(field.key))
        if field.kind == NAMES:
            return parse_names(text)
        if field.kind == OPTIONAL_TEXT:
            return text.strip() or None
        return text.strip()

    def document(self) -> dict[str, Any]:
        """The edited policy; raises UserError naming the first problem."""
        doc = self._base
        for field in POLICY_FIELDS:
            doc = with_value(doc, field, self._value(field, self.controls[field.key]))
        check_policy(doc)
        return doc

    def _check(self) -> bool:
        try:
            self.document()
        except UserError as error:
            self.ui.error_label.setText(error.message)
            self.ui.error_label.show()
            ok = False
        else:
            self.ui.error_label.hide()
            ok = True
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def _save(self) -> None:
        if not self._check():
            return
        doc = self.document()
        store = self.context.store
        start, note = self.ui.effective_combo.currentText(), self.ui.note_edit.text()
        self.run_save(
            lambda: create_policy_version(store, doc, start, note),
            title=self.tr("Creating the policy version"),
        )
