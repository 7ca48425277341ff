"""The main window: navigation on the left, the chosen section's screen on the right.

It only composes: screens come from `sections`, are built the first time they are shown (so the
window opens fast whatever the database holds), and receive everything through the context.

The window exists before the data does: it is shown with its remembered geometry and a line
saying the data folder is being opened, and `attach` gives it the context once the database is
open and the identity known. On an old laptop that is the difference between a window at once
and a second of nothing.
"""

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from hexie_desktop.gui import messages
from hexie_desktop.gui.badges import decorate_views
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.elided_label import ElidedLabel
from hexie_desktop.gui.forms.main_window_ui import Ui_MainWindow
from hexie_desktop.gui.icons import decorate_buttons, section_icon
from hexie_desktop.gui.keyboard import focus_work
from hexie_desktop.gui.labels import grouped, role_title
from hexie_desktop.gui.layout_memory import remember_layout
from hexie_desktop.gui.screen_fit import fit_to_screen
from hexie_desktop.gui.sections import Section, sections_for
from hexie_desktop.gui.settings import LAST_SECTION, WINDOW_GEOMETRY, WINDOW_STATE, AppSettings
from hexie_desktop.paths import DataDir

SHORTCUT_SECTIONS = 9


class MainWindow(QMainWindow):
    def __init__(
        self, settings: AppSettings, data_dir: DataDir, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._settings = settings
        self._data_dir = data_dir
        self._context: ScreenContext | None = None
        self.sections: tuple[Section, ...] = ()
        self._built: dict[int, QWidget] = {}
        self.setWindowTitle(messages.app_title())
        self.opening_label = QLabel(self.tr("Opening the data folder…"), self.ui.section_stack)
        self.opening_label.setObjectName("opening_label")
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ui.section_stack.addWidget(self.opening_label)
        self._fill_status_bar()
        self._connect_actions()
        if not self.restoreGeometry(settings.get(WINDOW_GEOMETRY)):
            fit_to_screen(self, self.size())
        self.restoreState(settings.get(WINDOW_STATE))

    def say_opening(self, line: str) -> None:
        """What opening the data is doing now, painted at once: nothing else runs meanwhile."""
        self.opening_label.setText(line)
        self.opening_label.repaint()

    def attach(self, context: ScreenContext) -> None:
        """Give the window its data: the role's sections, who works here, the last section."""
        self._context = context
        self.sections = sections_for(context.identity.role)
        self.ui.section_stack.removeWidget(self.opening_label)
        self.opening_label.deleteLater()
        self._fill_navigation()
        identity = context.identity
        self.identity_label.setText(
            self.tr("{name} · {role}").format(name=identity.name, role=role_title(identity.role))
        )
        # Trust is the subject here: the fingerprint is what a clerk compares at enrolment.
        self.identity_label.setToolTip(
            self.tr("Signing key fingerprint of this computer: {fingerprint}").format(
                fingerprint=grouped(identity.fingerprint)
            )
        )
        server = context.store.server
        if server is not None:
            # Which database this is matters once a clerk can also open the local one.
            self.folder_label.setText(
                self.tr("Central store: {server} · data folder: {folder}").format(
                    server=server, folder=self._data_dir.root
                )
            )
        keys = [section.key for section in self.sections]
        last = self._settings.get(LAST_SECTION)
        self.go_to(keys.index(last) if last in keys else 0)

    def _fill_navigation(self) -> None:
        for number, section in enumerate(self.sections, start=1):
            item = QListWidgetItem(section_icon(section.key), section.title, self.ui.section_list)
            item.setToolTip(section.purpose)
            if number <= SHORTCUT_SECTIONS:
                shortcut = QKeySequence(f"Ctrl+{number}").toString()
                item.setToolTip(f"{section.purpose}（{shortcut}）")
                action = QAction(self)
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
                action.triggered.connect(lambda _checked=False, row=number - 1: self.go_to(row))
                self.addAction(action)
            self.ui.section_stack.addWidget(QWidget(self.ui.section_stack))
        self.ui.section_list.currentRowChanged.connect(self.show_section)
        self.ui.section_list.activated.connect(lambda index: self.go_to(index.row()))

    def _fill_status_bar(self) -> None:
        bar = self.ui.status_bar
        self.identity_label = QLabel()
        self.identity_label.setObjectName("identity_label")
        self.folder_label = ElidedLabel(
            self.tr("Data folder: {folder}").format(folder=self._data_dir.root)
        )
        self.folder_label.setObjectName("folder_label")
        bar.addWidget(self.identity_label)
        bar.addPermanentWidget(self.folder_label)

    def _connect_actions(self) -> None:
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.about_action.triggered.connect(self._about)
        self.ui.open_data_folder_action.triggered.connect(self._open_data_folder)
        self.addAction(self.ui.find_action)
        self.ui.find_action.triggered.connect(self.focus_filter)

    def show_section(self, row: int) -> None:
        if self._context is None or not 0 <= row < len(self.sections):
            return
        stack = self.ui.section_stack
        if row not in self._built:
            page = self.sections[row].build(self._context)
            empty = stack.widget(row)
            stack.insertWidget(row, page)
            if empty is not None:
                stack.removeWidget(empty)
                empty.deleteLater()
            self._built[row] = page
            decorate_buttons(page)
            decorate_views(page)
            remember_layout(page, self._context.settings, self.sections[row].key)
        stack.setCurrentIndex(row)
        if self.ui.section_list.currentRow() != row:
            self.ui.section_list.setCurrentRow(row)

    def go_to(self, row: int) -> None:
        """Show a section and put the focus on its work, as Ctrl+number and Enter do."""
        self.ui.section_list.setCurrentRow(row)
        focus_work(self.current_screen())

    def current_screen(self) -> QWidget:
        return self.ui.section_stack.currentWidget()

    def focus_filter(self) -> None:
        focus = getattr(self.current_screen(), "focus_filter", None)
        if callable(focus):
            focus()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Hexie Desktop"),
            messages.about(str(self._data_dir.root)),
        )

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir.root)))

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self._settings
        settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        settings.set(WINDOW_STATE, self.saveState())
        row = self.ui.section_list.currentRow()
        if 0 <= row < len(self.sections):
            settings.set(LAST_SECTION, self.sections[row].key)
        settings.sync()
        super().closeEvent(event)
