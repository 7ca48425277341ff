"""Revocations a clerk made, carried in the bureau's master and full bundles and taken on merge.

A clerk's bundle carries every key revoked in its registry. A receiver takes those signed by a
key it trusts as a clerk: a key it already holds is revoked there too, and one it never knew is
recorded revoked, so it can never be pinned, enrolled or sealed to later. Each taking is audited.
This installation's own key is never taken as revoked from someone else's bundle: losing its
own identity that way would leave it unable to sign anything; the bureau refuses its bundles
instead.
"""

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlmodel import Session, col

from hexie_desktop.domain.roles import Role
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import Installation, TrustedKey
from hexie_desktop.sync.revocations import Revocation
from hexie_desktop.sync.suites import suite_of_public_key

CARRIED_KINDS = ("master", "full")


def revocations_to_carry(session: Session, role: str, kind: str) -> tuple[Revocation, ...]:
    """Every key this clerk's registry holds revoked, for its master and full bundles."""
    if role != Role.CLERK or kind not in CARRIED_KINDS:
        return ()
    rows = session.execute(
        select(TrustedKey)
        .where(col(TrustedKey.revoked_at).is_not(None))
        .order_by(col(TrustedKey.fingerprint))
    ).scalars()
    return tuple(
        Revocation(
            fingerprint=row.fingerprint,
            installation_id=row.installation_id,
            name=row.name,
            role=row.role,
            public_key=row.public_key,
            revoked_at=(row.revoked_at or dt.datetime.now(dt.UTC)).isoformat(),
            reason=row.revoke_reason,
        )
        for row in rows
    )


def take_revocations(
    session: Session, local: Installation, signer_fingerprint: str, items: Sequence[Revocation]
) -> list[str]:
    """Revoke here what the trusted clerk revoked; returns the names newly revoked (once each,
    though an installation's Ed25519 and SM2 keys are two items)."""
    taken = []
    for item in items:
        if item.fingerprint in (local.fingerprint, local.sm2_fingerprint):
            continue
        when = dt.datetime.fromisoformat(item.revoked_at)
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        row = session.get(TrustedKey, item.fingerprint)
        if row is not None and row.revoked_at is not None:
            continue
        if row is None:
            row = TrustedKey(
                fingerprint=item.fingerprint,
                installation_id=item.installation_id,
                name=item.name,
                role=item.role,
                public_key=item.public_key,
                suite=suite_of_public_key(item.public_key).name,
                enrolled_at=dt.datetime.now(dt.UTC),
            )
        row.revoked_at = when
        row.revoke_reason = item.reason
        session.add(row)
        append_event(
            session,
            actor_id=local.id,
            action="key.revoked",
            table_name="trustedkey",
            row_id=item.fingerprint,
            detail={"name": item.name, "reason": item.reason, "revoked_by": signer_fingerprint},
        )
        if item.name not in taken:
            taken.append(item.name)
    return taken
