"""A bundle file opened for verification: directory checked, manifest parsed, members bound to it.

Nothing here touches the database; trust and record checks come after, in their own modules.
"""

import contextlib
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from hexie_desktop.sync import limits
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.jsonl import parse_object
from hexie_desktop.sync.manifest import (
    SUITE_KEY,
    Manifest,
    Member,
    check_versions,
    parse_manifest,
)
from hexie_desktop.sync.names import MANIFEST, SIGNATURE
from hexie_desktop.sync.signing import read_signature
from hexie_desktop.sync.suites import CLASSIC, SUITES, Suite, suite_named
from hexie_desktop.sync.zipcheck import ZipEntry, read_directory, read_member


@dataclass
class Container:
    handle: BinaryIO
    entries: dict[str, ZipEntry]
    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes

    @property
    def suite(self) -> Suite:
        return suite_named(self.manifest.suite)

    @property
    def manifest_sha256(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()

    def stream(self, member: Member) -> Iterator[bytes]:
        """The member's bytes; refused at the end if they do not hash to the signed manifest's value."""
        digest = hashlib.sha256()
        for chunk in read_member(self.handle, self.entries[member.name]):
            digest.update(chunk)
            yield chunk
        if digest.hexdigest() != member.sha256:
            raise BundleRefusedError(
                "hashes", f"成员 {member.name} 的 SHA-256 与签名清单不符（内容被改动或损坏）"
            )

    def check_hash(self, member: Member) -> None:
        """Read the member again just for its hash: a damaged member is reported as damaged,
        not as whatever parse error the damage happened to cause first."""
        for _chunk in self.stream(member):
            pass


def _small(handle: BinaryIO, entry: ZipEntry, cap: int) -> bytes:
    if entry.size > cap:
        raise BundleRefusedError("limits", f"{entry.name} 超过 {cap} 字节")
    return b"".join(read_member(handle, entry))


def _bind_members(entries: list[ZipEntry], manifest: Manifest) -> None:
    """The zip must hold exactly the manifest's members, in the manifest's order, at its sizes."""
    present = [e.name for e in entries[2:]]
    listed = [m.name for m in manifest.members]
    extra = sorted(set(present) - set(listed))
    missing = sorted(set(listed) - set(present))
    if extra:
        raise BundleRefusedError("members", f"含有清单未列出的成员：{extra[0]}")
    if missing:
        raise BundleRefusedError("members", f"缺少清单列出的成员：{missing[0]}")
    if present != listed:
        raise BundleRefusedError("members", "成员顺序与清单不一致")
    for entry, member in zip(entries[2:], manifest.members, strict=True):
        if entry.size != member.size:
            raise BundleRefusedError("sizes", f"成员 {member.name} 的大小与签名清单不符")


def _same_suite(document: dict[str, Any], signed_with: Suite) -> None:
    """The suite the manifest names must be the one its signature is in: a manifest that lies
    about its suite is refused before any of its fields are read under the wrong suite."""
    named = document.get(SUITE_KEY, CLASSIC)
    if isinstance(named, str) and named in SUITES and named != signed_with.name:
        raise BundleRefusedError(
            "signature",
            f"清单声明的密码套件（{SUITES[named].label}）与签名算法（{signed_with.label}）不符",
        )


@contextlib.contextmanager
def open_container(path: Path, manifest_sha256: str | None = None) -> Iterator[Container]:
    """The bundle at `path`, checked up to its members' binding to the manifest.

    With `manifest_sha256` (a sealed bundle's plain content) the manifest must be exactly the
    one the signed outer manifest names, before it is even parsed.
    """
    size = path.stat().st_size
    if size > limits.MAX_BUNDLE_BYTES:
        raise BundleRefusedError(
            "limits", f"数据包 {size} 字节，超过上限 {limits.MAX_BUNDLE_BYTES}"
        )
    with path.open("rb") as handle:
        entries = read_directory(handle, size)
        if len(entries) < 2 or entries[0].name != MANIFEST or entries[1].name != SIGNATURE:
            raise BundleRefusedError(
                "members",
                "缺少签名或清单：数据包应以 manifest.json 和 manifest.sig 开头",
            )
        manifest_bytes = _small(handle, entries[0], limits.MAX_MANIFEST_BYTES)
        if manifest_sha256 and hashlib.sha256(manifest_bytes).hexdigest() != manifest_sha256:
            raise BundleRefusedError(
                "members", "解密后的内层清单与签名的外层清单所指不符（清单对成员的说明不实）"
            )
        signature_bytes = _small(handle, entries[1], limits.MAX_SIGNATURE_BYTES)
        document = parse_object(manifest_bytes, "manifest.json")
        check_versions(document)
        signature = read_signature(signature_bytes)
        _same_suite(document, signature.suite)
        manifest = parse_manifest(document)
        if signature.fingerprint != manifest.author.fingerprint:
            raise BundleRefusedError("signature", "签名所用密钥与清单声明的作者密钥不符")
        _bind_members(entries, manifest)
        yield Container(
            handle, {e.name: e for e in entries}, manifest, manifest_bytes, signature.raw
        )
