"""The bundle format's building blocks: strict JSON, member names, schema coverage, progress."""

from pathlib import Path

import pytest

from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.sync.errors import BundleRefusedError, MergeCancelledError
from hexie_desktop.sync.jsonl import iter_lines, parse_object
from hexie_desktop.sync.names import check_member_name
from hexie_desktop.sync.schema import UNCOVERED_CHECKS
from tests.sync_world import digest, field_work, make_world


def test_every_check_constraint_is_validated_before_writing() -> None:
    assert UNCOVERED_CHECKS == []


@pytest.mark.parametrize(
    "line",
    [
        b'{"a":1,"a":2}',
        b'{"a":NaN}',
        b'{"a":1e400}',
        b'{"a":"\\udc00"}',
        b'\xef\xbb\xbf{"a":1}',
        b"[1]",
        b'{"a":' + b"9" * 30 + b"}",
    ],
)
def test_strict_json_refuses(line: bytes) -> None:
    with pytest.raises(BundleRefusedError) as refusal:
        parse_object(line, "records/x.jsonl 第 1 行")
    assert refusal.value.check == "json"


def test_strict_json_accepts_other_writers_spacing() -> None:
    assert parse_object(b'{ "b": 1,  "a": [1, 2.5] }', "x") == {"a": [1, 2.5], "b": 1}


def test_lines_are_bounded_and_terminated() -> None:
    assert list(iter_lines([b'{"a"', b":1}\n{}\n"], "m")) == [(1, b'{"a":1}'), (2, b"{}")]
    with pytest.raises(BundleRefusedError, match="不完整"):
        list(iter_lines([b"{}\n{"], "m"))
    with pytest.raises(BundleRefusedError, match="超过"):
        list(iter_lines([b"x" * (1024**2 + 1)], "m"))


@pytest.mark.parametrize(
    "name", [b"records/inspection.jsonl", b"manifest.json", b"attachments/" + b"0" * 64]
)
def test_names_of_the_grammar_pass(name: bytes) -> None:
    assert check_member_name(name) == name.decode()


def test_merge_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    try:
        field_work(world.inspectors[0], world.master)
        path = export_bundle(world.inspectors[0], tmp_path).value.path
        before = digest(world.clerk)
        with pytest.raises(MergeCancelledError):
            merge_bundles(world.clerk, [path], cancel=lambda: True)
        assert digest(world.clerk) == before
        seen: list[float] = []
        merge_bundles(
            world.clerk, [path], progress=lambda fraction, _message: seen.append(fraction)
        )
        assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 3
    finally:
        world.close()
