"""Opening a sealed bundle: after its signature and trust are checked, before anything else.

The ciphertext is decrypted chunk by authenticated chunk into a private file beside the
quarantined copy, and that file must be a whole plain bundle whose manifest is the one the
signed outer manifest names (by SHA-256) and agrees with it on who, what and when. Every
existing check then runs on the plain bundle, exactly as for a bundle that was never sealed.
"""

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from hexie_desktop.scratch import temporary_name
from hexie_desktop.sync.container import Container, open_container
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.manifest import Manifest
from hexie_desktop.sync.sealing import file_key_for, open_stream
from hexie_desktop.sync.signing import verify_signature
from hexie_desktop.sync.suites import SigningKey

# What the signed outer manifest says about the bundle and the inner one must repeat.
_SHARED = (
    "bundle_id",
    "seq",
    "predecessor",
    "kind",
    "author",
    "created_at",
    "encryption_key",
    "suite",
    "companion",
)


def _bind(outer: Manifest, inner: Container) -> None:
    if inner.manifest.sealed:
        raise BundleRefusedError("members", "加密数据包里又是一个加密数据包，不符合格式")
    differing = [f for f in _SHARED if getattr(outer, f) != getattr(inner.manifest, f)]
    if differing:
        raise BundleRefusedError("members", f"解密后的内层清单与外层清单的“{differing[0]}”不一致")
    verify_signature(inner.manifest_bytes, inner.signature, outer.author.public_key, inner.suite)


def _decrypt(container: Container, file_key: bytes, target: Path) -> None:
    [member] = container.manifest.members
    envelope = container.manifest.envelope
    assert envelope is not None
    with os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
        try:
            pieces = container.stream(member)
            bundle_id = container.manifest.bundle_id
            for piece in open_stream(pieces, member.size, file_key, envelope, bundle_id):
                out.write(piece)
        except BundleRefusedError as refusal:
            if refusal.check == "decryption":
                # A member that does not match the signed manifest is damaged, not mis-keyed.
                container.check_hash(member)
            raise


@contextlib.contextmanager
def unsealed(
    container: Container, own_fingerprint: str, own_key: SigningKey, folder: Path
) -> Iterator[Container]:
    """The plain bundle inside a sealed one, verified against it; its file removed afterwards."""
    manifest = container.manifest
    envelope = manifest.envelope
    assert envelope is not None
    file_key = file_key_for(envelope, manifest.bundle_id, own_fingerprint, own_key, container.suite)
    folder.mkdir(parents=True, exist_ok=True)
    plain = folder / temporary_name("unsealed", ".hexie")
    try:
        _decrypt(container, file_key, plain)
        with open_container(plain, envelope.plain_manifest_sha256) as inner:
            _bind(manifest, inner)
            yield inner
    finally:
        plain.unlink(missing_ok=True)
