"""Every writing service returns the change-set of what it wrote, and names no less.

Each case photographs every table before and after one service call and compares the tables whose
rows changed with the tables the returned `Changes` names. The audit tables and the installation
row change with every write (the chain grows, the clock advances) and are named only where they
are what the operation is about, so they are left out of the comparison.
"""

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import SQLModel, col

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.bundles.review import accept_held
from hexie_desktop.services.changes import Changed
from hexie_desktop.services.decisions.cards import issue_card
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.quarters import finalise_quarter
from hexie_desktop.services.fieldwork import inspections
from hexie_desktop.services.fieldwork.surveys import record_survey
from hexie_desktop.services.master.edits import FirmFields, delete_compound, save_firm
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import SYNCED_TABLES as _SYNCED
from hexie_desktop.storage.tables import (
    AuditCheckpoint,
    AuditDigest,
    AuditEvent,
    AuditSeal,
    Compound,
    Firm,
    HeldRecord,
    Installation,
)
from tests.sync_world import World, copy_world, field_work, make_world

BOOKKEEPING = {AuditEvent, AuditSeal, AuditDigest, AuditCheckpoint, Installation}
TODAY = dt.date(2026, 5, 15)
SCORED_QUARTER = Quarter(2026, 1)


def _photograph(store: Store) -> dict[type[SQLModel], str]:
    """A digest of every row of every table, by table class."""
    tables = {
        model.__table__: model  # type: ignore[attr-defined]
        for model in _table_classes()
    }
    shot: dict[type[SQLModel], str] = {}
    with store.reading() as session:
        for table, model in tables.items():
            rows = sorted(repr(tuple(row)) for row in session.execute(select(table)).all())
            shot[model] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return shot


def _table_classes() -> list[type[SQLModel]]:
    found: list[type[SQLModel]] = []
    pending = list(SQLModel.__subclasses__())
    while pending:
        model = pending.pop()
        pending += model.__subclasses__()
        if getattr(model, "__table__", None) is not None and model not in found:
            found.append(model)
    return found


def _written(store: Store, call: Callable[[], Changed[Any]]) -> tuple[set[type], Changed[Any]]:
    before = _photograph(store)
    result = call()
    after = _photograph(store)
    return {model for model, digest in after.items() if before.get(model) != digest}, result


def assert_names_what_it_wrote(store: Store, call: Callable[[], Changed[Any]]) -> Changed[Any]:
    written, result = _written(store, call)
    unnamed = written - BOOKKEEPING - set(result.changes.tables)
    assert unnamed == set(), (
        f"written but not in the change-set: {sorted(t.__name__ for t in unnamed)}"
    )
    assert written - BOOKKEEPING, "the call wrote nothing, so the case proves nothing"
    return result


@pytest.fixture
def district(inspector_store: Store) -> Store:
    generate_demo(inspector_store, DemoOptions(firms=6, compounds=20, quarters=[SCORED_QUARTER]))
    return inspector_store


@pytest.fixture
def bureau(clerk_store: Store) -> Store:
    generate_demo(clerk_store, DemoOptions(firms=6, compounds=20, quarters=[SCORED_QUARTER]))
    return clerk_store


def _compound(store: Store) -> str:
    with store.reading() as session:
        return str(session.execute(select(col(Compound.id)).order_by(col(Compound.name))).scalar())


def test_the_inspection_sheet_names_each_write(district: Store, tmp_path: Path) -> None:
    compound = _compound(district)
    started = assert_names_what_it_wrote(
        district, lambda: inspections.start_inspection(district, compound, today=TODAY)
    )
    sheet = started.value.id
    first = inspections.sheet(district, sheet).indicators()[0]
    assert_names_what_it_wrote(
        district, lambda: inspections.set_score(district, sheet, first.id, first.max_points)
    )
    photo = tmp_path / "现场.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    added = assert_names_what_it_wrote(
        district, lambda: inspections.attach_photos(district, sheet, first.id, [photo])
    )
    [shown] = added.value
    assert_names_what_it_wrote(district, lambda: inspections.remove_photo(district, shown.id))
    for row in inspections.sheet(district, sheet).indicators():
        inspections.set_score(district, sheet, row.id, row.max_points)
    assert_names_what_it_wrote(district, lambda: inspections.submit(district, sheet))
    assert_names_what_it_wrote(district, lambda: inspections.revise(district, sheet, "补录照片"))


