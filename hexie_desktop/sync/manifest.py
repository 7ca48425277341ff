"""The manifest: what a bundle claims to hold, signed as a whole by its author.

Every other member is bound to the signature through the manifest's size and SHA-256 of it, so
checking the signature over these exact bytes, then each member against its entry, proves the
whole bundle. docs/bundle-format.md describes the fields for other tools.
"""

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import orjson
from packaging.version import InvalidVersion, Version

from hexie_desktop import __version__
from hexie_desktop.domain.roles import Role
from hexie_desktop.sync.checkpoints import Checkpoint, parse_carried
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.names import ATTACHMENTS_DIR, RECORDS_DIR, SEALED
from hexie_desktop.sync.record_upgrades import FIRST_SCHEMA_VERSION, SCHEMA_VERSION
from hexie_desktop.sync.revocations import Revocation, parse_revocations
from hexie_desktop.sync.schema import TABLE_ORDER, UUID_PATTERN
from hexie_desktop.sync.sealing import Envelope, is_public_key_hex, parse_envelope
from hexie_desktop.sync.suites import CLASSIC, GM, suite_named

FORMAT_NAME = "hexie-bundle"
FORMAT_VERSION = 1
# A sealed bundle (one encrypted member holding a whole plain bundle) is format 2, so that even a
# reader from before `oldest_reader` says "update the app" instead of failing on its fields.
SEALED_FORMAT_VERSION = 2
FORMAT_VERSIONS = frozenset({FORMAT_VERSION, SEALED_FORMAT_VERSION})
KINDS = ("inspector", "master", "full")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_TOP_KEYS = frozenset(
    {
        "format",
        "format_version",
        "schema_version",
        "bundle_id",
        "seq",
        "predecessor",
        "kind",
        "author",
        "created_at",
        "members",
        "record_counts",
    }
)
# Optional: a bundle from before the audit covered the data has none.
_CHECKPOINTS_KEY = "audit_checkpoints"
# Optional: a bundle of 0.1.0 has neither. `app_version` is the version that wrote the bundle;
# `oldest_reader` the oldest version that can read it, `READABLE_FROM` for what this one writes.
_APP_VERSION_KEY = "app_version"
_OLDEST_READER_KEY = "oldest_reader"
# Optional: the author's X25519 public key, so that a receiver learns, under the signature of a
# key it already trusts, where to seal what it sends back; `encryption` only in a sealed bundle.
_ENCRYPTION_KEY_KEY = "encryption_key"
_ENVELOPE_KEY = "encryption"
# Optional: the keys a clerk revoked, in its master and full bundles (sync/revocations.py).
_REVOCATIONS_KEY = "revocations"
# Optional: the suite (sync/suites.py); absent means the first one, as in every earlier bundle.
# A 国密 bundle also carries `companion`: the author's Ed25519 key and its signature over the
# SM2 key, so a receiver that trusts the Ed25519 key can tell the SM2 key is the same author's.
SUITE_KEY = "suite"
_COMPANION_KEY = "companion"
_OPTIONAL_KEYS = frozenset(
    {
        SUITE_KEY,
        _COMPANION_KEY,
        _CHECKPOINTS_KEY,
        _APP_VERSION_KEY,
        _OLDEST_READER_KEY,
        _ENCRYPTION_KEY_KEY,
        _ENVELOPE_KEY,
        _REVOCATIONS_KEY,
    }
)
# The first version that knows every key this one writes (the audit checkpoints, the versions,
# the author's encryption key and sealed bundles). Raise it when a manifest key or a synced
# column is added that older versions would refuse.
READABLE_FROM = "0.2.0.dev1"
# What a 国密 bundle (or one revoking an SM2 key) needs: the first version with the suites.
SUITES_READABLE_FROM = "0.2.0.dev2"
_AUTHOR_KEYS = frozenset({"installation_id", "name", "role", "fingerprint", "public_key"})
_MEMBER_KEYS = frozenset({"name", "size", "sha256"})


@dataclass(frozen=True)
class BundleAuthor:
    installation_id: str
    name: str
    role: str
    fingerprint: str
    public_key: str


