"""Issuing, revoking and escalating cards; every card's deduction is written into the credit file.

A clerk issues yellow cards and revokes cards on appeal; the evaluation issues automatic yellow
cards (score under the policy's line) and automatic red cards (two consecutive yellows). Rows are
found again by what they are (firm, quarter, colour, the yellows escalated) rather than created
anew, and their ids derive from the same (row_ids.py), so evaluating twice, or on two clerks'
installations, never duplicates a card or a credit entry. A card revoked on appeal
stays revoked: the evaluation never issues it again.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.cards import YellowCard, auto_yellow_due, escalations
from hexie_desktop.domain.evaluation.credit import expiry_for
from hexie_desktop.domain.evaluation.policy import EvaluationPolicy
from hexie_desktop.domain.evaluation.row_ids import derived_id
from hexie_desktop.domain.labels import CARD_COLOR_LABELS
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import CardColor
from hexie_desktop.services.authoring import Author, authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.evaluation.inputs import load_policy
from hexie_desktop.services.evaluation.quarters import (
    finalised_quarters,
    require_clerk,
    require_open,
)
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import Card, CreditEntry, Firm

CARD_CHANGES = Changes.of(Card, CreditEntry)
"""A card, its credit entry, and the escalations recomputed after it."""

# The reason the evaluation gives when it withdraws one of its own cards; a card revoked with any
# other reason was revoked by a clerk on appeal and is never reinstated automatically.
AUTO_WITHDRAWN = "重新考评后不再符合自动发牌条件，系统自动撤销"


@dataclass(frozen=True)
class CardChanges:
    issued: int = 0
    withdrawn: int = 0


def _credit_for(session: Session, card: Card) -> CreditEntry | None:
    return session.exec(select(CreditEntry).where(CreditEntry.source_id == card.id)).first()


def _write_credit(
    session: Session, author: Author, card: Card, source: str, policy: EvaluationPolicy
) -> None:
    """The card's bad entry in the credit file; a withdrawn card's entry becomes a tombstone."""
    entry = _credit_for(session, card)
    active = card.revoked_on is None and not card.deleted
    if entry is None:
        if not active:
            return
        entry = CreditEntry(
            id=derived_id("credit", card.id),
            firm_id=card.firm_id,
            kind="bad",
            points=card.deduction,
            reason=f"{CARD_COLOR_LABELS[card.color]}：{card.reason}",
            recorded_on=card.issued_on,
            expires_on=expiry_for(card.issued_on, policy.credit),
            source=source,
            source_id=card.id,
            quarter=card.quarter,
            **author.stamp(),
        )
    elif entry.deleted == active:
        entry.deleted = not active
        entry.hlc = author.clock.tick()
        entry.author_id = author.installation_id
    else:
        return
    session.add(entry)


def _set_revoked(author: Author, card: Card, day: dt.date | None, reason: str) -> None:
    card.revoked_on = day
    card.revoke_reason = reason
    card.hlc = author.clock.tick()
    card.author_id = author.installation_id


def _reconcile(
    session: Session,
    author: Author,
    card: Card | None,
    *,
    wanted: bool,
    fields: Mapping[str, Any],
    today: dt.date,
    policy: EvaluationPolicy,
) -> tuple[int, int]:
    """Bring one automatic card in line with its rule: issue, restore or withdraw it.

    Returns (issued, withdrawn). A card a clerk revoked on appeal is neither restored nor
    withdrawn again: only cards this rule itself withdrew come back.
    """
    if wanted and card is None:
        card, change = Card(**fields, **author.stamp()), (1, 0)
    elif card is not None and wanted and card.revoke_reason == AUTO_WITHDRAWN:
        _set_revoked(author, card, None, "")
        change = (1, 0)
    elif card is not None and not wanted and card.revoked_on is None:
        _set_revoked(author, card, today, AUTO_WITHDRAWN)
        change = (0, 1)
    else:
        return (0, 0)
    session.add(card)
    session.flush()
    _write_credit(session, author, card, "evaluation", policy)
    return change


def sync_auto_yellows(
    session: Session,
    author: Author,
    *,
    quarter: Quarter,
    scores: Mapping[str, float],
    policy: EvaluationPolicy,
    today: dt.date,
) -> CardChanges:
    """Make the quarter's automatic yellow cards match the scores under the policy's line."""
    due = set(auto_yellow_due(scores, policy.cards))
    existing = {
        c.firm_id: c
        for c in session.exec(
            select(Card).where(
                Card.quarter == str(quarter),
                Card.color == CardColor.YELLOW,
                col(Card.automatic).is_(True),
                col(Card.deleted).is_(False),
            )
        )
    }
    issued = withdrawn = 0
    line = policy.cards.auto_yellow_below
    for firm_id in sorted(due | set(existing)):
        made, gone = _reconcile(
            session,
            author,
            existing.get(firm_id),
            wanted=firm_id in due,
            fields=dict(
                id=derived_id("auto-yellow", firm_id, str(quarter)),
                firm_id=firm_id,
                quarter=str(quarter),
                color=CardColor.YELLOW,
                reason=f"{quarter} 季度考评得分低于 {line:g} 分",
                deduction=policy.cards.yellow_deduction,
                issued_on=today,
                automatic=True,
            ),
            today=today,
            policy=policy,
        )
        issued, withdrawn = issued + made, withdrawn + gone
    return CardChanges(issued, withdrawn)


def sync_escalations(
    session: Session,
    author: Author,
    *,
    through: Quarter | None,
    policy: EvaluationPolicy,
    today: dt.date,
) -> CardChanges:
    """Make the automatic red cards match the escalation rule over every open quarter."""
    limit = str(through) if through is not None else "9999Q4"
    frozen = finalised_quarters(session)
    cards = session.exec(
        select(Card).where(col(Card.deleted).is_(False), col(Card.quarter) <= limit)
    ).all()
    yellows = [
        YellowCard(c.id, c.firm_id, Quarter.parse(c.quarter))
        for c in cards
        if c.color == CardColor.YELLOW and c.revoked_on is None
    ]
    wanted = {(e.firm_id, str(e.quarter), e.from_ids): e for e in escalations(yellows)}
    reds = {
        (c.firm_id, c.quarter, tuple(sorted(c.escalated_from))): c
        for c in cards
        if c.color == CardColor.RED and c.automatic
    }
    issued = withdrawn = 0
    for key in sorted(set(wanted) | set(reds)):
        if key[1] in frozen:
            continue
        firm_id, quarter, from_ids = key
        previous = str(Quarter.parse(quarter).previous())
        made, gone = _reconcile(
            session,
            author,
            reds.get(key),
            wanted=key in wanted,
            fields=dict(
                id=derived_id("auto-red", firm_id, quarter, *from_ids),
                firm_id=firm_id,
                quarter=quarter,
                color=CardColor.RED,
                reason=f"连续两个季度（{previous}、{quarter}）被黄牌警告，自动升级为红牌",
                deduction=policy.cards.red_deduction,
                issued_on=today,
                automatic=True,
                escalated_from=list(from_ids),
            ),
            today=today,
            policy=policy,
        )
        issued, withdrawn = issued + made, withdrawn + gone
    return CardChanges(issued, withdrawn)


def automatic_deductions(session: Session, quarter: Quarter) -> dict[str, float]:
    """Per firm, the points of the quarter's automatic cards in force (policy auto_deductions)."""
    rows = session.execute(
        select(col(Card.firm_id), func.sum(Card.deduction))
        .where(
            col(Card.quarter) == str(quarter),
            col(Card.automatic).is_(True),
            col(Card.deleted).is_(False),
            col(Card.revoked_on).is_(None),
        )
        .group_by(col(Card.firm_id))
    )
    return {firm_id: float(points or 0.0) for firm_id, points in rows}


