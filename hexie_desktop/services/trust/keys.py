"""Key cards and the registry of trusted keys: export, enrol, revoke, list.

A key card is a small JSON file (name, role, device id, public key, fingerprint) an inspector
hands to a clerk; the clerk compares the fingerprint read aloud or printed with the card's before
enrolling it. The role written on the card is only a claim that anyone could have typed: the clerk
binds the role when enrolling (inspector unless a clerk's authority is confirmed explicitly), and
that bound role, never the card's, is what a bundle signed by the key may do. Enrolment and
revocation are audited; a revoked key stays in the registry so its bundles keep being refused.

A card also names the installation's X25519 encryption key (`encryption_key`), to which master
bundles are sealed. A card written before encryption has none and still enrols for signatures;
enrolling a newer card of a key already trusted adds its encryption key (audited).

From the 国密 suite on, a card also carries the installation's SM2 key (`sm2_public_key`, its
SM3 `sm2_fingerprint` and `sm2_encryption_key`), and enrolling it trusts both keys, so a clerk's
registry accepts the inspector's bundles in either suite while the bureau migrates; a newer card
of an inspector enrolled with its Ed25519 key alone adds the SM2 key (audited). Both keys of an
installation sit in one keys folder, so revoking one revokes both.
"""

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from sqlmodel import Session, col, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.roles import ROLE_LABELS, Role
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import (
    ensure_sm2_key,
    installation_row,
    load_signing_key,
    require_identity,
)
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.files import write_atomic
from hexie_desktop.storage.tables import TrustedKey
from hexie_desktop.sync import gm
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.jsonl import parse_object
from hexie_desktop.sync.schema import UUID_PATTERN
from hexie_desktop.sync.sealing import encryption_public_hex, is_public_key_hex
from hexie_desktop.sync.signing import fingerprint_of
from hexie_desktop.sync.suites import CLASSIC, GM, LABELS, SUITES

CARD_FORMAT = "hexie-key-card"
CARD_VERSION = 1
CARD_SUFFIX = ".hexie-key.json"
MAX_CARD_BYTES = 64 * 1024
MIN_PREFIX = 8
_CARD_KEYS = frozenset(
    {"format", "version", "name", "role", "installation_id", "public_key", "fingerprint"}
)
_ENCRYPTION_KEY = "encryption_key"
_SM2_KEYS = ("sm2_public_key", "sm2_fingerprint", "sm2_encryption_key")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\s]+')


@dataclass(frozen=True)
class KeyInfo:
    fingerprint: str
    installation_id: str
    name: str
    role: str
    enrolled_at: dt.datetime | None
    revoked_at: dt.datetime | None
    revoke_reason: str
    own: bool = False
    can_encrypt: bool = False
    suite: str = CLASSIC

    @property
    def suite_label(self) -> str:
        """What a person sees for the key's algorithms: Ed25519, or 国密 SM2."""
        return LABELS[self.suite]

    @property
    def status(self) -> str:
        if self.own:
            return "own"
        return "revoked" if self.revoked_at else "trusted"

    def as_dict(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint,
            "installation_id": self.installation_id,
            "name": self.name,
            "role": self.role,
            "status": self.status,
            "enrolled_at": self.enrolled_at.isoformat() if self.enrolled_at else None,
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
            "revoke_reason": self.revoke_reason,
            "encryption": self.can_encrypt,
            "suite": self.suite,
        }


def export_key_card(store: Store, out: Path) -> Path:
    identity = require_identity(store)
    sm2_key = ensure_sm2_key(store, identity.id)
    with store.reading() as session:
        row = installation_row(session)
        assert row is not None
        card = {
            "format": CARD_FORMAT,
            "version": CARD_VERSION,
            "name": row.name,
            "role": row.role,
            "installation_id": row.id,
            "public_key": row.public_key,
            "fingerprint": row.fingerprint,
            _ENCRYPTION_KEY: encryption_public_hex(load_signing_key(store, row.id)),
            "sm2_public_key": row.sm2_public_key,
            "sm2_fingerprint": row.sm2_fingerprint,
            "sm2_encryption_key": encryption_public_hex(sm2_key),
        }
    target = (
        out / f"{_UNSAFE.sub('_', identity.name)}-{identity.fingerprint[:8]}{CARD_SUFFIX}"
        if out.is_dir()
        else out
    )
    write_atomic(
        target,
        orjson.dumps(card, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2),
        document=True,
    )
    return target


