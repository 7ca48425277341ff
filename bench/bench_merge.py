"""Merge throughput: 200 inspector bundles holding 600,000 indicator scores, against bare sqlite3.

Run: .venv/bin/python bench/bench_merge.py [--bundles 200] [--scores 600000] [--plain]
                                         [--scale one|five|both]
                                         [--suite ed25519-x25519-chacha20poly1305|sm2-sm3-sm4gcm]

Both sides write the same rows into copies of the same clerk database, with the application's
connection settings (WAL, synchronous=FULL, foreign keys on) and one transaction per bundle. The
bare side is given the rows already parsed in memory and only runs executemany upserts; the merge
side reads the bundle files, verifies everything (zip, names, limits, signature, hashes, strict
JSON, every record against its table, references) and merges. Each merge runs in a child process
so its peak memory (VmHWM) is its own. The bundles are sealed to the clerk, as inspectors send
them under the shipped policy (decrypted before the checks); `--plain` writes them unsealed.

With `--scale`, the bundles carry work of the last quarter of the kept demo cities of
`bench/cities.py` (their compounds, firms and standard) and both sides write into one working
copy of each city's database (the bare side first, with rows of the same shape but other ids),
so the five-year figures are printed beside the one-quarter ones. The merge's time includes the
verified safety backup it takes before writing; its share is printed apart.
`--suite sm2-sm3-sm4gcm` signs and seals them in the 国密 suite (SM2, SM4-GCM) instead.
"""

import argparse
import datetime as dt
import json
import math
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

import orjson
from cities import CACHE, CITIES, City, built
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from hexie_desktop.domain.clock import pack  # noqa: E402
from hexie_desktop.domain.ids import uuid7  # noqa: E402
from hexie_desktop.domain.quarters import Quarter  # noqa: E402
from hexie_desktop.paths import DataDir  # noqa: E402
from hexie_desktop.services.authoring import authoring  # noqa: E402
from hexie_desktop.services.bundles import exchange  # noqa: E402
from hexie_desktop.services.bundles.exchange import merge_bundles  # noqa: E402
from hexie_desktop.services.rules.standards import default_service_standard, install_standard  # noqa: E402
from hexie_desktop.services.store import Store, open_store  # noqa: E402
from hexie_desktop.services.trust.identity import (  # noqa: E402
    init_identity,
    installation_row,
    load_suite_key,
    own_fingerprint,
)
from hexie_desktop.services.trust.keys import enrol_key  # noqa: E402
from hexie_desktop.storage.tables import (  # noqa: E402
    Community,
    Compound,
    Contract,
    District,
    Firm,
    Indicator,
    Street,
)
from hexie_desktop.sync import gm  # noqa: E402
from hexie_desktop.sync.manifest import BundleAuthor  # noqa: E402
from hexie_desktop.sync.sealing import Recipient, encryption_public_hex  # noqa: E402
from hexie_desktop.sync.signing import fingerprint_of, public_bytes  # noqa: E402
from hexie_desktop.sync.suites import CLASSIC, SUITES, SigningKey  # noqa: E402
from hexie_desktop.sync.writer import BundleHeader, write_bundle  # noqa: E402

INSPECTORS = 20
TABLES = ("inspection", "indicatorscore")
MASTER_COMPOUNDS = 400
BUNDLED_QUARTER = Quarter(2026, 3)
CITY_SERVED = """
SELECT compound_id, firm_id FROM contract
WHERE deleted = 0 AND starts_on <= :day AND (ends_on IS NULL OR ends_on >= :day)
GROUP BY compound_id ORDER BY compound_id LIMIT :n
"""
CITY_STANDARD = "SELECT standard_id FROM inspection WHERE quarter = ? LIMIT 1"
CITY_INDICATORS = "SELECT id FROM indicator WHERE standard_id = ? AND deleted = 0 ORDER BY code"
Master = tuple[list[str], list[str], str, list[str]]


def _clerk(folder: Path) -> Master:
    store = open_store(DataDir(folder))
    init_identity(store, "clerk", "基准文员")
    with store.transaction() as session, authoring(session) as author:
        district = District(code="110101", name="东城区", **author.stamp())
        session.add(district)
        session.flush()
        street = Street(district_id=district.id, name="街道", **author.stamp())
        session.add(street)
        session.flush()
        community = Community(street_id=street.id, name="社区", **author.stamp())
        session.add(community)
        session.flush()
        firms = [
            Firm(credit_code=f"9111000010000{i:04d}X", name=f"企业{i}", **author.stamp())
            for i in range(20)
        ]
        compounds = [
            Compound(community_id=community.id, name=f"小区{i}", households=200, **author.stamp())
            for i in range(400)
        ]
        session.add_all([*firms, *compounds])
        session.flush()
        session.add_all(
            Contract(
                firm_id=firms[i % len(firms)].id,
                compound_id=c.id,
                starts_on=dt.date(2025, 1, 1),
                **author.stamp(),
            )
            for i, c in enumerate(compounds)
        )
        standard = install_standard(session, default_service_standard(), author)
        indicators = list(
            session.exec(select(Indicator.id).where(Indicator.standard_id == standard.id)).all()
        )
        result = [c.id for c in compounds], [f.id for f in firms], standard.id, indicators
    store.close()
    return result


