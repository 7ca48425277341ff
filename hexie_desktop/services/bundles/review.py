"""The clerk's review queue: decide held records, look over conflicting edits.

A held record is a version a bundle carried but had no authority to apply (an inspector writing
master data, a finalised quarter, a clock running ahead, a unique key taken). Accepting it applies
it as if its author had had that authority, through the merge engine's own write path, so the
usual rules still hold: the later version of a row wins and the loser is kept in the history. A
record stamped in the future (a sender's clock running ahead) is stamped again with the clerk's
clock as it is accepted: it takes effect now, and genuine later edits still win over it.
Rejecting it needs a reason. Both decisions go to the audit trail, and a selection is decided in
one transaction: all of it or none of it.

A conflict is a version that lost to a competing edit by someone else; it is kept, and a clerk
marks it reviewed once they have compared it with the version in force.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select
from sqlmodel import Session, col

from hexie_desktop.domain.clock import MAX_DRIFT_MS, physical_ms
from hexie_desktop.domain.clock_policy import present_ms
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.labels import table_label
from hexie_desktop.domain.roles import Role
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.record_words import RecordNamer
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import Identity, installation_row, require_identity
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import BundleLog, HeldRecord, RecordHistory, TrustedKey
from hexie_desktop.sync.authority import Authority
from hexie_desktop.sync.merge import Merger, json_form
from hexie_desktop.sync.ownership import Owners
from hexie_desktop.sync.schema import TABLE_ORDER, spec_for

_QUEUE_CHANGES = Changes.of(HeldRecord, RecordHistory)
MAX_REASON = 500


@dataclass(frozen=True)
class FieldPair:
    """One field of a record beside the same field of the row in force."""

    name: str
    current: Any
    proposed: Any

    @property
    def differs(self) -> bool:
        return self.current != self.proposed


@dataclass(frozen=True)
class ReviewItem:
    """A held record or a losing version, with the row in force beside it, field by field."""

    item_id: int
    table_name: str
    row_id: str
    reason: str
    author: str
    file_name: str
    proposed: dict[str, Any]
    current: dict[str, Any] | None
    fields: tuple[FieldPair, ...]
    names: dict[str, str] = field(default_factory=dict)
    """Words for the ids the fields hold: people, compounds, firms, indicators, inspections."""

    @property
    def table_title(self) -> str:
        return table_label(self.table_name)

    @property
    def differences(self) -> tuple[FieldPair, ...]:
        return tuple(pair for pair in self.fields if pair.differs)


@dataclass
class ReviewOutcome:
    """What a decision did: how many items, and per result (inserted, updated, kept as history)."""

    decided: int
    results: dict[str, int] = field(default_factory=dict)
    restamped: int = 0


def _require_clerk(store: Store) -> Identity:
    identity = require_identity(store)
    if identity.role != Role.CLERK:
        raise UserError("只有工作人员可以审核暂扣的记录和冲突。")
    return identity


def _author_name(session: Session, author_id: str) -> str:
    key = (
        session.execute(select(TrustedKey).where(col(TrustedKey.installation_id) == author_id))
        .scalars()
        .first()
    )
    if key is not None:
        return key.name
    own = installation_row(session)
    return own.name if own is not None and own.id == author_id else author_id


def _file_name(session: Session, bundle_id: str) -> str:
    log = session.get(BundleLog, bundle_id)
    return log.file_name if log is not None else ""


def _current_row(conn: Connection, table_name: str, row_id: str) -> dict[str, Any] | None:
    table = spec_for(table_name).table
    row = conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
    return None if row is None else json_form(dict(row))


# The row's own id and its version stamp: the sync's bookkeeping, no business of the clerk's.
_BOOKKEEPING = frozenset({"id", "hlc"})


def _pairs(
    table_name: str, current: dict[str, Any] | None, proposed: dict[str, Any]
) -> tuple[FieldPair, ...]:
    base = current or {}
    return tuple(
        FieldPair(name, base.get(name), proposed.get(name))
        for name in spec_for(table_name).columns
        if name not in _BOOKKEEPING
    )


_PEOPLE = frozenset({"author_id", "inspector_id"})


def _names(conn: Connection, pairs: tuple[FieldPair, ...]) -> dict[str, str]:
    """What a clerk calls the records the fields point at, so no id reaches the screen."""
    owners = Owners(conn)
    records = RecordNamer(conn)
    namers = {
        "compound_id": owners.compound,
        "firm_id": owners.firm,
        "indicator_id": owners.indicator,
        **dict.fromkeys(_PEOPLE, owners.person),
    }
    names: dict[str, str] = {}
    for pair in pairs:
        for value in (pair.current, pair.proposed):
            if not isinstance(value, str) or value in names:
                continue
            if pair.name == "inspection_id":
                names[value] = records.inspection(value)
            elif pair.name in namers:
                names[value] = namers[pair.name](value)
    return names


def _item(
    session: Session,
    item_id: int,
    row: tuple[str, str, str],
    proposed: dict[str, Any],
    *,
    author_id: str,
    bundle_id: str,
) -> ReviewItem:
    table_name, row_id, reason = row
    conn = session.connection()
    current = _current_row(conn, table_name, row_id)
    pairs = _pairs(table_name, current, proposed)
    return ReviewItem(
        item_id,
        table_name,
        row_id,
        reason,
        _author_name(session, author_id),
        _file_name(session, bundle_id),
        proposed,
        current,
        pairs,
        _names(conn, pairs),
    )


def held_item(store: Store, held_id: int) -> ReviewItem:
    """A held record beside the row it would change (None when the row does not exist yet)."""
    with store.reading() as session:
        held = session.get(HeldRecord, held_id)
        if held is None:
            raise UserError(f"待审核记录 {held_id} 不存在。")
        proposed = dict(held.payload)
        return _item(
            session,
            held_id,
            (held.table_name, held.row_id, held.reason),
            proposed,
            author_id=str(proposed.get("author_id", "")),
            bundle_id=held.bundle_id,
        )


def conflict_item(store: Store, history_id: int) -> ReviewItem:
    """A losing version beside the version that won and is in force."""
    with store.reading() as session:
        lost = session.get(RecordHistory, history_id)
        if lost is None:
            raise UserError(f"冲突记录 {history_id} 不存在。")
        return _item(
            session,
            history_id,
            (lost.table_name, lost.row_id, "同一记录被不同的人改动，此版本未被采用（已保留）"),
            dict(lost.payload),
            author_id=lost.author_id,
            bundle_id=lost.bundle_id,
        )


def pending_counts(store: Store) -> tuple[int, int]:
    """Held records waiting for a decision, and conflicts not yet reviewed."""
    with store.reading() as session:
        held = session.execute(
            select(func.count()).where(col(HeldRecord.decision) == "pending")
        ).scalar_one()
        conflicts = session.execute(
            select(func.count()).where(
                col(RecordHistory.kind) == "conflict", col(RecordHistory.reviewed).is_(False)
            )
        ).scalar_one()
        return int(held), int(conflicts)


_DECISIONS = {"accepted": "接受", "rejected": "拒绝"}


def _pending(session: Session, ids: Sequence[int]) -> list[HeldRecord]:
    if not ids:
        raise UserError("请先选择要审核的记录。")
    rows = session.execute(select(HeldRecord).where(col(HeldRecord.id).in_(list(ids)))).scalars()
    found = {row.id: row for row in rows}
    for held_id in ids:
        row = found.get(held_id)
        if row is None:
            raise UserError(f"待审核记录 {held_id} 不存在，列表可能已过期，请刷新。")
        if row.decision != "pending":
            raise UserError(
                f"待审核记录 {held_id} 已经处理过（{row.decided_by or '另一位工作人员'}"
                f"已{_DECISIONS.get(row.decision, '处理')}），请刷新列表。"
            )
    order = {name: index for index, name in enumerate(TABLE_ORDER)}
    return sorted(found.values(), key=lambda r: (order.get(r.table_name, 0), r.id or 0))


def _check_references(session: Session, held: HeldRecord, values: dict[str, Any]) -> None:
    """A clear refusal for a record citing a row that is not here, instead of a database error."""
    conn = session.connection()
    for column, target in spec_for(held.table_name).foreign_keys:
        ref = values.get(column)
        if ref is None:
            continue
        table = spec_for(target).table
        if conn.execute(select(table.c.id).where(table.c.id == ref)).first() is not None:
            continue
        waiting = (
            session.execute(
                select(col(HeldRecord.id)).where(
                    col(HeldRecord.table_name) == target,
                    col(HeldRecord.row_id) == ref,
                    col(HeldRecord.decision) == "pending",
                )
            )
            .scalars()
            .first()
        )
        what = f"{table_label(held.table_name)}记录 {held.row_id[:13]}… 引用的{table_label(target)} {ref[:13]}…"
        if waiting is not None:
            raise UserError(f"{what}也在待审核列表中：请先接受它，或把两条一起选中再接受。")
        raise UserError(f"{what}在本机数据库中不存在，无法接受；请拒绝这条记录。")


def _apply(session: Session, held: HeldRecord, now_ms: int) -> tuple[str, int | None]:
    """Write one held version through the merge engine, as the bureau's authority allows.

    Returns the result and, for a version stamped in the future, the stamp it was given instead.
    """
    spec = spec_for(held.table_name)
    values = spec.convert(dict(held.payload))
    _check_references(session, held, values)
    local = installation_row(session)
    if local is not None:
        now_ms = present_ms(now_ms, local.bureau_ms)
    restamped = None
    if physical_ms(int(values["hlc"])) - now_ms > MAX_DRIFT_MS:
        with authoring(session) as author:
            restamped = values["hlc"] = author.clock.tick()
    authority = Authority(
        str(values["author_id"]),
        Role.CLERK.value,
        frozenset(),
        max(now_ms, physical_ms(int(values["hlc"]))),
    )
    merger = Merger(
        session.connection(),
        held.bundle_id,
        authority,
        preview=True,
        advance=lambda _count: None,
        cancel=None,
    )
    merger.merge_table(spec, [values])
    counts = merger.outcome.tables[spec.name]
    if counts.held:
        why = next((c.reason for c in merger.outcome.changes if c.action == "held"), "")
        raise UserError(f"{table_label(held.table_name)}记录 {held.row_id[:13]}… 无法写入：{why}")
    hlc = int(values["hlc"])
    if local is not None and hlc > local.clock and physical_ms(hlc) - now_ms <= MAX_DRIFT_MS:
        local.clock = hlc
        session.add(local)
    if counts.inserted:
        return "inserted", restamped
    return ("updated" if counts.updated else "kept_as_history"), restamped


def accept_held(store: Store, ids: Sequence[int], note: str = "") -> Changed[ReviewOutcome]:
    """Apply the chosen held records; an older version than the row in force goes to the history."""
    identity = _require_clerk(store)
    outcome = ReviewOutcome(0)
    tables: set[str] = set()
    now = dt.datetime.now(dt.UTC)
    with store.transaction() as session:
        for held in _pending(session, ids):
            result, restamped = _apply(session, held, int(now.timestamp() * 1000))
            outcome.results[result] = outcome.results.get(result, 0) + 1
            outcome.restamped += restamped is not None
            tables.add(held.table_name)
            _decide(
                session,
                identity,
                held,
                decision="accepted",
                reason=note.strip(),
                now=now,
                result=result,
                restamped=restamped,
            )
            outcome.decided += 1
    written = Changes(frozenset(spec_for(name).model for name in tables))
    return Changed(outcome, _QUEUE_CHANGES | written)


def reject_held(store: Store, ids: Sequence[int], reason: str) -> Changed[ReviewOutcome]:
    """Refuse the chosen held records for good: they stay in the queue's history, never applied."""
    identity = _require_clerk(store)
    why = reason.strip()
    if not why:
        raise UserError("请填写拒绝的原因：它会记入审计记录，也让考评员知道为什么。")
    now = dt.datetime.now(dt.UTC)
    with store.transaction() as session:
        rows = _pending(session, ids)
        for held in rows:
            _decide(
                session, identity, held, decision="rejected", reason=why, now=now, result="rejected"
            )
    return Changed(ReviewOutcome(len(rows), {"rejected": len(rows)}), Changes.of(HeldRecord))