@dataclass(frozen=True)
class Companion:
    """The author's Ed25519 key, vouching (`signature`, Ed25519) for the SM2 key that signed."""

    public_key: str
    signature: str


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    sha256: str

    @property
    def table(self) -> str | None:
        if self.name.startswith(RECORDS_DIR):
            return self.name[len(RECORDS_DIR) : -len(".jsonl")]
        return None


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    seq: int
    predecessor: str | None
    kind: str
    author: BundleAuthor
    created_at: str
    members: tuple[Member, ...]
    record_counts: dict[str, int]
    audit_checkpoints: tuple[Checkpoint, ...] = ()
    app_version: str = ""
    oldest_reader: str = ""
    schema_version: int = SCHEMA_VERSION
    encryption_key: str = ""
    envelope: Envelope | None = None
    revocations: tuple[Revocation, ...] = ()
    suite: str = CLASSIC
    companion: Companion | None = None

    @property
    def sealed(self) -> bool:
        return self.envelope is not None

    def to_bytes(self) -> bytes:
        document: dict[str, Any] = {
            "format": FORMAT_NAME,
            "format_version": SEALED_FORMAT_VERSION if self.sealed else FORMAT_VERSION,
            "schema_version": self.schema_version,
            "bundle_id": self.bundle_id,
            "seq": self.seq,
            "predecessor": self.predecessor,
            "kind": self.kind,
            "author": self.author.__dict__,
            "created_at": self.created_at,
            "members": [m.__dict__ for m in self.members],
            "record_counts": self.record_counts,
        }
        if self.audit_checkpoints:
            document[_CHECKPOINTS_KEY] = [c.carried() for c in self.audit_checkpoints]
        if self.app_version:
            document[_APP_VERSION_KEY] = self.app_version
        if self.oldest_reader:
            document[_OLDEST_READER_KEY] = self.oldest_reader
        if self.encryption_key:
            document[_ENCRYPTION_KEY_KEY] = self.encryption_key
        if self.envelope is not None:
            document[_ENVELOPE_KEY] = self.envelope.as_dict()
        if self.revocations:
            document[_REVOCATIONS_KEY] = [r.as_dict() for r in self.revocations]
        if self.suite != CLASSIC:
            document[SUITE_KEY] = self.suite
        if self.companion is not None:
            document[_COMPANION_KEY] = self.companion.__dict__
        return orjson.dumps(document, option=orjson.OPT_SORT_KEYS)


def _fail(message: str) -> BundleRefusedError:
    return BundleRefusedError("manifest", message)


def _get(doc: dict[str, Any], key: str, kind: type, where: str = "清单") -> Any:
    value = doc.get(key)
    if isinstance(value, bool) != (kind is bool) or not isinstance(value, kind):
        raise _fail(f"{where}字段“{key}”缺失或类型错误")
    return value


def _version(text: object) -> Version | None:
    try:
        return Version(text) if isinstance(text, str) else None
    except InvalidVersion:
        return None


def _needs_newer_app(doc: dict[str, Any]) -> None:
    """A bundle that names a reader newer than this app is refused with the version to install."""
    oldest = _version(doc.get(_OLDEST_READER_KEY))
    if _OLDEST_READER_KEY in doc and oldest is None:
        raise _fail("清单中的“可读版本”格式错误")
    if oldest is not None and Version(__version__) < oldest:
        written = _version(doc.get(_APP_VERSION_KEY)) or oldest
        raise BundleRefusedError(
            "version",
            f"该数据包由较新版本 {written} 导出，请将本机升级到 {oldest} 或更高版本",
        )


def check_versions(doc: dict[str, Any]) -> None:
    """Format and schema versions first, so a newer bundle gets "update the app", not a parse error."""
    if doc.get("format") != FORMAT_NAME:
        raise BundleRefusedError("version", "不是和谐数据包（清单格式名不符）")
    _needs_newer_app(doc)
    version = doc.get("format_version")
    if type(version) is not int:
        raise BundleRefusedError("version", "清单缺少格式版本")
    if version > SEALED_FORMAT_VERSION:
        raise BundleRefusedError("version", f"数据包格式版本 {version} 比本程序新，请升级和谐桌面")
    if version not in FORMAT_VERSIONS:
        raise BundleRefusedError("version", f"不支持的数据包格式版本 {version}")
    schema = doc.get("schema_version")
    if type(schema) is int and schema > SCHEMA_VERSION:
        raise BundleRefusedError(
            "version",
            f"数据结构版本 {schema} 比本程序新（本程序为 {SCHEMA_VERSION}），请升级和谐桌面",
        )
    if type(schema) is not int or schema < FIRST_SCHEMA_VERSION:
        raise BundleRefusedError("version", f"不支持的数据结构版本 {schema}")


def _author(doc: Any, suite: str) -> BundleAuthor:
    if not isinstance(doc, dict) or doc.keys() != _AUTHOR_KEYS:
        raise _fail("作者信息字段不符")
    author = BundleAuthor(**{k: _get(doc, k, str, "作者") for k in _AUTHOR_KEYS})
    if not UUID_PATTERN.match(author.installation_id):
        raise _fail("作者设备编号不是 UUID")
    if author.role not in {r.value for r in Role}:
        raise _fail(f"作者角色“{author.role}”无效")
    if not _HEX64.match(author.fingerprint) or not is_public_key_hex(
        author.public_key, suite_named(suite)
    ):
        raise _fail("作者公钥或指纹格式错误")
    return author


def _companion(doc: Any, suite: str) -> Companion:
    if suite != GM or not isinstance(doc, dict) or doc.keys() != {"public_key", "signature"}:
        raise _fail("清单的伴随密钥字段不符（只有国密数据包带有）")
    companion = Companion(_get(doc, "public_key", str, "伴随密钥"), _get(doc, "signature", str))
    if not _HEX64.match(companion.public_key) or not re.fullmatch(
        r"[0-9a-f]{128}", companion.signature
    ):
        raise _fail("清单的伴随密钥格式错误")
    return companion


