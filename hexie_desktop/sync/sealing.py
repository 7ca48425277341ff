"""Sealing a bundle to its recipients: X25519 key agreement, HKDF-SHA256, ChaCha20-Poly1305.

A sealed bundle carries a whole plain bundle (manifest, signature, records, attachments) as one
ciphertext member, so no record, photo or member name can be read without a recipient's key.
The construction is age's (age-encryption.org/v1) with Hexie's labels:

- a random 32-byte file key; for each recipient a fresh ephemeral X25519 key pair, the shared
  secret with the recipient's X25519 key stretched by HKDF-SHA256 (salt: ephemeral public key
  then recipient public key) into a wrapping key that encrypts the file key with
  ChaCha20-Poly1305 under an all-zero nonce (each wrapping key is used once);
- the payload key is HKDF-SHA256 of the file key, salted with the bundle's random 16-byte nonce;
- the plaintext is cut into 64 KiB chunks, each encrypted with ChaCha20-Poly1305 under the
  nonce `counter (11 bytes, big-endian) || last-chunk flag (1 byte)`, so a chunk moved, dropped,
  repeated or encrypted under any other nonce fails to authenticate, and a cut-short ciphertext
  lacks the chunk flagged last.

Nonces are derived, never transmitted: a writer that reused one produces chunks that do not
authenticate here. Each installation's X25519 key is derived from its Ed25519 signing key's seed
by HKDF (domain-separated, never the same scalar), so no second secret file has to be kept or
protected; docs/bundle-format.md states all of it for other tools.
"""

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hexie_desktop.sync.errors import BundleRefusedError

ALGORITHM = "x25519-hkdf-sha256-chacha20poly1305"
CHUNK = 64 * 1024
TAG = 16
SEALED_CHUNK = CHUNK + TAG
MAX_RECIPIENTS = 1000
_KEY_LABEL = b"hexie-encryption-key/1"
_WRAP_LABEL = b"hexie-bundle/2 wrap"
_PAYLOAD_LABEL = b"hexie-bundle/2 payload"
_ZERO_NONCE = bytes(12)
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEX32 = re.compile(r"^[0-9a-f]{32}$")
_HEX96 = re.compile(r"^[0-9a-f]{96}$")
_ENVELOPE_KEYS = frozenset({"algorithm", "nonce", "recipients", "plain_manifest_sha256"})
_RECIPIENT_KEYS = frozenset({"fingerprint", "ephemeral", "wrapped_key"})


def _raw(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def encryption_key_of(signing_key: Ed25519PrivateKey) -> X25519PrivateKey:
    """The installation's X25519 key, derived from its Ed25519 seed (a separate scalar)."""
    seed = signing_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    derived = HKDF(hashes.SHA256(), 32, salt=None, info=_KEY_LABEL).derive(seed)
    return X25519PrivateKey.from_private_bytes(derived)


def encryption_public_hex(signing_key: Ed25519PrivateKey) -> str:
    return _raw(encryption_key_of(signing_key).public_key()).hex()


def is_encryption_key(text: object) -> bool:
    return isinstance(text, str) and bool(_HEX64.match(text))


@dataclass(frozen=True)
class Recipient:
    """Who can open a sealed bundle: an installation's signing fingerprint and X25519 key."""

    fingerprint: str
    public_key: str


@dataclass(frozen=True)
class Stanza:
    fingerprint: str
    ephemeral: str
    wrapped_key: str


@dataclass(frozen=True)
class Envelope:
    """The manifest's `encryption` object: how the single `bundle.sealed` member was sealed."""

    nonce: str
    recipients: tuple[Stanza, ...]
    plain_manifest_sha256: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "algorithm": ALGORITHM,
            "nonce": self.nonce,
            "recipients": [s.__dict__ for s in self.recipients],
            "plain_manifest_sha256": self.plain_manifest_sha256,
        }


def _fail(message: str) -> BundleRefusedError:
    return BundleRefusedError("manifest", message)


def parse_envelope(doc: Any) -> Envelope:
    if not isinstance(doc, dict) or doc.keys() != _ENVELOPE_KEYS:
        raise _fail("清单的加密信息字段不符")
    if doc["algorithm"] != ALGORITHM:
        raise BundleRefusedError(
            "encryption", f"不支持的加密算法：{str(doc['algorithm'])[:40]}，请升级和谐桌面"
        )
    nonce, sha, stanzas = doc["nonce"], doc["plain_manifest_sha256"], doc["recipients"]
    if not isinstance(nonce, str) or not _HEX32.match(nonce):
        raise _fail("清单的加密随机数格式错误")
    if not isinstance(sha, str) or not _HEX64.match(sha):
        raise _fail("清单的内层清单哈希格式错误")
    if not isinstance(stanzas, list) or not 1 <= len(stanzas) <= MAX_RECIPIENTS:
        raise _fail("清单的接收方列表为空或过长")
    found = []
    for item in stanzas:
        if not isinstance(item, dict) or item.keys() != _RECIPIENT_KEYS:
            raise _fail("清单的接收方条目字段不符")
        if not (
            all(isinstance(item[k], str) for k in _RECIPIENT_KEYS)
            and _HEX64.match(item["fingerprint"])
            and _HEX64.match(item["ephemeral"])
            and _HEX96.match(item["wrapped_key"])
        ):
            raise _fail("清单的接收方条目格式错误")
        found.append(Stanza(item["fingerprint"], item["ephemeral"], item["wrapped_key"]))
    if len({s.fingerprint for s in found}) != len(found):
        raise _fail("清单的接收方重复")
    if len({s.ephemeral for s in found}) != len(found):
        raise BundleRefusedError("decryption", "各接收方的临时公钥重复使用（加密参数被重用）")
    return Envelope(nonce, tuple(found), sha)


