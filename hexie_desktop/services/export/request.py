"""What an export is about, without loading the writers or the reports (the window's screens
import this when they are built; the heavy modules load on the first export)."""

from dataclasses import dataclass

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.paths import safe_file_name

QUARTER_KINDS = ("scores", "lists", "cards", "interviews", "complaints")
YEAR_KINDS = ("grading",)
REGISTER_KINDS = ("firms",)
EXPORT_KINDS = QUARTER_KINDS + YEAR_KINDS + REGISTER_KINDS
KIND_LABELS = {
    "scores": "季度考评得分排名",
    "lists": "红黑榜",
    "cards": "黄牌红牌警告",
    "interviews": "低分约谈",
    "complaints": "投诉工单",
    "grading": "和谐社区等级评定",
    "firms": "物业服务企业名录",
}
FINAL = "已定稿"
PROVISIONAL = "暂定"


@dataclass(frozen=True)
class ExportRequest:
    """What to export: a quarter's table, a year's grading, or the firm register."""

    kind: str
    quarter: Quarter | None = None
    year: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in EXPORT_KINDS:
            raise UserError(f"未知的导出内容“{self.kind}”，应为：{'、'.join(EXPORT_KINDS)}")
        if self.kind in QUARTER_KINDS and self.quarter is None:
            raise UserError(f"导出{KIND_LABELS[self.kind]}需要季度，如 --quarter 2026Q1。")
        if self.kind in YEAR_KINDS and self.year is None:
            raise UserError(f"导出{KIND_LABELS[self.kind]}需要年度，如 --year 2026。")

    @property
    def period(self) -> str:
        if self.quarter is not None:
            return f"{self.quarter.year}年第{self.quarter.number}季度"
        return f"{self.year}年度" if self.year is not None else ""

    def suggested_name(self, suffix: str = ".xlsx") -> str:
        """A readable default file name, e.g. 2026年第1季度季度考评得分排名.xlsx."""
        return f"{safe_file_name(self.period + KIND_LABELS[self.kind], 'hexie')}{suffix}"
