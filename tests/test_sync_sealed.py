"""Sealed bundles: a lost stick reads as noise; the bureau's key opens it; the policy decides."""

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from sqlmodel import select

from hexie_desktop.cli.main import main
from hexie_desktop.domain.errors import UserError
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles, verify_bundles
from hexie_desktop.services.rules.standards import default_policy_document, install_policy
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import (
    installation_row,
    load_signing_key,
    require_identity,
)
from hexie_desktop.services.trust.keys import enrol_key, export_key_card, list_keys
from hexie_desktop.storage.tables import Inspection, Policy, TrustedKey
from hexie_desktop.sync import manifest as manifest_module
from hexie_desktop.sync.sealing import encryption_public_hex
from hexie_desktop.sync.suites import CLASSIC, SUITES
from tests.suites import BOTH
from tests.sync_world import (
    JPEG,
    World,
    digest,
    field_work,
    fingerprint_in,
    installation_id,
    make_world,
    new_store,
    ship_master,
    unseal_file,
)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path / "world")
    yield built
    built.close()


@pytest.fixture(params=BOTH)
def suite_world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    """A world exporting in each suite in turn, for the round trips both suites must pass."""
    built = make_world(tmp_path / "world", suite=request.param)
    yield built
    built.close()


def set_policy(store: Store, **bundles: str) -> None:
    """A new policy version in force now, with the given `bundles` rules."""
    doc = default_policy_document()
    with store.transaction() as session, authoring(session) as author:
        versions = session.exec(select(Policy.version)).all()
        version = max([6, *versions]) + 1
        doc = {**doc, "version": version, "effective_from": "2020Q1", "bundles": bundles}
        install_policy(session, doc, author)


def own_encryption_key(store: Store) -> str:
    return encryption_public_hex(load_signing_key(store, installation_id(store)))


def _names(bundle: Path) -> list[str]:
    with zipfile.ZipFile(bundle) as archive:
        return archive.namelist()


def test_an_inspectors_bundle_on_the_stick_reads_as_noise(suite_world: World) -> None:
    world = suite_world
    inspector = world.inspectors[0]
    field_work(inspector, world.master)
    bundle = export_bundle(inspector, world.root / "stick").value.path
    data = bundle.read_bytes()

    assert _names(bundle) == ["manifest.json", "manifest.sig", "bundle.sealed"]
    with zipfile.ZipFile(bundle) as archive:
        manifest = orjson.loads(archive.read("manifest.json"))
    assert manifest["format_version"] == 2 and manifest["record_counts"] == {}
    assert [m["name"] for m in manifest["members"]] == ["bundle.sealed"]
    suite = manifest.get("suite", CLASSIC)
    assert manifest["encryption"]["algorithm"] == SUITES[suite].encryption_algorithm
    # The bureau, and the inspector itself (to read its bundle back before the stick leaves).
    assert [r["fingerprint"] for r in manifest["encryption"]["recipients"]] == [
        fingerprint_in(inspector, suite),
        fingerprint_in(world.clerk, suite),
    ]
    for secret in ("消防通道堆放杂物", "现场.jpg", "环境卫生", "records/", "indicatorscore"):
        assert secret.encode() not in data, secret
    assert b"hexie-photo" not in data and JPEG[:16] not in data
    # Nothing readable was left beside the bundle on the stick while it was written.
    assert sorted(p.name for p in bundle.parent.iterdir()) == [bundle.name]


def test_the_bureau_opens_and_merges_it_as_the_plain_bundle_it_carries(
    suite_world: World, tmp_path: Path
) -> None:
    world = suite_world
    inspector = world.inspectors[0]
    inspection = field_work(inspector, world.master)
    bundle = export_bundle(inspector, world.root / "stick").value.path

    [checked] = verify_bundles(world.clerk, [bundle])
    assert checked.status == "valid", checked.reason
    [merged] = merge_bundles(world.clerk, [bundle]).value
    assert merged.status == "applied", merged.reason
    assert merged.counts["inserted"] == sum(
        orjson.loads(
            zipfile.ZipFile(unseal_file(bundle, world.clerk, tmp_path / "p.hexie")).read(
                "manifest.json"
            )
        )["record_counts"].values()
    )
    with world.clerk.reading() as session:
        assert session.get(Inspection, inspection) is not None
    [again] = merge_bundles(world.clerk, [bundle]).value
    assert again.status == "duplicate"
    assert not list(world.clerk.data_dir.quarantine.iterdir())
    # A copy damaged after it was merged is refused, not waved through as "already merged".
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01  # inside the ciphertext, most of the file
    damaged = tmp_path / "damaged.hexie"
    damaged.write_bytes(bytes(data))
    before = digest(world.clerk)
    [refused] = merge_bundles(world.clerk, [damaged]).value
    assert (refused.status, refused.check) == ("refused", "hashes"), refused.reason
    assert digest(world.clerk) == before


def test_the_inspector_pinned_the_bureaus_encryption_key_from_the_first_master_bundle(
    world: World,
) -> None:
    clerk_fingerprint = require_identity(world.clerk).fingerprint
    with world.inspectors[0].reading() as session:
        pinned = session.get(TrustedKey, clerk_fingerprint)
    assert pinned is not None and pinned.encryption_key == own_encryption_key(world.clerk)