def _wrapping_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> ChaCha20Poly1305:
    key = HKDF(hashes.SHA256(), 32, salt=ephemeral + recipient, info=_WRAP_LABEL).derive(shared)
    return ChaCha20Poly1305(key)


def _payload_cipher(file_key: bytes, nonce: bytes) -> ChaCha20Poly1305:
    return ChaCha20Poly1305(
        HKDF(hashes.SHA256(), 32, salt=nonce, info=_PAYLOAD_LABEL).derive(file_key)
    )


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _wrap(file_key: bytes, recipient: Recipient, context: bytes) -> Stanza:
    ephemeral = X25519PrivateKey.generate()
    eph_raw = _raw(ephemeral.public_key())
    their = bytes.fromhex(recipient.public_key)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(their))
    wrapped = _wrapping_key(shared, eph_raw, their).encrypt(_ZERO_NONCE, file_key, context)
    return Stanza(recipient.fingerprint, eph_raw.hex(), wrapped.hex())


def context_of(bundle_id: str) -> bytes:
    """What each wrapped key is bound to: the bundle it opens."""
    return b"hexie-bundle/2 " + bundle_id.encode()


def seal_stream(
    source: BinaryIO,
    out: BinaryIO,
    recipients: Iterable[Recipient],
    *,
    bundle_id: str,
    plain_manifest_sha256: str,
) -> Envelope:
    """Encrypt `source` into `out`, chunk by chunk; the envelope says how to open it."""
    file_key = os.urandom(32)
    nonce = os.urandom(16)
    stanzas = tuple(_wrap(file_key, r, context_of(bundle_id)) for r in recipients)
    cipher = _payload_cipher(file_key, nonce)
    counter = 0
    chunk = source.read(CHUNK)
    while True:
        following = source.read(CHUNK)
        out.write(cipher.encrypt(_chunk_nonce(counter, not following), chunk, None))
        if not following:
            break
        chunk, counter = following, counter + 1
    return Envelope(nonce.hex(), stanzas, plain_manifest_sha256)


def file_key_for(
    envelope: Envelope, bundle_id: str, own_fingerprint: str, own_key: X25519PrivateKey
) -> bytes:
    """The file key wrapped for this installation, or a refusal naming why it cannot be had."""
    mine = [s for s in envelope.recipients if s.fingerprint == own_fingerprint]
    if not mine:
        raise BundleRefusedError(
            "encryption",
            "数据包不是加密给本机的（接收方中没有本机的密钥），本机无法解密：请让对方确认接收方后重新导出",
        )
    stanza = mine[0]
    ephemeral = bytes.fromhex(stanza.ephemeral)
    own_public = _raw(own_key.public_key())
    try:
        shared = own_key.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        return _wrapping_key(shared, ephemeral, own_public).decrypt(
            _ZERO_NONCE, bytes.fromhex(stanza.wrapped_key), context_of(bundle_id)
        )
    except (InvalidTag, ValueError) as exc:
        raise BundleRefusedError(
            "decryption", "本机的密钥解不开数据包的密钥（密钥条目被改动，或不是用本机公钥加密的）"
        ) from exc


def open_stream(chunks: Iterable[bytes], size: int, file_key: bytes, nonce: str) -> Iterator[bytes]:
    """The plaintext of a sealed member of `size` bytes, chunk by authenticated chunk."""
    if size <= TAG:
        raise BundleRefusedError("decryption", "密文过短，不完整")
    cipher = _payload_cipher(file_key, bytes.fromhex(nonce))
    buffer = bytearray()
    consumed = counter = 0
    for piece in chunks:
        buffer += piece
        while len(buffer) >= SEALED_CHUNK and consumed + SEALED_CHUNK < size:
            yield _open_chunk(cipher, counter, bytes(buffer[:SEALED_CHUNK]), last=False)
            del buffer[:SEALED_CHUNK]
            consumed += SEALED_CHUNK
            counter += 1
    if consumed + len(buffer) != size or len(buffer) <= TAG:
        raise BundleRefusedError("decryption", "密文不完整或被截断")
    yield _open_chunk(cipher, counter, bytes(buffer), last=True)


def _open_chunk(cipher: ChaCha20Poly1305, counter: int, data: bytes, *, last: bool) -> bytes:
    try:
        return cipher.decrypt(_chunk_nonce(counter, last), data, None)
    except InvalidTag as exc:
        where = "最后一块" if last else f"第 {counter + 1} 块"
        raise BundleRefusedError(
            "decryption",
            f"密文{where}未通过认证（被改动、被截断，或加密时重复使用了随机数），请让对方重新导出",
        ) from exc
