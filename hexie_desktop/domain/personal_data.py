"""A complainant's name and phone number as people other than the ticket's handler see them.

The Personal Information Protection Law asks a bureau to show personal information only to
whom needs it. A ticket's caller (来电人) is shown masked everywhere except in the ticket's own
dialog on a clerk's installation (services/complaints/personal.py decides who). The masks follow
the form the 12345 centres print:

- a name keeps its first character: `张三` → `张*`, `欧阳娜娜` → `欧***`; a one-character name
  is `*` (its only character is the one that would identify it); the mask keeps the length;
- a mobile number keeps its first three digits (the carrier's block) and its last four:
  `13812345678` → `138****5678`; a `+86`/`86` prefix is dropped;
- a landline keeps its area code and the last two digits of the local number:
  `0571-88885678` → `0571-******78` (a local number has only 7 or 8 digits, so its last four would
  narrow the rest down to a few thousand);
- anything else (not a phone number the registration would accept) is masked whole, one `*` a
  character: nothing of an unrecognised value is shown;
- empty stays empty, and a masked value masks to itself.

Free text (a ticket's content, a step's note) cannot be searched for names, but a phone number
typed into it can be found: `mask_phones_in` masks every mobile or landline number it holds.

`normal_phone` is the form a phone number is stored in once registration has checked it.
"""

import re

MASK = "*"
_MOBILE = re.compile(r"^(?:\+?86)?(1[3-9][0-9*])([0-9*]{4})([0-9*]{4})$")
# Area codes: 010 and 02x have three digits, all others four; a local number 7 or 8 digits.
_LANDLINE = re.compile(r"^(010|02[0-9]|0[3-9][0-9]{2})([2-9*][0-9*]{4,5})([0-9*]{2})$")
_SEPARATORS = re.compile(r"[\s\-()（）]")
# A number inside free text: a mobile, or an area code and a local number, possibly split by a
# space or a hyphen, never part of a longer run of digits.
_IN_TEXT = re.compile(
    r"(?<![0-9])(?:\+?86[ -]?)?(?:1[3-9][0-9](?:[ -]?[0-9]{4}){2}"
    r"|0[1-9][0-9]{1,2}[ -]?[2-9][0-9]{6,7})(?![0-9])"
)
PHONE_LENGTH = 32
NAME_LENGTH = 32


def mask_name(name: str) -> str:
    """The name with every character but the first replaced by `*`; one character: `*`."""
    text = name.strip()
    if len(text) <= 1:
        return MASK * len(text)
    return text[0] + MASK * (len(text) - 1)


def _compact(phone: str) -> str:
    return _SEPARATORS.sub("", phone.strip())


def mask_phone(phone: str) -> str:
    """A mobile as `138****5678`, a landline as `0571-******78`, anything else all `*`."""
    text = _compact(phone)
    if not text:
        return ""
    mobile = _MOBILE.match(text)
    if mobile is not None:
        return f"{mobile[1]}{MASK * 4}{mobile[3]}"
    landline = _LANDLINE.match(text)
    if landline is not None:
        return f"{landline[1]}-{MASK * len(landline[2])}{landline[3]}"
    return MASK * len(phone.strip())


def mask_phones_in(text: str) -> str:
    """`text` with every phone number in it masked as `mask_phone` masks a caller's."""
    return _IN_TEXT.sub(lambda found: mask_phone(found[0]), text)


def normal_phone(phone: str) -> str | None:
    """The stored form of a real phone number (`13812345678`, `0571-88885678`), None if not one.

    Empty is empty (no number given); a masked number is not a phone number.
    """
    text = _compact(phone)
    if not text:
        return ""
    if MASK in text:
        return None
    mobile = _MOBILE.match(text)
    if mobile is not None:
        return "".join(mobile.groups())
    landline = _LANDLINE.match(text)
    if landline is not None:
        return f"{landline[1]}-{landline[2]}{landline[3]}"
    return None


def phone_problem(phone: str) -> str | None:
    """What is wrong with a phone number typed for a caller, in words, or None."""
    if normal_phone(phone) is not None:
        return None
    return (
        f"联系电话“{phone.strip()}”不是有效的电话号码：手机号为 11 位数字（如 13812345678），"
        "固定电话为区号加号码（如 0571-88885678）；不知道时请留空。"
    )
