"""The retention policy applied: blank the caller of every ticket closed longer than it allows.

A ticket closed before the cutoff (the policy's `personal_data.retention_months` before today,
in the bureau's time) keeps everything the evaluation and the hot-topic table read; only its
caller's name and phone number are blanked, and `purged_at` records when. A ticket the
application no longer shows (deleted) loses its caller too, whatever its state. One audit event
names how many tickets, the period and the cutoff, never a name or a number.

The details are local (`ComplaintCaller`), so no bundle merged later can bring them back.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlmodel import Session, col

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.retention_policy import (
    RetentionPolicy,
    parse_retention_policy,
    purge_cutoff,
)
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.rules.policies import policy_body_in_force
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import Complaint, ComplaintCaller

PURGE_ACTION = "complaint.purge_personal"
_CALLER_CHANGES = Changes.of(ComplaintCaller)


@dataclass(frozen=True)
class PurgeReport:
    """What a purge did, or (dry run, or only asked) would do."""

    months: int
    cutoff: dt.date
    tickets: int
    dry_run: bool

    @property
    def due(self) -> bool:
        return self.tickets > 0


def retention_policy(session: Session, today: dt.date | None = None) -> RetentionPolicy:
    """The `personal_data` rules of the policy version in force today (defaults without one)."""
    body = policy_body_in_force(session, today)
    return RetentionPolicy() if body is None else parse_retention_policy(body)


def _cutoff_moment(cutoff: dt.date) -> dt.datetime:
    """The start of the cutoff day on the bureau's clock, in UTC."""
    start = dt.datetime.combine(cutoff, dt.time(), tzinfo=bureau_time.bureau_zone())
    return start.astimezone(dt.UTC)


def _expired(cutoff: dt.date) -> ColumnElement[bool]:
    """Callers still held whose ticket was closed before the cutoff, or no longer exists."""
    closed = select(col(Complaint.id)).where(
        or_(
            col(Complaint.closed_at) < _cutoff_moment(cutoff),
            col(Complaint.deleted).is_(True),
        )
    )
    return (
        col(ComplaintCaller.purged_at).is_(None)
        & or_(col(ComplaintCaller.name) != "", col(ComplaintCaller.phone) != "")
        & col(ComplaintCaller.complaint_id).in_(closed)
    )


def _report(session: Session, today: dt.date | None, *, dry_run: bool) -> PurgeReport:
    day = today or bureau_time.today()
    policy = retention_policy(session, day)
    cutoff = purge_cutoff(day, policy)
    count = session.execute(
        select(func.count()).select_from(ComplaintCaller).where(_expired(cutoff))
    ).scalar_one()
    return PurgeReport(policy.retention_months, cutoff, int(count), dry_run)


def purge_due(store: Store, today: dt.date | None = None) -> PurgeReport:
    """How many tickets' callers the retention policy says should be blanked now."""
    with store.reading() as session:
        return _report(session, today, dry_run=True)


def purge_personal(
    store: Store,
    *,
    dry_run: bool = False,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Changed[PurgeReport]:
    """Blank the callers of tickets closed before the policy's cutoff; `dry_run` only counts.

    One transaction and one audit event (the count, the period, the cutoff, who): nothing is
    written when there is nothing to purge, or on a dry run.
    """
    if dry_run:
        return Changed(purge_due(store, today), Changes())
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    with store.transaction() as session, authoring(session) as author:
        report = _report(session, today, dry_run=False)
        if not report.due:
            return Changed(report, Changes())
        session.execute(
            update(ComplaintCaller)
            .where(_expired(report.cutoff))
            .values(name="", phone="", purged_at=moment)
        )
        append_event(
            session,
            actor_id=author.installation_id,
            action=PURGE_ACTION,
            table_name="complaintcaller",
            detail={
                "tickets": report.tickets,
                "retention_months": report.months,
                "closed_before": report.cutoff.isoformat(),
            },
        )
        return Changed(report, _CALLER_CHANGES)
