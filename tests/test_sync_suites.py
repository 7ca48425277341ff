"""The 国密 suite chosen by policy: the fleet switches, both suites' keys are trusted during the
migration, and a bundle lying about its suite, signed by a key enrolled for the other suite, or
naming a suite nobody knows is refused with the reason, the database unchanged."""

import zipfile
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from sqlmodel import select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.trust.identity import load_suite_key, require_identity
from hexie_desktop.services.trust.keys import enrol_key, export_key_card, list_keys, revoke_key
from hexie_desktop.services.trust.passphrase import protect_key
from hexie_desktop.storage.tables import AuditEvent, Installation, TrustedKey
from hexie_desktop.sync.container import open_container
from hexie_desktop.sync.suites import CLASSIC, GM
from tests.suites import BOTH
from tests.sync_hostile import Parts, with_manifest
from tests.sync_world import (
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
from tests.test_sync_sealed import set_policy


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path / "world")
    yield built
    built.close()


def _outer(bundle: Path) -> dict[str, object]:
    with zipfile.ZipFile(bundle) as archive:
        document: dict[str, object] = orjson.loads(archive.read("manifest.json"))
        return document


def _signature(bundle: Path) -> dict[str, object]:
    with zipfile.ZipFile(bundle) as archive:
        document: dict[str, object] = orjson.loads(archive.read("manifest.sig"))
        return document


def test_a_clerk_switches_the_fleet_by_policy_and_old_bundles_merge_until_refused(
    world: World, tmp_path: Path
) -> None:
    inspector, clerk = world.inspectors[0], world.clerk
    field_work(inspector, world.master, compound=0)
    before_switch = export_bundle(inspector, tmp_path / "old1").value.path
    field_work(inspector, world.master, compound=1)
    also_before = export_bundle(inspector, tmp_path / "old2").value.path
    assert "suite" not in _outer(before_switch)

    set_policy(clerk, suite=GM)
    master = export_bundle(clerk, tmp_path / "master", master=True).value.path
    assert _outer(master)["suite"] == GM
    assert _signature(master)["algorithm"] == "sm2-sm3"
    assert _outer(master)["oldest_reader"] == "0.2.0.dev2"
    # The inspector pinned the bureau's Ed25519 key; the SM2 key is vouched for by it.
    [taken] = merge_bundles(inspector, [master]).value
    assert taken.status == "applied", taken.reason
    assert taken.pinned_key == fingerprint_in(clerk, GM)

    field_work(inspector, world.master, compound=2)
    switched = export_bundle(inspector, tmp_path / "new").value.path
    outer = _outer(switched)
    assert outer["suite"] == GM
    assert outer["encryption"]["algorithm"] == "sm2-sm3kdf-sm4gcm"  # type: ignore[index]
    assert _signature(switched)["fingerprint"] == fingerprint_in(inspector, GM)
    [merged] = merge_bundles(clerk, [switched]).value
    assert merged.status == "applied", merged.reason

    # During the migration the old suite still merges from a key the clerk trusts ...
    [old] = merge_bundles(clerk, [before_switch]).value
    assert old.status == "applied", old.reason
    # ... until the policy refuses it.
    set_policy(clerk, suite=GM, other_suite="refused")
    before = digest(clerk)
    [refused] = merge_bundles(clerk, [also_before]).value
    assert (refused.status, refused.check) == ("refused", "signature")
    assert "只接受 国密 SM2 签名的数据包" in refused.reason and "Ed25519" in refused.reason
    assert digest(clerk) == before


def test_an_sm2_bundle_from_an_inspector_enrolled_only_as_ed25519_is_refused(
    world: World, tmp_path: Path
) -> None:
    clerk = world.clerk
    late = new_store(tmp_path, "late", "inspector")
    try:
        card = export_key_card(late, tmp_path / "late.hexie-key.json")
        document = orjson.loads(card.read_bytes())
        old = tmp_path / "old.hexie-key.json"
        old.write_bytes(orjson.dumps({k: v for k, v in document.items() if "sm2" not in k}))
        enrolment = enrol_key(clerk, old).value
        assert enrolment.sm2_key is None
        set_policy(clerk, suite=GM)
        ship_master(clerk, late, tmp_path / "outbox")
        field_work(late, world.master, compound=1)
        bundle = export_bundle(late, tmp_path / "stick").value.path
        assert _outer(bundle)["suite"] == GM

        before = digest(clerk)
        [refused] = merge_bundles(clerk, [bundle]).value
        assert (refused.status, refused.check) == ("refused", "trust")
        assert "只登记了 Ed25519 密钥，数据包以 国密 SM2 签名" in refused.reason
        assert digest(clerk) == before

        # The newer card adds the SM2 key (audited); the same bundle then merges.
        added = enrol_key(clerk, card).value
        assert added.sm2_key is not None and added.sm2_key.suite == GM
        assert added.sm2_key.suite_label == "国密 SM2"
        [merged] = merge_bundles(clerk, [bundle]).value
        assert merged.status == "applied", merged.reason
        with clerk.reading() as session:
            actions = session.exec(select(AuditEvent.action)).all()
        assert "key.sm2_added" in actions
    finally:
        late.close()


@pytest.fixture(params=BOTH)
def plain_parts(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[World, Parts]]:
    """A world in each suite, and its inspector's plain bundle taken apart for editing."""
    built = make_world(tmp_path / "world", suite=request.param)
    inspector = built.inspectors[0]
    field_work(inspector, built.master)
    sealed = export_bundle(inspector, tmp_path / "outbox").value.path
    plain = unseal_file(sealed, built.clerk, tmp_path / "plain.hexie")
    key = load_suite_key(inspector, installation_id(inspector), request.param)
    yield built, Parts.read(plain, key)
    built.close()


