"""This installation's identity: device id, role, name and its signing key pairs.

Every installation has an Ed25519 key pair and, beside it, a 国密 SM2 key pair (the policy's
`bundles.suite` chooses which signs and seals an export). An installation made before the
national suite gets its SM2 key the first time something needs it (a key card, an export in
the 国密 suite, sealing the keys with a passphrase), sealed with the same passphrase as the
Ed25519 key when that one is sealed.
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import Session

from hexie_desktop.domain.clock_policy import WallState, wall_state
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.ids import uuid7
from hexie_desktop.domain.roles import ROLE_LABELS, Role
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.installations import own_installation
from hexie_desktop.storage.keyring import is_sealed, write_key
from hexie_desktop.storage.tables import Installation
from hexie_desktop.sync import gm
from hexie_desktop.sync.manifest import BundleAuthor, Companion
from hexie_desktop.sync.signing import companion_message, fingerprint_of, public_bytes
from hexie_desktop.sync.suites import CLASSIC, SigningKey

MAX_NAME_LENGTH = 64


@dataclass(frozen=True)
class Identity:
    id: str
    name: str
    role: Role
    fingerprint: str

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


def _identity(row: Installation) -> Identity:
    return Identity(id=row.id, name=row.name, role=Role(row.role), fingerprint=row.fingerprint)


def installation_row(session: Session) -> Installation | None:
    return own_installation(session)


def current_identity(store: Store) -> Identity | None:
    with store.reading() as session:
        row = installation_row(session)
        return None if row is None else _identity(row)


def require_identity(store: Store) -> Identity:
    identity = current_identity(store)
    if identity is None:
        raise UserError(
            "本机尚未设置身份。请先运行 hexie init --role inspector|clerk --name 姓名。"
        )
    return identity


def private_key_path(store: Store, installation_id: str) -> Path:
    return store.data_dir.private_key(installation_id)


def load_private_key(store: Store, identity: Identity) -> Ed25519PrivateKey:
    return load_signing_key(store, identity.id)


def load_signing_key(store: Store, installation_id: str) -> Ed25519PrivateKey:
    """The Ed25519 signing key, unlocked once per session if it is sealed with a passphrase."""
    key = store.keys.key(private_key_path(store, installation_id))
    assert isinstance(key, Ed25519PrivateKey)
    return key


def load_suite_key(store: Store, installation_id: str, suite: str) -> SigningKey:
    """This installation's signing key of `suite` (the SM2 one made now if it has none yet)."""
    if suite == CLASSIC:
        return load_signing_key(store, installation_id)
    return ensure_sm2_key(store, installation_id)


def ensure_sm2_key(store: Store, installation_id: str) -> SigningKey:
    """The SM2 signing key, generated, stored and audited the first time it is needed."""
    path = store.data_dir.sm2_private_key(installation_id)
    if path.exists():
        return store.keys.key(path)
    with store.reading() as session:
        row = installation_row(session)
        known = row is not None and bool(row.sm2_fingerprint)
    if known:
        # Bureaus already trust this SM2 key: a new one would silently replace this identity.
        raise UserError(f"找不到本机国密签名私钥 {path}。请从备份恢复数据目录的 keys 文件夹。")
    classic = private_key_path(store, installation_id)
    # Sealed like the Ed25519 key: unlocking that one gives the session its passphrase.
    load_signing_key(store, installation_id)
    passphrase = store.keys.passphrase if is_sealed(classic) else None
    key = gm.generate()
    with store.transaction() as session:
        row = installation_row(session)
        assert row is not None and row.id == installation_id
        _set_sm2(row, key)
        write_key(path, key, passphrase)
        session.add(row)
        append_event(
            session,
            actor_id=row.id,
            action="key.sm2_created",
            table_name="installation",
            row_id=row.id,
            detail={"fingerprint": row.sm2_fingerprint},
        )
    return store.keys.unlock(path, passphrase) if passphrase else key


def companion_for(store: Store, installation_id: str, key: SigningKey) -> Companion | None:
    """For an SM2 key: the Ed25519 key's signature vouching for it, so that an inspector who
    pinned the bureau's Ed25519 key accepts the bureau's first 国密 master bundle."""
    if isinstance(key, Ed25519PrivateKey):
        return None
    classic = load_signing_key(store, installation_id)
    message = companion_message(installation_id, public_bytes(key).hex())
    return Companion(public_bytes(classic).hex(), classic.sign(message).hex())


def own_fingerprint(row: Installation, suite: str) -> str:
    """This installation's key fingerprint in `suite` (empty: no SM2 key yet)."""
    return row.fingerprint if suite == CLASSIC else row.sm2_fingerprint


def own_author(row: Installation, suite: str) -> BundleAuthor:
    """This installation as the author of a bundle signed in `suite`."""
    public = row.public_key if suite == CLASSIC else row.sm2_public_key
    return BundleAuthor(row.id, row.name, row.role, own_fingerprint(row, suite), public)


def _set_sm2(row: Installation, key: SigningKey) -> None:
    public = public_bytes(key)
    row.sm2_public_key = public.hex()
    row.sm2_fingerprint = fingerprint_of(public)


def _first_bureau_ms(role: Role, created: dt.datetime) -> int:
    """A clerk is the bureau: its clock at creation, if plausible, is the first bureau time.

    An inspector learns the bureau's time from the first master bundle it merges.
    """
    now_ms = int(created.timestamp() * 1000)
    if role == Role.CLERK and wall_state(now_ms, 0) is WallState.PLAUSIBLE:
        return now_ms
    return 0


def init_identity(store: Store, role: str, name: str) -> Changed[Identity]:
    """Create this installation's identity; refuse to replace one that exists.

    Replacing it would orphan every bundle already signed and every key a clerk has enrolled.
    """
    try:
        chosen_role = Role(role)
    except ValueError as exc:
        raise UserError(
            f"角色“{role}”无效，应为 inspector（考评员）或 clerk（工作人员）。"
        ) from exc
    clean_name = name.strip()
    if not clean_name or len(clean_name) > MAX_NAME_LENGTH:
        raise UserError(f"姓名不能为空，且不超过 {MAX_NAME_LENGTH} 个字符。")
    with store.transaction() as session:
        if installation_row(session) is not None:
            raise UserError("本机身份已经存在，不能覆盖。如需查看，请运行 hexie keys list。")
        key = Ed25519PrivateKey.generate()
        public = public_bytes(key)
        sm2_key = gm.generate()
        created = dt.datetime.now(dt.UTC)
        row = Installation(
            id=uuid7(),
            name=clean_name,
            role=chosen_role.value,
            public_key=public.hex(),
            fingerprint=fingerprint_of(public),
            created_at=created,
            bureau_ms=_first_bureau_ms(chosen_role, created),
        )
        _set_sm2(row, sm2_key)
        write_key(private_key_path(store, row.id), key, None)
        write_key(store.data_dir.sm2_private_key(row.id), sm2_key, None)
        session.add(row)
        session.flush()
        append_event(
            session,
            actor_id=row.id,
            action="identity.created",
            table_name="installation",
            row_id=row.id,
            detail={
                "role": row.role,
                "name": row.name,
                "fingerprint": row.fingerprint,
                "sm2_fingerprint": row.sm2_fingerprint,
            },
        )
        return Changed(_identity(row), Changes.of(Installation))
