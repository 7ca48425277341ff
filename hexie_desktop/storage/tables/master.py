"""Master data a clerk keeps: places, compounds, firms and who serves what."""

import datetime as dt

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field

from hexie_desktop.domain.roles import TEAM_ROLES
from hexie_desktop.storage.tables.base import Synced, enum_check


class District(Synced, table=True):
    code: str = Field(max_length=12, unique=True)
    name: str = Field(max_length=64)


class Street(Synced, table=True):
    district_id: str = Field(foreign_key="district.id", index=True, max_length=36)
    name: str = Field(max_length=64)


class Community(Synced, table=True):
    street_id: str = Field(foreign_key="street.id", index=True, max_length=36)
    name: str = Field(max_length=64)
    first_election_on: dt.date | None = None


class Compound(Synced, table=True):
    # The compound lists sort 20,000 rows by name or households: these covering indexes let them
    # read the ids in order without a sort or a lookup per row.
    __table_args__ = (
        CheckConstraint("households >= 0", name="households_not_negative"),
        Index("ix_compound_by_name", "name", "id", "deleted"),
        Index("ix_compound_by_households", "households", "id", "deleted"),
    )

    community_id: str = Field(foreign_key="community.id", index=True, max_length=36)
    name: str = Field(max_length=64)
    address: str = Field(default="", max_length=200)
    households: int = 0
    grid: str = Field(default="", max_length=32)
    is_fallback: bool = Field(
        default=False, description="三无小区兜底: a state-owned fallback firm serves it"
    )


class TeamMember(Synced, table=True):
    """One of the "2+4" team (服务长, 街道联系长, 社区民警, 法律顾问, 物业经理, 居民代表) of a compound."""

    __table_args__ = (CheckConstraint(enum_check("role", TEAM_ROLES), name="team_role_known"),)

    compound_id: str = Field(foreign_key="compound.id", index=True, max_length=36)
    role: str = Field(max_length=24)
    name: str = Field(max_length=32)
    phone: str = Field(default="", max_length=32)


class Firm(Synced, table=True):
    __table_args__ = (CheckConstraint("length(credit_code) = 18", name="credit_code_length"),)

    credit_code: str = Field(max_length=18, unique=True)
    name: str = Field(max_length=100, index=True)
    legal_representative: str = Field(default="", max_length=32)
    phone: str = Field(default="", max_length=32)
    address: str = Field(default="", max_length=200)
    state_owned: bool = False


class Contract(Synced, table=True):
    """A firm serves a compound from `starts_on` until `ends_on` (open-ended when None)."""

    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="contract_dates_ordered"),
        UniqueConstraint("compound_id", "starts_on", name="one_contract_start_per_compound"),
    )

    firm_id: str = Field(foreign_key="firm.id", index=True, max_length=36)
    compound_id: str = Field(foreign_key="compound.id", index=True, max_length=36)
    starts_on: dt.date
    ends_on: dt.date | None = None
    is_fallback: bool = False
