"""Bundle use cases: export, verify and merge, called alike by the CLI and the GUI.

Each bundle is copied into the data folder's quarantine first, so the file being verified is
the file being merged (a USB stick's file could change between the two readings), then
verified whole, then merged in one transaction; a dry run does the same work and rolls back.
"""

import contextlib
import datetime as dt
import gc
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.clock import ClockDriftError, HybridClock, physical_ms, wall_clock_ms
from hexie_desktop.domain.clock_policy import BundleTimes, learned_bureau_ms, present_ms
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.ids import uuid7
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.roles import Role
from hexie_desktop.domain.states import BundleStatus
from hexie_desktop.paths import DataDir, safe_file_name
from hexie_desktop.progress import Progress
from hexie_desktop.scratch import remove_leftovers, temporary_name
from hexie_desktop.services.audit.exchange import checkpoints_to_carry, receive_checkpoints
from hexie_desktop.services.bundles.sealed import (
    bundle_policy,
    learn_encryption_key,
    readable,
    sealing_for,
)
from hexie_desktop.services.bundles.sequence import next_sequence, remember_issued
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.safety import safety_backup
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.clock_check import bundle_clock_notes
from hexie_desktop.services.trust.identity import (
    companion_for,
    installation_row,
    load_suite_key,
    own_author,
    own_fingerprint,
    require_identity,
)
from hexie_desktop.services.trust.passphrase import require_protected_key
from hexie_desktop.services.trust.revocations import revocations_to_carry, take_revocations
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.audit_data import note_rows
from hexie_desktop.storage.files import refuse_long_path, replace_file
from hexie_desktop.storage.tables import (
    AuditEvent,
    BundleLog,
    HeldRecord,
    Installation,
    QuarterStatus,
    RecordHistory,
    Synced,
    TrustedKey,
)
from hexie_desktop.sync import limits
from hexie_desktop.sync.attachments import store_attachments
from hexie_desktop.sync.authority import Authority
from hexie_desktop.sync.container import Container, open_container
from hexie_desktop.sync.errors import BundleRefusedError, ExportedHereError
from hexie_desktop.sync.ledger import chain_gaps, is_duplicate, record_bundle
from hexie_desktop.sync.manifest import Companion
from hexie_desktop.sync.merge import Merger
from hexie_desktop.sync.overlaps import shared_compounds
from hexie_desktop.sync.report import BundleExportResult, BundleResult
from hexie_desktop.sync.scan import scan_members
from hexie_desktop.sync.schema import spec_for
from hexie_desktop.sync.sealing import Recipient, encryption_public_hex
from hexie_desktop.sync.selection import export_tables, exported_attachments, exported_quarters
from hexie_desktop.sync.suites import SigningKey
from hexie_desktop.sync.trust import Signer, resolve_signer
from hexie_desktop.sync.writer import BundleHeader, write_bundle

log = logging.getLogger(__name__)

BUNDLE_SUFFIX = ".hexie"
EXPORT_ACTION = "bundle.exported"
MERGE_ACTION = "bundle.merged"
_YOUNG_THRESHOLD = 20_000


# --- export -----------------------------------------------------------------------------------


def _kind(role: str, full: bool, master: bool) -> str:
    if master and full:
        raise UserError("--master 与 --full 不能同时使用。")
    if master:
        if role != Role.CLERK:
            raise UserError("只有工作人员可以导出主数据包（--master）。")
        return "master"
    if full:
        return "full"
    if role == Role.CLERK:
        raise UserError(
            "工作人员导出请加 --master（给考评员的主数据）或 --full（本机编写的全部记录）。"
        )
    return "inspector"


def _last_export(session: Session) -> str | None:
    query = (
        select(AuditEvent)
        .where(col(AuditEvent.action) == EXPORT_ACTION)
        .order_by(col(AuditEvent.seq).desc())
    )
    event = session.execute(query.limit(1)).scalars().first()
    return None if event is None else str(event.detail.get("bundle_id"))


