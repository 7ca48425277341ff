"""How long work talks to whoever waits for it, the window or the terminal alike.

`Progress` receives the share done (0 to 1) and a line saying what is being done; `Cancel`
answers whether the user asked to stop. Services take both as plain callables, so they know
nothing of Qt or of terminals.
"""

from collections.abc import Callable
from contextvars import ContextVar

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]

# Who hears that work is waiting for the database (another program is writing): the window's
# progress dialog sets it for the work it runs, so the wait shows there instead of a frozen bar.
waiting_listener: ContextVar[Callable[[str], None] | None] = ContextVar(
    "waiting_listener", default=None
)
