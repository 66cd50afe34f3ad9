<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>KioskIdleScreen</name>
    <message>
        <source>Scan your badge</source>
        <translation>Scannez votre badge</translation>
    </message>
    <message>
        <source>Hold the QR code of your badge under the reader.</source>
        <translation>Présentez le code QR de votre badge sous le lecteur.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Staff: unlock the staff area</source>
        <translation>Personnel : déverrouiller l'espace du personnel</translation>
    </message>
    <message>
        <source>Now in this room</source>
        <translation>En ce moment dans cette salle</translation>
    </message>
    <message>
        <source>No session is running in this room right now.</source>
        <translation>Aucune session n'a lieu dans cette salle en ce moment.</translation>
    </message>
    <message>
        <source>Unexpected error; the details are in the log.</source>
        <translation>Erreur inattendue ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>This terminal has no room</source>
        <translation>Ce terminal n'est placé dans aucune salle</translation>
    </message>
    <message>
        <source>This terminal is not registered</source>
        <translation>Ce terminal n'est pas enregistré</translation>
    </message>
    <message>
        <source>Cannot load this room's sessions: {detail} Trying again automatically.</source>
        <translation>Impossible de charger les sessions de cette salle : {detail} Nouvel essai automatique.</translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation>Pas encore disponible.</translation>
    </message>
    <message>
        <source>Terminal {terminal}</source>
        <translation>Terminal {terminal}</translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
    <message>
        <source>Room {room}  ·  Terminal {terminal}</source>
        <translation>Salle {room}  ·  Terminal {terminal}</translation>
    </message>
    <message>
        <source>Terminal {terminal} is registered but not placed in a room, so badges cannot be scanned here. An administrator places it in a room with this command:</source>
        <translation>Le terminal {terminal} est enregistré mais n'est placé dans aucune salle : les badges ne peuvent donc pas être scannés ici. Un administrateur le place dans une salle avec cette commande :</translation>
    </message>
    <message>
        <source>This terminal's name is {terminal}. Until an administrator registers it in a room, badges cannot be scanned here. To register it, run this command:</source>
        <translation>Ce terminal s'appelle {terminal}. Tant qu'un administrateur ne l'a pas enregistré dans une salle, les badges ne peuvent pas être scannés ici. Pour l'enregistrer, exécutez cette commande :</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>No instructor assigned</source>
        <translation>Formateur·rice : pas encore désigné·e</translation>
    </message>
    <message>
        <source>Instructor: {name}</source>
        <translation>Formateur·rice : {name}</translation>
    </message>
    <message>
        <source>{start} – {end}  ·  Session {code}</source>
        <translation>{start} – {end}  ·  Session {code}</translation>
    </message>
    <message>
        <source>{teacher}  ·  Enrolled: {count}</source>
        <translation>{teacher}  ·  Inscriptions : {count}</translation>
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
        <translation>Badge non lu : l'accès du personnel est ouvert. Revenez à la borne et scannez à nouveau.</translation>
    </message>
</context>
<context>
    <name>StaffArea</name>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the staff area and go back to the kiosk</source>
        <translation>Verrouiller l'espace du personnel et revenir à la borne</translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation>Quitter le programme</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien·ne</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Formateur·rice</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Assurance qualité</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur·rice</translation>
    </message>
    <message>
        <source>{roles}  ·  login {login}</source>
        <translation>{roles}  ·  identifiant {login}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Press Lock when you leave. The staff area also locks itself after a few idle minutes.</source>
        <translation>Appuyez sur Verrouiller en partant. L'espace du personnel se verrouille aussi de lui-même après quelques minutes sans activité.</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>Bienvenue, {name}</translation>
    </message>
    <message>
        <source>You are signed in as {login} on terminal {terminal}. Choose a task in the list.</source>
        <translation>Vous êtes connecté·e en tant que {login} sur le terminal {terminal}. Choisissez une tâche dans la liste.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Staff unlock</source>
        <translation>Accès du personnel</translation>
    </message>
    <message>
        <source>Type your login, then your PIN.</source>
        <translation>Tapez votre identifiant, puis votre code PIN.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Retour à la borne</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The PIN could not be checked: unexpected error; the details are in the log.</source>
        <translation>Le code PIN n'a pas pu être vérifié : erreur inattendue ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Type your login and your PIN.</source>
        <translation>Tapez votre identifiant et votre code PIN.</translation>
    </message>
    <message>
        <source>Your account holds no role that opens the staff area. Ask an administrator.</source>
        <translation>Votre compte n'a aucun rôle qui ouvre l'espace du personnel. Adressez-vous à un administrateur.</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Effacer le code PIN</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
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
        <translation>OK : fermer cet écran</translation>
    </message>
    <message>
        <source>Back to the start in a few seconds.</source>
        <translation>Cet écran se ferme dans quelques secondes.</translation>
    </message>
    <message>
        <source>Scan not recorded</source>
        <translation>Scan non enregistré</translation>
    </message>
    <message>
        <source>Unexpected error; the details are in the log.</source>
        <translation>Erreur inattendue ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>{detail} Scan your badge again.</source>
        <translation>{detail} Scannez à nouveau votre badge.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Check-in recorded</source>
        <translation>Entrée enregistrée</translation>
    </message>
    <message>
        <source>In at {time}</source>
        <translation>Entrée à {time}</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Au revoir</translation>
    </message>
    <message>
        <source>Check-out recorded</source>
        <translation>Sortie enregistrée</translation>
    </message>
    <message>
        <source>Out at {time}</source>
        <translation>Sortie à {time}</translation>
    </message>
    <message>
        <source>Already recorded at {time}</source>
        <translation>Déjà enregistré à {time}</translation>
    </message>
    <message>
        <source>Your check-out was already recorded.</source>
        <translation>Votre sortie était déjà enregistrée.</translation>
    </message>
    <message>
        <source>Your check-in was already recorded. To check out, scan again later.</source>
        <translation>Votre entrée était déjà enregistrée. Pour sortir, scannez à nouveau plus tard.</translation>
    </message>
    <message>
        <source>Badge refused</source>
        <translation>Badge refusé</translation>
    </message>
    <message>
        <source>Session {code} — {title}</source>
        <translation>Session {code} — {title}</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation>{hours} h {minutes}</translation>
    </message>
    <message>
        <source>Hours today: {duration}</source>
        <translation>Heures aujourd'hui : {duration}</translation>
    </message>
    <message>
        <source>No session is planned in this room now: your arrival is recorded.</source>
        <translation>Aucune session n'est prévue dans cette salle en ce moment : votre arrivée est enregistrée.</translation>
    </message>
    <message>
        <source>You are not enrolled in this session: please tell your instructor.</source>
        <translation>Vous n'êtes pas inscrit·e à cette session : prévenez votre formateur·rice.</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation>Badge inconnu</translation>
    </message>
    <message>
        <source>Badge revoked: go to the front desk</source>
        <translation>Badge révoqué : passez à l'accueil</translation>
    </message>
    <message>
        <source>Inactive person</source>
        <translation>Personne inactive</translation>
    </message>
    <message>
        <source>Unreadable code, try again</source>
        <translation>Code illisible, réessayez</translation>
    </message>
</context>
</TS>
