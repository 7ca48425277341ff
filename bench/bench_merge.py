"""Merge throughput: 200 inspector bundles holding 600,000 indicator scores, against bare sqlite3.

Run: .venv/bin/python bench/bench_merge.py [--bundles 200] [--scores 600000] [--plain]
        [--suite ed25519-x25519-chacha20poly1305|sm2-sm3-sm4gcm]

Both sides write the same rows into copies of the same clerk database, with the application's
connection settings (WAL, synchronous=FULL, foreign keys on) and one transaction per bundle. The
bare side is given the rows already parsed in memory and only runs executemany upserts; the merge
side reads the bundle files, verifies everything (zip, names, limits, signature, hashes, strict
JSON, every record against its table, references) and merges. Each merge runs in a child process
so its peak memory (VmHWM) is its own. The bundles are sealed to the clerk, as inspectors send
them under the shipped policy (decrypted before the checks); `--plain` writes them unsealed.
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
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hexie_desktop.domain.clock import pack  # noqa: E402
from hexie_desktop.domain.ids import uuid7  # noqa: E402
from hexie_desktop.paths import DataDir  # noqa: E402
from hexie_desktop.services.authoring import authoring  # noqa: E402
from hexie_desktop.services.bundles.exchange import merge_bundles  # noqa: E402
from hexie_desktop.services.rules.standards import default_service_standard, install_standard  # noqa: E402
from hexie_desktop.services.store import open_store  # noqa: E402
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


def _clerk(folder: Path) -> tuple[list[str], list[str], str, list[str]]:
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


def _bureau(folder: Path, suite: str) -> Recipient:
    """The clerk's key of `suite` as an inspector knows it from the master bundle it pinned."""
    store = open_store(DataDir(folder))
    with store.reading() as session:
        row = installation_row(session)
        assert row is not None
        me, fingerprint = row.id, own_fingerprint(row, suite)
    recipient = Recipient(fingerprint, encryption_public_hex(load_suite_key(store, me, suite)))
    store.close()
    return recipient


def _inspectors(folder: Path, clerk_dir: Path, suite: str) -> list[tuple[BundleAuthor, SigningKey]]:
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


def _bundles(
    out: Path,
    master: tuple[list[str], list[str], str, list[str]],
    people: list[tuple[BundleAuthor, SigningKey]],
    count: int,
    scores: int,
    *,
    seal_to: list[Recipient],
) -> list[Path]:
    compounds, firms, standard, indicators = master
    per_bundle = scores // count
    inspections_per = math.ceil(per_bundle / len(indicators))
    base_ms = int(dt.datetime(2026, 8, 1, tzinfo=dt.UTC).timestamp() * 1000)
    paths = []
    for number in range(count):
        author, key = people[number % len(people)]
        seq = number // len(people) + 1
        tick = base_ms + number * 10_000
        inspections, score_rows = [], []
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
                    "quarter": "2026Q3",
                    "inspector_id": author.installation_id,
                    "inspected_on": "2026-08-03",
                    "method": "unannounced",
                    "status": "submitted",
                    "revision": 1,
                    "revises_id": None,
                    "revision_reason": "",
                    "submitted_at": "2026-08-03T08:00:00+00:00",
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


def _bare(database: Path, per_bundle: list[dict[str, list[tuple[Any, ...]]]]) -> float:
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    start = time.perf_counter()
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
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _peak_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _child(data: Path, bundles: Path) -> None:
    store = open_store(DataDir(data))
    start = time.perf_counter()
    results = merge_bundles(store, [bundles]).value
    elapsed = time.perf_counter() - start
    store.close()
    statuses: dict[str, int] = {}
    for result in results:
        statuses[result.status] = statuses.get(result.status, 0) + 1
    print(json.dumps({"seconds": elapsed, "peak_kib": _peak_kib(), "statuses": statuses}))


def _merge_in_child(data: Path, bundles: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(data), str(bundles)],
        capture_output=True,
        text=True,
        check=True,
    )
    parsed: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return parsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundles", type=int, default=200)
    parser.add_argument("--scores", type=int, default=600_000)
    parser.add_argument("--child", nargs=2, type=Path)
    parser.add_argument("--plain", action="store_true", help="write the bundles unsealed")
    parser.add_argument("--suite", choices=sorted(SUITES), default=CLASSIC)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
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
        for label, bare, merged in (
            ("fresh merge", bare_fresh, fresh),
            ("re-merge", bare_again, again),
        ):
            bare_rate, merge_rate = rows / bare, rows / merged["seconds"]
            print(
                f"{label:12}: bare upsert {bare_rate:9,.0f} rows/s | hexie merge {merge_rate:9,.0f} rows/s "
                f"| ratio {merge_rate / bare_rate:5.2f} | merge peak memory {merged['peak_kib'] / 1024:6.1f} MB | {merged['statuses']}"
            )


if __name__ == "__main__":
    main()
