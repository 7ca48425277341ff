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
from hexie_desktop.sync.signing import fingerprint_of, verify_signature


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


def _bound(key: TrustedKey, author: BundleAuthor) -> None:
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
    if author.installation_id == local.id:
        # Skipped only when it truly is ours: signed by this installation's own key.
        if author.public_key != local.public_key or author.fingerprint != local.fingerprint:
            raise _refuse("数据包声称由本机导出，但签名密钥不是本机的（可能被伪造）", author)
        verify_signature(manifest_bytes, signature, author.public_key)
        raise ExportedHereError
    if fingerprint_of(bytes.fromhex(author.public_key)) != author.fingerprint:
        raise _refuse("清单中的公钥与指纹不符", author)
    known = session.get(TrustedKey, author.fingerprint)
    if local.role == Role.CLERK:
        if known is None:
            raise _refuse(
                "签名密钥未登记：请在「考评员密钥」中登记该考评员的密钥卡"
                "（命令行：hexie keys enrol 密钥卡文件）",
                author,
            )
        _bound(known, author)
        verify_signature(manifest_bytes, signature, author.public_key)
        return Signer(author, pin_on_accept=False, role=known.role)
    if author.role != Role.CLERK or manifest.kind == "inspector":
        raise _refuse("考评员只接受局方（工作人员）的主数据包", author)
    pinned = (
        session.execute(
            select(TrustedKey).where(
                col(TrustedKey.role) == Role.CLERK.value, col(TrustedKey.revoked_at).is_(None)
            )
        )
        .scalars()
        .first()
    )
    if known is not None:
        _bound(known, author)
    elif pinned is not None:
        raise _refuse("不是本机已固定的局方密钥", author)
    pin = known is None
    verify_signature(manifest_bytes, signature, author.public_key)
    return Signer(author, pin, Role.CLERK.value)
