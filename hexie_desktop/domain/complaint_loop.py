"""The 12345 closed loop a ticket (工单) follows, as a table of the steps allowed from each state.

受理 (received) → 转办 (dispatched) → 办理 (handling) → 回复 (replied) → 回访 (visited, with the
resident's verdict) → 办结 (closed). Two more steps leave the straight path:

- 返工 (redo): a resident who is not satisfied at the visit sends the ticket back to handling;
  every redo counts, and a ticket redone `complaints.redo_escalation` times (three by default)
  is escalated (升级督办), the way 12345 centres escalate a handling unit that keeps failing;
- 不予受理 (reject): a ticket found not to be the firm's business is closed before handling, and
  counts as not accepted.

Nothing else moves a ticket: the rates of domain/evaluation/complaints.py are only as good as the
order of these steps.
"""

from dataclasses import dataclass

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.labels import TICKET_ACTION_LABELS, TICKET_STATE_LABELS
from hexie_desktop.domain.states import TicketAction, TicketState


@dataclass(frozen=True)
class Step:
    """An action's source states and the state it leads to."""

    sources: frozenset[TicketState]
    target: TicketState


STEPS: dict[TicketAction, Step] = {
    TicketAction.DISPATCH: Step(frozenset({TicketState.RECEIVED}), TicketState.DISPATCHED),
    TicketAction.HANDLE: Step(frozenset({TicketState.DISPATCHED}), TicketState.HANDLING),
    TicketAction.REPLY: Step(frozenset({TicketState.HANDLING}), TicketState.REPLIED),
    TicketAction.VISIT: Step(frozenset({TicketState.REPLIED}), TicketState.VISITED),
    TicketAction.CLOSE: Step(frozenset({TicketState.VISITED}), TicketState.CLOSED),
    TicketAction.REDO: Step(frozenset({TicketState.VISITED}), TicketState.HANDLING),
    TicketAction.REJECT: Step(
        frozenset({TicketState.RECEIVED, TicketState.DISPATCHED}), TicketState.CLOSED
    ),
}


class TransitionError(UserError):
    """A step the loop does not allow from where the ticket stands."""


def allowed_actions(
    state: TicketState, resident_satisfied: bool | None
) -> tuple[TicketAction, ...]:
    """The steps open from `state`, in the order a form offers them (the usual next step first).

    A redo needs a resident who was not satisfied: a satisfied visit has nothing to redo.
    """
    return tuple(
        action
        for action, step in STEPS.items()
        if state in step.sources
        and not (action == TicketAction.REDO and resident_satisfied is not False)
    )


def next_state(
    state: TicketState, action: TicketAction, resident_satisfied: bool | None
) -> TicketState:
    """Where `action` takes a ticket in `state`; refuses a step the loop does not allow."""
    if action in allowed_actions(state, resident_satisfied):
        return STEPS[action].target
    label = TICKET_ACTION_LABELS[action]
    if action == TicketAction.REDO and state == TicketState.VISITED:
        raise TransitionError("回访时居民表示满意，无需返工；请直接办结该工单。")
    open_steps = "、".join(
        TICKET_ACTION_LABELS[a] for a in allowed_actions(state, resident_satisfied)
    )
    hint = f"当前可进行的操作：{open_steps}。" if open_steps else "该工单已办结，不能再变更。"
    raise TransitionError(f"工单当前状态为“{TICKET_STATE_LABELS[state]}”，不能“{label}”。{hint}")


def is_escalated(redo_count: int, redo_escalation: int) -> bool:
    """Escalated (升级督办) once redone as many times as the policy allows."""
    return redo_count >= redo_escalation


def reachable(start: TicketState, end: TicketState) -> bool:
    """True when some run of the loop's steps (none included) takes a ticket from `start` to `end`.

    A bundle carries a ticket's state, not the steps that led there, so a merge asks whether the
    state it receives could have been reached from the one it holds: an inspector who took three
    steps offline sends only the last.
    """
    seen = {start}
    frontier = [start]
    while frontier:
        state = frontier.pop()
        for step in STEPS.values():
            if state in step.sources and step.target not in seen:
                seen.add(step.target)
                frontier.append(step.target)
    return end in seen
