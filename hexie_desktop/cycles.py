"""Pausing Python's cycle collector around bulk work that makes no reference cycles.

Evaluating a city's quarter or importing its registers makes a few hundred thousand short-lived
tuples, dicts and strings, none of them in a reference cycle; the collector would still walk
them dozens of times, a fifth to a third of the work's CPU time. Plain reference counting frees
them all the same, and the collector catches up as soon as it runs again.
"""

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Automatic cycle collection off for the block, and back as it was after.

    In the window the collector is already off (`gui.collector` runs it on the UI thread), so
    this changes nothing there.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
