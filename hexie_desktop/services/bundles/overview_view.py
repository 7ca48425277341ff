"""What a person needs to see about bundles before and after carrying them: who signed one, whether
this computer already trusts that key, whether the file just written to a stick reads back whole,
and which bundles went out and came in.

The checks themselves are the bundle services' (`services/bundles/exchange.py`); this module only reads
and describes.
"""

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session, col

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.roles import Role
from hexie_desktop.domain.states import BundleStatus
from hexie_desktop.progress import Progress
from hexie_desktop.services.bundles.exchange import EXPORT_ACTION, verify_bundles
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import (
    installation_row,
    load_suite_key,
    own_fingerprint,
    require_identity,
)
from hexie_desktop.storage.tables import AuditEvent, BundleLog, Installation, TrustedKey
from hexie_desktop.sync.container import open_container
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.manifest import Manifest
from hexie_desktop.sync.report import BundleResult
from hexie_desktop.sync.scan import scan_members
from hexie_desktop.sync.signing import verify_signature
from hexie_desktop.sync.unsealing import unsealed

HISTORY_LIMIT = 500

KEY_OWN = "own"
KEY_PINNED = "pinned"
KEY_NEW_BUREAU = "new_bureau"
KEY_ENROLLED = "enrolled"
KEY_REVOKED = "revoked"
KEY_UNKNOWN = "unknown"


@dataclass(frozen=True)
class BundleCard:
    """A bundle as verified against this database, with what its signed manifest says."""

    path: Path
    result: BundleResult
    manifest: Manifest | None
    key_status: str

    @property
    def record_counts(self) -> dict[str, int]:
        return dict(self.manifest.record_counts) if self.manifest else {}

    @property
    def attachments(self) -> int:
        if self.manifest is None:
            return 0
        return sum(1 for m in self.manifest.members if m.table is None)

    @property
    def acceptable(self) -> bool:
        return self.result.status == BundleStatus.VALID


@dataclass(frozen=True)
class ExportCheck:
    """The exported file read back from where it was written: every member and record checked."""

    path: Path
    members: int
    records: int
    size: int


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    direction: str  # "export" or "import"
    file_name: str
    kind: str
    status: str
    counterpart: str
    seq: int
    counts: dict[str, int] = field(default_factory=dict)


def _key_status(store: Store, manifest: Manifest) -> str:
    author = manifest.author
    with store.reading() as session:
        local = installation_row(session)
        assert local is not None
        if author.installation_id == local.id:
            return KEY_OWN
        known = session.get(TrustedKey, author.fingerprint)
        if known is not None:
            if known.revoked_at is not None:
                return KEY_REVOKED
            return KEY_PINNED if local.role == Role.INSPECTOR else KEY_ENROLLED
        if local.role == Role.INSPECTOR and author.role == Role.CLERK:
            pinned = session.execute(
                select(col(TrustedKey.fingerprint)).where(
                    col(TrustedKey.role) == Role.CLERK.value, col(TrustedKey.revoked_at).is_(None)
                )
            ).first()
            return KEY_UNKNOWN if pinned is not None else KEY_NEW_BUREAU
        return KEY_UNKNOWN


def describe_bundle(store: Store, path: Path, progress: Progress | None = None) -> BundleCard:
    """Every check a merge runs, without writing, plus the signer and contents for a person to judge."""
    require_identity(store)
    [result] = verify_bundles(store, [path], progress)
    try:
        with open_container(path) as container:
            manifest: Manifest | None = container.manifest
    except BundleRefusedError:
        # The file is unreadable before its manifest; the verification result names why.
        manifest = None
    status = _key_status(store, manifest) if manifest is not None else KEY_UNKNOWN
    return BundleCard(path, result, manifest, status)


def check_export(store: Store, path: Path) -> ExportCheck:
    """Read a bundle this computer just wrote back from its folder and check it as a clerk would.

    A fake-capacity or failing USB stick returns other bytes than were written; finding that
    here, with the inspector still at hand, beats a refusal at the bureau.
    """
    identity = require_identity(store)
    try:
        with (
            open_container(path) as written,
            store.reading() as session,
            contextlib.ExitStack() as stack,
        ):
            manifest = written.manifest
            row = installation_row(session)
            assert row is not None
            fingerprint = own_fingerprint(row, manifest.suite)
            if not fingerprint or manifest.author.fingerprint != fingerprint:
                raise UserError(f"{path.name} 不是本机导出的数据包。")
            verify_signature(
                written.manifest_bytes,
                written.signature,
                manifest.author.public_key,
                written.suite,
            )
            plain = written
            if manifest.sealed:
                # The exporter is one of its recipients: open it as they will.
                own_key = load_suite_key(store, identity.id, manifest.suite)
                plain = stack.enter_context(
                    unsealed(written, fingerprint, own_key, store.data_dir.quarantine)
                )
            scan_members(plain, session, lambda _amount: None)
            return ExportCheck(
                path,
                len(plain.manifest.members),
                sum(plain.manifest.record_counts.values()),
                path.stat().st_size,
            )
    except BundleRefusedError as refusal:
        raise UserError(
            f"写入后的读回校验失败（{refusal.detail}）。U 盘可能有故障，请换一个 U 盘或位置重新导出。"
        ) from refusal
    except OSError as error:
        raise UserError(f"无法读回刚写入的数据包 {path}：{error.strerror or error}。") from error


def _names(session: Session) -> dict[str, str]:
    names = {k.installation_id: k.name for k in session.execute(select(TrustedKey)).scalars()}
    names.update({i.id: i.name for i in session.execute(select(Installation)).scalars()})
    return names


def bundle_history(store: Store, limit: int = HISTORY_LIMIT) -> list[HistoryEntry]:
    """Bundles this computer exported and merged, newest first."""
    entries: list[HistoryEntry] = []
    with store.reading() as session:
        names = _names(session)
        exports = session.execute(
            select(AuditEvent)
            .where(col(AuditEvent.action) == EXPORT_ACTION)
            .order_by(col(AuditEvent.seq).desc())
            .limit(limit)
        ).scalars()
        for event in exports:
            detail = event.detail
            records = detail.get("records", {})
            entries.append(
                HistoryEntry(
                    event.at,
                    "export",
                    str(detail.get("file", "")),
                    str(detail.get("kind", "")),
                    "exported",
                    names.get(event.actor_id, ""),
                    int(detail.get("seq", 0)),
                    {"records": sum(records.values()) if isinstance(records, dict) else 0},
                )
            )
        merged = session.execute(
            select(BundleLog).order_by(col(BundleLog.merged_at).desc()).limit(limit)
        ).scalars()
        for log in merged:
            counts = {
                k: int(v)
                for k, v in log.counts.items()
                if k in ("inserted", "updated", "held", "conflicts") and isinstance(v, int)
            }
            entries.append(
                HistoryEntry(
                    log.merged_at,
                    "import",
                    log.file_name,
                    log.kind,
                    log.status,
                    names.get(log.author_id, log.author_id),
                    log.seq,
                    counts,
                )
            )
    entries.sort(key=lambda e: _utc(e.at), reverse=True)
    return entries[:limit]


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment
