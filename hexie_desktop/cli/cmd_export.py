"""`hexie export`: the product's ranked and listed tables as .xlsx or .csv spreadsheets."""

import argparse
from pathlib import Path

from hexie_desktop.cli.chinese_argparse import ChineseRawDescriptionFormatter
from hexie_desktop.cli.context import CommandContext
from hexie_desktop.cli.progress import TerminalProgress
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.export.request import (
    EXPORT_KINDS,
    QUARTER_KINDS,
    YEAR_KINDS,
    ExportRequest,
)
from hexie_desktop.services.export.service import export_table
from hexie_desktop.services.export.writers import CSV_ENCODINGS

_EPILOG = """\
内容：
  scores      季度得分排名（与 hexie scores --json 相同的行）
  lists       红榜、黑榜（与 hexie lists --json 的 red、black 相同）
  cards       该季度有效的黄牌、红牌（lists --json 的 cards）
  interviews  该季度的低分约谈（lists --json 的 interviews）
  complaints  该季度受理的投诉工单
  grading     年度和谐社区等级评定（每个社区一行；用 --year）
  firms       物业服务企业名录（与导入模板同列，可直接再导入）

.xlsx 第一行为标题：报表名称、期间、暂定/已定稿及校验码（与对应 PDF 报告相同，可用
hexie report verify 核验）；.csv 为带 BOM 的 UTF-8（Excel 直接打开不乱码），需要时
用 --encoding gb18030。以 = + - @ 开头的文字不会被当作公式。
"""


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    export = commands.add_parser(
        "export",
        help="导出得分、红黑榜、黄牌红牌、约谈、投诉、社区评定为 Excel/CSV",
        description="把考评结果导出为 Excel（.xlsx）或 CSV 表格。",
        epilog=_EPILOG,
        formatter_class=ChineseRawDescriptionFormatter,
    )
    export.add_argument("kind", choices=EXPORT_KINDS, metavar="内容", help="见下方说明")
    export.add_argument(
        "--quarter", help="季度，如 2026Q1（scores、lists、cards、interviews、complaints）"
    )
    export.add_argument("--year", type=int, help="年度，如 2026（grading）")
    export.add_argument("--out", required=True, type=Path, help="输出文件，.xlsx 或 .csv")
    export.add_argument(
        "--encoding",
        choices=sorted(CSV_ENCODINGS),
        default="utf-8",
        help="CSV 的编码（默认 utf-8）",
    )
    export.add_argument("--json", action="store_true")
    export.set_defaults(func=_export)


def _request(args: argparse.Namespace) -> ExportRequest:
    if args.kind in QUARTER_KINDS and not args.quarter:
        raise UserError(f"导出 {args.kind} 需要 --quarter，如 --quarter 2026Q1。")
    if args.kind in YEAR_KINDS and args.year is None:
        raise UserError(f"导出 {args.kind} 需要 --year，如 --year 2026。")
    quarter = Quarter.parse(args.quarter) if args.kind in QUARTER_KINDS else None
    year = args.year if args.kind in YEAR_KINDS else None
    return ExportRequest(args.kind, quarter=quarter, year=year)


def _export(ctx: CommandContext) -> int:
    args = ctx.args
    result = export_table(
        ctx.store, _request(args), args.out, encoding=args.encoding, progress=TerminalProgress()
    )
    if ctx.wants_json:
        ctx.emit_json(result.as_dict())
    else:
        for line in result.lines():
            ctx.say(line)
    return 0
