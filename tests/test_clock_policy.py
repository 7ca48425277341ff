"""The clock decisions of `domain.clock_policy`, with hand-computed times and hypothesis bounds."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from hexie_desktop.domain.clock import MAX_DRIFT_MS, HybridClock, pack, physical_ms
from hexie_desktop.domain.clock_policy import (
    BUREAU_LEAD_MS,
    DAY_MS,
    RELEASED_MS,
    BundleTimes,
    ClockFinding,
    WallState,
    bundle_clock_findings,
    check_clock,
    learned_bureau_ms,
    present_ms,
    restamp_threshold,
    wall_state,
)


def _ms(year: int, month: int, day: int, hour: int = 0) -> int:
    return int(dt.datetime(year, month, day, hour, tzinfo=dt.UTC).timestamp() * 1000)


BUREAU = _ms(2026, 11, 20)
NOW = _ms(2026, 12, 1)


def test_the_lead_allows_a_quarter_and_a_month_offline() -> None:
    assert BUREAU_LEAD_MS == 120 * DAY_MS
    assert wall_state(BUREAU + 120 * DAY_MS, BUREAU) is WallState.PLAUSIBLE
    assert wall_state(BUREAU + 120 * DAY_MS + 1, BUREAU) is WallState.AHEAD
    assert wall_state(_ms(2035, 6, 1), BUREAU) is WallState.AHEAD
    assert wall_state(_ms(2035, 6, 1), 0) is WallState.PLAUSIBLE, "no bureau time: no yardstick"


def test_behind_means_before_the_release_or_a_day_before_the_bureau() -> None:
    assert wall_state(_ms(2020, 3, 1), 0) is WallState.BEHIND
    assert wall_state(RELEASED_MS, 0) is WallState.PLAUSIBLE
    assert wall_state(BUREAU - DAY_MS, BUREAU) is WallState.PLAUSIBLE
    assert wall_state(BUREAU - 2 * DAY_MS, BUREAU) is WallState.BEHIND


def test_the_present_is_the_wall_unless_it_runs_ahead_and_never_before_the_bureau() -> None:
    assert present_ms(NOW, BUREAU) == NOW
    assert present_ms(_ms(2035, 6, 1), BUREAU) == BUREAU
    assert present_ms(_ms(2020, 3, 1), BUREAU) == BUREAU
    assert present_ms(_ms(2035, 6, 1), 0) == _ms(2035, 6, 1)


def test_a_stored_clock_left_in_2035_is_brought_back_once_the_wall_clock_is_right() -> None:
    check = check_clock(NOW, pack(_ms(2035, 6, 1), 7), BUREAU)
    assert check.state is WallState.PLAUSIBLE and check.jumped_back
    assert check.repair_to == pack(NOW, 0)
    assert restamp_threshold(pack(NOW, 0)) == pack(NOW + DAY_MS, 0)


def test_a_stored_clock_a_few_hours_ahead_is_left_alone() -> None:
    check = check_clock(NOW, pack(NOW + 5 * 3600 * 1000, 0), BUREAU)
    assert not check.jumped_back and check.repair_to is None and not check.needs_warning


def test_under_a_wrong_wall_clock_only_a_stored_clock_beyond_any_plausible_one_comes_back() -> None:
    genuine = pack(BUREAU + 60 * DAY_MS, 0)
    assert check_clock(_ms(2035, 6, 1), genuine, BUREAU).repair_to is None
    assert check_clock(_ms(2020, 3, 1), genuine, BUREAU).repair_to is None
    poisoned = pack(_ms(2035, 6, 1), 0)
    assert check_clock(_ms(2020, 3, 1), poisoned, BUREAU).repair_to == pack(BUREAU, 0)
    assert check_clock(_ms(2020, 3, 1), poisoned, 0).repair_to is None, "nothing to trust"


def test_the_bureau_time_learns_only_what_the_wall_clock_corroborates() -> None:
    assert learned_bureau_ms(BUREAU, NOW, NOW) == NOW
    assert learned_bureau_ms(BUREAU, NOW + DAY_MS, NOW) == NOW + DAY_MS
    assert learned_bureau_ms(BUREAU, _ms(2035, 6, 1), NOW) == BUREAU
    assert learned_bureau_ms(NOW, BUREAU, NOW) == NOW


def test_a_clock_judged_ahead_after_a_long_absence_is_believed_once_corroborated() -> None:
    back = BUREAU + 150 * DAY_MS
    assert wall_state(back, BUREAU) is WallState.AHEAD
    learned = learned_bureau_ms(BUREAU, back - 2 * DAY_MS, back)
    assert wall_state(back, learned) is WallState.PLAUSIBLE
    assert present_ms(back, learned) == back


def _times(created: int, received: int, low: int, high: int, *, full: bool = False) -> BundleTimes:
    return BundleTimes(created, received, low, high, all_history=full)


def test_a_bundle_from_a_laptop_in_2035_is_reported_ahead() -> None:
    stamped = _ms(2035, 6, 1)
    found = bundle_clock_findings(_times(stamped, NOW, stamped, stamped))
    assert found == [ClockFinding.CREATED_AHEAD, ClockFinding.STAMPS_AHEAD]


def test_a_bundle_edited_in_2035_and_exported_after_the_clock_was_fixed() -> None:
    found = bundle_clock_findings(_times(NOW, NOW, BUREAU, _ms(2035, 6, 1)))
    assert found == [ClockFinding.STAMPS_AHEAD, ClockFinding.STAMPS_AFTER_CREATED]


def test_a_bundle_from_a_laptop_in_2020_is_reported_behind() -> None:
    then = _ms(2020, 3, 1)
    found = bundle_clock_findings(_times(then, NOW, then, then))
    assert found == [ClockFinding.CREATED_BEHIND, ClockFinding.STAMPS_BEFORE_RELEASE]
    assert bundle_clock_findings(_times(then, NOW, then, then, full=True)) == [
        ClockFinding.CREATED_BEHIND
    ]


def test_an_ordinary_bundle_carried_for_weeks_is_not_reported() -> None:
    made = NOW - 30 * DAY_MS
    assert bundle_clock_findings(_times(made, NOW, made - 20 * DAY_MS, made)) == []
    assert bundle_clock_findings(_times(NOW + 3_600_000, NOW, NOW, NOW + 3_600_000)) == []


walls = st.integers(min_value=_ms(2000, 1, 1), max_value=_ms(2099, 1, 1))


@given(
    bureau=st.integers(min_value=RELEASED_MS, max_value=_ms(2030, 1, 1)),
    start=st.integers(min_value=0, max_value=120 * DAY_MS),
    readings=st.lists(walls, min_size=1, max_size=40),
)
def test_stamps_increase_and_a_skewed_clock_moves_them_a_bounded_way(
    bureau: int, start: int, readings: list[int]
) -> None:
    """Whatever the wall clock says, stamps only grow and never pass the bureau time + lead."""
    last = pack(bureau + start, 0)
    feed = iter(readings)
    clock = HybridClock(last=last, wall_ms=lambda: present_ms(next(feed), bureau))
    stamps = [clock.tick() for _ in readings]
    assert stamps == sorted(set(stamps)) and stamps[0] > last
    ceiling = max(bureau + BUREAU_LEAD_MS, physical_ms(last)) + 1
    assert all(bureau <= physical_ms(s) <= ceiling for s in stamps)


@given(
    wall=walls,
    stored=walls,
    bureau=st.one_of(st.just(0), st.integers(min_value=RELEASED_MS, max_value=_ms(2030, 1, 1))),
)
def test_a_repair_never_moves_the_clock_forward_and_leaves_it_near_the_present(
    wall: int, stored: int, bureau: int
) -> None:
    check = check_clock(wall, pack(stored, 0), bureau)
    if check.repair_to is None:
        return
    assert physical_ms(check.repair_to) < stored
    assert physical_ms(check.repair_to) == present_ms(wall, bureau)
    assert stored - physical_ms(check.repair_to) > MAX_DRIFT_MS
