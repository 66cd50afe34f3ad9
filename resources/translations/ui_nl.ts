<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>KioskIdleScreen</name>
    <message>
        <source>Scan your badge</source>
        <translation>Scan uw badge</translation>
    </message>
    <message>
        <source>Hold the QR code of your badge under the reader.</source>
        <translation>Houd de QR-code van uw badge onder de lezer.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Staff: unlock the staff area</source>
        <translation>Personeel: de personeelsruimte ontgrendelen</translation>
    </message>
    <message>
        <source>Now in this room</source>
        <translation>Nu in dit lokaal</translation>
    </message>
    <message>
        <source>No session is running in this room right now.</source>
        <translation>Er loopt momenteel geen sessie in dit lokaal.</translation>
    </message>
    <message>
        <source>Unexpected error; the details are in the log.</source>
        <translation>Onverwachte fout; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>This terminal has no room</source>
        <translation>Deze terminal staat in geen enkel lokaal</translation>
    </message>
    <message>
        <source>This terminal is not registered</source>
        <translation>Deze terminal is niet geregistreerd</translation>
    </message>
    <message>
        <source>Cannot load this room's sessions: {detail} Trying again automatically.</source>
        <translation>De sessies van dit lokaal kunnen niet worden geladen: {detail} Er wordt automatisch opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation>Nog niet beschikbaar.</translation>
    </message>
    <message>
        <source>Terminal {terminal}</source>
        <translation>Terminal {terminal}</translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation>Bijgewerkt om {time}</translation>
    </message>
    <message>
        <source>Room {room}  ·  Terminal {terminal}</source>
        <translation>Lokaal {room}  ·  Terminal {terminal}</translation>
    </message>
    <message>
        <source>Terminal {terminal} is registered but not placed in a room, so badges cannot be scanned here. An administrator places it in a room with this command:</source>
        <translation>Terminal {terminal} is geregistreerd maar staat in geen enkel lokaal, dus hier kunnen geen badges worden gescand. Een beheerder plaatst hem in een lokaal met dit commando:</translation>
    </message>
    <message>
        <source>This terminal's name is {terminal}. Until an administrator registers it in a room, badges cannot be scanned here. To register it, run this command:</source>
        <translation>Deze terminal heet {terminal}. Zolang een beheerder hem niet in een lokaal heeft geregistreerd, kunnen hier geen badges worden gescand. Voer dit commando uit om hem te registreren:</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>No instructor assigned</source>
        <translation>Nog geen lesgever toegewezen</translation>
    </message>
    <message>
        <source>Instructor: {name}</source>
        <translation>Lesgever: {name}</translation>
    </message>
    <message>
        <source>{start} – {end}  ·  Session {code}</source>
        <translation>{start} – {end}  ·  Sessie {code}</translation>
    </message>
    <message>
        <source>{teacher}  ·  Enrolled: {count}</source>
        <translation>{teacher}  ·  Ingeschreven: {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>aptaskil-desk — {centre}</source>
        <translation>aptaskil-desk — {centre}</translation>
    </message>
    <message>
        <source>Badge not read: the staff unlock is open. Go back to the kiosk and scan again.</source>
        <translation>Badge niet gelezen: de toegang voor personeel is open. Ga terug naar de kiosk en scan opnieuw.</translation>
    </message>
    <message>
        <source>Another scan was read: the questions are cancelled.</source>
        <translation>Er werd een andere scan gelezen: de vragen zijn geannuleerd.</translation>
    </message>
</context>
<context>
    <name>StaffArea</name>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Lock the staff area and go back to the kiosk</source>
        <translation>De personeelsruimte vergrendelen en terugkeren naar de kiosk</translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation>Programma afsluiten</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicus</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Lesgever</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Kwaliteitsborging</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>{roles}  ·  login {login}</source>
        <translation>{roles}  ·  gebruikersnaam {login}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Press Lock when you leave. The staff area also locks itself after a few idle minutes.</source>
        <translation>Druk op Vergrendelen wanneer u weggaat. De personeelsruimte vergrendelt ook vanzelf na enkele minuten zonder activiteit.</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>Welkom, {name}</translation>
    </message>
    <message>
        <source>You are signed in as {login} on terminal {terminal}. Choose a task in the list.</source>
        <translation>U bent aangemeld als {login} op terminal {terminal}. Kies een taak in de lijst.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Staff unlock</source>
        <translation>Toegang voor personeel</translation>
    </message>
    <message>
        <source>Type your login, then your PIN.</source>
        <translation>Typ uw gebruikersnaam en daarna uw pincode.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Terug naar de kiosk</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>The PIN could not be checked: unexpected error; the details are in the log.</source>
        <translation>De pincode kon niet worden gecontroleerd: onverwachte fout; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>Type your login and your PIN.</source>
        <translation>Typ uw gebruikersnaam en uw pincode.</translation>
    </message>
    <message>
        <source>Your account holds no role that opens the staff area. Ask an administrator.</source>
        <translation>Uw account heeft geen rol die toegang geeft tot de personeelsruimte. Vraag het aan een beheerder.</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>De pincode wissen</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Het laatste cijfer wissen</translation>
    </message>
</context>
<context>
    <name>ScanResultScreen</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK: back to the start</source>
        <translation>OK: terug naar het begin</translation>
    </message>
    <message>
        <source>Back to the start in a few seconds.</source>
        <translation>Over enkele seconden terug naar het begin.</translation>
    </message>
    <message>
        <source>Scan not recorded</source>
        <translation>Scan niet geregistreerd</translation>
    </message>
    <message>
        <source>Unexpected error; the details are in the log.</source>
        <translation>Onverwachte fout; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>{detail} Scan your badge again.</source>
        <translation>{detail} Scan uw badge opnieuw.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Check-in recorded</source>
        <translation>Aankomst geregistreerd</translation>
    </message>
    <message>
        <source>In at {time}</source>
        <translation>Binnen om {time}</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Tot ziens</translation>
    </message>
    <message>
        <source>Check-out recorded</source>
        <translation>Vertrek geregistreerd</translation>
    </message>
    <message>
        <source>Out at {time}</source>
        <translation>Buiten om {time}</translation>
    </message>
    <message>
        <source>Already recorded at {time}</source>
        <translation>Al geregistreerd om {time}</translation>
    </message>
    <message>
        <source>Your check-out was already recorded.</source>
        <translation>Uw vertrek was al geregistreerd.</translation>
    </message>
    <message>
        <source>Your check-in was already recorded. To check out, scan again later.</source>
        <translation>Uw aankomst was al geregistreerd. Scan later opnieuw om te vertrekken.</translation>
    </message>
    <message>
        <source>Badge refused</source>
        <translation>Badge geweigerd</translation>
    </message>
    <message>
        <source>Session {code} — {title}</source>
        <translation>Sessie {code} — {title}</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation>{hours} u {minutes}</translation>
    </message>
    <message>
        <source>Hours today: {duration}</source>
        <translation>Uren vandaag: {duration}</translation>
    </message>
    <message>
        <source>No session is planned in this room now: your arrival is recorded.</source>
        <translation>Er is nu geen sessie gepland in dit lokaal: uw aankomst is geregistreerd.</translation>
    </message>
    <message>
        <source>You are not enrolled in this session: please tell your instructor.</source>
        <translation>U bent niet ingeschreven voor deze sessie: meld het aan uw lesgever.</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation>Onbekende badge</translation>
    </message>
    <message>
        <source>Badge revoked: go to the front desk</source>
        <translation>Badge ingetrokken: ga naar het onthaal</translation>
    </message>
    <message>
        <source>Inactive person</source>
        <translation>Inactieve persoon</translation>
    </message>
    <message>
        <source>Unreadable code, try again</source>
        <translation>Onleesbare code, probeer opnieuw</translation>
    </message>
</context>
<context>
    <name>EquipmentTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>Geschiktheid</translation>
    </message>
</context>
<context>
    <name>EquipmentWords</name>
    <message>
        <source>Fit for use</source>
        <translation>Geschikt voor gebruik</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Being cleaned</source>
        <translation>Wordt gereinigd</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>In onderhoud</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Buiten dienst</translation>
    </message>
    <message>
        <source>In quarantine</source>
        <translation>In quarantaine</translation>
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
        <source>out of service</source>
        <translation>buiten dienst</translation>
    </message>
    <message>
        <source>in quarantine</source>
        <translation>in quarantaine</translation>
    </message>
    <message>
        <source>calibration overdue since {date}</source>
        <translation>kalibratie vervallen sinds {date}</translation>
    </message>
    <message>
        <source>calibration due on {date}</source>
        <translation>kalibratie te doen op {date}</translation>
    </message>
    <message>
        <source>{phase} qualification missing</source>
        <translation>{phase}-kwalificatie ontbreekt</translation>
    </message>
    <message>
        <source>Unfit: {reasons}</source>
        <translation>Ongeschikt: {reasons}</translation>
    </message>
    <message>
        <source>Fit, but {reasons}</source>
        <translation>Geschikt, maar {reasons}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
</context>
<context>
    <name>LogbookTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Registratie</translation>
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
        <source>Correction or reason</source>
        <translation>Correctie of reden</translation>
    </message>
    <message>
        <source>Superseded by entry {id}</source>
        <translation>Vervangen door registratie {id}</translation>
    </message>
    <message>
        <source>Corrects entry {id}: {reason}</source>
        <translation>Corrigeert registratie {id}: {reason}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reden: {reason}</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Record a cleaning of {equipment}</source>
        <translation>Reiniging registreren: {equipment}</translation>
    </message>
    <message>
        <source>Record maintenance of {equipment}</source>
        <translation>Onderhoud registreren: {equipment}</translation>
    </message>
    <message>
        <source>Report an incident on {equipment}</source>
        <translation>Incident melden: {equipment}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Reference (procedure, product, work order)</source>
        <translation>Referentie (procedure, product, werkbon)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Reporting an incident takes the equipment out of service at once.</source>
        <translation>Een incident melden zet het apparaat meteen buiten dienst.</translation>
    </message>
    <message>
        <source>Describe what was done or what happened.</source>
        <translation>Beschrijf wat er gedaan werd of wat er gebeurde.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Reason for the correction</source>
        <translation>Reden van de correctie</translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation>Correctie registreren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The original entry stays in the logbook, struck through, beside its correction.</source>
        <translation>De oorspronkelijke registratie blijft doorgehaald in het logboek, naast haar correctie.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Correct entry {id}</source>
        <translation>Registratie {id} corrigeren</translation>
    </message>
    <message>
        <source>Say why the entry is corrected.</source>
        <translation>Geef aan waarom de registratie gecorrigeerd wordt.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reden van de wijziging</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Change the status of {equipment}</source>
        <translation>Status wijzigen: {equipment}</translation>
    </message>
    <message>
        <source>Say why the status changes.</source>
        <translation>Geef aan waarom de status wijzigt.</translation>
    </message>
</context>
<context>
    <name>LogbookFilters</name>
    <message>
        <source>Kind of entry</source>
        <translation>Soort registratie</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle registraties</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Tussen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oudste eerst</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Tot en met</translation>
    </message>
</context>
<context>
    <name>EquipmentLogbookPanel</name>
    <message>
        <source>Your roles do not allow you to record this entry. Ask a technician or an administrator.</source>
        <translation>Uw rollen laten niet toe dit te registreren. Vraag het aan een technicus of een beheerder.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to correct logbook entries. Ask a technician.</source>
        <translation>Uw rollen laten niet toe het logboek te corrigeren. Vraag het aan een technicus.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to change the status of equipment. Ask a technician or an administrator.</source>
        <translation>Uw rollen laten niet toe de status van een apparaat te wijzigen. Vraag het aan een technicus of een beheerder.</translation>
    </message>
    <message>
        <source>← All equipment</source>
        <translation>← Alle apparaten</translation>
    </message>
    <message>
        <source>+ Cleaning</source>
        <translation>+ Reiniging</translation>
    </message>
    <message>
        <source>+ Maintenance</source>
        <translation>+ Onderhoud</translation>
    </message>
    <message>
        <source>Report an incident</source>
        <translation>Incident melden</translation>
    </message>
    <message>
        <source>Correct the entry…</source>
        <translation>Registratie corrigeren…</translation>
    </message>
    <message>
        <source>Change the status…</source>
        <translation>Status wijzigen…</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Bezig met registreren…</translation>
    </message>
    <message>
        <source>This could not be done: unexpected error; the details are in the log.</source>
        <translation>Dit kon niet: onverwachte fout; de details staan in het technische logbestand.</translation>
    </message>
    <message>
        <source>The logbook could not be read.</source>
        <translation>Het logboek kon niet gelezen worden.</translation>
    </message>
    <message>
        <source>Reading the logbook…</source>
        <translation>Logboek wordt gelezen…</translation>
    </message>
    <message>
        <source>Entry {id} recorded: it corrects entry {old}.</source>
        <translation>Registratie {id} opgeslagen: ze corrigeert registratie {old}.</translation>
    </message>
    <message>
        <source>Status changed to: {status}.</source>
        <translation>Status gewijzigd naar: {status}.</translation>
    </message>
    <message>
        <source>{shown} of {total} entries loaded; scroll down for more</source>
        <translation>{shown} van {total} registraties geladen; scroll verder voor meer</translation>
    </message>
    <message>
        <source>Entry {id} was already corrected by entry {later}: correct the latest one.</source>
        <translation>Registratie {id} werd al gecorrigeerd door registratie {later}: corrigeer de meest recente.</translation>
    </message>
    <message>
        <source>Incident recorded as entry {id}. The equipment is now out of service.</source>
        <translation>Incident opgeslagen (registratie {id}). Het apparaat is nu buiten dienst.</translation>
    </message>
    <message>
        <source>Entry {id} recorded.</source>
        <translation>Registratie {id} opgeslagen.</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Equipment register</source>
        <translation>Apparatuurregister</translation>
    </message>
    <message>
        <source>Search a code, a name or a room</source>
        <translation>Zoek een code, een naam of een lokaal</translation>
    </message>
    <message>
        <source>Search the equipment</source>
        <translation>Apparaat zoeken</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Unfit for use</source>
        <translation>Ongeschikt voor gebruik</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Choose an equipment to open its logbook.</source>
        <translation>Tik op een apparaat om zijn logboek te openen.</translation>
    </message>
    <message>
        <source>The equipment register could not be read: unexpected error; the details are in the log.</source>
        <translation>Het apparatuurregister kon niet gelezen worden: onverwachte fout; de details staan in het technische logbestand.</translation>
    </message>
    <message>
        <source>No equipment matches the search.</source>
        <translation>Geen apparaat voldoet aan de zoekopdracht.</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Apparatuur</translation>
    </message>
</context>
<context>
    <name>KioskUseWords</name>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Use started</source>
        <translation>Gebruik gestart</translation>
    </message>
    <message>
        <source>Use ended</source>
        <translation>Gebruik beëindigd</translation>
    </message>
    <message>
        <source>Use refused</source>
        <translation>Gebruik geweigerd</translation>
    </message>
    <message>
        <source>Equipment not recorded</source>
        <translation>Toestel niet geregistreerd</translation>
    </message>
    <message>
        <source>Started at {time}</source>
        <translation>Gestart om {time}</translation>
    </message>
    <message>
        <source>Ended at {time}</source>
        <translation>Beëindigd om {time}</translation>
    </message>
    <message>
        <source>Scan your badge first, then the equipment</source>
        <translation>Scan eerst uw badge, daarna het toestel</translation>
    </message>
    <message>
        <source>Unknown equipment label: tell your instructor</source>
        <translation>Onbekend toestellabel: verwittig uw opleider</translation>
    </message>
    <message>
        <source>Equipment out of service</source>
        <translation>Toestel buiten dienst</translation>
    </message>
    <message>
        <source>Equipment in quarantine</source>
        <translation>Toestel in quarantaine</translation>
    </message>
    <message>
        <source>Equipment already in use</source>
        <translation>Toestel is al in gebruik</translation>
    </message>
    <message>
        <source>Equipment being cleaned</source>
        <translation>Toestel wordt gereinigd</translation>
    </message>
    <message>
        <source>Equipment under maintenance</source>
        <translation>Toestel in onderhoud</translation>
    </message>
    <message>
        <source>No authorisation for this equipment</source>
        <translation>Geen toelating voor dit toestel</translation>
    </message>
    <message>
        <source>Calibration overdue since {date}</source>
        <translation>Kalibratie verlopen sinds {date}</translation>
    </message>
    <message>
        <source>{phase} qualification missing</source>
        <translation>{phase}-kwalificatie ontbreekt</translation>
    </message>
    <message>
        <source>Authorisation expired since {date}</source>
        <translation>Toelating verlopen sinds {date}</translation>
    </message>
    <message>
        <source>Authorisation withdrawn since {date}</source>
        <translation>Toelating ingetrokken sinds {date}</translation>
    </message>
    <message>
        <source>Authorisation lapsed: last use on {date}</source>
        <translation>Toelating vervallen: laatste gebruik op {date}</translation>
    </message>
    <message>
        <source>Answer not compliant: {question}</source>
        <translation>Niet-conform antwoord: {question}</translation>
    </message>
    <message>
        <source>Use refused ({code})</source>
        <translation>Gebruik geweigerd ({code})</translation>
    </message>
</context>
<context>
    <name>EquipmentQuestionsScreen</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Wordt geregistreerd…</translation>
    </message>
    <message>
        <source>After use</source>
        <translation>Na gebruik</translation>
    </message>
    <message>
        <source>Before use</source>
        <translation>Voor gebruik</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Vraag {number} van {total}</translation>
    </message>
</context>
</TS>
