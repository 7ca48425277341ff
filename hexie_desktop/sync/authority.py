"""Which records of a bundle may be applied, and why the others are held for a clerk.

Rules, in the order they are checked:
1. Clock skew: a version stamped more than `MAX_DRIFT_MS` (one day) after this machine's
   present (`domain.clock_policy.present_ms`) is held, so a laptop whose clock runs ahead cannot
   win every later conflict; a clerk accepting it stamps it again.
2. A record referring to a row held from the same bundle is held too.
3. An inspector's bundle may write only field work (inspections, scores, photos, attachments,
   surveys, complaints and their events), only versions it authored, and only records it owns
   (`ownership.py`): `INSPECTOR_RULES` lists, table by table, the rules (one function each)
   that bear on a new record and on a version of one this database holds. An inspector changes its own work; another's record changes only when a
   clerk accepts the held version.
4. An inspector's record that belongs to a finalised quarter is held: the quarter of a record is
   its `quarter` field, else that of its inspection, else the quarter of its date.
Clerk bundles (master or full) carry the bureau's authority and are applied whole.

Reasons are written for the clerk who decides: Chinese, naming records by compound, indicator,
inspector and ticket number, never by id.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import Connection, select

from hexie_desktop.domain.clock import MAX_DRIFT_MS, physical_ms
from hexie_desktop.domain.complaint_loop import reachable
from hexie_desktop.domain.labels import table_label
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.roles import Role
from hexie_desktop.domain.states import TicketState
from hexie_desktop.storage.tables import Inspection
from hexie_desktop.sync.ownership import Owners
from hexie_desktop.sync.schema import TableSpec

INSPECTOR_TABLES = frozenset(
    {"inspection", "indicatorscore", "photo", "attachment", "survey", "complaint", "complaintevent"}
)
_DATE_FIELDS = {"complaint": "received_at", "complaintevent": "at"}
_SHEET_DAYS = {"inspection": "inspected_on", "survey": "surveyed_on"}
CLOCK_AHEAD = "时钟超前："
"""How every reason for a record stamped in the future begins: the review queue groups them as one
cause, whatever the hours each one is ahead by."""
_PARENT_WORDS = {"inspection": "考评记录", "complaint": "投诉工单", "attachment": "附件"}
# What a ticket is, as registered; the other columns are its progress through the loop.
TICKET_IDENTITY = (
    "ticket_no",
    "channel",
    "compound_id",
    "firm_id",
    "category",
    "content",
    "received_at",
    "due_at",
)


def _stored_form(values: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """Those fields as the merge engine's stored rows hold them: dates and times as ISO text."""
    picked = {name: values[name] for name in names}
    parsed: dict[str, Any] = orjson.loads(orjson.dumps(picked, option=orjson.OPT_NAIVE_UTC))
    return parsed


