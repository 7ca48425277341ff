"""Editing master data by hand: worked examples of the rules a clerk relies on."""

import datetime as dt
from typing import Any

import pytest
from sqlmodel import col, select

from hexie_desktop.domain.credit_code import check_character
from hexie_desktop.domain.errors import UserError
from hexie_desktop.services.listings.master import CompoundListing, FirmListing, ListingQuery
from hexie_desktop.services.master.edits import (
    CompoundEdit,
    CompoundFields,
    FirmFields,
    credit_code_problem,
    delete_compound,
    delete_firm,
    save_compound,
    save_firm,
)
from hexie_desktop.services.master.records_view import (
    ContractFields,
    TeamMemberFields,
    community_choices,
    compound_record,
    firm_choices,
    firm_record,
)
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import first_broken_link
from hexie_desktop.storage.tables import (
    AuditEvent,
    Community,
    Compound,
    Contract,
    District,
    Firm,
    Street,
    TeamMember,
)

FIRST17 = "91330106MA27XK5Y1"
GOOD = FIRST17 + check_character(FIRST17)
WRONG_LAST = "0" if GOOD[-1] != "0" else "1"


def _code(n: int) -> str:
    first17 = f"91330106MA2{n:06d}"
    return first17 + check_character(first17)


@pytest.fixture
def community(clerk_store: Store) -> str:
    stamp: dict[str, Any] = {"author_id": "seed", "hlc": 1}
    with clerk_store.transaction() as session:
        district = District(code="330106", name="西湖区", **stamp)
        session.add(district)
        session.flush()
        street = Street(district_id=district.id, name="北山街道", **stamp)
        session.add(street)
        session.flush()
        place = Community(street_id=street.id, name="宝石社区", **stamp)
        session.add(place)
        session.flush()
        return place.id


def _firm(store: Store, n: int, name: str) -> str:
    return save_firm(store, None, FirmFields(_code(n), name)).value


def test_a_credit_code_with_a_wrong_check_character_is_refused_naming_the_expected_one(
    clerk_store: Store,
) -> None:
    bad = GOOD[:-1] + WRONG_LAST
    problem = credit_code_problem(bad)
    assert problem is not None and f"最后一位应为 {GOOD[-1]}" in problem
    with pytest.raises(UserError, match=f"最后一位应为 {GOOD[-1]}"):
        save_firm(clerk_store, None, FirmFields(bad, "湖畔物业"))
    assert credit_code_problem(GOOD.lower()) is None
    saved = save_firm(clerk_store, None, FirmFields(GOOD.lower(), " 湖畔物业 ", phone="0571-1234"))
    record = firm_record(clerk_store, saved.value)
    assert (record.credit_code, record.name) == (GOOD, "湖畔物业")
    assert saved.changes.touches(Firm)
    with pytest.raises(UserError, match="已属于企业“湖畔物业”"):
        save_firm(clerk_store, None, FirmFields(GOOD, "另一家"))
    with pytest.raises(UserError, match="联系电话"):
        save_firm(clerk_store, saved.value, FirmFields(GOOD, "湖畔物业", phone="call me"))


def test_changing_the_firm_ends_the_old_contract_the_day_before(
    clerk_store: Store, community: str
) -> None:
    first, second = _firm(clerk_store, 1, "甲物业"), _firm(clerk_store, 2, "乙物业")
    fields = CompoundFields(community, "翠苑一区", households=320)
    saved = save_compound(
        clerk_store,
        None,
        CompoundEdit(fields, ContractFields(first, dt.date(2024, 1, 1))),
    ).value
    with pytest.raises(UserError, match="应晚于原合同的开始日期 2024-01-01"):
        save_compound(
            clerk_store, saved, CompoundEdit(fields, ContractFields(second, dt.date(2023, 5, 1)))
        )
    save_compound(
        clerk_store, saved, CompoundEdit(fields, ContractFields(second, dt.date(2026, 4, 1)))
    )
    with clerk_store.reading() as session:
        contracts = session.exec(
            select(Contract).where(Contract.compound_id == saved).order_by(col(Contract.starts_on))
        ).all()
    assert [(c.firm_id, c.starts_on, c.ends_on) for c in contracts] == [
        (first, dt.date(2024, 1, 1), dt.date(2026, 3, 31)),
        (second, dt.date(2026, 4, 1), None),
    ]
    listing = CompoundListing(today=dt.date(2026, 5, 1))
    row = listing.rows(clerk_store, [saved])[saved]
    assert row[0] == "翠苑一区" and row[-1] == "乙物业"
    record = compound_record(clerk_store, saved)
    assert record.contract == ContractFields(second, dt.date(2026, 4, 1), None)

    # the same firm again: the dates of its contract are corrected, nothing new starts
    save_compound(
        clerk_store,
        saved,
        CompoundEdit(fields, ContractFields(second, dt.date(2026, 4, 2), dt.date(2029, 3, 31))),
    )
    with clerk_store.reading() as session:
        live = session.exec(
            select(Contract).where(Contract.compound_id == saved, col(Contract.deleted).is_(False))
        ).all()
    assert sorted((c.starts_on, c.ends_on) for c in live) == [
        (dt.date(2024, 1, 1), dt.date(2026, 3, 31)),
        (dt.date(2026, 4, 2), dt.date(2029, 3, 31)),
    ]


