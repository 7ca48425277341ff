"""The hybrid logical clock and UUIDv7 row ids: the order of edits across laptops."""

import random
import time
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hexie_desktop.domain.clock import (
    COUNTER_BITS,
    MAX_DRIFT_MS,
    ClockDriftError,
    HybridClock,
    pack,
    physical_ms,
)
from hexie_desktop.domain.ids import uuid7, uuid7_batch, uuid7_ms

NOW = 1_780_000_000_000


class FakeWall:
    """A wall clock the test sets by hand, including backwards."""

    def __init__(self, ms: int = NOW) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_pack_and_physical_ms_round_trip() -> None:
    stamp = pack(NOW, 7)
    assert physical_ms(stamp) == NOW
    assert stamp & ((1 << COUNTER_BITS) - 1) == 7


def test_tick_follows_the_wall_clock() -> None:
    wall = FakeWall()
    clock = HybridClock(wall_ms=wall)
    first = clock.tick()
    assert first == pack(NOW, 0)
    wall.ms += 5
    assert clock.tick() == pack(NOW + 5, 0)


def test_tick_increases_when_the_wall_clock_stands_still_or_goes_back() -> None:
    wall = FakeWall()
    clock = HybridClock(wall_ms=wall)
    stamps = [clock.tick(), clock.tick()]
    wall.ms -= 60_000
    stamps += [clock.tick(), clock.tick()]
    assert stamps == sorted(set(stamps))
    assert physical_ms(stamps[-1]) == NOW, "a clock set back must not move stamps back"
    assert stamps[-1] == pack(NOW, 3)


def test_a_restored_clock_continues_after_its_last_stamp() -> None:
    wall = FakeWall(NOW - 1000)
    clock = HybridClock(last=pack(NOW, 9), wall_ms=wall)
    assert clock.tick() == pack(NOW, 10)


@pytest.mark.parametrize("ms", [NOW, NOW + 1])
def test_a_full_counter_moves_to_the_next_millisecond(ms: int) -> None:
    """65,536 edits while the wall clock lags (e.g. behind a remote stamp) must stay ordered."""
    clock = HybridClock(last=pack(ms, (1 << COUNTER_BITS) - 1), wall_ms=FakeWall(ms - 3_600_000))
    before = clock.last
    assert clock.tick() == pack(ms + 1, 0)
    assert clock.last > before
    assert clock.tick() == pack(ms + 1, 1)


@given(
    last_counter=st.integers(0, (1 << COUNTER_BITS) - 1),
    lead=st.integers(-5, 5),
    count=st.integers(0, 10_000),
)
def test_a_batch_of_stamps_is_what_as_many_ticks_would_give(
    last_counter: int, lead: int, count: int
) -> None:
    """One reading of the wall clock for a batch, and the same stamps as one tick per row."""
    readings = 0

    def wall() -> int:
        nonlocal readings
        readings += 1
        return NOW + lead

    batch = HybridClock(last=pack(NOW, last_counter), wall_ms=wall)
    one_by_one = HybridClock(last=pack(NOW, last_counter), wall_ms=FakeWall(NOW + lead))
    stamps = batch.tick_many(count)
    assert readings == min(count, 1)
    assert list(stamps) == [one_by_one.tick() for _ in range(count)]
    assert batch.last == one_by_one.last


def test_observe_moves_forward_and_never_back() -> None:
    wall = FakeWall()
    clock = HybridClock(wall_ms=wall)
    clock.tick()
    remote = pack(NOW + 10_000, 3)
    clock.observe(remote)
    assert clock.last == remote
    assert clock.tick() > remote
    before = clock.last
    clock.observe(pack(NOW - 10_000, 0))
    assert clock.last == before


