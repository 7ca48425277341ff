"""Whose bundles this installation accepts, and with which key.

A clerk accepts bundles only from keys enrolled in its registry and not revoked; the key must be
bound to the installation the manifest claims, so a valid signature by someone else's key (a
re-signed bundle) is refused. The role a bundle may act in is the role the clerk bound when
enrolling the key, never the role the manifest (or the key card before it) claims: a manifest that
claims more than its key was enrolled for is refused. An inspector accepts only the bureau's master
bundles: the first one it accepts pins the bureau key (trust on first use), and every later one
must be signed by that key. Unknown keys are refused, never held: enrolment is an explicit act by
a clerk.
"""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from hexie_desktop.domain.roles import ROLE_LABELS, Role
from hexie_desktop.storage.tables import Installation, TrustedKey
from hexie_desktop.sync.errors import BundleRefusedError, ExportedHereError
from hexie_desktop.sync.manifest import BundleAuthor, Manifest
from hexie_desktop.sync.signing import companion_message, fingerprint_of, verify_signature
from hexie_desktop.sync.suites import CLASSIC, LABELS, SUITES, suite_named


@dataclass(frozen=True)
class Signer:
    """Who signed, whether accepting the bundle pins the key, and the role the key is bound to."""

    author: BundleAuthor
    pin_on_accept: bool
    role: str


def _refuse(message: str, author: BundleAuthor) -> BundleRefusedError:
    return BundleRefusedError(
        "trust",
        f"{message}（声称的作者“{author.name}”，密钥指纹 {author.fingerprint[:16]}…）",
    )


def _bound(key: TrustedKey, author: BundleAuthor, suite: str) -> None:
    if key.suite != suite:
        raise _refuse(
            f"该密钥登记为 {LABELS[key.suite]} 密钥，数据包却声称以 {LABELS[suite]} 签名", author
        )
    if key.revoked_at is not None:
        raise _refuse(
            "签名密钥已被撤销：如确属误撤，请在「考评员密钥」中重新登记该考评员的新密钥卡", author
        )
    if key.installation_id != author.installation_id or key.public_key != author.public_key:
        raise _refuse("签名密钥未登记给清单声称的设备（可能被他人重新签名）", author)
    if key.role != author.role:
        raise _refuse(
            f"数据包声称由{ROLE_LABELS[Role(author.role)]}签发，但该密钥登记的角色是"
            f"{ROLE_LABELS[Role(key.role)]}；角色以登记为准，卡片或清单上的声称不被采信",
            author,
        )


def resolve_signer(
    session: Session,
    manifest: Manifest,
    signature: bytes,
    manifest_bytes: bytes,
    local: Installation,
) -> Signer:
    """The trusted signer of the manifest, or a refusal; the signature is checked with the trusted key."""
    author = manifest.author
    suite = suite_named(manifest.suite)
    if author.installation_id == local.id:
        # Skipped only when it truly is ours: signed by this installation's own key.
        own = {(local.public_key, local.fingerprint), (local.sm2_public_key, local.sm2_fingerprint)}
        if (author.public_key, author.fingerprint) not in own:
            raise _refuse("数据包声称由本机导出，但签名密钥不是本机的（可能被伪造）", author)
        verify_signature(manifest_bytes, signature, author.public_key, suite)
        raise ExportedHereError
    if fingerprint_of(bytes.fromhex(author.public_key)) != author.fingerprint:
        raise _refuse("清单中的公钥与指纹不符", author)
    known = session.get(TrustedKey, author.fingerprint)
    if local.role == Role.CLERK:
        if known is None:
            raise _refuse(_unknown_key(session, author, manifest.suite), author)
        _bound(known, author, manifest.suite)
        verify_signature(manifest_bytes, signature, author.public_key, suite)
        return Signer(author, pin_on_accept=False, role=known.role)
    if author.role != Role.CLERK or manifest.kind == "inspector":
        raise _refuse("考评员只接受局方（工作人员）的主数据包", author)
    pinned = list(
        session.execute(
            select(TrustedKey).where(
                col(TrustedKey.role) == Role.CLERK.value, col(TrustedKey.revoked_at).is_(None)
            )
        ).scalars()
    )
    if known is not None:
        _bound(known, author, manifest.suite)
    elif pinned and not _vouched(manifest, pinned):
        raise _refuse("不是本机已固定的局方密钥", author)
    pin = known is None
    verify_signature(manifest_bytes, signature, author.public_key, suite)
    return Signer(author, pin, Role.CLERK.value)


def _unknown_key(session: Session, author: BundleAuthor, suite: str) -> str:
    """Why an unknown key is refused, naming the key of the other suite when that one is known."""
    enrolled = {
        key.suite: key
        for key in session.execute(
            select(TrustedKey).where(col(TrustedKey.installation_id) == author.installation_id)
        ).scalars()
    }
    sibling = next((k for s, k in enrolled.items() if s != suite), None)
    if sibling is not None and suite not in enrolled:
        return (
            f"该设备只登记了 {LABELS[sibling.suite]} 密钥，数据包以 {LABELS[suite]} 签名："
            "请登记对方用新版本导出的密钥卡（带两种密钥；命令行：hexie keys enrol 密钥卡文件）"
        )
    return (
        "签名密钥未登记：请在「考评员密钥」中登记该考评员的密钥卡"
        "（命令行：hexie keys enrol 密钥卡文件）"
    )


def _vouched(manifest: Manifest, pinned: list[TrustedKey]) -> bool:
    """A 国密 bundle whose SM2 key the bureau's pinned Ed25519 key vouches for: same installation,
    and a valid Ed25519 signature over that installation and SM2 key (`companion`)."""
    companion = manifest.companion
    if companion is None:
        return False
    message = companion_message(manifest.author.installation_id, manifest.author.public_key)
    return any(
        key.suite == CLASSIC
        and key.installation_id == manifest.author.installation_id
        and key.public_key == companion.public_key
        and SUITES[CLASSIC].verify(key.public_key, bytes.fromhex(companion.signature), message)
        for key in pinned
    )
