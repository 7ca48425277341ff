"""Revoked keys as they travel in a clerk's master and full bundles, signed with the bundle.

A clerk who revokes a key (a stolen laptop) tells every installation that merges the bureau's
next bundle: other clerks stop accepting that key's bundles, and inspectors stop trusting it
(never pin it, never seal to it, refuse what it signs). Items carry the key itself, so a
receiver that never knew it still refuses it later.
"""

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from hexie_desktop.domain.roles import Role
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.schema import UUID_PATTERN
from hexie_desktop.sync.signing import fingerprint_of

MAX_REVOCATIONS = 10_000
_KEYS = frozenset(
    {"fingerprint", "installation_id", "name", "role", "public_key", "revoked_at", "reason"}
)
# A raw Ed25519 key (32 bytes) or an uncompressed SM2 point (65 bytes).
_PUBLIC_KEY = re.compile(r"^(?:[0-9a-f]{64}|04[0-9a-f]{128})$")


@dataclass(frozen=True)
class Revocation:
    fingerprint: str
    installation_id: str
    name: str
    role: str
    public_key: str
    revoked_at: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _fail(message: str) -> BundleRefusedError:
    return BundleRefusedError("manifest", message)


def _one(item: Any) -> Revocation:
    if not isinstance(item, dict) or item.keys() != _KEYS:
        raise _fail("清单的撤销密钥条目字段不符")
    if not all(isinstance(item[k], str) for k in _KEYS):
        raise _fail("清单的撤销密钥条目类型错误")
    revocation = Revocation(**item)
    try:
        dt.datetime.fromisoformat(revocation.revoked_at)
    except ValueError as exc:
        raise _fail("清单的撤销时间格式错误") from exc
    if (
        not _PUBLIC_KEY.match(revocation.public_key)
        or fingerprint_of(bytes.fromhex(revocation.public_key)) != revocation.fingerprint
        or not UUID_PATTERN.match(revocation.installation_id)
        or revocation.role not in {r.value for r in Role}
        or not 0 < len(revocation.name) <= 64
        or len(revocation.reason) > 500
    ):
        raise _fail("清单的撤销密钥条目格式错误")
    return revocation


def parse_revocations(doc: Any) -> tuple[Revocation, ...]:
    if not isinstance(doc, list) or len(doc) > MAX_REVOCATIONS:
        raise _fail("清单的撤销密钥不是列表或过多")
    found = tuple(_one(item) for item in doc)
    if len({r.fingerprint for r in found}) != len(found):
        raise _fail("清单的撤销密钥重复")
    return found
