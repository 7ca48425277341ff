"""Ed25519 signatures over the manifest, in a detached member `manifest.sig`.

The signature member names its algorithm and key; anything but Ed25519 over the exact manifest
bytes by the expected key is refused, and there is no unsigned fallback.
"""

import hashlib
from typing import Any

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.jsonl import parse_object

ALGORITHM = "ed25519"
_SIG_KEYS = frozenset({"algorithm", "fingerprint", "signature"})


def fingerprint_of(public_key: bytes) -> str:
    """The SHA-256 of the raw public key, hex: what a clerk compares when enrolling a key."""
    return hashlib.sha256(public_key).hexdigest()


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def sign_manifest(manifest: bytes, key: Ed25519PrivateKey) -> bytes:
    document = {
        "algorithm": ALGORITHM,
        "fingerprint": fingerprint_of(public_bytes(key)),
        "signature": key.sign(manifest).hex(),
    }
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS)


def signature_fingerprint(signature_member: bytes) -> tuple[str, bytes]:
    """The key fingerprint the signature claims, and the raw signature."""
    doc: dict[str, Any] = parse_object(signature_member, "manifest.sig")
    if doc.keys() != _SIG_KEYS:
        raise BundleRefusedError("signature", "签名文件字段不符")
    if doc["algorithm"] != ALGORITHM:
        raise BundleRefusedError("signature", f"不支持的签名算法：{str(doc['algorithm'])[:20]}")
    try:
        raw = bytes.fromhex(str(doc["signature"]))
    except ValueError as exc:
        raise BundleRefusedError("signature", "签名不是十六进制") from exc
    if len(raw) != 64 or not isinstance(doc["fingerprint"], str):
        raise BundleRefusedError("signature", "签名长度或指纹格式错误")
    return doc["fingerprint"], raw


def verify_signature(manifest: bytes, signature: bytes, public_key_hex: str) -> None:
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(signature, manifest)
    except (InvalidSignature, ValueError) as exc:
        raise BundleRefusedError(
            "signature", "签名无效：清单在签名后被改动，或不是该密钥所签"
        ) from exc
