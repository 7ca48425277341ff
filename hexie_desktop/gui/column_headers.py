"""The header every list model of the window gives: its columns' names across the top, no row numbers."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt


def column_header(
    headers: Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> Any:
    """What a model's `headerData` answers: row numbers would be noise beside a list's own order."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < len(headers)
    ):
        return headers[section]
    return None