def test_an_unchanged_score_and_a_draft_taken_up_again_change_nothing(district: Store) -> None:
    compound = _compound(district)
    sheet = inspections.start_inspection(district, compound, today=TODAY).value.id
    first = inspections.sheet(district, sheet).indicators()[0]
    inspections.set_score(district, sheet, first.id, 2.0)
    again = inspections.set_score(district, sheet, first.id, 2.0)
    assert again.changes.tables == frozenset()
    assert (
        inspections.start_inspection(district, compound, today=TODAY).changes.tables == frozenset()
    )


def test_a_survey_names_its_table(district: Store) -> None:
    compound = _compound(district)
    assert_names_what_it_wrote(
        district,
        lambda: record_survey(
            district,
            compound,
            Quarter.containing(TODAY),
            sample_size=30,
            very_satisfied=10,
            satisfied=10,
            neutral=5,
            dissatisfied=3,
            very_dissatisfied=2,
            surveyed_on=TODAY,
            today=TODAY,
        ),
    )


def test_the_clerks_edits_and_decisions_name_each_write(bureau: Store) -> None:
    saved = assert_names_what_it_wrote(
        bureau, lambda: save_firm(bureau, None, FirmFields("91330100MA27XK1U06", "湖畔物业"))
    )
    assert saved.changes.touches(Firm)
    assert_names_what_it_wrote(bureau, lambda: delete_compound(bureau, _compound(bureau)))
    evaluated = assert_names_what_it_wrote(
        bureau, lambda: evaluate_quarter(bureau, SCORED_QUARTER, today=TODAY)
    )
    assert evaluated.value.quarter == str(SCORED_QUARTER)
    with bureau.reading() as session:
        code = str(session.execute(select(col(Firm.credit_code)).order_by(col(Firm.name))).scalar())
    assert_names_what_it_wrote(
        bureau, lambda: issue_card(bureau, code, SCORED_QUARTER, "消防通道堆物", today=TODAY)
    )
    assert_names_what_it_wrote(bureau, lambda: finalise_quarter(bureau, SCORED_QUARTER))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    built = make_world(tmp_path_factory.mktemp("changes-template"), inspectors=1)
    built.close()
    return built


@pytest.fixture
def world(template: World, tmp_path: Path) -> Iterator[World]:
    copied = copy_world(template, tmp_path / "world")
    yield copied
    copied.close()


def test_a_merge_names_the_tables_its_bundles_wrote(world: World) -> None:
    inspector = world.inspectors[0]
    field_work(inspector, world.master)
    written, exported = _written(inspector, lambda: export_bundle(inspector, world.root / "outbox"))
    # An export writes only its own record: the audit event and the installation's watermark.
    assert written - {AuditSeal, AuditDigest, AuditCheckpoint} == set(exported.changes.tables)
    merged = assert_names_what_it_wrote(
        world.clerk, lambda: merge_bundles(world.clerk, [exported.value.path])
    )
    assert merged.changes.touches(*_SYNCED)
    again = merge_bundles(world.clerk, [exported.value.path])
    assert [r.status for r in again.value] == ["duplicate"]
    assert again.changes.tables == frozenset()


def test_a_dry_run_merge_changes_nothing(world: World) -> None:
    inspector = world.inspectors[0]
    field_work(inspector, world.master)
    path = export_bundle(inspector, world.root / "outbox").value.path
    written, preview = _written(
        world.clerk, lambda: merge_bundles(world.clerk, [path], dry_run=True)
    )
    assert preview.changes.tables == frozenset()
    assert written - BOOKKEEPING == set()


def test_accepting_a_held_record_names_its_table(world: World) -> None:
    inspector = world.inspectors[0]
    with inspector.transaction() as session, authoring(session) as author:
        firm = session.get(Firm, world.master.firms[0])
        assert firm is not None
        stamp = author.stamp()
        firm.name, firm.hlc, firm.author_id = "考评员改的名字", stamp["hlc"], stamp["author_id"]
        session.add(firm)
    path = export_bundle(inspector, world.root / "outbox").value.path
    merge_bundles(world.clerk, [path])
    with world.clerk.reading() as session:
        held = [h.id for h in session.execute(select(HeldRecord)).scalars() if h.id is not None]
    accepted = assert_names_what_it_wrote(
        world.clerk, lambda: accept_held(world.clerk, held, "核实属实")
    )
    assert accepted.changes.touches(Firm, HeldRecord)
