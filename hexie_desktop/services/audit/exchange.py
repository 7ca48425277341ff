"""Audit checkpoints in bundles: the sender's signed chain heads out, the receiver's check in.

Each export carries the heads of every earlier export of this installation plus its latest one,
so whoever merged an earlier bundle meets, in a later one, every position it already holds. The
receiver keeps them per installation (`AuditCheckpoint`, with the bundle that carried each) and
notices a later bundle that contradicts them: the same position with another head (a fork: the
history was rewritten), a head behind one an earlier bundle carried (rewound: a restore or a
deleted tail), an earlier head left out, or a signature that does not verify. The records are
signed and checked on their own, so the bundle still merges; the contradiction is told to the
clerk with the bundle and kept in the bundle log and the audit trail.
"""

from sqlmodel import Session, col, select

from hexie_desktop.services.audit.trail import checkpoint_of
from hexie_desktop.storage.tables import AuditCheckpoint
from hexie_desktop.sync.checkpoints import Checkpoint
from hexie_desktop.sync.manifest import Manifest


def checkpoints_to_carry(session: Session, installation_id: str) -> tuple[Checkpoint, ...]:
    """Every checkpoint an earlier export carried, and the newest, which is marked as carried."""
    own = list(
        session.exec(
            select(AuditCheckpoint)
            .where(col(AuditCheckpoint.installation_id) == installation_id)
            .order_by(col(AuditCheckpoint.position))
        )
    )
    if not own:
        return ()
    newest = own[-1]
    if not newest.carried:
        newest.carried = True
        session.add(newest)
    return tuple(checkpoint_of(row) for row in own if row.carried or row is newest)


def receive_checkpoints(session: Session, manifest: Manifest) -> list[str]:
    """Compare the bundle's checkpoints with those held for its author; keep the new ones.

    Returns what contradicts, in the clerk's words (empty when the history only grew).
    """
    author = manifest.author
    who = f"来自「{author.name}」的数据包"
    held = {
        row.position: row
        for row in session.exec(
            select(AuditCheckpoint).where(
                col(AuditCheckpoint.installation_id) == author.installation_id
            )
        )
    }
    earlier = [row for row in held.values() if row.bundle_seq and row.bundle_seq < manifest.seq]
    carried = manifest.audit_checkpoints
    if not carried:
        if earlier:
            return [f"{who}没有附审计检查点，而该设备此前的数据包附有：其审计记录可能被改动。"]
        return []
    problems = []
    # Checkpoints are always Ed25519 (the audit trail signs them as it commits): a 国密 bundle
    # names its author's Ed25519 key in `companion`, under the SM2 signature.
    signer = manifest.companion.public_key if manifest.companion else author.public_key
    valid = [c for c in carried if c.signed_by(signer)]
    if len(valid) < len(carried):
        problems.append(f"{who}中有 {len(carried) - len(valid)} 个审计检查点签名无效。")
    positions = {c.position for c in valid}
    for checkpoint in valid:
        known = held.get(checkpoint.position)
        if known is not None and known.head != checkpoint.head:
            problems.append(
                f"{who}与此前收到的审计记录分叉：第 {checkpoint.position} 条的签名检查点不同"
                "（该设备上的审计历史被改写过）。"
            )
            break
    reached = max(positions, default=0)
    behind = [row.position for row in earlier if row.position > reached]
    if behind:
        problems.append(
            f"{who}的审计记录倒退了：此前的数据包已记到第 {max(behind)} 条，本数据包只到第 "
            f"{reached} 条（该设备可能从备份恢复过，或删除了审计记录）。"
        )
    missing = sorted(row.position for row in earlier if row.position not in positions)
    if missing and not behind:
        problems.append(f"{who}缺少此前收到的第 {missing[0]} 条审计检查点：其审计记录可能被改动。")
    for checkpoint in valid:
        if checkpoint.position not in held:
            session.add(
                AuditCheckpoint(
                    installation_id=author.installation_id,
                    position=checkpoint.position,
                    head=checkpoint.head,
                    signed_at=checkpoint.signed_at,
                    signature=checkpoint.signature,
                    bundle_seq=manifest.seq,
                )
            )
    return problems