def test_a_bundle_sealed_to_another_bureau_is_refused_for_the_wrong_recipient(
    world: World, tmp_path: Path
) -> None:
    """A second bureau enrols the same inspector's key but was not the recipient."""
    inspector = world.inspectors[0]
    field_work(inspector, world.master)
    bundle = export_bundle(inspector, world.root / "stick").value.path
    other = new_store(tmp_path, "other-bureau", "clerk")
    try:
        card = export_key_card(inspector, tmp_path / "card.hexie-key.json")
        enrol_key(other, card)
        before = digest(other)
        [result] = merge_bundles(other, [bundle]).value
        assert (result.status, result.check) == ("refused", "encryption")
        assert "不是加密给本机的" in result.reason
        assert digest(other) == before
    finally:
        other.close()


def test_master_bundles_are_sealed_to_the_enrolled_inspectors_when_master_data_is_not_public(
    world: World, tmp_path: Path
) -> None:
    set_policy(world.clerk, encryption="required", master_data="encrypted")
    bundle = export_bundle(world.clerk, world.root / "master", master=True).value
    assert bundle.sealed and bundle.sealed_for == 1 and bundle.unreadable_by == []
    assert _names(bundle.path)[-1] == "bundle.sealed"
    assert "多福巷社区".encode() not in bundle.path.read_bytes()
    [taken] = merge_bundles(world.inspectors[0], [bundle.path]).value
    assert taken.status == "applied", taken.reason

    stranger = new_store(tmp_path, "stranger", "inspector")
    try:
        [refused] = merge_bundles(stranger, [bundle.path]).value
        assert (refused.status, refused.check) == ("refused", "encryption")
    finally:
        stranger.close()


def test_a_plain_bundle_is_refused_when_the_policy_requires_encryption(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inspector = world.inspectors[0]
    field_work(inspector, world.master)
    plain = unseal_file(
        export_bundle(inspector, world.root / "stick").value.path, world.clerk, tmp_path / "p.hexie"
    )
    [accepted] = verify_bundles(world.clerk, [plain])
    assert accepted.status == "valid", "plain bundles merge while the policy allows them"

    set_policy(world.clerk, encryption="required", master_data="public")
    before = digest(world.clerk)
    status = main(
        ["--data-dir", str(world.clerk.data_dir.root), "bundle", "merge", str(plain), "--json"]
    )
    out, err = capsys.readouterr()
    assert status == 3
    [report] = json.loads(out)["bundles"]
    assert (report["status"], report["check"]) == ("refused", "encryption")
    assert "考评政策要求数据包加密" in report["reason"] and "考评政策要求数据包加密" in err
    assert digest(world.clerk) == before


def test_an_older_reader_refuses_a_sealed_bundle_with_the_version_to_install(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    field_work(world.inspectors[0], world.master)
    bundle = export_bundle(world.inspectors[0], world.root / "stick").value.path
    monkeypatch.setattr(manifest_module, "__version__", "0.2.0.dev0")
    before = digest(world.clerk)
    [result] = merge_bundles(world.clerk, [bundle]).value
    assert (result.status, result.check) == ("refused", "version")
    assert f"请将本机升级到 {manifest_module.READABLE_FROM} 或更高版本" in result.reason
    assert digest(world.clerk) == before


def test_an_inspector_cannot_export_plain_when_required_and_the_bureau_key_is_unknown(
    world: World,
) -> None:
    inspector = world.inspectors[0]
    set_policy(inspector, encryption="required", master_data="public")
    with inspector.transaction() as session:
        for key in session.exec(select(TrustedKey)).all():
            key.encryption_key = ""
            session.add(key)
    field_work(inspector, world.master)
    with pytest.raises(UserError, match="还不知道局方的加密公钥"):
        export_bundle(inspector, world.root / "stick")
    assert not (world.root / "stick").exists() or not list((world.root / "stick").iterdir())


def test_key_cards_carry_the_encryption_key_and_old_cards_still_enrol(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newcomer = new_store(tmp_path, "newcomer", "inspector")
    try:
        card = export_key_card(newcomer, tmp_path / "new.hexie-key.json")
        document = orjson.loads(card.read_bytes())
        assert document["encryption_key"] == own_encryption_key(newcomer)
        old = tmp_path / "old.hexie-key.json"
        old.write_bytes(orjson.dumps({k: v for k, v in document.items() if k != "encryption_key"}))

        enrolled = enrol_key(world.clerk, old).value
        assert not enrolled.key.can_encrypt and not enrolled.encryption_added
        added = enrol_key(world.clerk, card).value
        assert added.encryption_added and added.key.can_encrypt
        with pytest.raises(UserError, match="已经登记过"):
            enrol_key(world.clerk, card)
        [listed] = [
            k for k in list_keys(world.clerk) if k.name == "newcomer" and k.suite == CLASSIC
        ]
        assert listed.as_dict()["encryption"] is True
    finally:
        newcomer.close()


def test_the_clerk_learns_an_inspectors_encryption_key_from_its_signed_bundle(
    world: World, tmp_path: Path
) -> None:
    """An inspector enrolled from an old card is sealed to once its first new bundle arrived."""
    late = new_store(tmp_path, "late", "inspector")
    try:
        card = export_key_card(late, tmp_path / "late.hexie-key.json")
        document = orjson.loads(card.read_bytes())
        card.write_bytes(orjson.dumps({k: v for k, v in document.items() if k != "encryption_key"}))
        enrol_key(world.clerk, card)
        ship_master(world.clerk, late, tmp_path / "outbox")
        field_work(late, world.master, compound=1)
        [merged] = merge_bundles(
            world.clerk, [export_bundle(late, tmp_path / "stick").value.path]
        ).value
        assert merged.status == "applied", merged.reason
        with world.clerk.reading() as session:
            me = installation_row(session)
            assert me is not None
            row = session.get(TrustedKey, require_identity(late).fingerprint)
        assert row is not None and row.encryption_key == own_encryption_key(late)
    finally:
        late.close()
