"""Reading master data for the editing dialogs: one firm or compound whole, and picker choices."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import col, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.roles import TEAM_ROLES
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import (
    Community,
    Compound,
    Contract,
    District,
    Firm,
    Street,
    TeamMember,
)


@dataclass(frozen=True)
class ContractFields:
    firm_id: str
    starts_on: dt.date
    ends_on: dt.date | None = None


@dataclass(frozen=True)
class TeamMemberFields:
    role: str
    name: str
    phone: str = ""


@dataclass(frozen=True)
class FirmRecord:
    id: str
    credit_code: str
    name: str
    legal_representative: str
    phone: str
    address: str
    state_owned: bool


@dataclass(frozen=True)
class CompoundRecord:
    """A compound as its dialog shows it: its own fields, its latest contract and its team."""

    id: str
    community_id: str
    name: str
    address: str
    households: int
    grid: str
    is_fallback: bool
    contract: ContractFields | None
    team: dict[str, TeamMemberFields]


@dataclass(frozen=True)
class Choice:
    """One entry of a picker: what is stored, and what the clerk reads and searches."""

    id: str
    label: str


def latest_contract(contracts: Sequence[Contract]) -> Contract | None:
    """The contract a compound's dialog edits: the one that started last."""
    return max(contracts, key=lambda c: c.starts_on, default=None)


def _missing(what: str) -> UserError:
    return UserError(f"{what}已不存在（可能已被删除）。请刷新列表后重试。")


def firm_record(store: Store, firm_id: str) -> FirmRecord:
    with store.reading() as session:
        firm = session.get(Firm, firm_id)
        if firm is None or firm.deleted:
            raise _missing("该企业")
        return FirmRecord(
            firm.id,
            firm.credit_code,
            firm.name,
            firm.legal_representative,
            firm.phone,
            firm.address,
            firm.state_owned,
        )


def compound_record(store: Store, compound_id: str) -> CompoundRecord:
    with store.reading() as session:
        compound = session.get(Compound, compound_id)
        if compound is None or compound.deleted:
            raise _missing("该小区")
        contracts = session.exec(
            select(Contract).where(
                Contract.compound_id == compound_id, col(Contract.deleted).is_(False)
            )
        ).all()
        latest = latest_contract(contracts)
        members = session.exec(
            select(TeamMember)
            .where(TeamMember.compound_id == compound_id, col(TeamMember.deleted).is_(False))
            .order_by(col(TeamMember.id))
        ).all()
        team: dict[str, TeamMemberFields] = {}
        for member in members:
            if member.role in TEAM_ROLES:
                team.setdefault(
                    member.role, TeamMemberFields(member.role, member.name, member.phone)
                )
        return CompoundRecord(
            compound.id,
            compound.community_id,
            compound.name,
            compound.address,
            compound.households,
            compound.grid,
            compound.is_fallback,
            None
            if latest is None
            else ContractFields(latest.firm_id, latest.starts_on, latest.ends_on),
            team,
        )


def community_choices(store: Store) -> list[Choice]:
    """Every live community as "district / street / community", in that order."""
    with store.reading() as session:
        rows = session.execute(
            select(col(Community.id), col(District.name), col(Street.name), col(Community.name))
            .join(Street, col(Street.id) == col(Community.street_id))
            .join(District, col(District.id) == col(Street.district_id))
            .where(col(Community.deleted).is_(False))
            .order_by(col(District.name), col(Street.name), col(Community.name))
        ).all()
    return [Choice(row_id, f"{d} / {s} / {c}") for row_id, d, s, c in rows]


def firm_choices(store: Store) -> list[Choice]:
    """Every live firm as "name (credit code)", by name: a picker searches either."""
    with store.reading() as session:
        rows = session.execute(
            select(col(Firm.id), col(Firm.name), col(Firm.credit_code))
            .where(col(Firm.deleted).is_(False))
            .order_by(col(Firm.name))
        ).all()
    return [Choice(row_id, f"{name}（{code}）") for row_id, name, code in rows]
