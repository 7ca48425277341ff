"""The ownership property: whatever a second inspector's bundles try on the first's records
(edits, deletions, reassignments, moves to another firm or sheet, scores added to them), none of
those records ever changes without a clerk's decision, and every merge order still converges.

The first inspector's sheets arrive first (the second can only learn their ids from them); the
rest of both inspectors' bundles then arrive in random orders, with repeats. The first's records
must end exactly as if the second had sent nothing.
"""

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from hexie_desktop.domain.clock import pack
from hexie_desktop.domain.ids import uuid7
from hexie_desktop.paths import DataDir
from hexie_desktop.services.bundles.exchange import merge_bundles
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import (
    installation_row,
    load_private_key,
    require_identity,
)
from hexie_desktop.storage.backup import backup_sqlite
from hexie_desktop.storage.tables import HeldRecord
from hexie_desktop.sync.manifest import BundleAuthor
from hexie_desktop.sync.writer import BundleHeader, write_bundle
from tests.sync_world import World, business_rows, inspection_record, make_world, table_rows

BASE_MS = int(dt.datetime(2026, 8, 1, tzinfo=dt.UTC).timestamp() * 1000)
SHEETS = [f"01a20000-0000-7000-8000-0000000a000{i}" for i in range(2)]
SCORES = [[f"01a20000-0000-7000-8000-0000000b00{i}{j}" for j in range(2)] for i in range(2)]
OWN_SHEET = "01a20000-0000-7000-8000-0000000c0000"
OWN_SCORE = "01a20000-0000-7000-8000-0000000c0001"
ADDED_SCORE = "01a20000-0000-7000-8000-0000000d0000"
ATTACKS = ("note", "delete", "reassign", "refirm", "score", "delete_score", "move_score", "add")