def _bureau(folder: Path, suite: str = CLASSIC) -> Recipient:
    """The clerk's key of `suite` as an inspector knows it from the master bundle it pinned."""
    store = open_store(DataDir(folder))
    with store.reading() as session:
        row = installation_row(session)
        assert row is not None
        me, fingerprint = row.id, own_fingerprint(row, suite)
    recipient = Recipient(fingerprint, encryption_public_hex(load_suite_key(store, me, suite)))
    store.close()
    return recipient


def _inspectors(
    folder: Path, clerk_dir: Path, suite: str = CLASSIC
) -> list[tuple[BundleAuthor, SigningKey]]:
    """Inspectors enrolled from key cards (both keys on each), signing in `suite`."""
    store = open_store(DataDir(clerk_dir))
    people = []
    for number in range(INSPECTORS):
        classic, national = Ed25519PrivateKey.generate(), gm.generate()
        public, sm2_public = public_bytes(classic), public_bytes(national)
        installation = uuid7()
        card = folder / f"{number}.json"
        card.write_bytes(
            orjson.dumps(
                {
                    "format": "hexie-key-card",
                    "version": 1,
                    "name": f"考评员{number}",
                    "role": "inspector",
                    "installation_id": installation,
                    "public_key": public.hex(),
                    "fingerprint": fingerprint_of(public),
                    "sm2_public_key": sm2_public.hex(),
                    "sm2_fingerprint": fingerprint_of(sm2_public),
                    "sm2_encryption_key": encryption_public_hex(national),
                }
            )
        )
        enrol_key(store, card)
        key: SigningKey = classic if suite == CLASSIC else national
        signing = public_bytes(key)
        author = BundleAuthor(
            installation, f"考评员{number}", "inspector", fingerprint_of(signing), signing.hex()
        )
        people.append((author, key))
    store.close()
    return people


def _city_master(folder: Path, quarter: Quarter) -> Master:
    """The first compounds of a city with the firm serving each in `quarter`, and its standard.

    The firms are listed beside their compounds, so `firms[place]` is the one serving
    `compounds[place]`, as `_bundles` picks them.
    """
    conn = sqlite3.connect(DataDir(folder).database)
    try:
        day = str(quarter.first_day + dt.timedelta(days=33))
        served = conn.execute(CITY_SERVED, {"day": day, "n": MASTER_COMPOUNDS}).fetchall()
        (standard,) = conn.execute(CITY_STANDARD, (str(quarter),)).fetchone()
        indicators = [row[0] for row in conn.execute(CITY_INDICATORS, (standard,))]
    finally:
        conn.close()
    return [c for c, _f in served], [f for _c, f in served], standard, indicators


def _bundles(
    out: Path,
    master: Master,
    people: list[tuple[BundleAuthor, SigningKey]],
    count: int,
    scores: int,
    *,
    seal_to: list[Recipient],
    quarter: Quarter = BUNDLED_QUARTER,
) -> list[Path]:
    compounds, firms, standard, indicators = master
    per_bundle = scores // count
    inspections_per = math.ceil(per_bundle / len(indicators))
    base_day = quarter.first_day + dt.timedelta(days=31)
    base_ms = int(dt.datetime(*base_day.timetuple()[:3], tzinfo=dt.UTC).timestamp() * 1000)
    inspected_on = str(base_day + dt.timedelta(days=2))
    paths = []
    for number in range(count):
        author, key = people[number % len(people)]
        seq = number // len(people) + 1
        tick = base_ms + number * 10_000
        inspections: list[dict[str, Any]] = []
        score_rows: list[dict[str, Any]] = []
        for k in range(inspections_per):
            inspection_id = uuid7()
            place = (number * inspections_per + k) % len(compounds)
            inspections.append(
                {
                    "id": inspection_id,
                    "author_id": author.installation_id,
                    "hlc": pack(tick + k, 0),
                    "deleted": False,
                    "compound_id": compounds[place],
                    "firm_id": firms[place % len(firms)],
                    "standard_id": standard,
                    "quarter": str(quarter),
                    "inspector_id": author.installation_id,
                    "inspected_on": inspected_on,
                    "method": "unannounced",
                    "status": "submitted",
                    "revision": 1,
                    "revises_id": None,
                    "revision_reason": "",
                    "submitted_at": f"{inspected_on}T08:00:00+00:00",
                    "note": "",
                }
            )
            for j, indicator in enumerate(indicators):
                if len(score_rows) == per_bundle:
                    break
                score_rows.append(
                    {
                        "id": uuid7(),
                        "author_id": author.installation_id,
                        "hlc": pack(tick + k, j + 1),
                        "deleted": False,
                        "inspection_id": inspection_id,
                        "indicator_id": indicator,
                        "score": 2.5,
                        "deductions": [{"code": "X1", "points": 0.5}] if j % 3 == 0 else [],
                        "note": "",
                    }
                )
        header = BundleHeader(
            uuid7(), seq, None, "inspector", author, dt.datetime.now(dt.UTC).isoformat()
        )
        path = out / f"{number:03d}.hexie"
        write_bundle(
            path,
            header,
            [("inspection", inspections), ("indicatorscore", score_rows)],
            [],
            key,
            seal_to=seal_to,
            spool_in=out.parent / "spool",
        )
        paths.append(path)
    return paths


