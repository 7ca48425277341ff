"""`hexie complaints show TICKET_NO` (one ticket as its dialog shows it, the caller by the same
rule) and `hexie complaints purge-personal [--dry-run]` (the retention policy applied)."""

import argparse

from hexie_desktop.cli.context import CommandContext
from hexie_desktop.domain.bureau_time import format_time
from hexie_desktop.domain.labels import CHANNEL_LABELS, TICKET_STATE_LABELS
from hexie_desktop.services.complaints.retention import PurgeReport, purge_personal
from hexie_desktop.services.complaints.ticket_view import (
    TicketDetail,
    complaint_detail,
    ticket_numbered,
)


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    complaints = commands.add_parser("complaints", help="投诉工单")
    actions = complaints.add_subparsers(dest="complaints_command", required=True, metavar="操作")
    purge = actions.add_parser(
        "purge-personal",
        help="清除办结已超过政策保存期限的工单的来电人姓名和电话（记入审计）",
    )
    purge.add_argument("--dry-run", action="store_true", help="只统计将清除多少张工单，不改动数据")
    purge.add_argument("--json", action="store_true", help="以 JSON 输出")
    purge.set_defaults(func=_purge)
    show = actions.add_parser(
        "show", help="显示一张工单（来电人：工作人员看到全部，考评员看到打码后的）"
    )
    show.add_argument("ticket_no", metavar="工单编号")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(func=_show)


def _caller_text(detail: TicketDetail) -> str:
    caller = detail.caller
    if caller.purged:
        return "已按保存期限清除"
    return " ".join(p for p in (caller.name, caller.phone) if p) or "未登记"


def _show(ctx: CommandContext) -> int:
    detail = complaint_detail(ctx.store, ticket_numbered(ctx.store, ctx.args.ticket_no))
    if ctx.wants_json:
        ctx.emit_json(
            {
                "ticket_no": detail.ticket_no,
                "channel": detail.channel,
                "compound": detail.compound_name,
                "firm": detail.firm_name,
                "category": detail.category,
                "content": detail.content,
                "state": detail.state.value,
                "received_at": detail.received_at.isoformat(),
                "due_at": detail.due_at.isoformat(),
                "closed_at": None if detail.closed_at is None else detail.closed_at.isoformat(),
                "caller": {
                    "name": detail.caller.name,
                    "phone": detail.caller.phone,
                    "masked": not detail.caller.in_full,
                    "purged": detail.caller.purged,
                },
            }
        )
        return 0
    for label, value in (
        ("工单编号", detail.ticket_no),
        ("来源", CHANNEL_LABELS.get(detail.channel, detail.channel)),
        ("小区", detail.compound_name),
        ("企业", detail.firm_name),
        ("类别", detail.category),
        ("内容", detail.content),
        ("状态", TICKET_STATE_LABELS.get(detail.state.value, detail.state.value)),
        ("受理时间", format_time(detail.received_at)),
        ("办理期限", format_time(detail.due_at)),
        ("来电人", _caller_text(detail)),
    ):
        ctx.say(f"{label}：{value}")
    return 0


def _document(report: PurgeReport) -> dict[str, object]:
    return {
        "dry_run": report.dry_run,
        "retention_months": report.months,
        "closed_before": report.cutoff.isoformat(),
        "tickets": report.tickets,
    }


def _purge(ctx: CommandContext) -> int:
    report = purge_personal(ctx.store, dry_run=ctx.args.dry_run).value
    if ctx.wants_json:
        ctx.emit_json(_document(report))
        return 0
    rule = f"保存期限 {report.months} 个月：{report.cutoff.isoformat()} 之前办结的工单"
    if report.dry_run:
        ctx.say(f"{rule}，将清除 {report.tickets} 张工单的来电人姓名和电话（未改动数据）。")
    elif report.tickets:
        ctx.say(f"{rule}，已清除 {report.tickets} 张工单的来电人姓名和电话，并记入审计。")
    else:
        ctx.say(f"{rule}，没有需要清除来电人信息的工单。")
    return 0
