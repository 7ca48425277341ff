"""`hexie init`, `hexie demo` and `hexie import`: getting an installation ready to work."""

import argparse
from pathlib import Path

from hexie_desktop.cli.chinese_argparse import ChineseRawDescriptionFormatter
from hexie_desktop.cli.context import CommandContext
from hexie_desktop.cli.progress import TerminalProgress
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.register_help import REGISTER_TITLES, help_text
from hexie_desktop.services.demo import generate as demo
from hexie_desktop.services.export.template import TEMPLATE_KINDS, write_template
from hexie_desktop.services.master import importing
from hexie_desktop.services.trust.identity import init_identity


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    init = commands.add_parser("init", help="创建本机身份（设备编号、签名密钥、角色）")
    init.add_argument("--role", required=True, choices=["inspector", "clerk"])
    init.add_argument("--name", required=True)
    init.set_defaults(func=_init)

    demo_parser = commands.add_parser("demo", help="生成演示数据（同一种子，同一数据）")
    demo_parser.add_argument("--firms", type=int, default=demo.DEFAULT_FIRMS)
    demo_parser.add_argument("--compounds", type=int, default=demo.DEFAULT_COMPOUNDS)
    demo_parser.add_argument("--quarters", default=None, help="如 2026Q1,2026Q2")
    demo_parser.add_argument("--seed", type=int, default=1)
    scope = demo_parser.add_mutually_exclusive_group()
    scope.add_argument("--master-only", action="store_true", help="只生成主数据")
    scope.add_argument("--inspections-only", action="store_true", help="模拟本机考评员的现场考评")
    demo_parser.add_argument("--quarter", default=None, help="--inspections-only 的季度")
    demo_parser.add_argument(
        "--sample", type=float, default=0.2, help="--inspections-only 抽查比例"
    )
    demo_parser.add_argument("--json", action="store_true")
    demo_parser.set_defaults(func=_demo)

    imp = commands.add_parser(
        "import",
        help="从 Excel/CSV 批量导入主数据；import template 生成模板",
        description="从 Excel（.xlsx）或 CSV 导入企业或小区名录：有错误的行全部列出，有错则不导入任何数据。"
        "hexie import template firms|compounds --out 文件.xlsx 生成带说明的模板。",
        epilog=f"{help_text('firms')}\n\n{help_text('compounds')}",
        formatter_class=ChineseRawDescriptionFormatter,
    )
    imp.add_argument(
        "kind", choices=["firms", "compounds", "template"], help="导入的名录，或 template"
    )
    imp.add_argument(
        "file", nargs="?", help="要导入的 .xlsx 或 .csv 文件（template 时为 firms 或 compounds）"
    )
    imp.add_argument("--sheet", help="工作簿中要导入的工作表名称（默认：保存时所在的工作表）")
    imp.add_argument("--out", type=Path, help="template 的输出文件（.xlsx）")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=_import)


def _init(ctx: CommandContext) -> int:
    identity = init_identity(ctx.store, ctx.args.role, ctx.args.name).value
    ctx.say(f"已创建本机身份：{identity.name}（{identity.role_label}）")
    ctx.say(f"设备编号：{identity.id}")
    ctx.say(f"公钥指纹：{identity.fingerprint}")
    return 0


def _quarters(text: str | None) -> list[Quarter] | None:
    if text is None:
        return None
    return [Quarter.parse(part) for part in text.split(",") if part.strip()]


def _demo(ctx: CommandContext) -> int:
    args = ctx.args
    progress = TerminalProgress()
    if args.inspections_only:
        quarter = Quarter.parse(args.quarter) if args.quarter else None
        summary = demo.simulate_field_work(
            ctx.store, quarter=quarter, sample=args.sample, seed=args.seed, progress=progress
        )
    else:
        options = demo.DemoOptions(
            firms=args.firms,
            compounds=args.compounds,
            quarters=_quarters(args.quarters),
            seed=args.seed,
            master_only=args.master_only,
        )
        summary = demo.generate_demo(ctx.store, options, progress=progress).value
    if ctx.wants_json:
        ctx.emit_json(summary.as_dict())
    else:
        for line in summary.lines():
            ctx.say(line)
    return 0


def _template(ctx: CommandContext) -> int:
    kind, out = ctx.args.file, ctx.args.out
    if kind not in TEMPLATE_KINDS or out is None:
        raise UserError("用法：hexie import template firms|compounds --out 文件.xlsx")
    write_template(kind, out)
    ctx.say(f"已生成{REGISTER_TITLES[kind]}导入模板：{out}（第二个工作表为各列的填写说明）")
    return 0


def _import(ctx: CommandContext) -> int:
    args = ctx.args
    if args.kind == "template":
        return _template(ctx)
    if args.file is None:
        raise UserError(f"请给出要导入的文件：hexie import {args.kind} 文件.xlsx")
    importer = importing.import_firms if args.kind == "firms" else importing.import_compounds
    result = importer(
        ctx.store, Path(args.file), progress=TerminalProgress(), sheet=args.sheet
    ).value
    if ctx.wants_json:
        ctx.emit_json(result.as_dict())
    else:
        for line in result.lines():
            ctx.say(line)
    return 0
