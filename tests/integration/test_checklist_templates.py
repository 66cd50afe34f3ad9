"""Checklist templates in the database: shipped files import, re-import stores nothing, a change needs a new
version that supersedes, bad files are refused at their line, rows are guarded by triggers, the trail verifies."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from aptaskil_desk.app import AppContext
from aptaskil_desk.cli import main
from aptaskil_desk.db.models import AuditLog, ChecklistTemplateVersion
from aptaskil_desk.domain.checklist_template import parse_template
from aptaskil_desk.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from aptaskil_desk.resources import forms_path
from aptaskil_desk.services.checklists import instrument_quantities
from aptaskil_desk.services.health import check_database
from tests.conftest import T0

SHIPPED = sorted(forms_path("checklists").glob("*.toml"))
PH = forms_path("checklists") / "ph-meter-calibration.toml"
TEMPLATE_KEYS = {"id", "code", "version", "title", "phase", "equipment_type", "content_hash", "imported_at",
                 "imported_by", "supersedes_version", "superseded", "approved", "approved_at",
                 "approved_by"}  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], ctx: AppContext, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", ctx.settings.database, "--lang", "en", "checklist", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def variant(tmp_path: Path, name: str, *, version: int = 1, title: str | None = None, comment: str = "") -> Path:
    """A copy of the pH meter template with another version, French title or extra comment."""
    source = PH.read_text(encoding="utf-8").replace("version = 1\n", f"version = {version}\n", 1)
    if title is not None:
        source = re.sub(r'^title\.fr = ".*"$', f'title.fr = "{title}"', source, count=1, flags=re.M)
    path = tmp_path / name
    path.write_text(comment + source, encoding="utf-8")
    return path


def row_count(ctx: AppContext) -> int:
    with ctx.db.engines.write.connect() as conn:
        return int(conn.execute(select(func.count(ChecklistTemplateVersion.id))).scalar_one())


def import_audits(ctx: AppContext) -> int:
    with ctx.db.engines.write.connect() as conn:
        query = select(func.count(AuditLog.id)).where(AuditLog.action == "checklist_template.import")
        return int(conn.execute(query).scalar_one())


def test_every_shipped_template_imports_exactly(ctx: AppContext) -> None:
    """The six shipped files are stored with their exact text, their hash, French title and phase; audited."""
    results = ctx.checklists.import_templates(ctx.system_actor(), SHIPPED)
    assert len(results) == 6 and all(r.created for r in results)
    assert [r.file for r in results] == [str(p) for p in SHIPPED]
    listed = {i.code: i for i in ctx.checklists.templates()}
    assert set(listed) == {"AUT-IQ", "AUT-OQ", "BSC-OQ", "BAL-USP41", "PHM-CAL", "LOOP-420"}
    for path in SHIPPED:
        parsed = parse_template(path.read_text(encoding="utf-8"), path.name, instruments=instrument_quantities())
        info = listed[parsed.code]
        assert (info.version, info.title, info.phase) == (1, parsed.title.fr, parsed.phase.value)
        assert info.content_hash == parsed.content_hash and info.equipment_type == parsed.equipment_type
        assert not info.approved and not info.superseded and info.supersedes_version is None
        assert info.imported_at == T0 and info.imported_by.startswith("system:")
        stored = ctx.checklists.template(parsed.code)
        assert stored.source == path.read_bytes().decode("utf-8") and stored.template == parsed
    assert import_audits(ctx) == 6


def test_reimport_is_idempotent(ctx: AppContext, tmp_path: Path) -> None:
    """The same content again (even with another comment) returns the stored version and writes nothing."""
    first = ctx.checklists.import_template(ctx.system_actor(), PH)
    again = ctx.checklists.import_templates(ctx.system_actor(), [PH, *SHIPPED])
    assert again[0].template.id == first.template.id and not again[0].created
    assert sum(r.created for r in again) == 5
    commented = ctx.checklists.import_template(ctx.system_actor(), variant(tmp_path, "c.toml", comment="# relu\n\n"))
    assert not commented.created and commented.template == first.template
    assert ctx.checklists.template("PHM-CAL").source == PH.read_text(encoding="utf-8")
    assert row_count(ctx) == 6 and import_audits(ctx) == 6


def test_changed_content_needs_a_new_version(ctx: AppContext, tmp_path: Path) -> None:
    """Other content under a stored code and version is refused naming the file; nothing is stored."""
    ctx.checklists.import_template(ctx.system_actor(), PH)
    changed = variant(tmp_path, "changed.toml", title="pH-mètre — étalonnage modifié")
    with pytest.raises(Conflict, match=r"changed\.toml: PHM-CAL version 1 is already stored with other content"):
        ctx.checklists.import_template(ctx.system_actor(), changed)
    # All or nothing: a good new file in the same call is not stored either.
    with pytest.raises(Conflict):
        ctx.checklists.import_templates(ctx.system_actor(), [forms_path("checklists") / "autoclave-iq.toml", changed])
    assert row_count(ctx) == 1 and import_audits(ctx) == 1


def test_a_higher_version_supersedes_the_latest(ctx: AppContext, tmp_path: Path) -> None:
    """Version 2 supersedes 1 and becomes the one listed; version 3 then 2b: an older version is refused."""
    v1 = ctx.checklists.import_template(ctx.system_actor(), PH).template
    v2 = ctx.checklists.import_template(ctx.system_actor(), variant(tmp_path, "v2.toml", version=2, title="pH v2"))
    assert v2.created and v2.template.supersedes_version == 1 and v2.template.version == 2
    assert [(i.version, i.title) for i in ctx.checklists.templates()] == [(2, "pH v2")]
    every = ctx.checklists.templates(all_versions=True)
    assert [(i.version, i.superseded, i.supersedes_version) for i in every] == [(1, True, None), (2, False, 1)]
    assert ctx.checklists.template("PHM-CAL").info.version == 2
    assert ctx.checklists.template("PHM-CAL", 1).info.content_hash == v1.content_hash
    ctx.checklists.import_template(ctx.system_actor(), variant(tmp_path, "v4.toml", version=4, title="pH v4"))
    with pytest.raises(Conflict, match="older than the latest stored version 4"):
        ctx.checklists.import_template(ctx.system_actor(), variant(tmp_path, "v3.toml", version=3, title="pH v3"))
    with pytest.raises(NotFound):
        ctx.checklists.template("PHM-CAL", 3)
    with pytest.raises(NotFound):
        ctx.checklists.template("NOPE")
    # In one call the versions are taken in order, whatever the order of the files.
    v6, v5 = (variant(tmp_path, f"v{n}.toml", version=n, title=f"pH v{n}") for n in (6, 5))
    results = ctx.checklists.import_templates(ctx.system_actor(), [v6, v5])
    assert [(r.template.version, r.template.supersedes_version) for r in results] == [(6, 5), (5, 4)]


def test_import_needs_the_equipment_permission(ctx: AppContext) -> None:
    """An instructor may not import templates; a technician may."""
    system = ctx.system_actor()
    inst = ctx.accounts.add_user(system, "inst", "Marc", "Dubois", ["instructor"], "a long password")
    tech = ctx.accounts.add_user(system, "tech", "Anne", "Peeters", ["technician"], "a long password")
    with pytest.raises(PermissionDenied):
        ctx.checklists.import_template(inst.actor("T1"), PH)
    assert ctx.checklists.import_template(tech.actor("T1"), PH).template.imported_by == "tech"


def test_an_invalid_file_is_refused_at_its_line(ctx: AppContext, tmp_path: Path) -> None:
    """A bad file names itself, the line and the reason; nothing of it is stored."""
    bad = tmp_path / "bad.toml"
    bad.write_text(PH.read_text(encoding="utf-8").replace("version = 1\n", "version = 1\nbogus = 3\n", 1))
    line = bad.read_text(encoding="utf-8").splitlines().index("bogus = 3") + 1
    with pytest.raises(InvalidInput, match=rf"bad\.toml, line {line}: unknown key 'bogus'"):
        ctx.checklists.import_template(ctx.system_actor(), bad)
    latin = tmp_path / "latin.toml"
    latin.write_bytes(PH.read_text(encoding="utf-8").encode("latin-1", "replace"))
    with pytest.raises(InvalidInput, match="not UTF-8 text"):
        ctx.checklists.import_template(ctx.system_actor(), latin)
    assert row_count(ctx) == 0


def test_rows_are_guarded_by_triggers(ctx: AppContext) -> None:
    """UPDATE and DELETE by hand are refused; only the approval may be set, once, from empty."""
    [result] = ctx.checklists.import_templates(ctx.system_actor(), [PH])
    row_id = result.template.id
    engine = ctx.db.engines.write
    for statement in (
        "UPDATE checklist_template SET title = 'falsifié' WHERE id = :id",
        "UPDATE checklist_template SET source = source || ' ' WHERE id = :id",
        "UPDATE checklist_template SET approved_by = 'qa' WHERE id = :id",  # half an approval
        "DELETE FROM checklist_template WHERE id = :id",
    ):
        with pytest.raises(sa_exc.DBAPIError, match=r"append-only|approved, once"), engine.begin() as conn:
            conn.execute(text(statement), {"id": row_id})

    def approve(session: Session) -> None:  # what QA's signature will do, through the model
        row = session.get_one(ChecklistTemplateVersion, row_id)
        row.approved_at, row.approved_by = T0, "qa"

    ctx.db.run_write(approve)
    approved = ctx.checklists.template("PHM-CAL").info
    assert approved.approved and approved.approved_at == T0 and approved.approved_by == "qa"
    with pytest.raises(sa_exc.DBAPIError, match="approved, once"), engine.begin() as conn:
        conn.execute(text("UPDATE checklist_template SET approved_by = 'other' WHERE id = :id"), {"id": row_id})
    if ctx.db.dialect == "postgresql":
        with pytest.raises(sa_exc.DBAPIError, match="append-only"), engine.begin() as conn:
            # CASCADE: executions reference the templates, and even a cascading TRUNCATE is refused.
            conn.execute(text("TRUNCATE checklist_template CASCADE"))
    assert row_count(ctx) == 1 and ctx.checklists.template("PHM-CAL").info.title == result.template.title


def test_audit_and_record_guards_check_out_after_imports(ctx: AppContext, tmp_path: Path) -> None:
    """After imports and a supersession the hash chain verifies and `db check` finds every guard."""
    ctx.checklists.import_templates(ctx.system_actor(), SHIPPED)
    ctx.checklists.import_template(ctx.system_actor(), variant(tmp_path, "v2.toml", version=2, title="pH v2"))
    assert ctx.audit.verify(ctx.system_actor()).ok
    report = check_database(ctx.db, ctx.system_actor(), ctx.audit)
    guards = next(i for i in report.items if i.label == "Record guards")
    assert guards.ok, guards.detail


def test_cli_import_and_templates_json(ctx: AppContext, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`checklist import --json` and `checklist templates [--all] --json` print the documented shapes."""
    code, out, _ = run(capsys, ctx, "import", *map(str, SHIPPED), "--json")
    doc = json.loads(out)
    assert code == 0 and doc["problems"] == [] and len(doc["imported"]) == 6
    assert all(set(i) == TEMPLATE_KEYS | {"file", "created"} and i["created"] for i in doc["imported"])
    code, out, _ = run(capsys, ctx, "import", str(PH), "--json")
    assert code == 0 and [i["created"] for i in json.loads(out)["imported"]] == [False]
    code, out, _ = run(capsys, ctx, "import", str(variant(tmp_path, "v2.toml", version=2, title="pH v2")))
    assert code == 0 and "PHM-CAL version 2 imported; it supersedes version 1" in out
    code, out, _ = run(capsys, ctx, "templates", "--json")
    listed: list[dict[str, Any]] = json.loads(out)
    assert code == 0 and len(listed) == 6 and all(set(i) == TEMPLATE_KEYS for i in listed)
    ph = next(i for i in listed if i["code"] == "PHM-CAL")
    assert (ph["version"], ph["supersedes_version"], ph["superseded"], ph["approved"]) == (2, 1, False, False)
    code, out, _ = run(capsys, ctx, "templates", "--all", "--json")
    assert code == 0 and len(json.loads(out)) == 7
    code, out, _ = run(capsys, ctx, "templates")
    assert code == 0 and re.search(r"^PHM-CAL +v2 +routine +[0-9a-f]{12} +not approved +pH v2$", out, re.M)


