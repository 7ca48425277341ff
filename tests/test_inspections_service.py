"""The inspection sheet's use cases, worked through on a small demo district."""

import datetime as dt
import struct
import zlib
from pathlib import Path

import pytest
from sqlmodel import col, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.evaluation.inputs import load_sheets
from hexie_desktop.services.fieldwork import inspections as service
from hexie_desktop.services.fieldwork.sheet_view import SheetView
from hexie_desktop.services.listings.fieldwork import (
    InspectionListing,
    TodayListing,
    today_scopes,
)
from hexie_desktop.services.listings.master import ListingQuery
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import require_identity
from hexie_desktop.storage.audit import first_broken_link
from hexie_desktop.storage.tables import (
    Attachment,
    AuditEvent,
    Compound,
    IndicatorScore,
    Inspection,
    Photo,
    QuarterStatus,
)

TODAY = dt.date(2026, 5, 15)
QUARTER = Quarter(2026, 2)


def png_bytes(colour: int = 0) -> bytes:
    """A valid one-pixel PNG; `colour` varies its content (and so its hash)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(bytes([0, colour % 256, 0, 0]))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture
def district(inspector_store: Store) -> Store:
    generate_demo(inspector_store, DemoOptions(firms=6, compounds=20, quarters=[Quarter(2026, 1)]))
    return inspector_store


def _compound(store: Store, number: int = 0) -> str:
    with store.reading() as session:
        ids = session.exec(select(Compound.id).order_by(col(Compound.name))).all()
    return ids[number]


def _start(store: Store, number: int = 0) -> str:
    return service.start_inspection(store, _compound(store, number), today=TODAY).value.id


def _score_all(store: Store, inspection_id: str, skip: int = 0) -> SheetView:
    view = service.sheet(store, inspection_id)
    for row in view.indicators()[skip:]:
        view = service.set_score(store, inspection_id, row.id, row.max_points - 0.5).value
    return view


def test_start_takes_the_serving_firm_and_the_latest_standard_and_reuses_the_draft(
    district: Store,
) -> None:
    first = service.start_inspection(district, _compound(district), today=TODAY).value
    again = service.start_inspection(district, _compound(district), today=TODAY).value
    assert again.id == first.id
    assert first.status == "draft" and first.quarter == "2026Q2" and first.inspected_on == TODAY
    assert first.inspector_id == require_identity(district).id
    view = service.sheet(district, first.id)
    assert view.header.firm_name and len(view.header.credit_code) == 18
    assert view.header.street and view.header.community and view.header.households > 0
    assert [p.code for p in view.parts] == ["A", "B", "C", "D"]
    assert len(view.unscored) == 28 and view.total is None


def test_scores_deductions_and_the_running_total(district: Store) -> None:
    inspection_id = _start(district)
    view = service.sheet(district, inspection_id)
    a01 = view.parts[0].indicators[0]  # 3 points; A01-2 takes 1 point
    view = service.set_score(
        district, inspection_id, a01.id, None, deductions=[{"code": "A01-2", "count": 2}]
    ).value
    row = view.indicator(a01.id)
    assert row.score == 1.0 and row.deduction_text() == "A01-2×2"
    view = service.set_score(
        district, inspection_id, a01.id, None, deductions=[{"code": "A01-1", "count": 3}]
    ).value
    assert view.indicator(a01.id).score == 0.0  # clamped at zero
    view = service.set_score(district, inspection_id, a01.id, 0.0, note="  合同在物业处  ").value
    assert view.indicator(a01.id).note == "合同在物业处"
    assert view.indicator(a01.id).deductions  # the score they explain keeps them
    view = service.set_score(district, inspection_id, a01.id, 2.5).value
    assert view.indicator(a01.id).score == 2.5 and view.indicator(a01.id).deductions == ()
    assert view.parts[0].points == 2.5 and view.parts[0].scored_max == 3.0
    view = _score_all(district, inspection_id, skip=1)
    assert view.unscored == []
    assert view.total == pytest.approx(2.5 + sum(i.max_points - 0.5 for i in view.indicators()[1:]))
    with pytest.raises(UserError, match="没有扣分项"):
        service.set_score(
            district, inspection_id, a01.id, None, deductions=[{"code": "C01-1", "count": 1}]
        )
    with pytest.raises(UserError, match="负数"):
        service.set_score(district, inspection_id, a01.id, -1.0)


def test_out_of_range_is_kept_in_the_draft_and_submit_refuses_it(district: Store) -> None:
    inspection_id = _start(district)
    view = _score_all(district, inspection_id)
    c04 = next(i for i in view.indicators() if i.code == "C04")
    view = service.set_score(district, inspection_id, c04.id, 50.0).value
    assert view.out_of_range == ["C04"] and view.indicator(c04.id).score == 50.0
    with pytest.raises(UserError, match="C04（50 分，满分 5）"):
        service.submit(district, inspection_id)
    service.set_score(district, inspection_id, c04.id, 5.0)
    assert service.submit(district, inspection_id).value.status == "submitted"


def test_unscored_indicators_within_the_policy_allowance(district: Store) -> None:
    inspection_id = _start(district)
    view = _score_all(district, inspection_id, skip=8)  # part A (25 of 100 points) left empty
    with pytest.raises(UserError, match="75%.*80%.*A01、A02"):
        service.submit(district, inspection_id)
    first = view.parts[0].indicators[0]
    service.set_score(district, inspection_id, first.id, 3.0)  # 78%
    with pytest.raises(UserError, match="A02"):
        service.submit(district, inspection_id)
    for row in view.parts[0].indicators[1:3]:
        view = service.set_score(district, inspection_id, row.id, row.max_points).value
    assert view.unscored and view.total is not None  # 83% scored: counts, scaled
    submitted = service.submit(district, inspection_id).value
    assert submitted.status == "submitted" and submitted.submitted_at is not None
    assert submitted.total == pytest.approx(view.total)


def test_submitted_sheet_is_locked_and_revise_keeps_both(district: Store) -> None:
    inspection_id = _start(district)
    view = _score_all(district, inspection_id)
    indicator = view.indicators()[0]
    photo = tmp_png(district, 1)
    service.attach_photo(district, inspection_id, indicator.id, photo)
    service.submit(district, inspection_id)
    with pytest.raises(UserError, match="已提交的考评表不能直接修改，请新建修订"):
        service.set_score(district, inspection_id, indicator.id, 1.0)
    with pytest.raises(UserError, match="原因"):
        service.revise(district, inspection_id, "  ")
    revision = service.revise(district, inspection_id, "C04 电梯年检已补交").value
    assert revision.revision == 2 and revision.revises_id == inspection_id
    assert revision.status == "draft"
    again = service.start_inspection(district, revision.compound_id, today=TODAY).value
    assert again.id == revision.id  # the revision draft is the draft to continue
    copied = service.sheet(district, revision.id)
    assert [i.score for i in copied.indicators()] == [i.score for i in view.indicators()]
    assert copied.indicator(indicator.id).photos == 1
    service.set_score(district, revision.id, indicator.id, 0.0)
    with pytest.raises(UserError, match="已有第 2 版修订"):
        service.revise(district, inspection_id, "再改一次")
    old = service.sheet(district, inspection_id)
    assert (
        old.status == "submitted"
        and old.indicator(indicator.id).score == indicator.max_points - 0.5
    )
    with district.reading() as session:
        # Until the revision is submitted the original counts; afterwards only the revision.
        assert inspection_id in load_sheets(session, QUARTER).sheets
    service.submit(district, revision.id)
    with district.reading() as session:
        counted = load_sheets(session, QUARTER).sheets
        assert revision.id in counted and inspection_id not in counted
        actions = session.exec(
            select(AuditEvent.action, AuditEvent.row_id).where(
                col(AuditEvent.action).in_(["inspection.submitted", "inspection.revised"])
            )
        ).all()
        assert first_broken_link(session) is None
    assert actions == [
        ("inspection.submitted", inspection_id),
        ("inspection.revised", revision.id),
        ("inspection.submitted", revision.id),
    ]


def test_the_sheet_counts_each_score_as_the_evaluation_sums_it(district: Store) -> None:
    """An over-deducted indicator counts for 0 and a score above the maximum (kept in a draft,
    or brought by a bundle) for the maximum, on the sheet and in the evaluation's SQL alike."""
    inspection_id = _start(district)
    view = _score_all(district, inspection_id)
    a01, a02 = view.indicators()[:2]
    over = [{"code": "A01-1", "count": 3}]
    assert (
        service.set_score(district, inspection_id, a01.id, None, deductions=over)
        .value.indicator(a01.id)
        .score
        == 0.0
    )
    service.submit(district, inspection_id)
    with district.transaction() as session:
        row = session.exec(
            select(IndicatorScore).where(
                IndicatorScore.inspection_id == inspection_id,
                IndicatorScore.indicator_id == a02.id,
            )
        ).one()
        row.score = 9.0
        session.add(row)
    view = service.sheet(district, inspection_id)
    # Part A: 0 of A01's 3, A02 at its maximum 2, the other six at their maximum less 0.5.
    assert view.parts[0].points == pytest.approx(25 - 3 - 6 * 0.5)
    with district.reading() as session:
        tallies = load_sheets(session, QUARTER).tallies[inspection_id]
    assert {code: tally.points for code, tally in tallies.items()} == pytest.approx(
        {part.code: part.points for part in view.parts}
    )


