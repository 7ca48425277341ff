"""The policy's choices about how a quarterly score is made, as sentences printed beside it.

A firm reading its credit file, or a clerk explaining a score, must see what a compound without
a household count weighed and whether automatic cards took points off the quarter, because both
are bureau decisions (policy) rather than arithmetic anyone could guess.
"""

from hexie_desktop.domain.evaluation.policy import EvaluationPolicy

_BLANK = {
    "median": "户数空缺的小区按该企业本季度受检小区户数的中位数计权",
    "one_household": "户数空缺的小区按 1 户计权",
    "left_out": "户数空缺的小区不计入得分，也不计入检查小区数",
}
_AUTOMATIC = {
    "credit_file": "自动发出的黄牌、红牌扣分只记入信用档案，不扣减当季得分",
    "quarter_score": "自动发出的黄牌、红牌扣分同时从所属季度得分中扣减",
}


def score_rules_text(policy: EvaluationPolicy) -> str:
    """One sentence: how compounds weigh, and where automatic card deductions go."""
    if policy.scoring.weighting == "equal":
        weighing = "季度得分按受检小区等权平均"
    else:
        weighing = f"季度得分按受检小区户数加权，{_BLANK[policy.scoring.blank_households]}"
    return f"{weighing}；{_AUTOMATIC[policy.cards.auto_deductions]}。"
