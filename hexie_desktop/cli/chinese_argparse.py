"""argparse speaking Chinese: usage, section titles, placeholders and its own error messages.

argparse writes its few fixed words ("usage:", "options", "show this help message and exit")
and its error messages in English. The words belong to the formatter and the parser, so they are
overridden there; the errors are built deep inside `parse_args`, so `error()` rewrites the
handful of message shapes argparse has into Chinese before they reach a person.
"""

import argparse
import re
from collections.abc import Iterable
from typing import NoReturn

USAGE_ERROR = 2

# What a value stands for, shown where argparse would print the destination in capitals.
PLACEHOLDERS = {
    "code": "核验码",
    "compounds": "小区数",
    "data_dir": "目录",
    "file": "文件",
    "files": "文件或目录",
    "fingerprint": "指纹",
    "firm": "信用代码",
    "firms": "企业数",
    "kind": "种类",
    "name": "姓名",
    "out": "路径",
    "quarter": "季度",
    "quarters": "季度列表",
    "reason": "原因",
    "sample": "比例",
    "seed": "种子",
    "subject": "对象",
    "year": "年份",
    "sheet": "工作表",
}
GENERIC_PLACEHOLDER = "值"

# argparse's own error messages (Python 3.11 to 3.13), each rewritten into Chinese.
_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), replacement)
    for pattern, replacement in (
        (r"^the following arguments are required: (.*)$", r"缺少必需的参数：\1"),
        (r"^unrecognized arguments: (.*)$", r"无法识别的参数：\1"),
        (r"^one of the arguments (.*) is required$", r"必须给出以下参数之一：\1"),
        (
            r"^argument (.*?): invalid choice: (.*?) \(choose from (.*)\)$",
            r"\1 的取值 \2 无效，可选：\3",
        ),
        (r"^argument (.*?): expected one argument$", r"\1 后面需要一个值"),
        (r"^argument (.*?): expected at least one argument$", r"\1 后面至少需要一个值"),
        (r"^argument (.*?): expected (\d+) arguments?$", r"\1 后面需要 \2 个值"),
        (r"^argument (.*?): ignored explicit argument (.*)$", r"\1 不接受值 \2"),
        (r"^argument (.*?): not allowed with argument (.*)$", r"\1 不能与 \2 同时使用"),
        (r"^argument (.*?): invalid (\w+) value: (.*)$", r"\1 的值 \3 格式不正确"),
        (r"^ambiguous option: (.*?) could match (.*)$", r"选项 \1 有歧义，可能是：\2"),
        (r"^argument (.*?): (.*)$", r"\1：\2"),
    )
)


def chinese_error(message: str) -> str:
    """argparse's English error message in Chinese (an unknown shape passes unchanged)."""
    for pattern, replacement in _ERRORS:
        if pattern.match(message):
            return pattern.sub(replacement, message)
    return message


class ChineseHelpFormatter(argparse.HelpFormatter):
    """Usage prefixed 用法：, and placeholders named in Chinese instead of the capitalised dest."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        return PLACEHOLDERS.get(action.dest, GENERIC_PLACEHOLDER)

    def _get_default_metavar_for_positional(self, action: argparse.Action) -> str:
        return PLACEHOLDERS.get(action.dest, GENERIC_PLACEHOLDER)


class ChineseRawDescriptionFormatter(ChineseHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Chinese help that keeps the line breaks of a description or epilog (tables, column notes)."""


class ChineseParser(argparse.ArgumentParser):
    """An ArgumentParser whose help, section titles and errors are Chinese; errors exit 2."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        add_help = bool(kwargs.get("add_help", True))
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        if add_help:
            self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str) -> NoReturn:
        self.exit(
            USAGE_ERROR,
            f"hexie: 用法错误：{chinese_error(message)}（运行 {self.prog} --help 查看用法）\n",
        )
