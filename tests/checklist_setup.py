"""A database ready for checklists: staff who execute, review and approve, equipment of each template's
type, a balance on a simulated MT-SICS line, and every shipped template imported and approved by QA."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from aptaskil_desk.app import AppContext
from aptaskil_desk.clock import local
from aptaskil_desk.resources import forms_path
from aptaskil_desk.services.base import Actor

PASSWORD = "correct horse battery staple"

#: (login, given name, family name, roles)
STAFF = [
    ("tech1", "Amélie", "Technicienne", ("technician",)),
    ("tech2", "Bruno", "Technicien", ("technician",)),
    ("qa1", "Quentin", "Qualité", ("qa",)),
    ("qa2", "Rita", "Qualité", ("qa",)),
    ("instr", "Ines", "Formatrice", ("instructor",)),
]

#: (code, name, type, required phases)
EQUIPMENT = [
    ("AUT-01", "Autoclave Getinge HS6606", "autoclave", ("IQ", "OQ")),
    ("BAL-01", "Balance analytique XS205", "balance", ()),
    ("PSM-01", "Poste de sécurité microbiologique", "biosafety_cabinet", ("IQ", "OQ")),
    ("PHM-01", "pH-mètre Orion Star A211", "ph_meter", ()),
    ("TT-01", "Transmetteur de température", "transmitter", ()),
]


@dataclass(frozen=True)
class ChecklistWorld:
    ctx: AppContext
    terminal: str

    def actor(self, login: str) -> Actor:
        return self.ctx.accounts.get(login).actor(self.terminal)


def checklist_world(ctx: AppContext, *, approve: bool = True) -> ChecklistWorld:
    """Staff, equipment, instruments (BAL-01 on ``sim://mt-sics``, BAL-02 overdue) and templates."""
    system = ctx.system_actor()
    for login, given, family, roles in STAFF:
        ctx.accounts.add_user(system, login, given, family, list(roles), PASSWORD)
    for code, name, kind, phases in EQUIPMENT:
        ctx.equipment.add(system, code, name, kind, required_phases=phases)
    today = local(ctx.clock.now()).date()
    ctx.instruments.register(system, "BAL-01", "Balance XS205", "mt-sics", port="sim://mt-sics",
                             serial_number="B021002593", calibration_due=today + timedelta(days=90))  # fmt: skip
    ctx.instruments.register(system, "BAL-02", "Balance PB602", "mt-sics", port="sim://mt-sics",
                             calibration_due=today - timedelta(days=3))  # fmt: skip
    results = ctx.checklists.import_templates(system, sorted(forms_path("checklists").glob("*.toml")))
    if approve:
        for r in results:
            ctx.checklists.approve("qa1", PASSWORD, r.template.code, r.template.version, terminal=ctx.terminal)
    return ChecklistWorld(ctx, ctx.terminal)
