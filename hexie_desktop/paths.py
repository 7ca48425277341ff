"""Where everything lives. The one module that decides paths, so tests can redirect all of them.

The data folder is `--data-dir`, else `HEXIE_DATA_DIR`, else the platform's user data folder for
the app name `hexie-desktop`. The database, attachments, keys, backups and logs live in it.
"""

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from hexie_desktop import APP_NAME

ENV_DATA_DIR = "HEXIE_DATA_DIR"
PACKAGE_DIR = Path(__file__).resolve().parent


def default_data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The shipped resources: inside the installed package, or the checkout's top-level folder."""
    for candidate in (PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources folder is missing from this installation")


def forms_dir() -> Path:
    for candidate in (PACKAGE_DIR / "forms", PACKAGE_DIR.parent / "forms"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("forms folder is missing from this installation")


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "hexie.sqlite3"

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database}"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    def ensure(self) -> "DataDir":
        for folder in (self.root, self.attachments, self.keys, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self
