"""How the command line asks for the private key's passphrase: once per command.

`HEXIE_PASSPHRASE` (for scripts) or, on a terminal, a prompt that does not echo. Setting a new
passphrase (`hexie keys protect`) reads `HEXIE_NEW_PASSPHRASE` or asks twice.
"""

import getpass
import os
import sys

from hexie_desktop.domain.errors import UserError

UNLOCK_VARIABLE = "HEXIE_PASSPHRASE"
NEW_VARIABLE = "HEXIE_NEW_PASSPHRASE"


def ask_passphrase() -> str | None:
    if UNLOCK_VARIABLE in os.environ:
        return os.environ[UNLOCK_VARIABLE]
    if sys.stdin.isatty():
        return getpass.getpass("本机私钥口令：")
    return None


def new_passphrase() -> str:
    if NEW_VARIABLE in os.environ:
        return os.environ[NEW_VARIABLE]
    if not sys.stdin.isatty():
        raise UserError(f"请在终端中运行以便输入新口令，或设置环境变量 {NEW_VARIABLE}。")
    first = getpass.getpass("新口令：")
    if getpass.getpass("再输入一次新口令：") != first:
        raise UserError("两次输入的口令不一致，口令未改变。")
    return first
