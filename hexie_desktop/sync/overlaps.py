"""Compounds scored by more than one inspector in the same quarter.

Both inspections are kept: the evaluation rules combine them. The merge flags them so a clerk
sees that the quarter's score for the compound rests on several inspectors' work.
"""

from sqlalchemy import Connection, func, select

from hexie_desktop.storage.tables import Inspection

_CHUNK = 500


def shared_compounds(conn: Connection, touched: set[tuple[str, str]]) -> list[dict[str, object]]:
    table = Inspection.__table__  # type: ignore[attr-defined]
    compounds = sorted({compound for compound, _quarter in touched})
    found: list[dict[str, object]] = []
    for start in range(0, len(compounds), _CHUNK):
        inspectors = func.count(table.c.inspector_id.distinct())
        # A plain IN on compound lets SQLite seek the compound index; a row-value IN, or a
        # condition on the quarter (one value for a whole quarter's rows), would scan the table.
        query = (
            select(table.c.compound_id, table.c.quarter, inspectors)
            .where(
                table.c.deleted.is_(False),
                table.c.compound_id.in_(compounds[start : start + _CHUNK]),
            )
            .group_by(table.c.compound_id, table.c.quarter)
            .having(inspectors > 1)
        )
        found.extend(
            {"compound_id": compound, "quarter": quarter, "inspectors": count}
            for compound, quarter, count in conn.execute(query)
            if (compound, quarter) in touched
        )
    return found
