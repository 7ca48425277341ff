"""Settings of an installation that the core needs too, declared once with their defaults.

The window's own preferences (layout, language) live in `gui/settings.py`; what the command line,
the services and the reports must agree on with the window (the bureau's time zone) lives here,
in `hexie.ini` in the data folder, readable without Qt.
"""

import configparser
import io
from dataclasses import dataclass

from hexie_desktop.domain.bureau_time import DEFAULT_TIME_ZONE, use_time_zone, zone_named
from hexie_desktop.paths import DataDir
from hexie_desktop.storage.files import write_atomic

CONFIG_FILE = "hexie.ini"


@dataclass(frozen=True)
class ConfigVar:
    section: str
    key: str
    default: str


TIME_ZONE = ConfigVar("bureau", "time_zone", DEFAULT_TIME_ZONE)


def _read(data_dir: DataDir) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    path = data_dir.root / CONFIG_FILE
    if path.is_file():
        parser.read(path, encoding="utf-8")
    return parser


def get(data_dir: DataDir, var: ConfigVar) -> str:
    return _read(data_dir).get(var.section, var.key, fallback=var.default).strip() or var.default


def set_value(data_dir: DataDir, var: ConfigVar, value: str) -> None:
    parser = _read(data_dir)
    if not parser.has_section(var.section):
        parser.add_section(var.section)
    parser.set(var.section, var.key, value)
    text = io.StringIO()
    parser.write(text)
    write_atomic(data_dir.root / CONFIG_FILE, text.getvalue().encode("utf-8"))


def set_time_zone(data_dir: DataDir, name: str) -> None:
    """Keep and apply the bureau's zone; an unknown name is refused before anything is kept."""
    zone_named(name)
    set_value(data_dir, TIME_ZONE, name.strip())
    use_time_zone(name)


def apply(data_dir: DataDir) -> None:
    """Bring this process in line with the data folder's settings (at start-up)."""
    use_time_zone(get(data_dir, TIME_ZONE))
