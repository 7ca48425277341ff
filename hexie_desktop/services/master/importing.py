"""Importing firms and compounds from the spreadsheets clerks already keep.

All or nothing: every bad row of the file is reported with its row number and column, and if any
row is bad nothing at all is written, so a clerk never has to work out which half of a file went
in. A good file is written in one transaction, stamped as this installation's edit and recorded
in the audit trail. Importing the same file again changes nothing.
"""

import dataclasses
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Generic

from sqlalchemy import select
from sqlmodel import Session, col

from hexie_desktop.cycles import cyclic_gc_paused
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.labels import REGISTER_TABLE_LABELS
from hexie_desktop.domain.master_rows import (
    CompoundRow,
    FirmRow,
    ParsedSheet,
    RowError,
    RowT,
    firm_name_key,
    parse_compound_rows,
    parse_firm_rows,
    same_name_warnings,
)
from hexie_desktop.domain.roles import Role
from hexie_desktop.domain.sheet_header import HeaderError
from hexie_desktop.progress import Progress
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.master.writer import CompoundImport, ImportCounts, write_firms
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import require_identity
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.spreadsheets import Sheet, read_sheet, sheet_names
from hexie_desktop.storage.tables import Firm
from hexie_desktop.sync.schema import spec_for

MAX_LISTED_ERRORS = 50
KIND_LABELS = {"firms": "企业", "compounds": "小区"}


class ImportRejected(UserError):
    """A file with bad rows: nothing was imported. `errors` lists every problem for the window."""

    def __init__(self, file_name: str, errors: list[RowError]) -> None:
        self.file_name = file_name
        self.errors = errors
        bad_rows = len({e.row for e in errors})
        lines = [f"导入失败：共 {bad_rows} 行有误，未导入任何数据。（{file_name}）"]
        lines += [str(e) for e in errors[:MAX_LISTED_ERRORS]]
        if len(errors) > MAX_LISTED_ERRORS:
            lines.append(f"…另有 {len(errors) - MAX_LISTED_ERRORS} 处错误")
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class ImportPreview(Generic[RowT]):
    """What a file would import, and every problem in it, before anything is written.

    `warnings` do not stop the import but are shown before it is confirmed; `skipped` are the
    totals and notes rows that are not data.
    """

    file_name: str
    header_row: int
    columns: dict[str, str]
    rows: list[RowT]
    errors: list[RowError]
    warnings: list[RowError] = field(default_factory=list)
    skipped: list[RowError] = field(default_factory=list)
    sheet_name: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportResult:
    kind: str
    file_name: str
    rows: int
    tables: dict[str, ImportCounts]
    contracts_ended: int = 0
    sheet_name: str | None = None
    skipped: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "file": self.file_name,
            "sheet": self.sheet_name,
            "rows": self.rows,
            "tables": {name: asdict(counts) for name, counts in self.tables.items()},
            "contracts_ended": self.contracts_ended,
            "skipped": [{"row": e.row, "reason": e.message} for e in self.skipped],
            "warnings": [
                {"row": e.row, "column": e.column, "message": e.message} for e in self.warnings
            ],
        }

    def lines(self) -> list[str]:
        sheet = f"（工作表“{self.sheet_name}”）" if self.sheet_name else ""
        lines = [f"已导入 {self.file_name}{sheet}：{self.rows} 行{KIND_LABELS[self.kind]}数据。"]
        for name, counts in self.tables.items():
            lines.append(
                f"{REGISTER_TABLE_LABELS[name]}：新增 {counts.inserted}，更新 {counts.updated}，"
                f"未变 {counts.unchanged}"
            )
        if self.contracts_ended:
            lines.append(f"已将 {self.contracts_ended} 份旧合同的结束日期设为新合同开始的前一天。")
        lines += [f"跳过{e}" for e in self.skipped]
        lines += [f"提示：{e}" for e in self.warnings]
        return lines