def _read_card(path: Path) -> dict[str, Any]:
    bad = f"{path} 不是有效的和谐密钥卡"
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(f"找不到密钥卡文件：{path}") from exc
    if len(data) > MAX_CARD_BYTES:
        raise UserError(f"{bad}（文件过大）。")
    try:
        card = parse_object(data, path.name)
    except BundleRefusedError as exc:
        raise UserError(f"{bad}：{exc.detail}") from exc
    sm2 = [k for k in _SM2_KEYS if k in card]
    if (
        card.keys() - {_ENCRYPTION_KEY, *_SM2_KEYS} != _CARD_KEYS
        or sm2 not in ([], list(_SM2_KEYS))
        or card["format"] != CARD_FORMAT
        or card["version"] != CARD_VERSION
    ):
        raise UserError(f"{bad}（字段或版本不符）。请让对方用 hexie keys export 重新导出。")
    if not all(isinstance(card[k], str) for k in _CARD_KEYS - {"version"}):
        raise UserError(f"{bad}（字段类型错误）。")
    if card["role"] not in {r.value for r in Role} or not UUID_PATTERN.match(
        card["installation_id"]
    ):
        raise UserError(f"{bad}（角色或设备编号无效）。")
    if (
        not _HEX64.match(card["public_key"])
        or fingerprint_of(bytes.fromhex(card["public_key"])) != card["fingerprint"]
    ):
        raise UserError(f"{bad}：公钥与指纹不符，卡片可能被改动过。")
    if not card["name"].strip() or len(card["name"]) > 64:
        raise UserError(f"{bad}（姓名为空或过长）。")
    if _ENCRYPTION_KEY in card and not is_public_key_hex(card[_ENCRYPTION_KEY], SUITES[CLASSIC]):
        raise UserError(f"{bad}（加密公钥格式错误）。")
    if sm2:
        _check_sm2(card, bad)
    return card


def _check_sm2(card: dict[str, Any], bad: str) -> None:
    if not all(isinstance(card[k], str) for k in _SM2_KEYS):
        raise UserError(f"{bad}（国密密钥字段类型错误）。")
    public, encryption = card["sm2_public_key"], card["sm2_encryption_key"]
    try:
        gm.public_key_of(bytes.fromhex(public))
        gm.public_key_of(bytes.fromhex(encryption))
    except ValueError as exc:
        raise UserError(f"{bad}（国密 SM2 公钥不是有效的曲线点）。") from exc
    if gm.sm3(bytes.fromhex(public)).hex() != card["sm2_fingerprint"]:
        raise UserError(f"{bad}：国密 SM2 公钥与指纹不符，卡片可能被改动过。")


@dataclass(frozen=True)
class Enrolment:
    """A key just enrolled, with the role its card claimed (which may differ from the bound one)."""

    key: KeyInfo
    claimed_role: str
    # A key already trusted whose newer card only added its encryption key.
    encryption_added: bool = False
    # The card's SM2 key, trusted beside the Ed25519 one (None: the card has none, or it was
    # trusted before).
    sm2_key: "KeyInfo | None" = None
    # A key already trusted whose newer card added its SM2 key.
    sm2_added: bool = False

    @property
    def claim_ignored(self) -> bool:
        return self.claimed_role != self.key.role


