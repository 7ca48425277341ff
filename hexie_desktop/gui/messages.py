"""The window's longer messages, in one place so translators and reviewers see them together.

Source text is English with named placeholders filled by `str.format` after translation, so a
translation may reorder them (never an f-string inside a translated string).
"""

from PySide6.QtCore import QCoreApplication

from hexie_desktop import __version__


def app_title() -> str:
    return QCoreApplication.translate("Messages", "Hexie Desktop")


def another_window_running(folder: str) -> str:
    return QCoreApplication.translate(
        "Messages",
        "Another Hexie Desktop window is already using this data folder:\n{folder}\n\n"
        "Switch to that window, or close it and start again.",
    ).format(folder=folder)


def internal_error(log_file: str) -> str:
    return QCoreApplication.translate(
        "Messages",
        "Something went wrong inside Hexie Desktop. Your saved work is safe; the details were "
        "written to the log {log_file}. Please send that file to technical support.",
    ).format(log_file=log_file)


def internal_error_title() -> str:
    return QCoreApplication.translate("Messages", "Internal error")


def cannot_open_database_title() -> str:
    return QCoreApplication.translate("Messages", "Cannot open the database")


def about(data_folder: str) -> str:
    return QCoreApplication.translate(
        "Messages",
        "<h3>Hexie Desktop {version}</h3>"
        "<p>Offline-first evaluation and oversight of property-management firms for housing "
        "bureaus: inspections in the field, bundles carried by hand, results at the bureau.</p>"
        "<p>Data folder: {folder}</p>"
        "<p>Chinese font: AR PL UMing (Arphic Public License).</p>",
    ).format(version=__version__, folder=data_folder)


def export_sealing(recipients: int, unreadable_by: list[str]) -> str:
    """Whether an exported bundle is encrypted, to how many, and who cannot open it."""
    if not recipients:
        return QCoreApplication.translate(
            "Messages",
            "Not encrypted: the policy allows plain bundles, so whoever finds the stick can "
            "read it.",
        )
    text = QCoreApplication.translate(
        "Messages", "Encrypted: only its {count} recipients (and this computer) can open it."
    ).format(count=recipients)
    if unreadable_by:
        text += " " + QCoreApplication.translate(
            "Messages",
            "{names} cannot read it: their encryption keys are unknown here; enrol their newer "
            "key cards.",
        ).format(names="、".join(unreadable_by))
    return text


def revoked_by_bureau(names: list[str]) -> str:
    """Keys a merged bundle's clerk had revoked, now revoked here too."""
    return QCoreApplication.translate(
        "Messages", "The bureau revoked the keys of {names}: this computer no longer trusts them."
    ).format(names="、".join(names))
