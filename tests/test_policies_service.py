"""Policy and standard versions: a new version applies from its period and not before."""

import datetime as dt
from dataclasses import replace

import pytest
from sqlmodel import col, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.standard import StandardError
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.inputs import load_policy
from hexie_desktop.services.evaluation.quarters import finalise_quarter
from hexie_desktop.services.rules.policies import (
    create_policy_version,
    create_standard_version,
    list_versions,
    policy_document,
    standard_spec,
)
from hexie_desktop.services.rules.policy_fields import (
    POLICY_FIELDS,
    pairs_text,
    parse_pairs,
    value_at,
    with_value,
)
from hexie_desktop.services.rules.standards import standard_in_force
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit_data import SEAL_ACTION
from hexie_desktop.storage.tables import AuditEvent, EvaluationRun

TODAY = dt.date(2026, 5, 10)


@pytest.fixture
def demo(clerk_store: Store) -> Store:
    generate_demo(clerk_store, DemoOptions(firms=12, compounds=40, seed=1))
    return clerk_store


def _red_count(field_doc: dict[str, object], count: int) -> dict[str, object]:
    field = next(f for f in POLICY_FIELDS if f.key == "lists.red_count")
    return with_value(field_doc, field, count)


def test_a_new_policy_version_applies_from_its_quarter_and_not_before(demo: Store) -> None:
    base = policy_document(demo, 1)
    created = create_policy_version(demo, _red_count(base, 8), "2026q2", "红榜改为 8 家").value
    assert (created.version, created.effective_from) == (2, "2026Q2")
    assert policy_document(demo, 1)["lists"]["red_count"] == 10
    with demo.reading() as session:
        first, v1 = load_policy(session, "2026Q1")
        second, v2 = load_policy(session, "2026Q2")
        later, v3 = load_policy(session, "2027Q1")
        business = select(AuditEvent).where(col(AuditEvent.action) != SEAL_ACTION)
        assert [e.action for e in session.exec(business)][-1] == "policy.version.create"
    assert (v1, first.lists.red_count) == (1, 10)
    assert (v2, second.lists.red_count) == (2, 8)
    assert (v3, later.lists.red_count) == (2, 8)

    policies = [v for v in list_versions(demo, TODAY) if v.kind == "policy"]
    assert [(v.version, v.effective_from, v.in_force) for v in policies] == [
        (2, "2026Q2", True),
        (1, "2026Q1", False),
    ]
    in_q1 = [v for v in list_versions(demo, dt.date(2026, 2, 1)) if v.kind == "policy"]
    assert [v.in_force for v in in_q1] == [False, True]

    # the evaluation of each quarter records and uses the version in force for it
    for quarter in ("2026Q1", "2026Q2"):
        evaluate_quarter(demo, Quarter.parse(quarter), today=TODAY)
    with demo.reading() as session:
        runs = {r.quarter: (r.policy_version, r.red) for r in session.exec(select(EvaluationRun))}
    assert runs["2026Q1"][0] == 1 and runs["2026Q2"][0] == 2
    assert runs["2026Q2"][1] <= 8


def test_a_policy_version_is_checked_whole_and_cannot_reach_a_finalised_quarter(
    demo: Store,
) -> None:
    base = policy_document(demo, 1)
    weights = next(f for f in POLICY_FIELDS if f.key == "complaints.weights.resolution")
    with pytest.raises(UserError, match="complaints.weights"):
        create_policy_version(demo, with_value(base, weights, 0.9), "2026Q3", "")
    with pytest.raises(UserError, match="季度格式不正确"):
        create_policy_version(demo, base, "明年", "")
    evaluate_quarter(demo, Quarter(2026, 1), today=TODAY)
    finalise_quarter(demo, Quarter(2026, 1))
    with pytest.raises(UserError, match="2026Q1 已定稿.*2026Q2 或更晚"):
        create_policy_version(demo, base, "2026Q1", "")


def test_every_policy_field_reads_from_the_default_document(demo: Store) -> None:
    base = policy_document(demo, 1)
    values = {f.key: value_at(base, f) for f in POLICY_FIELDS}
    assert values["lists.red_count"] == 10 and values["grading.source_weights.district"] == 0.5
    quotas = next(f for f in POLICY_FIELDS if f.key == "grading.quotas")
    assert pairs_text(value_at(base, quotas)) == "AAA 0.1, AA 0.3, A 0.5"
    assert parse_pairs("AAA 85，AA 80", "信用等级") == [["AAA", 85.0], ["AA", 80.0]]
    with pytest.raises(UserError, match="名称 数值"):
        parse_pairs("AAA", "信用等级")


def test_a_standard_version_must_add_up_and_applies_from_its_quarter(demo: Store) -> None:
    service = next(v for v in list_versions(demo, TODAY) if v.kind == "service")
    spec = standard_spec(demo, service.id)
    assert len(spec.indicators()) == 28 and spec.parts[0].indicators[0].deductions
    part = spec.parts[0]
    first, second = part.indicators[0], part.indicators[1]
    unbalanced = replace(
        spec,
        parts=(
            replace(
                part,
                indicators=(replace(first, max_points=first.max_points + 1),) + part.indicators[1:],
            ),
            *spec.parts[1:],
        ),
    )
    with pytest.raises(StandardError, match=f"部分 {part.code} 的指标满分合计"):
        create_standard_version(demo, unbalanced, "2026Q3")
    moved = replace(
        spec,
        parts=(
            replace(
                part,
                indicators=(
                    replace(first, max_points=first.max_points + 1, name="合同签订与备案"),
                    replace(second, max_points=second.max_points - 1),
                    *part.indicators[2:],
                ),
            ),
            *spec.parts[1:],
        ),
    )
    created = create_standard_version(demo, moved, "2026Q3").value
    assert (created.version, created.effective_from) == (2, "2026Q3")
    with demo.reading() as session:
        before = standard_in_force(session, "service", "2026Q2")
        after = standard_in_force(session, "service", "2026Q3")
        assert before is not None and after is not None
        assert (before.version, after.version) == (1, 2)
    stored = standard_spec(demo, created.id)
    assert stored.parts[0].indicators[0].name == "合同签订与备案"
    assert stored.parts[0].indicators[0].deductions == first.deductions

    community = next(v for v in list_versions(demo, TODAY) if v.kind == "community")
    with pytest.raises(UserError, match="生效年度"):
        create_standard_version(demo, standard_spec(demo, community.id), "2027Q1")
    assert (
        create_standard_version(demo, standard_spec(demo, community.id), "2027").value.in_force
        is False
    )
