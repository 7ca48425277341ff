"""The start-up repair of a stored clock left in the future by an earlier wrong session."""

import datetime as dt
import sqlite3

from sqlalchemy import text
from sqlmodel import col, select

from hexie_desktop.domain.clock import pack, physical_ms, wall_clock_ms
from hexie_desktop.services.demo import generate as demo
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.clock_check import check_start_clock
from hexie_desktop.storage.tables import AuditEvent, Firm, Installation

IN_2035 = int(dt.datetime(2035, 6, 1, tzinfo=dt.UTC).timestamp() * 1000)


def _leave_in_2035(store: Store, firms: int) -> list[str]:
    """Stamp the first `firms` firms (by name) in 2035, as a wrong session would have."""
    demo.generate_demo(store, demo.DemoOptions(firms=6, compounds=8, seed=1, master_only=True))
    with store.transaction() as session:
        ids = list(session.exec(select(Firm.id).order_by(col(Firm.name)).limit(firms)).all())
        for offset, firm_id in enumerate(reversed(ids)):
            session.execute(
                text("UPDATE firm SET hlc = :hlc WHERE id = :id"),
                {"hlc": pack(IN_2035, offset), "id": firm_id},
            )
        session.execute(
            text("UPDATE installation SET clock = :c, exported_through = :c"),
            {"c": pack(IN_2035, firms)},
        )
    return ids


def test_the_repair_restamps_own_future_rows_in_their_order_and_resends_them(
    clerk_store: Store,
) -> None:
    ids = _leave_in_2035(clerk_store, 3)
    before = wall_clock_ms()
    notice = check_start_clock(clerk_store)
    assert notice is not None and notice.restamped == 3
    assert any("已重新盖章" in line for line in notice.lines)
    with clerk_store.reading() as session:
        stamps = {f.id: f.hlc for f in session.exec(select(Firm)).all() if f.id in ids}
        own = session.exec(select(Installation)).one()
        [event] = session.exec(
            select(AuditEvent).where(col(AuditEvent.action) == "clock.repaired")
        ).all()
    assert [stamps[i] for i in reversed(ids)] == sorted(stamps.values()), "old order kept"
    assert all(before <= physical_ms(s) <= wall_clock_ms() for s in stamps.values())
    assert own.clock == max(stamps.values())
    assert own.exported_through < min(stamps.values()), "the next export sends them again"
    assert event.detail["restamped"] == 3
    assert check_start_clock(clerk_store) is None


def test_a_database_that_cannot_be_written_is_told_and_left_as_it_was(clerk_store: Store) -> None:
    _leave_in_2035(clerk_store, 2)
    blocker = sqlite3.connect(clerk_store.data_dir.database)
    try:
        blocker.execute("BEGIN EXCLUSIVE")
        notice = check_start_clock(clerk_store)
    finally:
        blocker.rollback()
        blocker.close()
    assert notice is not None and notice.repair_failed and notice.restamped == 0
    assert any("暂时无法写入" in line for line in notice.lines)
    with clerk_store.reading() as session:
        assert physical_ms(session.exec(select(Installation)).one().clock) == IN_2035
