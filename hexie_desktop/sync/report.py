"""What bundle use cases report, to the CLI (text or --json) and the GUI alike."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hexie_desktop.domain.labels import BUNDLE_STATUS_LABELS
from hexie_desktop.domain.states import BundleStatus
from hexie_desktop.sync.merge import MergeOutcome, RecordChange


@dataclass
class BundleResult:
    file: str
    bundle_id: str = ""
    status: str = BundleStatus.REFUSED
    reason: str = ""
    check: str = ""
    author: str = ""
    app_version: str = ""
    seq: int = 0
    kind: str = ""
    dry_run: bool = False
    outcome: MergeOutcome | None = None
    gaps: list[int] = field(default_factory=list)
    shared_compounds: list[dict[str, object]] = field(default_factory=list)
    clock: list[dict[str, str]] = field(default_factory=list)
    pinned_key: str = ""
    audit_warnings: list[str] = field(default_factory=list)
    # Names of the keys this bundle's clerk had revoked and this installation now revokes too.
    revoked: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        totals = self.outcome.totals().as_dict() if self.outcome else {}
        return {
            k: totals.get(k, 0)
            for k in ("inserted", "updated", "unchanged", "held", "conflicts", "deleted")
        }

    @property
    def changes(self) -> list[RecordChange]:
        return self.outcome.changes if self.outcome else []

    def summary(self) -> dict[str, Any]:
        """What is stored in the bundle log: totals, per-table counts, gaps and flags."""
        return {
            **self.counts,
            "tables": {
                t: c.as_dict() for t, c in (self.outcome.tables.items() if self.outcome else ())
            },
            "gaps": self.gaps,
            "shared_compounds": self.shared_compounds,
            "clock": self.clock,
            "audit_warnings": self.audit_warnings,
        }

    def as_dict(self) -> dict[str, Any]:
        document = {
            "file": self.file,
            "bundle_id": self.bundle_id,
            "status": self.status,
            "reason": self.reason,
            "check": self.check,
            "author": self.author,
            "app_version": self.app_version,
            "seq": self.seq,
            "kind": self.kind,
            "dry_run": self.dry_run,
            "pinned_key": self.pinned_key,
            "revoked_keys": self.revoked,
            "counts": self.counts,
            **{k: v for k, v in self.summary().items() if k not in self.counts},
        }
        if self.dry_run and self.outcome is not None:
            document["changes"] = [c.as_dict() for c in self.outcome.changes]
            document["changes_omitted"] = self.outcome.changes_omitted
        return document

    @property
    def signed_by(self) -> str:
        """Who sent it, and from which version (a bundle of 0.1.0 does not say)."""
        return f"{self.author}，{self.app_version} 版" if self.app_version else self.author

    def lines(self) -> list[str]:
        head = f"{Path(self.file).name}：{BUNDLE_STATUS_LABELS.get(self.status, self.status)}"
        if self.status in (
            BundleStatus.REFUSED,
            BundleStatus.DUPLICATE,
            BundleStatus.VALID,
            BundleStatus.SKIPPED,
        ):
            return [f"{head}。{self.reason}".rstrip("。") + ("。" if self.reason else "")]
        c = self.counts
        out = [
            f"{head}（{'预览，未写入' if self.dry_run else self.signed_by}）新增 {c['inserted']}，更新 {c['updated']}，"
            f"未变 {c['unchanged']}，待审核 {c['held']}，冲突 {c['conflicts']}，删除 {c['deleted']}"
        ]
        if self.gaps:
            out.append(f"  缺少该设备的第 {', '.join(map(str, self.gaps))} 号数据包")
        if self.pinned_key:
            out.append(
                f"  已固定局方密钥，指纹 {self.pinned_key}：请与局方公布的指纹核对，"
                "此后只接受该密钥签名的主数据包"
            )
        if self.revoked:
            out.append(f"  局方已撤销 {'、'.join(self.revoked)} 的密钥：本机此后也不再信任这些密钥")
        out.extend(f"  时钟：{note['message']}" for note in self.clock)
        out += [f"  {warning}" for warning in self.audit_warnings]
        if self.shared_compounds:
            out.append(
                f"  {len(self.shared_compounds)} 个小区本季度有多名考评员评分（均保留，已标记）"
            )
        for change in self.changes:
            fields = "；".join(f"{k}: {v[0]!r} → {v[1]!r}" for k, v in change.fields.items())
            out.append(f"  {change.action} {change.table} {change.row_id} {change.reason}{fields}")
        return out


@dataclass(frozen=True)
class BundleExportResult:
    path: Path
    bundle_id: str
    seq: int
    kind: str
    record_counts: dict[str, int]
    attachments: int
    size: int
    # How many recipients the bundle is sealed to (0: plain), and the enrolled left out because
    # their encryption key is not known here (they cannot read it).
    sealed_for: int = 0
    unreadable_by: list[str] = field(default_factory=list)

    @property
    def sealed(self) -> bool:
        return self.sealed_for > 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "bundle_id": self.bundle_id,
            "seq": self.seq,
            "kind": self.kind,
            "records": self.record_counts,
            "attachments": self.attachments,
            "size": self.size,
            "encrypted": self.sealed,
            "recipients": self.sealed_for,
            "unreadable_by": self.unreadable_by,
        }