def red_carded(session: Session, quarter: Quarter) -> set[str]:
    """Firms holding a red card of the quarter that was not revoked."""
    rows = session.exec(
        select(Card.firm_id).where(
            Card.quarter == str(quarter),
            Card.color == CardColor.RED,
            col(Card.deleted).is_(False),
            col(Card.revoked_on).is_(None),
        )
    )
    return set(rows)


def _firm(session: Session, credit_code: str) -> Firm:
    firm = session.exec(select(Firm).where(Firm.credit_code == credit_code)).first()
    if firm is None or firm.deleted:
        raise UserError(f"找不到统一社会信用代码为 {credit_code} 的物业服务企业。")
    return firm


def record_card(
    session: Session,
    author: Author,
    firm_id: str,
    quarter: Quarter,
    reason: str,
    *,
    color: str = CardColor.YELLOW,
    deduction: float | None = None,
    day: dt.date,
) -> Card:
    """Within a clerk's transaction: a card with its credit entry, then escalation is rerun."""
    if color not in CARD_COLOR_LABELS:
        raise UserError("牌的颜色只能是 yellow（黄牌）或 red（红牌）。")
    if not reason.strip():
        raise UserError("发牌须写明原因。")
    require_open(session, quarter, "发牌")
    policy, _ = load_policy(session, str(quarter))
    default = (
        policy.cards.yellow_deduction if color == CardColor.YELLOW else policy.cards.red_deduction
    )
    points = default if deduction is None else deduction
    if points < 0:
        raise UserError("扣分不能为负数。")
    card = Card(
        firm_id=firm_id,
        quarter=str(quarter),
        color=color,
        reason=reason.strip(),
        deduction=points,
        issued_on=day,
        **author.stamp(),
    )
    session.add(card)
    session.flush()
    _write_credit(session, author, card, "card", policy)
    append_event(
        session,
        actor_id=author.installation_id,
        action="card.issued",
        table_name="card",
        row_id=card.id,
        detail={"quarter": str(quarter), "color": color, "reason": card.reason},
    )
    sync_escalations(session, author, through=None, policy=policy, today=day)
    return card