def ticket_continues(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether `new` is an ordinary step on from the ticket version `old` (both as stored).

    The same ticket (nothing of what was registered changed, not deleted) at a state the loop
    reaches from the old one: an inspector following up a clerk's ticket, not a competing edit.
    """
    if new["deleted"] or any(old[name] != new[name] for name in TICKET_IDENTITY):
        return False
    return reachable(TicketState(old["state"]), TicketState(new["state"]))


@dataclass(slots=True)
class Claim:
    """One record an inspector's bundle sends, beside the version this database holds."""

    table: str
    values: dict[str, Any]
    stored: dict[str, Any] | None
    signer: str
    owners: Owners

    def changed(self, *names: str) -> bool:
        return self.stored is not None and any(
            self.stored[n] != v for n, v in _stored_form(self.values, names).items()
        )


def _field_work_only(claim: Claim) -> str | None:
    """Master data, standards, policy and decisions are the bureau's alone."""
    if claim.table in INSPECTOR_TABLES:
        return None
    return f"考评员无权写入{table_label(claim.table)}（主数据、标准、政策、黄红牌等由工作人员维护）"


def _own_sheet(claim: Claim) -> str | None:
    """An inspection or survey belongs to its inspector: only they change it, and never its owner.

    Reassigning one (its `inspector_id` changed) would hand another's work, or the blame for it,
    to someone else, so it is held even when the new name is the signer's.
    """
    if claim.table not in _SHEET_DAYS:
        return None
    what = "考评" if claim.table == "inspection" else "满意度调查"
    values, stored, owners = claim.values, claim.stored, claim.owners
    if stored is None:
        if values["inspector_id"] == claim.signer:
            return None
        return (
            f"考评员只能提交自己名下的{what}：“{owners.compound(values['compound_id'])}”的{what}"
            f"记在了“{owners.person(values['inspector_id'])}”名下"
        )
    owner = stored["inspector_id"]
    if values["inspector_id"] != owner:
        return (
            f"把考评员“{owners.person(owner)}”对“{owners.compound(stored['compound_id'])}”的{what}"
            f"改到“{owners.person(values['inspector_id'])}”名下：{what}的考评员不能更改"
        )
    if owner != claim.signer:
        action = "删除" if values["deleted"] else "修改"
        return (
            f"{action}他人的记录：“{owners.compound(stored['compound_id'])}”的{what}属于考评员"
            f"“{owners.person(owner)}”，签名者“{owners.person(claim.signer)}”无权改动"
        )
    return None


def _stays_on_its_sheet(claim: Claim) -> str | None:
    """A score or photo is evidence of one inspection; moving it would rewrite two sheets."""
    if claim.table not in ("indicatorscore", "photo") or not claim.changed("inspection_id"):
        return None
    assert claim.stored is not None
    what = "得分" if claim.table == "indicatorscore" else "照片"
    indicator = claim.owners.indicator(claim.stored["indicator_id"])
    return f"把指标“{indicator}”的{what}移到另一份考评表：{what}不能从一份考评移到另一份"


def _on_own_sheet(claim: Claim) -> str | None:
    """A score or photo belongs to the inspector of the inspection it is stored under."""
    if claim.table not in ("indicatorscore", "photo"):
        return None
    inspection_id = (claim.stored or claim.values)["inspection_id"]
    sheet = claim.owners.sheet(inspection_id)
    if sheet is None or sheet.inspector_id == claim.signer:
        return None
    what = "得分" if claim.table == "indicatorscore" else "照片"
    indicator = claim.owners.indicator(claim.values["indicator_id"])
    if claim.stored is None:
        action = "添加"
    else:
        action = "删除" if claim.values["deleted"] else "修改"
    return (
        f"{action}他人考评中的{what}：{claim.owners.sheet_words(sheet)}中指标“{indicator}”的{what}"
        f"不属于签名者“{claim.owners.person(claim.signer)}”"
    )


def _charged_to_serving_firm(claim: Claim) -> str | None:
    """A sheet scores the firm that serves the compound: a live contract covers its date.

    Otherwise an inspector could charge a poor sheet to any firm at all.
    """
    day_field = _SHEET_DAYS.get(claim.table)
    values = claim.values
    if day_field is None or values["deleted"]:
        return None
    day: dt.date = values[day_field]
    if claim.owners.serves(values["firm_id"], values["compound_id"], day):
        return None
    what = "考评" if claim.table == "inspection" else "满意度调查"
    return (
        f"“{claim.owners.firm(values['firm_id'])}”在 {day.isoformat()} 没有服务“"
        f"{claim.owners.compound(values['compound_id'])}”的有效合同：该{what}不能记到这家企业名下"
    )


def _ticket_keeps_what_it_is(claim: Claim) -> str | None:
    """Any inspector following up a ticket may move it along the loop (its state and outcome);
    what was registered (number, channel, compound, firm, category, content, times) and the
    ticket itself stay as the registrar wrote them: the application never rewrites or deletes a
    ticket, so a version that does was written outside it."""
    if claim.table != "complaint" or claim.stored is None:
        return None
    number = claim.stored["ticket_no"]
    if claim.values["deleted"] and not claim.stored["deleted"]:
        return f"删除工单 {number}：工单登记后不能删除"
    if claim.changed(*TICKET_IDENTITY):
        return f"改写工单 {number} 的登记内容（小区、企业、类别、内容或时间）：跟进工单只能推进办理环节"
    return None


def _written_once(claim: Claim) -> str | None:
    """An attachment or a ticket's step is never changed by anyone but the one who wrote it."""
    if claim.table not in ("attachment", "complaintevent") or claim.stored is None:
        return None
    owner = claim.stored["author_id"]
    if owner == claim.signer:
        return None
    what = "附件" if claim.table == "attachment" else "工单办理环节"
    return f"改动考评员“{claim.owners.person(owner)}”记录的{what}：只有记录人本人可以改动"


Rule = Callable[[Claim], str | None]


@dataclass(frozen=True)
class TableRules:
    """The rules that bear on a table's records, in the order they are checked: for a record
    new here, and for a version of one this database holds."""

    new: tuple[Rule, ...]
    held_here: tuple[Rule, ...]


_SHEET = (_own_sheet, _charged_to_serving_firm)
_EVIDENCE = TableRules((_on_own_sheet,), (_stays_on_its_sheet, _on_own_sheet))
_WRITTEN_ONCE = TableRules((), (_written_once,))
INSPECTOR_RULES: dict[str, TableRules] = {
    "inspection": TableRules(_SHEET, _SHEET),
    "survey": TableRules(_SHEET, _SHEET),
    "indicatorscore": _EVIDENCE,
    "photo": _EVIDENCE,
    "attachment": _WRITTEN_ONCE,
    "complaintevent": _WRITTEN_ONCE,
    "complaint": TableRules((), (_ticket_keeps_what_it_is,)),
}
_BUREAU_ONLY = TableRules((_field_work_only,), (_field_work_only,))


@dataclass
class Authority:
    author_id: str
    role: str
    finalised: frozenset[str]
    now_ms: int
    held_ids: dict[str, set[str]] = field(default_factory=dict)
    inspection_quarters: dict[str, str | None] = field(default_factory=dict)
    owners: Owners | None = None

    def judges_ownership(self, spec: TableSpec) -> bool:
        """Whether records of this table need the stored version to be judged."""
        return self.role == Role.INSPECTOR and spec.name in INSPECTOR_TABLES

    def prepare(
        self, conn: Connection, spec: TableSpec, batch: list[dict[str, Any]], stored: dict[str, Any]
    ) -> None:
        """Load, in a few queries, what the rules will ask about this batch."""
        if self.owners is None or self.owners.conn is not conn:
            self.owners = Owners(conn)
        if not self.judges_ownership(spec):
            return
        owners = self.owners
        if spec.name in ("indicatorscore", "photo"):
            owners.load_sheets(
                {v["inspection_id"] for v in batch} | {s["inspection_id"] for s in stored.values()}
            )
        elif spec.name in _SHEET_DAYS:
            owners.load_terms({v["compound_id"] for v in batch})

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

    def hold_reason(
        self,
        conn: Connection,
        spec: TableSpec,
        values: dict[str, Any],
        stored: dict[str, Any] | None = None,
    ) -> str | None:
        """Why this version must wait for a clerk, or None; `stored` is the version held here."""
        ahead = physical_ms(values["hlc"]) - self.now_ms
        if ahead > MAX_DRIFT_MS:
            return (
                f"{CLOCK_AHEAD}记录时间戳比本机时间晚 {ahead // 3_600_000} 小时以上，超过允许的 "
                f"{MAX_DRIFT_MS // 3_600_000} 小时，发送方电脑的时钟可能有误（接受时按本机时间重新盖章）"
            )
        if self.held_ids:
            for column, target in spec.foreign_keys:
                ref = values[column]
                if ref is not None and ref in self.held_ids.get(target, ()):
                    return f"所属的{_PARENT_WORDS.get(target, '上级记录')}已被暂扣，待审核"
        if self.role != Role.INSPECTOR:
            return None
        if values["author_id"] != self.author_id:
            # A bundle carries only versions its signer wrote: it cannot speak for another.
            return "记录的作者不是该数据包的签名者"
        table_rules = INSPECTOR_RULES.get(spec.name, _BUREAU_ONLY)
        rules = table_rules.new if stored is None else table_rules.held_here
        if rules:
            assert self.owners is not None, "prepare() comes first"
            claim = Claim(spec.name, values, stored, self.author_id, self.owners)
            for rule in rules:
                reason = rule(claim)
                if reason:
                    return reason
        return self._finalised_reason(conn, spec, values) if self.finalised else None

    def _finalised_reason(
        self, conn: Connection, spec: TableSpec, values: dict[str, Any]
    ) -> str | None:
        quarter = self._quarter(conn, spec, values)
        if spec.name == "inspection":
            self.inspection_quarters[values["id"]] = quarter
        return f"{quarter} 已定稿，改动需工作人员审核" if quarter in self.finalised else None

    def mark_held(self, table: str, row_id: str) -> None:
        self.held_ids.setdefault(table, set()).add(row_id)
