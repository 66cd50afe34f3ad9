"""``db check``: integrity, connection settings, schema version and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from aptaskil_desk.db import migrate
from aptaskil_desk.db.database import Database
from aptaskil_desk.db.engine import postgres_settings_ok
from aptaskil_desk.db.verify import describe as describe_chain
from aptaskil_desk.services.audit import AuditService
from aptaskil_desk.services.base import Actor


@dataclass(frozen=True)
class CheckItem:
    label: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class HealthReport:
    items: tuple[CheckItem, ...]

    @property
    def ok(self) -> bool:
        return all(i.ok for i in self.items)


_SQLITE_TRIGGERS = {
    "audit_log_no_update",
    "audit_log_no_delete",
    "audit_head_forward_only",
    "audit_head_no_delete",
    "attendance_event_no_update",
    "attendance_event_no_delete",
    "scan_refusal_no_update",
    "scan_refusal_no_delete",
    "badge_no_delete",
    "badge_revoke_only",
    "logbook_entry_no_update",
    "logbook_entry_no_delete",
    "equipment_override_no_update",
    "equipment_override_no_delete",
    "equipment_no_delete",
    "equipment_authorisation_no_delete",
    "equipment_authorisation_revoke_only",
    "instrument_reading_no_update",
    "instrument_reading_no_delete",
    "exercise_result_no_update",
    "exercise_result_no_delete",
    "instrument_no_delete",
    "checklist_template_no_delete",
    "checklist_template_approve_only",
    "printed_record_no_update",
    "printed_record_no_delete",
    *(
        f"{t}_no_{op}"
        for t in ("checklist_attachment", "checklist_execution", "checklist_event")
        for op in ("update", "delete")
    ),
    *(f"{t}_no_{op}" for t in ("integrity_incident", "integrity_resolution") for op in ("update", "delete")),
}
_PG_TRIGGERS = {
    "audit_log_no_update",
    "audit_log_no_truncate",
    "audit_head_forward_only",
    "audit_head_no_delete",
    "audit_head_no_truncate",
    "attendance_event_append_only",
    "scan_refusal_append_only",
    "attendance_event_no_truncate",
    "scan_refusal_no_truncate",
    "badge_no_truncate",
    "badge_no_delete",
    "badge_revoke_only",
    "logbook_entry_append_only",
    "equipment_override_append_only",
    "logbook_entry_no_truncate",
    "equipment_override_no_truncate",
    "equipment_no_truncate",
    "equipment_authorisation_no_truncate",
    "equipment_no_delete",
    "equipment_authorisation_no_delete",
    "equipment_authorisation_revoke_only",
    "instrument_reading_append_only",
    "exercise_result_append_only",
    "instrument_reading_no_truncate",
    "exercise_result_no_truncate",
    "instrument_no_truncate",
    "instrument_no_delete",
    "checklist_template_no_delete",
    "checklist_template_no_truncate",
    "checklist_template_approve_only",
    "printed_record_append_only",
    "printed_record_no_truncate",
    *(
        f"{t}_{g}"
        for t in ("checklist_attachment", "checklist_execution", "checklist_event")
        for g in ("append_only", "no_truncate")
    ),
    *(f"{t}_{g}" for t in ("integrity_incident", "integrity_resolution") for g in ("append_only", "no_truncate")),
}


def check_database(db: Database, actor: Actor, audit: AuditService) -> HealthReport:
    items: list[CheckItem] = []
    engine = db.engines.write
    with engine.connect() as conn:
        if db.dialect == "sqlite":
            # A damaged file answers with one row per problem (up to 100), a sound one with "ok".
            problems = [str(row) for row in conn.exec_driver_sql("PRAGMA integrity_check").scalars()]
            items.append(CheckItem("Integrity", problems == ["ok"], "; ".join(problems)))
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar_one()
            sync = conn.exec_driver_sql("PRAGMA synchronous").scalar_one()
            fks = conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one()
            ok = str(mode).lower() == "wal" and sync == 2 and fks == 1
            items.append(CheckItem("Settings", ok, f"journal_mode={mode} synchronous={sync} foreign_keys={fks}"))
            names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
            expected = _SQLITE_TRIGGERS
        else:
            fsync = conn.exec_driver_sql("SHOW fsync").scalar_one()
            sync = conn.exec_driver_sql("SHOW synchronous_commit").scalar_one()
            items.append(
                CheckItem("Settings", postgres_settings_ok(fsync, sync), f"fsync={fsync} synchronous_commit={sync}")
            )
            version = conn.exec_driver_sql("SHOW server_version").scalar_one()
            items.append(CheckItem("Server", True, f"PostgreSQL {version}"))
            names = set(conn.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars())
            expected = _PG_TRIGGERS
    current = migrate.current_revision(engine)
    head = migrate.head_revision()
    items.append(CheckItem("Schema version", current == head, f"{current or 'empty'} (program needs {head})"))
    if current is None:
        return HealthReport(tuple(items))
    missing = expected - names
    items.append(
        CheckItem(
            "Record guards", not missing, "all present" if not missing else "missing: " + ", ".join(sorted(missing))
        )
    )
    report = audit.verify(actor)
    # Every break, not only the first: a resolved incident accepts exactly these (services/integrity.py).
    items.append(CheckItem("Audit chain", report.ok, describe_chain(report)))
    return HealthReport(tuple(items))
