"""`hexie report quarterly|lists|firm|interview|community` and `hexie report verify`."""

import argparse
from pathlib import Path

from hexie_desktop.cli.arguments import parse_day
from hexie_desktop.cli.context import CommandContext
from hexie_desktop.cli.progress import TerminalProgress
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.reporting.printing import (
    REPORT_LABELS,
    ReportRequest,
    verify_report,
    write_report,
)

VERIFY_FAILED = 4


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    report = commands.add_parser("report", help="生成 PDF 报告（A4，可核验）")
    kinds = report.add_subparsers(dest="report_command", required=True, metavar="报告")

    quarterly = kinds.add_parser("quarterly", help="季度考评报告")
    quarterly.add_argument("--quarter", required=True, help="如 2026Q1")
    lists = kinds.add_parser("lists", help="红黑榜公示")
    lists.add_argument("--quarter", required=True, help="如 2026Q1")
    firm = kinds.add_parser("firm", help="企业信用档案")
    firm.add_argument("--firm", required=True, metavar="信用代码", help="统一社会信用代码")
    firm.add_argument("--as-of", default=None, metavar="年-月-日", help="截至日期（默认今天）")
    interview = kinds.add_parser("interview", help="约谈通知书")
    interview.add_argument("--firm", required=True, metavar="信用代码", help="统一社会信用代码")
    interview.add_argument("--quarter", required=True, help="如 2026Q1")
    community = kinds.add_parser("community", help="和谐社区等级评定结果")
    community.add_argument("--year", required=True, type=int, help="如 2026")
    for parser in (quarterly, lists, firm, interview, community):
        parser.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出结果")
        parser.set_defaults(func=_write)

    verify = kinds.add_parser("verify", help="核验打印件：与数据库重新生成的结果比对")
    verify.add_argument("code", help="二维码内容（HEXIE1|…），或打印的核验码")
    verify.add_argument(
        "--kind", choices=sorted(REPORT_LABELS), help="报告类型（只给核验码时必填）"
    )
    verify.add_argument(
        "--subject", help="报告对象（只给核验码时必填）：季度、年度、季度/信用代码或信用代码@日期"
    )
    verify.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    verify.set_defaults(func=_verify)


def _request(args: argparse.Namespace) -> ReportRequest:
    kind = args.report_command
    if kind == "quarterly":
        return ReportRequest.quarterly(Quarter.parse(args.quarter))
    if kind == "lists":
        return ReportRequest.lists(Quarter.parse(args.quarter))
    if kind == "interview":
        return ReportRequest.interview(args.firm, Quarter.parse(args.quarter))
    if kind == "firm":
        return ReportRequest.firm(args.firm, parse_day(args.as_of))
    return ReportRequest.community(args.year)


def _write(ctx: CommandContext) -> int:
    written = write_report(ctx.store, _request(ctx.args), ctx.args.out, progress=TerminalProgress())
    if ctx.wants_json:
        ctx.emit_json(written.as_dict())
    else:
        ctx.say(f"已生成{REPORT_LABELS[written.kind]}：{written.path}（{written.pages} 页）")
        ctx.say(f"核验码：{written.code}")
    return 0


def _verify(ctx: CommandContext) -> int:
    args = ctx.args
    result = verify_report(ctx.store, args.code, kind=args.kind, subject=args.subject)
    if ctx.wants_json:
        ctx.emit_json(result.as_dict())
    elif result.matches:
        ctx.say(
            f"核验通过：该{REPORT_LABELS[result.request.kind]}（{result.request.subject}）"
            f"与数据库当前数据一致，核验码 {result.current_code}。"
        )
    else:
        ctx.say(
            f"核验不通过：打印件核验码 {result.printed_code}，按数据库当前数据应为 "
            f"{result.current_code}。打印件可能被改动，或其后数据已变化（如季度重新考评）。"
        )
    return 0 if result.matches else VERIFY_FAILED
