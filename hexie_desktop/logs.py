"""The application log, in the data folder, where support can find it.

A log that cannot be written must not stop the work it would describe: on a read-only data
folder, or a disk that has just filled, the command still runs. The user hears of the missing
log once, in one line, and our own bugs then go to stderr with their traceback instead.
"""

import contextlib
import logging
import logging.handlers
import os
import sys
from typing import Any

from hexie_desktop.faults import os_reason
from hexie_desktop.paths import DataDir

_MAX_BYTES = 2_000_000
_BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def rollover_refusal_expected(platform: str) -> bool:
    """Whether renaming a log file that another process has open may be refused on `platform`:
    Windows refuses it, POSIX never does (so a refusal there is a real fault)."""
    return platform == "win32"


def _warn(line: str) -> None:
    print(f"hexie: {line}", file=sys.stderr)


class _DataFolderLog(logging.handlers.RotatingFileHandler):
    """The file log; a write that fails (disk full) is said once and the file log stops."""

    hexie_log = True
    failed = False
    platform = sys.platform

    def _open(self) -> Any:
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream

    def doRollover(self) -> None:
        """Start a new file; on Windows, while another hexie process (the window, say) has the
        log open, it cannot be renamed: this process then keeps appending to it."""
        try:
            super().doRollover()
        except PermissionError:
            if not rollover_refusal_expected(self.platform):
                raise
            self.maxBytes = 0
            if self.stream is None:
                self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:
        if self.failed:
            return
        self.failed = True
        logging.getLogger("hexie_desktop").removeHandler(self)
        _warn(
            f"无法写入日志文件 {self.baseFilename}（{os_reason(sys.exc_info()[1])}），本次不再写日志。"
        )
        _add_stderr_fallback()
        # Closing flushes what could not be written a moment ago; that part of the log is lost.
        with contextlib.suppress(OSError):
            self.close()
        del record


def _add_stderr_fallback() -> None:
    """Bugs (errors and worse) still reach a person, with their traceback, on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.ERROR)
    handler.hexie_log = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(_FORMAT))
    logging.getLogger("hexie_desktop").addHandler(handler)


def configure_logging(data_dir: DataDir) -> None:
    """Log to `logs/hexie.log` in the data folder; once per process.

    When the folder cannot hold the log (read-only, full, not ours), one warning says so and the
    command goes on without a file log.
    """
    root = logging.getLogger("hexie_desktop")
    if any(getattr(h, "hexie_log", False) for h in root.handlers):
        return
    root.setLevel(logging.INFO)
    try:
        data_dir.logs.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = _DataFolderLog(
            data_dir.logs / "hexie.log",
            maxBytes=_MAX_BYTES,
            backupCount=_BACKUPS,
            encoding="utf-8",
        )
    except OSError as error:
        _warn(f"无法写入日志文件夹 {data_dir.logs}（{os_reason(error)}），本次不写日志文件。")
        _add_stderr_fallback()
        return
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
