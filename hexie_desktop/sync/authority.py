"""Which records of a bundle may be applied, and why the others are held for a clerk.

Rules, in the order they are checked:
1. Clock skew: a version stamped more than `MAX_DRIFT_MS` (one day) after this machine's
   present (`domain.clock_policy.present_ms`) is held, so a laptop whose clock runs ahead cannot
   win every later conflict; a clerk accepting it stamps it again.
2. A record referring to a row held from the same bundle is held too.
3. An inspector's bundle may write only field work (inspections, scores, photos, attachments,
   surveys, complaints and their events), only versions it authored, and only inspections and
   surveys in its own name.
4. An inspector's record that belongs to a finalised quarter is held: the quarter of a record is
   its `quarter` field, else that of its inspection, else the quarter of its date.
Clerk bundles (master or full) carry the bureau's authority and are applied whole.
"""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from hexie_desktop.domain.clock import MAX_DRIFT_MS, physical_ms
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.roles import Role
from hexie_desktop.storage.tables import Inspection
from hexie_desktop.sync.schema import TableSpec

INSPECTOR_TABLES = frozenset(
    {"inspection", "indicatorscore", "photo", "attachment", "survey", "complaint", "complaintevent"}
)
_DATE_FIELDS = {"complaint": "received_at", "complaintevent": "at"}


@dataclass
class Authority:
    author_id: str
    role: str
    finalised: frozenset[str]
    now_ms: int
    held_ids: dict[str, set[str]] = field(default_factory=dict)
    inspection_quarters: dict[str, str | None] = field(default_factory=dict)

    def _inspection_quarter(self, conn: Connection, inspection_id: str) -> str | None:
        if inspection_id not in self.inspection_quarters:
            table = Inspection.__table__  # type: ignore[attr-defined]
            found = conn.execute(
                select(table.c.quarter).where(table.c.id == inspection_id)
            ).scalar()
            self.inspection_quarters[inspection_id] = found
        return self.inspection_quarters[inspection_id]

    def _quarter(self, conn: Connection, spec: TableSpec, values: dict[str, Any]) -> str | None:
        if "quarter" in values:
            return str(values["quarter"]) if values["quarter"] is not None else None
        if "inspection_id" in values:
            return self._inspection_quarter(conn, values["inspection_id"])
        date_field = _DATE_FIELDS.get(spec.name)
        if date_field:
            moment: dt.datetime = values[date_field]
            return str(Quarter.containing(moment.date()))
        return None

    def hold_reason(self, conn: Connection, spec: TableSpec, values: dict[str, Any]) -> str | None:
        ahead = physical_ms(values["hlc"]) - self.now_ms
        if ahead > MAX_DRIFT_MS:
            return (
                f"时钟超前：记录时间戳比本机时间晚 {ahead // 3_600_000} 小时以上，超过允许的 "
                f"{MAX_DRIFT_MS // 3_600_000} 小时，发送方电脑的时钟可能有误（接受时按本机时间重新盖章）"
            )
        if self.held_ids:
            for column, target in spec.foreign_keys:
                ref = values[column]
                if ref is not None and ref in self.held_ids.get(target, ()):
                    return f"所引用的 {target} {ref} 已被暂扣"
        if self.role != Role.INSPECTOR:
            return None
        return self._inspector_reason(conn, spec, values)

    def _inspector_reason(
        self, conn: Connection, spec: TableSpec, values: dict[str, Any]
    ) -> str | None:
        if spec.name not in INSPECTOR_TABLES:
            return f"考评员无权写入 {spec.name}（主数据、标准、政策、黄红牌等由工作人员维护）"
        if values["author_id"] != self.author_id:
            return "记录的作者不是该数据包的签名者"
        if "inspector_id" in values and values["inspector_id"] != self.author_id:
            return "考评员只能提交自己名下的考评或调查"
        if not self.finalised:
            return None
        quarter = self._quarter(conn, spec, values)
        if spec.name == "inspection":
            self.inspection_quarters[values["id"]] = quarter
        return f"{quarter} 已定稿，改动需工作人员审核" if quarter in self.finalised else None

    def mark_held(self, table: str, row_id: str) -> None:
        self.held_ids.setdefault(table, set()).add(row_id)
