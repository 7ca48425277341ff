"""Verification codes: a printed report can be checked against the database it came from.

The code is a SHA-256 over a canonical JSON of exactly what the report prints (its view model,
without the document number and the time of printing) and of the policy and standard versions.
Rebuilding the same report from an unchanged database gives the same code; any changed number,
name or list entry gives another. The QR code carries the report's kind, subject and full hash;
the short code printed beside it is the first 60 bits of the hash, in a base-32 alphabet without
the letters a reader confuses with digits.
"""

import dataclasses
import hashlib
from typing import Any

import orjson

QR_PREFIX = "HEXIE1"
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_SHORT_CHARS = 12
_GROUP = 4


def canonical_payload(view: Any) -> bytes:
    """The canonical bytes hashed for a report view model (a dataclass with `head`, `provenance`)."""
    data = dataclasses.asdict(view)
    data.pop("head")
    provenance = data.pop("provenance")
    provenance.pop("generated_at")
    if not provenance.get("stale"):
        provenance.pop("stale", None)  # codes printed before the flag existed still verify
    document = {"format": 1, **provenance, "data": data}
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)


def report_digest(view: Any) -> str:
    return hashlib.sha256(canonical_payload(view)).hexdigest()


def short_code(digest: str) -> str:
    """`XXXX-XXXX-XXXX`: what a person types to check a printed copy."""
    value = int(digest[:15], 16)
    chars = []
    for _ in range(_SHORT_CHARS):
        value, index = divmod(value, len(_ALPHABET))
        chars.append(_ALPHABET[index])
    text = "".join(reversed(chars))
    return "-".join(text[i : i + _GROUP] for i in range(0, _SHORT_CHARS, _GROUP))


def normalise_short_code(text: str) -> str:
    """Accept what a person types: any case, with or without dashes, O for 0, I/L for 1."""
    cleaned = text.strip().upper().replace("-", "").replace(" ", "")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    return "-".join(cleaned[i : i + _GROUP] for i in range(0, len(cleaned), _GROUP))


def qr_payload(kind: str, subject: str, digest: str) -> str:
    return f"{QR_PREFIX}|{kind}|{subject}|{digest}"


@dataclasses.dataclass(frozen=True)
class QrContent:
    kind: str
    subject: str
    digest: str


def parse_qr_payload(text: str) -> QrContent | None:
    parts = text.strip().split("|")
    if len(parts) != 4 or parts[0] != QR_PREFIX:
        return None
    return QrContent(kind=parts[1], subject=parts[2], digest=parts[3].lower())
