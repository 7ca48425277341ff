"""Hostile sealed bundles: each refused with its reason in Chinese, exit 3, the database as before.

Every case but the first two is signed with the inspector's real key, as a broken or subverted
writer on the inspector's own laptop would sign it, so it passes the signature and trust checks
and must be refused by what the sealing adds: the recipient, the ciphertext's authentication,
its completeness, the derived nonces, the policy, and the binding of the plain bundle inside to
the signed manifest outside.
"""

import hashlib
import io
import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from hexie_desktop.cli.main import main
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles, verify_bundles
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import load_suite_key, require_identity
from hexie_desktop.storage.tables import Attachment, Photo
from hexie_desktop.sync.errors import CHECK_TITLES
from hexie_desktop.sync.sealing import CHUNK, Recipient, encryption_public_hex
from hexie_desktop.sync.signing import fingerprint_of, public_bytes
from hexie_desktop.sync.suites import CLASSIC
from tests.suites import BOTH, new_key
from tests.sync_hostile import Parts, with_manifest
from tests.sync_sealed_hostile import Sealed, build, honest, listing, seal
from tests.sync_world import World, digest, field_work, make_world, unseal_file
from tests.test_sync_sealed import set_policy

BIG_PHOTO = 150 * 1024


def _big_photo(inspector: Store, inspection_id: str) -> None:
    """A photo large enough that the sealed bundle spans several 64 KiB chunks."""
    content = b"\xff\xd8\xff\xe0" + os.urandom(BIG_PHOTO)
    sha = hashlib.sha256(content).hexdigest()
    target = inspector.data_dir.attachment(sha)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    with inspector.transaction() as session, authoring(session) as author:
        session.add(
            Attachment(
                sha256=sha,
                size=len(content),
                media_type="image/jpeg",
                original_name="楼道.jpg",
                **author.stamp(),
            )
        )
        session.add(
            Photo(inspection_id=inspection_id, sha256=sha, caption="楼道", **author.stamp())
        )


@pytest.fixture(scope="module", params=BOTH)
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    """The same corpus under each suite (the world's policy names it)."""
    built = make_world(tmp_path_factory.mktemp("sealed-hostile"), suite=request.param)
    _big_photo(built.inspectors[0], field_work(built.inspectors[0], built.master))
    yield built
    built.close()


@pytest.fixture(scope="module")
def exported(world: World) -> Path:
    return export_bundle(world.inspectors[0], world.root / "outbox").value.path


@pytest.fixture(scope="module")
def sealed(world: World, exported: Path) -> Sealed:
    inspector = world.inspectors[0]
    plain = unseal_file(exported, world.clerk, world.root / "plain.hexie").read_bytes()
    with zipfile.ZipFile(exported) as archive:
        outer = orjson.loads(archive.read("manifest.json"))
    suite = outer.get("suite", CLASSIC)
    return Sealed(outer, plain, load_suite_key(inspector, require_identity(inspector).id, suite))


@pytest.fixture(scope="module")
def bureau(world: World, sealed: Sealed) -> Recipient:
    clerk = world.clerk
    key = load_suite_key(clerk, require_identity(clerk).id, sealed.suite.name)
    return Recipient(fingerprint_of(public_bytes(key)), encryption_public_hex(key))


def _stranger(suite: str) -> Recipient:
    key = new_key(suite)
    return Recipient(fingerprint_of(public_bytes(key)), encryption_public_hex(key))


def _flip(data: bytes, at: int) -> bytes:
    damaged = bytearray(data)
    damaged[at] ^= 0x01
    return bytes(damaged)


def _reused_nonce(counter: int, last: bool) -> bytes:
    """A writer that never advances its counter: every chunk under the first chunk's nonce."""
    del counter
    return (0).to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _edited_plain(sealed: Sealed, **changes: object) -> tuple[bytes, bytes]:
    """The plain bundle with its manifest changed and signed again: (zip bytes, manifest bytes)."""
    names = zipfile.ZipFile(io.BytesIO(sealed.plain)).namelist()
    with zipfile.ZipFile(io.BytesIO(sealed.plain)) as archive:
        manifest = orjson.loads(archive.read("manifest.json"))
        members = [(n, archive.read(n)) for n in names[2:]]
    parts = with_manifest(Parts(manifest, members, sealed.key), **changes)
    data = parts.build()
    return data, orjson.dumps(parts.manifest, option=orjson.OPT_SORT_KEYS)


