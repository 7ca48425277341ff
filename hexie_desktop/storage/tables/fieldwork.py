"""What inspectors author in the field: inspections, scores, photos, surveys, complaint follow-ups."""

import datetime as dt
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, Index, UniqueConstraint
from sqlmodel import Field

from hexie_desktop.domain.states import InspectionStatus, TicketState
from hexie_desktop.storage.tables.base import Synced, enum_check

INSPECTION_METHODS = ("unannounced", "third_party", "routine")
INSPECTION_STATUSES = tuple(InspectionStatus)
COMPLAINT_STATES = tuple(TicketState)
COMPLAINT_CHANNELS = ("12345", "phone", "visit", "online", "inspection")


class Inspection(Synced, table=True):
    """One inspector's scoring of the firm that serves one compound, in one quarter.

    A correction after submission is a new row with `revises_id` pointing at the one it replaces
    and a reason, so both stay in the record.
    """

    __table_args__ = (
        CheckConstraint(enum_check("method", INSPECTION_METHODS), name="inspection_method_known"),
        CheckConstraint(enum_check("status", INSPECTION_STATUSES), name="inspection_status_known"),
        CheckConstraint("revision >= 1", name="inspection_revision_positive"),
    )

    compound_id: str = Field(foreign_key="compound.id", index=True, max_length=36)
    firm_id: str = Field(foreign_key="firm.id", index=True, max_length=36)
    standard_id: str = Field(foreign_key="standard.id", max_length=36)
    quarter: str = Field(max_length=6, index=True)
    inspector_id: str = Field(max_length=36, index=True)
    inspected_on: dt.date
    method: str = Field(default="unannounced", max_length=16)
    status: str = Field(default=InspectionStatus.DRAFT, max_length=16)
    revision: int = 1
    revises_id: str | None = Field(default=None, max_length=36)
    revision_reason: str = Field(default="", max_length=500)
    submitted_at: dt.datetime | None = None
    note: str = Field(default="", max_length=2000)


class IndicatorScore(Synced, table=True):
    """The score one inspection gives one indicator; `score` None means not scored (never zero)."""

    __table_args__ = (
        UniqueConstraint("inspection_id", "indicator_id", name="one_score_per_indicator"),
        CheckConstraint("score IS NULL OR score >= 0", name="score_not_negative"),
    )

    inspection_id: str = Field(foreign_key="inspection.id", index=True, max_length=36)
    indicator_id: str = Field(foreign_key="indicator.id", max_length=36)
    score: float | None = None
    deductions: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    note: str = Field(default="", max_length=2000)


class Attachment(Synced, table=True):
    """A file stored by content: `sha256` names it under the data folder's attachments/."""

    sha256: str = Field(max_length=64, unique=True)
    size: int
    media_type: str = Field(max_length=64)
    original_name: str = Field(default="", max_length=255)


class Photo(Synced, table=True):
    """Evidence attached to an inspection, optionally to one indicator of it."""

    inspection_id: str = Field(foreign_key="inspection.id", index=True, max_length=36)
    indicator_id: str | None = Field(default=None, foreign_key="indicator.id", max_length=36)
    sha256: str = Field(max_length=64, index=True)
    caption: str = Field(default="", max_length=200)


class Survey(Synced, table=True):
    """An owner-satisfaction survey of one compound in one quarter."""

    __table_args__ = (
        CheckConstraint(
            "very_satisfied + satisfied + neutral + dissatisfied + very_dissatisfied <= sample_size",
            name="survey_answers_within_sample",
        ),
        CheckConstraint(
            "very_satisfied >= 0 AND satisfied >= 0 AND neutral >= 0 AND dissatisfied >= 0"
            " AND very_dissatisfied >= 0",
            name="survey_answers_not_negative",
        ),
    )

    compound_id: str = Field(foreign_key="compound.id", index=True, max_length=36)
    firm_id: str = Field(foreign_key="firm.id", index=True, max_length=36)
    quarter: str = Field(max_length=6, index=True)
    inspector_id: str = Field(max_length=36)
    surveyed_on: dt.date
    sample_size: int
    very_satisfied: int = 0
    satisfied: int = 0
    neutral: int = 0
    dissatisfied: int = 0
    very_dissatisfied: int = 0


class Complaint(Synced, table=True):
    """A complaint ticket (工单) through the 12345 closed loop: 受理, 转办, 办理, 回复, 回访."""

    __table_args__ = (
        CheckConstraint(enum_check("state", COMPLAINT_STATES), name="complaint_state_known"),
        CheckConstraint(enum_check("channel", COMPLAINT_CHANNELS), name="complaint_channel_known"),
        CheckConstraint("redo_count >= 0", name="complaint_redo_not_negative"),
        # A quarter's tickets are those received in it: the evaluation and its stamp read them
        # by this range, which without the index scans every year's tickets.
        Index("ix_complaint_received_at", "received_at"),
    )

    ticket_no: str = Field(max_length=32, unique=True)
    channel: str = Field(default="12345", max_length=16)
    compound_id: str = Field(foreign_key="compound.id", index=True, max_length=36)
    firm_id: str = Field(foreign_key="firm.id", index=True, max_length=36)
    category: str = Field(max_length=32, index=True)
    content: str = Field(default="", max_length=2000)
    received_at: dt.datetime
    due_at: dt.datetime
    state: str = Field(default=TicketState.RECEIVED, max_length=16)
    accepted: bool = True
    resolved: bool | None = None
    closed_at: dt.datetime | None = None
    resident_satisfied: bool | None = None
    redo_count: int = 0


class ComplaintEvent(Synced, table=True):
    """One step of a ticket through the loop, with its time stamp."""

    __table_args__ = (
        CheckConstraint(enum_check("state", COMPLAINT_STATES), name="event_state_known"),
    )

    complaint_id: str = Field(foreign_key="complaint.id", index=True, max_length=36)
    state: str = Field(max_length=16)
    at: dt.datetime
    note: str = Field(default="", max_length=500)
