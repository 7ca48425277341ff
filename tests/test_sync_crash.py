"""A merge killed part way (SIGKILL, as a crash or Task Manager would) leaves the database as it
was, and the same merge run again completes."""

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlmodel import select

from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.storage.tables import BundleLog, IndicatorScore, Inspection
from tests.sync_world import QUARTER, digest, installation_id, make_world

ROOT = Path(__file__).resolve().parent.parent
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from hexie_desktop.paths import DataDir
    from hexie_desktop.services.bundles.exchange import merge_bundles
    from hexie_desktop.services.store import open_store

    stop_at = float(sys.argv[3])

    def progress(fraction, message):
        if fraction >= stop_at:
            print(f"{fraction:.3f} {message}", flush=True)
            time.sleep(60)

    store = open_store(DataDir(Path(sys.argv[1])))
    merge_bundles(store, [Path(sys.argv[2])], progress=progress)
    print("finished", flush=True)
    """
)


@pytest.mark.parametrize("stop_at", [0.3, 0.6, 0.95])
def test_killed_merge_changes_nothing_and_reruns(tmp_path: Path, stop_at: float) -> None:
    world = make_world(tmp_path)
    try:
        inspector = world.inspectors[0]
        me = installation_id(inspector)
        with inspector.transaction() as session, authoring(session) as author:
            for number in range(120):
                inspection = Inspection(
                    compound_id=world.master.compounds[number % 3],
                    firm_id=world.master.firms[number % 3 % 2],
                    standard_id=world.master.standard,
                    quarter=QUARTER,
                    inspector_id=me,
                    inspected_on=dt.date(2026, 8, 3),
                    **author.stamp(),
                )
                session.add(inspection)
                session.flush()
                session.add_all(
                    IndicatorScore(
                        inspection_id=inspection.id, indicator_id=i, score=1.0, **author.stamp()
                    )
                    for i in world.master.indicators
                )
        bundle = export_bundle(inspector, tmp_path).value.path
        before = digest(world.clerk)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        command = [
            sys.executable,
            "-c",
            CHILD,
            str(world.clerk.data_dir.root),
            str(bundle),
            str(stop_at),
        ]
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env
        ) as child:
            assert child.stdout is not None
            line = child.stdout.readline()
            assert line and not line.startswith("finished"), line
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL
        assert digest(world.clerk) == before
        [result] = merge_bundles(world.clerk, [bundle]).value
        assert result.status == "applied", result.reason
        with world.clerk.reading() as session:
            assert len(session.exec(select(IndicatorScore)).all()) == 120 * len(
                world.master.indicators
            )
            assert session.exec(select(BundleLog)).one().status == "applied"
    finally:
        world.close()