own_edit = st.tuples(
    st.sampled_from(("note", "score", "delete_score")), st.integers(0, 1), st.integers(1, 6)
)
attack = st.tuples(st.sampled_from(ATTACKS), st.integers(0, 1), st.integers(0, 12))
plan = st.tuples(
    st.lists(st.lists(own_edit, min_size=1, max_size=3), max_size=2),
    st.lists(st.lists(attack, min_size=1, max_size=4), min_size=1, max_size=3),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = make_world(tmp_path_factory.mktemp("owner-props"), inspectors=2)
    yield built
    built.close()


def _sheet(world: World, row_id: str, author: str, tick: int, **changes: Any) -> dict[str, Any]:
    return inspection_record(world, row_id, author, pack(BASE_MS + tick, 0), **changes)


def _score(
    world: World, row_id: str, sheet: str, *, indicator: int, author: str, tick: int, **changes: Any
) -> dict[str, Any]:
    return {
        "id": row_id,
        "author_id": author,
        "hlc": pack(BASE_MS + tick, 1),
        "deleted": False,
        "inspection_id": sheet,
        "indicator_id": world.master.indicators[indicator],
        "score": 2.0,
        "deductions": [],
        "note": "",
        **changes,
    }


class Writer:
    """Signed bundles for one inspector, numbered in the order they are written."""

    def __init__(self, store: Store, folder: Path) -> None:
        identity = require_identity(store)
        self.key = load_private_key(store, identity)
        with store.reading() as session:
            row = installation_row(session)
            assert row is not None
            self.author = BundleAuthor(row.id, row.name, row.role, row.fingerprint, row.public_key)
        self.folder = folder
        self.seq = 0

    @property
    def me(self) -> str:
        return self.author.installation_id

    def write(self, records: list[tuple[str, dict[str, Any]]]) -> Path:
        self.seq += 1
        tables: dict[str, dict[str, dict[str, Any]]] = {"inspection": {}, "indicatorscore": {}}
        for table, record in records:
            tables[table][record["id"]] = record
        header = BundleHeader(
            uuid7(), self.seq, None, "inspector", self.author, dt.datetime.now(dt.UTC).isoformat()
        )
        path = self.folder / f"{self.me}-{self.seq}.hexie"
        members = [(t, list(rows.values())) for t, rows in tables.items() if rows]
        write_bundle(path, header, members, [], self.key)
        return path


def _owner_edit(world: World, me: str, edit: tuple[str, int, int]) -> tuple[str, dict[str, Any]]:
    kind, target, tick = edit
    if kind == "note":
        return "inspection", _sheet(world, SHEETS[target], me, tick, note=f"复查{tick}")
    deleted = kind == "delete_score"
    row = _score(
        world,
        SCORES[target][0],
        SHEETS[target],
        indicator=0,
        author=me,
        tick=tick,
        score=float(tick),
        deleted=deleted,
    )
    return "indicatorscore", row


def _attack(
    world: World, me: str, victim: str, move: tuple[str, int, int]
) -> tuple[str, dict[str, Any]]:
    """One thing the second inspector tries on the first's sheet or score."""
    kind, target, tick = move
    theirs = {"inspector_id": victim}
    sheet, score = SHEETS[target], SCORES[target][1]
    tries: dict[str, Any] = {
        "note": lambda: ("inspection", _sheet(world, sheet, me, tick, note="改动", **theirs)),
        "delete": lambda: ("inspection", _sheet(world, sheet, me, tick, deleted=True, **theirs)),
        "reassign": lambda: ("inspection", _sheet(world, sheet, me, tick)),
        "refirm": lambda: (
            "inspection",
            _sheet(world, sheet, me, tick, firm_id=world.master.firms[1], **theirs),
        ),
        "score": lambda: (
            "indicatorscore",
            _score(world, score, sheet, indicator=1, author=me, tick=tick, score=0.0),
        ),
        "delete_score": lambda: (
            "indicatorscore",
            _score(world, score, sheet, indicator=1, author=me, tick=tick, deleted=True),
        ),
        "move_score": lambda: (
            "indicatorscore",
            _score(world, score, OWN_SHEET, indicator=1, author=me, tick=tick),
        ),
        "add": lambda: (
            "indicatorscore",
            _score(world, ADDED_SCORE, sheet, indicator=2, author=me, tick=tick, score=0.0),
        ),
    }
    made: tuple[str, dict[str, Any]] = tries[kind]()
    return made


def _bundles(world: World, folder: Path, chosen: Any) -> tuple[Path, list[Path], list[Path]]:
    """The first's sheets, the first's later edits, and the second's bundles."""
    owner_plan, attack_plan = chosen
    first, second = Writer(world.inspectors[0], folder), Writer(world.inspectors[1], folder)
    created = [("inspection", _sheet(world, s, first.me, 0)) for s in SHEETS]
    created += [
        (
            "indicatorscore",
            _score(world, SCORES[i][j], SHEETS[i], indicator=j, author=first.me, tick=0),
        )
        for i in range(2)
        for j in range(2)
    ]
    sheets = first.write(created)
    edits = [first.write([_owner_edit(world, first.me, e) for e in b]) for b in owner_plan]
    own = [
        ("inspection", _sheet(world, OWN_SHEET, second.me, 1)),
        (
            "indicatorscore",
            _score(world, OWN_SCORE, OWN_SHEET, indicator=0, author=second.me, tick=1),
        ),
    ]
    attacks = [
        second.write([*own, *(_attack(world, second.me, first.me, m) for m in b)])
        for b in attack_plan
    ]
    return sheets, edits, attacks


def _first_records(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    theirs = {repr(i) for i in [*SHEETS, *(s for pair in SCORES for s in pair), ADDED_SCORE]}
    return {t: [r for r in found if r[0] in theirs] for t, found in rows.items()}


def _merged(root: Path, template: World, order: list[Path]) -> tuple[dict[str, Any], int]:
    root.mkdir()
    backup_sqlite(template.clerk.data_dir.database, root / "hexie.sqlite3")
    store = open_store(DataDir(root))
    try:
        results = merge_bundles(store, order).value
        assert all(r.status in ("applied", "held", "duplicate") for r in results), [
            r.reason for r in results
        ]
        with store.reading() as session:
            held = len(session.exec(select(HeldRecord)).all())
        return table_rows(store, ["inspection", "indicatorscore"]) | business_rows(store), held
    finally:
        store.close()


@settings(
    max_examples=int(os.environ.get("HEXIE_OWNER_EXAMPLES", "10")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(chosen=plan, data=st.data())
def test_no_record_of_anothers_changes_and_orders_converge(
    template: World, chosen: Any, data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        sheets, edits, attacks = _bundles(template, root, chosen)
        alone, _ = _merged(root / "alone", template, [sheets, *edits])
        later = [*edits, *attacks]
        one = data.draw(st.permutations(later))
        two = data.draw(st.permutations(later))
        repeats = data.draw(st.lists(st.sampled_from(later), max_size=2))
        state_a, held_a = _merged(root / "a", template, [sheets, *one])
        state_b, held_b = _merged(root / "b", template, [sheets, *two, *repeats])
        assert state_a == state_b
        assert _first_records(state_a) == _first_records(alone)
        assert held_a == held_b and held_a >= 1, "every attempt waits for a clerk"
        own = repr(OWN_SHEET)
        assert any(r[0] == own for r in state_a["inspection"]), "the second's own work is applied"
