"""People see words: a walk over every section of the clerk's and the inspector's window.

On demo data with a merged inspector bundle, a held record, a refused bundle and a conflict,
every visible label, button, tab, group title, tooltip, placeholder, combo item, table header and
table cell (a tree's first group opened too) is read in Chinese, and none may show a UUID or a
hex id, `True`/`False`/`None`, a table's code name or an English word. The allow-list is what a
bureau's clerk reads as it is: file types, keyboard keys, the grades, and the hotline.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from hexie_desktop.domain.labels import TABLE_LABELS
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.i18n import install_translators
from hexie_desktop.gui.main_window import MainWindow
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.paths import DataDir
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo, simulate_field_work
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity
from hexie_desktop.storage.tables import Firm, Inspection
from tests.gui_support import context_for
from tests.sync_world import edit_note, enrol, ship_master
from tests.test_gui_fits import _clerk_dialogs, _decision_dialogs

ALLOWED = frozenset(
    {"PDF", "Excel", "USB", "hexie", "A", "AA", "AAA", "QR", "Ctrl", "Shift", "Alt", "Enter"}
    | {"Esc", "Tab", "Del", "Space", "PgDown", "PgUp", "Home", "End", "Backspace", "Ins"}
    | {"English", "CSV", "csv", "xlsx", "pdf", "TLS", "ID"}
)
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}")
HEX_ID = re.compile(
    r"(?<![0-9A-Za-z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{8,}(?![0-9A-Za-z])"
)
WORD = re.compile(r"[A-Za-z]{2,}")
# A bundle's file name carries its hash (<inspector>-<quarter>-<hash8>.hexie) and a credit code
# its letters: both are what the clerk reads on the stick and on the licence.
FILE_NAME = re.compile(r"\S*\.(hexie|pdf|xlsx|xlsm|csv|json)\b", re.IGNORECASE)
PATH = re.compile(r"(?:[A-Za-z]:)?[\\/]\S+")
# Where trust itself is the subject (this computer's key), its fingerprint is what is compared.
FINGERPRINT = re.compile(r"指纹[：:]\s*[0-9a-f ]+|\b(?:[0-9a-f]{4} ){3,}[0-9a-f]{4}\b")
# The algorithms a key list names, and a report's verification code as the clerk types it.
ALGORITHM = re.compile(r"\b(?:Ed25519|SM[234])\b")
VERIFICATION_CODE = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){2}\b|\bHEXIE\d\|\S*")
FINGERPRINT_WIDGETS = frozenset({"fingerprint_value_label"})
CREDIT_CODE = re.compile(r"\b[0-9A-HJ-NPQRTUWXY]{18}\b")
MAX_ROWS = 150
QUARTER = Quarter.parse("2026Q3")


def machine_words(text: str) -> list[str]:
    """What in `text` a person should not have to read."""
    plain = text
    for allowed in (FILE_NAME, PATH, CREDIT_CODE, FINGERPRINT, ALGORITHM, VERIFICATION_CODE):
        plain = allowed.sub(" ", plain)
    found = [m.group() for m in (*UUID.finditer(plain), *HEX_ID.finditer(plain))]
    found += [w for w in WORD.findall(plain) if w not in ALLOWED or w in TABLE_LABELS]
    return found


def test_the_walk_sees_what_it_must_refuse() -> None:
    assert set(machine_words("所引用的 inspection 01a2318f-1c2d-7e3f 已删除 False")) == {
        "01a2318f-1c2d-7e3f",
        "01a2318f",
        "False",
        "inspection",
    }
    assert machine_words("由 1676643e 考评") == ["1676643e"]
    assert machine_words("李考评-2026Q3-0bcab9e9.hexie · 91440300MA5FXXXX0K · AAA · Ctrl+S") == []
    assert machine_words("数据目录：/tmp/hexie/clerk · 本机签名密钥指纹：22ed e14c fb44") == []
    assert (
        machine_words("国密 SM2 · Ed25519 · 5aed 8cad 71bb b24c · .xlsm · 如 9YQX-Q0ZP-YMNF") == []
    )
    assert {"5aed8cad71bbb24c", "SM", "Ed"} <= set(machine_words("密钥 5aed8cad71bbb24c SM9 Ed448"))


@dataclass
class Bureau:
    clerk: Store
    inspector: Store


@pytest.fixture(scope="module")
def bureau(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bureau]:
    """A demo city whose clerk merged an inspector's bundle, holds one of its records, refused a
    tampered copy and has a conflict to review."""
    root = tmp_path_factory.mktemp("words")
    clerk = open_store(DataDir(root / "clerk"))
    init_identity(clerk, "clerk", "王文员")
    generate_demo(clerk, DemoOptions(firms=6, compounds=12, quarters=[QUARTER], seed=2))
    inspector = open_store(DataDir(root / "inspector"))
    init_identity(inspector, "inspector", "李考评")
    enrol(clerk, inspector, root)
    ship_master(clerk, inspector, root / "master")
    simulate_field_work(inspector, QUARTER, 0.5, seed=5)
    first = export_bundle(inspector, root / "stick").value.path
    [merged] = merge_bundles(clerk, [first]).value
    assert merged.status == "applied", merged.reason

    with inspector.reading() as session:
        sheet = session.exec(select(Inspection.id).order_by(col(Inspection.id))).first()
    assert sheet is not None
    edit_note(clerk, sheet, "工作人员核实后修改")
    edit_note(inspector, sheet, "考评员补充说明")
    with inspector.transaction() as session, authoring(session) as author:
        firm = session.exec(select(Firm).order_by(col(Firm.name))).first()
        assert firm is not None
        firm.name = "考评员改的企业名称"
        firm.hlc, firm.author_id = author.clock.tick(), author.installation_id
        session.add(firm)
    second = export_bundle(inspector, root / "stick").value.path
    tampered = root / "stick" / "李考评-篡改.hexie"
    data = bytearray(second.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    [refused] = merge_bundles(clerk, [tampered]).value
    [held] = merge_bundles(clerk, [second]).value
    assert (refused.status, held.status) == ("refused", "held"), (refused.reason, held.reason)
    yield Bureau(clerk, inspector)
    clerk.close()
    inspector.close()


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    # A list model hides its one column's count.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(min(model.rowCount(parent), MAX_ROWS)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str | bool):
                    yield str(value)
        tree = not isinstance(model, QAbstractListModel | QAbstractTableModel)
        if tree and depth == 0 and row == 0 and model.hasChildren(model.index(row, 0, parent)):
            yield from _model_texts(model, model.index(row, 0, parent), depth + 1)


def _own_texts(widget: QWidget) -> Iterator[str]:
    """What one widget shows by itself (a view: its headers and cells)."""
    if widget.toolTip():
        yield widget.toolTip()
    if isinstance(widget, QLabel):
        yield QTextDocumentFragment.fromHtml(widget.text()).toPlainText()
    elif isinstance(widget, QAbstractButton):
        yield widget.text().replace("&", "")
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(tab).replace("&", "") for tab in range(widget.count()))
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(item) for item in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for section in range(_columns(model, QModelIndex())):
            header = model.headerData(section, Qt.Orientation.Horizontal)
            if isinstance(header, str):
                yield header
        yield from _model_texts(model, QModelIndex())


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a person can read in `root` as it is shown."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = widget.objectName() or type(widget).__name__
        if (widget is root or widget.isVisibleTo(root)) and where not in FINGERPRINT_WIDGETS:
            yield from ((where, text) for text in _own_texts(widget))


@pytest.mark.usefixtures("chinese")
@pytest.mark.parametrize("role", ["clerk", "inspector"])
def test_no_section_shows_an_id_a_code_or_english(
    qtbot: QtBot, bureau: Bureau, runner: TaskRunner, role: str
) -> None:
    store = bureau.clerk if role == "clerk" else bureau.inspector
    context = context_for(store, runner)
    window = MainWindow(context.settings, store.data_dir)
    qtbot.addWidget(window)
    window.attach(context)
    window.resize(1366, 728)
    window.show()
    found: set[tuple[str, str, str]] = set()
    for row, section in enumerate(window.sections):
        window.show_section(row)
        tabs = [t for t in window.findChildren(QTabWidget) if t.isVisibleTo(window)]
        for tab_widget, tab in [(None, 0), *((t, n) for t in tabs for n in range(t.count()))]:
            if tab_widget is not None:
                tab_widget.setCurrentIndex(tab)
            qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
            QApplication.processEvents()
            for where, text in _texts(window):
                for word in machine_words(text):
                    found.add((section.key, where, f"{word!r} in {text[:120]!r}"))
    assert not found, "\n".join(map(str, sorted(found)))


@pytest.mark.usefixtures("chinese")
def test_no_dialog_shows_an_id_a_code_or_english(
    qtbot: QtBot, bureau: Bureau, runner: TaskRunner, windows: list[QWidget]
) -> None:
    context = context_for(bureau.clerk, runner)
    found: set[tuple[str, str, str]] = set()
    for build in [*_clerk_dialogs(context), *_decision_dialogs(context)]:
        dialog = build()
        windows.append(dialog)
        dialog.resize(1326, 648)
        dialog.show()
        qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
        QApplication.processEvents()
        name = type(dialog).__name__
        for where, text in _texts(dialog):
            for word in machine_words(text):
                found.add((name, where, f"{word!r} in {text[:120]!r}"))
        dialog.close()
    assert not found, "\n".join(map(str, sorted(found)))
