"""Hostile and broken bundles: each refused with its reason, the database exactly as before."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles, verify_bundles
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import load_suite_key, require_identity
from hexie_desktop.services.trust.keys import revoke_key
from hexie_desktop.sync.container import open_container
from hexie_desktop.sync.errors import CHECK_TITLES
from hexie_desktop.sync.suites import CLASSIC
from tests.suites import BOTH
from tests.sync_hostile import Parts, hostile_cases, impostor, with_manifest
from tests.sync_world import (
    World,
    digest,
    field_work,
    installation_id,
    make_world,
    unseal_file,
)


@pytest.fixture(scope="module", params=BOTH)
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    """The same corpus under each suite: the world's policy names it, so every bundle is signed
    (and sealed) in it."""
    built = make_world(tmp_path_factory.mktemp("hostile"), suite=request.param)
    field_work(built.inspectors[0], built.master)
    yield built
    built.close()


@pytest.fixture(scope="module")
def valid(world: World) -> Path:
    """The plain bundle inside the inspector's sealed one: the corpus below attacks what the
    sealing protects (tests/test_sync_hostile_sealed.py attacks the sealing itself)."""
    sealed = export_bundle(world.inspectors[0], world.root / "outbox").value.path
    return unseal_file(sealed, world.clerk, world.root / "outbox" / "plain.hexie")


@pytest.fixture(scope="module")
def parts(world: World, valid: Path) -> Parts:
    inspector = world.inspectors[0]
    with open_container(valid) as container:
        suite = container.manifest.suite
    return Parts.read(valid, load_suite_key(inspector, require_identity(inspector).id, suite))


@pytest.fixture(scope="module")
def cases(parts: Parts, valid: Path) -> dict[str, tuple[bytes, str]]:
    return hostile_cases(parts, valid.read_bytes())


def _files_under(folder: Path) -> set[str]:
    return {
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and "logs" not in p.parts
    }


CASE_NAMES = [
    "flipped byte in records",
    "flipped byte breaking json",
    "flipped byte in photo on disk",
    "truncated zip",
    "zero bytes",
    "not a zip",
    "prepended data",
    "trailing data after end record",
    "missing member",
    "extra member",
    "member order changed",
    "missing signature",
    "path traversal",
    "traversal inside folder",
    "absolute path",
    "drive letter",
    "drive relative",
    "unc path",
    "backslash separators",
    "nul in name",
    "trailing dot",
    "reserved device name",
    "nul device with extension",
    "ntfs stream",
    "over-long name",
    "non utf-8 name",
    "duplicate name",
    "duplicate differing in case",
    "symlink member",
    "device member",
    "directory member",
    "zip bomb ratio",
    "65535 entries declared",
    "size smaller than data",
    "encrypted entry",
    "unknown compression",
    "zip64 extra",
    "bad signature",
    "unknown algorithm",
    "manifest edited after signing",
    "unknown key re-signed",
    "future format version",
    "older schema",
    "newer schema",
    "not a hexie manifest",
    "manifest unknown field",
    "malformed json",
    "duplicate keys",
    "nan",
    "infinity literal 1e400",
    "5000 digit integer",
    "lone surrogate",
    "invalid utf-8",
    "bom",
    "nul in string",
    "deep nesting",
    "over-long line",
    "unterminated last line",
    "record of unknown table",
    "unknown field",
    "missing field",
    "wrong type",
    "score above 100",
    "negative score",
    "bad enum",
    "future inspection date",
    "survey answers above sample",
    "unknown firm id",
    "duplicate record id",
    "record count lies",
    "exe renamed jpg",
    "local header time differs from directory",
]


def test_every_generated_case_is_listed(cases: dict[str, tuple[bytes, str]]) -> None:
    assert sorted(cases) == sorted(CASE_NAMES)


@pytest.mark.parametrize("case", CASE_NAMES)
def test_hostile_bundle_is_refused_and_changes_nothing(
    world: World, cases: dict[str, tuple[bytes, str]], case: str, tmp_path: Path
) -> None:
    data, check = cases[case]
    path = tmp_path / "hostile.hexie"
    path.write_bytes(data)
    clerk = world.clerk
    before = digest(clerk)
    files_before = _files_under(clerk.data_dir.root)

    [verified] = verify_bundles(clerk, [path])
    [merged] = merge_bundles(clerk, [path]).value

    for result in (verified, merged):
        assert result.status == "refused", (case, result.reason)
        assert result.check == check, (case, result.reason)
        assert result.reason.startswith(f"数据包被拒绝（{CHECK_TITLES[check]}）")
        assert "\n" not in result.reason
    assert digest(clerk) == before
    assert _files_under(clerk.data_dir.root) == files_before
    assert sorted(os.listdir(tmp_path)) == ["hostile.hexie"]


def test_the_untampered_bundle_merges(world: World, valid: Path, tmp_path: Path) -> None:
    """The control: the bundle every hostile case was made from is accepted."""
    copy = tmp_path / valid.name
    copy.write_bytes(valid.read_bytes())
    [result] = verify_bundles(world.clerk, [copy])
    assert result.status == "valid", result.reason


def test_a_tampered_copy_of_a_merged_bundle_is_refused_not_taken_for_a_duplicate(
    tmp_path: Path,
) -> None:
    built = make_world(tmp_path / "merged")
    try:
        inspector = built.inspectors[0]
        field_work(inspector, built.master)
        original = export_bundle(inspector, built.root / "outbox").value.path
        assert [r.status for r in merge_bundles(built.clerk, [original]).value] == ["applied"]
        plain = unseal_file(original, built.clerk, tmp_path / "plain.hexie")
        key = load_suite_key(inspector, require_identity(inspector).id, CLASSIC)
        parts = Parts.read(plain, key)
        data, check = hostile_cases(parts, plain.read_bytes())["flipped byte in records"]
        copy = tmp_path / original.name
        copy.write_bytes(data)
        before = digest(built.clerk)

        [again] = merge_bundles(built.clerk, [copy]).value
        assert (again.status, again.check) == ("refused", check), again.reason
        assert digest(built.clerk) == before
        assert [r.status for r in merge_bundles(built.clerk, [original]).value] == ["duplicate"]
    finally:
        built.close()


def test_refusal_reasons_name_what_is_wrong(
    cases: dict[str, tuple[bytes, str]], world: World, tmp_path: Path
) -> None:
    expectations = {
        "path traversal": "成员路径越出数据包",
        "missing member": "缺少清单列出的成员",
        "extra member": "含有清单未列出的成员",
        "truncated zip": "数据包不完整或已损坏",
        "malformed json": "第 1 行",
        "unknown key re-signed": "请在「考评员密钥」中登记该考评员的密钥卡",
    }
    for case, words in expectations.items():
        path = tmp_path / f"{case}.hexie"
        path.write_bytes(cases[case][0])
        [result] = verify_bundles(world.clerk, [path])
        assert words in result.reason, (case, result.reason)


def test_unknown_key_names_fingerprint_and_claimed_inspector(
    parts: Parts, world: World, tmp_path: Path
) -> None:
    forged, key = impostor(parts)
    path = tmp_path / "forged.hexie"
    path.write_bytes(forged.build())
    [result] = merge_bundles(world.clerk, [path]).value
    assert forged.manifest["author"]["fingerprint"][:16] in result.reason
    assert forged.manifest["author"]["name"] in result.reason


def test_key_bound_to_another_installation_is_refused(
    parts: Parts, world: World, tmp_path: Path
) -> None:
    author = {**parts.manifest["author"], "installation_id": installation_id(world.clerk)}
    path = tmp_path / "rebound.hexie"
    path.write_bytes(with_manifest(parts, author=author).build())
    [result] = merge_bundles(world.clerk, [path]).value
    assert (result.status, result.check) == ("refused", "trust")
    assert "声称由本机导出" in result.reason


def test_revoked_key_is_refused(tmp_path: Path) -> None:
    built = make_world(tmp_path / "revoked")
    try:
        inspector = built.inspectors[0]
        field_work(inspector, built.master)
        path = export_bundle(inspector, tmp_path).value.path
        revoke_key(built.clerk, require_identity(inspector).fingerprint, "笔记本遗失")
        before = digest(built.clerk)
        [result] = merge_bundles(built.clerk, [path]).value
        assert (result.status, result.check) == ("refused", "trust")
        assert "撤销" in result.reason
        assert digest(built.clerk) == before
    finally:
        built.close()


def test_same_bundle_id_with_different_bytes_is_a_conflict(
    parts: Parts, world: World, tmp_path: Path
) -> None:
    clerk: Store = world.clerk
    original = tmp_path / "original.hexie"
    original.write_bytes(parts.build())
    [first] = merge_bundles(clerk, [original]).value
    assert first.status == "applied", first.reason
    before = digest(clerk)
    changed = tmp_path / "changed.hexie"
    changed.write_bytes(with_manifest(parts, created_at="2026-11-01T00:00:00+00:00").build())
    [result] = merge_bundles(clerk, [changed]).value
    assert (result.status, result.check) == ("refused", "conflict")
    renumbered = tmp_path / "renumbered.hexie"
    renumbered.write_bytes(
        with_manifest(parts, bundle_id="01a20000-0000-7000-8000-0000000000ff").build()
    )
    [again] = merge_bundles(clerk, [renumbered]).value
    assert (again.status, again.check) == ("refused", "conflict")
    assert digest(clerk) == before
