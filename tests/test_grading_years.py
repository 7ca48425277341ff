"""The community year over three years, and closing and reopening a year (CLI and service)."""

import datetime as dt
import json

import pytest
from sqlmodel import select

from hexie_desktop.cli.main import main
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.standard import StandardSpec
from hexie_desktop.paths import DataDir, resources_dir
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.grading.grade import grade_year
from hexie_desktop.services.grading.results_view import grading_results
from hexie_desktop.services.grading.years import finalise_year, reopen_year
from hexie_desktop.services.reporting.community import community_view
from hexie_desktop.services.rules.standards import install_standard, load_standard_file
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import AuditEvent, Community, GradingSheet
from tests.eval_world import World

# Nine steady communities at 95, 92, … 71 and 河畔 moving between them. With ten participants
# the quotas give floor(1) = 1 AAA, floor(4) − 1 = 3 AA and floor(9) − 4 = 5 A.
STEADY = [95.0 - 3 * i for i in range(9)]
RIVERSIDE = {2026: 93.5, 2027: 99.0, 2028: 80.5}  # rank 2 → AA, rank 1 → AAA, rank 6 → A


def _points(spec: StandardSpec, total: float) -> dict[str, float]:
    left, scores = total, {}
    for indicator in spec.indicators():
        scores[indicator.code] = min(indicator.max_points, left)
        left -= scores[indicator.code]
    return scores


def _bureau(store: Store) -> None:
    world = World(store)
    spec = load_standard_file(resources_dir() / "standards" / "community-v1.json")
    with store.transaction() as session, authoring(session) as author:
        standard = install_standard(session, spec, author)
        totals = {f"社区{i}": {y: t for y in RIVERSIDE} for i, t in enumerate(STEADY)}
        totals["河畔社区"] = RIVERSIDE
        for name, by_year in totals.items():
            community = Community(
                street_id=world.community.street_id,
                name=name,
                first_election_on=dt.date(2019, 6, 1),
                **author.stamp(),
            )
            session.add(community)
            session.flush()
            for year, total in by_year.items():
                for source in ("district", "third_party", "street"):
                    session.add(
                        GradingSheet(
                            community_id=community.id,
                            year=year,
                            source=source,
                            standard_id=standard.id,
                            scores=_points(spec, total),
                            **author.stamp(),
                        )
                    )


def _riverside(store: Store, year: int) -> tuple[object, ...]:
    (found,) = (c for c in grading_results(store, year).communities if c.community == "河畔社区")
    return (found.rank, found.grade, found.last_grade, found.change, found.change_label)


def test_a_community_goes_aa_then_aaa_then_a(clerk_store: Store) -> None:
    _bureau(clerk_store)
    for year in RIVERSIDE:
        grade_year(clerk_store, year)
    assert _riverside(clerk_store, 2026) == (2, "AA", None, "new", "新")
    assert _riverside(clerk_store, 2027) == (1, "AAA", "AA", "up", "升")
    assert _riverside(clerk_store, 2028) == (6, "A", "AAA", "down", "降")
    # 社区0 gave way to 河畔 in 2027 (AA) and is back on top (升); 社区1 stays AA (保).
    top, second = grading_results(clerk_store, 2028).communities[:2]
    assert (top.community, top.grade, top.last_grade, top.change_label) == (
        "社区0",
        "AAA",
        "AA",
        "升",
    )
    assert (second.community, second.grade, second.change_label) == ("社区1", "AA", "保")
    report = community_view(clerk_store, 2028, today=dt.date(2029, 1, 5))
    line = next(r for r in report.results if r.community == "河畔社区")
    assert (line.grade, line.last_year, line.change) == ("A", "AAA", "降")
    assert report.provenance.finalised is False


def test_a_finalised_year_refuses_regrading_until_reopened_with_a_reason(
    clerk_store: Store,
) -> None:
    _bureau(clerk_store)
    with pytest.raises(UserError, match="尚未进行和谐社区等级评定"):
        finalise_year(clerk_store, 2026)
    grade_year(clerk_store, 2026)
    finalise_year(clerk_store, 2026)
    assert grading_results(clerk_store, 2026).finalised
    assert community_view(clerk_store, 2026, today=dt.date(2027, 1, 5)).provenance.finalised
    with pytest.raises(UserError, match="hexie grade reopen --year 2026 --reason"):
        grade_year(clerk_store, 2026)
    with pytest.raises(UserError, match="须填写原因"):
        reopen_year(clerk_store, 2026, "  ")
    reopen_year(clerk_store, 2026, "街道复核分数更正")
    assert grade_year(clerk_store, 2026).value.participants == 10
    with clerk_store.reading() as session:
        events = session.exec(
            select(AuditEvent).where(AuditEvent.table_name == "gradingyearstatus")
        ).all()
    assert [e.action for e in events] == ["grading.finalised", "grading.reopened"]
    assert events[1].detail["reason"] == "街道复核分数更正"


def test_hexie_grade_lists_every_community_and_closes_the_year(
    clerk_store: Store, data_dir: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    _bureau(clerk_store)
    root = str(data_dir.root)
    assert main(["--data-dir", root, "grade", "--year", "2026"]) == 0
    assert main(["--data-dir", root, "grade", "--year", "2027", "--json"]) == 0
    out = capsys.readouterr().out
    document = json.loads(out[out.index("{") :])
    riverside = next(c for c in document["communities"] if c["community"] == "河畔社区")
    assert {k: riverside[k] for k in ("score", "grade", "last_grade", "change_label")} == {
        "score": 99.0,
        "grade": "AAA",
        "last_grade": "AA",
        "change_label": "升",
    }
    assert len(document["communities"]) == 11
    assert {"criticised", "disqualified", "recommended"} <= set(riverside)

    assert main(["--data-dir", root, "grade", "finalise", "--year", "2027"]) == 0
    assert "已定稿" in capsys.readouterr().out
    assert main(["--data-dir", root, "grade", "--year", "2027"]) == 2
    assert "hexie grade reopen --year 2027" in capsys.readouterr().err
    assert main(["--data-dir", root, "grade", "reopen", "--year", "2027", "--reason", "复核"]) == 0
    assert main(["--data-dir", root, "grade"]) == 2
    assert "--year" in capsys.readouterr().err
