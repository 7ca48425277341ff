"""Closing a community grading year, and reopening it: a clerk's audited decisions.

A finalised year's grades are the ones announced; grading it again is refused until a clerk
reopens it with a reason. The status is a local table: only the bureau's grading installation
grades communities, so there is nothing for inspectors to receive.
"""

import datetime as dt

from sqlmodel import Session, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.evaluation.quarters import require_clerk
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import installation_row
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import CommunityGradeRecord, GradingYearStatus


def year_finalised(session: Session, year: int) -> bool:
    status = session.get(GradingYearStatus, year)
    return status is not None and status.finalised


def require_year_open(session: Session, year: int) -> None:
    if year_finalised(session, year):
        raise UserError(
            f"{year} 年度和谐社区等级评定已定稿，不能重新评定。如确需修改，请工作人员先运行 "
            f"hexie grade reopen --year {year} --reason 原因（重新开启会记入审计记录）。"
        )


def finalise_year(store: Store, year: int) -> Changed[GradingYearStatus]:
    """Close a graded year; its results are then the announced ones."""
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "定稿社区等级评定")
        graded = session.exec(
            select(CommunityGradeRecord.year).where(CommunityGradeRecord.year == year)
        ).first()
        if graded is None:
            raise UserError(
                f"{year} 年度尚未进行和谐社区等级评定，不能定稿。请先运行 hexie grade --year {year}"
            )
        require_year_open(session, year)
        installation = installation_row(session)
        status = session.get(GradingYearStatus, year) or GradingYearStatus(year=year)
        status.finalised = True
        status.finalised_at = dt.datetime.now(dt.UTC)
        status.finalised_by = installation.name if installation else author.installation_id
        session.add(status)
        session.flush()
        append_event(
            session,
            actor_id=author.installation_id,
            action="grading.finalised",
            table_name="gradingyearstatus",
            row_id=str(year),
            detail={"year": year},
        )
        return Changed(status, Changes.of(GradingYearStatus))


def reopen_year(store: Store, year: int, reason: str) -> Changed[GradingYearStatus]:
    """Reopen a finalised year for regrading; the reason is kept and audited."""
    clean = reason.strip()
    if not clean:
        raise UserError("重新开启已定稿的评定年度须填写原因（--reason）。")
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "重新开启社区等级评定")
        status = session.get(GradingYearStatus, year)
        if status is None or not status.finalised:
            raise UserError(f"{year} 年度和谐社区等级评定未定稿，无需重新开启。")
        status.finalised = False
        status.reopen_reason = clean
        session.add(status)
        session.flush()
        append_event(
            session,
            actor_id=author.installation_id,
            action="grading.reopened",
            table_name="gradingyearstatus",
            row_id=str(year),
            detail={"year": year, "reason": clean},
        )
        return Changed(status, Changes.of(GradingYearStatus))
