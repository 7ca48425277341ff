"""The sealing construction alone: round trips of any length, and every kind of damage refused."""

import io

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.sealing import (
    CHUNK,
    SEALED_CHUNK,
    Envelope,
    Recipient,
    encryption_key_of,
    encryption_public_hex,
    file_key_for,
    open_stream,
    seal_stream,
)
from hexie_desktop.sync.signing import fingerprint_of, public_bytes

BUNDLE = "01900000-0000-7000-8000-000000000001"


def _party() -> tuple[Ed25519PrivateKey, Recipient]:
    key = Ed25519PrivateKey.generate()
    return key, Recipient(fingerprint_of(public_bytes(key)), encryption_public_hex(key))


def _seal(plain: bytes, *recipients: Recipient) -> tuple[bytes, Envelope]:
    out = io.BytesIO()
    envelope = seal_stream(
        io.BytesIO(plain), out, recipients, bundle_id=BUNDLE, plain_manifest_sha256="0" * 64
    )
    return out.getvalue(), envelope


def _open(ciphertext: bytes, envelope: Envelope, key: Ed25519PrivateKey) -> bytes:
    fingerprint = fingerprint_of(public_bytes(key))
    file_key = file_key_for(envelope, BUNDLE, fingerprint, encryption_key_of(key))
    pieces = [ciphertext[i : i + 1000] for i in range(0, len(ciphertext), 1000)]
    return b"".join(open_stream(pieces, len(ciphertext), file_key, envelope.nonce))


def test_the_encryption_key_is_derived_not_the_signing_scalar() -> None:
    key = Ed25519PrivateKey.generate()
    assert encryption_public_hex(key) == encryption_public_hex(key)
    assert encryption_public_hex(key) != public_bytes(key).hex()


@settings(max_examples=30, deadline=None)
@given(
    st.one_of(
        st.binary(min_size=1, max_size=3000),
        st.sampled_from([CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 7]).map(
            lambda n: bytes(i % 251 for i in range(n))
        ),
    )
)
def test_every_length_round_trips_for_each_recipient(plain: bytes) -> None:
    (a, ra), (b, rb) = _party(), _party()
    ciphertext, envelope = _seal(plain, ra, rb)
    assert len(ciphertext) == len(plain) + 16 * -(-len(plain) // CHUNK)
    assert _open(ciphertext, envelope, a) == plain
    assert _open(ciphertext, envelope, b) == plain


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_any_flipped_bit_is_refused(data: st.DataObject) -> None:
    key, recipient = _party()
    plain = bytes(range(256)) * 600  # three chunks
    ciphertext, envelope = _seal(plain, recipient)
    where = data.draw(st.integers(0, len(ciphertext) - 1))
    bit = data.draw(st.integers(0, 7))
    damaged = bytearray(ciphertext)
    damaged[where] ^= 1 << bit
    with pytest.raises(BundleRefusedError) as refused:
        _open(bytes(damaged), envelope, key)
    assert refused.value.check == "decryption"


def test_a_ciphertext_cut_at_a_chunk_boundary_is_refused() -> None:
    key, recipient = _party()
    ciphertext, envelope = _seal(b"x" * (2 * CHUNK + 5), recipient)
    with pytest.raises(BundleRefusedError, match="未通过认证"):
        _open(ciphertext[: 2 * SEALED_CHUNK], envelope, key)
    with pytest.raises(BundleRefusedError, match="不完整"):
        _open(ciphertext[:10], envelope, key)


def test_chunks_swapped_or_repeated_are_refused() -> None:
    key, recipient = _party()
    ciphertext, envelope = _seal(b"y" * (3 * CHUNK), recipient)
    first, second, third = (ciphertext[i * SEALED_CHUNK : (i + 1) * SEALED_CHUNK] for i in range(3))
    for reordered in (second + first + third, first + first + third):
        with pytest.raises(BundleRefusedError, match="第 1 块|第 2 块"):
            _open(reordered, envelope, key)


def test_someone_not_among_the_recipients_cannot_open_it() -> None:
    _key, recipient = _party()
    outsider, _ = _party()
    ciphertext, envelope = _seal(b"secret", recipient)
    with pytest.raises(BundleRefusedError) as refused:
        _open(ciphertext, envelope, outsider)
    assert refused.value.check == "encryption"


def test_a_wrapped_key_for_another_bundle_does_not_open() -> None:
    key, recipient = _party()
    _ciphertext, envelope = _seal(b"secret", recipient)
    fingerprint = fingerprint_of(public_bytes(key))
    with pytest.raises(BundleRefusedError) as refused:
        file_key_for(envelope, BUNDLE[:-1] + "2", fingerprint, encryption_key_of(key))
    assert refused.value.check == "decryption"
