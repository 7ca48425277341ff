"""Installations for the bundle tests: a clerk with master data, inspectors doing field work.

Built with the ORM and the real identity service, never with the demo generator, so the sync
tests depend only on the tables and the services they exercise.
"""

import datetime as dt
import hashlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import text
from sqlmodel import SQLModel, select

from hexie_desktop.paths import DataDir
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.rules.standards import (
    default_policy_document,
    default_service_standard,
    install_policy,
    install_standard,
)
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import (
    init_identity,
    installation_row,
    load_suite_key,
    own_fingerprint,
)
from hexie_desktop.services.trust.keys import enrol_key, export_key_card
from hexie_desktop.storage.backup import backup_sqlite
from hexie_desktop.storage.migrate import current_revision
from hexie_desktop.storage.tables import (
    SYNCED_TABLES,
    Attachment,
    Community,
    Complaint,
    ComplaintEvent,
    Compound,
    Contract,
    District,
    Firm,
    Indicator,
    IndicatorScore,
    Inspection,
    Photo,
    Street,
    Survey,
)
from hexie_desktop.sync.container import open_container
from hexie_desktop.sync.suites import CLASSIC
from hexie_desktop.sync.unsealing import unsealed

QUARTER = "2026Q3"
JPEG = b"\xff\xd8\xff\xe0" + b"hexie-photo" * 20
CREDIT_CODES = ("91110000100000000A", "91110000100000001Y")


@dataclass
class Master:
    compounds: list[str]
    firms: list[str]
    standard: str
    indicators: list[str]


@dataclass
class World:
    root: Path
    clerk: Store
    master: Master
    inspectors: list[Store] = field(default_factory=list)

    def close(self) -> None:
        for store in [self.clerk, *self.inspectors]:
            store.close()


def new_store(root: Path, name: str, role: str) -> Store:
    store = open_store(DataDir(root / name))
    init_identity(store, role, name)
    return store


def clone(store: Store, root: Path) -> Store:
    """A second machine with the same database: the same identity, keys and rows."""
    root.mkdir(parents=True, exist_ok=True)
    backup_sqlite(store.data_dir.database, root / "hexie.sqlite3")
    shutil.copytree(store.data_dir.keys, root / "keys", dirs_exist_ok=True)
    return open_store(DataDir(root))


def installation_id(store: Store) -> str:
    with store.reading() as session:
        row = installation_row(session)
        assert row is not None
        return row.id


def fingerprint_in(store: Store, suite: str) -> str:
    """The store's own key fingerprint in `suite`."""
    with store.reading() as session:
        row = installation_row(session)
        assert row is not None
        return own_fingerprint(row, suite)


def seed_master(clerk: Store, compounds: int = 3) -> Master:
    with clerk.transaction() as session, authoring(session) as author:
        district = District(code="110101", name="东城区", **author.stamp())
        session.add(district)
        session.flush()
        street = Street(district_id=district.id, name="东华门街道", **author.stamp())
        session.add(street)
        session.flush()
        community = Community(street_id=street.id, name="多福巷社区", **author.stamp())
        session.add(community)
        session.flush()
        firms = [
            Firm(credit_code=code, name=f"物业公司{i}", **author.stamp())
            for i, code in enumerate(CREDIT_CODES)
        ]
        places = [
            Compound(
                community_id=community.id, name=f"小区{i}", households=100 + i, **author.stamp()
            )
            for i in range(compounds)
        ]
        session.add_all([*firms, *places])
        session.flush()
        session.add_all(
            Contract(
                firm_id=firms[i % 2].id,
                compound_id=c.id,
                starts_on=dt.date(2025, 1, 1),
                **author.stamp(),
            )
            for i, c in enumerate(places)
        )
        standard = install_standard(session, default_service_standard(), author)
        indicators = session.exec(
            select(Indicator.id).where(Indicator.standard_id == standard.id)
        ).all()
        return Master([c.id for c in places], [f.id for f in firms], standard.id, list(indicators))


def enrol(clerk: Store, inspector: Store, folder: Path) -> None:
    card = export_key_card(inspector, folder / f"{installation_id(inspector)}.hexie-key.json")
    enrol_key(clerk, card)


