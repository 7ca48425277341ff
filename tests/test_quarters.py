"""Quarters as written by the bureaus (2026Q1): parsing, arithmetic, bounds, order."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter, QuarterError

quarters = st.builds(Quarter, st.integers(min_value=1901, max_value=9998), st.integers(1, 4))


@pytest.mark.parametrize(
    ("text", "year", "number"), [("2026Q1", 2026, 1), ("1999Q4", 1999, 4), (" 2026q3 ", 2026, 3)]
)
def test_parse(text: str, year: int, number: int) -> None:
    assert Quarter.parse(text) == Quarter(year, number)


@given(quarters)
def test_str_and_parse_round_trip(quarter: Quarter) -> None:
    assert Quarter.parse(str(quarter)) == quarter


@pytest.mark.parametrize(
    "text", ["2026Q5", "2026Q0", "2026-Q1", "26Q1", "2026", "Q1 2026", "", "２０２６Q1x"]
)
def test_bad_input_says_how_to_write_it(text: str) -> None:
    with pytest.raises(QuarterError) as caught:
        Quarter.parse(text)
    assert isinstance(caught.value, UserError)
    assert f"“{text}”" in caught.value.message
    assert "2026Q1" in caught.value.message


def test_next_and_previous_cross_years() -> None:
    assert Quarter(2025, 4).next() == Quarter(2026, 1)
    assert Quarter(2026, 1).previous() == Quarter(2025, 4)
    assert Quarter(2026, 2).next() == Quarter(2026, 3)
    assert Quarter(2026, 3).previous() == Quarter(2026, 2)


@given(quarters)
def test_next_and_previous_are_inverse(quarter: Quarter) -> None:
    assert quarter.next().previous() == quarter
    assert quarter.previous().next() == quarter
    assert quarter.previous() < quarter < quarter.next()


@pytest.mark.parametrize(
    ("quarter", "first", "last"),
    [
        (Quarter(2026, 1), dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
        (Quarter(2024, 1), dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        (Quarter(2026, 2), dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
        (Quarter(2026, 3), dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
        (Quarter(2026, 4), dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
    ],
)
def test_first_and_last_day(quarter: Quarter, first: dt.date, last: dt.date) -> None:
    assert quarter.first_day == first
    assert quarter.last_day == last
    assert quarter.contains(first) and quarter.contains(last)
    assert not quarter.contains(first - dt.timedelta(days=1))
    assert not quarter.contains(last + dt.timedelta(days=1))


@given(st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(9998, 12, 31)))
def test_every_day_lies_in_exactly_the_quarter_containing_it(day: dt.date) -> None:
    quarter = Quarter.containing(day)
    assert quarter.contains(day)
    assert not quarter.next().contains(day)
    assert not quarter.previous().contains(day)


@given(quarters, quarters)
def test_order_is_chronological(a: Quarter, b: Quarter) -> None:
    assert (a < b) == (a.first_day < b.first_day)
    assert (a <= b) == (a.first_day <= b.first_day)
    assert (a > b) == (a.first_day > b.first_day)


def test_sorting_and_hashing() -> None:
    texts = ["2026Q2", "2025Q4", "2026Q1", "2025Q1"]
    assert [str(q) for q in sorted(Quarter.parse(t) for t in texts)] == [
        "2025Q1",
        "2025Q4",
        "2026Q1",
        "2026Q2",
    ]
    assert len({Quarter(2026, 1), Quarter.parse("2026Q1")}) == 1


def test_comparison_with_other_types_is_not_supported() -> None:
    with pytest.raises(TypeError):
        _ = Quarter(2026, 1) < "2026Q2"
