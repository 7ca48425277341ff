"""Python's cycle collector, run on the UI thread only.

Left to itself the collector runs in whichever thread happens to allocate when a threshold is
crossed, and in this application that is usually the writer thread, busy merging or evaluating.
A collection there that finds an unreachable Qt object made on the UI thread destroys it on the
writer thread: Qt cannot unregister that object's timers from another thread, the freed object
stays in the UI thread's timer list, and the next timer event crashes the process (seen as a
segmentation fault in `QTimerInfoList::activateTimers`). So automatic collection is switched off
while the window lives and the UI thread collects instead, generation by generation, whenever
the counts pass the thresholds the interpreter would have used.

A full collection walks every object of the process, and what start-up made (modules, the
database layer, the first screen) is most of them and lives as long as the window: walked on
the UI thread that took 350–500 ms, a stall of the window in the middle of a long merge. So once
the window is ready, `settle` collects once and freezes what is left (`gc.freeze`): later full
collections walk only what came after, and the window keeps answering while the worker merges.
"""

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500


class UiThreadCollector(QObject):
    """Owns cycle collection from `start()` to `stop()`; create and use it on the UI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def settle(self) -> None:
        """Collect what start-up left behind, then keep the rest out of every later collection."""
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        """Collect what is left here, then hand collection back to the interpreter."""
        self._timer.stop()
        gc.unfreeze()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> None:
        """Collect the oldest generation whose count has passed its threshold, and those younger."""
        young, middle, old = gc.get_count()
        first, second, third = self._thresholds
        if young <= first:
            return
        if middle <= second:
            gc.collect(0)
        elif old <= third:
            gc.collect(1)
        else:
            gc.collect(2)
