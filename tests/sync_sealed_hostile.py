"""Hostile sealed bundles, built from a valid one's plain contents by a sealer the test controls.

`Sealed` holds what a sealed bundle is made of (the outer manifest document, the plain bundle it
carries, the signing key); `seal` encrypts it as sync/sealing.py does unless told to misbehave
(reuse a nonce, cut the ciphertext, flip a byte), and `build` signs the outer manifest with the
inspector's real key, so each case gets past the signature and must be refused by a later check.
"""

import hashlib
import io
import os
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import orjson

from hexie_desktop.sync.sealing import CHUNK, Recipient, Stanza, _chunk_nonce, context_of
from hexie_desktop.sync.signing import sign_manifest
from hexie_desktop.sync.suites import SigningKey, Suite, random_file_key, suite_of_key
from tests.sync_hostile import RawEntry, raw_zip

NonceRule = Callable[[int, bool], bytes]


@dataclass(frozen=True)
class Sealed:
    outer: dict[str, Any]
    plain: bytes
    key: SigningKey

    @property
    def suite(self) -> Suite:
        return suite_of_key(self.key)

    @property
    def bundle_id(self) -> str:
        return str(self.outer["bundle_id"])

    def with_outer(self, **changes: Any) -> "Sealed":
        return replace(self, outer={**self.outer, **changes})


def seal(
    sealed: Sealed,
    recipients: Sequence[Recipient],
    *,
    nonce_rule: NonceRule = _chunk_nonce,
    plain_manifest: bytes | None = None,
) -> tuple[Sealed, bytes]:
    """(the bundle with its `encryption` filled in, the ciphertext) for `recipients`."""
    suite = sealed.suite
    file_key, nonce = random_file_key(suite), os.urandom(16)
    context = context_of(sealed.bundle_id)
    stanzas = []
    for recipient in recipients:
        wrapped = suite.wrap(file_key, recipient.public_key, context)
        stanzas.append(Stanza(recipient.fingerprint, wrapped.ephemeral, wrapped.wrapped_key))
    cipher = suite.payload_cipher(file_key, nonce, context)
    chunks = [sealed.plain[i : i + CHUNK] for i in range(0, len(sealed.plain), CHUNK)]
    ciphertext = b"".join(
        cipher.encrypt(nonce_rule(i, i == len(chunks) - 1), chunk, None)
        for i, chunk in enumerate(chunks)
    )
    inner_manifest = plain_manifest if plain_manifest is not None else _plain_manifest(sealed)
    encryption = {
        "algorithm": suite.encryption_algorithm,
        "nonce": nonce.hex(),
        "recipients": [s.as_dict() for s in stanzas],
        "plain_manifest_sha256": hashlib.sha256(inner_manifest).hexdigest(),
    }
    return sealed.with_outer(encryption=encryption), ciphertext


def _plain_manifest(sealed: Sealed) -> bytes:
    with zipfile.ZipFile(io.BytesIO(sealed.plain)) as archive:
        return archive.read("manifest.json")


def listing(sealed: Sealed, ciphertext: bytes) -> Sealed:
    """The outer manifest's member entry for `ciphertext`, as an honest writer computes it."""
    member = {
        "name": "bundle.sealed",
        "size": len(ciphertext),
        "sha256": hashlib.sha256(ciphertext).hexdigest(),
    }
    return sealed.with_outer(members=[member])


def build(sealed: Sealed, ciphertext: bytes) -> bytes:
    manifest = orjson.dumps(sealed.outer, option=orjson.OPT_SORT_KEYS)
    return raw_zip(
        [
            RawEntry(b"manifest.json", manifest),
            RawEntry(b"manifest.sig", sign_manifest(manifest, sealed.key)),
            RawEntry(b"bundle.sealed", ciphertext, method=0),
        ]
    )


def honest(sealed: Sealed, recipients: Sequence[Recipient], **kwargs: Any) -> bytes:
    with_encryption, ciphertext = seal(sealed, recipients, **kwargs)
    return build(listing(with_encryption, ciphertext), ciphertext)
