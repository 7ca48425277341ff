"""The states a record moves through, and the card colours: one vocabulary for every layer.

Each value is the code stored in the database and carried in bundles, so these enums change
nothing on disk or on the wire; they only give the code one name to be written by. The storage
layer's CHECK constraints are built from them, the rules compare with them, and
`domain/labels.py` names them in Chinese.
"""

from enum import StrEnum


class InspectionStatus(StrEnum):
    """An inspection sheet: scored as a draft, then submitted (locked; corrected by revision)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"


class TicketState(StrEnum):
    """A 12345 complaint ticket along its closed loop (`domain/complaint_loop.py`)."""

    RECEIVED = "received"
    DISPATCHED = "dispatched"
    HANDLING = "handling"
    REPLIED = "replied"
    VISITED = "visited"
    CLOSED = "closed"


class TicketAction(StrEnum):
    """A step of the loop that moves a ticket from one state to another."""

    DISPATCH = "dispatch"
    HANDLE = "handle"
    REPLY = "reply"
    VISIT = "visit"
    CLOSE = "close"
    REDO = "redo"
    REJECT = "reject"


class InterviewStatus(StrEnum):
    """A sub-60 interview and its rectification (`domain/evaluation/interviews.py`)."""

    PENDING = "pending"
    SCHEDULED = "scheduled"
    HELD = "held"
    RECTIFYING = "rectifying"
    CLOSED = "closed"
    ESCALATED = "escalated"


class CardColor(StrEnum):
    """A warning card: two consecutive yellow cards escalate to a red one."""

    YELLOW = "yellow"
    RED = "red"


class BundleStatus(StrEnum):
    """What became of a bundle. The first four are recorded in the bundle log; a verification
    without merging ends `VALID`, and a bundle this installation exported itself `SKIPPED`."""

    APPLIED = "applied"
    DUPLICATE = "duplicate"
    HELD = "held"
    REFUSED = "refused"
    VALID = "valid"
    SKIPPED = "skipped"


LOGGED_BUNDLE_STATUSES = (
    BundleStatus.APPLIED,
    BundleStatus.DUPLICATE,
    BundleStatus.HELD,
    BundleStatus.REFUSED,
)
MERGED_BUNDLE_STATUSES = (BundleStatus.APPLIED, BundleStatus.HELD)


class ReportState(StrEnum):
    """What a printed report's numbers stand on: finalised results, provisional ones, or results
    the data has since moved away from (待重新考评)."""

    FINAL = "final"
    PROVISIONAL = "provisional"
    STALE = "stale"


def report_state(*, finalised: bool, stale: bool) -> ReportState:
    """Stale first: a finalised quarter whose data changed since its evaluation is not final."""
    if stale:
        return ReportState.STALE
    return ReportState.FINAL if finalised else ReportState.PROVISIONAL
