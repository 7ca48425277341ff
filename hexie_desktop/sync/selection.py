"""Which rows an export carries.

- `inspector` (incremental): every version this installation authored after the newest one it
  already exported (`Installation.exported_through`, an HLC watermark, so nothing is missed and
  nothing already sent is sent again), plus the current version of this installation's own
  parent rows of those records (the inspection of a score or photo, the ticket of a complaint
  event, the attachment of a photo). Those parents make every bundle self-contained, so bundles
  can be merged in any order.
- `full`: every row this installation authored, tombstones included.
- `master`: the bureau's data for inspectors, whoever authored it: places, compounds, firms,
  contracts, standards, policy, cards, credit entries, interviews and quarter statuses.
"""

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Select, or_, select, union

from hexie_desktop.sync.schema import TABLE_ORDER, TABLES

MASTER_TABLES = frozenset(
    {
        "district",
        "street",
        "community",
        "compound",
        "teammember",
        "firm",
        "contract",
        "standard",
        "standardpart",
        "indicator",
        "deduction",
        "policy",
        "card",
        "creditentry",
        "interview",
        "quarterstatus",
    }
)
_PARENTS = {
    "inspection": (("indicatorscore", "inspection_id", "id"), ("photo", "inspection_id", "id")),
    "complaint": (("complaintevent", "complaint_id", "id"),),
    "attachment": (("photo", "sha256", "sha256"),),
}


def _query(table_name: str, kind: str, author_id: str, watermark: int) -> Select[Any] | None:
    table = TABLES[table_name].table
    if kind == "master":
        return select(table).order_by(table.c.hlc) if table_name in MASTER_TABLES else None
    mine = table.c.author_id == author_id
    if kind == "full":
        return select(table).where(mine).order_by(table.c.hlc)
    newer = table.c.hlc > watermark
    parents = _PARENTS.get(table_name)
    if not parents:
        return select(table).where(mine, newer).order_by(table.c.hlc)
    wanted = union(
        *(
            select(TABLES[child].table.c[column]).where(
                TABLES[child].table.c.author_id == author_id, TABLES[child].table.c.hlc > watermark
            )
            for child, column, _key in parents
        )
    )
    key = table.c[parents[0][2]]
    return select(table).where(mine, or_(newer, key.in_(wanted))).order_by(table.c.hlc)


def _rows(conn: Connection, query: Select[Any]) -> Iterator[dict[str, Any]]:
    for row in conn.execute(query.execution_options(yield_per=2000)).mappings():
        yield dict(row)


def export_tables(
    conn: Connection, kind: str, author_id: str, watermark: int
) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
    """(table, rows) in parents-first order, each table's rows streamed from the database."""
    for name in TABLE_ORDER:
        query = _query(name, kind, author_id, watermark)
        if query is not None:
            yield name, _rows(conn, query)


def exported_attachments(conn: Connection, kind: str, author_id: str, watermark: int) -> list[str]:
    """Content hashes of the live attachment rows the export carries."""
    query = _query("attachment", kind, author_id, watermark)
    if query is None:
        return []
    return [row["sha256"] for row in conn.execute(query).mappings() if not row["deleted"]]


def exported_quarters(conn: Connection, kind: str, author_id: str, watermark: int) -> list[str]:
    """The quarters of the inspections and surveys the export carries, oldest first."""
    found: set[str] = set()
    for table_name in ("inspection", "survey"):
        query = _query(table_name, kind, author_id, watermark)
        if query is not None:
            found.update(row["quarter"] for row in conn.execute(query).mappings())
    return sorted(found)
