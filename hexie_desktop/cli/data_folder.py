"""Whether `--data-dir` names a folder a command can use, decided before anything is written there.

A mistyped data folder must not quietly become a new, empty installation that answers 尚未考评:
commands that only read refuse a folder without a database, and no command starts on a file, nor
on a folder it cannot write unless it only reads a database already there.
"""

import argparse
from pathlib import Path

from hexie_desktop.domain.errors import UserError
from hexie_desktop.paths import DataDir, folder_writable

# (command, action) pairs that only read the database; None as action: every action of it.
_READ_ONLY = frozenset(
    {
        ("scores", None),
        ("lists", None),
        ("db", "check"),
        ("keys", "list"),
        ("report", None),
        ("audit", "verify"),
        ("bundle", "verify"),
        ("db", "backup"),
        ("export", None),
        ("hot-topics", None),
    }
)


def reads_only(args: argparse.Namespace) -> bool:
    """True for a command that reads the database and writes nothing to the data folder."""
    command = getattr(args, "command", None)
    action = getattr(args, f"{command}_command", None) if command else None
    return (command, None) in _READ_ONLY or (command, action) in _READ_ONLY


def _existing_ancestor(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def check_data_dir(data_dir: DataDir, *, reads_only: bool, url: str | None) -> None:
    """Refuse, in one Chinese line, a data folder this command cannot use; create nothing."""
    root = data_dir.root
    existing = _existing_ancestor(root.absolute())
    if not existing.is_dir():
        raise UserError(
            f"数据目录 {root} 无法使用：{existing} 是一个文件，不是文件夹。"
            "请用 --data-dir 指向一个文件夹。"
        )
    if not folder_writable(existing) and not (reads_only and data_dir.database.is_file()):
        # A read-only folder still serves what only reads (the database opens immutable).
        raise UserError(
            f"数据目录 {root} 无法使用：{existing} 是只读的。"
            "请用 --data-dir 指向一个可写的文件夹，或检查该文件夹的权限。"
        )
    if reads_only and url is None and not data_dir.database.is_file():
        raise UserError(
            f"该数据目录中没有数据库：{data_dir.database}，请检查 --data-dir 或先运行 hexie init。"
        )
