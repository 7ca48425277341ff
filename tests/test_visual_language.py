"""The visual language: icons, the window's emblem, badges with legends, and the shipped UI font."""

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QRawFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hexie_desktop.fonts import UI_FONT_FAMILY, ui_font_path
from hexie_desktop.gui import badges, icons
from hexie_desktop.gui.i18n import ensure_chinese_font, install_translators, system_ui_family
from hexie_desktop.gui.sections import CLERK_SECTIONS, INSPECTOR_SECTIONS, SETTINGS
from hexie_desktop.paths import resources_dir

ROOT = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_section_and_every_button_of_the_forms_has_an_icon(qapp: QApplication) -> None:
    for section in (*INSPECTOR_SECTIONS, *CLERK_SECTIONS, SETTINGS):
        assert not icons.section_icon(section.key).isNull(), section.key
    buttons = set()
    for form in (ROOT / "forms").glob("*.ui"):
        buttons.update(re.findall(r'name="([a-z_]+_button)"', form.read_text(encoding="utf-8")))
    assert buttons - set(icons.BUTTON_ICONS) == set()
    for name, colour in icons.BUTTON_ICONS.values():
        assert not icons.icon(name, colour).isNull(), name


def test_icons_are_tinted_by_role(qapp: QApplication) -> None:
    image = icons.icon("trash", icons.DANGER_COLOUR).pixmap(48, 48).toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }
    assert colours == {icons.DANGER_COLOUR}


def test_buttons_get_their_icon_and_windows_the_emblem(qtbot: QtBot, qapp: QApplication) -> None:
    icons.install_icons(qapp)
    assert not qapp.windowIcon().isNull()
    dialog = QDialog()
    button = QPushButton("提交", dialog)
    button.setObjectName("submit_button")
    other = QPushButton("别的", dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: not button.icon().isNull())
    assert other.icon().isNull()


def test_the_icon_set_ships_with_its_licence() -> None:
    folder = resources_dir() / "icons"
    assert "MIT License" in (folder / "tabler-icons-LICENSE.txt").read_text(encoding="utf-8")
    assert (folder / "hexie.svg").is_file()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data_files = project["tool"]["setuptools"]["data-files"]
    assert data_files["share/hexie-desktop/resources/icons"] == ["resources/icons/*"]
    assert data_files["share/hexie-desktop/resources/fonts"] == ["resources/fonts/*"]
    assert '(str(root / "resources"), "resources")' in (ROOT / "build.spec").read_text()


def test_verdict_words_get_their_badge(chinese: None) -> None:
    assert badges.badge_for("黄牌") == badges.YELLOW
    assert badges.badge_for("红牌") == badges.RED
    assert [badges.badge_for(g) for g in ("AAA", "AA", "A")] == [
        badges.GOLD,
        badges.BLUE,
        badges.GREEN,
    ]
    assert badges.badge_for("已拒绝") == badges.RED
    assert badges.badge_for("深圳市宏泰物业发展有限公司") is None


def test_a_table_shows_a_red_card_as_a_red_pill(
    qtbot: QtBot, qapp: QApplication, chinese: None
) -> None:
    model = QStandardItemModel(2, 2)
    for row, (card, firm) in enumerate((("红牌", "甲物业"), ("黄牌", "乙物业"))):
        model.setItem(row, 0, QStandardItem(card))
        model.setItem(row, 1, QStandardItem(firm))
    window = QWidget()
    view = QTableView(window)
    view.setModel(model)
    qtbot.addWidget(window)
    view.resize(400, 200)
    badges.decorate_views(window)
    window.show()
    qtbot.waitExposed(window)
    assert isinstance(view.itemDelegate(), badges.BadgeDelegate)
    image = view.viewport().grab().toImage()

    def colours_in(row: int, column: int) -> set[str]:
        rect = view.visualRect(model.index(row, column))
        ratio = image.devicePixelRatio()
        return {
            image.pixelColor(int(x * ratio), int(y * ratio)).name()
            for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())
        }

    assert badges.RED.background in colours_in(0, 0)
    assert badges.YELLOW.background in colours_in(1, 0)
    assert badges.RED.background not in colours_in(0, 1)


def test_views_with_their_own_delegate_keep_it(qtbot: QtBot) -> None:
    class Editor(QStyledItemDelegate):
        pass

    window = QWidget()
    view = QTableView(window)
    own = Editor(view)
    view.setItemDelegate(own)
    qtbot.addWidget(window)
    badges.decorate_views(window)
    assert view.itemDelegate() is own


def test_a_legend_names_what_each_colour_means(qtbot: QtBot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    label = badges.legend(view, [(QColor("#b00020"), "红色字：红牌")])
    assert label.textFormat() == Qt.TextFormat.RichText
    assert "#b00020" in label.text() and "红色字：红牌" in label.text()


def _product_characters() -> set[str]:
    found: set[str] = set()
    sources = [*ROOT.glob("hexie_desktop/**/*.py"), *ROOT.glob("resources/translations/*.ts")]
    sources += [*ROOT.glob("resources/**/*.json"), *ROOT.glob("forms/*.ui")]
    for path in sources:
        found.update(CJK.findall(path.read_text(encoding="utf-8")))
    return found


def test_the_shipped_ui_font_covers_every_chinese_character_the_product_shows() -> None:
    font = QRawFont(str(ui_font_path()), 12)
    assert font.isValid() and font.familyName() == UI_FONT_FAMILY
    wanted = _product_characters()
    assert len(wanted) > 1000
    missing = sorted(ch for ch in wanted if not font.supportsCharacter(ord(ch)))
    assert missing == [], f"run scripts/subset_ui_font.py: {''.join(missing)}"
    common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    assert all(font.supportsCharacter(ord(ch)) for ch in common)
    assert ui_font_path().stat().st_size < 2_000_000


def test_the_window_is_drawn_in_a_sans_serif_chinese_face(qapp: QApplication) -> None:
    before = qapp.font()
    try:
        family = ensure_chinese_font(qapp)
        assert family == (system_ui_family() or UI_FONT_FAMILY)
        assert qapp.font().family() == family
        assert "Ming" not in family
    finally:
        qapp.setFont(before)