def _member(doc: Any) -> Member:
    if not isinstance(doc, dict) or doc.keys() != _MEMBER_KEYS:
        raise _fail("成员条目字段不符")
    member = Member(
        _get(doc, "name", str, "成员"),
        _get(doc, "size", int, "成员"),
        _get(doc, "sha256", str, "成员"),
    )
    if member.size < 0 or not _HEX64.match(member.sha256):
        raise _fail(f"成员 {member.name} 的大小或哈希格式错误")
    return member


def _check_member_order(members: tuple[Member, ...], sealed: bool) -> None:
    """Records in parents-first table order, then attachments by hash: one canonical layout.

    A sealed bundle has exactly one member, the ciphertext; a plain one never has it.
    """
    if sealed:
        if [m.name for m in members] != [SEALED]:
            raise _fail(f"加密数据包的清单应只列出成员 {SEALED}")
        return
    tables = [m.table for m in members if m.table is not None]
    unknown = [t for t in tables if t not in TABLE_ORDER]
    if unknown:
        raise BundleRefusedError("records", f"不认识的数据表：{unknown[0]}")
    if tables != sorted(tables, key=TABLE_ORDER.index) or len(set(tables)) != len(tables):
        raise _fail("记录成员的顺序不符合父表在前的规定")
    attachments = [m.name for m in members if m.table is None]
    if any(not n.startswith(ATTACHMENTS_DIR) for n in attachments):
        raise _fail("清单列出了不允许的成员")
    if members[: len(tables)] != tuple(m for m in members if m.table is not None):
        raise _fail("记录成员应排在附件之前")
    if attachments != sorted(attachments):
        raise _fail("附件成员应按哈希排序")


def parse_manifest(doc: dict[str, Any]) -> Manifest:
    check_versions(doc)
    if doc.keys() - _OPTIONAL_KEYS != _TOP_KEYS:
        raise _fail(f"清单字段不符：{sorted((doc.keys() - _OPTIONAL_KEYS) ^ _TOP_KEYS)}")
    app_version = doc.get(_APP_VERSION_KEY, "")
    if _APP_VERSION_KEY in doc and _version(app_version) is None:
        raise _fail("清单中的“导出版本”格式错误")
    bundle_id = _get(doc, "bundle_id", str)
    if not UUID_PATTERN.match(bundle_id):
        raise _fail("数据包编号不是 UUID")
    seq = _get(doc, "seq", int)
    predecessor = doc.get("predecessor")
    if seq < 1 or (
        predecessor is not None
        and not (isinstance(predecessor, str) and UUID_PATTERN.match(predecessor))
    ):
        raise _fail("数据包序号或前序编号无效")
    kind = _get(doc, "kind", str)
    if kind not in KINDS:
        raise _fail(f"数据包类型“{kind}”无效")
    created_at = _get(doc, "created_at", str)
    try:
        dt.datetime.fromisoformat(created_at)
    except ValueError as exc:
        raise _fail("创建时间格式错误") from exc
    suite_name = doc.get(SUITE_KEY, CLASSIC)
    suite = suite_named(suite_name)
    sealed = doc["format_version"] == SEALED_FORMAT_VERSION
    if sealed != (_ENVELOPE_KEY in doc):
        raise _fail("格式版本与加密信息不一致")
    envelope = parse_envelope(doc[_ENVELOPE_KEY], suite) if sealed else None
    encryption_key = doc.get(_ENCRYPTION_KEY_KEY, "")
    if _ENCRYPTION_KEY_KEY in doc and not is_public_key_hex(encryption_key, suite):
        raise _fail("清单中的作者加密公钥格式错误")
    members = tuple(_member(m) for m in _get(doc, "members", list))
    _check_member_order(members, sealed)
    counts = _get(doc, "record_counts", dict)
    if counts.keys() != {m.table for m in members if m.table is not None} or any(
        type(v) is not int or v < 0 for v in counts.values()
    ):
        raise _fail("记录条数与记录成员不符")
    author = _author(doc.get("author"), suite_name)
    checkpoints = (
        parse_carried(doc[_CHECKPOINTS_KEY], author.installation_id)
        if _CHECKPOINTS_KEY in doc
        else ()
    )
    return Manifest(
        bundle_id,
        seq,
        predecessor,
        kind,
        author,
        created_at,
        members,
        counts,
        checkpoints,
        app_version=app_version,
        oldest_reader=doc.get(_OLDEST_READER_KEY, ""),
        schema_version=doc["schema_version"],
        encryption_key=encryption_key,
        envelope=envelope,
        revocations=parse_revocations(doc[_REVOCATIONS_KEY]) if _REVOCATIONS_KEY in doc else (),
        suite=suite_name,
        companion=_companion(doc[_COMPANION_KEY], suite_name) if _COMPANION_KEY in doc else None,
    )
