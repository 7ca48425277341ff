"""`hexie evaluate`, `scores`, `lists` and `quarter`: the contract's shapes and exit statuses."""

import datetime as dt
import json

import pytest

from hexie_desktop.cli.main import main
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import Store
from tests.eval_world import World


def _run(data_dir: DataDir, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(data_dir.root), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def district(clerk_store: Store) -> World:
    """Twelve firms scoring 40, 45, … 95; the 45 one also holds a clerk's red card."""
    world = World(clerk_store)
    for i in range(12):
        firm = world.firm()
        world.served(firm, "2026Q1", 0.40 + 0.05 * i, households=100 + i)
        if i == 1:
            world.card(firm, "2026Q1", color="red", deduction=0.0)
    return world


def test_bad_quarter_and_missing_evaluation_exit_2(
    clerk_store: Store, data_dir: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(data_dir, capsys, "evaluate", "--quarter", "2026Q5")
    assert status == 2 and "季度格式不正确" in err and "Traceback" not in err
    status, _, err = _run(data_dir, capsys, "scores", "--quarter", "2026Q1")
    assert status == 2 and "请先运行 hexie evaluate --quarter 2026Q1" in err
    status, _, err = _run(data_dir, capsys, "lists", "--quarter", "2026Q1", "--json")
    assert status == 2 and "请先运行 hexie evaluate" in err


def test_scores_and_lists_json_agree(
    district: World, data_dir: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(data_dir, capsys, "evaluate", "--quarter", "2026Q1")
    assert status == 0, err
    assert "参评企业 12 家" in out and "红榜" in out
    status, out, _ = _run(data_dir, capsys, "evaluate", "--quarter", "2026Q1", "--json")
    summary = json.loads(out)
    assert (summary["firms"], summary["red"], summary["black"]) == (12, 3, 5)

    _, out, _ = _run(data_dir, capsys, "scores", "--quarter", "2026Q1", "--json")
    scores = json.loads(out)
    assert scores["quarter"] == "2026Q1"
    firms = scores["firms"]
    assert [f["rank"] for f in firms] == list(range(1, 13))
    assert [f["score"] for f in firms] == [95 - 5 * i for i in range(12)]
    assert set(firms[0]) >= {"credit_code", "name", "score", "rank", "parts", "compounds_inspected"}
    assert firms[0]["parts"] == {"A": 23.75, "B": 19.0, "C": 38.0, "D": 14.25}

    _, out, _ = _run(data_dir, capsys, "lists", "--quarter", "2026Q1", "--json")
    lists = json.loads(out)
    by_code = {f["credit_code"]: f for f in firms}
    # Red: 95, 90, 85 reach the line of 85. Black: the red-carded 45 first, then 40, 50, 55, 60.
    assert [e["score"] for e in lists["red"]] == [95, 90, 85]
    assert [e["score"] for e in lists["black"]] == [45, 40, 50, 55, 60]
    for entry in lists["red"] + lists["black"]:
        assert entry["score"] == by_code[entry["credit_code"]]["score"]
    assert not {e["credit_code"] for e in lists["red"]} & {e["credit_code"] for e in lists["black"]}
    assert {(c["color"], c["reason"]) for c in lists["cards"]} >= {("red", "违规收费")}
    assert all(set(c) >= {"credit_code", "color", "reason"} for c in lists["cards"])
    # Under 60: 40, 45, 50, 55.
    assert sorted(i["score"] for i in lists["interviews"]) == [40, 45, 50, 55]
    assert all(i["status"] == "pending" for i in lists["interviews"])

    status, out, _ = _run(data_dir, capsys, "lists", "--quarter", "2026Q1")
    assert status == 0 and "黑榜（5 家）" in out and "（红牌）" in out
    status, out, _ = _run(data_dir, capsys, "scores", "--quarter", "2026Q1")
    assert status == 0 and "前 20 名" in out


def test_quarter_finalise_and_reopen_from_the_command_line(
    district: World, data_dir: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    assert district.store is not None
    _run(data_dir, capsys, "evaluate", "--quarter", "2026Q1")
    status, out, _ = _run(data_dir, capsys, "quarter", "finalise", "--quarter", "2026Q1")
    assert status == 0 and "已定稿" in out
    status, _, err = _run(data_dir, capsys, "evaluate", "--quarter", "2026Q1")
    assert status == 2 and "hexie quarter reopen" in err
    status, _, _ = _run(
        data_dir, capsys, "quarter", "reopen", "--quarter", "2026Q1", "--reason", "补录考评表"
    )
    assert status == 0
    status, _, _ = _run(data_dir, capsys, "evaluate", "--quarter", "2026Q1")
    assert status == 0


def test_hot_topics_of_a_week_from_the_command_line(
    clerk_store: Store, data_dir: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    world = World(clerk_store)
    firm, compound = world.firm(), world.compound()
    monday = dt.datetime(2026, 3, 2, 2, tzinfo=dt.UTC)
    for category, hours in (("电梯故障", 0), ("电梯故障", 30), ("噪音扰民", 50), ("环境卫生", 60)):
        world.ticket(firm, compound, monday + dt.timedelta(hours=hours), category=category)

    status, out, err = _run(data_dir, capsys, "hot-topics", "--week", "2026-03-05", "--json")
    assert status == 0, err
    table = json.loads(out)
    assert table["week"] == {"from": "2026-03-02", "to": "2026-03-08"}
    assert table["total"] == 4
    assert [(t["category"], t["count"], t["share"]) for t in table["topics"]] == [
        ("电梯故障", 2, 0.5),
        ("噪音扰民", 1, 0.25),
        ("环境卫生", 1, 0.25),
    ]
    status, out, _ = _run(data_dir, capsys, "hot-topics", "--week", "2026-03-02")
    assert status == 0 and "共 4 件" in out and "电梯故障  2 件  50.0%" in out
    status, out, _ = _run(data_dir, capsys, "hot-topics", "--week", "2026-04-06")
    assert status == 0 and "该周没有投诉工单" in out

    status, _, err = _run(data_dir, capsys, "hot-topics", "--week", "3月5日")
    assert status == 2 and "日期格式不正确" in err and "Traceback" not in err
