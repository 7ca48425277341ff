"""Bundles say which version wrote them and which can read them; a newer one is refused by name."""

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from hexie_desktop import __version__
from hexie_desktop.cli.main import main
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.trust.identity import load_private_key, require_identity
from hexie_desktop.sync.manifest import READABLE_FROM
from tests.sync_hostile import Parts, with_manifest
from tests.sync_world import World, digest, field_work, make_world

COMPAT = Path(__file__).parent / "compat"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path / "world")
    field_work(built.inspectors[0], built.master)
    yield built
    built.close()


@pytest.fixture
def exported(world: World) -> Path:
    return export_bundle(world.inspectors[0], world.root / "outbox").value.path


def _manifest(bundle: Path) -> dict[str, object]:
    with zipfile.ZipFile(bundle) as archive:
        document: dict[str, object] = orjson.loads(archive.read("manifest.json"))
    return document


def test_a_bundle_names_the_version_that_wrote_it_and_the_oldest_that_reads_it(
    exported: Path,
) -> None:
    manifest = _manifest(exported)
    assert manifest["app_version"] == __version__
    assert manifest["oldest_reader"] == READABLE_FROM


def test_a_bundle_only_a_newer_version_can_read_is_refused_with_the_version_to_install(
    world: World, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inspector = world.inspectors[0]
    parts = Parts.read(exported, load_private_key(inspector, require_identity(inspector)))
    newer = tmp_path / "newer.hexie"
    newer.write_bytes(with_manifest(parts, app_version="9.1.0", oldest_reader="9.0.0").build())
    before = digest(world.clerk)
    status = main(
        ["--data-dir", str(world.clerk.data_dir.root), "bundle", "merge", str(newer), "--json"]
    )
    out, err = capsys.readouterr()
    assert status == 3
    [bundle] = json.loads(out)["bundles"]
    expected = "该数据包由较新版本 9.1.0 导出，请将本机升级到 9.0.0 或更高版本"
    assert bundle["status"] == "refused" and expected in bundle["reason"]
    assert expected in err
    assert digest(world.clerk) == before


def test_the_merge_says_which_version_each_bundle_came_from(world: World, exported: Path) -> None:
    [result] = merge_bundles(world.clerk, [exported]).value
    assert result.status == "applied" and result.app_version == __version__
    assert f"，{__version__} 版）" in result.lines()[0]
    assert result.as_dict()["app_version"] == __version__


def test_a_first_release_bundle_says_no_version_and_still_merges(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = COMPAT / "0.1.0" / "bundles" / "master.hexie"
    assert "app_version" not in _manifest(bundle)
    fresh = ["--data-dir", str(tmp_path / "fresh")]
    assert main([*fresh, "init", "--role", "inspector", "--name", "赵考评"]) == 0
    capsys.readouterr()
    assert main([*fresh, "bundle", "merge", str(bundle), "--json"]) == 0
    [merged] = json.loads(capsys.readouterr().out)["bundles"]
    assert merged["status"] == "applied" and merged["app_version"] == ""
