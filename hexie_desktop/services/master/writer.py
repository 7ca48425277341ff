"""Writing validated spreadsheet rows into the master tables in bulk.

Everything the rows refer to is loaded once into dictionaries, every decision is taken in
memory, and each table is then written with one INSERT and one UPDATE statement, so a city's
20,000 compounds cost a handful of queries rather than one per row.

Matching: firms by credit code; districts by name; streets by name within their district;
communities by name within their street; compounds by name within their community. A live row is
preferred over a tombstone of the same key; a matched tombstone is revived, because the clerk's
file says the thing exists.
"""

import datetime as dt
import hashlib
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlmodel import Session

from hexie_desktop.domain.ids import uuid7_batch
from hexie_desktop.domain.master_rows import CompoundRow, FirmRow
from hexie_desktop.services.authoring import Author
from hexie_desktop.storage.audit_data import note_rows
from hexie_desktop.storage.direct_insert import DirectInsert
from hexie_desktop.storage.tables import (
    Community,
    Compound,
    Contract,
    District,
    Firm,
    Street,
    Synced,
)

Record = dict[str, Any]
_DAY = dt.timedelta(days=1)
_DISTRICT_CODE_LENGTH = 12
_ID_BATCH = 1024


@dataclass
class ImportCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


class TableWriter:
    """The pending inserts and updates of one table, as plain dictionaries.

    Rows are stamped when they are written, all with one reading of the clock, and noted for the
    audit's seal as one set (`note_rows`) rather than by a trigger per row.
    """

    def __init__(self, session: Session, model: type[Synced], author: Author) -> None:
        self.session = session
        self.model = model
        self.table: Table = getattr(model, "__table__")  # noqa: B009  (SQLModel declares it untyped)
        self.author = author
        self._inserted: list[Record] = []
        self._updated: dict[str, Record] = {}
        self._touched: set[str] = set()
        self._new_ids: set[str] = set()
        self._spare_ids: list[str] = []

    def load(self) -> list[Record]:
        return [dict(row._mapping) for row in self.session.execute(select(self.table))]

    def insert(self, values: Record) -> Record:
        if not self._spare_ids:
            self._spare_ids = uuid7_batch(_ID_BATCH)
        record = {"id": self._spare_ids.pop(), "deleted": False, **values}
        self._inserted.append(record)
        self._new_ids.add(record["id"])
        return record

    def keep(self, record: Record, given: Record) -> Record:
        """Bring an existing row to the values the file gives; restamp it only if one differs."""
        wanted = {k: v for k, v in given.items() if record.get(k) != v}
        if record.get("deleted"):
            wanted["deleted"] = False
        self._touched.add(record["id"])
        if wanted:
            record.update(wanted)
            if record["id"] not in self._new_ids:
                self._updated[record["id"]] = record
        return record

    def counts(self) -> ImportCounts:
        touched_old = self._touched - self._new_ids
        return ImportCounts(
            inserted=len(self._inserted),
            updated=len(self._updated),
            unchanged=len(touched_old - self._updated.keys()),
        )

    def write(self) -> None:
        updated = list(self._updated.values())
        self.author.stamp_all(self._inserted + updated)
        conn = self.session.connection()
        note_rows(conn, self.table, [r["id"] for r in self._inserted] + list(self._updated))
        if self._inserted and conn.dialect.name == "sqlite":
            statement = DirectInsert(self.model)
            conn.exec_driver_sql(statement.sql, statement.values(self._inserted))
        elif self._inserted:
            conn.execute(insert(self.table), self._inserted)
        if updated:
            self.session.execute(update(self.model), updated)


def _given(**values: Any) -> Record:
    """The fields a row actually gives: absent columns and empty cells leave a field alone."""
    return {k: v for k, v in values.items() if v is not None}


def index_by(records: Iterable[Record], key: Callable[[Record], Hashable]) -> dict[Any, Record]:
    """Records by key; on a clash a live row wins over a tombstone, then the older id wins."""
    index: dict[Any, Record] = {}
    newest_first = sorted(records, key=lambda r: str(r["id"]), reverse=True)
    for record in sorted(newest_first, key=lambda r: not r["deleted"]):
        index[key(record)] = record
    return index


