"""Every text a user or a bundle can set prints literally in every report.

ReportLab reads a paragraph as markup, so a firm named `<a href=…>` once printed a clickable link
and `B & C <b>` stopped the report. Each view model is built here from its type hints with every
text field set to hostile markup carrying its own tag, so a field added later is covered too;
the PDF must then hold no link annotation and show each field's characters as typed.
"""

import dataclasses
import datetime as dt
import io
import re
import sqlite3
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from pypdf import PdfReader

from hexie_desktop.cli.main import main
from hexie_desktop.reports.community import CommunityGradingReport, render_community_grading
from hexie_desktop.reports.credit_file import CreditFileReport, render_credit_file
from hexie_desktop.reports.interview_notice import InterviewNotice, render_interview_notice
from hexie_desktop.reports.lists_notice import ListsNotice, render_lists_notice
from hexie_desktop.reports.quarterly import QuarterlyReport, render_quarterly

REPORTS_DIR = Path(__file__).parents[1] / "hexie_desktop" / "reports"

# Codes the renderers interpret rather than print: a quarter is written out in words, a mark or
# a card colour picks a word or a fill, and the provenance's kind and subject go into the QR code.
CODES = {"quarter": "2026Q1", "mark": "red", "color": "yellow", "kind": "firm", "subject": "X"}
# Text a report carries without printing it: the ranking and the lists name a firm by its name.
# The red list has no column of reasons; the interview notice's status is for the clerk's screen.
NOT_PRINTED = {"ranking.credit_code", "cards.credit_code", "red_list.reason", "status"}


def hostile(tag: str) -> str:
    return f"<a href='file:///etc/passwd'>{tag}</a><font size=40 color=red>B & C <b>"


class Builder:
    """Builds a view model from its type hints, each text field hostile with its own tag."""

    def __init__(self) -> None:
        self.tags: dict[str, str] = {}

    def build(self, cls: type, path: str = "") -> Any:
        hints = typing.get_type_hints(cls)
        values = {}
        for field in dataclasses.fields(cls):
            if field.name in CODES and hints[field.name] is str:
                values[field.name] = CODES[field.name]
            else:
                where = f"{path}.{field.name}" if path else field.name
                values[field.name] = self.value(hints[field.name], where)
        return cls(**values)

    def value(self, hint: Any, path: str) -> Any:
        origin = typing.get_origin(hint)
        if origin in (types.UnionType, typing.Union):
            return self.value(next(a for a in typing.get_args(hint) if a is not type(None)), path)
        if origin is tuple:
            args = typing.get_args(hint)
            if len(args) == 2 and args[1] is Ellipsis:
                return (self.value(args[0], path),)
            return tuple(self.value(a, path) for a in args)
        if dataclasses.is_dataclass(hint):
            return self.build(typing.cast(type, hint), path)
        if hint is str:
            tag = f"T{len(self.tags):03d}"
            self.tags[tag] = path
            return hostile(tag)
        simple: dict[Any, Any] = {
            bool: False,
            int: 3,
            float: 55.5,
            dt.date: dt.date(2026, 4, 10),
            dt.datetime: dt.datetime(2026, 4, 10, 9, 30, tzinfo=dt.UTC),
        }
        return simple[hint]


Renderer = Callable[[Any, BinaryIO], object]
REPORTS: list[tuple[type, Renderer]] = [
    (QuarterlyReport, render_quarterly),
    (ListsNotice, render_lists_notice),
    (CreditFileReport, render_credit_file),
    (InterviewNotice, render_interview_notice),
    (CommunityGradingReport, render_community_grading),
]


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize(
    ("view_type", "renderer"), REPORTS, ids=lambda r: getattr(r, "__name__", "")
)
def test_every_text_field_prints_literally(view_type: type, renderer: Renderer) -> None:
    builder = Builder()
    view = builder.build(view_type)
    buffer = io.BytesIO()
    renderer(view, buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    links = [
        annotation.get_object() for page in reader.pages for annotation in page.get("/Annots") or []
    ]
    assert links == []
    whole = squeezed("".join(page.extract_text() for page in reader.pages))
    missing = [
        field
        for tag, field in builder.tags.items()
        if field not in NOT_PRINTED and squeezed(hostile(tag)) not in whole
    ]
    assert missing == []
    assert len(builder.tags) > len(NOT_PRINTED)


def test_only_the_text_module_builds_paragraphs() -> None:
    """One escaping point: no report module hands ReportLab a string it would read as markup."""
    offenders = [
        path.name
        for path in REPORTS_DIR.glob("*.py")
        if path.name != "text.py" and re.search(r"\bParagraph\(|saxutils", path.read_text())
    ]
    assert offenders == []


def test_a_firm_named_in_markup_prints_its_name_in_its_credit_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The attack as it was found: a firm renamed in the database, its credit file printed."""
    root = ["--data-dir", str(tmp_path / "data")]
    assert main([*root, "init", "--role", "clerk", "--name", "王文员"]) == 0
    assert main([*root, "demo", "--firms", "4", "--compounds", "8", "--seed", "2"]) == 0
    assert main([*root, "evaluate", "--quarter", "2026Q1"]) == 0
    name = "<a href='file:///etc/passwd'>物业</a><font size=40 color=red>B & C <b>"
    conn = sqlite3.connect(tmp_path / "data" / "hexie.sqlite3")
    with conn:
        code = conn.execute("SELECT credit_code FROM firm ORDER BY credit_code").fetchone()[0]
        conn.execute("UPDATE firm SET name = ? WHERE credit_code = ?", (name, code))
    conn.close()
    out = tmp_path / "信用档案.pdf"
    capsys.readouterr()
    assert main([*root, "report", "firm", "--firm", code, "--out", str(out)]) == 0, (
        capsys.readouterr()
    )
    reader = PdfReader(out)
    assert [a for page in reader.pages for a in page.get("/Annots") or []] == []
    assert squeezed(name) in squeezed("".join(page.extract_text() for page in reader.pages))
