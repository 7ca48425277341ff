"""`hexie demo`: realistic, reproducible demo data, and simulated field work for an inspector.

Demo data exists so that a bureau can try every screen and report before its own data is entered,
and so that tests and benchmarks run at a district's or a whole city's size. The same seed gives the
same rows, ids included, on any machine; only this installation's own id (the author of master
data) differs between two databases.
"""

import datetime as dt
import random
import time
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col
from sqlmodel import select as select_rows

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.roles import Role
from hexie_desktop.paths import resources_dir
from hexie_desktop.progress import Cancel, Progress
from hexie_desktop.services.authoring import Author, authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.demo.complaints import ComplaintWriter, add_callers
from hexie_desktop.services.demo.decisions import DecisionWriter
from hexie_desktop.services.demo.fieldwork import (
    INSPECTED_SHARE,
    FieldWork,
    QuarterCrew,
    assign_crew,
    load_sheet,
    quarterly_targets,
)
from hexie_desktop.services.demo.master import CompoundPlan, MasterBuilder, World
from hexie_desktop.services.demo.rows import LiveStamper, RowSink, SeededStamper
from hexie_desktop.services.demo.scoring import firm_target
from hexie_desktop.services.demo.summary import DemoSummary
from hexie_desktop.services.rules.standards import (
    default_policy_document,
    default_service_standard,
    install_policy,
    install_standard,
    latest_standard,
    load_standard_file,
    standard_in_force,
)
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import Identity, installation_row, require_identity
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import (
    SYNCED_TABLES,
    Community,
    Compound,
    Contract,
    Deduction,
    Firm,
    Indicator,
    Policy,
    Standard,
    StandardPart,
    Street,
    Synced,
)

DEFAULT_FIRMS = 129
DEFAULT_COMPOUNDS = 400
DEFAULT_QUARTERS = (Quarter(2026, 1), Quarter(2026, 2))
MAX_FIRMS = 20_000
MAX_COMPOUNDS = 200_000
COMMUNITY_STANDARD_FILE = "community-v1.json"
NO_MASTER_DATA = "数据库中还没有小区或评分标准。请先导入工作人员下发的主数据包。"


@dataclass
class DemoOptions:
    firms: int = DEFAULT_FIRMS
    compounds: int = DEFAULT_COMPOUNDS
    quarters: list[Quarter] | None = None
    seed: int = 1
    master_only: bool = False

    def chosen_quarters(self) -> list[Quarter]:
        return sorted(set(self.quarters)) if self.quarters else list(DEFAULT_QUARTERS)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "quarters": [str(q) for q in self.chosen_quarters()]}


def _validate(options: DemoOptions) -> list[Quarter]:
    if not 1 <= options.firms <= MAX_FIRMS:
        raise UserError(f"企业数量应在 1 到 {MAX_FIRMS} 之间，实际为 {options.firms}。")
    if not 1 <= options.compounds <= MAX_COMPOUNDS:
        raise UserError(f"小区数量应在 1 到 {MAX_COMPOUNDS} 之间，实际为 {options.compounds}。")
    if options.compounds < options.firms:
        raise UserError(
            f"小区数量（{options.compounds}）不能少于企业数量（{options.firms}）：每家企业至少服务一个小区。"
        )
    if options.quarters is not None and not options.quarters:
        raise UserError("请至少指定一个季度，如 --quarters 2026Q1,2026Q2。")
    return options.chosen_quarters()


def _count(session: Session, table: type[Synced]) -> int:
    return int(session.execute(select(func.count()).select_from(table)).scalar_one())


def _epoch_ms(day: dt.date) -> int:
    return int(dt.datetime.combine(day, dt.time(), dt.UTC).timestamp() * 1000)


def _expected_rows(options: DemoOptions, quarters: int, indicators: int) -> int:
    master = options.compounds * 8.4 + options.firms
    field_work = options.compounds * INSPECTED_SHARE * (indicators + 3) + options.compounds * 8
    return int(master + (0 if options.master_only else quarters * field_work))


