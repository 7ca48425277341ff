"""The bundle log: which bundles were merged, duplicates, conflicts and gaps in each author's chain.

A bundle is identified by its id and by its author's sequence number, and its content by the
SHA-256 of its signed manifest (which binds every member). The same id with the same manifest is
a duplicate and changes nothing; the same id or the same (author, seq) with a different manifest
is a conflict and is refused: the author's installation numbered two different bundles alike.

One exception, so that an installation whose numbers were rewound (a backup restored from
before this version kept them outside the database, or a whole data folder copied back) can
always recover: a `full` bundle under a number already used is merged. It restates everything
its author wrote; merging is idempotent, order-independent and never removes what a bundle does
not carry, so it can add what was missing but lose nothing.
"""

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from hexie_desktop.domain.states import MERGED_BUNDLE_STATUSES
from hexie_desktop.storage.tables import BundleLog
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.manifest import Manifest


def is_duplicate(session: Session, manifest: Manifest, manifest_sha256: str) -> bool:
    """True for a bundle merged before; refuses a different bundle under a number already used."""
    same_id = session.get(BundleLog, manifest.bundle_id)
    if same_id is not None:
        if same_id.sha256 != manifest_sha256:
            raise BundleRefusedError(
                "conflict",
                f"同一编号的数据包已合并过（文件 {same_id.file_name}），但内容不同，已拒绝并请核查",
            )
        return True
    same_seq = (
        session.execute(
            select(BundleLog).where(
                col(BundleLog.author_id) == manifest.author.installation_id,
                col(BundleLog.seq) == manifest.seq,
            )
        )
        .scalars()
        .first()
    )
    if same_seq is not None and manifest.kind != "full":
        raise BundleRefusedError(
            "conflict",
            f"该设备的第 {manifest.seq} 号数据包已合并过（文件 {same_seq.file_name}），与本包内容不同，已拒绝。"
            "若该考评员恢复过数据库备份，请其在“数据包”页勾选“全部重新导出”再导出一次"
            "（命令行：hexie bundle export --full），全部重新导出的数据包可以合并",
        )
    return False


def chain_gaps(session: Session, author_id: str, also: int | None = None) -> list[int]:
    """Sequence numbers of this author's bundles that have not arrived, below the highest that has."""
    seqs = set(
        session.execute(
            select(col(BundleLog.seq)).where(
                col(BundleLog.author_id) == author_id,
                col(BundleLog.status).in_(MERGED_BUNDLE_STATUSES),
            )
        ).scalars()
    )
    if also is not None:
        seqs.add(also)
    if not seqs:
        return []
    return [n for n in range(1, max(seqs)) if n not in seqs]


def record_bundle(
    session: Session,
    manifest: Manifest,
    *,
    manifest_sha256: str,
    file_name: str,
    status: str,
    reason: str,
    counts: dict[str, Any],
) -> None:
    session.add(
        BundleLog(
            bundle_id=manifest.bundle_id,
            author_id=manifest.author.installation_id,
            seq=manifest.seq,
            sha256=manifest_sha256,
            file_name=file_name[:255],
            kind=manifest.kind,
            status=status,
            reason=reason[:500],
            merged_at=dt.datetime.now(dt.UTC),
            counts=counts,
        )
    )
    session.flush()
