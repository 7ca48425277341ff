"""Demo decisions: yellow cards with their credit-file entries, community grading sheets, incidents.

Red cards are not written here: two consecutive yellow cards escalate to red in the evaluation,
so the demo gives it firms carded in consecutive quarters to escalate.
"""

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import CardColor
from hexie_desktop.services.demo.master import CommunityPlan, FirmPlan
from hexie_desktop.services.demo.rows import RowSink, SeededStamper, weekday_in
from hexie_desktop.services.demo.scoring import SheetIndicator, score_indicator
from hexie_desktop.storage.tables import Card, CommunityIncident, CreditEntry, GradingSheet

CARDED_SHARE = 0.03
COMMENDED_SHARE = 0.02
CARD_REASONS = (
    "未按规定公示物业服务收费项目和标准",
    "电梯困人事件处置不及时，造成不良影响",
    "消防通道长期堵塞，经责令整改逾期未整改",
    "擅自减少合同约定的秩序维护人员",
    "挪用小区公共收益，未按规定公开收支情况",
    "拒不配合季度考评检查",
    "12345 工单多次回访不满意且未整改",
    "未经业主共同决定擅自改变共用部位用途",
)
COMMENDATIONS = (
    "获评市级物业管理优秀项目",
    "疫情防控和应急保障工作表现突出，获区住建局通报表扬",
    "连续四个季度考评得分位列全区前十",
)
SERIOUS_INCIDENTS = (
    "小区发生高空坠物致人重伤事件，社区未落实隐患排查",
    "社区发生因物业纠纷引发的群体性聚集事件",
)
MINOR_INCIDENTS = (
    "社区宣传栏内容长期未更新，被群众投诉",
    "社区活动室临时关闭两周，未提前公告",
    "社区网格员入户走访台账不全",
)
SOURCE_BIAS = {"district": 0.0, "third_party": -1.5, "street": 1.5}
SOURCE_SPREAD = {"district": 2.0, "third_party": 3.0, "street": 2.0}


class DecisionWriter:
    """Clerk decisions, authored by this installation."""

    def __init__(self, sink: RowSink, stamper: SeededStamper, author_id: str, seed: int) -> None:
        self.sink = sink
        self.stamper = stamper
        self.author_id = author_id
        self.rng = random.Random(f"{seed}:decisions")

    def cards(
        self,
        quarters: Sequence[Quarter],
        targets: Sequence[dict[str, float]],
        firms: Sequence[FirmPlan],
        policy: dict[str, Any],
    ) -> None:
        """Yellow cards for the worst-behaved firms; where quarters run on, one firm twice in a row."""
        rng = self.rng
        deduction = float(policy["cards"]["yellow_deduction"])
        expiry = dt.timedelta(days=int(policy["credit"]["expiry_days"]))
        market = [firm.id for firm in firms if not firm.fallback] or [firm.id for firm in firms]
        count = max(1, round(CARDED_SHARE * len(market)))
        previous: list[str] = []
        previous_quarter: Quarter | None = None
        for quarter, target in zip(quarters, targets, strict=True):
            worst = sorted(market, key=lambda f: target[f] + rng.gauss(0.0, 4.0))
            chosen = worst[: count * 2]
            carded = rng.sample(chosen, min(count, len(chosen)))
            if previous and previous_quarter is not None and previous_quarter.next() == quarter:
                again = min(previous, key=target.__getitem__)
                carded = [again, *[f for f in carded if f != again]][:count]
            for firm_id in carded:
                reason = rng.choice(CARD_REASONS)
                issued = weekday_in(rng, quarter.last_day - dt.timedelta(days=45), quarter.last_day)
                card = {
                    **self.stamper.stamp(self.author_id),
                    "firm_id": firm_id,
                    "quarter": str(quarter),
                    "color": CardColor.YELLOW,
                    "reason": reason,
                    "deduction": deduction,
                    "issued_on": issued,
                    "automatic": False,
                    "escalated_from": [],
                    "revoked_on": None,
                    "revoke_reason": "",
                }
                self.sink.add(Card, card)
                self._credit(
                    firm_id,
                    "bad",
                    deduction,
                    f"黄牌警告：{reason}",
                    issued,
                    expiry=expiry,
                    source="card",
                    source_id=card["id"],
                    quarter=quarter,
                )
            previous, previous_quarter = carded, quarter
        best = sorted(market, key=lambda f: -targets[-1][f])
        for firm_id in best[: max(1, round(COMMENDED_SHARE * len(market)))]:
            day = weekday_in(rng, quarters[0].first_day, quarters[-1].last_day)
            reason = rng.choice(COMMENDATIONS)
            self._credit(firm_id, "good", 2.0, reason, day, expiry=expiry, source="manual")

    def _credit(
        self,
        firm_id: str,
        kind: str,
        points: float,
        reason: str,
        recorded: dt.date,
        *,
        expiry: dt.timedelta,
        source: str,
        source_id: str | None = None,
        quarter: Quarter | None = None,
    ) -> None:
        self.sink.add(
            CreditEntry,
            {
                **self.stamper.stamp(self.author_id),
                "firm_id": firm_id,
                "kind": kind,
                "points": points,
                "reason": reason,
                "recorded_on": recorded,
                "expires_on": recorded + expiry,
                "source": source,
                "source_id": source_id,
                "quarter": None if quarter is None else str(quarter),
                "objection": "",
                "objection_state": "none",
                "repaired_on": None,
                "repair_note": "",
            },
        )

    def grading(
        self,
        year: int,
        communities: Sequence[CommunityPlan],
        standard_id: str,
        indicators: Sequence[SheetIndicator],
        *,
        total_points: float,
        last_day: dt.date,
    ) -> None:
        """Three sheets (district, third party, street) per eligible community, and a few incidents.

        Eligible means first elected at least a year before the grading year began; communities
        elected more recently are left out, as the rule says.
        """
        rng = self.rng
        cutoff = dt.date(year - 1, 1, 1)
        eligible = [c for c in communities if c.first_election_on <= cutoff]
        for community in eligible:
            level = 97.0 - 40.0 * rng.betavariate(2.0, 4.0)
            for source in ("district", "third_party", "street"):
                points = level + SOURCE_BIAS[source] + rng.gauss(0.0, SOURCE_SPREAD[source])
                share = max(0.0, total_points - points) / total_points
                scores = {
                    ind.code: score_indicator(
                        rng, ind, ind.max_points * share * rng.uniform(0.0, 2.0)
                    )[0]
                    for ind in indicators
                }
                self.sink.add(
                    GradingSheet,
                    {
                        **self.stamper.stamp(self.author_id),
                        "community_id": community.id,
                        "year": year,
                        "source": source,
                        "standard_id": standard_id,
                        "scores": scores,
                    },
                )
        self._incidents(year, eligible, last_day)

    def _incidents(self, year: int, eligible: Sequence[CommunityPlan], last_day: dt.date) -> None:
        rng = self.rng
        if not eligible:
            return
        count = min(len(eligible), 3 + len(eligible) // 150)
        for index, community in enumerate(rng.sample(list(eligible), count)):
            serious = index % 3 == 0
            self.sink.add(
                CommunityIncident,
                {
                    **self.stamper.stamp(self.author_id),
                    "community_id": community.id,
                    "year": year,
                    "occurred_on": weekday_in(rng, dt.date(year, 1, 1), last_day),
                    "description": rng.choice(SERIOUS_INCIDENTS if serious else MINOR_INCIDENTS),
                    "serious": serious,
                },
            )
