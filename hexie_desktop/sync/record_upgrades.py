"""Records from bundles of an older record schema, brought up to this one as they are read.

A bureau upgrades its clerk first and its inspectors whenever they come in, so a bundle written
before a migration changed a synced table must still merge. The manifest's `schema_version`
numbers the shape of synced records; each migration that changes that shape adds one `Upgrade`
here, a pure function from a record of version n to one of version n + 1, and so raises
`SCHEMA_VERSION`. A record is validated only after it has been brought up to date, so every
check of the current schema applies to old bundles too. What an older installation could not
know (a column added later) gets the default the upgrade documents.

`tests/test_record_upgrades.py` fails when the synced tables' shape changes without a new
version here, or a migration touches a synced table without naming itself in an upgrade.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

Record = dict[str, Any]
RecordUpgrade = Callable[[str, Record], Record]


@dataclass(frozen=True)
class Upgrade:
    """One migration's change to synced records: version `from_version` to the next."""

    from_version: int
    migration: str
    tables: frozenset[str]
    apply: RecordUpgrade


def added_columns(defaults: Mapping[str, Mapping[str, Any]]) -> RecordUpgrade:
    """The usual change: new columns, filled with the default an older sender implied."""

    def apply(table: str, record: Record) -> Record:
        for column, value in defaults.get(table, {}).items():
            record.setdefault(column, value)
        return record

    return apply


# Every change of the synced records' shape since release 0.1.0, oldest first. None yet: the
# migrations after 0.1.0 (0004 to 0006) changed local tables only.
UPGRADES: tuple[Upgrade, ...] = ()

FIRST_SCHEMA_VERSION = 1
SCHEMA_VERSION = FIRST_SCHEMA_VERSION + len(UPGRADES)


def upgrader(from_version: int, upgrades: tuple[Upgrade, ...] = UPGRADES) -> RecordUpgrade | None:
    """The function that brings a record of `from_version` up to date, or None if it is current."""
    steps = [u for u in upgrades if u.from_version >= from_version]
    if not steps:
        return None

    def upgrade(table: str, record: Record) -> Record:
        for step in steps:
            if table in step.tables:
                record = step.apply(table, record)
        return record

    return upgrade