def issue_card(
    store: Store,
    credit_code: str,
    quarter: Quarter,
    reason: str,
    *,
    color: str = CardColor.YELLOW,
    deduction: float | None = None,
    today: dt.date | None = None,
) -> Changed[Card]:
    """A clerk's card for a reason; its deduction enters the credit file and escalation is rerun."""
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "发牌")
        card = record_card(
            session,
            author,
            _firm(session, credit_code).id,
            quarter,
            reason,
            color=color,
            deduction=deduction,
            day=today or bureau_time.today(),
        )
        return Changed(card, CARD_CHANGES)


def revoke_card(
    store: Store, card_id: str, reason: str, today: dt.date | None = None
) -> Changed[Card]:
    """Revoke a card on appeal, keeping the reason; escalations are recomputed."""
    if not reason.strip():
        raise UserError("撤销牌须写明原因（如申诉成立的依据）。")
    day = today or bureau_time.today()
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "撤销牌")
        card = session.get(Card, card_id)
        if card is None or card.deleted:
            raise UserError(f"找不到编号为 {card_id} 的牌。")
        if card.revoked_on is not None:
            raise UserError(f"该牌已于 {card.revoked_on} 撤销（原因：{card.revoke_reason}）。")
        require_open(session, Quarter.parse(card.quarter), "撤销该季度的牌")
        policy, _ = load_policy(session, card.quarter)
        _set_revoked(author, card, day, reason.strip())
        session.add(card)
        session.flush()
        _write_credit(session, author, card, "card", policy)
        append_event(
            session,
            actor_id=author.installation_id,
            action="card.revoked",
            table_name="card",
            row_id=card.id,
            detail={"reason": card.revoke_reason},
        )
        sync_escalations(session, author, through=None, policy=policy, today=day)
        return Changed(card, CARD_CHANGES)