def _cases(sealed: Sealed, bureau: Recipient) -> dict[str, tuple[bytes, str, str]]:
    """Case name → (bundle bytes, the check that must refuse it, words its reason must hold)."""
    assert len(sealed.plain) > 2 * CHUNK, "the world's bundle must span several chunks"
    cases: dict[str, tuple[bytes, str, str]] = {}
    valid_with, ciphertext = seal(sealed, [bureau])
    valid = listing(valid_with, ciphertext)

    cases["wrong recipient"] = (
        honest(sealed, [_stranger(sealed.suite.name)]),
        "encryption",
        "不是加密给本机的",
    )
    cases["tampered ciphertext"] = (
        build(valid, _flip(ciphertext, 100)),
        "hashes",
        "与签名清单不符",
    )
    flipped = _flip(ciphertext, CHUNK + 500)
    cases["tampered ciphertext, manifest re-signed"] = (
        build(listing(valid_with, flipped), flipped),
        "decryption",
        "第 2 块未通过认证",
    )
    cut = ciphertext[: len(ciphertext) - 40]
    cases["truncated ciphertext"] = (
        build(listing(valid_with, cut), cut),
        "decryption",
        "最后一块未通过认证",
    )
    boundary = ciphertext[: 2 * (CHUNK + 16)]
    cases["truncated at a chunk boundary"] = (
        build(listing(valid_with, boundary), boundary),
        "decryption",
        "最后一块未通过认证",
    )
    cases["truncated file"] = (build(valid, ciphertext)[:-300], "zip", "数据包不完整或已损坏")
    cases["reused nonce"] = (
        honest(sealed, [bureau], nonce_rule=_reused_nonce),
        "decryption",
        "重复使用了随机数",
    )
    reused = dict(valid.outer["encryption"])
    stanzas = reused["recipients"]
    reused["recipients"] = [
        stanzas[0],
        {**stanzas[0], "fingerprint": _stranger(sealed.suite.name).fingerprint},
    ]
    cases["reused ephemeral key"] = (
        build(valid.with_outer(encryption=reused), ciphertext),
        "decryption",
        "加密参数被重用",
    )
    wrapped = dict(valid.outer["encryption"])
    wrapped["recipients"] = [
        {**stanzas[0], "wrapped_key": _flip(bytes.fromhex(stanzas[0]["wrapped_key"]), 3).hex()}
    ]
    cases["tampered wrapped key"] = (
        build(valid.with_outer(encryption=wrapped), ciphertext),
        "decryption",
        "解不开数据包的密钥",
    )
    unknown = {**valid.outer["encryption"], "algorithm": "rot13"}
    cases["unknown algorithm"] = (
        build(valid.with_outer(encryption=unknown), ciphertext),
        "encryption",
        "不支持的加密算法",
    )

    signed_inner = zipfile.ZipFile(io.BytesIO(sealed.plain)).read("manifest.json")
    edited, _edited_manifest = _edited_plain(sealed, record_counts={"inspection": 1})
    cases["members lie: inner manifest is not the one signed outside"] = (
        honest(Sealed(sealed.outer, edited, sealed.key), [bureau], plain_manifest=signed_inner),
        "members",
        "清单对成员的说明不实",
    )
    absent = {"name": "attachments/" + "f" * 64, "size": 1, "sha256": "0" * 64}
    plain_members = orjson.loads(zipfile.ZipFile(io.BytesIO(sealed.plain)).read("manifest.json"))
    lying, lying_manifest = _edited_plain(sealed, members=[*plain_members["members"], absent])
    cases["members lie: inner manifest lists what is not there"] = (
        honest(Sealed(sealed.outer, lying, sealed.key), [bureau], plain_manifest=lying_manifest),
        "members",
        "缺少清单列出的成员",
    )
    cases["members lie: outer manifest claims another kind"] = (
        honest(sealed.with_outer(kind="full"), [bureau]),
        "members",
        "kind",
    )
    cases["members lie: outer manifest lists the records"] = (
        build(
            valid.with_outer(
                members=[
                    *valid.outer["members"],
                    {"name": "records/inspection.jsonl", "size": 1, "sha256": "0" * 64},
                ]
            ),
            ciphertext,
        ),
        "manifest",
        "只列出成员 bundle.sealed",
    )
    nested = Sealed(sealed.outer, build(valid, ciphertext), sealed.key)
    cases["sealed bundle inside a sealed bundle"] = (
        honest(nested, [bureau], plain_manifest=_manifest_bytes(valid.outer)),
        "members",
        "又是一个加密数据包",
    )
    bare = {k: v for k, v in valid.outer.items() if k != "encryption"}
    cases["sealed format without encryption"] = (
        build(Sealed(bare, sealed.plain, sealed.key), ciphertext),
        "manifest",
        "格式版本与加密信息不一致",
    )
    return cases


