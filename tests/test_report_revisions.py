"""A correction in progress does not change what a report says a firm was deducted for."""

import datetime as dt

from sqlmodel import col, select

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.reporting.firm import interview_view
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import Firm, Inspection, Interview

QUARTER = Quarter(2026, 1)
TODAY = dt.date(2026, 4, 10)


def test_a_draft_revision_leaves_the_interview_notice_deductions_alone(clerk_store: Store) -> None:
    generate_demo(clerk_store, DemoOptions(firms=12, compounds=40, quarters=[QUARTER], seed=3))
    evaluate_quarter(clerk_store, QUARTER)
    with clerk_store.reading() as session:
        interview = session.exec(select(Interview)).first()
        assert interview is not None, "the demo seed should summon at least one firm"
        firm = session.get(Firm, interview.firm_id)
        assert firm is not None
        sheet = session.exec(
            select(Inspection).where(
                col(Inspection.firm_id) == firm.id, col(Inspection.quarter) == str(QUARTER)
            )
        ).first()
        assert sheet is not None
    before = interview_view(clerk_store, firm.credit_code, QUARTER, today=TODAY).deductions
    assert before, "the summoned firm should have itemised deductions"
    with clerk_store.transaction() as session, authoring(session) as author:
        draft = sheet.model_copy(
            update={
                "status": "draft",
                "revision": 2,
                "revises_id": sheet.id,
                "revision_reason": "复核",
                **author.stamp(),
            }
        )
        draft.id = f"{sheet.id[:-4]}ffff"
        session.add(Inspection.model_validate(draft.model_dump()))
    after = interview_view(clerk_store, firm.credit_code, QUARTER, today=TODAY).deductions
    assert after == before
