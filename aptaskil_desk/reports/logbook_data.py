"""Small read-only queries a logbook PDF needs besides the entries themselves.

The entries arrive as a one-shot stream of batches (``EquipmentService.logbook_batches``), so
whatever must be known *before* an entry is drawn — that it was corrected later, by which entry and
why; the names of the people in it — is fetched here with a few small queries. Each function takes
an open :class:`~sqlalchemy.orm.Session`, only reads, and never commits: the caller owns the
transaction (e.g. ``ctx.db.run_read(lambda s: load_extras(s, info.id))``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.db.models import LogbookEntry, Person


@dataclass(frozen=True)
class LogbookExtras:
    """What the PDF needs besides the entries: corrections and people's names."""

    #: superseded entry id → (id of the entry correcting it, the correction's reason)
    superseded: dict[int, tuple[int, str]]
    #: person id → "Given Family", for every person named in the logbook
    people: dict[int, str]


def superseded_entries(s: Session, equipment_id: int) -> dict[int, tuple[int, str]]:
    """Every superseded entry of the equipment: ``{original id: (correcting id, reason)}``.

    Not limited to a period: an entry of March corrected in June is still struck through in a
    printout of March. One row per correction, so the mapping stays small.
    """
    rows = s.execute(
        select(LogbookEntry.supersedes_id, LogbookEntry.id, LogbookEntry.reason).where(
            LogbookEntry.equipment_id == equipment_id, LogbookEntry.supersedes_id.is_not(None)
        )
    )
    return {original: (correction, reason or "") for original, correction, reason in rows if original is not None}


def people_names(s: Session, equipment_id: int) -> dict[int, str]:
    """The names of the people the equipment's entries are about: ``{person id: "Given Family"}``."""
    named = (
        select(LogbookEntry.person_id)
        .where(LogbookEntry.equipment_id == equipment_id, LogbookEntry.person_id.is_not(None))
        .distinct()
    )
    rows = s.execute(select(Person.id, Person.given_name, Person.family_name).where(Person.id.in_(named)))
    return {int(pid): f"{given} {family}" for pid, given, family in rows}


def load_extras(s: Session, equipment_id: int) -> LogbookExtras:
    """All of the above in one read transaction, so they describe the same moment."""
    return LogbookExtras(superseded_entries(s, equipment_id), people_names(s, equipment_id))
