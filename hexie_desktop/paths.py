"""Where everything lives. The one module that decides paths, so tests can redirect all of them.

The data folder is `--data-dir`, else `HEXIE_DATA_DIR`, else the platform's user data folder for
the app name `hexie-desktop`. The database, attachments, keys, backups and logs live in it.
"""

import os
import sys
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


def folder_writable(folder: Path) -> bool:
    """Whether this process may create files in `folder` (false on a read-only file system)."""
    return os.access(folder, os.W_OK | os.X_OK)


def resources_dir() -> Path:
    """The shipped resources: beside the package in a checkout or frozen build, else installed data."""
    installed = Path(sys.prefix) / "share" / APP_NAME / "resources"
    for candidate in (PACKAGE_DIR.parent / "resources", PACKAGE_DIR / "resources", installed):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources folder is missing from this installation")


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "hexie.sqlite3"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    def attachment(self, sha256: str) -> Path:
        """Where an attachment with this SHA-256 lives: fanned out by its first two hex digits, so
        no folder holds more than a few hundred files even with a city's photos."""
        return self.attachments / sha256[:2] / sha256

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    def bundle_sequence(self, installation_id: str) -> Path:
        """The highest bundle number this installation has issued, kept beside its key: a
        restored database backup rewinds the number stored in the database, never this file."""
        return self.keys / f"{installation_id}.bundle-seq"

    def private_key(self, installation_id: str) -> Path:
        return self.keys / f"{installation_id}.ed25519.pem"

    @property
    def audit_checkpoints(self) -> Path:
        """This installation's signed audit checkpoints, kept outside the database so that a
        truncated or re-chained database does not take them with it."""
        return self.root / "audit-checkpoints.jsonl"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def generated_reports(self) -> Path:
        """Reports generated for preview: the latest few, kept until "save as" files one away."""
        return self.root / "generated-reports"

    def temporary_folders(self) -> list[Path]:
        """Where a killed export, merge, backup or report may have left a temporary file."""
        return [self.root, self.quarantine, self.backups, self.generated_reports, self.keys]

    def ensure(self) -> "DataDir":
        """Create the data folders, for their owner alone: they hold residents' personal data."""
        for folder in (self.root, self.attachments, self.keys, self.backups, self.logs):
            if (
                not folder.exists()
                and folder.parent.exists()
                and not folder_writable(folder.parent)
            ):
                continue  # read-only: nothing will be written there; reading needs no folder
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if os.access(folder, os.W_OK) and folder.stat().st_mode & 0o077:
                folder.chmod(0o700)
        return self
