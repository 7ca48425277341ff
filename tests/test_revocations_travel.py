"""A clerk's revocation travels in the bureau's bundles: every receiver stops trusting the key."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from hexie_desktop.domain.roles import Role
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.trust.identity import require_identity
from hexie_desktop.services.trust.keys import enrol_key, export_key_card, list_keys, revoke_key
from hexie_desktop.storage.tables import AuditEvent
from hexie_desktop.sync.suites import GM
from tests.sync_world import World, digest, field_work, fingerprint_in, make_world, new_store


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path / "world", inspectors=2)
    yield built
    built.close()


def test_another_clerk_refuses_a_key_revoked_at_the_bureau_once_its_bundle_arrives(
    world: World, tmp_path: Path
) -> None:
    stolen = world.inspectors[0]
    field_work(stolen, world.master)
    second_clerk = new_store(tmp_path, "second-clerk", "clerk")
    try:
        enrol_key(
            second_clerk,
            export_key_card(world.clerk, tmp_path / "bureau.hexie-key.json"),
            Role.CLERK,
            confirm_clerk=True,
        )
        enrol_key(second_clerk, export_key_card(stolen, tmp_path / "stolen.hexie-key.json"))
        fingerprint = require_identity(stolen).fingerprint
        revoke_key(world.clerk, fingerprint, "笔记本电脑被盗")

        master = export_bundle(world.clerk, tmp_path / "master", master=True).value.path
        [taken] = merge_bundles(second_clerk, [master]).value
        assert taken.status == "applied", taken.reason
        assert taken.revoked == [stolen.data_dir.root.name]
        assert any("已撤销" in line for line in taken.lines())
        [revoked] = [k for k in list_keys(second_clerk) if k.fingerprint == fingerprint]
        assert (revoked.status, revoked.revoke_reason) == ("revoked", "笔记本电脑被盗")
        with second_clerk.reading() as session:
            events = session.exec(
                select(AuditEvent).where(AuditEvent.action == "key.revoked")
            ).all()
        # Both keys of the stolen laptop, Ed25519 and SM2.
        assert {e.row_id for e in events} == {fingerprint, fingerprint_in(stolen, GM)}

        before = digest(second_clerk)
        [refused] = merge_bundles(
            second_clerk, [export_bundle(stolen, tmp_path / "stick").value.path]
        ).value
        assert (refused.status, refused.check) == ("refused", "trust")
        assert "撤销" in refused.reason
        assert digest(second_clerk) == before
        [again] = merge_bundles(second_clerk, [master]).value
        assert again.status == "duplicate"
    finally:
        second_clerk.close()


def test_every_inspector_learns_the_revocation(world: World, tmp_path: Path) -> None:
    stolen, colleague = world.inspectors
    fingerprint = require_identity(stolen).fingerprint
    revoke_key(world.clerk, fingerprint, "遗失")
    master = export_bundle(world.clerk, tmp_path / "master", master=True).value.path
    [taken] = merge_bundles(colleague, [master]).value
    assert taken.status == "applied" and taken.revoked == [stolen.data_dir.root.name]
    statuses = {k.fingerprint: k.status for k in list_keys(colleague)}
    assert statuses[fingerprint] == "revoked"
    assert statuses[require_identity(world.clerk).fingerprint] == "trusted"
    # The revoked inspector's own installation keeps its identity: it is the bureau that refuses.
    [own] = merge_bundles(stolen, [master]).value
    assert own.status == "applied" and own.revoked == []


def test_an_inspectors_bundle_carries_no_revocations(world: World, tmp_path: Path) -> None:
    """Only the bureau revokes: an inspector's bundle never says which keys to distrust."""
    field_work(world.inspectors[0], world.master)
    revoke_key(world.clerk, require_identity(world.inspectors[1]).fingerprint, "调离")
    [merged] = merge_bundles(
        world.clerk, [export_bundle(world.inspectors[0], tmp_path / "stick").value.path]
    ).value
    assert merged.status == "applied" and merged.revoked == []