def tmp_png(store: Store, colour: int, name: str = "photo.png") -> Path:
    path = store.data_dir.root.parent / f"{colour}-{name}"
    path.write_bytes(png_bytes(colour))
    return path


def test_photos_are_stored_once_by_hash_and_bad_files_refused(district: Store) -> None:
    inspection_id = _start(district)
    indicator = service.sheet(district, inspection_id).indicators()[3]
    first = service.attach_photo(
        district, inspection_id, indicator.id, tmp_png(district, 7, "a.png")
    ).value
    second = service.attach_photo(
        district, inspection_id, None, tmp_png(district, 7, "b.PNG")
    ).value
    assert first.path == second.path and first.path.read_bytes() == png_bytes(7)
    assert first.path.parent.name == first.path.name[:2]
    with district.reading() as session:
        assert len(session.exec(select(Attachment)).all()) == 1
        assert len(session.exec(select(Photo)).all()) == 2
    assert [p.id for p in service.photos(district, inspection_id, indicator.id)] == [first.id]
    assert service.sheet(district, inspection_id).indicator(indicator.id).photos == 1
    service.remove_photo(district, first.id)
    assert service.photos(district, inspection_id, indicator.id) == []
    assert first.path.exists()  # the general photo still uses the same file
    fake = district.data_dir.root.parent / "setup.jpg"
    fake.write_bytes(b"MZ\x90\x00" + bytes(200))
    with pytest.raises(UserError, match="setup.jpg 不是照片"):
        service.attach_photo(district, inspection_id, indicator.id, fake)
    assert sorted(p.name for p in district.data_dir.attachments.rglob("*") if p.is_file()) == [
        first.path.name
    ]


