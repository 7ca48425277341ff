"""What each column of the firm and compound registers means, for the template and the help.

One text per column, shown in the template's 填写说明 sheet, in `hexie import template --help`
and in the README, so that a clerk never has to read code to learn how to fill a register.
"""

from dataclasses import dataclass

from hexie_desktop.domain.master_rows import COMPOUND_COLUMNS, FIRM_COLUMNS
from hexie_desktop.domain.sheet_header import Column

YES_NO = ("是", "否")


@dataclass(frozen=True)
class ColumnHelp:
    column: Column
    meaning: str
    example: str
    choices: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return self.column.label

    @property
    def required(self) -> bool:
        return self.column.required

    @property
    def aliases(self) -> str:
        return "、".join(self.column.aliases)


_FIRM_TEXT = {
    "credit_code": (
        "18 位统一社会信用代码（GB 32100-2015，含校验位），大小写和全角均可；请把该列设为“文本”格式，"
        "否则 Excel 会把长数字截断。同一代码再次导入时更新该企业。",
        "91440303MA50HGC25Q",
    ),
    "name": ("营业执照上的企业全称，不超过 100 个字符。", "深圳市示例物业服务有限公司"),
    "legal_representative": ("法定代表人姓名，不超过 32 个字符。", "张三"),
    "phone": ("联系电话，不超过 32 个字符。", "0755-12345678"),
    "address": ("企业地址，不超过 200 个字符。", "深圳市罗湖区示例路 1 号"),
    "state_owned": ("是否国有企业（三无小区兜底的企业通常为国有），填“是”或“否”。", "否"),
}
_COMPOUND_TEXT = {
    "name": ("小区名称，同一社区内不能重复，不超过 64 个字符。", "示例花园"),
    "district": ("所属区，不存在时自动新建。", "罗湖区"),
    "street": ("所属街道（镇），不存在时自动新建。", "东门街道"),
    "community": ("所属社区，不存在时自动新建。", "示例社区"),
    "address": ("小区地址，不超过 200 个字符。", "示例路 8 号"),
    "households": (
        "总户数，非负整数。企业季度得分按户数加权；空或 0 户的小区的权重由评价政策决定（默认按该企业当季所检小区户数的中位数计）。",
        "1200",
    ),
    "grid": ("所属网格名称或编号（约 200 户一个网格）。", "东门-03"),
    "is_fallback": ("是否由国有企业兜底服务的三无小区，填“是”或“否”。", "否"),
    "firm_credit_code": (
        "为该小区服务的物业企业的统一社会信用代码；企业须已导入，或在“物业企业名称”列写明以便一并新建。",
        "91440303MA50HGC25Q",
    ),
    "firm_name": ("物业企业名称，只在企业尚未导入时用来新建企业。", "深圳市示例物业服务有限公司"),
    "contract_starts_on": (
        "物业服务合同开始日期，如 2024-01-01 或 2024/1/1；填写了物业企业时必填。",
        "2024-01-01",
    ),
    "contract_ends_on": ("合同结束日期，不早于开始日期；空表示长期有效。", "2026-12-31"),
}
_CHOICES = {"state_owned": YES_NO, "is_fallback": YES_NO}


def _helps(
    columns: tuple[Column, ...], texts: dict[str, tuple[str, str]]
) -> tuple[ColumnHelp, ...]:
    return tuple(
        ColumnHelp(c, texts[c.field][0], texts[c.field][1], _CHOICES.get(c.field, ()))
        for c in columns
    )


REGISTER_HELP = {
    "firms": _helps(FIRM_COLUMNS, _FIRM_TEXT),
    "compounds": _helps(COMPOUND_COLUMNS, _COMPOUND_TEXT),
}
REGISTER_TITLES = {"firms": "物业服务企业名录", "compounds": "小区名录"}


def help_text(kind: str) -> str:
    """The columns of a register as plain text lines, for `--help`."""
    lines = [f"{REGISTER_TITLES[kind]}的列（* 为必填；列名也可用括号中的别名）："]
    for item in REGISTER_HELP[kind]:
        mark = "*" if item.required else " "
        lines.append(f" {mark}{item.label}（{item.aliases}）：{item.meaning}")
    return "\n".join(lines)
