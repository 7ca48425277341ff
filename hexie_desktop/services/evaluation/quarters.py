"""Finalising a quarter freezes its results; reopening it is a clerk's audited decision."""

import datetime as dt

from sqlmodel import Session, col, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.authoring import Author, authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import installation_row
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import EvaluationRun, QuarterStatus


def require_clerk(author: Author, action: str) -> None:
    if author.role != "clerk":
        raise UserError(f"只有工作人员（clerk）可以{action}；本机是考评员身份。")


def quarter_status(session: Session, quarter: Quarter) -> QuarterStatus | None:
    return session.exec(
        select(QuarterStatus).where(
            QuarterStatus.quarter == str(quarter), col(QuarterStatus.deleted).is_(False)
        )
    ).first()


def is_finalised(session: Session, quarter: Quarter) -> bool:
    status = quarter_status(session, quarter)
    return status is not None and status.finalised


def finalised_quarters(session: Session) -> set[str]:
    rows = session.exec(
        select(QuarterStatus.quarter).where(
            col(QuarterStatus.finalised).is_(True), col(QuarterStatus.deleted).is_(False)
        )
    )
    return set(rows)


def require_open(session: Session, quarter: Quarter, action: str = "重新考评") -> None:
    """Refuse to change a finalised quarter, saying how a clerk reopens it."""
    if is_finalised(session, quarter):
        raise UserError(
            f"{quarter} 已定稿，考评结果已冻结，不能{action}。如确需修改，请工作人员先运行 "
            f"hexie quarter reopen --quarter {quarter} --reason 原因（重新开启会记入审计记录）。"
        )


def finalise_quarter(store: Store, quarter: Quarter) -> Changed[QuarterStatus]:
    """Freeze a quarter's evaluation; it must have been evaluated first."""
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "定稿季度")
        if session.get(EvaluationRun, str(quarter)) is None:
            raise UserError(
                f"{quarter} 尚未考评，不能定稿。请先运行 hexie evaluate --quarter {quarter}"
            )
        require_open(session, quarter, "再次定稿")
        installation = installation_row(session)
        name = installation.name if installation is not None else author.installation_id
        status = quarter_status(session, quarter) or QuarterStatus(
            quarter=str(quarter), **author.stamp()
        )
        status.finalised = True
        status.finalised_at = dt.datetime.now(dt.UTC)
        status.finalised_by = name
        status.hlc = author.clock.tick()
        status.author_id = author.installation_id
        session.add(status)
        session.flush()
        append_event(
            session,
            actor_id=author.installation_id,
            action="quarter.finalised",
            table_name="quarterstatus",
            row_id=status.id,
            detail={"quarter": str(quarter)},
        )
        return Changed(status, Changes.of(QuarterStatus))


def reopen_quarter(store: Store, quarter: Quarter, reason: str) -> Changed[QuarterStatus]:
    """Unfreeze a finalised quarter; the reason is kept on the row and in the audit trail."""
    clean = reason.strip()
    if not clean:
        raise UserError("重新开启已定稿的季度须填写原因（--reason）。")
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "重新开启季度")
        status = quarter_status(session, quarter)
        if status is None or not status.finalised:
            raise UserError(f"{quarter} 未定稿，无需重新开启。")
        status.finalised = False
        status.reopen_reason = clean
        status.hlc = author.clock.tick()
        status.author_id = author.installation_id
        session.add(status)
        session.flush()
        append_event(
            session,
            actor_id=author.installation_id,
            action="quarter.reopened",
            table_name="quarterstatus",
            row_id=status.id,
            detail={"quarter": str(quarter), "reason": clean},
        )
        return Changed(status, Changes.of(QuarterStatus))