def write_firms(session: Session, author: Author, rows: Iterable[FirmRow]) -> ImportCounts:
    firms = TableWriter(session, Firm, author)
    by_code = index_by(firms.load(), lambda r: r["credit_code"])
    for row in rows:
        given = _given(
            name=row.name,
            legal_representative=row.legal_representative,
            phone=row.phone,
            address=row.address,
            state_owned=row.state_owned,
        )
        existing = by_code.get(row.credit_code)
        if existing is None:
            by_code[row.credit_code] = firms.insert(_firm_defaults(row.credit_code) | given)
        else:
            firms.keep(existing, given)
    firms.write()
    return firms.counts()


def _firm_defaults(credit_code: str) -> Record:
    return {
        "credit_code": credit_code,
        "name": "",
        "legal_representative": "",
        "phone": "",
        "address": "",
        "state_owned": False,
    }


def district_code(name: str, taken: set[str]) -> str:
    """A stable code for a district known only by name (clerks' sheets rarely carry 区划代码)."""
    digest = hashlib.sha256(name.encode()).hexdigest().upper()
    for start in range(len(digest) - _DISTRICT_CODE_LENGTH + 2):
        code = "N" + digest[start : start + _DISTRICT_CODE_LENGTH - 1]
        if code not in taken:
            return code
    raise AssertionError("no free district code")  # 54 distinct candidates for one name


@dataclass
class CompoundWrite:
    tables: dict[str, ImportCounts]
    contracts_ended: int


