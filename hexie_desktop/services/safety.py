"""The backup taken before risky batch work, such as a merge of many bundles.

Apart from the maintenance commands: a merge needs this and none of Alembic, which they load.
"""

from pathlib import Path

from hexie_desktop.services.store import Store
from hexie_desktop.storage.backup import backup_sqlite, timestamped_name
from hexie_desktop.storage.engine import is_sqlite

SAFETY_BACKUPS_KEPT = 5


def safety_backup(store: Store, reason: str) -> Path | None:
    """A verified backup in the data folder's backups/ before risky batch work; the oldest pruned.

    Returns None for a server database: there a merge is one transaction, rolled back whole on
    any failure, and putting back a copy taken before one clerk's batch would also take away what
    every other clerk wrote since; the server's point-in-time recovery undoes work there
    (docs/central-store.md). Only the newest
    `SAFETY_BACKUPS_KEPT` backups of the same reason are kept, so weekly merges do not fill the disk.
    """
    if not is_sqlite(store.engine) or not store.engine.url.database:
        return None
    made = backup_sqlite(
        Path(store.engine.url.database), store.data_dir.backups / timestamped_name(reason)
    )
    same_reason = sorted(store.data_dir.backups.glob(f"hexie-{reason}-*.sqlite3"))
    for old in same_reason[:-SAFETY_BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return made
