"""What every screen is built with: handed in through constructors, never reached for globally."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner

if TYPE_CHECKING:
    # Types only: the main window imports this module before the database layer has loaded.
    from hexie_desktop.services.store import Store
    from hexie_desktop.services.trust.identity import Identity


@dataclass(frozen=True)
class ScreenContext:
    store: Store
    runner: TaskRunner
    signals: AppSignals
    settings: AppSettings
    identity: Identity
