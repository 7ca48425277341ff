"""Standard output and error that never fail on a character: the command line prints Chinese.

On Windows Python writes to a console window in UTF-16 whatever its code page, but output
redirected to a file or a pipe is encoded in the ANSI code page (cp936 on a Chinese Windows,
cp1252 on an English one), which lacks many characters a name or a reason may hold, and a
character it lacks ends the command with a traceback. Redirected output on Windows is therefore
UTF-8, which every character has, and JSON must be anyway; Notepad and Excel read it, and
PowerShell with `-Encoding utf8`. Everywhere else the encoding the user's locale chose is kept.
In every case a character the encoding lacks becomes `?` instead of stopping the command.

A program built without a console (the window's `hexiew.exe`) has no standard streams at all;
they become the null device, so a stray print or a progress bar cannot crash it.
"""

import io
import os
import sys
from dataclasses import dataclass
from typing import TextIO

REPLACE = "replace"


@dataclass(frozen=True)
class StreamSetup:
    """How to reconfigure one stream: a new `encoding` (None: keep it) and `errors`."""

    encoding: str | None
    errors: str = REPLACE


def stream_setup(platform: str, *, is_terminal: bool) -> StreamSetup:
    """What to do with stdout or stderr on `platform` (`sys.platform`): see the module."""
    if platform == "win32" and not is_terminal:
        return StreamSetup(encoding="utf-8")
    return StreamSetup(encoding=None)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


def configure_stream(stream: TextIO | None, platform: str) -> TextIO:
    """`stream` reconfigured for `platform`, or the null device in place of a missing one."""
    if stream is None:
        return open(os.devnull, "w", encoding="utf-8")
    if isinstance(stream, io.TextIOWrapper):
        setup = stream_setup(platform, is_terminal=_is_terminal(stream))
        stream.flush()
        if setup.encoding is None:
            stream.reconfigure(errors=setup.errors)
        else:
            stream.reconfigure(encoding=setup.encoding, errors=setup.errors)
    return stream


def configure_console(platform: str = sys.platform) -> None:
    """Make `sys.stdout` and `sys.stderr` safe for Chinese; once, before anything is printed."""
    sys.stdout = configure_stream(sys.stdout, platform)
    sys.stderr = configure_stream(sys.stderr, platform)