def default_bundle_name(
    name: str,
    kind: str,
    manifest_sha256: str,
    today: dt.date | None = None,
    quarters: Sequence[str] = (),
) -> str:
    """`<inspector>-<quarter>-<hash8>.hexie`: readable on a stick full of bundles.

    An inspector's bundle is named after the quarters of the work it carries (`2026Q2`, or
    `2026Q1-2026Q2` for a span), not the day it was written: Q2's sheets exported in October
    are still Q2's. Without inspections or surveys, and for full and master bundles, the day.
    """
    day = today or bureau_time.today()
    spans = sorted(set(quarters))
    if kind == "inspector" and spans:
        when = spans[0] if len(spans) == 1 else f"{spans[0]}-{spans[-1]}"
    elif kind == "inspector":
        when = str(Quarter.containing(day))
    else:
        when = day.strftime("%Y%m%d")
    return f"{safe_file_name(name, 'hexie')}-{when}-{manifest_sha256[:8]}{BUNDLE_SUFFIX}"


def is_bundle_name(path: Path) -> bool:
    """A `.hexie` file, whatever the case of its suffix (`.HEXIE` from a FAT-formatted stick)."""
    return path.suffix.lower() == BUNDLE_SUFFIX


def export_target(out: Path) -> tuple[Path, bool]:
    """Where `--out` puts the bundle: (folder, False) to name it there, or (file, True).

    A bundle is never written without its `.hexie` suffix: an existing folder, or a path that
    does not exist and has no suffix (a folder to create, such as `usb`), gets a named bundle
    inside; a `.hexie` path is the file itself, never overwritten.
    """
    if out.is_dir():
        return out, False
    if is_bundle_name(out):
        if out.exists():
            raise UserError(f"文件已存在：{out}。请换一个文件名，或给出文件夹让程序自动命名。")
        return out, True
    if out.exists():
        raise UserError(
            f"{out} 是一个已有的文件，不是数据包（.hexie）。请给出文件夹，或以 .hexie 结尾的文件名。"
        )
    if out.suffix:
        raise UserError(f"数据包文件名须以 .hexie 结尾：{out}。请改名，或给出文件夹。")
    return out, False


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _signing(store: Store, installation_id: str) -> tuple[str, SigningKey, Companion | None]:
    """The suite the policy names for exports, this installation's key of it, and (for SM2)
    the Ed25519 key's word for it."""
    with store.reading() as session:
        suite = bundle_policy(session).suite
    key = load_suite_key(store, installation_id, suite)
    return suite, key, companion_for(store, installation_id, key)


