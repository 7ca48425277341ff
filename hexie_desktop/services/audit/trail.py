"""Every transaction the product commits seals its data changes and signs the chain's new head.

Every SQLite transaction notes the changes of synced rows (`storage.audit_data.watch_changes`,
called by the engine as it begins). `AuditTrail.attach` hooks a session: just before it
commits, the changes are sealed
into the chain and, if the chain grew, a checkpoint of its head is signed with this
installation's Ed25519 key and stored; once the commit has happened the checkpoint is also
appended to the checkpoint file in the data folder. The file is written after the commit, so it
may lag the database after a crash but never runs ahead of it.
"""

import logging
import os

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import event, text
from sqlmodel import Session

from hexie_desktop.paths import DataDir
from hexie_desktop.storage.audit_data import seal_changes
from hexie_desktop.storage.installations import own_installation
from hexie_desktop.storage.keyring import KeyRing
from hexie_desktop.storage.tables import AuditCheckpoint
from hexie_desktop.sync.checkpoints import Checkpoint, sign_checkpoint

log = logging.getLogger(__name__)

_PENDING = "hexie_audit_checkpoint"


def checkpoint_of(row: AuditCheckpoint) -> Checkpoint:
    return Checkpoint(row.installation_id, row.position, row.head, row.signed_at, row.signature)


def read_checkpoint_file(data_dir: DataDir) -> tuple[list[Checkpoint], int]:
    """The checkpoints of the file, and how many of its lines could not be read as one."""
    try:
        text = data_dir.audit_checkpoints.read_bytes()
    except FileNotFoundError:
        return [], 0
    found, unreadable = [], 0
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            doc = orjson.loads(line)
            found.append(
                Checkpoint(
                    str(doc["installation_id"]),
                    int(doc["position"]),
                    str(doc["head"]),
                    str(doc["signed_at"]),
                    str(doc["signature"]),
                )
            )
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            unreadable += 1
    return found, unreadable


def append_checkpoints(data_dir: DataDir, checkpoints: list[Checkpoint]) -> None:
    lines = b"".join(orjson.dumps(c.as_dict()) + b"\n" for c in checkpoints)
    fd = os.open(data_dir.audit_checkpoints, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, lines)
    finally:
        os.close(fd)


class AuditTrail:
    """The audit hooks of one store's sessions, with this installation's identity and key cached."""

    def __init__(self, data_dir: DataDir, keys: KeyRing) -> None:
        self.data_dir = data_dir
        self.keys = keys
        self._installation: str | None = None

    def forget(self) -> None:
        """Read the identity again: the database under the store was replaced."""
        self._installation = None
        self.keys.forget()

    def attach(self, session: Session) -> None:
        event.listen(session, "before_commit", self._sealing)
        event.listen(session, "after_commit", self._committed)
        event.listen(session, "after_rollback", self._rolled_back)

    def _identity(self, session: Session) -> tuple[str, Ed25519PrivateKey | None]:
        if self._installation is None:
            row = own_installation(session)
            if row is None:
                return "", None
            self._installation = row.id
        key = self.keys.available(self.data_dir.private_key(self._installation))
        if key is None:
            log.info("签名私钥无法读取或尚未解锁，本次审计检查点暂不签名")
        return self._installation, key

    def _sealing(self, session: Session) -> None:
        session.flush()
        own, key = self._identity(session)
        seal_changes(session, own)
        if key is None:
            return
        # Plain SQL: the ORM's statement building would cost more than the rest of a small commit.
        head = session.execute(
            text("SELECT seq, hash FROM auditevent ORDER BY seq DESC LIMIT 1")
        ).first()
        if head is None:
            return
        signed = session.execute(
            text("SELECT max(position) FROM auditcheckpoint WHERE installation_id = :own"),
            {"own": own},
        ).scalar()
        if signed is not None and signed >= head[0]:
            return
        checkpoint = sign_checkpoint(key, own, head[0], head[1])
        session.execute(
            text(
                "INSERT INTO auditcheckpoint (installation_id, position, head, signed_at, "
                "signature, bundle_seq, carried) VALUES (:i, :p, :h, :at, :s, 0, :c)"
            ),
            {
                "i": own,
                "p": checkpoint.position,
                "h": checkpoint.head,
                "at": checkpoint.signed_at,
                "s": checkpoint.signature,
                "c": False,
            },
        )
        session.info[_PENDING] = checkpoint

    def _rolled_back(self, session: Session) -> None:
        session.info.pop(_PENDING, None)

    def _committed(self, session: Session) -> None:
        checkpoint: Checkpoint | None = session.info.pop(_PENDING, None)
        if checkpoint is None:
            return
        try:
            append_checkpoints(self.data_dir, [checkpoint])
        except OSError as exc:
            # The commit has happened; the checkpoint is in the database and the next one
            # covers this one's events too.
            log.warning("审计检查点未能写入 %s：%s", self.data_dir.audit_checkpoints, exc)
