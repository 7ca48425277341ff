"""The firms (物业企业) list: each firm with what it serves today, for both roles."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.list_screen import ListScreen
from hexie_desktop.services.listings.master import FirmListing
from hexie_desktop.storage.tables import Compound, Contract, Firm


def _count_text(shown: int, total: int) -> str:
    return QCoreApplication.translate("FirmsScreen", "{shown} of {total} firms").format(
        shown=f"{shown:,}", total=f"{total:,}"
    )


def build_firms_screen(context: ScreenContext, parent: QWidget | None = None) -> ListScreen:
    screen = ListScreen(
        context,
        title=QCoreApplication.translate("FirmsScreen", "Firms"),
        listing=FirmListing(),
        headers=(
            QCoreApplication.translate("FirmsScreen", "Firm"),
            QCoreApplication.translate("FirmsScreen", "Credit code"),
            QCoreApplication.translate("FirmsScreen", "Compounds served"),
            QCoreApplication.translate("FirmsScreen", "Households served"),
        ),
        filter_hint=QCoreApplication.translate("FirmsScreen", "Firm name or credit code"),
        count_text=_count_text,
        watched_tables=(Firm, Contract, Compound),
        parent=parent,
    )
    screen.setObjectName("firms_screen")
    return screen