def export_bundle(
    store: Store,
    out: Path,
    *,
    full: bool = False,
    master: bool = False,
    progress: Progress | None = None,
) -> Changed[BundleExportResult]:
    """Write a signed bundle; the final name appears only once the file is whole and verified.

    The export is numbered and the watermark advanced in the same transaction that wrote the
    file under a temporary name and renamed it: a rename Windows keeps refusing (a scanner
    holding the new file) rolls the export back, so its records go in the next bundle instead
    of being marked as sent; a commit failing after the rename leaves a whole bundle whose
    records the next one carries again (merging is idempotent). A file with the final name is
    always complete. The number is never one issued before, even after a restored backup
    (`bundle_sequence.py`).
    """
    identity = require_identity(store)
    require_protected_key(store)
    suite, key, companion = _signing(store, identity.id)
    kind = _kind(identity.role, full, master)
    target, named = export_target(out)
    folder = target.parent if named else target
    if named and not folder.is_dir():
        raise UserError(f"导出目录不存在：{folder}")
    folder.mkdir(parents=True, exist_ok=True)
    remove_leftovers([folder])
    temp = folder / temporary_name("hexie-export")
    refuse_long_path(temp, shown=folder)
    try:
        with store.transaction() as session:
            row = installation_row(session)
            assert row is not None
            header = BundleHeader(
                bundle_id=uuid7(),
                seq=next_sequence(store.data_dir, row.id, row.next_bundle_seq),
                predecessor=_last_export(session),
                kind=kind,
                author=own_author(row, suite),
                created_at=dt.datetime.now(dt.UTC).isoformat(),
                audit_checkpoints=checkpoints_to_carry(session, row.id),
                revocations=revocations_to_carry(session, row.role, kind),
                companion=companion,
            )
            conn = session.connection()
            if progress:
                progress(0.1, "读取记录")
            hashes = exported_attachments(conn, kind, row.id, row.exported_through)
            files = [(sha, store.data_dir.attachment(sha)) for sha in hashes]
            missing = [p for _sha, p in files if not p.is_file()]
            if missing:
                raise UserError(f"附件文件缺失：{missing[0]}，无法导出。请从备份恢复附件文件夹。")
            sealing = sealing_for(
                session,
                row,
                kind,
                Recipient(own_fingerprint(row, suite), encryption_public_hex(key)),
            )
            written = write_bundle(
                temp,
                header,
                export_tables(conn, kind, row.id, row.exported_through),
                files,
                key,
                seal_to=sealing.recipients,
                spool_in=store.data_dir.quarantine,
            )
            counts = written.manifest.record_counts
            if not counts:
                raise UserError("自上次导出以来没有新的改动，无需导出。")
            if not named:
                quarters = exported_quarters(conn, kind, row.id, row.exported_through)
                target = folder / default_bundle_name(
                    row.name, kind, written.manifest_sha256, quarters=quarters
                )
            row.next_bundle_seq = header.seq + 1
            if kind != "master":
                row.exported_through = max(row.exported_through, written.max_hlc)
            session.add(row)
            append_event(
                session,
                actor_id=row.id,
                action=EXPORT_ACTION,
                table_name="bundle",
                row_id=header.bundle_id,
                detail={
                    "bundle_id": header.bundle_id,
                    "seq": header.seq,
                    "kind": kind,
                    "records": counts,
                    "file": target.name,
                    "sha256": written.manifest_sha256,
                },
            )
            remember_issued(store.data_dir, row.id, header.seq)
            replace_file(temp, target)
            _fsync_folder(target.parent)
    finally:
        temp.unlink(missing_ok=True)
    if progress:
        progress(1.0, "导出完成")
    result = BundleExportResult(
        target,
        header.bundle_id,
        header.seq,
        kind,
        counts,
        len(files),
        target.stat().st_size,
        sealed_for=sealing.others,
        unreadable_by=list(sealing.left_out),
    )
    return Changed(result, Changes.of(Installation, AuditEvent))


# --- verify and merge ---------------------------------------------------------------------------


