"""The sealing construction alone, under each suite: round trips of any length, and every kind
of damage refused."""

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hexie_desktop.sync import gm
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.sealing import (
    CHUNK,
    SEALED_CHUNK,
    Envelope,
    Recipient,
    encryption_public_hex,
    file_key_for,
    open_stream,
    seal_stream,
)
from hexie_desktop.sync.signing import fingerprint_of, public_bytes
from hexie_desktop.sync.suites import CLASSIC, GM, SUITES, SigningKey, Suite
from tests.suites import new_key

BUNDLE = "01900000-0000-7000-8000-000000000001"
EACH_SUITE = pytest.mark.parametrize("suite", [SUITES[CLASSIC], SUITES[GM]], ids=[CLASSIC, GM])


def _party(suite: Suite) -> tuple[SigningKey, Recipient]:
    key = new_key(suite.name)
    return key, Recipient(fingerprint_of(public_bytes(key)), encryption_public_hex(key))


def _seal(suite: Suite, plain: bytes, *recipients: Recipient) -> tuple[bytes, Envelope]:
    out = io.BytesIO()
    envelope = seal_stream(
        io.BytesIO(plain),
        out,
        recipients,
        suite=suite,
        bundle_id=BUNDLE,
        plain_manifest_sha256="0" * 64,
    )
    return out.getvalue(), envelope


def _open(
    ciphertext: bytes, envelope: Envelope, key: SigningKey, suite: Suite, bundle: str = BUNDLE
) -> bytes:
    fingerprint = fingerprint_of(public_bytes(key))
    file_key = file_key_for(envelope, bundle, fingerprint, key, suite)
    pieces = [ciphertext[i : i + 1000] for i in range(0, len(ciphertext), 1000)]
    return b"".join(open_stream(pieces, len(ciphertext), file_key, envelope, bundle))


@EACH_SUITE
def test_the_encryption_key_is_derived_not_the_signing_scalar(suite: Suite) -> None:
    key = new_key(suite.name)
    assert encryption_public_hex(key) == encryption_public_hex(key)
    assert encryption_public_hex(key) != public_bytes(key).hex()
    assert len(encryption_public_hex(key)) == suite.public_hex


def test_sm2_signatures_and_fingerprints_are_the_national_algorithms() -> None:
    key = gm.generate()
    public = public_bytes(key)
    # GB/T 32918.5's uncompressed point, and the SM3 digest of it (the GB/T 32905 test vector
    # "abc" pins SM3 itself).
    assert len(public) == 65 and public[0] == 4
    assert fingerprint_of(public) == gm.sm3(public).hex()
    assert gm.sm3(b"abc").hex() == (
        "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
    )
    signature = gm.sign(key, b"manifest")
    assert gm.verify(public, signature, b"manifest")
    assert not gm.verify(public, signature, b"manifest!")
    assert not gm.verify(public_bytes(gm.generate()), signature, b"manifest")


@EACH_SUITE
@settings(max_examples=15, deadline=None)
@given(
    plain=st.one_of(
        st.binary(min_size=1, max_size=3000),
        st.sampled_from([CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 7]).map(
            lambda n: bytes(i % 251 for i in range(n))
        ),
    )
)
def test_every_length_round_trips_for_each_recipient(suite: Suite, plain: bytes) -> None:
    (a, ra), (b, rb) = _party(suite), _party(suite)
    ciphertext, envelope = _seal(suite, plain, ra, rb)
    assert len(ciphertext) == len(plain) + 16 * -(-len(plain) // CHUNK)
    assert _open(ciphertext, envelope, a, suite) == plain
    assert _open(ciphertext, envelope, b, suite) == plain


@EACH_SUITE
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_any_flipped_bit_is_refused(suite: Suite, data: st.DataObject) -> None:
    key, recipient = _party(suite)
    plain = bytes(range(256)) * 600  # three chunks
    ciphertext, envelope = _seal(suite, plain, recipient)
    where = data.draw(st.integers(0, len(ciphertext) - 1))
    bit = data.draw(st.integers(0, 7))
    damaged = bytearray(ciphertext)
    damaged[where] ^= 1 << bit
    with pytest.raises(BundleRefusedError) as refused:
        _open(bytes(damaged), envelope, key, suite)
    assert refused.value.check == "decryption"


@EACH_SUITE
def test_a_ciphertext_cut_at_a_chunk_boundary_is_refused(suite: Suite) -> None:
    key, recipient = _party(suite)
    ciphertext, envelope = _seal(suite, b"x" * (2 * CHUNK + 5), recipient)
    with pytest.raises(BundleRefusedError, match="未通过认证"):
        _open(ciphertext[: 2 * SEALED_CHUNK], envelope, key, suite)
    with pytest.raises(BundleRefusedError, match="不完整"):
        _open(ciphertext[:10], envelope, key, suite)


@EACH_SUITE
def test_chunks_swapped_or_repeated_are_refused(suite: Suite) -> None:
    key, recipient = _party(suite)
    ciphertext, envelope = _seal(suite, b"y" * (3 * CHUNK), recipient)
    first, second, third = (ciphertext[i * SEALED_CHUNK : (i + 1) * SEALED_CHUNK] for i in range(3))
    for reordered in (second + first + third, first + first + third):
        with pytest.raises(BundleRefusedError, match="第 1 块|第 2 块"):
            _open(reordered, envelope, key, suite)


@EACH_SUITE
def test_someone_not_among_the_recipients_cannot_open_it(suite: Suite) -> None:
    _key, recipient = _party(suite)
    outsider, _ = _party(suite)
    ciphertext, envelope = _seal(suite, b"secret", recipient)
    with pytest.raises(BundleRefusedError) as refused:
        _open(ciphertext, envelope, outsider, suite)
    assert refused.value.check == "encryption"


@EACH_SUITE
def test_a_wrapped_key_for_another_bundle_does_not_open(suite: Suite) -> None:
    key, recipient = _party(suite)
    ciphertext, envelope = _seal(suite, b"secret", recipient)
    with pytest.raises(BundleRefusedError) as refused:
        _open(ciphertext, envelope, key, suite, bundle=BUNDLE[:-1] + "2")
    assert refused.value.check == "decryption"


def test_a_wrapped_sm2_key_changed_anywhere_is_refused() -> None:
    suite = SUITES[GM]
    key, recipient = _party(suite)
    _ciphertext, envelope = _seal(suite, b"secret", recipient)
    [stanza] = envelope.recipients
    fingerprint = fingerprint_of(public_bytes(key))
    for at in (10, len(stanza.wrapped_key) // 2, len(stanza.wrapped_key) - 2):
        flipped = stanza.wrapped_key[:at] + ("0" if stanza.wrapped_key[at] != "0" else "1")
        flipped += stanza.wrapped_key[at + 1 :]
        damaged = Envelope(
            envelope.nonce,
            (type(stanza)(stanza.fingerprint, "", flipped),),
            envelope.plain_manifest_sha256,
            envelope.algorithm,
        )
        with pytest.raises(BundleRefusedError) as refused:
            file_key_for(damaged, BUNDLE, fingerprint, key, suite)
        assert refused.value.check == "decryption"
