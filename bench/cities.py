"""The demo cities the benchmarks run on: one quarter, and five years, built once and kept.

A bureau keeps five years and more, and `../shared/DESIGN.md`'s city writes about 2.4 million
indicator scores a year, so every figure is taken on both databases: one quarter (2026Q1) and
twenty quarters (2022Q1 to 2026Q4, about ten million scores). Building the five-year city takes
minutes, so each city is kept under `HEXIE_BENCH_CACHE` (default `~/.cache/hexie-bench`), named by
its size and seed (a later schema upgrades it when it is opened, as a bureau's would); a half-built one (no `complete` marker) is built again.
When a city is built, its build time, file size, backup time and `db check` time are printed.

A bureau five years in has evaluated and finalised every quarter but the current one, so the
five-year city is settled that way once built: each quarter evaluated in order, all but the last
finalised. That is what keeps old quarters out of the hot paths, and what the figures must show.
"""

import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.paths import DataDir
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.quarters import finalise_quarter
from hexie_desktop.services.maintenance import backup_database, check_database
from hexie_desktop.services.rules.policies import (
    POLICY,
    create_policy_version,
    list_versions,
    policy_document,
)
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity

CACHE = Path(os.environ.get("HEXIE_BENCH_CACHE", Path.home() / ".cache" / "hexie-bench"))
FIVE_YEAR_QUARTERS = [Quarter(year, q) for year in range(2022, 2027) for q in range(1, 5)]


@dataclass(frozen=True)
class City:
    label: str
    quarters: tuple[Quarter, ...]
    firms: int = 3000
    compounds: int = 20000
    seed: int = 1

    @property
    def last_quarter(self) -> Quarter:
        return self.quarters[-1]

    def folder(self, role: str) -> Path:
        name = f"{self.label}-{role}-{self.firms}x{self.compounds}-s{self.seed}"
        return CACHE / name


ONE_QUARTER = City("one-quarter", (Quarter(2026, 1),))
FIVE_YEARS = City("five-years", tuple(FIVE_YEAR_QUARTERS))
CITIES = {"one": (ONE_QUARTER,), "five": (FIVE_YEARS,), "both": (ONE_QUARTER, FIVE_YEARS)}


def scaled(city: City, firms: int, compounds: int) -> City:
    return City(city.label, city.quarters, firms, compounds, city.seed)


def built(city: City, role: str = "clerk") -> DataDir:
    """The city's data folder for `role`, built and settled first if it is not kept yet."""
    folder = city.folder(role)
    if not (folder / "complete").exists():
        _build(city, role, folder)
    if role == "clerk" and not (folder / "settled").exists():
        _settle(city, DataDir(folder))
    return DataDir(folder)


def _settle(city: City, data_dir: DataDir) -> None:
    started = time.perf_counter()
    store = open_store(data_dir)
    try:
        _policy_from(store, city.quarters[0])
        for quarter in city.quarters:
            evaluate_quarter(store, quarter)
            if quarter != city.last_quarter:
                finalise_quarter(store, quarter)
    finally:
        store.close()
    print(
        f"{city.label} city settled: {len(city.quarters)} quarters evaluated, "
        f"{len(city.quarters) - 1} finalised, {time.perf_counter() - started:.0f} s"
    )
    (data_dir.root / "settled").write_text("settled\n", encoding="utf-8")


def _policy_from(store: Store, first: Quarter) -> None:
    """A city built before the demo installed its rules from its first quarter gets them so,
    as the clerk would: the policy in force as a new version from that quarter."""
    versions = list_versions(store)
    policies = [v for v in versions if v.kind == POLICY]
    if policies and min(v.effective_from for v in policies) > str(first):
        body = policy_document(store, max(v.version for v in policies))
        create_policy_version(store, body, str(first), f"自 {first} 起适用")


def _build(city: City, role: str, folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    data_dir = DataDir(folder)
    store = open_store(data_dir)
    try:
        init_identity(store, role, "基准测试")
        started = time.perf_counter()
        options = DemoOptions(
            firms=city.firms, compounds=city.compounds, quarters=list(city.quarters), seed=city.seed
        )
        summary = generate_demo(store, options).value
        build = time.perf_counter() - started
        with tempfile.TemporaryDirectory(prefix="hexie-bench-backup-", dir=CACHE) as scratch:
            started = time.perf_counter()
            backup_database(store, Path(scratch) / "copy.sqlite3")
            backup = time.perf_counter() - started
        started = time.perf_counter()
        report = check_database(store)
        check = time.perf_counter() - started
    finally:
        store.close()
    size = data_dir.database.stat().st_size / 1024**2
    scores = summary.counts.get("indicatorscore", 0)
    print(
        f"{city.label} city built ({role}): {len(city.quarters)} quarters, {scores:,} scores, "
        f"{build:.0f} s; file {size:,.0f} MB; backup {backup:.1f} s; db check {check:.1f} s "
        f"({'healthy' if report.healthy else 'NOT healthy'})"
    )
    (folder / "complete").write_text("built\n", encoding="utf-8")
