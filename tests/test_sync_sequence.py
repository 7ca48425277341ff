"""Bundle numbers after an inspector restores a backup, end to end through the command line.

Restoring a database rewinds the bundle number stored in it; the next export must still take a
number never used, or the clerk refuses it (same device and number, different content). And
when the numbers were rewound anyway (the number file lost with the data folder), the clerk's
refusal says what to do and a full export recovers.
"""

import json
from pathlib import Path
from typing import Any

import pytest

from hexie_desktop.cli.main import main
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import open_store
from hexie_desktop.services.trust.identity import require_identity


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


class Laptops:
    """A clerk with demo master data and an enrolled inspector who has merged it."""

    def __init__(self, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.root, self.capsys = root, capsys
        self.clerk = ["--data-dir", str(root / "clerk")]
        self.inspector = ["--data-dir", str(root / "inspector")]
        self.stick = root / "stick"
        self.stick.mkdir()
        self.ok(*self.clerk, "init", "--role", "clerk", "--name", "王文员")
        self.ok(*self.clerk, "demo", "--master-only", "--firms", "4", "--compounds", "12")
        self.ok(*self.inspector, "init", "--role", "inspector", "--name", "李考评")
        self.ok(*self.inspector, "keys", "export", "--out", str(self.stick))
        self.ok(*self.clerk, "keys", "enrol", str(next(self.stick.glob("*.hexie-key.json"))))
        master = root / "master.hexie"
        self.ok(*self.clerk, "bundle", "export", "--master", "--out", str(master))
        self.ok(*self.inspector, "bundle", "merge", str(master))

    def ok(self, *argv: str) -> str:
        status, out, err = _run(self.capsys, *argv)
        assert status == 0, err
        return out

    def field_work(self, seed: int) -> None:
        self.ok(
            *self.inspector, "demo", "--inspections-only", "--sample", "0.3", "--seed", str(seed)
        )

    def export(self, name: str, *extra: str) -> tuple[Path, int]:
        path = self.stick / f"{name}.hexie"
        out = self.ok(*self.inspector, "bundle", "export", "--out", str(path), "--json", *extra)
        return path, int(json.loads(out)["seq"])

    def merge(self, *paths: Path) -> tuple[int, list[dict[str, Any]], str]:
        status, out, err = _run(
            self.capsys, *self.clerk, "bundle", "merge", *map(str, paths), "--json"
        )
        return status, json.loads(out)["bundles"], err

    def backup_then_two_exports_then_restore(self) -> list[Path]:
        self.field_work(1)
        first, _ = self.export("first")
        backup = self.root / "backup.sqlite3"
        self.ok(*self.inspector, "db", "backup", str(backup))
        self.field_work(2)
        second, _ = self.export("second")
        self.ok(*self.inspector, "db", "restore", str(backup))
        self.field_work(3)
        return [first, second]


def test_a_restored_inspector_never_reuses_a_bundle_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptops = Laptops(tmp_path, capsys)
    sent = laptops.backup_then_two_exports_then_restore()
    third, seq = laptops.export("third")
    assert seq == 3
    status, bundles, err = laptops.merge(*sent, third)
    assert status == 0, err
    assert [b["status"] for b in bundles] == ["applied"] * 3
    assert [b["seq"] for b in bundles] == [1, 2, 3]


def test_rewound_numbers_are_refused_with_the_way_out_and_a_full_export_recovers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptops = Laptops(tmp_path, capsys)
    sent = laptops.backup_then_two_exports_then_restore()
    store = open_store(DataDir(tmp_path / "inspector"))
    try:
        store.data_dir.bundle_sequence(require_identity(store).id).unlink()
    finally:
        store.close()
    third, seq = laptops.export("third")
    assert seq == 2, "the number file lost too: the database's rewound number is all there is"
    status, bundles, err = laptops.merge(*sent, third)
    assert status == 3
    assert [b["status"] for b in bundles] == ["applied", "applied", "refused"]
    assert "hexie bundle export --full" in err and "全部重新导出" in err
    full, _ = laptops.export("full", "--full")
    status, bundles, err = laptops.merge(full)
    assert status == 0, err
    assert bundles[0]["status"] in ("applied", "held")
    assert bundles[0]["counts"]["inserted"] > 0, "the work done after the restore arrives"
