"""What a demo run wrote, for the user in Chinese and for scripts as JSON."""

from dataclasses import dataclass, field
from typing import Any

from hexie_desktop.domain.labels import table_label


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
        body = [f"  {table_label(name)}：{count}" for name, count in self.counts.items() if count]
        return [head, *body, f"用时 {self.elapsed_seconds:.1f} 秒。"]
