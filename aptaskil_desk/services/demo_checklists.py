"""The demo's checklists: every shipped template imported and approved by the demo QA account, and
equipment waiting for its qualification, so that IQ → OQ → PQ can be run from the start."""

from __future__ import annotations

from datetime import date, timedelta

from aptaskil_desk.resources import forms_path
from aptaskil_desk.services.base import Actor
from aptaskil_desk.services.checklists import ChecklistService
from aptaskil_desk.services.equipment import EquipmentService

#: (code, name, type, room, calibration due in days, required phases, phases already qualified)
TO_QUALIFY = [
    ("AUT-02", "Autoclave Tuttnauer 3870 ELV (nouvelle installation)", "autoclave", "SB-C1", 365,
     ("IQ", "OQ", "PQ"), ()),
    ("PSM-01", "Poste de sécurité microbiologique Thermo 1300 A2", "biosafety_cabinet", "LAB-CQ", 180,
     ("IQ", "OQ"), ("IQ",)),
    ("TT-01", "Transmetteur de température Endress+Hauser TMT82", "transmitter", "ATL-EI", 200, (), ()),
]  # fmt: skip


def add_checklists(
    actor: Actor, today: date, equipment: EquipmentService, checklists: ChecklistService, qa: tuple[str, str],
    terminal: str,
) -> None:  # fmt: skip
    """Import and approve the shipped templates (QA ``(login, password)`` signs) and add the equipment
    to qualify; what is already there is left as it is."""
    present = {e.code for e in equipment.all()}
    for code, name, kind, room, due_in, required, qualified in TO_QUALIFY:
        if code in present:
            continue
        equipment.add(actor, code, name, kind, room_code=room, calibration_interval_days=365,
                      calibration_due=today + timedelta(days=due_in), required_phases=required,
                      serial_number=f"SN-{code}", requires_authorisation=False)  # fmt: skip
        for phase in qualified:
            equipment.record(actor, code, "qualification", {"phase": phase, "result": "pass"})
    results = checklists.import_templates(actor, sorted(forms_path("checklists").glob("*.toml")))
    for result in results:
        if not result.template.approved:
            checklists.approve(qa[0], qa[1], result.template.code, result.template.version, terminal=terminal)
