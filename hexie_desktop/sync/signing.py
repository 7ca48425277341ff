"""Signatures over the manifest, in a detached member `manifest.sig`, under the bundle's suite.

The signature member names its algorithm and key; anything but the algorithm of the suite the
manifest names (Ed25519, or SM2 with SM3) over the exact manifest bytes by the expected key is
refused, and there is no unsigned fallback.
"""

from dataclasses import dataclass
from typing import Any

import orjson

from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.jsonl import parse_object
from hexie_desktop.sync.suites import SUITES, SigningKey, Suite, suite_of_key, suite_of_public_key

_SIG_KEYS = frozenset({"algorithm", "fingerprint", "signature"})
_BY_ALGORITHM = {suite.signature_algorithm: suite for suite in SUITES.values()}


def fingerprint_of(public_key: bytes) -> str:
    """The digest of the raw public key, hex, in the key's suite (SHA-256; SM3 for an SM2 key):
    what a clerk compares when enrolling a key."""
    return suite_of_public_key(public_key.hex()).fingerprint(public_key)


def public_bytes(key: SigningKey) -> bytes:
    return bytes.fromhex(suite_of_key(key).public_hex_of(key))


_COMPANION_CONTEXT = b"hexie-companion-key/1\n"


def companion_message(installation_id: str, sm2_public_hex: str) -> bytes:
    """What an installation's Ed25519 key signs to vouch for its SM2 key (`companion`)."""
    return _COMPANION_CONTEXT + orjson.dumps([installation_id, sm2_public_hex])


def sign_manifest(manifest: bytes, key: SigningKey) -> bytes:
    suite = suite_of_key(key)
    document = {
        "algorithm": suite.signature_algorithm,
        "fingerprint": suite.fingerprint(bytes.fromhex(suite.public_hex_of(key))),
        "signature": suite.sign(key, manifest).hex(),
    }
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS)


@dataclass(frozen=True)
class Signature:
    """What `manifest.sig` claims: the suite of its algorithm, the key's fingerprint, the bytes."""

    suite: Suite
    fingerprint: str
    raw: bytes


def read_signature(signature_member: bytes) -> Signature:
    doc: dict[str, Any] = parse_object(signature_member, "manifest.sig")
    if doc.keys() != _SIG_KEYS:
        raise BundleRefusedError("signature", "签名文件字段不符")
    suite = _BY_ALGORITHM.get(doc["algorithm"]) if isinstance(doc["algorithm"], str) else None
    if suite is None:
        raise BundleRefusedError("signature", f"不支持的签名算法：{str(doc['algorithm'])[:20]}")
    try:
        raw = bytes.fromhex(str(doc["signature"]))
    except ValueError as exc:
        raise BundleRefusedError("signature", "签名不是十六进制") from exc
    if not suite.signature_fits(raw) or not isinstance(doc["fingerprint"], str):
        raise BundleRefusedError("signature", "签名长度或指纹格式错误")
    return Signature(suite, doc["fingerprint"], raw)


def verify_signature(manifest: bytes, signature: bytes, public_key_hex: str, suite: Suite) -> None:
    if len(public_key_hex) != suite.public_hex or not suite.verify(
        public_key_hex, signature, manifest
    ):
        raise BundleRefusedError("signature", "签名无效：清单在签名后被改动，或不是该密钥所签")