class CompoundImport:
    """The places, compounds, firms and contracts of one compounds sheet, decided in memory."""

    def __init__(self, session: Session, author: Author) -> None:
        self.districts = TableWriter(session, District, author)
        self.streets = TableWriter(session, Street, author)
        self.communities = TableWriter(session, Community, author)
        self.firms = TableWriter(session, Firm, author)
        self.compounds = TableWriter(session, Compound, author)
        self.contracts = TableWriter(session, Contract, author)
        districts = self.districts.load()
        self._district_codes = {r["code"] for r in districts}
        self._district = index_by(districts, lambda r: r["name"])
        self._street = index_by(self.streets.load(), lambda r: (r["district_id"], r["name"]))
        self._community = index_by(self.communities.load(), lambda r: (r["street_id"], r["name"]))
        self._compound = index_by(self.compounds.load(), lambda r: (r["community_id"], r["name"]))
        self.firm_by_code = index_by(self.firms.load(), lambda r: r["credit_code"])
        self._community_ids: dict[tuple[str, str, str], str] = {}
        self._firm_ids: dict[str, str] = {}
        self._contracts: dict[str, list[Record]] = {}
        for contract in self.contracts.load():
            self._contracts.setdefault(contract["compound_id"], []).append(contract)
        self.contracts_ended = 0

    def _place(
        self, writer: TableWriter, index: dict[Any, Record], key: Any, values: Callable[[], Record]
    ) -> str:
        existing = index.get(key)
        if existing is None:
            index[key] = existing = writer.insert(values())
        else:
            writer.keep(existing, {})
        return str(existing["id"])

    def _district_id(self, name: str) -> str:
        def values() -> Record:
            code = district_code(name, self._district_codes)
            self._district_codes.add(code)
            return {"code": code, "name": name}

        return self._place(self.districts, self._district, name, values)

    def _community_id(self, row: CompoundRow) -> str:
        """The community of a row, its street and district found (or made) once per import."""
        names = (row.district, row.street, row.community)
        known = self._community_ids.get(names)
        if known is None:
            known = self._community_ids[names] = self._place_community(row)
        return known

    def _place_community(self, row: CompoundRow) -> str:
        district_id = self._district_id(row.district)
        street_id = self._place(
            self.streets,
            self._street,
            (district_id, row.street),
            lambda: {"district_id": district_id, "name": row.street},
        )
        return self._place(
            self.communities,
            self._community,
            (street_id, row.community),
            lambda: {"street_id": street_id, "name": row.community, "first_election_on": None},
        )

    def firm_id(self, code: str, new_name: str | None) -> str:
        known = self._firm_ids.get(code)
        if known is None:
            known = self._firm_ids[code] = self._find_firm(code, new_name)
        return known

    def _find_firm(self, code: str, new_name: str | None) -> str:
        existing = self.firm_by_code.get(code)
        if existing is None:
            assert new_name is not None, "unknown firms are rejected before writing"
            existing = self.firms.insert(_firm_defaults(code) | {"name": new_name})
            self.firm_by_code[code] = existing
        else:
            self.firms.keep(existing, {})
        return str(existing["id"])

    def add(self, row: CompoundRow, new_firm_name: str | None) -> None:
        community_id = self._community_id(row)
        key = (community_id, row.name)
        existing = self._compound.get(key)
        if existing is None:
            existing = self._compound[key] = self.compounds.insert(
                {
                    "community_id": community_id,
                    "name": row.name,
                    "address": "" if row.address is None else row.address,
                    "households": 0 if row.households is None else row.households,
                    "grid": "" if row.grid is None else row.grid,
                    "is_fallback": False if row.is_fallback is None else row.is_fallback,
                }
            )
        else:
            self.compounds.keep(
                existing,
                _given(
                    address=row.address,
                    households=row.households,
                    grid=row.grid,
                    is_fallback=row.is_fallback,
                ),
            )
        if row.firm_credit_code is not None and row.contract_starts_on is not None:
            self._contract(
                compound=existing,
                firm_id=self.firm_id(row.firm_credit_code, new_firm_name),
                starts_on=row.contract_starts_on,
                ends_on=row.contract_ends_on,
            )

    def _contract(
        self, *, compound: Record, firm_id: str, starts_on: dt.date, ends_on: dt.date | None
    ) -> None:
        """One contract per start date; a new one ends whichever contract it takes over from."""
        contracts = self._contracts.setdefault(compound["id"], [])
        fallback = bool(compound["is_fallback"])
        if not contracts:
            contracts.append(self._new_contract(compound, firm_id, starts_on, ends_on, fallback))
            return
        same_start = next((c for c in contracts if c["starts_on"] == starts_on), None)
        if same_start is not None:
            self.contracts.keep(
                same_start, _given(firm_id=firm_id, is_fallback=fallback, ends_on=ends_on)
            )
            return
        live = [c for c in contracts if not c["deleted"]]
        earlier = max(
            (c for c in live if c["starts_on"] < starts_on),
            key=lambda c: c["starts_on"],
            default=None,
        )
        if earlier is not None and (earlier["ends_on"] is None or earlier["ends_on"] >= starts_on):
            self.contracts.keep(earlier, {"ends_on": starts_on - _DAY})
            self.contracts_ended += 1
        later = min(
            (c for c in live if c["starts_on"] > starts_on),
            key=lambda c: c["starts_on"],
            default=None,
        )
        if ends_on is None and later is not None:
            ends_on = later["starts_on"] - _DAY
        contracts.append(self._new_contract(compound, firm_id, starts_on, ends_on, fallback))

    def _new_contract(
        self,
        compound: Record,
        firm_id: str,
        starts_on: dt.date,
        ends_on: dt.date | None,
        fallback: bool,
    ) -> Record:
        return self.contracts.insert(
            {
                "firm_id": firm_id,
                "compound_id": compound["id"],
                "starts_on": starts_on,
                "ends_on": ends_on,
                "is_fallback": fallback,
            }
        )

    def write(self) -> CompoundWrite:
        writers = {
            "district": self.districts,
            "street": self.streets,
            "community": self.communities,
            "firm": self.firms,
            "compound": self.compounds,
            "contract": self.contracts,
        }
        for writer in writers.values():
            writer.write()
        return CompoundWrite(
            tables={name: writer.counts() for name, writer in writers.items()},
            contracts_ended=self.contracts_ended,
        )
