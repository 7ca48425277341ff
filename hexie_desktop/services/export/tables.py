"""The exported tables, each built from the document its `--json` command prints.

A column is a label, a type and where its value sits in a JSON row, so an export holds exactly
what `hexie scores --json` or `hexie lists --json` hold, in the same order, with nothing
recomputed. Codes the JSON keeps for programs (card colours, interview states) are written as
the words a person reads.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from hexie_desktop.domain.labels import (
    CARD_COLOR_LABELS,
    CHANNEL_LABELS,
    INTERVIEW_STATUS_LABELS,
    LIST_LABELS,
    TICKET_STATE_LABELS,
)
from hexie_desktop.domain.master_rows import FIRM_COLUMNS
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.complaints.personal import masked_caller
from hexie_desktop.services.evaluation.inputs import quarter_bounds
from hexie_desktop.services.evaluation.results_view import read_lists, read_scores
from hexie_desktop.services.grading.results_view import read_grading_results
from hexie_desktop.services.listings.complaints import bureau_time
from hexie_desktop.services.reporting.common import service_parts
from hexie_desktop.storage.tables import Complaint, ComplaintCaller, Compound, Firm

from .table import ExportColumn, ExportTable, ExportValue, Kind

Row = dict[str, Any]


@dataclass(frozen=True)
class Field:
    """One exported column: its header, type and how to read it from a JSON row."""

    label: str
    kind: Kind
    read: Callable[[Row], ExportValue]


def key(name: str) -> Callable[[Row], ExportValue]:
    return lambda row: row.get(name)


def part(code: str) -> Callable[[Row], ExportValue]:
    return lambda row: row["parts"].get(code)


def labelled(name: str, labels: dict[str, str]) -> Callable[[Row], ExportValue]:
    return lambda row: labels.get(row.get(name) or "", row.get(name))


def _table(
    title: str, subject: str, sheet: str, fields: Sequence[Field], rows: Sequence[Row]
) -> ExportTable:
    return ExportTable(
        title=title,
        subject=subject,
        status="",
        code="",
        columns=tuple(ExportColumn(f.label, f.kind) for f in fields),
        rows=[tuple(f.read(row) for f in fields) for row in rows],
        sheet_name=sheet,
    )


FIRM_FIELDS = (
    Field("企业名称", Kind.TEXT, key("name")),
    Field("统一社会信用代码", Kind.TEXT, key("credit_code")),
)


def scores_table(session: Session, quarter: Quarter) -> ExportTable:
    """The ranking of `hexie scores --json`, a column per part of the standard."""
    table = read_scores(session, quarter)
    document = table.as_dict()
    names = {p.code: p.name for p in service_parts(session, table.run.standard_versions)}
    codes = list(dict.fromkeys(c for firm in document["firms"] for c in firm["parts"]))
    fields = [
        Field("名次", Kind.INTEGER, key("rank")),
        *FIRM_FIELDS,
        Field("季度得分", Kind.NUMBER, key("score")),
        *(Field(names.get(code, code), Kind.NUMBER, part(code)) for code in codes),
        Field("检查小区数", Kind.INTEGER, key("compounds_inspected")),
        Field("扣分前得分", Kind.NUMBER, key("raw_score")),
        Field("不良行为扣分", Kind.NUMBER, key("deductions")),
        Field("满意度", Kind.NUMBER, key("satisfaction")),
        Field("户数", Kind.INTEGER, key("households")),
    ]
    return _table("季度考评得分排名", str(quarter), "得分排名", fields, document["firms"])


def lists_table(session: Session, quarter: Quarter) -> ExportTable:
    """The red list, then the black list, of `hexie lists --json`."""
    document = read_lists(session, quarter).as_dict()
    rows = [{"list": kind} | entry for kind in ("red", "black") for entry in document[kind]]
    fields = [
        Field("榜单", Kind.TEXT, labelled("list", LIST_LABELS)),
        Field("位次", Kind.INTEGER, key("position")),
        *FIRM_FIELDS,
        Field("季度得分", Kind.NUMBER, key("score")),
        Field("排名依据值", Kind.NUMBER, key("metric")),
        Field("红牌", Kind.YES_NO, key("red_card")),
    ]
    return _table("红黑榜", str(quarter), "红黑榜", fields, rows)


def cards_table(session: Session, quarter: Quarter) -> ExportTable:
    document = read_lists(session, quarter).as_dict()
    fields = [
        Field("警告", Kind.TEXT, labelled("color", CARD_COLOR_LABELS)),
        *FIRM_FIELDS,
        Field("事由", Kind.TEXT, key("reason")),
        Field("扣分", Kind.NUMBER, key("deduction")),
        Field("发出日期", Kind.DATE, lambda r: dt.date.fromisoformat(r["issued_on"])),
        Field("自动发出", Kind.YES_NO, key("automatic")),
    ]
    return _table("黄牌红牌警告", str(quarter), "黄牌红牌", fields, document["cards"])


def interviews_table(session: Session, quarter: Quarter) -> ExportTable:
    document = read_lists(session, quarter).as_dict()
    fields = [
        *FIRM_FIELDS,
        Field("季度得分", Kind.NUMBER, key("score")),
        Field("约谈状态", Kind.TEXT, labelled("status", INTERVIEW_STATUS_LABELS)),
    ]
    return _table("低分约谈", str(quarter), "约谈", fields, document["interviews"])


def complaints_table(session: Session, quarter: Quarter) -> ExportTable:
    """The tickets received in the quarter (bureau time), oldest first; the caller masked, for
    an export is mailed on (services/complaints/personal.py)."""
    start, end = quarter_bounds(quarter)
    query = (
        select(
            Complaint,
            col(Firm.name),
            col(Firm.credit_code),
            col(Compound.name),
            col(ComplaintCaller.name),
            col(ComplaintCaller.phone),
        )
        .join(Firm, col(Firm.id) == col(Complaint.firm_id))
        .join(Compound, col(Compound.id) == col(Complaint.compound_id))
        .outerjoin(ComplaintCaller, col(ComplaintCaller.complaint_id) == col(Complaint.id))
        .where(
            col(Complaint.deleted).is_(False),
            col(Complaint.received_at) >= start,
            col(Complaint.received_at) < end,
        )
        .order_by(col(Complaint.received_at), col(Complaint.ticket_no))
    )
    rows = []
    for ticket, firm, code, compound, caller_name, caller_phone in session.execute(query):
        rows.append(
            {
                "ticket_no": ticket.ticket_no,
                "caller": masked_caller(caller_name or "", caller_phone or ""),
                "channel": ticket.channel,
                "name": firm,
                "credit_code": code,
                "compound": compound,
                "category": ticket.category,
                "state": ticket.state,
                "received_at": _shown_time(ticket.received_at),
                "due_at": _shown_time(ticket.due_at),
                "closed_at": _shown_time(ticket.closed_at) if ticket.closed_at else None,
                "accepted": ticket.accepted,
                "resolved": ticket.resolved,
                "resident_satisfied": ticket.resident_satisfied,
                "redo_count": ticket.redo_count,
            }
        )
    fields = [
        Field("工单编号", Kind.TEXT, key("ticket_no")),
        Field("来源", Kind.TEXT, labelled("channel", CHANNEL_LABELS)),
        *FIRM_FIELDS,
        Field("小区", Kind.TEXT, key("compound")),
        Field("来电人", Kind.TEXT, key("caller")),
        Field("类别", Kind.TEXT, key("category")),
        Field("状态", Kind.TEXT, labelled("state", TICKET_STATE_LABELS)),
        Field("受理时间", Kind.DATETIME, key("received_at")),
        Field("办理期限", Kind.DATETIME, key("due_at")),
        Field("办结时间", Kind.DATETIME, key("closed_at")),
        Field("是否受理", Kind.YES_NO, key("accepted")),
        Field("是否解决", Kind.YES_NO, key("resolved")),
        Field("居民满意", Kind.YES_NO, key("resident_satisfied")),
        Field("重办次数", Kind.INTEGER, key("redo_count")),
    ]
    return _table("投诉工单", str(quarter), "投诉工单", fields, rows)


def grading_table(session: Session, year: int) -> ExportTable:
    """Every community of `hexie grade --year Y --json`, in its order, with the same values."""
    results = read_grading_results(session, year)
    rows = [
        row | {"remark": community.remark}
        for row, community in zip(
            results.as_dict()["communities"], results.communities, strict=True
        )
    ]
    fields = [
        Field("名次", Kind.INTEGER, key("rank")),
        Field("街道", Kind.TEXT, key("street")),
        Field("社区", Kind.TEXT, key("community")),
        Field("综合得分", Kind.NUMBER, key("score")),
        Field("等级", Kind.TEXT, key("grade")),
        Field("上年等级", Kind.TEXT, key("last_grade")),
        Field("较上年", Kind.TEXT, key("change_label")),
        Field("参评", Kind.YES_NO, key("eligible")),
        Field("备注", Kind.TEXT, key("remark")),
    ]
    return _table("和谐社区等级评定", f"{year} 年度", "社区评定", fields, rows)


def firms_table(session: Session) -> ExportTable:
    """The firm register in the import's own columns, so that it imports back unchanged."""
    firms = session.execute(
        select(
            col(Firm.credit_code),
            col(Firm.name),
            col(Firm.legal_representative),
            col(Firm.phone),
            col(Firm.address),
            col(Firm.state_owned),
        )
        .where(col(Firm.deleted).is_(False))
        .order_by(col(Firm.credit_code))
    ).all()
    labels = {c.field: c.label for c in FIRM_COLUMNS}
    fields = [
        Field(labels[name], Kind.YES_NO if name == "state_owned" else Kind.TEXT, key(name))
        for name in labels
    ]
    rows = [dict(zip(labels, firm, strict=True)) for firm in firms]
    return _table("物业服务企业名录", "", "企业", fields, rows)


def _shown_time(moment: dt.datetime) -> dt.datetime:
    """Bureau time to the second, as the window shows it (a spreadsheet has no time zones)."""
    return bureau_time(moment).replace(microsecond=0, tzinfo=None)
