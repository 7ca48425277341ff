"""Demo field work: inspections scored deduction by deduction, and owner-satisfaction surveys."""

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import InspectionStatus
from hexie_desktop.services.demo.master import CompoundPlan, FirmPlan
from hexie_desktop.services.demo.rows import RowSink, Stamper, beijing_time, weekday_in
from hexie_desktop.services.demo.scoring import (
    SheetIndicator,
    clamp_target,
    survey_answers,
    target_scores,
)
from hexie_desktop.storage.tables import (
    Deduction,
    Indicator,
    IndicatorScore,
    Inspection,
    StandardPart,
    Survey,
)

INSPECTED_SHARE = 0.85
TWICE_SHARE = 0.03
THIRD_PARTY_INSPECTORS = 0.2
QUARTER_DRIFT = 2.5
COMPOUND_SPREAD = 3.0
VISIT_SPREAD = 2.0
NOTE_SHARE = 0.2
_NOTES = (
    "物业项目经理陪同检查",
    "部分楼栋消防通道堆放杂物，已要求现场整改",
    "电梯维保记录不全，已拍照取证",
    "垃圾分类投放点满溢，已告知物业当日清运",
    "公告栏收费公示内容已过期",
    "地下车库照明部分损坏",
    "业主反映绿化修剪不及时",
    "门岗登记制度执行良好",
    "二次供水水箱清洗记录齐全",
)


@dataclass(frozen=True)
class ServiceSheet:
    """The service standard an inspection is scored against, as the sheet needs it."""

    standard_id: str
    total_points: float
    indicators: tuple[SheetIndicator, ...]


def load_sheet(session: Session, standard_id: str, total_points: float) -> ServiceSheet:
    indicators = session.exec(
        select(Indicator)
        .join(StandardPart, col(StandardPart.id) == col(Indicator.part_id))
        .where(Indicator.standard_id == standard_id, col(Indicator.deleted).is_(False))
        .order_by(col(StandardPart.position), col(Indicator.position))
    ).all()
    deductions: dict[str, list[tuple[str, float]]] = {}
    for deduction in session.exec(
        select(Deduction)
        .where(col(Deduction.indicator_id).in_([i.id for i in indicators]))
        .where(col(Deduction.deleted).is_(False))
        .order_by(col(Deduction.code))
    ):
        deductions.setdefault(deduction.indicator_id, []).append((deduction.code, deduction.points))
    return ServiceSheet(
        standard_id,
        total_points,
        tuple(
            SheetIndicator(i.id, i.code, i.max_points, tuple(deductions.get(i.id, ())))
            for i in indicators
        ),
    )


def quarterly_targets(
    seed: int, firms: Sequence[FirmPlan], quarters: Sequence[Quarter]
) -> list[dict[str, float]]:
    """Each firm's quality quarter by quarter: a random walk from its own level, so some firms
    improve, some slide toward 60 (what early warning should catch)."""
    rng = random.Random(f"{seed}:drift")
    current = {firm.id: firm.target for firm in firms}
    result = []
    for _ in quarters:
        current = {
            firm_id: clamp_target(value + rng.gauss(0.0, QUARTER_DRIFT))
            for firm_id, value in current.items()
        }
        result.append(dict(current))
    return result


@dataclass
class QuarterCrew:
    """Who inspects where in a quarter: one inspector per area (street), as bureaus assign them."""

    by_area: dict[int, str]
    third_party: frozenset[str]

    def inspector_for(self, area: int) -> str:
        return self.by_area[area]


def assign_crew(rng: random.Random, inspectors: Sequence[str], areas: int) -> QuarterCrew:
    third = frozenset(inspectors[: round(len(inspectors) * THIRD_PARTY_INSPECTORS)])
    return QuarterCrew({area: rng.choice(inspectors) for area in range(areas)}, third)


class FieldWork:
    """Writes one quarter of inspections and surveys for a set of compounds."""

    def __init__(self, sink: RowSink, stamper: Stamper, sheet: ServiceSheet) -> None:
        self.sink = sink
        self.stamper = stamper
        self.sheet = sheet
        self.inspections = 0

    def quarter(
        self,
        rng: random.Random,
        quarter: Quarter,
        compounds: Sequence[CompoundPlan],
        targets: dict[str, float],
        crew: QuarterCrew,
        *,
        twice_share: float = TWICE_SHARE,
        last_day: dt.date | None = None,
    ) -> None:
        """Inspect each of `compounds` once (a few twice, by a second inspector), with a survey."""
        end = min(quarter.last_day, last_day) if last_day else quarter.last_day
        inspectors = sorted(set(crew.by_area.values()))
        for compound in compounds:
            first = crew.inspector_for(compound.area)
            target = targets[compound.firm_id] + rng.gauss(0.0, COMPOUND_SPREAD)
            day = self._inspect(
                rng, quarter, compound, target=target, inspector=first, crew=crew, end=end
            )
            self._survey(rng, quarter, compound, target=target, inspector=first, day=day)
            if len(inspectors) > 1 and rng.random() < twice_share:
                second = rng.choice([i for i in inspectors if i != first])
                self._inspect(
                    rng, quarter, compound, target=target, inspector=second, crew=crew, end=end
                )

    def _inspect(
        self,
        rng: random.Random,
        quarter: Quarter,
        compound: CompoundPlan,
        *,
        target: float,
        inspector: str,
        crew: QuarterCrew,
        end: dt.date,
    ) -> dt.date:
        day = weekday_in(rng, quarter.first_day, end)
        submitted = min(day + dt.timedelta(days=rng.randint(0, 2)), end)
        inspection = {
            **self.stamper.stamp(inspector),
            "compound_id": compound.id,
            "firm_id": compound.firm_id,
            "standard_id": self.sheet.standard_id,
            "quarter": str(quarter),
            "inspector_id": inspector,
            "inspected_on": day,
            "method": "third_party" if inspector in crew.third_party else "unannounced",
            "status": InspectionStatus.SUBMITTED,
            "revision": 1,
            "revises_id": None,
            "revision_reason": "",
            "submitted_at": beijing_time(submitted, rng.uniform(15.0, 21.0)),
            "note": rng.choice(_NOTES) if rng.random() < NOTE_SHARE else "",
        }
        self.sink.add(Inspection, inspection)
        self.inspections += 1
        visit = clamp_target(target + rng.gauss(0.0, VISIT_SPREAD))
        scores = target_scores(rng, self.sheet.indicators, visit, self.sheet.total_points)
        for indicator, (score, deductions) in zip(self.sheet.indicators, scores, strict=True):
            self.sink.add(
                IndicatorScore,
                {
                    **self.stamper.stamp(inspector),
                    "inspection_id": inspection["id"],
                    "indicator_id": indicator.id,
                    "score": score,
                    "deductions": deductions,
                    "note": "",
                },
            )
        return day

    def _survey(
        self,
        rng: random.Random,
        quarter: Quarter,
        compound: CompoundPlan,
        *,
        target: float,
        inspector: str,
        day: dt.date,
    ) -> None:
        sample = min(80, max(20, round(compound.households * 0.05)))
        answered = sample - rng.randint(0, 2)
        self.sink.add(
            Survey,
            {
                **self.stamper.stamp(inspector),
                "compound_id": compound.id,
                "firm_id": compound.firm_id,
                "quarter": str(quarter),
                "inspector_id": inspector,
                "surveyed_on": day,
                "sample_size": sample,
                **survey_answers(rng, target, answered),
            },
        )
