"""The cryptographic suites a bundle can be signed and sealed with, one object per suite.

`ed25519-x25519-chacha20poly1305` is the suite every bundle used before the national
algorithms; `sm2-sm3-sm4gcm` is the 国密 suite a bureau's policy can choose
(docs/cryptography.md). A manifest names its suite (`suite`; absent means the first one, so
bundles of earlier versions read as before), the signature member names the matching signature
algorithm and the envelope the matching encryption algorithm; the verifier takes every
primitive from the suite the manifest names and refuses one it does not know. Everything else
about a bundle (its layout, its checks, its merge) is the same under either suite.
"""

import hashlib
import os
from dataclasses import dataclass
from typing import Protocol, TypeAlias

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hexie_desktop.sync import gm
from hexie_desktop.sync.errors import BundleRefusedError

CLASSIC = "ed25519-x25519-chacha20poly1305"
GM = "sm2-sm3-sm4gcm"
SigningKey: TypeAlias = Ed25519PrivateKey | gm.SM2PrivateKey
_ZERO_NONCE = bytes(12)
_KEY_LABEL = b"hexie-encryption-key/1"
_WRAP_LABEL = b"hexie-bundle/2 wrap"
_PAYLOAD_LABEL = b"hexie-bundle/2 payload"


class Aead(Protocol):
    def encrypt(self, nonce: bytes, data: bytes, associated: bytes | None) -> bytes: ...

    def decrypt(self, nonce: bytes, data: bytes, associated: bytes | None) -> bytes: ...


@dataclass(frozen=True)
class Wrapped:
    """One recipient's copy of the file key: `ephemeral` is empty where the wrapping carries its
    own ephemeral point (SM2 encryption)."""

    ephemeral: str
    wrapped_key: str


class Suite(Protocol):
    name: str
    label: str
    signature_algorithm: str
    encryption_algorithm: str
    public_hex: int
    file_key_bytes: int
    separate_ephemeral: bool

    def fingerprint(self, public: bytes) -> str: ...
    def public_hex_of(self, key: SigningKey) -> str: ...
    def sign(self, key: SigningKey, data: bytes) -> bytes: ...
    def signature_fits(self, raw: bytes) -> bool: ...
    def verify(self, public_hex: str, signature: bytes, data: bytes) -> bool: ...
    def encryption_public_hex(self, key: SigningKey) -> str: ...
    def wrapped_fits(self, ephemeral: str, wrapped: str) -> bool: ...
    def wrap(self, file_key: bytes, recipient_hex: str, context: bytes) -> Wrapped: ...
    def unwrap(self, stanza: Wrapped, key: SigningKey, context: bytes) -> bytes | None: ...
    def payload_cipher(self, file_key: bytes, nonce: bytes, context: bytes) -> Aead: ...