def ship_master(clerk: Store, inspector: Store, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    exported = export_bundle(
        clerk, folder / f"master-{installation_id(inspector)}.hexie", master=True
    ).value
    [result] = merge_bundles(inspector, [exported.path]).value
    assert result.status == "applied", result.reason
    return exported.path


def choose_suite(clerk: Store, suite: str) -> None:
    """The clerk's policy, in force now, naming `suite` for every export, its other `bundles`
    rules the defaults of a world without a policy: the master bundle carries it to the
    inspectors."""
    if suite == CLASSIC:
        return
    doc = default_policy_document()
    with clerk.transaction() as session, authoring(session) as author:
        bundles = {"suite": suite}
        install_policy(
            session, {**doc, "version": 5, "effective_from": "2020Q1", "bundles": bundles}, author
        )


def make_world(root: Path, inspectors: int = 1, suite: str = CLASSIC) -> World:
    """A clerk and `inspectors` enrolled inspectors that merged a master bundle, all exporting
    in `suite` (the clerk's policy says so)."""
    clerk = new_store(root, "clerk", "clerk")
    world = World(root, clerk, seed_master(clerk))
    choose_suite(clerk, suite)
    for index in range(inspectors):
        inspector = new_store(root, f"inspector{index}", "inspector")
        enrol(clerk, inspector, root)
        ship_master(clerk, inspector, root / "outbox")
        world.inspectors.append(inspector)
    return world


def copy_world(template: World, root: Path) -> World:
    """A fresh copy of a closed template world: seconds of setup saved for every test."""
    shutil.copytree(template.root, root, dirs_exist_ok=True)
    clerk = open_store(DataDir(root / "clerk"))
    inspectors = [open_store(DataDir(root / s.data_dir.root.name)) for s in template.inspectors]
    return World(root, clerk, template.master, inspectors)


def field_work(
    inspector: Store,
    master: Master,
    *,
    compound: int = 0,
    scores: int = 5,
    quarter: str = QUARTER,
    photo: bool = True,
) -> str:
    """One inspection with scores, a photo, a survey and a complaint follow-up; returns the inspection id."""
    me = installation_id(inspector)
    with inspector.transaction() as session, authoring(session) as author:
        inspection = Inspection(
            compound_id=master.compounds[compound],
            firm_id=master.firms[compound % 2],
            standard_id=master.standard,
            quarter=quarter,
            inspector_id=me,
            inspected_on=dt.date(2026, 8, 3),
            note="消防通道堆放杂物",
            **author.stamp(),
        )
        session.add(inspection)
        session.flush()
        session.add_all(
            IndicatorScore(
                inspection_id=inspection.id,
                indicator_id=ind,
                score=2.5,
                deductions=[{"code": "X1", "points": 0.5}],
                **author.stamp(),
            )
            for ind in master.indicators[:scores]
        )
        if photo:
            sha = hashlib.sha256(JPEG + inspection.id.encode()).hexdigest()
            content = JPEG + inspection.id.encode()
            target = inspector.data_dir.attachment(sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
            session.add(
                Attachment(
                    sha256=sha,
                    size=len(content),
                    media_type="image/jpeg",
                    original_name="现场.jpg",
                    **author.stamp(),
                )
            )
            session.add(
                Photo(inspection_id=inspection.id, sha256=sha, caption="消防通道", **author.stamp())
            )
        session.add(
            Survey(
                compound_id=master.compounds[compound],
                firm_id=master.firms[compound % 2],
                quarter=quarter,
                inspector_id=me,
                surveyed_on=dt.date(2026, 8, 3),
                sample_size=20,
                satisfied=12,
                neutral=5,
                dissatisfied=3,
                **author.stamp(),
            )
        )
        received = dt.datetime(2026, 8, 1, 9, 30, tzinfo=dt.UTC)
        complaint = Complaint(
            ticket_no=f"T{inspection.id[-12:]}",
            compound_id=master.compounds[compound],
            firm_id=master.firms[compound % 2],
            category="环境卫生",
            received_at=received,
            due_at=received + dt.timedelta(days=3),
            **author.stamp(),
        )
        session.add(complaint)
        session.flush()
        session.add(
            ComplaintEvent(
                complaint_id=complaint.id,
                state="visited",
                at=received + dt.timedelta(days=1),
                note="已回访",
                **author.stamp(),
            )
        )
        return inspection.id


def inspection_record(
    world: World, row_id: str, author: str, hlc: int, **changes: Any
) -> dict[str, Any]:
    """An inspection as it travels in a bundle: compound 0 for firm 0, in QUARTER, by `author`."""
    return {
        "id": row_id,
        "author_id": author,
        "hlc": hlc,
        "deleted": False,
        "compound_id": world.master.compounds[0],
        "firm_id": world.master.firms[0],
        "standard_id": world.master.standard,
        "quarter": QUARTER,
        "inspector_id": author,
        "inspected_on": dt.date(2026, 8, 1),
        "method": "unannounced",
        "status": "submitted",
        "revision": 1,
        "revises_id": None,
        "revision_reason": "",
        "submitted_at": None,
        "note": "",
        **changes,
    }


def submit(store: Store, inspection_id: str) -> None:
    """Submit an inspection sheet as its inspector would: it then counts in the evaluation."""
    with store.transaction() as session, authoring(session) as author:
        row = session.get(Inspection, inspection_id)
        assert row is not None
        row.status, row.submitted_at = "submitted", dt.datetime(2026, 8, 3, 8, tzinfo=dt.UTC)
        row.hlc = author.clock.tick()
        session.add(row)


def edit_note(store: Store, inspection_id: str, note: str) -> None:
    with store.transaction() as session, authoring(session) as author:
        row = session.get(Inspection, inspection_id)
        assert row is not None
        row.note = note
        stamp = author.stamp()
        row.hlc, row.author_id = stamp["hlc"], stamp["author_id"]
        session.add(row)


def delete_row(store: Store, model: type[SQLModel], row_id: str) -> None:
    with store.transaction() as session, authoring(session) as author:
        row: Any = session.get(model, row_id)
        row.deleted = True
        stamp = author.stamp()
        row.hlc, row.author_id = stamp["hlc"], stamp["author_id"]
        session.add(row)


def unseal_file(sealed: Path, receiver: Store, out: Path) -> Path:
    """The plain bundle a sealed one carries, opened with `receiver`'s key and written to `out`:
    the signed bundle the sender wrote, which a receiver whose policy allows plain takes as is."""
    with open_container(sealed) as probe:
        suite = probe.manifest.suite
    with receiver.reading() as session:
        row = installation_row(session)
        assert row is not None
        me, fingerprint = row.id, own_fingerprint(row, suite)
    key = load_suite_key(receiver, me, suite)
    with (
        open_container(sealed) as container,
        unsealed(container, fingerprint, key, receiver.data_dir.quarantine) as inner,
    ):
        shutil.copyfile(inner.handle.name, out)
    return out


def table_rows(store: Store, tables: list[str] | None = None) -> dict[str, list[tuple[Any, ...]]]:
    names = tables if tables is not None else sorted(SQLModel.metadata.tables)
    with store.reading() as session:
        return {
            name: sorted(
                tuple(map(repr, row)) for row in session.execute(text(f'SELECT * FROM "{name}"'))
            )
            for name in names
        }


def logical_rows(store: Store, tables: list[str]) -> dict[str, list[bytes]]:
    """Rows as the application reads them (JSON parsed, times as UTC), for comparing installations
    whose stored text may differ in form but not in value."""
    with store.reading() as session:
        return {
            name: sorted(
                orjson.dumps(dict(row), option=orjson.OPT_SORT_KEYS)
                for row in session.execute(SQLModel.metadata.tables[name].select()).mappings()
            )
            for name in tables
        }


def business_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return table_rows(store, [m.__tablename__ for m in SYNCED_TABLES])  # type: ignore[misc]


def digest(store: Store) -> str:
    """Everything "database unchanged" means: every table's rows, the schema version and integrity."""
    with store.reading() as session:
        integrity = session.execute(text("PRAGMA integrity_check")).scalar_one()
    payload = repr((table_rows(store), current_revision(store.engine), integrity)).encode()
    assert integrity == "ok"
    return hashlib.sha256(payload).hexdigest()
