"""On the bureau's central store every clerk works under their own name.

Each workstation's data folder holds one person's signing key; the server holds one identity
row per person. What a clerk does (audit events, finalising, exported master bundles) names
that clerk, each has their own bundle numbering, and a later edit by anyone is stamped after
every earlier one, whoever's clock it was.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.paths import DataDir
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.quarters import finalise_quarter
from hexie_desktop.services.maintenance import check_database
from hexie_desktop.services.rules.standards import default_policy_document, install_policy
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import (
    current_identity,
    init_identity,
    require_identity,
)
from hexie_desktop.storage.tables import District
from hexie_desktop.sync.container import open_container
from tests.pg_server import running_server, server_binaries
from tests.sync_world import QUARTER, seed_master

pytestmark = pytest.mark.skipif(server_binaries() is None, reason="no PostgreSQL server binaries")


@pytest.fixture
def two_clerks(tmp_path: Path) -> Iterator[tuple[Store, Store, str]]:
    with running_server() as url:
        wang = open_store(DataDir(tmp_path / "王文员的电脑"), url)
        li = open_store(DataDir(tmp_path / "李科长的电脑"), url)
        try:
            init_identity(wang, "clerk", "王文员")
            init_identity(li, "clerk", "李科长")
            yield wang, li, url
        finally:
            wang.close()
            li.close()


def _stamp(store: Store, code: str) -> int:
    with store.transaction() as session, authoring(session) as author:
        row = District(code=code, name=f"区{code}", **author.stamp())
        session.add(row)
        return row.hlc


def test_each_workstation_acts_as_its_own_person(
    two_clerks: tuple[Store, Store, str], tmp_path: Path
) -> None:
    wang, li, url = two_clerks
    me, other = current_identity(wang), current_identity(li)
    assert me is not None and other is not None
    assert (me.name, other.name) == ("王文员", "李科长")
    assert me.id != other.id and me.fingerprint != other.fingerprint
    with pytest.raises(UserError, match="身份已经存在"):
        init_identity(wang, "clerk", "王文员")
    stranger = open_store(DataDir(tmp_path / "新电脑"), url)
    try:
        with pytest.raises(UserError, match="尚未设置身份"):
            require_identity(stranger)
    finally:
        stranger.close()


def test_decisions_audit_events_and_master_bundles_name_the_clerk(
    two_clerks: tuple[Store, Store, str], tmp_path: Path
) -> None:
    wang, li, _ = two_clerks
    seed_master(wang)
    with li.transaction() as session, authoring(session) as author:
        install_policy(session, default_policy_document(), author)
    quarter = Quarter.parse(QUARTER)
    evaluate_quarter(wang, quarter)
    status = finalise_quarter(li, quarter).value
    assert status.finalised_by == "李科长"
    wang_id, li_id = require_identity(wang).id, require_identity(li).id
    with wang.reading() as session:
        actors = dict(
            session.execute(
                text(
                    "SELECT action, actor_id FROM auditevent "
                    "WHERE action IN ('quarter.finalised', 'evaluation.run')"
                )
            ).all()
        )
    assert (actors["evaluation.run"], actors["quarter.finalised"]) == (wang_id, li_id)

    exported: dict[str, list[tuple[str, int]]] = {}
    for store in (wang, li, wang):
        result = export_bundle(store, tmp_path / "outbox", master=True).value
        with open_container(result.path) as container:
            signer = container.manifest.author
        exported.setdefault(signer.name, []).append((signer.installation_id, result.seq))
    assert exported == {"王文员": [(wang_id, 1), (wang_id, 2)], "李科长": [(li_id, 1)]}
    assert check_database(wang).healthy
    assert check_database(li).healthy


def test_an_edit_is_stamped_after_every_earlier_edit_whoever_made_it(
    two_clerks: tuple[Store, Store, str],
) -> None:
    wang, li, _ = two_clerks
    stamps = [_stamp(wang, "110101")]
    for _ in range(5):
        stamps.append(_stamp(wang, f"1102{len(stamps):02d}"))
    # 李科长's clock has not moved since his identity was made; his edit still comes last.
    stamps.append(_stamp(li, "110300"))
    stamps.append(_stamp(wang, "110301"))
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
