"""What clerks decide: cards, credit-file entries, interviews, community grading, finalised quarters."""

import datetime as dt
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, UniqueConstraint
from sqlmodel import Field

from hexie_desktop.domain.states import CardColor, InterviewStatus
from hexie_desktop.storage.tables.base import Synced, enum_check

CARD_COLORS = tuple(CardColor)
CREDIT_KINDS = ("good", "bad")
CREDIT_SOURCES = ("card", "interview", "evaluation", "complaint", "manual")
OBJECTION_STATES = ("none", "raised", "upheld", "rejected")
INTERVIEW_STATUSES = tuple(InterviewStatus)
GRADING_SOURCES = ("district", "third_party", "street")


class Card(Synced, table=True):
    """A yellow or red card; a red one may be the automatic escalation of two consecutive yellows."""

    __table_args__ = (
        CheckConstraint(enum_check("color", CARD_COLORS), name="card_color_known"),
        CheckConstraint("deduction >= 0", name="card_deduction_not_negative"),
    )

    firm_id: str = Field(foreign_key="firm.id", index=True, max_length=36)
    quarter: str = Field(max_length=6, index=True)
    color: str = Field(max_length=8)
    reason: str = Field(max_length=500)
    deduction: float = 0.0
    issued_on: dt.date
    automatic: bool = False
    escalated_from: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    revoked_on: dt.date | None = None
    revoke_reason: str = Field(default="", max_length=500)


class CreditEntry(Synced, table=True):
    """A good or bad entry in a firm's credit file (信用档案), with its points and expiry."""

    __table_args__ = (
        CheckConstraint(enum_check("kind", CREDIT_KINDS), name="credit_kind_known"),
        CheckConstraint(enum_check("source", CREDIT_SOURCES), name="credit_source_known"),
        CheckConstraint(
            enum_check("objection_state", OBJECTION_STATES), name="credit_objection_known"
        ),
        CheckConstraint("points >= 0", name="credit_points_not_negative"),
    )

    firm_id: str = Field(foreign_key="firm.id", index=True, max_length=36)
    kind: str = Field(max_length=8)
    points: float
    reason: str = Field(max_length=500)
    recorded_on: dt.date
    expires_on: dt.date
    source: str = Field(default="manual", max_length=16)
    source_id: str | None = Field(default=None, max_length=36)
    quarter: str | None = Field(default=None, max_length=6)
    objection: str = Field(default="", max_length=1000)
    objection_state: str = Field(default="none", max_length=16)
    repaired_on: dt.date | None = None
    repair_note: str = Field(default="", max_length=1000)


class Interview(Synced, table=True):
    """A sub-60 interview (约谈) and its rectification (整改), one per firm and quarter."""

    __table_args__ = (
        UniqueConstraint("firm_id", "quarter", name="one_interview_per_firm_quarter"),
        CheckConstraint(enum_check("status", INTERVIEW_STATUSES), name="interview_status_known"),
    )

    firm_id: str = Field(foreign_key="firm.id", index=True, max_length=36)
    quarter: str = Field(max_length=6, index=True)
    score: float
    status: str = Field(default=InterviewStatus.PENDING, max_length=16)
    scheduled_at: dt.datetime | None = None
    place: str = Field(default="", max_length=200)
    held_at: dt.datetime | None = None
    minutes: str = Field(default="", max_length=5000)
    commitments: str = Field(default="", max_length=2000)
    rectification_due: dt.date | None = None
    followup_on: dt.date | None = None
    followup_passed: bool | None = None
    closed_on: dt.date | None = None


class GradingSheet(Synced, table=True):
    """One source's scoring of one community for the yearly community grading."""

    __table_args__ = (
        UniqueConstraint("community_id", "year", "source", name="one_sheet_per_source_year"),
        CheckConstraint(enum_check("source", GRADING_SOURCES), name="grading_source_known"),
    )

    community_id: str = Field(foreign_key="community.id", index=True, max_length=36)
    year: int = Field(index=True)
    source: str = Field(max_length=16)
    standard_id: str = Field(foreign_key="standard.id", max_length=36)
    scores: dict[str, Any] = Field(
        default_factory=dict,
        sa_column=Column(JSON, nullable=False),
        description="indicator code → points",
    )


class CommunityIncident(Synced, table=True):
    """An incident in a community; a serious one disqualifies it from grading for the year."""

    community_id: str = Field(foreign_key="community.id", index=True, max_length=36)
    year: int
    occurred_on: dt.date
    description: str = Field(max_length=1000)
    serious: bool = False


class QuarterStatus(Synced, table=True):
    """Whether a quarter is finalised; reopening keeps the reason here and in the audit trail."""

    quarter: str = Field(max_length=6, unique=True)
    finalised: bool = False
    finalised_at: dt.datetime | None = None
    finalised_by: str = Field(default="", max_length=64)
    reopen_reason: str = Field(default="", max_length=500)
