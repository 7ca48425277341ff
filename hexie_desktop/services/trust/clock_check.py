"""The clock check every start makes, before any edit: tell the user, and undo one bad session.

The window shows what this finds in a dialog and the command line on stderr; both then go on,
because no stamp is taken from an implausible clock anyway (`domain.clock_policy`), and an
inspector in the field may not be able to set the system time. What a wrong clock does put at
risk is what the user types from it (today's date as a default), which is why they are told.

When the stored clock was set by a clock that ran ahead in an earlier session, it is brought back
to the present in one audited transaction, and this installation's own rows stamped after that
point get fresh stamps in their old order; the export watermark moves back with them, so the
next bundle sends them again with stamps the bureau accepts.
"""

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlmodel import Session

from hexie_desktop.domain.bureau_time import format_time
from hexie_desktop.domain.clock import HybridClock, physical_ms, wall_clock_ms
from hexie_desktop.domain.clock_policy import (
    BUREAU_LEAD_MS,
    DAY_MS,
    BundleTimes,
    ClockCheck,
    ClockFinding,
    WallState,
    bundle_clock_findings,
    check_clock,
    restamp_threshold,
)
from hexie_desktop.faults import environment_fault
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import installation_row
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import SYNCED_TABLES, Installation

log = logging.getLogger(__name__)

REPAIR_ACTION = "clock.repaired"


def shown_ms(ms: int) -> str:
    """A moment as the bureau reads it: on the bureau's clock, to the minute."""
    return format_time(dt.datetime.fromtimestamp(ms / 1000, dt.UTC))


@dataclass(frozen=True)
class ClockNotice:
    """What the user is told at start, and what the repair changed."""

    check: ClockCheck
    restamped: int = 0
    repair_failed: bool = False

    @property
    def lines(self) -> list[str]:
        check = self.check
        wall = shown_ms(check.wall_ms)
        out = []
        if check.state is WallState.AHEAD:
            out.append(
                f"本机时钟显示 {wall}，比本机见过的局方最近时间 {shown_ms(check.bureau_ms)} "
                f"超前 {BUREAU_LEAD_MS // DAY_MS} 天以上，时钟很可能有误。在调准之前，新的改动不按"
                "本机时钟盖时间戳，只排在已有记录之后。"
            )
        elif check.state is WallState.BEHIND and check.bureau_ms > check.wall_ms:
            out.append(
                f"本机时钟显示 {wall}，早于本机见过的局方最近时间 {shown_ms(check.bureau_ms)}，"
                "时钟很可能有误。"
            )
        elif check.state is WallState.BEHIND:
            out.append(f"本机时钟显示 {wall}，早于本软件的发布时间，时钟显然有误。")
        if check.jumped_back:
            out.append(
                f"本机时钟 {wall} 早于本机上次记录的时间 {shown_ms(check.stored_ms)}：系统时间被调回过。"
            )
        if self.repair_failed:
            out.append(
                f"上次记录的时间 {shown_ms(check.stored_ms)} 来自当时有误的时钟，但数据库暂时无法写入"
                "（数据目录只读，或正被另一个程序使用），未能改回：请处理后重新打开，在此之前不要编辑。"
            )
        elif check.repair_to is not None:
            again = (
                f"本机在那之后盖章的 {self.restamped} 条记录已重新盖章，下次导出时会重新发送。"
                if self.restamped
                else "本机没有在那之后盖章的记录。"
            )
            out.append(
                f"上次记录的时间 {shown_ms(check.stored_ms)} 来自当时有误的时钟：已改按 "
                f"{shown_ms(physical_ms(check.repair_to))} 继续。{again}"
            )
        elif check.needs_warning:
            out.append("新的改动仍排在本机已有记录之后。")
        if check.state is not WallState.PLAUSIBLE:
            out.append(
                "请把系统日期和时间调准（时区：中国标准时间）；在此之前填写日期时请逐一核对，"
                "默认的“今天”可能不对。"
            )
        return out


