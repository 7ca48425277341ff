"""The verification pass over every member, before the first database write.

Each record is parsed strictly and validated against its table; counts must match the signed
manifest; ids must be unique per table; every reference must resolve to a row in the bundle or
in the database; every attachment must hash to its name, match its record and carry the magic
bytes of its declared media type. Attachments are never decoded here (T33).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hexie_desktop.sync.container import Container
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.jsonl import iter_lines, parse_object
from hexie_desktop.sync.limits import MAX_JSON_DEPTH
from hexie_desktop.sync.manifest import Member
from hexie_desktop.sync.names import ATTACHMENTS_DIR
from hexie_desktop.sync.record_upgrades import upgrader
from hexie_desktop.sync.schema import TABLES, spec_for

MEDIA_MAGIC: dict[str, tuple[bytes, ...]] = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "application/pdf": (b"%PDF-",),
    "image/webp": (b"RIFF",),
}
_LOOKUP_CHUNK = 500
# A bundle this small keeps its validated records for the merge instead of reading them twice;
# larger ones are streamed again, so memory stays flat however large a bundle grows.
KEEP_RECORDS = 20_000
# Progress is reported every so many bytes, not per line: a caller may pass each report to
# another thread (the window's progress dialog), which per line would cost more than the scan.
_PROGRESS_BYTES = 64 * 1024
Progress = Callable[[int], None]


@dataclass
class ScanResult:
    record_counts: dict[str, int] = field(default_factory=dict)
    attachment_members: dict[str, Member] = field(default_factory=dict)
    records: dict[str, list[dict[str, Any]]] | None = None


@dataclass
class _Refs:
    ids: dict[str, set[str]] = field(default_factory=dict)
    wanted: dict[str, dict[str, tuple[str, int]]] = field(default_factory=dict)
    attachments: dict[str, tuple[int, str, bool]] = field(default_factory=dict)


def _scan_table(
    container: Container,
    member: Member,
    refs: _Refs,
    advance: Progress,
    keep: list[dict[str, Any]] | None,
) -> int:
    table = member.table
    assert table is not None
    spec = spec_for(table)
    seen = refs.ids.setdefault(table, set())
    references = [
        (column, refs.wanted.setdefault(target, {})) for column, target in spec.foreign_keys
    ]
    upgrade = upgrader(container.manifest.schema_version)
    count = unreported = 0
    for number, line in iter_lines(container.stream(member), member.name):
        try:
            deep = b"\\u0000" in line or line.count(b"[") + line.count(b"{") > MAX_JSON_DEPTH
            record = parse_object(line, "")
            if upgrade is not None:
                record = upgrade(table, record)
            values = spec.validate(record, "", deep=deep)
        except BundleRefusedError as refusal:
            raise BundleRefusedError(
                refusal.check, f"{member.name} 第 {number} 行{refusal.detail}"
            ) from refusal
        row_id = values["id"]
        if row_id in seen:
            raise BundleRefusedError(
                "records", f"{member.name} 第 {number} 行：记录编号 {row_id} 重复"
            )
        seen.add(row_id)
        for column, wanted in references:
            ref = values[column]
            if ref is not None and ref not in wanted:
                wanted[ref] = (member.name, number)
        if table == "attachment":
            sha = values["sha256"]
            if sha in refs.attachments:
                raise BundleRefusedError(
                    "records", f"{member.name} 第 {number} 行：附件哈希 {sha[:12]}… 重复"
                )
            refs.attachments[sha] = (values["size"], values["media_type"], values["deleted"])
        if keep is not None:
            keep.append(values)
        count += 1
        unreported += len(line) + 1
        if unreported >= _PROGRESS_BYTES:
            advance(unreported)
            unreported = 0
    advance(unreported)
    if count != container.manifest.record_counts[table]:
        raise BundleRefusedError(
            "records",
            f"{member.name} 有 {count} 条记录，清单记载 {container.manifest.record_counts[table]} 条",
        )
    return count


def _scan_attachment(container: Container, member: Member, refs: _Refs, advance: Progress) -> None:
    sha = member.name[len(ATTACHMENTS_DIR) :]
    record = refs.attachments.get(sha)
    if record is None:
        raise BundleRefusedError("attachments", f"附件 {sha[:12]}… 没有对应的附件记录")
    size, media_type, _deleted = record
    if size != member.size:
        raise BundleRefusedError("attachments", f"附件 {sha[:12]}… 的大小与记录不符")
    magic = MEDIA_MAGIC.get(media_type)
    if magic is None:
        raise BundleRefusedError(
            "attachments", f"附件 {sha[:12]}… 的类型 {media_type} 不在允许范围内"
        )
    head = b""
    for chunk in container.stream(member):
        if len(head) < 16:
            head += chunk[:16]
        advance(len(chunk))
    if not head.startswith(magic):
        raise BundleRefusedError(
            "attachments", f"附件 {sha[:12]}… 的内容与类型 {media_type} 不符（文件头错误）"
        )


def _resolve_references(session: Session, refs: _Refs) -> None:
    for target, wanted in refs.wanted.items():
        missing = [ref for ref in wanted if ref not in refs.ids.get(target, ())]
        table = TABLES[target].table
        for start in range(0, len(missing), _LOOKUP_CHUNK):
            chunk = missing[start : start + _LOOKUP_CHUNK]
            found = set(session.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars())
            absent = next((ref for ref in chunk if ref not in found), None)
            if absent is not None:
                raise BundleRefusedError(
                    "records",
                    f"{wanted[absent][0]} 第 {wanted[absent][1]} 行引用的 {target} {absent} 在数据包和本机数据库中都不存在",
                )


def scan_members(container: Container, session: Session, advance: Progress) -> ScanResult:
    """Run every member check; raise BundleRefusedError at the first failure."""
    result = ScanResult()
    if sum(container.manifest.record_counts.values()) <= KEEP_RECORDS:
        result.records = {}
    refs = _Refs()
    for member in container.manifest.members:
        try:
            if member.table is not None:
                keep = (
                    None if result.records is None else result.records.setdefault(member.table, [])
                )
                result.record_counts[member.table] = _scan_table(
                    container, member, refs, advance, keep
                )
            else:
                _scan_attachment(container, member, refs, advance)
                result.attachment_members[member.name[len(ATTACHMENTS_DIR) :]] = member
        except BundleRefusedError as refusal:
            if refusal.check != "hashes":
                container.check_hash(member)
            raise
    lacking = [
        sha
        for sha, (_s, _m, deleted) in refs.attachments.items()
        if not deleted and sha not in result.attachment_members
    ]
    if lacking:
        raise BundleRefusedError("attachments", f"附件记录 {lacking[0][:12]}… 缺少文件内容")
    _resolve_references(session, refs)
    return result
