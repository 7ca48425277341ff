"""Simulated field work depends on the seed and on what the master data is, not on its ids."""

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.paths import DataDir
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.demo.generate import simulate_field_work
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.results_view import quarter_scores
from hexie_desktop.services.master import importing
from hexie_desktop.services.rules.standards import (
    default_policy_document,
    default_service_standard,
    install_policy,
    install_standard,
)
from hexie_desktop.services.store import open_store
from hexie_desktop.services.trust.identity import init_identity
from tests.eval_world import credit_code

Q1 = Quarter(2026, 1)
FIRMS = [[credit_code(n), f"第{n}物业服务有限公司", "", "", "", "否"] for n in range(1, 13)]
COMPOUNDS = [
    [f"小区{n:02d}", "和平区", f"街道{n % 3}", f"社区{n % 5}", f"路{n}号", 100 + 37 * n, "", "否"]
    + [credit_code(1 + n % 12), dt.date(2024, 1, 1).isoformat(), ""]
    for n in range(30)
]
FIRM_HEADER = ["统一社会信用代码", "企业名称", "法定代表人", "联系电话", "地址", "是否国有"]
COMPOUND_HEADER = ["小区名称", "区", "街道", "社区", "地址", "户数", "网格", "三无小区兜底"]
COMPOUND_HEADER += ["物业企业信用代码", "合同开始日期", "合同结束日期"]


def _csv(path: Path, header: list[str], rows: Sequence[Sequence[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def _installation(root: Path, order: list[int]) -> dict[str, float | None]:
    """A fresh installation importing the registers in `order`, then simulating Q1 (seed 5)."""
    root.mkdir()
    store = open_store(DataDir(root))
    try:
        init_identity(store, "clerk", "王文员")
        with store.transaction() as session, authoring(session) as author:
            install_standard(session, default_service_standard(), author)
            install_policy(session, default_policy_document(), author)
        firms = [FIRMS[n % len(FIRMS)] for n in order[: len(FIRMS)]]
        importing.import_firms(store, _csv(root / "firms.csv", FIRM_HEADER, firms))
        compounds = [COMPOUNDS[n] for n in order]
        importing.import_compounds(store, _csv(root / "compounds.csv", COMPOUND_HEADER, compounds))
        simulate_field_work(store, quarter=Q1, sample=0.6, seed=5)
        evaluate_quarter(store, Q1)
        return {f["credit_code"]: f["score"] for f in quarter_scores(store, Q1).as_dict()["firms"]}
    finally:
        store.close()


def test_the_same_seed_gives_the_same_field_work_whatever_the_import_order(
    tmp_path: Path,
) -> None:
    forward = list(range(30))
    results = [
        _installation(tmp_path / "a", forward),
        _installation(tmp_path / "b", forward[::-1]),
        _installation(tmp_path / "c", forward[15:] + forward[:15]),
    ]
    assert results[0] and len(results[0]) > 5
    assert results[1] == results[0]
    assert results[2] == results[0]