def enrol_key(
    store: Store, path: Path, role: Role = Role.INSPECTOR, *, confirm_clerk: bool = False
) -> Changed[Enrolment]:
    """Trust the key on a card for the role the clerk chooses, never the role the card claims.

    A clerk's key may sign master data for the whole bureau, so binding one needs `confirm_clerk`:
    an explicit second act, audited with the role the card claimed beside the role bound.
    """
    identity = require_identity(store)
    if identity.role != Role.CLERK:
        raise UserError(
            "只有工作人员登记考评员密钥；考评员在首次合并局方主数据包时自动固定局方密钥。"
        )
    if role == Role.CLERK and not confirm_clerk:
        raise UserError(
            "登记为工作人员的密钥可以签发全局的主数据，须明确确认：请核实对方确是本局工作人员后，"
            "加 --confirm-clerk 重新运行。"
        )
    card = _read_card(path)
    if card["fingerprint"] == identity.fingerprint:
        raise UserError("这是本机自己的密钥，无需登记。")
    with store.transaction() as session:
        existing = session.get(TrustedKey, card["fingerprint"])
        if (
            existing is not None
            and existing.revoked_at is None
            and (existing.installation_id, existing.public_key)
            == (card["installation_id"], card["public_key"])
            and _news(session, existing, card)
        ):
            return _complete(session, identity.id, existing, card)
        if existing is not None:
            state = (
                "已被撤销，不能重新登记；请让对方重新生成身份"
                if existing.revoked_at
                else "已经登记过"
            )
            raise UserError(f"密钥 {card['fingerprint'][:16]}…（{existing.name}）{state}。")
        row = TrustedKey(
            fingerprint=card["fingerprint"],
            installation_id=card["installation_id"],
            name=card["name"],
            role=role.value,
            public_key=card["public_key"],
            encryption_key=card.get(_ENCRYPTION_KEY, ""),
            enrolled_at=dt.datetime.now(dt.UTC),
        )
        session.add(row)
        sm2 = _sm2_row(session, row, card)
        append_event(
            session,
            actor_id=identity.id,
            action="key.enrolled",
            table_name="trustedkey",
            row_id=row.fingerprint,
            detail={
                "name": row.name,
                "role": row.role,
                "claimed_role": card["role"],
                "clerk_confirmed": role == Role.CLERK,
                "installation_id": row.installation_id,
                "sm2_fingerprint": sm2.fingerprint if sm2 else "",
            },
        )
        return Changed(
            Enrolment(_info(row), card["role"], sm2_key=_info(sm2) if sm2 else None),
            Changes.of(TrustedKey),
        )


def _sm2_row(session: Session, row: TrustedKey, card: dict[str, Any]) -> TrustedKey | None:
    """The SM2 key of the card, trusted beside its Ed25519 key with the same bound role."""
    if "sm2_public_key" not in card:
        return None
    existing = session.get(TrustedKey, card["sm2_fingerprint"])
    if existing is not None:
        if existing.revoked_at is not None or existing.installation_id != row.installation_id:
            raise UserError(
                f"密钥卡上的国密 SM2 密钥 {existing.fingerprint[:16]}…已被撤销或登记给了其他设备。"
            )
        return None
    sm2 = TrustedKey(
        fingerprint=card["sm2_fingerprint"],
        installation_id=row.installation_id,
        name=row.name,
        role=row.role,
        suite=GM,
        public_key=card["sm2_public_key"],
        encryption_key=card["sm2_encryption_key"],
        enrolled_at=dt.datetime.now(dt.UTC),
    )
    session.add(sm2)
    return sm2


def _news(session: Session, row: TrustedKey, card: dict[str, Any]) -> bool:
    """Whether a card of a key already trusted adds anything: its encryption or SM2 key."""
    adds_encryption = not row.encryption_key and bool(card.get(_ENCRYPTION_KEY))
    adds_sm2 = (
        "sm2_fingerprint" in card and session.get(TrustedKey, card["sm2_fingerprint"]) is None
    )
    return adds_encryption or adds_sm2


