<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>--learners must be between 0 and 100000.</source>
        <translation>--learners moet tussen 0 en 100000 liggen.</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input.</source>
        <translation>--password-stdin: geen wachtwoord op de standaardinvoer.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Een pincode heeft 4 tot 8 cijfers.</translation>
    </message>
    <message>
        <source>A name is required: --name 'Given Family' or 'Family, Given'.</source>
        <translation>Een naam is verplicht: --name 'Voornaam Achternaam' of 'Achternaam, Voornaam'.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Een reden is verplicht.</translation>
    </message>
    <message>
        <source>A session needs at least one scheduled slot.</source>
        <translation>Een sessie heeft minstens één gepland tijdslot nodig.</translation>
    </message>
    <message>
        <source>A slot must end after it starts ({start} – {end}).</source>
        <translation>Een tijdslot moet eindigen na het begin ({start} – {end}).</translation>
    </message>
    <message>
        <source>A staff account needs at least one role.</source>
        <translation>Een personeelsaccount heeft minstens één rol nodig.</translation>
    </message>
    <message>
        <source>Account {login!r} is locked: ask an administrator.</source>
        <translation>Account {login!r} is vergrendeld: vraag het aan een beheerder.</translation>
    </message>
    <message>
        <source>Account {login} unlocked.</source>
        <translation>Account {login} ontgrendeld.</translation>
    </message>
    <message>
        <source>An in-memory SQLite database cannot be shared; give a file path.</source>
        <translation>Een SQLite-database in het geheugen kan niet gedeeld worden; geef een bestandspad op.</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Auditketen</translation>
    </message>
    <message>
        <source>Audit trail BROKEN at row {seq} (id {row_id}): {detail}.</source>
        <translation>Audittrail GEBROKEN bij rij {seq} (id {row_id}): {detail}.</translation>
    </message>
    <message>
        <source>Audit trail intact: {n} rows verified.</source>
        <translation>Audittrail intact: {n} rijen gecontroleerd.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database file: {detail}</source>
        <translation>Kan het SQLite-databasebestand niet openen: {detail}</translation>
    </message>
    <message>
        <source>Cannot reach the database server: {detail}</source>
        <translation>Kan de databaseserver niet bereiken: {detail}</translation>
    </message>
    <message>
        <source>Course {code!r} already exists.</source>
        <translation>Cursus {code!r} bestaat al.</translation>
    </message>
    <message>
        <source>Database check FAILED.</source>
        <translation>Databasecontrole MISLUKT.</translation>
    </message>
    <message>
        <source>Database check passed.</source>
        <translation>Databasecontrole geslaagd.</translation>
    </message>
    <message>
        <source>Database error: {detail}</source>
        <translation>Databasefout: {detail}</translation>
    </message>
    <message>
        <source>Database schema: {before} → {after}.</source>
        <translation>Databaseschema: {before} → {after}.</translation>
    </message>
    <message>
        <source>Demo centre created: {people} learners, {sessions} sessions, {rooms} rooms.</source>
        <translation>Democentrum aangemaakt: {people} cursisten, {sessions} sessies, {rooms} lokalen.</translation>
    </message>
    <message>
        <source>Demo staff accounts (login / password / kiosk PIN):</source>
        <translation>Demo-personeelsaccounts (login / wachtwoord / kiosk-pincode):</translation>
    </message>
    <message>
        <source>Give both --given and --family, or --name.</source>
        <translation>Geef zowel --given als --family, of --name.</translation>
    </message>
    <message>
        <source>Given and family names are required.</source>
        <translation>Voornaam en achternaam zijn verplicht.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>Kiosk PIN (4–8 digits): </source>
        <translation>Kiosk-pincode (4–8 cijfers): </translation>
    </message>
    <message>
        <source>Kiosk PIN (4–8 digits, empty for none): </source>
        <translation>Kiosk-pincode (4–8 cijfers, leeg voor geen): </translation>
    </message>
    <message>
        <source>Login {login!r} is already taken.</source>
        <translation>Login {login!r} is al in gebruik.</translation>
    </message>
    <message>
        <source>Login {login!r} is not valid: use 2–64 lower-case letters, digits, '.', '-' or '_'.</source>
        <translation>Login {login!r} is ongeldig: gebruik 2–64 kleine letters, cijfers, '.', '-' of '_'.</translation>
    </message>
    <message>
        <source>No course {code!r}.</source>
        <translation>Geen cursus {code!r}.</translation>
    </message>
    <message>
        <source>No room {code!r}.</source>
        <translation>Geen lokaal {code!r}.</translation>
    </message>
    <message>
        <source>No staff account {login!r}.</source>
        <translation>Geen personeelsaccount {login!r}.</translation>
    </message>
    <message>
        <source>Not a database URL: {url!r}. Use sqlite:///path/to/file.db or postgresql://user@host:5432/database.</source>
        <translation>Geen database-URL: {url!r}. Gebruik sqlite:///pad/naar/bestand.db of postgresql://gebruiker@host:5432/database.</translation>
    </message>
    <message>
        <source>PIN again: </source>
        <translation>Pincode (opnieuw): </translation>
    </message>
    <message>
        <source>PIN set for {login}.</source>
        <translation>Pincode ingesteld voor {login}.</translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Wachtwoord (opnieuw): </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Wachtwoord: </translation>
    </message>
    <message>
        <source>PostgreSQL server runs with fsync={fsync} and synchronous_commit={sync}: acknowledged records could be lost in a crash. Turn both on.</source>
        <translation>De PostgreSQL-server draait met fsync={fsync} en synchronous_commit={sync}: bevestigde records kunnen bij een crash verloren gaan. Zet beide aan.</translation>
    </message>
    <message>
        <source>Room {code!r} already exists.</source>
        <translation>Lokaal {code!r} bestaat al.</translation>
    </message>
    <message>
        <source>SQLite refused required settings {wrong} (wanted {wanted}); refusing to run.</source>
        <translation>SQLite weigerde verplichte instellingen {wrong} (verwacht {wanted}); programma stopt.</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Session {code!r} already exists.</source>
        <translation>Sessie {code!r} bestaat al.</translation>
    </message>
    <message>
        <source>Setting {key!r} must be {kind}, not {value!r}.</source>
        <translation>Instelling {key!r} moet van het type {kind} zijn, niet {value!r}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Settings file not found: {path}</source>
        <translation>Instellingenbestand niet gevonden: {path}</translation>
    </message>
    <message>
        <source>Settings file {path} is not valid TOML: {err}</source>
        <translation>Instellingenbestand {path} is geen geldige TOML: {err}</translation>
    </message>
    <message>
        <source>Staff account {login} created for {name} ({roles}).</source>
        <translation>Personeelsaccount {login} aangemaakt voor {name} ({roles}).</translation>
    </message>
    <message>
        <source>Terminal {name} is in room {room}.</source>
        <translation>Terminal {name} staat in lokaal {room}.</translation>
    </message>
    <message>
        <source>Terminals: {names}</source>
        <translation>Terminals: {names}</translation>
    </message>
    <message>
        <source>The database is locked by another program and did not free up in time: {detail}</source>
        <translation>De database is vergrendeld door een ander programma en kwam niet op tijd vrij: {detail}</translation>
    </message>
    <message>
        <source>The database schema is at {current}, this program needs {head}: run 'aptaskil-desk db upgrade'.</source>
        <translation>Het databaseschema staat op {current}, dit programma vereist {head}: voer 'aptaskil-desk db upgrade' uit.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Het wachtwoord moet minstens {n} tekens hebben.</translation>
    </message>
    <message>
        <source>The password must not start or end with spaces.</source>
        <translation>Het wachtwoord mag niet beginnen of eindigen met spaties.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>De twee pincodes verschillen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>This change conflicts with data already recorded; nothing was saved ({detail}).</source>
        <translation>Deze wijziging botst met reeds geregistreerde gegevens; er is niets opgeslagen ({detail}).</translation>
    </message>
    <message>
        <source>This database already holds the demo centre; nothing was changed.</source>
        <translation>Deze database bevat het democentrum al; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: account {login!r} is now locked. Ask an administrator.</source>
        <translation>Te veel foute pogingen: account {login!r} is nu vergrendeld. Vraag het aan een beheerder.</translation>
    </message>
    <message>
        <source>Unknown course family {family!r}.</source>
        <translation>Onbekende cursusfamilie {family!r}.</translation>
    </message>
    <message>
        <source>Unknown language {lang!r}: choose one of {choices}.</source>
        <translation>Onbekende taal {lang!r}: kies uit {choices}.</translation>
    </message>
    <message>
        <source>Unknown learner category {category!r}: choose from {choices}.</source>
        <translation>Onbekende cursistcategorie {category!r}: kies uit {choices}.</translation>
    </message>
    <message>
        <source>Unknown login or wrong PIN.</source>
        <translation>Onbekende login of foute pincode.</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>Onbekende login of fout wachtwoord.</translation>
    </message>
    <message>
        <source>Unknown role {role!r}: choose from {choices}.</source>
        <translation>Onbekende rol {role!r}: kies uit {choices}.</translation>
    </message>
    <message>
        <source>Unknown room kind {kind!r}.</source>
        <translation>Onbekend soort lokaal {kind!r}.</translation>
    </message>
    <message>
        <source>Unknown setting {key!r} in {path}.</source>
        <translation>Onbekende instelling {key!r} in {path}.</translation>
    </message>
    <message>
        <source>Unsupported database {driver!r}: use SQLite or PostgreSQL.</source>
        <translation>Niet-ondersteunde database {driver!r}: gebruik SQLite of PostgreSQL.</translation>
    </message>
    <message>
        <source>Write the name as 'Given Family' or 'Family, Given': {name!r}.</source>
        <translation>Schrijf de naam als 'Voornaam Achternaam' of 'Achternaam, Voornaam': {name!r}.</translation>
    </message>
    <message>
        <source>Wrong PIN: {left} attempt(s) left.</source>
        <translation>Foute pincode: nog {left} poging(en).</translation>
    </message>
    <message>
        <source>Wrong password: {left} attempt(s) left.</source>
        <translation>Fout wachtwoord: nog {left} poging(en).</translation>
    </message>
    <message>
        <source>pin_max_attempts and staff_idle_lock_minutes must be at least 1.</source>
        <translation>pin_max_attempts en staff_idle_lock_minutes moeten minstens 1 zijn.</translation>
    </message>
    <message>
        <source>{rows} audit rows written to {path}.</source>
        <translation>{rows} auditrijen geschreven naar {path}.</translation>
    </message>
    <message>
        <source>{who} may not do this ({permission}).</source>
        <translation>{who} mag dit niet doen ({permission}).</translation>
    </message>
    <message>
        <source>A correction is 'in', 'out' or 'void', not {kind!r}.</source>
        <translation>Een correctie is 'in', 'out' of 'void', niet {kind!r}.</translation>
    </message>
    <message>
        <source>A correction stays on the same day as the event it corrects.</source>
        <translation>Een correctie blijft op dezelfde dag als de gebeurtenis die ze corrigeert.</translation>
    </message>
    <message>
        <source>A missing scan is 'in' or 'out', not {kind!r}.</source>
        <translation>Een vergeten scan is 'in' of 'out', niet {kind!r}.</translation>
    </message>
    <message>
        <source>Badge of {name} revoked; it will be refused from now on.</source>
        <translation>Badge van {name} ingetrokken; hij wordt voortaan geweigerd.</translation>
    </message>
    <message>
        <source>Event {id} was already corrected: correct the latest correction.</source>
        <translation>Gebeurtenis {id} werd al gecorrigeerd: corrigeer de laatste correctie.</translation>
    </message>
    <message>
        <source>Event {old} corrected by event {new}.</source>
        <translation>Gebeurtenis {old} gecorrigeerd door gebeurtenis {new}.</translation>
    </message>
    <message>
        <source>Hours counted: {hours}.</source>
        <translation>Getelde uren: {hours}.</translation>
    </message>
    <message>
        <source>No active person with id {ids}.</source>
        <translation>Geen actieve persoon met id {ids}.</translation>
    </message>
    <message>
        <source>No attendance event {id}.</source>
        <translation>Geen aanwezigheidsgebeurtenis {id}.</translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <translation>Geen persoon met id {id}.</translation>
    </message>
    <message>
        <source>No session is scheduled here now: the instructor will review this check-in.</source>
        <translation>Hier is nu geen sessie gepland: de lesgever controleert deze aanmelding.</translation>
    </message>
    <message>
        <source>No session or course {code!r}.</source>
        <translation>Geen sessie of cursus {code!r}.</translation>
    </message>
    <message>
        <source>No session {code!r}.</source>
        <translation>Geen sessie {code!r}.</translation>
    </message>
    <message>
        <source>Nobody to print badges for.</source>
        <translation>Niemand om badges voor af te drukken.</translation>
    </message>
    <message>
        <source>Not a date and time: {value!r} (use 2026-11-25T08:02).</source>
        <translation>Geen datum en tijd: {value!r} (gebruik 2026-11-25T08:02).</translation>
    </message>
    <message>
        <source>Not on the roster of the session running here: the instructor will review this check-in.</source>
        <translation>Niet ingeschreven in de sessie die hier loopt: de lesgever controleert deze aanmelding.</translation>
    </message>
    <message>
        <source>Person {id} has no active badge.</source>
        <translation>Persoon {id} heeft geen actieve badge.</translation>
    </message>
    <message>
        <source>Say whom to print badges for: --person, --course or --all.</source>
        <translation>Zeg voor wie de badges afgedrukt moeten worden: --person, --course of --all.</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time}.</source>
        <translation>{name}: al aangemeld om {time}.</translation>
    </message>
    <message>
        <source>{name}: already checked out at {time}.</source>
        <translation>{name}: al afgemeld om {time}.</translation>
    </message>
    <message>
        <source>{name}: checked in at {time}.</source>
        <translation>{name}: aangemeld om {time}.</translation>
    </message>
    <message>
        <source>{name}: checked out at {time}; {hours} h today.</source>
        <translation>{name}: afgemeld om {time}; {hours} u vandaag.</translation>
    </message>
    <message>
        <source>{name}: staff badge; enter your PIN at the kiosk.</source>
        <translation>{name}: personeelsbadge; typ uw pincode op de kiosk.</translation>
    </message>
    <message>
        <source>{n} badges written to {path} ({pages} pages).</source>
        <translation>{n} badges geschreven naar {path} ({pages} pagina's).</translation>
    </message>
    <message>
        <source>Refused: the code could not be read; scan again.</source>
        <translation>Geweigerd: de code is onleesbaar; scan opnieuw.</translation>
    </message>
    <message>
        <source>Refused: unknown badge.</source>
        <translation>Geweigerd: onbekende badge.</translation>
    </message>
    <message>
        <source>Refused: this badge was revoked; see reception.</source>
        <translation>Geweigerd: deze badge werd ingetrokken; ga naar het onthaal.</translation>
    </message>
    <message>
        <source>Refused: this person is no longer active; see reception.</source>
        <translation>Geweigerd: deze persoon is niet meer actief; ga naar het onthaal.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>Werkzoekende</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Leerkracht</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>No badges to print.</source>
        <translation>Geen badges om af te drukken.</translation>
    </message>
    <message>
        <source>Unknown badge layout {layout!r}: choose cards or sheet.</source>
        <translation>Onbekende badge-opmaak {layout!r}: kies cards of sheet.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>This is not a text file: save the spreadsheet as CSV UTF-8 or as CSV with semicolons.</source>
        <translation>Dit is geen tekstbestand: sla het rekenblad op als CSV UTF-8 of als CSV met puntkomma's.</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook, not a CSV file: save it as CSV UTF-8 or as CSV with semicolons.</source>
        <translation>Dit is een rekenbladmap, geen CSV-bestand: sla het op als CSV UTF-8 of als CSV met puntkomma's.</translation>
    </message>
    <message>
        <source>This file is in UTF-16 (Excel's Unicode text): save it as CSV UTF-8 or as CSV with semicolons.</source>
        <translation>Dit bestand is in UTF-16 (Unicode-tekst van Excel): sla het op als CSV UTF-8 of als CSV met puntkomma's.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 mark but byte {offset} is not UTF-8.</source>
        <translation>Het bestand begint met een UTF-8-markering, maar byte {offset} is geen UTF-8.</translation>
    </message>
    <message>
        <source>The header line has no column separator: separate the columns with ';' or ','.</source>
        <translation>De kopregel heeft geen kolomscheidingsteken: scheid de kolommen met ';' of ','.</translation>
    </message>
    <message>
        <source>The first line must name the columns; accepted names: {accepted}.</source>
        <translation>De eerste regel moet de kolommen benoemen; aanvaarde namen: {accepted}.</translation>
    </message>
    <message>
        <source>The file has a header line but no learners.</source>
        <translation>Het bestand heeft een kopregel maar geen cursisten.</translation>
    </message>
    <message>
        <source>Unknown column "{column}"; accepted names: {accepted}.</source>
        <translation>Onbekende kolom "{column}"; aanvaarde namen: {accepted}.</translation>
    </message>
    <message>
        <source>Column "{column}" repeats column "{first}".</source>
        <translation>Kolom "{column}" herhaalt kolom "{first}".</translation>
    </message>
    <message>
        <source>Required column missing: {names}.</source>
        <translation>Verplichte kolom ontbreekt: {names}.</translation>
    </message>
    <message>
        <source>A value stands in a column that has no name in the header line.</source>
        <translation>Er staat een waarde in een kolom die in de kopregel geen naam heeft.</translation>
    </message>
    <message>
        <source>Wrong number of fields: {found} instead of {expected} (quote a value that contains the separator).</source>
        <translation>Verkeerd aantal velden: {found} in plaats van {expected} (zet een waarde met het scheidingsteken tussen aanhalingstekens).</translation>
    </message>
    <message>
        <source>Badly quoted value: a closing quote must be followed by the separator or the end of the line.</source>
        <translation>Verkeerd aangehaalde waarde: na een sluitend aanhalingsteken moet het scheidingsteken of het einde van de regel volgen.</translation>
    </message>
    <message>
        <source>A quoted value that starts on this line is never closed.</source>
        <translation>Een waarde tussen aanhalingstekens die op deze regel begint, wordt nooit gesloten.</translation>
    </message>
    <message>
        <source>Missing value: {column} is required.</source>
        <translation>Ontbrekende waarde: {column} is verplicht.</translation>
    </message>
    <message>
        <source>Unknown category "{value}"; accepted: {accepted}.</source>
        <translation>Onbekende categorie "{value}"; aanvaard: {accepted}.</translation>
    </message>
    <message>
        <source>Unreadable date "{value}": write DD/MM/YYYY (e.g. 31/12/1990) or YYYY-MM-DD.</source>
        <translation>Onleesbare datum "{value}": schrijf DD/MM/JJJJ (bv. 31/12/1990) of JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Birth date {value} is in the future.</source>
        <translation>Geboortedatum {value} ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Birth date {value} is before 1900.</source>
        <translation>Geboortedatum {value} ligt vóór 1900.</translation>
    </message>
    <message>
        <source>Invalid e-mail address "{value}".</source>
        <translation>Ongeldig e-mailadres "{value}".</translation>
    </message>
    <message>
        <source>{column} is too long: {length} characters, at most {limit}.</source>
        <translation>{column} is te lang: {length} tekens, hoogstens {limit}.</translation>
    </message>
    <message>
        <source>{column} contains a line break or a control character.</source>
        <translation>{column} bevat een regeleinde of een stuurteken.</translation>
    </message>
    <message>
        <source>External reference "{ref}" already appears on line {first_line}.</source>
        <translation>Externe referentie "{ref}" staat al op regel {first_line}.</translation>
    </message>
    <message>
        <source>Unknown session code "{code}".</source>
        <translation>Onbekende sessiecode "{code}".</translation>
    </message>
    <message>
        <source>External reference "{ref}" belongs to a staff member, not to a learner.</source>
        <translation>Externe referentie "{ref}" hoort bij een personeelslid, niet bij een cursist.</translation>
    </message>
    <message>
        <source>Record guards</source>
        <translation>Beveiliging van records</translation>
    </message>
    <message>
        <source>Cannot use the file {path}: {reason}</source>
        <translation>Kan het bestand {path} niet gebruiken: {reason}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problem(s) to fix first.</source>
        <translation>Er is niets geïmporteerd: eerst {n} probleem/problemen oplossen.</translation>
    </message>
    <message>
        <source>Dry run: {created} to create, {updated} to update, {unchanged} unchanged, {enrolled} enrolments; nothing was written.</source>
        <translation>Proefrun: {created} aan te maken, {updated} bij te werken, {unchanged} ongewijzigd, {enrolled} inschrijving(en); er is niets geschreven.</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {unchanged} unchanged, {enrolled} enrolments.</source>
        <translation>Geïmporteerd: {created} aangemaakt, {updated} bijgewerkt, {unchanged} ongewijzigd, {enrolled} inschrijving(en).</translation>
    </message>
    <message>
        <source>Everyone has a badge. Try one: aptaskil-desk scan CODE --terminal KIOSK-LAB-CQ</source>
        <translation>Iedereen heeft een badge. Probeer er een: aptaskil-desk scan CODE --terminal KIOSK-LAB-CQ</translation>
    </message>
    <message>
        <source>Print them all: aptaskil-desk badges print --all --layout sheet --out badges.pdf</source>
        <translation>Druk ze allemaal af: aptaskil-desk badges print --all --layout sheet --out badges.pdf</translation>
    </message>
    <message>
        <source>Equipment {code} registered.</source>
        <translation>Uitrusting {code} geregistreerd.</translation>
    </message>
    <message>
        <source>{code} is now {status}.</source>
        <translation>{code} is nu {status}.</translation>
    </message>
    <message>
        <source>Not a date: {value!r} (use YYYY-MM-DD).</source>
        <translation>Geen datum: {value!r} (gebruik JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Use refused: {codes}.</source>
        <translation>Gebruik geweigerd: {codes}.</translation>
    </message>
    <message>
        <source>Qualification phases are IQ, OQ and PQ.</source>
        <translation>De kwalificatiefasen zijn IQ, OQ en PQ.</translation>
    </message>
    <message>
        <source>An equipment needs a code and a name.</source>
        <translation>Een uitrusting heeft een code en een naam nodig.</translation>
    </message>
    <message>
        <source>Equipment {code!r} already exists.</source>
        <translation>Uitrusting {code!r} bestaat al.</translation>
    </message>
    <message>
        <source>No equipment {code!r}.</source>
        <translation>Geen uitrusting {code!r}.</translation>
    </message>
    <message>
        <source>Unknown status {status!r}.</source>
        <translation>Onbekende status {status!r}.</translation>
    </message>
    <message>
        <source>Unknown logbook entry kind {kind!r}.</source>
        <translation>Onbekend soort logboekregel {kind!r}.</translation>
    </message>
    <message>
        <source>A qualification entry needs a phase (IQ, OQ, PQ) and a result (pass, fail).</source>
        <translation>Een kwalificatieregel heeft een fase (IQ, OQ, PQ) en een resultaat (pass, fail) nodig.</translation>
    </message>
    <message>
        <source>No logbook entry {id}.</source>
        <translation>Geen logboekregel {id}.</translation>
    </message>
    <message>
        <source>Entry {id} was already corrected: correct the latest correction.</source>
        <translation>Regel {id} werd al gecorrigeerd: corrigeer de laatste correctie.</translation>
    </message>
    <message>
        <source>Logbook entries are never deleted; record a correction with a reason instead.</source>
        <translation>Logboekregels worden nooit verwijderd; registreer in de plaats een gemotiveerde correctie.</translation>
    </message>
    <message>
        <source>Logbook entries are never edited; record a correction with a reason instead.</source>
        <translation>Logboekregels worden nooit gewijzigd; registreer in de plaats een gemotiveerde correctie.</translation>
    </message>
    <message>
        <source>{code} is not in use by this person.</source>
        <translation>{code} wordt niet door deze persoon gebruikt.</translation>
    </message>
    <message>
        <source>Nothing to override: {code} may be used as it is.</source>
        <translation>Niets om met een afwijking toe te staan: {code} mag zo gebruikt worden.</translation>
    </message>
    <message>
        <source>Unknown label layout {layout!r}: choose printer or a4.</source>
        <translation>Onbekende etiketopmaak {layout!r}: kies printer of a4.</translation>
    </message>
    <message>
        <source>No equipment to label.</source>
        <translation>Geen apparatuur om te etiketteren.</translation>
    </message>
    <message>
        <source>Equipment labels</source>
        <translation>Apparatuuretiketten</translation>
    </message>
    <message>
        <source>S/N {serial}</source>
        <translation>Serienr. {serial}</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>Lokaal {room}</translation>
    </message>
    <message>
        <source>{n} labels written to {path} ({pages} pages).</source>
        <translation>{n} etiketten geschreven naar {path} ({pages} pagina's).</translation>
    </message>
    <message>
        <source>Equipment logbook</source>
        <translation>Logboek van het toestel</translation>
    </message>
    <message>
        <source>Equipment logbook {code}</source>
        <translation>Logboek van het toestel {code}</translation>
    </message>
    <message>
        <source>Generated on {when}</source>
        <translation>Aangemaakt op {when}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokaal</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Calibration due</source>
        <translation>Kalibratie uiterlijk</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Geregistreerd door</translation>
    </message>
    <message>
        <source>Times are Brussels time. A corrected entry is struck through and stays on record; the correction follows at its own time with its reason.</source>
        <translation>Tijden in Brusselse tijd. Een gecorrigeerde registratie wordt doorgehaald en blijft bewaard; de correctie volgt op haar eigen tijdstip met haar reden.</translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation>Geen registraties in deze periode.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} tot {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>vanaf {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>tot {end}</translation>
    </message>
    <message>
        <source>all entries</source>
        <translation>alle registraties</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Gebruik</translation>
    </message>
    <message>
        <source>End of use</source>
        <translation>Einde gebruik</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Reiniging</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Onderhoud</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibratie</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Statuswijziging</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kwalificatie</translation>
    </message>
    <message>
        <source>available</source>
        <translation>beschikbaar</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in gebruik</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>in reiniging</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>in onderhoud</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>buiten dienst</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>in quarantaine</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>Uitgevoerd op</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nieuwe vervaldatum</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Uitgevoerde werken</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>niet geslaagd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>after incident #{id}</source>
        <translation>na incident nr. {id}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reden: {reason}</translation>
    </message>
    <message>
        <source>{phase} passed</source>
        <translation>{phase} geslaagd</translation>
    </message>
    <message>
        <source>{phase} failed</source>
        <translation>{phase} niet geslaagd</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Resultaat: {result}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>kiosk {terminal}</source>
        <translation>kiosk {terminal}</translation>
    </message>
    <message>
        <source>Used under override #{id}</source>
        <translation>Gebruikt onder afwijking nr. {id}</translation>
    </message>
    <message>
        <source>Corrects #{id}: {reason}</source>
        <translation>Corrigeert nr. {id}: {reason}</translation>
    </message>
    <message>
        <source>→ Superseded by entry #{id}: {reason}</source>
        <translation>→ Vervangen door registratie nr. {id}: {reason}</translation>
    </message>
    <message>
        <source>Logbook of {code} written to {path}: {n} entries, {pages} pages.</source>
        <translation>Logboek van {code} geschreven naar {path}: {n} registraties, {pages} pagina's.</translation>
    </message>
    <message>
        <source>The period ends before it starts: {start} to {end}.</source>
        <translation>De periode eindigt voor ze begint: {start} tot {end}.</translation>
    </message>
    <message>
        <source>{name}: use of {code} started at {time}.</source>
        <translation>{name}: gebruik van {code} gestart om {time}.</translation>
    </message>
    <message>
        <source>{name}: use of {code} stopped at {time}.</source>
        <translation>{name}: gebruik van {code} beëindigd om {time}.</translation>
    </message>
    <message>
        <source>Answer these questions, then scan again with --answers:</source>
        <translation>Beantwoord deze vragen en scan opnieuw met --answers:</translation>
    </message>
    <message>
        <source>Refused: scan your badge first, then the equipment, on the same terminal.</source>
        <translation>Geweigerd: scan eerst uw badge en dan de uitrusting, op dezelfde terminal.</translation>
    </message>
    <message>
        <source>Refused: {code} may not be used now ({reasons}).</source>
        <translation>Geweigerd: {code} mag nu niet gebruikt worden ({reasons}).</translation>
    </message>
    <message>
        <source>--answers takes a JSON object such as {{"clean_label": "yes"}}.</source>
        <translation>--answers verwacht een JSON-object zoals {{"clean_label": "yes"}}.</translation>
    </message>
    <message>
        <source>{file}: a [default] table is required.</source>
        <translation>{file}: een tabel [default] is verplicht.</translation>
    </message>
    <message>
        <source>{file}: not valid TOML: {error}</source>
        <translation>{file}: geen geldige TOML: {error}</translation>
    </message>
    <message>
        <source>{where}: each question needs an id and expect = yes or no.</source>
        <translation>{where}: elke vraag heeft een id en expect = yes of no nodig.</translation>
    </message>
    <message>
        <source>{where}: each question needs its text in fr, en and nl.</source>
        <translation>{where}: elke vraag heeft haar tekst in fr, en en nl nodig.</translation>
    </message>
    <message>
        <source>Equipment labels: aptaskil-desk equipment label --layout a4 --out labels.pdf</source>
        <translation>Etiketten van de uitrusting: aptaskil-desk equipment label --layout a4 --out labels.pdf</translation>
    </message>
    <message>
        <source>Person {id} holds no authorisation for {code}.</source>
        <translation>Persoon {id} heeft geen toelating voor {code}.</translation>
    </message>
    <message>
        <source>Cannot open the port {port}: {error}</source>
        <translation>Kan de poort {port} niet openen: {error}</translation>
    </message>
    <message>
        <source>Data bits must be 5, 6, 7 or 8, not {value}.</source>
        <translation>Databits moeten 5, 6, 7 of 8 zijn, niet {value}.</translation>
    </message>
    <message>
        <source>Line settings {spec!r} not understood: write e.g. 9600,8N1 or 1200,7O1.</source>
        <translation>Lijninstellingen {spec!r} niet begrepen: schrijf bv. 9600,8N1 of 1200,7O1.</translation>
    </message>
    <message>
        <source>No complete reply from the instrument on {port} within {seconds:g} s.</source>
        <translation>Geen volledig antwoord van het instrument op {port} binnen {seconds:g} s.</translation>
    </message>
    <message>
        <source>No reply from the instrument on {port} within {seconds:g} s.</source>
        <translation>Geen antwoord van het instrument op {port} binnen {seconds:g} s.</translation>
    </message>
    <message>
        <source>Stop bits must be 1, 1.5 or 2, not {value}.</source>
        <translation>Stopbits moeten 1, 1,5 of 2 zijn, niet {value}.</translation>
    </message>
    <message>
        <source>The instrument on {port} does not accept data (handshake?).</source>
        <translation>Het instrument op {port} aanvaardt geen gegevens (handshake?).</translation>
    </message>
    <message>
        <source>The instrument on {port} keeps sending lines it should not.</source>
        <translation>Het instrument op {port} blijft onverwachte regels sturen.</translation>
    </message>
    <message>
        <source>The instrument on {port} sent a frame longer than {limit} bytes.</source>
        <translation>Het instrument op {port} stuurde een frame langer dan {limit} bytes.</translation>
    </message>
    <message>
        <source>The instrument on {port} sent a line longer than {limit} bytes.</source>
        <translation>Het instrument op {port} stuurde een regel langer dan {limit} bytes.</translation>
    </message>
    <message>
        <source>The instrument on {port} was disconnected ({error}).</source>
        <translation>Het instrument op {port} werd losgekoppeld ({error}).</translation>
    </message>
    <message>
        <source>The port {port} is not open.</source>
        <translation>De poort {port} is niet open.</translation>
    </message>
    <message>
        <source>The speed must be a positive number of baud, not {value}.</source>
        <translation>De snelheid moet een positief aantal baud zijn, niet {value}.</translation>
    </message>
    <message>
        <source>Timeouts must be positive.</source>
        <translation>Time-outs moeten positief zijn.</translation>
    </message>
    <message>
        <source>Unknown instrument driver {name!r}; known: {known}.</source>
        <translation>Onbekend instrumentstuurprogramma {name!r}; bekend: {known}.</translation>
    </message>
    <message>
        <source>Unknown parity {value!r}: use N, E, O, M or S.</source>
        <translation>Onbekende pariteit {value!r}: gebruik N, E, O, M of S.</translation>
    </message>
    <message>
        <source>authorisation_lapse_days must be a number of days from {low} to {high}, not {value}.</source>
        <translation>authorisation_lapse_days moet een aantal dagen van {low} tot {high} zijn, niet {value}.</translation>
    </message>
    <message>
        <source>Environment variable {var} must be a whole number, not {value!r}.</source>
        <translation>Omgevingsvariabele {var} moet een geheel getal zijn, niet {value!r}.</translation>
    </message>
    <message>
        <source>The end date {date} is already past: choose today or later.</source>
        <translation>De einddatum {date} is al voorbij: kies vandaag of later.</translation>
    </message>
    <message>
        <source>{code} needs no authorisation: learners may use it without one.</source>
        <translation>{code} vereist geen toelating: cursisten mogen het zonder gebruiken.</translation>
    </message>
    <message>
        <source>{name} is now authorised to use {code} until {date}.</source>
        <translation>{name} heeft nu een toelating voor {code} tot {date}.</translation>
    </message>
    <message>
        <source>The authorisation of {name} for {code} is extended until {date}.</source>
        <translation>De toelating van {name} voor {code} is verlengd tot {date}.</translation>
    </message>
    <message>
        <source>The authorisation of {name} for {code} is revoked.</source>
        <translation>De toelating van {name} voor {code} is ingetrokken.</translation>
    </message>
    <message>
        <source>No authorisation on record.</source>
        <translation>Geen toelating geregistreerd.</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} does not support function {function:02d} (exception 01: illegal function).</source>
        <translation>Modbus-apparaat {slave} op {port} kent functie {function:02d} niet (exceptie 01: ongeldige functie).</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} has no register at the address asked (exception 02: illegal data address).</source>
        <translation>Modbus-apparaat {slave} op {port} heeft geen register op het gevraagde adres (exceptie 02: ongeldig data-adres).</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} refused the value or quantity sent (exception 03: illegal data value).</source>
        <translation>Modbus-apparaat {slave} op {port} weigerde de verzonden waarde of hoeveelheid (exceptie 03: ongeldige datawaarde).</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} failed while doing the request (exception 04: device failure).</source>
        <translation>Modbus-apparaat {slave} op {port} faalde bij het uitvoeren van de aanvraag (exceptie 04: apparaatstoring).</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} answered function {function:02d} with exception {code:02d}.</source>
        <translation>Modbus-apparaat {slave} op {port} beantwoordde functie {function:02d} met exceptie {code:02d}.</translation>
    </message>
    <message>
        <source>The reply from Modbus device {slave} on {port} is corrupted (CRC check failed); it was ignored.</source>
        <translation>Het antwoord van Modbus-apparaat {slave} op {port} is beschadigd (CRC-controle mislukt); het werd genegeerd.</translation>
    </message>
    <message>
        <source>A reply from Modbus device {got} came on {port} while device {slave} was asked; it was ignored.</source>
        <translation>Er kwam een antwoord van Modbus-apparaat {got} op {port} terwijl apparaat {slave} werd bevraagd; het werd genegeerd.</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} answered function {got:02d} to a function {function:02d} request; the reply was ignored.</source>
        <translation>Modbus-apparaat {slave} op {port} antwoordde met functie {got:02d} op een aanvraag met functie {function:02d}; het antwoord werd genegeerd.</translation>
    </message>
    <message>
        <source>The reply from Modbus device {slave} on {port} does not match the request (wrong length or content); it was ignored.</source>
        <translation>Het antwoord van Modbus-apparaat {slave} op {port} past niet bij de aanvraag (verkeerde lengte of inhoud); het werd genegeerd.</translation>
    </message>
    <message>
        <source>{value} {unit} is outside the range of the Modbus register {name} ({low} to {high} {unit}).</source>
        <translation>{value} {unit} valt buiten het bereik van Modbus-register {name} ({low} tot {high} {unit}).</translation>
    </message>
    <message>
        <source>This Modbus register map has no setting named {name!r}.</source>
        <translation>Deze Modbus-registertabel heeft geen instelling met de naam {name!r}.</translation>
    </message>
    <message>
        <source>This Modbus register map has no process value.</source>
        <translation>Deze Modbus-registertabel heeft geen proceswaarde.</translation>
    </message>
    <message>
        <source>The low end of the range must be below the high end.</source>
        <translation>Het begin van het bereik moet lager liggen dan het einde.</translation>
    </message>
    <message>
        <source>A Modbus device address must be between 1 and 247, not {value}.</source>
        <translation>Een Modbus-apparaatadres moet tussen 1 en 247 liggen, niet {value}.</translation>
    </message>
    <message>
        <source>A Modbus register address must be between 0 and 65535, not {value}.</source>
        <translation>Een Modbus-registeradres moet tussen 0 en 65535 liggen, niet {value}.</translation>
    </message>
    <message>
        <source>Between 1 and {limit} Modbus registers per request, not {count}.</source>
        <translation>Tussen 1 en {limit} Modbus-registers per aanvraag, niet {count}.</translation>
    </message>
    <message>
        <source>A Modbus register holds 0 to 65535, not {value}.</source>
        <translation>Een Modbus-register bevat 0 tot 65535, niet {value}.</translation>
    </message>
    <message>
        <source>A range or resolution is a positive number, DEF, MIN or MAX, not {value!r}.</source>
        <translation>Een bereik of resolutie is een positief getal, DEF, MIN of MAX, niet {value!r}.</translation>
    </message>
    <message>
        <source>An instrument command is printable ASCII text, not {command!r}.</source>
        <translation>Een instrumentopdracht is afdrukbare ASCII-tekst, niet {command!r}.</translation>
    </message>
    <message>
        <source>Unknown quantity {name!r} for this instrument; known: {known}.</source>
        <translation>Onbekende grootheid {name!r} voor dit instrument; bekend: {known}.</translation>
    </message>
    <message>
        <source>The instrument on {port} reports: {errors}</source>
        <translation>Het instrument op {port} meldt: {errors}</translation>
    </message>
    <message>
        <source>The instrument on {port} sent a malformed reply: {reply}</source>
        <translation>Het instrument op {port} stuurde een misvormd antwoord: {reply}</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not a number.</source>
        <translation>{field}: {value!r} is geen getal.</translation>
    </message>
    <message>
        <source>{field} must be a set of named values.</source>
        <translation>{field} moet een verzameling benoemde waarden zijn.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>{field} moet een lijst zijn.</translation>
    </message>
    <message>
        <source>Missing input for {kind}: {fields}.</source>
        <translation>Ontbrekende invoer voor {kind}: {fields}.</translation>
    </message>
    <message>
        <source>Unknown input for {kind}: {fields}.</source>
        <translation>Onbekende invoer voor {kind}: {fields}.</translation>
    </message>
    <message>
        <source>Unknown exercise {kind!r}; known: {known}.</source>
        <translation>Onbekende oefening {kind!r}; bekend: {known}.</translation>
    </message>
    <message>
        <source>Weighing {n}: 'stable' must be true or false.</source>
        <translation>Weging {n}: 'stable' moet waar of onwaar zijn.</translation>
    </message>
    <message>
        <source>The as-left series needs 5 points (0, 25, 50, 75 and 100 %), not {count}.</source>
        <translation>De reeks zoals achtergelaten vraagt 5 punten (0, 25, 50, 75 en 100 %), niet {count}.</translation>
    </message>
    <message>
        <source>The as-found series needs 5 points (0, 25, 50, 75 and 100 %), not {count}.</source>
        <translation>De reeks zoals aangetroffen vraagt 5 punten (0, 25, 50, 75 en 100 %), niet {count}.</translation>
    </message>
    <message>
        <source>The tolerance must be more than 0 and at most 10 % of span, not {value}.</source>
        <translation>De tolerantie moet groter zijn dan 0 en ten hoogste 10 % van het meetbereik, niet {value}.</translation>
    </message>
    <message>
        <source>The test weight's value must be positive, not {value}.</source>
        <translation>De waarde van het testgewicht moet positief zijn, niet {value}.</translation>
    </message>
    <message>
        <source>The scale interval d must be positive, not {value}.</source>
        <translation>De schaalverdeling d moet positief zijn, niet {value}.</translation>
    </message>
    <message>
        <source>A pH calibration uses 2 or 3 buffers, not {count}.</source>
        <translation>Een pH-kalibratie gebruikt 2 of 3 buffers, niet {count}.</translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 100 °C, not {value}.</source>
        <translation>De temperatuur moet tussen 0 en 100 °C liggen, niet {value}.</translation>
    </message>
    <message>
        <source>A buffer's pH must be between 0 and 14.</source>
        <translation>De pH van een buffer moet tussen 0 en 14 liggen.</translation>
    </message>
    <message>
        <source>The buffers must differ by at least 1 pH unit.</source>
        <translation>De buffers moeten minstens 1 pH-eenheid verschillen.</translation>
    </message>
    <message>
        <source>The range's lower and upper values must differ.</source>
        <translation>Begin- en eindwaarde van het bereik moeten verschillen.</translation>
    </message>
    <message>
        <source>Point {n}: an applied process value needs the transmitter's range.</source>
        <translation>Punt {n}: een toegepaste proceswaarde vraagt het bereik van de transmitter.</translation>
    </message>
    <message>
        <source>Point {n}: the applied value {value} is {percent} % of range, too far from the {nominal} % point.</source>
        <translation>Punt {n}: de toegepaste waarde {value} is {percent} % van het bereik, te ver van het punt van {nominal} %.</translation>
    </message>
    <message>
        <source>The instrument answered with an error ({detail}). Nothing was stored.</source>
        <translation>Het instrument antwoordde met een fout ({detail}). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>No instrument {code!r}.</source>
        <translation>Geen instrument {code!r}.</translation>
    </message>
    <message>
        <source>Unknown handshake {value!r}: use none, xon/xoff, rts/cts or dtr/dsr.</source>
        <translation>Onbekende handshake {value!r}: gebruik none, xon/xoff, rts/cts of dtr/dsr.</translation>
    </message>
    <message>
        <source>The reading is not stable yet: wait for a stable value. Nothing was stored.</source>
        <translation>De meting is nog niet stabiel: wacht op een stabiele waarde. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The instrument is overloaded (above its range). Nothing was stored.</source>
        <translation>Het instrument is overbelast (boven zijn bereik). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The instrument is underloaded (below its range). Nothing was stored.</source>
        <translation>Het instrument is onderbelast (onder zijn bereik). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The instrument on the line reports serial number {reported}, but {code} is registered with {registered}. Nothing was stored.</source>
        <translation>Het aangesloten instrument meldt serienummer {reported}, maar {code} is geregistreerd met {registered}. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Reading {uuid} was already recorded with other content. Nothing was stored.</source>
        <translation>Meting {uuid} is al met een andere inhoud geregistreerd. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>{value!r} is not a UUID.</source>
        <translation>{value!r} is geen UUID.</translation>
    </message>
    <message>
        <source>An instrument needs an asset code and a name.</source>
        <translation>Een instrument vraagt een inventariscode en een naam.</translation>
    </message>
    <message>
        <source>The reading's time has no time zone.</source>
        <translation>Het tijdstip van de meting heeft geen tijdzone.</translation>
    </message>
    <message>
        <source>{code} is withdrawn from use: its readings are not recorded.</source>
        <translation>{code} is buiten gebruik gesteld: de metingen ervan worden niet geregistreerd.</translation>
    </message>
    <message>
        <source>{code} ({driver}) cannot serve a {kind} exercise.</source>
        <translation>{code} ({driver}) kan niet dienen voor een oefening {kind}.</translation>
    </message>
    <message>
        <source>{code} is not in calibration: only a training result may use it.</source>
        <translation>{code} is niet geldig gekalibreerd: alleen een opleidingsresultaat mag het gebruiken.</translation>
    </message>
    <message>
        <source>Instrument {code!r} already exists.</source>
        <translation>Instrument {code!r} bestaat al.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in session {code}.</source>
        <translation>{name} is niet ingeschreven in sessie {code}.</translation>
    </message>
    <message>
        <source>Error {error} % of span, beyond the ±{tolerance} % tolerance.</source>
        <translation>Fout van {error} % van het meetbereik, buiten de tolerantie van ±{tolerance} %.</translation>
    </message>
    <message>
        <source>{current} mA is a NAMUR NE 43 failure signal (≤ 3.6 or ≥ 21 mA).</source>
        <translation>{current} mA is een NAMUR NE 43-storingssignaal (≤ 3,6 of ≥ 21 mA).</translation>
    </message>
    <message>
        <source>{current} mA is outside the NE 43 measurement range (3.8–20.5 mA).</source>
        <translation>{current} mA ligt buiten het NE 43-meetbereik (3,8–20,5 mA).</translation>
    </message>
    <message>
        <source>Weighing {number} was not stable: left out.</source>
        <translation>Weging {number} was niet stabiel: weggelaten.</translation>
    </message>
    <message>
        <source>{count} stable weighings; USP &lt;41&gt; needs at least {needed}.</source>
        <translation>{count} stabiele wegingen; USP &lt;41&gt; vraagt er minstens {needed}.</translation>
    </message>
    <message>
        <source>Repeatability 2s/m = {value} %, above {limit} %.</source>
        <translation>Herhaalbaarheid 2s/m = {value} %, boven {limit} %.</translation>
    </message>
    <message>
        <source>The mean is {deviation} % from the test weight, above {limit} %.</source>
        <translation>Het gemiddelde wijkt {deviation} % af van het testgewicht, boven {limit} %.</translation>
    </message>
    <message>
        <source>The mean {mean} is not positive: no repeatability.</source>
        <translation>Het gemiddelde {mean} is niet positief: geen herhaalbaarheid.</translation>
    </message>
    <message>
        <source>Slope {slope} %, outside {min}–{max} %.</source>
        <translation>Helling {slope} %, buiten {min}–{max} %.</translation>
    </message>
    <message>
        <source>Slope {slope} % between pH {from} and {to}, outside 95–105 %.</source>
        <translation>Helling {slope} % tussen pH {from} en {to}, buiten 95–105 %.</translation>
    </message>
    <message>
        <source>Offset {offset} mV at pH 7, beyond ±{limit} mV.</source>
        <translation>Offset {offset} mV bij pH 7, buiten ±{limit} mV.</translation>
    </message>
    <message>
        <source>Instrument not in calibration when read: not usable as GMP evidence.</source>
        <translation>Instrument niet gekalibreerd op het moment van meten: niet bruikbaar als GMP-bewijs.</translation>
    </message>
    <message>
        <source>The balance did not recognise the command (ES: syntax error).</source>
        <translation>De balans herkende het commando niet (ES: syntaxfout).</translation>
    </message>
    <message>
        <source>The balance received the command garbled (ET: transmission error); try again.</source>
        <translation>De balans ontving het commando verminkt (ET: transmissiefout); probeer opnieuw.</translation>
    </message>
    <message>
        <source>The balance cannot carry out the command now (EL: logic error).</source>
        <translation>De balans kan het commando nu niet uitvoeren (EL: logische fout).</translation>
    </message>
    <message>
        <source>The balance could not settle within its time limit, or is busy (S I): shield it from draughts and vibration, then weigh again.</source>
        <translation>De balans werd niet stabiel binnen haar tijdslimiet, of is bezig (S I): bescherm ze tegen tocht en trillingen en weeg opnieuw.</translation>
    </message>
    <message>
        <source>The balance is busy and gave no weight (S I); try again.</source>
        <translation>De balans is bezig en gaf geen gewicht (S I); probeer opnieuw.</translation>
    </message>
    <message>
        <source>The load is above the balance's capacity (S +).</source>
        <translation>De last ligt boven het weegbereik van de balans (S +).</translation>
    </message>
    <message>
        <source>The load is below the balance's lower limit; is the pan in place? (S -)</source>
        <translation>De last ligt onder de ondergrens van de balans; ligt het weegplateau op zijn plaats? (S -)</translation>
    </message>
    <message>
        <source>The balance could not zero: it did not settle within its time limit, or is busy (Z I).</source>
        <translation>De balans kon niet op nul zetten: niet stabiel binnen haar tijdslimiet, of bezig (Z I).</translation>
    </message>
    <message>
        <source>The balance could not zero: the load is above its zero-setting range (Z +).</source>
        <translation>De balans kon niet op nul zetten: de last ligt boven haar nulstelbereik (Z +).</translation>
    </message>
    <message>
        <source>The balance could not zero: the load is below its zero-setting range (Z -).</source>
        <translation>De balans kon niet op nul zetten: de last ligt onder haar nulstelbereik (Z -).</translation>
    </message>
    <message>
        <source>The balance could not tare: it did not settle within its time limit, or is busy (T I).</source>
        <translation>De balans kon niet tarreren: niet stabiel binnen haar tijdslimiet, of bezig (T I).</translation>
    </message>
    <message>
        <source>The balance could not tare: the load is above its taring range (T +).</source>
        <translation>De balans kon niet tarreren: de last ligt boven haar tarreerbereik (T +).</translation>
    </message>
    <message>
        <source>The balance could not tare: the load is below its taring range (T -).</source>
        <translation>De balans kon niet tarreren: de last ligt onder haar tarreerbereik (T -).</translation>
    </message>
    <message>
        <source>The balance cannot give or set the tare weight now (TA I).</source>
        <translation>De balans kan het tarragewicht nu niet geven of instellen (TA I).</translation>
    </message>
    <message>
        <source>The balance refused that tare weight: out of range or wrong unit (TA L).</source>
        <translation>De balans weigerde dat tarragewicht: buiten bereik of verkeerde eenheid (TA L).</translation>
    </message>
    <message>
        <source>The balance could not clear the tare now (TAC I).</source>
        <translation>De balans kon de tarra nu niet wissen (TAC I).</translation>
    </message>
    <message>
        <source>The balance cannot give its model now (I2 I).</source>
        <translation>De balans kan haar model nu niet geven (I2 I).</translation>
    </message>
    <message>
        <source>The balance cannot give its serial number now (I4 I).</source>
        <translation>De balans kan haar serienummer nu niet geven (I4 I).</translation>
    </message>
    <message>
        <source>The balance on {port} answered {reply!r} to {command}: not an MT-SICS reply.</source>
        <translation>De balans op {port} antwoordde {reply!r} op {command}: geen MT-SICS-antwoord.</translation>
    </message>
    <message>
        <source>Err 01: the value does not fit the output format; check the interface settings.</source>
        <translation>Err 01: de waarde past niet in het uitvoerformaat; controleer de instellingen van de interface.</translation>
    </message>
    <message>
        <source>Err 02: the adjustment conditions are not met (e.g. not tared, or the pan is loaded).</source>
        <translation>Err 02: niet aan de justeervoorwaarden voldaan (bv. niet getarreerd, of het weegplateau is belast).</translation>
    </message>
    <message>
        <source>Err 03: the adjustment could not be completed in time.</source>
        <translation>Err 03: de justering kon niet op tijd worden voltooid.</translation>
    </message>
    <message>
        <source>Err 30: data output is blocked by the interface settings.</source>
        <translation>Err 30: de gegevensuitvoer is geblokkeerd door de instellingen van de interface.</translation>
    </message>
    <message>
        <source>Err 31: handshake error: the computer did not accept the data.</source>
        <translation>Err 31: handshakefout: de computer aanvaardde de gegevens niet.</translation>
    </message>
    <message>
        <source>Err 101–104: a key is stuck or was held down when the balance was switched on.</source>
        <translation>Err 101–104: een toets klemt of werd ingedrukt gehouden bij het inschakelen van de balans.</translation>
    </message>
    <message>
        <source>Err 320: the balance's program memory is faulty; have the balance serviced.</source>
        <translation>Err 320: het programmageheugen van de balans is defect; laat de balans nakijken.</translation>
    </message>
    <message>
        <source>Err 340: the balance's parameter memory is faulty; have the balance serviced.</source>
        <translation>Err 340: het parametergeheugen van de balans is defect; laat de balans nakijken.</translation>
    </message>
    <message>
        <source>Err 341: the balance lost its settings (power backup); check them and adjust the balance.</source>
        <translation>Err 341: de balans verloor haar instellingen (stroombuffer); controleer ze en justeer de balans.</translation>
    </message>
    <message>
        <source>Err {code}: see the error list in the balance's manual.</source>
        <translation>Err {code}: zie de foutenlijst in de handleiding van de balans.</translation>
    </message>
    <message>
        <source>The load is above the balance's capacity (High).</source>
        <translation>De last ligt boven het weegbereik van de balans (High).</translation>
    </message>
    <message>
        <source>The load is below the balance's lower limit; is the pan in place? (Low)</source>
        <translation>De last ligt onder de ondergrens van de balans; ligt het weegplateau op zijn plaats? (Low)</translation>
    </message>
    <message>
        <source>The balance did not settle in time: shield it from draughts and vibration, then weigh again.</source>
        <translation>De balans werd niet op tijd stabiel: bescherm ze tegen tocht en trillingen en weeg opnieuw.</translation>
    </message>
    <message>
        <source>A tare of {value} {unit} cannot be sent: give a number and a unit such as g.</source>
        <translation>Een tarra van {value} {unit} kan niet worden verzonden: geef een getal en een eenheid, bv. g.</translation>
    </message>
    <message>
        <source>The logbook changed while it was being printed; print it again.</source>
        <translation>Het logboek is gewijzigd tijdens het afdrukken; druk het opnieuw af.</translation>
    </message>
    <message>
        <source>Instrument {code} registered.</source>
        <translation>Instrument {code} geregistreerd.</translation>
    </message>
    <message>
        <source>Driver {driver}, port {port}, line {line}, serial number {serial}, room {room}.</source>
        <translation>Stuurprogramma {driver}, poort {port}, lijn {line}, serienummer {serial}, lokaal {room}.</translation>
    </message>
    <message>
        <source>No serial port found.</source>
        <translation>Geen seriële poort gevonden.</translation>
    </message>
    <message>
        <source>--count must be at least 1.</source>
        <translation>--count moet minstens 1 zijn.</translation>
    </message>
    <message>
        <source>--interval cannot be negative.</source>
        <translation>--interval mag niet negatief zijn.</translation>
    </message>
    <message>
        <source>In calibration until {date}.</source>
        <translation>Gekalibreerd tot {date}.</translation>
    </message>
    <message>
        <source>No instrument registered.</source>
        <translation>Geen instrument geregistreerd.</translation>
    </message>
    <message>
        <source>Withdrawn from use: its readings are not recorded.</source>
        <translation>Buiten gebruik gesteld: de metingen worden niet geregistreerd.</translation>
    </message>
    <message>
        <source>Last recorded readings:</source>
        <translation>Laatst geregistreerde metingen:</translation>
    </message>
    <message>
        <source>Simulated {title} running; stop it with Ctrl+C.</source>
        <translation>Simulatie actief: {title}; stop met Ctrl+C.</translation>
    </message>
    <message>
        <source>{instrument} on {port} ({line}):</source>
        <translation>{instrument} op {port} ({line}):</translation>
    </message>
    <message>
        <source>Calibration overdue since {date}: its readings are not usable as GMP evidence.</source>
        <translation>Kalibratie verlopen sinds {date}: de metingen zijn niet bruikbaar als GMP-bewijs.</translation>
    </message>
    <message>
        <source>No calibration due date: its readings are not usable as GMP evidence.</source>
        <translation>Geen vervaldatum voor kalibratie: de metingen zijn niet bruikbaar als GMP-bewijs.</translation>
    </message>
    <message>
        <source>{name} must be a number, not {value!r}.</source>
        <translation>{name} moet een getal zijn, niet {value!r}.</translation>
    </message>
    <message>
        <source>{name} cannot be negative.</source>
        <translation>{name} mag niet negatief zijn.</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value!r}.</source>
        <translation>{name} moet een geheel getal zijn, niet {value!r}.</translation>
    </message>
    <message>
        <source>{name} is yes or no, not {value!r}.</source>
        <translation>{name} is ja of nee (yes/no), niet {value!r}.</translation>
    </message>
    <message>
        <source>A simulated instrument is overloaded or underloaded, not both.</source>
        <translation>Een gesimuleerd instrument is overbelast of onderbelast, niet beide.</translation>
    </message>
    <message>
        <source>Write a simulated port as sim://KIND or sim://KIND?value=…, not {port!r}.</source>
        <translation>Schrijf een gesimuleerde poort als sim://SOORT of sim://SOORT?value=…, niet {port!r}.</translation>
    </message>
    <message>
        <source>Unknown simulated instrument option {name!r}; known: {known}.</source>
        <translation>Onbekende optie voor een gesimuleerd instrument {name!r}; bekend: {known}.</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabiel</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>onstabiel</translation>
    </message>
    <message>
        <source>overload</source>
        <translation>overbelast</translation>
    </message>
    <message>
        <source>underload</source>
        <translation>onderbelast</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>This database already holds the demo centre; added the simulated instruments {codes}.</source>
        <translation>Deze databank bevat het democentrum al; gesimuleerde instrumenten toegevoegd: {codes}.</translation>
    </message>
    <message>
        <source>Simulated instruments: aptaskil-desk instrument read --port sim://mt-sics --driver mt-sics --count 3</source>
        <translation>Gesimuleerde instrumenten: aptaskil-desk instrument read --port sim://mt-sics --driver mt-sics --count 3</translation>
    </message>
    <message>
        <source>A calibration result is pass or fail.</source>
        <translation>Het resultaat van een kalibratie is pass (conform) of fail (niet conform).</translation>
    </message>
    <message>
        <source>The calibration day {date} is in the future.</source>
        <translation>De kalibratiedag {date} ligt in de toekomst.</translation>
    </message>
    <message>
        <source>A passed calibration needs the next due date (or a calibration interval).</source>
        <translation>Een geslaagde kalibratie heeft de volgende vervaldatum (of een kalibratie-interval) nodig.</translation>
    </message>
    <message>
        <source>The next due date {due} must be after the calibration day {date}.</source>
        <translation>De volgende vervaldatum {due} moet na de kalibratiedag {date} liggen.</translation>
    </message>
    <message>
        <source>Only a failed calibration takes the equipment out of service with its entry.</source>
        <translation>Alleen een mislukte kalibratie stelt het toestel samen met haar registratie buiten dienst.</translation>
    </message>
    <message>
        <source>{file}, line {line}: not valid TOML: {error}.</source>
        <translation>{file}, regel {line}: geen geldige TOML: {error}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the code {value!r} must be 2 to 32 capital letters, digits or dashes.</source>
        <translation>{file}, regel {line}: de code {value!r} moet uit 2 tot 32 hoofdletters, cijfers of streepjes bestaan.</translation>
    </message>
    <message>
        <source>{file}, line {line}: version must be a whole number of at least 1.</source>
        <translation>{file}, regel {line}: version moet een geheel getal van minstens 1 zijn.</translation>
    </message>
    <message>
        <source>{file}, line {line}: unknown phase {value!r}; use one of: {known}.</source>
        <translation>{file}, regel {line}: onbekende fase {value!r}; gebruik: {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: unknown step kind {value!r}; use one of: {known}.</source>
        <translation>{file}, regel {line}: onbekend soort stap {value!r}; gebruik: {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be true or false.</source>
        <translation>{file}, regel {line}: {key} moet true of false zijn.</translation>
    </message>
    <message>
        <source>{file}, line {line}: attachment must be "file" or "photo", not {value!r}.</source>
        <translation>{file}, regel {line}: attachment moet "file" of "photo" zijn, niet {value!r}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: unknown instrument driver {value!r}; known: {known}.</source>
        <translation>{file}, regel {line}: onbekende instrumentdriver {value!r}; bekend: {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the {driver} driver does not read {value!r}; it reads: {known}.</source>
        <translation>{file}, regel {line}: de driver {driver} leest geen {value!r}; hij leest: {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the unit {value!r} does not fit {quantity}; use one of: {known}.</source>
        <translation>{file}, regel {line}: de eenheid {value!r} past niet bij {quantity}; gebruik: {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: give either min/max or target and tolerance, not both.</source>
        <translation>{file}, regel {line}: geef ofwel min/max, ofwel target en tolerance, niet beide.</translation>
    </message>
    <message>
        <source>{file}, line {line}: target and tolerance go together.</source>
        <translation>{file}, regel {line}: target en tolerance horen samen.</translation>
    </message>
    <message>
        <source>{file}, line {line}: min {min} is above max {max}.</source>
        <translation>{file}, regel {line}: min {min} is groter dan max {max}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the tolerance must be more than 0, not {value}.</source>
        <translation>{file}, regel {line}: de tolerantie moet groter zijn dan 0, niet {value}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: a choice step needs at least 2 options, each {{ id = …, fr = …, en = …, nl = … }}.</source>
        <translation>{file}, regel {line}: een keuzestap vraagt minstens 2 opties, elk {{ id = …, fr = …, en = …, nl = … }}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: acceptable must name at least one option.</source>
        <translation>{file}, regel {line}: acceptable moet minstens één optie noemen.</translation>
    </message>
    <message>
        <source>{file}, line {line}: prerequisite cycle: {cycle}; a step can only wait for earlier steps.</source>
        <translation>{file}, regel {line}: kringloop in de voorwaarden: {cycle}; een stap kan alleen op eerdere stappen wachten.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be a non-empty text.</source>
        <translation>{file}, regel {line}: {key} moet een niet-lege tekst zijn.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} = {value!r}: use lower-case letters, digits and _, starting with a letter (at most 64).</source>
        <translation>{file}, regel {line}: {key} = {value!r}: gebruik kleine letters, cijfers en _, te beginnen met een letter (hoogstens 64).</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be a list of texts.</source>
        <translation>{file}, regel {line}: {key} moet een lijst van teksten zijn.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be a non-empty list of tables ([[{key}]]).</source>
        <translation>{file}, regel {line}: {key} moet een niet-lege lijst van tabellen zijn ([[{key}]]).</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be a number.</source>
        <translation>{file}, regel {line}: {key} moet een getal zijn.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must give the text in fr, en and nl ({key}.fr = …, {key}.en = …, {key}.nl = …).</source>
        <translation>{file}, regel {line}: {key} moet de tekst in fr, en en nl geven ({key}.fr = …, {key}.en = …, {key}.nl = …).</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} needs its text in fr, en and nl; missing: {missing}.</source>
        <translation>{file}, regel {line}: {key} heeft zijn tekst in fr, en en nl nodig; ontbreekt: {missing}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key!r} does not apply to a {kind} step.</source>
        <translation>{file}, regel {line}: {key!r} is niet van toepassing op een stap {kind}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {value!r} is not a file extension (lower-case letters and digits, without the dot).</source>
        <translation>{file}, regel {line}: {value!r} is geen bestandsextensie (kleine letters en cijfers, zonder punt).</translation>
    </message>
    <message>
        <source>{file}, line {line}: an instrument step needs an acceptance range (min and/or max, or target and tolerance).</source>
        <translation>{file}, regel {line}: een instrumentstap heeft een aanvaardingscriterium nodig (min en/of max, of target en tolerance).</translation>
    </message>
    <message>
        <source>{file}, line {line}: {value!r} is not one of the options of this step.</source>
        <translation>{file}, regel {line}: {value!r} is geen van de opties van deze stap.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the id {value!r} is already used at line {first}.</source>
        <translation>{file}, regel {line}: de id {value!r} wordt al gebruikt op regel {first}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: unknown key {key!r} here; expected: {known}.</source>
        <translation>{file}, regel {line}: onbekende sleutel {key!r} hier; verwacht: {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key!r} is missing; it is required here.</source>
        <translation>{file}, regel {line}: {key!r} ontbreekt; het is hier verplicht.</translation>
    </message>
    <message>
        <source>{file}, line {line}: prerequisite {value!r} is not a step of this template.</source>
        <translation>{file}, regel {line}: de voorwaarde {value!r} is geen stap van dit sjabloon.</translation>
    </message>
    <message>
        <source>{file}, line {line}: prerequisite {value!r} comes later in the protocol; a step can only wait for earlier steps.</source>
        <translation>{file}, regel {line}: de voorwaarde {value!r} komt later in het protocol; een stap kan alleen op eerdere stappen wachten.</translation>
    </message>
    <message>
        <source>No value entered.</source>
        <translation>Geen waarde ingevoerd.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} is geen getal.</translation>
    </message>
    <message>
        <source>{value} is not a valid answer to this step.</source>
        <translation>{value} is geen geldig antwoord op deze stap.</translation>
    </message>
    <message>
        <source>{value} {unit} is below the minimum of {min} {unit}.</source>
        <translation>{value} {unit} ligt onder het minimum van {min} {unit}.</translation>
    </message>
    <message>
        <source>{value} {unit} is above the maximum of {max} {unit}.</source>
        <translation>{value} {unit} ligt boven het maximum van {max} {unit}.</translation>
    </message>
    <message>
        <source>{value} {unit} is outside {target} ± {tolerance} {unit}.</source>
        <translation>{value} {unit} ligt buiten {target} ± {tolerance} {unit}.</translation>
    </message>
    <message>
        <source>Not confirmed: the requirement of this step is not met.</source>
        <translation>Niet bevestigd: aan de eis van deze stap is niet voldaan.</translation>
    </message>
    <message>
        <source>{value} is not one of the options.</source>
        <translation>{value} is geen van de opties.</translation>
    </message>
    <message>
        <source>{option} is not an acceptable result.</source>
        <translation>{option} is geen aanvaardbaar resultaat.</translation>
    </message>
    <message>
        <source>The value is in {unit}; this step expects {expected}.</source>
        <translation>De waarde is in {unit}; deze stap verwacht {expected}.</translation>
    </message>
    <message>
        <source>A .{extension} file is not accepted here; accepted: {accepted}.</source>
        <translation>Een .{extension}-bestand wordt hier niet aanvaard; aanvaard: {accepted}.</translation>
    </message>
    <message>
        <source>A checklist needs at least one step.</source>
        <translation>Een checklist heeft minstens één stap nodig.</translation>
    </message>
    <message>
        <source>Enter a value for step {step}.</source>
        <translation>Voer een waarde in voor stap {step}.</translation>
    </message>
    <message>
        <source>Step {step} already has a value; give the reason for the correction.</source>
        <translation>Stap {step} heeft al een waarde; geef de reden voor de correctie op.</translation>
    </message>
    <message>
        <source>A deviation needs a description, its impact and the action.</source>
        <translation>Een afwijking heeft een beschrijving, de impact en de actie nodig.</translation>
    </message>
    <message>
        <source>Deviation {number} does not exist on this checklist.</source>
        <translation>Afwijking {number} bestaat niet op deze checklist.</translation>
    </message>
    <message>
        <source>Deviation {number} is already closed.</source>
        <translation>Afwijking {number} is al afgesloten.</translation>
    </message>
    <message>
        <source>Say how deviation {number} was resolved.</source>
        <translation>Geef aan hoe afwijking {number} werd opgelost.</translation>
    </message>
    <message>
        <source>Only a checklist in progress can be signed as executed.</source>
        <translation>Alleen een lopende checklist kan als uitgevoerd ondertekend worden.</translation>
    </message>
    <message>
        <source>Only a checklist signed as executed can be reviewed.</source>
        <translation>Alleen een als uitgevoerd ondertekende checklist kan gecontroleerd worden.</translation>
    </message>
    <message>
        <source>Only a reviewed checklist can be approved.</source>
        <translation>Alleen een gecontroleerde checklist kan goedgekeurd worden.</translation>
    </message>
    <message>
        <source>Open deviations must be closed before approval: {numbers}.</source>
        <translation>Open afwijkingen moeten vóór de goedkeuring afgesloten zijn: {numbers}.</translation>
    </message>
    <message>
        <source>{phase} cannot be approved before the approval of {missing} for this equipment.</source>
        <translation>{phase} kan niet goedgekeurd worden vóór de goedkeuring van {missing} voor dit toestel.</translation>
    </message>
    <message>
        <source>Only a checklist signed as executed or reviewed can be rejected.</source>
        <translation>Alleen een als uitgevoerd of gecontroleerd ondertekende checklist kan afgewezen worden.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Een afwijzing heeft een reden nodig.</translation>
    </message>
    <message>
        <source>{phase} cannot start before the approval of {missing} for this equipment.</source>
        <translation>{phase} kan niet starten vóór de goedkeuring van {missing} voor dit toestel.</translation>
    </message>
    <message>
        <source>This checklist is approved and locked; nothing can be changed.</source>
        <translation>Deze checklist is goedgekeurd en vergrendeld; er kan niets meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>This checklist is signed; it must be rejected back to in progress before anything is entered.</source>
        <translation>Deze checklist is ondertekend; ze moet eerst afgewezen en teruggezet worden naar lopend voordat er iets ingevoerd wordt.</translation>
    </message>
    <message>
        <source>Unknown step {step} in this checklist.</source>
        <translation>Onbekende stap {step} in deze checklist.</translation>
    </message>
    <message>
        <source>Mandatory steps without a value: {steps}.</source>
        <translation>Verplichte stappen zonder waarde: {steps}.</translation>
    </message>
    <message>
        <source>Failed steps without a deviation: {steps}.</source>
        <translation>Niet-conforme stappen zonder afwijking: {steps}.</translation>
    </message>
    <message>
        <source>{name} entered values or signed this checklist as executed, so cannot review, reject or approve it.</source>
        <translation>{name} heeft waarden ingevoerd of deze checklist als uitgevoerd ondertekend en kan ze dus niet controleren, afwijzen of goedkeuren.</translation>
    </message>
    <message>
        <source>Only QA may approve a checklist or reject a reviewed one.</source>
        <translation>Alleen QA mag een checklist goedkeuren of een gecontroleerde checklist afwijzen.</translation>
    </message>
    <message>
        <source>Step {step} appears twice in this checklist.</source>
        <translation>Stap {step} komt twee keer voor in deze checklist.</translation>
    </message>
    <message>
        <source>Unknown signature meaning {meaning}; use executed, reviewed, approved or rejected.</source>
        <translation>Onbekende betekenis van de handtekening {meaning}; gebruik executed, reviewed, approved of rejected.</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Uitgevoerd door</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text (byte {position}); save the file as UTF-8.</source>
        <translation>{file}: geen UTF-8-tekst (byte {position}); sla het bestand op als UTF-8.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} is already stored with other content; raise the version to import a change.</source>
        <translation>{file}: {code} versie {version} is al opgeslagen met een andere inhoud; verhoog de versie om een wijziging te importeren.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} is older than the latest stored version {latest}; raise the version above {latest}.</source>
        <translation>{file}: {code} versie {version} is ouder dan de laatst opgeslagen versie {latest}; geef een versie hoger dan {latest}.</translation>
    </message>
    <message>
        <source>No checklist template {code!r}.</source>
        <translation>Geen checklistsjabloon {code!r}.</translation>
    </message>
    <message>
        <source>No version {version} of checklist template {code!r}.</source>
        <translation>Geen versie {version} van checklistsjabloon {code!r}.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>niet goedgekeurd</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} file(s) to fix first.</source>
        <translation>Er is niets geïmporteerd: eerst {n} bestand(en) verbeteren.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} is already stored with this content; nothing to import.</source>
        <translation>{file}: {code} versie {version} is al opgeslagen met deze inhoud; niets te importeren.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} imported; it supersedes version {old}. QA must approve it before use.</source>
        <translation>{file}: {code} versie {version} geïmporteerd; vervangt versie {old}. QA moet ze goedkeuren vóór gebruik.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} imported. QA must approve it before use.</source>
        <translation>{file}: {code} versie {version} geïmporteerd. QA moet ze goedkeuren vóór gebruik.</translation>
    </message>
    <message>
        <source>No checklist template is stored yet: import one with 'checklist import FILE'.</source>
        <translation>Er is nog geen checklistsjabloon opgeslagen: importeer er een met 'checklist import BESTAND'.</translation>
    </message>
    <message>
        <source>Checklists are executed and signed by a named staff member (use --as LOGIN).</source>
        <translation>Checklists worden uitgevoerd en ondertekend door een met naam gekend personeelslid (gebruik --as LOGIN).</translation>
    </message>
    <message>
        <source>No attachment {sha256}.</source>
        <translation>Geen bijlage {sha256}.</translation>
    </message>
    <message>
        <source>No checklist execution {id}.</source>
        <translation>Geen uitvoering van checklist {id}.</translation>
    </message>
    <message>
        <source>Only QA may approve a checklist template.</source>
        <translation>Alleen QA mag een checklistsjabloon goedkeuren.</translation>
    </message>
    <message>
        <source>Step {step} does not take a file.</source>
        <translation>Stap {step} neemt geen bestand aan.</translation>
    </message>
    <message>
        <source>Step {step} does not take an instrument reading.</source>
        <translation>Stap {step} neemt geen instrumentmeting aan.</translation>
    </message>
    <message>
        <source>Step {step} is answered yes or no, not {value!r}.</source>
        <translation>Stap {step} wordt beantwoord met ja of nee, niet {value!r}.</translation>
    </message>
    <message>
        <source>Step {step} reads a {driver} instrument; {code} is a {actual}.</source>
        <translation>Stap {step} leest een {driver}-instrument; {code} is een {actual}.</translation>
    </message>
    <message>
        <source>Step {step} takes a file or a photo.</source>
        <translation>Stap {step} vraagt een bestand of een foto.</translation>
    </message>
    <message>
        <source>Step {step} takes a reading from an instrument, not a typed value.</source>
        <translation>Stap {step} vraagt een meting van een instrument, geen getypte waarde.</translation>
    </message>
    <message>
        <source>Step {step} waits for {steps}.</source>
        <translation>Stap {step} wacht op {steps}.</translation>
    </message>
    <message>
        <source>{code} is for equipment of type {wanted}; {equipment} is of type {actual}.</source>
        <translation>{code} is voor apparatuur van het type {wanted}; {equipment} is van het type {actual}.</translation>
    </message>
    <message>
        <source>{code} is not calibrated (due {due}): its readings cannot serve as evidence. Nothing was stored.</source>
        <translation>{code} is niet gekalibreerd (vervaldatum {due}): de metingen kunnen niet als bewijs dienen. Er werd niets opgeslagen.</translation>
    </message>
    <message>
        <source>{code} version {version} is already approved.</source>
        <translation>{code} versie {version} is al goedgekeurd.</translation>
    </message>
    <message>
        <source>{code} version {version} is not approved by QA yet: it cannot be executed.</source>
        <translation>{code} versie {version} is nog niet goedgekeurd door QA: het kan niet worden uitgevoerd.</translation>
    </message>
    <message>
        <source>{code} version {version} is superseded by a later version: approve that one.</source>
        <translation>{code} versie {version} is vervangen door een latere versie: keur die goed.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} is leeg.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} is groter dan {limit} MB.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Een bestand</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>Een foto</translation>
    </message>
    <message>
        <source>Acceptable: {options}</source>
        <translation>Aanvaardbaar: {options}</translation>
    </message>
    <message>
        <source>Acceptance criterion</source>
        <translation>Aanvaardingscriterium</translation>
    </message>
    <message>
        <source>Action: {text}</source>
        <translation>Actie: {text}</translation>
    </message>
    <message>
        <source>Attachment {name}, {size} bytes, SHA-256 {sha256}</source>
        <translation>Bijlage {name}, {size} bytes, SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>CHANGED AFTER FIRST ENTRY</source>
        <translation>GEWIJZIGD NA DE EERSTE INVOER</translation>
    </message>
    <message>
        <source>Checklist record</source>
        <translation>Checklistregistratie</translation>
    </message>
    <message>
        <source>Checklist record {code} — {equipment} — {id}</source>
        <translation>Checklistregistratie {code} — {equipment} — {id}</translation>
    </message>
    <message>
        <source>Checklist record {id} written to {path}: {pages} pages.</source>
        <translation>Checklistregistratie {id} geschreven naar {path}: {pages} pagina's.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Confirmed (Yes)</source>
        <translation>Bevestigd (Ja)</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>Gecorrigeerd door</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Correcties</translation>
    </message>
    <message>
        <source>Description, impact, action</source>
        <translation>Beschrijving, impact, actie</translation>
    </message>
    <message>
        <source>Description: {text}</source>
        <translation>Beschrijving: {text}</translation>
    </message>
    <message>
        <source>Deviation {number} raised on this step ({state}): see Deviations.</source>
        <translation>Afwijking {number} gemeld bij deze stap ({state}): zie Afwijkingen.</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Afwijkingen</translation>
    </message>
    <message>
        <source>Electronic signatures</source>
        <translation>Elektronische handtekeningen</translation>
    </message>
    <message>
        <source>End of the record.</source>
        <translation>Einde van de registratie.</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Ingevoerd door</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Uitrusting</translation>
    </message>
    <message>
        <source>Evidence of the old value:</source>
        <translation>Bewijs van de oude waarde:</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niet conform</translation>
    </message>
    <message>
        <source>Impact: {text}</source>
        <translation>Impact: {text}</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instructie</translation>
    </message>
    <message>
        <source>Instrument {code} — {name}, serial number {serial}, calibration due {due}.</source>
        <translation>Instrument {code} — {name}, serienummer {serial}, kalibratie geldig tot {due}.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>No deviation was raised.</source>
        <translation>Er werd geen afwijking gemeld.</translation>
    </message>
    <message>
        <source>No longer matches the record: {what}. The record was changed after this signature, or the signature was copied from another record.</source>
        <translation>Komt niet meer overeen met de registratie: {what}. De registratie werd na deze handtekening gewijzigd, of de handtekening werd van een andere registratie gekopieerd.</translation>
    </message>
    <message>
        <source>No value entered</source>
        <translation>Geen waarde ingevoerd</translation>
    </message>
    <message>
        <source>No value entered (optional step)</source>
        <translation>Geen waarde ingevoerd (optionele stap)</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Nog niet ondertekend.</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OPEN</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Conform</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Naam voluit</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Gemeld door</translation>
    </message>
    <message>
        <source>Raw reply: {text} (hex {hex})</source>
        <translation>Ruw antwoord: {text} (hex {hex})</translation>
    </message>
    <message>
        <source>Reading {uuid} of {when}: {value} {unit}, {status}; reported by {identity}.</source>
        <translation>Meting {uuid} van {when}: {value} {unit}, {status}; gemeld door {identity}.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Reason for the rejection: {reason}</source>
        <translation>Reden van de afwijzing: {reason}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Registratie {id}</translation>
    </message>
    <message>
        <source>Recorded after the approval: {what}.</source>
        <translation>Geregistreerd na de goedkeuring: {what}.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenties</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Signature (SHA-256)</source>
        <translation>Handtekening (SHA-256)</translation>
    </message>
    <message>
        <source>Signed electronically with each signer's own password (21 CFR Part 11, EU GMP Annex 11). Each signature is bound by its hash to the record as it stood when signed.</source>
        <translation>Elektronisch ondertekend met het eigen wachtwoord van elke ondertekenaar (21 CFR Part 11, EU GMP bijlage 11). Elke handtekening is via haar hash gebonden aan de registratie zoals die was bij het ondertekenen.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>OPLEIDING</translation>
    </message>
    <message>
        <source>TRAINING — practice record: not a GMP record, the equipment's status is not changed</source>
        <translation>OPLEIDING — oefenregistratie: geen GMP-registratie, de toestand van de uitrusting wordt niet gewijzigd</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>This signature no longer matches the record.</source>
        <translation>Deze handtekening komt niet meer overeen met de registratie.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>WARNING — signature verification failed: this record is not what was signed.</source>
        <translation>WAARSCHUWING — de controle van de handtekeningen is mislukt: deze registratie is niet wat ondertekend werd.</translation>
    </message>
    <message>
        <source>Warning: {count} signature problems found; the PDF says which.</source>
        <translation>Waarschuwing: {count} problemen met handtekeningen gevonden; de pdf vermeldt welke.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes — not a GMP record</source>
        <translation>Ja — geen GMP-registratie</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>corrected — version {version}</source>
        <translation>gecorrigeerd — versie {version}</translation>
    </message>
    <message>
        <source>deviation {number} by {name}, {when}</source>
        <translation>afwijking {number} van {name}, {when}</translation>
    </message>
    <message>
        <source>event {seq}</source>
        <translation>gebeurtenis {seq}</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>oefening</translation>
    </message>
    <message>
        <source>live reading ({driver})</source>
        <translation>live meting ({driver})</translation>
    </message>
    <message>
        <source>not stable</source>
        <translation>niet stabiel</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>routine check</source>
        <translation>routinecontrole</translation>
    </message>
    <message>
        <source>the closure of deviation {number} by {name}, {when}</source>
        <translation>de afsluiting van afwijking {number} door {name}, {when}</translation>
    </message>
    <message>
        <source>the signature “{meaning}” of {name}, {when}</source>
        <translation>de handtekening „{meaning}” van {name}, {when}</translation>
    </message>
    <message>
        <source>the value of step {step} (version {version}) by {name}, {when}</source>
        <translation>de waarde van stap {step} (versie {version}) door {name}, {when}</translation>
    </message>
    <message>
        <source>{code}, version {version}</source>
        <translation>{code}, versie {version}</translation>
    </message>
    <message>
        <source>{count} values were entered again after their first entry. The first values stay on record; each correction is listed below with the old and the new value, the reason, who corrected it and when.</source>
        <translation>{count} waarden werden na hun eerste invoer opnieuw ingevoerd. De eerste waarden blijven bewaard; elke correctie staat hieronder met de oude en de nieuwe waarde, de reden, wie ze corrigeerde en wanneer.</translation>
    </message>
    <message>
        <source>{steps} steps: {entered} with a value, {failed} failed, {missing} mandatory without a value. Deviations: {deviations}, open: {open}.</source>
        <translation>{steps} stappen: {entered} met een waarde, {failed} niet conform, {missing} verplicht zonder waarde. Afwijkingen: {deviations}, open: {open}.</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ conform</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ niet conform</translation>
    </message>
    <message>
        <source>● not evaluated</source>
        <translation>● niet beoordeeld</translation>
    </message>
    <message>
        <source>○ no value</source>
        <translation>○ geen waarde</translation>
    </message>
    <message>
        <source>Password of {login}: </source>
        <translation>Wachtwoord van {login}: </translation>
    </message>
    <message>
        <source>Checklist {code} v{version} on {equipment} ({name}): record {id}.</source>
        <translation>Checklist {code} v{version} op {equipment} ({name}): registratie {id}.</translation>
    </message>
    <message>
        <source>Phase {phase}, state: {state}{training}.</source>
        <translation>Fase {phase}, status: {state}{training}.</translation>
    </message>
    <message>
        <source>{passed} passed, {failed} failed, {not_evaluated} not evaluated, {empty} without a value.</source>
        <translation>{passed} conform, {failed} niet conform, {not_evaluated} niet beoordeeld, {empty} zonder waarde.</translation>
    </message>
    <message>
        <source>Deviation {number} on step {step} is open: {description}</source>
        <translation>Afwijking {number} bij stap {step} staat open: {description}</translation>
    </message>
    <message>
        <source>Signed by {name} on {at}, meaning: {meaning}.</source>
        <translation>Ondertekend door {name} op {at}, betekenis: {meaning}.</translation>
    </message>
    <message>
        <source>{equipment} is now qualified for {phase}; the logbook records it.</source>
        <translation>{equipment} is nu gekwalificeerd voor {phase}; het logboek registreert het.</translation>
    </message>
    <message>
        <source>No checklist execution yet.</source>
        <translation>Nog geen uitvoering van een checklist.</translation>
    </message>
    <message>
        <source>{title}. Started on {at} by {name}.</source>
        <translation>{title}. Gestart op {at} door {name}.</translation>
    </message>
    <message>
        <source>Values were changed after their first entry: every version is kept below.</source>
        <translation>Waarden werden gewijzigd na hun eerste invoer: elke versie blijft hieronder bewaard.</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Waarden:</translation>
    </message>
    <message>
        <source>Deviations:</source>
        <translation>Afwijkingen:</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Handtekeningen:</translation>
    </message>
    <message>
        <source>Impact: {impact} — action: {action}</source>
        <translation>Impact: {impact} — actie: {action}</translation>
    </message>
    <message>
        <source>Open.</source>
        <translation>Open.</translation>
    </message>
    <message>
        <source>Closed by {name} on {at}: {resolution}</source>
        <translation>Afgesloten door {name} op {at}: {resolution}</translation>
    </message>
    <message>
        <source>Deviation {number} closed.</source>
        <translation>Afwijking {number} afgesloten.</translation>
    </message>
    <message>
        <source>Checklist execution {id}: signature {seq} no longer matches what it signed (altered or copied).</source>
        <translation>Uitvoering van checklist {id}: handtekening {seq} komt niet meer overeen met wat ze ondertekende (gewijzigd of gekopieerd).</translation>
    </message>
    <message>
        <source>Checklist execution {id}: event {seq} was recorded after the approval.</source>
        <translation>Uitvoering van checklist {id}: gebeurtenis {seq} werd na de goedkeuring geregistreerd.</translation>
    </message>
    <message>
        <source>{code} version {version} approved by {name} on {at}; it can now be executed.</source>
        <translation>{code} versie {version} goedgekeurd door {name} op {at}; ze kan nu uitgevoerd worden.</translation>
    </message>
    <message>
        <source>{file}: {value} is not a number; write numbers with digits.</source>
        <translation>{file}: {value} is geen getal; schrijf getallen in cijfers.</translation>
    </message>
    <message>
        <source>{file}: {key!r} appears twice in one object.</source>
        <translation>{file}: {key!r} komt twee keer voor in één object.</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text.</source>
        <translation>{file}: geen UTF-8-tekst.</translation>
    </message>
    <message>
        <source>{file}, line {line}: not valid JSON: {error}.</source>
        <translation>{file}, regel {line}: geen geldige JSON: {error}.</translation>
    </message>
    <message>
        <source>{file}: an answers file is one JSON object with an "answers" object (and an optional "deviations" list).</source>
        <translation>{file}: een antwoordbestand is één JSON-object met een object "answers" (en een optionele lijst "deviations").</translation>
    </message>
    <message>
        <source>{file}: unknown key {key!r}; an answers file holds "answers" and "deviations".</source>
        <translation>{file}: onbekende sleutel {key!r}; een antwoordbestand bevat "answers" en "deviations".</translation>
    </message>
    <message>
        <source>{file}: "deviations" must be a list.</source>
        <translation>{file}: "deviations" moet een lijst zijn.</translation>
    </message>
    <message>
        <source>{file}: deviation {n} needs exactly step, description, impact and action, each a text.</source>
        <translation>{file}: afwijking {n} vraagt precies step, description, impact en action, elk een tekst.</translation>
    </message>
    <message>
        <source>{file}, step {step}: {problem}</source>
        <translation>{file}, stap {step}: {problem}</translation>
    </message>
    <message>
        <source>this step is answered {wanted}.</source>
        <translation>deze stap wordt beantwoord met {wanted}.</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}.</source>
        <translation>{path} kan niet gelezen worden: {reason}.</translation>
    </message>
    <message>
        <source>a check is answered true or false.</source>
        <translation>een controle wordt beantwoord met true of false.</translation>
    </message>
    <message>
        <source>write a number, or the number as text.</source>
        <translation>schrijf een getal, of het getal als tekst.</translation>
    </message>
    <message>
        <source>write the answer as text.</source>
        <translation>schrijf het antwoord als tekst.</translation>
    </message>
    <message>
        <source>Step {step}: {code} is withdrawn from use; it cannot be read.</source>
        <translation>Stap {step}: {code} is uit gebruik genomen; het kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>Step {step}: {code} is not calibrated (due {due}); its readings cannot serve as evidence. Nothing was stored.</source>
        <translation>Stap {step}: {code} is niet gekalibreerd (vervaldatum {due}); de metingen kunnen niet als bewijs dienen. Er werd niets opgeslagen.</translation>
    </message>
    <message>
        <source>Step {step}: {code} has no serial port in the register.</source>
        <translation>Stap {step}: {code} heeft geen seriële poort in het register.</translation>
    </message>
    <message>
        <source>{file}: unknown step {step} in {code}; its steps are: {steps}.</source>
        <translation>{file}: onbekende stap {step} in {code}; de stappen zijn: {steps}.</translation>
    </message>
    <message>
        <source>Step {step}: reading {code}…</source>
        <translation>Stap {step}: {code} wordt afgelezen…</translation>
    </message>
    <message>
        <source>Checklist recorded.</source>
        <translation>Checklist geregistreerd.</translation>
    </message>
    <message>
        <source>Checklist signatures intact.</source>
        <translation>Handtekeningen van de checklists intact.</translation>
    </message>
    <message>
        <source>{instrument} gave no stable reading in {attempts} attempt(s) within {seconds:g} s (last: {last}). Check the instrument and its surroundings, then try again.</source>
        <translation>{instrument} gaf geen stabiele meting in {attempts} poging(en) binnen {seconds:g} s (laatste: {last}). Controleer het instrument en zijn omgeving en probeer opnieuw.</translation>
    </message>
    <message>
        <source>A {driver} instrument does not read {quantity}.</source>
        <translation>Een {driver}-instrument meet geen {quantity}.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Geen categorie</translation>
    </message>
    <message>
        <source>No session (unscheduled check-ins)</source>
        <translation>Geen sessie (aanmeldingen buiten het rooster)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>{n} learners</source>
        <translation>{n} cursisten</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>Opleidingsuren</translation>
    </message>
    <message>
        <source>Training hours from {start} to {end}, per learner</source>
        <translation>Opleidingsuren van {start} tot {end}, per cursist</translation>
    </message>
    <message>
        <source>Training hours from {start} to {end}, per course</source>
        <translation>Opleidingsuren van {start} tot {end}, per cursus</translation>
    </message>
    <message>
        <source>Training hours from {start} to {end}, per category</source>
        <translation>Opleidingsuren van {start} tot {end}, per categorie</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Externe referentie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Employer or school</source>
        <translation>Werkgever of school</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursussen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Cursisten</translation>
    </message>
    <message>
        <source>Unknown grouping {by!r}: use learner, course or category.</source>
        <translation>Onbekende groepering {by!r}: gebruik learner, course of category.</translation>
    </message>
    <message>
        <source>Give the period with --from and --to (YYYY-MM-DD).</source>
        <translation>Geef de periode op met --from en --to (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>The report is written as .csv or .xlsx, not {name!r}.</source>
        <translation>Het rapport wordt als .csv of .xlsx geschreven, niet {name!r}.</translation>
    </message>
    <message>
        <source>Training hours from {start} to {end} written to {path}: {rows} rows, {learners} learners, {hours} hours in total.</source>
        <translation>Opleidingsuren van {start} tot {end} geschreven naar {path}: {rows} rijen, {learners} cursisten, {hours} uren in totaal.</translation>
    </message>
    <message>
        <source>Course {code} created.</source>
        <translation>Cursus {code} aangemaakt.</translation>
    </message>
    <message>
        <source>Course {code}: {title} [{family}].</source>
        <translation>Cursus {code}: {title} [{family}].</translation>
    </message>
    <message>
        <source>Session {code} scheduled: {n} slots from {first} to {last}.</source>
        <translation>Sessie {code} gepland: {n} tijdvakken van {first} tot {last}.</translation>
    </message>
    <message>
        <source>Session {code}: {n} slots from {first} to {last}, room {room}.</source>
        <translation>Sessie {code}: {n} tijdvakken van {first} tot {last}, lokaal {room}.</translation>
    </message>
    <message>
        <source>Room: {room}. Instructor: {instructor}.</source>
        <translation>Lokaal: {room}. Lesgever: {instructor}.</translation>
    </message>
    <message>
        <source>From {first} to {last}, {n} slots:</source>
        <translation>Van {first} tot {last}, {n} tijdvakken:</translation>
    </message>
    <message>
        <source>Roster: {n} enrolled, {w} withdrawn.</source>
        <translation>Deelnemerslijst: {n} ingeschreven, {w} uitgeschreven.</translation>
    </message>
    <message>
        <source>withdrawn on {date}: {reason}</source>
        <translation>uitgeschreven op {date}: {reason}</translation>
    </message>
    <message>
        <source>Session {code}: {enrolled} enrolled, {reinstated} reinstated, {already} already on the roster.</source>
        <translation>Sessie {code}: {enrolled} ingeschreven, {reinstated} opnieuw ingeschreven, {already} al op de deelnemerslijst.</translation>
    </message>
    <message>
        <source>{name} withdrawn from session {code}; the roster keeps the entry.</source>
        <translation>{name} uitgeschreven uit sessie {code}; de deelnemerslijst bewaart de inschrijving.</translation>
    </message>
    <message>
        <source>Not a slot: {value!r} (use 2026-12-01 08:30-12:00).</source>
        <translation>Geen tijdvak: {value!r} (schrijf 2026-12-01 08:30-12:00).</translation>
    </message>
    <message>
        <source>A session lasts at most a year.</source>
        <translation>Een sessie duurt hoogstens een jaar.</translation>
    </message>
    <message>
        <source>Nothing to change: give --title or --family.</source>
        <translation>Niets te wijzigen: geef --title of --family.</translation>
    </message>
    <message>
        <source>Give the slots: --slot DATE HH:MM-HH:MM, or --from, --to and --daily HH:MM-HH:MM.</source>
        <translation>Geef de tijdvakken: --slot DATUM HH:MM-HH:MM, of --from, --to en --daily HH:MM-HH:MM.</translation>
    </message>
    <message>
        <source>Nothing to change: give --room, --instructor, --no-instructor, --add-slot or --remove-slot.</source>
        <translation>Niets te wijzigen: geef --room, --instructor, --no-instructor, --add-slot of --remove-slot.</translation>
    </message>
    <message>
        <source>Enrol from --csv or from --person/--ref, not both.</source>
        <translation>Schrijf in vanuit --csv of vanuit --person/--ref, niet allebei.</translation>
    </message>
    <message>
        <source>Schedule imported: {created} sessions created, {added} slots added, {unchanged} already there.</source>
        <translation>Rooster geïmporteerd: {created} sessies aangemaakt, {added} tijdvakken toegevoegd, {unchanged} al aanwezig.</translation>
    </message>
    <message>
        <source>--daily needs --from and --to.</source>
        <translation>--daily vereist --from en --to.</translation>
    </message>
    <message>
        <source>{name} is not on the roster of session {code}.</source>
        <translation>{name} staat niet op de deelnemerslijst van sessie {code}.</translation>
    </message>
    <message>
        <source>{name} was already withdrawn from session {code} on {date}.</source>
        <translation>{name} werd al op {date} uitgeschreven uit sessie {code}.</translation>
    </message>
    <message>
        <source>The slots {first} and {second} overlap.</source>
        <translation>De tijdvakken {first} en {second} overlappen.</translation>
    </message>
    <message>
        <source>A slot needs times with a time zone.</source>
        <translation>Een tijdvak vereist tijden met een tijdzone.</translation>
    </message>
    <message>
        <source>Session {code} has no slot {slot}.</source>
        <translation>Sessie {code} heeft geen tijdvak {slot}.</translation>
    </message>
    <message>
        <source>The slot {slot} has begun: it can be neither changed nor removed, hours are counted against it.</source>
        <translation>Het tijdvak {slot} is begonnen: het kan niet gewijzigd of verwijderd worden, er worden uren op geteld.</translation>
    </message>
    <message>
        <source>A new slot cannot begin in the past ({slot}).</source>
        <translation>Een nieuw tijdvak kan niet in het verleden beginnen ({slot}).</translation>
    </message>
    <message>
        <source>A course title has 1 to 200 characters.</source>
        <translation>Een cursustitel heeft 1 tot 200 tekens.</translation>
    </message>
    <message>
        <source>Give a new instructor or remove the instructor, not both.</source>
        <translation>Geef een nieuwe lesgever of verwijder de lesgever, niet allebei.</translation>
    </message>
    <message>
        <source>Name at least one learner to enrol.</source>
        <translation>Geef minstens één cursist om in te schrijven.</translation>
    </message>
    <message>
        <source>Name the learner by id or by external reference.</source>
        <translation>Duid de cursist aan met id of externe referentie.</translation>
    </message>
    <message>
        <source>The file has a header line but no slots.</source>
        <translation>Het bestand heeft een kopregel maar geen tijdvakken.</translation>
    </message>
    <message>
        <source>Unreadable time "{value}": write HH:MM (e.g. 08:30).</source>
        <translation>Onleesbaar tijdstip "{value}": schrijf UU:MM (bv. 08:30).</translation>
    </message>
    <message>
        <source>The slot ends at {end}, not after it starts at {start}.</source>
        <translation>Het tijdvak eindigt om {end}, niet na het begin om {start}.</translation>
    </message>
    <message>
        <source>{time} does not exist on {date} in Brussels (the clocks go forward an hour).</source>
        <translation>{time} bestaat niet op {date} in Brussel (de klok gaat een uur vooruit).</translation>
    </message>
    <message>
        <source>{time} happens twice on {date} in Brussels (the clocks go back an hour): choose another time.</source>
        <translation>{time} komt twee keer voor op {date} in Brussel (de klok gaat een uur terug): kies een ander tijdstip.</translation>
    </message>
    <message>
        <source>Session "{session}" is a session of course "{course}" on line {first_line}.</source>
        <translation>Sessie "{session}" is een sessie van cursus "{course}" op regel {first_line}.</translation>
    </message>
    <message>
        <source>Session "{session}" has instructor "{login}" on line {first_line}.</source>
        <translation>Sessie "{session}" heeft lesgever "{login}" op regel {first_line}.</translation>
    </message>
    <message>
        <source>This slot of session "{session}" overlaps the one on line {other_line}.</source>
        <translation>Dit tijdvak van sessie "{session}" overlapt dat op regel {other_line}.</translation>
    </message>
    <message>
        <source>Name the learners by a column {ref}, or by columns {given}, {family} and {email}.</source>
        <translation>Duid de cursisten aan met een kolom {ref}, of met kolommen {given}, {family} en {email}.</translation>
    </message>
    <message>
        <source>The same learner as on line {first_line}.</source>
        <translation>Dezelfde cursist als op regel {first_line}.</translation>
    </message>
    <message>
        <source>Unknown course "{code}".</source>
        <translation>Onbekende cursus "{code}".</translation>
    </message>
    <message>
        <source>Unknown room "{code}".</source>
        <translation>Onbekend lokaal "{code}".</translation>
    </message>
    <message>
        <source>No staff account "{login}".</source>
        <translation>Geen personeelsaccount "{login}".</translation>
    </message>
    <message>
        <source>"{login}" is not an instructor.</source>
        <translation>"{login}" is geen lesgever.</translation>
    </message>
    <message>
        <source>Session "{session}" already exists for course "{course}".</source>
        <translation>Sessie "{session}" bestaat al voor cursus "{course}".</translation>
    </message>
    <message>
        <source>Session "{session}" already exists with instructor "{login}": change it with "session edit".</source>
        <translation>Sessie "{session}" bestaat al met lesgever "{login}": wijzig dat met "session edit".</translation>
    </message>
    <message>
        <source>Session "{session}" already has this slot, in room "{room}".</source>
        <translation>Sessie "{session}" heeft dit tijdvak al, in lokaal "{room}".</translation>
    </message>
    <message>
        <source>This slot overlaps the slot {start}–{end} that session "{session}" already has.</source>
        <translation>Dit tijdvak overlapt het tijdvak {start}–{end} dat sessie "{session}" al heeft.</translation>
    </message>
    <message>
        <source>Session "{session}" already exists: a new slot cannot start in the past.</source>
        <translation>Sessie "{session}" bestaat al: een nieuw tijdvak kan niet in het verleden beginnen.</translation>
    </message>
    <message>
        <source>No learner with reference "{ref}".</source>
        <translation>Geen cursist met referentie "{ref}".</translation>
    </message>
    <message>
        <source>No learner {given} {family} with e-mail {email}.</source>
        <translation>Geen cursist {given} {family} met e-mailadres {email}.</translation>
    </message>
    <message>
        <source>Several learners are {given} {family} with e-mail {email}: use their references.</source>
        <translation>Meerdere cursisten heten {given} {family} met e-mailadres {email}: gebruik hun referenties.</translation>
    </message>
    <message>
        <source>"{ref}" is a staff member, not a learner.</source>
        <translation>"{ref}" is een personeelslid, geen cursist.</translation>
    </message>
    <message>
        <source>{name} is no longer active.</source>
        <translation>{name} is niet meer actief.</translation>
    </message>
    <message>
        <source>A course code has 1 to 32 characters, without spaces: {code!r}.</source>
        <translation>Een cursuscode heeft 1 tot 32 tekens, zonder spaties: {code!r}.</translation>
    </message>
    <message>
        <source>A session code has 1 to 32 characters, without spaces: {code!r}.</source>
        <translation>Een sessiecode heeft 1 tot 32 tekens, zonder spaties: {code!r}.</translation>
    </message>
    <message>
        <source>{code} is not a verification code: check what was typed.</source>
        <translation>{code} is geen verificatiecode: controleer wat u hebt getypt.</translation>
    </message>
    <message>
        <source>No printed record has the verification code {code}.</source>
        <translation>Geen enkel afgedrukt document heeft de verificatiecode {code}.</translation>
    </message>
    <message>
        <source>Total {hours} h of {scheduled} h</source>
        <translation>Totaal {hours} u van {scheduled} u</translation>
    </message>
    <message>
        <source>Session attendance record</source>
        <translation>Aanwezigheidsregister van de sessie</translation>
    </message>
    <message>
        <source>Generated on {when} by {who}</source>
        <translation>Gegenereerd op {when} door {who}</translation>
    </message>
    <message>
        <source>Times are Brussels time. Hours count only the time inside the scheduled slots. * marks a time set by a correction; each correction is listed under its day with the original value and the reason. To check this paper against the database: aptaskil-desk report verify {code}</source>
        <translation>Tijden in Brusselse tijd. Alleen de tijd binnen de geplande tijdvakken telt. * duidt een tijd aan die door een correctie is vastgelegd; elke correctie staat onder haar dag met de oorspronkelijke waarde en de reden. Om dit document met de database te vergelijken: aptaskil-desk report verify {code}</translation>
    </message>
    <message>
        <source>Session attendance record {code}</source>
        <translation>Aanwezigheidsregister van de sessie {code}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Flags and corrections</source>
        <translation>Meldingen en correcties</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Dagen aanwezig</translation>
    </message>
    <message>
        <source>% of scheduled</source>
        <translation>% van gepland</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Equipment used</source>
        <translation>Gebruikte apparatuur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumenten</translation>
    </message>
    <message>
        <source>Exercise results</source>
        <translation>Oefenresultaten</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Lesgever</translation>
    </message>
    <message>
        <source>I certify that this record is accurate and complete.</source>
        <translation>Ik verklaar dat dit register juist en volledig is.</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verificatiecode</translation>
    </message>
    <message>
        <source>Verification code {code}</source>
        <translation>Verificatiecode {code}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>{dates} ({n} days)</source>
        <translation>{dates} ({n} dagen)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>{hours} h per learner</source>
        <translation>{hours} u per cursist</translation>
    </message>
    <message>
        <source>Session total</source>
        <translation>Totaal van de sessie</translation>
    </message>
    <message>
        <source>No learners on the roster.</source>
        <translation>Geen cursisten ingeschreven.</translation>
    </message>
    <message>
        <source>No equipment use recorded during the session.</source>
        <translation>Geen gebruik van apparatuur geregistreerd tijdens de sessie.</translation>
    </message>
    <message>
        <source>No exercise result recorded for the session.</source>
        <translation>Geen oefenresultaat geregistreerd voor de sessie.</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>niet beëindigd</translation>
    </message>
    <message>
        <source>training</source>
        <translation>oefening</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>no check-out: closed at the end of the day</source>
        <translation>geen afmelding: afgesloten aan het einde van de dag</translation>
    </message>
    <message>
        <source>no check-out before the next check-in</source>
        <translation>geen afmelding vóór de volgende aanmelding</translation>
    </message>
    <message>
        <source>check-out with no check-in</source>
        <translation>afmelding zonder aanmelding</translation>
    </message>
    <message>
        <source>still checked in</source>
        <translation>nog aangemeld</translation>
    </message>
    <message>
        <source>scan outside any session</source>
        <translation>scan buiten elke sessie</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>niet ingeschreven</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>gecorrigeerd</translation>
    </message>
    <message>
        <source>4–20 mA loop calibration</source>
        <translation>Kalibratie van een 4–20 mA-lus</translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation>Controle van een weegschaal</translation>
    </message>
    <message>
        <source>pH meter calibration</source>
        <translation>Kalibratie van een pH-meter</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Conform</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Niet conform</translation>
    </message>
    <message>
        <source>Not evaluable</source>
        <translation>Niet te beoordelen</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>aanmelding</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>afmelding</translation>
    </message>
    <message>
        <source>Correction: {change}; reason: {reason} ({who}, {when})</source>
        <translation>Correctie: {change}; reden: {reason} ({who}, {when})</translation>
    </message>
    <message>
        <source>Scans outside any session: {start}–{end}, not counted for this session</source>
        <translation>Scans buiten elke sessie: {start}–{end}, niet geteld voor deze sessie</translation>
    </message>
    <message>
        <source>{kind} {time} added</source>
        <translation>{kind} {time} toegevoegd</translation>
    </message>
    <message>
        <source>{kind} {time} voided</source>
        <translation>{kind} {time} geannuleerd</translation>
    </message>
    <message>
        <source>{old_kind} {old} → {kind} {new}</source>
        <translation>{old_kind} {old} → {kind} {new}</translation>
    </message>
    <message>
        <source>the session itself (course, room, instructor or schedule)</source>
        <translation>de sessie zelf (cursus, lokaal, lesgever of rooster)</translation>
    </message>
    <message>
        <source>{name}: added to the record</source>
        <translation>{name}: aan het register toegevoegd</translation>
    </message>
    <message>
        <source>{name}: no longer on the record</source>
        <translation>{name}: niet langer in het register</translation>
    </message>
    <message>
        <source>{name}: name, category or enrolment</source>
        <translation>{name}: naam, categorie of inschrijving</translation>
    </message>
    <message>
        <source>{name}, {day}: attendance recorded since</source>
        <translation>{name}, {day}: aanwezigheid sinds het afdrukken geregistreerd</translation>
    </message>
    <message>
        <source>{name}, {day}: attendance no longer on the record</source>
        <translation>{name}, {day}: aanwezigheid niet langer in het register</translation>
    </message>
    <message>
        <source>{name}, {day}: attendance (times, hours, flags or corrections)</source>
        <translation>{name}, {day}: aanwezigheid (tijden, uren, meldingen of correcties)</translation>
    </message>
    <message>
        <source>{name}: equipment uses</source>
        <translation>{name}: gebruik van apparatuur</translation>
    </message>
    <message>
        <source>{name}: exercise results</source>
        <translation>{name}: oefenresultaten</translation>
    </message>
    <message>
        <source>Session record of {code} written to {path}: {learners} learners, {pages} pages; verification code {verification}.</source>
        <translation>Register van sessie {code} geschreven naar {path}: {learners} cursisten, {pages} pagina's; verificatiecode {verification}.</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>het register</translation>
    </message>
    <message>
        <source>Record {code} (session {subject}) is unchanged since printing on {when} by {who}.</source>
        <translation>Register {code} (sessie {subject}) is ongewijzigd sinds het afdrukken op {when} door {who}.</translation>
    </message>
    <message>
        <source>Record {code} (session {subject}) CHANGED since printing on {when} by {who}:</source>
        <translation>Register {code} (sessie {subject}) is GEWIJZIGD sinds het afdrukken op {when} door {who}:</translation>
    </message>
    <message>
        <source>withdrawn on {day}</source>
        <translation>uitgeschreven op {day}</translation>
    </message>
    <message>
        <source>Only a training execution names a learner who practises: start it in training mode.</source>
        <translation>Alleen een opleidingsuitvoering vermeldt een cursist die oefent: start ze in opleidingsmodus.</translation>
    </message>
    <message>
        <source>{name} is a staff member, not a learner: only a learner practises in training.</source>
        <translation>{name} is een personeelslid, geen cursist: alleen een cursist oefent in opleiding.</translation>
    </message>
    <message>
        <source>--trainee names the learner who practises a training execution: add --training.</source>
        <translation>--trainee vermeldt de cursist die een opleidingsuitvoering oefent: voeg --training toe.</translation>
    </message>
    <message>
        <source>Practised by {trainee}, supervised by {supervisor}.</source>
        <translation>Geoefend door {trainee}, onder toezicht van {supervisor}.</translation>
    </message>
    <message>
        <source>practised by {trainee}</source>
        <translation>geoefend door {trainee}</translation>
    </message>
    <message>
        <source>Training — practised by {trainee}, supervised by {supervisor}</source>
        <translation>Opleiding — geoefend door {trainee}, onder toezicht van {supervisor}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>vroeg vertrokken</translation>
    </message>
    <message>
        <source>A kiosk for terminal {terminal} is already running on this computer (process {pid}). Use that one, or close it before starting another.</source>
        <translation>Er draait al een kiosk voor terminal {terminal} op deze computer (proces {pid}). Gebruik die, of sluit hem voor u een andere start.</translation>
    </message>
    <message>
        <source>The copy FAILED its checks and was deleted: no backup was written. Run db check on the database.</source>
        <translation>De kopie is NIET door de controles gekomen en werd verwijderd: er werd geen back-up geschreven. Voer db check uit op de database.</translation>
    </message>
    <message>
        <source>Backup written to {path}: {mb} MB, schema {schema}, {rows} audit rows verified, in {seconds} s.</source>
        <translation>Back-up geschreven naar {path}: {mb} MB, schema {schema}, {rows} auditrijen gecontroleerd, in {seconds} s.</translation>
    </message>
    <message>
        <source>PostgreSQL dump (pg_dump, custom format) written to {path}: {mb} MB, schema {schema}, {rows} audit rows, in {seconds} s. It was not restored here: test it with db restore into an empty database. A whole server is backed up with pg_basebackup (docs/operations.md).</source>
        <translation>PostgreSQL-dump (pg_dump, custom-formaat) geschreven naar {path}: {mb} MB, schema {schema}, {rows} auditrijen, in {seconds} s. Hij werd hier niet teruggezet: test hem met db restore in een lege database. Van een volledige server maakt u een back-up met pg_basebackup (docs/operations.md).</translation>
    </message>
    <message>
        <source>Schema upgraded from {before}.</source>
        <translation>Schema bijgewerkt vanaf {before}.</translation>
    </message>
    <message>
        <source>Restored into {target}; it passes db check.</source>
        <translation>Teruggezet in {target}; de database doorstaat db check.</translation>
    </message>
    <message>
        <source>The restored database {target} FAILS db check: do not put it into service.</source>
        <translation>De teruggezette database {target} FAALT voor db check: neem hem niet in gebruik.</translation>
    </message>
    <message>
        <source>The restored copy FAILS db check: nothing was written to {target}.</source>
        <translation>De teruggezette kopie FAALT voor db check: er werd niets geschreven naar {target}.</translation>
    </message>
    <message>
        <source>{path} already exists: a backup never overwrites a file. Choose a new name.</source>
        <translation>{path} bestaat al: een back-up overschrijft nooit een bestand. Kies een nieuwe naam.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>There is no SQLite database at {path}.</source>
        <translation>Er is geen SQLite-database op {path}.</translation>
    </message>
    <message>
        <source>This database has no schema yet: there is nothing to back up.</source>
        <translation>Deze database heeft nog geen schema: er is niets om een back-up van te maken.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archief</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Er is geen back-upbestand op {path}.</translation>
    </message>
    <message>
        <source>{path} is neither a SQLite backup nor a pg_dump archive (custom format).</source>
        <translation>{path} is geen SQLite-back-up en ook geen pg_dump-archief (custom-formaat).</translation>
    </message>
    <message>
        <source>A {kind} backup restores only into a {kind} database; {url} is not one.</source>
        <translation>Een {kind}-back-up kan alleen in een {kind}-database worden teruggezet; {url} is er geen.</translation>
    </message>
    <message>
        <source>{path} already exists: a restore never overwrites a database. Give a new file name.</source>
        <translation>{path} bestaat al: terugzetten overschrijft nooit een database. Geef een nieuwe bestandsnaam.</translation>
    </message>
    <message>
        <source>SQLite left a WAL file beside {path}; the restore was not finished.</source>
        <translation>SQLite heeft een WAL-bestand naast {path} achtergelaten; het terugzetten werd niet voltooid.</translation>
    </message>
    <message>
        <source>The database {url} is not empty ({n} tables, sequences or functions): a restore goes only into a new, empty database (createdb).</source>
        <translation>De database {url} is niet leeg ({n} tabellen, sequenties of functies): terugzetten kan alleen in een nieuwe, lege database (createdb).</translation>
    </message>
    <message>
        <source>{tool} was not found on this computer (PATH): install the PostgreSQL client tools, of the server's major version or newer; see docs/operations.md.</source>
        <translation>{tool} werd niet gevonden op deze computer (PATH): installeer de PostgreSQL-clienttools, van de hoofdversie van de server of nieuwer; zie docs/operations.md.</translation>
    </message>
    <message>
        <source>{tool} failed: {detail}</source>
        <translation>{tool} is mislukt: {detail}</translation>
    </message>
    <message>
        <source>SQLite could not copy {path}: {detail}</source>
        <translation>SQLite kon {path} niet kopiëren: {detail}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centrum</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Bestandsgrootte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Logbestand</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Logmap</translation>
    </message>
    <message>
        <source>No serial port found on this computer.</source>
        <translation>Geen seriële poort op deze computer.</translation>
    </message>
    <message>
        <source>No: {detail}</source>
        <translation>Nee: {detail}</translation>
    </message>
    <message>
        <source>None: the log folder cannot be written</source>
        <translation>Geen: er kan niet in de logmap geschreven worden</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Niet geregistreerd</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Besturingssysteem</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Bereikbaar</translation>
    </message>
    <message>
        <source>Registered, in no room</source>
        <translation>Geregistreerd, in geen enkel lokaal</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwoordtijd</translation>
    </message>
    <message>
        <source>Running as</source>
        <translation>Gebruikersaccount</translation>
    </message>
    <message>
        <source>Serial ports of this computer</source>
        <translation>Seriële poorten van deze computer</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Instellingenbestand</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>The ports cannot be listed: {detail}</source>
        <translation>De poorten kunnen niet worden opgesomd: {detail}</translation>
    </message>
    <message>
        <source>The register cannot be read: {detail}</source>
        <translation>Het register kan niet worden gelezen: {detail}</translation>
    </message>
    <message>
        <source>Unknown: the database cannot be read</source>
        <translation>Onbekend: de database kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>aptaskil-desk diagnostics — terminal {terminal} — {at}</source>
        <translation>Diagnose aptaskil-desk — terminal {terminal} — {at}</translation>
    </message>
    <message>
        <source>calibration overdue since {date}</source>
        <translation>kalibratie verlopen sinds {date}</translation>
    </message>
    <message>
        <source>driver's line settings</source>
        <translation>lijninstellingen van het stuurprogramma</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>in calibration until {date}</source>
        <translation>gekalibreerd tot {date}</translation>
    </message>
    <message>
        <source>no calibration date</source>
        <translation>geen kalibratiedatum</translation>
    </message>
    <message>
        <source>no port</source>
        <translation>geen poort</translation>
    </message>
    <message>
        <source>room {room}</source>
        <translation>lokaal {room}</translation>
    </message>
    <message>
        <source>serial number {number}</source>
        <translation>serienummer {number}</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>uit dienst</translation>
    </message>
    <message>
        <source>{ms} ms for a trivial query</source>
        <translation>{ms} ms voor een eenvoudige query</translation>
    </message>
    <message>
        <source>{path} (not found: defaults and environment only)</source>
        <translation>{path} (niet gevonden: enkel standaardwaarden en omgevingsvariabelen)</translation>
    </message>
    <message>
        <source>{rows} rows</source>
        <translation>{rows} regels</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{version} (up to date)</source>
        <translation>{version} (actueel)</translation>
    </message>
    <message>
        <source>{version}; this program needs {head}</source>
        <translation>{version}; dit programma vraagt {head}</translation>
    </message>
    <message>
        <source>Does not work: {detail}</source>
        <translation>Werkt niet: {detail}</translation>
    </message>
    <message>
        <source>Drawn page</source>
        <translation>Getekende pagina</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>PDF-voorbeeld</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Qt-platform</translation>
    </message>
    <message>
        <source>Qt's PDF module cannot be loaded: {detail}</source>
        <translation>De PDF-module van Qt kan niet worden geladen: {detail}</translation>
    </message>
    <message>
        <source>QtPdf cannot open a PDF made here: {error}</source>
        <translation>QtPdf kan een hier gemaakte PDF niet openen: {error}</translation>
    </message>
    <message>
        <source>QtPdf opened the PDF but drew a blank page</source>
        <translation>QtPdf heeft de PDF geopend maar een lege pagina getekend</translation>
    </message>
    <message>
        <source>QtPdf reads {pages} pages in a one-page PDF</source>
        <translation>QtPdf leest {pages} pagina's in een PDF van één pagina</translation>
    </message>
    <message>
        <source>The PDF preview does NOT work on this computer: {detail}. Records cannot be previewed or printed from the kiosk here.</source>
        <translation>Het PDF-voorbeeld werkt NIET op deze computer: {detail}. Registraties kunnen hier niet vanuit de kiosk worden bekeken of afgedrukt.</translation>
    </message>
    <message>
        <source>The database cannot be reached: {detail}</source>
        <translation>De database is niet bereikbaar: {detail}</translation>
    </message>
    <message>
        <source>The instrument register cannot be read: {detail}</source>
        <translation>Het instrumentenregister kan niet worden gelezen: {detail}</translation>
    </message>
    <message>
        <source>The serial ports cannot be listed: {detail}</source>
        <translation>De seriële poorten kunnen niet worden opgesomd: {detail}</translation>
    </message>
    <message>
        <source>Works: a one-page PDF opened by QtPdf and drawn</source>
        <translation>Werkt: een PDF van één pagina geopend door QtPdf en getekend</translation>
    </message>
    <message>
        <source>{width} × {height} pixels, {ink} % ink</source>
        <translation>{width} × {height} pixels, {ink} % inkt</translation>
    </message>
    <message>
        <source>These findings were accepted by {who} on {when} (incident {id}): recording continues.</source>
        <translation>Deze bevindingen werden aanvaard door {who} op {when} (incident {id}): de registratie gaat door.</translation>
    </message>
    <message>
        <source>The incident could not be recorded ({why}): call IT support.</source>
        <translation>Het incident kon niet worden geregistreerd ({why}): bel de IT-ondersteuning.</translation>
    </message>
    <message>
        <source>No integrity incidents.</source>
        <translation>Geen integriteitsincidenten.</translation>
    </message>
    <message>
        <source>{id}  {when}  {terminal}  OPEN  {failed}</source>
        <translation>{id}  {when}  {terminal}  OPEN  {failed}</translation>
    </message>
    <message>
        <source>{id}  {when}  {terminal}  resolved by {who} on {resolved}: {note}  ({failed})</source>
        <translation>{id}  {when}  {terminal}  opgelost door {who} op {resolved}: {note}  ({failed})</translation>
    </message>
    <message>
        <source>Incident {id} resolved by {who}: recording resumes.</source>
        <translation>Incident {id} opgelost door {who}: de registratie wordt hervat.</translation>
    </message>
    <message>
        <source>Unknown check source {source!r}.</source>
        <translation>Onbekende controlebron {source!r}.</translation>
    </message>
    <message>
        <source>the database schema is not at this program's version</source>
        <translation>het databaseschema staat niet op de versie van dit programma</translation>
    </message>
    <message>
        <source>Say what was found and done (at least {n} characters).</source>
        <translation>Zeg wat er werd vastgesteld en gedaan (minstens {n} tekens).</translation>
    </message>
    <message>
        <source>No integrity incident {id}.</source>
        <translation>Geen integriteitsincident {id}.</translation>
    </message>
    <message>
        <source>Incident {id} was already resolved by {who}.</source>
        <translation>Incident {id} werd al opgelost door {who}.</translation>
    </message>
    <message>
        <source>Incident {id} raised: nothing can be recorded until QA resolves it (db resolve-incident).</source>
        <translation>Incident {id} geopend: er kan niets worden geregistreerd tot QA het oplost (db resolve-incident).</translation>
    </message>
    <message>
        <source>Incident {id} (raised {when} on {terminal}) is still open: nothing can be recorded until QA resolves it.</source>
        <translation>Incident {id} (geopend op {when} op {terminal}) is nog open: er kan niets worden geregistreerd tot QA het oplost.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the database check found a problem on this terminal. Tell your instructor (who can add your scan later) and IT support.</source>
        <translation>Er werd niets geregistreerd: de databasecontrole heeft op deze terminal een probleem gevonden. Verwittig uw opleider (die uw scan later kan toevoegen) en de IT-ondersteuning.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the database check found a problem (incident {id}, terminal {terminal}) and recording is stopped until quality assurance has resolved it. Tell your instructor, who can add your scan later.</source>
        <translation>Er werd niets geregistreerd: de databasecontrole heeft een probleem gevonden (incident {id}, terminal {terminal}) en de registratie is gestopt tot kwaliteitsborging het heeft opgelost. Verwittig uw opleider, die uw scan later kan toevoegen.</translation>
    </message>
    <message>
        <source>Check completed</source>
        <translation>Controle voltooid</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {n}).</source>
        <translation>De notitie is te lang ({length} tekens; hoogstens {n}).</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Databasecontrole</translation>
    </message>
    <message>
        <source>Not run since the kiosk started.</source>
        <translation>Niet uitgevoerd sinds de kiosk gestart is.</translation>
    </message>
    <message>
        <source>Passed at {time}</source>
        <translation>Geslaagd op {time}</translation>
    </message>
    <message>
        <source>FAILED at {time}</source>
        <translation>MISLUKT op {time}</translation>
    </message>
</context>
</TS>
