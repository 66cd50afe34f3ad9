"""Four kiosks scanning at once on one database: exact events, no duplicates, the chain holds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from aptaskil_desk.app import AppContext
from aptaskil_desk.db.models import AttendanceEvent, AuditLog
from aptaskil_desk.services.people import NewLearner
from tests.integration.proc_kiosk import scan_uuid
from tests.integration.proc_writer import REPO_ROOT

KIOSKS = 4
SCANS = 500


@pytest.mark.slow
def test_four_kiosks_times_500_scans(ctx: AppContext, tmp_path: Path) -> None:
    """4 processes × 500 scans (10 % retried with the same UUID): exactly 2,000 check-ins, chain verifies."""
    actor = ctx.system_actor()
    ctx.centre.add_room(actor, "LAB", "Laboratoire", "laboratory")
    people = ctx.people.add_learners(
        actor,
        [NewLearner(f"Élève{i}", f"Famille{i}", "job_seeker", external_ref=f"K{i}") for i in range(KIOSKS * SCANS)],
    )
    codes = [b.code for b in ctx.badges.issue(actor, [p.id for p in people])]
    for k in range(KIOSKS):
        ctx.centre.register_terminal(actor, f"KIOSK-{k}", "LAB")
    audit_before = ctx.audit.count()
    procs = []
    for k in range(KIOSKS):
        terminal = f"KIOSK-{k}"
        codes_file = tmp_path / f"codes{k}.txt"
        codes_file.write_text("\n".join(codes[k * SCANS : (k + 1) * SCANS]), encoding="utf-8")
        argv = [sys.executable, "-m", "tests.integration.proc_kiosk", "--db", ctx.settings.database,
                "--terminal", terminal, "--codes", str(codes_file)]  # fmt: skip
        procs.append(subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO_ROOT))
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("GO\n")
        proc.stdin.flush()
    reports = []
    for proc in procs:
        out, _ = proc.communicate(timeout=600)
        assert proc.returncode == 0
        reports.append(json.loads(out.strip().splitlines()[-1]))
    assert [r["errors"] for r in reports] == [0] * KIOSKS, reports
    for report in reports:
        # every scan checked a learner in; the retried ones returned the first outcome again
        assert report["results"] == {"checked_in": SCANS + SCANS // 10}, report

    def counts(s):
        events = s.execute(select(func.count(AttendanceEvent.id))).scalar_one()
        uuids = s.execute(select(func.count(func.distinct(AttendanceEvent.event_uuid)))).scalar_one()
        people_in = s.execute(select(func.count(func.distinct(AttendanceEvent.person_id)))).scalar_one()
        audited = s.execute(
            select(func.count(AuditLog.id)).where(AuditLog.action == "attendance.check_in")
        ).scalar_one()
        known = set(s.execute(select(AttendanceEvent.event_uuid)).scalars())
        return events, uuids, people_in, audited, known

    events, uuids, people_in, audited, known = ctx.db.run_read(counts)
    assert events == uuids == people_in == audited == KIOSKS * SCANS
    assert known == {scan_uuid(c) for c in codes}
    assert ctx.audit.count() == audit_before + KIOSKS * SCANS
    assert ctx.audit.verify(actor).ok
