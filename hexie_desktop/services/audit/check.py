"""`hexie audit verify`: the chain, the data it covers and the signed checkpoints, in one check.

Three things can be wrong, and each is named in the clerk's words, at the first event it
concerns: an event that does not re-hash (edited, deleted or reordered events); a table whose
live rows no longer add up to the digest the chain last sealed (a row edited, added or deleted
outside the product), with the record where its seal names it; and a signed checkpoint the chain
no longer reaches or no longer agrees with (a deleted tail, or a history re-chained with the
product's own hash function). The checkpoints are read from the file in the data folder as well
as from the database, so a database truncated or rewritten as a whole still meets the file.
"""

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import Session, select

from hexie_desktop.domain.labels import table_label
from hexie_desktop.services.audit.trail import (
    append_checkpoints,
    checkpoint_of,
    read_checkpoint_file,
)
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit_data import is_covered
from hexie_desktop.storage.audit_verify import ChainWalk, Finding, data_findings, walk_chain
from hexie_desktop.storage.files import replace_file
from hexie_desktop.storage.installations import own_installation
from hexie_desktop.storage.tables import (
    AuditCheckpoint,
    Compound,
    Firm,
    Indicator,
    IndicatorScore,
    Inspection,
    Installation,
)
from hexie_desktop.sync.checkpoints import Checkpoint

MAX_LISTED = 20
_SHOWN_PER_KIND = 3
# Problems of the chain itself come first: a deleted or rewritten history explains the data
# that no longer matches it, not the other way round.
_CHAIN_KINDS = ("link", "tail", "rewritten", "disagrees", "signature")


@dataclass
class AuditReport:
    """The outcome of a check: intact, or the problems found, the first broken point first."""

    events: int
    checkpoints: int
    problems: list[str] = field(default_factory=list)
    first_seq: int | None = None
    data_covered: bool = True
    """Whether the data was checked against the chain's digests: on SQLite; a server keeps none."""

    @property
    def intact(self) -> bool:
        return not self.problems


def _inspection_label(session: Session, inspection: Inspection | None) -> str:
    if inspection is None:
        return "一次考评"
    compound = session.get(Compound, inspection.compound_id)
    place = f"小区「{compound.name}」" if compound else "某小区"
    return f"{place} {inspection.inspected_on.isoformat()} 的考评"


def record_label(session: Session, table: str, row_id: str) -> str:
    """The record in words a clerk knows it by (never its id)."""
    if table == "firm" and (firm := session.get(Firm, row_id)):
        return f"企业「{firm.name}」（统一社会信用代码 {firm.credit_code}）"
    if table == "compound" and (compound := session.get(Compound, row_id)):
        return f"小区「{compound.name}」"
    if table == "inspection" and (inspection := session.get(Inspection, row_id)):
        return _inspection_label(session, inspection) + "记录"
    if table == "indicatorscore" and (score := session.get(IndicatorScore, row_id)):
        indicator = session.get(Indicator, score.indicator_id)
        named = f"指标「{indicator.code} {indicator.name}」" if indicator else "某指标"
        return _inspection_label(session, session.get(Inspection, score.inspection_id)) + (
            f"中{named}的得分"
        )
    return "一条记录"


_MESSAGES = {
    "link": "审计链第 {seq} 条记录被修改、删除或重排（此后的记录无法校验）。",
    "edited": "{table}中{record}在程序之外被修改：与审计链第 {seq} 条登记的内容不符。",
    "added": "{table}中{record}不是由程序写入的（审计链中没有它的登记）。",
    "removed": "{table}中审计链第 {seq} 条登记的一条记录在程序之外被删除。",
    "seal": "{table}在审计链第 {seq} 条登记的逐条摘要被改动，无法逐条核对。",
    "tail": "审计链末尾被删除：已签名的检查点记到第 {expected} 条，现在只有 {actual} 条。",
    "rewritten": (
        "审计链第 {seq}～{expected} 条被改写：与已签名的检查点不符（历史记录被重新计算过哈希链）。"
    ),
    "disagrees": "审计链第 {seq} 条与已签名的检查点不符（历史记录被改写过）。",
    "signature": "记到第 {expected} 条的审计检查点签名无效（检查点被改动过）。",
    "table": (
        "{table}的当前数据与审计链第 {seq} 条登记的摘要不符（登记 {expected} 条，现有 {actual} 条）："
        "有记录在程序之外被修改、增加或删除。"
    ),
}


