"""Demo master data: the city's places, compounds and their "2+4" teams, firms and contracts."""

import datetime as dt
import itertools
import math
import random
from dataclasses import dataclass, field

from hexie_desktop.domain.roles import TEAM_ROLES
from hexie_desktop.services.demo import names
from hexie_desktop.services.demo.rows import Row, RowSink, SeededStamper
from hexie_desktop.services.demo.scoring import fallback_target, firm_target
from hexie_desktop.storage.tables import (
    Community,
    Compound,
    Contract,
    District,
    Firm,
    Street,
    TeamMember,
)

COMPOUNDS_PER_DISTRICT = 2500
FALLBACK_SHARE = 0.03
SHARE_OUTSIDE_FIRMS = 0.07
SHARE_CITY_FIRMS = 0.08
HOME_DISTRICT_PREFERENCE = 0.8
PREVIOUS_CONTRACT_SHARE = 0.1
NEWLY_ELECTED_SHARE = 0.08


@dataclass(frozen=True)
class CompoundPlan:
    id: str
    firm_id: str
    households: int
    area: int


@dataclass(frozen=True)
class FirmPlan:
    id: str
    target: float
    fallback: bool


@dataclass(frozen=True)
class CommunityPlan:
    id: str
    first_election_on: dt.date


@dataclass
class World:
    """What the field-work phases need to know about the master data just written."""

    compounds: list[CompoundPlan] = field(default_factory=list)
    firms: list[FirmPlan] = field(default_factory=list)
    communities: list[CommunityPlan] = field(default_factory=list)
    areas: int = 0


@dataclass
class _Slot:
    """A compound before it has a row: where it is, and whether it is a 三无小区."""

    district: int
    street: int
    community: int
    fallback_firm: int | None = None


def _spread(rng: random.Random, items: int, bins: int) -> list[int]:
    """Split `items` over `bins`, each at least one, the rest unevenly (lognormal weights)."""
    counts = [1] * bins
    weights = [rng.lognormvariate(0.0, 0.6) for _ in range(bins)]
    for index in rng.choices(range(bins), weights=weights, k=items - bins):
        counts[index] += 1
    return counts


def _households(rng: random.Random, fallback: bool) -> int:
    if fallback:
        return rng.randint(60, 400)
    return int(min(3000, max(60, rng.lognormvariate(math.log(520), 0.75))))


def _day_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, max(0, (last - first).days)))