def bundle_files(paths: Sequence[Path]) -> list[Path]:
    """The bundle files named, with folders expanded to the `.hexie` files directly inside them."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if is_bundle_name(p) and p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise UserError(f"找不到数据包文件或目录：{path}")
    if not files:
        raise UserError("没有找到任何 .hexie 数据包。")
    return files


@contextlib.contextmanager
def _quarantined(data_dir: DataDir, source: Path) -> Iterator[Path]:
    """A private copy of the bundle in the data folder, removed afterwards whatever happens."""
    data_dir.quarantine.mkdir(parents=True, exist_ok=True)
    copy = data_dir.quarantine / temporary_name("bundle", BUNDLE_SUFFIX)
    try:
        owner_only = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with source.open("rb") as src, os.fdopen(owner_only, "wb") as dst:
            copied = 0
            while chunk := src.read(1024 * 1024):
                copied += len(chunk)
                if copied > limits.MAX_BUNDLE_BYTES:
                    raise BundleRefusedError(
                        "limits", f"数据包超过上限 {limits.MAX_BUNDLE_BYTES} 字节"
                    )
                dst.write(chunk)
        yield copy
    finally:
        copy.unlink(missing_ok=True)


@contextlib.contextmanager
def _rare_collections() -> Iterator[None]:
    """The cyclic garbage collector's first threshold raised while one bundle is worked on.

    A bundle's validated records are thousands of small containers that live until its merge
    ends; at the default threshold (700 new containers) the collector keeps walking them, and
    every long-lived object of the process with them, finding nothing to free: about a sixth of
    a fresh merge's time. It still runs, only less often, so cycles left behind (each row the
    database refuses leaves some) are freed and memory stays bounded. A threshold of 0 means
    collection is off, and stays off.
    """
    young, *older = gc.get_threshold()
    if young:
        gc.set_threshold(max(young, _YOUNG_THRESHOLD), *older)
    try:
        yield
    finally:
        gc.set_threshold(young, *older)


@contextlib.contextmanager
def _unit(store: Store, commit: bool) -> Iterator[Session]:
    """One transaction, committed only if `commit` (a dry run rolls back what it tried).

    A merge holds SQLite's write lock from the start, so a second merge of the same bundle
    waits for the first and then finds it merged.
    """
    with store.writing() if commit else store.reading() as session:
        transaction = session.begin()
        try:
            yield session
        except BaseException:
            transaction.rollback()
            raise
        if commit:
            transaction.commit()
        else:
            transaction.rollback()


class _Stages:
    """Progress of one bundle among `count`: verification then merge, each half of its share."""

    def __init__(self, progress: Progress | None, index: int, count: int, name: str) -> None:
        self.progress, self.index, self.count, self.name = progress, index, count, name
        self.total = 1
        self.done = 0
        self.phase = 0

    def start(self, phase: int, total: int) -> None:
        self.phase, self.total, self.done = phase, max(total, 1), 0

    def advance(self, amount: int) -> None:
        self.done += amount
        if self.progress:
            within = (self.phase + min(self.done / self.total, 1.0)) / 2
            label = "校验" if self.phase == 0 else "合并"
            self.progress((self.index + within) / self.count, f"{label} {self.name}")


def _verify(
    store: Store, session: Session, sealed: Container, stages: _Stages, stack: contextlib.ExitStack
) -> tuple[Installation, Signer, Container, bool]:
    """The signer, then the plain bundle (decrypted if sealed, for this installation only)."""
    local = installation_row(session)
    if local is None:
        raise UserError(
            "本机尚未设置身份。请先运行 hexie init --role inspector|clerk --name 姓名。"
        )
    signer = resolve_signer(
        session, sealed.manifest, sealed.signature, sealed.manifest_bytes, local
    )
    envelope = sealed.manifest.envelope
    if envelope is not None and is_duplicate(
        session, sealed.manifest, envelope.plain_manifest_sha256
    ):
        # Merged before: the signed outer manifest names the plain one by hash, so the
        # ciphertext's hash is all there is to check, without decrypting it again.
        for member in sealed.manifest.members:
            sealed.check_hash(member)
        return local, signer, sealed, True
    container = readable(stack, store, session, sealed, local)
    manifest = container.manifest
    if is_duplicate(session, manifest, container.manifest_sha256):
        # The signed manifest matches the merged one, but the members may not: a copy edited
        # after signing is refused as tampered, never waved through as "already merged".
        for member in manifest.members:
            container.check_hash(member)
        return local, signer, container, True
    stages.start(0, sum(m.size for m in manifest.members))
    return local, signer, container, False


def _created_ms(created_at: str) -> int:
    """The manifest's creation time in Unix ms; a time without an offset is read as UTC."""
    moment = dt.datetime.fromisoformat(created_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return int(moment.timestamp() * 1000)


def _finalised(session: Session) -> frozenset[str]:
    query = select(col(QuarterStatus.quarter)).where(
        col(QuarterStatus.finalised).is_(True), col(QuarterStatus.deleted).is_(False)
    )
    return frozenset(session.execute(query).scalars())


def _apply(
    store: Store,
    session: Session,
    container: Container,
    *,
    local: Installation,
    signer: Signer,
    result: BundleResult,
    stages: _Stages,
    cancel: Callable[[], bool] | None,
    before_write: Callable[[], None] | None = None,
) -> None:
    manifest = container.manifest
    scan = scan_members(container, session, stages.advance)
    learn_encryption_key(session, signer, manifest)
    if signer.role == Role.CLERK:
        result.revoked = take_revocations(
            session, local, signer.author.fingerprint, manifest.revocations
        )
    if before_write is not None:
        before_write()
    stages.start(1, sum(manifest.record_counts.values()))
    wall_ms = wall_clock_ms()
    created_ms = _created_ms(manifest.created_at)
    # An inspector learns time only from the bureau; a clerk, the bureau itself, from any
    # enrolled sender whose bundle corroborates its own clock.
    bureau_ms = local.bureau_ms
    if Role.CLERK in (signer.role, local.role):
        bureau_ms = learned_bureau_ms(bureau_ms, created_ms, wall_ms)
    now_ms = present_ms(wall_ms, bureau_ms)
    authority = Authority(manifest.author.installation_id, signer.role, _finalised(session), now_ms)
    conn = session.connection()
    merger = Merger(
        conn,
        manifest.bundle_id,
        authority,
        preview=result.dry_run,
        advance=stages.advance,
        cancel=cancel,
        note_rows=note_rows,
    )
    outcome = merger.merge_container(container, scan.records)
    result.outcome = outcome
    result.status = BundleStatus.HELD if outcome.totals().held else BundleStatus.APPLIED
    result.gaps = chain_gaps(session, manifest.author.installation_id, also=manifest.seq)
    result.clock = bundle_clock_notes(
        BundleTimes(
            created_ms,
            now_ms,
            physical_ms(outcome.earliest_stamp),
            physical_ms(outcome.latest_stamp),
            all_history=manifest.kind != "inspector",
        )
    )
    result.shared_compounds = shared_compounds(conn, outcome.inspected)
    result.audit_warnings = receive_checkpoints(session, manifest)
    if not result.dry_run:
        store_attachments(container, scan.attachment_members, store.data_dir)
    record_bundle(
        session,
        manifest,
        manifest_sha256=container.manifest_sha256,
        file_name=Path(result.file).name,
        status=result.status,
        reason=result.reason,
        counts=result.summary(),
    )
    if signer.pin_on_accept:
        author = signer.author
        result.pinned_key = author.fingerprint
        session.add(
            TrustedKey(
                fingerprint=author.fingerprint,
                installation_id=author.installation_id,
                name=author.name[:64],
                role=author.role,
                public_key=author.public_key,
                suite=manifest.suite,
                encryption_key=manifest.encryption_key,
                enrolled_at=dt.datetime.now(dt.UTC),
            )
        )
    clock = HybridClock(local.clock, wall_ms=lambda: now_ms)
    try:
        clock.observe(outcome.max_hlc)
    except ClockDriftError:
        # Kept in the data (the clock notes tell the user), but one wrong clock does not drag
        # every later local stamp ahead with it.
        log.info("bundle %s: stamps ahead of this clock not observed", manifest.bundle_id)
    if signer.role == Role.CLERK:
        bureau_ms = learned_bureau_ms(bureau_ms, physical_ms(outcome.max_hlc), wall_ms)
    if (clock.last, bureau_ms) != (local.clock, local.bureau_ms):
        conn.execute(
            update(Installation)
            .where(col(Installation.id) == local.id)
            .values(clock=clock.last, bureau_ms=bureau_ms)
        )
    append_event(
        session,
        actor_id=local.id,
        action=MERGE_ACTION,
        table_name="bundlelog",
        row_id=manifest.bundle_id,
        detail={
            "file": Path(result.file).name,
            "author": manifest.author.installation_id,
            "seq": manifest.seq,
            "status": result.status,
            "counts": result.counts,
            "audit_warnings": result.audit_warnings,
            "tombstones": outcome.tombstones,
            "pinned_key": signer.author.fingerprint if signer.pin_on_accept else "",
        },
    )


class _OnceBackup:
    """Takes one verified safety backup, the first time a batch is about to write."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.taken = False

    def take(self) -> None:
        if not self.taken:
            safety_backup(self.store, "before-merge")
            self.taken = True


def _process(
    store: Store,
    path: Path,
    stages: _Stages,
    *,
    merge: bool,
    dry_run: bool,
    cancel: Callable[[], bool] | None,
    backup: "_OnceBackup | None" = None,
) -> BundleResult:
    result = BundleResult(file=str(path), dry_run=dry_run)
    try:
        with (
            _rare_collections(),
            _quarantined(store.data_dir, path) as copy,
            open_container(copy) as container,
        ):
            manifest = container.manifest
            result.bundle_id, result.seq, result.kind = (
                manifest.bundle_id,
                manifest.seq,
                manifest.kind,
            )
            result.author, result.app_version = manifest.author.name, manifest.app_version
            plain = container
            try:
                with (
                    contextlib.ExitStack() as stack,
                    _unit(store, commit=merge and not dry_run) as session,
                ):
                    local, signer, plain, duplicate = _verify(
                        store, session, container, stages, stack
                    )
                    if duplicate:
                        _duplicate(result, path)
                    elif merge:
                        _apply(
                            store,
                            session,
                            plain,
                            local=local,
                            signer=signer,
                            result=result,
                            stages=stages,
                            cancel=cancel,
                            before_write=backup.take if backup and not dry_run else None,
                        )
                    else:
                        scan_members(plain, session, stages.advance)
                        result.status = BundleStatus.VALID
            except IntegrityError:
                # Another program merged the same bundle while this one was verifying it (a
                # server lets both read that it was new): that is a duplicate, not a failure.
                if not _merged_meanwhile(store, plain):
                    raise
                _duplicate(result, path)
    except ExportedHereError as skipped:
        result.status, result.reason = BundleStatus.SKIPPED, skipped.message
    except BundleRefusedError as refusal:
        result.status, result.reason, result.check = (
            BundleStatus.REFUSED,
            refusal.message,
            refusal.check,
        )
        log.warning("bundle refused: %s: %s", path, refusal.message)
    if result.status in (BundleStatus.APPLIED, BundleStatus.HELD):
        log.info(
            "bundle %s merged from %s: %s %s", result.bundle_id, path, result.status, result.counts
        )
    return result


def _duplicate(result: BundleResult, path: Path) -> None:
    result.status = BundleStatus.DUPLICATE
    result.reason = "该数据包已合并过，本次未作任何改动"
    result.outcome = None
    log.info("bundle %s from %s: duplicate", result.bundle_id, path)


def _merged_meanwhile(store: Store, container: Container) -> bool:
    with store.reading() as session:
        return is_duplicate(session, container.manifest, container.manifest_sha256)


def verify_bundles(
    store: Store, paths: Sequence[Path], progress: Progress | None = None
) -> list[BundleResult]:
    """Every check a merge runs, and no write."""
    files = bundle_files(paths)
    return [
        _process(
            store,
            f,
            _Stages(progress, i, len(files), f.name),
            merge=False,
            dry_run=False,
            cancel=None,
        )
        for i, f in enumerate(files)
    ]


def merge_bundles(
    store: Store,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Changed[list[BundleResult]]:
    """Verify, then merge each bundle in its own transaction; a refused bundle changes nothing.

    A verified backup of the database is taken before the first bundle that will write anything
    (promise: recoverable); refused, duplicate and dry-run bundles write nothing and need none.
    """
    require_identity(store)
    files = bundle_files(paths)
    backup = _OnceBackup(store)
    results: list[BundleResult] = []
    first_file: dict[str, Path] = {}
    for index, path in enumerate(files):
        stages = _Stages(progress, index, len(files), path.name)
        result = _process(
            store, path, stages, merge=True, dry_run=dry_run, cancel=cancel, backup=backup
        )
        earlier = first_file.setdefault(result.bundle_id, path) if result.bundle_id else None
        if earlier is not None and earlier != path and result.status != BundleStatus.REFUSED:
            # The same bundle copied under another name: a preview would count it twice.
            _duplicate(result, path)
            result.reason = f"与“{earlier}”是同一个数据包，只计一次"
        results.append(result)
    if progress:
        progress(1.0, "完成")
    return Changed(results, merge_changes(results))


_MERGE_LEDGER = Changes.of(BundleLog, Installation, TrustedKey, HeldRecord, RecordHistory)


def merge_changes(results: Sequence[BundleResult]) -> Changes:
    """The tables the merged bundles wrote: the synced tables they changed and the ledger's own."""
    written: set[type[Synced]] = set()
    merged = False
    for result in results:
        if result.outcome is None or result.dry_run or result.status not in ("applied", "held"):
            continue
        merged = True
        for name, counts in result.outcome.tables.items():
            if counts.inserted or counts.updated or counts.deleted:
                written.add(spec_for(name).model)
    return Changes(frozenset(written)) | _MERGE_LEDGER if merged else Changes()
