"""Signed audit checkpoints travel in bundles: the bureau holds each inspector's chain head and
notices a later bundle that contradicts it (a fork, a rewound head, an omitted checkpoint), while
a bundle from before checkpoints merges as it always did."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from sqlmodel import col, select

from hexie_desktop.services.audit.check import verify_audit
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.trust.identity import load_private_key, require_identity
from hexie_desktop.storage.tables import AuditCheckpoint, BundleLog
from hexie_desktop.sync.checkpoints import Checkpoint, parse_carried, sign_checkpoint
from hexie_desktop.sync.container import open_container
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.writer import BundleHeader, write_bundle
from tests.sync_world import World, field_work, installation_id, make_world, unseal_file


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path / "world", inspectors=1)
    yield built
    built.close()


def _export_and_merge(world: World) -> tuple[Path, list[str]]:
    inspector = world.inspectors[0]
    field_work(inspector, world.master, photo=False)
    path = export_bundle(inspector, world.root / "outbox").value.path
    [result] = merge_bundles(world.clerk, [path]).value
    assert result.status == "applied", result.reason
    return path, result.audit_warnings


def _held_positions(world: World) -> list[int]:
    me = installation_id(world.inspectors[0])
    with world.clerk.reading() as session:
        return sorted(
            row.position
            for row in session.exec(
                select(AuditCheckpoint).where(col(AuditCheckpoint.installation_id) == me)
            )
        )


def _sql(store_root: Path, *statements: str) -> None:
    conn = sqlite3.connect(store_root / "hexie.sqlite3")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_each_export_carries_the_earlier_heads_and_the_bureau_holds_them(world: World) -> None:
    first, warnings = _export_and_merge(world)
    assert warnings == []
    with open_container(unseal_file(first, world.clerk, world.root / "1.hexie")) as container:
        carried_first = [c.position for c in container.manifest.audit_checkpoints]
    assert len(carried_first) == 1
    second, warnings = _export_and_merge(world)
    assert warnings == []
    with open_container(unseal_file(second, world.clerk, world.root / "2.hexie")) as container:
        carried = container.manifest.audit_checkpoints
    assert [c.position for c in carried][0] == carried_first[0] and len(carried) == 2
    assert carried[1].position > carried[0].position
    assert _held_positions(world) == [c.position for c in carried]


def test_the_clerks_master_bundle_carries_its_head_to_the_inspector(world: World) -> None:
    clerk_id = installation_id(world.clerk)
    with world.inspectors[0].reading() as session:
        rows = session.exec(
            select(AuditCheckpoint).where(col(AuditCheckpoint.installation_id) == clerk_id)
        ).all()
    assert len(rows) == 1 and rows[0].bundle_seq == 1


def _forge_at(world: World, position: int) -> None:
    """An inspector who rewrote its history re-signs the head at an exported position with its
    own key (it has it) and makes that the checkpoint its next bundle carries."""
    inspector = world.inspectors[0]
    key = load_private_key(inspector, require_identity(inspector))
    forged = sign_checkpoint(key, installation_id(inspector), position, "e" * 64)
    _sql(
        inspector.data_dir.root,
        f"UPDATE auditcheckpoint SET head = '{forged.head}', signed_at = '{forged.signed_at}', "
        f"signature = '{forged.signature}' WHERE position = {position}",
    )


def test_a_rewritten_history_is_a_fork_the_bureau_notices(world: World) -> None:
    _export_and_merge(world)
    [position] = _held_positions(world)
    _forge_at(world, position)
    _path, warnings = _export_and_merge(world)
    assert warnings == [
        f"来自「inspector0」的数据包与此前收到的审计记录分叉：第 {position} 条的签名检查点不同"
        "（该设备上的审计历史被改写过）。"
    ]
    with world.clerk.reading() as session:
        logs = session.exec(select(BundleLog).order_by(col(BundleLog.seq))).all()
    assert logs[-1].counts["audit_warnings"] == warnings


def test_the_forger_own_database_no_longer_verifies(world: World) -> None:
    _export_and_merge(world)
    [position] = _held_positions(world)
    _forge_at(world, position)
    assert verify_audit(world.inspectors[0]).problems[0] == (
        f"审计链第 {position} 条与已签名的检查点不符（历史记录被改写过）。"
    )


def test_a_rewound_head_is_noticed(world: World) -> None:
    _export_and_merge(world)
    [first] = _held_positions(world)
    _export_and_merge(world)
    inspector = world.inspectors[0]
    # The inspector deletes its history after the first export and everything signed since.
    _sql(
        inspector.data_dir.root,
        f"DELETE FROM auditevent WHERE seq > {first}",
        f"DELETE FROM auditcheckpoint WHERE position > {first}",
        f"DELETE FROM auditseal WHERE seq > {first}",
    )
    inspector.data_dir.audit_checkpoints.unlink()
    path = export_bundle(inspector, world.root / "outbox", full=True).value.path
    [result] = merge_bundles(world.clerk, [path]).value
    assert result.status == "applied"
    assert any("的审计记录倒退了：此前的数据包已记到第" in w for w in result.audit_warnings), (
        result.audit_warnings
    )
    assert any("审计记录" in line for line in result.lines())


def _records(path: Path) -> list[tuple[str, list[dict[str, object]]]]:
    with open_container(path) as container:
        return [
            (
                member.table,
                [orjson.loads(line) for line in b"".join(container.stream(member)).splitlines()],
            )
            for member in container.manifest.members
            if member.table is not None
        ]


def _without_checkpoints(source: Path, target: Path, world: World) -> Path:
    """The same bundle as versions before audit checkpoints wrote it: records, no checkpoints."""
    inspector = world.inspectors[0]
    with open_container(source) as container:
        m = container.manifest
    header = BundleHeader(m.bundle_id, m.seq, m.predecessor, m.kind, m.author, m.created_at)
    key = load_private_key(inspector, require_identity(inspector))
    write_bundle(target, header, _records(source), [], key)
    return target


def test_a_bundle_without_checkpoints_still_merges(world: World, tmp_path: Path) -> None:
    inspector = world.inspectors[0]
    field_work(inspector, world.master, photo=False)
    exported = export_bundle(inspector, tmp_path / "new.hexie").value
    plain = unseal_file(exported.path, world.clerk, tmp_path / "plain.hexie")
    legacy = _without_checkpoints(plain, tmp_path / "legacy.hexie", world)
    with open_container(legacy) as container:
        assert container.manifest.audit_checkpoints == ()
        assert b"audit_checkpoints" not in container.manifest_bytes
    [result] = merge_bundles(world.clerk, [legacy]).value
    assert result.status == "applied" and result.audit_warnings == []
    assert result.counts["inserted"] > 0


def test_a_later_bundle_that_drops_its_checkpoints_is_noticed(world: World, tmp_path: Path) -> None:
    _export_and_merge(world)
    exported = export_bundle(world.inspectors[0], tmp_path / "b.hexie", full=True).value
    stripped = _without_checkpoints(exported.path, tmp_path / "stripped.hexie", world)
    [result] = merge_bundles(world.clerk, [stripped]).value
    assert result.audit_warnings == [
        "来自「inspector0」的数据包没有附审计检查点，而该设备此前的数据包附有：其审计记录可能被改动。"
    ]


def test_a_checkpoint_with_a_bad_signature_is_noticed(world: World) -> None:
    _export_and_merge(world)
    inspector = world.inspectors[0]
    _sql(inspector.data_dir.root, "UPDATE auditcheckpoint SET signature = '" + "0" * 128 + "'")
    _path, warnings = _export_and_merge(world)
    assert warnings[0] == "来自「inspector0」的数据包中有 1 个审计检查点签名无效。"


@pytest.mark.parametrize(
    "doc",
    [
        "x",
        [{"position": 0, "head": "a" * 64, "signed_at": "t", "signature": "b" * 128}],
        [{"position": 1, "head": "A" * 64, "signed_at": "t", "signature": "b" * 128}],
        [{"position": 1, "head": "a" * 64, "signed_at": "t", "signature": "b" * 127}],
        [{"position": True, "head": "a" * 64, "signed_at": "t", "signature": "b" * 128}],
        [{"position": 1, "head": "a" * 64, "signed_at": "t", "signature": "b" * 128, "x": 1}],
        [
            {"position": 2, "head": "a" * 64, "signed_at": "t", "signature": "b" * 128},
            {"position": 1, "head": "a" * 64, "signed_at": "t", "signature": "b" * 128},
        ],
    ],
)
def test_malformed_carried_checkpoints_refuse_the_bundle(doc: object) -> None:
    with pytest.raises(BundleRefusedError):
        parse_carried(doc, "01a00000-0000-7000-8000-000000000001")


def test_a_checkpoint_signature_covers_every_field() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: PLC0415

    from hexie_desktop.sync.signing import public_bytes  # noqa: PLC0415

    key = Ed25519PrivateKey.generate()
    public = public_bytes(key).hex()
    signed = sign_checkpoint(key, "i", 7, "a" * 64)
    assert signed.signed_by(public)
    for changed in (
        Checkpoint("j", 7, signed.head, signed.signed_at, signed.signature),
        Checkpoint("i", 8, signed.head, signed.signed_at, signed.signature),
        Checkpoint("i", 7, "b" * 64, signed.signed_at, signed.signature),
        Checkpoint("i", 7, signed.head, "2020-01-01T00:00:00+00:00", signed.signature),
    ):
        assert not changed.signed_by(public)