def _describe(session: Session, finding: Finding) -> str:
    record = record_label(session, finding.table, finding.row_id) if finding.row_id else "一条记录"
    return _MESSAGES[finding.kind].format(
        seq=finding.seq,
        table=f"「{table_label(finding.table)}」" if finding.table else "",
        record=record,
        expected=finding.expected,
        actual=finding.actual,
    )


def _own_checkpoints(
    session: Session, store: Store
) -> tuple[list[Checkpoint], Installation | None, int]:
    own = own_installation(session)
    if own is None:
        return [], None, 0
    from_file, unreadable = read_checkpoint_file(store.data_dir)
    rows = session.exec(select(AuditCheckpoint).where(AuditCheckpoint.installation_id == own.id))
    merged = {(c.position, c.head, c.signature): c for c in from_file}
    for row in rows:
        checkpoint = checkpoint_of(row)
        merged.setdefault((checkpoint.position, checkpoint.head, checkpoint.signature), checkpoint)
    return sorted(merged.values(), key=lambda c: c.position), own, unreadable


def checkpoint_findings(
    walk: ChainWalk, checkpoints: list[Checkpoint], public_key: str, own_id: str
) -> list[Finding]:
    """Where the verified chain disagrees with this installation's signed heads."""
    findings = []
    valid = []
    for checkpoint in checkpoints:
        if checkpoint.installation_id == own_id and checkpoint.signed_by(public_key):
            valid.append(checkpoint)
        else:
            findings.append(Finding(checkpoint.position, "signature", expected=checkpoint.position))
    reached = walk.length
    agreed = 0
    for checkpoint in valid:
        if checkpoint.position > reached:
            break
        if walk.hashes.get(checkpoint.position) != checkpoint.head:
            start = min(agreed + 1, checkpoint.position)
            kind = "rewritten" if start < checkpoint.position else "disagrees"
            findings.append(Finding(start, kind, expected=checkpoint.position))
            return findings
        agreed = checkpoint.position
    furthest = max((c.position for c in valid), default=0)
    if furthest > reached and walk.broken_at is None:
        findings.append(Finding(reached + 1, "tail", expected=furthest, actual=reached))
    return findings


def _problems(session: Session, findings: list[Finding]) -> list[str]:
    """One line per problem, at most a few of each kind per table, the first broken point first."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        groups.setdefault((finding.kind, finding.table), []).append(finding)
    problems = []
    for group in groups.values():
        problems += [_describe(session, f) for f in group[:_SHOWN_PER_KIND]]
        if len(group) > _SHOWN_PER_KIND:
            problems.append(f"（同类问题共 {len(group)} 处，只列出前 {_SHOWN_PER_KIND} 处。）")
    if len(problems) > MAX_LISTED:
        problems = [*problems[:MAX_LISTED], f"另有 {len(problems) - MAX_LISTED} 项未列出。"]
    return problems


def verify_audit(store: Store) -> AuditReport:
    """The whole check; the report's problems start with the first broken point."""
    with store.reading() as session:
        walk = walk_chain(session)
        findings = []
        if walk.broken_at is not None:
            findings.append(Finding(walk.broken_at, "link"))
        checkpoints, own, unreadable = _own_checkpoints(session, store)
        if own is not None:
            findings += checkpoint_findings(walk, checkpoints, own.public_key, own.id)
        findings += data_findings(session, walk)
        findings.sort(key=lambda f: (f.kind not in _CHAIN_KINDS, f.seq))
        problems = _problems(session, findings)
        if unreadable:
            problems.append(f"检查点文件中有 {unreadable} 行无法读取（文件被改动）。")
        return AuditReport(
            events=walk.length,
            checkpoints=len(checkpoints),
            problems=problems,
            first_seq=findings[0].seq if findings else None,
            data_covered=is_covered(session.connection()),
        )


def note_restore(store: Store) -> None:
    """After a restore the chain is the backup's, shorter than the checkpoints signed since: the
    checkpoint file is set aside in backups/ (kept as evidence, not checked) and restarted from
    the restored database's own checkpoints. The database stays exactly the backup."""
    store.audit.forget()
    current = store.data_dir.audit_checkpoints
    if current.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        replace_file(
            current, store.data_dir.backups / f"audit-checkpoints-before-restore-{stamp}.jsonl"
        )
    with store.reading() as session:
        own = own_installation(session)
        if own is None:
            return
        rows = session.exec(
            select(AuditCheckpoint)
            .where(AuditCheckpoint.installation_id == own.id)
            .order_by(AuditCheckpoint.position)  # type: ignore[arg-type]
        )
        append_checkpoints(store.data_dir, [checkpoint_of(r) for r in rows])
