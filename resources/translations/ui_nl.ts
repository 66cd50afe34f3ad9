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
    <message>
        <source>Badge not read: the kiosk is being closed. Scan again once it is back.</source>
        <translation>Badge niet gelezen: de kiosk wordt gesloten. Scan opnieuw zodra hij terug is.</translation>
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
    <message>
        <source>Staff override</source>
        <translation>Afwijking (personeel)</translation>
    </message>
    <message>
        <source>Staff override: an instructor or a technician signs</source>
        <translation>Afwijking door het personeel: een lesgever of technicus tekent</translation>
    </message>
    <message>
        <source>An instructor or a technician may authorise this use.</source>
        <translation>Een lesgever of technicus kan dit gebruik toestaan.</translation>
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
    <message>
        <source>Passed</source>
        <translation>Conform</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niet conform</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>Uitgevoerd op</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Uitgevoerd door</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Next due date</source>
        <translation>Volgende vervaldatum</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>due date unchanged</source>
        <translation>vervaldatum ongewijzigd</translation>
    </message>
    <message>
        <source>{phase} passed</source>
        <translation>{phase} conform</translation>
    </message>
    <message>
        <source>{phase} failed</source>
        <translation>{phase} niet conform</translation>
    </message>
    <message>
        <source>certificate {reference}</source>
        <translation>certificaat {reference}</translation>
    </message>
    <message>
        <source>by {who}</source>
        <translation>door {who}</translation>
    </message>
    <message>
        <source>performed on {date}</source>
        <translation>uitgevoerd op {date}</translation>
    </message>
    <message>
        <source>protocol {reference}</source>
        <translation>protocol {reference}</translation>
    </message>
    <message>
        <source>{phase} qualified</source>
        <translation>{phase} gekwalificeerd</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>next due {date}</source>
        <translation>volgende vervaldatum {date}</translation>
    </message>
    <message>
        <source>{phase} not qualified (required)</source>
        <translation>{phase} niet gekwalificeerd (vereist)</translation>
    </message>
    <message>
        <source>{phase} not qualified (not required)</source>
        <translation>{phase} niet gekwalificeerd (niet vereist)</translation>
    </message>
    <message>
        <source>Override no.</source>
        <translation>Afwijking nr.</translation>
    </message>
    <message>
        <source>Override signed by {name}: {reason}</source>
        <translation>Afwijking getekend door {name}: {reason}</translation>
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
    <message>
        <source>+ Calibration</source>
        <translation>+ Kalibratie</translation>
    </message>
    <message>
        <source>+ Qualification</source>
        <translation>+ Kwalificatie</translation>
    </message>
    <message>
        <source>For people who manage the equipment (technicians, administrators).</source>
        <translation>Voor wie de apparaten beheert (technici, beheerders).</translation>
    </message>
    <message>
        <source>Calibration recorded as entry {id}. The equipment is now out of service.</source>
        <translation>Kalibratie opgeslagen (registratie {id}). Het apparaat is nu buiten dienst.</translation>
    </message>
    <message>
        <source>{total} entries, all shown</source>
        <translation>{total} registraties, alle getoond</translation>
    </message>
    <message>
        <source>Print the logbook…</source>
        <translation>Het logboek afdrukken…</translation>
    </message>
    <message>
        <source>The days chosen (all of them if none), every kind of entry.</source>
        <translation>De gekozen dagen (alle als er geen gekozen zijn), elk soort registratie.</translation>
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
    <message>
        <source>Under an override signed by {name}</source>
        <translation>Onder afwijking getekend door {name}</translation>
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
<context>
    <name>AuthorisationPage</name>
    <message>
        <source>Authorisations</source>
        <translation>Toelatingen</translation>
    </message>
    <message>
        <source>Equipment authorisations</source>
        <translation>Toelatingen voor toestellen</translation>
    </message>
    <message>
        <source>Search a learner</source>
        <translation>Een cursist zoeken</translation>
    </message>
    <message>
        <source>Search a learner by name</source>
        <translation>Een cursist op naam zoeken</translation>
    </message>
    <message>
        <source>Room of the equipment</source>
        <translation>Lokaal van het toestel</translation>
    </message>
    <message>
        <source>Which learners</source>
        <translation>Welke cursisten</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Holding an authorisation</source>
        <translation>Met een toelating</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>The authorisations could not be read: unexpected error; the details are in the log.</source>
        <translation>De toelatingen konden niet gelezen worden: onverwachte fout; de details staan in het technische logbestand.</translation>
    </message>
    <message>
        <source>Every room</source>
        <translation>Alle lokalen</translation>
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
        <source>Recording…</source>
        <translation>Wordt geregistreerd…</translation>
    </message>
    <message>
        <source>Your roles do not allow you to grant or revoke authorisations. Ask a technician or an instructor.</source>
        <translation>Uw rollen laten niet toe toelatingen toe te kennen of in te trekken. Vraag het aan een technicus of een opleider.</translation>
    </message>
    <message>
        <source>No equipment needs an authorisation.</source>
        <translation>Geen enkel toestel vereist een toelating.</translation>
    </message>
    <message>
        <source>No learner matches the search.</source>
        <translation>Geen cursist komt overeen met de zoekopdracht.</translation>
    </message>
    <message>
        <source>The authorisation of {name} for {code} is revoked.</source>
        <translation>De toelating van {name} voor {code} is ingetrokken.</translation>
    </message>
    <message>
        <source>This could not be done: unexpected error; the details are in the log.</source>
        <translation>Dit kon niet: onverwachte fout; de details staan in het technische logbestand.</translation>
    </message>
    <message>
        <source>The end date {date} is already past: choose today or later.</source>
        <translation>De einddatum {date} is al voorbij: kies vandaag of later.</translation>
    </message>
    <message>
        <source>Reading the authorisations…</source>
        <translation>De toelatingen worden gelezen…</translation>
    </message>
</context>
<context>
    <name>AuthorisationPanel</name>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>End date of the authorisation</source>
        <translation>Einddatum van de toelating</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Toekennen</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>Touch a cell to choose a learner and an equipment.</source>
        <translation>Tik op een vak om een cursist en een toestel te kiezen.</translation>
    </message>
    <message>
        <source>Grant again</source>
        <translation>Opnieuw toekennen</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlengen</translation>
    </message>
