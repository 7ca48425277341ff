"""The quarter's counting sheets scored by the evaluation's rules: one function for the evaluation
and for its drill-down, so that the figure a clerk follows down is the figure that was ranked.

A sheet whose complaint-handling part no inspector scored takes the firm's part from its 12345
tickets (`fills`); a firm without tickets takes the policy's no-ticket share of that sheet's own
standard's part (`complaint_part_score` with no metrics).
"""

from collections.abc import Mapping
from typing import NamedTuple

from hexie_desktop.domain.evaluation.complaints import complaint_part_score
from hexie_desktop.domain.evaluation.policy import EvaluationPolicy
from hexie_desktop.domain.evaluation.sheet import SheetResult, score_sheet
from hexie_desktop.services.evaluation.inputs import SheetInputs, SheetRow


class ScoredSheet(NamedTuple):
    row: SheetRow
    result: SheetResult
    filled: bool
    """its complaint part came from the firm's tickets, not from an inspector"""


def sheet_results(
    inputs: SheetInputs,
    fills: Mapping[str, float],
    policy: EvaluationPolicy,
    firm_id: str | None = None,
) -> dict[str, ScoredSheet]:
    """Inspection id → its scored sheet, for the sheets that count (of `firm_id` alone if given).

    `fills` is firm id → the complaint part its tickets earned.
    """
    part = policy.complaints.part
    scored = {}
    for inspection_id, row in inputs.sheets.items():
        if firm_id is not None and row.firm_id != firm_id:
            continue
        maxima = inputs.parts.maxima[row.standard_id]
        tallies = inputs.tallies.get(inspection_id, {})
        fill: dict[str, float] = {}
        if part in maxima and part not in tallies:
            earned = fills.get(row.firm_id)
            fill[part] = (
                complaint_part_score(None, maxima[part], policy.complaints)
                if earned is None
                else earned
            )
        result = score_sheet(maxima, tallies, policy.scoring, fill)
        if result is not None:
            scored[inspection_id] = ScoredSheet(row, result, bool(fill))
    return scored
