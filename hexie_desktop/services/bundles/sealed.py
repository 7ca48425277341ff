"""Which bundles are sealed, to whom, and what a receiver does with a plain one (the policy's
`bundles` section, domain/bundle_policy.py).

An inspector seals to the bureau: the clerk key it pinned from the first master bundle, whose
encryption key that bundle's signed manifest carried. A clerk seals a master bundle, unless the
policy says master data is public, to every enrolled, unrevoked inspector whose encryption key
it knows (from the key card, or from a bundle that inspector signed), and a full bundle to the
enrolled clerks. A receiving clerk refuses a plain bundle when the policy requires sealing.
"""

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from hexie_desktop.domain.bundle_policy import BundlePolicy, parse_bundle_policy
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.roles import Role
from hexie_desktop.services.rules.policies import current_period
from hexie_desktop.services.rules.standards import applies
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import load_signing_key
from hexie_desktop.storage.tables import Installation, Policy, TrustedKey
from hexie_desktop.sync.container import Container
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.manifest import Manifest
from hexie_desktop.sync.sealing import Recipient, encryption_key_of
from hexie_desktop.sync.trust import Signer
from hexie_desktop.sync.unsealing import unsealed


def bundle_policy(session: Session) -> BundlePolicy:
    """The `bundles` rules of the policy version in force this quarter (defaults without one)."""
    period = current_period("policy")
    rows = session.execute(
        select(col(Policy.effective_from), col(Policy.body))
        .where(col(Policy.deleted).is_(False))
        .order_by(col(Policy.version).desc())
    ).all()
    for effective_from, body in rows:
        if applies(effective_from, period):
            return parse_bundle_policy(body)
    return BundlePolicy()


@dataclass(frozen=True)
class Sealing:
    """To whom an export is sealed (none: plain), and the enrolled who could not be included."""

    recipients: tuple[Recipient, ...]
    left_out: tuple[str, ...] = ()


def _keys(session: Session, role: Role) -> list[TrustedKey]:
    query = (
        select(TrustedKey)
        .where(col(TrustedKey.role) == role.value, col(TrustedKey.revoked_at).is_(None))
        .order_by(col(TrustedKey.enrolled_at))
    )
    return list(session.execute(query).scalars())


def _split(keys: Sequence[TrustedKey]) -> Sealing:
    return Sealing(
        tuple(Recipient(k.fingerprint, k.encryption_key) for k in keys if k.encryption_key),
        tuple(k.name for k in keys if not k.encryption_key),
    )


def sealing_for(session: Session, local: Installation, kind: str) -> Sealing:
    """The recipients of a bundle of `kind` exported here, or a refusal the policy demands."""
    policy = bundle_policy(session)
    if kind == "master":
        if not policy.master_data_sealed:
            return Sealing(())
        sealing = _split(_keys(session, Role.INSPECTOR))
        if not sealing.recipients:
            raise UserError(
                "考评政策要求主数据包加密，但还没有登记了加密公钥的考评员："
                "请先登记考评员的新密钥卡（hexie keys enrol），或在考评政策中把主数据设为公开。"
            )
        return sealing
    sealing = _split(_keys(session, Role.CLERK))
    if not sealing.recipients and policy.encryption_required:
        if local.role == Role.CLERK:
            raise UserError(
                "考评政策要求数据包加密，但本机没有登记任何带加密公钥的工作人员密钥，"
                "完整数据包无处可加密：请先登记接收方工作人员的密钥卡。"
            )
        raise UserError(
            "考评政策要求数据包加密，但本机还不知道局方的加密公钥："
            "请先合并局方用新版本导出的主数据包，再导出。"
        )
    return sealing


def readable(
    stack: contextlib.ExitStack,
    store: Store,
    session: Session,
    container: Container,
    local: Installation,
) -> Container:
    """The plain bundle to check and merge: the container itself, or what it seals for us.

    Called once the outer manifest's signature and signer are trusted, so nothing unauthenticated
    is ever decrypted; the plain file is removed when `stack` closes.
    """
    if container.manifest.sealed:
        own_key = encryption_key_of(load_signing_key(store, local.id))
        return stack.enter_context(
            unsealed(container, local.fingerprint, own_key, store.data_dir.quarantine)
        )
    if local.role == Role.CLERK and bundle_policy(session).encryption_required:
        raise BundleRefusedError(
            "encryption",
            "考评政策要求数据包加密，这个数据包未加密：请对方升级和谐桌面、合并最新的主数据包后"
            "重新导出（本机数据库未改变）",
        )
    return container


def learn_encryption_key(session: Session, signer: Signer, manifest: Manifest) -> None:
    """Keep the encryption key a trusted signer's manifest names, the first time it names one.

    The key is derived from the signing key, so for one fingerprint it never changes; a manifest
    naming another is refused rather than believed.
    """
    if not manifest.encryption_key or signer.pin_on_accept:
        return
    key = session.get(TrustedKey, signer.author.fingerprint)
    if key is None or key.encryption_key == manifest.encryption_key:
        return
    if key.encryption_key:
        raise BundleRefusedError(
            "trust", "清单中的加密公钥与该密钥登记的不一致（可能被伪造），请核对后重新登记"
        )
    key.encryption_key = manifest.encryption_key
    session.add(key)
