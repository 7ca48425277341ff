"""Writing a bundle: records spooled and hashed, then one zip with the signed manifest first.

The zip is written to a temporary name and checked by reading it back with the same verifier the
clerk's side uses, before the caller gives it its final name (see services/bundles/exchange.py).
"""

import dataclasses
import hashlib
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from hexie_desktop import __version__
from hexie_desktop.domain.errors import UserError
from hexie_desktop.scratch import temporary_name
from hexie_desktop.sync.checkpoints import Checkpoint
from hexie_desktop.sync.container import open_container
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.manifest import (
    READABLE_FROM,
    SUITES_READABLE_FROM,
    BundleAuthor,
    Companion,
    Manifest,
    Member,
)
from hexie_desktop.sync.names import ATTACHMENTS_DIR, MANIFEST, RECORDS_DIR, SEALED, SIGNATURE
from hexie_desktop.sync.revocations import Revocation
from hexie_desktop.sync.sealing import Recipient, seal_stream
from hexie_desktop.sync.signing import sign_manifest, verify_signature
from hexie_desktop.sync.suites import CLASSIC, SigningKey, suite_of_key

_COPY_CHUNK = 1024 * 1024
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class BundleHeader:
    bundle_id: str
    seq: int
    predecessor: str | None
    kind: str
    author: BundleAuthor
    created_at: str
    audit_checkpoints: tuple[Checkpoint, ...] = ()
    revocations: tuple[Revocation, ...] = ()
    # In a 国密 bundle: the author's Ed25519 key vouching for the SM2 key that signs.
    companion: Companion | None = None


@dataclass(frozen=True)
class Spooled:
    member: Member
    path: Path
    records: int
    max_hlc: int


def _spool_table(folder: Path, table: str, rows: Iterable[dict[str, Any]]) -> Spooled | None:
    path = folder / f"{table}.jsonl"
    digest = hashlib.sha256()
    size = count = max_hlc = 0
    with path.open("wb") as handle:
        for row in rows:
            line = orjson.dumps(row, option=orjson.OPT_SORT_KEYS | orjson.OPT_NAIVE_UTC) + b"\n"
            handle.write(line)
            digest.update(line)
            size += len(line)
            count += 1
            max_hlc = max(max_hlc, row["hlc"])
    if not count:
        return None
    return Spooled(
        Member(f"{RECORDS_DIR}{table}.jsonl", size, digest.hexdigest()), path, count, max_hlc
    )


