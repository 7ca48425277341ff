"""Hybrid logical clock (HLC): the order in which edits from many laptops are merged.

A stamp packs wall-clock milliseconds and a logical counter into one integer,
`(ms << 16) | counter`, so stamps compare as plain integers and store in a BIGINT column. A laptop
whose clock runs ahead drags every clock that merges its work forward with it; `MAX_DRIFT_MS`
bounds how far a remote stamp may run ahead of this machine before it is treated as suspect.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field

COUNTER_BITS = 16
_COUNTER_MASK = (1 << COUNTER_BITS) - 1
MAX_DRIFT_MS = 24 * 3600 * 1000


def pack(ms: int, counter: int) -> int:
    return ms << COUNTER_BITS | counter


def physical_ms(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def wall_clock_ms() -> int:
    """This machine's wall clock in Unix milliseconds, as stamps read it."""
    return time.time_ns() // 1_000_000


class ClockDriftError(ValueError):
    """A remote stamp lies further in the future than MAX_DRIFT_MS allows."""


@dataclass
class HybridClock:
    last: int = 0
    wall_ms: Callable[[], int] = field(default=wall_clock_ms, repr=False)

    def tick(self) -> int:
        """A new stamp for a local edit, greater than every stamp seen so far."""
        now = self.wall_ms()
        ms, counter = physical_ms(self.last), self.last & _COUNTER_MASK
        if now > ms:
            self.last = pack(now, 0)
        elif counter < _COUNTER_MASK:
            self.last = pack(ms, counter + 1)
        else:
            # The counter is full (65,536 edits in one millisecond, or a clock held back behind
            # a remote stamp): borrow the next millisecond rather than overflow into this one.
            self.last = pack(ms + 1, 0)
        return self.last

    def tick_many(self, count: int) -> range:
        """`count` new stamps for edits written together, with one reading of the wall clock.

        The same stamps as `count` ticks while the wall clock stands still: after the first,
        each is the last plus one (a full counter carries into the next millisecond).
        """
        if count <= 0:
            return range(0)
        first = self.tick()
        self.last = first + count - 1
        return range(first, first + count)

    def observe(self, remote: int) -> None:
        """Fold in a stamp from another installation so later local edits order after it."""
        if physical_ms(remote) - self.wall_ms() > MAX_DRIFT_MS:
            raise ClockDriftError(f"remote stamp {remote} is more than a day ahead of this clock")
        self.last = max(self.last, remote)
