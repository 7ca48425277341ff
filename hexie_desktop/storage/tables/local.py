"""Rows that belong to this installation alone and never travel in a bundle."""

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, CheckConstraint, Column, LargeBinary
from sqlmodel import Field, SQLModel

from hexie_desktop.domain.roles import Role
from hexie_desktop.domain.states import LOGGED_BUNDLE_STATUSES
from hexie_desktop.storage.tables.base import enum_check

ROLES = tuple(r.value for r in Role)
BUNDLE_STATUSES = LOGGED_BUNDLE_STATUSES
HELD_DECISIONS = ("pending", "accepted", "rejected")
HISTORY_KINDS = ("superseded", "conflict")


class Installation(SQLModel, table=True):
    """This installation's identity; exactly one row once `hexie init` has run.

    The private key is not here: it lives in the data folder's keys/ with owner-only permissions,
    so that a copied database does not carry the power to sign.
    """

    __table_args__ = (CheckConstraint(enum_check("role", ROLES), name="installation_role_known"),)

    id: str = Field(primary_key=True, max_length=36)
    name: str = Field(max_length=64)
    role: str = Field(max_length=16)
    public_key: str = Field(max_length=64, description="raw Ed25519 public key, hex")
    fingerprint: str = Field(max_length=64)
    sm2_public_key: str = Field(
        default="",
        max_length=130,
        description="the 国密 SM2 public key (65-byte point), hex; empty until it is generated",
    )
    sm2_fingerprint: str = Field(default="", max_length=64, description="SM3 of the SM2 key")
    created_at: dt.datetime
    clock: int = Field(default=0, sa_type=BigInteger)
    bureau_ms: int = Field(
        default=0,
        sa_type=BigInteger,
        description="latest bureau time seen (Unix ms), against which the wall clock is judged",
    )
    next_bundle_seq: int = 1
    exported_through: int = Field(
        default=0, sa_type=BigInteger, description="HLC of the newest edit already exported"
    )


class TrustedKey(SQLModel, table=True):
    """A key this installation accepts bundles from: enrolled inspectors, or the pinned bureau key."""

    __table_args__ = (CheckConstraint(enum_check("role", ROLES), name="trusted_role_known"),)

    fingerprint: str = Field(primary_key=True, max_length=64)
    installation_id: str = Field(max_length=36, index=True)
    name: str = Field(max_length=64)
    role: str = Field(max_length=16)
    suite: str = Field(
        default="ed25519-x25519-chacha20poly1305",
        max_length=40,
        description="the suite of the key (sync/suites.py): Ed25519 or 国密 SM2",
    )
    public_key: str = Field(max_length=130)
    encryption_key: str = Field(
        default="",
        max_length=130,
        description="the suite's encryption public key (X25519, or SM2), hex; empty until a key "
        "card or bundle names it",
    )
    enrolled_at: dt.datetime
    revoked_at: dt.datetime | None = None
    revoke_reason: str = Field(default="", max_length=500)


class BundleLog(SQLModel, table=True):
    """Every bundle this installation merged, held or refused, with what it changed."""

    __table_args__ = (
        CheckConstraint(enum_check("status", BUNDLE_STATUSES), name="bundle_status_known"),
    )

    bundle_id: str = Field(primary_key=True, max_length=36)
    author_id: str = Field(max_length=36, index=True)
    seq: int
    sha256: str = Field(max_length=64)
    file_name: str = Field(max_length=255)
    kind: str = Field(max_length=16)
    status: str = Field(max_length=16)
    reason: str = Field(default="", max_length=500)
    merged_at: dt.datetime
    counts: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class HeldRecord(SQLModel, table=True):
    """A record from a bundle that overstepped its author's authority, waiting for a clerk."""

    __table_args__ = (
        CheckConstraint(enum_check("decision", HELD_DECISIONS), name="held_decision_known"),
    )

    id: int | None = Field(default=None, primary_key=True)
    bundle_id: str = Field(max_length=36, index=True)
    table_name: str = Field(max_length=32)
    row_id: str = Field(max_length=64)
    payload: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    reason: str = Field(max_length=500)
    held_at: dt.datetime
    decision: str = Field(default="pending", max_length=16)
    decided_at: dt.datetime | None = None
    decided_by: str = Field(default="", max_length=64)
    decision_reason: str = Field(default="", max_length=500)


