"""The inspection sheet's use cases: start, score, attach evidence, submit, revise.

Every score is written the moment it is given, each call its own transaction, so a draft survives
a crash or a pulled power cord. Submitting locks the sheet; a correction afterwards is a new
revision that names the one it replaces and why, and the audit trail keeps both.
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.sheet import indicator_score, typed_score
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.standard import DeductionSpec, IndicatorSpec
from hexie_desktop.domain.states import InspectionStatus
from hexie_desktop.services.authoring import Author, authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.evaluation.inputs import load_policy
from hexie_desktop.services.evaluation.quarters import require_open
from hexie_desktop.services.fieldwork.attachments import store_file
from hexie_desktop.services.fieldwork.sheet_view import (
    SheetView,
    build_sheet,
    live_inspection,
    read_sheet_view,
)
from hexie_desktop.services.rules.standards import standard_in_force
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import (
    Attachment,
    Compound,
    Contract,
    Deduction,
    Indicator,
    IndicatorScore,
    Inspection,
    Photo,
    Synced,
)

_SAME_SCORE = 1e-9
SUBMITTED_IS_LOCKED = "已提交的考评表不能直接修改，请新建修订"


@dataclass(frozen=True)
class PhotoView:
    id: str
    indicator_id: str | None
    path: Path
    original_name: str
    caption: str


def _restamp(row: Synced, author: Author) -> None:
    row.hlc = author.clock.tick()
    row.author_id = author.installation_id


def _serving_contract(session: Session, compound_id: str, day: dt.date) -> Contract | None:
    """The contract in force on `day`: the latest one started by then and not yet ended."""
    return session.exec(
        select(Contract)
        .where(
            col(Contract.compound_id) == compound_id,
            col(Contract.deleted).is_(False),
            col(Contract.starts_on) <= day,
            col(Contract.ends_on).is_(None) | (col(Contract.ends_on) >= day),
        )
        .order_by(col(Contract.starts_on).desc())
        .limit(1)
    ).first()


def _my_sheets(
    session: Session, compound_id: str, quarter: Quarter, inspector_id: str, status: str
) -> Inspection | None:
    return session.exec(
        select(Inspection)
        .where(
            col(Inspection.compound_id) == compound_id,
            col(Inspection.quarter) == str(quarter),
            col(Inspection.inspector_id) == inspector_id,
            col(Inspection.status) == status,
            col(Inspection.deleted).is_(False),
        )
        .order_by(col(Inspection.revision).desc())
        .limit(1)
    ).first()


def start_inspection(
    store: Store,
    compound_id: str,
    quarter: Quarter | None = None,
    method: str = "unannounced",
    *,
    today: dt.date | None = None,
) -> Changed[Inspection]:
    """A draft sheet of a compound for this inspector; the draft already begun, if there is one.

    The firm is the one serving the compound on the inspection day, the standard the latest
    service standard. Inspectors and clerks alike may inspect (clerks for third-party checks).
    """
    day = today or bureau_time.today()
    chosen = quarter or Quarter.containing(day)
    if chosen.first_day > day:
        raise UserError(f"{chosen} 尚未开始，不能考评该季度。请选择当前或以前的季度。")
    inspected_on = min(day, chosen.last_day)
    with store.transaction() as session, authoring(session) as author:
        compound = session.get(Compound, compound_id)
        if compound is None or compound.deleted:
            raise UserError("所选小区已不存在（可能已被删除）。请刷新列表后重新选择小区。")
        require_open(session, chosen, "新建考评表")
        draft = _my_sheets(
            session, compound_id, chosen, author.installation_id, InspectionStatus.DRAFT
        )
        if draft is not None:
            return Changed(draft, Changes())
        if _my_sheets(
            session, compound_id, chosen, author.installation_id, InspectionStatus.SUBMITTED
        ):
            raise UserError(
                f"您已提交过小区“{compound.name}” {chosen} 的考评表。如需更正，"
                "请在“考评记录”中打开它，选择“新建修订”并填写原因。"
            )
        contract = _serving_contract(session, compound_id, inspected_on)
        if contract is None:
            raise UserError(
                f"小区“{compound.name}”在 {inspected_on} 没有有效的物业服务合同，无法确定被考评的企业。"
                "请工作人员补录该小区的合同后再考评。"
            )
        standard = standard_in_force(session, "service", str(chosen))
        if standard is None:
            raise UserError("本机还没有物业服务质量评分标准。请先导入工作人员下发的主数据包。")
        inspection = Inspection(
            compound_id=compound_id,
            firm_id=contract.firm_id,
            standard_id=standard.id,
            quarter=str(chosen),
            inspector_id=author.installation_id,
            inspected_on=inspected_on,
            method=method,
            **author.stamp(),
        )
        session.add(inspection)
        session.flush()
        append_event(
            session,
            actor_id=author.installation_id,
            action="inspection.started",
            table_name="inspection",
            row_id=inspection.id,
            detail={"compound": compound.name, "quarter": str(chosen), "method": method},
        )
        return Changed(inspection, Changes.of(Inspection))


def sheet(store: Store, inspection_id: str) -> SheetView:
    with store.reading() as session:
        return read_sheet_view(session, inspection_id)


def _editable(session: Session, inspection_id: str, author: Author) -> Inspection:
    inspection = live_inspection(session, inspection_id)
    if inspection.inspector_id != author.installation_id:
        raise UserError("这份考评表是其他考评员的，只能查看，不能在本机修改。")
    if inspection.status != InspectionStatus.DRAFT:
        raise UserError(SUBMITTED_IS_LOCKED)
    require_open(session, Quarter.parse(inspection.quarter), "修改考评表")
    return inspection


def _indicator_spec(session: Session, indicator: Indicator) -> IndicatorSpec:
    deductions = session.exec(
        select(Deduction).where(
            col(Deduction.indicator_id) == indicator.id, col(Deduction.deleted).is_(False)
        )
    ).all()
    return IndicatorSpec(
        indicator.code,
        indicator.name,
        indicator.max_points,
        tuple(DeductionSpec(d.code, d.description, d.points) for d in deductions),
    )


def _counts(indicator: IndicatorSpec, deductions: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in deductions:
        code, count = item.get("code"), item.get("count", 1)
        if not isinstance(code, str) or isinstance(count, bool) or not isinstance(count, int):
            raise UserError(f"指标 {indicator.code} 的扣分项应写作编号和次数（整数）。")
        counts[code] = counts.get(code, 0) + count
    indicator_score(indicator, counts)  # refuses codes the indicator lacks and negative counts
    return {code: count for code, count in counts.items() if count > 0}


def set_score(
    store: Store,
    inspection_id: str,
    indicator_id: str,
    score: float | None,
    *,
    deductions: Sequence[Mapping[str, Any]] | None = None,
    note: str | None = None,
) -> Changed[SheetView]:
    """Give one indicator its score (None: not scored), committed at once; the sheet as it now is.

    Deductions given without a score set the score to the maximum less their points; a score typed
    that the ticked deductions do not explain clears them. What a typed score may be is the
    domain's rule (`typed_score`: above the maximum is kept and marked out of range, so that
    submitting refuses it; a negative one is refused). `deductions` or `note` left as None stay
    as they were.
    """
    with store.transaction() as session, authoring(session) as author:
        inspection = _editable(session, inspection_id, author)
        indicator = session.get(Indicator, indicator_id)
        if indicator is None or indicator.standard_id != inspection.standard_id:
            raise UserError("该指标不属于这份考评表所用的评分标准。请重新打开考评表。")
        spec = _indicator_spec(session, indicator)
        score = typed_score(spec, score)
        row = session.exec(
            select(IndicatorScore).where(
                col(IndicatorScore.inspection_id) == inspection_id,
                col(IndicatorScore.indicator_id) == indicator_id,
            )
        ).first()
        applied: list[dict[str, Any]] | None = None
        if deductions is None and score is not None and row is not None and row.deductions:
            kept = _counts(spec, row.deductions)
            if abs(indicator_score(spec, kept) - score) > _SAME_SCORE:
                # A typed score the ticked deductions do not explain replaces them.
                deductions = []
        if deductions is not None:
            counts = _counts(spec, deductions)
            applied = [{"code": code, "count": count} for code, count in sorted(counts.items())]
            if score is None:
                score = indicator_score(spec, counts)
        before = (None, [], "") if row is None else (row.score, row.deductions, row.note)
        after = (
            None if score is None else float(score),
            before[1] if applied is None else applied,
            before[2] if note is None else note.strip()[:2000],
        )
        written = after != before or (row is not None and row.deleted)
        if written:
            if row is None:
                row = IndicatorScore(
                    inspection_id=inspection_id, indicator_id=indicator_id, **author.stamp()
                )
            else:
                _restamp(row, author)
            row.score, row.deductions, row.note = after
            row.deleted = False
            session.add(row)
            session.flush()
            append_event(
                session,
                actor_id=author.installation_id,
                action="inspection.scored",
                table_name="indicatorscore",
                row_id=row.id,
                detail={
                    "inspection": inspection_id,
                    "indicator": spec.code,
                    "score": [before[0], after[0]],
                    "deductions": after[1],
                    "note_changed": after[2] != before[2],
                },
            )
        policy, _version = load_policy(session, inspection.quarter)
        view = build_sheet(session, inspection, policy)
        return Changed(view, Changes.of(IndicatorScore) if written else Changes())


def attach_photo(
    store: Store, inspection_id: str, indicator_id: str | None, path: Path
) -> Changed[PhotoView]:
    """Keep an image as evidence of the sheet (of one indicator when given), stored by its hash."""
    with store.reading() as session:
        inspection = live_inspection(session, inspection_id)
        if inspection.status != InspectionStatus.DRAFT:
            raise UserError(SUBMITTED_IS_LOCKED)
    stored = store_file(store.data_dir, path)
    with store.transaction() as session, authoring(session) as author:
        inspection = _editable(session, inspection_id, author)
        indicator = None if indicator_id is None else session.get(Indicator, indicator_id)
        if indicator_id is not None and (
            indicator is None or indicator.standard_id != inspection.standard_id
        ):
            raise UserError("该指标不属于这份考评表所用的评分标准。请重新打开考评表。")
        existing = session.exec(
            select(Attachment).where(col(Attachment.sha256) == stored.sha256)
        ).first()
        if existing is None:
            session.add(
                Attachment(
                    sha256=stored.sha256,
                    size=stored.size,
                    media_type=stored.media_type,
                    original_name=stored.original_name,
                    **author.stamp(),
                )
            )
        elif existing.deleted:
            existing.deleted = False
            _restamp(existing, author)
            session.add(existing)
        photo = Photo(
            inspection_id=inspection_id,
            indicator_id=indicator_id,
            sha256=stored.sha256,
            caption=stored.original_name[:200],
            **author.stamp(),
        )
        session.add(photo)
        session.flush()
        append_event(
            session,
            actor_id=author.installation_id,
            action="inspection.photo_added",
            table_name="photo",
            row_id=photo.id,
            detail={"inspection": inspection_id, "sha256": stored.sha256},
        )
        view = PhotoView(
            photo.id,
            indicator_id,
            store.data_dir.attachment(stored.sha256),
            stored.original_name,
            photo.caption,
        )
        return Changed(view, Changes.of(Photo, Attachment))


def attach_photos(
    store: Store, inspection_id: str, indicator_id: str | None, paths: Sequence[Path]
) -> Changed[list[PhotoView]]:
    """Several images at once, each kept as `attach_photo` keeps one (its own transaction)."""
    added = [attach_photo(store, inspection_id, indicator_id, path) for path in paths]
    changes = Changes()
    for photo in added:
        changes |= photo.changes
    return Changed([photo.value for photo in added], changes)


def remove_photo(store: Store, photo_id: str) -> Changed[None]:
    """Detach a photo from its sheet (a tombstone that travels); the file stays, others may share it."""
    with store.transaction() as session, authoring(session) as author:
        photo = session.get(Photo, photo_id)
        if photo is None or photo.deleted:
            raise UserError("这张照片已被移除。")
        _editable(session, photo.inspection_id, author)
        photo.deleted = True
        _restamp(photo, author)
        session.add(photo)
        session.flush()
        append_event(
            session,
            actor_id=author.installation_id,
            action="inspection.photo_removed",
            table_name="photo",
            row_id=photo.id,
            detail={"inspection": photo.inspection_id, "sha256": photo.sha256},
        )
        return Changed(None, Changes.of(Photo))


def photos(store: Store, inspection_id: str, indicator_id: str | None) -> list[PhotoView]:
    """The photos of one indicator of a sheet (of the sheet as a whole when None), oldest first."""
    with store.reading() as session:
        rows = session.exec(
            select(Photo)
            .where(
                col(Photo.inspection_id) == inspection_id,
                col(Photo.indicator_id).is_(None)
                if indicator_id is None
                else col(Photo.indicator_id) == indicator_id,
                col(Photo.deleted).is_(False),
            )
            .order_by(col(Photo.id))
        ).all()
        names = {
            a.sha256: a.original_name
            for a in session.exec(
                select(Attachment).where(col(Attachment.sha256).in_([p.sha256 for p in rows]))
            )
        }
    return [
        PhotoView(
            p.id,
            p.indicator_id,
            store.data_dir.attachment(p.sha256),
            names.get(p.sha256, ""),
            p.caption,
        )
        for p in rows
    ]


def submit_blocker(view: SheetView) -> str | None:
    """Why the sheet cannot be submitted yet, or None when it can.

    The window asks this of the sheet it shows before asking to confirm, so an inspector hears
    what is wrong first; `submit` asks it again of the stored sheet.
    """
    if view.out_of_range:
        shown = "、".join(
            f"{i.code}（{i.score:g} 分，满分 {i.max_points:g}）"
            for i in view.indicators()
            if i.out_of_range
        )
        return f"以下指标的得分超过满分，请改正后再提交：{shown}。"
    if view.total is not None:
        return None
    unscored = "、".join(view.unscored)
    if view.incomplete_rule == "exclude":
        return f"考评政策要求每项指标都须评分，以下指标尚未评分：{unscored}。"
    return (
        f"已评分的指标只占满分的 {view.scored_fraction:.0%}，考评政策要求至少 "
        f"{view.min_scored_fraction:.0%}。请为以下指标评分后再提交：{unscored}。"
    )


def submit(store: Store, inspection_id: str) -> Changed[SheetView]:
    """Validate and lock the sheet: no score above its maximum, enough of it scored for the policy."""
    with store.transaction() as session, authoring(session) as author:
        inspection = _editable(session, inspection_id, author)
        policy, _version = load_policy(session, inspection.quarter)
        reason = submit_blocker(build_sheet(session, inspection, policy))
        if reason is not None:
            raise UserError(reason)
        inspection.status = InspectionStatus.SUBMITTED
        inspection.submitted_at = dt.datetime.now(dt.UTC)
        _restamp(inspection, author)
        session.add(inspection)
        session.flush()
        view = build_sheet(session, inspection, policy)
        append_event(
            session,
            actor_id=author.installation_id,
            action="inspection.submitted",
            table_name="inspection",
            row_id=inspection.id,
            detail={
                "quarter": inspection.quarter,
                "compound": view.header.name,
                "revision": inspection.revision,
                "total": None if view.total is None else round(view.total, 4),
            },
        )
        return Changed(view, Changes.of(Inspection))


def restore_score(
    store: Store,
    inspection_id: str,
    indicator_id: str,
    score: float | None,
    *,
    deductions: Sequence[Mapping[str, Any]],
    note: str,
) -> Changed[SheetView]:
    """Put an indicator back as it was before an edit (the sheet's undo): its deductions, note
    and score, or not scored at all, which `set_score` says on its own after the rest."""
    done = set_score(
        store, inspection_id, indicator_id, score, deductions=list(deductions), note=note
    )
    if score is not None:
        return done
    cleared = set_score(store, inspection_id, indicator_id, None)
    return Changed(cleared.value, done.changes | cleared.changes)


def discard_draft(store: Store, inspection_id: str) -> Changed[None]:
    """Throw away a draft begun by mistake: a tombstone that travels in the next bundle.

    Only the inspector's own draft can go; a submitted sheet is evidence and stays. Discarding
    a correction's draft leaves the submitted sheet it corrects as the compound's latest.
    """
    with store.transaction() as session, authoring(session) as author:
        inspection = _editable(session, inspection_id, author)
        inspection.deleted = True
        _restamp(inspection, author)
        session.add(inspection)
        session.flush()
        append_event(
            session,
            actor_id=author.installation_id,
            action="inspection.discarded",
            table_name="inspection",
            row_id=inspection.id,
            detail={
                "quarter": inspection.quarter,
                "compound": inspection.compound_id,
                "revision": inspection.revision,
            },
        )
        return Changed(None, Changes.of(Inspection))


def _copy_rows(session: Session, source: Inspection, target: Inspection, author: Author) -> None:
    for score in session.exec(
        select(IndicatorScore).where(
            col(IndicatorScore.inspection_id) == source.id, col(IndicatorScore.deleted).is_(False)
        )
    ).all():
        session.add(
            IndicatorScore(
                inspection_id=target.id,
                indicator_id=score.indicator_id,
                score=score.score,
                deductions=list(score.deductions),
                note=score.note,
                **author.stamp(),
            )
        )
    for photo in session.exec(
        select(Photo).where(col(Photo.inspection_id) == source.id, col(Photo.deleted).is_(False))
    ).all():
        session.add(
            Photo(
                inspection_id=target.id,
                indicator_id=photo.indicator_id,
                sha256=photo.sha256,
                caption=photo.caption,
                **author.stamp(),
            )
        )


def revise(store: Store, inspection_id: str, reason: str) -> Changed[Inspection]:
    """A new draft correcting a submitted sheet, starting from its scores, notes and photos.

    The submitted sheet stays exactly as it was and keeps counting until the revision is
    submitted; the evaluation then counts only the revision.
    """
    clean = reason.strip()
    if not clean:
        raise UserError("新建修订须填写原因，说明要更正什么。")
    with store.transaction() as session, authoring(session) as author:
        source = live_inspection(session, inspection_id)
        if source.inspector_id != author.installation_id:
            raise UserError("这份考评表是其他考评员的，只能由其本人新建修订。")
        if source.status != InspectionStatus.SUBMITTED:
            raise UserError("这份考评表尚未提交，可以直接修改，无需新建修订。")
        require_open(session, Quarter.parse(source.quarter), "新建修订")
        newer = session.exec(
            select(Inspection).where(
                col(Inspection.revises_id) == source.id, col(Inspection.deleted).is_(False)
            )
        ).first()
        if newer is not None:
            raise UserError(
                f"这份考评表已有第 {newer.revision} 版修订，请在“考评记录”中打开最新的一版。"
            )
        revision = Inspection(
            compound_id=source.compound_id,
            firm_id=source.firm_id,
            standard_id=source.standard_id,
            quarter=source.quarter,
            inspector_id=source.inspector_id,
            inspected_on=source.inspected_on,
            method=source.method,
            revision=source.revision + 1,
            revises_id=source.id,
            revision_reason=clean[:500],
            note=source.note,
            **author.stamp(),
        )
        session.add(revision)
        session.flush()
        _copy_rows(session, source, revision, author)
        session.flush()
        append_event(
            session,
            actor_id=author.installation_id,
            action="inspection.revised",
            table_name="inspection",
            row_id=revision.id,
            detail={"revises": source.id, "revision": revision.revision, "reason": clean},
        )
        return Changed(revision, Changes.of(Inspection, IndicatorScore, Photo))
