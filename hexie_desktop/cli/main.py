"""Entry point of `hexie`: parse, dispatch, and turn errors into one line and an exit status."""

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from hexie_desktop import __version__, config
from hexie_desktop.cli.chinese_argparse import (
    ChineseParser,
    ChineseRawDescriptionFormatter,
)
from hexie_desktop.cli.console import configure_console
from hexie_desktop.cli.context import CommandContext
from hexie_desktop.cli.data_folder import check_data_dir, reads_only
from hexie_desktop.cli.progress import TerminalProgress
from hexie_desktop.domain.errors import UserError
from hexie_desktop.faults import environment_fault
from hexie_desktop.logs import configure_logging
from hexie_desktop.paths import DataDir, default_data_dir
from hexie_desktop.progress import waiting_listener

log = logging.getLogger(__name__)

INTERNAL_ERROR = 1

# Which module registers each command. A command loads only its own module, so `hexie evaluate`
# does not pay for the spreadsheet, bundle and report code, and the window loads none of them.
COMMAND_MODULES = {
    "init": "cmd_setup",
    "demo": "cmd_setup",
    "import": "cmd_setup",
    "db": "cmd_db",
    "audit": "cmd_db",
    "evaluate": "cmd_evaluate",
    "scores": "cmd_evaluate",
    "lists": "cmd_evaluate",
    "quarter": "cmd_evaluate",
    "grade": "cmd_evaluate",
    "hot-topics": "cmd_evaluate",
    "keys": "cmd_keys",
    "bundle": "cmd_bundle",
    "report": "cmd_report",
    "export": "cmd_export",
    "complaints": "cmd_complaints",
}


EXIT_STATUSES = """退出状态：
  0  成功
  2  用法或输入有误（标准错误输出一行中文说明如何改正）
  3  有数据包被拒绝（每个被拒绝的数据包一行原因，同时写到标准错误输出）
  4  报告核验码不符（report verify），或审计链断裂（audit verify、db check）
  其他非零值  内部错误（详情见数据目录 logs/hexie.log）"""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with `command`, only the module that registers it is loaded ("gui": none)."""
    parser = ChineseParser(
        prog="hexie",
        description="和谐桌面：物业服务企业考评与监管",
        epilog=EXIT_STATUSES,
        formatter_class=ChineseRawDescriptionFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"hexie {__version__}", help="显示版本号并退出"
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="数据目录（默认：系统用户数据目录；或环境变量 HEXIE_DATA_DIR）",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="SQLAlchemy 数据库地址，如 postgresql://…（默认：数据目录中的 SQLite）",
    )
    commands = parser.add_subparsers(dest="command", metavar="命令", parser_class=ChineseParser)
    gui = commands.add_parser("gui", help="打开窗口（不带命令时的默认）")
    gui.set_defaults(func=_run_gui)
    if command == "gui":
        return parser
    wanted = (
        {COMMAND_MODULES[command]} if command in COMMAND_MODULES else set(COMMAND_MODULES.values())
    )
    for module in sorted(wanted):
        importlib.import_module(f"hexie_desktop.cli.{module}").register(commands)
    return parser


def _named_command(argv: Sequence[str]) -> str | None:
    """The command the arguments name: "gui" for plain `hexie`, None when they name none."""
    globals_only = argparse.ArgumentParser(add_help=False)
    globals_only.add_argument("--data-dir")
    globals_only.add_argument("--db")
    _, rest = globals_only.parse_known_args(argv)
    if not rest:
        return "gui"
    return None if rest[0].startswith("-") else rest[0]


def _run_gui(ctx: CommandContext) -> int:
    from hexie_desktop.gui.app import run_gui  # noqa: PLC0415  (Qt loads only when the window opens)

    return run_gui(ctx.data_dir, ctx.url)


def main(argv: Sequence[str] | None = None) -> int:
    configure_console()
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_named_command(arguments))
    args = parser.parse_args(arguments)
    data_dir = DataDir(args.data_dir if args.data_dir else default_data_dir())
    handler = getattr(args, "func", _run_gui)
    ctx = CommandContext(data_dir=data_dir, url=args.db, args=args)
    waiting_listener.set(TerminalProgress().waiting)
    try:
        check_data_dir(data_dir, reads_only=reads_only(args), url=args.db)
        configure_logging(data_dir)
        config.apply(data_dir)
        return int(handler(ctx))
    except UserError as error:
        log.info("user error: %s", error.message)
        print(f"hexie: {error.message}", file=sys.stderr)
        return error.exit_status
    except KeyboardInterrupt:
        print("hexie: 已取消。", file=sys.stderr)
        return 130
    except Exception as error:
        fault = environment_fault(error, data_dir)
        if fault is not None:
            log.warning("environment fault in command %s: %s", args.command, fault.message)
            print(f"hexie: {fault.message}", file=sys.stderr)
            return fault.exit_status
        log.exception("internal error in command %s", args.command)
        print(
            f"hexie: 内部错误，详情已写入日志 {data_dir.logs / 'hexie.log'}。请将日志发给技术支持。",
            file=sys.stderr,
        )
        return INTERNAL_ERROR
    finally:
        ctx.close()