class AuditEvent(SQLModel, table=True):
    """One link of the tamper-evident audit trail: each hash covers the event and the previous hash."""

    seq: int | None = Field(default=None, primary_key=True)
    at: dt.datetime
    actor_id: str = Field(max_length=36)
    action: str = Field(max_length=32)
    table_name: str = Field(default="", max_length=32)
    row_id: str = Field(default="", max_length=64)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64, unique=True)


class RecordHistory(SQLModel, table=True):
    """A version of a synced row that lost a merge: kept, never silently dropped.

    `superseded` versions lost to a later edit in the ordinary way; `conflict` versions competed
    with another edit of the same row and are listed for a clerk's review.
    """

    __table_args__ = (
        CheckConstraint(enum_check("kind", HISTORY_KINDS), name="history_kind_known"),
    )

    id: int | None = Field(default=None, primary_key=True)
    table_name: str = Field(max_length=32, index=True)
    row_id: str = Field(max_length=64, index=True)
    hlc: int = Field(sa_type=BigInteger)
    author_id: str = Field(max_length=36)
    payload: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    kind: str = Field(max_length=16)
    bundle_id: str = Field(default="", max_length=36)
    recorded_at: dt.datetime
    reviewed: bool = False


class AuditDigest(SQLModel, table=True):
    """The running digest of one synced table, as of the last sealed change.

    A sum modulo 2^256 of the SHA-256 of every live row's content: adding or removing one row
    adds or subtracts its hash, so a change is sealed without reading the rest of the table.
    The chain records each new value; this row only saves looking it up there.
    """

    table_name: str = Field(primary_key=True, max_length=32)
    digest: str = Field(max_length=64)
    rows: int = Field(sa_type=BigInteger)
    seq: int = Field(description="the audit event that recorded this value")


class AuditSeal(SQLModel, table=True):
    """The rows one sealing event changed in one table, packed: for each, its id's 16 bytes
    and the first 8 bytes of its content hash (zero for a row that ceased to exist).

    The event commits to these bytes by their SHA-256; verification reads them only to name the
    record that no longer matches, so one merged batch costs one row here, not one per record.
    """

    seq: int = Field(primary_key=True)
    table_name: str = Field(primary_key=True, max_length=32)
    rows: bytes = Field(sa_type=LargeBinary)


class AuditCheckpoint(SQLModel, table=True):
    """A signed head of an installation's audit chain: its length and last hash (RFC 6962's signed
    tree head, over a hash chain).

    This installation's own are made as its chain grows and also kept in a file outside the
    database; other installations' arrive in their bundles, so the bureau holds each inspector's
    head and can tell a rewritten or rewound history from one that only grew.
    """

    installation_id: str = Field(primary_key=True, max_length=36)
    position: int = Field(primary_key=True)
    head: str = Field(max_length=64)
    signed_at: str = Field(max_length=40)
    signature: str = Field(max_length=128)
    bundle_seq: int = Field(default=0, description="the bundle that carried it; 0 if made here")
    carried: bool = Field(default=False, description="own checkpoint already sent in a bundle")


class ComplaintCaller(SQLModel, table=True):
    """Who called about a ticket (来电人): personal information that stays where it was typed.

    Local, so that no bundle carries a resident's name or phone number: a lost USB stick or an
    inspector's laptop holds none, and no older copy of a ticket in a bundle can bring a purged
    caller back. The clerk who registers the 12345 work order types them; `purged_at` is when the
    retention policy's purge blanked them (services/complaints/retention.py).
    """

    complaint_id: str = Field(foreign_key="complaint.id", primary_key=True, max_length=36)
    name: str = Field(default="", max_length=32)
    phone: str = Field(default="", max_length=32)
    purged_at: dt.datetime | None = None