</context>
<context>
    <name>AuthorisationTableModel</name>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Verloopt binnenkort</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>zonder einddatum</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>tot {date}</translation>
    </message>
    <message>
        <source>{learner} — {code}: {state}</source>
        <translation>{learner} — {code}: {state}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>op {date}</translation>
    </message>
    <message>
        <source>not used since {date}</source>
        <translation>niet gebruikt sinds {date}</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nooit gebruikt</translation>
    </message>
    <message>
        <source>{name} — room {room}</source>
        <translation>{name} — lokaal {room}</translation>
    </message>
    <message>
        <source>Last used on {date}</source>
        <translation>Laatst gebruikt op {date}</translation>
    </message>
    <message>
        <source>Granted by {name} on {date}</source>
        <translation>Toegekend door {name} op {date}</translation>
    </message>
    <message>
        <source>Revoked by {name} on {date}: {reason}</source>
        <translation>Ingetrokken door {name} op {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke an authorisation</source>
        <translation>Een toelating intrekken</translation>
    </message>
    <message>
        <source>Reason for the revocation</source>
        <translation>Reden van de intrekking</translation>
    </message>
    <message>
        <source>Why? (kept on record)</source>
        <translation>Waarom? (wordt bewaard)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Say why the authorisation is revoked.</source>
        <translation>Zeg waarom de toelating wordt ingetrokken.</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Take the equipment out of service</source>
        <translation>Het apparaat buiten dienst stellen</translation>
    </message>
    <message>
        <source>Failed calibration</source>
        <translation>Niet-conforme kalibratie</translation>
    </message>
    <message>
        <source>Reason for taking it out of service</source>
        <translation>Reden voor de buitendienststelling</translation>
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
        <source>Record a calibration of {equipment}</source>
        <translation>Kalibratie registreren: {equipment}</translation>
    </message>
    <message>
        <source>Say why the equipment goes out of service.</source>
        <translation>Geef aan waarom het apparaat buiten dienst gaat.</translation>
    </message>
</context>
<context>
    <name>CalibrationFields</name>
    <message>
        <source>Performed on</source>
        <translation>Uitgevoerd op</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Uitgevoerd door</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Persoon of bedrijf</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Certificate or report number</source>
        <translation>Nummer van certificaat of rapport</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Kies een datum</translation>
    </message>
    <message>
        <source>Next due date</source>
        <translation>Volgende vervaldatum</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Uitgevoerd door</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Volgende vervaldatum</translation>
    </message>
    <message>
        <source>Say who performed the calibration (a person or a company).</source>
        <translation>Geef aan wie de kalibratie uitvoerde (een persoon of een bedrijf).</translation>
    </message>
    <message>
        <source>Choose the result: passed or failed.</source>
        <translation>Kies het resultaat: conform of niet conform.</translation>
    </message>
    <message>
        <source>A failed calibration does not move the due date: the date given is only noted. Take the equipment out of service until a calibration passes.</source>
        <translation>Een niet-conforme kalibratie verschuift de vervaldatum niet: de opgegeven datum wordt alleen genoteerd. Stel het apparaat buiten dienst tot een kalibratie conform is.</translation>
    </message>
    <message>
        <source>A failed calibration does not move the due date: it stays on {date}. Take the equipment out of service until a calibration passes.</source>
        <translation>Een niet-conforme kalibratie verschuift de vervaldatum niet: die blijft {date}. Stel het apparaat buiten dienst tot een kalibratie conform is.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Conform</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niet conform</translation>
    </message>
    <message>
        <source>The equipment will be due for calibration on {date}.</source>
        <translation>De volgende kalibratie vervalt op {date}.</translation>
    </message>
    <message>
        <source>Filled from the calibration interval ({days} days); you may change it.</source>
        <translation>Berekend uit het kalibratie-interval ({days} dagen); u kunt ze wijzigen.</translation>
    </message>
    <message>
        <source>Current due date: {date}.</source>
        <translation>Huidige vervaldatum: {date}.</translation>
    </message>
    <message>
        <source>No calibration due date recorded yet.</source>
        <translation>Nog geen kalibratievervaldatum geregistreerd.</translation>
    </message>
    <message>
        <source>Choose the next due date (after the calibration day).</source>
        <translation>Kies de volgende vervaldatum (na de kalibratiedag).</translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <source>Record</source>
        <translation>Registreren</translation>
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
        <source>Record a qualification of {equipment}</source>
        <translation>Kwalificatie registreren: {equipment}</translation>
    </message>
    <message>
        <source>{phase} will count as qualified.</source>
        <translation>{phase} telt dan als gekwalificeerd.</translation>
    </message>
    <message>
        <source>Not qualified yet: {missing}; the phases normally follow the order IQ, OQ, PQ.</source>
        <translation>Nog niet gekwalificeerd: {missing}; de fasen volgen normaal de volgorde IQ, OQ, PQ.</translation>
    </message>
    <message>
        <source>{phase} will no longer count as qualified.</source>
        <translation>{phase} telt dan niet meer als gekwalificeerd.</translation>
    </message>
    <message>
        <source>The equipment will be unfit for use until {phase} passes.</source>
        <translation>Het apparaat is ongeschikt tot {phase} conform is.</translation>
    </message>
</context>
<context>
    <name>QualificationFields</name>
    <message>
        <source>Protocol or report</source>
        <translation>Protocol of rapport</translation>
    </message>
    <message>
        <source>Protocol or report reference</source>
        <translation>Referentie van het protocol of rapport</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Choose the phase: IQ, OQ or PQ.</source>
        <translation>Kies de fase: IQ, OQ of PQ.</translation>
    </message>
    <message>
        <source>Choose the result: passed or failed.</source>
        <translation>Kies het resultaat: conform of niet conform.</translation>
    </message>
    <message>
        <source>Give the reference of the protocol or report.</source>
        <translation>Geef de referentie van het protocol of rapport.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Conform</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niet conform</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Staff override</source>
        <translation>Afwijking door het personeel</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reden (verplicht)</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Reden voor de afwijking</translation>
    </message>
    <message>
        <source>e.g. first use under my supervision</source>
        <translation>bv. eerste gebruik onder mijn toezicht</translation>
    </message>
    <message>
        <source>Sign the override</source>
        <translation>Afwijking ondertekenen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Typ uw gebruikersnaam en uw wachtwoord.</translation>
    </message>
    <message>
        <source>Type the reason for this override: it is recorded with your signature.</source>
        <translation>Geef de reden voor deze afwijking op: ze wordt met uw handtekening vastgelegd.</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Handtekening wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Signature recorded. Checking the equipment again…</source>
        <translation>Handtekening vastgelegd. Het toestel wordt opnieuw gecontroleerd…</translation>
    </message>
    <message>
        <source>The account {login} may not sign overrides: ask an instructor or a technician.</source>
        <translation>Het account {login} mag geen afwijkingen ondertekenen: vraag het aan een lesgever of technicus.</translation>
    </message>
    <message>
        <source>This use cannot be overridden now: {reasons}.</source>
        <translation>Voor dit gebruik is nu geen afwijking mogelijk: {reasons}.</translation>
    </message>
    <message>
        <source>The signature could not be recorded: unexpected error; the details are in the log.</source>
        <translation>De handtekening kon niet worden vastgelegd: onverwachte fout; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>By signing you authorise this one use despite:</source>
        <translation>Door te ondertekenen staat u dit ene gebruik toe ondanks:</translation>
    </message>
    <message>
        <source>For this learner and this equipment only, within {minutes} minutes. Your name, the time and your reason are recorded in the logbook and the audit trail.</source>
        <translation>Alleen voor deze cursist en dit toestel, binnen {minutes} minuten. Uw naam, het tijdstip en uw reden worden vastgelegd in het logboek van het toestel en het audittrail.</translation>
    </message>
</context>
<context>
    <name>InstrumentConsole</name>
    <message>
        <source>Instruments</source>
        <translation>Instrumenten</translation>
    </message>
    <message>
        <source>Record this reading</source>
        <translation>Deze meting vastleggen</translation>
    </message>
    <message>
        <source>Record the reading shown</source>
        <translation>De getoonde meting vastleggen</translation>
    </message>
    <message>
        <source>The instrument register could not be read: unexpected error; the details are in the log.</source>
        <translation>Het instrumentenregister kon niet gelezen worden: onverwachte fout; de details staan in het technische logbestand.</translation>
    </message>
    <message>
        <source>Recording the reading…</source>
        <translation>Meting wordt vastgelegd…</translation>
    </message>
    <message>
        <source>The reading could not be recorded: unexpected error; the details are in the log.</source>
        <translation>De meting kon niet vastgelegd worden: onverwachte fout; de details staan in het technische logbestand.</translation>
    </message>
    <message>
        <source>Choose the serial port or type its path.</source>
        <translation>Kies de seriële poort of typ het pad.</translation>
    </message>
    <message>
        <source>Already recorded for {code}: {value}, read at {time}.</source>
        <translation>Al vastgelegd voor {code}: {value}, gemeten om {time}.</translation>
    </message>
    <message>
        <source>Recorded for {code}: {value}, read at {time}.</source>
        <translation>Vastgelegd voor {code}: {value}, gemeten om {time}.</translation>
    </message>
    <message>
        <source>This instrument reports serial number {reported}, but {code} is registered with {registered}: its readings will be refused.</source>
        <translation>Dit instrument meldt serienummer {reported}, maar {code} staat in het register met {registered}: de metingen worden geweigerd.</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <source>Last minutes</source>
        <translation>Laatste minuten</translation>
    </message>
    <message>
        <source>Plot of the readings over time</source>
        <translation>Grafiek van de metingen in de tijd</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Show the last {minutes} minutes</source>
        <translation>De laatste {minutes} minuten tonen</translation>
    </message>
</context>
<context>
    <name>ReadingPanel</name>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>✔ Connected</source>
        <translation>✔ Verbonden</translation>
    </message>
    <message>
        <source>⚠ Disconnected: waiting for the instrument to come back</source>
        <translation>⚠ Verbinding verbroken: wachten tot het instrument terug is</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Verbinding verbreken…</translation>
    </message>
    <message>
        <source>No reading</source>
        <translation>Geen meting</translation>
    </message>
    <message>
        <source>✔ Stable</source>
        <translation>✔ Stabiel</translation>
    </message>
    <message>
        <source>≈ Not stable yet</source>
        <translation>≈ Nog niet stabiel</translation>
    </message>
    <message>
        <source>▲ Overload: above the range</source>
        <translation>▲ Overbelasting: boven het bereik</translation>
    </message>
    <message>
        <source>▼ Underload: below the range</source>
        <translation>▼ Onderbelasting: onder het bereik</translation>
    </message>
    <message>
        <source>⚠ Error</source>
        <translation>⚠ Fout</translation>
    </message>
    <message>
        <source>Last read failed: {detail}</source>
        <translation>Laatste uitlezing mislukt: {detail}</translation>
    </message>
    <message>
        <source>Instrument: {identity}</source>
        <translation>Instrument: {identity}</translation>
    </message>
    <message>
        <source>Last reading at {time}</source>
        <translation>Laatste meting om {time}</translation>
    </message>
</context>
<context>
    <name>WireTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ verzonden</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← ontvangen</translation>
    </message>
    <message>
        <source>⚠ fault</source>
        <translation>⚠ storing</translation>
    </message>
    <message>
        <source>• event</source>
        <translation>• gebeurtenis</translation>
    </message>
</context>
<context>
    <name>WireMonitor</name>
    <message>
        <source>Wire monitor</source>
        <translation>Lijnmonitor</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Freeze the wire monitor to read it</source>
        <translation>De lijnmonitor stilzetten om hem te lezen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear the wire monitor</source>
        <translation>De lijnmonitor wissen</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Show the bytes in hexadecimal</source>
        <translation>De bytes hexadecimaal tonen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Show the bytes as text</source>
        <translation>De bytes als tekst tonen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Volgen</translation>
    </message>
    <message>
        <source>Scroll to the newest bytes</source>
        <translation>Naar de nieuwste bytes scrollen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Paused: {count} new records held</source>
        <translation>Gepauzeerd: {count} nieuwe regels in de wacht</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Registered instrument, or a new one</source>
        <translation>Instrument uit het register, of een nieuw instrument</translation>
    </message>
    <message>
        <source>Serial port: choose one or type its path</source>
        <translation>Seriële poort: kies er een of typ het pad</translation>
    </message>
    <message>
        <source>Look for serial ports again</source>
        <translation>Opnieuw naar seriële poorten zoeken</translation>
    </message>
    <message>
        <source>Driver: the instrument's protocol</source>
        <translation>Driver: het protocol van het instrument</translation>
    </message>
    <message>
        <source>Line settings, e.g. 9600,8N1</source>
        <translation>Lijninstellingen, bv. 9600,8N1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Verbreken</translation>
    </message>
    <message>
        <source>Mettler Toledo balance (MT-SICS)</source>
        <translation>Mettler Toledo-weegschaal (MT-SICS)</translation>
    </message>
    <message>
        <source>Sartorius balance (SBI)</source>
        <translation>Sartorius-weegschaal (SBI)</translation>
    </message>
    <message>
        <source>Bench multimeter (SCPI, 34401A class)</source>
        <translation>Tafelmultimeter (SCPI, klasse 34401A)</translation>
    </message>
    <message>
        <source>Thermo Orion Star pH meter</source>
        <translation>Thermo Orion Star pH-meter</translation>
    </message>
    <message>
        <source>Modbus RTU transmitter or signal conditioner</source>
        <translation>Modbus RTU-transmitter of signaalconditioner</translation>
    </message>
    <message>
        <source>New instrument: choose port, driver and line</source>
        <translation>Nieuw instrument: kies poort, driver en lijn</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <source>No calibration date on record: readings from this instrument are not usable as GMP evidence.</source>
        <translation>Geen kalibratiedatum geregistreerd: metingen van dit instrument zijn niet bruikbaar als GMP-bewijs.</translation>
    </message>
    <message>
        <source>Calibration overdue since {date}: readings from this instrument are not usable as GMP evidence.</source>
        <translation>Kalibratie vervallen sinds {date}: metingen van dit instrument zijn niet bruikbaar als GMP-bewijs.</translation>
    </message>
</context>
<context>
    <name>BalanceCheckScreen</name>
    <message>
        <source>Test weight: its value on the certificate</source>
        <translation>Testgewicht: de waarde op het certificaat</translation>
    </message>
    <message>
        <source>e.g. 100.000</source>
        <translation>bv. 100.000</translation>
    </message>
    <message>
        <source>Unit of the test weight</source>
        <translation>Eenheid van het testgewicht</translation>
    </message>
    <message>
        <source>Scale interval d of the balance (optional)</source>
        <translation>Schaalverdeling d van de weegschaal (optioneel)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>Capture a weighing</source>
        <translation>Weging vastleggen</translation>
    </message>
    <message>
        <source>Leave out the chosen weighing</source>
        <translation>Gekozen weging weglaten</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Resultaat registreren</translation>
    </message>
    <message>
        <source>test weight</source>
        <translation>testgewicht</translation>
    </message>
    <message>
        <source>Test weight</source>
        <translation>Testgewicht</translation>
    </message>
    <message>
        <source>Scale interval d</source>
        <translation>Schaalverdeling d</translation>
    </message>
    <message>
        <source>No stable weight yet: wait until the balance says Stable.</source>
        <translation>Nog geen stabiel gewicht: wacht tot de weegschaal Stabiel aangeeft.</translation>
    </message>
    <message>
        <source>This reading was just captured: wait for the next one.</source>
        <translation>Deze meting is net vastgelegd: wacht op de volgende.</translation>
    </message>
    <message>
        <source>Choose a weighing in the table first.</source>
        <translation>Kies eerst een weging in de tabel.</translation>
    </message>
    <message>
        <source>Enter the test weight's value (from its certificate).</source>
        <translation>Vul de waarde van het testgewicht in (van het certificaat).</translation>
    </message>
    <message>
        <source>scale interval d</source>
        <translation>schaalverdeling d</translation>
    </message>
    <message>
        <source>Choose the learner who did the exercise.</source>
        <translation>Kies de cursist die de oefening deed.</translation>
    </message>
    <message>
        <source>Capture the weighings first.</source>
        <translation>Leg eerst de wegingen vast.</translation>
    </message>
    <message>
        <source>The balance weighs in {unit} but the test weight is in {expected}: choose the same unit.</source>
        <translation>De weegschaal weegt in {unit} maar het testgewicht is in {expected}: kies dezelfde eenheid.</translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation>Balanscontrole</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglaten</translation>
    </message>
</context>
<context>
    <name>BalanceFigures</name>
    <message>
        <source>Weighings counted</source>
        <translation>Getelde wegingen</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>Standard deviation s</source>
        <translation>Standaardafwijking s</translation>
    </message>
    <message>
        <source>Result: —</source>
        <translation>Resultaat: —</translation>
    </message>
    <message>
        <source>{count} (at least {needed})</source>
        <translation>{count} (minstens {needed})</translation>
    </message>
    <message>
        <source>Result: {verdict}</source>
        <translation>Resultaat: {verdict}</translation>
    </message>
    <message>
        <source>Repeatability 2s/m (limit {limit} %)</source>
        <translation>Herhaalbaarheid 2s/m (grens {limit} %)</translation>
    </message>
    <message>
        <source>Accuracy, deviation (limit {limit} %)</source>
        <translation>Nauwkeurigheid, afwijking (grens {limit} %)</translation>
    </message>
</context>
<context>
    <name>ExerciseWords</name>
    <message>
        <source>✔ Pass</source>
        <translation>✔ Conform</translation>
    </message>
    <message>
        <source>✖ Fail</source>
        <translation>✖ Niet conform</translation>
    </message>
    <message>
        <source>… Not evaluable</source>
        <translation>… Niet te beoordelen</translation>
    </message>
    <message>
        <source>Unexpected error; the details are in the log.</source>
        <translation>Onverwachte fout; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>Recording the result…</source>
        <translation>Resultaat wordt geregistreerd…</translation>
    </message>
    <message>
        <source>Already recorded for {name}: {verdict}.</source>
        <translation>Al geregistreerd voor {name}: {verdict}.</translation>
    </message>
    <message>
        <source>Recorded for {name}: {verdict}.</source>
        <translation>Geregistreerd voor {name}: {verdict}.</translation>
    </message>
    <message>
        <source>Not in calibration: {codes}; a training result only.</source>
        <translation>Niet gekalibreerd: {codes}; enkel een opleidingsresultaat.</translation>
    </message>
    <message>
        <source>What you had entered before the staff area locked is back.</source>
        <translation>Wat u had ingevoerd voordat de personeelsruimte vergrendelde, is terug.</translation>
    </message>
</context>
<context>
    <name>LearnerPicker</name>
    <message>
        <source>Type a name</source>
        <translation>Typ een naam</translation>
    </message>
    <message>
        <source>Search the learner by name</source>
        <translation>De cursist op naam zoeken</translation>
    </message>
    <message>
        <source>Learner doing the exercise</source>
        <translation>Cursist die de oefening doet</translation>
    </message>
    <message>
        <source>No learner chosen</source>
        <translation>Geen cursist gekozen</translation>
    </message>
    <message>
        <source>Course session: choose one running here or type its code</source>
        <translation>Opleidingssessie: kies er een die hier loopt of typ de code</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Geen sessie</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>The learners could not be read</source>
        <translation>De cursisten konden niet gelezen worden</translation>
    </message>
</context>
<context>
    <name>LoopCalibrationScreen</name>
    <message>
        <source>Range: value at 4 mA</source>
        <translation>Meetbereik: waarde bij 4 mA</translation>
    </message>
    <message>
        <source>Range: value at 20 mA</source>
        <translation>Meetbereik: waarde bij 20 mA</translation>
    </message>
    <message>
        <source>Engineering unit</source>
        <translation>Fysische eenheid</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <source>Tolerance in % of span</source>
        <translation>Tolerantie in % van het meetbereik</translation>
    </message>
    <message>
        <source>Clear this series</source>
        <translation>Deze reeks wissen</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Resultaat registreren</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>tolerantie</translation>
    </message>
    <message>
        <source>range at 4 mA</source>
        <translation>meetbereik bij 4 mA</translation>
    </message>
    <message>
        <source>range at 20 mA</source>
        <translation>meetbereik bij 20 mA</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Zoals aangetroffen</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Zoals achtergelaten</translation>
    </message>
    <message>
        <source>As left (after adjustment)</source>
        <translation>Zoals achtergelaten (na afregeling)</translation>
    </message>
    <message>
        <source>Transmitter range</source>
        <translation>Meetbereik transmitter</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Tolerance ±</source>
        <translation>Tolerantie ±</translation>
    </message>
    <message>
        <source>% of span</source>
        <translation>% van het meetbereik</translation>
    </message>
    <message>
        <source>No stable reading yet: wait until it says Stable.</source>
        <translation>Nog geen stabiele meting: wacht tot Stabiel verschijnt.</translation>
    </message>
    <message>
        <source>Give both ends of the transmitter's range, or neither.</source>
        <translation>Geef beide grenzen van het meetbereik van de transmitter, of geen van beide.</translation>
    </message>
    <message>
        <source>Choose the learner who did the exercise.</source>
        <translation>Kies de cursist die de oefening deed.</translation>
    </message>
    <message>
        <source>The instrument gives {unit}, not a current: it cannot serve this exercise.</source>
        <translation>Het instrument geeft {unit}, geen stroom: het kan niet dienen voor deze oefening.</translation>
    </message>
    <message>
        <source>4–20 mA loop</source>
        <translation>Lus 4–20 mA</translation>
    </message>
    <message>
        <source>4 mA</source>
        <translation>4 mA</translation>
    </message>
    <message>
        <source>20 mA</source>
        <translation>20 mA</translation>
    </message>
</context>
<context>
    <name>LoopSummary</name>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Largest error</source>
        <translation>Grootste fout</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Result: —</source>
        <translation>Resultaat: —</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Zoals aangetroffen</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Zoals achtergelaten</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>niet gemeten</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>onvolledig</translation>
    </message>
    <message>
        <source>Result: {verdict}</source>
        <translation>Resultaat: {verdict}</translation>
    </message>
    <message>
        <source>Judged on the as-left series.</source>
        <translation>Beoordeeld op de reeks zoals achtergelaten.</translation>
    </message>
    <message>
        <source>Judged on the as-found series.</source>
        <translation>Beoordeeld op de reeks zoals aangetroffen.</translation>
    </message>
</context>
<context>
    <name>LoopSeriesPanel</name>
    <message>
        <source>Point</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Measured (mA)</source>
        <translation>Gemeten (mA)</translation>
    </message>
    <message>
        <source>Error, % of span</source>
        <translation>Fout, % meetbereik</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>⚠ Failure signal</source>
        <translation>⚠ Storingssignaal</translation>
    </message>
    <message>
        <source>✖ Out of range</source>
        <translation>✖ Buiten bereik</translation>
    </message>
    <message>
        <source>✖ Out of tolerance</source>
        <translation>✖ Buiten tolerantie</translation>
    </message>
    <message>
        <source>{series}, point {percent} %: measured current in mA</source>
        <translation>{series}, punt {percent} %: gemeten stroom in mA</translation>
    </message>
    <message>
        <source>{series}, point {percent} %: capture the stable reading</source>
        <translation>{series}, punt {percent} %: de stabiele meting vastleggen</translation>
    </message>
    <message>
        <source>✍ Entered by hand.</source>
        <translation>✍ Met de hand ingevoerd.</translation>
    </message>
    <message>
        <source>Point {percent} %</source>
        <translation>Punt {percent} %</translation>
    </message>
</context>
<context>
    <name>InstrumentSource</name>
    <message>
        <source>Instrument read for the exercise</source>
        <translation>Instrument dat voor de oefening wordt gelezen</translation>
    </message>
    <message>
        <source>No instrument registered for this exercise</source>
        <translation>Geen instrument geregistreerd voor deze oefening</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The instrument register could not be read: unexpected error; the details are in the log.</source>
        <translation>Het instrumentenregister kon niet gelezen worden: onverwachte fout; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>⚠ Read failed</source>
        <translation>⚠ Lezen mislukt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>✔ Connected</source>
        <translation>✔ Verbonden</translation>
    </message>
    <message>
        <source>⚠ Disconnected: waiting</source>
        <translation>⚠ Verbinding verbroken: wachten</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Verbinding verbreken…</translation>
    </message>
    <message>
        <source>Choose an instrument first.</source>
        <translation>Kies eerst een instrument.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Verbinding verbreken</translation>
    </message>
    <message>
        <source>✔ Stable</source>
        <translation>✔ Stabiel</translation>
    </message>
    <message>
        <source>≈ Not stable</source>
        <translation>≈ Niet stabiel</translation>
    </message>
    <message>
        <source>▲ Overload</source>
        <translation>▲ Overbelast</translation>
    </message>
    <message>
        <source>▼ Underload</source>
        <translation>▼ Onderbelast</translation>
    </message>
    <message>
        <source>⚠ Error</source>
        <translation>⚠ Fout</translation>
    </message>
    <message>
        <source>Instrument: {identity}</source>
        <translation>Instrument: {identity}</translation>
    </message>
    <message>
        <source>{code} has no serial port in the register: set it on the instruments page.</source>
        <translation>{code} heeft geen seriële poort in het register: stel die in op de instrumentenpagina.</translation>
    </message>
    <message>
        <source>{code}: calibration overdue since {date}. Its readings are not GMP evidence: training use only.</source>
        <translation>{code}: kalibratie vervallen sinds {date}. De metingen zijn geen GMP-bewijs: enkel voor opleiding.</translation>
    </message>
    <message>
        <source>{code}: no calibration date on record. Its readings are not GMP evidence: training use only.</source>
        <translation>{code}: geen kalibratiedatum geregistreerd. De metingen zijn geen GMP-bewijs: enkel voor opleiding.</translation>
    </message>
</context>
<context>
    <name>WeighingTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Weging</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>✖ Left out</source>
        <translation>✖ Weggelaten</translation>
    </message>
    <message>
        <source>✔ Stable</source>
        <translation>✔ Stabiel</translation>
    </message>
    <message>
        <source>Removed before recording: not counted, not recorded.</source>
        <translation>Verwijderd vóór het registreren: niet geteld, niet geregistreerd.</translation>
    </message>
</context>
<context>
    <name>ChecklistWords</name>
    <message>
        <source>Unexpected error; nothing more was recorded. The details are in the log.</source>
        <translation>Onverwachte fout; er werd niets meer geregistreerd. De details staan in het logboek.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Nagekeken</translation>
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
        <source>By signing I confirm that I executed these steps and that the values recorded are true.</source>
        <translation>Door te ondertekenen bevestig ik dat ik deze stappen heb uitgevoerd en dat de geregistreerde waarden juist zijn.</translation>
    </message>
    <message>
        <source>By signing I confirm that I reviewed this record completely: values, verdicts, deviations and evidence.</source>
        <translation>Door te ondertekenen bevestig ik dat ik dit record volledig heb nagekeken: waarden, oordelen, afwijkingen en bewijsstukken.</translation>
    </message>
    <message>
        <source>By signing I approve this record as quality assurance; it is then locked.</source>
        <translation>Door te ondertekenen keur ik dit record goed als kwaliteitsborging; het wordt dan vergrendeld.</translation>
    </message>
    <message>
        <source>By signing I reject this record; it goes back to in progress for the reason I give.</source>
        <translation>Door te ondertekenen wijs ik dit record af; het gaat terug naar bezig om de reden die ik opgeef.</translation>
    </message>
    <message>
        <source>✔ Passed</source>
        <translation>✔ Conform</translation>
    </message>
    <message>
        <source>✖ Failed</source>
        <translation>✖ Niet conform</translation>
    </message>
    <message>
        <source>● Not evaluated</source>
        <translation>● Niet beoordeeld</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Conform</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niet conform</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>Waiting for prerequisites</source>
        <translation>Wacht op voorwaarden</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Getalwaarde</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Instrument reading</source>
        <translation>Instrumentaflezing</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>✔ Conforms</source>
        <translation>✔ Conform</translation>
    </message>
    <message>
        <source>✖ Does not conform</source>
        <translation>✖ Niet conform</translation>
    </message>
</context>
<context>
    <name>ValueCorrectionDialog</name>
    <message>
        <source>Correct a recorded value</source>
        <translation>Een geregistreerde waarde corrigeren</translation>
    </message>
    <message>
        <source>Recorded: {old}
New value: {new}</source>
        <translation>Geregistreerd: {old}
Nieuwe waarde: {new}</translation>
    </message>
    <message>
        <source>The value recorded stays in the record; the new one is added with your name and your reason.</source>
        <translation>De geregistreerde waarde blijft in het record; de nieuwe wordt toegevoegd met uw naam en uw reden.</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Reden van de correctie</translation>
    </message>
    <message>
        <source>e.g. typing error, reading repeated after levelling</source>
        <translation>bv. tikfout, aflezing herhaald na waterpassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation>De correctie registreren</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reden (verplicht)</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>Geef de reden van de correctie.</translation>
    </message>
</context>
<context>
    <name>InstrumentCapture</name>
    <message>
        <source>Instrument read for this step</source>
        <translation>Instrument dat voor deze stap wordt afgelezen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Verbreken</translation>
    </message>
    <message>
        <source>Capture the reading</source>
        <translation>De aflezing vastleggen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Choose an instrument first.</source>
        <translation>Kies eerst een instrument.</translation>
    </message>
    <message>
        <source>⚠ Read failed</source>
        <translation>⚠ Aflezing mislukt</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Verbinding verbreken…</translation>
    </message>
    <message>
        <source>{code} cannot be used: its calibration is overdue since {date}. Its readings cannot serve as evidence: choose a calibrated instrument.</source>
        <translation>{code} kan niet worden gebruikt: de kalibratie is vervallen sinds {date}. De aflezingen kunnen niet als bewijs dienen: kies een gekalibreerd instrument.</translation>
    </message>
    <message>
        <source>{code} cannot be used: no calibration date on record. Its readings cannot serve as evidence: choose a calibrated instrument.</source>
        <translation>{code} kan niet worden gebruikt: er is geen kalibratiedatum geregistreerd. De aflezingen kunnen niet als bewijs dienen: kies een gekalibreerd instrument.</translation>
    </message>
    <message>
        <source>Instrument: {identity}</source>
        <translation>Instrument: {identity}</translation>
    </message>
    <message>
        <source>✔ Stable</source>
        <translation>✔ Stabiel</translation>
    </message>
    <message>
        <source>≈ Not stable</source>
        <translation>≈ Niet stabiel</translation>
    </message>
    <message>
        <source>▲ Overload</source>
        <translation>▲ Overbelast</translation>
    </message>
    <message>
        <source>▼ Underload</source>
        <translation>▼ Onderbelast</translation>
    </message>
    <message>
        <source>⚠ Error</source>
        <translation>⚠ Fout</translation>
    </message>
    <message>
        <source>✔ Connected</source>
        <translation>✔ Verbonden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>No {driver} instrument is registered: register one on the instruments page.</source>
        <translation>Er is geen {driver}-instrument geregistreerd: registreer er een op de instrumentenpagina.</translation>
    </message>
    <message>
        <source>{code} has no serial port in the register: set it on the instruments page.</source>
        <translation>{code} heeft geen seriële poort in het register: stel die in op de instrumentenpagina.</translation>
    </message>
</context>
<context>
    <name>ChecklistRunner</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>✍ Sign as executed</source>
        <translation>✍ Ondertekenen als uitgevoerd</translation>
    </message>
    <message>
        <source>✔ Conforms</source>
        <translation>✔ Conform</translation>
    </message>
    <message>
        <source>✖ Does not conform</source>
        <translation>✖ Niet conform</translation>
    </message>
    <message>
        <source>TRAINING run</source>
        <translation>OPLEIDINGS-uitvoering</translation>
    </message>
    <message>
        <source>Step {number}: {instruction}</source>
        <translation>Stap {number}: {instruction}</translation>
    </message>
    <message>
        <source>Failed: {answer}</source>
        <translation>Niet conform: {answer}</translation>
    </message>
    <message>
        <source>Deviation postponed: the checklist cannot be signed as executed until it is raised.</source>
        <translation>Afwijking uitgesteld: de checklist kan pas als uitgevoerd worden ondertekend als ze gemeld is.</translation>
    </message>
    <message>
        <source>Cannot be signed as executed yet. {problems}</source>
        <translation>Kan nog niet als uitgevoerd worden ondertekend. {problems}</translation>
    </message>
    <message>
        <source>Signed as executed by {name}, {when}.</source>
        <translation>Ondertekend als uitgevoerd door {name}, {when}.</translation>
    </message>
    <message>
        <source>Deviation {number} recorded.</source>
        <translation>Afwijking {number} geregistreerd.</translation>
    </message>
    <message>
        <source>This checklist is already signed ({state}).</source>
        <translation>Deze checklist is al ondertekend ({state}).</translation>
    </message>
    <message>
        <source>Mandatory steps without a value: {steps}.</source>
        <translation>Verplichte stappen zonder waarde: {steps}.</translation>
    </message>
    <message>
        <source>Failed steps that still need their deviation: {steps}.</source>
        <translation>Niet-conforme stappen die nog hun afwijking nodig hebben: {steps}.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>{code} version {version}: {title}
Equipment {equipment} — {name}
Steps: {steps} · deviations: {deviations}</source>
        <translation>{code} versie {version}: {title}
Uitrusting {equipment} — {name}
Stappen: {steps} · afwijkingen: {deviations}</translation>
    </message>
    <message>
        <source>TRAINING run, practised by {trainee}</source>
        <translation>OPLEIDINGS-uitvoering, geoefend door {trainee}</translation>
    </message>
    <message>
        <source>What you had entered before the staff area locked is back.</source>
        <translation>Wat u had ingevoerd voordat de personeelsruimte vergrendelde, is terug.</translation>
    </message>
    <message>
        <source>This checklist is no longer in progress: what you had typed before the staff area locked was not entered.</source>
        <translation>Deze checklist is niet meer in uitvoering: wat u had ingetypt voordat de personeelsruimte vergrendelde, is niet ingevoerd.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>✔ Conforms</source>
        <translation>✔ Conform</translation>
    </message>
    <message>
        <source>✖ Does not conform</source>
        <translation>✖ Niet conform</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <source>Raise the deviation…</source>
        <translation>De afwijking melden…</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatief</translation>
    </message>
    <message>
        <source>{code} (serial no. {serial}), calibrated until {due}; reading {reading} {unit}</source>
        <translation>{code} (serienr. {serial}), gekalibreerd tot {due}; aflezing {reading} {unit}</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Een bestand bijvoegen</translation>
    </message>
    <message>
        <source>Accepted files ({patterns})</source>
        <translation>Aanvaarde bestanden ({patterns})</translation>
    </message>
    <message>
        <source>e.g. 121,5</source>
        <translation>bv. 121,5</translation>
    </message>
    <message>
        <source>Type the answer</source>
        <translation>Typ het antwoord</translation>
    </message>
    <message>
        <source>○ No value yet</source>
        <translation>○ Nog geen waarde</translation>
    </message>
    <message>
        <source>A failed step needs a deviation before the checklist can be signed as executed.</source>
        <translation>Een niet-conforme stap vraagt een afwijking voordat de checklist als uitgevoerd kan worden ondertekend.</translation>
    </message>
    <message>
        <source>Entered by {name}, {when}</source>
        <translation>Ingevoerd door {name}, {when}</translation>
    </message>
    <message>
        <source>Type the value first.</source>
        <translation>Typ eerst de waarde.</translation>
    </message>
    <message>
        <source>{section} · Step {number} of {total} · {kind}, {need}</source>
        <translation>{section} · Stap {number} van {total} · {kind}, {need}</translation>
    </message>
    <message>
        <source>Criterion: {criterion}</source>
        <translation>Criterium: {criterion}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Waits for step {steps}: do it first.</source>
        <translation>Wacht op stap {steps}: doe die eerst.</translation>
    </message>
    <message>
        <source>correction {version}: {reason}</source>
        <translation>correctie {version}: {reason}</translation>
    </message>
    <message>
        <source>✖ Failed: {answer}</source>
        <translation>✖ Niet conform: {answer}</translation>
    </message>
    <message>
        <source>✔ Passed: {answer}</source>
        <translation>✔ Conform: {answer}</translation>
    </message>
    <message>
        <source>● Recorded: {answer}</source>
        <translation>● Geregistreerd: {answer}</translation>
    </message>
    <message>
        <source>{name} could not be read: {error}</source>
        <translation>{name} kon niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Een foto kiezen…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Een bestand kiezen…</translation>
    </message>
    <message>
        <source>⚠ Deviation {number} ({state}), raised by {name}: {description}</source>
        <translation>⚠ Afwijking {number} ({state}), gemeld door {name}: {description}</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Electronic signature</source>
        <translation>Elektronische handtekening</translation>
    </message>
    <message>
        <source>Meaning of the signature: {meaning}</source>
        <translation>Betekenis van de handtekening: {meaning}</translation>
    </message>
    <message>
        <source>Your name, the date and time with the time zone and this meaning are recorded with a fingerprint of what you sign: any later change shows.</source>
        <translation>Uw naam, de datum en het uur met de tijdzone en deze betekenis worden geregistreerd met een vingerafdruk van wat u ondertekent: elke latere wijziging valt op.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reden (verplicht)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>Signing as {login}</source>
        <translation>Ondertekenen als {login}</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Typ uw gebruikersnaam en uw wachtwoord.</translation>
    </message>
    <message>
        <source>Type your password: it is your signature.</source>
        <translation>Typ uw wachtwoord: het is uw handtekening.</translation>
    </message>
    <message>
        <source>Give the reason: it is recorded with your signature.</source>
        <translation>Geef de reden: ze wordt met uw handtekening geregistreerd.</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Handtekening wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Not signed: {reason}</source>
        <translation>Niet ondertekend: {reason}</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <source>Raise a deviation</source>
        <translation>Een afwijking melden</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>What was found, when, on what.</source>
        <translation>Wat werd vastgesteld, wanneer, waarop.</translation>
    </message>
    <message>
        <source>Effect on the equipment, the product or the result; risk.</source>
        <translation>Gevolg voor de uitrusting, het product of het resultaat; risico.</translation>
    </message>
    <message>
        <source>Correction made, or action planned and by whom.</source>
        <translation>Uitgevoerde correctie, of geplande actie en door wie.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>The checklist cannot be signed as executed until the deviation is raised.</source>
        <translation>De checklist kan pas als uitgevoerd worden ondertekend als de afwijking gemeld is.</translation>
    </message>
    <message>
        <source>Record the deviation</source>
        <translation>De afwijking registreren</translation>
    </message>
    <message>
        <source>Description: what happened (required)</source>
        <translation>Beschrijving: wat er gebeurde (verplicht)</translation>
    </message>
    <message>
        <source>Impact (required)</source>
        <translation>Impact (verplicht)</translation>
    </message>
    <message>
        <source>Action taken or planned (required)</source>
        <translation>Genomen of geplande actie (verplicht)</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Beschrijf wat er gebeurde.</translation>
    </message>
    <message>
        <source>Say what the impact is (or that there is none, and why).</source>
        <translation>Zeg wat de impact is (of dat er geen is, en waarom).</translation>
    </message>
    <message>
        <source>Say what action was taken or is planned.</source>
        <translation>Zeg welke actie genomen werd of gepland is.</translation>
    </message>
</context>
<context>
    <name>StepOverview</name>
    <message>
        <source>Steps of the checklist</source>
        <translation>Stappen van de checklist</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Uitvoeringen</translation>
    </message>
</context>
<context>
    <name>ChecklistStartDialog</name>
    <message>
        <source>Equipment</source>
        <translation>Uitrusting</translation>
    </message>
    <message>
        <source>Training mode: practice only, never changes the equipment</source>
        <translation>Opleidingsmodus: alleen oefening, verandert nooit iets aan de uitrusting</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>No equipment of type {type} in the register: add one first.</source>
        <translation>Geen uitrusting van het type {type} in het register: voeg er eerst een toe.</translation>
    </message>
    <message>
        <source>Start {code} version {version}</source>
        <translation>{code} versie {version} starten</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>{code} version {version} is approved: it can be executed.</source>
        <translation>{code} versie {version} is goedgekeurd: hij kan uitgevoerd worden.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Goedkeuren…</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>{code} version {version} is already approved.</source>
        <translation>{code} versie {version} is al goedgekeurd.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to execute checklists. Ask a technician or an instructor.</source>
        <translation>Uw rollen laten u niet toe checklists uit te voeren. Vraag het aan een technicus of een opleider.</translation>
    </message>
    <message>
        <source>{code} version {version} is awaiting QA approval: it cannot be executed yet.</source>
        <translation>{code} versie {version} wacht op goedkeuring door QA: hij kan nog niet uitgevoerd worden.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Equipment type</source>
        <translation>Type uitrusting</translation>
    </message>
    <message>
        <source>QA approval</source>
        <translation>Goedkeuring QA</translation>
    </message>
    <message>
        <source>Only QA may approve a checklist template.</source>
        <translation>Alleen QA mag een checklistsjabloon goedkeuren.</translation>
    </message>
    <message>
        <source>Approve {code} version {version} ({title}): once approved it can be executed.</source>
        <translation>{code} versie {version} ({title}) goedkeuren: eenmaal goedgekeurd kan hij uitgevoerd worden.</translation>
    </message>
    <message>
        <source>Awaiting QA approval</source>
        <translation>Wacht op goedkeuring QA</translation>
    </message>
    <message>
        <source>Approved by {name}, {when}</source>
        <translation>Goedgekeurd door {name}, {when}</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>State filter</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Uitrusting</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open
deviations</source>
        <translation>Open
afwijkingen</translation>
    </message>
    <message>
        <source>Failed
steps</source>
        <translation>Mislukte
stappen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>No execution is in this state.</source>
        <translation>Geen uitvoering in deze status.</translation>
    </message>
    <message>
        <source>{name}
{when}</source>
        <translation>{name}
{when}</translation>
    </message>
    <message>
        <source>No checklist was executed yet: start one from a template.</source>
        <translation>Er is nog geen checklist uitgevoerd: start er een vanuit een sjabloon.</translation>
    </message>
    <message>
        <source>{phase} · TRAINING</source>
        <translation>{phase} · OPLEIDING</translation>
    </message>
    <message>
        <source>Practised by {trainee}</source>
        <translation>Geoefend door {trainee}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>TRAINING — practice only, never changes the equipment</source>
        <translation>OPLEIDING — alleen oefening, verandert nooit iets aan de uitrusting</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Goedkeuren…</translation>
    </message>
    <message>
        <source>No execution is shown.</source>
        <translation>Er wordt geen uitvoering getoond.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to review, approve or reject checklists.</source>
        <translation>Uw rollen laten u niet toe checklists na te kijken, goed te keuren of af te wijzen.</translation>
    </message>
    <message>
        <source>Deviations are closed by someone who executes checklists (a technician or an instructor).</source>
        <translation>Afwijkingen worden afgesloten door iemand die checklists uitvoert (een technicus of een opleider).</translation>
    </message>
    <message>
        <source>Close the deviation</source>
        <translation>De afwijking afsluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Failed steps: {count}</source>
        <translation>Mislukte stappen: {count}</translation>
    </message>
    <message>
        <source>Open deviations: {count}</source>
        <translation>Open afwijkingen: {count}</translation>
    </message>
    <message>
        <source>Mandatory steps without a value: {count}</source>
        <translation>Verplichte stappen zonder waarde: {count}</translation>
    </message>
    <message>
        <source>Corrections: {count}</source>
        <translation>Correcties: {count}</translation>
    </message>
    <message>
        <source>Signature problems: {count}</source>
        <translation>Handtekeningproblemen: {count}</translation>
    </message>
    <message>
        <source>{code} v{version} on {equipment} ({phase}), now {state}.</source>
        <translation>{code} v{version} op {equipment} ({phase}), nu: {state}.</translation>
    </message>
    <message>
        <source>Signed ({meaning}) by {name}, {when}.</source>
        <translation>Ondertekend ({meaning}) door {name}, {when}.</translation>
    </message>
    <message>
        <source>{equipment} — {name} · {phase} · started by {who}, {when}</source>
        <translation>{equipment} — {name} · {phase} · gestart door {who}, {when}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <source>Close deviation {number}</source>
        <translation>Afwijking {number} afsluiten</translation>
    </message>
    <message>
        <source>How was deviation {number} resolved?</source>
        <translation>Hoe werd afwijking {number} opgelost?</translation>
    </message>
    <message>
        <source>Deviation {number} is closed.</source>
        <translation>Afwijking {number} is afgesloten.</translation>
    </message>
    <message>
        <source>The {phase} qualification of {equipment} is recorded in its logbook.</source>
        <translation>De {phase}-kwalificatie van {equipment} is in zijn logboek geregistreerd.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Nakijken…</translation>
    </message>
    <message>
        <source>Continue the execution</source>
        <translation>Uitvoering voortzetten</translation>
    </message>
    <message>
        <source>TRAINING — practised by {trainee}, supervised by {supervisor}</source>
        <translation>OPLEIDING — geoefend door {trainee}, onder toezicht van {supervisor}</translation>
    </message>
    <message>
        <source>Print the record…</source>
        <translation>Afdrukken…</translation>
    </message>
</context>
<context>
    <name>RunRecordView</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>By, when</source>
        <translation>Door, wanneer</translation>
    </message>
    <message>
        <source>Evidence, reason</source>
        <translation>Bewijs, reden</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Failures and deviations</source>
        <translation>Mislukkingen en afwijkingen</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>✖ Step {step}: {instruction}</source>
        <translation>✖ Stap {step}: {instruction}</translation>
    </message>
    <message>
        <source>Value {value} — {verdict}</source>
        <translation>Waarde {value} — {verdict}</translation>
    </message>
    <message>
        <source>⚠ Deviation {number} on step {step} — {state}</source>
        <translation>⚠ Afwijking {number} bij stap {step} — {state}</translation>
    </message>
    <message>
        <source>⚠ Event {seq} was recorded after the approval.</source>
        <translation>⚠ Gebeurtenis {seq} werd na de goedkeuring geregistreerd.</translation>
    </message>
    <message>
        <source>No failed step and no deviation.</source>
        <translation>Geen mislukte stap en geen afwijking.</translation>
    </message>
    <message>
        <source>Entered by {name}, {when}</source>
        <translation>Ingevoerd door {name}, {when}</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>Wat er gebeurde: {text}</translation>
    </message>
    <message>
        <source>Impact: {text}</source>
        <translation>Impact: {text}</translation>
    </message>
    <message>
        <source>Action: {text}</source>
        <translation>Actie: {text}</translation>
    </message>
    <message>
        <source>Raised by {name}, {when}</source>
        <translation>Gemeld door {name}, {when}</translation>
    </message>
    <message>
        <source>⚠ Signature {seq} no longer matches what it signed: the record was changed.</source>
        <translation>⚠ Handtekening {seq} komt niet meer overeen met wat ze ondertekende: het record werd gewijzigd.</translation>
    </message>
    <message>
        <source>Criterion: {criterion}</source>
        <translation>Criterium: {criterion}</translation>
    </message>
    <message>
        <source>Closed by {name}, {when}: {resolution}</source>
        <translation>Afgesloten door {name}, {when}: {resolution}</translation>
    </message>
    <message>
        <source>Close deviation {number}…</source>
        <translation>Afwijking {number} afsluiten…</translation>
    </message>
    <message>
        <source>{instrument}, serial {serial}, reading {uuid}</source>
        <translation>{instrument}, serienummer {serial}, meting {uuid}</translation>
    </message>
    <message>
        <source>Correction {version}: {reason}</source>
        <translation>Correctie {version}: {reason}</translation>
    </message>
    <message>
        <source>File {name}, SHA-256 {sha}</source>
        <translation>Bestand {name}, SHA-256 {sha}</translation>
    </message>
</context>
<context>
    <name>RunHeader</name>
    <message>
        <source>TRAINING — a practice run: it never changes the equipment's state.</source>
        <translation>OPLEIDING — oefenuitvoering: ze verandert nooit de toestand van de uitrusting.</translation>
    </message>
    <message>
        <source>No checklist open</source>
        <translation>Geen checklist geopend</translation>
    </message>
    <message>
        <source>{equipment} — {name} · {phase} · started by {by}, {when}</source>
        <translation>{equipment} — {name} · {phase} · gestart door {by}, {when}</translation>
    </message>
    <message>
        <source>TRAINING — practised by {trainee}, supervised by {supervisor}: it never changes the equipment's state.</source>
        <translation>OPLEIDING — geoefend door {trainee}, onder toezicht van {supervisor}: ze verandert nooit de toestand van de uitrusting.</translation>
    </message>
</context>
<context>
    <name>TraineePicker</name>
    <message>
        <source>Type a name or a reference</source>
        <translation>Typ een naam of een referentie</translation>
    </message>
    <message>
        <source>Search the learner by name or reference</source>
        <translation>Zoek de cursist op naam of referentie</translation>
    </message>
    <message>
        <source>Learner who practises</source>
        <translation>Cursist die oefent</translation>
    </message>
    <message>
        <source>Learner who practises (optional)</source>
        <translation>Cursist die oefent (optioneel)</translation>
    </message>
    <message>
        <source>No learner named</source>
        <translation>Geen cursist vermeld</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Course code</source>
        <translation>Cursuscode</translation>
    </message>
    <message>
        <source>e.g. OPP</source>
        <translation>bv. OPP</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Cursustitel</translation>
    </message>
    <message>
        <source>Course family</source>
        <translation>Cursusfamilie</translation>
    </message>
    <message>
        <source>Choose a family</source>
        <translation>Kies een familie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nieuwe cursus</translation>
    </message>
    <message>
        <source>Create the course</source>
        <translation>Cursus aanmaken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>A course's code never changes: sessions and reports name it.</source>
        <translation>De code van een cursus verandert nooit: sessies en rapporten vermelden hem.</translation>
    </message>
    <message>
        <source>Save the course</source>
        <translation>Cursus opslaan</translation>
    </message>
    <message>
        <source>Type the course's code.</source>
        <translation>Typ de code van de cursus.</translation>
    </message>
    <message>
        <source>A course code has no spaces.</source>
        <translation>Een cursuscode bevat geen spaties.</translation>
    </message>
    <message>
        <source>Type the course's title.</source>
        <translation>Typ de titel van de cursus.</translation>
    </message>
    <message>
        <source>Choose the course's family.</source>
        <translation>Kies de familie van de cursus.</translation>
    </message>
    <message>
        <source>Course {code}</source>
        <translation>Cursus {code}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Reason for the withdrawal</source>
        <translation>Reden van de uitschrijving</translation>
    </message>
    <message>
        <source>e.g. found a job; moved to another session</source>
        <translation>bv. heeft werk gevonden; gaat naar een andere sessie</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Uitschrijven</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>{name} stays on the roster, marked withdrawn with the date and the reason; the hours already attended stay on record. Enrolling them again puts them back.</source>
        <translation>{name} blijft op de deelnemerslijst, gemarkeerd als uitgeschreven met de datum en de reden; de al gevolgde uren blijven geregistreerd. Opnieuw inschrijven zet de cursist terug.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Withdraw {name} from {code}</source>
        <translation>{name} uitschrijven uit {code}</translation>
    </message>
    <message>
        <source>Give the reason for the withdrawal.</source>
        <translation>Geef de reden van de uitschrijving.</translation>
    </message>
</context>
<context>
    <name>CourseListPanel</name>
    <message>
        <source>+ New course</source>
        <translation>+ Nieuwe cursus</translation>
    </message>
    <message>
        <source>Edit the course…</source>
        <translation>Cursus wijzigen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Course {code} saved.</source>
        <translation>Cursus {code} opgeslagen.</translation>
    </message>
</context>
<context>
    <name>LearnerPickerDialog</name>
    <message>
        <source>Search a name, a reference or an e-mail</source>
        <translation>Zoek een naam, een referentie of een e-mailadres</translation>
    </message>
    <message>
        <source>Search the learners</source>
        <translation>Cursisten zoeken</translation>
    </message>
    <message>
        <source>Learners to enrol</source>
        <translation>In te schrijven cursisten</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Enrol learners in {code}</source>
        <translation>Cursisten inschrijven in {code}</translation>
    </message>
    <message>
        <source>Every active learner is already on this roster.</source>
        <translation>Alle actieve cursisten staan al op deze deelnemerslijst.</translation>
    </message>
    <message>
        <source>Choose at least one learner: touch their names.</source>
        <translation>Kies minstens één cursist: tik op de naam.</translation>
    </message>
    <message>
        <source>(withdrawn: enrolling puts them back)</source>
        <translation>(uitgeschreven: inschrijven zet de cursist terug)</translation>
    </message>
    <message>
        <source>Learners chosen: {count}</source>
        <translation>Gekozen cursisten: {count}</translation>
    </message>
    <message>
        <source>Enrol ({count})</source>
        <translation>Inschrijven ({count})</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>CSV files (*.csv *.txt);;Every file (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>No session matches the search and the filters.</source>
        <translation>Geen sessie komt overeen met de zoekopdracht en de filters.</translation>
    </message>
    <message>
        <source>Search the sessions</source>
        <translation>Sessies zoeken</translation>
    </message>
    <message>
        <source>Course filter</source>
        <translation>Filter op cursus</translation>
    </message>
    <message>
        <source>Every course</source>
        <translation>Alle cursussen</translation>
    </message>
    <message>
        <source>Period filter</source>
        <translation>Filter op periode</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Import a schedule…</source>
        <translation>Planning importeren…</translation>
    </message>
    <message>
        <source>+ New session</source>
        <translation>+ Nieuwe sessie</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Planning…</translation>
    </message>
    <message>
        <source>Room, instructor and slots of the session</source>
        <translation>Lokaal, lesgever en tijdvakken van de sessie</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>Deelnemers…</translation>
    </message>
    <message>
        <source>Import a schedule</source>
        <translation>Planning importeren</translation>
    </message>
    <message>
        <source>{name}: nothing was imported. Problems to fix first: {count}.</source>
        <translation>{name}: er is niets geïmporteerd. Eerst op te lossen problemen: {count}.</translation>
    </message>
    <message>
        <source>{name} imported: sessions created: {count} ({codes}); slots added: {added}; slots already there: {unchanged}.</source>
        <translation>{name} geïmporteerd: aangemaakte sessies: {count} ({codes}); toegevoegde tijdvakken: {added}; al aanwezig: {unchanged}.</translation>
    </message>
    <message>
        <source>Running and upcoming</source>
        <translation>Lopend en komend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Komend</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Voorbij</translation>
    </message>
    <message>
        <source>Every period</source>
        <translation>Alle periodes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokaal</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Lesgever</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} importeren…</translation>
    </message>
    <message>
        <source>Session, course, room or instructor…</source>
        <translation>Sessie, cursus, lokaal of lesgever…</translation>
    </message>
</context>
<context>
    <name>SlotsEditor</name>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Times of the first slot of each day</source>
        <translation>Uren van het eerste tijdvak van elke dag</translation>
    </message>
    <message>
        <source>Times of the second slot of each day (may stay empty)</source>
        <translation>Uren van het tweede tijdvak van elke dag (mag leeg blijven)</translation>
    </message>
    <message>
        <source>+ Add these days</source>
        <translation>+ Deze dagen toevoegen</translation>
    </message>
    <message>
        <source>The slots {first} and {second} overlap: change the times.</source>
        <translation>De tijdvakken {first} en {second} overlappen: wijzig de uren.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokaal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>De laatste dag valt vóór de eerste.</translation>
    </message>
    <message>
        <source>At most a year at a time: choose a shorter period.</source>
        <translation>Hoogstens een jaar tegelijk: kies een kortere periode.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Kies minstens één dag van de week.</translation>
    </message>
    <message>
        <source>Type the times of at least one slot, e.g. 08:30–12:00.</source>
        <translation>Typ de uren van minstens één tijdvak, bv. 08:30–12:00.</translation>
    </message>
    <message>
        <source>None of the chosen weekdays falls in this period.</source>
        <translation>Geen van de gekozen weekdagen valt in deze periode.</translation>
    </message>
    <message>
        <source>These slots are already in the schedule.</source>
        <translation>Deze tijdvakken staan al in de planning.</translation>
    </message>
    <message>
        <source>Removed when you save</source>
        <translation>Verwijderd bij het opslaan</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>✕ Remove</source>
        <translation>✕ Verwijderen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Unreadable times "{value}": write them like 08:30–12:00.</source>
        <translation>Onleesbare uren "{value}": schrijf ze als 08:30–12:00.</translation>
    </message>
    <message>
        <source>Keep the slot {slot}</source>
        <translation>Tijdvak {slot} behouden</translation>
    </message>
    <message>
        <source>Remove the slot {slot}</source>
        <translation>Tijdvak {slot} verwijderen</translation>
    </message>
    <message>
        <source>{date}: {problem}</source>
        <translation>{date}: {problem}</translation>
    </message>
    <message>
        <source>times</source>
        <translation>uren</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Begun: kept as it is</source>
        <translation>Begonnen: blijft zoals het is</translation>
    </message>
</context>
<context>
    <name>CourseWords</name>
    <message>
        <source>This could not be done: unexpected error; nothing was recorded. The details are in the log.</source>
        <translation>Dit kon niet: onverwachte fout; er is niets geregistreerd. De details staan in het logboek.</translation>
    </message>
    <message>
        <source>Production operator</source>
        <translation>Productieoperator</translation>
    </message>
    <message>
        <source>QC laboratory technician</source>
        <translation>Laboratoriumtechnicus QC</translation>
    </message>
    <message>
        <source>Electricity and instrumentation</source>
        <translation>Elektriciteit en instrumentatie</translation>
    </message>
    <message>
        <source>Qualification and validation</source>
        <translation>Kwalificatie en validatie</translation>
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
        <source>Not chosen yet</source>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Regel {line}: {problem}</translation>
    </message>
    <message>
        <source>{name} could not be read: {error}</source>
        <translation>{name} kon niet gelezen worden: {error}</translation>
    </message>
    <message>
        <source>The file: {problem}</source>
        <translation>Het bestand: {problem}</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: {problem}</source>
        <translation>Regel {line}, kolom {column}: {problem}</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Cursussen</translation>
    </message>
    <message>
        <source>Session {code} saved: {slots} slots, {dates}.</source>
        <translation>Sessie {code} opgeslagen: {slots} tijdvakken, {dates}.</translation>
    </message>
    <message>
        <source>Courses and sessions</source>
        <translation>Cursussen en sessies</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>← Sessions</source>
        <translation>← Sessies</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Sessie opslaan</translation>
    </message>
    <message>
        <source>e.g. OPP-2027-01</source>
        <translation>bv. OPP-2027-01</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Sessiecode</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <source>Room (code)</source>
        <translation>Lokaal (code)</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Lesgever</translation>
    </message>
    <message>
        <source>Reason for the change (optional, kept in the audit trail)</source>
        <translation>Reden van de wijziging (optioneel, bewaard in het auditspoor)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reden van de wijziging</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lezen…</translation>
    </message>
    <message>
        <source>Choose a course</source>
        <translation>Kies een cursus</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokaal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>Slots that have begun are kept as they are: hours are counted against them.</source>
        <translation>Begonnen tijdvakken blijven zoals ze zijn: de uren worden erop geteld.</translation>
    </message>
    <message>
        <source>Choose the room.</source>
        <translation>Kies het lokaal.</translation>
    </message>
    <message>
        <source>Add at least one slot: choose the days and times, then + Add these days.</source>
        <translation>Voeg minstens één tijdvak toe: kies de dagen en de uren, dan + Deze dagen toevoegen.</translation>
    </message>
    <message>
        <source>Type the session's code.</source>
        <translation>Typ de code van de sessie.</translation>
    </message>
    <message>
        <source>A session code has no spaces.</source>
        <translation>Een sessiecode bevat geen spaties.</translation>
    </message>
    <message>
        <source>Choose the course.</source>
        <translation>Kies de cursus.</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Niets op te slaan: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Session {code}</source>
        <translation>Sessie {code}</translation>
    </message>
    <message>
        <source>Slots added: {count}. Save the session to keep them.</source>
        <translation>Toegevoegde tijdvakken: {count}. Sla de sessie op om ze te bewaren.</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+S)</source>
        <translation>Sessie opslaan (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>CSV files (*.csv *.txt);;Every file (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Enrolled: {enrolled}; enrolled again: {reinstated}; already on the roster: {already}.</source>
        <translation>Ingeschreven: {enrolled}; opnieuw ingeschreven: {reinstated}; al op de deelnemerslijst: {already}.</translation>
    </message>
    <message>
        <source>{name} is withdrawn from {code}; the entry stays on the roster.</source>
        <translation>{name} is uitgeschreven uit {code}; de inschrijving blijft op de deelnemerslijst.</translation>
    </message>
    <message>
        <source>← Sessions</source>
        <translation>← Sessies</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Uitschrijven…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Opnieuw inschrijven</translation>
    </message>
    <message>
        <source>Reading the learners…</source>
        <translation>Cursisten lezen…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Inschrijven…</translation>
    </message>
    <message>
        <source>Enrol from a CSV file</source>
        <translation>Inschrijven uit een CSV-bestand</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Uitschrijven…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{name}: nobody was enrolled. Problems to fix first: {count}.</source>
        <translation>{name}: er is niemand ingeschreven. Eerst op te lossen problemen: {count}.</translation>
    </message>
    <message>
        <source>Enrolled: {count}</source>
        <translation>Ingeschreven: {count}</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet.</source>
        <translation>Er is nog niemand ingeschreven.</translation>
    </message>
    <message>
        <source>Roster of {code}</source>
        <translation>Deelnemers van {code}</translation>
    </message>
    <message>
        <source>Enrolling from {name}…</source>
        <translation>Inschrijven uit {name}…</translation>
    </message>
    <message>
        <source>withdrawn: {count}</source>
        <translation>uitgeschreven: {count}</translation>
    </message>
    <message>
        <source>Withdrawn on {date} by {who}: {reason}</source>
        <translation>Uitgeschreven op {date} door {who}: {reason}</translation>
    </message>
    <message>
        <source>room {room}</source>
        <translation>lokaal {room}</translation>
    </message>
    <message>
        <source>+ Enrol…</source>
        <translation>+ Inschrijven…</translation>
    </message>
    <message>
        <source>Enrol from a CSV…</source>
        <translation>Uit CSV inschrijven…</translation>
    </message>
    <message>
        <source>Choose the learners in a list, by name or reference</source>
        <translation>Kies de cursisten in een lijst, op naam of referentie</translation>
    </message>
    <message>
        <source>Enrol every learner a CSV file names, all or nothing</source>
        <translation>Schrijf alle cursisten uit een CSV-bestand in, allemaal of geen</translation>
    </message>
</context>
<context>
    <name>JobWords</name>
    <message>
        <source>This could not be done: unexpected error; the details are in the log.</source>
        <translation>Dit kon niet: onverwachte fout; de details staan in het technische logbestand.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation>Het bestand kon niet worden geschreven: {reason}.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Sending page {page} of {pages} to the printer…</source>
        <translation>Pagina {page} van {pages} wordt naar de printer gestuurd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation>Aan breedte aanpassen</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Het document wordt voorbereid…</translation>
    </message>
    <message>
        <source>The document was made but cannot be shown; it was not kept.</source>
        <translation>Het document is gemaakt maar kan niet worden getoond; het werd niet bewaard.</translation>
    </message>
    <message>
        <source>Cancelled: no document was made.</source>
        <translation>Geannuleerd: er is geen document gemaakt.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Bezig met afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Afdrukken geannuleerd.</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {count}.</source>
        <translation>Pagina's naar de printer gestuurd: {count}.</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Opgeslagen als {path}.</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <source>Reading the record…</source>
        <translation>De registratie wordt gelezen…</translation>
    </message>
    <message>
        <source>Reading the session's attendance and registering the printout's verification code…</source>
        <translation>De aanwezigheden van de sessie worden gelezen en de verificatiecode van de afdruk wordt geregistreerd…</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>De pagina's worden getekend…</translation>
    </message>
    <message>
        <source>Reading the logbook…</source>
        <translation>Het logboek wordt gelezen…</translation>
    </message>
    <message>
        <source>Laying out the pages: {done} of {total} entries</source>
        <translation>Opmaak van de pagina's: {done} van {total} registraties</translation>
    </message>
    <message>
        <source>Drawing the pages: {done} of {total} entries</source>
        <translation>De pagina's worden getekend: {done} van {total} registraties</translation>
    </message>
    <message>
        <source>Checklist record {code} — {equipment}</source>
        <translation>Checklistregistratie {code} — {equipment}</translation>
    </message>
    <message>
        <source>Session attendance record {code}</source>
        <translation>Aanwezigheidsregister van de sessie {code}</translation>
    </message>
    <message>
        <source>Logbook of {code}, {first} to {last}</source>
        <translation>Logboek van {code}, van {first} tot {last}</translation>
    </message>
    <message>
        <source>Logbook of {code}</source>
        <translation>Logboek van {code}</translation>
    </message>
</context>
<context>
    <name>AttendanceWords</name>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Vroeg vertrokken</translation>
    </message>
    <message>
        <source>No check-out</source>
        <translation>Geen afmelding</translation>
    </message>
    <message>
        <source>Closed automatically</source>
        <translation>Automatisch afgesloten</translation>
    </message>
    <message>
        <source>Check-out without check-in</source>
        <translation>Afmelding zonder aanmelding</translation>
    </message>
    <message>
        <source>Outside the schedule</source>
        <translation>Buiten het rooster</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Niet ingeschreven</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Gecorrigeerd</translation>
    </message>
    <message>
        <source>Still in</source>
        <translation>Nog aanwezig</translation>
    </message>
    <message>
        <source>first check-in more than {minutes} min after the first slot began</source>
        <translation>eerste aanmelding meer dan {minutes} min na het begin van het eerste blok</translation>
    </message>
    <message>
        <source>last check-out more than {minutes} min before the last slot ended</source>
        <translation>laatste afmelding meer dan {minutes} min voor het einde van het laatste blok</translation>
    </message>
    <message>
        <source>a check-in was never closed: the stay ends at the next check-in</source>
        <translation>een aanmelding werd nooit afgesloten: de aanwezigheid eindigt bij de volgende aanmelding</translation>
    </message>
    <message>
        <source>no check-out: the stay was closed at the end of the last slot</source>
        <translation>geen afmelding: de aanwezigheid werd afgesloten aan het einde van het laatste blok</translation>
    </message>
    <message>
        <source>a check-out with no check-in counts nothing</source>
        <translation>een afmelding zonder aanmelding telt niet mee</translation>
    </message>
    <message>
        <source>scans outside any slot of a session: not counted for this session</source>
        <translation>scans buiten elk blok van een sessie: niet geteld voor deze sessie</translation>
    </message>
    <message>
        <source>checked in for this session without being on its roster</source>
        <translation>aangemeld voor deze sessie zonder ingeschreven te zijn</translation>
    </message>
    <message>
        <source>an event of this day was corrected</source>
        <translation>een registratie van deze dag werd gecorrigeerd</translation>
    </message>
    <message>
        <source>still checked in: counted up to now</source>
        <translation>nog aanwezig: geteld tot nu</translation>
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
        <source>cancellation</source>
        <translation>annulering</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>niet ingeschreven</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correctie</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>vervangen door een correctie</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>uitgeschreven op {date}</translation>
    </message>
    <message>
        <source>scan forgotten, added</source>
        <translation>vergeten scan, toegevoegd</translation>
    </message>
    <message>
        <source>reason: {reason} ({who}, {when})</source>
        <translation>reden: {reason} ({who}, {when})</translation>
    </message>
    <message>
        <source>Counted for this session: {hours} of {scheduled} scheduled</source>
        <translation>Geteld voor deze sessie: {hours} van {scheduled} gepland</translation>
    </message>
    <message>
        <source>replaces {kind} {time}</source>
        <translation>vervangt {kind} {time}</translation>
    </message>
    <message>
        <source>Events of the day:</source>
        <translation>Registraties van de dag:</translation>
    </message>
    <message>
        <source>No event.</source>
        <translation>Geen registratie.</translation>
    </message>
    <message>
        <source>Outside any session: {stay}</source>
        <translation>Buiten elke sessie: {stay}</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Session total</source>
        <translation>Totaal van de sessie</translation>
    </message>
    <message>
        <source>{name}: {hours} of {scheduled} scheduled</source>
        <translation>{name}: {hours} van {scheduled} gepland</translation>
    </message>
</context>
<context>
    <name>DayEventsDialog</name>
    <message>
        <source>Correct the chosen event</source>
        <translation>Gekozen registratie corrigeren</translation>
    </message>
    <message>
        <source>Add a forgotten scan</source>
        <translation>Vergeten scan toevoegen</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Soort registratie</translation>
    </message>
    <message>
        <source>Time (Brussels), for example 08:45</source>
        <translation>Tijd (Brussel), bijvoorbeeld 08:45</translation>
    </message>
    <message>
        <source>Summer or winter time</source>
        <translation>Zomer- of wintertijd</translation>
    </message>
    <message>
        <source>Choose: this hour happens twice today</source>
        <translation>Kies: dit uur komt vandaag twee keer voor</translation>
    </message>
    <message>
        <source>Summer time (UTC+2), before the clocks go back</source>
        <translation>Zomertijd (UTC+2), vóór het terugzetten van de klok</translation>
    </message>
    <message>
        <source>Winter time (UTC+1), after the clocks go back</source>
        <translation>Wintertijd (UTC+1), na het terugzetten van de klok</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reden (verplicht)</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Waarom wordt dit gecorrigeerd?</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Correctie opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Telt mee</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Cancels</source>
        <translation>Annuleert</translation>
    </message>
    <message>
        <source>Type the time as hours and minutes, for example 08:45.</source>
        <translation>Typ de tijd in uren en minuten, bijvoorbeeld 08:45.</translation>
    </message>
    <message>
        <source>Counted for {session}: {hours}</source>
        <translation>Geteld voor {session}: {hours}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Choose in the list the event to correct (a replaced event cannot be: correct its correction).</source>
        <translation>Kies in de lijst de registratie die u wilt corrigeren (een vervangen registratie kan dat niet: corrigeer de correctie ervan).</translation>
    </message>
    <message>
        <source>Say why the attendance is corrected: the reason is kept with the correction.</source>
        <translation>Zeg waarom de aanwezigheid wordt gecorrigeerd: de reden wordt bij de correctie bewaard.</translation>
    </message>
    <message>
        <source>Add the scan</source>
        <translation>Scan toevoegen</translation>
    </message>
    <message>
        <source>cancel this event</source>
        <translation>deze registratie annuleren</translation>
    </message>
    <message>
        <source>{time} does not exist on {date}: the clocks went forward.</source>
        <translation>{time} bestaat niet op {date}: de klok werd vooruitgezet.</translation>
    </message>
    <message>
        <source>{time} happens twice on {date}: say whether it is summer or winter time.</source>
        <translation>{time} komt twee keer voor op {date}: zeg of het zomer- of wintertijd is.</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correctie</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheden</translation>
    </message>
    <message>
        <source>Code or course…</source>
        <translation>Code of opleiding…</translation>
    </message>
    <message>
        <source>Search a session by its code or its course</source>
        <translation>Een sessie zoeken op code of opleiding</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>The attendance could not be read: unexpected error; the details are in the log.</source>
        <translation>De aanwezigheden konden niet worden gelezen: onverwachte fout; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>This could not be recorded: unexpected error; the details are in the log.</source>
        <translation>Dit kon niet worden opgeslagen: onverwachte fout; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to review or correct attendance. Ask an instructor.</source>
        <translation>Uw rollen laten niet toe aanwezigheden te bekijken of te corrigeren. Vraag het een lesgever.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this session yet.</source>
        <translation>Nog niemand is ingeschreven voor deze sessie.</translation>
    </message>
    <message>
        <source>Correction recorded for {name}, {day}; the original stays on record.</source>
        <translation>Correctie opgeslagen voor {name}, {day}; het origineel blijft bewaard.</translation>
    </message>
    <message>
        <source>* time set by a correction · Late, Left early: first check-in more than {minutes} min after the start, last check-out more than {minutes} min before the end of the day's slots · Touch a day to see its events and correct them.</source>
        <translation>* tijd vastgelegd door een correctie · Te laat, Vroeg vertrokken: eerste aanmelding meer dan {minutes} min na het begin, laatste afmelding meer dan {minutes} min voor het einde van de blokken van de dag · Tik op een dag om de registraties te zien en te corrigeren.</translation>
    </message>
    <message>
        <source>No session matches the search.</source>
        <translation>Geen sessie komt overeen met de zoekopdracht.</translation>
    </message>
    <message>
        <source>No session this week: search one by its code or its course.</source>
        <translation>Geen sessie deze week: zoek er een op code of opleiding.</translation>
    </message>
    <message>
        <source>{days} days, {hours} scheduled per learner</source>
        <translation>{days} dagen, {hours} gepland per cursist</translation>
    </message>
    <message>
        <source>session total {hours}</source>
        <translation>totaal van de sessie {hours}</translation>
    </message>
    <message>
        <source>Reading the attendance of {code}…</source>
        <translation>Aanwezigheden van {code} worden gelezen…</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>Something went wrong, so the kiosk went back to its start screen. The problem was logged for IT support. If you were scanning your badge, please scan it again.</source>
        <translation>Er ging iets mis, daarom is de kiosk teruggekeerd naar het startscherm. Het probleem is vastgelegd voor de IT-ondersteuning. Was u uw badge aan het scannen? Scan hem dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Run database check</source>
        <translation>Database controleren</translation>
    </message>
    <message>
        <source>Check the database's integrity, settings and audit chain</source>
        <translation>De integriteit, instellingen en auditketen van de database controleren</translation>
    </message>
    <message>
        <source>Copy for IT support</source>
        <translation>Kopiëren voor IT</translation>
    </message>
    <message>
        <source>Copy the whole report to the clipboard as text</source>
        <translation>Het hele rapport als tekst naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>Checking the database: integrity, settings, record guards and the audit chain. On a large database this can take a minute.</source>
        <translation>De database wordt gecontroleerd: integriteit, instellingen, beveiliging van de registraties en auditketen. Bij een grote database kan dit een minuut duren.</translation>
    </message>
    <message>
        <source>The report is on the clipboard: paste it into your message to IT support.</source>
        <translation>Het rapport staat op het klembord: plak het in uw bericht aan de IT-ondersteuning.</translation>
    </message>
    <message>
        <source>unexpected error; the details are in the log.</source>
        <translation>onverwachte fout; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>The diagnostics could not be gathered: unexpected error; the details are in the log.</source>
        <translation>De diagnose kon niet worden opgesteld: onverwachte fout; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>Database check passed.</source>
        <translation>Databasecontrole geslaagd.</translation>
    </message>
    <message>
        <source>The database check could not run: {detail}</source>
        <translation>De databasecontrole kon niet worden uitgevoerd: {detail}</translation>
    </message>
    <message>
        <source>Database check FAILED (incident {id}): nothing is recorded on any terminal until QA resolves it. See the lines marked ⚠ and call IT support.</source>
        <translation>Databasecontrole MISLUKT (incident {id}): er wordt op geen enkele terminal iets geregistreerd tot QA het oplost. Zie de regels met ⚠ en bel de IT-ondersteuning.</translation>
    </message>
    <message>
        <source>Database check FAILED with the findings QA accepted in incident {id}: recording continues.</source>
        <translation>Databasecontrole MISLUKT met de bevindingen die QA aanvaardde in incident {id}: de registratie gaat door.</translation>
    </message>
    <message>
        <source>Database check FAILED and the incident could not be recorded: nothing is recorded on this terminal. Call IT support.</source>
        <translation>Databasecontrole MISLUKT en het incident kon niet worden geregistreerd: er wordt op deze terminal niets geregistreerd. Bel de IT-ondersteuning.</translation>
    </message>
    <message>
        <source>Incident {id} resolved: recording resumes on every terminal.</source>
        <translation>Incident {id} opgelost: de registratie wordt op alle terminals hervat.</translation>
    </message>
    <message>
        <source>Database check passed, but incident {id} is still open: nothing is recorded on any terminal until QA resolves it.</source>
        <translation>Databasecontrole geslaagd, maar incident {id} is nog open: er wordt op geen enkele terminal iets geregistreerd tot QA het oplost.</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>The staff area locks when nobody touches the terminal.</source>
        <translation>De personeelsruimte vergrendelt wanneer niemand de terminal aanraakt.</translation>
    </message>
    <message>
        <source>Locking in {seconds} s — touch the screen to stay</source>
        <translation>Vergrendeling over {seconds} s — raak het scherm aan om te blijven</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Close the kiosk</source>
        <translation>De kiosk sluiten</translation>
    </message>
    <message>
        <source>Only an administrator or a technician can close the program. Type your login, then your PIN.</source>
        <translation>Alleen een beheerder of een technicus kan het programma sluiten. Typ uw gebruikersnaam en daarna uw pincode.</translation>
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
        <source>Close the program</source>
        <translation>Programma sluiten</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Terug naar de kiosk</translation>
    </message>
    <message>
        <source>Type your login and your PIN.</source>
        <translation>Typ uw gebruikersnaam en uw pincode.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>The account {login} may not close the kiosk: ask an administrator or a technician.</source>
        <translation>Het account {login} mag de kiosk niet sluiten: vraag het aan een beheerder of een technicus.</translation>
    </message>
    <message>
        <source>The PIN could not be checked: unexpected error; the details are in the log.</source>
        <translation>De pincode kon niet worden gecontroleerd: onverwachte fout; de details staan in het logboek.</translation>
    </message>
</context>
<context>
    <name>DatabaseNotice</name>
    <message>
        <source>Badge not recorded: the database cannot be reached. Scan again once this notice is gone.</source>
        <translation>Badge niet geregistreerd: de database is onbereikbaar. Scan opnieuw zodra deze melding verdwenen is.</translation>
    </message>
    <message>
        <source>Database unreachable — scans are not recorded; trying again…</source>
        <translation>Database onbereikbaar — scans worden niet geregistreerd; nieuwe poging…</translation>
    </message>
    <message>
        <source>Nothing can be recorded on this terminal until the connection is back. This notice goes away by itself.</source>
        <translation>Niets kan op deze terminal worden geregistreerd tot de verbinding terug is. Deze melding verdwijnt vanzelf.</translation>
    </message>
    <message>
        <source>The database does not answer.</source>
        <translation>De database antwoordt niet.</translation>
    </message>
    <message>
        <source>Attempt {count} failed at {time}; next attempt within {seconds} s.</source>
        <translation>Poging {count} mislukt om {time}; volgende poging binnen {seconds} s.</translation>
    </message>
</context>
<context>
    <name>IntegrityNotice</name>
    <message>
        <source>Recording stopped: the database check failed on this terminal and the problem could not be recorded. Call IT support.</source>
        <translation>Registratie gestopt: de databasecontrole is op deze terminal mislukt en het probleem kon niet worden geregistreerd. Bel de IT-ondersteuning.</translation>
    </message>
    <message>
        <source>Recording stopped: the database check found a problem (incident {id}, terminal {terminal}). Tell quality assurance: they resolve it in the staff area, under Diagnostics.</source>
        <translation>Registratie gestopt: de databasecontrole heeft een probleem gevonden (incident {id}, terminal {terminal}). Verwittig kwaliteitsborging: zij lossen het op in de personeelsruimte, onder Diagnose.</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Integrity incidents</source>
        <translation>Integriteitsincidenten</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Oplossen…</translation>
    </message>
    <message>
        <source>Resolve incident {id}</source>
        <translation>Incident {id} oplossen</translation>
    </message>
    <message>
        <source>Incident {id} — {when}, terminal {terminal} — OPEN: nothing is recorded on any terminal. {failed}</source>
        <translation>Incident {id} — {when}, terminal {terminal} — OPEN: er wordt op geen enkele terminal iets geregistreerd. {failed}</translation>
    </message>
    <message>
        <source>Incident {id} — {when}, terminal {terminal} — resolved by {who} on {resolved}: {note}</source>
        <translation>Incident {id} — {when}, terminal {terminal} — opgelost door {who} op {resolved}: {note}</translation>
    </message>
</context>
<context>
    <name>ResolveIncidentDialog</name>
    <message>
        <source>Resolve integrity incident {id}</source>
        <translation>Integriteitsincident {id} oplossen</translation>
    </message>
    <message>
        <source>The database check of {when} on terminal {terminal} found: {failed}</source>
        <translation>De databasecontrole van {when} op terminal {terminal} vond: {failed}</translation>
    </message>
    <message>
        <source>By signing you declare that the problem was investigated and that recording may resume on every terminal. A later check that finds exactly the same will not stop recording again; anything else will.</source>
        <translation>Door te ondertekenen verklaart u dat het probleem werd onderzocht en dat de registratie op alle terminals mag worden hervat. Een latere controle die precies hetzelfde vindt, stopt de registratie niet meer; al het andere wel.</translation>
    </message>
    <message>
        <source>What was found and done (required)</source>
        <translation>Wat werd vastgesteld en gedaan (verplicht)</translation>
    </message>
    <message>
        <source>What was found and done</source>
        <translation>Wat werd vastgesteld en gedaan</translation>
    </message>
    <message>
        <source>Signing as {login}</source>
        <translation>Ondertekenen als {login}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Sign and resume recording</source>
        <translation>Ondertekenen en registratie hervatten</translation>
    </message>
    <message>
        <source>Say what was found and done (at least {n} characters).</source>
        <translation>Zeg wat er werd vastgesteld en gedaan (minstens {n} tekens).</translation>
    </message>
    <message>
        <source>Type your password: it is your signature.</source>
        <translation>Typ uw wachtwoord: het is uw handtekening.</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Uw wachtwoord wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The incident could not be resolved: unexpected error; the details are in the log.</source>
        <translation>Het incident kon niet worden opgelost: onverwachte fout; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {n}).</source>
        <translation>De notitie is te lang ({length} tekens; hoogstens {n}).</translation>
    </message>
</context>
</TS>
