"""What every command handler receives: where the data is, and how to report."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson

from hexie_desktop.paths import DataDir

if TYPE_CHECKING:
    from hexie_desktop.services.store import Store


@dataclass
class CommandContext:
    data_dir: DataDir
    url: str | None
    args: argparse.Namespace
    _store: Store | None = field(default=None, repr=False)

    @property
    def store(self) -> Store:
        if self._store is None:
            # The database layer loads only for commands that use it: `hexie` alone opens the
            # window, which shows before the database is opened.
            from hexie_desktop.cli.passphrase import ask_passphrase  # noqa: PLC0415
            from hexie_desktop.services.store import open_store  # noqa: PLC0415
            from hexie_desktop.services.trust.clock_check import check_start_clock  # noqa: PLC0415

            self._store = open_store(self.data_dir, self.url)
            self._store.keys.ask = ask_passphrase
            notice = check_start_clock(self._store)
            # Told before the command does anything, and the command then goes on: no stamp is
            # taken from an implausible clock, and one bad session has just been undone.
            for line in notice.lines if notice else ():
                print(f"hexie: 时钟：{line}", file=sys.stderr)
        return self._store

    @property
    def wants_json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def emit_json(self, document: Any) -> None:
        sys.stdout.write(orjson.dumps(document, option=orjson.OPT_INDENT_2).decode() + "\n")

    def say(self, line: str) -> None:
        """A human-readable line of results: stdout unless JSON owns stdout, then stderr."""
        print(line, file=sys.stderr if self.wants_json else sys.stdout)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
