"""A progress bar on stderr when it is a terminal; silence when it is not (scripts, CI, pipes)."""

import sys
import time
from typing import TextIO

_WIDTH = 30
_MIN_INTERVAL_S = 0.1


class TerminalProgress:
    """Callable as `progress(fraction, message)`, the signature every long-running service takes."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._last_draw = 0.0

    def __call__(self, fraction: float, message: str = "") -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if fraction < 1.0 and now - self._last_draw < _MIN_INTERVAL_S:
            return
        self._last_draw = now
        filled = int(_WIDTH * max(0.0, min(1.0, fraction)))
        bar = "█" * filled + "░" * (_WIDTH - filled)
        self.stream.write(f"\r{bar} {fraction * 100:5.1f}% {message[:40]:<40}")
        if fraction >= 1.0:
            self.stream.write("\n")
        self.stream.flush()

    def waiting(self, message: str) -> None:
        """Told every half second while another program holds the database (see `progress.py`)."""
        if self.enabled:
            self.stream.write(f"\r{message}")
            self.stream.flush()