def test_drift_beyond_the_limit_is_refused() -> None:
    wall = FakeWall()
    clock = HybridClock(wall_ms=wall)
    clock.tick()
    before = clock.last
    clock.observe(pack(NOW + MAX_DRIFT_MS, 0))
    with pytest.raises(ClockDriftError):
        clock.observe(pack(NOW + MAX_DRIFT_MS + 1, 0))
    assert clock.last == pack(NOW + MAX_DRIFT_MS, 0)
    assert clock.last > before


steps = st.lists(
    st.one_of(
        st.tuples(st.just("wall"), st.integers(min_value=-100_000, max_value=100_000)),
        st.tuples(st.just("tick"), st.just(0)),
        st.tuples(st.just("observe"), st.integers(min_value=-100_000, max_value=100_000)),
    ),
    max_size=60,
)


@given(steps, st.integers(min_value=0, max_value=(1 << COUNTER_BITS) - 1))
def test_stamps_only_ever_increase(sequence: list[tuple[str, int]], counter: int) -> None:
    wall = FakeWall()
    clock = HybridClock(last=pack(NOW + 1, counter), wall_ms=wall)
    seen: list[int] = [clock.last]
    for action, amount in sequence:
        if action == "wall":
            wall.ms += amount
        elif action == "tick":
            stamp = clock.tick()
            assert all(stamp > earlier for earlier in seen)
            assert physical_ms(stamp) >= wall.ms
            seen.append(stamp)
        else:
            remote = pack(wall.ms + amount, 0)
            clock.observe(remote)
            seen.append(remote)
            assert clock.last >= remote


def test_uuid7_version_and_variant_bits() -> None:
    value = uuid.UUID(uuid7())
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert len(str(value)) == 36


@given(st.integers(min_value=0, max_value=(1 << 48) - 1))
def test_uuid7_carries_its_milliseconds(ms: int) -> None:
    value = uuid7(ms, random.Random(1))
    assert uuid.UUID(value).int >> 80 == ms
    assert uuid.UUID(value).version == 7


@given(st.lists(st.integers(min_value=0, max_value=(1 << 48) - 1), min_size=2, unique=True))
def test_uuid7_sort_in_time_order(times: list[int]) -> None:
    rng = random.Random(0)
    ids = {ms: uuid7(ms, rng) for ms in times}
    assert [ids[ms] for ms in sorted(times)] == sorted(ids.values())


def test_a_batch_of_uuid7s_are_distinct_version_7_ids_of_their_millisecond() -> None:
    before = time.time_ns() // 1_000_000
    batch = uuid7_batch(5000)
    after = time.time_ns() // 1_000_000
    parsed = [uuid.UUID(value) for value in batch]
    assert len(set(batch)) == 5000
    assert all(str(u) == value for u, value in zip(parsed, batch, strict=True))
    assert {(u.version, u.variant) for u in parsed} == {(7, uuid.RFC_4122)}
    assert before <= min(map(uuid7_ms, batch)) and max(map(uuid7_ms, batch)) <= after
    random_bits = [u.int & ((1 << 62) - 1) | (u.int >> 64 & 0xFFF) << 62 for u in parsed]
    ones = sum(bin(bits).count("1") for bits in random_bits) / (74 * 5000)
    assert 0.49 < ones < 0.51, "all 74 random bits are random"
    assert uuid7_batch(0) == []


def test_uuid7_is_deterministic_with_a_seeded_rng() -> None:
    first = [uuid7(NOW + i, random.Random(42)) for i in range(3)]
    again = [uuid7(NOW + i, random.Random(42)) for i in range(3)]
    assert first == again
    assert uuid7(NOW, random.Random(1)) != uuid7(NOW, random.Random(2))


def test_uuid7_without_arguments_is_unique_and_current() -> None:
    import time  # noqa: PLC0415

    before = time.time_ns() // 1_000_000
    ids = [uuid7() for _ in range(1000)]
    after = time.time_ns() // 1_000_000
    assert len(set(ids)) == 1000
    assert all(before <= uuid.UUID(i).int >> 80 <= after for i in ids)