def _restamp(session: Session, own: Installation, check: ClockCheck) -> int:
    assert check.repair_to is not None
    above = restamp_threshold(check.repair_to)
    found: list[tuple[int, Any, str]] = []
    conn = session.connection()
    for model in SYNCED_TABLES:
        table = model.__table__  # type: ignore[attr-defined]
        rows = conn.execute(
            select(table.c.id, table.c.hlc).where(table.c.author_id == own.id, table.c.hlc > above)
        )
        found.extend((hlc, table, row_id) for row_id, hlc in rows)
    clock = HybridClock(last=check.repair_to, wall_ms=lambda: physical_ms(check.repair_to or 0))
    for _old, table, row_id in sorted(found, key=lambda item: item[0]):
        conn.execute(update(table).where(table.c.id == row_id).values(hlc=clock.tick()))
    own.clock = clock.last
    own.exported_through = min(own.exported_through, check.repair_to)
    session.add(own)
    return len(found)


def check_start_clock(store: Store, wall_ms: int | None = None) -> ClockNotice | None:
    """The start-up check: None when the clocks agree (or there is no identity yet)."""
    wall = wall_clock_ms() if wall_ms is None else wall_ms
    with store.reading() as session:
        own = installation_row(session)
        if own is None:
            return None
        check = check_clock(wall, own.clock, own.bureau_ms)
    if not check.needs_warning and check.repair_to is None:
        return None
    if check.repair_to is None:
        return ClockNotice(check)
    try:
        return _repair(store, wall)
    except Exception as error:
        if environment_fault(error, store.data_dir) is None:
            raise
        log.warning("the stored clock could not be repaired", exc_info=True)
        return ClockNotice(check, repair_failed=True)


def _repair(store: Store, wall: int) -> ClockNotice:
    with store.transaction() as session:
        own = installation_row(session)
        assert own is not None
        check = check_clock(wall, own.clock, own.bureau_ms)
        if check.repair_to is None:
            return ClockNotice(check)
        restamped = _restamp(session, own, check)
        append_event(
            session,
            actor_id=own.id,
            action=REPAIR_ACTION,
            table_name="installation",
            row_id=own.id,
            detail={
                "wall_ms": check.wall_ms,
                "stored_ms": check.stored_ms,
                "bureau_ms": check.bureau_ms,
                "repaired_to": check.repair_to,
                "restamped": restamped,
            },
        )
    return ClockNotice(check, restamped)


def _bundle_clock_text(finding: ClockFinding, times: BundleTimes) -> str:
    made, got = shown_ms(times.created_ms), shown_ms(times.received_ms)
    latest, earliest = shown_ms(times.latest_stamp_ms), shown_ms(times.earliest_stamp_ms)
    texts = {
        ClockFinding.CREATED_AHEAD: f"数据包的制作时间 {made} 晚于接收时间 {got}：发送方或本机的时钟超前",
        ClockFinding.CREATED_BEHIND: (
            f"数据包的制作时间 {made} 比接收时间 {got} 早 "
            f"{(times.received_ms - times.created_ms) // DAY_MS} 天：发送方的时钟可能滞后，或数据包搁置过久"
        ),
        ClockFinding.STAMPS_AHEAD: f"记录时间戳最晚到 {latest}，晚于接收时间 {got}：发送方的时钟超前",
        ClockFinding.STAMPS_AFTER_CREATED: (
            f"记录时间戳最晚到 {latest}，晚于数据包的制作时间 {made}：发送方的时钟在编辑后被调回过"
        ),
        ClockFinding.STAMPS_BEFORE_RELEASE: (
            f"记录时间戳最早为 {earliest}，早于本软件的发布时间：发送方的时钟滞后"
        ),
    }
    return texts[finding]


def bundle_clock_notes(times: BundleTimes) -> list[dict[str, str]]:
    """The clock findings of one bundle, each with its stable code and a sentence for the clerk."""
    return [
        {"finding": finding.value, "message": _bundle_clock_text(finding, times)}
        for finding in bundle_clock_findings(times)
    ]
