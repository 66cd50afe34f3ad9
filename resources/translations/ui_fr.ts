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
</TS>
