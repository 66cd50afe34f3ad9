<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_BE" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>--learners must be between 0 and 100000.</source>
        <translation>--learners must be between 0 and 100000.</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input.</source>
        <translation>--password-stdin: no password on standard input.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <source>A name is required: --name 'Given Family' or 'Family, Given'.</source>
        <translation>A name is required: --name 'Given Family' or 'Family, Given'.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <source>A session needs at least one scheduled slot.</source>
        <translation>A session needs at least one scheduled slot.</translation>
    </message>
    <message>
        <source>A slot must end after it starts ({start} – {end}).</source>
        <translation>A slot must end after it starts ({start} – {end}).</translation>
    </message>
    <message>
        <source>A staff account needs at least one role.</source>
        <translation>A staff account needs at least one role.</translation>
    </message>
    <message>
        <source>Account {login!r} is locked: ask an administrator.</source>
        <translation>Account {login!r} is locked: ask an administrator.</translation>
    </message>
    <message>
        <source>Account {login} unlocked.</source>
        <translation>Account {login} unlocked.</translation>
    </message>
    <message>
        <source>An in-memory SQLite database cannot be shared; give a file path.</source>
        <translation>An in-memory SQLite database cannot be shared; give a file path.</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Audit chain</translation>
    </message>
    <message>
        <source>Audit trail BROKEN at row {seq} (id {row_id}): {detail}.</source>
        <translation>Audit trail BROKEN at row {seq} (id {row_id}): {detail}.</translation>
    </message>
    <message>
        <source>Audit trail intact: {n} rows verified.</source>
        <translation>Audit trail intact: {n} rows verified.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database file: {detail}</source>
        <translation>Cannot open the SQLite database file: {detail}</translation>
    </message>
    <message>
        <source>Cannot reach the database server: {detail}</source>
        <translation>Cannot reach the database server: {detail}</translation>
    </message>
    <message>
        <source>Course {code!r} already exists.</source>
        <translation>Course {code!r} already exists.</translation>
    </message>
    <message>
        <source>Database check FAILED.</source>
        <translation>Database check FAILED.</translation>
    </message>
    <message>
        <source>Database check passed.</source>
        <translation>Database check passed.</translation>
    </message>
    <message>
        <source>Database error: {detail}</source>
        <translation>Database error: {detail}</translation>
    </message>
    <message>
        <source>Database schema: {before} → {after}.</source>
        <translation>Database schema: {before} → {after}.</translation>
    </message>
    <message>
        <source>Demo centre created: {people} learners, {sessions} sessions, {rooms} rooms.</source>
        <translation>Demo centre created: {people} learners, {sessions} sessions, {rooms} rooms.</translation>
    </message>
    <message>
        <source>Demo staff accounts (login / password / kiosk PIN):</source>
        <translation>Demo staff accounts (login / password / kiosk PIN):</translation>
    </message>
    <message>
        <source>Give both --given and --family, or --name.</source>
        <translation>Give both --given and --family, or --name.</translation>
    </message>
    <message>
        <source>Given and family names are required.</source>
        <translation>Given and family names are required.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Kiosk PIN (4–8 digits): </source>
        <translation>Kiosk PIN (4–8 digits): </translation>
    </message>
    <message>
        <source>Kiosk PIN (4–8 digits, empty for none): </source>
        <translation>Kiosk PIN (4–8 digits, empty for none): </translation>
    </message>
    <message>
        <source>Login {login!r} is already taken.</source>
        <translation>Login {login!r} is already taken.</translation>
    </message>
    <message>
        <source>Login {login!r} is not valid: use 2–64 lower-case letters, digits, '.', '-' or '_'.</source>
        <translation>Login {login!r} is not valid: use 2–64 lower-case letters, digits, '.', '-' or '_'.</translation>
    </message>
    <message>
        <source>No course {code!r}.</source>
        <translation>No course {code!r}.</translation>
    </message>
    <message>
        <source>No room {code!r}.</source>
        <translation>No room {code!r}.</translation>
    </message>
    <message>
        <source>No staff account {login!r}.</source>
        <translation>No staff account {login!r}.</translation>
    </message>
    <message>
        <source>Not a database URL: {url!r}. Use sqlite:///path/to/file.db or postgresql://user@host:5432/database.</source>
        <translation>Not a database URL: {url!r}. Use sqlite:///path/to/file.db or postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>PIN again: </source>
        <translation>PIN again: </translation>
    </message>
    <message>
        <source>PIN set for {login}.</source>
        <translation>PIN set for {login}.</translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Password again: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>PostgreSQL server runs with fsync={fsync} and synchronous_commit={sync}: acknowledged records could be lost in a crash. Turn both on.</source>
        <translation>PostgreSQL server runs with fsync={fsync} and synchronous_commit={sync}: acknowledged records could be lost in a crash. Turn both on.</translation>
    </message>
    <message>
        <source>Room {code!r} already exists.</source>
        <translation>Room {code!r} already exists.</translation>
    </message>
    <message>
        <source>SQLite refused required settings {wrong} (wanted {wanted}); refusing to run.</source>
        <translation>SQLite refused required settings {wrong} (wanted {wanted}); refusing to run.</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Session {code!r} already exists.</source>
        <translation>Session {code!r} already exists.</translation>
    </message>
    <message>
        <source>Setting {key!r} must be {kind}, not {value!r}.</source>
        <translation>Setting {key!r} must be {kind}, not {value!r}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings file not found: {path}</source>
        <translation>Settings file not found: {path}</translation>
    </message>
    <message>
        <source>Settings file {path} is not valid TOML: {err}</source>
        <translation>Settings file {path} is not valid TOML: {err}</translation>
    </message>
    <message>
        <source>Staff account {login} created for {name} ({roles}).</source>
        <translation>Staff account {login} created for {name} ({roles}).</translation>
    </message>
    <message>
        <source>Terminal {name} is in room {room}.</source>
        <translation>Terminal {name} is in room {room}.</translation>
    </message>
    <message>
        <source>Terminals: {names}</source>
        <translation>Terminals: {names}</translation>
    </message>
    <message>
        <source>The database is locked by another program and did not free up in time: {detail}</source>
        <translation>The database is locked by another program and did not free up in time: {detail}</translation>
    </message>
    <message>
        <source>The database schema is at {current}, this program needs {head}: run 'aptaskil-desk db upgrade'.</source>
        <translation>The database schema is at {current}, this program needs {head}: run 'aptaskil-desk db upgrade'.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>The password must not start or end with spaces.</source>
        <translation>The password must not start or end with spaces.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>This change conflicts with data already recorded; nothing was saved ({detail}).</source>
        <translation>This change conflicts with data already recorded; nothing was saved ({detail}).</translation>
    </message>
    <message>
        <source>This database already holds the demo centre; nothing was changed.</source>
        <translation>This database already holds the demo centre; nothing was changed.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: account {login!r} is now locked. Ask an administrator.</source>
        <translation>Too many wrong attempts: account {login!r} is now locked. Ask an administrator.</translation>
    </message>
    <message>
        <source>Unknown course family {family!r}.</source>
        <translation>Unknown course family {family!r}.</translation>
    </message>
    <message>
        <source>Unknown language {lang!r}: choose one of {choices}.</source>
        <translation>Unknown language {lang!r}: choose one of {choices}.</translation>
    </message>
    <message>
        <source>Unknown learner category {category!r}: choose from {choices}.</source>
        <translation>Unknown learner category {category!r}: choose from {choices}.</translation>
    </message>
    <message>
        <source>Unknown login or wrong PIN.</source>
        <translation>Unknown login or wrong PIN.</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>Unknown login or wrong password.</translation>
    </message>
    <message>
        <source>Unknown role {role!r}: choose from {choices}.</source>
        <translation>Unknown role {role!r}: choose from {choices}.</translation>
    </message>
    <message>
        <source>Unknown room kind {kind!r}.</source>
        <translation>Unknown room kind {kind!r}.</translation>
    </message>
    <message>
        <source>Unknown setting {key!r} in {path}.</source>
        <translation>Unknown setting {key!r} in {path}.</translation>
    </message>
    <message>
        <source>Unsupported database {driver!r}: use SQLite or PostgreSQL.</source>
        <translation>Unsupported database {driver!r}: use SQLite or PostgreSQL.</translation>
    </message>
    <message>
        <source>Write the name as 'Given Family' or 'Family, Given': {name!r}.</source>
        <translation>Write the name as 'Given Family' or 'Family, Given': {name!r}.</translation>
    </message>
    <message>
        <source>Wrong PIN: {left} attempt(s) left.</source>
        <translation>Wrong PIN: {left} attempt(s) left.</translation>
    </message>
    <message>
        <source>Wrong password: {left} attempt(s) left.</source>
        <translation>Wrong password: {left} attempt(s) left.</translation>
    </message>
    <message>
        <source>pin_max_attempts and staff_idle_lock_minutes must be at least 1.</source>
        <translation>pin_max_attempts and staff_idle_lock_minutes must be at least 1.</translation>
    </message>
    <message>
        <source>{rows} audit rows written to {path}.</source>
        <translation>{rows} audit rows written to {path}.</translation>
    </message>
    <message>
        <source>{who} may not do this ({permission}).</source>
        <translation>{who} may not do this ({permission}).</translation>
    </message>
    <message>
        <source>A correction is 'in', 'out' or 'void', not {kind!r}.</source>
        <translation>A correction is 'in', 'out' or 'void', not {kind!r}.</translation>
    </message>
    <message>
        <source>A correction stays on the same day as the event it corrects.</source>
        <translation>A correction stays on the same day as the event it corrects.</translation>
    </message>
    <message>
        <source>A missing scan is 'in' or 'out', not {kind!r}.</source>
        <translation>A missing scan is 'in' or 'out', not {kind!r}.</translation>
    </message>
    <message>
        <source>Badge of {name} revoked; it will be refused from now on.</source>
        <translation>Badge of {name} revoked; it will be refused from now on.</translation>
    </message>
    <message>
        <source>Event {id} was already corrected: correct the latest correction.</source>
        <translation>Event {id} was already corrected: correct the latest correction.</translation>
    </message>
    <message>
        <source>Event {old} corrected by event {new}.</source>
        <translation>Event {old} corrected by event {new}.</translation>
    </message>
    <message>
        <source>Hours counted: {hours}.</source>
        <translation>Hours counted: {hours}.</translation>
    </message>
    <message>
        <source>No active person with id {ids}.</source>
        <translation>No active person with id {ids}.</translation>
    </message>
    <message>
        <source>No attendance event {id}.</source>
        <translation>No attendance event {id}.</translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <translation>No person with id {id}.</translation>
    </message>
    <message>
        <source>No session is scheduled here now: the instructor will review this check-in.</source>
        <translation>No session is scheduled here now: the instructor will review this check-in.</translation>
    </message>
    <message>
        <source>No session or course {code!r}.</source>
        <translation>No session or course {code!r}.</translation>
    </message>
    <message>
        <source>No session {code!r}.</source>
        <translation>No session {code!r}.</translation>
    </message>
    <message>
        <source>Nobody to print badges for.</source>
        <translation>Nobody to print badges for.</translation>
    </message>
    <message>
        <source>Not a date and time: {value!r} (use 2026-11-25T08:02).</source>
        <translation>Not a date and time: {value!r} (use 2026-11-25T08:02).</translation>
    </message>
    <message>
        <source>Not on the roster of the session running here: the instructor will review this check-in.</source>
        <translation>Not on the roster of the session running here: the instructor will review this check-in.</translation>
    </message>
    <message>
        <source>Person {id} has no active badge.</source>
        <translation>Person {id} has no active badge.</translation>
    </message>
    <message>
        <source>Say whom to print badges for: --person, --course or --all.</source>
        <translation>Say whom to print badges for: --person, --course or --all.</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time}.</source>
        <translation>{name}: already checked in at {time}.</translation>
    </message>
    <message>
        <source>{name}: already checked out at {time}.</source>
        <translation>{name}: already checked out at {time}.</translation>
    </message>
    <message>
        <source>{name}: checked in at {time}.</source>
        <translation>{name}: checked in at {time}.</translation>
    </message>
    <message>
        <source>{name}: checked out at {time}; {hours} h today.</source>
        <translation>{name}: checked out at {time}; {hours} h today.</translation>
    </message>
    <message>
        <source>{name}: staff badge; enter your PIN at the kiosk.</source>
        <translation>{name}: staff badge; enter your PIN at the kiosk.</translation>
    </message>
    <message>
        <source>{n} badges written to {path} ({pages} pages).</source>
        <translation>{n} badges written to {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>Refused: the code could not be read; scan again.</source>
        <translation>Refused: the code could not be read; scan again.</translation>
    </message>
    <message>
        <source>Refused: unknown badge.</source>
        <translation>Refused: unknown badge.</translation>
    </message>
    <message>
        <source>Refused: this badge was revoked; see reception.</source>
        <translation>Refused: this badge was revoked; see reception.</translation>
    </message>
    <message>
        <source>Refused: this person is no longer active; see reception.</source>
        <translation>Refused: this person is no longer active; see reception.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>Job seeker</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>No badges to print.</source>
        <translation>No badges to print.</translation>
    </message>
    <message>
        <source>Unknown badge layout {layout!r}: choose cards or sheet.</source>
        <translation>Unknown badge layout {layout!r}: choose cards or sheet.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is not a text file: save the spreadsheet as CSV UTF-8 or as CSV with semicolons.</source>
        <translation>This is not a text file: save the spreadsheet as CSV UTF-8 or as CSV with semicolons.</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook, not a CSV file: save it as CSV UTF-8 or as CSV with semicolons.</source>
        <translation>This is a spreadsheet workbook, not a CSV file: save it as CSV UTF-8 or as CSV with semicolons.</translation>
    </message>
    <message>
        <source>This file is in UTF-16 (Excel's Unicode text): save it as CSV UTF-8 or as CSV with semicolons.</source>
        <translation>This file is in UTF-16 (Excel's Unicode text): save it as CSV UTF-8 or as CSV with semicolons.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 mark but byte {offset} is not UTF-8.</source>
        <translation>The file starts with a UTF-8 mark but byte {offset} is not UTF-8.</translation>
    </message>
    <message>
        <source>The header line has no column separator: separate the columns with ';' or ','.</source>
        <translation>The header line has no column separator: separate the columns with ';' or ','.</translation>
    </message>
    <message>
        <source>The first line must name the columns; accepted names: {accepted}.</source>
        <translation>The first line must name the columns; accepted names: {accepted}.</translation>
    </message>
    <message>
        <source>The file has a header line but no learners.</source>
        <translation>The file has a header line but no learners.</translation>
    </message>
    <message>
        <source>Unknown column "{column}"; accepted names: {accepted}.</source>
        <translation>Unknown column "{column}"; accepted names: {accepted}.</translation>
    </message>
    <message>
        <source>Column "{column}" repeats column "{first}".</source>
        <translation>Column "{column}" repeats column "{first}".</translation>
    </message>
    <message>
        <source>Required column missing: {names}.</source>
        <translation>Required column missing: {names}.</translation>
    </message>
    <message>
        <source>A value stands in a column that has no name in the header line.</source>
        <translation>A value stands in a column that has no name in the header line.</translation>
    </message>
    <message>
        <source>Wrong number of fields: {found} instead of {expected} (quote a value that contains the separator).</source>
        <translation>Wrong number of fields: {found} instead of {expected} (quote a value that contains the separator).</translation>
    </message>
    <message>
        <source>Badly quoted value: a closing quote must be followed by the separator or the end of the line.</source>
        <translation>Badly quoted value: a closing quote must be followed by the separator or the end of the line.</translation>
    </message>
    <message>
        <source>A quoted value that starts on this line is never closed.</source>
        <translation>A quoted value that starts on this line is never closed.</translation>
    </message>
    <message>
        <source>Missing value: {column} is required.</source>
        <translation>Missing value: {column} is required.</translation>
    </message>
    <message>
        <source>Unknown category "{value}"; accepted: {accepted}.</source>
        <translation>Unknown category "{value}"; accepted: {accepted}.</translation>
    </message>
    <message>
        <source>Unreadable date "{value}": write DD/MM/YYYY (e.g. 31/12/1990) or YYYY-MM-DD.</source>
        <translation>Unreadable date "{value}": write DD/MM/YYYY (e.g. 31/12/1990) or YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Birth date {value} is in the future.</source>
        <translation>Birth date {value} is in the future.</translation>
    </message>
    <message>
        <source>Birth date {value} is before 1900.</source>
        <translation>Birth date {value} is before 1900.</translation>
    </message>
    <message>
        <source>Invalid e-mail address "{value}".</source>
        <translation>Invalid e-mail address "{value}".</translation>
    </message>
    <message>
        <source>{column} is too long: {length} characters, at most {limit}.</source>
        <translation>{column} is too long: {length} characters, at most {limit}.</translation>
    </message>
    <message>
        <source>{column} contains a line break or a control character.</source>
        <translation>{column} contains a line break or a control character.</translation>
    </message>
    <message>
        <source>External reference "{ref}" already appears on line {first_line}.</source>
        <translation>External reference "{ref}" already appears on line {first_line}.</translation>
    </message>
    <message>
        <source>Unknown session code "{code}".</source>
        <translation>Unknown session code "{code}".</translation>
    </message>
    <message>
        <source>External reference "{ref}" belongs to a staff member, not to a learner.</source>
        <translation>External reference "{ref}" belongs to a staff member, not to a learner.</translation>
    </message>
    <message>
        <source>Record guards</source>
        <translation>Record guards</translation>
    </message>
    <message>
        <source>Cannot use the file {path}: {reason}</source>
        <translation>Cannot use the file {path}: {reason}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problem(s) to fix first.</source>
        <translation>Nothing was imported: {n} problem(s) to fix first.</translation>
    </message>
    <message>
        <source>Dry run: {created} to create, {updated} to update, {unchanged} unchanged, {enrolled} enrolments; nothing was written.</source>
        <translation>Dry run: {created} to create, {updated} to update, {unchanged} unchanged, {enrolled} enrolments; nothing was written.</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {unchanged} unchanged, {enrolled} enrolments.</source>
        <translation>Imported: {created} created, {updated} updated, {unchanged} unchanged, {enrolled} enrolments.</translation>
    </message>
    <message>
        <source>Everyone has a badge. Try one: aptaskil-desk scan CODE --terminal KIOSK-LAB-CQ</source>
        <translation>Everyone has a badge. Try one: aptaskil-desk scan CODE --terminal KIOSK-LAB-CQ</translation>
    </message>
    <message>
        <source>Print them all: aptaskil-desk badges print --all --layout sheet --out badges.pdf</source>
        <translation>Print them all: aptaskil-desk badges print --all --layout sheet --out badges.pdf</translation>
    </message>
    <message>
        <source>Equipment {code} registered.</source>
        <translation>Equipment {code} registered.</translation>
    </message>
    <message>
        <source>{code} is now {status}.</source>
        <translation>{code} is now {status}.</translation>
    </message>
    <message>
        <source>Not a date: {value!r} (use YYYY-MM-DD).</source>
        <translation>Not a date: {value!r} (use YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Use refused: {codes}.</source>
        <translation>Use refused: {codes}.</translation>
    </message>
    <message>
        <source>Qualification phases are IQ, OQ and PQ.</source>
        <translation>Qualification phases are IQ, OQ and PQ.</translation>
    </message>
    <message>
        <source>An equipment needs a code and a name.</source>
        <translation>An equipment needs a code and a name.</translation>
    </message>
    <message>
        <source>Equipment {code!r} already exists.</source>
        <translation>Equipment {code!r} already exists.</translation>
    </message>
    <message>
        <source>No equipment {code!r}.</source>
        <translation>No equipment {code!r}.</translation>
    </message>
    <message>
        <source>Unknown status {status!r}.</source>
        <translation>Unknown status {status!r}.</translation>
    </message>
    <message>
        <source>Unknown logbook entry kind {kind!r}.</source>
        <translation>Unknown logbook entry kind {kind!r}.</translation>
    </message>
    <message>
        <source>A qualification entry needs a phase (IQ, OQ, PQ) and a result (pass, fail).</source>
        <translation>A qualification entry needs a phase (IQ, OQ, PQ) and a result (pass, fail).</translation>
    </message>
    <message>
        <source>No logbook entry {id}.</source>
        <translation>No logbook entry {id}.</translation>
    </message>
    <message>
        <source>Entry {id} was already corrected: correct the latest correction.</source>
        <translation>Entry {id} was already corrected: correct the latest correction.</translation>
    </message>
    <message>
        <source>Logbook entries are never deleted; record a correction with a reason instead.</source>
        <translation>Logbook entries are never deleted; record a correction with a reason instead.</translation>
    </message>
    <message>
        <source>Logbook entries are never edited; record a correction with a reason instead.</source>
        <translation>Logbook entries are never edited; record a correction with a reason instead.</translation>
    </message>
    <message>
        <source>{code} is not in use by this person.</source>
        <translation>{code} is not in use by this person.</translation>
    </message>
    <message>
        <source>Nothing to override: {code} may be used as it is.</source>
        <translation>Nothing to override: {code} may be used as it is.</translation>
    </message>
    <message>
        <source>Unknown label layout {layout!r}: choose printer or a4.</source>
        <translation>Unknown label layout {layout!r}: choose printer or a4.</translation>
    </message>
    <message>
        <source>No equipment to label.</source>
        <translation>No equipment to label.</translation>
    </message>
    <message>
        <source>Equipment labels</source>
        <translation>Equipment labels</translation>
    </message>
    <message>
        <source>S/N {serial}</source>
        <translation>S/N {serial}</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>Room {room}</translation>
    </message>
    <message>
        <source>{n} labels written to {path} ({pages} pages).</source>
        <translation>{n} labels written to {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>Equipment logbook</source>
        <translation>Equipment logbook</translation>
    </message>
    <message>
        <source>Equipment logbook {code}</source>
        <translation>Equipment logbook {code}</translation>
    </message>
    <message>
        <source>Generated on {when}</source>
        <translation>Generated on {when}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Calibration due</source>
        <translation>Calibration due</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Times are Brussels time. A corrected entry is struck through and stays on record; the correction follows at its own time with its reason.</source>
        <translation>Times are Brussels time. A corrected entry is struck through and stays on record; the correction follows at its own time with its reason.</translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation>No entries in this period.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>until {end}</translation>
    </message>
    <message>
        <source>all entries</source>
        <translation>all entries</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>End of use</source>
        <translation>End of use</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>cleaning</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>out of service</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>quarantine</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>Performed on</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomaly</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>after incident #{id}</source>
        <translation>after incident #{id}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>{phase} passed</source>
        <translation>{phase} passed</translation>
    </message>
    <message>
        <source>{phase} failed</source>
        <translation>{phase} failed</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Result: {result}</translation>
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
        <translation>Used under override #{id}</translation>
    </message>
    <message>
        <source>Corrects #{id}: {reason}</source>
        <translation>Corrects #{id}: {reason}</translation>
    </message>
    <message>
        <source>→ Superseded by entry #{id}: {reason}</source>
        <translation>→ Superseded by entry #{id}: {reason}</translation>
    </message>
    <message>
        <source>Logbook of {code} written to {path}: {n} entries, {pages} pages.</source>
        <translation>Logbook of {code} written to {path}: {n} entries, {pages} pages.</translation>
    </message>
    <message>
        <source>The period ends before it starts: {start} to {end}.</source>
        <translation>The period ends before it starts: {start} to {end}.</translation>
    </message>
    <message>
        <source>{name}: use of {code} started at {time}.</source>
        <translation>{name}: use of {code} started at {time}.</translation>
    </message>
    <message>
        <source>{name}: use of {code} stopped at {time}.</source>
        <translation>{name}: use of {code} stopped at {time}.</translation>
    </message>
    <message>
        <source>Answer these questions, then scan again with --answers:</source>
        <translation>Answer these questions, then scan again with --answers:</translation>
    </message>
    <message>
        <source>Refused: scan your badge first, then the equipment, on the same terminal.</source>
        <translation>Refused: scan your badge first, then the equipment, on the same terminal.</translation>
    </message>
    <message>
        <source>Refused: {code} may not be used now ({reasons}).</source>
        <translation>Refused: {code} may not be used now ({reasons}).</translation>
    </message>
    <message>
        <source>--answers takes a JSON object such as {{"clean_label": "yes"}}.</source>
        <translation>--answers takes a JSON object such as {{"clean_label": "yes"}}.</translation>
    </message>
    <message>
        <source>{file}: a [default] table is required.</source>
        <translation>{file}: a [default] table is required.</translation>
    </message>
    <message>
        <source>{file}: not valid TOML: {error}</source>
        <translation>{file}: not valid TOML: {error}</translation>
    </message>
    <message>
        <source>{where}: each question needs an id and expect = yes or no.</source>
        <translation>{where}: each question needs an id and expect = yes or no.</translation>
    </message>
    <message>
        <source>{where}: each question needs its text in fr, en and nl.</source>
        <translation>{where}: each question needs its text in fr, en and nl.</translation>
    </message>
    <message>
        <source>Equipment labels: aptaskil-desk equipment label --layout a4 --out labels.pdf</source>
        <translation>Equipment labels: aptaskil-desk equipment label --layout a4 --out labels.pdf</translation>
    </message>
    <message>
        <source>Person {id} holds no authorisation for {code}.</source>
        <translation>Person {id} holds no authorisation for {code}.</translation>
    </message>
    <message>
        <source>Cannot open the port {port}: {error}</source>
        <translation>Cannot open the port {port}: {error}</translation>
    </message>
    <message>
        <source>Data bits must be 5, 6, 7 or 8, not {value}.</source>
        <translation>Data bits must be 5, 6, 7 or 8, not {value}.</translation>
    </message>
    <message>
        <source>Line settings {spec!r} not understood: write e.g. 9600,8N1 or 1200,7O1.</source>
        <translation>Line settings {spec!r} not understood: write e.g. 9600,8N1 or 1200,7O1.</translation>
    </message>
    <message>
        <source>No complete reply from the instrument on {port} within {seconds:g} s.</source>
        <translation>No complete reply from the instrument on {port} within {seconds:g} s.</translation>
    </message>
    <message>
        <source>No reply from the instrument on {port} within {seconds:g} s.</source>
        <translation>No reply from the instrument on {port} within {seconds:g} s.</translation>
    </message>
    <message>
        <source>Stop bits must be 1, 1.5 or 2, not {value}.</source>
        <translation>Stop bits must be 1, 1.5 or 2, not {value}.</translation>
    </message>
    <message>
        <source>The instrument on {port} does not accept data (handshake?).</source>
        <translation>The instrument on {port} does not accept data (handshake?).</translation>
    </message>
    <message>
        <source>The instrument on {port} keeps sending lines it should not.</source>
        <translation>The instrument on {port} keeps sending lines it should not.</translation>
    </message>
    <message>
        <source>The instrument on {port} sent a frame longer than {limit} bytes.</source>
        <translation>The instrument on {port} sent a frame longer than {limit} bytes.</translation>
    </message>
    <message>
        <source>The instrument on {port} sent a line longer than {limit} bytes.</source>
        <translation>The instrument on {port} sent a line longer than {limit} bytes.</translation>
    </message>
    <message>
        <source>The instrument on {port} was disconnected ({error}).</source>
        <translation>The instrument on {port} was disconnected ({error}).</translation>
    </message>
    <message>
        <source>The port {port} is not open.</source>
        <translation>The port {port} is not open.</translation>
    </message>
    <message>
        <source>The speed must be a positive number of baud, not {value}.</source>
        <translation>The speed must be a positive number of baud, not {value}.</translation>
    </message>
    <message>
        <source>Timeouts must be positive.</source>
        <translation>Timeouts must be positive.</translation>
    </message>
    <message>
        <source>Unknown instrument driver {name!r}; known: {known}.</source>
        <translation>Unknown instrument driver {name!r}; known: {known}.</translation>
    </message>
    <message>
        <source>Unknown parity {value!r}: use N, E, O, M or S.</source>
        <translation>Unknown parity {value!r}: use N, E, O, M or S.</translation>
    </message>
    <message>
        <source>authorisation_lapse_days must be a number of days from {low} to {high}, not {value}.</source>
        <translation>authorisation_lapse_days must be a number of days from {low} to {high}, not {value}.</translation>
    </message>
    <message>
        <source>Environment variable {var} must be a whole number, not {value!r}.</source>
        <translation>Environment variable {var} must be a whole number, not {value!r}.</translation>
    </message>
    <message>
        <source>The end date {date} is already past: choose today or later.</source>
        <translation>The end date {date} is already past: choose today or later.</translation>
    </message>
    <message>
        <source>{code} needs no authorisation: learners may use it without one.</source>
        <translation>{code} needs no authorisation: learners may use it without one.</translation>
    </message>
    <message>
        <source>{name} is now authorised to use {code} until {date}.</source>
        <translation>{name} is now authorised to use {code} until {date}.</translation>
    </message>
    <message>
        <source>The authorisation of {name} for {code} is extended until {date}.</source>
        <translation>The authorisation of {name} for {code} is extended until {date}.</translation>
    </message>
    <message>
        <source>The authorisation of {name} for {code} is revoked.</source>
        <translation>The authorisation of {name} for {code} is revoked.</translation>
    </message>
    <message>
        <source>No authorisation on record.</source>
        <translation>No authorisation on record.</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} does not support function {function:02d} (exception 01: illegal function).</source>
        <translation>Modbus device {slave} on {port} does not support function {function:02d} (exception 01: illegal function).</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} has no register at the address asked (exception 02: illegal data address).</source>
        <translation>Modbus device {slave} on {port} has no register at the address asked (exception 02: illegal data address).</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} refused the value or quantity sent (exception 03: illegal data value).</source>
        <translation>Modbus device {slave} on {port} refused the value or quantity sent (exception 03: illegal data value).</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} failed while doing the request (exception 04: device failure).</source>
        <translation>Modbus device {slave} on {port} failed while doing the request (exception 04: device failure).</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} answered function {function:02d} with exception {code:02d}.</source>
        <translation>Modbus device {slave} on {port} answered function {function:02d} with exception {code:02d}.</translation>
    </message>
    <message>
        <source>The reply from Modbus device {slave} on {port} is corrupted (CRC check failed); it was ignored.</source>
        <translation>The reply from Modbus device {slave} on {port} is corrupted (CRC check failed); it was ignored.</translation>
    </message>
    <message>
        <source>A reply from Modbus device {got} came on {port} while device {slave} was asked; it was ignored.</source>
        <translation>A reply from Modbus device {got} came on {port} while device {slave} was asked; it was ignored.</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} answered function {got:02d} to a function {function:02d} request; the reply was ignored.</source>
        <translation>Modbus device {slave} on {port} answered function {got:02d} to a function {function:02d} request; the reply was ignored.</translation>
    </message>
    <message>
        <source>The reply from Modbus device {slave} on {port} does not match the request (wrong length or content); it was ignored.</source>
        <translation>The reply from Modbus device {slave} on {port} does not match the request (wrong length or content); it was ignored.</translation>
    </message>
    <message>
        <source>{value} {unit} is outside the range of the Modbus register {name} ({low} to {high} {unit}).</source>
        <translation>{value} {unit} is outside the range of the Modbus register {name} ({low} to {high} {unit}).</translation>
    </message>
    <message>
        <source>This Modbus register map has no setting named {name!r}.</source>
        <translation>This Modbus register map has no setting named {name!r}.</translation>
    </message>
    <message>
        <source>This Modbus register map has no process value.</source>
        <translation>This Modbus register map has no process value.</translation>
    </message>
    <message>
        <source>The low end of the range must be below the high end.</source>
        <translation>The low end of the range must be below the high end.</translation>
    </message>
    <message>
        <source>A Modbus device address must be between 1 and 247, not {value}.</source>
        <translation>A Modbus device address must be between 1 and 247, not {value}.</translation>
    </message>
    <message>
        <source>A Modbus register address must be between 0 and 65535, not {value}.</source>
        <translation>A Modbus register address must be between 0 and 65535, not {value}.</translation>
    </message>
    <message>
        <source>Between 1 and {limit} Modbus registers per request, not {count}.</source>
        <translation>Between 1 and {limit} Modbus registers per request, not {count}.</translation>
    </message>
    <message>
        <source>A Modbus register holds 0 to 65535, not {value}.</source>
        <translation>A Modbus register holds 0 to 65535, not {value}.</translation>
    </message>
    <message>
        <source>A range or resolution is a positive number, DEF, MIN or MAX, not {value!r}.</source>
        <translation>A range or resolution is a positive number, DEF, MIN or MAX, not {value!r}.</translation>
    </message>
    <message>
        <source>An instrument command is printable ASCII text, not {command!r}.</source>
        <translation>An instrument command is printable ASCII text, not {command!r}.</translation>
    </message>
    <message>
        <source>Unknown quantity {name!r} for this instrument; known: {known}.</source>
        <translation>Unknown quantity {name!r} for this instrument; known: {known}.</translation>
    </message>
    <message>
        <source>The instrument on {port} reports: {errors}</source>
        <translation>The instrument on {port} reports: {errors}</translation>
    </message>
    <message>
        <source>The instrument on {port} sent a malformed reply: {reply}</source>
        <translation>The instrument on {port} sent a malformed reply: {reply}</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not a number.</source>
        <translation>{field}: {value!r} is not a number.</translation>
    </message>
    <message>
        <source>{field} must be a set of named values.</source>
        <translation>{field} must be a set of named values.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>{field} must be a list.</translation>
    </message>
    <message>
        <source>Missing input for {kind}: {fields}.</source>
        <translation>Missing input for {kind}: {fields}.</translation>
    </message>
    <message>
        <source>Unknown input for {kind}: {fields}.</source>
        <translation>Unknown input for {kind}: {fields}.</translation>
    </message>
    <message>
        <source>Unknown exercise {kind!r}; known: {known}.</source>
        <translation>Unknown exercise {kind!r}; known: {known}.</translation>
    </message>
    <message>
        <source>Weighing {n}: 'stable' must be true or false.</source>
        <translation>Weighing {n}: 'stable' must be true or false.</translation>
    </message>
    <message>
        <source>The as-left series needs 5 points (0, 25, 50, 75 and 100 %), not {count}.</source>
        <translation>The as-left series needs 5 points (0, 25, 50, 75 and 100 %), not {count}.</translation>
    </message>
    <message>
        <source>The as-found series needs 5 points (0, 25, 50, 75 and 100 %), not {count}.</source>
        <translation>The as-found series needs 5 points (0, 25, 50, 75 and 100 %), not {count}.</translation>
    </message>
    <message>
        <source>The tolerance must be more than 0 and at most 10 % of span, not {value}.</source>
        <translation>The tolerance must be more than 0 and at most 10 % of span, not {value}.</translation>
    </message>
    <message>
        <source>The test weight's value must be positive, not {value}.</source>
        <translation>The test weight's value must be positive, not {value}.</translation>
    </message>
    <message>
        <source>The scale interval d must be positive, not {value}.</source>
        <translation>The scale interval d must be positive, not {value}.</translation>
    </message>
    <message>
        <source>A pH calibration uses 2 or 3 buffers, not {count}.</source>
        <translation>A pH calibration uses 2 or 3 buffers, not {count}.</translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 100 °C, not {value}.</source>
        <translation>The temperature must be between 0 and 100 °C, not {value}.</translation>
    </message>
    <message>
        <source>A buffer's pH must be between 0 and 14.</source>
        <translation>A buffer's pH must be between 0 and 14.</translation>
    </message>
    <message>
        <source>The buffers must differ by at least 1 pH unit.</source>
        <translation>The buffers must differ by at least 1 pH unit.</translation>
    </message>
    <message>
        <source>The range's lower and upper values must differ.</source>
        <translation>The range's lower and upper values must differ.</translation>
    </message>
    <message>
        <source>Point {n}: an applied process value needs the transmitter's range.</source>
        <translation>Point {n}: an applied process value needs the transmitter's range.</translation>
    </message>
    <message>
        <source>Point {n}: the applied value {value} is {percent} % of range, too far from the {nominal} % point.</source>
        <translation>Point {n}: the applied value {value} is {percent} % of range, too far from the {nominal} % point.</translation>
    </message>
    <message>
        <source>The instrument answered with an error ({detail}). Nothing was stored.</source>
        <translation>The instrument answered with an error ({detail}). Nothing was stored.</translation>
    </message>
    <message>
        <source>No instrument {code!r}.</source>
        <translation>No instrument {code!r}.</translation>
    </message>
    <message>
        <source>Unknown handshake {value!r}: use none, xon/xoff, rts/cts or dtr/dsr.</source>
        <translation>Unknown handshake {value!r}: use none, xon/xoff, rts/cts or dtr/dsr.</translation>
    </message>
    <message>
        <source>The reading is not stable yet: wait for a stable value. Nothing was stored.</source>
        <translation>The reading is not stable yet: wait for a stable value. Nothing was stored.</translation>
    </message>
    <message>
        <source>The instrument is overloaded (above its range). Nothing was stored.</source>
        <translation>The instrument is overloaded (above its range). Nothing was stored.</translation>
    </message>
    <message>
        <source>The instrument is underloaded (below its range). Nothing was stored.</source>
        <translation>The instrument is underloaded (below its range). Nothing was stored.</translation>
    </message>
    <message>
        <source>The instrument on the line reports serial number {reported}, but {code} is registered with {registered}. Nothing was stored.</source>
        <translation>The instrument on the line reports serial number {reported}, but {code} is registered with {registered}. Nothing was stored.</translation>
    </message>
    <message>
        <source>Reading {uuid} was already recorded with other content. Nothing was stored.</source>
        <translation>Reading {uuid} was already recorded with other content. Nothing was stored.</translation>
    </message>
    <message>
        <source>{value!r} is not a UUID.</source>
        <translation>{value!r} is not a UUID.</translation>
    </message>
    <message>
        <source>An instrument needs an asset code and a name.</source>
        <translation>An instrument needs an asset code and a name.</translation>
    </message>
    <message>
        <source>The reading's time has no time zone.</source>
        <translation>The reading's time has no time zone.</translation>
    </message>
    <message>
        <source>{code} is withdrawn from use: its readings are not recorded.</source>
        <translation>{code} is withdrawn from use: its readings are not recorded.</translation>
    </message>
    <message>
        <source>{code} ({driver}) cannot serve a {kind} exercise.</source>
        <translation>{code} ({driver}) cannot serve a {kind} exercise.</translation>
    </message>
    <message>
        <source>{code} is not in calibration: only a training result may use it.</source>
        <translation>{code} is not in calibration: only a training result may use it.</translation>
    </message>
    <message>
        <source>Instrument {code!r} already exists.</source>
        <translation>Instrument {code!r} already exists.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in session {code}.</source>
        <translation>{name} is not enrolled in session {code}.</translation>
    </message>
    <message>
        <source>Error {error} % of span, beyond the ±{tolerance} % tolerance.</source>
        <translation>Error {error} % of span, beyond the ±{tolerance} % tolerance.</translation>
    </message>
    <message>
        <source>{current} mA is a NAMUR NE 43 failure signal (≤ 3.6 or ≥ 21 mA).</source>
        <translation>{current} mA is a NAMUR NE 43 failure signal (≤ 3.6 or ≥ 21 mA).</translation>
    </message>
    <message>
        <source>{current} mA is outside the NE 43 measurement range (3.8–20.5 mA).</source>
        <translation>{current} mA is outside the NE 43 measurement range (3.8–20.5 mA).</translation>
    </message>
    <message>
        <source>Weighing {number} was not stable: left out.</source>
        <translation>Weighing {number} was not stable: left out.</translation>
    </message>
    <message>
        <source>{count} stable weighings; USP &lt;41&gt; needs at least {needed}.</source>
        <translation>{count} stable weighings; USP &lt;41&gt; needs at least {needed}.</translation>
    </message>
    <message>
        <source>Repeatability 2s/m = {value} %, above {limit} %.</source>
        <translation>Repeatability 2s/m = {value} %, above {limit} %.</translation>
    </message>
    <message>
        <source>The mean is {deviation} % from the test weight, above {limit} %.</source>
        <translation>The mean is {deviation} % from the test weight, above {limit} %.</translation>
    </message>
    <message>
        <source>The mean {mean} is not positive: no repeatability.</source>
        <translation>The mean {mean} is not positive: no repeatability.</translation>
    </message>
    <message>
        <source>Slope {slope} %, outside {min}–{max} %.</source>
        <translation>Slope {slope} %, outside {min}–{max} %.</translation>
    </message>
    <message>
        <source>Slope {slope} % between pH {from} and {to}, outside 95–105 %.</source>
        <translation>Slope {slope} % between pH {from} and {to}, outside 95–105 %.</translation>
    </message>
    <message>
        <source>Offset {offset} mV at pH 7, beyond ±{limit} mV.</source>
        <translation>Offset {offset} mV at pH 7, beyond ±{limit} mV.</translation>
    </message>
    <message>
        <source>Instrument not in calibration when read: not usable as GMP evidence.</source>
        <translation>Instrument not in calibration when read: not usable as GMP evidence.</translation>
    </message>
    <message>
        <source>The balance did not recognise the command (ES: syntax error).</source>
        <translation>The balance did not recognise the command (ES: syntax error).</translation>
    </message>
    <message>
        <source>The balance received the command garbled (ET: transmission error); try again.</source>
        <translation>The balance received the command garbled (ET: transmission error); try again.</translation>
    </message>
    <message>
        <source>The balance cannot carry out the command now (EL: logic error).</source>
        <translation>The balance cannot carry out the command now (EL: logic error).</translation>
    </message>
    <message>
        <source>The balance could not settle within its time limit, or is busy (S I): shield it from draughts and vibration, then weigh again.</source>
        <translation>The balance could not settle within its time limit, or is busy (S I): shield it from draughts and vibration, then weigh again.</translation>
    </message>
    <message>
        <source>The balance is busy and gave no weight (S I); try again.</source>
        <translation>The balance is busy and gave no weight (S I); try again.</translation>
    </message>
    <message>
        <source>The load is above the balance's capacity (S +).</source>
        <translation>The load is above the balance's capacity (S +).</translation>
    </message>
    <message>
        <source>The load is below the balance's lower limit; is the pan in place? (S -)</source>
        <translation>The load is below the balance's lower limit; is the pan in place? (S -)</translation>
    </message>
    <message>
        <source>The balance could not zero: it did not settle within its time limit, or is busy (Z I).</source>
        <translation>The balance could not zero: it did not settle within its time limit, or is busy (Z I).</translation>
    </message>
    <message>
        <source>The balance could not zero: the load is above its zero-setting range (Z +).</source>
        <translation>The balance could not zero: the load is above its zero-setting range (Z +).</translation>
    </message>
    <message>
        <source>The balance could not zero: the load is below its zero-setting range (Z -).</source>
        <translation>The balance could not zero: the load is below its zero-setting range (Z -).</translation>
    </message>
    <message>
        <source>The balance could not tare: it did not settle within its time limit, or is busy (T I).</source>
        <translation>The balance could not tare: it did not settle within its time limit, or is busy (T I).</translation>
    </message>
    <message>
        <source>The balance could not tare: the load is above its taring range (T +).</source>
        <translation>The balance could not tare: the load is above its taring range (T +).</translation>
    </message>
    <message>
        <source>The balance could not tare: the load is below its taring range (T -).</source>
        <translation>The balance could not tare: the load is below its taring range (T -).</translation>
    </message>
    <message>
        <source>The balance cannot give or set the tare weight now (TA I).</source>
        <translation>The balance cannot give or set the tare weight now (TA I).</translation>
    </message>
    <message>
        <source>The balance refused that tare weight: out of range or wrong unit (TA L).</source>
        <translation>The balance refused that tare weight: out of range or wrong unit (TA L).</translation>
    </message>
    <message>
        <source>The balance could not clear the tare now (TAC I).</source>
        <translation>The balance could not clear the tare now (TAC I).</translation>
    </message>
    <message>
        <source>The balance cannot give its model now (I2 I).</source>
        <translation>The balance cannot give its model now (I2 I).</translation>
    </message>
    <message>
        <source>The balance cannot give its serial number now (I4 I).</source>
        <translation>The balance cannot give its serial number now (I4 I).</translation>
    </message>
    <message>
        <source>The balance on {port} answered {reply!r} to {command}: not an MT-SICS reply.</source>
        <translation>The balance on {port} answered {reply!r} to {command}: not an MT-SICS reply.</translation>
    </message>
    <message>
        <source>Err 01: the value does not fit the output format; check the interface settings.</source>
        <translation>Err 01: the value does not fit the output format; check the interface settings.</translation>
    </message>
    <message>
        <source>Err 02: the adjustment conditions are not met (e.g. not tared, or the pan is loaded).</source>
        <translation>Err 02: the adjustment conditions are not met (e.g. not tared, or the pan is loaded).</translation>
    </message>
    <message>
        <source>Err 03: the adjustment could not be completed in time.</source>
        <translation>Err 03: the adjustment could not be completed in time.</translation>
    </message>
    <message>
        <source>Err 30: data output is blocked by the interface settings.</source>
        <translation>Err 30: data output is blocked by the interface settings.</translation>
    </message>
    <message>
        <source>Err 31: handshake error: the computer did not accept the data.</source>
        <translation>Err 31: handshake error: the computer did not accept the data.</translation>
    </message>
    <message>
        <source>Err 101–104: a key is stuck or was held down when the balance was switched on.</source>
        <translation>Err 101–104: a key is stuck or was held down when the balance was switched on.</translation>
    </message>
    <message>
        <source>Err 320: the balance's program memory is faulty; have the balance serviced.</source>
        <translation>Err 320: the balance's program memory is faulty; have the balance serviced.</translation>
    </message>
    <message>
        <source>Err 340: the balance's parameter memory is faulty; have the balance serviced.</source>
        <translation>Err 340: the balance's parameter memory is faulty; have the balance serviced.</translation>
    </message>
    <message>
        <source>Err 341: the balance lost its settings (power backup); check them and adjust the balance.</source>
        <translation>Err 341: the balance lost its settings (power backup); check them and adjust the balance.</translation>
    </message>
    <message>
        <source>Err {code}: see the error list in the balance's manual.</source>
        <translation>Err {code}: see the error list in the balance's manual.</translation>
    </message>
    <message>
        <source>The load is above the balance's capacity (High).</source>
        <translation>The load is above the balance's capacity (High).</translation>
    </message>
    <message>
        <source>The load is below the balance's lower limit; is the pan in place? (Low)</source>
        <translation>The load is below the balance's lower limit; is the pan in place? (Low)</translation>
    </message>
    <message>
        <source>The balance did not settle in time: shield it from draughts and vibration, then weigh again.</source>
        <translation>The balance did not settle in time: shield it from draughts and vibration, then weigh again.</translation>
    </message>
    <message>
        <source>A tare of {value} {unit} cannot be sent: give a number and a unit such as g.</source>
        <translation>A tare of {value} {unit} cannot be sent: give a number and a unit such as g.</translation>
    </message>
    <message>
        <source>The logbook changed while it was being printed; print it again.</source>
        <translation>The logbook changed while it was being printed; print it again.</translation>
    </message>
    <message>
        <source>Instrument {code} registered.</source>
        <translation>Instrument {code} registered.</translation>
    </message>
    <message>
        <source>Driver {driver}, port {port}, line {line}, serial number {serial}, room {room}.</source>
        <translation>Driver {driver}, port {port}, line {line}, serial number {serial}, room {room}.</translation>
    </message>
    <message>
        <source>No serial port found.</source>
        <translation>No serial port found.</translation>
    </message>
    <message>
        <source>--count must be at least 1.</source>
        <translation>--count must be at least 1.</translation>
    </message>
    <message>
        <source>--interval cannot be negative.</source>
        <translation>--interval cannot be negative.</translation>
    </message>
    <message>
        <source>In calibration until {date}.</source>
        <translation>In calibration until {date}.</translation>
    </message>
    <message>
        <source>No instrument registered.</source>
        <translation>No instrument registered.</translation>
    </message>
    <message>
        <source>Withdrawn from use: its readings are not recorded.</source>
        <translation>Withdrawn from use: its readings are not recorded.</translation>
    </message>
    <message>
        <source>Last recorded readings:</source>
        <translation>Last recorded readings:</translation>
    </message>
    <message>
        <source>Simulated {title} running; stop it with Ctrl+C.</source>
        <translation>Simulated {title} running; stop it with Ctrl+C.</translation>
    </message>
    <message>
        <source>{instrument} on {port} ({line}):</source>
        <translation>{instrument} on {port} ({line}):</translation>
    </message>
    <message>
        <source>Calibration overdue since {date}: its readings are not usable as GMP evidence.</source>
        <translation>Calibration overdue since {date}: its readings are not usable as GMP evidence.</translation>
    </message>
    <message>
        <source>No calibration due date: its readings are not usable as GMP evidence.</source>
        <translation>No calibration due date: its readings are not usable as GMP evidence.</translation>
    </message>
    <message>
        <source>{name} must be a number, not {value!r}.</source>
        <translation>{name} must be a number, not {value!r}.</translation>
    </message>
    <message>
        <source>{name} cannot be negative.</source>
        <translation>{name} cannot be negative.</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value!r}.</source>
        <translation>{name} must be a whole number, not {value!r}.</translation>
    </message>
    <message>
        <source>{name} is yes or no, not {value!r}.</source>
        <translation>{name} is yes or no, not {value!r}.</translation>
    </message>
    <message>
        <source>A simulated instrument is overloaded or underloaded, not both.</source>
        <translation>A simulated instrument is overloaded or underloaded, not both.</translation>
    </message>
    <message>
        <source>Write a simulated port as sim://KIND or sim://KIND?value=…, not {port!r}.</source>
        <translation>Write a simulated port as sim://KIND or sim://KIND?value=…, not {port!r}.</translation>
    </message>
    <message>
        <source>Unknown simulated instrument option {name!r}; known: {known}.</source>
        <translation>Unknown simulated instrument option {name!r}; known: {known}.</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dynamic</translation>
    </message>
    <message>
        <source>overload</source>
        <translation>overload</translation>
    </message>
    <message>
        <source>underload</source>
        <translation>underload</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>This database already holds the demo centre; added the simulated instruments {codes}.</source>
        <translation>This database already holds the demo centre; added the simulated instruments {codes}.</translation>
    </message>
    <message>
        <source>Simulated instruments: aptaskil-desk instrument read --port sim://mt-sics --driver mt-sics --count 3</source>
        <translation>Simulated instruments: aptaskil-desk instrument read --port sim://mt-sics --driver mt-sics --count 3</translation>
    </message>
    <message>
        <source>A calibration result is pass or fail.</source>
        <translation>A calibration result is pass or fail.</translation>
    </message>
    <message>
        <source>The calibration day {date} is in the future.</source>
        <translation>The calibration day {date} is in the future.</translation>
    </message>
    <message>
        <source>A passed calibration needs the next due date (or a calibration interval).</source>
        <translation>A passed calibration needs the next due date (or a calibration interval).</translation>
    </message>
    <message>
        <source>The next due date {due} must be after the calibration day {date}.</source>
        <translation>The next due date {due} must be after the calibration day {date}.</translation>
    </message>
    <message>
        <source>Only a failed calibration takes the equipment out of service with its entry.</source>
        <translation>Only a failed calibration takes the equipment out of service with its entry.</translation>
    </message>
    <message>
        <source>{file}, line {line}: not valid TOML: {error}.</source>
        <translation>{file}, line {line}: not valid TOML: {error}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the code {value!r} must be 2 to 32 capital letters, digits or dashes.</source>
        <translation>{file}, line {line}: the code {value!r} must be 2 to 32 capital letters, digits or dashes.</translation>
    </message>
    <message>
        <source>{file}, line {line}: version must be a whole number of at least 1.</source>
        <translation>{file}, line {line}: version must be a whole number of at least 1.</translation>
    </message>
    <message>
        <source>{file}, line {line}: unknown phase {value!r}; use one of: {known}.</source>
        <translation>{file}, line {line}: unknown phase {value!r}; use one of: {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: unknown step kind {value!r}; use one of: {known}.</source>
        <translation>{file}, line {line}: unknown step kind {value!r}; use one of: {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be true or false.</source>
        <translation>{file}, line {line}: {key} must be true or false.</translation>
    </message>
    <message>
        <source>{file}, line {line}: attachment must be "file" or "photo", not {value!r}.</source>
        <translation>{file}, line {line}: attachment must be "file" or "photo", not {value!r}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: unknown instrument driver {value!r}; known: {known}.</source>
        <translation>{file}, line {line}: unknown instrument driver {value!r}; known: {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the {driver} driver does not read {value!r}; it reads: {known}.</source>
        <translation>{file}, line {line}: the {driver} driver does not read {value!r}; it reads: {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the unit {value!r} does not fit {quantity}; use one of: {known}.</source>
        <translation>{file}, line {line}: the unit {value!r} does not fit {quantity}; use one of: {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: give either min/max or target and tolerance, not both.</source>
        <translation>{file}, line {line}: give either min/max or target and tolerance, not both.</translation>
    </message>
    <message>
        <source>{file}, line {line}: target and tolerance go together.</source>
        <translation>{file}, line {line}: target and tolerance go together.</translation>
    </message>
    <message>
        <source>{file}, line {line}: min {min} is above max {max}.</source>
        <translation>{file}, line {line}: min {min} is above max {max}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the tolerance must be more than 0, not {value}.</source>
        <translation>{file}, line {line}: the tolerance must be more than 0, not {value}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: a choice step needs at least 2 options, each {{ id = …, fr = …, en = …, nl = … }}.</source>
        <translation>{file}, line {line}: a choice step needs at least 2 options, each {{ id = …, fr = …, en = …, nl = … }}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: acceptable must name at least one option.</source>
        <translation>{file}, line {line}: acceptable must name at least one option.</translation>
    </message>
    <message>
        <source>{file}, line {line}: prerequisite cycle: {cycle}; a step can only wait for earlier steps.</source>
        <translation>{file}, line {line}: prerequisite cycle: {cycle}; a step can only wait for earlier steps.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be a non-empty text.</source>
        <translation>{file}, line {line}: {key} must be a non-empty text.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} = {value!r}: use lower-case letters, digits and _, starting with a letter (at most 64).</source>
        <translation>{file}, line {line}: {key} = {value!r}: use lower-case letters, digits and _, starting with a letter (at most 64).</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be a list of texts.</source>
        <translation>{file}, line {line}: {key} must be a list of texts.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be a non-empty list of tables ([[{key}]]).</source>
        <translation>{file}, line {line}: {key} must be a non-empty list of tables ([[{key}]]).</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be a number.</source>
        <translation>{file}, line {line}: {key} must be a number.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must give the text in fr, en and nl ({key}.fr = …, {key}.en = …, {key}.nl = …).</source>
        <translation>{file}, line {line}: {key} must give the text in fr, en and nl ({key}.fr = …, {key}.en = …, {key}.nl = …).</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} needs its text in fr, en and nl; missing: {missing}.</source>
        <translation>{file}, line {line}: {key} needs its text in fr, en and nl; missing: {missing}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key!r} does not apply to a {kind} step.</source>
        <translation>{file}, line {line}: {key!r} does not apply to a {kind} step.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {value!r} is not a file extension (lower-case letters and digits, without the dot).</source>
        <translation>{file}, line {line}: {value!r} is not a file extension (lower-case letters and digits, without the dot).</translation>
    </message>
    <message>
        <source>{file}, line {line}: an instrument step needs an acceptance range (min and/or max, or target and tolerance).</source>
        <translation>{file}, line {line}: an instrument step needs an acceptance range (min and/or max, or target and tolerance).</translation>
    </message>
    <message>
        <source>{file}, line {line}: {value!r} is not one of the options of this step.</source>
        <translation>{file}, line {line}: {value!r} is not one of the options of this step.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the id {value!r} is already used at line {first}.</source>
        <translation>{file}, line {line}: the id {value!r} is already used at line {first}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: unknown key {key!r} here; expected: {known}.</source>
        <translation>{file}, line {line}: unknown key {key!r} here; expected: {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key!r} is missing; it is required here.</source>
        <translation>{file}, line {line}: {key!r} is missing; it is required here.</translation>
    </message>
    <message>
        <source>{file}, line {line}: prerequisite {value!r} is not a step of this template.</source>
        <translation>{file}, line {line}: prerequisite {value!r} is not a step of this template.</translation>
    </message>
    <message>
        <source>{file}, line {line}: prerequisite {value!r} comes later in the protocol; a step can only wait for earlier steps.</source>
        <translation>{file}, line {line}: prerequisite {value!r} comes later in the protocol; a step can only wait for earlier steps.</translation>
    </message>
    <message>
        <source>No value entered.</source>
        <translation>No value entered.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} is not a number.</translation>
    </message>
    <message>
        <source>{value} is not a valid answer to this step.</source>
        <translation>{value} is not a valid answer to this step.</translation>
    </message>
    <message>
        <source>{value} {unit} is below the minimum of {min} {unit}.</source>
        <translation>{value} {unit} is below the minimum of {min} {unit}.</translation>
    </message>
    <message>
        <source>{value} {unit} is above the maximum of {max} {unit}.</source>
        <translation>{value} {unit} is above the maximum of {max} {unit}.</translation>
    </message>
    <message>
        <source>{value} {unit} is outside {target} ± {tolerance} {unit}.</source>
        <translation>{value} {unit} is outside {target} ± {tolerance} {unit}.</translation>
    </message>
    <message>
        <source>Not confirmed: the requirement of this step is not met.</source>
        <translation>Not confirmed: the requirement of this step is not met.</translation>
    </message>
    <message>
        <source>{value} is not one of the options.</source>
        <translation>{value} is not one of the options.</translation>
    </message>
    <message>
        <source>{option} is not an acceptable result.</source>
        <translation>{option} is not an acceptable result.</translation>
    </message>
    <message>
        <source>The value is in {unit}; this step expects {expected}.</source>
        <translation>The value is in {unit}; this step expects {expected}.</translation>
    </message>
    <message>
        <source>A .{extension} file is not accepted here; accepted: {accepted}.</source>
        <translation>A .{extension} file is not accepted here; accepted: {accepted}.</translation>
    </message>
    <message>
        <source>A checklist needs at least one step.</source>
        <translation>A checklist needs at least one step.</translation>
    </message>
    <message>
        <source>Enter a value for step {step}.</source>
        <translation>Enter a value for step {step}.</translation>
    </message>
    <message>
        <source>Step {step} already has a value; give the reason for the correction.</source>
        <translation>Step {step} already has a value; give the reason for the correction.</translation>
    </message>
    <message>
        <source>A deviation needs a description, its impact and the action.</source>
        <translation>A deviation needs a description, its impact and the action.</translation>
    </message>
    <message>
        <source>Deviation {number} does not exist on this checklist.</source>
        <translation>Deviation {number} does not exist on this checklist.</translation>
    </message>
    <message>
        <source>Deviation {number} is already closed.</source>
        <translation>Deviation {number} is already closed.</translation>
    </message>
    <message>
        <source>Say how deviation {number} was resolved.</source>
        <translation>Say how deviation {number} was resolved.</translation>
    </message>
    <message>
        <source>Only a checklist in progress can be signed as executed.</source>
        <translation>Only a checklist in progress can be signed as executed.</translation>
    </message>
    <message>
        <source>Only a checklist signed as executed can be reviewed.</source>
        <translation>Only a checklist signed as executed can be reviewed.</translation>
    </message>
    <message>
        <source>Only a reviewed checklist can be approved.</source>
        <translation>Only a reviewed checklist can be approved.</translation>
    </message>
    <message>
        <source>Open deviations must be closed before approval: {numbers}.</source>
        <translation>Open deviations must be closed before approval: {numbers}.</translation>
    </message>
    <message>
        <source>{phase} cannot be approved before the approval of {missing} for this equipment.</source>
        <translation>{phase} cannot be approved before the approval of {missing} for this equipment.</translation>
    </message>
    <message>
        <source>Only a checklist signed as executed or reviewed can be rejected.</source>
        <translation>Only a checklist signed as executed or reviewed can be rejected.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>A rejection needs a reason.</translation>
    </message>
    <message>
        <source>{phase} cannot start before the approval of {missing} for this equipment.</source>
        <translation>{phase} cannot start before the approval of {missing} for this equipment.</translation>
    </message>
    <message>
        <source>This checklist is approved and locked; nothing can be changed.</source>
        <translation>This checklist is approved and locked; nothing can be changed.</translation>
    </message>
    <message>
        <source>This checklist is signed; it must be rejected back to in progress before anything is entered.</source>
        <translation>This checklist is signed; it must be rejected back to in progress before anything is entered.</translation>
    </message>
    <message>
        <source>Unknown step {step} in this checklist.</source>
        <translation>Unknown step {step} in this checklist.</translation>
    </message>
    <message>
        <source>Mandatory steps without a value: {steps}.</source>
        <translation>Mandatory steps without a value: {steps}.</translation>
    </message>
    <message>
        <source>Failed steps without a deviation: {steps}.</source>
        <translation>Failed steps without a deviation: {steps}.</translation>
    </message>
    <message>
        <source>{name} entered values or signed this checklist as executed, so cannot review, reject or approve it.</source>
        <translation>{name} entered values or signed this checklist as executed, so cannot review, reject or approve it.</translation>
    </message>
    <message>
        <source>Only QA may approve a checklist or reject a reviewed one.</source>
        <translation>Only QA may approve a checklist or reject a reviewed one.</translation>
    </message>
    <message>
        <source>Step {step} appears twice in this checklist.</source>
        <translation>Step {step} appears twice in this checklist.</translation>
    </message>
    <message>
        <source>Unknown signature meaning {meaning}; use executed, reviewed, approved or rejected.</source>
        <translation>Unknown signature meaning {meaning}; use executed, reviewed, approved or rejected.</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Executed</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text (byte {position}); save the file as UTF-8.</source>
        <translation>{file}: not UTF-8 text (byte {position}); save the file as UTF-8.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} is already stored with other content; raise the version to import a change.</source>
        <translation>{file}: {code} version {version} is already stored with other content; raise the version to import a change.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} is older than the latest stored version {latest}; raise the version above {latest}.</source>
        <translation>{file}: {code} version {version} is older than the latest stored version {latest}; raise the version above {latest}.</translation>
    </message>
    <message>
        <source>No checklist template {code!r}.</source>
        <translation>No checklist template {code!r}.</translation>
    </message>
    <message>
        <source>No version {version} of checklist template {code!r}.</source>
        <translation>No version {version} of checklist template {code!r}.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>not approved</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} file(s) to fix first.</source>
        <translation>Nothing was imported: {n} file(s) to fix first.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} is already stored with this content; nothing to import.</source>
        <translation>{file}: {code} version {version} is already stored with this content; nothing to import.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} imported; it supersedes version {old}. QA must approve it before use.</source>
        <translation>{file}: {code} version {version} imported; it supersedes version {old}. QA must approve it before use.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} imported. QA must approve it before use.</source>
        <translation>{file}: {code} version {version} imported. QA must approve it before use.</translation>
    </message>
    <message>
        <source>No checklist template is stored yet: import one with 'checklist import FILE'.</source>
        <translation>No checklist template is stored yet: import one with 'checklist import FILE'.</translation>
    </message>
    <message>
        <source>Checklists are executed and signed by a named staff member (use --as LOGIN).</source>
        <translation>Checklists are executed and signed by a named staff member (use --as LOGIN).</translation>
    </message>
    <message>
        <source>No attachment {sha256}.</source>
        <translation>No attachment {sha256}.</translation>
    </message>
    <message>
        <source>No checklist execution {id}.</source>
        <translation>No checklist execution {id}.</translation>
    </message>
    <message>
        <source>Only QA may approve a checklist template.</source>
        <translation>Only QA may approve a checklist template.</translation>
    </message>
    <message>
        <source>Step {step} does not take a file.</source>
        <translation>Step {step} does not take a file.</translation>
    </message>
    <message>
        <source>Step {step} does not take an instrument reading.</source>
        <translation>Step {step} does not take an instrument reading.</translation>
    </message>
    <message>
        <source>Step {step} is answered yes or no, not {value!r}.</source>
        <translation>Step {step} is answered yes or no, not {value!r}.</translation>
    </message>
    <message>
        <source>Step {step} reads a {driver} instrument; {code} is a {actual}.</source>
        <translation>Step {step} reads a {driver} instrument; {code} is a {actual}.</translation>
    </message>
    <message>
        <source>Step {step} takes a file or a photo.</source>
        <translation>Step {step} takes a file or a photo.</translation>
    </message>
    <message>
        <source>Step {step} takes a reading from an instrument, not a typed value.</source>
        <translation>Step {step} takes a reading from an instrument, not a typed value.</translation>
    </message>
    <message>
        <source>Step {step} waits for {steps}.</source>
        <translation>Step {step} waits for {steps}.</translation>
    </message>
    <message>
        <source>{code} is for equipment of type {wanted}; {equipment} is of type {actual}.</source>
        <translation>{code} is for equipment of type {wanted}; {equipment} is of type {actual}.</translation>
    </message>
    <message>
        <source>{code} is not calibrated (due {due}): its readings cannot serve as evidence. Nothing was stored.</source>
        <translation>{code} is not calibrated (due {due}): its readings cannot serve as evidence. Nothing was stored.</translation>
    </message>
    <message>
        <source>{code} version {version} is already approved.</source>
        <translation>{code} version {version} is already approved.</translation>
    </message>
    <message>
        <source>{code} version {version} is not approved by QA yet: it cannot be executed.</source>
        <translation>{code} version {version} is not approved by QA yet: it cannot be executed.</translation>
    </message>
    <message>
        <source>{code} version {version} is superseded by a later version: approve that one.</source>
        <translation>{code} version {version} is superseded by a later version: approve that one.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} is empty.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} is larger than {limit} MB.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>A file</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>A photo</translation>
    </message>
    <message>
        <source>Acceptable: {options}</source>
        <translation>Acceptable: {options}</translation>
    </message>
    <message>
        <source>Acceptance criterion</source>
        <translation>Acceptance criterion</translation>
    </message>
    <message>
        <source>Action: {text}</source>
        <translation>Action: {text}</translation>
    </message>
    <message>
        <source>Attachment {name}, {size} bytes, SHA-256 {sha256}</source>
        <translation>Attachment {name}, {size} bytes, SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>CHANGED AFTER FIRST ENTRY</source>
        <translation>CHANGED AFTER FIRST ENTRY</translation>
    </message>
    <message>
        <source>Checklist record</source>
        <translation>Checklist record</translation>
    </message>
    <message>
        <source>Checklist record {code} — {equipment} — {id}</source>
        <translation>Checklist record {code} — {equipment} — {id}</translation>
    </message>
    <message>
        <source>Checklist record {id} written to {path}: {pages} pages.</source>
        <translation>Checklist record {id} written to {path}: {pages} pages.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>Confirmed (Yes)</source>
        <translation>Confirmed (Yes)</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>Corrected by</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Description, impact, action</source>
        <translation>Description, impact, action</translation>
    </message>
    <message>
        <source>Description: {text}</source>
        <translation>Description: {text}</translation>
    </message>
    <message>
        <source>Deviation {number} raised on this step ({state}): see Deviations.</source>
        <translation>Deviation {number} raised on this step ({state}): see Deviations.</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Deviations</translation>
    </message>
    <message>
        <source>Electronic signatures</source>
        <translation>Electronic signatures</translation>
    </message>
    <message>
        <source>End of the record.</source>
        <translation>End of the record.</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Evidence of the old value:</source>
        <translation>Evidence of the old value:</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Impact: {text}</source>
        <translation>Impact: {text}</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Instrument {code} — {name}, serial number {serial}, calibration due {due}.</source>
        <translation>Instrument {code} — {name}, serial number {serial}, calibration due {due}.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No deviation was raised.</source>
        <translation>No deviation was raised.</translation>
    </message>
    <message>
        <source>No longer matches the record: {what}. The record was changed after this signature, or the signature was copied from another record.</source>
        <translation>No longer matches the record: {what}. The record was changed after this signature, or the signature was copied from another record.</translation>
    </message>
    <message>
        <source>No value entered</source>
        <translation>No value entered</translation>
    </message>
    <message>
        <source>No value entered (optional step)</source>
        <translation>No value entered (optional step)</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Not signed yet.</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OPEN</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Printed name</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>Raw reply: {text} (hex {hex})</source>
        <translation>Raw reply: {text} (hex {hex})</translation>
    </message>
    <message>
        <source>Reading {uuid} of {when}: {value} {unit}, {status}; reported by {identity}.</source>
        <translation>Reading {uuid} of {when}: {value} {unit}, {status}; reported by {identity}.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason for the rejection: {reason}</source>
        <translation>Reason for the rejection: {reason}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Record {id}</translation>
    </message>
    <message>
        <source>Recorded after the approval: {what}.</source>
        <translation>Recorded after the approval: {what}.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Signature (SHA-256)</source>
        <translation>Signature (SHA-256)</translation>
    </message>
    <message>
        <source>Signed electronically with each signer's own password (21 CFR Part 11, EU GMP Annex 11). Each signature is bound by its hash to the record as it stood when signed.</source>
        <translation>Signed electronically with each signer's own password (21 CFR Part 11, EU GMP Annex 11). Each signature is bound by its hash to the record as it stood when signed.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>TRAINING</translation>
    </message>
    <message>
        <source>TRAINING — practice record: not a GMP record, the equipment's status is not changed</source>
        <translation>TRAINING — practice record: not a GMP record, the equipment's status is not changed</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>This signature no longer matches the record.</source>
        <translation>This signature no longer matches the record.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>WARNING — signature verification failed: this record is not what was signed.</source>
        <translation>WARNING — signature verification failed: this record is not what was signed.</translation>
    </message>
    <message>
        <source>Warning: {count} signature problems found; the PDF says which.</source>
        <translation>Warning: {count} signature problems found; the PDF says which.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Yes — not a GMP record</source>
        <translation>Yes — not a GMP record</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>corrected — version {version}</source>
        <translation>corrected — version {version}</translation>
    </message>
    <message>
        <source>deviation {number} by {name}, {when}</source>
        <translation>deviation {number} by {name}, {when}</translation>
    </message>
    <message>
        <source>event {seq}</source>
        <translation>event {seq}</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercise</translation>
    </message>
    <message>
        <source>live reading ({driver})</source>
        <translation>live reading ({driver})</translation>
    </message>
    <message>
        <source>not stable</source>
        <translation>not stable</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>routine check</source>
        <translation>routine check</translation>
    </message>
    <message>
        <source>the closure of deviation {number} by {name}, {when}</source>
        <translation>the closure of deviation {number} by {name}, {when}</translation>
    </message>
    <message>
        <source>the signature “{meaning}” of {name}, {when}</source>
        <translation>the signature “{meaning}” of {name}, {when}</translation>
    </message>
    <message>
        <source>the value of step {step} (version {version}) by {name}, {when}</source>
        <translation>the value of step {step} (version {version}) by {name}, {when}</translation>
    </message>
    <message>
        <source>{code}, version {version}</source>
        <translation>{code}, version {version}</translation>
    </message>
    <message>
        <source>{count} values were entered again after their first entry. The first values stay on record; each correction is listed below with the old and the new value, the reason, who corrected it and when.</source>
        <translation>{count} values were entered again after their first entry. The first values stay on record; each correction is listed below with the old and the new value, the reason, who corrected it and when.</translation>
    </message>
    <message>
        <source>{steps} steps: {entered} with a value, {failed} failed, {missing} mandatory without a value. Deviations: {deviations}, open: {open}.</source>
        <translation>{steps} steps: {entered} with a value, {failed} failed, {missing} mandatory without a value. Deviations: {deviations}, open: {open}.</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ passed</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ failed</translation>
    </message>
    <message>
        <source>● not evaluated</source>
        <translation>● not evaluated</translation>
    </message>
    <message>
        <source>○ no value</source>
        <translation>○ no value</translation>
    </message>
    <message>
        <source>Password of {login}: </source>
        <translation>Password of {login}: </translation>
    </message>
    <message>
        <source>Checklist {code} v{version} on {equipment} ({name}): record {id}.</source>
        <translation>Checklist {code} v{version} on {equipment} ({name}): record {id}.</translation>
    </message>
    <message>
        <source>Phase {phase}, state: {state}{training}.</source>
        <translation>Phase {phase}, state: {state}{training}.</translation>
    </message>
    <message>
        <source>{passed} passed, {failed} failed, {not_evaluated} not evaluated, {empty} without a value.</source>
        <translation>{passed} passed, {failed} failed, {not_evaluated} not evaluated, {empty} without a value.</translation>
    </message>
    <message>
        <source>Deviation {number} on step {step} is open: {description}</source>
        <translation>Deviation {number} on step {step} is open: {description}</translation>
    </message>
    <message>
        <source>Signed by {name} on {at}, meaning: {meaning}.</source>
        <translation>Signed by {name} on {at}, meaning: {meaning}.</translation>
    </message>
    <message>
        <source>{equipment} is now qualified for {phase}; the logbook records it.</source>
        <translation>{equipment} is now qualified for {phase}; the logbook records it.</translation>
    </message>
    <message>
        <source>No checklist execution yet.</source>
        <translation>No checklist execution yet.</translation>
    </message>
    <message>
        <source>{title}. Started on {at} by {name}.</source>
        <translation>{title}. Started on {at} by {name}.</translation>
    </message>
    <message>
        <source>Values were changed after their first entry: every version is kept below.</source>
        <translation>Values were changed after their first entry: every version is kept below.</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Values:</translation>
    </message>
    <message>
        <source>Deviations:</source>
        <translation>Deviations:</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Signatures:</translation>
    </message>
    <message>
        <source>Impact: {impact} — action: {action}</source>
        <translation>Impact: {impact} — action: {action}</translation>
    </message>
    <message>
        <source>Open.</source>
        <translation>Open.</translation>
    </message>
    <message>
        <source>Closed by {name} on {at}: {resolution}</source>
        <translation>Closed by {name} on {at}: {resolution}</translation>
    </message>
    <message>
        <source>Deviation {number} closed.</source>
        <translation>Deviation {number} closed.</translation>
    </message>
    <message>
        <source>Checklist execution {id}: signature {seq} no longer matches what it signed (altered or copied).</source>
        <translation>Checklist execution {id}: signature {seq} no longer matches what it signed (altered or copied).</translation>
    </message>
    <message>
        <source>Checklist execution {id}: event {seq} was recorded after the approval.</source>
        <translation>Checklist execution {id}: event {seq} was recorded after the approval.</translation>
    </message>
    <message>
        <source>{code} version {version} approved by {name} on {at}; it can now be executed.</source>
        <translation>{code} version {version} approved by {name} on {at}; it can now be executed.</translation>
    </message>
    <message>
        <source>{file}: {value} is not a number; write numbers with digits.</source>
        <translation>{file}: {value} is not a number; write numbers with digits.</translation>
    </message>
    <message>
        <source>{file}: {key!r} appears twice in one object.</source>
        <translation>{file}: {key!r} appears twice in one object.</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text.</source>
        <translation>{file}: not UTF-8 text.</translation>
    </message>
    <message>
        <source>{file}, line {line}: not valid JSON: {error}.</source>
        <translation>{file}, line {line}: not valid JSON: {error}.</translation>
    </message>
    <message>
        <source>{file}: an answers file is one JSON object with an "answers" object (and an optional "deviations" list).</source>
        <translation>{file}: an answers file is one JSON object with an "answers" object (and an optional "deviations" list).</translation>
    </message>
    <message>
        <source>{file}: unknown key {key!r}; an answers file holds "answers" and "deviations".</source>
        <translation>{file}: unknown key {key!r}; an answers file holds "answers" and "deviations".</translation>
    </message>
    <message>
        <source>{file}: "deviations" must be a list.</source>
        <translation>{file}: "deviations" must be a list.</translation>
    </message>
    <message>
        <source>{file}: deviation {n} needs exactly step, description, impact and action, each a text.</source>
        <translation>{file}: deviation {n} needs exactly step, description, impact and action, each a text.</translation>
    </message>
    <message>
        <source>{file}, step {step}: {problem}</source>
        <translation>{file}, step {step}: {problem}</translation>
    </message>
    <message>
        <source>this step is answered {wanted}.</source>
        <translation>this step is answered {wanted}.</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}.</source>
        <translation>cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <source>a check is answered true or false.</source>
        <translation>a check is answered true or false.</translation>
    </message>
    <message>
        <source>write a number, or the number as text.</source>
        <translation>write a number, or the number as text.</translation>
    </message>
    <message>
        <source>write the answer as text.</source>
        <translation>write the answer as text.</translation>
    </message>
    <message>
        <source>Step {step}: {code} is withdrawn from use; it cannot be read.</source>
        <translation>Step {step}: {code} is withdrawn from use; it cannot be read.</translation>
    </message>
    <message>
        <source>Step {step}: {code} is not calibrated (due {due}); its readings cannot serve as evidence. Nothing was stored.</source>
        <translation>Step {step}: {code} is not calibrated (due {due}); its readings cannot serve as evidence. Nothing was stored.</translation>
    </message>
    <message>
        <source>Step {step}: {code} has no serial port in the register.</source>
        <translation>Step {step}: {code} has no serial port in the register.</translation>
    </message>
    <message>
        <source>{file}: unknown step {step} in {code}; its steps are: {steps}.</source>
        <translation>{file}: unknown step {step} in {code}; its steps are: {steps}.</translation>
    </message>
    <message>
        <source>Step {step}: reading {code}…</source>
        <translation>Step {step}: reading {code}…</translation>
    </message>
    <message>
        <source>Checklist recorded.</source>
        <translation>Checklist recorded.</translation>
    </message>
    <message>
        <source>Checklist signatures intact.</source>
        <translation>Checklist signatures intact.</translation>
    </message>
    <message>
        <source>{instrument} gave no stable reading in {attempts} attempt(s) within {seconds:g} s (last: {last}). Check the instrument and its surroundings, then try again.</source>
        <translation>{instrument} gave no stable reading in {attempts} attempt(s) within {seconds:g} s (last: {last}). Check the instrument and its surroundings, then try again.</translation>
    </message>
    <message>
        <source>A {driver} instrument does not read {quantity}.</source>
        <translation>A {driver} instrument does not read {quantity}.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>No session (unscheduled check-ins)</source>
        <translation>No session (unscheduled check-ins)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{n} learners</source>
        <translation>{n} learners</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>Training hours</translation>
    </message>
    <message>
        <source>Training hours from {start} to {end}, per learner</source>
        <translation>Training hours from {start} to {end}, per learner</translation>
    </message>
    <message>
        <source>Training hours from {start} to {end}, per course</source>
        <translation>Training hours from {start} to {end}, per course</translation>
    </message>
    <message>
        <source>Training hours from {start} to {end}, per category</source>
        <translation>Training hours from {start} to {end}, per category</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>External reference</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Employer or school</source>
        <translation>Employer or school</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Unknown grouping {by!r}: use learner, course or category.</source>
        <translation>Unknown grouping {by!r}: use learner, course or category.</translation>
    </message>
    <message>
        <source>Give the period with --from and --to (YYYY-MM-DD).</source>
        <translation>Give the period with --from and --to (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The report is written as .csv or .xlsx, not {name!r}.</source>
        <translation>The report is written as .csv or .xlsx, not {name!r}.</translation>
    </message>
    <message>
        <source>Training hours from {start} to {end} written to {path}: {rows} rows, {learners} learners, {hours} hours in total.</source>
        <translation>Training hours from {start} to {end} written to {path}: {rows} rows, {learners} learners, {hours} hours in total.</translation>
    </message>
    <message>
        <source>Course {code} created.</source>
        <translation>Course {code} created.</translation>
    </message>
    <message>
        <source>Course {code}: {title} [{family}].</source>
        <translation>Course {code}: {title} [{family}].</translation>
    </message>
    <message>
        <source>Session {code} scheduled: {n} slots from {first} to {last}.</source>
        <translation>Session {code} scheduled: {n} slots from {first} to {last}.</translation>
    </message>
    <message>
        <source>Session {code}: {n} slots from {first} to {last}, room {room}.</source>
        <translation>Session {code}: {n} slots from {first} to {last}, room {room}.</translation>
    </message>
    <message>
        <source>Room: {room}. Instructor: {instructor}.</source>
        <translation>Room: {room}. Instructor: {instructor}.</translation>
    </message>
    <message>
        <source>From {first} to {last}, {n} slots:</source>
        <translation>From {first} to {last}, {n} slots:</translation>
    </message>
    <message>
        <source>Roster: {n} enrolled, {w} withdrawn.</source>
        <translation>Roster: {n} enrolled, {w} withdrawn.</translation>
    </message>
    <message>
        <source>withdrawn on {date}: {reason}</source>
        <translation>withdrawn on {date}: {reason}</translation>
    </message>
    <message>
        <source>Session {code}: {enrolled} enrolled, {reinstated} reinstated, {already} already on the roster.</source>
        <translation>Session {code}: {enrolled} enrolled, {reinstated} reinstated, {already} already on the roster.</translation>
    </message>
    <message>
        <source>{name} withdrawn from session {code}; the roster keeps the entry.</source>
        <translation>{name} withdrawn from session {code}; the roster keeps the entry.</translation>
    </message>
    <message>
        <source>Not a slot: {value!r} (use 2026-12-01 08:30-12:00).</source>
        <translation>Not a slot: {value!r} (use 2026-12-01 08:30-12:00).</translation>
    </message>
    <message>
        <source>A session lasts at most a year.</source>
        <translation>A session lasts at most a year.</translation>
    </message>
    <message>
        <source>Nothing to change: give --title or --family.</source>
        <translation>Nothing to change: give --title or --family.</translation>
    </message>
    <message>
        <source>Give the slots: --slot DATE HH:MM-HH:MM, or --from, --to and --daily HH:MM-HH:MM.</source>
        <translation>Give the slots: --slot DATE HH:MM-HH:MM, or --from, --to and --daily HH:MM-HH:MM.</translation>
    </message>
    <message>
        <source>Nothing to change: give --room, --instructor, --no-instructor, --add-slot or --remove-slot.</source>
        <translation>Nothing to change: give --room, --instructor, --no-instructor, --add-slot or --remove-slot.</translation>
    </message>
    <message>
        <source>Enrol from --csv or from --person/--ref, not both.</source>
        <translation>Enrol from --csv or from --person/--ref, not both.</translation>
    </message>
    <message>
        <source>Schedule imported: {created} sessions created, {added} slots added, {unchanged} already there.</source>
        <translation>Schedule imported: {created} sessions created, {added} slots added, {unchanged} already there.</translation>
    </message>
    <message>
        <source>--daily needs --from and --to.</source>
        <translation>--daily needs --from and --to.</translation>
    </message>
    <message>
        <source>{name} is not on the roster of session {code}.</source>
        <translation>{name} is not on the roster of session {code}.</translation>
    </message>
    <message>
        <source>{name} was already withdrawn from session {code} on {date}.</source>
        <translation>{name} was already withdrawn from session {code} on {date}.</translation>
    </message>
    <message>
        <source>The slots {first} and {second} overlap.</source>
        <translation>The slots {first} and {second} overlap.</translation>
    </message>
    <message>
        <source>A slot needs times with a time zone.</source>
        <translation>A slot needs times with a time zone.</translation>
    </message>
    <message>
        <source>Session {code} has no slot {slot}.</source>
        <translation>Session {code} has no slot {slot}.</translation>
    </message>
    <message>
        <source>The slot {slot} has begun: it can be neither changed nor removed, hours are counted against it.</source>
        <translation>The slot {slot} has begun: it can be neither changed nor removed, hours are counted against it.</translation>
    </message>
    <message>
        <source>A new slot cannot begin in the past ({slot}).</source>
        <translation>A new slot cannot begin in the past ({slot}).</translation>
    </message>
    <message>
        <source>A course title has 1 to 200 characters.</source>
        <translation>A course title has 1 to 200 characters.</translation>
    </message>
    <message>
        <source>Give a new instructor or remove the instructor, not both.</source>
        <translation>Give a new instructor or remove the instructor, not both.</translation>
    </message>
    <message>
        <source>Name at least one learner to enrol.</source>
        <translation>Name at least one learner to enrol.</translation>
    </message>
    <message>
        <source>Name the learner by id or by external reference.</source>
        <translation>Name the learner by id or by external reference.</translation>
    </message>
    <message>
        <source>The file has a header line but no slots.</source>
        <translation>The file has a header line but no slots.</translation>
    </message>
    <message>
        <source>Unreadable time "{value}": write HH:MM (e.g. 08:30).</source>
        <translation>Unreadable time "{value}": write HH:MM (e.g. 08:30).</translation>
    </message>
    <message>
        <source>The slot ends at {end}, not after it starts at {start}.</source>
        <translation>The slot ends at {end}, not after it starts at {start}.</translation>
    </message>
    <message>
        <source>{time} does not exist on {date} in Brussels (the clocks go forward an hour).</source>
        <translation>{time} does not exist on {date} in Brussels (the clocks go forward an hour).</translation>
    </message>
    <message>
        <source>{time} happens twice on {date} in Brussels (the clocks go back an hour): choose another time.</source>
        <translation>{time} happens twice on {date} in Brussels (the clocks go back an hour): choose another time.</translation>
    </message>
    <message>
        <source>Session "{session}" is a session of course "{course}" on line {first_line}.</source>
        <translation>Session "{session}" is a session of course "{course}" on line {first_line}.</translation>
    </message>
    <message>
        <source>Session "{session}" has instructor "{login}" on line {first_line}.</source>
        <translation>Session "{session}" has instructor "{login}" on line {first_line}.</translation>
    </message>
    <message>
        <source>This slot of session "{session}" overlaps the one on line {other_line}.</source>
        <translation>This slot of session "{session}" overlaps the one on line {other_line}.</translation>
    </message>
    <message>
        <source>Name the learners by a column {ref}, or by columns {given}, {family} and {email}.</source>
        <translation>Name the learners by a column {ref}, or by columns {given}, {family} and {email}.</translation>
    </message>
    <message>
        <source>The same learner as on line {first_line}.</source>
        <translation>The same learner as on line {first_line}.</translation>
    </message>
    <message>
        <source>Unknown course "{code}".</source>
        <translation>Unknown course "{code}".</translation>
    </message>
    <message>
        <source>Unknown room "{code}".</source>
        <translation>Unknown room "{code}".</translation>
    </message>
    <message>
        <source>No staff account "{login}".</source>
        <translation>No staff account "{login}".</translation>
    </message>
    <message>
        <source>"{login}" is not an instructor.</source>
        <translation>"{login}" is not an instructor.</translation>
    </message>
    <message>
        <source>Session "{session}" already exists for course "{course}".</source>
        <translation>Session "{session}" already exists for course "{course}".</translation>
    </message>
    <message>
        <source>Session "{session}" already exists with instructor "{login}": change it with "session edit".</source>
        <translation>Session "{session}" already exists with instructor "{login}": change it with "session edit".</translation>
    </message>
    <message>
        <source>Session "{session}" already has this slot, in room "{room}".</source>
        <translation>Session "{session}" already has this slot, in room "{room}".</translation>
    </message>
    <message>
        <source>This slot overlaps the slot {start}–{end} that session "{session}" already has.</source>
        <translation>This slot overlaps the slot {start}–{end} that session "{session}" already has.</translation>
    </message>
    <message>
        <source>Session "{session}" already exists: a new slot cannot start in the past.</source>
        <translation>Session "{session}" already exists: a new slot cannot start in the past.</translation>
    </message>
    <message>
        <source>No learner with reference "{ref}".</source>
        <translation>No learner with reference "{ref}".</translation>
    </message>
    <message>
        <source>No learner {given} {family} with e-mail {email}.</source>
        <translation>No learner {given} {family} with e-mail {email}.</translation>
    </message>
    <message>
        <source>Several learners are {given} {family} with e-mail {email}: use their references.</source>
        <translation>Several learners are {given} {family} with e-mail {email}: use their references.</translation>
    </message>
    <message>
        <source>"{ref}" is a staff member, not a learner.</source>
        <translation>"{ref}" is a staff member, not a learner.</translation>
    </message>
    <message>
        <source>{name} is no longer active.</source>
        <translation>{name} is no longer active.</translation>
    </message>
    <message>
        <source>A course code has 1 to 32 characters, without spaces: {code!r}.</source>
        <translation>A course code has 1 to 32 characters, without spaces: {code!r}.</translation>
    </message>
    <message>
        <source>A session code has 1 to 32 characters, without spaces: {code!r}.</source>
        <translation>A session code has 1 to 32 characters, without spaces: {code!r}.</translation>
    </message>
    <message>
        <source>{code} is not a verification code: check what was typed.</source>
        <translation>{code} is not a verification code: check what was typed.</translation>
    </message>
    <message>
        <source>No printed record has the verification code {code}.</source>
        <translation>No printed record has the verification code {code}.</translation>
    </message>
    <message>
        <source>Total {hours} h of {scheduled} h</source>
        <translation>Total {hours} h of {scheduled} h</translation>
    </message>
    <message>
        <source>Session attendance record</source>
        <translation>Session attendance record</translation>
    </message>
    <message>
        <source>Generated on {when} by {who}</source>
        <translation>Generated on {when} by {who}</translation>
    </message>
    <message>
        <source>Times are Brussels time. Hours count only the time inside the scheduled slots. * marks a time set by a correction; each correction is listed under its day with the original value and the reason. To check this paper against the database: aptaskil-desk report verify {code}</source>
        <translation>Times are Brussels time. Hours count only the time inside the scheduled slots. * marks a time set by a correction; each correction is listed under its day with the original value and the reason. To check this paper against the database: aptaskil-desk report verify {code}</translation>
    </message>
    <message>
        <source>Session attendance record {code}</source>
        <translation>Session attendance record {code}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Flags and corrections</source>
        <translation>Flags and corrections</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Days present</translation>
    </message>
    <message>
        <source>% of scheduled</source>
        <translation>% of scheduled</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Equipment used</source>
        <translation>Equipment used</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Exercise results</source>
        <translation>Exercise results</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>I certify that this record is accurate and complete.</source>
        <translation>I certify that this record is accurate and complete.</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Verification code {code}</source>
        <translation>Verification code {code}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>{dates} ({n} days)</source>
        <translation>{dates} ({n} days)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>{hours} h per learner</source>
        <translation>{hours} h per learner</translation>
    </message>
    <message>
        <source>Session total</source>
        <translation>Session total</translation>
    </message>
    <message>
        <source>No learners on the roster.</source>
        <translation>No learners on the roster.</translation>
    </message>
    <message>
        <source>No equipment use recorded during the session.</source>
        <translation>No equipment use recorded during the session.</translation>
    </message>
    <message>
        <source>No exercise result recorded for the session.</source>
        <translation>No exercise result recorded for the session.</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>not ended</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>no check-out: closed at the end of the day</source>
        <translation>no check-out: closed at the end of the day</translation>
    </message>
    <message>
        <source>no check-out before the next check-in</source>
        <translation>no check-out before the next check-in</translation>
    </message>
    <message>
        <source>check-out with no check-in</source>
        <translation>check-out with no check-in</translation>
    </message>
    <message>
        <source>still checked in</source>
        <translation>still checked in</translation>
    </message>
    <message>
        <source>scan outside any session</source>
        <translation>scan outside any session</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>4–20 mA loop calibration</source>
        <translation>4–20 mA loop calibration</translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation>Balance check</translation>
    </message>
    <message>
        <source>pH meter calibration</source>
        <translation>pH meter calibration</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Not evaluable</source>
        <translation>Not evaluable</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>check-in</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>check-out</translation>
    </message>
    <message>
        <source>Correction: {change}; reason: {reason} ({who}, {when})</source>
        <translation>Correction: {change}; reason: {reason} ({who}, {when})</translation>
    </message>
    <message>
        <source>Scans outside any session: {start}–{end}, not counted for this session</source>
        <translation>Scans outside any session: {start}–{end}, not counted for this session</translation>
    </message>
    <message>
        <source>{kind} {time} added</source>
        <translation>{kind} {time} added</translation>
    </message>
    <message>
        <source>{kind} {time} voided</source>
        <translation>{kind} {time} voided</translation>
    </message>
    <message>
        <source>{old_kind} {old} → {kind} {new}</source>
        <translation>{old_kind} {old} → {kind} {new}</translation>
    </message>
    <message>
        <source>the session itself (course, room, instructor or schedule)</source>
        <translation>the session itself (course, room, instructor or schedule)</translation>
    </message>
    <message>
        <source>{name}: added to the record</source>
        <translation>{name}: added to the record</translation>
    </message>
    <message>
        <source>{name}: no longer on the record</source>
        <translation>{name}: no longer on the record</translation>
    </message>
    <message>
        <source>{name}: name, category or enrolment</source>
        <translation>{name}: name, category or enrolment</translation>
    </message>
    <message>
        <source>{name}, {day}: attendance recorded since</source>
        <translation>{name}, {day}: attendance recorded since</translation>
    </message>
    <message>
        <source>{name}, {day}: attendance no longer on the record</source>
        <translation>{name}, {day}: attendance no longer on the record</translation>
    </message>
    <message>
        <source>{name}, {day}: attendance (times, hours, flags or corrections)</source>
        <translation>{name}, {day}: attendance (times, hours, flags or corrections)</translation>
    </message>
    <message>
        <source>{name}: equipment uses</source>
        <translation>{name}: equipment uses</translation>
    </message>
    <message>
        <source>{name}: exercise results</source>
        <translation>{name}: exercise results</translation>
    </message>
    <message>
        <source>Session record of {code} written to {path}: {learners} learners, {pages} pages; verification code {verification}.</source>
        <translation>Session record of {code} written to {path}: {learners} learners, {pages} pages; verification code {verification}.</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>the record</translation>
    </message>
    <message>
        <source>Record {code} (session {subject}) is unchanged since printing on {when} by {who}.</source>
        <translation>Record {code} (session {subject}) is unchanged since printing on {when} by {who}.</translation>
    </message>
    <message>
        <source>Record {code} (session {subject}) CHANGED since printing on {when} by {who}:</source>
        <translation>Record {code} (session {subject}) CHANGED since printing on {when} by {who}:</translation>
    </message>
    <message>
        <source>withdrawn on {day}</source>
        <translation>withdrawn on {day}</translation>
    </message>
    <message>
        <source>Only a training execution names a learner who practises: start it in training mode.</source>
        <translation>Only a training execution names a learner who practises: start it in training mode.</translation>
    </message>
    <message>
        <source>{name} is a staff member, not a learner: only a learner practises in training.</source>
        <translation>{name} is a staff member, not a learner: only a learner practises in training.</translation>
    </message>
    <message>
        <source>--trainee names the learner who practises a training execution: add --training.</source>
        <translation>--trainee names the learner who practises a training execution: add --training.</translation>
    </message>
    <message>
        <source>Practised by {trainee}, supervised by {supervisor}.</source>
        <translation>Practised by {trainee}, supervised by {supervisor}.</translation>
    </message>
    <message>
        <source>practised by {trainee}</source>
        <translation>practised by {trainee}</translation>
    </message>
    <message>
        <source>Training — practised by {trainee}, supervised by {supervisor}</source>
        <translation>Training — practised by {trainee}, supervised by {supervisor}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>left early</translation>
    </message>
    <message>
        <source>A kiosk for terminal {terminal} is already running on this computer (process {pid}). Use that one, or close it before starting another.</source>
        <translation>A kiosk for terminal {terminal} is already running on this computer (process {pid}). Use that one, or close it before starting another.</translation>
    </message>
    <message>
        <source>The copy FAILED its checks and was deleted: no backup was written. Run db check on the database.</source>
        <translation>The copy FAILED its checks and was deleted: no backup was written. Run db check on the database.</translation>
    </message>
    <message>
        <source>Backup written to {path}: {mb} MB, schema {schema}, {rows} audit rows verified, in {seconds} s.</source>
        <translation>Backup written to {path}: {mb} MB, schema {schema}, {rows} audit rows verified, in {seconds} s.</translation>
    </message>
    <message>
        <source>PostgreSQL dump (pg_dump, custom format) written to {path}: {mb} MB, schema {schema}, {rows} audit rows, in {seconds} s. It was not restored here: test it with db restore into an empty database. A whole server is backed up with pg_basebackup (docs/operations.md).</source>
        <translation>PostgreSQL dump (pg_dump, custom format) written to {path}: {mb} MB, schema {schema}, {rows} audit rows, in {seconds} s. It was not restored here: test it with db restore into an empty database. A whole server is backed up with pg_basebackup (docs/operations.md).</translation>
    </message>
    <message>
        <source>Schema upgraded from {before}.</source>
        <translation>Schema upgraded from {before}.</translation>
    </message>
    <message>
        <source>Restored into {target}; it passes db check.</source>
        <translation>Restored into {target}; it passes db check.</translation>
    </message>
    <message>
        <source>The restored database {target} FAILS db check: do not put it into service.</source>
        <translation>The restored database {target} FAILS db check: do not put it into service.</translation>
    </message>
    <message>
        <source>The restored copy FAILS db check: nothing was written to {target}.</source>
        <translation>The restored copy FAILS db check: nothing was written to {target}.</translation>
    </message>
    <message>
        <source>{path} already exists: a backup never overwrites a file. Choose a new name.</source>
        <translation>{path} already exists: a backup never overwrites a file. Choose a new name.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>There is no SQLite database at {path}.</source>
        <translation>There is no SQLite database at {path}.</translation>
    </message>
    <message>
        <source>This database has no schema yet: there is nothing to back up.</source>
        <translation>This database has no schema yet: there is nothing to back up.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>There is no backup file at {path}.</translation>
    </message>
    <message>
        <source>{path} is neither a SQLite backup nor a pg_dump archive (custom format).</source>
        <translation>{path} is neither a SQLite backup nor a pg_dump archive (custom format).</translation>
    </message>
    <message>
        <source>A {kind} backup restores only into a {kind} database; {url} is not one.</source>
        <translation>A {kind} backup restores only into a {kind} database; {url} is not one.</translation>
    </message>
    <message>
        <source>{path} already exists: a restore never overwrites a database. Give a new file name.</source>
        <translation>{path} already exists: a restore never overwrites a database. Give a new file name.</translation>
    </message>
    <message>
        <source>SQLite left a WAL file beside {path}; the restore was not finished.</source>
        <translation>SQLite left a WAL file beside {path}; the restore was not finished.</translation>
    </message>
    <message>
        <source>The database {url} is not empty ({n} tables, sequences or functions): a restore goes only into a new, empty database (createdb).</source>
        <translation>The database {url} is not empty ({n} tables, sequences or functions): a restore goes only into a new, empty database (createdb).</translation>
    </message>
    <message>
        <source>{tool} was not found on this computer (PATH): install the PostgreSQL client tools, of the server's major version or newer; see docs/operations.md.</source>
        <translation>{tool} was not found on this computer (PATH): install the PostgreSQL client tools, of the server's major version or newer; see docs/operations.md.</translation>
    </message>
    <message>
        <source>{tool} failed: {detail}</source>
        <translation>{tool} failed: {detail}</translation>
    </message>
    <message>
        <source>SQLite could not copy {path}: {detail}</source>
        <translation>SQLite could not copy {path}: {detail}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
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
        <translation>File size</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>No serial port found on this computer.</source>
        <translation>No serial port found on this computer.</translation>
    </message>
    <message>
        <source>No: {detail}</source>
        <translation>No: {detail}</translation>
    </message>
    <message>
        <source>None: the log folder cannot be written</source>
        <translation>None: the log folder cannot be written</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Reachable</translation>
    </message>
    <message>
        <source>Registered, in no room</source>
        <translation>Registered, in no room</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Response time</translation>
    </message>
    <message>
        <source>Running as</source>
        <translation>Running as</translation>
    </message>
    <message>
        <source>Serial ports of this computer</source>
        <translation>Serial ports of this computer</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>The ports cannot be listed: {detail}</source>
        <translation>The ports cannot be listed: {detail}</translation>
    </message>
    <message>
        <source>The register cannot be read: {detail}</source>
        <translation>The register cannot be read: {detail}</translation>
    </message>
    <message>
        <source>Unknown: the database cannot be read</source>
        <translation>Unknown: the database cannot be read</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>aptaskil-desk diagnostics — terminal {terminal} — {at}</source>
        <translation>aptaskil-desk diagnostics — terminal {terminal} — {at}</translation>
    </message>
    <message>
        <source>calibration overdue since {date}</source>
        <translation>calibration overdue since {date}</translation>
    </message>
    <message>
        <source>driver's line settings</source>
        <translation>driver's line settings</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>in calibration until {date}</source>
        <translation>in calibration until {date}</translation>
    </message>
    <message>
        <source>no calibration date</source>
        <translation>no calibration date</translation>
    </message>
    <message>
        <source>no port</source>
        <translation>no port</translation>
    </message>
    <message>
        <source>room {room}</source>
        <translation>room {room}</translation>
    </message>
    <message>
        <source>serial number {number}</source>
        <translation>serial number {number}</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>{ms} ms for a trivial query</source>
        <translation>{ms} ms for a trivial query</translation>
    </message>
    <message>
        <source>{path} (not found: defaults and environment only)</source>
        <translation>{path} (not found: defaults and environment only)</translation>
    </message>
    <message>
        <source>{rows} rows</source>
        <translation>{rows} rows</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{version} (up to date)</source>
        <translation>{version} (up to date)</translation>
    </message>
    <message>
        <source>{version}; this program needs {head}</source>
        <translation>{version}; this program needs {head}</translation>
    </message>
    <message>
        <source>Does not work: {detail}</source>
        <translation>Does not work: {detail}</translation>
    </message>
    <message>
        <source>Drawn page</source>
        <translation>Drawn page</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Qt platform</translation>
    </message>
    <message>
        <source>Qt's PDF module cannot be loaded: {detail}</source>
        <translation>Qt's PDF module cannot be loaded: {detail}</translation>
    </message>
    <message>
        <source>QtPdf cannot open a PDF made here: {error}</source>
        <translation>QtPdf cannot open a PDF made here: {error}</translation>
    </message>
    <message>
        <source>QtPdf opened the PDF but drew a blank page</source>
        <translation>QtPdf opened the PDF but drew a blank page</translation>
    </message>
    <message>
        <source>QtPdf reads {pages} pages in a one-page PDF</source>
        <translation>QtPdf reads {pages} pages in a one-page PDF</translation>
    </message>
    <message>
        <source>The PDF preview does NOT work on this computer: {detail}. Records cannot be previewed or printed from the kiosk here.</source>
        <translation>The PDF preview does NOT work on this computer: {detail}. Records cannot be previewed or printed from the kiosk here.</translation>
    </message>
    <message>
        <source>The database cannot be reached: {detail}</source>
        <translation>The database cannot be reached: {detail}</translation>
    </message>
    <message>
        <source>The instrument register cannot be read: {detail}</source>
        <translation>The instrument register cannot be read: {detail}</translation>
    </message>
    <message>
        <source>The serial ports cannot be listed: {detail}</source>
        <translation>The serial ports cannot be listed: {detail}</translation>
    </message>
    <message>
        <source>Works: a one-page PDF opened by QtPdf and drawn</source>
        <translation>Works: a one-page PDF opened by QtPdf and drawn</translation>
    </message>
    <message>
        <source>{width} × {height} pixels, {ink} % ink</source>
        <translation>{width} × {height} pixels, {ink} % ink</translation>
    </message>
    <message>
        <source>These findings were accepted by {who} on {when} (incident {id}): recording continues.</source>
        <translation>These findings were accepted by {who} on {when} (incident {id}): recording continues.</translation>
    </message>
    <message>
        <source>The incident could not be recorded ({why}): call IT support.</source>
        <translation>The incident could not be recorded ({why}): call IT support.</translation>
    </message>
    <message>
        <source>No integrity incidents.</source>
        <translation>No integrity incidents.</translation>
    </message>
    <message>
        <source>{id}  {when}  {terminal}  OPEN  {failed}</source>
        <translation>{id}  {when}  {terminal}  OPEN  {failed}</translation>
    </message>
    <message>
        <source>{id}  {when}  {terminal}  resolved by {who} on {resolved}: {note}  ({failed})</source>
        <translation>{id}  {when}  {terminal}  resolved by {who} on {resolved}: {note}  ({failed})</translation>
    </message>
    <message>
        <source>Incident {id} resolved by {who}: recording resumes.</source>
        <translation>Incident {id} resolved by {who}: recording resumes.</translation>
    </message>
    <message>
        <source>Unknown check source {source!r}.</source>
        <translation>Unknown check source {source!r}.</translation>
    </message>
    <message>
        <source>the database schema is not at this program's version</source>
        <translation>the database schema is not at this program's version</translation>
    </message>
    <message>
        <source>Say what was found and done (at least {n} characters).</source>
        <translation>Say what was found and done (at least {n} characters).</translation>
    </message>
    <message>
        <source>No integrity incident {id}.</source>
        <translation>No integrity incident {id}.</translation>
    </message>
    <message>
        <source>Incident {id} was already resolved by {who}.</source>
        <translation>Incident {id} was already resolved by {who}.</translation>
    </message>
    <message>
        <source>Incident {id} raised: nothing can be recorded until QA resolves it (db resolve-incident).</source>
        <translation>Incident {id} raised: nothing can be recorded until QA resolves it (db resolve-incident).</translation>
    </message>
    <message>
        <source>Incident {id} (raised {when} on {terminal}) is still open: nothing can be recorded until QA resolves it.</source>
        <translation>Incident {id} (raised {when} on {terminal}) is still open: nothing can be recorded until QA resolves it.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the database check found a problem on this terminal. Tell your instructor (who can add your scan later) and IT support.</source>
        <translation>Nothing was recorded: the database check found a problem on this terminal. Tell your instructor (who can add your scan later) and IT support.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the database check found a problem (incident {id}, terminal {terminal}) and recording is stopped until quality assurance has resolved it. Tell your instructor, who can add your scan later.</source>
        <translation>Nothing was recorded: the database check found a problem (incident {id}, terminal {terminal}) and recording is stopped until quality assurance has resolved it. Tell your instructor, who can add your scan later.</translation>
    </message>
    <message>
        <source>Check completed</source>
        <translation>Check completed</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {n}).</source>
        <translation>The note is too long ({length} characters; at most {n}).</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Database check</translation>
    </message>
    <message>
        <source>Not run since the kiosk started.</source>
        <translation>Not run since the kiosk started.</translation>
    </message>
    <message>
        <source>Passed at {time}</source>
        <translation>Passed at {time}</translation>
    </message>
    <message>
        <source>FAILED at {time}</source>
        <translation>FAILED at {time}</translation>
    </message>
</context>
</TS>
