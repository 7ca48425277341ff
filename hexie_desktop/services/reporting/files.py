"""Reports generated for the window: written into the data folder, listed for reopening, copied out.

The window previews and prints a report from a file it generated into `DataDir.generated_reports`.
That folder keeps only the latest `KEEP_RECENT` reports (a preview cache, not an archive); a clerk
files a report away with `save_copy`, which writes the chosen path atomically, so a pulled USB
stick leaves either the whole PDF or nothing.
"""

import datetime as dt
import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from hexie_desktop.domain.errors import UserError
from hexie_desktop.paths import safe_file_name
from hexie_desktop.services.reporting.printing import (
    REPORT_LABELS,
    Progress,
    ReportRequest,
    write_report,
)
from hexie_desktop.services.store import Store
from hexie_desktop.storage.files import atomic_writer, write_atomic

log = logging.getLogger(__name__)

KEEP_RECENT = 20
INDEX_NAME = "recent.json"
COPY_CHUNK = 1 << 20


@dataclass(frozen=True)
class GeneratedReport:
    """One generated PDF and what it is: kind, subject, what the window calls it, its code."""

    path: Path
    kind: str
    subject: str
    caption: str
    code: str
    pages: int
    generated_at: dt.datetime

    @property
    def label(self) -> str:
        return REPORT_LABELS.get(self.kind, self.kind)

    @property
    def suggested_name(self) -> str:
        """A readable file name for "save as": the report's name and its subject."""
        return f"{_safe(self.label)}-{_safe(self.caption)}.pdf"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {
            "path": self.path.name,
            "generated_at": self.generated_at.isoformat(),
        }


def generate_report(
    store: Store,
    request: ReportRequest,
    caption: str,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> GeneratedReport:
    """Write the report into the generated-reports folder and put it first in the recent list."""
    folder = store.data_dir.generated_reports
    moment = now or dt.datetime.now(dt.UTC)
    target = _free_name(folder, f"{moment:%Y%m%d-%H%M%S}-{request.kind}-{_safe(request.subject)}")
    written = write_report(store, request, target, progress=progress)
    report = GeneratedReport(
        target, request.kind, request.subject, caption, written.code, written.pages, moment
    )
    kept = [report, *recent_reports(store)]
    for dropped in kept[KEEP_RECENT:]:
        try:
            dropped.path.unlink(missing_ok=True)
        except OSError as error:
            # Windows refuses to delete a file another program has open; it goes next time.
            log.info("old generated report %s kept: %s", dropped.path, error)
    _write_index(folder, kept[:KEEP_RECENT])
    return report


def recent_reports(store: Store) -> list[GeneratedReport]:
    """The generated reports still on disk, newest first."""
    folder = store.data_dir.generated_reports
    index = folder / INDEX_NAME
    if not index.is_file():
        return []
    try:
        entries = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        # The list only helps reopening; a damaged one is rebuilt by the next report generated.
        return []
    reports = [_entry(folder, item) for item in entries if isinstance(item, dict)]
    return [report for report in reports if report is not None and report.path.is_file()]


def save_copy(source: Path, target: Path) -> Path:
    """Copy a generated PDF to where the clerk chose, atomically."""
    if target.is_dir():
        raise UserError(f"{target} 是一个文件夹。请给出 PDF 文件名。")
    if target.suffix.lower() != ".pdf":
        target = target.with_name(f"{target.name}.pdf")
    try:
        with source.open("rb") as read, atomic_writer(target, document=True) as write:
            while chunk := read.read(COPY_CHUNK):
                write.write(chunk)
    except FileNotFoundError as error:
        if not source.exists():
            raise UserError(f"报告文件 {source} 已不存在。请重新生成报告后再另存。") from error
        raise _unwritable(target, error) from error
    except OSError as error:
        raise _unwritable(target, error) from error
    return target


def _unwritable(target: Path, error: OSError) -> UserError:
    return UserError(
        f"无法保存到 {target}：{error.strerror or error}。请换一个可写的位置，或检查磁盘空间。"
    )


def _safe(text: str) -> str:
    return safe_file_name(text, "report")


def _free_name(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}.pdf"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.pdf"
        number += 1
    return candidate


def _write_index(folder: Path, reports: list[GeneratedReport]) -> None:
    data = json.dumps([report.as_dict() for report in reports], ensure_ascii=False, indent=1)
    write_atomic(folder / INDEX_NAME, data.encode("utf-8"))


def _entry(folder: Path, item: dict[str, Any]) -> GeneratedReport | None:
    try:
        return GeneratedReport(
            path=folder / Path(str(item["path"])).name,
            kind=str(item["kind"]),
            subject=str(item["subject"]),
            caption=str(item["caption"]),
            code=str(item["code"]),
            pages=int(item["pages"]),
            generated_at=dt.datetime.fromisoformat(str(item["generated_at"])),
        )
    except (KeyError, TypeError, ValueError):
        return None