def _bare_rows(paths: list[Path]) -> list[dict[str, list[tuple[Any, ...]]]]:
    """The rows of each bundle, parsed in memory (from the plain spool copies when sealed)."""
    per_bundle = []
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            tables = {}
            for table in TABLES:
                records = [
                    orjson.loads(line)
                    for line in archive.read(f"records/{table}.jsonl").splitlines()
                ]
                tables[table] = [
                    tuple(
                        orjson.dumps(v).decode() if isinstance(v, list) else v for v in r.values()
                    )
                    for r in records
                ]
                tables[table + ":columns"] = [tuple(records[0])]
            per_bundle.append(tables)
    return per_bundle


def _bare(
    database: Path, per_bundle: list[dict[str, list[tuple[Any, ...]]]]
) -> tuple[float, float]:
    """Wall and CPU seconds of the bare upserts."""
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    start, cpu_start = time.perf_counter(), time.process_time()
    for tables in per_bundle:
        conn.execute("BEGIN")
        for table in TABLES:
            columns = tables[table + ":columns"][0]
            sql = (
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
                f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in columns if c != 'id')}"
            )
            conn.executemany(sql, tables[table])
        conn.execute("COMMIT")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    conn.close()
    return elapsed, cpu


def _peak_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _child(data: Path, bundles: Path) -> None:
    store = open_store(DataDir(data))
    backup_seconds = [0.0]
    take_backup = exchange.safety_backup

    def timed_backup(store: Store, reason: str) -> Path | None:
        started = time.perf_counter()
        try:
            return take_backup(store, reason)
        finally:
            backup_seconds[0] += time.perf_counter() - started

    exchange.safety_backup = timed_backup
    start, cpu_start = time.perf_counter(), time.process_time()
    results = merge_bundles(store, [bundles]).value
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    store.close()
    statuses: dict[str, int] = {}
    for result in results:
        statuses[result.status] = statuses.get(result.status, 0) + 1
    print(
        json.dumps(
            {
                "seconds": elapsed,
                "cpu_seconds": cpu,
                "backup_seconds": backup_seconds[0],
                "peak_kib": _peak_kib(),
                "statuses": statuses,
            }
        )
    )


def _merge_in_child(data: Path, bundles: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(data), str(bundles)],
        capture_output=True,
        text=True,
        check=True,
    )
    parsed: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return parsed


def _print_runs(
    rows: int, runs: tuple[tuple[str, tuple[float, float], dict[str, Any]], ...], label: str = ""
) -> None:
    """Prints each run's rates beside the bare upsert's."""
    for name, (bare, bare_cpu), merged in runs:
        bare_rate, merge_rate = rows / bare, rows / merged["seconds"]
        print(
            f"{label}{name:12}: bare upsert {bare_rate:9,.0f} rows/s | hexie merge {merge_rate:9,.0f} rows/s "
            f"| ratio {merge_rate / bare_rate:5.2f} | CPU {merged['cpu_seconds']:5.1f} s "
            f"(bare {bare_cpu:4.1f} s) | safety backup {merged['backup_seconds']:5.1f} s "
            f"of {merged['seconds']:5.1f} s | merge peak memory {merged['peak_kib'] / 1024:6.1f} MB "
            f"| {merged['statuses']}"
        )


KEPT_IN_COPY = ("hexie.sqlite3", "keys", "attachments", "audit-checkpoints.jsonl")


