"""A generator of hostile and broken bundles, built from a valid one.

`raw_zip` writes zip files byte by byte, so a case can lie about sizes, set flags, modes and
names (NUL bytes, backslashes, links) that the standard library would refuse or silently fix.
Each case returns the file's bytes and the name of the check that must refuse it.
"""

import hashlib
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import orjson

from hexie_desktop.sync.signing import fingerprint_of, public_bytes, sign_manifest
from hexie_desktop.sync.suites import SigningKey, suite_of_key
from tests.suites import new_key


@dataclass(frozen=True)
class RawEntry:
    name: bytes
    data: bytes
    method: int = 8
    flags: int = 0x0800
    mode: int = stat.S_IFREG | 0o644
    declared_size: int | None = None
    extra: bytes = b""


def raw_zip(
    entries: list[RawEntry],
    *,
    prefix: bytes = b"",
    suffix: bytes = b"",
    claimed_total: int | None = None,
) -> bytes:
    body = bytearray(prefix)
    directory = bytearray()
    for e in entries:
        packed = zlib.compress(e.data, 9)[2:-4] if e.method == 8 else e.data
        size = len(e.data) if e.declared_size is None else e.declared_size
        crc = zlib.crc32(e.data)
        offset = len(body)
        body += struct.pack(
            "<4sHHHHHIIIHH",
            b"PK\x03\x04",
            20,
            e.flags,
            e.method,
            0,
            0x21,
            crc,
            len(packed),
            size,
            len(e.name),
            len(e.extra),
        )
        body += e.name + e.extra + packed
        directory += struct.pack(
            "<4sHHHHHHIIIHHHHHII",
            b"PK\x01\x02",
            0x0314,
            20,
            e.flags,
            e.method,
            0,
            0x21,
            crc,
            len(packed),
            size,
            len(e.name),
            len(e.extra),
            0,
            0,
            0,
            e.mode << 16,
            offset,
        )
        directory += e.name + e.extra
    count = len(entries) if claimed_total is None else claimed_total
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(directory), len(body), 0)
    return bytes(body + directory + end + suffix)


