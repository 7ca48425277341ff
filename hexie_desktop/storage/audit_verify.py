"""Checking the audit chain against itself and against the live data, without trusting either.

`walk_chain` re-hashes every event in order and stops at the first that does not verify; from
the verified events it gathers what the data should be: each table's last recorded digest and
the seals of its rows. `data_findings` recomputes each synced table's digest from its live rows
and, for a table that disagrees, names the rows that differ from their last seal.
"""

import hashlib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection
from sqlmodel import Session, col, select

from hexie_desktop.storage.audit import VerifiedEvents
from hexie_desktop.storage.audit_data import (
    BASELINE_ACTION,
    SEAL_ACTION,
    digest_hex,
    is_covered,
    live_digests,
    locate,
    synced_tables,
)
from hexie_desktop.storage.tables import AuditSeal


@dataclass(frozen=True)
class Finding:
    """One way the trail and the data disagree, at event `seq` (the first event it concerns)."""

    seq: int
    kind: str
    table: str = ""
    row_id: str = ""
    count: int = 0
    expected: int = 0
    actual: int = 0


@dataclass
class TableRecord:
    seq: int = 0
    digest: str = digest_hex(0)
    rows: int = 0
    seals: dict[int, str] = field(default_factory=dict)


@dataclass
class ChainWalk:
    """What the verified prefix of the chain says."""

    length: int = 0
    broken_at: int | None = None
    hashes: dict[int, str] = field(default_factory=dict)
    tables: dict[str, TableRecord] = field(default_factory=dict)


def _note_data(walk: ChainWalk, seq: int, detail: dict[str, Any]) -> None:
    tables = detail.get("tables")
    if not isinstance(tables, dict):
        return
    for name, sealed in tables.items():
        if not isinstance(sealed, dict):
            continue
        record = walk.tables.setdefault(name, TableRecord())
        record.seq = seq
        record.digest = str(sealed.get("digest", ""))
        record.rows = int(sealed.get("rows", 0))
        record.seals[seq] = str(sealed.get("seal", ""))


def walk_chain(session: Session) -> ChainWalk:
    """Re-hash the chain from its start, up to the first event that does not verify."""
    walk = ChainWalk()
    events = VerifiedEvents(session)
    for event in events:
        assert event.seq is not None
        walk.length = event.seq
        walk.hashes[event.seq] = event.hash
        if event.action in (SEAL_ACTION, BASELINE_ACTION):
            _note_data(walk, event.seq, event.detail)
    walk.broken_at = events.broken_at
    return walk


def _table_findings(session: Session, name: str, record: TableRecord) -> list[Finding]:
    table = next(t for t in synced_tables() if t.name == name)
    conn: Connection = session.connection()
    stored = {
        seal.seq: seal.rows
        for seal in session.exec(select(AuditSeal).where(col(AuditSeal.table_name) == name))
    }
    findings = []
    trusted = []
    for seq in sorted(record.seals):
        packed = stored.get(seq)
        if packed is None or hashlib.sha256(packed).hexdigest() != record.seals[seq]:
            findings.append(Finding(seq, "seal", name))
            continue
        trusted.append((seq, packed))
    mismatch = locate(conn, table, trusted)
    findings += [Finding(seq, "edited", name, row_id) for row_id, seq in mismatch.edited]
    findings += [Finding(record.seq, "added", name, row_id) for row_id in mismatch.added]
    findings += [Finding(seq, "removed", name) for seq in mismatch.removed]
    return findings


def data_findings(session: Session, walk: ChainWalk) -> list[Finding]:
    """Tables whose live rows disagree with the chain's last digest, with the rows found."""
    conn = session.connection()
    if not is_covered(conn):
        return []
    findings = []
    for name, digest, rows in live_digests(conn):
        record = walk.tables.get(name, TableRecord())
        if digest_hex(digest) == record.digest and rows == record.rows:
            continue
        located = _table_findings(session, name, record)
        if not located:
            located = [Finding(record.seq, "table", name)]
        findings += [
            Finding(f.seq, f.kind, f.table, f.row_id, f.count, record.rows, rows) for f in located
        ]
    return findings
