"""Yearly community grading over a real database: 20 communities give 2 AAA, 6 AA and 10 A."""

import datetime as dt
import json

import pytest
from sqlmodel import col, select

from hexie_desktop.cli.main import main
from hexie_desktop.domain.standard import StandardSpec
from hexie_desktop.paths import DataDir, resources_dir
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.grading.grade import grade_year
from hexie_desktop.services.rules.standards import install_standard, load_standard_file
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import (
    Community,
    CommunityGradeRecord,
    CommunityIncident,
    GradingSheet,
)
from tests.eval_world import World


def _community_standard() -> StandardSpec:
    return load_standard_file(resources_dir() / "standards" / "community-v1.json")


def test_community_standard_shape() -> None:
    spec = _community_standard()
    assert [p.name for p in spec.parts] == ["党建引领", "多元共建", "共享文明"]
    assert len(spec.indicators()) == 90
    assert len({i.aspect for i in spec.indicators()}) == 15
    assert sum(i.max_points for i in spec.indicators()) == 100


def _points(spec: StandardSpec, total: float) -> dict[str, float]:
    """Indicator scores adding up to `total`: full marks in order until the total is reached."""
    left, scores = total, {}
    for indicator in spec.indicators():
        scores[indicator.code] = min(indicator.max_points, left)
        left -= scores[indicator.code]
    return scores


def test_grading_by_quota_with_incident_and_yearly_change(clerk_store: Store) -> None:
    world = World(clerk_store)
    spec = _community_standard()
    with clerk_store.transaction() as session, authoring(session) as author:
        standard = install_standard(session, spec, author)
        street_id = world.community.street_id
        ids = []
        for i in range(22):
            community = Community(
                street_id=street_id,
                name=f"社区{i:02d}",
                first_election_on=dt.date(2026 if i == 21 else 2019, 6, 1),
                **author.stamp(),
            )
            session.add(community)
            session.flush()
            ids.append(community.id)
            for source, offset in (("district", 0.0), ("third_party", -2.0), ("street", 1.0)):
                session.add(
                    GradingSheet(
                        community_id=community.id,
                        year=2026,
                        source=source,
                        standard_id=standard.id,
                        scores=_points(spec, 99 - i + offset),
                        **author.stamp(),
                    )
                )
        session.add(
            CommunityIncident(
                community_id=ids[20],
                year=2026,
                occurred_on=dt.date(2026, 7, 1),
                description="高空坠物致人重伤",
                serious=True,
                **author.stamp(),
            )
        )
    summary = grade_year(clerk_store, 2026).value
    # 23 communities: the fixture's own has no sheet, the one elected in 2026 is not yet
    # eligible, the one with a serious incident is disqualified; 20 take part. Combined: 99 − i + 0.3 × (−2) + 0.2 × 1 = 98.6 − i.
    assert (summary.communities, summary.participants) == (23, 20)
    assert summary.grades == {"A": 10, "AA": 6, "AAA": 2}
    assert (summary.disqualified, summary.recommended, summary.criticised) == (1, 8, 0)
    with clerk_store.reading() as session:
        rows = {
            r.community_id: r
            for r in session.exec(
                select(CommunityGradeRecord).where(CommunityGradeRecord.year == 2026)
            )
        }
    top_score = rows[ids[0]].score
    assert top_score is not None and abs(top_score - 98.6) < 1e-9
    assert rows[ids[0]].grade == "AAA" and rows[ids[0]].change == "new"
    assert rows[ids[20]].disqualified and rows[ids[20]].grade is None
    assert not rows[ids[21]].eligible

    with clerk_store.transaction() as session, authoring(session) as author:
        sheets = session.exec(
            select(GradingSheet).where(col(GradingSheet.community_id).in_(ids[:2]))
        ).all()
        for sheet in sheets:
            session.add(
                GradingSheet(
                    community_id=sheet.community_id,
                    year=2027,
                    source=sheet.source,
                    standard_id=sheet.standard_id,
                    scores=_points(spec, 90 if sheet.community_id == ids[0] else 60),
                    **author.stamp(),
                )
            )
    grade_year(clerk_store, 2027)
    with clerk_store.reading() as session:
        later = {
            r.community_id: r
            for r in session.exec(
                select(CommunityGradeRecord).where(CommunityGradeRecord.year == 2027)
            )
        }
    # Two participants: floor(0.2) = 0 AAA, floor(0.8) = 0 AA, floor(1.8) = 1 A.
    assert (later[ids[0]].grade, later[ids[0]].change) == ("A", "down")
    assert (later[ids[1]].grade, later[ids[1]].criticised) == (None, True)
    assert later[ids[2]].change is None and later[ids[2]].rank is None


def test_hexie_grade_runs_the_same_grading_from_the_command_line(
    clerk_store: Store, data_dir: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    world = World(clerk_store)
    spec = _community_standard()
    with clerk_store.transaction() as session, authoring(session) as author:
        standard = install_standard(session, spec, author)
        for i, total in enumerate((95, 90, 85)):
            community = Community(
                street_id=world.community.street_id,
                name=f"命令行社区{i}",
                first_election_on=dt.date(2019, 6, 1),
                **author.stamp(),
            )
            session.add(community)
            session.flush()
            for source in ("district", "third_party", "street"):
                session.add(
                    GradingSheet(
                        community_id=community.id,
                        year=2026,
                        source=source,
                        standard_id=standard.id,
                        scores=_points(spec, total),
                        **author.stamp(),
                    )
                )
    root = str(data_dir.root)
    assert main(["--data-dir", root, "grade", "--year", "2026", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    # Three participants: floor(0.3) = 0 AAA, floor(1.2) = 1 AA, floor(2.7) − 1 = 1 A.
    assert (summary["year"], summary["participants"]) == (2026, 3)
    assert summary["grades"] == {"AA": 1, "A": 1}

    assert main(["--data-dir", root, "grade", "--year", "2031"]) == 2
    assert "2031 年还没有任何社区评分表" in capsys.readouterr().err
