"""The tamper-evident audit trail: a hash chain over every event.

Each event's hash covers its own content and the previous event's hash, so editing, deleting or
reordering any event breaks every link after it; `first_broken_link` finds the first.
"""

import datetime as dt
import hashlib
from collections.abc import Iterator
from typing import Any

import orjson
from sqlmodel import Session, col, select

from hexie_desktop.storage.server_lock import hold_writer_lock
from hexie_desktop.storage.tables import AuditEvent

GENESIS = "0" * 64


def event_hash(
    *,
    prev_hash: str,
    seq: int,
    at: dt.datetime,
    actor_id: str,
    action: str,
    table_name: str,
    row_id: str,
    detail: dict[str, Any],
) -> str:
    payload = orjson.dumps(
        [
            prev_hash,
            seq,
            at.astimezone(dt.UTC).isoformat(),
            actor_id,
            action,
            table_name,
            row_id,
            detail,
        ],
        option=orjson.OPT_SORT_KEYS,
    )
    return hashlib.sha256(payload).hexdigest()


def append_event(
    session: Session,
    *,
    actor_id: str,
    action: str,
    table_name: str = "",
    row_id: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """The next link of the chain; on a server, only one transaction at a time may add links,
    so two clerks' events can never both follow the same head (a fork)."""
    hold_writer_lock(session.connection())
    last = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc()).limit(1)).first()
    seq = 1 if last is None or last.seq is None else last.seq + 1
    prev = GENESIS if last is None else last.hash
    at = dt.datetime.now(dt.UTC)
    body = detail or {}
    event = AuditEvent(
        seq=seq,
        at=at,
        actor_id=actor_id,
        action=action,
        table_name=table_name,
        row_id=row_id,
        detail=body,
        prev_hash=prev,
        hash=event_hash(
            prev_hash=prev,
            seq=seq,
            at=at,
            actor_id=actor_id,
            action=action,
            table_name=table_name,
            row_id=row_id,
            detail=body,
        ),
    )
    session.add(event)
    session.flush()
    return event


class VerifiedEvents:
    """The chain's events in order, each re-hashed, ending before the first that does not verify.

    After iterating, `broken_at` is the `seq` that event should have had, or None if all did.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.broken_at: int | None = None

    def __iter__(self) -> Iterator[AuditEvent]:
        prev = GENESIS
        expected_seq = 1
        for event in self.session.exec(select(AuditEvent).order_by(col(AuditEvent.seq))):
            assert event.seq is not None
            recomputed = event_hash(
                prev_hash=prev,
                seq=event.seq,
                at=event.at,
                actor_id=event.actor_id,
                action=event.action,
                table_name=event.table_name,
                row_id=event.row_id,
                detail=event.detail,
            )
            if event.seq != expected_seq or event.prev_hash != prev or event.hash != recomputed:
                self.broken_at = event.seq
                return
            yield event
            prev = event.hash
            expected_seq += 1


def first_broken_link(session: Session) -> int | None:
    """The `seq` of the first event whose hash or link does not verify, or None if all do."""
    events = VerifiedEvents(session)
    for _event in events:
        pass
    return events.broken_at
