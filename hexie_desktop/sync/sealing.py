"""Sealing a bundle to its recipients: a random file key wrapped for each, then chunked AEAD.

A sealed bundle carries a whole plain bundle (manifest, signature, records, attachments) as one
ciphertext member, so no record, photo or member name can be read without a recipient's key.
The construction is age's (age-encryption.org/v1) with Hexie's labels, under the suite the
manifest names (sync/suites.py):

- a random file key, wrapped for each recipient: in the first suite by a fresh ephemeral
  X25519 key agreement stretched by HKDF-SHA256 into a ChaCha20-Poly1305 wrapping key (each
  used once); in the 国密 suite by SM2 public-key encryption of the file key;
- the payload key is derived from the file key and the bundle's random 16-byte nonce (HKDF-SHA256;
  the SM2 KDF over SM3, bound to the bundle);
- the plaintext is cut into 64 KiB chunks, each encrypted (ChaCha20-Poly1305; SM4-GCM) under the
  nonce `counter (11 bytes, big-endian) || last-chunk flag (1 byte)`, so a chunk moved, dropped,
  repeated or encrypted under any other nonce fails to authenticate, and a cut-short ciphertext
  lacks the chunk flagged last.

Nonces are derived, never transmitted: a writer that reused one produces chunks that do not
authenticate here. Each installation's encryption key is derived from its signing key
(domain-separated, never the same scalar), so no second secret file has to be kept or
protected; docs/bundle-format.md states all of it for other tools.
"""

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag

from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.suites import (
    CLASSIC,
    SUITES,
    Aead,
    SigningKey,
    Suite,
    Wrapped,
    random_file_key,
    suite_of_key,
)

CHUNK = 64 * 1024
TAG = 16
SEALED_CHUNK = CHUNK + TAG
MAX_RECIPIENTS = 1000
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEX32 = re.compile(r"^[0-9a-f]{32}$")
_HEX = re.compile(r"^[0-9a-f]+$")
_ENVELOPE_KEYS = frozenset({"algorithm", "nonce", "recipients", "plain_manifest_sha256"})
_RECIPIENT_KEYS = frozenset({"fingerprint", "ephemeral", "wrapped_key"})
_ALGORITHMS = {suite.encryption_algorithm: suite for suite in SUITES.values()}


def is_public_key_hex(text: object, suite: Suite) -> bool:
    """Whether `text` has the form of a public key of `suite` (signing or encryption: both are
    32 bytes in the first suite, 65-byte points in the 国密 one)."""
    return isinstance(text, str) and len(text) == suite.public_hex and bool(_HEX.match(text))


def encryption_public_hex(key: SigningKey) -> str:
    """The encryption key of a signing key, in the suite the signing key belongs to."""
    return suite_of_key(key).encryption_public_hex(key)


@dataclass(frozen=True)
class Recipient:
    """Who can open a sealed bundle: an installation's signing fingerprint and encryption key."""

    fingerprint: str
    public_key: str


@dataclass(frozen=True)
class Stanza:
    fingerprint: str
    ephemeral: str
    wrapped_key: str

    def as_dict(self) -> dict[str, str]:
        found = {"fingerprint": self.fingerprint, "wrapped_key": self.wrapped_key}
        return {**found, "ephemeral": self.ephemeral} if self.ephemeral else found


@dataclass(frozen=True)
class Envelope:
    """The manifest's `encryption` object: how the single `bundle.sealed` member was sealed."""

    nonce: str
    recipients: tuple[Stanza, ...]
    plain_manifest_sha256: str
    algorithm: str = SUITES[CLASSIC].encryption_algorithm

    def as_dict(self) -> dict[str, Any]:
        return {
            "algorithm": self.algorithm,
            "nonce": self.nonce,
            "recipients": [s.as_dict() for s in self.recipients],
            "plain_manifest_sha256": self.plain_manifest_sha256,
        }


def _fail(message: str) -> BundleRefusedError:
    return BundleRefusedError("manifest", message)


def _stanza(item: Any, suite: Suite) -> Stanza:
    keys = _RECIPIENT_KEYS if suite.separate_ephemeral else _RECIPIENT_KEYS - {"ephemeral"}
    if not isinstance(item, dict) or item.keys() != keys:
        raise _fail("清单的接收方条目字段不符")
    if not all(isinstance(item[k], str) for k in keys):
        raise _fail("清单的接收方条目格式错误")
    stanza = Stanza(item["fingerprint"], item.get("ephemeral", ""), item["wrapped_key"])
    if not _HEX64.match(stanza.fingerprint) or not suite.wrapped_fits(
        stanza.ephemeral, stanza.wrapped_key
    ):
        raise _fail("清单的接收方条目格式错误")
    return stanza