def _working_copy(city: City, target: Path) -> Path:
    """The city's data folder without its backups and logs: what a merge reads and writes."""
    source = built(city).root
    target.mkdir()
    for name in KEPT_IN_COPY:
        if (source / name).is_dir():
            shutil.copytree(source / name, target / name)
        elif (source / name).exists():
            shutil.copy2(source / name, target / name)
    return target


def _city_run(city: City, args: argparse.Namespace) -> dict[str, Any]:
    """The fresh merge's figures on a working copy of `city`."""
    quarter = city.last_quarter
    with tempfile.TemporaryDirectory(prefix="hexie-bench-merge-", dir=CACHE) as folder:
        root = Path(folder)
        started = time.perf_counter()
        data = _working_copy(city, root / "city")
        print(f"{city.label}: working copy in {time.perf_counter() - started:.0f} s", flush=True)
        master = _city_master(data, quarter)
        people = _inspectors(root, data, args.suite)
        seal_to = [] if args.plain else [_bureau(data, args.suite)]
        outbox, plain = root / "bundles", root / "plain"
        outbox.mkdir()
        plain.mkdir()
        _bundles(
            outbox, master, people, args.bundles, args.scores, seal_to=seal_to, quarter=quarter
        )
        bare_paths = _bundles(
            plain, master, people, args.bundles, args.scores, seal_to=[], quarter=quarter
        )
        per_bundle = _bare_rows(bare_paths)
        rows = sum(len(t[name]) for t in per_bundle for name in TABLES)
        bare_fresh = _bare(DataDir(data).database, per_bundle)
        bare_again = _bare(DataDir(data).database, per_bundle)
        del per_bundle
        fresh = _merge_in_child(data, outbox)
        again = _merge_in_child(data, outbox)
    print(f"{city.label}, {quarter}: {rows} rows per run in {args.bundles} bundles")
    _print_runs(
        rows,
        (("fresh merge", bare_fresh, fresh), ("re-merge", bare_again, again)),
        f"{city.label} ",
    )
    return fresh


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundles", type=int, default=200)
    parser.add_argument("--scores", type=int, default=600_000)
    parser.add_argument("--child", nargs=2, type=Path)
    parser.add_argument("--plain", action="store_true", help="write the bundles unsealed")
    parser.add_argument("--scale", choices=sorted(CITIES), default=None)
    parser.add_argument("--suite", choices=sorted(SUITES), default=CLASSIC)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    if args.scale is not None:
        figures = [_city_run(city, args) for city in CITIES[args.scale]]
        if len(figures) == 2:
            one, five = figures
            print(
                "fresh merge, five years / one quarter: "
                f"wall {five['seconds'] / one['seconds']:.2f}x, "
                f"CPU {five['cpu_seconds'] / one['cpu_seconds']:.2f}x, safety backup "
                f"{five['backup_seconds'] / one['backup_seconds']:.1f}x, wall without it "
                f"{(five['seconds'] - five['backup_seconds']) / (one['seconds'] - one['backup_seconds']):.2f}x"
            )
        return
    with tempfile.TemporaryDirectory(prefix="hexie-bench-") as folder:
        root = Path(folder)
        template = root / "template"
        master = _clerk(template)
        people = _inspectors(root, template, args.suite)
        outbox = root / "bundles"
        outbox.mkdir()
        print(f"writing {args.bundles} bundles with {args.scores} indicator scores…", flush=True)
        seal_to = [] if args.plain else [_bureau(template, args.suite)]
        paths = _bundles(outbox, master, people, args.bundles, args.scores, seal_to=seal_to)
        plain_copies = root / "plain"
        plain_copies.mkdir()
        if seal_to:
            paths_for_bare = _bundles(
                plain_copies, master, people, args.bundles, args.scores, seal_to=[]
            )
        else:
            paths_for_bare = paths
        # The bare side is given rows of the same shape and number, parsed in memory.
        per_bundle = _bare_rows(paths_for_bare)
        rows = sum(len(t[name]) for t in per_bundle for name in TABLES)
        for name in ("bare", "merge"):
            shutil.copytree(template, root / name)
        bare_fresh = _bare(root / "bare" / "hexie.sqlite3", per_bundle)
        bare_again = _bare(root / "bare" / "hexie.sqlite3", per_bundle)
        del per_bundle
        fresh = _merge_in_child(root / "merge", outbox)
        again = _merge_in_child(root / "merge", outbox)
        print(
            f"suite: {args.suite}; bundles: {'plain' if args.plain else 'sealed to the clerk'}; rows per run: {rows} ({args.scores} indicator scores + inspections) in {args.bundles} bundles"
        )
        _print_runs(rows, (("fresh merge", bare_fresh, fresh), ("re-merge", bare_again, again)))


if __name__ == "__main__":
    main()
