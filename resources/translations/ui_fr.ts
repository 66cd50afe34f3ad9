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
    <message>
        <source>Another scan was read: the questions are cancelled.</source>
        <translation>Un autre scan a été lu : les questions sont annulées.</translation>
    </message>
    <message>
        <source>Badge not read: the kiosk is being closed. Scan again once it is back.</source>
        <translation>Badge non lu : la borne est en cours de fermeture. Scannez à nouveau quand elle sera de retour.</translation>
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
    <message>
        <source>Staff override</source>
        <translation>Dérogation (personnel)</translation>
    </message>
    <message>
        <source>Staff override: an instructor or a technician signs</source>
        <translation>Dérogation du personnel : un·e formateur·rice ou un·e technicien·ne signe</translation>
    </message>
    <message>
        <source>An instructor or a technician may authorise this use.</source>
        <translation>Un·e formateur·rice ou un·e technicien·ne peut autoriser cette utilisation.</translation>
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
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>Aptitude</translation>
    </message>
</context>
<context>
    <name>EquipmentWords</name>
    <message>
        <source>Fit for use</source>
        <translation>Apte à l'emploi</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En cours d'utilisation</translation>
    </message>
    <message>
        <source>Being cleaned</source>
        <translation>En nettoyage</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>En maintenance</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>In quarantine</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>End of use</source>
        <translation>Fin d'utilisation</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Étalonnage</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>in quarantine</source>
        <translation>en quarantaine</translation>
    </message>
    <message>
        <source>calibration overdue since {date}</source>
        <translation>étalonnage échu depuis le {date}</translation>
    </message>
    <message>
        <source>calibration due on {date}</source>
        <translation>étalonnage à faire le {date}</translation>
    </message>
    <message>
        <source>{phase} qualification missing</source>
        <translation>qualification {phase} manquante</translation>
    </message>
    <message>
        <source>Unfit: {reasons}</source>
        <translation>Inapte : {reasons}</translation>
    </message>
    <message>
        <source>Fit, but {reasons}</source>
        <translation>Apte, mais {reasons}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Réalisé par</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Next due date</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>due date unchanged</source>
        <translation>échéance inchangée</translation>
    </message>
    <message>
        <source>{phase} passed</source>
        <translation>{phase} conforme</translation>
    </message>
    <message>
        <source>{phase} failed</source>
        <translation>{phase} non conforme</translation>
    </message>
    <message>
        <source>certificate {reference}</source>
        <translation>certificat {reference}</translation>
    </message>
    <message>
        <source>by {who}</source>
        <translation>par {who}</translation>
    </message>
    <message>
        <source>performed on {date}</source>
        <translation>réalisé le {date}</translation>
    </message>
    <message>
        <source>protocol {reference}</source>
        <translation>protocole {reference}</translation>
    </message>
    <message>
        <source>{phase} qualified</source>
        <translation>{phase} qualifiée</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <source>next due {date}</source>
        <translation>prochaine échéance {date}</translation>
    </message>
    <message>
        <source>{phase} not qualified (required)</source>
        <translation>{phase} non qualifiée (requise)</translation>
    </message>
    <message>
        <source>{phase} not qualified (not required)</source>
        <translation>{phase} non qualifiée (non requise)</translation>
    </message>
    <message>
        <source>Override no.</source>
        <translation>Dérogation n°</translation>
    </message>
    <message>
        <source>Override signed by {name}: {reason}</source>
        <translation>Dérogation signée par {name} : {reason}</translation>
    </message>
</context>
<context>
    <name>LogbookTableModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Inscrit par</translation>
    </message>
    <message>
        <source>Correction or reason</source>
        <translation>Correction ou motif</translation>
    </message>
    <message>
        <source>Superseded by entry {id}</source>
        <translation>Remplacée par l'inscription {id}</translation>
    </message>
    <message>
        <source>Corrects entry {id}: {reason}</source>
        <translation>Corrige l'inscription {id} : {reason}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Record a cleaning of {equipment}</source>
        <translation>Inscrire un nettoyage : {equipment}</translation>
    </message>
    <message>
        <source>Record maintenance of {equipment}</source>
        <translation>Inscrire une maintenance : {equipment}</translation>
    </message>
    <message>
        <source>Report an incident on {equipment}</source>
        <translation>Signaler un incident : {equipment}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reference (procedure, product, work order)</source>
        <translation>Référence (procédure, produit, bon de travail)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Reporting an incident takes the equipment out of service at once.</source>
        <translation>Signaler un incident met aussitôt l'équipement hors service.</translation>
    </message>
    <message>
        <source>Describe what was done or what happened.</source>
        <translation>Décrivez ce qui a été fait ou ce qui s'est passé.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Reason for the correction</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation>Inscrire la correction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The original entry stays in the logbook, struck through, beside its correction.</source>
        <translation>L'inscription d'origine reste dans le journal, barrée, à côté de sa correction.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Correct entry {id}</source>
        <translation>Corriger l'inscription {id}</translation>
    </message>
    <message>
        <source>Say why the entry is corrected.</source>
        <translation>Indiquez pourquoi l'inscription est corrigée.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif du changement</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Change the status of {equipment}</source>
        <translation>Changer le statut : {equipment}</translation>
    </message>
    <message>
        <source>Say why the status changes.</source>
        <translation>Indiquez pourquoi le statut change.</translation>
    </message>
</context>
<context>
    <name>LogbookFilters</name>
    <message>
        <source>Kind of entry</source>
        <translation>Type d'inscription</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Toutes les inscriptions</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d'abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciennes d'abord</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Au (inclus)</translation>
    </message>
</context>
<context>
    <name>EquipmentLogbookPanel</name>
    <message>
        <source>Your roles do not allow you to record this entry. Ask a technician or an administrator.</source>
        <translation>Vos rôles ne vous permettent pas d'inscrire ceci. Adressez-vous à un technicien ou à un administrateur.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to correct logbook entries. Ask a technician.</source>
        <translation>Vos rôles ne vous permettent pas de corriger le journal. Adressez-vous à un technicien.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to change the status of equipment. Ask a technician or an administrator.</source>
        <translation>Vos rôles ne vous permettent pas de changer le statut d'un équipement. Adressez-vous à un technicien ou à un administrateur.</translation>
    </message>
    <message>
        <source>← All equipment</source>
        <translation>← Tous les équipements</translation>
    </message>
    <message>
        <source>+ Cleaning</source>
        <translation>+ Nettoyage</translation>
    </message>
    <message>
        <source>+ Maintenance</source>
        <translation>+ Maintenance</translation>
    </message>
    <message>
        <source>Report an incident</source>
        <translation>Signaler un incident</translation>
    </message>
    <message>
        <source>Correct the entry…</source>
        <translation>Corriger l'inscription…</translation>
    </message>
    <message>
        <source>Change the status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Inscription en cours…</translation>
    </message>
    <message>
        <source>This could not be done: unexpected error; the details are in the log.</source>
        <translation>Impossible : erreur inattendue ; les détails sont dans le journal technique.</translation>
    </message>
    <message>
        <source>The logbook could not be read.</source>
        <translation>Le journal n'a pas pu être lu.</translation>
    </message>
    <message>
        <source>Reading the logbook…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <source>Entry {id} recorded: it corrects entry {old}.</source>
        <translation>Inscription {id} enregistrée : elle corrige l'inscription {old}.</translation>
    </message>
    <message>
        <source>Status changed to: {status}.</source>
        <translation>Nouveau statut : {status}.</translation>
    </message>
    <message>
        <source>{shown} of {total} entries loaded; scroll down for more</source>
        <translation>{shown} inscriptions chargées sur {total} ; faites défiler pour la suite</translation>
    </message>
    <message>
        <source>Entry {id} was already corrected by entry {later}: correct the latest one.</source>
        <translation>L'inscription {id} a déjà été corrigée par l'inscription {later} : corrigez la plus récente.</translation>
    </message>
    <message>
        <source>Incident recorded as entry {id}. The equipment is now out of service.</source>
        <translation>Incident enregistré (inscription {id}). L'équipement est maintenant hors service.</translation>
    </message>
    <message>
        <source>Entry {id} recorded.</source>
        <translation>Inscription {id} enregistrée.</translation>
    </message>
    <message>
        <source>+ Calibration</source>
        <translation>+ Étalonnage</translation>
    </message>
    <message>
        <source>+ Qualification</source>
        <translation>+ Qualification</translation>
    </message>
    <message>
        <source>For people who manage the equipment (technicians, administrators).</source>
        <translation>Réservé aux personnes qui gèrent les équipements (technicien·nes, administrateur·rices).</translation>
    </message>
    <message>
        <source>Calibration recorded as entry {id}. The equipment is now out of service.</source>
        <translation>Étalonnage enregistré (inscription {id}). L'équipement est maintenant hors service.</translation>
    </message>
    <message>
        <source>{total} entries, all shown</source>
        <translation>{total} inscriptions, toutes affichées</translation>
    </message>
    <message>
        <source>Print the logbook…</source>
        <translation>Imprimer le cahier de vie…</translation>
    </message>
    <message>
        <source>The days chosen (all of them if none), every kind of entry.</source>
        <translation>Les jours choisis (tous si aucun), tous les types d'inscription.</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Equipment register</source>
        <translation>Registre des équipements</translation>
    </message>
    <message>
        <source>Search a code, a name or a room</source>
        <translation>Rechercher un code, un nom ou un local</translation>
    </message>
    <message>
        <source>Search the equipment</source>
        <translation>Rechercher un équipement</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Unfit for use</source>
        <translation>Inaptes à l'emploi</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Choose an equipment to open its logbook.</source>
        <translation>Touchez un équipement pour ouvrir son journal.</translation>
    </message>
    <message>
        <source>The equipment register could not be read: unexpected error; the details are in the log.</source>
        <translation>Le registre des équipements n'a pas pu être lu : erreur inattendue ; les détails sont dans le journal technique.</translation>
    </message>
    <message>
        <source>No equipment matches the search.</source>
        <translation>Aucun équipement ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipements</translation>
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
        <translation>Utilisation commencée</translation>
    </message>
    <message>
        <source>Use ended</source>
        <translation>Utilisation terminée</translation>
    </message>
    <message>
        <source>Use refused</source>
        <translation>Utilisation refusée</translation>
    </message>
    <message>
        <source>Equipment not recorded</source>
        <translation>Équipement non enregistré</translation>
    </message>
    <message>
        <source>Started at {time}</source>
        <translation>Début à {time}</translation>
    </message>
    <message>
        <source>Ended at {time}</source>
        <translation>Fin à {time}</translation>
    </message>
    <message>
        <source>Scan your badge first, then the equipment</source>
        <translation>Scannez d'abord votre badge, puis l'équipement</translation>
    </message>
    <message>
        <source>Unknown equipment label: tell your instructor</source>
        <translation>Étiquette d'équipement inconnue : prévenez votre formateur</translation>
    </message>
    <message>
        <source>Equipment out of service</source>
        <translation>Équipement hors service</translation>
    </message>
    <message>
        <source>Equipment in quarantine</source>
        <translation>Équipement en quarantaine</translation>
    </message>
    <message>
        <source>Equipment already in use</source>
        <translation>Équipement déjà en cours d'utilisation</translation>
    </message>
    <message>
        <source>Equipment being cleaned</source>
        <translation>Équipement en cours de nettoyage</translation>
    </message>
    <message>
        <source>Equipment under maintenance</source>
        <translation>Équipement en maintenance</translation>
    </message>
    <message>
        <source>No authorisation for this equipment</source>
        <translation>Aucune autorisation pour cet équipement</translation>
    </message>
    <message>
        <source>Calibration overdue since {date}</source>
        <translation>Étalonnage dépassé depuis le {date}</translation>
    </message>
    <message>
        <source>{phase} qualification missing</source>
        <translation>Qualification {phase} manquante</translation>
    </message>
    <message>
        <source>Authorisation expired since {date}</source>
        <translation>Autorisation expirée depuis le {date}</translation>
    </message>
    <message>
        <source>Authorisation withdrawn since {date}</source>
        <translation>Autorisation retirée depuis le {date}</translation>
    </message>
    <message>
        <source>Authorisation lapsed: last use on {date}</source>
        <translation>Autorisation caduque : dernière utilisation le {date}</translation>
    </message>
    <message>
        <source>Answer not compliant: {question}</source>
        <translation>Réponse non conforme : {question}</translation>
    </message>
    <message>
        <source>Use refused ({code})</source>
        <translation>Utilisation refusée ({code})</translation>
    </message>
    <message>
        <source>Under an override signed by {name}</source>
        <translation>Sous dérogation signée par {name}</translation>
    </message>