def generate_demo(
    store: Store,
    options: DemoOptions,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Changed[DemoSummary]:
    """Fill an empty database with a district's (or a city's) worth of demo data, in one transaction.

    Refuses a database that already holds firms or compounds, so demo rows never mix with real ones.
    """
    quarters = _validate(options)
    identity = require_identity(store)
    started = time.perf_counter()
    with store.transaction() as session:
        if _count(session, Firm) or _count(session, Compound):
            raise UserError(
                "数据库中已有数据（企业或小区），演示数据不能与真实数据混在一起。"
                "请换一个空的数据目录（--data-dir）再生成。"
            )
        stamper = SeededStamper(options.seed, _epoch_ms(quarters[0].first_day))
        sink = RowSink(session, _expected_rows(options, len(quarters), 30), progress, cancel)
        sink.phase("安装评分标准和政策")
        author = Author(identity.id, identity.role.value, stamper.clock())
        service, community, policy = _rules(session, author, stamper, sink, quarters[0])
        stamper.follow(author.clock)
        world = MasterBuilder(
            sink,
            stamper,
            author_id=identity.id,
            seed=options.seed,
            first_day=quarters[0].first_day,
            last_day=quarters[-1].last_day,
        ).build(options.firms, options.compounds)
        if not options.master_only:
            _field_work(
                session,
                sink,
                stamper,
                options=options,
                quarters=quarters,
                world=world,
                service=service,
            )
            decisions = DecisionWriter(sink, stamper, identity.id, options.seed)
            sink.phase("生成黄牌和信用档案")
            decisions.cards(
                quarters,
                quarterly_targets(options.seed, world.firms, quarters),
                world.firms,
                policy,
            )
            if community is not None:
                _grading(
                    session, sink, decisions, world=world, quarters=quarters, community=community
                )
        sink.flush()
        if not options.master_only and identity.role == Role.CLERK:
            add_callers(session, options.seed)
        _advance_clock(session, stamper.last_hlc)
        append_event(
            session,
            actor_id=identity.id,
            action="demo.generated",
            detail=options.as_dict(),
        )
    if progress is not None:
        progress(1.0, "完成")
    summary = DemoSummary(
        counts=sink.counts,
        seed=options.seed,
        quarters=[str(q) for q in quarters],
        master_only=options.master_only,
        elapsed_seconds=time.perf_counter() - started,
    )
    return Changed(summary, Changes(frozenset(SYNCED_TABLES)))


def _rules(
    session: Session, author: Author, stamper: SeededStamper, sink: RowSink, first: Quarter
) -> tuple[Standard, Standard | None, dict[str, Any]]:
    """The service standard, the community standard if shipped, and the policy: installed unless
    the database already has them (a master bundle may have brought them before any firm).

    Demo field work from before the shipped documents' first quarter (a bureau's earlier years)
    is scored and evaluated under them, so they are installed in force from `first` then.
    """
    service = latest_standard(session, "service")
    if service is None:
        spec = default_service_standard()
        spec = replace(spec, effective_from=min(spec.effective_from, str(first)))
        service = install_standard(session, spec, author, stamper.new_id)
    community = latest_standard(session, "community")
    community_file = resources_dir() / "standards" / COMMUNITY_STANDARD_FILE
    if community is None and community_file.is_file():
        community = install_standard(
            session, load_standard_file(community_file), author, stamper.new_id
        )
    policy = session.exec(
        select_rows(Policy)
        .where(col(Policy.deleted).is_(False))
        .order_by(col(Policy.version).desc())
    ).first()
    if policy is None:
        document = default_policy_document()
        document["effective_from"] = min(document["effective_from"], str(first))
        policy = install_policy(session, document, author, stamper.new_id)
    for table in (Standard, StandardPart, Indicator, Deduction, Policy):
        sink.count_existing(table, _count(session, table))
    return service, community, policy.body


def _field_work(
    session: Session,
    sink: RowSink,
    stamper: SeededStamper,
    *,
    options: DemoOptions,
    quarters: list[Quarter],
    world: World,
    service: Standard,
) -> None:
    sheet = load_sheet(session, service.id, service.total_points)
    inspectors = [stamper.new_id() for _ in range(min(200, max(10, options.compounds // 40)))]
    field_work = FieldWork(sink, stamper, sheet)
    complaints = ComplaintWriter(sink, stamper)
    targets = quarterly_targets(options.seed, world.firms, quarters)
    for quarter, target in zip(quarters, targets, strict=True):
        rng = random.Random(f"{options.seed}:field:{quarter}")
        crew = assign_crew(rng, inspectors, world.areas)
        count = max(1, round(INSPECTED_SHARE * len(world.compounds)))
        chosen = sorted(rng.sample(range(len(world.compounds)), count))
        sink.phase(f"生成 {quarter} 考评记录和满意度调查")
        field_work.quarter(rng, quarter, [world.compounds[i] for i in chosen], target, crew)
        sink.phase(f"生成 {quarter} 投诉工单")
        complaints.quarter(
            random.Random(f"{options.seed}:complaints:{quarter}"),
            quarter,
            world.compounds,
            target,
            crew,
        )


def _grading(
    session: Session,
    sink: RowSink,
    decisions: DecisionWriter,
    *,
    world: World,
    quarters: list[Quarter],
    community: Standard,
) -> None:
    sheet = load_sheet(session, community.id, community.total_points)
    for year in sorted({q.year for q in quarters}):
        sink.phase(f"生成 {year} 年和谐社区等级评分表")
        last_day = max(q.last_day for q in quarters if q.year == year)
        decisions.grading(
            year,
            world.communities,
            community.id,
            sheet.indicators,
            total_points=sheet.total_points,
            last_day=last_day,
        )


def _advance_clock(session: Session, hlc: int) -> None:
    """Later local edits must order after every demo row, so the clock moves past the last one."""
    row = installation_row(session)
    if row is not None and row.clock < hlc:
        row.clock = hlc
        session.add(row)


def _serving_on(session: Session, day: dt.date) -> tuple[list[CompoundPlan], dict[str, str]]:
    """Every compound with the firm that serves it on `day`, and each firm's credit code.

    Compounds come in the order of what they are (street, community, name, address, firm's
    credit code), never of their ids: ids are made afresh by each installation that imports
    the registers, so two laptops holding the same compounds must see them in the same order
    for the same seed to give the same field work.
    """
    rows = session.execute(
        select(
            col(Compound.id),
            col(Compound.households),
            col(Contract.firm_id),
            col(Firm.credit_code),
            col(Street.name),
            col(Community.name),
            col(Compound.name),
            col(Compound.address),
            col(Contract.starts_on),
        )
        .join(Contract, col(Contract.compound_id) == col(Compound.id))
        .join(Firm, col(Firm.id) == col(Contract.firm_id))
        .join(Community, col(Community.id) == col(Compound.community_id))
        .join(Street, col(Street.id) == col(Community.street_id))
        .where(
            col(Compound.deleted).is_(False),
            col(Contract.deleted).is_(False),
            col(Contract.starts_on) <= day,
            (col(Contract.ends_on).is_(None)) | (col(Contract.ends_on) >= day),
        )
    ).all()
    latest: dict[str, tuple[Any, ...]] = {}
    for row in rows:
        if row[0] not in latest or row[8] > latest[row[0]][8]:
            latest[row[0]] = tuple(row)
    ordered = sorted(latest.values(), key=lambda r: (r[4], r[5], r[6], r[7], r[3], r[0]))
    plans = [CompoundPlan(r[0], r[2], r[1], 0) for r in ordered]
    return plans, {r[2]: r[3] for r in ordered}


def simulate_field_work(
    store: Store,
    quarter: Quarter | None,
    sample: float,
    seed: int,
    progress: Progress | None = None,
) -> DemoSummary:
    """This inspector's field work for a quarter: a random `sample` of the known compounds inspected
    and surveyed, authored by this installation, against the latest service standard.

    For an inspector's laptop that holds only the master bundle, so that export, merge and the
    evaluation can be tried end to end.
    """
    if not 0 < sample <= 1:
        raise UserError(f"抽查比例应大于 0 且不超过 1（如 0.2），实际为 {sample}。")
    identity: Identity = require_identity(store)
    today = bureau_time.today()
    chosen_quarter = quarter or Quarter.containing(today)
    if chosen_quarter.first_day > today:
        raise UserError(
            f"季度 {chosen_quarter} 尚未开始（本机日期 {today:%Y-%m-%d}），不能模拟该季度的现场考评；"
            "若本机时钟不准，请先调准系统时间。"
        )
    last_day = min(chosen_quarter.last_day, today)
    started = time.perf_counter()
    with store.transaction() as session:
        standard = standard_in_force(session, "service", str(chosen_quarter))
        compounds, credit_codes = _serving_on(session, last_day)
        if standard is None or not compounds:
            raise UserError(NO_MASTER_DATA)
        sheet = load_sheet(session, standard.id, standard.total_points)
        rng = random.Random(f"{seed}:fieldwork:{chosen_quarter}")
        chosen = rng.sample(compounds, max(1, round(sample * len(compounds))))
        targets = {
            plan.firm_id: firm_target(random.Random(f"{seed}:{credit_codes[plan.firm_id]}"))
            for plan in chosen
        }
        with authoring(session) as author:
            sink = RowSink(session, len(chosen) * (len(sheet.indicators) + 2), progress)
            sink.phase(f"模拟 {chosen_quarter} 现场考评")
            crew = QuarterCrew({0: identity.id}, frozenset())
            FieldWork(sink, LiveStamper(author.clock), sheet).quarter(
                rng, chosen_quarter, chosen, targets, crew, twice_share=0.0, last_day=last_day
            )
            sink.flush()
        append_event(
            session,
            actor_id=identity.id,
            action="demo.field_work",
            detail={"quarter": str(chosen_quarter), "sample": sample, "seed": seed},
        )
    if progress is not None:
        progress(1.0, "完成")
    return DemoSummary(
        counts=sink.counts,
        seed=seed,
        quarters=[str(chosen_quarter)],
        author=identity.name,
        elapsed_seconds=time.perf_counter() - started,
        extra={"compounds_known": len(compounds), "sample": sample},
    )


__all__ = [
    "DEFAULT_COMPOUNDS",
    "DEFAULT_FIRMS",
    "DemoOptions",
    "DemoSummary",
    "generate_demo",
    "simulate_field_work",
]
