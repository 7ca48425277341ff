"""The start-up warning about this computer's clock, shown before any screen can edit.

The words come from `services.clock_check`, the same lines the command line prints, so the two
faces never tell a different story.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from hexie_desktop.services.trust.clock_check import ClockNotice


def clock_warning_box(parent: QWidget | None, notice: ClockNotice) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ClockWarning", "The clock of this computer"))
    box.setText(
        QCoreApplication.translate(
            "ClockWarning", "This computer's clock does not agree with the times it has recorded."
        )
    )
    box.setInformativeText("\n\n".join(notice.lines))
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if informative is not None:
        # Wide enough that two times and their sentence read on two lines, not five.
        informative.setMinimumWidth(informative.fontMetrics().horizontalAdvance("时") * 34)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def warn_about_clock(parent: QWidget | None, notice: ClockNotice | None) -> None:
    """Tell the user, and wait until they have read it, when the start-up check found something."""
    if notice is not None and notice.lines:
        clock_warning_box(parent, notice).exec()
