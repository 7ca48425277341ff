"""Versioned scoring standards and policies: rules as data, shipped to inspectors in master bundles."""

from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, UniqueConstraint
from sqlmodel import Field

from hexie_desktop.storage.tables.base import Synced, enum_check

STANDARD_KINDS = ("service", "community")


class Standard(Synced, table=True):
    """One version of a standard: the service-quality standard or the community-grading one."""

    __table_args__ = (
        UniqueConstraint("kind", "version", name="one_standard_per_kind_version"),
        CheckConstraint(enum_check("kind", STANDARD_KINDS), name="standard_kind_known"),
    )

    kind: str = Field(max_length=16)
    code: str = Field(max_length=32)
    version: int
    name: str = Field(max_length=100)
    effective_from: str = Field(max_length=6, description="first quarter (or year) it applies to")
    total_points: float = 100.0


class StandardPart(Synced, table=True):
    """A part (or, in community grading, a section) of a standard."""

    __table_args__ = (UniqueConstraint("standard_id", "code", name="part_code_unique"),)

    standard_id: str = Field(foreign_key="standard.id", index=True, max_length=36)
    code: str = Field(max_length=16)
    name: str = Field(max_length=64)
    max_points: float
    position: int


class Indicator(Synced, table=True):
    __table_args__ = (
        UniqueConstraint("standard_id", "code", name="indicator_code_unique"),
        CheckConstraint("max_points > 0", name="indicator_max_positive"),
    )

    standard_id: str = Field(foreign_key="standard.id", index=True, max_length=36)
    part_id: str = Field(foreign_key="standardpart.id", index=True, max_length=36)
    code: str = Field(max_length=16)
    name: str = Field(max_length=100)
    aspect: str = Field(default="", max_length=64, description="community grading's middle level")
    max_points: float
    position: int
    guidance: str = Field(default="", max_length=500)


class Deduction(Synced, table=True):
    """An itemised deduction an inspector may apply to an indicator, possibly several times."""

    __table_args__ = (CheckConstraint("points > 0", name="deduction_points_positive"),)

    indicator_id: str = Field(foreign_key="indicator.id", index=True, max_length=36)
    code: str = Field(max_length=24)
    description: str = Field(max_length=200)
    points: float


class Policy(Synced, table=True):
    """One version of the bureau's policy: every tunable number of the rules, as a JSON document."""

    version: int = Field(unique=True)
    effective_from: str = Field(max_length=6)
    body: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    note: str = Field(default="", max_length=200)
