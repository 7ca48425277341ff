"""Results the evaluation derives: local, recomputable, never synced.

Each evaluation of a quarter replaces that quarter's rows whole, so they carry their own natural
keys instead of the sync columns, and each records the policy and standard versions it used.
"""

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


class EvaluationRun(SQLModel, table=True):
    """The last evaluation of a quarter: when, by whom, with which rules, and what it found."""

    quarter: str = Field(primary_key=True, max_length=6)
    evaluated_at: dt.datetime
    evaluated_by: str = Field(max_length=36)
    policy_version: int
    standard_versions: str = Field(max_length=64)
    firms: int
    sheets_counted: int
    sheets_excluded: int
    red: int
    black: int
    cards_issued: int
    cards_withdrawn: int
    interviews: int
    warnings: int
    # What the run read (services/evaluation/freshness.py); results whose inputs no longer give
    # this stamp are shown as awaiting re-evaluation. None for runs from before it was recorded.
    inputs_stamp: str | None = Field(default=None, max_length=64)


class FirmQuarterScore(SQLModel, table=True):
    """A firm's quarterly score with its four parts (before deductions), rank and coverage."""

    quarter: str = Field(primary_key=True, max_length=6)
    firm_id: str = Field(primary_key=True, max_length=36)
    score: float
    raw_score: float
    deductions: float
    # The part of `deductions` that came from automatic cards (policy `cards.auto_deductions`).
    auto_deductions: float = 0.0
    parts: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    rank: int
    compounds_inspected: int
    households: int
    satisfaction: float | None = None
    complaint_part_from_tickets: bool = False
    policy_version: int
    standard_versions: str = Field(max_length=64)


class FirmListEntry(SQLModel, table=True):
    """One place on the quarter's red or black list."""

    quarter: str = Field(primary_key=True, max_length=6)
    list_kind: str = Field(primary_key=True, max_length=8)
    firm_id: str = Field(primary_key=True, max_length=36)
    position: int
    metric: float | None = None
    red_card: bool = False
    # The list rule that placed the firm (domain/evaluation/lists.py): ranked, red_card, credit_grade.
    rule: str = Field(default="ranked", max_length=16)
    # The firm's credit grade at the end of the quarter, as the list rules read it.
    credit_grade: str | None = Field(default=None, max_length=8)
    policy_version: int


class ComplaintQuarterMetric(SQLModel, table=True):
    """A firm's 12345 ticket counts and rates in a quarter, and the complaint part they give."""

    quarter: str = Field(primary_key=True, max_length=6)
    firm_id: str = Field(primary_key=True, max_length=36)
    total: int
    accepted: int
    resolved: int
    on_time: int
    answered: int
    satisfied: int
    redone: int
    escalated: int
    acceptance_rate: float | None = None
    resolution_rate: float | None = None
    on_time_rate: float | None = None
    satisfaction_rate: float | None = None
    redo_rate: float | None = None
    part_score: float
    policy_version: int


class EarlyWarningRecord(SQLModel, table=True):
    """A firm flagged in a quarter: its score fell sharply, or its trend crosses the floor."""

    quarter: str = Field(primary_key=True, max_length=6)
    firm_id: str = Field(primary_key=True, max_length=36)
    kind: str = Field(primary_key=True, max_length=8)
    score: float
    previous: float
    projected: float
    policy_version: int


class CommunityGradeRecord(SQLModel, table=True):
    """A community's grading result for a year."""

    year: int = Field(primary_key=True)
    community_id: str = Field(primary_key=True, max_length=36)
    eligible: bool
    disqualified: bool
    score: float | None = None
    sources: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    rank: int | None = None
    grade: str | None = Field(default=None, max_length=8)
    criticised: bool = False
    recommended: bool = False
    change: str | None = Field(default=None, max_length=8)
    policy_version: int
    standard_version: int
    graded_at: dt.datetime


class GradingYearStatus(SQLModel, table=True):
    """Whether a community grading year is closed; local to the bureau that grades.

    Only the grading clerk's installation grades communities, so the year's status needs no
    syncing; closing and reopening are in the audit trail.
    """

    year: int = Field(primary_key=True)
    finalised: bool = False
    finalised_at: dt.datetime | None = None
    finalised_by: str = Field(default="", max_length=100)
    reopen_reason: str = Field(default="", max_length=500)