def _sheet(
    path: Path, sheet: str | None, parse: Callable[[Sheet], ParsedSheet[RowT]]
) -> tuple[Sheet, ParsedSheet[RowT]]:
    """The chosen sheet, or the saved-on one; else the one sheet of the workbook that has the header.

    A workbook holding 企业 and 小区 sheets imports compounds from the 小区 sheet without the
    clerk naming it; when no sheet has the header, the message names the other sheets.
    """
    first: Sheet = read_sheet(path, sheet)
    try:
        return first, parse(first)
    except HeaderError as error:
        if sheet is not None or not first.other_sheets:
            raise
        for name in first.other_sheets:
            other = read_sheet(path, name)
            try:
                return other, parse(other)
            except HeaderError:
                continue
        listed = "、".join(f"“{n}”" for n in (first.sheet_name, *first.other_sheets))
        raise HeaderError(
            f"{error.message} 本工作簿的工作表（{listed}）都没有所需的表头。"
        ) from error


def workbook_sheets(path: Path) -> list[str]:
    """The sheets a workbook offers to import from (none for a CSV file)."""
    return sheet_names(path)


def _named_sheet(sheet: Sheet) -> str | None:
    """The sheet read, worth naming only when the workbook has others."""
    return sheet.sheet_name if sheet.other_sheets else None


def _preview(parsed: ParsedSheet[RowT], sheet: Sheet) -> ImportPreview[RowT]:
    return ImportPreview(
        file_name=sheet.file_name,
        header_row=parsed.header.row,
        columns=dict(parsed.header.labels),
        rows=parsed.rows,
        errors=parsed.errors,
        warnings=parsed.warnings,
        skipped=parsed.skipped,
        sheet_name=_named_sheet(sheet),
    )


@cyclic_gc_paused()
def preview_firms(
    path: Path, store: Store | None = None, sheet: str | None = None
) -> ImportPreview[FirmRow]:
    """The firms a file would import; with `store`, also warns of names the database has under other codes."""
    read, parsed = _sheet(path, sheet, lambda s: parse_firm_rows(s.rows))
    if store is not None:
        _warn_known_names(store, parsed)
    return _preview(parsed, read)


def _warn_known_names(store: Store, parsed: ParsedSheet[FirmRow]) -> None:
    with store.reading() as session:
        known = {
            firm_name_key(name): (code, name)
            for code, name in session.execute(
                select(col(Firm.credit_code), col(Firm.name)).where(col(Firm.deleted).is_(False))
            )
        }
    in_file = {w.row for w in parsed.warnings}
    extra = [
        w
        for w in same_name_warnings(parsed.rows, parsed.header.labels["name"], known)
        if w.row not in in_file
    ]
    parsed.warnings = sorted(parsed.warnings + extra, key=lambda e: e.row)


@cyclic_gc_paused()
def preview_compounds(
    path: Path, store: Store | None = None, sheet: str | None = None
) -> ImportPreview[CompoundRow]:
    """The compounds a file would import; with `store`, also checks the firms it names exist."""
    read, parsed = _sheet(path, sheet, lambda s: parse_compound_rows(s.rows))
    preview = _preview(parsed, read)
    if store is None:
        return preview
    with store.reading() as session:
        known = _known_firms(session)
    errors, _ = _firm_references(preview.rows, preview.columns, known)
    return dataclasses.replace(preview, errors=sorted(preview.errors + errors, key=lambda e: e.row))


def _require_clerk(store: Store) -> None:
    identity = require_identity(store)
    if identity.role != Role.CLERK:
        raise UserError(
            "只有工作人员（clerk）的安装才能导入企业、小区等主数据。考评员的主数据来自住建局下发的"
            "主数据包，请用 hexie bundle merge 合并。"
        )


def _known_firms(session: Session) -> dict[str, bool]:
    """Credit code → whether the firm is live (False for a tombstone)."""
    rows = session.execute(select(col(Firm.credit_code), col(Firm.deleted)))
    return {code: not deleted for code, deleted in rows}


