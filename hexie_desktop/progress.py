"""How long work talks to whoever waits for it, the window or the terminal alike.

`Progress` receives the share done (0 to 1) and a line saying what is being done; `Cancel`
answers whether the user asked to stop. Services take both as plain callables, so they know
nothing of Qt or of terminals.
"""

from collections.abc import Callable

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]