def parse_envelope(doc: Any, suite: Suite) -> Envelope:
    if not isinstance(doc, dict) or doc.keys() != _ENVELOPE_KEYS:
        raise _fail("清单的加密信息字段不符")
    if doc["algorithm"] not in _ALGORITHMS:
        raise BundleRefusedError(
            "encryption", f"不支持的加密算法：{str(doc['algorithm'])[:40]}，请升级和谐桌面"
        )
    if _ALGORITHMS[doc["algorithm"]] is not suite:
        raise BundleRefusedError(
            "encryption", f"加密算法 {doc['algorithm']} 与清单声明的密码套件（{suite.label}）不符"
        )
    nonce, sha, stanzas = doc["nonce"], doc["plain_manifest_sha256"], doc["recipients"]
    if not isinstance(nonce, str) or not _HEX32.match(nonce):
        raise _fail("清单的加密随机数格式错误")
    if not isinstance(sha, str) or not _HEX64.match(sha):
        raise _fail("清单的内层清单哈希格式错误")
    if not isinstance(stanzas, list) or not 1 <= len(stanzas) <= MAX_RECIPIENTS:
        raise _fail("清单的接收方列表为空或过长")
    found = [_stanza(item, suite) for item in stanzas]
    if len({s.fingerprint for s in found}) != len(found):
        raise _fail("清单的接收方重复")
    # An ephemeral key (X25519) or an SM2 ciphertext (whose first part is the ephemeral point)
    # seen twice means the sender reused its randomness.
    fresh = {s.ephemeral or s.wrapped_key[:140] for s in found}
    if len(fresh) != len(found):
        raise BundleRefusedError("decryption", "各接收方的临时公钥重复使用（加密参数被重用）")
    return Envelope(nonce, tuple(found), sha, suite.encryption_algorithm)


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def context_of(bundle_id: str) -> bytes:
    """What each wrapped key is bound to: the bundle it opens."""
    return b"hexie-bundle/2 " + bundle_id.encode()


def seal_stream(
    source: BinaryIO,
    out: BinaryIO,
    recipients: Iterable[Recipient],
    *,
    suite: Suite,
    bundle_id: str,
    plain_manifest_sha256: str,
) -> Envelope:
    """Encrypt `source` into `out`, chunk by chunk; the envelope says how to open it."""
    file_key = random_file_key(suite)
    nonce = os.urandom(16)
    context = context_of(bundle_id)
    stanzas = []
    for recipient in recipients:
        wrapped = suite.wrap(file_key, recipient.public_key, context)
        stanzas.append(Stanza(recipient.fingerprint, wrapped.ephemeral, wrapped.wrapped_key))
    cipher = suite.payload_cipher(file_key, nonce, context)
    counter = 0
    chunk = source.read(CHUNK)
    while True:
        following = source.read(CHUNK)
        out.write(cipher.encrypt(_chunk_nonce(counter, not following), chunk, None))
        if not following:
            break
        chunk, counter = following, counter + 1
    return Envelope(nonce.hex(), tuple(stanzas), plain_manifest_sha256, suite.encryption_algorithm)


def file_key_for(
    envelope: Envelope, bundle_id: str, own_fingerprint: str, own_key: SigningKey, suite: Suite
) -> bytes:
    """The file key wrapped for this installation, or a refusal naming why it cannot be had."""
    mine = [s for s in envelope.recipients if s.fingerprint == own_fingerprint]
    if not mine:
        raise BundleRefusedError(
            "encryption",
            "数据包不是加密给本机的（接收方中没有本机的密钥），本机无法解密：请让对方确认接收方后重新导出",
        )
    stanza = mine[0]
    found = suite.unwrap(
        Wrapped(stanza.ephemeral, stanza.wrapped_key), own_key, context_of(bundle_id)
    )
    if found is None:
        raise BundleRefusedError(
            "decryption", "本机的密钥解不开数据包的密钥（密钥条目被改动，或不是用本机公钥加密的）"
        )
    return found


def open_stream(
    chunks: Iterable[bytes], size: int, file_key: bytes, envelope: Envelope, bundle_id: str
) -> Iterator[bytes]:
    """The plaintext of a sealed member of `size` bytes, chunk by authenticated chunk."""
    if size <= TAG:
        raise BundleRefusedError("decryption", "密文过短，不完整")
    suite = _ALGORITHMS[envelope.algorithm]
    cipher = suite.payload_cipher(file_key, bytes.fromhex(envelope.nonce), context_of(bundle_id))
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


def _open_chunk(cipher: Aead, counter: int, data: bytes, *, last: bool) -> bytes:
    try:
        return cipher.decrypt(_chunk_nonce(counter, last), data, None)
    except (InvalidTag, ValueError) as exc:
        where = "最后一块" if last else f"第 {counter + 1} 块"
        raise BundleRefusedError(
            "decryption",
            f"密文{where}未通过认证（被改动、被截断，或加密时重复使用了随机数），请让对方重新导出",
        ) from exc
