"""The national algorithms (国密): SM2 signatures and public-key encryption, SM3, SM4-GCM.

SM2 comes from `tongsuopy`, a `cryptography`-style binding to the Tongsuo library (the OpenSSL
fork that carries the national algorithms); SM3 and SM4 from `cryptography`. Signatures are
SM2 with SM3 over the exact bytes (GB/T 32918.2, Tongsuo's default signer identity
`1234567812345678`), DER-encoded. A file key is wrapped for a recipient with SM2 public-key
encryption (GB/T 32918.4, the ASN.1 ciphertext of GM/T 0009), which `tongsuopy` binds but does
not wrap in a method: the two calls below go through its bound `EVP_PKEY_encrypt` /
`EVP_PKEY_decrypt`, the one place Hexie reaches past its public API (pinned, see pyproject).

Every installation's SM2 encryption key is a second scalar derived from its SM2 signing key,
as the X25519 key is derived from the Ed25519 seed, so no second secret has to be stored; one
key pair never both signs and decrypts.
"""

from typing import Any, TypeAlias

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.x963kdf import X963KDF
from tongsuopy.backends.tongsuo.backend import backend as _tongsuo
from tongsuopy.crypto import hashes as sm_hashes
from tongsuopy.crypto import serialization as sm_serialization
from tongsuopy.crypto.asymciphers import ec
from tongsuopy.crypto.exceptions import InvalidSignature

# tongsuopy ships no type information: its key objects are typed loosely here.
SM2PrivateKey: TypeAlias = Any
SM2PublicKey: TypeAlias = Any
PUBLIC_HEX = 130  # 65-byte uncompressed point
SM4_KEY = 16
TAG = 16
MAX_SIGNATURE = 72
# The SM2 curve's order n (GB/T 32918.5).
_ORDER = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123
_ENCRYPTION_LABEL = b"hexie-encryption-key/sm2"


def sm3(data: bytes) -> bytes:
    digest = hashes.Hash(hashes.SM3())
    digest.update(data)
    return digest.finalize()


def kdf(secret: bytes, length: int, info: bytes) -> bytes:
    """The SM2 key derivation function (GB/T 32918.4 §5.4.3: SM3 over secret ‖ counter from 1),
    with `info` appended to each block as ANSI X9.63's shared info."""
    return X963KDF(hashes.SM3(), length, info).derive(secret)


def generate() -> SM2PrivateKey:
    return ec.generate_private_key(ec.SM2())


def public_raw(key: SM2PublicKey) -> bytes:
    return key.public_bytes(
        sm_serialization.Encoding.X962, sm_serialization.PublicFormat.UncompressedPoint
    )


def public_key_of(raw: bytes) -> SM2PublicKey:
    """The SM2 public key of 65 raw bytes; ValueError when they are not a point of the curve."""
    if len(raw) != PUBLIC_HEX // 2 or raw[0] != 4:
        raise ValueError("not an uncompressed SM2 point")
    try:
        return ec.EllipticCurvePublicKey.from_encoded_point(ec.SM2(), raw)
    except Exception as exc:  # tongsuopy raises its InternalError for a point off the curve
        raise ValueError("not a point of the SM2 curve") from exc


def sign(key: SM2PrivateKey, data: bytes) -> bytes:
    return key.sign(data, ec.ECDSA(sm_hashes.SM3()))


def verify(public: bytes, signature: bytes, data: bytes) -> bool:
    try:
        public_key_of(public).verify(signature, data, ec.ECDSA(sm_hashes.SM3()))
    except (InvalidSignature, ValueError):
        _tongsuo._consume_errors()
        return False
    return True


def encryption_key_of(signing_key: SM2PrivateKey) -> SM2PrivateKey:
    """The installation's SM2 encryption key: a scalar in [1, n-1] derived from the signing one."""
    seed = signing_key.private_numbers().private_value.to_bytes(32, "big")
    wide = int.from_bytes(kdf(seed, 40, _ENCRYPTION_LABEL), "big")
    return ec.derive_private_key(wide % (_ORDER - 1) + 1, ec.SM2())


def _pkey_call(pkey: Any, init: Any, call: Any, data: bytes) -> bytes | None:
    lib, ffi = _tongsuo._lib, _tongsuo._ffi
    ctx = ffi.gc(lib.EVP_PKEY_CTX_new(pkey, ffi.NULL), lib.EVP_PKEY_CTX_free)
    size = ffi.new("size_t *")
    if init(ctx) != 1 or call(ctx, ffi.NULL, size, data, len(data)) != 1:
        _tongsuo._consume_errors()
        return None
    out = ffi.new("unsigned char[]", size[0])
    if call(ctx, out, size, data, len(data)) != 1:
        _tongsuo._consume_errors()
        return None
    return bytes(ffi.buffer(out)[: size[0]])


def encrypt(public: bytes, data: bytes) -> bytes:
    """SM2 public-key encryption of `data` (a fresh random k each call, inside Tongsuo)."""
    lib = _tongsuo._lib
    key = public_key_of(public)
    found = _pkey_call(
        key._evp_pkey,
        lib.EVP_PKEY_encrypt_init,
        lib.EVP_PKEY_encrypt,
        data,
    )
    if found is None:
        raise ValueError("SM2 encryption failed")
    return found


def decrypt(key: SM2PrivateKey, ciphertext: bytes) -> bytes | None:
    """The plaintext, or None when the ciphertext is not for this key or was changed (its SM3
    check value C3 does not match)."""
    lib = _tongsuo._lib
    return _pkey_call(
        key._evp_pkey,
        lib.EVP_PKEY_decrypt_init,
        lib.EVP_PKEY_decrypt,
        ciphertext,
    )


class SM4GCM:
    """SM4 in GCM mode with 12-byte nonces and 16-byte tags, as `cryptography`'s AEAD classes
    are called (its SM4 has GCM through the Cipher interface only)."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def encrypt(self, nonce: bytes, data: bytes, associated: bytes | None) -> bytes:
        encryptor = Cipher(algorithms.SM4(self._key), modes.GCM(nonce)).encryptor()
        if associated:
            encryptor.authenticate_additional_data(associated)
        return encryptor.update(data) + encryptor.finalize() + encryptor.tag

    def decrypt(self, nonce: bytes, data: bytes, associated: bytes | None) -> bytes:
        """The plaintext; `cryptography.exceptions.InvalidTag` when it does not authenticate."""
        if len(data) < TAG:
            raise ValueError("ciphertext shorter than its tag")
        decryptor = Cipher(
            algorithms.SM4(self._key), modes.GCM(nonce, data[-TAG:], min_tag_length=TAG)
        ).decryptor()
        if associated:
            decryptor.authenticate_additional_data(associated)
        return decryptor.update(data[:-TAG]) + decryptor.finalize()
