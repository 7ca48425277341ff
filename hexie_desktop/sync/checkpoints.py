"""Signed heads of an installation's audit chain, as they travel in bundles and in the file of
the data folder (RFC 6962's signed tree head, over a hash chain: a length and the last hash).

A checkpoint says "the chain of this installation had `position` events, the last hashing to
`head`", signed with the installation's Ed25519 key. Two checkpoints of one installation agree
when the later chain still has the earlier head at the earlier position; a rewritten history
cannot keep that without the earlier hash, so the holder of an earlier checkpoint can tell.
"""

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hexie_desktop.sync.errors import BundleRefusedError

MAX_CARRIED = 10_000
_CONTEXT = b"hexie-audit-checkpoint/1\n"
_KEYS = frozenset({"position", "head", "signed_at", "signature"})
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEX128 = re.compile(r"^[0-9a-f]{128}$")


@dataclass(frozen=True)
class Checkpoint:
    installation_id: str
    position: int
    head: str
    signed_at: str
    signature: str

    def message(self) -> bytes:
        return _CONTEXT + orjson.dumps(
            [self.installation_id, self.position, self.head, self.signed_at]
        )

    def signed_by(self, public_key_hex: str) -> bool:
        try:
            key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
            key.verify(bytes.fromhex(self.signature), self.message())
        except (InvalidSignature, ValueError):
            return False
        return True

    def carried(self) -> dict[str, Any]:
        """The form a bundle's manifest carries (the author names the installation)."""
        return {
            "position": self.position,
            "head": self.head,
            "signed_at": self.signed_at,
            "signature": self.signature,
        }

    def as_dict(self) -> dict[str, Any]:
        return {"installation_id": self.installation_id, **self.carried()}


def sign_checkpoint(
    key: Ed25519PrivateKey, installation_id: str, position: int, head: str
) -> Checkpoint:
    unsigned = Checkpoint(installation_id, position, head, dt.datetime.now(dt.UTC).isoformat(), "")
    signature = key.sign(unsigned.message()).hex()
    return Checkpoint(installation_id, position, head, unsigned.signed_at, signature)


def parse_carried(doc: Any, installation_id: str) -> tuple[Checkpoint, ...]:
    """The manifest's `audit_checkpoints`, checked for shape (signatures are checked on merge)."""
    if not isinstance(doc, list) or len(doc) > MAX_CARRIED:
        raise BundleRefusedError("manifest", "清单的审计检查点不是列表或过多")
    found = []
    for item in doc:
        if not isinstance(item, dict) or item.keys() != _KEYS:
            raise BundleRefusedError("manifest", "清单的审计检查点字段不符")
        position, head = item["position"], item["head"]
        signed_at, signature = item["signed_at"], item["signature"]
        if (
            type(position) is not int
            or position < 1
            or not isinstance(head, str)
            or not _HEX64.match(head)
            or not isinstance(signed_at, str)
            or len(signed_at) > 40
            or not isinstance(signature, str)
            or not _HEX128.match(signature)
        ):
            raise BundleRefusedError("manifest", "清单的审计检查点格式错误")
        found.append(Checkpoint(installation_id, position, head, signed_at, signature))
    positions = [c.position for c in found]
    if positions != sorted(set(positions)):
        raise BundleRefusedError("manifest", "清单的审计检查点应按位置递增且不重复")
    return tuple(found)
