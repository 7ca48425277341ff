"""Which bundles are sealed, to whom, and what a receiver does with a plain one (the policy's
`bundles` section, domain/bundle_policy.py).

An inspector seals to the bureau: the clerk key it pinned from the first master bundle, whose
encryption key that bundle's signed manifest carried. A clerk seals a master bundle, unless the
policy says master data is public, and a full bundle when the policy requires sealing, to every
enrolled, unrevoked key whose encryption key it knows (from the key card, or from a bundle that
key signed). The exporter is always a recipient too. A receiving clerk refuses a plain bundle
when the policy requires sealing.
"""

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from hexie_desktop.domain.bundle_policy import BundlePolicy, parse_bundle_policy
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.roles import Role
from hexie_desktop.services.rules.policies import policy_body_in_force
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import load_suite_key, own_fingerprint
from hexie_desktop.storage.tables import Installation, TrustedKey
from hexie_desktop.sync.container import Container
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.manifest import Manifest
from hexie_desktop.sync.sealing import Recipient
from hexie_desktop.sync.suites import LABELS
from hexie_desktop.sync.trust import Signer
from hexie_desktop.sync.unsealing import unsealed


def bundle_policy(session: Session) -> BundlePolicy:
    """The `bundles` rules of the policy version in force this quarter (defaults without one)."""
    body = policy_body_in_force(session)
    return BundlePolicy() if body is None else parse_bundle_policy(body)


@dataclass(frozen=True)
class Sealing:
    """To whom an export is sealed (none: plain), and the enrolled who could not be included.

    The exporting installation is always among the recipients of a sealed bundle, so that it
    can read its own bundle back and check every record before the stick leaves; `others`
    counts the rest.
    """

    recipients: tuple[Recipient, ...]
    left_out: tuple[str, ...] = ()

    @property
    def others(self) -> int:
        return max(len(self.recipients) - 1, 0)


def _keys(session: Session, roles: tuple[Role, ...], suite: str) -> list[TrustedKey]:
    query = (
        select(TrustedKey)
        .where(
            col(TrustedKey.role).in_([r.value for r in roles]),
            col(TrustedKey.revoked_at).is_(None),
            col(TrustedKey.suite) == suite,
        )
        .order_by(col(TrustedKey.enrolled_at))
    )
    return list(session.execute(query).scalars())


def _sealed(own: Recipient, keys: Sequence[TrustedKey], refusal: str) -> Sealing:
    known = tuple(Recipient(k.fingerprint, k.encryption_key) for k in keys if k.encryption_key)
    if not known:
        raise UserError(refusal)
    return Sealing((own, *known), tuple(k.name for k in keys if not k.encryption_key))


def sealing_for(session: Session, local: Installation, kind: str, own: Recipient) -> Sealing:
    """The recipients of a bundle of `kind` exported here (none: plain), or the refusal the
    policy demands when it cannot be sealed: keys of the policy's suite, the one the export is
    written in."""
    policy = bundle_policy(session)
    suite = policy.suite
    if local.role == Role.INSPECTOR:
        bureau = _keys(session, (Role.CLERK,), suite)
        if any(k.encryption_key for k in bureau):
            return _sealed(own, bureau, "")
        if policy.encryption_required:
            raise UserError(
                "考评政策要求数据包加密，但本机还不知道局方的加密公钥："
                "请先合并局方用新版本导出的主数据包，再导出。"
            )
        return Sealing(())
    if kind == "master" and policy.master_data_sealed:
        return _sealed(
            own,
            _keys(session, (Role.INSPECTOR, Role.CLERK), suite),
            "考评政策要求主数据包加密，但还没有登记了加密公钥的考评员："
            "请先登记考评员的新密钥卡（hexie keys enrol），或在考评政策中把主数据设为公开。",
        )
    if kind == "full" and (policy.encryption_required or policy.master_data_sealed):
        return _sealed(
            own,
            _keys(session, (Role.INSPECTOR, Role.CLERK), suite),
            "考评政策要求数据包加密，但本机没有登记任何带加密公钥的密钥，完整数据包无处可加密："
            "请先登记接收方的密钥卡（hexie keys enrol）。",
        )
    return Sealing(())


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
    policy = bundle_policy(session)
    suite = container.manifest.suite
    if local.role == Role.CLERK and not policy.accepts(suite):
        raise BundleRefusedError(
            "signature",
            f"考评政策规定只接受 {LABELS[policy.suite]} 签名的数据包，这个数据包使用"
            f" {LABELS[suite]}：请对方合并最新的主数据包后重新导出（本机数据库未改变）",
        )
    if container.manifest.sealed:
        fingerprint = own_fingerprint(local, suite)
        if not fingerprint:
            raise BundleRefusedError(
                "encryption",
                f"数据包以 {LABELS[suite]} 加密，本机还没有这种密钥，不可能是加密给本机的："
                "请先导出本机的新密钥卡交给工作人员登记（hexie keys export）",
            )
        own_key = load_suite_key(store, local.id, suite)
        return stack.enter_context(
            unsealed(container, fingerprint, own_key, store.data_dir.quarantine)
        )
    if local.role == Role.CLERK and policy.encryption_required:
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
