"""A combo box to pick one compound out of thousands by typing any part of its name or street."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from hexie_desktop.services.master.records_view import Choice


def fill_compound_combo(combo: QComboBox, choices: list[Choice], chosen: str | None) -> None:
    """Offer `choices` (id as item data), matching typed text anywhere in a label."""
    combo.clear()
    for choice in choices:
        combo.addItem(choice.label, choice.id)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else -1)


def set_placeholder(combo: QComboBox, text: str) -> None:
    """The grey hint of an editable combo box's text field."""
    edit = combo.lineEdit()
    if edit is not None:
        edit.setPlaceholderText(text)


def chosen_compound(combo: QComboBox) -> str | None:
    """The id of the compound whose label is in the box, or None when the text names none."""
    index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
    return None if index < 0 else str(combo.itemData(index))
