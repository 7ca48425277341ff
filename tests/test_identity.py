"""This installation's identity: role, name, and the signing key that proves its bundles."""

import hashlib
import stat

import pytest
from cryptography.hazmat.primitives import serialization
from sqlmodel import select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.roles import Role
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import (
    MAX_NAME_LENGTH,
    current_identity,
    init_identity,
    load_private_key,
    private_key_path,
    require_identity,
)
from hexie_desktop.storage.audit import first_broken_link
from hexie_desktop.storage.tables import AuditEvent, Installation


def test_init_creates_a_private_key_only_the_owner_can_read(store: Store) -> None:
    identity = init_identity(store, "inspector", "  李考评 ").value
    assert identity.name == "李考评"
    assert identity.role is Role.INSPECTOR
    assert identity.role_label == "考评员"
    path = private_key_path(store, identity.id)
    assert path.is_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    sm2 = store.data_dir.sm2_private_key(identity.id)
    assert stat.S_IMODE(sm2.stat().st_mode) == 0o600
    assert sorted(p.name for p in store.data_dir.keys.iterdir()) == sorted([path.name, sm2.name])


def test_fingerprint_is_the_sha256_of_the_public_key(store: Store) -> None:
    identity = init_identity(store, "clerk", "王文员").value
    key = load_private_key(store, identity)
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    assert identity.fingerprint == hashlib.sha256(public).hexdigest()
    with store.reading() as session:
        row = session.exec(select(Installation)).one()
    assert bytes.fromhex(row.public_key) == public
    assert row.fingerprint == identity.fingerprint
    assert row.created_at.tzinfo is not None


def test_the_key_signs_and_the_stored_public_key_verifies(store: Store) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey  # noqa: PLC0415

    identity = init_identity(store, "inspector", "李考评").value
    signature = load_private_key(store, identity).sign(b"bundle")
    with store.reading() as session:
        public_hex = session.exec(select(Installation)).one().public_key
    Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, b"bundle")


def test_a_second_init_is_refused_and_changes_nothing(store: Store) -> None:
    first = init_identity(store, "inspector", "李考评").value
    with pytest.raises(UserError, match="已经存在"):
        init_identity(store, "clerk", "别人")
    assert current_identity(store) == first
    assert len(list(store.data_dir.keys.iterdir())) == 2  # the Ed25519 and the SM2 key
    with store.reading() as session:
        assert len(session.exec(select(Installation)).all()) == 1


@pytest.mark.parametrize("role", ["admin", "", "Clerk ", "考评员"])
def test_bad_roles_are_rejected(store: Store, role: str) -> None:
    with pytest.raises(UserError, match="inspector（考评员）或 clerk（工作人员）"):
        init_identity(store, role, "某人")
    assert current_identity(store) is None
    assert not list(store.data_dir.keys.iterdir())


@pytest.mark.parametrize("name", ["", "   ", "\u3000", "名" * (MAX_NAME_LENGTH + 1)])
def test_bad_names_are_rejected(store: Store, name: str) -> None:
    with pytest.raises(UserError, match="姓名不能为空"):
        init_identity(store, "clerk", name)
    assert current_identity(store) is None


def test_a_name_of_the_maximum_length_is_accepted(store: Store) -> None:
    assert (
        init_identity(store, "clerk", "名" * MAX_NAME_LENGTH).value.name == "名" * MAX_NAME_LENGTH
    )


def test_without_identity_the_user_is_told_to_init(store: Store) -> None:
    assert current_identity(store) is None
    with pytest.raises(UserError, match="hexie init"):
        require_identity(store)


def test_init_is_recorded_in_the_audit_trail(store: Store) -> None:
    identity = init_identity(store, "clerk", "王文员").value
    with store.reading() as session:
        events = session.exec(select(AuditEvent)).all()
        assert first_broken_link(session) is None
    assert [(e.seq, e.action, e.row_id) for e in events] == [(1, "identity.created", identity.id)]
    assert events[0].detail["fingerprint"] == identity.fingerprint


def test_a_missing_private_key_is_a_clear_error(store: Store) -> None:
    identity = init_identity(store, "inspector", "李考评").value
    private_key_path(store, identity.id).unlink()
    with pytest.raises(UserError, match="找不到本机签名私钥"):
        load_private_key(store, identity)
