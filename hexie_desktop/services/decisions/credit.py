"""A firm's credit file: its entries, objections (异议), credit repair (信用修复) and grade."""

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import select as sql_select
from sqlmodel import Session, col, select

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.credit import (
    CreditFact,
    check_objection,
    check_repair,
    counts_on,
    credit_grade,
    credit_score,
    expiry_for,
    quarter_end_grade,
)
from hexie_desktop.domain.evaluation.policy import CreditPolicy
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.evaluation.inputs import load_policy
from hexie_desktop.services.evaluation.quarters import require_clerk
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import CreditEntry, Firm, FirmQuarterScore


@dataclass(frozen=True)
class CreditFile:
    firm_id: str
    credit_code: str
    name: str
    on: dt.date
    base: float | None
    score: float
    grade: str
    entries: list[CreditEntry]
    counting: set[str]


def _fact(entry: CreditEntry) -> CreditFact:
    return CreditFact(
        entry.kind,
        entry.points,
        entry.recorded_on,
        entry.expires_on,
        entry.objection_state,
        entry.repaired_on,
    )


def credit_file(store: Store, credit_code: str, on: dt.date | None = None) -> CreditFile:
    """The firm's entries and its credit score and grade on a day (today by default)."""
    with store.reading() as session:
        return read_credit_file(session, credit_code, on)


def read_credit_file(session: Session, credit_code: str, on: dt.date | None = None) -> CreditFile:
    """`credit_file` as read in the caller's session, beside the rest of a report."""
    day = on or bureau_time.today()
    firm = session.exec(select(Firm).where(Firm.credit_code == credit_code)).first()
    if firm is None:
        raise UserError(f"找不到统一社会信用代码为 {credit_code} 的物业服务企业。")
    policy, _ = load_policy(session, str(Quarter.containing(day)))
    latest = session.exec(
        select(FirmQuarterScore)
        .where(
            FirmQuarterScore.firm_id == firm.id,
            col(FirmQuarterScore.quarter) <= str(Quarter.containing(day)),
        )
        .order_by(col(FirmQuarterScore.quarter).desc())
    ).first()
    entries = list(
        session.exec(
            select(CreditEntry)
            .where(CreditEntry.firm_id == firm.id, col(CreditEntry.deleted).is_(False))
            .order_by(col(CreditEntry.recorded_on), col(CreditEntry.id))
        )
    )
    base = latest.score if latest is not None else None
    score = credit_score(base, (_fact(e) for e in entries), day, policy.credit)
    return CreditFile(
        firm.id,
        firm.credit_code,
        firm.name,
        day,
        base,
        score,
        credit_grade(score, policy.credit),
        entries,
        {e.id for e in entries if counts_on(_fact(e), day)},
    )


def quarter_credit_grades(
    session: Session, quarter: Quarter, scores: Mapping[str, float], policy: CreditPolicy
) -> dict[str, str]:
    """Per scored firm, its credit grade at the end of `quarter` (domain quarter_end_grade)."""
    q, last = str(quarter), quarter.last_day
    rows = session.execute(
        sql_select(
            col(CreditEntry.firm_id),
            col(CreditEntry.quarter),
            col(CreditEntry.kind),
            col(CreditEntry.points),
            col(CreditEntry.recorded_on),
            col(CreditEntry.expires_on),
            col(CreditEntry.objection_state),
            col(CreditEntry.repaired_on),
        ).where(col(CreditEntry.deleted).is_(False))
    )
    facts: dict[str, list[CreditFact]] = defaultdict(list)
    for firm_id, entry_quarter, *fact in rows:
        belongs = entry_quarter <= q if entry_quarter is not None else fact[2] <= last
        if firm_id in scores and belongs:
            facts[firm_id].append(CreditFact(*fact))
    return {
        firm_id: quarter_end_grade(score, facts.get(firm_id, ()), last, policy)
        for firm_id, score in scores.items()
    }


def _entry(session: Session, entry_id: str) -> CreditEntry:
    entry = session.get(CreditEntry, entry_id)
    if entry is None or entry.deleted:
        raise UserError(f"找不到编号为 {entry_id} 的信用记录。")
    return entry


