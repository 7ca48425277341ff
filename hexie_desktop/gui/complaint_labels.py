"""How the window names the steps, states and sources of the 12345 loop, in its language."""

import datetime as dt

from PySide6.QtCore import QCoreApplication

from hexie_desktop.domain.bureau_time import format_time
from hexie_desktop.domain.states import TicketAction, TicketState
from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP

CONTEXT = "ComplaintLabels"

_STATES = {
    TicketState.RECEIVED: QT_TRANSLATE_NOOP("ComplaintLabels", "Received"),
    TicketState.DISPATCHED: QT_TRANSLATE_NOOP("ComplaintLabels", "Dispatched"),
    TicketState.HANDLING: QT_TRANSLATE_NOOP("ComplaintLabels", "Handling"),
    TicketState.REPLIED: QT_TRANSLATE_NOOP("ComplaintLabels", "Replied"),
    TicketState.VISITED: QT_TRANSLATE_NOOP("ComplaintLabels", "Visited"),
    TicketState.CLOSED: QT_TRANSLATE_NOOP("ComplaintLabels", "Closed"),
}
_STATE_BY_VALUE = {state.value: source for state, source in _STATES.items()}
_CHANNELS = {
    "12345": QT_TRANSLATE_NOOP("ComplaintLabels", "12345 hotline"),
    "phone": QT_TRANSLATE_NOOP("ComplaintLabels", "Phone"),
    "visit": QT_TRANSLATE_NOOP("ComplaintLabels", "Walk-in"),
    "online": QT_TRANSLATE_NOOP("ComplaintLabels", "Online"),
    "inspection": QT_TRANSLATE_NOOP("ComplaintLabels", "Found on inspection"),
}
_ACTION_HINTS = {
    TicketAction.DISPATCH: QT_TRANSLATE_NOOP(
        "ComplaintLabels", "Pass the ticket on to the firm to handle"
    ),
    TicketAction.HANDLE: QT_TRANSLATE_NOOP("ComplaintLabels", "The firm has started handling it"),
    TicketAction.REPLY: QT_TRANSLATE_NOOP("ComplaintLabels", "The resident has been answered"),
    TicketAction.VISIT: QT_TRANSLATE_NOOP(
        "ComplaintLabels", "Record the return visit and whether the resident is satisfied"
    ),
    TicketAction.CLOSE: QT_TRANSLATE_NOOP("ComplaintLabels", "Close the ticket"),
    TicketAction.REDO: QT_TRANSLATE_NOOP(
        "ComplaintLabels", "The resident is not satisfied: send it back to handling"
    ),
    TicketAction.REJECT: QT_TRANSLATE_NOOP(
        "ComplaintLabels", "Not the firm's business: close without accepting (give the reason)"
    ),
}


def state_label(state: str) -> str:
    source = _STATE_BY_VALUE.get(state)
    return QCoreApplication.translate(CONTEXT, source) if source else state


def all_states() -> list[tuple[TicketState, str]]:
    return [(state, state_label(state)) for state in TicketState]


def channel_label(channel: str) -> str:
    source = _CHANNELS.get(channel)
    return QCoreApplication.translate(CONTEXT, source) if source else channel


def channels() -> list[tuple[str, str]]:
    return [(code, channel_label(code)) for code in _CHANNELS]


def action_hint(action: TicketAction) -> str:
    return QCoreApplication.translate(CONTEXT, _ACTION_HINTS[action])


def moment_text(value: dt.datetime | None) -> str:
    """A time as the bureau reads it."""
    return format_time(value)


def percent_text(rate: float | None) -> str:
    """A rate as a percentage with one decimal, or a dash when it is undefined."""
    return "—" if rate is None else f"{rate * 100:.1f}%"
