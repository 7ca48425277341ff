"""`hexie complaints purge-personal [--dry-run]`: the retention policy applied to callers."""

import argparse

from hexie_desktop.cli.context import CommandContext
from hexie_desktop.services.complaints.retention import PurgeReport, purge_personal


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