def _x25519_raw(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _hex(text: str, length: int) -> bool:
    return len(text) == length and all(c in "0123456789abcdef" for c in text)


class Classic:
    """Ed25519 signatures, SHA-256 fingerprints, X25519 + HKDF-SHA256 + ChaCha20-Poly1305."""

    name = CLASSIC
    label = "Ed25519"
    signature_algorithm = "ed25519"
    encryption_algorithm = "x25519-hkdf-sha256-chacha20poly1305"
    public_hex = 64
    file_key_bytes = 32
    separate_ephemeral = True

    def fingerprint(self, public: bytes) -> str:
        return hashlib.sha256(public).hexdigest()

    def _key(self, key: SigningKey) -> Ed25519PrivateKey:
        if not isinstance(key, Ed25519PrivateKey):
            raise TypeError("an Ed25519 key is needed for this suite")
        return key

    def public_hex_of(self, key: SigningKey) -> str:
        return (
            self._key(key)
            .public_key()
            .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            .hex()
        )

    def sign(self, key: SigningKey, data: bytes) -> bytes:
        return self._key(key).sign(data)

    def signature_fits(self, raw: bytes) -> bool:
        return len(raw) == 64

    def verify(self, public_hex: str, signature: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True

    def encryption_key(self, key: SigningKey) -> X25519PrivateKey:
        """The X25519 key, derived from the Ed25519 seed (a separate scalar)."""
        seed = self._key(key).private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        derived = HKDF(hashes.SHA256(), 32, salt=None, info=_KEY_LABEL).derive(seed)
        return X25519PrivateKey.from_private_bytes(derived)

    def encryption_public_hex(self, key: SigningKey) -> str:
        return _x25519_raw(self.encryption_key(key).public_key()).hex()

    def wrapped_fits(self, ephemeral: str, wrapped: str) -> bool:
        return _hex(ephemeral, 64) and _hex(wrapped, 96)

    def _wrapping(self, shared: bytes, ephemeral: bytes, recipient: bytes) -> ChaCha20Poly1305:
        salt = ephemeral + recipient
        return ChaCha20Poly1305(HKDF(hashes.SHA256(), 32, salt, _WRAP_LABEL).derive(shared))

    def wrap(self, file_key: bytes, recipient_hex: str, context: bytes) -> Wrapped:
        ephemeral = X25519PrivateKey.generate()
        eph_raw = _x25519_raw(ephemeral.public_key())
        their = bytes.fromhex(recipient_hex)
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(their))
        wrapped = self._wrapping(shared, eph_raw, their).encrypt(_ZERO_NONCE, file_key, context)
        return Wrapped(eph_raw.hex(), wrapped.hex())

    def unwrap(self, stanza: Wrapped, key: SigningKey, context: bytes) -> bytes | None:
        own = self.encryption_key(key)
        ephemeral = bytes.fromhex(stanza.ephemeral)
        try:
            shared = own.exchange(X25519PublicKey.from_public_bytes(ephemeral))
            return self._wrapping(shared, ephemeral, _x25519_raw(own.public_key())).decrypt(
                _ZERO_NONCE, bytes.fromhex(stanza.wrapped_key), context
            )
        except (InvalidTag, ValueError):
            return None

    def payload_cipher(self, file_key: bytes, nonce: bytes, context: bytes) -> Aead:
        del context  # the wrapped key is bound to the bundle already (the wrapping's AAD)
        return ChaCha20Poly1305(HKDF(hashes.SHA256(), 32, nonce, _PAYLOAD_LABEL).derive(file_key))


class National:
    """SM2 signatures and SM2 encryption of the file key, SM3 fingerprints and KDF, SM4-GCM."""

    name = GM
    label = "国密 SM2"
    signature_algorithm = "sm2-sm3"
    encryption_algorithm = "sm2-sm3kdf-sm4gcm"
    public_hex = gm.PUBLIC_HEX
    file_key_bytes = gm.SM4_KEY
    separate_ephemeral = False

    def fingerprint(self, public: bytes) -> str:
        return gm.sm3(public).hex()

    def _key(self, key: SigningKey) -> gm.SM2PrivateKey:
        if isinstance(key, Ed25519PrivateKey):
            raise TypeError("an SM2 key is needed for this suite")
        return key

    def public_hex_of(self, key: SigningKey) -> str:
        return gm.public_raw(self._key(key).public_key()).hex()

    def sign(self, key: SigningKey, data: bytes) -> bytes:
        return gm.sign(self._key(key), data)

    def signature_fits(self, raw: bytes) -> bool:
        return 8 <= len(raw) <= gm.MAX_SIGNATURE and raw[0] == 0x30

    def verify(self, public_hex: str, signature: bytes, data: bytes) -> bool:
        return gm.verify(bytes.fromhex(public_hex), signature, data)

    def encryption_public_hex(self, key: SigningKey) -> str:
        return gm.public_raw(gm.encryption_key_of(self._key(key)).public_key()).hex()

    def wrapped_fits(self, ephemeral: str, wrapped: str) -> bool:
        # GM/T 0009 SM2Cipher: SEQUENCE {x, y, SM3 hash, the 16 encrypted key bytes}.
        return (
            ephemeral == "" and 2 * 100 <= len(wrapped) <= 2 * 124 and _hex(wrapped, len(wrapped))
        )

    def wrap(self, file_key: bytes, recipient_hex: str, context: bytes) -> Wrapped:
        del context  # SM2 encryption has no associated data: the payload key binds the bundle
        return Wrapped("", gm.encrypt(bytes.fromhex(recipient_hex), file_key).hex())

    def unwrap(self, stanza: Wrapped, key: SigningKey, context: bytes) -> bytes | None:
        del context  # as in `wrap`
        found = gm.decrypt(gm.encryption_key_of(self._key(key)), bytes.fromhex(stanza.wrapped_key))
        return found if found is not None and len(found) == gm.SM4_KEY else None

    def payload_cipher(self, file_key: bytes, nonce: bytes, context: bytes) -> Aead:
        # SM2 encryption has no associated data: the bundle is bound here instead, so a wrapped
        # key moved into another bundle opens a key under which no chunk authenticates.
        return gm.SM4GCM(gm.kdf(file_key + nonce, gm.SM4_KEY, _PAYLOAD_LABEL + b" " + context))


SUITES: dict[str, Suite] = {CLASSIC: Classic(), GM: National()}
LABELS = {name: suite.label for name, suite in SUITES.items()}


def suite_named(name: object) -> Suite:
    """The suite a manifest names; an unknown one is refused (a newer app, or a forgery)."""
    found = SUITES.get(name) if isinstance(name, str) else None
    if found is None:
        raise BundleRefusedError(
            "signature",
            f"不认识的密码套件“{str(name)[:40]}”：本机只支持 Ed25519 与国密 SM2 两种，"
            "请升级和谐桌面，或请对方按考评政策的套件重新导出",
        )
    return found


def suite_of_public_key(public_hex: str) -> Suite:
    """The suite a raw public key belongs to, by its length (32 bytes Ed25519, 65 bytes SM2)."""
    return SUITES[GM] if len(public_hex) == gm.PUBLIC_HEX else SUITES[CLASSIC]


def suite_of_key(key: SigningKey) -> Suite:
    return SUITES[CLASSIC] if isinstance(key, Ed25519PrivateKey) else SUITES[GM]


def random_file_key(suite: Suite) -> bytes:
    return os.urandom(suite.file_key_bytes)
