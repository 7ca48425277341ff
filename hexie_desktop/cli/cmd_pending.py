"""Commands of the contract whose features are still being built: they say so, with status 2."""

import argparse

from hexie_desktop.cli.context import CommandContext
from hexie_desktop.domain.errors import UserError

PENDING = ("evaluate", "scores", "lists", "keys", "bundle", "report")


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    for name in PENDING:
        parser = commands.add_parser(name, help="（尚未提供）", add_help=False)
        parser.add_argument("rest", nargs=argparse.REMAINDER)
        parser.set_defaults(func=_not_yet)


def _not_yet(ctx: CommandContext) -> int:
    raise UserError(f"命令“{ctx.args.command}”在此版本中尚未提供。")