def _firm_references(
    rows: list[CompoundRow], columns: dict[str, str], known: dict[str, bool]
) -> tuple[list[RowError], dict[str, str]]:
    """Errors for firms the database does not know, and the names of firms this file creates.

    A firm unknown to the database may still be imported with its compounds when a row also
    gives its name in 物业企业名称; every row that gives a name for it must give the same one.
    """
    code_column = columns.get("firm_credit_code", "物业企业信用代码")
    name_column = columns.get("firm_name", "物业企业名称")
    errors: list[RowError] = []
    new_names: dict[str, tuple[int, str]] = {}
    unknown = [
        r for r in rows if r.firm_credit_code is not None and not known.get(r.firm_credit_code)
    ]
    for row in unknown:
        code, name = row.firm_credit_code, row.firm_name
        if code is None or name is None or code in known:
            continue
        first = new_names.setdefault(code, (row.row, name))
        if first[1] != name:
            errors.append(
                RowError(
                    row.row, name_column, f"与第 {first[0]} 行填写的同一企业名称“{first[1]}”不一致"
                )
            )
    for row in unknown:
        code = row.firm_credit_code
        if code in known:
            errors.append(
                RowError(row.row, code_column, f"企业 {code} 已被删除；请先在企业表中恢复该企业")
            )
        elif code not in new_names:
            errors.append(
                RowError(
                    row.row,
                    code_column,
                    f"企业 {code} 尚未登记；请先导入企业表，或在“{name_column}”列填写企业名称",
                )
            )
    return errors, {code: name for code, (_row, name) in new_names.items()}


def _report(progress: Progress | None, fraction: float, message: str) -> None:
    if progress is not None:
        progress(fraction, message)


@cyclic_gc_paused()
def import_firms(
    store: Store, path: Path, progress: Progress | None = None, sheet: str | None = None
) -> Changed[ImportResult]:
    """Insert or update firms by credit code from a spreadsheet."""
    _require_clerk(store)
    _report(progress, 0.0, "读取表格")
    read, parsed = _sheet(path, sheet, lambda s: parse_firm_rows(s.rows))
    _warn_known_names(store, parsed)
    if parsed.errors:
        raise ImportRejected(read.file_name, parsed.errors)
    _report(progress, 0.5, "写入企业")
    with store.transaction() as session, authoring(session) as author:
        counts = write_firms(session, author, parsed.rows)
        result = ImportResult(
            "firms",
            read.file_name,
            len(parsed.rows),
            {"firm": counts},
            sheet_name=_named_sheet(read),
            skipped=parsed.skipped,
            warnings=parsed.warnings,
        )
        _audit(session, author.installation_id, result)
    _report(progress, 1.0, "完成")
    return Changed(result, Changes.of(Firm))


@cyclic_gc_paused()
def import_compounds(
    store: Store, path: Path, progress: Progress | None = None, sheet: str | None = None
) -> Changed[ImportResult]:
    """Insert or update compounds, their places and contracts from a spreadsheet."""
    _require_clerk(store)
    _report(progress, 0.0, "读取表格")
    read, parsed = _sheet(path, sheet, lambda s: parse_compound_rows(s.rows))
    columns = parsed.header.labels
    _report(progress, 0.4, "核对企业")
    with store.transaction() as session:
        errors, new_firms = _firm_references(parsed.rows, columns, _known_firms(session))
        if parsed.errors or errors:
            raise ImportRejected(
                read.file_name, sorted(parsed.errors + errors, key=lambda e: e.row)
            )
        _report(progress, 0.5, "写入小区")
        with authoring(session) as author:
            work = CompoundImport(session, author)
            for row in parsed.rows:
                code = row.firm_credit_code
                work.add(row, new_firms.get(code) if code is not None else None)
            written = work.write()
            result = ImportResult(
                "compounds",
                read.file_name,
                len(parsed.rows),
                written.tables,
                written.contracts_ended,
                sheet_name=_named_sheet(read),
                skipped=parsed.skipped,
                warnings=parsed.warnings,
            )
            _audit(session, author.installation_id, result)
    _report(progress, 1.0, "完成")
    return Changed(result, Changes(frozenset(spec_for(name).model for name in written.tables)))


def _audit(session: Session, actor_id: str, result: ImportResult) -> None:
    append_event(
        session, actor_id=actor_id, action=f"import.{result.kind}", detail=result.as_dict()
    )