def _change(
    store: Store,
    entry_id: str,
    action: str,
    detail: dict[str, str],
    apply: Callable[[CreditEntry], None],
) -> Changed[CreditEntry]:
    """One clerk's change to one entry, checked by `apply`, stamped and audited."""
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "修改信用档案")
        entry = _entry(session, entry_id)
        apply(entry)
        entry.hlc = author.clock.tick()
        entry.author_id = author.installation_id
        session.add(entry)
        session.flush()
        append_event(
            session,
            actor_id=author.installation_id,
            action=action,
            table_name="creditentry",
            row_id=entry.id,
            detail=detail,
        )
        return Changed(entry, Changes.of(CreditEntry))


def raise_objection(store: Store, entry_id: str, objection: str) -> Changed[CreditEntry]:
    """Record the firm's objection (异议) to an entry; the entry counts until it is decided."""
    text = objection.strip()
    if not text:
        raise UserError("异议须写明理由。")

    def apply(entry: CreditEntry) -> None:
        check_objection(entry.objection_state, "raised")
        entry.objection, entry.objection_state = text, "raised"

    return _change(store, entry_id, "credit.objection_raised", {"objection": text}, apply)


def decide_objection(store: Store, entry_id: str, upheld: bool, note: str) -> Changed[CreditEntry]:
    """Uphold (the entry stops counting) or reject an objection; the note is kept."""
    text = note.strip()
    if not text:
        raise UserError("处理异议须写明依据。")
    state = "upheld" if upheld else "rejected"

    def apply(entry: CreditEntry) -> None:
        check_objection(entry.objection_state, state)
        entry.objection_state = state
        entry.objection = f"{entry.objection}\n处理意见：{text}"

    return _change(store, entry_id, f"credit.objection_{state}", {"note": text}, apply)


def repair_credit(
    store: Store, entry_id: str, note: str, on: dt.date | None = None
) -> Changed[CreditEntry]:
    """Credit repair (信用修复): a bad entry stops counting from the repair day on."""
    text = note.strip()
    if not text:
        raise UserError("信用修复须写明修复依据（如整改完成情况）。")
    day = on or bureau_time.today()

    def apply(entry: CreditEntry) -> None:
        check_repair(entry.kind, entry.repaired_on, entry.objection_state)
        entry.repaired_on, entry.repair_note = day, text

    return _change(store, entry_id, "credit.repaired", {"note": text, "on": str(day)}, apply)


def record_entry(
    store: Store,
    credit_code: str,
    kind: str,
    points: float,
    reason: str,
    *,
    quarter: Quarter | None = None,
    on: dt.date | None = None,
) -> Changed[CreditEntry]:
    """A clerk's good (守信) or bad (失信) entry; it expires after the policy's period."""
    if kind not in {"good", "bad"}:
        raise UserError("信用记录类型只能是 good（守信加分）或 bad（失信扣分）。")
    if points < 0:
        raise UserError("信用记录的分值不能为负数。")
    if not reason.strip():
        raise UserError("信用记录须写明事由。")
    day = on or bureau_time.today()
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "记录信用档案")
        firm = session.exec(select(Firm).where(Firm.credit_code == credit_code)).first()
        if firm is None:
            raise UserError(f"找不到统一社会信用代码为 {credit_code} 的物业服务企业。")
        policy, _ = load_policy(session, str(quarter or Quarter.containing(day)))
        entry = CreditEntry(
            firm_id=firm.id,
            kind=kind,
            points=points,
            reason=reason.strip(),
            recorded_on=day,
            expires_on=expiry_for(day, policy.credit),
            source="manual",
            quarter=None if quarter is None else str(quarter),
            **author.stamp(),
        )
        session.add(entry)
        session.flush()
        append_event(
            session,
            actor_id=author.installation_id,
            action="credit.recorded",
            table_name="creditentry",
            row_id=entry.id,
            detail={"kind": kind, "points": points, "reason": entry.reason},
        )
        return Changed(entry, Changes.of(CreditEntry))