def _hashed(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_COPY_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _attachment_member(sha256: str, path: Path) -> Member:
    found, size = _hashed(path)
    if found != sha256:
        raise UserError(f"附件文件 {path} 的内容与其哈希不符（文件已损坏），无法导出。")
    return Member(f"{ATTACHMENTS_DIR}{sha256}", size, sha256)


def _add(archive: zipfile.ZipFile, name: str, source: Path | bytes, compress: bool) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o100644 << 16
    with archive.open(info, "w") as out:
        if isinstance(source, bytes):
            out.write(source)
            return
        with source.open("rb") as handle:
            shutil.copyfileobj(handle, out, _COPY_CHUNK)


@dataclass(frozen=True)
class WrittenBundle:
    """What was written: the plain manifest (the one a recipient merges) and to whom it is sealed."""

    manifest: Manifest
    manifest_sha256: str
    max_hlc: int
    sealed_to: tuple[Recipient, ...] = ()


def _write_zip(
    target: Path, manifest_bytes: bytes, key: SigningKey, items: list[tuple[str, Path, bool]]
) -> None:
    with os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as handle:
        with zipfile.ZipFile(handle, "w") as archive:
            _add(archive, MANIFEST, manifest_bytes, compress=True)
            _add(archive, SIGNATURE, sign_manifest(manifest_bytes, key), compress=True)
            for name, path, compress in items:
                _add(archive, name, path, compress=compress)
        handle.flush()
        os.fsync(handle.fileno())


def _seal(
    plain: Path,
    spool: Path,
    target: Path,
    *,
    manifest: Manifest,
    manifest_bytes: bytes,
    key: SigningKey,
    recipients: Sequence[Recipient],
) -> bytes:
    """Write the sealed bundle holding the plain one; returns its (outer) manifest's bytes."""
    sealed = spool / SEALED
    with plain.open("rb") as source, sealed.open("wb") as out:
        envelope = seal_stream(
            source,
            out,
            recipients,
            suite=suite_of_key(key),
            bundle_id=manifest.bundle_id,
            plain_manifest_sha256=hashlib.sha256(manifest_bytes).hexdigest(),
        )
    sha256, size = _hashed(sealed)
    outer = dataclasses.replace(
        manifest,
        members=(Member(SEALED, size, sha256),),
        record_counts={},
        audit_checkpoints=(),
        revocations=(),
        envelope=envelope,
    )
    outer_bytes = outer.to_bytes()
    _write_zip(target, outer_bytes, key, [(SEALED, sealed, False)])
    return outer_bytes


def write_bundle(
    target: Path,
    header: BundleHeader,
    tables: Iterable[tuple[str, Iterable[dict[str, Any]]]],
    attachments: Iterable[tuple[str, Path]],
    key: SigningKey,
    *,
    seal_to: Sequence[Recipient] = (),
    spool_in: Path | None = None,
) -> WrittenBundle:
    """Write the bundle to `target` (a temporary name chosen by the caller) and read it back.

    With `seal_to`, the plain bundle is written to the spool and `target` receives it sealed to
    those recipients; the spool (readable records) then belongs in `spool_in`, the data folder,
    so that nothing readable ever touches the USB stick, not even as a deleted file. The key's
    suite is the bundle's (a 国密 bundle's header carries the Ed25519 key's `companion`).
    """
    suite = suite_of_key(key)
    # Never in the system's shared /tmp: the spool holds readable records.
    spool_prefix = temporary_name("hexie-spool", "")
    spool_parent = spool_in if seal_to and spool_in is not None else target.parent
    spool_parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=spool_prefix, dir=spool_parent) as spool_dir:
        spooled = [s for table, rows in tables if (s := _spool_table(Path(spool_dir), table, rows))]
        files = sorted(attachments)
        members = tuple(s.member for s in spooled) + tuple(
            _attachment_member(sha, p) for sha, p in files
        )
        manifest = Manifest(
            bundle_id=header.bundle_id,
            seq=header.seq,
            predecessor=header.predecessor,
            kind=header.kind,
            author=header.author,
            created_at=header.created_at,
            members=members,
            record_counts={s.member.table or "": s.records for s in spooled},
            audit_checkpoints=header.audit_checkpoints,
            revocations=header.revocations,
            app_version=__version__,
            oldest_reader=_oldest_reader(suite.name, header.revocations),
            encryption_key=suite.encryption_public_hex(key),
            suite=suite.name,
            companion=header.companion,
        )
        manifest_bytes = manifest.to_bytes()
        items = [(item.member.name, item.path, True) for item in spooled]
        items += [(f"{ATTACHMENTS_DIR}{sha}", path, False) for sha, path in files]
        plain = Path(spool_dir) / "plain.hexie" if seal_to else target
        _write_zip(plain, manifest_bytes, key, items)
        written = (
            _seal(
                plain,
                Path(spool_dir),
                target,
                manifest=manifest,
                manifest_bytes=manifest_bytes,
                key=key,
                recipients=seal_to,
            )
            if seal_to
            else manifest_bytes
        )
    check_written(target, written)
    return WrittenBundle(
        manifest,
        hashlib.sha256(manifest_bytes).hexdigest(),
        max((s.max_hlc for s in spooled), default=0),
        tuple(seal_to),
    )


def _oldest_reader(suite: str, revocations: Sequence[Revocation]) -> str:
    """A 国密 bundle, or one revoking an SM2 key, is readable only from the version of the suites."""
    if suite != CLASSIC or any(len(r.public_key) != 64 for r in revocations):
        return SUITES_READABLE_FROM
    return READABLE_FROM


def check_written(path: Path, manifest_bytes: bytes) -> None:
    """Read the file back as a clerk would: a faulty or fake-capacity stick fails here, not there."""
    try:
        with open_container(path) as container:
            if container.manifest_bytes != manifest_bytes:
                raise BundleRefusedError("manifest", "写入后读回的清单与写入的不同")
            verify_signature(
                container.manifest_bytes,
                container.signature,
                container.manifest.author.public_key,
                container.suite,
            )
            for member in container.manifest.members:
                for _chunk in container.stream(member):
                    pass
    except BundleRefusedError as exc:
        raise UserError(
            f"数据包写入后校验失败（{exc.detail}），磁盘或 U 盘可能有故障，请换一个位置重新导出。"
        ) from exc