def _complete(
    session: Session, actor_id: str, row: TrustedKey, card: dict[str, Any]
) -> Changed[Enrolment]:
    """An enrolled key's newer card: only what is new (its encryption key, its SM2 key) is
    taken, each audited."""
    added = not row.encryption_key and bool(card.get(_ENCRYPTION_KEY))
    if added:
        row.encryption_key = card[_ENCRYPTION_KEY]
        session.add(row)
        append_event(
            session,
            actor_id=actor_id,
            action="key.encryption_added",
            table_name="trustedkey",
            row_id=row.fingerprint,
            detail={"name": row.name, "role": row.role},
        )
    sm2 = _sm2_row(session, row, card)
    if sm2 is not None:
        append_event(
            session,
            actor_id=actor_id,
            action="key.sm2_added",
            table_name="trustedkey",
            row_id=sm2.fingerprint,
            detail={"name": row.name, "role": row.role, "ed25519_fingerprint": row.fingerprint},
        )
    enrolment = Enrolment(
        _info(row),
        row.role,
        encryption_added=added,
        sm2_key=_info(sm2) if sm2 else None,
        sm2_added=sm2 is not None,
    )
    return Changed(enrolment, Changes.of(TrustedKey))


def _info(row: TrustedKey) -> KeyInfo:
    return KeyInfo(
        row.fingerprint,
        row.installation_id,
        row.name,
        row.role,
        row.enrolled_at,
        row.revoked_at,
        row.revoke_reason,
        can_encrypt=bool(row.encryption_key),
        suite=row.suite,
    )


def revoke_key(store: Store, fingerprint: str, reason: str = "") -> Changed[KeyInfo]:
    """Distrust a key (a lost laptop, a departed inspector); accepts a unique prefix of 8+ characters."""
    identity = require_identity(store)
    prefix = fingerprint.strip().lower()
    if len(prefix) < MIN_PREFIX:
        raise UserError(f"请至少输入指纹的前 {MIN_PREFIX} 位。")
    with store.transaction() as session:
        rows = session.exec(
            select(TrustedKey).where(col(TrustedKey.fingerprint).startswith(prefix))
        ).all()
        if not rows:
            raise UserError(f"没有登记指纹以 {prefix} 开头的密钥。运行 hexie keys list 查看。")
        if len(rows) > 1:
            raise UserError(f"指纹前缀 {prefix} 对应多个密钥，请输入更长的前缀。")
        row = rows[0]
        if row.revoked_at is not None:
            raise UserError(
                f"密钥 {row.fingerprint[:16]}…（{row.name}）已于 {row.revoked_at:%Y-%m-%d} 撤销。"
            )
        now = dt.datetime.now(dt.UTC)
        # Both keys of an installation (Ed25519 and SM2) lie in one keys folder: a lost laptop
        # loses both, so both are revoked.
        siblings = session.exec(
            select(TrustedKey).where(
                TrustedKey.installation_id == row.installation_id,
                col(TrustedKey.revoked_at).is_(None),
            )
        ).all()
        for key in siblings:
            key.revoked_at = now
            key.revoke_reason = reason[:500]
            session.add(key)
            append_event(
                session,
                actor_id=identity.id,
                action="key.revoked",
                table_name="trustedkey",
                row_id=key.fingerprint,
                detail={"name": key.name, "reason": key.revoke_reason, "suite": key.suite},
            )
        return Changed(_info(row), Changes.of(TrustedKey))


def list_keys(store: Store) -> list[KeyInfo]:
    """This installation's own key first, then every key it trusts or has revoked."""
    require_identity(store)
    with store.reading() as session:
        own = installation_row(session)
        assert own is not None
        rows = session.exec(select(TrustedKey).order_by(col(TrustedKey.enrolled_at))).all()
        mine = [
            KeyInfo(
                fingerprint,
                own.id,
                own.name,
                own.role,
                own.created_at,
                None,
                "",
                own=True,
                can_encrypt=True,
                suite=suite,
            )
            for fingerprint, suite in ((own.fingerprint, CLASSIC), (own.sm2_fingerprint, GM))
            if fingerprint
        ]
        return [*mine, *(_info(r) for r in rows)]


def role_label(role: str) -> str:
    return ROLE_LABELS.get(Role(role), role)
