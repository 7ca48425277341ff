"""The application log, in the data folder, where support can find it."""

import logging
import logging.handlers

from hexie_desktop.paths import DataDir

_MAX_BYTES = 2_000_000
_BACKUPS = 3


def configure_logging(data_dir: DataDir) -> None:
    """Log to `logs/hexie.log` in the data folder; once per process."""
    root = logging.getLogger("hexie_desktop")
    if any(getattr(h, "hexie_log", False) for h in root.handlers):
        return
    data_dir.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        data_dir.logs / "hexie.log", maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
    )
    handler.hexie_log = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
