"""Masking a caller's name and phone number, and the retention cutoff: worked examples and laws."""

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.policy import PolicyError, parse_policy
from hexie_desktop.domain.personal_data import (
    mask_name,
    mask_phone,
    mask_phones_in,
    normal_phone,
    phone_problem,
)
from hexie_desktop.domain.retention_policy import (
    RetentionPolicy,
    months_before,
    parse_retention_policy,
    purge_cutoff,
)
from hexie_desktop.services.rules.standards import default_policy_document

DIGITS = "0123456789"


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三", "张*"),
        ("张小明", "张**"),
        ("欧阳娜娜", "欧***"),
        ("李", "*"),
        (" 王五 ", "王*"),
        ("", ""),
        ("   ", ""),
        ("张**", "张**"),
    ],
)
def test_a_name_keeps_its_first_character(name: str, masked: str) -> None:
    assert mask_name(name) == masked


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("138 1234 5678", "138****5678"),
        ("+86 138-1234-5678", "138****5678"),
        ("8613812345678", "138****5678"),
        ("0571-88885678", "0571-******78"),
        ("(0755) 2888 5678", "0755-******78"),
        ("010-68885678", "010-******78"),
        ("020-8888567", "020-*****67"),
        ("0571-8885678", "0571-*****78"),
        ("12345", "*****"),
        ("王先生", "***"),
        ("", ""),
        ("138****5678", "138****5678"),
        ("0571-******78", "0571-******78"),
    ],
)
def test_a_phone_keeps_what_the_rule_allows(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    ("phone", "stored"),
    [
        (" 138 1234 5678 ", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("(0571)88885678", "0571-88885678"),
        ("010 6888 5678", "010-68885678"),
        ("", ""),
    ],
)
def test_a_real_number_is_stored_in_one_form(phone: str, stored: str) -> None:
    assert normal_phone(phone) == stored
    assert phone_problem(phone) is None


@pytest.mark.parametrize("phone", ["12345", "1381234567", "138****5678", "0571-0888567", "电话"])
def test_what_is_not_a_phone_number_is_refused_with_the_forms_that_are(phone: str) -> None:
    assert normal_phone(phone) is None
    problem = phone_problem(phone)
    assert problem is not None and "13812345678" in problem and "0571-88885678" in problem


names = st.text(min_size=0, max_size=12).filter(lambda t: t == t.strip())
mobiles = st.builds(
    lambda second, rest: f"1{second}{rest}",
    st.sampled_from("3456789"),
    st.text(DIGITS, min_size=9, max_size=9),
)
landlines = st.builds(
    lambda area, first, rest: f"{area}-{first}{rest}",
    st.sampled_from(["010", "021", "0571", "0755", "0931"]),
    st.sampled_from("23456789"),
    st.text(DIGITS, min_size=6, max_size=7),
)


@given(names)
def test_a_masked_name_shows_at_most_its_first_character(name: str) -> None:
    masked = mask_name(name)
    assert len(masked) == len(name)
    assert masked[1:] == "*" * (len(name) - 1)
    if len(name) == 1:
        assert masked == "*"
    assert mask_name(masked) == masked


@given(mobiles)
def test_a_masked_mobile_shows_seven_digits_at_most(phone: str) -> None:
    masked = mask_phone(phone)
    assert masked == phone[:3] + "****" + phone[-4:]
    assert sum(c.isdigit() for c in masked) == 7
    assert mask_phone(masked) == masked


@given(landlines)
def test_a_masked_landline_shows_its_area_code_and_two_digits(phone: str) -> None:
    area, local = phone.split("-")
    masked = mask_phone(phone)
    assert masked == f"{area}-{'*' * (len(local) - 2)}{local[-2:]}"
    assert mask_phone(masked) == masked
    assert normal_phone(phone) == phone


@given(st.text(max_size=40))
def test_masking_never_shows_more_digits_than_a_mobile_allows(text: str) -> None:
    masked = mask_phone(text)
    assert sum(c.isdigit() for c in masked) <= 7
    assert mask_phone(masked) == masked


@pytest.mark.parametrize(
    ("day", "months", "cutoff"),
    [
        (dt.date(2026, 12, 1), 24, dt.date(2024, 12, 1)),
        (dt.date(2026, 3, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2028, 3, 31), 1, dt.date(2028, 2, 29)),
        (dt.date(2026, 1, 15), 13, dt.date(2024, 12, 15)),
        (dt.date(2026, 5, 31), 3, dt.date(2026, 2, 28)),
    ],
)
def test_the_cutoff_is_the_same_day_months_earlier(
    day: dt.date, months: int, cutoff: dt.date
) -> None:
    assert months_before(day, months) == cutoff
    assert purge_cutoff(day, RetentionPolicy(months)) == cutoff


@given(st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)), st.integers(0, 600))
def test_the_cutoff_is_never_later_and_lies_in_the_right_month(day: dt.date, months: int) -> None:
    cutoff = months_before(day, months)
    assert cutoff <= day
    assert (day.year * 12 + day.month) - (cutoff.year * 12 + cutoff.month) == months
    assert cutoff.day == day.day or cutoff.day < day.day


def test_a_policy_without_the_section_keeps_callers_for_two_years() -> None:
    assert parse_retention_policy({}) == RetentionPolicy(24)
    assert parse_retention_policy({"personal_data": {"retention_months": 6}}) == RetentionPolicy(6)


@pytest.mark.parametrize(
    "section",
    [{"retention_months": 0}, {"retention_months": "24"}, {"retention_months": True}, {"keep": 1}],
)
def test_a_bad_retention_is_refused_naming_the_field(section: dict[str, object]) -> None:
    with pytest.raises(UserError, match="personal_data"):
        parse_retention_policy({"personal_data": section})
    doc = default_policy_document()
    doc["personal_data"] = section
    with pytest.raises(PolicyError, match="personal_data"):
        parse_policy(doc)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("请回电13812345678张先生", "请回电138****5678张先生"),
        ("电话 138 1234 5678。", "电话 138****5678。"),
        ("座机0571-88885678或010 68885678", "座机0571-******78或010-******78"),
        ("+86 13812345678", "138****5678"),
        ("工单12345-2026-0000123，3栋2单元", "工单12345-2026-0000123，3栋2单元"),
        ("订单号 2138123456789", "订单号 2138123456789"),
        ("", ""),
    ],
)
def test_numbers_in_free_text_are_masked_and_nothing_else(text: str, masked: str) -> None:
    assert mask_phones_in(text) == masked


chinese = st.text(st.sampled_from("楼顶漏水请回电张先生栋单元，。 "), max_size=8)
# A number stands apart from the next: a run of more digits than a phone has is not one.
words = st.text(st.sampled_from("楼顶漏水请回电张先生栋单元，。 "), min_size=1, max_size=8)


@given(st.lists(st.tuples(words, mobiles), min_size=1, max_size=4), chinese)
def test_no_mobile_survives_in_free_text(parts: list[tuple[str, str]], tail: str) -> None:
    text = "".join(words + phone for words, phone in parts) + tail
    masked = mask_phones_in(text)
    assert re.search(r"1[3-9][0-9]{9}", masked) is None
    for _words, phone in parts:
        assert phone[:3] + "****" + phone[-4:] in masked
    assert mask_phones_in(masked) == masked
