"""What still waits before a quarter is finalised: undecided records and missing bundles.

Finalising freezes a quarter's results; records still held for review, conflicts nobody looked
at, and bundles an inspector wrote that never arrived would all be left out of it. The clerk is
told of them at the moment of finalising, not after.
"""

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import col

from hexie_desktop.domain.states import MERGED_BUNDLE_STATUSES
from hexie_desktop.services.bundles.review import pending_counts
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import BundleLog, TrustedKey
from hexie_desktop.sync.ledger import chain_gaps


@dataclass(frozen=True)
class MissingBundles:
    inspector: str
    numbers: tuple[int, ...]


@dataclass(frozen=True)
class Readiness:
    held: int
    conflicts: int
    missing: tuple[MissingBundles, ...]

    @property
    def clear(self) -> bool:
        return not (self.held or self.conflicts or self.missing)


def finalise_readiness(store: Store) -> Readiness:
    """Held records, unreviewed conflicts and each inspector's gaps in their chain of bundles."""
    held, conflicts = pending_counts(store)
    with store.reading() as session:
        authors = (
            session.execute(
                select(col(BundleLog.author_id))
                .where(col(BundleLog.status).in_(MERGED_BUNDLE_STATUSES))
                .distinct()
            )
            .scalars()
            .all()
        )
        names = {
            key.installation_id: key.name for key in session.execute(select(TrustedKey)).scalars()
        }
        missing = [
            MissingBundles(names.get(author, "（未登记的考评员）"), tuple(gaps))
            for author in authors
            if (gaps := chain_gaps(session, author))
        ]
    return Readiness(held, conflicts, tuple(sorted(missing, key=lambda m: m.inspector)))
