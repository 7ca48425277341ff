"""On a database server, the checks SQLite's `integrity_check` and `foreign_key_check` make.

A server keeps its pages to itself, but the rows can still break the rules: a restore with
triggers disabled, a constraint dropped or added `NOT VALID`, a hand edit with replication
triggers off. So every CHECK constraint and every reference the application declares (its
tables' metadata, not what the server happens to enforce today) is re-validated by a query that
counts the rows breaking it.
"""

from dataclasses import dataclass, field

from sqlalchemy import CheckConstraint, Table, and_, exists, func, select, text
from sqlmodel import Session, SQLModel


@dataclass(frozen=True)
class ServerCheck:
    broken_checks: dict[str, int] = field(default_factory=dict)
    orphans: dict[str, int] = field(default_factory=dict)

    @property
    def integrity(self) -> str:
        """ "ok", or which rules rows break, in words, as `db check` prints it."""
        if not self.broken_checks:
            return "ok"
        return "；".join(
            f"{rule} 有 {rows} 行违反检查约束" for rule, rows in self.broken_checks.items()
        )

    @property
    def orphan_rows(self) -> int:
        return sum(self.orphans.values())


def check_server(session: Session) -> ServerCheck:
    broken: dict[str, int] = {}
    orphans: dict[str, int] = {}
    for table in SQLModel.metadata.sorted_tables:
        for rule in _checks(table):
            rows = _count(session, table, text(f"NOT ({rule.sqltext})"))
            if rows:
                broken[f"{table.name}.{rule.name}"] = rows
        for reference in table.foreign_key_constraints:
            pairs = [(e.parent, e.column) for e in reference.elements]
            parent = pairs[0][1].table
            missing = ~exists().where(and_(*(p == c for c, p in pairs))).select_from(parent)
            present = and_(*(c.isnot(None) for c, _ in pairs))
            rows = _count(session, table, and_(present, missing))
            if rows:
                columns = ",".join(c.name for c, _ in pairs)
                orphans[f"{table.name}.{columns} → {parent.name}"] = rows
    return ServerCheck(broken, orphans)


def _checks(table: Table) -> list[CheckConstraint]:
    return [c for c in table.constraints if isinstance(c, CheckConstraint)]


def _count(session: Session, table: Table, where: object) -> int:
    query = select(func.count()).select_from(table).where(where)  # type: ignore[arg-type]
    return int(session.execute(query).scalar_one())