</context>
<context>
    <name>EquipmentQuestionsScreen</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>After use</source>
        <translation>Après utilisation</translation>
    </message>
    <message>
        <source>Before use</source>
        <translation>Avant utilisation</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Question {number} sur {total}</translation>
    </message>
</context>
<context>
    <name>AuthorisationPage</name>
    <message>
        <source>Authorisations</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Equipment authorisations</source>
        <translation>Autorisations d'utilisation</translation>
    </message>
    <message>
        <source>Search a learner</source>
        <translation>Rechercher un apprenant</translation>
    </message>
    <message>
        <source>Search a learner by name</source>
        <translation>Rechercher un apprenant par son nom</translation>
    </message>
    <message>
        <source>Room of the equipment</source>
        <translation>Local de l'équipement</translation>
    </message>
    <message>
        <source>Which learners</source>
        <translation>Quels apprenants</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Holding an authorisation</source>
        <translation>Avec autorisation</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>The authorisations could not be read: unexpected error; the details are in the log.</source>
        <translation>Les autorisations n'ont pas pu être lues : erreur inattendue ; les détails sont dans le journal technique.</translation>
    </message>
    <message>
        <source>Every room</source>
        <translation>Tous les locaux</translation>
    </message>
    <message>
        <source>{name} is now authorised to use {code} until {date}.</source>
        <translation>{name} a maintenant l'autorisation d'utiliser {code} jusqu'au {date}.</translation>
    </message>
    <message>
        <source>The authorisation of {name} for {code} is extended until {date}.</source>
        <translation>L'autorisation de {name} pour {code} est prolongée jusqu'au {date}.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Your roles do not allow you to grant or revoke authorisations. Ask a technician or an instructor.</source>
        <translation>Vos rôles ne vous permettent pas d'accorder ou de retirer des autorisations. Demandez à un technicien ou à un formateur.</translation>
    </message>
    <message>
        <source>No equipment needs an authorisation.</source>
        <translation>Aucun équipement ne demande d'autorisation.</translation>
    </message>
    <message>
        <source>No learner matches the search.</source>
        <translation>Aucun apprenant ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>The authorisation of {name} for {code} is revoked.</source>
        <translation>L'autorisation de {name} pour {code} est retirée.</translation>
    </message>
    <message>
        <source>This could not be done: unexpected error; the details are in the log.</source>
        <translation>Impossible : erreur inattendue ; les détails sont dans le journal technique.</translation>
    </message>
    <message>
        <source>The end date {date} is already past: choose today or later.</source>
        <translation>La date de fin {date} est déjà passée : choisissez aujourd'hui ou plus tard.</translation>
    </message>
    <message>
        <source>Reading the authorisations…</source>
        <translation>Lecture des autorisations…</translation>
    </message>
</context>
<context>
    <name>AuthorisationPanel</name>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <source>End date of the authorisation</source>
        <translation>Date de fin de l'autorisation</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Accorder</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Touch a cell to choose a learner and an equipment.</source>
        <translation>Touchez une case pour choisir un apprenant et un équipement.</translation>
    </message>
    <message>
        <source>Grant again</source>
        <translation>Accorder à nouveau</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
</context>
<context>
    <name>AuthorisationTableModel</name>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Caduque</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>jusqu'au {date}</translation>
    </message>
    <message>
        <source>{learner} — {code}: {state}</source>
        <translation>{learner} — {code} : {state}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>le {date}</translation>
    </message>
    <message>
        <source>not used since {date}</source>
        <translation>inutilisée depuis le {date}</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Jamais utilisée</translation>
    </message>
    <message>
        <source>{name} — room {room}</source>
        <translation>{name} — local {room}</translation>
    </message>
    <message>
        <source>Last used on {date}</source>
        <translation>Dernière utilisation le {date}</translation>
    </message>
    <message>
        <source>Granted by {name} on {date}</source>
        <translation>Accordée par {name} le {date}</translation>
    </message>
    <message>
        <source>Revoked by {name} on {date}: {reason}</source>
        <translation>Retirée par {name} le {date} : {reason}</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke an authorisation</source>
        <translation>Retirer une autorisation</translation>
    </message>
    <message>
        <source>Reason for the revocation</source>
        <translation>Motif du retrait</translation>
    </message>
    <message>
        <source>Why? (kept on record)</source>
        <translation>Pourquoi ? (conservé au dossier)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Say why the authorisation is revoked.</source>
        <translation>Indiquez pourquoi l'autorisation est retirée.</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Take the equipment out of service</source>
        <translation>Mettre l'équipement hors service</translation>
    </message>
    <message>
        <source>Failed calibration</source>
        <translation>Étalonnage non conforme</translation>
    </message>
    <message>
        <source>Reason for taking it out of service</source>
        <translation>Motif de la mise hors service</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Record a calibration of {equipment}</source>
        <translation>Inscrire un étalonnage : {equipment}</translation>
    </message>
    <message>
        <source>Say why the equipment goes out of service.</source>
        <translation>Indiquez pourquoi l'équipement est mis hors service.</translation>
    </message>
