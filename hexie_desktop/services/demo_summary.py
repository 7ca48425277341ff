"""What a demo run wrote, for the user in Chinese and for scripts as JSON."""

from dataclasses import dataclass, field
from typing import Any

TABLE_LABELS = {
    "district": "区",
    "street": "街道",
    "community": "社区",
    "compound": "小区",
    "teammember": "“2+4”团队成员",
    "firm": "物业服务企业",
    "contract": "物业服务合同",
    "standard": "评分标准",
    "standardpart": "评分标准部分",
    "indicator": "评分指标",
    "deduction": "扣分项",
    "policy": "政策版本",
    "inspection": "考评记录",
    "indicatorscore": "指标得分",
    "survey": "满意度调查",
    "complaint": "投诉工单",
    "complaintevent": "工单办理环节",
    "card": "黄牌",
    "creditentry": "信用档案记录",
    "gradingsheet": "社区等级评分表",
    "communityincident": "社区事件",
}


@dataclass
class DemoSummary:
    """What was written, per table, so the user (and a script) can see the size of it."""

    counts: dict[str, int]
    seed: int
    quarters: list[str]
    master_only: bool = False
    author: str = ""
    elapsed_seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "counts": dict(self.counts),
            "seed": self.seed,
            "quarters": list(self.quarters),
            "master_only": self.master_only,
            "elapsed_seconds": round(self.elapsed_seconds, 2),
            **self.extra,
        }

    def lines(self) -> list[str]:
        quarters = "、".join(self.quarters)
        if self.author:
            head = f"已模拟 {self.author} 的现场考评（种子 {self.seed}，季度 {quarters}）："
        else:
            scope = "主数据" if self.master_only else "演示数据"
            head = f"已生成{scope}（种子 {self.seed}，季度 {quarters}）："
        body = [
            f"  {TABLE_LABELS.get(name, name)}：{count}"
            for name, count in self.counts.items()
            if count
        ]
        return [head, *body, f"用时 {self.elapsed_seconds:.1f} 秒。"]