def _decide(
    session: Session,
    identity: Identity,
    held: HeldRecord,
    *,
    decision: str,
    reason: str,
    now: dt.datetime,
    result: str,
    restamped: int | None = None,
) -> None:
    held.decision = decision
    held.decided_at = now
    held.decided_by = identity.name[:64]
    held.decision_reason = reason[:MAX_REASON]
    session.add(held)
    append_event(
        session,
        actor_id=identity.id,
        action=f"held.{decision}",
        table_name=held.table_name,
        row_id=held.row_id,
        detail={
            "held_id": held.id,
            "bundle_id": held.bundle_id,
            "held_reason": held.reason,
            "reason": held.decision_reason,
            "result": result,
            **({"restamped_to": restamped} if restamped is not None else {}),
        },
    )


def mark_conflicts_reviewed(
    store: Store, ids: Sequence[int], note: str = ""
) -> Changed[ReviewOutcome]:
    """Record that a clerk compared these losing versions with the rows in force."""
    identity = _require_clerk(store)
    if not ids:
        raise UserError("请先选择要标记的冲突。")
    with store.transaction() as session:
        rows = list(
            session.execute(
                select(RecordHistory).where(col(RecordHistory.id).in_(list(ids)))
            ).scalars()
        )
        if len(rows) != len(set(ids)):
            raise UserError("部分冲突记录不存在，列表可能已过期，请刷新。")
        for lost in rows:
            lost.reviewed = True
            session.add(lost)
            append_event(
                session,
                actor_id=identity.id,
                action="conflict.reviewed",
                table_name=lost.table_name,
                row_id=lost.row_id,
                detail={
                    "history_id": lost.id,
                    "hlc": lost.hlc,
                    "author_id": lost.author_id,
                    "note": note.strip()[:MAX_REASON],
                },
            )
    return Changed(ReviewOutcome(len(rows), {"reviewed": len(rows)}), Changes.of(RecordHistory))