class MasterBuilder:
    def __init__(
        self,
        sink: RowSink,
        stamper: SeededStamper,
        *,
        author_id: str,
        seed: int,
        first_day: dt.date,
        last_day: dt.date,
    ) -> None:
        self.sink = sink
        self.stamper = stamper
        self.author_id = author_id
        self.rng = random.Random(f"{seed}:master")
        self.first_day = first_day
        self.last_day = last_day
        self.world = World()
        self.street_ids: list[str] = []
        self.community_ids: list[str] = []

    def _row(self, **values: object) -> Row:
        return {**self.stamper.stamp(self.author_id), **values}

    def build(self, firms: int, compounds: int) -> World:
        self.sink.phase("生成区、街道和社区")
        districts = min(len(names.DISTRICTS), max(1, math.ceil(compounds / COMPOUNDS_PER_DISTRICT)))
        slots = self._places(districts, compounds)
        fallback_firms = 0 if firms < 20 else min(max(1, firms // 40), 2 * districts)
        market = firms - fallback_firms
        self._mark_fallback(slots, market, fallback_firms, districts)
        self.sink.phase("生成物业服务企业")
        firm_ids, homes = self._firms(market, fallback_firms, districts)
        self.sink.phase("生成小区、“2+4”团队和物业服务合同")
        self._compounds(slots, firm_ids, self._serving(slots, market, homes), market)
        return self.world

    def _places(self, districts: int, compounds: int) -> list[_Slot]:
        rng = self.rng
        per_district = _spread(rng, compounds, districts)
        street_counts = [min(n, max(3, min(12, round(n / 40)))) for n in per_district]
        street_names = names.street_names(rng, sum(street_counts))
        slots: list[_Slot] = []
        newly_elected_from = dt.date(self.last_day.year, 1, 10)
        for d_index, (n_compounds, n_streets) in enumerate(
            zip(per_district, street_counts, strict=True)
        ):
            name, code = names.DISTRICTS[d_index]
            district = self._row(code=code, name=name)
            self.sink.add(District, district)
            n_communities = min(
                n_compounds, max(n_streets, min(n_streets * 15, math.ceil(n_compounds / 8)))
            )
            per_street = _spread(rng, n_communities, n_streets)
            community_slots: list[tuple[int, int]] = []
            for n_in_street in per_street:
                street = self._row(district_id=district["id"], name=street_names.pop(0))
                self.sink.add(Street, street)
                self.street_ids.append(street["id"])
                used: set[str] = set()
                for _ in range(n_in_street):
                    if rng.random() < NEWLY_ELECTED_SHARE:
                        elected = _day_between(
                            rng, newly_elected_from, newly_elected_from.replace(month=6, day=30)
                        )
                    else:
                        elected = _day_between(
                            rng, dt.date(2012, 1, 1), dt.date(self.last_day.year - 2, 12, 31)
                        )
                    community = self._row(
                        street_id=street["id"],
                        name=names.community_name(rng, used),
                        first_election_on=elected,
                    )
                    self.sink.add(Community, community)
                    self.community_ids.append(community["id"])
                    self.world.communities.append(CommunityPlan(community["id"], elected))
                    community_slots.append((len(self.street_ids) - 1, len(self.community_ids) - 1))
            for (street_index, community_index), count in zip(
                community_slots, _spread(rng, n_compounds, n_communities), strict=True
            ):
                slots.extend(_Slot(d_index, street_index, community_index) for _ in range(count))
        self.world.areas = len(self.street_ids)
        return slots

    def _mark_fallback(
        self, slots: list[_Slot], market: int, fallback: int, districts: int
    ) -> None:
        """Pick the 三无小区 and their fallback firm: each fallback firm serves some in its district."""
        if not fallback:
            return
        rng = self.rng
        wanted = min(max(fallback, round(FALLBACK_SHARE * len(slots))), len(slots) - market)
        by_district: dict[int, list[_Slot]] = {}
        for slot in slots:
            by_district.setdefault(slot.district, []).append(slot)
        for firm in range(fallback):
            free = [s for s in by_district[firm % districts] if s.fallback_firm is None]
            rng.choice(free).fallback_firm = market + firm
        free = [s for s in slots if s.fallback_firm is None]
        for slot in rng.sample(free, wanted - fallback):
            local = [f for f in range(fallback) if f % districts == slot.district]
            slot.fallback_firm = market + rng.choice(local or range(fallback))

    def _firms(self, market: int, fallback: int, districts: int) -> tuple[list[str], list[int]]:
        """Write the firms; return their ids (market ones first) and home districts."""
        rng = self.rng
        used_names: set[str] = set()
        used_codes: set[str] = set()
        ids: list[str] = []
        homes: list[int] = []
        for index in range(market + fallback):
            home = rng.randrange(districts) if index < market else (index - market) % districts
            district_name, region = names.DISTRICTS[home]
            city, middle = names.CITY, district_name
            if index >= market:
                name = names.fallback_firm_name(rng, district_name, used_names)
            else:
                draw = rng.random()
                if draw < SHARE_OUTSIDE_FIRMS:
                    city, region = rng.choice(names.OUTSIDE_REGIONS)
                    middle = ""
                elif draw < SHARE_OUTSIDE_FIRMS + SHARE_CITY_FIRMS:
                    region, middle = names.CITY_REGION, ""
                name = names.firm_name(rng, city, used_names, middle)
            row = self._row(
                credit_code=names.credit_code(rng, region, used_codes),
                name=name,
                legal_representative=names.person_name(rng),
                phone=names.landline_phone(rng),
                address=names.office_address(rng, district_name),
                state_owned=index >= market,
            )
            self.sink.add(Firm, row)
            ids.append(row["id"])
            homes.append(home)
            target = fallback_target(rng) if index >= market else firm_target(rng)
            self.world.firms.append(FirmPlan(row["id"], target, index >= market))
        return ids, homes

    def _serving(self, slots: list[_Slot], market: int, homes: list[int]) -> list[int]:
        """Which firm serves each compound: every market firm one, the rest skewed, mostly local."""
        rng = self.rng
        firm_of = [-1 if slot.fallback_firm is None else slot.fallback_firm for slot in slots]
        market_slots = [i for i, slot in enumerate(slots) if slot.fallback_firm is None]
        rng.shuffle(market_slots)
        for firm_index, slot_index in enumerate(market_slots[:market]):
            firm_of[slot_index] = firm_index
        weights = [min(60.0, rng.paretovariate(1.1)) for _ in range(market)]
        everyone = list(range(market))
        local: dict[int, list[int]] = {}
        for firm_index in everyone:
            local.setdefault(homes[firm_index], []).append(firm_index)
        cumulative = {
            home: list(itertools.accumulate(weights[f] for f in pool))
            for home, pool in local.items()
        }
        all_cumulative = list(itertools.accumulate(weights))
        for slot_index in market_slots[market:]:
            home = slots[slot_index].district
            if home in local and rng.random() < HOME_DISTRICT_PREFERENCE:
                pick = rng.choices(local[home], cum_weights=cumulative[home])[0]
            else:
                pick = rng.choices(everyone, cum_weights=all_cumulative)[0]
            firm_of[slot_index] = pick
        return firm_of

    def _compounds(
        self, slots: list[_Slot], firm_ids: list[str], firm_of: list[int], market: int
    ) -> None:
        rng = self.rng
        market_ids = firm_ids[:market]
        used_names: dict[int, set[str]] = {}
        grid_households: dict[int, int] = {}
        people: dict[tuple[str, int], tuple[str, str]] = {}
        for slot, firm_index in zip(slots, firm_of, strict=True):
            fallback = slot.fallback_firm is not None
            households = _households(rng, fallback)
            district_name = names.DISTRICTS[slot.district][0]
            road = names.road_name(rng)
            taken = used_names.setdefault(slot.district, set())
            name = (
                names.old_compound_name(rng, taken, road)
                if fallback
                else names.compound_name(rng, taken)
            )
            before = grid_households.get(slot.community, 0)
            grid_households[slot.community] = before + households
            compound = self._row(
                community_id=self.community_ids[slot.community],
                name=name,
                address=f"{district_name}{road}{rng.randint(1, 2000)}号",
                households=households,
                grid=f"第{before // 200 + 1}网格",
                is_fallback=fallback,
            )
            self.sink.add(Compound, compound)
            firm_id = firm_ids[firm_index]
            self._team(compound["id"], slot, people)
            self._contracts(compound["id"], firm_id, market_ids, fallback)
            self.world.compounds.append(
                CompoundPlan(compound["id"], firm_id, households, slot.street)
            )

    def _team(
        self, compound_id: str, slot: _Slot, people: dict[tuple[str, int], tuple[str, str]]
    ) -> None:
        """The "2+4" team: some members serve a whole street or community, others one compound."""
        scope = {
            "service_head": slot.community,
            "street_liaison": slot.street,
            "police_officer": slot.community,
            "legal_adviser": slot.street,
        }
        for role in TEAM_ROLES:
            key = (role, scope[role]) if role in scope else None
            person = people.get(key) if key else None
            if person is None:
                person = (names.person_name(self.rng), names.mobile_phone(self.rng))
                if key:
                    people[key] = person
            self.sink.add(
                TeamMember,
                self._row(compound_id=compound_id, role=role, name=person[0], phone=person[1]),
            )

    def _contracts(
        self, compound_id: str, firm_id: str, market_ids: list[str], fallback: bool
    ) -> None:
        rng = self.rng
        latest_start = self.first_day - dt.timedelta(days=30)
        earliest = dt.date(2018, 1, 1) if fallback else dt.date(2010, 1, 1)
        starts = _day_between(rng, earliest, latest_start)
        ends: dt.date | None = None
        if not fallback and rng.random() < 0.35:
            years = 3
            while starts.replace(
                year=starts.year + years, day=min(starts.day, 28)
            ) < self.last_day + dt.timedelta(days=180):
                years += 1
            ends = starts.replace(year=starts.year + years, day=min(starts.day, 28))
        if not fallback and len(market_ids) > 1 and rng.random() < PREVIOUS_CONTRACT_SHARE:
            previous = rng.choice([f for f in rng.sample(market_ids, 2) if f != firm_id])
            before = starts.replace(year=starts.year - rng.randint(3, 8), day=min(starts.day, 28))
            self.sink.add(
                Contract,
                self._row(
                    firm_id=previous,
                    compound_id=compound_id,
                    starts_on=before,
                    ends_on=starts - dt.timedelta(days=1),
                    is_fallback=False,
                ),
            )
        self.sink.add(
            Contract,
            self._row(
                firm_id=firm_id,
                compound_id=compound_id,
                starts_on=starts,
                ends_on=ends,
                is_fallback=fallback,
            ),
        )