def test_a_finalised_quarter_is_refused(district: Store) -> None:
    with district.transaction() as session:
        session.add(QuarterStatus(quarter="2026Q2", finalised=True, author_id="bureau", hlc=1))
    with pytest.raises(UserError, match="2026Q2 已定稿"):
        service.start_inspection(district, _compound(district), today=TODAY)


def test_a_draft_survives_closing_the_database(district: Store) -> None:
    inspection_id = _start(district)
    indicator = _score_all(district, inspection_id, skip=27).indicators()[27]
    district.close()
    with district.reading() as session:
        rows = session.exec(
            select(IndicatorScore).where(IndicatorScore.inspection_id == inspection_id)
        ).all()
    assert [(r.indicator_id, r.score) for r in rows] == [(indicator.id, indicator.max_points - 0.5)]


def test_todays_work_leaves_out_what_this_inspector_submitted(district: Store) -> None:
    me = require_identity(district).id
    listing = TodayListing(me, TODAY)
    everything = listing.ids(district, ListingQuery())
    assert len(everything) == 20
    inspection_id = _start(district, 0)
    _score_all(district, inspection_id)
    draft_row = listing.rows(district, [_compound(district, 0)])[_compound(district, 0)]
    assert draft_row[-1] == "draft"
    service.submit(district, inspection_id)
    assert _compound(district, 0) not in listing.ids(district, ListingQuery())
    with_scores = listing.rows(district, listing.ids(district, ListingQuery(sort="last_score")))
    assert any(row[5] is not None and 40 <= row[5] <= 100 for row in with_scores.values())
    streets, firms = today_scopes(district, TODAY)
    listing.set_scope(streets[0].id, None)
    narrowed = listing.rows(district, listing.ids(district, ListingQuery()))
    assert narrowed and {row[1] for row in narrowed.values()} == {streets[0].label}
    listing.set_scope(None, firms[0].id)
    by_firm = listing.rows(district, listing.ids(district, ListingQuery(sort="firm")))
    assert by_firm and {row[3] for row in by_firm.values()} == {firms[0].label}
    mine = InspectionListing(me, TODAY)
    assert mine.ids(district, ListingQuery(sort="inspected_on", descending=True)) == [inspection_id]
    with district.reading() as session:
        assert session.get(Inspection, inspection_id) is not None