def test_the_team_is_edited_role_by_role_and_a_cleared_name_leaves_the_role_vacant(
    clerk_store: Store, community: str
) -> None:
    fields = CompoundFields(community, "翠苑二区")
    team = (
        TeamMemberFields("service_head", "张三", "13800000000"),
        TeamMemberFields("police_officer", "李四"),
    )
    saved = save_compound(clerk_store, None, CompoundEdit(fields, team=team)).value
    record = compound_record(clerk_store, saved)
    assert record.team["service_head"].phone == "13800000000"
    assert set(record.team) == {"service_head", "police_officer"}
    save_compound(
        clerk_store,
        saved,
        CompoundEdit(
            fields,
            team=(
                TeamMemberFields("service_head", "张三丰", "13800000000"),
                TeamMemberFields("police_officer", ""),
            ),
        ),
    )
    record = compound_record(clerk_store, saved)
    assert {r: m.name for r, m in record.team.items()} == {"service_head": "张三丰"}
    with clerk_store.reading() as session:
        members = session.exec(select(TeamMember)).all()
    assert len(members) == 2 and sum(m.deleted for m in members) == 1
    with pytest.raises(UserError, match="社区民警的电话"):
        save_compound(
            clerk_store,
            saved,
            CompoundEdit(fields, team=(TeamMemberFields("police_officer", "", "110"),)),
        )


def test_delete_is_a_tombstone_and_a_firm_still_serving_is_kept(
    clerk_store: Store, community: str
) -> None:
    firm = _firm(clerk_store, 3, "丙物业")
    fields = CompoundFields(community, "翠苑三区")
    compound = save_compound(
        clerk_store, None, CompoundEdit(fields, ContractFields(firm, dt.date(2024, 1, 1)))
    ).value
    with pytest.raises(UserError, match="仍在服务 1 个小区（翠苑三区）"):
        delete_firm(clerk_store, firm)
    with clerk_store.reading() as session:
        before = session.get(Compound, compound)
        assert before is not None
        hlc = before.hlc
    delete_compound(clerk_store, compound)
    with clerk_store.reading() as session:
        after = session.get(Compound, compound)
        assert after is not None and after.deleted and after.hlc > hlc
        actions = [e.action for e in session.exec(select(AuditEvent))]
        assert first_broken_link(session) is None
    assert "master.compound.delete" in actions
    assert CompoundListing().ids(clerk_store, ListingQuery()) == []
    with pytest.raises(UserError, match="已不存在"):
        compound_record(clerk_store, compound)

    delete_firm(clerk_store, firm)
    assert FirmListing().ids(clerk_store, ListingQuery()) == []
    assert firm_choices(clerk_store) == []
    # creating the firm again by its code revives the tombstone: same row, same history
    again = save_firm(clerk_store, None, FirmFields(_code(3), "丙物业（新）")).value
    assert again == firm
    with clerk_store.reading() as session:
        revived = session.get(Firm, firm)
        assert revived is not None and not revived.deleted and revived.name == "丙物业（新）"


def test_pickers_and_the_clerk_only_rule(clerk_store: Store, community: str) -> None:
    assert [c.label for c in community_choices(clerk_store)] == ["西湖区 / 北山街道 / 宝石社区"]
    _firm(clerk_store, 4, "丁物业")
    assert firm_choices(clerk_store)[0].label == f"丁物业（{_code(4)}）"
    save_compound(clerk_store, None, CompoundEdit(CompoundFields(community, "翠苑")))
    with pytest.raises(UserError, match="已有名为“翠苑”的小区"):
        save_compound(clerk_store, None, CompoundEdit(CompoundFields(community, "翠苑")))


def test_an_inspector_cannot_edit_master_data(inspector_store: Store) -> None:
    with pytest.raises(UserError, match="只有工作人员"):
        save_firm(inspector_store, None, FirmFields(GOOD, "湖畔物业"))
