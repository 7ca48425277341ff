"""Writing a bundle: records spooled and hashed, then one zip with the signed manifest first.

The zip is written to a temporary name and checked by reading it back with the same verifier the
clerk's side uses, before the caller gives it its final name (see services/bundles/exchange.py).
"""

import hashlib
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hexie_desktop import __version__
from hexie_desktop.domain.errors import UserError
from hexie_desktop.scratch import temporary_name
from hexie_desktop.sync.checkpoints import Checkpoint
from hexie_desktop.sync.container import open_container
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.manifest import READABLE_FROM, BundleAuthor, Manifest, Member
from hexie_desktop.sync.names import ATTACHMENTS_DIR, MANIFEST, RECORDS_DIR, SIGNATURE
from hexie_desktop.sync.signing import sign_manifest, verify_signature

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


def _attachment_member(sha256: str, path: Path) -> Member:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_COPY_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    if digest.hexdigest() != sha256:
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
    manifest: Manifest
    manifest_sha256: str
    max_hlc: int


def write_bundle(
    target: Path,
    header: BundleHeader,
    tables: Iterable[tuple[str, Iterable[dict[str, Any]]]],
    attachments: Iterable[tuple[str, Path]],
    key: Ed25519PrivateKey,
) -> WrittenBundle:
    """Write the bundle to `target` (a temporary name chosen by the caller) and read it back."""
    # Beside the target, never in the system's shared /tmp: the spool holds readable records.
    spool_prefix = temporary_name("hexie-spool", "")
    with tempfile.TemporaryDirectory(prefix=spool_prefix, dir=target.parent) as spool_dir:
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
            app_version=__version__,
            oldest_reader=READABLE_FROM,
        )
        manifest_bytes = manifest.to_bytes()
        with os.fdopen(
            os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb"
        ) as handle:
            with zipfile.ZipFile(handle, "w") as archive:
                _add(archive, MANIFEST, manifest_bytes, compress=True)
                _add(archive, SIGNATURE, sign_manifest(manifest_bytes, key), compress=True)
                for item in spooled:
                    _add(archive, item.member.name, item.path, compress=True)
                for sha, path in files:
                    _add(archive, f"{ATTACHMENTS_DIR}{sha}", path, compress=False)
            handle.flush()
            os.fsync(handle.fileno())
    check_written(target, manifest_bytes)
    return WrittenBundle(
        manifest,
        hashlib.sha256(manifest_bytes).hexdigest(),
        max((s.max_hlc for s in spooled), default=0),
    )


def check_written(path: Path, manifest_bytes: bytes) -> None:
    """Read the file back as a clerk would: a faulty or fake-capacity stick fails here, not there."""
    try:
        with open_container(path) as container:
            if container.manifest_bytes != manifest_bytes:
                raise BundleRefusedError("manifest", "写入后读回的清单与写入的不同")
            verify_signature(
                container.manifest_bytes, container.signature, container.manifest.author.public_key
            )
            for member in container.manifest.members:
                for _chunk in container.stream(member):
                    pass
    except BundleRefusedError as exc:
        raise UserError(
            f"数据包写入后校验失败（{exc.detail}），磁盘或 U 盘可能有故障，请换一个位置重新导出。"
        ) from exc
