"""Icons: navigation, actions and the window's emblem, from the shipped Tabler outline SVGs.

The SVGs draw in `currentColor`; each icon is tinted here, once, in the colour of its role: the
bureau's blue for navigation and ordinary actions, red for what removes or refuses, green for
what completes. Buttons get their icon by object name when their screen is built or their window
becomes active, so every screen and dialog built from the forms has them without each module
setting them.
"""

from collections.abc import Callable
from functools import cache

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from hexie_desktop.paths import resources_dir

APP_ICON = "hexie"
NAVIGATION_COLOUR = "#1f4e8c"
ACTION_COLOUR = "#1f4e8c"
DANGER_COLOUR = "#b3261e"
DONE_COLOUR = "#1b6e20"
_SIZES = (16, 20, 24, 32, 48)

SECTION_ICONS = {
    "today": "calendar-check",
    "inspections": "clipboard-check",
    "compounds": "building-community",
    "firms": "building-skyscraper",
    "complaints": "phone-call",
    "bundles": "device-usb",
    "merge": "arrow-merge",
    "review": "list-check",
    "master": "database",
    "results": "chart-bar",
    "cards": "cards",
    "grading": "award",
    "reports": "file-text",
    "policy": "scale",
    "settings": "settings",
}

BUTTON_ICONS = {
    "accept_button": ("circle-check", DONE_COLOUR),
    "add_button": ("plus", ACTION_COLOUR),
    "add_deduction_button": ("plus", ACTION_COLOUR),
    "add_files_button": ("files", ACTION_COLOUR),
    "add_folder_button": ("folder-plus", ACTION_COLOUR),
    "add_photo_button": ("photo-plus", ACTION_COLOUR),
    "check_button": ("shield-check", ACTION_COLOUR),
    "choose_button": ("folder-open", ACTION_COLOUR),
    "clear_button": ("x", ACTION_COLOUR),
    "close_button": ("x", ACTION_COLOUR),
    "close_ticket_button": ("lock", ACTION_COLOUR),
    "credit_show_button": ("file-search", ACTION_COLOUR),
    "deductions_button": ("checklist", ACTION_COLOUR),
    "delete_button": ("trash", DANGER_COLOUR),
    "discard_button": ("trash", DANGER_COLOUR),
    "dispatch_button": ("send", ACTION_COLOUR),
    "drill_button": ("eye", ACTION_COLOUR),
    "edit_button": ("edit", ACTION_COLOUR),
    "edit_sheet_button": ("edit", ACTION_COLOUR),
    "enrol_button": ("user-check", ACTION_COLOUR),
    "evaluate_button": ("calculator", ACTION_COLOUR),
    "export_button": ("file-export", ACTION_COLOUR),
    "finalise_button": ("lock", ACTION_COLOUR),
    "generate_button": ("file-plus", ACTION_COLOUR),
    "grade_button": ("award", ACTION_COLOUR),
    "handle_button": ("player-play", ACTION_COLOUR),
    "import_button": ("file-import", ACTION_COLOUR),
    "interview_button": ("message-2", ACTION_COLOUR),
    "issue_button": ("id-badge-2", ACTION_COLOUR),
    "key_card_button": ("key", ACTION_COLOUR),
    "keys_button": ("key", ACTION_COLOUR),
    "passphrase_button": ("lock", ACTION_COLOUR),
    "master_export_button": ("upload", ACTION_COLOUR),
    "merge_button": ("arrow-merge", ACTION_COLOUR),
    "new_button": ("file-plus", ACTION_COLOUR),
    "new_ticket_button": ("phone-plus", ACTION_COLOUR),
    "new_version_button": ("file-plus", ACTION_COLOUR),
    "next_button": ("arrow-right", ACTION_COLOUR),
    "note_button": ("note", ACTION_COLOUR),
    "objection_button": ("alert-triangle", ACTION_COLOUR),
    "open_button": ("folder-open", ACTION_COLOUR),
    "preview_button": ("eye", ACTION_COLOUR),
    "previous_button": ("arrow-left", ACTION_COLOUR),
    "print_button": ("printer", ACTION_COLOUR),
    "redo_button": ("refresh", ACTION_COLOUR),
    "reject_button": ("ban", DANGER_COLOUR),
    "remove_button": ("minus", DANGER_COLOUR),
    "remove_deduction_button": ("minus", DANGER_COLOUR),
    "remove_photo_button": ("photo-x", DANGER_COLOUR),
    "reopen_button": ("lock-open", ACTION_COLOUR),
    "repair_button": ("shield-check", ACTION_COLOUR),
    "reply_button": ("message-2", ACTION_COLOUR),
    "revise_button": ("arrow-back-up", ACTION_COLOUR),
    "reviewed_button": ("check", DONE_COLOUR),
    "revoke_button": ("shield-x", DANGER_COLOUR),
    "save_button": ("device-floppy", ACTION_COLOUR),
    "step_button": ("arrow-right", ACTION_COLOUR),
    "submit_button": ("send", DONE_COLOUR),
    "survey_button": ("clipboard-check", ACTION_COLOUR),
    "surveys_button": ("file-search", ACTION_COLOUR),
    "uphold_button": ("gavel", ACTION_COLOUR),
    "verify_button": ("shield-check", ACTION_COLOUR),
    "visit_button": ("phone-call", ACTION_COLOUR),
    "zoom_in_button": ("zoom-in", ACTION_COLOUR),
    "zoom_out_button": ("zoom-out", ACTION_COLOUR),
}


def svg_path(name: str) -> str:
    return str(resources_dir() / "icons" / f"{name}.svg")


@cache
def icon(name: str, colour: str = ACTION_COLOUR) -> QIcon:
    """The shipped SVG `name`, its strokes in `colour`, rendered sharp at the usual sizes."""
    with open(svg_path(name), encoding="utf-8") as handle:
        svg = handle.read().replace("currentColor", colour)
    result = QIcon()
    for size in _SIZES:
        sized = svg.replace('width="24"', f'width="{size}"').replace(
            'height="24"', f'height="{size}"'
        )
        pixmap = QPixmap()
        # PySide6 takes the format as str at run time; its stubs say bytes.
        if pixmap.loadFromData(sized.encode("utf-8"), "SVG"):  # type: ignore[call-overload]
            result.addPixmap(pixmap)
    return result


def app_icon() -> QIcon:
    return QIcon(svg_path(APP_ICON))


def section_icon(key: str) -> QIcon:
    return icon(SECTION_ICONS[key], NAVIGATION_COLOUR) if key in SECTION_ICONS else QIcon()


def decorate_buttons(root: QWidget) -> None:
    """Give every known button under `root` its icon, unless it has one already."""
    for button in root.findChildren(QAbstractButton):
        known = BUTTON_ICONS.get(button.objectName())
        if known is not None and button.icon().isNull():
            button.setIcon(icon(*known))


def decorate_window(decorate: Callable[[QWidget], None]) -> Callable[[object], None]:
    """A slot for `focusWindowChanged` that decorates the window that just became active.

    A signal rather than an application-wide event filter: a filter would route every event
    of every object through Python, and see widgets before they are fully constructed.
    """

    def on_focus(_window: object) -> None:
        active = QApplication.activeWindow()
        if active is not None:
            decorate(active)

    return on_focus


def install_icons(app: QApplication) -> None:
    """The window emblem, and the buttons' icons in every window as it becomes active."""
    app.setWindowIcon(app_icon())
    app.focusWindowChanged.connect(decorate_window(decorate_buttons))
