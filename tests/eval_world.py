"""A small bureau built row by row with the ORM, for evaluation tests with hand-computed numbers.

Every firm serves its own compounds; an inspection scores every indicator at one fraction of its
maximum, so a sheet's total is 100 × that fraction and each part is that fraction of the part.
"""

import datetime as dt
import itertools
from typing import Any

from sqlmodel import Session, select

from hexie_desktop.domain.credit_code import check_character
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.standard import StandardSpec
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.rules.standards import (
    default_policy_document,
    default_service_standard,
    install_policy,
    install_standard,
)
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import (
    Card,
    Community,
    Complaint,
    Compound,
    District,
    Firm,
    Indicator,
    IndicatorScore,
    Inspection,
    StandardPart,
    Street,
    Survey,
)

UTC = dt.UTC


def credit_code(n: int) -> str:
    first17 = f"9131000{n:010d}"
    return first17 + check_character(first17)


class World:
    def __init__(self, store: Store, policy: dict[str, Any] | None = None) -> None:
        self.store = store
        self.counter = itertools.count(1)
        doc = default_policy_document()
        for section, values in (policy or {}).items():
            doc[section] = {**doc[section], **values}
        with store.transaction() as session, authoring(session) as author:
            self.standard = install_standard(session, default_service_standard(), author)
            install_policy(session, doc, author)
            district = District(code="310101", name="和平区", **author.stamp())
            session.add(district)
            session.flush()
            street = Street(district_id=district.id, name="新华街道", **author.stamp())
            session.add(street)
            session.flush()
            self.community = Community(
                street_id=street.id,
                name="新华社区",
                first_election_on=dt.date(2020, 5, 1),
                **author.stamp(),
            )
            session.add(self.community)
            session.flush()
            self._read_indicators(session)

    def _read_indicators(self, session: Session) -> None:
        self.indicators = [
            (i.id, i.max_points, part.code)
            for i, part in session.exec(
                select(Indicator, StandardPart).where(
                    Indicator.part_id == StandardPart.id,
                    Indicator.standard_id == self.standard.id,
                )
            )
        ]

    def install(self, spec: StandardSpec) -> None:
        """Install another standard version; later inspections use it."""
        with self.store.transaction() as session, authoring(session) as author:
            self.standard = install_standard(session, spec, author)
            self._read_indicators(session)

    def firm(self, n: int | None = None) -> str:
        number = next(self.counter) if n is None else n
        with self.store.transaction() as session, authoring(session) as author:
            firm = Firm(
                credit_code=credit_code(number), name=f"第{number}物业公司", **author.stamp()
            )
            session.add(firm)
            return firm.id

    def compound(self, households: int = 100) -> str:
        with self.store.transaction() as session, authoring(session) as author:
            compound = Compound(
                community_id=self.community.id,
                name=f"小区{next(self.counter)}",
                households=households,
                **author.stamp(),
            )
            session.add(compound)
            return compound.id

    def inspect(
        self,
        firm_id: str,
        compound_id: str,
        quarter: str,
        fraction: float,
        *,
        skip_parts: tuple[str, ...] = (),
        on: dt.date | None = None,
    ) -> str:
        """Score every indicator at `fraction` of its maximum, leaving `skip_parts` not scored."""
        q = Quarter.parse(quarter)
        with self.store.transaction() as session, authoring(session) as author:
            inspection = Inspection(
                compound_id=compound_id,
                firm_id=firm_id,
                standard_id=self.standard.id,
                quarter=quarter,
                inspector_id=author.installation_id,
                inspected_on=on or q.first_day + dt.timedelta(days=20),
                status="submitted",
                submitted_at=dt.datetime.now(UTC),
                **author.stamp(),
            )
            session.add(inspection)
            session.flush()
            session.add_all(
                IndicatorScore(
                    inspection_id=inspection.id,
                    indicator_id=ind_id,
                    score=None if part in skip_parts else maximum * fraction,
                    **author.stamp(),
                )
                for ind_id, maximum, part in self.indicators
            )
            return inspection.id

    def served(self, firm_id: str, quarter: str, fraction: float, households: int = 100) -> str:
        compound_id = self.compound(households)
        self.inspect(firm_id, compound_id, quarter, fraction)
        return compound_id

    def card(
        self, firm_id: str, quarter: str, color: str = "yellow", deduction: float = 2.0
    ) -> str:
        with self.store.transaction() as session, authoring(session) as author:
            card = Card(
                firm_id=firm_id,
                quarter=quarter,
                color=color,
                reason="违规收费",
                deduction=deduction,
                issued_on=Quarter.parse(quarter).first_day + dt.timedelta(days=10),
                **author.stamp(),
            )
            session.add(card)
            return card.id

    def survey(self, firm_id: str, compound_id: str, quarter: str, **answers: Any) -> None:
        with self.store.transaction() as session, authoring(session) as author:
            session.add(
                Survey(
                    compound_id=compound_id,
                    firm_id=firm_id,
                    quarter=quarter,
                    inspector_id=author.installation_id,
                    surveyed_on=Quarter.parse(quarter).first_day,
                    sample_size=sum(answers.values()),
                    **answers,
                    **author.stamp(),
                )
            )

    def ticket(self, firm_id: str, compound_id: str, received: dt.datetime, **fields: Any) -> None:
        with self.store.transaction() as session, authoring(session) as author:
            session.add(
                Complaint(
                    ticket_no=f"T{next(self.counter):08d}",
                    compound_id=compound_id,
                    firm_id=firm_id,
                    category=fields.pop("category", "环境卫生"),
                    received_at=received,
                    due_at=fields.pop("due_at", received + dt.timedelta(days=3)),
                    **fields,
                    **author.stamp(),
                )
            )