def _refused(world: World, data: bytes, folder: Path) -> tuple[str, str]:
    path = folder / "hostile.hexie"
    path.write_bytes(data)
    before = digest(world.clerk)
    [result] = merge_bundles(world.clerk, [path]).value
    assert result.status == "refused"
    assert digest(world.clerk) == before
    return result.check or "", result.reason


def test_a_manifest_lying_about_its_suite_is_refused(
    plain_parts: tuple[World, Parts], tmp_path: Path
) -> None:
    world, parts = plain_parts
    honest = parts.manifest.get("suite", CLASSIC)
    lying = with_manifest(parts, suite=GM if honest == CLASSIC else CLASSIC)
    check, reason = _refused(world, lying.build(), tmp_path)
    assert check == "signature"
    assert "清单声明的密码套件" in reason and "与签名算法" in reason


def test_an_unknown_suite_is_refused_in_chinese(
    plain_parts: tuple[World, Parts], tmp_path: Path
) -> None:
    world, parts = plain_parts
    check, reason = _refused(world, with_manifest(parts, suite="rsa-md5").build(), tmp_path)
    assert check == "signature"
    assert "不认识的密码套件“rsa-md5”" in reason and "请升级和谐桌面" in reason


def test_key_cards_carry_both_keys_and_revoking_one_revokes_both(
    world: World, tmp_path: Path
) -> None:
    inspector, clerk = world.inspectors[0], world.clerk
    card = orjson.loads(export_key_card(inspector, tmp_path / "card.hexie-key.json").read_bytes())
    assert card["sm2_fingerprint"] == fingerprint_in(inspector, GM)
    assert len(card["sm2_public_key"]) == 130 and len(card["sm2_encryption_key"]) == 130
    forged = tmp_path / "forged.hexie-key.json"
    forged.write_bytes(orjson.dumps({**card, "sm2_fingerprint": "0" * 64}))
    with pytest.raises(UserError, match="国密 SM2 公钥与指纹不符"):
        enrol_key(clerk, forged)

    listed = [(k.suite_label, k.status) for k in list_keys(clerk) if k.name == "inspector0"]
    assert listed == [("Ed25519", "trusted"), ("国密 SM2", "trusted")]
    revoke_key(clerk, fingerprint_in(inspector, GM), "笔记本遗失")
    listed = [(k.suite_label, k.status) for k in list_keys(clerk) if k.name == "inspector0"]
    assert listed == [("Ed25519", "revoked"), ("国密 SM2", "revoked")]


def test_an_older_installation_gets_its_sm2_key_sealed_with_the_same_passphrase(
    tmp_path: Path,
) -> None:
    store = new_store(tmp_path, "old", "inspector")
    try:
        me = installation_id(store)
        protect_key(store, "great-wall-1644")
        # As an installation made before the national suite: no SM2 key, nothing in the row.
        store.data_dir.sm2_private_key(me).unlink()
        with store.transaction() as session:
            row = session.get(Installation, me)
            assert row is not None
            row.sm2_public_key = row.sm2_fingerprint = ""
            session.add(row)
        store.keys.forget()
        asked: list[str] = []

        def ask() -> str:
            asked.append("asked")
            return "great-wall-1644"

        store.keys.ask = ask

        card = orjson.loads(export_key_card(store, tmp_path / "card.json").read_bytes())

        assert asked == ["asked"]
        assert card["sm2_fingerprint"] == fingerprint_in(store, GM) != ""
        pem = store.data_dir.sm2_private_key(me).read_bytes()
        assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
        store.keys.forget()
        store.keys.ask = lambda: "great-wall-1644"
        assert load_suite_key(store, me, GM) is not None
        with store.reading() as session:
            assert session.exec(
                select(AuditEvent).where(AuditEvent.action == "key.sm2_created")
            ).first()
    finally:
        store.close()


def test_a_removed_sm2_key_file_is_reported_not_replaced(tmp_path: Path) -> None:
    store = new_store(tmp_path, "lost", "inspector")
    try:
        me = installation_id(store)
        fingerprint = fingerprint_in(store, GM)
        store.data_dir.sm2_private_key(me).unlink()
        with pytest.raises(UserError, match="找不到本机国密签名私钥"):
            export_key_card(store, tmp_path / "card.json")
        assert fingerprint_in(store, GM) == fingerprint
        assert not store.data_dir.sm2_private_key(me).exists()
    finally:
        store.close()


def test_the_clerk_registry_keeps_keys_of_both_suites(world: World) -> None:
    with world.clerk.reading() as session:
        suites = sorted(
            session.exec(
                select(TrustedKey.suite).where(
                    TrustedKey.installation_id == installation_id(world.inspectors[0])
                )
            ).all()
        )
    assert suites == [CLASSIC, GM]
    with open_container(
        export_bundle(world.clerk, world.root / "m", master=True).value.path
    ) as container:
        # The default policy keeps the first suite: nothing changes for a bureau that does not
        # switch, and older readers still read the master bundle.
        assert container.manifest.suite == CLASSIC
        assert container.manifest.oldest_reader == "0.2.0.dev1"
    assert require_identity(world.clerk).fingerprint == fingerprint_in(world.clerk, CLASSIC)
