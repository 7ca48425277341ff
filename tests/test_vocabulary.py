"""One vocabulary: the enums' values are the codes stored and carried in bundles, and each has
its Chinese word in domain/labels.py and its label in the window."""

from enum import StrEnum

import pytest

from hexie_desktop.domain import labels
from hexie_desktop.domain.states import (
    BundleStatus,
    CardColor,
    InspectionStatus,
    InterviewStatus,
    ReportState,
    TicketAction,
    TicketState,
)
from hexie_desktop.gui import complaint_labels, merge_summary, results_labels


def test_the_values_are_the_codes_already_stored() -> None:
    """Renaming one would need a migration and break merging with older bundles."""
    assert list(InspectionStatus) == ["draft", "submitted"]
    assert list(TicketState) == [
        "received",
        "dispatched",
        "handling",
        "replied",
        "visited",
        "closed",
    ]
    assert list(InterviewStatus) == [
        "pending",
        "scheduled",
        "held",
        "rectifying",
        "closed",
        "escalated",
    ]
    assert list(CardColor) == ["yellow", "red"]
    assert list(BundleStatus)[:4] == ["applied", "duplicate", "held", "refused"]


@pytest.mark.parametrize(
    ("enum", "words"),
    [
        (TicketState, labels.TICKET_STATE_LABELS),
        (TicketAction, labels.TICKET_ACTION_LABELS),
        (InterviewStatus, labels.INTERVIEW_STATUS_LABELS),
        (CardColor, labels.CARD_COLOR_LABELS),
        (BundleStatus, labels.BUNDLE_STATUS_LABELS),
        (ReportState, labels.REPORT_STATE_LABELS),
        (ReportState, labels.REPORT_STATE_MARKS),
    ],
)
def test_every_code_has_its_chinese_word(enum: type[StrEnum], words: dict[str, str]) -> None:
    assert set(words) == set(enum)
    assert all(word and not word.isascii() for word in words.values())


def test_the_window_names_every_code() -> None:
    shown = {
        InspectionStatus: {results_labels.sheet_status_label(s) for s in InspectionStatus},
        InterviewStatus: {results_labels.interview_status_label(s) for s in InterviewStatus},
        CardColor: {results_labels.colour_label(c) for c in CardColor},
        TicketState: {complaint_labels.state_label(s) for s in TicketState},
        BundleStatus: {merge_summary.STATUS_TITLES[s] for s in BundleStatus},
    }
    for enum, names in shown.items():
        assert len(names) == len(enum) and not names & set(enum), enum
