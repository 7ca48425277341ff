"""Unified social credit codes (GB 32100-2015): the checksum, strict and lenient reading."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hexie_desktop.domain.credit_code import (
    ALPHABET,
    CreditCodeError,
    check_character,
    is_valid_credit_code,
    normalize_credit_code,
    validate_credit_code,
)
from hexie_desktop.domain.errors import UserError

# 91350100M000100Y4 + check character, worked by hand:
#   values   9  1  3  5  0  1  0  0  M=21 0  0  0  1  0  0  Y=30 4
#   weights  1  3  9 27 19 26 16 17 20   29 25 13  8 24 10 30   28   (3**i mod 31)
#   products 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640
#   1640 mod 31 = 28, and 31 - 28 = 3, so the check character is "3".
HAND_WORKED = "91350100M000100Y43"
KNOWN_VALID = (HAND_WORKED, "91110000802100433B", "914403001922038216")

codes = st.text(alphabet=ALPHABET, min_size=17, max_size=17).map(lambda p: p + check_character(p))


def test_hand_worked_check_character() -> None:
    assert check_character(HAND_WORKED[:17]) == "3"


@pytest.mark.parametrize("code", KNOWN_VALID)
def test_known_valid_codes(code: str) -> None:
    assert validate_credit_code(code) == code
    assert normalize_credit_code(code) == code
    assert is_valid_credit_code(code)


def test_bad_checksum_names_the_expected_character() -> None:
    wrong = HAND_WORKED[:-1] + "4"
    with pytest.raises(CreditCodeError) as caught:
        validate_credit_code(wrong)
    assert "校验位错误" in caught.value.message
    assert "最后一位应为 3" in caught.value.message
    assert wrong in caught.value.message


def test_the_error_is_a_user_error() -> None:
    with pytest.raises(UserError):
        normalize_credit_code("123")


@pytest.mark.parametrize("code", ["", HAND_WORKED[:-1], HAND_WORKED + "0", "9" * 30])
def test_wrong_length(code: str) -> None:
    with pytest.raises(CreditCodeError, match=f"应为 18 位，实际为 {len(code)} 位"):
        validate_credit_code(code)
    assert not is_valid_credit_code(code)


def test_lower_case_is_strict_invalid_but_normalizes() -> None:
    lower = "91110000802100433b"
    with pytest.raises(CreditCodeError, match="不允许的字符“b”"):
        validate_credit_code(lower)
    assert normalize_credit_code(lower) == "91110000802100433B"


def test_full_width_characters_normalize() -> None:
    full_width = "９１１１００００８０２１００４３３Ｂ"
    with pytest.raises(CreditCodeError):
        validate_credit_code(full_width)
    assert normalize_credit_code(full_width) == "91110000802100433B"


def test_spaces_are_folded_away_by_normalize_only() -> None:
    spaced = " 9111 0000 8021 0043 3B\u3000"
    assert normalize_credit_code(spaced) == "91110000802100433B"
    with pytest.raises(CreditCodeError):
        validate_credit_code(spaced)


@pytest.mark.parametrize("letter", list("IOSVZ"))
def test_forbidden_letters(letter: str) -> None:
    first17 = "9111000080210043" + letter
    with pytest.raises(CreditCodeError, match=f"不允许的字符“{letter}”"):
        validate_credit_code(first17 + "0")
    with pytest.raises(CreditCodeError):
        normalize_credit_code(first17.lower() + "0")


def test_alphabet_is_the_standard_31_characters() -> None:
    assert len(ALPHABET) == 31
    assert not set("IOSVZ") & set(ALPHABET)
    assert ALPHABET == "".join(sorted(ALPHABET))


@given(codes)
def test_every_prefix_with_its_check_character_validates(code: str) -> None:
    assert validate_credit_code(code) == code


@given(codes, st.integers(min_value=0, max_value=17), st.sampled_from(ALPHABET))
def test_any_single_character_change_is_rejected(
    code: str, position: int, replacement: str
) -> None:
    changed = code[:position] + replacement + code[position + 1 :]
    if changed == code:
        return
    assert not is_valid_credit_code(changed)


@given(codes, st.integers(min_value=0, max_value=15))
def test_swapping_adjacent_different_characters_is_rejected(code: str, position: int) -> None:
    a, b = code[position], code[position + 1]
    if a == b:
        return
    swapped = code[:position] + b + a + code[position + 2 :]
    assert not is_valid_credit_code(swapped)