</context>
<context>
    <name>CalibrationFields</name>
    <message>
        <source>Performed on</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Réalisé par</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Personne ou société</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Certificate or report number</source>
        <translation>N° de certificat ou de rapport</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>Next due date</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Réalisé par</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Say who performed the calibration (a person or a company).</source>
        <translation>Indiquez qui a réalisé l'étalonnage (une personne ou une société).</translation>
    </message>
    <message>
        <source>Choose the result: passed or failed.</source>
        <translation>Choisissez le résultat : conforme ou non conforme.</translation>
    </message>
    <message>
        <source>A failed calibration does not move the due date: the date given is only noted. Take the equipment out of service until a calibration passes.</source>
        <translation>Un étalonnage non conforme ne déplace pas l'échéance : la date indiquée est seulement notée. Mettez l'équipement hors service jusqu'à un étalonnage conforme.</translation>
    </message>
    <message>
        <source>A failed calibration does not move the due date: it stays on {date}. Take the equipment out of service until a calibration passes.</source>
        <translation>Un étalonnage non conforme ne déplace pas l'échéance : elle reste au {date}. Mettez l'équipement hors service jusqu'à un étalonnage conforme.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>The equipment will be due for calibration on {date}.</source>
        <translation>Le prochain étalonnage sera dû le {date}.</translation>
    </message>
    <message>
        <source>Filled from the calibration interval ({days} days); you may change it.</source>
        <translation>Calculée d'après l'intervalle d'étalonnage ({days} jours) ; vous pouvez la changer.</translation>
    </message>
    <message>
        <source>Current due date: {date}.</source>
        <translation>Échéance actuelle : {date}.</translation>
    </message>
    <message>
        <source>No calibration due date recorded yet.</source>
        <translation>Aucune échéance d'étalonnage enregistrée.</translation>
    </message>
    <message>
        <source>Choose the next due date (after the calibration day).</source>
        <translation>Choisissez la prochaine échéance (après le jour de l'étalonnage).</translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <source>Record</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>Record a qualification of {equipment}</source>
        <translation>Inscrire une qualification : {equipment}</translation>
    </message>
    <message>
        <source>{phase} will count as qualified.</source>
        <translation>{phase} comptera comme qualifiée.</translation>
    </message>
    <message>
        <source>Not qualified yet: {missing}; the phases normally follow the order IQ, OQ, PQ.</source>
        <translation>Pas encore qualifiée : {missing} ; les phases se suivent normalement dans l'ordre IQ, OQ, PQ.</translation>
    </message>
    <message>
        <source>{phase} will no longer count as qualified.</source>
        <translation>{phase} ne comptera plus comme qualifiée.</translation>
    </message>
    <message>
        <source>The equipment will be unfit for use until {phase} passes.</source>
        <translation>L'équipement sera inapte jusqu'à une {phase} conforme.</translation>
    </message>
</context>
<context>
    <name>QualificationFields</name>
    <message>
        <source>Protocol or report</source>
        <translation>Protocole ou rapport</translation>
    </message>
    <message>
        <source>Protocol or report reference</source>
        <translation>Référence du protocole ou du rapport</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Choose the phase: IQ, OQ or PQ.</source>
        <translation>Choisissez la phase : IQ, OQ ou PQ.</translation>
    </message>
    <message>
        <source>Choose the result: passed or failed.</source>
        <translation>Choisissez le résultat : conforme ou non conforme.</translation>
    </message>
    <message>
        <source>Give the reference of the protocol or report.</source>
        <translation>Indiquez la référence du protocole ou du rapport.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non conforme</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Staff override</source>
        <translation>Dérogation du personnel</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Raison (obligatoire)</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Raison de la dérogation</translation>
    </message>
    <message>
        <source>e.g. first use under my supervision</source>
        <translation>p. ex. première utilisation sous ma surveillance</translation>
    </message>
    <message>
        <source>Sign the override</source>
        <translation>Signer la dérogation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Tapez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>Type the reason for this override: it is recorded with your signature.</source>
        <translation>Indiquez la raison de cette dérogation : elle est enregistrée avec votre signature.</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Vérification de la signature…</translation>
    </message>
    <message>
        <source>Signature recorded. Checking the equipment again…</source>
        <translation>Signature enregistrée. Nouvelle vérification de l'équipement…</translation>
    </message>
    <message>
        <source>The account {login} may not sign overrides: ask an instructor or a technician.</source>
        <translation>Le compte {login} ne peut pas signer de dérogation : demandez à un·e formateur·rice ou un·e technicien·ne.</translation>
    </message>
    <message>
        <source>This use cannot be overridden now: {reasons}.</source>
        <translation>Cette utilisation ne peut pas faire l'objet d'une dérogation maintenant : {reasons}.</translation>
    </message>
    <message>
        <source>The signature could not be recorded: unexpected error; the details are in the log.</source>
        <translation>La signature n'a pas pu être enregistrée : erreur inattendue ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>By signing you authorise this one use despite:</source>
        <translation>En signant, vous autorisez cette seule utilisation malgré :</translation>
    </message>
    <message>
        <source>For this learner and this equipment only, within {minutes} minutes. Your name, the time and your reason are recorded in the logbook and the audit trail.</source>
        <translation>Pour cet·te apprenant·e et cet équipement uniquement, dans les {minutes} minutes. Votre nom, l'heure et votre raison sont enregistrés dans le journal de l'équipement et la piste d'audit.</translation>
    </message>
</context>
<context>
    <name>InstrumentConsole</name>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Record this reading</source>
        <translation>Enregistrer cette mesure</translation>
    </message>
    <message>
        <source>Record the reading shown</source>
        <translation>Enregistrer la mesure affichée</translation>
    </message>
    <message>
        <source>The instrument register could not be read: unexpected error; the details are in the log.</source>
        <translation>Le registre des instruments n'a pas pu être lu : erreur inattendue ; les détails sont dans le journal technique.</translation>
    </message>
    <message>
        <source>Recording the reading…</source>
        <translation>Enregistrement de la mesure…</translation>
    </message>
    <message>
        <source>The reading could not be recorded: unexpected error; the details are in the log.</source>
        <translation>La mesure n'a pas pu être enregistrée : erreur inattendue ; les détails sont dans le journal technique.</translation>
    </message>
    <message>
        <source>Choose the serial port or type its path.</source>
        <translation>Choisissez le port série ou tapez son chemin.</translation>
    </message>
    <message>
        <source>Already recorded for {code}: {value}, read at {time}.</source>
        <translation>Déjà enregistrée pour {code} : {value}, lue à {time}.</translation>
    </message>
    <message>
        <source>Recorded for {code}: {value}, read at {time}.</source>
        <translation>Enregistrée pour {code} : {value}, lue à {time}.</translation>
    </message>
    <message>
        <source>This instrument reports serial number {reported}, but {code} is registered with {registered}: its readings will be refused.</source>
        <translation>Cet instrument indique le numéro de série {reported}, mais {code} est inscrit au registre avec {registered} : ses mesures seront refusées.</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <source>Last minutes</source>
        <translation>Dernières minutes</translation>
    </message>
    <message>
        <source>Plot of the readings over time</source>
        <translation>Graphique des mesures dans le temps</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Show the last {minutes} minutes</source>
        <translation>Afficher les {minutes} dernières minutes</translation>
    </message>
</context>
<context>
    <name>ReadingPanel</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>✔ Connected</source>
        <translation>✔ Connecté</translation>
    </message>
    <message>
        <source>⚠ Disconnected: waiting for the instrument to come back</source>
        <translation>⚠ Déconnecté : en attente du retour de l'instrument</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>No reading</source>
        <translation>Aucune mesure</translation>
    </message>
    <message>
        <source>✔ Stable</source>
        <translation>✔ Stable</translation>
    </message>
    <message>
        <source>≈ Not stable yet</source>
        <translation>≈ Pas encore stable</translation>
    </message>
    <message>
        <source>▲ Overload: above the range</source>
        <translation>▲ Surcharge : au-dessus de la plage</translation>
    </message>
    <message>
        <source>▼ Underload: below the range</source>
        <translation>▼ Sous-charge : en dessous de la plage</translation>
    </message>
    <message>
        <source>⚠ Error</source>
        <translation>⚠ Erreur</translation>
    </message>
    <message>
        <source>Last read failed: {detail}</source>
        <translation>Dernière lecture échouée : {detail}</translation>
    </message>
    <message>
        <source>Instrument: {identity}</source>
        <translation>Instrument : {identity}</translation>
    </message>
    <message>
        <source>Last reading at {time}</source>
        <translation>Dernière mesure à {time}</translation>
    </message>
</context>
<context>
    <name>WireTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ envoyé</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← reçu</translation>
    </message>
    <message>
        <source>⚠ fault</source>
        <translation>⚠ défaut</translation>
    </message>
    <message>
        <source>• event</source>
        <translation>• événement</translation>
    </message>
</context>
<context>
    <name>WireMonitor</name>
    <message>
        <source>Wire monitor</source>
        <translation>Moniteur de ligne</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Freeze the wire monitor to read it</source>
        <translation>Figer le moniteur de ligne pour le lire</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the wire monitor</source>
        <translation>Effacer le moniteur de ligne</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Show the bytes in hexadecimal</source>
        <translation>Afficher les octets en hexadécimal</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Show the bytes as text</source>
        <translation>Afficher les octets en texte</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Scroll to the newest bytes</source>
        <translation>Défiler jusqu'aux octets les plus récents</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused: {count} new records held</source>
        <translation>En pause : {count} nouvelles lignes en attente</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Registered instrument, or a new one</source>
        <translation>Instrument inscrit au registre, ou un nouvel instrument</translation>
    </message>
    <message>
        <source>Serial port: choose one or type its path</source>
        <translation>Port série : choisissez-en un ou tapez son chemin</translation>
    </message>
    <message>
        <source>Look for serial ports again</source>
        <translation>Rechercher à nouveau les ports série</translation>
    </message>
    <message>
        <source>Driver: the instrument's protocol</source>
        <translation>Pilote : le protocole de l'instrument</translation>
    </message>
    <message>
        <source>Line settings, e.g. 9600,8N1</source>
        <translation>Paramètres de ligne, p. ex. 9600,8N1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Mettler Toledo balance (MT-SICS)</source>
        <translation>Balance Mettler Toledo (MT-SICS)</translation>
    </message>
    <message>
        <source>Sartorius balance (SBI)</source>
        <translation>Balance Sartorius (SBI)</translation>
    </message>
    <message>
        <source>Bench multimeter (SCPI, 34401A class)</source>
        <translation>Multimètre de table (SCPI, classe 34401A)</translation>
    </message>
    <message>
        <source>Thermo Orion Star pH meter</source>
        <translation>pH-mètre Thermo Orion Star</translation>
    </message>
    <message>
        <source>Modbus RTU transmitter or signal conditioner</source>
        <translation>Transmetteur ou conditionneur de signal Modbus RTU</translation>
    </message>
    <message>
        <source>New instrument: choose port, driver and line</source>
        <translation>Nouvel instrument : choisissez port, pilote et ligne</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>No calibration date on record: readings from this instrument are not usable as GMP evidence.</source>
        <translation>Aucune date d'étalonnage enregistrée : les mesures de cet instrument sont inutilisables comme preuve BPF.</translation>
    </message>
    <message>
        <source>Calibration overdue since {date}: readings from this instrument are not usable as GMP evidence.</source>
        <translation>Étalonnage échu depuis le {date} : les mesures de cet instrument sont inutilisables comme preuve BPF.</translation>
    </message>
</context>
<context>
    <name>BalanceCheckScreen</name>
    <message>
        <source>Test weight: its value on the certificate</source>
        <translation>Poids étalon : sa valeur sur le certificat</translation>
    </message>
    <message>
        <source>e.g. 100.000</source>
        <translation>p. ex. 100.000</translation>
    </message>
    <message>
        <source>Unit of the test weight</source>
        <translation>Unité du poids étalon</translation>
    </message>
    <message>
        <source>Scale interval d of the balance (optional)</source>
        <translation>Échelon d de la balance (facultatif)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Capture a weighing</source>
        <translation>Capturer une pesée</translation>
    </message>
    <message>
        <source>Leave out the chosen weighing</source>
        <translation>Écarter la pesée choisie</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>La reprendre</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <source>test weight</source>
        <translation>poids étalon</translation>
    </message>
    <message>
        <source>Test weight</source>
        <translation>Poids étalon</translation>
    </message>
    <message>
        <source>Scale interval d</source>
        <translation>Échelon d</translation>
    </message>
    <message>
        <source>No stable weight yet: wait until the balance says Stable.</source>
        <translation>Pas encore de poids stable : attendez que la balance indique Stable.</translation>
    </message>
    <message>
        <source>This reading was just captured: wait for the next one.</source>
        <translation>Cette mesure vient d'être capturée : attendez la suivante.</translation>
    </message>
    <message>
        <source>Choose a weighing in the table first.</source>
        <translation>Choisissez d'abord une pesée dans le tableau.</translation>
    </message>
    <message>
        <source>Enter the test weight's value (from its certificate).</source>
        <translation>Saisissez la valeur du poids étalon (sur son certificat).</translation>
    </message>
    <message>
        <source>scale interval d</source>
        <translation>échelon d</translation>
    </message>
    <message>
        <source>Choose the learner who did the exercise.</source>
        <translation>Choisissez l'apprenant qui a fait l'exercice.</translation>
    </message>
    <message>
        <source>Capture the weighings first.</source>
        <translation>Capturez d'abord les pesées.</translation>
    </message>
    <message>
        <source>The balance weighs in {unit} but the test weight is in {expected}: choose the same unit.</source>
        <translation>La balance pèse en {unit} mais le poids étalon est en {expected} : choisissez la même unité.</translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation>Contrôle balance</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Écarter</translation>
    </message>
</context>
<context>
    <name>BalanceFigures</name>
    <message>
        <source>Weighings counted</source>
        <translation>Pesées comptées</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Standard deviation s</source>
        <translation>Écart-type s</translation>
    </message>
    <message>
        <source>Result: —</source>
        <translation>Résultat : —</translation>
    </message>
    <message>
        <source>{count} (at least {needed})</source>
        <translation>{count} (au moins {needed})</translation>
    </message>
    <message>
        <source>Result: {verdict}</source>
        <translation>Résultat : {verdict}</translation>
    </message>
    <message>
        <source>Repeatability 2s/m (limit {limit} %)</source>
        <translation>Répétabilité 2s/m (limite {limit} %)</translation>
    </message>
    <message>
        <source>Accuracy, deviation (limit {limit} %)</source>
        <translation>Exactitude, écart (limite {limit} %)</translation>
    </message>
</context>
<context>
    <name>ExerciseWords</name>
    <message>
        <source>✔ Pass</source>
        <translation>✔ Conforme</translation>
    </message>
    <message>
        <source>✖ Fail</source>
        <translation>✖ Non conforme</translation>
    </message>
    <message>
        <source>… Not evaluable</source>
        <translation>… Non évaluable</translation>
    </message>
    <message>
        <source>Unexpected error; the details are in the log.</source>
        <translation>Erreur inattendue ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Recording the result…</source>
        <translation>Enregistrement du résultat…</translation>
    </message>
    <message>
        <source>Already recorded for {name}: {verdict}.</source>
        <translation>Déjà enregistré pour {name} : {verdict}.</translation>
    </message>
    <message>
        <source>Recorded for {name}: {verdict}.</source>
        <translation>Enregistré pour {name} : {verdict}.</translation>
    </message>
    <message>
        <source>Not in calibration: {codes}; a training result only.</source>
        <translation>Hors étalonnage : {codes} ; résultat de formation uniquement.</translation>
    </message>
    <message>
        <source>What you had entered before the staff area locked is back.</source>
        <translation>Ce que vous aviez saisi avant le verrouillage de l'espace du personnel est revenu.</translation>
    </message>
</context>
<context>
    <name>LearnerPicker</name>
    <message>
        <source>Type a name</source>
        <translation>Tapez un nom</translation>
    </message>
    <message>
        <source>Search the learner by name</source>
        <translation>Rechercher l'apprenant par son nom</translation>
    </message>
    <message>
        <source>Learner doing the exercise</source>
        <translation>Apprenant qui fait l'exercice</translation>
    </message>
    <message>
        <source>No learner chosen</source>
        <translation>Aucun apprenant choisi</translation>
    </message>
    <message>
        <source>Course session: choose one running here or type its code</source>
        <translation>Session de formation : choisissez-en une en cours ici ou tapez son code</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>The learners could not be read</source>
        <translation>Les apprenants n'ont pas pu être lus</translation>
    </message>
</context>
<context>
    <name>LoopCalibrationScreen</name>
    <message>
        <source>Range: value at 4 mA</source>
        <translation>Étendue : valeur à 4 mA</translation>
    </message>
    <message>
        <source>Range: value at 20 mA</source>
        <translation>Étendue : valeur à 20 mA</translation>
    </message>
    <message>
        <source>Engineering unit</source>
        <translation>Unité physique</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>Tolerance in % of span</source>
        <translation>Tolérance en % de l'étendue</translation>
    </message>
    <message>
        <source>Clear this series</source>
        <translation>Effacer cette série</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>tolérance</translation>
    </message>
    <message>
        <source>range at 4 mA</source>
        <translation>étendue à 4 mA</translation>
    </message>
    <message>
        <source>range at 20 mA</source>
        <translation>étendue à 20 mA</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Avant réglage</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Après réglage</translation>
    </message>
    <message>
        <source>As left (after adjustment)</source>
        <translation>Après réglage (ajusté)</translation>
    </message>
    <message>
        <source>Transmitter range</source>
        <translation>Étendue du transmetteur</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Tolerance ±</source>
        <translation>Tolérance ±</translation>
    </message>
    <message>
        <source>% of span</source>
        <translation>% de l'étendue</translation>
    </message>
    <message>
        <source>No stable reading yet: wait until it says Stable.</source>
        <translation>Pas encore de mesure stable : attendez l'indication Stable.</translation>
    </message>
    <message>
        <source>Give both ends of the transmitter's range, or neither.</source>
        <translation>Indiquez les deux bornes de l'étendue du transmetteur, ou aucune.</translation>
    </message>
    <message>
        <source>Choose the learner who did the exercise.</source>
        <translation>Choisissez l'apprenant qui a fait l'exercice.</translation>
    </message>
    <message>
        <source>The instrument gives {unit}, not a current: it cannot serve this exercise.</source>
        <translation>L'instrument donne des {unit}, pas un courant : il ne peut pas servir à cet exercice.</translation>
    </message>
    <message>
        <source>4–20 mA loop</source>
        <translation>Boucle 4–20 mA</translation>
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
        <translation>Points</translation>
    </message>
    <message>
        <source>Largest error</source>
        <translation>Plus grande erreur</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Result: —</source>
        <translation>Résultat : —</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Avant réglage</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Après réglage</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>Result: {verdict}</source>
        <translation>Résultat : {verdict}</translation>
    </message>
    <message>
        <source>Judged on the as-left series.</source>
        <translation>Jugé sur la série après réglage.</translation>
    </message>
    <message>
        <source>Judged on the as-found series.</source>
        <translation>Jugé sur la série avant réglage.</translation>
    </message>
</context>
<context>
    <name>LoopSeriesPanel</name>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Measured (mA)</source>
        <translation>Mesuré (mA)</translation>
    </message>
    <message>
        <source>Error, % of span</source>
        <translation>Erreur, % étendue</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capturer</translation>
    </message>
    <message>
        <source>⚠ Failure signal</source>
        <translation>⚠ Signal de défaut</translation>
    </message>
    <message>
        <source>✖ Out of range</source>
        <translation>✖ Hors plage</translation>
    </message>
    <message>
        <source>✖ Out of tolerance</source>
        <translation>✖ Hors tolérance</translation>
    </message>
    <message>
        <source>{series}, point {percent} %: measured current in mA</source>
        <translation>{series}, point {percent} % : courant mesuré en mA</translation>
    </message>
    <message>
        <source>{series}, point {percent} %: capture the stable reading</source>
        <translation>{series}, point {percent} % : capturer la mesure stable</translation>
    </message>
    <message>
        <source>✍ Entered by hand.</source>
        <translation>✍ Saisi à la main.</translation>
    </message>
    <message>
        <source>Point {percent} %</source>
        <translation>Point {percent} %</translation>
    </message>
</context>
<context>
    <name>InstrumentSource</name>
    <message>
        <source>Instrument read for the exercise</source>
        <translation>Instrument lu pour l'exercice</translation>
    </message>
    <message>
        <source>No instrument registered for this exercise</source>
        <translation>Aucun instrument enregistré pour cet exercice</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>The instrument register could not be read: unexpected error; the details are in the log.</source>
        <translation>Le registre des instruments n'a pas pu être lu : erreur inattendue ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>⚠ Read failed</source>
        <translation>⚠ Lecture ratée</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>✔ Connected</source>
        <translation>✔ Connecté</translation>
    </message>
    <message>
        <source>⚠ Disconnected: waiting</source>
        <translation>⚠ Déconnecté : en attente</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Choose an instrument first.</source>
        <translation>Choisissez d'abord un instrument.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>✔ Stable</source>
        <translation>✔ Stable</translation>
    </message>
    <message>
        <source>≈ Not stable</source>
        <translation>≈ Pas stable</translation>
    </message>
    <message>
        <source>▲ Overload</source>
        <translation>▲ Surcharge</translation>
    </message>
    <message>
        <source>▼ Underload</source>
        <translation>▼ Sous-charge</translation>
    </message>
    <message>
        <source>⚠ Error</source>
        <translation>⚠ Erreur</translation>
    </message>
    <message>
        <source>Instrument: {identity}</source>
        <translation>Instrument : {identity}</translation>
    </message>
    <message>
        <source>{code} has no serial port in the register: set it on the instruments page.</source>
        <translation>{code} n'a pas de port série dans le registre : indiquez-le sur la page des instruments.</translation>
    </message>
    <message>
        <source>{code}: calibration overdue since {date}. Its readings are not GMP evidence: training use only.</source>
        <translation>{code} : étalonnage échu depuis le {date}. Ses mesures ne sont pas une preuve BPF : usage de formation uniquement.</translation>
    </message>
    <message>
        <source>{code}: no calibration date on record. Its readings are not GMP evidence: training use only.</source>
        <translation>{code} : aucune date d'étalonnage enregistrée. Ses mesures ne sont pas une preuve BPF : usage de formation uniquement.</translation>
    </message>
</context>
<context>
    <name>WeighingTableModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Pesée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>✖ Left out</source>
        <translation>✖ Écarté</translation>
    </message>
    <message>
        <source>✔ Stable</source>
        <translation>✔ Stable</translation>
    </message>
    <message>
        <source>Removed before recording: not counted, not recorded.</source>
        <translation>Retirée avant l'enregistrement : ni comptée, ni enregistrée.</translation>
    </message>
</context>
<context>
    <name>ChecklistWords</name>
    <message>
        <source>Unexpected error; nothing more was recorded. The details are in the log.</source>
        <translation>Erreur inattendue ; rien de plus n'a été enregistré. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Exécuté</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>By signing I confirm that I executed these steps and that the values recorded are true.</source>
        <translation>En signant, je confirme avoir exécuté ces étapes et que les valeurs enregistrées sont exactes.</translation>
    </message>
    <message>
        <source>By signing I confirm that I reviewed this record completely: values, verdicts, deviations and evidence.</source>
        <translation>En signant, je confirme avoir revu cet enregistrement en entier : valeurs, verdicts, déviations et preuves.</translation>
    </message>
    <message>
        <source>By signing I approve this record as quality assurance; it is then locked.</source>
        <translation>En signant, j'approuve cet enregistrement au titre de l'assurance qualité ; il est alors verrouillé.</translation>
    </message>
    <message>
        <source>By signing I reject this record; it goes back to in progress for the reason I give.</source>
        <translation>En signant, je rejette cet enregistrement ; il repasse en cours pour la raison que je donne.</translation>
    </message>
    <message>
        <source>✔ Passed</source>
        <translation>✔ Conforme</translation>
    </message>
    <message>
        <source>✖ Failed</source>
        <translation>✖ Non conforme</translation>
    </message>
    <message>
        <source>● Not evaluated</source>
        <translation>● Non évalué</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Waiting for prerequisites</source>
        <translation>En attente des prérequis</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Déviation</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Valeur numérique</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Instrument reading</source>
        <translation>Lecture d'instrument</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>✔ Conforms</source>
        <translation>✔ Conforme</translation>
    </message>
    <message>
        <source>✖ Does not conform</source>
        <translation>✖ Non conforme</translation>
    </message>
</context>
<context>
    <name>ValueCorrectionDialog</name>
    <message>
        <source>Correct a recorded value</source>
        <translation>Corriger une valeur enregistrée</translation>
    </message>
    <message>
        <source>Recorded: {old}
New value: {new}</source>
        <translation>Enregistré : {old}
Nouvelle valeur : {new}</translation>
    </message>
    <message>
        <source>The value recorded stays in the record; the new one is added with your name and your reason.</source>
        <translation>La valeur enregistrée reste dans l'enregistrement ; la nouvelle est ajoutée avec votre nom et votre raison.</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Raison de la correction</translation>
    </message>
    <message>
        <source>e.g. typing error, reading repeated after levelling</source>
        <translation>p. ex. erreur de frappe, lecture refaite après mise à niveau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Raison (obligatoire)</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>Donnez la raison de la correction.</translation>
    </message>
</context>
<context>
    <name>InstrumentCapture</name>
    <message>
        <source>Instrument read for this step</source>
        <translation>Instrument lu pour cette étape</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Capture the reading</source>
        <translation>Capturer la lecture</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Choose an instrument first.</source>
        <translation>Choisissez d'abord un instrument.</translation>
    </message>
    <message>
        <source>⚠ Read failed</source>
        <translation>⚠ Lecture échouée</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>{code} cannot be used: its calibration is overdue since {date}. Its readings cannot serve as evidence: choose a calibrated instrument.</source>
        <translation>{code} ne peut pas être utilisé : son étalonnage est échu depuis le {date}. Ses lectures ne peuvent pas servir de preuve : choisissez un instrument étalonné.</translation>
    </message>
    <message>
        <source>{code} cannot be used: no calibration date on record. Its readings cannot serve as evidence: choose a calibrated instrument.</source>
        <translation>{code} ne peut pas être utilisé : aucune date d'étalonnage n'est enregistrée. Ses lectures ne peuvent pas servir de preuve : choisissez un instrument étalonné.</translation>
    </message>
    <message>
        <source>Instrument: {identity}</source>
        <translation>Instrument : {identity}</translation>
    </message>
    <message>
        <source>✔ Stable</source>
        <translation>✔ Stable</translation>
    </message>
    <message>
        <source>≈ Not stable</source>
        <translation>≈ Pas stable</translation>
    </message>
    <message>
        <source>▲ Overload</source>
        <translation>▲ Surcharge</translation>
    </message>
    <message>
        <source>▼ Underload</source>
        <translation>▼ Sous-charge</translation>
    </message>
    <message>
        <source>⚠ Error</source>
        <translation>⚠ Erreur</translation>
    </message>
    <message>
        <source>✔ Connected</source>
        <translation>✔ Connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>No {driver} instrument is registered: register one on the instruments page.</source>
        <translation>Aucun instrument {driver} n'est enregistré : enregistrez-en un sur la page des instruments.</translation>
    </message>
    <message>
        <source>{code} has no serial port in the register: set it on the instruments page.</source>
        <translation>{code} n'a pas de port série dans le registre : indiquez-le sur la page des instruments.</translation>
    </message>
</context>
<context>
    <name>ChecklistRunner</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>✍ Sign as executed</source>
        <translation>✍ Signer comme exécuté</translation>
    </message>
    <message>
        <source>✔ Conforms</source>
        <translation>✔ Conforme</translation>
    </message>
    <message>
        <source>✖ Does not conform</source>
        <translation>✖ Non conforme</translation>
    </message>
    <message>
        <source>TRAINING run</source>
        <translation>Exécution de FORMATION</translation>
    </message>
    <message>
        <source>Step {number}: {instruction}</source>
        <translation>Étape {number} : {instruction}</translation>
    </message>
    <message>
        <source>Failed: {answer}</source>
        <translation>Non conforme : {answer}</translation>
    </message>
    <message>
        <source>Deviation postponed: the checklist cannot be signed as executed until it is raised.</source>
        <translation>Déviation reportée : la check-list ne peut pas être signée comme exécutée tant qu'elle n'est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot be signed as executed yet. {problems}</source>
        <translation>Ne peut pas encore être signée comme exécutée. {problems}</translation>
    </message>
    <message>
        <source>Signed as executed by {name}, {when}.</source>
        <translation>Signé comme exécuté par {name}, {when}.</translation>
    </message>
    <message>
        <source>Deviation {number} recorded.</source>
        <translation>Déviation {number} enregistrée.</translation>
    </message>
    <message>
        <source>This checklist is already signed ({state}).</source>
        <translation>Cette check-list est déjà signée ({state}).</translation>
    </message>
    <message>
        <source>Mandatory steps without a value: {steps}.</source>
        <translation>Étapes obligatoires sans valeur : {steps}.</translation>
    </message>
    <message>
        <source>Failed steps that still need their deviation: {steps}.</source>
        <translation>Étapes non conformes qui attendent encore leur déviation : {steps}.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>{code} version {version}: {title}
Equipment {equipment} — {name}
Steps: {steps} · deviations: {deviations}</source>
        <translation>{code} version {version} : {title}
Équipement {equipment} — {name}
Étapes : {steps} · déviations : {deviations}</translation>
    </message>
    <message>
        <source>TRAINING run, practised by {trainee}</source>
        <translation>Exécution de FORMATION, pratiquée par {trainee}</translation>
    </message>
    <message>
        <source>What you had entered before the staff area locked is back.</source>
        <translation>Ce que vous aviez saisi avant le verrouillage de l'espace du personnel est revenu.</translation>
    </message>
    <message>
        <source>This checklist is no longer in progress: what you had typed before the staff area locked was not entered.</source>
        <translation>Cette check-list n'est plus en cours : ce que vous aviez saisi avant le verrouillage de l'espace du personnel n'a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>✔ Conforms</source>
        <translation>✔ Conforme</translation>
    </message>
    <message>
        <source>✖ Does not conform</source>
        <translation>✖ Non conforme</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Raise the deviation…</source>
        <translation>Ouvrir la déviation…</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <source>{code} (serial no. {serial}), calibrated until {due}; reading {reading} {unit}</source>
        <translation>{code} (n° de série {serial}), étalonné jusqu'au {due} ; lecture {reading} {unit}</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Accepted files ({patterns})</source>
        <translation>Fichiers acceptés ({patterns})</translation>
    </message>
    <message>
        <source>e.g. 121,5</source>
        <translation>p. ex. 121,5</translation>
    </message>
    <message>
        <source>Type the answer</source>
        <translation>Tapez la réponse</translation>
    </message>
    <message>
        <source>○ No value yet</source>
        <translation>○ Pas encore de valeur</translation>
    </message>
    <message>
        <source>A failed step needs a deviation before the checklist can be signed as executed.</source>
        <translation>Une étape non conforme demande une déviation avant que la check-list puisse être signée comme exécutée.</translation>
    </message>
    <message>
        <source>Entered by {name}, {when}</source>
        <translation>Saisi par {name}, {when}</translation>
    </message>
    <message>
        <source>Type the value first.</source>
        <translation>Tapez d'abord la valeur.</translation>
    </message>
    <message>
        <source>{section} · Step {number} of {total} · {kind}, {need}</source>
        <translation>{section} · Étape {number} sur {total} · {kind}, {need}</translation>
    </message>
    <message>
        <source>Criterion: {criterion}</source>
        <translation>Critère : {criterion}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>Waits for step {steps}: do it first.</source>
        <translation>Attend l'étape {steps} : faites-la d'abord.</translation>
    </message>
    <message>
        <source>correction {version}: {reason}</source>
        <translation>correction {version} : {reason}</translation>
    </message>
    <message>
        <source>✖ Failed: {answer}</source>
        <translation>✖ Non conforme : {answer}</translation>
    </message>
    <message>
        <source>✔ Passed: {answer}</source>
        <translation>✔ Conforme : {answer}</translation>
    </message>
    <message>
        <source>● Recorded: {answer}</source>
        <translation>● Enregistré : {answer}</translation>
    </message>
    <message>
        <source>{name} could not be read: {error}</source>
        <translation>{name} n'a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>⚠ Deviation {number} ({state}), raised by {name}: {description}</source>
        <translation>⚠ Déviation {number} ({state}), signalée par {name} : {description}</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Electronic signature</source>
        <translation>Signature électronique</translation>
    </message>
    <message>
        <source>Meaning of the signature: {meaning}</source>
        <translation>Signification de la signature : {meaning}</translation>
    </message>
    <message>
        <source>Your name, the date and time with the time zone and this meaning are recorded with a fingerprint of what you sign: any later change shows.</source>
        <translation>Votre nom, la date et l'heure avec le fuseau horaire et cette signification sont enregistrés avec une empreinte de ce que vous signez : toute modification ultérieure se voit.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Raison (obligatoire)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Signing as {login}</source>
        <translation>Signature en tant que {login}</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Tapez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>Type your password: it is your signature.</source>
        <translation>Tapez votre mot de passe : c'est votre signature.</translation>
    </message>
    <message>
        <source>Give the reason: it is recorded with your signature.</source>
        <translation>Donnez la raison : elle est enregistrée avec votre signature.</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Vérification de la signature…</translation>
    </message>
    <message>
        <source>Not signed: {reason}</source>
        <translation>Non signé : {reason}</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <source>Raise a deviation</source>
        <translation>Ouvrir une déviation</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What was found, when, on what.</source>
        <translation>Ce qui a été constaté, quand, sur quoi.</translation>
    </message>
    <message>
        <source>Effect on the equipment, the product or the result; risk.</source>
        <translation>Effet sur l'équipement, le produit ou le résultat ; risque.</translation>
    </message>
    <message>
        <source>Correction made, or action planned and by whom.</source>
        <translation>Correction faite, ou action prévue et par qui.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>The checklist cannot be signed as executed until the deviation is raised.</source>
        <translation>La check-list ne peut pas être signée comme exécutée tant que la déviation n'est pas ouverte.</translation>
    </message>
    <message>
        <source>Record the deviation</source>
        <translation>Enregistrer la déviation</translation>
    </message>
    <message>
        <source>Description: what happened (required)</source>
        <translation>Description : ce qui s'est passé (obligatoire)</translation>
    </message>
    <message>
        <source>Impact (required)</source>
        <translation>Impact (obligatoire)</translation>
    </message>
    <message>
        <source>Action taken or planned (required)</source>
        <translation>Action menée ou prévue (obligatoire)</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Décrivez ce qui s'est passé.</translation>
    </message>
    <message>
        <source>Say what the impact is (or that there is none, and why).</source>
        <translation>Dites quel est l'impact (ou qu'il n'y en a pas, et pourquoi).</translation>
    </message>
    <message>
        <source>Say what action was taken or is planned.</source>
        <translation>Dites quelle action a été menée ou est prévue.</translation>
    </message>
</context>
<context>
    <name>StepOverview</name>
    <message>
        <source>Steps of the checklist</source>
        <translation>Étapes de la check-list</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>Check-lists</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Exécutions</translation>
    </message>
</context>
<context>
    <name>ChecklistStartDialog</name>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Training mode: practice only, never changes the equipment</source>
        <translation>Mode formation : exercice uniquement, ne modifie jamais l'équipement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No equipment of type {type} in the register: add one first.</source>
        <translation>Aucun équipement de type {type} dans le registre : ajoutez-en un d'abord.</translation>
    </message>
    <message>
        <source>Start {code} version {version}</source>
        <translation>Démarrer {code} version {version}</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>{code} version {version} is approved: it can be executed.</source>
        <translation>{code} version {version} est approuvé : il peut être exécuté.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Démarrer…</translation>
    </message>
    <message>
        <source>{code} version {version} is already approved.</source>
        <translation>{code} version {version} est déjà approuvé.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to execute checklists. Ask a technician or an instructor.</source>
        <translation>Vos rôles ne vous permettent pas d'exécuter des check-lists. Demandez à un technicien ou à un formateur.</translation>
    </message>
    <message>
        <source>{code} version {version} is awaiting QA approval: it cannot be executed yet.</source>
        <translation>{code} version {version} attend l'approbation de l'AQ : il ne peut pas encore être exécuté.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Equipment type</source>
        <translation>Type d'équipement</translation>
    </message>
    <message>
        <source>QA approval</source>
        <translation>Approbation AQ</translation>
    </message>
    <message>
        <source>Only QA may approve a checklist template.</source>
        <translation>Seule l'AQ peut approuver un modèle de check-list.</translation>
    </message>
    <message>
        <source>Approve {code} version {version} ({title}): once approved it can be executed.</source>
        <translation>Approuver {code} version {version} ({title}) : une fois approuvé, il peut être exécuté.</translation>
    </message>
    <message>
        <source>Awaiting QA approval</source>
        <translation>En attente d'approbation AQ</translation>
    </message>
    <message>
        <source>Approved by {name}, {when}</source>
        <translation>Approuvé par {name}, {when}</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>State filter</source>
        <translation>Filtre d'état</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Check-list</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Open
deviations</source>
        <translation>Déviations
ouvertes</translation>
    </message>
    <message>
        <source>Failed
steps</source>
        <translation>Étapes
en échec</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>No execution is in this state.</source>
        <translation>Aucune exécution dans cet état.</translation>
    </message>
    <message>
        <source>{name}
{when}</source>
        <translation>{name}
{when}</translation>
    </message>
    <message>
        <source>No checklist was executed yet: start one from a template.</source>
        <translation>Aucune check-list n'a encore été exécutée : démarrez-en une à partir d'un modèle.</translation>
    </message>
    <message>
        <source>{phase} · TRAINING</source>
        <translation>{phase} · FORMATION</translation>
    </message>
    <message>
        <source>Practised by {trainee}</source>
        <translation>Exercice de {trainee}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>TRAINING — practice only, never changes the equipment</source>
        <translation>FORMATION — exercice uniquement, ne modifie jamais l'équipement</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>No execution is shown.</source>
        <translation>Aucune exécution n'est affichée.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to review, approve or reject checklists.</source>
        <translation>Vos rôles ne vous permettent pas de revoir, d'approuver ou de rejeter des check-lists.</translation>
    </message>
    <message>
        <source>Deviations are closed by someone who executes checklists (a technician or an instructor).</source>
        <translation>Les déviations sont clôturées par une personne qui exécute des check-lists (un technicien ou un formateur).</translation>
    </message>
    <message>
        <source>Close the deviation</source>
        <translation>Clôturer la déviation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Failed steps: {count}</source>
        <translation>Étapes en échec : {count}</translation>
    </message>
    <message>
        <source>Open deviations: {count}</source>
        <translation>Déviations ouvertes : {count}</translation>
    </message>
    <message>
        <source>Mandatory steps without a value: {count}</source>
        <translation>Étapes obligatoires sans valeur : {count}</translation>
    </message>
    <message>
        <source>Corrections: {count}</source>
        <translation>Corrections : {count}</translation>
    </message>
    <message>
        <source>Signature problems: {count}</source>
        <translation>Problèmes de signature : {count}</translation>
    </message>
    <message>
        <source>{code} v{version} on {equipment} ({phase}), now {state}.</source>
        <translation>{code} v{version} sur {equipment} ({phase}), actuellement : {state}.</translation>
    </message>
    <message>
        <source>Signed ({meaning}) by {name}, {when}.</source>
        <translation>Signé ({meaning}) par {name}, {when}.</translation>
    </message>
    <message>
        <source>{equipment} — {name} · {phase} · started by {who}, {when}</source>
        <translation>{equipment} — {name} · {phase} · démarrée par {who}, {when}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>État : {state}</translation>
    </message>
    <message>
        <source>Close deviation {number}</source>
        <translation>Clôturer la déviation {number}</translation>
    </message>
    <message>
        <source>How was deviation {number} resolved?</source>
        <translation>Comment la déviation {number} a-t-elle été résolue ?</translation>
    </message>
    <message>
        <source>Deviation {number} is closed.</source>
        <translation>La déviation {number} est clôturée.</translation>
    </message>
    <message>
        <source>The {phase} qualification of {equipment} is recorded in its logbook.</source>
        <translation>La qualification {phase} de {equipment} est enregistrée dans son journal.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Revoir…</translation>
    </message>
    <message>
        <source>Continue the execution</source>
        <translation>Continuer l'exécution</translation>
    </message>
    <message>
        <source>TRAINING — practised by {trainee}, supervised by {supervisor}</source>
        <translation>FORMATION — exercice de {trainee}, sous la supervision de {supervisor}</translation>
    </message>
    <message>
        <source>Print the record…</source>
        <translation>Imprimer…</translation>
    </message>
</context>
<context>
    <name>RunRecordView</name>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>By, when</source>
        <translation>Par, quand</translation>
    </message>
    <message>
        <source>Evidence, reason</source>
        <translation>Preuve, motif</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Failures and deviations</source>
        <translation>Échecs et déviations</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>✖ Step {step}: {instruction}</source>
        <translation>✖ Étape {step} : {instruction}</translation>
    </message>
    <message>
        <source>Value {value} — {verdict}</source>
        <translation>Valeur {value} — {verdict}</translation>
    </message>
    <message>
        <source>⚠ Deviation {number} on step {step} — {state}</source>
        <translation>⚠ Déviation {number} sur l'étape {step} — {state}</translation>
    </message>
    <message>
        <source>⚠ Event {seq} was recorded after the approval.</source>
        <translation>⚠ L'événement {seq} a été enregistré après l'approbation.</translation>
    </message>
    <message>
        <source>No failed step and no deviation.</source>
        <translation>Aucune étape en échec et aucune déviation.</translation>
    </message>
    <message>
        <source>Entered by {name}, {when}</source>
        <translation>Saisie par {name}, {when}</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>Ce qui s'est passé : {text}</translation>
    </message>
    <message>
        <source>Impact: {text}</source>
        <translation>Impact : {text}</translation>
    </message>
    <message>
        <source>Action: {text}</source>
        <translation>Action : {text}</translation>
    </message>
    <message>
        <source>Raised by {name}, {when}</source>
        <translation>Ouverte par {name}, {when}</translation>
    </message>
    <message>
        <source>⚠ Signature {seq} no longer matches what it signed: the record was changed.</source>
        <translation>⚠ La signature {seq} ne correspond plus à ce qu'elle a signé : l'enregistrement a été modifié.</translation>
    </message>
    <message>
        <source>Criterion: {criterion}</source>
        <translation>Critère : {criterion}</translation>
    </message>
    <message>
        <source>Closed by {name}, {when}: {resolution}</source>
        <translation>Clôturée par {name}, {when} : {resolution}</translation>
    </message>
    <message>
        <source>Close deviation {number}…</source>
        <translation>Clôturer la déviation {number}…</translation>
    </message>
    <message>
        <source>{instrument}, serial {serial}, reading {uuid}</source>
        <translation>{instrument}, n° de série {serial}, lecture {uuid}</translation>
    </message>
    <message>
        <source>Correction {version}: {reason}</source>
        <translation>Correction {version} : {reason}</translation>
    </message>
    <message>
        <source>File {name}, SHA-256 {sha}</source>
        <translation>Fichier {name}, SHA-256 {sha}</translation>
    </message>
</context>
<context>
    <name>RunHeader</name>
    <message>
        <source>TRAINING — a practice run: it never changes the equipment's state.</source>
        <translation>FORMATION — exécution d'entraînement : elle ne change jamais l'état de l'équipement.</translation>
    </message>
    <message>
        <source>No checklist open</source>
        <translation>Aucune check-list ouverte</translation>
    </message>
    <message>
        <source>{equipment} — {name} · {phase} · started by {by}, {when}</source>
        <translation>{equipment} — {name} · {phase} · commencée par {by}, {when}</translation>
    </message>
    <message>
        <source>TRAINING — practised by {trainee}, supervised by {supervisor}: it never changes the equipment's state.</source>
        <translation>FORMATION — exercice de {trainee}, sous la supervision de {supervisor} : elle ne change jamais l'état de l'équipement.</translation>
    </message>
</context>
<context>
    <name>TraineePicker</name>
    <message>
        <source>Type a name or a reference</source>
        <translation>Tapez un nom ou une référence</translation>
    </message>
    <message>
        <source>Search the learner by name or reference</source>
        <translation>Chercher l'apprenant par son nom ou sa référence</translation>
    </message>
    <message>
        <source>Learner who practises</source>
        <translation>Apprenant qui s'exerce</translation>
    </message>
    <message>
        <source>Learner who practises (optional)</source>
        <translation>Apprenant qui s'exerce (facultatif)</translation>
    </message>
    <message>
        <source>No learner named</source>
        <translation>Aucun apprenant désigné</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Course code</source>
        <translation>Code du cours</translation>
    </message>
    <message>
        <source>e.g. OPP</source>
        <translation>p. ex. OPP</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Intitulé du cours</translation>
    </message>
    <message>
        <source>Course family</source>
        <translation>Famille de cours</translation>
    </message>
    <message>
        <source>Choose a family</source>
        <translation>Choisissez une famille</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nouveau cours</translation>
    </message>
    <message>
        <source>Create the course</source>
        <translation>Créer le cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A course's code never changes: sessions and reports name it.</source>
        <translation>Le code d'un cours ne change jamais : les sessions et les rapports le citent.</translation>
    </message>
    <message>
        <source>Save the course</source>
        <translation>Enregistrer le cours</translation>
    </message>
    <message>
        <source>Type the course's code.</source>
        <translation>Tapez le code du cours.</translation>
    </message>
    <message>
        <source>A course code has no spaces.</source>
        <translation>Un code de cours ne contient pas d'espace.</translation>
    </message>
    <message>
        <source>Type the course's title.</source>
        <translation>Tapez l'intitulé du cours.</translation>
    </message>
    <message>
        <source>Choose the course's family.</source>
        <translation>Choisissez la famille du cours.</translation>
    </message>
    <message>
        <source>Course {code}</source>
        <translation>Cours {code}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Reason for the withdrawal</source>
        <translation>Motif du retrait</translation>
    </message>
    <message>
        <source>e.g. found a job; moved to another session</source>
        <translation>p. ex. a trouvé un emploi ; passe dans une autre session</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{name} stays on the roster, marked withdrawn with the date and the reason; the hours already attended stay on record. Enrolling them again puts them back.</source>
        <translation>{name} reste sur la liste des inscrits, marqué·e retiré·e avec la date et le motif ; les heures déjà suivies restent enregistrées. L'inscrire à nouveau l'y remet.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Withdraw {name} from {code}</source>
        <translation>Retirer {name} de {code}</translation>
    </message>
    <message>
        <source>Give the reason for the withdrawal.</source>
        <translation>Indiquez le motif du retrait.</translation>
    </message>
</context>
<context>
    <name>CourseListPanel</name>
    <message>
        <source>+ New course</source>
        <translation>+ Nouveau cours</translation>
    </message>
    <message>
        <source>Edit the course…</source>
        <translation>Modifier le cours…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Course {code} saved.</source>
        <translation>Cours {code} enregistré.</translation>
    </message>
</context>
<context>
    <name>LearnerPickerDialog</name>
    <message>
        <source>Search a name, a reference or an e-mail</source>
        <translation>Cherchez un nom, une référence ou un courriel</translation>
    </message>
    <message>
        <source>Search the learners</source>
        <translation>Chercher parmi les apprenant·es</translation>
    </message>
    <message>
        <source>Learners to enrol</source>
        <translation>Apprenant·es à inscrire</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enrol learners in {code}</source>
        <translation>Inscrire des apprenant·es à {code}</translation>
    </message>
    <message>
        <source>Every active learner is already on this roster.</source>
        <translation>Tous les apprenant·es actifs sont déjà inscrit·es à cette session.</translation>
    </message>
    <message>
        <source>Choose at least one learner: touch their names.</source>
        <translation>Choisissez au moins un·e apprenant·e : touchez son nom.</translation>
    </message>
    <message>
        <source>(withdrawn: enrolling puts them back)</source>
        <translation>(retiré·e : l'inscrire l'y remet)</translation>
    </message>
    <message>
        <source>Learners chosen: {count}</source>
        <translation>Apprenant·es choisi·es : {count}</translation>
    </message>
    <message>
        <source>Enrol ({count})</source>
        <translation>Inscrire ({count})</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>CSV files (*.csv *.txt);;Every file (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No session matches the search and the filters.</source>
        <translation>Aucune session ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>Search the sessions</source>
        <translation>Chercher parmi les sessions</translation>
    </message>
    <message>
        <source>Course filter</source>
        <translation>Filtre par cours</translation>
    </message>
    <message>
        <source>Every course</source>
        <translation>Tous les cours</translation>
    </message>
    <message>
        <source>Period filter</source>
        <translation>Filtre par période</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Import a schedule…</source>
        <translation>Importer un planning…</translation>
    </message>
    <message>
        <source>+ New session</source>
        <translation>+ Nouvelle session</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Planning…</translation>
    </message>
    <message>
        <source>Room, instructor and slots of the session</source>
        <translation>Salle, formateur et plages horaires de la session</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>Inscrits…</translation>
    </message>
    <message>
        <source>Import a schedule</source>
        <translation>Importer un planning</translation>
    </message>
    <message>
        <source>{name}: nothing was imported. Problems to fix first: {count}.</source>
        <translation>{name} : rien n'a été importé. Problèmes à corriger d'abord : {count}.</translation>
    </message>
    <message>
        <source>{name} imported: sessions created: {count} ({codes}); slots added: {added}; slots already there: {unchanged}.</source>
        <translation>{name} importé : sessions créées : {count} ({codes}) ; plages horaires ajoutées : {added} ; déjà présentes : {unchanged}.</translation>
    </message>
    <message>
        <source>Running and upcoming</source>
        <translation>En cours et à venir</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>Every period</source>
        <translation>Toutes les périodes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <source>Session, course, room or instructor…</source>
        <translation>Session, cours, salle ou formateur…</translation>
    </message>
</context>
<context>
    <name>SlotsEditor</name>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Times of the first slot of each day</source>
        <translation>Heures de la première plage de chaque jour</translation>
    </message>
    <message>
        <source>Times of the second slot of each day (may stay empty)</source>
        <translation>Heures de la deuxième plage de chaque jour (peut rester vide)</translation>
    </message>
    <message>
        <source>+ Add these days</source>
        <translation>+ Ajouter ces jours</translation>
    </message>
    <message>
        <source>The slots {first} and {second} overlap: change the times.</source>
        <translation>Les plages horaires {first} et {second} se chevauchent : changez les heures.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <source>At most a year at a time: choose a shorter period.</source>
        <translation>Au plus un an à la fois : choisissez une période plus courte.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Choisissez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>Type the times of at least one slot, e.g. 08:30–12:00.</source>
        <translation>Tapez les heures d'au moins une plage, p. ex. 08:30–12:00.</translation>
    </message>
    <message>
        <source>None of the chosen weekdays falls in this period.</source>
        <translation>Aucun des jours choisis ne tombe dans cette période.</translation>
    </message>
    <message>
        <source>These slots are already in the schedule.</source>
        <translation>Ces plages horaires sont déjà au planning.</translation>
    </message>
    <message>
        <source>Removed when you save</source>
        <translation>Supprimée à l'enregistrement</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>✕ Remove</source>
        <translation>✕ Supprimer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Unreadable times "{value}": write them like 08:30–12:00.</source>
        <translation>Heures illisibles « {value} » : écrivez-les comme 08:30–12:00.</translation>
    </message>
    <message>
        <source>Keep the slot {slot}</source>
        <translation>Garder la plage {slot}</translation>
    </message>
    <message>
        <source>Remove the slot {slot}</source>
        <translation>Supprimer la plage {slot}</translation>
    </message>
    <message>
        <source>{date}: {problem}</source>
        <translation>{date} : {problem}</translation>
    </message>
    <message>
        <source>times</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Begun: kept as it is</source>
        <translation>Commencée : conservée telle quelle</translation>
    </message>
</context>
<context>
    <name>CourseWords</name>
    <message>
        <source>This could not be done: unexpected error; nothing was recorded. The details are in the log.</source>
        <translation>Impossible : erreur inattendue ; rien n'a été enregistré. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Production operator</source>
        <translation>Opérateur·rice de production</translation>
    </message>
    <message>
        <source>QC laboratory technician</source>
        <translation>Technicien·ne de laboratoire CQ</translation>
    </message>
    <message>
        <source>Electricity and instrumentation</source>
        <translation>Électricité et instrumentation</translation>
    </message>
    <message>
        <source>Qualification and validation</source>
        <translation>Qualification et validation</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>Demandeur d'emploi</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Pas encore choisi</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line} : {problem}</translation>
    </message>
    <message>
        <source>{name} could not be read: {error}</source>
        <translation>{name} n'a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>The file: {problem}</source>
        <translation>Le fichier : {problem}</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: {problem}</source>
        <translation>Ligne {line}, colonne {column} : {problem}</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Session {code} saved: {slots} slots, {dates}.</source>
        <translation>Session {code} enregistrée : {slots} plages horaires, {dates}.</translation>
    </message>
    <message>
        <source>Courses and sessions</source>
        <translation>Cours et sessions</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>← Sessions</source>
        <translation>← Sessions</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>e.g. OPP-2027-01</source>
        <translation>p. ex. OPP-2027-01</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Code de la session</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Room (code)</source>
        <translation>Salle (code)</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Reason for the change (optional, kept in the audit trail)</source>
        <translation>Motif du changement (facultatif, gardé dans la piste d'audit)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif du changement</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Choose a course</source>
        <translation>Choisissez un cours</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Pas encore choisi</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Slots that have begun are kept as they are: hours are counted against them.</source>
        <translation>Les plages horaires commencées restent telles quelles : les heures sont comptées sur elles.</translation>
    </message>
    <message>
        <source>Choose the room.</source>
        <translation>Choisissez la salle.</translation>
    </message>
    <message>
        <source>Add at least one slot: choose the days and times, then + Add these days.</source>
        <translation>Ajoutez au moins une plage horaire : choisissez les jours et les heures, puis + Ajouter ces jours.</translation>
    </message>
    <message>
        <source>Type the session's code.</source>
        <translation>Tapez le code de la session.</translation>
    </message>
    <message>
        <source>A session code has no spaces.</source>
        <translation>Un code de session ne contient pas d'espace.</translation>
    </message>
    <message>
        <source>Choose the course.</source>
        <translation>Choisissez le cours.</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Rien à enregistrer : rien n'a été changé.</translation>
    </message>
    <message>
        <source>Session {code}</source>
        <translation>Session {code}</translation>
    </message>
    <message>
        <source>Slots added: {count}. Save the session to keep them.</source>
        <translation>Plages horaires ajoutées : {count}. Enregistrez la session pour les garder.</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+S)</source>
        <translation>Enregistrer la session (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>CSV files (*.csv *.txt);;Every file (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enrolled: {enrolled}; enrolled again: {reinstated}; already on the roster: {already}.</source>
        <translation>Inscrit·es : {enrolled} ; réinscrit·es : {reinstated} ; déjà inscrit·es : {already}.</translation>
    </message>
    <message>
        <source>{name} is withdrawn from {code}; the entry stays on the roster.</source>
        <translation>{name} est retiré·e de {code} ; l'inscription reste sur la liste.</translation>
    </message>
    <message>
        <source>← Sessions</source>
        <translation>← Sessions</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Réinscrire</translation>
    </message>
    <message>
        <source>Reading the learners…</source>
        <translation>Lecture des apprenant·es…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Inscription…</translation>
    </message>
    <message>
        <source>Enrol from a CSV file</source>
        <translation>Inscrire depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Retrait…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant·e</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrit·e le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>{name}: nobody was enrolled. Problems to fix first: {count}.</source>
        <translation>{name} : personne n'a été inscrit. Problèmes à corriger d'abord : {count}.</translation>
    </message>
    <message>
        <source>Enrolled: {count}</source>
        <translation>Inscrit·es : {count}</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit·e</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet.</source>
        <translation>Personne n'est encore inscrit.</translation>
    </message>
    <message>
        <source>Roster of {code}</source>
        <translation>Inscrits de {code}</translation>
    </message>
    <message>
        <source>Enrolling from {name}…</source>
        <translation>Inscription depuis {name}…</translation>
    </message>
    <message>
        <source>withdrawn: {count}</source>
        <translation>retiré·es : {count}</translation>
    </message>
    <message>
        <source>Withdrawn on {date} by {who}: {reason}</source>
        <translation>Retiré·e le {date} par {who} : {reason}</translation>
    </message>
    <message>
        <source>room {room}</source>
        <translation>salle {room}</translation>
    </message>
    <message>
        <source>+ Enrol…</source>
        <translation>+ Inscrire…</translation>
    </message>
    <message>
        <source>Enrol from a CSV…</source>
        <translation>Inscrire depuis un CSV…</translation>
    </message>
    <message>
        <source>Choose the learners in a list, by name or reference</source>
        <translation>Choisir les apprenant·es dans une liste, par nom ou référence</translation>
    </message>
    <message>
        <source>Enrol every learner a CSV file names, all or nothing</source>
        <translation>Inscrire tous les apprenant·es nommés dans un fichier CSV, tous ou aucun</translation>
    </message>
</context>
<context>
    <name>JobWords</name>
    <message>
        <source>This could not be done: unexpected error; the details are in the log.</source>
        <translation>Impossible : erreur inattendue ; les détails sont dans le journal technique.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation>Le fichier n'a pas pu être écrit : {reason}.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Sending page {page} of {pages} to the printer…</source>
        <translation>Envoi de la page {page} sur {pages} à l'imprimante…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Préparation du document…</translation>
    </message>
    <message>
        <source>The document was made but cannot be shown; it was not kept.</source>
        <translation>Le document a été créé mais ne peut pas être affiché ; il n'a pas été conservé.</translation>
    </message>
    <message>
        <source>Cancelled: no document was made.</source>
        <translation>Annulé : aucun document n'a été créé.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {count}.</source>
        <translation>Pages envoyées à l'imprimante : {count}.</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Enregistré sous {path}.</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <source>Reading the record…</source>
        <translation>Lecture de l'enregistrement…</translation>
    </message>
    <message>
        <source>Reading the session's attendance and registering the printout's verification code…</source>
        <translation>Lecture des présences de la session et enregistrement du code de vérification de l'impression…</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>Dessin des pages…</translation>
    </message>
    <message>
        <source>Reading the logbook…</source>
        <translation>Lecture du cahier de vie…</translation>
    </message>
    <message>
        <source>Laying out the pages: {done} of {total} entries</source>
        <translation>Mise en page : {done} inscriptions sur {total}</translation>
    </message>
    <message>
        <source>Drawing the pages: {done} of {total} entries</source>
        <translation>Dessin des pages : {done} inscriptions sur {total}</translation>
    </message>
    <message>
        <source>Checklist record {code} — {equipment}</source>
        <translation>Enregistrement de liste de contrôle {code} — {equipment}</translation>
    </message>
    <message>
        <source>Session attendance record {code}</source>
        <translation>Relevé de présence de la session {code}</translation>
    </message>
    <message>
        <source>Logbook of {code}, {first} to {last}</source>
        <translation>Cahier de vie de {code}, du {first} au {last}</translation>
    </message>
    <message>
        <source>Logbook of {code}</source>
        <translation>Cahier de vie de {code}</translation>
    </message>
</context>
<context>
    <name>AttendanceWords</name>
    <message>
        <source>Absent</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Départ anticipé</translation>
    </message>
    <message>
        <source>No check-out</source>
        <translation>Pas de sortie</translation>
    </message>
    <message>
        <source>Closed automatically</source>
        <translation>Clôture automatique</translation>
    </message>
    <message>
        <source>Check-out without check-in</source>
        <translation>Sortie sans entrée</translation>
    </message>
    <message>
        <source>Outside the schedule</source>
        <translation>Hors horaire</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrit·e</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Still in</source>
        <translation>Encore présent·e</translation>
    </message>
    <message>
        <source>first check-in more than {minutes} min after the first slot began</source>
        <translation>première entrée plus de {minutes} min après le début de la première plage</translation>
    </message>
    <message>
        <source>last check-out more than {minutes} min before the last slot ended</source>
        <translation>dernière sortie plus de {minutes} min avant la fin de la dernière plage</translation>
    </message>
    <message>
        <source>a check-in was never closed: the stay ends at the next check-in</source>
        <translation>une entrée n'a jamais été clôturée : la présence s'arrête à l'entrée suivante</translation>
    </message>
    <message>
        <source>no check-out: the stay was closed at the end of the last slot</source>
        <translation>pas de sortie : la présence a été clôturée à la fin de la dernière plage</translation>
    </message>
    <message>
        <source>a check-out with no check-in counts nothing</source>
        <translation>une sortie sans entrée ne compte rien</translation>
    </message>
    <message>
        <source>scans outside any slot of a session: not counted for this session</source>
        <translation>pointages hors de toute plage d'une session : non comptés pour cette session</translation>
    </message>
    <message>
        <source>checked in for this session without being on its roster</source>
        <translation>entrée comptée pour cette session sans être inscrit·e</translation>
    </message>
    <message>
        <source>an event of this day was corrected</source>
        <translation>un pointage de ce jour a été corrigé</translation>
    </message>
    <message>
        <source>still checked in: counted up to now</source>
        <translation>toujours présent·e : compté jusqu'à maintenant</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>non inscrit·e</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>badge</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>remplacé par une correction</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>retiré·e le {date}</translation>
    </message>
    <message>
        <source>scan forgotten, added</source>
        <translation>pointage oublié, ajouté</translation>
    </message>
    <message>
        <source>reason: {reason} ({who}, {when})</source>
        <translation>motif : {reason} ({who}, {when})</translation>
    </message>
    <message>
        <source>Counted for this session: {hours} of {scheduled} scheduled</source>
        <translation>Compté pour cette session : {hours} sur {scheduled} prévues</translation>
    </message>
    <message>
        <source>replaces {kind} {time}</source>
        <translation>remplace {kind} {time}</translation>
    </message>
    <message>
        <source>Events of the day:</source>
        <translation>Pointages du jour :</translation>
    </message>
    <message>
        <source>No event.</source>
        <translation>Aucun pointage.</translation>
    </message>
    <message>
        <source>Outside any session: {stay}</source>
        <translation>Hors de toute session : {stay}</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Session total</source>
        <translation>Total de la session</translation>
    </message>
    <message>
        <source>{name}: {hours} of {scheduled} scheduled</source>
        <translation>{name} : {hours} sur {scheduled} prévues</translation>
    </message>
</context>
<context>
    <name>DayEventsDialog</name>
    <message>
        <source>Correct the chosen event</source>
        <translation>Corriger le pointage choisi</translation>
    </message>
    <message>
        <source>Add a forgotten scan</source>
        <translation>Ajouter un pointage oublié</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Type de pointage</translation>
    </message>
    <message>
        <source>Time (Brussels), for example 08:45</source>
        <translation>Heure (Bruxelles), par exemple 08:45</translation>
    </message>
    <message>
        <source>Summer or winter time</source>
        <translation>Heure d'été ou d'hiver</translation>
    </message>
    <message>
        <source>Choose: this hour happens twice today</source>
        <translation>Choisir : cette heure existe deux fois ce jour-là</translation>
    </message>
    <message>
        <source>Summer time (UTC+2), before the clocks go back</source>
        <translation>Heure d'été (UTC+2), avant le changement d'heure</translation>
    </message>
    <message>
        <source>Winter time (UTC+1), after the clocks go back</source>
        <translation>Heure d'hiver (UTC+1), après le changement d'heure</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Pourquoi cette correction ?</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Cancels</source>
        <translation>Annule</translation>
    </message>
    <message>
        <source>Type the time as hours and minutes, for example 08:45.</source>
        <translation>Tapez l'heure en heures et minutes, par exemple 08:45.</translation>
    </message>
    <message>
        <source>Counted for {session}: {hours}</source>
        <translation>Compté pour {session} : {hours}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Pointage</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Choose in the list the event to correct (a replaced event cannot be: correct its correction).</source>
        <translation>Choisissez dans la liste le pointage à corriger (un pointage remplacé ne peut pas l'être : corrigez sa correction).</translation>
    </message>
    <message>
        <source>Say why the attendance is corrected: the reason is kept with the correction.</source>
        <translation>Dites pourquoi la présence est corrigée : le motif est conservé avec la correction.</translation>
    </message>
    <message>
        <source>Add the scan</source>
        <translation>Ajouter le pointage</translation>
    </message>
    <message>
        <source>cancel this event</source>
        <translation>annuler ce pointage</translation>
    </message>
    <message>
        <source>{time} does not exist on {date}: the clocks went forward.</source>
        <translation>{time} n'existe pas le {date} : on est passé à l'heure d'été.</translation>
    </message>
    <message>
        <source>{time} happens twice on {date}: say whether it is summer or winter time.</source>
        <translation>{time} existe deux fois le {date} : précisez s'il s'agit de l'heure d'été ou d'hiver.</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>badge</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Code or course…</source>
        <translation>Code ou formation…</translation>
    </message>
    <message>
        <source>Search a session by its code or its course</source>
        <translation>Rechercher une session par son code ou sa formation</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>The attendance could not be read: unexpected error; the details are in the log.</source>
        <translation>Les présences n'ont pas pu être lues : erreur inattendue ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>This could not be recorded: unexpected error; the details are in the log.</source>
        <translation>Ceci n'a pas pu être enregistré : erreur inattendue ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to review or correct attendance. Ask an instructor.</source>
        <translation>Vos rôles ne vous permettent pas de consulter ni de corriger les présences. Demandez à un·e formateur·rice.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this session yet.</source>
        <translation>Personne n'est encore inscrit à cette session.</translation>
    </message>
    <message>
        <source>Correction recorded for {name}, {day}; the original stays on record.</source>
        <translation>Correction enregistrée pour {name}, {day} ; l'original reste conservé.</translation>
    </message>
    <message>
        <source>* time set by a correction · Late, Left early: first check-in more than {minutes} min after the start, last check-out more than {minutes} min before the end of the day's slots · Touch a day to see its events and correct them.</source>
        <translation>* heure fixée par une correction · En retard, Départ anticipé : première entrée plus de {minutes} min après le début, dernière sortie plus de {minutes} min avant la fin des plages du jour · Touchez un jour pour voir ses pointages et les corriger.</translation>
    </message>
    <message>
        <source>No session matches the search.</source>
        <translation>Aucune session ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>No session this week: search one by its code or its course.</source>
        <translation>Aucune session cette semaine : cherchez-en une par son code ou sa formation.</translation>
    </message>
    <message>
        <source>{days} days, {hours} scheduled per learner</source>
        <translation>{days} jours, {hours} prévues par apprenant·e</translation>
    </message>
    <message>
        <source>session total {hours}</source>
        <translation>total de la session {hours}</translation>
    </message>
    <message>
        <source>Reading the attendance of {code}…</source>
        <translation>Lecture des présences de {code}…</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>Something went wrong, so the kiosk went back to its start screen. The problem was logged for IT support. If you were scanning your badge, please scan it again.</source>
        <translation>Un problème est survenu : la borne est revenue à son écran d'accueil. Le problème a été consigné pour le support informatique. Si vous scanniez votre badge, scannez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Run database check</source>
        <translation>Vérifier la base</translation>
    </message>
    <message>
        <source>Check the database's integrity, settings and audit chain</source>
        <translation>Vérifier l'intégrité, les réglages et la chaîne d'audit de la base de données</translation>
    </message>
    <message>
        <source>Copy for IT support</source>
        <translation>Copier pour l'informatique</translation>
    </message>
    <message>
        <source>Copy the whole report to the clipboard as text</source>
        <translation>Copier tout le rapport dans le presse-papiers, en texte</translation>
    </message>
    <message>
        <source>Checking the database: integrity, settings, record guards and the audit chain. On a large database this can take a minute.</source>
        <translation>Vérification de la base de données : intégrité, réglages, protections des enregistrements et chaîne d'audit. Sur une grande base, cela peut prendre une minute.</translation>
    </message>
    <message>
        <source>The report is on the clipboard: paste it into your message to IT support.</source>
        <translation>Le rapport est dans le presse-papiers : collez-le dans votre message au support informatique.</translation>
    </message>
    <message>
        <source>unexpected error; the details are in the log.</source>
        <translation>erreur inattendue ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>The diagnostics could not be gathered: unexpected error; the details are in the log.</source>
        <translation>Le diagnostic n'a pas pu être établi : erreur inattendue ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Database check passed.</source>
        <translation>Vérification de la base de données réussie.</translation>
    </message>
    <message>
        <source>The database check could not run: {detail}</source>
        <translation>La vérification de la base de données n'a pas pu être faite : {detail}</translation>
    </message>
    <message>
        <source>Database check FAILED (incident {id}): nothing is recorded on any terminal until QA resolves it. See the lines marked ⚠ and call IT support.</source>
        <translation>Vérification de la base ÉCHOUÉE (incident {id}) : rien n'est enregistré sur aucun terminal tant que l'AQ ne l'a pas résolu. Voyez les lignes marquées ⚠ et appelez le support informatique.</translation>
    </message>
    <message>
        <source>Database check FAILED with the findings QA accepted in incident {id}: recording continues.</source>
        <translation>Vérification de la base ÉCHOUÉE avec les constats acceptés par l'AQ dans l'incident {id} : l'enregistrement continue.</translation>
    </message>
    <message>
        <source>Database check FAILED and the incident could not be recorded: nothing is recorded on this terminal. Call IT support.</source>
        <translation>Vérification de la base ÉCHOUÉE et l'incident n'a pas pu être enregistré : rien n'est enregistré sur ce terminal. Appelez le support informatique.</translation>
    </message>
    <message>
        <source>Incident {id} resolved: recording resumes on every terminal.</source>
        <translation>Incident {id} résolu : l'enregistrement reprend sur tous les terminaux.</translation>
    </message>
    <message>
        <source>Database check passed, but incident {id} is still open: nothing is recorded on any terminal until QA resolves it.</source>
        <translation>Vérification de la base réussie, mais l'incident {id} est toujours ouvert : rien n'est enregistré sur aucun terminal tant que l'AQ ne l'a pas résolu.</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>The staff area locks when nobody touches the terminal.</source>
        <translation>L'espace du personnel se verrouille quand personne ne touche le terminal.</translation>
    </message>
    <message>
        <source>Locking in {seconds} s — touch the screen to stay</source>
        <translation>Verrouillage dans {seconds} s — touchez l'écran pour rester</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Close the kiosk</source>
        <translation>Fermer la borne</translation>
    </message>
    <message>
        <source>Only an administrator or a technician can close the program. Type your login, then your PIN.</source>
        <translation>Seul un administrateur ou un technicien peut fermer le programme. Tapez votre identifiant, puis votre code PIN.</translation>
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
        <source>Close the program</source>
        <translation>Fermer le programme</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Retour à la borne</translation>
    </message>
    <message>
        <source>Type your login and your PIN.</source>
        <translation>Tapez votre identifiant et votre code PIN.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The account {login} may not close the kiosk: ask an administrator or a technician.</source>
        <translation>Le compte {login} ne peut pas fermer la borne : adressez-vous à un administrateur ou à un technicien.</translation>
    </message>
    <message>
        <source>The PIN could not be checked: unexpected error; the details are in the log.</source>
        <translation>Le code PIN n'a pas pu être vérifié : erreur inattendue ; les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>DatabaseNotice</name>
    <message>
        <source>Badge not recorded: the database cannot be reached. Scan again once this notice is gone.</source>
        <translation>Badge non enregistré : la base de données est injoignable. Scannez à nouveau quand cet avis aura disparu.</translation>
    </message>
    <message>
        <source>Database unreachable — scans are not recorded; trying again…</source>
        <translation>Base de données injoignable — les scans ne sont pas enregistrés ; nouvelle tentative…</translation>
    </message>
    <message>
        <source>Nothing can be recorded on this terminal until the connection is back. This notice goes away by itself.</source>
        <translation>Rien ne peut être enregistré sur ce terminal tant que la connexion n'est pas rétablie. Cet avis disparaîtra de lui-même.</translation>
    </message>
    <message>
        <source>The database does not answer.</source>
        <translation>La base de données ne répond pas.</translation>
    </message>
    <message>
        <source>Attempt {count} failed at {time}; next attempt within {seconds} s.</source>
        <translation>Tentative {count} échouée à {time} ; prochaine tentative dans {seconds} s au plus.</translation>
    </message>
</context>
<context>
    <name>IntegrityNotice</name>
    <message>
        <source>Recording stopped: the database check failed on this terminal and the problem could not be recorded. Call IT support.</source>
        <translation>Enregistrement arrêté : la vérification de la base a échoué sur ce terminal et le problème n'a pas pu être enregistré. Appelez le support informatique.</translation>
    </message>
    <message>
        <source>Recording stopped: the database check found a problem (incident {id}, terminal {terminal}). Tell quality assurance: they resolve it in the staff area, under Diagnostics.</source>
        <translation>Enregistrement arrêté : la vérification de la base a trouvé un problème (incident {id}, terminal {terminal}). Prévenez l'assurance qualité : elle le résout dans l'espace du personnel, sous Diagnostic.</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Integrity incidents</source>
        <translation>Incidents d'intégrité</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <source>Resolve incident {id}</source>
        <translation>Résoudre l'incident {id}</translation>
    </message>
    <message>
        <source>Incident {id} — {when}, terminal {terminal} — OPEN: nothing is recorded on any terminal. {failed}</source>
        <translation>Incident {id} — {when}, terminal {terminal} — OUVERT : rien n'est enregistré sur aucun terminal. {failed}</translation>
    </message>
    <message>
        <source>Incident {id} — {when}, terminal {terminal} — resolved by {who} on {resolved}: {note}</source>
        <translation>Incident {id} — {when}, terminal {terminal} — résolu par {who} le {resolved} : {note}</translation>
    </message>
</context>
<context>
    <name>ResolveIncidentDialog</name>
    <message>
        <source>Resolve integrity incident {id}</source>
        <translation>Résoudre l'incident d'intégrité {id}</translation>
    </message>
    <message>
        <source>The database check of {when} on terminal {terminal} found: {failed}</source>
        <translation>La vérification de la base du {when} sur le terminal {terminal} a trouvé : {failed}</translation>
    </message>
    <message>
        <source>By signing you declare that the problem was investigated and that recording may resume on every terminal. A later check that finds exactly the same will not stop recording again; anything else will.</source>
        <translation>En signant, vous déclarez que le problème a été examiné et que l'enregistrement peut reprendre sur tous les terminaux. Une vérification ultérieure qui trouve exactement la même chose n'arrêtera plus l'enregistrement ; tout autre problème l'arrêtera.</translation>
    </message>
    <message>
        <source>What was found and done (required)</source>
        <translation>Ce qui a été constaté et fait (obligatoire)</translation>
    </message>
    <message>
        <source>What was found and done</source>
        <translation>Ce qui a été constaté et fait</translation>
    </message>
    <message>
        <source>Signing as {login}</source>
        <translation>Signature en tant que {login}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign and resume recording</source>
        <translation>Signer et reprendre l'enregistrement</translation>
    </message>
    <message>
        <source>Say what was found and done (at least {n} characters).</source>
        <translation>Dites ce qui a été constaté et fait (au moins {n} caractères).</translation>
    </message>
    <message>
        <source>Type your password: it is your signature.</source>
        <translation>Tapez votre mot de passe : c'est votre signature.</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Vérification de votre mot de passe…</translation>
    </message>
    <message>
        <source>The incident could not be resolved: unexpected error; the details are in the log.</source>
        <translation>L'incident n'a pas pu être résolu : erreur inattendue ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {n}).</source>
        <translation>La note est trop longue ({length} caractères ; au plus {n}).</translation>
    </message>
</context>
</TS>
