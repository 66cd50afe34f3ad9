"""Checklist templates in the database: imported versions, immutable and known by their content hash.

Rules:
1. A file is read and validated by ``domain/checklist_template.py`` against the instrument drivers
   this program knows; an invalid file is refused with its name, the line and the reason.
2. The text is stored exactly as read, with the hash of its parsed content. Importing content that
   is already stored (even with other comments or spacing) returns that version: no second row.
3. The same code and version with different content is refused: a change needs a higher version.
   A higher version supersedes the latest stored one; a version at or below the latest is refused.
4. Several files import in one transaction, all or nothing, in version order per code.
5. An import is audited in its own transaction; a stored version is never changed, except that QA's
   approval is set once: an electronic signature (login and password) by someone holding the QA
   role, on a version that nothing supersedes. Only an approved version can be executed.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session

from aptaskil_desk.clock import Clock
from aptaskil_desk.db.database import Database
from aptaskil_desk.db.enums import Role
from aptaskil_desk.db.models import ChecklistTemplateVersion
from aptaskil_desk.domain.checklist_template import ChecklistTemplate, parse_template
from aptaskil_desk.domain.permissions import Permission
from aptaskil_desk.errors import Conflict, InvalidInput, NotFound, PermissionDenied, Refused
from aptaskil_desk.instruments.registry import KINDS, driver_class
from aptaskil_desk.services.accounts import AccountService
from aptaskil_desk.services.base import Actor, Service, UnitOfWork


@dataclass(frozen=True)
class TemplateInfo:
    """One stored version of a template (without its text)."""

    id: int
    code: str
    version: int
    title: str  # in French
    phase: str
    equipment_type: str
    content_hash: str
    imported_at: datetime
    imported_by: str
    supersedes_version: int | None
    superseded: bool
    approved_at: datetime | None
    approved_by: str | None

    @property
    def approved(self) -> bool:
        return self.approved_at is not None


@dataclass(frozen=True)
class StoredTemplate:
    """A stored version with its exact text and the template read from it."""

    info: TemplateInfo
    source: str
    template: ChecklistTemplate


@dataclass(frozen=True)
class ImportResult:
    """What importing one file did: ``created`` false when the same content was already stored."""

    file: str
    template: TemplateInfo
    created: bool


@dataclass(frozen=True)
class _Parsed:
    file: str
    source: str
    template: ChecklistTemplate


def instrument_quantities() -> dict[str, Collection[str]]:
    """Each known driver and the quantities it reads (what an instrument step may name)."""
    return {name: driver_class(name).quantities for name in KINDS}


def _info(row: ChecklistTemplateVersion, versions: Mapping[int, int], superseded: Collection[int]) -> TemplateInfo:
    return TemplateInfo(
        id=row.id, code=row.code, version=row.version, title=row.title, phase=row.phase,
        equipment_type=row.equipment_type, content_hash=row.content_hash, imported_at=row.imported_at,
        imported_by=row.imported_by,
        supersedes_version=None if row.supersedes_id is None else versions[row.supersedes_id],
        superseded=row.id in superseded, approved_at=row.approved_at, approved_by=row.approved_by,
    )  # fmt: skip


def _infos(session: Session, code: str | None = None) -> list[TemplateInfo]:
    """Every stored version (of ``code``), by code then version."""
    query = select(ChecklistTemplateVersion).order_by(ChecklistTemplateVersion.code, ChecklistTemplateVersion.version)
    if code is not None:
        query = query.where(ChecklistTemplateVersion.code == code)
    rows = list(session.execute(query).scalars())
    versions = {r.id: r.version for r in rows}
    superseded = {r.supersedes_id for r in rows if r.supersedes_id is not None}
    return [_info(r, versions, superseded) for r in rows]


class ChecklistService(Service):
    """Importing, approving, listing and reading checklist template versions."""

    def __init__(self, db: Database, clock: Clock, accounts: AccountService) -> None:
        super().__init__(db, clock)
        self._accounts = accounts

    # --- approval -------------------------------------------------------------------------------

    def approve(self, login: str, password: str, code: str, version: int, *, terminal: str) -> TemplateInfo:
        """QA's electronic signature of a template version (rule 5): it becomes usable."""
        signer = self._accounts.authenticate_password(login, password, terminal)

        def work(uow: UnitOfWork) -> TemplateInfo:
            if Role.QA.value not in uow.roles_of_actor():
                raise PermissionDenied("Only QA may approve a checklist template.")
            info = next((i for i in _infos(uow.session, code) if i.version == version), None)
            if info is None:
                raise NotFound("No version {version} of checklist template {code!r}.", code=code, version=version)
            if info.approved:
                raise Refused("{code} version {version} is already approved.", code=code, version=version)
            if info.superseded:
                raise Refused("{code} version {version} is superseded by a later version: approve that one.",
                              code=code, version=version)  # fmt: skip
            row = uow.session.get_one(ChecklistTemplateVersion, info.id, with_for_update=True)
            row.approved_at = uow.now()
            row.approved_by = signer.display_name
            uow.session.flush()
            uow.audit("checklist_template.approve", "checklist_template", row.id, new={
                "code": code, "version": version, "content_hash": row.content_hash, "meaning": "approved",
                "signer": signer.display_name, "at": row.approved_at})  # fmt: skip
            return self._info_of(uow.session, row.id)

        return self._write(signer.actor(terminal), work)

    # --- import ---------------------------------------------------------------------------------

    def read_file(self, path: Path) -> ChecklistTemplate:
        """Read and validate one file without storing it (InvalidInput names file, line, reason)."""
        return self._parse(path).template

    def import_template(self, actor: Actor, path: Path) -> ImportResult:
        """Import one file (see the module's rules)."""
        return self.import_templates(actor, [path])[0]

    def import_templates(self, actor: Actor, paths: Sequence[Path]) -> list[ImportResult]:
        """Import several files in one transaction, all or nothing; results in the order given."""
        parsed = [self._parse(path) for path in paths]
        ordered = sorted(range(len(parsed)), key=lambda i: (parsed[i].template.code, parsed[i].template.version))

        def work(uow: UnitOfWork) -> list[ImportResult]:
            uow.require(Permission.MANAGE_EQUIPMENT)
            results: dict[int, ImportResult] = {}
            for i in ordered:
                results[i] = self._store(uow, parsed[i])
            return [results[i] for i in range(len(parsed))]

        try:
            return self._write(actor, work)
        except Conflict as error:
            if not isinstance(error.__cause__, sa_exc.IntegrityError):
                raise
            # Another terminal stored the same version at the same instant: once more, it is found.
            return self._write(actor, work)

    def _parse(self, path: Path) -> _Parsed:
        data = path.read_bytes()
        try:
            source = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InvalidInput("{file}: not UTF-8 text (byte {position}); save the file as UTF-8.",
                               file=str(path), position=error.start + 1) from None  # fmt: skip
        # The text is stored as read; a byte-order mark (some editors add one) is not part of the TOML.
        template = parse_template(source.removeprefix("\ufeff"), str(path), instruments=instrument_quantities())
        return _Parsed(str(path), source, template)

    def _store(self, uow: UnitOfWork, parsed: _Parsed) -> ImportResult:
        s, t = uow.session, parsed.template
        content_hash = t.content_hash
        same = s.execute(
            select(ChecklistTemplateVersion).where(ChecklistTemplateVersion.content_hash == content_hash)
        ).scalar_one_or_none()
        if same is not None:
            return ImportResult(parsed.file, self._info_of(s, same.id), created=False)
        stored = _infos(s, t.code)
        if any(i.version == t.version for i in stored):
            raise Conflict("{file}: {code} version {version} is already stored with other content; raise the "
                           "version to import a change.", file=parsed.file, code=t.code, version=t.version)  # fmt: skip
        latest = next((i for i in reversed(stored) if not i.superseded), None)
        if latest is not None and t.version < latest.version:
            raise Conflict("{file}: {code} version {version} is older than the latest stored version {latest}; "
                           "raise the version above {latest}.", file=parsed.file, code=t.code, version=t.version,
                           latest=latest.version)  # fmt: skip
        row = ChecklistTemplateVersion(
            code=t.code, version=t.version, title=t.title.fr, phase=t.phase.value, equipment_type=t.equipment_type,
            content_hash=content_hash, source=parsed.source, imported_at=uow.now(), imported_by=uow.actor.name,
            supersedes_id=None if latest is None else latest.id,
        )  # fmt: skip
        s.add(row)
        s.flush()
        new = {"code": t.code, "version": t.version, "content_hash": content_hash, "phase": t.phase.value,
               "equipment_type": t.equipment_type, "file": Path(parsed.file).name,
               "supersedes_version": None if latest is None else latest.version}  # fmt: skip
        uow.audit("checklist_template.import", "checklist_template", row.id, new=new)
        return ImportResult(parsed.file, self._info_of(s, row.id), created=True)

    @staticmethod
    def _info_of(session: Session, row_id: int) -> TemplateInfo:
        code = session.get_one(ChecklistTemplateVersion, row_id).code
        return next(i for i in _infos(session, code) if i.id == row_id)

    # --- reading --------------------------------------------------------------------------------

    def templates(self, *, all_versions: bool = False) -> list[TemplateInfo]:
        """The latest version of each template by code (``all_versions``: every version, oldest first)."""
        infos = self._read(_infos)
        return infos if all_versions else [i for i in infos if not i.superseded]

    def template(self, code: str, version: int | None = None) -> StoredTemplate:
        """A stored version (default: the latest) with its text, read again into a template."""

        def work(session: Session) -> tuple[TemplateInfo, str]:
            infos = _infos(session, code)
            wanted = [i for i in infos if (i.version == version if version is not None else not i.superseded)]
            if not wanted:
                if version is None:
                    raise NotFound("No checklist template {code!r}.", code=code)
                raise NotFound("No version {version} of checklist template {code!r}.", code=code, version=version)
            source = session.get_one(ChecklistTemplateVersion, wanted[0].id).source
            return wanted[0], source

        info, source = self._read(work)
        origin = f"{info.code} v{info.version}"
        template = parse_template(source.removeprefix("\ufeff"), origin, instruments=instrument_quantities())
        return StoredTemplate(info, source, template)