@dataclass(frozen=True)
class Parts:
    """A valid bundle taken apart: its manifest document and its members after the signature."""

    manifest: dict[str, Any]
    members: list[tuple[str, bytes]]
    key: SigningKey

    @classmethod
    def read(cls, path: Path, key: SigningKey) -> "Parts":
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            manifest = orjson.loads(archive.read(names[0]))
            return cls(manifest, [(n, archive.read(n)) for n in names[2:]], key)

    def member(self, name: str) -> bytes:
        return dict(self.members)[name]

    def with_member(self, name: str, data: bytes) -> "Parts":
        return replace(self, members=[(n, data if n == name else d) for n, d in self.members])

    def rehashed(self) -> "Parts":
        """The manifest's sizes and hashes recomputed for the current members (then signed anew)."""
        manifest = dict(self.manifest)
        manifest["members"] = [
            {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
            for n, d in self.members
        ]
        return replace(self, manifest=manifest)

    def build(
        self,
        *,
        key: SigningKey | None = None,
        signature: bytes | None = None,
        extra: list[RawEntry] | None = None,
    ) -> bytes:
        manifest = orjson.dumps(self.manifest, option=orjson.OPT_SORT_KEYS)
        sig = signature if signature is not None else sign_manifest(manifest, key or self.key)
        entries = [RawEntry(b"manifest.json", manifest), RawEntry(b"manifest.sig", sig)]
        entries += [
            RawEntry(n.encode(), d, method=0 if n.startswith("attachments/") else 8)
            for n, d in self.members
        ]
        return raw_zip(entries + (extra or []))


def _lines(parts: Parts, table: str) -> list[bytes]:
    return parts.member(f"records/{table}.jsonl").splitlines()


def edit_records(parts: Parts, table: str, edit: Callable[[list[bytes]], list[bytes]]) -> Parts:
    """Replace a table's lines and re-sign honestly: the record checks, not the hashes, must refuse."""
    lines = edit(_lines(parts, table))
    count = len(lines)
    edited = parts.with_member(
        f"records/{table}.jsonl", b"".join(line + b"\n" for line in lines)
    ).rehashed()
    manifest = dict(edited.manifest)
    manifest["record_counts"] = {**manifest["record_counts"], table: count}
    return replace(edited, manifest=manifest)


def edit_first(parts: Parts, table: str, **changes: Any) -> Parts:
    def edit(lines: list[bytes]) -> list[bytes]:
        record = orjson.loads(lines[0])
        record.update(changes)
        return [orjson.dumps(record, option=orjson.OPT_SORT_KEYS), *lines[1:]]

    return edit_records(parts, table, edit)


def replace_first_line(parts: Parts, table: str, line: bytes) -> Parts:
    return edit_records(parts, table, lambda lines: [line, *lines[1:]])


def with_manifest(parts: Parts, **changes: Any) -> Parts:
    return replace(parts, manifest={**parts.manifest, **changes})


def impostor(parts: Parts) -> tuple[Parts, SigningKey]:
    """The same bundle re-signed by another key of its suite that claims the inspector's device
    id (T17)."""
    key = new_key(suite_of_key(parts.key).name)
    public = public_bytes(key)
    author = {
        **parts.manifest["author"],
        "public_key": public.hex(),
        "fingerprint": fingerprint_of(public),
    }
    return replace(with_manifest(parts, author=author), key=key), key


def entries_of(parts: Parts) -> list[RawEntry]:
    manifest = orjson.dumps(parts.manifest, option=orjson.OPT_SORT_KEYS)
    entries = [
        RawEntry(b"manifest.json", manifest),
        RawEntry(b"manifest.sig", sign_manifest(manifest, parts.key)),
    ]
    return entries + [RawEntry(n.encode(), d) for n, d in parts.members]


def _local_time_flipped(valid: bytes) -> bytes:
    """The first member's local header gives another modification time than the directory."""
    data = bytearray(valid)
    data[10] ^= 0x01
    return bytes(data)


def hostile_cases(parts: Parts, valid: bytes) -> dict[str, tuple[bytes, str]]:
    """Case name → (bundle bytes, the check expected to refuse it)."""
    first_record = parts.members[0][0]
    entries = entries_of(parts)
    attachment = next(n for n, _ in parts.members if n.startswith("attachments/"))
    score_line = orjson.loads(_lines(parts, "indicatorscore")[0])
    cases: dict[str, tuple[bytes | Parts, str]] = {
        "flipped byte in records": (
            parts.with_member(
                first_record, parts.member(first_record).replace(b"2026-08-03", b"2026-08-04", 1)
            ).build(),
            "hashes",
        ),
        "flipped byte breaking json": (
            parts.with_member(
                first_record, parts.member(first_record).replace(b'"', b"'", 1)
            ).build(),
            "hashes",
        ),
        "flipped byte in photo on disk": (
            valid.replace(b"hexie-photo", b"hexie-phot0", 1),
            "hashes",
        ),
        "truncated zip": (valid[: len(valid) * 2 // 3], "zip"),
        "local header time differs from directory": (_local_time_flipped(valid), "zip"),
        "zero bytes": (b"", "zip"),
        "not a zip": (b"%PDF-1.4 this is not a bundle" * 10, "zip"),
        "prepended data": (b"MZ" + b"\0" * 64 + valid, "zip"),
        "trailing data after end record": (valid + b"PK\x05\x06" + b"\0" * 18, "zip"),
        "missing member": (replace(parts, members=parts.members[1:]).build(), "members"),
        "extra member": (
            raw_zip([*entries, RawEntry(b"attachments/" + b"a" * 64, b"\xff\xd8\xff extra")]),
            "members",
        ),
        "member order changed": (
            raw_zip([entries[0], entries[1], *reversed(entries[2:])]),
            "members",
        ),
        "missing signature": (raw_zip([entries[0], *entries[2:]]), "members"),
        "path traversal": (raw_zip([*entries, RawEntry(b"../../evil.txt", b"x")]), "names"),
        "traversal inside folder": (
            raw_zip([*entries, RawEntry(b"attachments/../../x.jpg", b"x")]),
            "names",
        ),
        "absolute path": (raw_zip([*entries, RawEntry(b"/etc/x", b"x")]), "names"),
        "drive letter": (raw_zip([*entries, RawEntry(b"C:\\x", b"x")]), "names"),
        "drive relative": (raw_zip([*entries, RawEntry(b"C:x", b"x")]), "names"),
        "unc path": (raw_zip([*entries, RawEntry(b"\\\\srv\\s\\x", b"x")]), "names"),
        "backslash separators": (raw_zip([*entries, RawEntry(b"records\\x.jsonl", b"x")]), "names"),
        "nul in name": (raw_zip([*entries, RawEntry(b"records/a\x00.jsonl", b"x")]), "names"),
        "trailing dot": (raw_zip([*entries, RawEntry(b"records/x.", b"x")]), "names"),
        "reserved device name": (raw_zip([*entries, RawEntry(b"records/CON", b"x")]), "names"),
        "nul device with extension": (raw_zip([*entries, RawEntry(b"NUL.txt", b"x")]), "names"),
        "ntfs stream": (raw_zip([*entries, RawEntry(b"a.jpg:stream", b"x")]), "names"),
        "over-long name": (raw_zip([*entries, RawEntry(b"a" * 300, b"x")]), "names"),
        "non utf-8 name": (raw_zip([*entries, RawEntry(b"records/\xff\xfe.jsonl", b"x")]), "names"),
        "duplicate name": (raw_zip([*entries, entries[-1]]), "names"),
        "duplicate differing in case": (
            raw_zip([*entries, replace(entries[2], name=entries[2].name.upper())]),
            "names",
        ),
        "symlink member": (
            raw_zip([*entries[:-1], replace(entries[-1], mode=stat.S_IFLNK | 0o777)]),
            "names",
        ),
        "device member": (
            raw_zip([*entries[:-1], replace(entries[-1], mode=stat.S_IFCHR | 0o644)]),
            "names",
        ),
        "directory member": (
            raw_zip([*entries, RawEntry(b"records/", b"", mode=stat.S_IFDIR | 0o755)]),
            "names",
        ),
        "zip bomb ratio": (
            raw_zip([*entries[:2], replace(entries[2], data=b"\n" * 30_000_000)]),
            "limits",
        ),
        "65535 entries declared": (raw_zip(entries, claimed_total=65_535), "limits"),
        "size smaller than data": (
            raw_zip([*entries[:2], replace(entries[2], declared_size=10), *entries[3:]]),
            "sizes",
        ),
        "encrypted entry": (
            raw_zip([*entries[:2], replace(entries[2], flags=0x0801), *entries[3:]]),
            "zip",
        ),
        "unknown compression": (
            raw_zip([*entries[:2], replace(entries[2], method=12), *entries[3:]]),
            "zip",
        ),
        "zip64 extra": (
            raw_zip(
                [*entries[:2], replace(entries[2], extra=struct.pack("<HH", 1, 0)), *entries[3:]]
            ),
            "zip",
        ),
        "bad signature": (
            parts.build(signature=sign_manifest(b"something else", parts.key)),
            "signature",
        ),
        "unknown algorithm": (
            parts.build(
                signature=orjson.dumps(
                    {
                        "algorithm": "rsa",
                        "fingerprint": parts.manifest["author"]["fingerprint"],
                        "signature": "00" * 64,
                    }
                )
            ),
            "signature",
        ),
        "manifest edited after signing": (
            parts.build(
                signature=sign_manifest(
                    orjson.dumps(
                        with_manifest(parts, seq=99).manifest, option=orjson.OPT_SORT_KEYS
                    ),
                    parts.key,
                )
            ),
            "signature",
        ),
        "unknown key re-signed": (impostor(parts)[0].build(), "trust"),
        "future format version": (with_manifest(parts, format_version=3).build(), "version"),
        "older schema": (with_manifest(parts, schema_version=0).build(), "version"),
        "newer schema": (with_manifest(parts, schema_version=7).build(), "version"),
        "not a hexie manifest": (with_manifest(parts, format="other").build(), "version"),
        "manifest unknown field": (with_manifest(parts, extra=1).build(), "manifest"),
        "malformed json": (replace_first_line(parts, "indicatorscore", b'{"id": "x", '), "json"),
        "duplicate keys": (
            replace_first_line(
                parts,
                "indicatorscore",
                orjson.dumps(score_line, option=orjson.OPT_SORT_KEYS)[:-1] + b',"note":"x"}',
            ),
            "json",
        ),
        "nan": (
            replace_first_line(
                parts,
                "indicatorscore",
                orjson.dumps(score_line, option=orjson.OPT_SORT_KEYS).replace(
                    b'"score":2.5', b'"score":NaN'
                ),
            ),
            "json",
        ),
        "infinity literal 1e400": (
            replace_first_line(
                parts,
                "indicatorscore",
                orjson.dumps(score_line, option=orjson.OPT_SORT_KEYS).replace(
                    b'"score":2.5', b'"score":1e400'
                ),
            ),
            "json",
        ),
        "5000 digit integer": (
            replace_first_line(
                parts,
                "indicatorscore",
                orjson.dumps(score_line, option=orjson.OPT_SORT_KEYS).replace(
                    b'"hlc":', b'"hlc":' + b"9" * 5000 + b',"x":'
                ),
            ),
            "json",
        ),
        "lone surrogate": (
            replace_first_line(
                parts,
                "indicatorscore",
                orjson.dumps(score_line, option=orjson.OPT_SORT_KEYS).replace(
                    b'"note":""', b'"note":"\\ud800"'
                ),
            ),
            "json",
        ),
        "invalid utf-8": (
            replace_first_line(
                parts,
                "indicatorscore",
                orjson.dumps(score_line, option=orjson.OPT_SORT_KEYS).replace(
                    b'"note":""', b'"note":"\xff"'
                ),
            ),
            "json",
        ),
        "bom": (
            replace_first_line(
                parts,
                "indicatorscore",
                b"\xef\xbb\xbf" + orjson.dumps(score_line, option=orjson.OPT_SORT_KEYS),
            ),
            "json",
        ),
        "nul in string": (edit_first(parts, "indicatorscore", note="a\x00b"), "records"),
        "deep nesting": (
            replace_first_line(parts, "indicatorscore", b"[" * 100_000 + b"]" * 100_000),
            "json",
        ),
        "over-long line": (edit_first(parts, "indicatorscore", note="长" * 600_000), "limits"),
        "unterminated last line": (
            edit_records(parts, "indicatorscore", lambda lines: lines)
            .with_member(
                "records/indicatorscore.jsonl", parts.member("records/indicatorscore.jsonl")[:-1]
            )
            .rehashed(),
            "json",
        ),
        "record of unknown table": (
            replace(
                parts,
                members=[*parts.members[:-1], ("records/bogus.jsonl", b"{}\n"), parts.members[-1]],
            ).rehashed(),
            "records",
        ),
        "unknown field": (edit_first(parts, "indicatorscore", colour="red"), "records"),
        "missing field": (
            edit_records(
                parts,
                "indicatorscore",
                lambda lines: [
                    orjson.dumps({k: v for k, v in orjson.loads(lines[0]).items() if k != "note"}),
                    *lines[1:],
                ],
            ),
            "records",
        ),
        "wrong type": (edit_first(parts, "indicatorscore", score="2.5"), "records"),
        "score above 100": (edit_first(parts, "indicatorscore", score=150.0), "records"),
        "negative score": (edit_first(parts, "indicatorscore", score=-1.0), "records"),
        "bad enum": (edit_first(parts, "inspection", method="psychic"), "records"),
        "future inspection date": (
            edit_first(parts, "inspection", inspected_on="2099-01-01"),
            "records",
        ),
        "survey answers above sample": (edit_first(parts, "survey", satisfied=500), "records"),
        "unknown firm id": (
            edit_first(parts, "inspection", firm_id="01a20000-0000-7000-8000-000000000000"),
            "records",
        ),
        "duplicate record id": (
            edit_records(parts, "indicatorscore", lambda lines: [*lines, lines[0]]),
            "records",
        ),
        "record count lies": (
            with_manifest(
                parts, record_counts={**parts.manifest["record_counts"], "indicatorscore": 1}
            ),
            "records",
        ),
        "exe renamed jpg": (
            _swap_attachment(parts, attachment, b"MZ\x90\x00 this program cannot be run"),
            "attachments",
        ),
    }
    return {
        name: (value if isinstance(value, bytes) else value.build(), check)
        for name, (value, check) in cases.items()
    }


def _swap_attachment(parts: Parts, name: str, content: bytes) -> Parts:
    sha = hashlib.sha256(content).hexdigest()
    new_name = f"attachments/{sha}"
    old_sha = name.split("/")[1]
    swapped = replace(
        parts, members=[(new_name, content) if n == name else (n, d) for n, d in parts.members]
    )

    swapped = edit_records(
        swapped,
        "attachment",
        lambda lines: [_fix_attachment(line, old_sha, sha, len(content)) for line in lines],
    )
    return edit_records(
        swapped,
        "photo",
        lambda lines: [line.replace(old_sha.encode(), sha.encode()) for line in lines],
    )


def _fix_attachment(line: bytes, old_sha: str, sha: str, size: int) -> bytes:
    record = orjson.loads(line)
    if record["sha256"] == old_sha:
        record.update(sha256=sha, size=size)
    return orjson.dumps(record, option=orjson.OPT_SORT_KEYS)
