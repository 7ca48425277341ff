"""Unified social credit code (统一社会信用代码), GB 32100-2015.

Eighteen characters from a 31-character alphabet (no I, O, S, V, Z). The last one is a check
character: 31 minus the weighted sum of the first seventeen modulo 31, where the weight of position
i (from 0) is 3**i mod 31.
"""

import operator
import unicodedata

from hexie_desktop.domain.errors import UserError

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
LENGTH = 18
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_ALLOWED = frozenset(ALPHABET)
_WEIGHTS = tuple(pow(3, i, 31) for i in range(LENGTH - 1))


class CreditCodeError(UserError, ValueError):
    """A credit code that is not a valid GB 32100-2015 code; the message is for the user."""


def check_character(first17: str) -> str:
    """The check character that completes the first seventeen characters of a code."""
    if len(first17) != LENGTH - 1:
        raise ValueError(f"{first17!r} is not the first {LENGTH - 1} characters of a code")
    total = sum(map(operator.mul, map(_VALUE.__getitem__, first17), _WEIGHTS))
    return ALPHABET[(31 - total % 31) % 31]


def validate_credit_code(code: str) -> str:
    """Return `code` if it is a valid credit code exactly as written, else raise CreditCodeError."""
    if len(code) != LENGTH:
        raise CreditCodeError(f"统一社会信用代码应为 18 位，实际为 {len(code)} 位：{code}")
    if not _ALLOWED.issuperset(code):
        bad = [ch for ch in code if ch not in _VALUE]
        raise CreditCodeError(
            f"统一社会信用代码含有不允许的字符“{bad[0]}”：{code}（只允许数字和除 I、O、S、V、Z 外的大写字母）"
        )
    expected = check_character(code[:-1])
    if code[-1] != expected:
        raise CreditCodeError(
            f"统一社会信用代码校验位错误：{code}（最后一位应为 {expected}），请核对是否抄错"
        )
    return code


def normalize_credit_code(raw: str) -> str:
    """Read a credit code as people type it: full-width characters, lower case, spaces.

    Spreadsheets and hand-typed forms often carry full-width digits or lower-case letters; these are
    the same code, so they are folded (NFKC, upper case, spaces removed) before strict validation.
    """
    folded = unicodedata.normalize("NFKC", raw).upper()
    return validate_credit_code("".join(folded.split()))


def is_valid_credit_code(code: str) -> bool:
    try:
        validate_credit_code(code)
    except CreditCodeError:
        return False
    return True