def _manifest_bytes(document: dict[str, object]) -> bytes:
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS)


CASE_NAMES = [
    "wrong recipient",
    "tampered ciphertext",
    "tampered ciphertext, manifest re-signed",
    "truncated ciphertext",
    "truncated at a chunk boundary",
    "truncated file",
    "reused nonce",
    "reused ephemeral key",
    "tampered wrapped key",
    "unknown algorithm",
    "members lie: inner manifest is not the one signed outside",
    "members lie: inner manifest lists what is not there",
    "members lie: outer manifest claims another kind",
    "members lie: outer manifest lists the records",
    "sealed bundle inside a sealed bundle",
    "sealed format without encryption",
]


@pytest.fixture(scope="module")
def cases(sealed: Sealed, bureau: Recipient) -> dict[str, tuple[bytes, str, str]]:
    return _cases(sealed, bureau)


def _files(store: Store) -> set[str]:
    root = store.data_dir.root
    return {
        str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "logs" not in p.parts
    }


def test_every_case_is_listed(cases: dict[str, tuple[bytes, str, str]]) -> None:
    assert sorted(cases) == sorted(CASE_NAMES)


def test_the_honestly_resealed_bundle_merges(
    world: World, sealed: Sealed, bureau: Recipient, tmp_path: Path
) -> None:
    """The control: the test's sealer, used honestly, makes a bundle the clerk accepts."""
    path = tmp_path / "control.hexie"
    path.write_bytes(honest(sealed, [bureau]))
    [result] = verify_bundles(world.clerk, [path])
    assert result.status == "valid", result.reason


@pytest.mark.parametrize("case", CASE_NAMES)
def test_a_hostile_sealed_bundle_is_refused_and_changes_nothing(
    world: World, cases: dict[str, tuple[bytes, str, str]], case: str, tmp_path: Path
) -> None:
    data, check, words = cases[case]
    path = tmp_path / "hostile.hexie"
    path.write_bytes(data)
    clerk = world.clerk
    before, files_before = digest(clerk), _files(clerk)

    [verified] = verify_bundles(clerk, [path])
    [merged] = merge_bundles(clerk, [path]).value

    for result in (verified, merged):
        assert (result.status, result.check) == ("refused", check), (case, result.reason)
        assert result.reason.startswith(f"数据包被拒绝（{CHECK_TITLES[check]}）")
        assert words in result.reason, (case, result.reason)
        assert "\n" not in result.reason
    assert digest(clerk) == before
    assert _files(clerk) == files_before
    assert sorted(os.listdir(tmp_path)) == ["hostile.hexie"]


def test_a_plain_bundle_where_the_policy_requires_encryption_exits_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    built = make_world(tmp_path / "required")
    try:
        inspector = built.inspectors[0]
        field_work(inspector, built.master)
        sealed_path = export_bundle(inspector, built.root / "outbox").value.path
        plain = unseal_file(sealed_path, built.clerk, tmp_path / "plain.hexie")
        set_policy(built.clerk, encryption="required", master_data="public")
        before = digest(built.clerk)
        argv = ["--data-dir", str(built.clerk.data_dir.root), "bundle", "merge", str(plain)]
        status = main([*argv, "--json"])
        out, err = capsys.readouterr()
        assert status == 3
        [report] = json.loads(out)["bundles"]
        assert (report["status"], report["check"]) == ("refused", "encryption")
        assert "这个数据包未加密" in err
        assert digest(built.clerk) == before
        [sealed_result] = merge_bundles(built.clerk, [sealed_path]).value
        assert sealed_result.status == "applied", sealed_result.reason
    finally:
        built.close()


def test_every_sealed_case_exits_3_through_the_command_line(
    world: World,
    cases: dict[str, tuple[bytes, str, str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    for number, (data, _check, _words) in enumerate(cases.values()):
        (folder / f"{number:02d}.hexie").write_bytes(data)
    before = digest(world.clerk)
    status = main(["--data-dir", str(world.clerk.data_dir.root), "bundle", "merge", str(folder)])
    _out, err = capsys.readouterr()
    assert status == 3
    assert err.count("数据包被拒绝") == len(cases)
    assert digest(world.clerk) == before