def test_cli_refuses_an_invalid_file_with_its_line(ctx: AppContext, capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:  # fmt: skip
    """An invalid file among good ones: exit 2, `FILE, line N: reason` on stderr, nothing imported."""
    bad = tmp_path / "bad.toml"
    bad.write_text(PH.read_text(encoding="utf-8").replace('phase = "routine"', 'phase = "weekly"'))
    line = bad.read_text(encoding="utf-8").splitlines().index('phase = "weekly"') + 1
    missing = tmp_path / "missing.toml"
    code, out, err = run(capsys, ctx, "import", str(SHIPPED[0]), str(bad), str(missing), "--json")
    assert code == 2
    assert f"{bad}, line {line}: unknown phase 'weekly'" in err
    assert f"Cannot use the file {missing}" in err and "Nothing was imported: 2 file(s) to fix first." in err
    doc = json.loads(out)
    assert doc["imported"] == []
    assert [(p["file"], p["line"]) for p in doc["problems"]] == [(str(bad), line), (str(missing), None)]
    code, _, err = run(capsys, ctx, "import", str(bad))
    assert code == 2 and f"{bad}, line {line}:" in err
    assert row_count(ctx) == 0
    code, out, _ = run(capsys, ctx, "templates")
    assert code == 0 and "No checklist template is stored yet" in out
