"""A realistic demo centre: rooms, terminals, the four course families, staff and learners.

Deterministic for a seed (and for the day it is built on: sessions are placed around today).
Everything goes through the ordinary services, so the demo's audit trail is a real one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from aptaskil_desk.clock import CENTRE_TZ, Clock
from aptaskil_desk.db.database import Database
from aptaskil_desk.db.models import Person, Room
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.services.accounts import AccountService
from aptaskil_desk.services.badges import BadgeService
from aptaskil_desk.services.base import Actor
from aptaskil_desk.services.centre import CentreService
from aptaskil_desk.services.checklists import ChecklistService
from aptaskil_desk.services.demo_checklists import add_checklists
from aptaskil_desk.services.equipment import EquipmentService
from aptaskil_desk.services.instruments import InstrumentService
from aptaskil_desk.services.people import NewLearner, PeopleService


@dataclass(frozen=True)
class DemoAccount:
    login: str
    name: str
    password: str
    pin: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class DemoResult:
    created: bool
    learners: int
    sessions: int
    rooms: int
    terminals: tuple[str, ...]
    accounts: tuple[DemoAccount, ...]
    #: A few learners' badge codes, to try ``aptaskil-desk scan CODE`` or type at the kiosk.
    sample_badges: tuple[tuple[str, str], ...] = ()
    #: Asset codes of the simulated instruments registered by this run (those that were absent).
    instruments: tuple[str, ...] = ()


ROOMS = [
    ("SB-C1", "Salle blanche C1 (classe C)", "clean_room"),
    ("LAB-CQ", "Laboratoire de contrôle qualité", "laboratory"),
    ("ATL-EI", "Atelier électro-instrumentation", "workshop"),
    ("ZT-PROC", "Zone technique procédés", "technical_area"),
    ("CL-1", "Classe 1", "classroom"),
]

TERMINALS = [
    ("KIOSK-SB-C1", "SB-C1"),
    ("KIOSK-LAB-CQ", "LAB-CQ"),
    ("KIOSK-ATL-EI", "ATL-EI"),
    ("KIOSK-ZT-PROC", "ZT-PROC"),
]

# (course code, title, family, room, instructor login, daily slots as local times)
COURSES = [
    (
        "OPP",
        "Opérateur·rice de production pharmaceutique",
        "production_operator",
        "SB-C1",
        "mdubois",
        [((8, 30), (12, 0)), ((12, 45), (16, 30))],
    ),
    (
        "TLCQ",
        "Technicien·ne de laboratoire de contrôle qualité",
        "qc_lab_technician",
        "LAB-CQ",
        "evdbossche",
        [((8, 30), (12, 0)), ((12, 45), (16, 30))],
    ),
    (
        "TMEI",
        "Technicien·ne de maintenance électro-instrumentation",
        "electro_instrumentation",
        "ATL-EI",
        "mdubois",
        [((17, 30), (21, 0))],
    ),
    (
        "CQV",
        "Coordinateur·rice qualification et validation",
        "qualification_validation",
        "ZT-PROC",
        "evdbossche",
        [((9, 0), (12, 30)), ((13, 15), (16, 45))],
    ),
]

STAFF = [
    DemoAccount("admin", "Sophie Lambert", "demo-admin-2026", "1111", ("admin",)),
    DemoAccount("qa", "Nathalie Peeters", "demo-qa-2026!", "2222", ("qa",)),
    DemoAccount("mdubois", "Marc Dubois", "demo-formateur-1", "3333", ("instructor",)),
    DemoAccount("evdbossche", "Élodie Van den Bossche-Leclercq", "demo-formatrice-2", "4444", ("instructor", "qa")),
    DemoAccount("jfdhondt", "Jean-François D'Hondt", "demo-technicien", "5555", ("technician",)),
]

# (code, name, type, room, calibration due in days from today, required phases, status)
EQUIPMENT = [
    ("AUT-01", "Autoclave Getinge HS6606", "autoclave", "SB-C1", 120, ("IQ", "OQ", "PQ"), "available"),
    ("ISO-01", "Isolateur de remplissage aseptique", "isolator", "SB-C1", 200, ("IQ", "OQ"), "quarantine"),
    ("BAL-01", "Balance analytique Mettler Toledo XPR205", "balance", "LAB-CQ", 10, ("IQ", "OQ"), "available"),
    ("PHM-01", "pH-mètre Knick Portamess", "ph_meter", "LAB-CQ", -3, (), "available"),
    (
        "HPL-01",
        "Chromatographe liquide Agilent 1260 Infinity II",
        "hplc",
        "LAB-CQ",
        90,
        ("IQ", "OQ", "PQ"),
        "available",
    ),
    ("MUL-01", "Multimètre Keysight 34461A", "multimeter", "ATL-EI", 150, (), "available"),
    ("BIO-01", "Bioréacteur Sartorius Biostat B 5 L", "bioreactor", "ZT-PROC", 60, ("IQ", "OQ"), "maintenance"),
]

# Simulated instruments (``sim://KIND`` ports start a simulator when opened; no hardware needed).
# (asset code, name, driver, port, line, serial number as the simulator reports it, room,
# calibration due in days from today). BAL-02's is past on purpose: its readings are flagged.
INSTRUMENTS = [
    ("BAL-01", "Balance analytique Mettler Toledo XS205", "mt-sics", "sim://mt-sics", None, "B021002593",
     "LAB-CQ", 180),
    ("DMM-01", "Multimètre HP 34401A", "scpi-dmm", "sim://scpi-dmm", "9600,8N1", None, "ATL-EI", 150),
    ("PH-01", "pH-mètre Thermo Orion Star A215", "orion-star", "sim://orion-star", None, "X51250", "LAB-CQ", 90),
    ("CND-01", "Conditionneur de signal 4–20 mA Modbus RTU", "modbus-rtu", "sim://modbus-rtu", None, "MB-000001",
     "ATL-EI", 120),
    ("BAL-02", "Balance Sartorius BP2100S", "sartorius-sbi", "sim://sartorius-sbi", "1200,8N1", "0012345678",
     "LAB-CQ", -14),
]  # fmt: skip

# The names every screen, PDF and sort order must get right come first.
FIXED_LEARNERS = [
    ("Łukasz", "Wiśniewski"),
    ("Şükrü", "Yılmaz"),
    ("Zoë", "Ødegård"),
    ("Thị Ánh", "Nguyễn"),
    ("Aurélie", "Van den Bossche-Leclercq"),
    ("Loïc", "D'Hondt"),
]

GIVEN = [
    "Chloé",
    "Mathéo",
    "Noé",
    "Inès",
    "Maëlle",
    "Hélène",
    "François",
    "Gaëtan",
    "Amélie",
    "Thibault",
    "Céline",
    "Jérôme",
    "Lucie",
    "Arnaud",
    "Manon",
    "Quentin",
    "Sarah",
    "Youssef",
    "Fatima-Zahra",
    "Mamadou",
    "Aïcha",
    "Ayşe",
    "Małgorzata",
    "Dragoș",
    "Jiří",
    "Sofía",
    "João",
    "Björn",
    "Anneleen",
    "Pieter",
    "Wout",
    "Lotte",
    "Sven",
    "Eline",
    "Joëlle",
    "Benoît",
    "Stéphanie",
    "Grégory",
    "Anaïs",
    "Kevin",
    "Nadia",
    "Olga",
    "Tomasz",
]
FAMILY = [
    "Dupont",
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Willems",
    "Mertens",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Lambert",
    "Leclercq",
    "Delvaux",
    "Lemaire",
    "Renard",
    "Dumont",
    "Lejeune",
    "Collard",
    "Hermans",
    "El Amrani",
    "Benali",
    "Kowalczyk",
    "Popescu",
    "Ionescu",
    "Mbuyi",
    "Kabongo",
    "Ferreira",
    "Öztürk",
    "Dvořák",
    "Vandenberghe",
    "Van Damme",
    "De Backer",
    "Piérard",
    "Gérard",
    "Noël",
    "Šimunović",
    "Papadopoulos",
    "Çelik",
]
EMPLOYERS = [
    "UCB Pharma (Braine-l'Alleud)",
    "GSK Vaccines (Wavre)",
    "Takeda (Lessines)",
    "Catalent (Gosselies)",
    "Univercells (Jumet)",
    "Pfizer (Puurs)",
    "Novadip (Mont-Saint-Guibert)",
    "Baxter (Lessines)",
]
SCHOOLS = ["Haute École Louvain en Hainaut", "HELMo (Liège)", "Haute École Charlemagne", "Athénée royal de Jodoigne"]
CATEGORY_WEIGHTS = [("job_seeker", 55), ("worker", 25), ("student", 12), ("teacher", 8)]


def _weekdays_around(today: date, before: int, after: int) -> list[date]:
    """Working days from ``before`` working days ago to ``after`` working days ahead, today included."""
    days = [today] if today.weekday() < 5 else []
    d = today
    while len([x for x in days if x < today]) < before:
        d -= timedelta(days=1)
        if d.weekday() < 5:
            days.append(d)
    d = today
    while len([x for x in days if x > today]) < after:
        d += timedelta(days=1)
        if d.weekday() < 5:
            days.append(d)
    return sorted(days)


def _at(day: date, hm: tuple[int, int]) -> datetime:
    """A local Brussels wall-clock time on a day, as an aware instant (DST handled by zoneinfo)."""
    return datetime.combine(day, time(*hm), tzinfo=CENTRE_TZ)


class DemoService:
    """Builds the demo centre through the ordinary services."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        accounts: AccountService,
        centre: CentreService,
        people: PeopleService,
        badges: BadgeService,
        equipment: EquipmentService,
        instruments: InstrumentService | None = None,
        checklists: ChecklistService | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._accounts = accounts
        self._centre = centre
        self._people = people
        self._badges = badges
        self._equipment = equipment
        self._instruments = instruments or InstrumentService(db, clock, accounts)
        self._checklists = checklists or ChecklistService(db, clock, accounts)

    def _add_checklists(self, actor: Actor, today: date) -> None:
        qa = next(a for a in STAFF if "qa" in a.roles)
        add_checklists(actor, today, self._equipment, self._checklists, (qa.login, qa.password), actor.terminal)

    def _present(self) -> bool:
        return self._db.run_read(
            lambda s: s.execute(select(func.count(Room.id)).where(Room.code == ROOMS[0][0])).scalar_one() > 0
        )

    def build(self, actor: Actor, learners: int = 120, seed: int = 2026) -> DemoResult:
        if learners < 0 or learners > 100_000:
            raise InvalidInput("--learners must be between 0 and 100000.")
        terminals = tuple(name for name, _ in TERMINALS)
        if self._present():
            count = self._db.run_read(
                lambda s: int(s.execute(select(func.count(Person.id)).where(Person.category.is_not(None))).scalar_one())
            )
            added = self._add_instruments(actor, self._clock.now().astimezone(CENTRE_TZ).date())
            self._add_checklists(actor, self._clock.now().astimezone(CENTRE_TZ).date())
            return DemoResult(False, count, 0, len(ROOMS), terminals, tuple(STAFF), instruments=added)
        rng = random.Random(seed)
        for code, name, kind in ROOMS:
            self._centre.add_room(actor, code, name, kind)
        for name, room in TERMINALS:
            self._centre.register_terminal(actor, name, room)
        staff_ids: dict[str, int] = {}
        for account in STAFF:
            given, _, family = account.name.partition(" ")
            info = self._accounts.add_user(
                actor, account.login, given, family, account.roles, account.password, account.pin
            )
            staff_ids[account.login] = info.person_id
        created = self._people.add_learners(actor, self._learners(rng, learners))
        ids = [p.id for p in created]
        rng.shuffle(ids)
        today = self._clock.now().astimezone(CENTRE_TZ).date()
        days = _weekdays_around(today, before=3, after=7)
        sessions_by_room: dict[str, list[int]] = {}
        for index, (code, title, family, room, instructor, daily) in enumerate(COURSES):
            self._centre.add_course(actor, code, title, family)
            slots = [(_at(day, start), _at(day, end)) for day in days for start, end in daily]
            roster = ids[index :: len(COURSES)]
            session_code = f"{code}-{days[0]:%Y%m%d}"
            self._centre.add_session(actor, session_code, code, room, slots, staff_ids[instructor], roster)
            sessions_by_room[room] = roster
        self._add_equipment(actor, today, sessions_by_room)
        added = self._add_instruments(actor, today)
        self._add_checklists(actor, today)
        # Everyone gets a badge, staff included (a staff badge opens the PIN prompt at the kiosk).
        issued = self._badges.issue(actor, [*staff_ids.values(), *(p.id for p in created)])
        samples = tuple((b.display_name, b.code) for b in issued if not b.is_staff)[:3]
        return DemoResult(True, len(created), len(COURSES), len(ROOMS), terminals, tuple(STAFF), samples, added)

    def _add_equipment(self, actor: Actor, today: date, rosters: dict[str, list[int]]) -> None:
        """Equipment in every room, qualified and calibrated as stated; learners authorised on
        their room's equipment. Some are unfit on purpose, to see the refusals."""
        for code, name, kind, room, due_in, phases, status in EQUIPMENT:
            due = today + timedelta(days=due_in)
            self._equipment.add(actor, code, name, kind, room_code=room, calibration_interval_days=365,
                                calibration_due=due, required_phases=phases,
                                serial_number=f"SN-{code}")  # fmt: skip
            for phase in phases:
                self._equipment.record(actor, code, "qualification", {"phase": phase, "result": "pass"})
            if status != "available":
                self._equipment.set_status(actor, code, status, "état de démonstration")
            for person_id in rosters.get(room, [])[:12]:
                self._equipment.authorise(actor, person_id, code, today + timedelta(days=365))

    def _add_instruments(self, actor: Actor, today: date) -> tuple[str, ...]:
        """The simulated instruments that are not registered yet (a demo built before they existed
        gets them on the next run); returns the asset codes added."""
        present = {i.asset_code for i in self._instruments.all()}
        added = []
        for code, name, driver, port, line, serial, room, due_in in INSTRUMENTS:
            if code in present:
                continue
            self._instruments.register(actor, code, name, driver, port=port, line=line, serial_number=serial,
                                       calibration_due=today + timedelta(days=due_in), room_code=room)  # fmt: skip
            added.append(code)
        return tuple(added)

    @staticmethod
    def _learners(rng: random.Random, count: int) -> list[NewLearner]:
        categories = [c for c, _ in CATEGORY_WEIGHTS]
        weights = [w for _, w in CATEGORY_WEIGHTS]
        result = []
        for i in range(count):
            if i < len(FIXED_LEARNERS):
                given, family = FIXED_LEARNERS[i]
            else:
                given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            category = rng.choices(categories, weights)[0]
            employer = None
            if category == "worker":
                employer = rng.choice(EMPLOYERS)
            elif category in ("student", "teacher"):
                employer = rng.choice(SCHOOLS)
            ref = f"DEMO-{i + 1:05d}"
            result.append(NewLearner(given, family, category, employer, ref, f"{ref.lower()}@example.org"))
        return result
