"""Sealing this installation's private key with a passphrase, and what the policy demands.

A sealed key is asked for once per session (storage/keyring.py): a stolen laptop whose owner
chose a passphrase can neither sign nor open bundles. The policy's `bundles.private_key`
decides whether an installation may export with a key left plain.
"""

from hexie_desktop.domain.errors import UserError
from hexie_desktop.services.bundles.sealed import bundle_policy
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import (
    ensure_sm2_key,
    load_signing_key,
    private_key_path,
    require_identity,
)
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.keyring import MIN_PASSPHRASE, is_sealed, write_key


def key_is_sealed(store: Store) -> bool:
    return is_sealed(private_key_path(store, require_identity(store).id))


def unlock_key(store: Store, passphrase: str) -> None:
    """Unlock the sealed key for the rest of the session (WrongPassphraseError if wrong)."""
    store.keys.unlock(private_key_path(store, require_identity(store).id), passphrase)


def protect_key(store: Store, passphrase: str | None) -> None:
    """Seal the private keys (Ed25519 and SM2) with `passphrase`, or (None) keep them plain where
    the policy allows."""
    identity = require_identity(store)
    path = private_key_path(store, identity.id)
    key = load_signing_key(store, identity.id)
    sm2_path = store.data_dir.sm2_private_key(identity.id)
    sm2_key = ensure_sm2_key(store, identity.id)
    with store.transaction() as session:
        if passphrase is None and bundle_policy(session).passphrase_required:
            raise UserError("考评政策要求私钥设口令保护，不能取消口令。")
        if passphrase is not None and len(passphrase) < MIN_PASSPHRASE:
            raise UserError(f"口令至少 {MIN_PASSPHRASE} 个字符。")
        append_event(
            session,
            actor_id=identity.id,
            action="key.protected" if passphrase else "key.unprotected",
            table_name="installation",
            row_id=identity.id,
            detail={"fingerprint": identity.fingerprint},
        )
        write_key(sm2_path, sm2_key, passphrase)
        write_key(path, key, passphrase)
    store.keys.forget()
    store.keys.unlock(path, passphrase or "")


def require_protected_key(store: Store) -> None:
    """Refuse to export with a plain key when the policy requires a passphrase."""
    with store.reading() as session:
        required = bundle_policy(session).passphrase_required
    if required and not key_is_sealed(store):
        raise UserError(
            "考评政策要求私钥设口令保护：请先运行 hexie keys protect"
            "（窗口：「考评员密钥」中的“设置私钥口令”），再导出。"
        )
