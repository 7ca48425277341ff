"""When a wall clock is believed: the decisions that keep one wrong clock from holding work hostage.

A hybrid logical clock orders edits well as long as no stamp lies far in the future: a stamp from
2035 beats every genuine later edit for nine years, and a receiver holds it as suspect. So a stamp
is taken from the wall clock only when the wall clock is plausible, judged against the latest
bureau time this installation has seen (`bureau_ms`: for an inspector, the master bundles it
merged; for a clerk, its own edits and the bundles it merges):

- *ahead*: more than `BUREAU_LEAD_MS` after the bureau time. Inspectors are legitimately offline
  for weeks, and a quarter's work can pass between two master bundles, so the lead allowed is a
  quarter and a month (120 days). A stamp is then not taken from the wall clock at all but from
  the bureau time, continuing logically, so the edit orders after everything this installation
  has seen and never lands in the future.
- *behind*: before this version of the product was released (`RELEASED_MS`), or more than
  `MAX_DRIFT_MS` before the bureau time. Stamps are taken from the bureau time and order after
  everything seen (that is what the logical part of the clock is for); the user is told, because
  dates typed from such a clock are wrong too.
- a stored clock more than `MAX_DRIFT_MS` after a plausible present (or, with a wrong wall
  clock, more than `BUREAU_LEAD_MS` after the bureau time) was set by a clock that was wrong in
  an earlier session: it is brought back to the present, and this installation's own rows
  stamped after that point are stamped again, so that one wrong session does not make every
  later edit a future one.

Everything here is a pure function of milliseconds, so the rules are tested without a clock.
"""

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from hexie_desktop.domain.clock import MAX_DRIFT_MS, pack, physical_ms

DAY_MS = 24 * 3600 * 1000
BUREAU_LEAD_MS = 120 * DAY_MS
RELEASED_MS = int(dt.datetime(2026, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)
BUNDLE_BEHIND_MS = BUREAU_LEAD_MS


class WallState(StrEnum):
    PLAUSIBLE = "plausible"
    AHEAD = "ahead"
    BEHIND = "behind"


def wall_state(wall_ms: int, bureau_ms: int) -> WallState:
    """How the wall clock stands against the latest bureau time seen (0: none seen yet)."""
    if wall_ms < max(RELEASED_MS, bureau_ms - MAX_DRIFT_MS):
        return WallState.BEHIND
    if bureau_ms and wall_ms > bureau_ms + BUREAU_LEAD_MS:
        return WallState.AHEAD
    return WallState.PLAUSIBLE


def present_ms(wall_ms: int, bureau_ms: int) -> int:
    """The best estimate of now: the wall clock unless it runs far ahead, never before the bureau.

    It is what local stamps are taken from (so an edit under a wrong clock is stamped just after
    the latest bureau time) and what received stamps are judged against.
    """
    if wall_state(wall_ms, bureau_ms) is WallState.AHEAD:
        return bureau_ms
    return max(wall_ms, bureau_ms)


@dataclass(frozen=True)
class ClockCheck:
    """What start-up finds: the wall clock's state, and whether the stored clock must come back."""

    wall_ms: int
    stored_ms: int
    bureau_ms: int
    state: WallState
    repair_to: int | None

    @property
    def jumped_back(self) -> bool:
        """The wall clock says an earlier time than the stored clock, by more than drift explains."""
        return self.stored_ms - self.wall_ms > MAX_DRIFT_MS

    @property
    def needs_warning(self) -> bool:
        return self.state is not WallState.PLAUSIBLE or self.jumped_back


def check_clock(wall_ms: int, stored: int, bureau_ms: int) -> ClockCheck:
    """Judge the wall clock and the stored clock (a packed stamp) at start.

    With a plausible wall clock, a stored clock more than `MAX_DRIFT_MS` after the present came
    from a clock that ran ahead earlier, and is brought back to the present. With a wrong wall
    clock the bureau time is the only yardstick: the stored clock is brought back to it only when
    it lies further beyond it than any plausible clock could have put it (`BUREAU_LEAD_MS`).
    With neither (no bureau time yet, and a clock before the release) nothing is changed.
    """
    stored_ms = physical_ms(stored)
    state = wall_state(wall_ms, bureau_ms)
    now = present_ms(wall_ms, bureau_ms)
    if state is WallState.PLAUSIBLE:
        poisoned = stored_ms > now + MAX_DRIFT_MS
    else:
        poisoned = bureau_ms > 0 and stored_ms > bureau_ms + BUREAU_LEAD_MS
    return ClockCheck(wall_ms, stored_ms, bureau_ms, state, pack(now, 0) if poisoned else None)


def restamp_threshold(repair_to: int) -> int:
    """Own rows stamped above this were stamped by the wrong clock and are stamped again."""
    return pack(physical_ms(repair_to) + MAX_DRIFT_MS, 0)


def learned_bureau_ms(bureau_ms: int, seen_ms: int, wall_ms: int) -> int:
    """The bureau time after seeing `seen_ms` from the bureau.

    A time is learned only when the wall clock corroborates it (it is at most `MAX_DRIFT_MS`
    after the wall clock): two clocks that agree are believed, so an installation whose clock was
    judged ahead after a long absence trusts it again once a bundle made at about the same time
    arrives, and a sender's clock in 2035 never becomes this installation's yardstick.
    """
    if seen_ms - wall_ms > MAX_DRIFT_MS:
        return bureau_ms
    return max(bureau_ms, seen_ms)


@dataclass(frozen=True)
class BundleTimes:
    """A bundle's clocks: when it says it was made, when it arrived, and its records' stamps."""

    created_ms: int
    received_ms: int
    earliest_stamp_ms: int
    latest_stamp_ms: int
    all_history: bool


class ClockFinding(StrEnum):
    CREATED_AHEAD = "created_ahead"
    CREATED_BEHIND = "created_behind"
    STAMPS_AFTER_CREATED = "stamps_after_created"
    STAMPS_AHEAD = "stamps_ahead"
    STAMPS_BEFORE_RELEASE = "stamps_before_release"


def bundle_clock_findings(times: BundleTimes) -> list[ClockFinding]:
    """Where a bundle's times disagree with each other or with arrival by more than policy allows.

    Ahead: made, or stamped, more than `MAX_DRIFT_MS` after arrival; stamped more than that after
    it was made (the sender's clock was put back after the edit). Behind: made more than
    `BUNDLE_BEHIND_MS` before arrival (longer than any legitimate time offline), or stamped
    before this version's release. A full bundle carries old history, so its stamps are only
    checked for being ahead.
    """
    found = []
    if times.created_ms - times.received_ms > MAX_DRIFT_MS:
        found.append(ClockFinding.CREATED_AHEAD)
    if times.received_ms - times.created_ms > BUNDLE_BEHIND_MS:
        found.append(ClockFinding.CREATED_BEHIND)
    if not times.latest_stamp_ms:
        return found
    if times.latest_stamp_ms - times.received_ms > MAX_DRIFT_MS:
        found.append(ClockFinding.STAMPS_AHEAD)
    if times.latest_stamp_ms - times.created_ms > MAX_DRIFT_MS:
        found.append(ClockFinding.STAMPS_AFTER_CREATED)
    if not times.all_history and times.earliest_stamp_ms < RELEASED_MS:
        found.append(ClockFinding.STAMPS_BEFORE_RELEASE)
    return found
