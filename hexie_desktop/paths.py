"""Where everything lives. The one module that decides paths, so tests can redirect all of them.

The data folder is `--data-dir`, else `HEXIE_DATA_DIR`, else the platform's user data folder for
the app name `hexie-desktop`. The database, attachments, keys, backups and logs live in it.
"""

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from platformdirs.api import PlatformDirsABC
from platformdirs.windows import Windows

from hexie_desktop import APP_NAME, owner_only

ENV_DATA_DIR = "HEXIE_DATA_DIR"
PACKAGE_DIR = Path(__file__).resolve().parent


def platform_dirs(platform: str) -> type[PlatformDirsABC]:
    """platformdirs' rules for `platform`. On Windows the data folder is the local (not roaming)
    application data, `%LOCALAPPDATA%\\hexie-desktop`: a roaming profile would copy a city's
    database to the domain server at every logoff, and SQLite must not live on a share."""
    return Windows if platform == "win32" else platformdirs.PlatformDirs


def default_data_dir(platform: str = sys.platform) -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    rules = platform_dirs(platform)(APP_NAME, appauthor=False, roaming=False)
    return Path(rules.user_data_dir)


# Windows takes these, as a name's part before its first dot and in any case, for devices in
# every folder ("NUL.txt" is the null device); superscript ¹ ² ³ count as port digits.
WINDOWS_RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789\u00b9\u00b2\u00b3"}
)
_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f\s]+')
# One part of a name (a person's or a firm's, a report's title) in UTF-8 bytes: two parts and a
# date stay under the 255 bytes ext4 and NTFS allow, with room for a temporary name's marks.
MAX_NAME_PART_BYTES = 120
# Windows' MAX_PATH (260) less its terminating NUL, in UTF-16 units, which is what it counts.
WINDOWS_MAX_PATH = 259


def windows_reserved(name: str) -> bool:
    """Whether Windows takes `name` for a device: its part before the first dot, trailing
    spaces ignored, is CON, PRN, AUX, NUL, COM0–9 or LPT0–9, in any case."""
    return name.split(".", 1)[0].rstrip(" ").upper() in WINDOWS_RESERVED_NAMES


def windows_refuses_name(name: str) -> bool:
    """Whether Windows cannot keep a file of this name as written: a device name, or a name
    ending in a dot or a space (which Windows silently drops, opening another file)."""
    return windows_reserved(name) or name.endswith((".", " "))


def safe_file_name(text: str, fallback: str) -> str:
    """A file-name part made from words that every file system the product meets accepts.

    The product names files after people, firms, quarters and report titles, and those files
    travel between Linux and Windows on FAT-formatted sticks: characters Windows forbids
    (`\\ / : * ? " < > |`), white space and what is not printable (control and format
    characters, unassigned code points, lone surrogates) become `_`, one for each run; leading and
    trailing dots, spaces and underscores go (Windows drops a trailing dot or space itself, so
    two names would meet; a leading dot hides a file on Linux); a device name (`CON`, `NUL`,
    `COM1`…) gets an `_`; the part is cut at a character to `MAX_NAME_PART_BYTES`. What is
    left empty becomes `fallback`.
    """
    printable = "".join(c if c.isprintable() else "_" for c in text)
    clean = _UNSAFE_IN_NAMES.sub("_", printable).strip("._ ")
    cut = clean.encode("utf-8")[:MAX_NAME_PART_BYTES].decode("utf-8", errors="ignore")
    clean = cut.rstrip("._ ")
    if not clean:
        return fallback
    if windows_reserved(clean):
        stem, dot, rest = clean.partition(".")
        clean = f"{stem}_{dot}{rest}"
    return clean


def path_too_long(path: Path, platform: str) -> bool:
    """Whether `path` (made absolute) is longer than `platform` can open.

    Windows opens at most 259 UTF-16 units unless long paths are enabled machine-wide, which a
    bureau's laptops cannot be counted on to have; the product refuses such a path in one line
    rather than fail half-way with an error that names something else.
    """
    if platform != "win32":
        return False
    return len(str(path.absolute()).encode("utf-16-le")) // 2 > WINDOWS_MAX_PATH


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

    def sm2_private_key(self, installation_id: str) -> Path:
        """The 国密 SM2 signing key beside the Ed25519 one, sealed with the same passphrase."""
        return self.keys / f"{installation_id}.sm2.pem"

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

    def ensure(self, platform: str = sys.platform) -> "DataDir":
        """Create the data folders, for their owner alone: they hold residents' personal data.

        On Windows a folder's mode means nothing; its access list is replaced instead, when the
        product creates the folder, and for the data folder itself at its first use (no
        database yet), so that the database, the keys and everything after inherit it.
        """
        first_use = not self.database.exists()
        inherited = False  # the folders inside a newly protected data folder inherit its list
        for folder in (self.root, self.attachments, self.keys, self.backups, self.logs):
            created = not folder.exists()
            if created and folder.parent.exists() and not folder_writable(folder.parent):
                continue  # read-only: nothing will be written there; reading needs no folder
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if platform == "win32":
                if not inherited and (created or (folder == self.root and first_use)):
                    owner_only.protect(folder, folder=True, platform=platform)
                    inherited = folder == self.root
            elif os.access(folder, os.W_OK) and folder.stat().st_mode & 0o077:
                folder.chmod(0o700)
        return self
