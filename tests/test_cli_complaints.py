"""`hexie complaints show` and `hexie complaints purge-personal`, as a script runs them."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlmodel import col, select

from hexie_desktop.cli.main import main
from hexie_desktop.domain.personal_data import mask_name, mask_phone
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import open_store
from hexie_desktop.storage.tables import Complaint, ComplaintCaller, Firm, Installation


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as stop:
        status = int(stop.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def bureau(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "bureau"
    assert (
        run(capsys, "--data-dir", str(folder), "init", "--role", "clerk", "--name", "王文员")[0]
        == 0
    )
    demo = ("demo", "--firms", "4", "--compounds", "12", "--quarters", "2024Q1", "--seed", "5")
    assert run(capsys, "--data-dir", str(folder), *demo)[0] == 0
    return folder


def _a_caller(folder: Path) -> tuple[str, ComplaintCaller]:
    store = open_store(DataDir(folder))
    try:
        with store.reading() as session:
            number, caller = session.exec(
                select(col(Complaint.ticket_no), ComplaintCaller)
                .join(ComplaintCaller, col(ComplaintCaller.complaint_id) == col(Complaint.id))
                .order_by(col(Complaint.ticket_no))
            ).first() or (None, None)
        assert number is not None and caller is not None
        return number, caller
    finally:
        store.close()


def _become_inspector(folder: Path) -> None:
    store = open_store(DataDir(folder))
    try:
        with store.transaction() as session:
            me = session.exec(select(Installation)).one()
            me.role = "inspector"
            session.add(me)
    finally:
        store.close()


def test_show_gives_a_clerk_the_caller_and_an_inspector_the_mask(
    bureau: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, caller = _a_caller(bureau)
    status, out, _err = run(capsys, "--data-dir", str(bureau), "complaints", "show", number)
    assert status == 0 and f"来电人：{caller.name} {caller.phone}" in out
    _become_inspector(bureau)
    status, out, _err = run(
        capsys, "--data-dir", str(bureau), "complaints", "show", number.lower(), "--json"
    )
    shown = json.loads(out)["caller"]
    assert status == 0
    assert shown == {
        "name": mask_name(caller.name),
        "phone": mask_phone(caller.phone),
        "masked": True,
        "purged": False,
    }
    assert caller.phone not in out


def test_an_unknown_ticket_is_one_line_and_status_2(
    bureau: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "--data-dir", str(bureau), "complaints", "show", "DH-2024-9")
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "DH-2024-9" in err and "Traceback" not in err


def test_purge_personal_dry_run_then_purge(
    bureau: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--data-dir", str(bureau), "complaints", "purge-personal")
    status, out, _err = run(capsys, *base, "--dry-run", "--json")
    planned = json.loads(out)
    assert status == 0 and planned["dry_run"] is True and planned["retention_months"] == 24
    assert planned["tickets"] > 0
    status, out, _err = run(capsys, *base, "--dry-run", "--json")
    assert json.loads(out)["tickets"] == planned["tickets"]
    status, out, _err = run(capsys, *base)
    assert status == 0 and f"已清除 {planned['tickets']} 张工单" in out
    status, out, _err = run(capsys, *base, "--json")
    assert json.loads(out)["tickets"] == 0
    status, out, _err = run(capsys, "--data-dir", str(bureau), "audit", "verify")
    assert status == 0


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_reports_name_no_caller(
    bureau: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--data-dir", str(bureau))
    assert run(capsys, *base, "evaluate", "--quarter", "2024Q1")[0] == 0
    store = open_store(DataDir(bureau))
    try:
        with store.reading() as session:
            callers = session.exec(select(ComplaintCaller)).all()
            code = session.exec(select(col(Firm.credit_code)).order_by(col(Firm.name))).first()
    finally:
        store.close()
    assert callers and code is not None
    texts = []
    for kind, *subject in (("quarterly", "--quarter", "2024Q1"), ("firm", "--firm", code)):
        out = tmp_path / f"{kind}.pdf"
        assert run(capsys, *base, "report", kind, *subject, "--out", str(out))[0] == 0
        texts.append(_pdf_text(out).replace(" ", ""))
    text = "\n".join(texts)
    assert "投诉" in text and "来电人" not in text
    for caller in callers:
        assert caller.phone.replace("-", "") not in text.replace("-", "")
        assert mask_phone(caller.phone) not in text
        if len(caller.name) > 1:
            assert mask_name(caller.name) not in text
