"""The compounds (小区) list: who serves each compound today, for both roles."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.list_screen import ListScreen
from hexie_desktop.services.listings.master import CompoundListing
from hexie_desktop.storage.tables import Community, Compound, Contract, Firm, Street


def _count_text(shown: int, total: int) -> str:
    return QCoreApplication.translate("CompoundsScreen", "{shown} of {total} compounds").format(
        shown=f"{shown:,}", total=f"{total:,}"
    )


def build_compounds_screen(context: ScreenContext, parent: QWidget | None = None) -> ListScreen:
    screen = ListScreen(
        context,
        title=QCoreApplication.translate("CompoundsScreen", "Compounds"),
        listing=CompoundListing(),
        headers=(
            QCoreApplication.translate("CompoundsScreen", "Compound"),
            QCoreApplication.translate("CompoundsScreen", "Street"),
            QCoreApplication.translate("CompoundsScreen", "Community"),
            QCoreApplication.translate("CompoundsScreen", "Households"),
            QCoreApplication.translate("CompoundsScreen", "Firm"),
        ),
        filter_hint=QCoreApplication.translate("CompoundsScreen", "Compound, street or firm name"),
        count_text=_count_text,
        watched_tables=(Compound, Community, Street, Contract, Firm),
        parent=parent,
    )
    screen.setObjectName("compounds_screen")
    return screen
