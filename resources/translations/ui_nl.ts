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
</TS>
