"""`hexie bundle export|verify|merge`: carrying work between laptops on a USB stick."""

import argparse
import sys
from pathlib import Path

from hexie_desktop.cli.context import CommandContext
from hexie_desktop.cli.progress import TerminalProgress
from hexie_desktop.domain.states import BundleStatus
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles, verify_bundles
from hexie_desktop.services.bundles.overview_view import check_export
from hexie_desktop.sync.errors import REFUSED_EXIT_STATUS
from hexie_desktop.sync.report import BundleResult


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    bundle = commands.add_parser("bundle", help="数据包：导出、校验、合并")
    actions = bundle.add_subparsers(dest="bundle_command", required=True, metavar="操作")
    export = actions.add_parser("export", help="导出签名数据包（默认：上次导出后的改动）")
    export.add_argument("--out", type=Path, required=True, help="文件或目录（目录时自动命名）")
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--full", action="store_true", help="本机编写的全部记录")
    scope.add_argument("--master", action="store_true", help="给考评员的主数据（仅工作人员）")
    export.add_argument("--json", action="store_true", help="以 JSON 输出")
    export.set_defaults(func=_export)
    verify = actions.add_parser("verify", help="校验数据包，不改动数据库")
    verify.add_argument("files", nargs="+", type=Path)
    verify.add_argument("--json", action="store_true", help="以 JSON 输出")
    verify.set_defaults(func=_verify)
    merge = actions.add_parser("merge", help="校验并合并数据包（文件或目录）")
    merge.add_argument("files", nargs="+", type=Path)
    merge.add_argument("--dry-run", action="store_true", help="只预览将发生的改动，不写入")
    merge.add_argument("--json", action="store_true", help="以 JSON 输出")
    merge.set_defaults(func=_merge)


def _export(ctx: CommandContext) -> int:
    args = ctx.args
    print(f"正在写入 {args.out}，请勿拔出 U 盘……", file=sys.stderr, flush=True)
    result = export_bundle(
        ctx.store, args.out, full=args.full, master=args.master, progress=TerminalProgress()
    ).value
    check_export(ctx.store, result.path)
    if ctx.wants_json:
        ctx.emit_json(result.as_dict())
    else:
        records = sum(result.record_counts.values())
        ctx.say(f"已导出第 {result.seq} 号数据包：{result.path}")
        ctx.say(f"共 {records} 条记录、{result.attachments} 个附件，{result.size} 字节。")
        ctx.say(
            f"已加密：只有 {result.sealed_for} 个接收方（及本机）的密钥能解开。"
            if result.sealed
            else "未加密：考评政策允许明文（拾到 U 盘的人能读出内容）。"
        )
        if result.unreadable_by:
            ctx.say(
                f"以下人员的加密公钥未知，读不了这个数据包：{'、'.join(result.unreadable_by)}；"
                "请让他们升级后重新导出密钥卡，再登记一次（hexie keys enrol）。"
            )
    print("写入完成并已读回校验，可以拔出 U 盘。", file=sys.stderr)
    return 0


def _report(ctx: CommandContext, results: list[BundleResult]) -> int:
    """The per-bundle report on stdout (or JSON); each refusal's reason on stderr as well."""
    if ctx.wants_json:
        ctx.emit_json({"bundles": [r.as_dict() for r in results]})
    else:
        for result in results:
            for line in result.lines():
                ctx.say(line)
    for result in results:
        if result.status == BundleStatus.REFUSED:
            print(f"hexie: {Path(result.file).name} 被拒绝：{result.reason}", file=sys.stderr)
    return REFUSED_EXIT_STATUS if any(r.status == BundleStatus.REFUSED for r in results) else 0


def _verify(ctx: CommandContext) -> int:
    return _report(ctx, verify_bundles(ctx.store, ctx.args.files, progress=TerminalProgress()))


def _merge(ctx: CommandContext) -> int:
    results = merge_bundles(
        ctx.store, ctx.args.files, dry_run=ctx.args.dry_run, progress=TerminalProgress()
    ).value
    return _report(ctx, results)
