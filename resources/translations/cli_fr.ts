<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>--learners must be between 0 and 100000.</source>
        <translation>--learners doit être compris entre 0 et 100000.</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input.</source>
        <translation>--password-stdin : aucun mot de passe sur l'entrée standard.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Un code PIN compte 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>A name is required: --name 'Given Family' or 'Family, Given'.</source>
        <translation>Un nom est requis : --name 'Prénom Nom' ou 'Nom, Prénom'.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Une raison est obligatoire.</translation>
    </message>
    <message>
        <source>A session needs at least one scheduled slot.</source>
        <translation>Une session doit avoir au moins une plage horaire.</translation>
    </message>
    <message>
        <source>A slot must end after it starts ({start} – {end}).</source>
        <translation>Une plage horaire doit se terminer après son début ({start} – {end}).</translation>
    </message>
    <message>
        <source>A staff account needs at least one role.</source>
        <translation>Un compte du personnel doit avoir au moins un rôle.</translation>
    </message>
    <message>
        <source>Account {login!r} is locked: ask an administrator.</source>
        <translation>Le compte {login!r} est verrouillé : adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>Account {login} unlocked.</source>
        <translation>Compte {login} déverrouillé.</translation>
    </message>
    <message>
        <source>An in-memory SQLite database cannot be shared; give a file path.</source>
        <translation>Une base SQLite en mémoire ne peut pas être partagée ; indiquez un chemin de fichier.</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Chaîne d'audit</translation>
    </message>
    <message>
        <source>Audit trail BROKEN at row {seq} (id {row_id}): {detail}.</source>
        <translation>Piste d'audit ROMPUE à la ligne {seq} (id {row_id}) : {detail}.</translation>
    </message>
    <message>
        <source>Audit trail intact: {n} rows verified.</source>
        <translation>Piste d'audit intacte : {n} lignes vérifiées.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database file: {detail}</source>
        <translation>Impossible d'ouvrir le fichier de base SQLite : {detail}</translation>
    </message>
    <message>
        <source>Cannot reach the database server: {detail}</source>
        <translation>Serveur de base de données injoignable : {detail}</translation>
    </message>
    <message>
        <source>Course {code!r} already exists.</source>
        <translation>Le cours {code!r} existe déjà.</translation>
    </message>
    <message>
        <source>Database check FAILED.</source>
        <translation>Vérification de la base ÉCHOUÉE.</translation>
    </message>
    <message>
        <source>Database check passed.</source>
        <translation>Vérification de la base réussie.</translation>
    </message>
    <message>
        <source>Database error: {detail}</source>
        <translation>Erreur de base de données : {detail}</translation>
    </message>
    <message>
        <source>Database schema: {before} → {after}.</source>
        <translation>Schéma de la base : {before} → {after}.</translation>
    </message>
    <message>
        <source>Demo centre created: {people} learners, {sessions} sessions, {rooms} rooms.</source>
        <translation>Centre de démonstration créé : {people} apprenants, {sessions} sessions, {rooms} locaux.</translation>
    </message>
    <message>
        <source>Demo staff accounts (login / password / kiosk PIN):</source>
        <translation>Comptes du personnel de démonstration (identifiant / mot de passe / PIN borne) :</translation>
    </message>
    <message>
        <source>Give both --given and --family, or --name.</source>
        <translation>Indiquez à la fois --given et --family, ou --name.</translation>
    </message>
    <message>
        <source>Given and family names are required.</source>
        <translation>Le prénom et le nom sont obligatoires.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Kiosk PIN (4–8 digits): </source>
        <translation>PIN de la borne (4 à 8 chiffres) : </translation>
    </message>
    <message>
        <source>Kiosk PIN (4–8 digits, empty for none): </source>
        <translation>PIN de la borne (4 à 8 chiffres, vide si aucun) : </translation>
    </message>
    <message>
        <source>Login {login!r} is already taken.</source>
        <translation>L'identifiant {login!r} est déjà pris.</translation>
    </message>
    <message>
        <source>Login {login!r} is not valid: use 2–64 lower-case letters, digits, '.', '-' or '_'.</source>
        <translation>L'identifiant {login!r} n'est pas valable : utilisez 2 à 64 lettres minuscules, chiffres, '.', '-' ou '_'.</translation>
    </message>
    <message>
        <source>No course {code!r}.</source>
        <translation>Aucun cours {code!r}.</translation>
    </message>
    <message>
        <source>No room {code!r}.</source>
        <translation>Aucun local {code!r}.</translation>
    </message>
    <message>
        <source>No staff account {login!r}.</source>
        <translation>Aucun compte du personnel {login!r}.</translation>
    </message>
    <message>
        <source>Not a database URL: {url!r}. Use sqlite:///path/to/file.db or postgresql://user@host:5432/database.</source>
        <translation>Ce n'est pas une URL de base de données : {url!r}. Utilisez sqlite:///chemin/vers/fichier.db ou postgresql://utilisateur@hôte:5432/base.</translation>
    </message>
    <message>
        <source>PIN again: </source>
        <translation>PIN (encore) : </translation>
    </message>
    <message>
        <source>PIN set for {login}.</source>
        <translation>PIN défini pour {login}.</translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Mot de passe (encore) : </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>PostgreSQL server runs with fsync={fsync} and synchronous_commit={sync}: acknowledged records could be lost in a crash. Turn both on.</source>
        <translation>Le serveur PostgreSQL tourne avec fsync={fsync} et synchronous_commit={sync} : des enregistrements confirmés pourraient être perdus lors d'une panne. Activez les deux.</translation>
    </message>
    <message>
        <source>Room {code!r} already exists.</source>
        <translation>Le local {code!r} existe déjà.</translation>
    </message>
    <message>
        <source>SQLite refused required settings {wrong} (wanted {wanted}); refusing to run.</source>
        <translation>SQLite a refusé des réglages obligatoires {wrong} (attendu {wanted}) ; arrêt.</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Session {code!r} already exists.</source>
        <translation>La session {code!r} existe déjà.</translation>
    </message>
    <message>
        <source>Setting {key!r} must be {kind}, not {value!r}.</source>
        <translation>Le réglage {key!r} doit être de type {kind}, pas {value!r}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Settings file not found: {path}</source>
        <translation>Fichier de réglages introuvable : {path}</translation>
    </message>
    <message>
        <source>Settings file {path} is not valid TOML: {err}</source>
        <translation>Le fichier de réglages {path} n'est pas du TOML valable : {err}</translation>
    </message>
    <message>
        <source>Staff account {login} created for {name} ({roles}).</source>
        <translation>Compte du personnel {login} créé pour {name} ({roles}).</translation>
    </message>
    <message>
        <source>Terminal {name} is in room {room}.</source>
        <translation>Le terminal {name} est dans le local {room}.</translation>
    </message>
    <message>
        <source>Terminals: {names}</source>
        <translation>Terminaux : {names}</translation>
    </message>
    <message>
        <source>The database is locked by another program and did not free up in time: {detail}</source>
        <translation>La base de données est verrouillée par un autre programme et ne s'est pas libérée à temps : {detail}</translation>
    </message>
    <message>
        <source>The database schema is at {current}, this program needs {head}: run 'aptaskil-desk db upgrade'.</source>
        <translation>Le schéma de la base est à la version {current}, ce programme exige {head} : lancez 'aptaskil-desk db upgrade'.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Le mot de passe doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The password must not start or end with spaces.</source>
        <translation>Le mot de passe ne doit pas commencer ni finir par des espaces.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN diffèrent.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>This change conflicts with data already recorded; nothing was saved ({detail}).</source>
        <translation>Cette modification entre en conflit avec des données déjà enregistrées ; rien n'a été enregistré ({detail}).</translation>
    </message>
    <message>
        <source>This database already holds the demo centre; nothing was changed.</source>
        <translation>Cette base contient déjà le centre de démonstration ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: account {login!r} is now locked. Ask an administrator.</source>
        <translation>Trop d'essais erronés : le compte {login!r} est maintenant verrouillé. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>Unknown course family {family!r}.</source>
        <translation>Famille de cours inconnue {family!r}.</translation>
    </message>
    <message>
        <source>Unknown language {lang!r}: choose one of {choices}.</source>
        <translation>Langue inconnue {lang!r} : choisissez parmi {choices}.</translation>
    </message>
    <message>
        <source>Unknown learner category {category!r}: choose from {choices}.</source>
        <translation>Catégorie d'apprenant inconnue {category!r} : choisissez parmi {choices}.</translation>
    </message>
    <message>
        <source>Unknown login or wrong PIN.</source>
        <translation>Identifiant inconnu ou PIN erroné.</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>Identifiant inconnu ou mot de passe erroné.</translation>
    </message>
    <message>
        <source>Unknown role {role!r}: choose from {choices}.</source>
        <translation>Rôle inconnu {role!r} : choisissez parmi {choices}.</translation>
    </message>
    <message>
        <source>Unknown room kind {kind!r}.</source>
        <translation>Type de local inconnu {kind!r}.</translation>
    </message>
    <message>
        <source>Unknown setting {key!r} in {path}.</source>
        <translation>Réglage inconnu {key!r} dans {path}.</translation>
    </message>
    <message>
        <source>Unsupported database {driver!r}: use SQLite or PostgreSQL.</source>
        <translation>Base de données non prise en charge {driver!r} : utilisez SQLite ou PostgreSQL.</translation>
    </message>
    <message>
        <source>Write the name as 'Given Family' or 'Family, Given': {name!r}.</source>
        <translation>Écrivez le nom sous la forme 'Prénom Nom' ou 'Nom, Prénom' : {name!r}.</translation>
    </message>
    <message>
        <source>Wrong PIN: {left} attempt(s) left.</source>
        <translation>PIN erroné : encore {left} essai(s).</translation>
    </message>
    <message>
        <source>Wrong password: {left} attempt(s) left.</source>
        <translation>Mot de passe erroné : encore {left} essai(s).</translation>
    </message>
    <message>
        <source>pin_max_attempts and staff_idle_lock_minutes must be at least 1.</source>
        <translation>pin_max_attempts et staff_idle_lock_minutes doivent valoir au moins 1.</translation>
    </message>
    <message>
        <source>{rows} audit rows written to {path}.</source>
        <translation>{rows} lignes d'audit écrites dans {path}.</translation>
    </message>
    <message>
        <source>{who} may not do this ({permission}).</source>
        <translation>{who} n'a pas le droit de faire ceci ({permission}).</translation>
    </message>
    <message>
        <source>A correction is 'in', 'out' or 'void', not {kind!r}.</source>
        <translation>Une correction est 'in', 'out' ou 'void', pas {kind!r}.</translation>
    </message>
    <message>
        <source>A correction stays on the same day as the event it corrects.</source>
        <translation>Une correction reste le même jour que l'événement qu'elle corrige.</translation>
    </message>
    <message>
        <source>A missing scan is 'in' or 'out', not {kind!r}.</source>
        <translation>Un passage oublié est 'in' ou 'out', pas {kind!r}.</translation>
    </message>
    <message>
        <source>Badge of {name} revoked; it will be refused from now on.</source>
        <translation>Badge de {name} révoqué ; il sera refusé désormais.</translation>
    </message>
    <message>
        <source>Event {id} was already corrected: correct the latest correction.</source>
        <translation>L'événement {id} a déjà été corrigé : corrigez la dernière correction.</translation>
    </message>
    <message>
        <source>Event {old} corrected by event {new}.</source>
        <translation>Événement {old} corrigé par l'événement {new}.</translation>
    </message>
    <message>
        <source>Hours counted: {hours}.</source>
        <translation>Heures comptées : {hours}.</translation>
    </message>
    <message>
        <source>No active person with id {ids}.</source>
        <translation>Aucune personne active avec l'identifiant {ids}.</translation>
    </message>
    <message>
        <source>No attendance event {id}.</source>
        <translation>Aucun événement de présence {id}.</translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <translation>Aucune personne avec l'identifiant {id}.</translation>
    </message>
    <message>
        <source>No session is scheduled here now: the instructor will review this check-in.</source>
        <translation>Aucune session n'est prévue ici maintenant : le formateur vérifiera cette entrée.</translation>
    </message>
    <message>
        <source>No session or course {code!r}.</source>
        <translation>Aucune session ni cours {code!r}.</translation>
    </message>
    <message>
        <source>No session {code!r}.</source>
        <translation>Aucune session {code!r}.</translation>
    </message>
    <message>
        <source>Nobody to print badges for.</source>
        <translation>Personne pour qui imprimer des badges.</translation>
    </message>
    <message>
        <source>Not a date and time: {value!r} (use 2026-11-25T08:02).</source>
        <translation>Ce n'est pas une date et une heure : {value!r} (utilisez 2026-11-25T08:02).</translation>
    </message>
    <message>
        <source>Not on the roster of the session running here: the instructor will review this check-in.</source>
        <translation>Pas inscrit·e à la session en cours ici : le formateur vérifiera cette entrée.</translation>
    </message>
    <message>
        <source>Person {id} has no active badge.</source>
        <translation>La personne {id} n'a pas de badge actif.</translation>
    </message>
    <message>
        <source>Say whom to print badges for: --person, --course or --all.</source>
        <translation>Indiquez pour qui imprimer les badges : --person, --course ou --all.</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time}.</source>
        <translation>{name} : entrée déjà enregistrée à {time}.</translation>
    </message>
    <message>
        <source>{name}: already checked out at {time}.</source>
        <translation>{name} : sortie déjà enregistrée à {time}.</translation>
    </message>
    <message>
        <source>{name}: checked in at {time}.</source>
        <translation>{name} : entrée enregistrée à {time}.</translation>
    </message>
    <message>
        <source>{name}: checked out at {time}; {hours} h today.</source>
        <translation>{name} : sortie enregistrée à {time} ; {hours} h aujourd'hui.</translation>
    </message>
    <message>
        <source>{name}: staff badge; enter your PIN at the kiosk.</source>
        <translation>{name} : badge du personnel ; tapez votre PIN sur la borne.</translation>
    </message>
    <message>
        <source>{n} badges written to {path} ({pages} pages).</source>
        <translation>{n} badges écrits dans {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>Refused: the code could not be read; scan again.</source>
        <translation>Refusé : le code est illisible ; scannez à nouveau.</translation>
    </message>
    <message>
        <source>Refused: unknown badge.</source>
        <translation>Refusé : badge inconnu.</translation>
    </message>
    <message>
        <source>Refused: this badge was revoked; see reception.</source>
        <translation>Refusé : ce badge a été révoqué ; passez à l'accueil.</translation>
    </message>
    <message>
        <source>Refused: this person is no longer active; see reception.</source>
        <translation>Refusé : cette personne n'est plus active ; passez à l'accueil.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
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
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>No badges to print.</source>
        <translation>Aucun badge à imprimer.</translation>
    </message>
    <message>
        <source>Unknown badge layout {layout!r}: choose cards or sheet.</source>
        <translation>Mise en page de badges inconnue {layout!r} : choisissez cards ou sheet.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is not a text file: save the spreadsheet as CSV UTF-8 or as CSV with semicolons.</source>
        <translation>Ce n'est pas un fichier texte : enregistrez la feuille de calcul au format CSV UTF-8 ou CSV avec points-virgules.</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook, not a CSV file: save it as CSV UTF-8 or as CSV with semicolons.</source>
        <translation>C'est un classeur de tableur, pas un fichier CSV : enregistrez-le au format CSV UTF-8 ou CSV avec points-virgules.</translation>
    </message>
    <message>
        <source>This file is in UTF-16 (Excel's Unicode text): save it as CSV UTF-8 or as CSV with semicolons.</source>
        <translation>Ce fichier est en UTF-16 (texte Unicode d'Excel) : enregistrez-le au format CSV UTF-8 ou CSV avec points-virgules.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 mark but byte {offset} is not UTF-8.</source>
        <translation>Le fichier commence par une marque UTF-8 mais l'octet {offset} n'est pas de l'UTF-8.</translation>
    </message>
    <message>
        <source>The header line has no column separator: separate the columns with ';' or ','.</source>
        <translation>La ligne d'en-tête n'a pas de séparateur de colonnes : séparez les colonnes par ';' ou ','.</translation>
    </message>
    <message>
        <source>The first line must name the columns; accepted names: {accepted}.</source>
        <translation>La première ligne doit nommer les colonnes ; noms acceptés : {accepted}.</translation>
    </message>
    <message>
        <source>The file has a header line but no learners.</source>
        <translation>Le fichier a une ligne d'en-tête mais aucun apprenant.</translation>
    </message>
    <message>
        <source>Unknown column "{column}"; accepted names: {accepted}.</source>
        <translation>Colonne inconnue « {column} » ; noms acceptés : {accepted}.</translation>
    </message>
    <message>
        <source>Column "{column}" repeats column "{first}".</source>
        <translation>La colonne « {column} » répète la colonne « {first} ».</translation>
    </message>
    <message>
        <source>Required column missing: {names}.</source>
        <translation>Colonne obligatoire manquante : {names}.</translation>
    </message>
    <message>
        <source>A value stands in a column that has no name in the header line.</source>
        <translation>Une valeur se trouve dans une colonne qui n'a pas de nom dans la ligne d'en-tête.</translation>
    </message>
    <message>
        <source>Wrong number of fields: {found} instead of {expected} (quote a value that contains the separator).</source>
        <translation>Nombre de champs incorrect : {found} au lieu de {expected} (mettez entre guillemets une valeur qui contient le séparateur).</translation>
    </message>
    <message>
        <source>Badly quoted value: a closing quote must be followed by the separator or the end of the line.</source>
        <translation>Valeur mal entourée de guillemets : un guillemet fermant doit être suivi du séparateur ou de la fin de la ligne.</translation>
    </message>
    <message>
        <source>A quoted value that starts on this line is never closed.</source>
        <translation>Une valeur entre guillemets qui commence sur cette ligne n'est jamais fermée.</translation>
    </message>
    <message>
        <source>Missing value: {column} is required.</source>
        <translation>Valeur manquante : {column} est obligatoire.</translation>
    </message>
    <message>
        <source>Unknown category "{value}"; accepted: {accepted}.</source>
        <translation>Catégorie inconnue « {value} » ; acceptées : {accepted}.</translation>
    </message>
    <message>
        <source>Unreadable date "{value}": write DD/MM/YYYY (e.g. 31/12/1990) or YYYY-MM-DD.</source>
        <translation>Date illisible « {value} » : écrivez JJ/MM/AAAA (p. ex. 31/12/1990) ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Birth date {value} is in the future.</source>
        <translation>La date de naissance {value} est dans le futur.</translation>
    </message>
    <message>
        <source>Birth date {value} is before 1900.</source>
        <translation>La date de naissance {value} est antérieure à 1900.</translation>
    </message>
    <message>
        <source>Invalid e-mail address "{value}".</source>
        <translation>Adresse e-mail invalide « {value} ».</translation>
    </message>
    <message>
        <source>{column} is too long: {length} characters, at most {limit}.</source>
        <translation>{column} est trop long : {length} caractères, au maximum {limit}.</translation>
    </message>
    <message>
        <source>{column} contains a line break or a control character.</source>
        <translation>{column} contient un saut de ligne ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>External reference "{ref}" already appears on line {first_line}.</source>
        <translation>La référence externe « {ref} » figure déjà à la ligne {first_line}.</translation>
    </message>
    <message>
        <source>Unknown session code "{code}".</source>
        <translation>Code de session inconnu « {code} ».</translation>
    </message>
    <message>
        <source>External reference "{ref}" belongs to a staff member, not to a learner.</source>
        <translation>La référence externe « {ref} » appartient à un membre du personnel, pas à un apprenant.</translation>
    </message>
    <message>
        <source>Record guards</source>
        <translation>Protections des enregistrements</translation>
    </message>
    <message>
        <source>Cannot use the file {path}: {reason}</source>
        <translation>Impossible d'utiliser le fichier {path} : {reason}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problem(s) to fix first.</source>
        <translation>Rien n'a été importé : {n} problème(s) à corriger d'abord.</translation>
    </message>
    <message>
        <source>Dry run: {created} to create, {updated} to update, {unchanged} unchanged, {enrolled} enrolments; nothing was written.</source>
        <translation>Essai à blanc : {created} à créer, {updated} à mettre à jour, {unchanged} inchangé(s), {enrolled} inscription(s) ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {unchanged} unchanged, {enrolled} enrolments.</source>
        <translation>Importé : {created} créé(s), {updated} mis à jour, {unchanged} inchangé(s), {enrolled} inscription(s).</translation>
    </message>
    <message>
        <source>Everyone has a badge. Try one: aptaskil-desk scan CODE --terminal KIOSK-LAB-CQ</source>
        <translation>Chacun a un badge. Essayez-en un : aptaskil-desk scan CODE --terminal KIOSK-LAB-CQ</translation>
    </message>
    <message>
        <source>Print them all: aptaskil-desk badges print --all --layout sheet --out badges.pdf</source>
        <translation>Pour tous les imprimer : aptaskil-desk badges print --all --layout sheet --out badges.pdf</translation>
    </message>
    <message>
        <source>Equipment {code} registered.</source>
        <translation>Équipement {code} enregistré.</translation>
    </message>
    <message>
        <source>{code} is now {status}.</source>
        <translation>{code} est maintenant {status}.</translation>
    </message>
    <message>
        <source>Not a date: {value!r} (use YYYY-MM-DD).</source>
        <translation>Ce n'est pas une date : {value!r} (utilisez AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Use refused: {codes}.</source>
        <translation>Utilisation refusée : {codes}.</translation>
    </message>
    <message>
        <source>Qualification phases are IQ, OQ and PQ.</source>
        <translation>Les phases de qualification sont IQ, OQ et PQ.</translation>
    </message>
    <message>
        <source>An equipment needs a code and a name.</source>
        <translation>Un équipement doit avoir un code et un nom.</translation>
    </message>
    <message>
        <source>Equipment {code!r} already exists.</source>
        <translation>L'équipement {code!r} existe déjà.</translation>
    </message>
    <message>
        <source>No equipment {code!r}.</source>
        <translation>Aucun équipement {code!r}.</translation>
    </message>
    <message>
        <source>Unknown status {status!r}.</source>
        <translation>Statut inconnu {status!r}.</translation>
    </message>
    <message>
        <source>Unknown logbook entry kind {kind!r}.</source>
        <translation>Type d'entrée de journal inconnu {kind!r}.</translation>
    </message>
    <message>
        <source>A qualification entry needs a phase (IQ, OQ, PQ) and a result (pass, fail).</source>
        <translation>Une entrée de qualification doit avoir une phase (IQ, OQ, PQ) et un résultat (pass, fail).</translation>
    </message>
    <message>
        <source>No logbook entry {id}.</source>
        <translation>Aucune entrée de journal {id}.</translation>
    </message>
    <message>
        <source>Entry {id} was already corrected: correct the latest correction.</source>
        <translation>L'entrée {id} a déjà été corrigée : corrigez la dernière correction.</translation>
    </message>
    <message>
        <source>Logbook entries are never deleted; record a correction with a reason instead.</source>
        <translation>Les entrées du journal ne sont jamais supprimées ; enregistrez plutôt une correction motivée.</translation>
    </message>
    <message>
        <source>Logbook entries are never edited; record a correction with a reason instead.</source>
        <translation>Les entrées du journal ne sont jamais modifiées ; enregistrez plutôt une correction motivée.</translation>
    </message>
    <message>
        <source>{code} is not in use by this person.</source>
        <translation>{code} n'est pas utilisé par cette personne.</translation>
    </message>
    <message>
        <source>Nothing to override: {code} may be used as it is.</source>
        <translation>Rien à autoriser par dérogation : {code} peut être utilisé tel quel.</translation>
    </message>
    <message>
        <source>Unknown label layout {layout!r}: choose printer or a4.</source>
        <translation>Format d'étiquettes inconnu {layout!r} : choisissez printer ou a4.</translation>
    </message>
    <message>
        <source>No equipment to label.</source>
        <translation>Aucun équipement à étiqueter.</translation>
    </message>
    <message>
        <source>Equipment labels</source>
        <translation>Étiquettes d'équipement</translation>
    </message>
    <message>
        <source>S/N {serial}</source>
        <translation>N° de série {serial}</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>Local {room}</translation>
    </message>
    <message>
        <source>{n} labels written to {path} ({pages} pages).</source>
        <translation>{n} étiquettes écrites dans {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>Equipment logbook</source>
        <translation>Cahier de vie de l'équipement</translation>
    </message>
    <message>
        <source>Equipment logbook {code}</source>
        <translation>Cahier de vie de l'équipement {code}</translation>
    </message>
    <message>
        <source>Generated on {when}</source>
        <translation>Généré le {when}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Calibration due</source>
        <translation>Étalonnage à faire le</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type d'entrée</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Times are Brussels time. A corrected entry is struck through and stays on record; the correction follows at its own time with its reason.</source>
        <translation>Heures de Bruxelles. Une entrée corrigée est barrée et reste enregistrée ; la correction suit à sa propre date avec sa raison.</translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation>Aucune entrée pendant cette période.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>à partir du {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>jusqu'au {end}</translation>
    </message>
    <message>
        <source>all entries</source>
        <translation>toutes les entrées</translation>
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
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en cours d'utilisation</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>en nettoyage</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>en maintenance</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>en quarantaine</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
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
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nouvelle échéance</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Travaux effectués</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>after incident #{id}</source>
        <translation>suite à l'incident n° {id}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Raison : {reason}</translation>
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
        <source>Result: {result}</source>
        <translation>Résultat : {result}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <source>kiosk {terminal}</source>
        <translation>borne {terminal}</translation>
    </message>
    <message>
        <source>Used under override #{id}</source>
        <translation>Utilisé sous dérogation n° {id}</translation>
    </message>
    <message>
        <source>Corrects #{id}: {reason}</source>
        <translation>Corrige le n° {id} : {reason}</translation>
    </message>
    <message>
        <source>→ Superseded by entry #{id}: {reason}</source>
        <translation>→ Remplacée par l'entrée n° {id} : {reason}</translation>
    </message>
    <message>
        <source>Logbook of {code} written to {path}: {n} entries, {pages} pages.</source>
        <translation>Cahier de vie de {code} écrit dans {path} : {n} entrées, {pages} pages.</translation>
    </message>
    <message>
        <source>The period ends before it starts: {start} to {end}.</source>
        <translation>La période se termine avant de commencer : du {start} au {end}.</translation>
    </message>
    <message>
        <source>{name}: use of {code} started at {time}.</source>
        <translation>{name} : utilisation de {code} commencée à {time}.</translation>
    </message>
    <message>
        <source>{name}: use of {code} stopped at {time}.</source>
        <translation>{name} : utilisation de {code} terminée à {time}.</translation>
    </message>
    <message>
        <source>Answer these questions, then scan again with --answers:</source>
        <translation>Répondez à ces questions, puis scannez à nouveau avec --answers :</translation>
    </message>
    <message>
        <source>Refused: scan your badge first, then the equipment, on the same terminal.</source>
        <translation>Refusé : scannez d'abord votre badge, puis l'équipement, sur la même borne.</translation>
    </message>
    <message>
        <source>Refused: {code} may not be used now ({reasons}).</source>
        <translation>Refusé : {code} ne peut pas être utilisé maintenant ({reasons}).</translation>
    </message>
    <message>
        <source>--answers takes a JSON object such as {{"clean_label": "yes"}}.</source>
        <translation>--answers attend un objet JSON comme {{"clean_label": "yes"}}.</translation>
    </message>
    <message>
        <source>{file}: a [default] table is required.</source>
        <translation>{file} : une table [default] est obligatoire.</translation>
    </message>
    <message>
        <source>{file}: not valid TOML: {error}</source>
        <translation>{file} : TOML non valable : {error}</translation>
    </message>
    <message>
        <source>{where}: each question needs an id and expect = yes or no.</source>
        <translation>{where} : chaque question doit avoir un id et expect = yes ou no.</translation>
    </message>
    <message>
        <source>{where}: each question needs its text in fr, en and nl.</source>
        <translation>{where} : chaque question doit avoir son texte en fr, en et nl.</translation>
    </message>
    <message>
        <source>Equipment labels: aptaskil-desk equipment label --layout a4 --out labels.pdf</source>
        <translation>Étiquettes des équipements : aptaskil-desk equipment label --layout a4 --out labels.pdf</translation>
    </message>
    <message>
        <source>Person {id} holds no authorisation for {code}.</source>
        <translation>La personne {id} n'a pas d'autorisation pour {code}.</translation>
    </message>
    <message>
        <source>Cannot open the port {port}: {error}</source>
        <translation>Impossible d’ouvrir le port {port} : {error}</translation>
    </message>
    <message>
        <source>Data bits must be 5, 6, 7 or 8, not {value}.</source>
        <translation>Les bits de données doivent valoir 5, 6, 7 ou 8, pas {value}.</translation>
    </message>
    <message>
        <source>Line settings {spec!r} not understood: write e.g. 9600,8N1 or 1200,7O1.</source>
        <translation>Paramètres de ligne {spec!r} non compris : écrivez par ex. 9600,8N1 ou 1200,7O1.</translation>
    </message>
    <message>
        <source>No complete reply from the instrument on {port} within {seconds:g} s.</source>
        <translation>Aucune réponse complète de l’instrument sur {port} en {seconds:g} s.</translation>
    </message>
    <message>
        <source>No reply from the instrument on {port} within {seconds:g} s.</source>
        <translation>Aucune réponse de l’instrument sur {port} en {seconds:g} s.</translation>
    </message>
    <message>
        <source>Stop bits must be 1, 1.5 or 2, not {value}.</source>
        <translation>Les bits d’arrêt doivent valoir 1, 1,5 ou 2, pas {value}.</translation>
    </message>
    <message>
        <source>The instrument on {port} does not accept data (handshake?).</source>
        <translation>L’instrument sur {port} n’accepte pas les données (contrôle de flux ?).</translation>
    </message>
    <message>
        <source>The instrument on {port} keeps sending lines it should not.</source>
        <translation>L’instrument sur {port} envoie sans cesse des lignes inattendues.</translation>
    </message>
    <message>
        <source>The instrument on {port} sent a frame longer than {limit} bytes.</source>
        <translation>L’instrument sur {port} a envoyé une trame de plus de {limit} octets.</translation>
    </message>
    <message>
        <source>The instrument on {port} sent a line longer than {limit} bytes.</source>
        <translation>L’instrument sur {port} a envoyé une ligne de plus de {limit} octets.</translation>
    </message>
    <message>
        <source>The instrument on {port} was disconnected ({error}).</source>
        <translation>L’instrument sur {port} a été déconnecté ({error}).</translation>
    </message>
    <message>
        <source>The port {port} is not open.</source>
        <translation>Le port {port} n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The speed must be a positive number of baud, not {value}.</source>
        <translation>La vitesse doit être un nombre positif de bauds, pas {value}.</translation>
    </message>
    <message>
        <source>Timeouts must be positive.</source>
        <translation>Les délais d’attente doivent être positifs.</translation>
    </message>
    <message>
        <source>Unknown instrument driver {name!r}; known: {known}.</source>
        <translation>Pilote d’instrument inconnu {name!r} ; connus : {known}.</translation>
    </message>
    <message>
        <source>Unknown parity {value!r}: use N, E, O, M or S.</source>
        <translation>Parité inconnue {value!r} : utilisez N, E, O, M ou S.</translation>
    </message>
    <message>
        <source>authorisation_lapse_days must be a number of days from {low} to {high}, not {value}.</source>
        <translation>authorisation_lapse_days doit être un nombre de jours de {low} à {high}, pas {value}.</translation>
    </message>
    <message>
        <source>Environment variable {var} must be a whole number, not {value!r}.</source>
        <translation>La variable d'environnement {var} doit être un nombre entier, pas {value!r}.</translation>
    </message>
    <message>
        <source>The end date {date} is already past: choose today or later.</source>
        <translation>La date de fin {date} est déjà passée : choisissez aujourd'hui ou plus tard.</translation>
    </message>
    <message>
        <source>{code} needs no authorisation: learners may use it without one.</source>
        <translation>{code} ne demande pas d'autorisation : les apprenants peuvent l'utiliser sans.</translation>
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
        <source>The authorisation of {name} for {code} is revoked.</source>
        <translation>L'autorisation de {name} pour {code} est retirée.</translation>
    </message>
    <message>
        <source>No authorisation on record.</source>
        <translation>Aucune autorisation enregistrée.</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} does not support function {function:02d} (exception 01: illegal function).</source>
        <translation>L’appareil Modbus {slave} sur {port} ne connaît pas la fonction {function:02d} (exception 01 : fonction illégale).</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} has no register at the address asked (exception 02: illegal data address).</source>
        <translation>L’appareil Modbus {slave} sur {port} n’a pas de registre à l’adresse demandée (exception 02 : adresse de donnée illégale).</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} refused the value or quantity sent (exception 03: illegal data value).</source>
        <translation>L’appareil Modbus {slave} sur {port} a refusé la valeur ou la quantité envoyée (exception 03 : valeur de donnée illégale).</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} failed while doing the request (exception 04: device failure).</source>
        <translation>L’appareil Modbus {slave} sur {port} est tombé en défaut en exécutant la requête (exception 04 : défaillance de l’appareil).</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} answered function {function:02d} with exception {code:02d}.</source>
        <translation>L’appareil Modbus {slave} sur {port} a répondu à la fonction {function:02d} par l’exception {code:02d}.</translation>
    </message>
    <message>
        <source>The reply from Modbus device {slave} on {port} is corrupted (CRC check failed); it was ignored.</source>
        <translation>La réponse de l’appareil Modbus {slave} sur {port} est corrompue (CRC incorrect) ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>A reply from Modbus device {got} came on {port} while device {slave} was asked; it was ignored.</source>
        <translation>Une réponse de l’appareil Modbus {got} est arrivée sur {port} alors que l’appareil {slave} était interrogé ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Modbus device {slave} on {port} answered function {got:02d} to a function {function:02d} request; the reply was ignored.</source>
        <translation>L’appareil Modbus {slave} sur {port} a répondu par la fonction {got:02d} à une requête de fonction {function:02d} ; la réponse a été ignorée.</translation>
    </message>
    <message>
        <source>The reply from Modbus device {slave} on {port} does not match the request (wrong length or content); it was ignored.</source>
        <translation>La réponse de l’appareil Modbus {slave} sur {port} ne correspond pas à la requête (longueur ou contenu erroné) ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>{value} {unit} is outside the range of the Modbus register {name} ({low} to {high} {unit}).</source>
        <translation>{value} {unit} sort de la plage du registre Modbus {name} ({low} à {high} {unit}).</translation>
    </message>
    <message>
        <source>This Modbus register map has no setting named {name!r}.</source>
        <translation>Cette table de registres Modbus n’a pas de paramètre nommé {name!r}.</translation>
    </message>
    <message>
        <source>This Modbus register map has no process value.</source>
        <translation>Cette table de registres Modbus n’a pas de valeur de procédé.</translation>
    </message>
    <message>
        <source>The low end of the range must be below the high end.</source>
        <translation>Le début de l’échelle doit être inférieur à la fin de l’échelle.</translation>
    </message>
    <message>
        <source>A Modbus device address must be between 1 and 247, not {value}.</source>
        <translation>Une adresse d’appareil Modbus doit être comprise entre 1 et 247, pas {value}.</translation>
    </message>
    <message>
        <source>A Modbus register address must be between 0 and 65535, not {value}.</source>
        <translation>Une adresse de registre Modbus doit être comprise entre 0 et 65535, pas {value}.</translation>
    </message>
    <message>
        <source>Between 1 and {limit} Modbus registers per request, not {count}.</source>
        <translation>Entre 1 et {limit} registres Modbus par requête, pas {count}.</translation>
    </message>
    <message>
        <source>A Modbus register holds 0 to 65535, not {value}.</source>
        <translation>Un registre Modbus contient de 0 à 65535, pas {value}.</translation>
    </message>
    <message>
        <source>A range or resolution is a positive number, DEF, MIN or MAX, not {value!r}.</source>
        <translation>Une gamme ou une résolution est un nombre positif, DEF, MIN ou MAX, pas {value!r}.</translation>
    </message>
    <message>
        <source>An instrument command is printable ASCII text, not {command!r}.</source>
        <translation>Une commande d’instrument est un texte ASCII imprimable, pas {command!r}.</translation>
    </message>
    <message>
        <source>Unknown quantity {name!r} for this instrument; known: {known}.</source>
        <translation>Grandeur {name!r} inconnue pour cet instrument ; connues : {known}.</translation>
    </message>
    <message>
        <source>The instrument on {port} reports: {errors}</source>
        <translation>L’instrument sur {port} signale : {errors}</translation>
    </message>
    <message>
        <source>The instrument on {port} sent a malformed reply: {reply}</source>
        <translation>L’instrument sur {port} a envoyé une réponse mal formée : {reply}</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not a number.</source>
        <translation>{field} : {value!r} n'est pas un nombre.</translation>
    </message>
    <message>
        <source>{field} must be a set of named values.</source>
        <translation>{field} doit être un ensemble de valeurs nommées.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>{field} doit être une liste.</translation>
    </message>
    <message>
        <source>Missing input for {kind}: {fields}.</source>
        <translation>Donnée manquante pour {kind} : {fields}.</translation>
    </message>
    <message>
        <source>Unknown input for {kind}: {fields}.</source>
        <translation>Donnée inconnue pour {kind} : {fields}.</translation>
    </message>
    <message>
        <source>Unknown exercise {kind!r}; known: {known}.</source>
        <translation>Exercice {kind!r} inconnu ; connus : {known}.</translation>
    </message>
    <message>
        <source>Weighing {n}: 'stable' must be true or false.</source>
        <translation>Pesée {n} : « stable » doit valoir vrai ou faux.</translation>
    </message>
    <message>
        <source>The as-left series needs 5 points (0, 25, 50, 75 and 100 %), not {count}.</source>
        <translation>La série après réglage demande 5 points (0, 25, 50, 75 et 100 %), pas {count}.</translation>
    </message>
    <message>
        <source>The as-found series needs 5 points (0, 25, 50, 75 and 100 %), not {count}.</source>
        <translation>La série avant réglage demande 5 points (0, 25, 50, 75 et 100 %), pas {count}.</translation>
    </message>
    <message>
        <source>The tolerance must be more than 0 and at most 10 % of span, not {value}.</source>
        <translation>La tolérance doit être supérieure à 0 et d'au plus 10 % de l'étendue, pas {value}.</translation>
    </message>
    <message>
        <source>The test weight's value must be positive, not {value}.</source>
        <translation>La valeur du poids étalon doit être positive, pas {value}.</translation>
    </message>
    <message>
        <source>The scale interval d must be positive, not {value}.</source>
        <translation>L'échelon d doit être positif, pas {value}.</translation>
    </message>
    <message>
        <source>A pH calibration uses 2 or 3 buffers, not {count}.</source>
        <translation>Un étalonnage de pH utilise 2 ou 3 tampons, pas {count}.</translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 100 °C, not {value}.</source>
        <translation>La température doit être comprise entre 0 et 100 °C, pas {value}.</translation>
    </message>
    <message>
        <source>A buffer's pH must be between 0 and 14.</source>
        <translation>Le pH d'un tampon doit être compris entre 0 et 14.</translation>
    </message>
    <message>
        <source>The buffers must differ by at least 1 pH unit.</source>
        <translation>Les tampons doivent différer d'au moins 1 unité pH.</translation>
    </message>
    <message>
        <source>The range's lower and upper values must differ.</source>
        <translation>Le début et la fin de l'échelle doivent être différents.</translation>
    </message>
    <message>
        <source>Point {n}: an applied process value needs the transmitter's range.</source>
        <translation>Point {n} : une valeur de procédé appliquée demande l'échelle du transmetteur.</translation>
    </message>
    <message>
        <source>Point {n}: the applied value {value} is {percent} % of range, too far from the {nominal} % point.</source>
        <translation>Point {n} : la valeur appliquée {value} vaut {percent} % de l'échelle, trop loin du point à {nominal} %.</translation>
    </message>
    <message>
        <source>The instrument answered with an error ({detail}). Nothing was stored.</source>
        <translation>L'instrument a répondu par une erreur ({detail}). Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>No instrument {code!r}.</source>
        <translation>Aucun instrument {code!r}.</translation>
    </message>
    <message>
        <source>Unknown handshake {value!r}: use none, xon/xoff, rts/cts or dtr/dsr.</source>
        <translation>Contrôle de flux {value!r} inconnu : utilisez none, xon/xoff, rts/cts ou dtr/dsr.</translation>
    </message>
    <message>
        <source>The reading is not stable yet: wait for a stable value. Nothing was stored.</source>
        <translation>La mesure n'est pas encore stable : attendez une valeur stable. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The instrument is overloaded (above its range). Nothing was stored.</source>
        <translation>L'instrument est en surcharge (au-dessus de sa portée). Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The instrument is underloaded (below its range). Nothing was stored.</source>
        <translation>L'instrument est en sous-charge (sous sa portée). Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The instrument on the line reports serial number {reported}, but {code} is registered with {registered}. Nothing was stored.</source>
        <translation>L'instrument raccordé annonce le numéro de série {reported}, mais {code} est enregistré avec {registered}. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Reading {uuid} was already recorded with other content. Nothing was stored.</source>
        <translation>La mesure {uuid} a déjà été enregistrée avec un autre contenu. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>{value!r} is not a UUID.</source>
        <translation>{value!r} n'est pas un UUID.</translation>
    </message>
    <message>
        <source>An instrument needs an asset code and a name.</source>
        <translation>Un instrument demande un code d'inventaire et un nom.</translation>
    </message>
    <message>
        <source>The reading's time has no time zone.</source>
        <translation>L'heure de la mesure n'a pas de fuseau horaire.</translation>
    </message>
    <message>
        <source>{code} is withdrawn from use: its readings are not recorded.</source>
        <translation>{code} est retiré du service : ses mesures ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>{code} ({driver}) cannot serve a {kind} exercise.</source>
        <translation>{code} ({driver}) ne peut pas servir à un exercice {kind}.</translation>
    </message>
    <message>
        <source>{code} is not in calibration: only a training result may use it.</source>
        <translation>{code} n'est pas sous étalonnage valide : seul un résultat de formation peut l'utiliser.</translation>
    </message>
    <message>
        <source>Instrument {code!r} already exists.</source>
        <translation>L'instrument {code!r} existe déjà.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in session {code}.</source>
        <translation>{name} n'est pas inscrit(e) à la session {code}.</translation>
    </message>
    <message>
        <source>Error {error} % of span, beyond the ±{tolerance} % tolerance.</source>
        <translation>Erreur de {error} % de l'étendue, au-delà de la tolérance de ±{tolerance} %.</translation>
    </message>
    <message>
        <source>{current} mA is a NAMUR NE 43 failure signal (≤ 3.6 or ≥ 21 mA).</source>
        <translation>{current} mA est un signal de défaut NAMUR NE 43 (≤ 3,6 ou ≥ 21 mA).</translation>
    </message>
    <message>
        <source>{current} mA is outside the NE 43 measurement range (3.8–20.5 mA).</source>
        <translation>{current} mA est hors de la plage de mesure NE 43 (3,8–20,5 mA).</translation>
    </message>
    <message>
        <source>Weighing {number} was not stable: left out.</source>
        <translation>La pesée {number} n'était pas stable : écartée.</translation>
    </message>
    <message>
        <source>{count} stable weighings; USP &lt;41&gt; needs at least {needed}.</source>
        <translation>{count} pesées stables ; l'USP &lt;41&gt; en demande au moins {needed}.</translation>
    </message>
    <message>
        <source>Repeatability 2s/m = {value} %, above {limit} %.</source>
        <translation>Répétabilité 2s/m = {value} %, au-dessus de {limit} %.</translation>
    </message>
    <message>
        <source>The mean is {deviation} % from the test weight, above {limit} %.</source>
        <translation>La moyenne s'écarte de {deviation} % du poids étalon, au-dessus de {limit} %.</translation>
    </message>
    <message>
        <source>The mean {mean} is not positive: no repeatability.</source>
        <translation>La moyenne {mean} n'est pas positive : pas de répétabilité.</translation>
    </message>
    <message>
        <source>Slope {slope} %, outside {min}–{max} %.</source>
        <translation>Pente de {slope} %, hors de {min}–{max} %.</translation>
    </message>
    <message>
        <source>Slope {slope} % between pH {from} and {to}, outside 95–105 %.</source>
        <translation>Pente de {slope} % entre pH {from} et {to}, hors de 95–105 %.</translation>
    </message>
    <message>
        <source>Offset {offset} mV at pH 7, beyond ±{limit} mV.</source>
        <translation>Décalage (offset) de {offset} mV à pH 7, au-delà de ±{limit} mV.</translation>
    </message>
    <message>
        <source>Instrument not in calibration when read: not usable as GMP evidence.</source>
        <translation>Instrument hors étalonnage au moment de la mesure : inutilisable comme preuve BPF.</translation>
    </message>
    <message>
        <source>The balance did not recognise the command (ES: syntax error).</source>
        <translation>La balance n’a pas reconnu la commande (ES : erreur de syntaxe).</translation>
    </message>
    <message>
        <source>The balance received the command garbled (ET: transmission error); try again.</source>
        <translation>La balance a reçu la commande altérée (ET : erreur de transmission) ; réessayez.</translation>
    </message>
    <message>
        <source>The balance cannot carry out the command now (EL: logic error).</source>
        <translation>La balance ne peut pas exécuter la commande maintenant (EL : erreur logique).</translation>
    </message>
    <message>
        <source>The balance could not settle within its time limit, or is busy (S I): shield it from draughts and vibration, then weigh again.</source>
        <translation>La balance ne s’est pas stabilisée dans son délai, ou est occupée (S I) : protégez-la des courants d’air et des vibrations, puis pesez à nouveau.</translation>
    </message>
    <message>
        <source>The balance is busy and gave no weight (S I); try again.</source>
        <translation>La balance est occupée et n’a donné aucun poids (S I) ; réessayez.</translation>
    </message>
    <message>
        <source>The load is above the balance's capacity (S +).</source>
        <translation>La charge dépasse la portée de la balance (S +).</translation>
    </message>
    <message>
        <source>The load is below the balance's lower limit; is the pan in place? (S -)</source>
        <translation>La charge est sous la limite inférieure de la balance ; le plateau est-il en place ? (S -)</translation>
    </message>
    <message>
        <source>The balance could not zero: it did not settle within its time limit, or is busy (Z I).</source>
        <translation>La balance n’a pas pu se mettre à zéro : pas de stabilité dans son délai, ou occupée (Z I).</translation>
    </message>
    <message>
        <source>The balance could not zero: the load is above its zero-setting range (Z +).</source>
        <translation>La balance n’a pas pu se mettre à zéro : la charge dépasse sa plage de mise à zéro (Z +).</translation>
    </message>
    <message>
        <source>The balance could not zero: the load is below its zero-setting range (Z -).</source>
        <translation>La balance n’a pas pu se mettre à zéro : la charge est sous sa plage de mise à zéro (Z -).</translation>
    </message>
    <message>
        <source>The balance could not tare: it did not settle within its time limit, or is busy (T I).</source>
        <translation>La balance n’a pas pu tarer : pas de stabilité dans son délai, ou occupée (T I).</translation>
    </message>
    <message>
        <source>The balance could not tare: the load is above its taring range (T +).</source>
        <translation>La balance n’a pas pu tarer : la charge dépasse sa plage de tarage (T +).</translation>
    </message>
    <message>
        <source>The balance could not tare: the load is below its taring range (T -).</source>
        <translation>La balance n’a pas pu tarer : la charge est sous sa plage de tarage (T -).</translation>
    </message>
    <message>
        <source>The balance cannot give or set the tare weight now (TA I).</source>
        <translation>La balance ne peut pas donner ni fixer la tare maintenant (TA I).</translation>
    </message>
    <message>
        <source>The balance refused that tare weight: out of range or wrong unit (TA L).</source>
        <translation>La balance a refusé cette tare : hors plage ou mauvaise unité (TA L).</translation>
    </message>
    <message>
        <source>The balance could not clear the tare now (TAC I).</source>
        <translation>La balance n’a pas pu effacer la tare maintenant (TAC I).</translation>
    </message>
    <message>
        <source>The balance cannot give its model now (I2 I).</source>
        <translation>La balance ne peut pas donner son modèle maintenant (I2 I).</translation>
    </message>
    <message>
        <source>The balance cannot give its serial number now (I4 I).</source>
        <translation>La balance ne peut pas donner son numéro de série maintenant (I4 I).</translation>
    </message>
    <message>
        <source>The balance on {port} answered {reply!r} to {command}: not an MT-SICS reply.</source>
        <translation>La balance sur {port} a répondu {reply!r} à {command} : ce n’est pas une réponse MT-SICS.</translation>
    </message>
    <message>
        <source>Err 01: the value does not fit the output format; check the interface settings.</source>
        <translation>Err 01 : la valeur ne tient pas dans le format de sortie ; vérifiez les réglages de l’interface.</translation>
    </message>
    <message>
        <source>Err 02: the adjustment conditions are not met (e.g. not tared, or the pan is loaded).</source>
        <translation>Err 02 : les conditions d’ajustage ne sont pas remplies (p. ex. pas de tare, ou plateau chargé).</translation>
    </message>
    <message>
        <source>Err 03: the adjustment could not be completed in time.</source>
        <translation>Err 03 : l’ajustage n’a pas pu être terminé à temps.</translation>
    </message>
    <message>
        <source>Err 30: data output is blocked by the interface settings.</source>
        <translation>Err 30 : la sortie des données est bloquée par les réglages de l’interface.</translation>
    </message>
    <message>
        <source>Err 31: handshake error: the computer did not accept the data.</source>
        <translation>Err 31 : erreur de contrôle de flux : l’ordinateur n’a pas accepté les données.</translation>
    </message>
    <message>
        <source>Err 101–104: a key is stuck or was held down when the balance was switched on.</source>
        <translation>Err 101–104 : une touche est bloquée ou était enfoncée à la mise sous tension de la balance.</translation>
    </message>
    <message>
        <source>Err 320: the balance's program memory is faulty; have the balance serviced.</source>
        <translation>Err 320 : la mémoire programme de la balance est défectueuse ; faites réviser la balance.</translation>
    </message>
    <message>
        <source>Err 340: the balance's parameter memory is faulty; have the balance serviced.</source>
        <translation>Err 340 : la mémoire des paramètres de la balance est défectueuse ; faites réviser la balance.</translation>
    </message>
    <message>
        <source>Err 341: the balance lost its settings (power backup); check them and adjust the balance.</source>
        <translation>Err 341 : la balance a perdu ses réglages (sauvegarde d’alimentation) ; vérifiez-les et ajustez la balance.</translation>
    </message>
    <message>
        <source>Err {code}: see the error list in the balance's manual.</source>
        <translation>Err {code} : voir la liste des erreurs dans le manuel de la balance.</translation>
    </message>
    <message>
        <source>The load is above the balance's capacity (High).</source>
        <translation>La charge dépasse la portée de la balance (High).</translation>
    </message>
    <message>
        <source>The load is below the balance's lower limit; is the pan in place? (Low)</source>
        <translation>La charge est sous la limite inférieure de la balance ; le plateau est-il en place ? (Low)</translation>
    </message>
    <message>
        <source>The balance did not settle in time: shield it from draughts and vibration, then weigh again.</source>
        <translation>La balance ne s’est pas stabilisée à temps : protégez-la des courants d’air et des vibrations, puis pesez à nouveau.</translation>
    </message>
    <message>
        <source>A tare of {value} {unit} cannot be sent: give a number and a unit such as g.</source>
        <translation>Une tare de {value} {unit} ne peut pas être envoyée : indiquez un nombre et une unité, par exemple g.</translation>
    </message>
    <message>
        <source>The logbook changed while it was being printed; print it again.</source>
        <translation>Le cahier de vie a changé pendant son impression ; imprimez-le à nouveau.</translation>
    </message>
    <message>
        <source>Instrument {code} registered.</source>
        <translation>Instrument {code} enregistré.</translation>
    </message>
    <message>
        <source>Driver {driver}, port {port}, line {line}, serial number {serial}, room {room}.</source>
        <translation>Pilote {driver}, port {port}, ligne {line}, numéro de série {serial}, local {room}.</translation>
    </message>
    <message>
        <source>No serial port found.</source>
        <translation>Aucun port série trouvé.</translation>
    </message>
    <message>
        <source>--count must be at least 1.</source>
        <translation>--count doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>--interval cannot be negative.</source>
        <translation>--interval ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>In calibration until {date}.</source>
        <translation>Étalonné jusqu’au {date}.</translation>
    </message>
    <message>
        <source>No instrument registered.</source>
        <translation>Aucun instrument enregistré.</translation>
    </message>
    <message>
        <source>Withdrawn from use: its readings are not recorded.</source>
        <translation>Retiré du service : ses lectures ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Last recorded readings:</source>
        <translation>Dernières lectures enregistrées :</translation>
    </message>
    <message>
        <source>Simulated {title} running; stop it with Ctrl+C.</source>
        <translation>Simulation en cours : {title} ; arrêtez-la avec Ctrl+C.</translation>
    </message>
    <message>
        <source>{instrument} on {port} ({line}):</source>
        <translation>{instrument} sur {port} ({line}) :</translation>
    </message>
    <message>
        <source>Calibration overdue since {date}: its readings are not usable as GMP evidence.</source>
        <translation>Étalonnage échu depuis le {date} : ses lectures ne sont pas utilisables comme preuve BPF.</translation>
    </message>
    <message>
        <source>No calibration due date: its readings are not usable as GMP evidence.</source>
        <translation>Pas de date d’échéance d’étalonnage : ses lectures ne sont pas utilisables comme preuve BPF.</translation>
    </message>
    <message>
        <source>{name} must be a number, not {value!r}.</source>
        <translation>{name} doit être un nombre, pas {value!r}.</translation>
    </message>
    <message>
        <source>{name} cannot be negative.</source>
        <translation>{name} ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value!r}.</source>
        <translation>{name} doit être un nombre entier, pas {value!r}.</translation>
    </message>
    <message>
        <source>{name} is yes or no, not {value!r}.</source>
        <translation>{name} vaut oui ou non (yes/no), pas {value!r}.</translation>
    </message>
    <message>
        <source>A simulated instrument is overloaded or underloaded, not both.</source>
        <translation>Un instrument simulé est en surcharge ou en sous-charge, pas les deux.</translation>
    </message>
    <message>
        <source>Write a simulated port as sim://KIND or sim://KIND?value=…, not {port!r}.</source>
        <translation>Écrivez un port simulé sous la forme sim://TYPE ou sim://TYPE?value=…, pas {port!r}.</translation>
    </message>
    <message>
        <source>Unknown simulated instrument option {name!r}; known: {known}.</source>
        <translation>Option d’instrument simulé inconnue {name!r} ; connues : {known}.</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>instable</translation>
    </message>
    <message>
        <source>overload</source>
        <translation>surcharge</translation>
    </message>
    <message>
        <source>underload</source>
        <translation>sous-charge</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>This database already holds the demo centre; added the simulated instruments {codes}.</source>
        <translation>Cette base contient déjà le centre de démonstration ; instruments simulés ajoutés : {codes}.</translation>
    </message>
    <message>
        <source>Simulated instruments: aptaskil-desk instrument read --port sim://mt-sics --driver mt-sics --count 3</source>
        <translation>Instruments simulés : aptaskil-desk instrument read --port sim://mt-sics --driver mt-sics --count 3</translation>
    </message>
    <message>
        <source>A calibration result is pass or fail.</source>
        <translation>Le résultat d'un étalonnage est pass (conforme) ou fail (non conforme).</translation>
    </message>
    <message>
        <source>The calibration day {date} is in the future.</source>
        <translation>Le jour de l'étalonnage {date} est dans le futur.</translation>
    </message>
    <message>
        <source>A passed calibration needs the next due date (or a calibration interval).</source>
        <translation>Un étalonnage conforme doit avoir la prochaine échéance (ou un intervalle d'étalonnage).</translation>
    </message>
    <message>
        <source>The next due date {due} must be after the calibration day {date}.</source>
        <translation>La prochaine échéance {due} doit suivre le jour de l'étalonnage {date}.</translation>
    </message>
    <message>
        <source>Only a failed calibration takes the equipment out of service with its entry.</source>
        <translation>Seul un étalonnage non conforme met l'équipement hors service avec son entrée.</translation>
    </message>
    <message>
        <source>{file}, line {line}: not valid TOML: {error}.</source>
        <translation>{file}, ligne {line} : TOML non valide : {error}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the code {value!r} must be 2 to 32 capital letters, digits or dashes.</source>
        <translation>{file}, ligne {line} : le code {value!r} doit compter 2 à 32 majuscules, chiffres ou tirets.</translation>
    </message>
    <message>
        <source>{file}, line {line}: version must be a whole number of at least 1.</source>
        <translation>{file}, ligne {line} : version doit être un nombre entier d'au moins 1.</translation>
    </message>
    <message>
        <source>{file}, line {line}: unknown phase {value!r}; use one of: {known}.</source>
        <translation>{file}, ligne {line} : phase {value!r} inconnue ; utilisez : {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: unknown step kind {value!r}; use one of: {known}.</source>
        <translation>{file}, ligne {line} : type d'étape {value!r} inconnu ; utilisez : {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be true or false.</source>
        <translation>{file}, ligne {line} : {key} doit valoir true ou false.</translation>
    </message>
    <message>
        <source>{file}, line {line}: attachment must be "file" or "photo", not {value!r}.</source>
        <translation>{file}, ligne {line} : attachment doit valoir "file" ou "photo", pas {value!r}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: unknown instrument driver {value!r}; known: {known}.</source>
        <translation>{file}, ligne {line} : pilote d'instrument {value!r} inconnu ; pilotes connus : {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the {driver} driver does not read {value!r}; it reads: {known}.</source>
        <translation>{file}, ligne {line} : le pilote {driver} ne lit pas {value!r} ; il lit : {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the unit {value!r} does not fit {quantity}; use one of: {known}.</source>
        <translation>{file}, ligne {line} : l'unité {value!r} ne convient pas pour {quantity} ; utilisez : {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: give either min/max or target and tolerance, not both.</source>
        <translation>{file}, ligne {line} : indiquez soit min/max, soit target et tolerance, pas les deux.</translation>
    </message>
    <message>
        <source>{file}, line {line}: target and tolerance go together.</source>
        <translation>{file}, ligne {line} : target et tolerance vont ensemble.</translation>
    </message>
    <message>
        <source>{file}, line {line}: min {min} is above max {max}.</source>
        <translation>{file}, ligne {line} : min {min} est supérieur à max {max}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the tolerance must be more than 0, not {value}.</source>
        <translation>{file}, ligne {line} : la tolérance doit être supérieure à 0, pas {value}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: a choice step needs at least 2 options, each {{ id = …, fr = …, en = …, nl = … }}.</source>
        <translation>{file}, ligne {line} : une étape à choix demande au moins 2 options, chacune {{ id = …, fr = …, en = …, nl = … }}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: acceptable must name at least one option.</source>
        <translation>{file}, ligne {line} : acceptable doit nommer au moins une option.</translation>
    </message>
    <message>
        <source>{file}, line {line}: prerequisite cycle: {cycle}; a step can only wait for earlier steps.</source>
        <translation>{file}, ligne {line} : prérequis en boucle : {cycle} ; une étape ne peut attendre que des étapes antérieures.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be a non-empty text.</source>
        <translation>{file}, ligne {line} : {key} doit être un texte non vide.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} = {value!r}: use lower-case letters, digits and _, starting with a letter (at most 64).</source>
        <translation>{file}, ligne {line} : {key} = {value!r} : utilisez des minuscules, des chiffres et _, en commençant par une lettre (64 au plus).</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be a list of texts.</source>
        <translation>{file}, ligne {line} : {key} doit être une liste de textes.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be a non-empty list of tables ([[{key}]]).</source>
        <translation>{file}, ligne {line} : {key} doit être une liste non vide de tables ([[{key}]]).</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must be a number.</source>
        <translation>{file}, ligne {line} : {key} doit être un nombre.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} must give the text in fr, en and nl ({key}.fr = …, {key}.en = …, {key}.nl = …).</source>
        <translation>{file}, ligne {line} : {key} doit donner le texte en fr, en et nl ({key}.fr = …, {key}.en = …, {key}.nl = …).</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key} needs its text in fr, en and nl; missing: {missing}.</source>
        <translation>{file}, ligne {line} : {key} demande son texte en fr, en et nl ; manque : {missing}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key!r} does not apply to a {kind} step.</source>
        <translation>{file}, ligne {line} : {key!r} ne s'applique pas à une étape {kind}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {value!r} is not a file extension (lower-case letters and digits, without the dot).</source>
        <translation>{file}, ligne {line} : {value!r} n'est pas une extension de fichier (minuscules et chiffres, sans le point).</translation>
    </message>
    <message>
        <source>{file}, line {line}: an instrument step needs an acceptance range (min and/or max, or target and tolerance).</source>
        <translation>{file}, ligne {line} : une étape instrument demande un critère d'acceptation (min et/ou max, ou target et tolerance).</translation>
    </message>
    <message>
        <source>{file}, line {line}: {value!r} is not one of the options of this step.</source>
        <translation>{file}, ligne {line} : {value!r} ne fait pas partie des options de cette étape.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the id {value!r} is already used at line {first}.</source>
        <translation>{file}, ligne {line} : l'identifiant {value!r} est déjà utilisé à la ligne {first}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: unknown key {key!r} here; expected: {known}.</source>
        <translation>{file}, ligne {line} : clé {key!r} inconnue ici ; attendu : {known}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key!r} is missing; it is required here.</source>
        <translation>{file}, ligne {line} : {key!r} manque ; il est obligatoire ici.</translation>
    </message>
    <message>
        <source>{file}, line {line}: prerequisite {value!r} is not a step of this template.</source>
        <translation>{file}, ligne {line} : le prérequis {value!r} n'est pas une étape de ce modèle.</translation>
    </message>
    <message>
        <source>{file}, line {line}: prerequisite {value!r} comes later in the protocol; a step can only wait for earlier steps.</source>
        <translation>{file}, ligne {line} : le prérequis {value!r} vient plus loin dans le protocole ; une étape ne peut attendre que des étapes antérieures.</translation>
    </message>
    <message>
        <source>No value entered.</source>
        <translation>Aucune valeur saisie.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} n'est pas un nombre.</translation>
    </message>
    <message>
        <source>{value} is not a valid answer to this step.</source>
        <translation>{value} n'est pas une réponse valable à cette étape.</translation>
    </message>
    <message>
        <source>{value} {unit} is below the minimum of {min} {unit}.</source>
        <translation>{value} {unit} est sous le minimum de {min} {unit}.</translation>
    </message>
    <message>
        <source>{value} {unit} is above the maximum of {max} {unit}.</source>
        <translation>{value} {unit} dépasse le maximum de {max} {unit}.</translation>
    </message>
    <message>
        <source>{value} {unit} is outside {target} ± {tolerance} {unit}.</source>
        <translation>{value} {unit} est hors de {target} ± {tolerance} {unit}.</translation>
    </message>
    <message>
        <source>Not confirmed: the requirement of this step is not met.</source>
        <translation>Non confirmé : l'exigence de cette étape n'est pas remplie.</translation>
    </message>
    <message>
        <source>{value} is not one of the options.</source>
        <translation>{value} ne fait pas partie des options.</translation>
    </message>
    <message>
        <source>{option} is not an acceptable result.</source>
        <translation>{option} n'est pas un résultat acceptable.</translation>
    </message>
    <message>
        <source>The value is in {unit}; this step expects {expected}.</source>
        <translation>La valeur est en {unit} ; cette étape attend une valeur en {expected}.</translation>
    </message>
    <message>
        <source>A .{extension} file is not accepted here; accepted: {accepted}.</source>
        <translation>Un fichier .{extension} n'est pas accepté ici ; acceptés : {accepted}.</translation>
    </message>
    <message>
        <source>A checklist needs at least one step.</source>
        <translation>Une liste de contrôle doit avoir au moins une étape.</translation>
    </message>
    <message>
        <source>Enter a value for step {step}.</source>
        <translation>Saisissez une valeur pour l'étape {step}.</translation>
    </message>
    <message>
        <source>Step {step} already has a value; give the reason for the correction.</source>
        <translation>L'étape {step} a déjà une valeur ; indiquez la raison de la correction.</translation>
    </message>
    <message>
        <source>A deviation needs a description, its impact and the action.</source>
        <translation>Une déviation doit avoir une description, son impact et l'action.</translation>
    </message>
    <message>
        <source>Deviation {number} does not exist on this checklist.</source>
        <translation>La déviation {number} n'existe pas sur cette liste de contrôle.</translation>
    </message>
    <message>
        <source>Deviation {number} is already closed.</source>
        <translation>La déviation {number} est déjà clôturée.</translation>
    </message>
    <message>
        <source>Say how deviation {number} was resolved.</source>
        <translation>Indiquez comment la déviation {number} a été résolue.</translation>
    </message>
    <message>
        <source>Only a checklist in progress can be signed as executed.</source>
        <translation>Seule une liste de contrôle en cours peut être signée comme exécutée.</translation>
    </message>
    <message>
        <source>Only a checklist signed as executed can be reviewed.</source>
        <translation>Seule une liste de contrôle signée comme exécutée peut être vérifiée.</translation>
    </message>
    <message>
        <source>Only a reviewed checklist can be approved.</source>
        <translation>Seule une liste de contrôle vérifiée peut être approuvée.</translation>
    </message>
    <message>
        <source>Open deviations must be closed before approval: {numbers}.</source>
        <translation>Les déviations ouvertes doivent être clôturées avant l'approbation : {numbers}.</translation>
    </message>
    <message>
        <source>{phase} cannot be approved before the approval of {missing} for this equipment.</source>
        <translation>La phase {phase} ne peut pas être approuvée avant l'approbation de {missing} pour cet équipement.</translation>
    </message>
    <message>
        <source>Only a checklist signed as executed or reviewed can be rejected.</source>
        <translation>Seule une liste de contrôle signée comme exécutée ou vérifiée peut être rejetée.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Un rejet doit être motivé.</translation>
    </message>
    <message>
        <source>{phase} cannot start before the approval of {missing} for this equipment.</source>
        <translation>La phase {phase} ne peut pas commencer avant l'approbation de {missing} pour cet équipement.</translation>
    </message>
    <message>
        <source>This checklist is approved and locked; nothing can be changed.</source>
        <translation>Cette liste de contrôle est approuvée et verrouillée ; rien ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>This checklist is signed; it must be rejected back to in progress before anything is entered.</source>
        <translation>Cette liste de contrôle est signée ; elle doit être rejetée et remise en cours avant toute saisie.</translation>
    </message>
    <message>
        <source>Unknown step {step} in this checklist.</source>
        <translation>Étape {step} inconnue dans cette liste de contrôle.</translation>
    </message>
    <message>
        <source>Mandatory steps without a value: {steps}.</source>
        <translation>Étapes obligatoires sans valeur : {steps}.</translation>
    </message>
    <message>
        <source>Failed steps without a deviation: {steps}.</source>
        <translation>Étapes non conformes sans déviation : {steps}.</translation>
    </message>
    <message>
        <source>{name} entered values or signed this checklist as executed, so cannot review, reject or approve it.</source>
        <translation>{name} a saisi des valeurs ou signé cette liste de contrôle comme exécutée, et ne peut donc ni la vérifier, ni la rejeter, ni l'approuver.</translation>
    </message>
    <message>
        <source>Only QA may approve a checklist or reject a reviewed one.</source>
        <translation>Seule l'assurance qualité peut approuver une liste de contrôle ou rejeter une liste vérifiée.</translation>
    </message>
    <message>
        <source>Step {step} appears twice in this checklist.</source>
        <translation>L'étape {step} apparaît deux fois dans cette liste de contrôle.</translation>
    </message>
    <message>
        <source>Unknown signature meaning {meaning}; use executed, reviewed, approved or rejected.</source>
        <translation>Signification de signature {meaning} inconnue ; utilisez executed, reviewed, approved ou rejected.</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Exécuté</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Vérifié</translation>
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
        <source>Performed by</source>
        <translation>Réalisé par</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text (byte {position}); save the file as UTF-8.</source>
        <translation>{file} : ce n'est pas du texte UTF-8 (octet {position}) ; enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} is already stored with other content; raise the version to import a change.</source>
        <translation>{file} : {code} version {version} est déjà enregistré avec un autre contenu ; augmentez la version pour importer une modification.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} is older than the latest stored version {latest}; raise the version above {latest}.</source>
        <translation>{file} : {code} version {version} est plus ancienne que la dernière version enregistrée ({latest}) ; donnez une version supérieure à {latest}.</translation>
    </message>
    <message>
        <source>No checklist template {code!r}.</source>
        <translation>Aucun modèle de liste de contrôle {code!r}.</translation>
    </message>
    <message>
        <source>No version {version} of checklist template {code!r}.</source>
        <translation>Pas de version {version} du modèle de liste de contrôle {code!r}.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>non approuvé</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} file(s) to fix first.</source>
        <translation>Rien n'a été importé : {n} fichier(s) à corriger d'abord.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} is already stored with this content; nothing to import.</source>
        <translation>{file} : {code} version {version} est déjà enregistré avec ce contenu ; rien à importer.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} imported; it supersedes version {old}. QA must approve it before use.</source>
        <translation>{file} : {code} version {version} importé ; il remplace la version {old}. L'AQ doit l'approuver avant utilisation.</translation>
    </message>
    <message>
        <source>{file}: {code} version {version} imported. QA must approve it before use.</source>
        <translation>{file} : {code} version {version} importé. L'AQ doit l'approuver avant utilisation.</translation>
    </message>
    <message>
        <source>No checklist template is stored yet: import one with 'checklist import FILE'.</source>
        <translation>Aucun modèle de liste de contrôle n'est encore enregistré : importez-en un avec « checklist import FICHIER ».</translation>
    </message>
    <message>
        <source>Checklists are executed and signed by a named staff member (use --as LOGIN).</source>
        <translation>Les check-lists sont exécutées et signées par un membre du personnel nommé (utilisez --as IDENTIFIANT).</translation>
    </message>
    <message>
        <source>No attachment {sha256}.</source>
        <translation>Aucune pièce jointe {sha256}.</translation>
    </message>
    <message>
        <source>No checklist execution {id}.</source>
        <translation>Aucune exécution de check-list {id}.</translation>
    </message>
    <message>
        <source>Only QA may approve a checklist template.</source>
        <translation>Seule l'assurance qualité peut approuver un modèle de check-list.</translation>
    </message>
    <message>
        <source>Step {step} does not take a file.</source>
        <translation>L'étape {step} n'accepte pas de fichier.</translation>
    </message>
    <message>
        <source>Step {step} does not take an instrument reading.</source>
        <translation>L'étape {step} n'accepte pas de lecture d'instrument.</translation>
    </message>
    <message>
        <source>Step {step} is answered yes or no, not {value!r}.</source>
        <translation>L'étape {step} se répond par oui ou non, pas {value!r}.</translation>
    </message>
    <message>
        <source>Step {step} reads a {driver} instrument; {code} is a {actual}.</source>
        <translation>L'étape {step} se lit sur un instrument {driver} ; {code} est un {actual}.</translation>
    </message>
    <message>
        <source>Step {step} takes a file or a photo.</source>
        <translation>L'étape {step} attend un fichier ou une photo.</translation>
    </message>
    <message>
        <source>Step {step} takes a reading from an instrument, not a typed value.</source>
        <translation>L'étape {step} attend une lecture d'instrument, pas une valeur saisie.</translation>
    </message>
    <message>
        <source>Step {step} waits for {steps}.</source>
        <translation>L'étape {step} attend {steps}.</translation>
    </message>
    <message>
        <source>{code} is for equipment of type {wanted}; {equipment} is of type {actual}.</source>
        <translation>{code} concerne les équipements de type {wanted} ; {equipment} est de type {actual}.</translation>
    </message>
    <message>
        <source>{code} is not calibrated (due {due}): its readings cannot serve as evidence. Nothing was stored.</source>
        <translation>{code} n'est pas étalonné (échéance {due}) : ses lectures ne peuvent pas servir de preuve. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>{code} version {version} is already approved.</source>
        <translation>{code} version {version} est déjà approuvé.</translation>
    </message>
    <message>
        <source>{code} version {version} is not approved by QA yet: it cannot be executed.</source>
        <translation>{code} version {version} n'est pas encore approuvé par l'assurance qualité : il ne peut pas être exécuté.</translation>
    </message>
    <message>
        <source>{code} version {version} is superseded by a later version: approve that one.</source>
        <translation>{code} version {version} est remplacé par une version ultérieure : approuvez celle-là.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} dépasse {limit} Mo.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Un fichier</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>Une photo</translation>
    </message>
    <message>
        <source>Acceptable: {options}</source>
        <translation>Acceptable : {options}</translation>
    </message>
    <message>
        <source>Acceptance criterion</source>
        <translation>Critère d'acceptation</translation>
    </message>
    <message>
        <source>Action: {text}</source>
        <translation>Action : {text}</translation>
    </message>
    <message>
        <source>Attachment {name}, {size} bytes, SHA-256 {sha256}</source>
        <translation>Pièce jointe {name}, {size} octets, SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>CHANGED AFTER FIRST ENTRY</source>
        <translation>MODIFIÉ APRÈS LA PREMIÈRE SAISIE</translation>
    </message>
    <message>
        <source>Checklist record</source>
        <translation>Enregistrement de liste de contrôle</translation>
    </message>
    <message>
        <source>Checklist record {code} — {equipment} — {id}</source>
        <translation>Enregistrement de liste de contrôle {code} — {equipment} — {id}</translation>
    </message>
    <message>
        <source>Checklist record {id} written to {path}: {pages} pages.</source>
        <translation>Enregistrement de liste de contrôle {id} écrit dans {path} : {pages} pages.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Confirmed (Yes)</source>
        <translation>Confirmé (Oui)</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>Corrigé par</translation>
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
        <translation>Description : {text}</translation>
    </message>
    <message>
        <source>Deviation {number} raised on this step ({state}): see Deviations.</source>
        <translation>Déviation {number} ouverte sur cette étape ({state}) : voir Déviations.</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Déviations</translation>
    </message>
    <message>
        <source>Electronic signatures</source>
        <translation>Signatures électroniques</translation>
    </message>
    <message>
        <source>End of the record.</source>
        <translation>Fin de l'enregistrement.</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Evidence of the old value:</source>
        <translation>Preuve de l'ancienne valeur :</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Impact: {text}</source>
        <translation>Impact : {text}</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Instrument {code} — {name}, serial number {serial}, calibration due {due}.</source>
        <translation>Instrument {code} — {name}, numéro de série {serial}, étalonnage valable jusqu'au {due}.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No deviation was raised.</source>
        <translation>Aucune déviation n'a été ouverte.</translation>
    </message>
    <message>
        <source>No longer matches the record: {what}. The record was changed after this signature, or the signature was copied from another record.</source>
        <translation>Ne correspond plus à l'enregistrement : {what}. L'enregistrement a été modifié après cette signature, ou la signature a été copiée d'un autre enregistrement.</translation>
    </message>
    <message>
        <source>No value entered</source>
        <translation>Aucune valeur saisie</translation>
    </message>
    <message>
        <source>No value entered (optional step)</source>
        <translation>Aucune valeur saisie (étape facultative)</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Pas encore signé.</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OUVERTE</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Nom en clair</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Ouverte par</translation>
    </message>
    <message>
        <source>Raw reply: {text} (hex {hex})</source>
        <translation>Réponse brute : {text} (hex {hex})</translation>
    </message>
    <message>
        <source>Reading {uuid} of {when}: {value} {unit}, {status}; reported by {identity}.</source>
        <translation>Mesure {uuid} du {when} : {value} {unit}, {status} ; identité annoncée : {identity}.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason for the rejection: {reason}</source>
        <translation>Motif du rejet : {reason}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Enregistrement {id}</translation>
    </message>
    <message>
        <source>Recorded after the approval: {what}.</source>
        <translation>Enregistré après l'approbation : {what}.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Signature (SHA-256)</source>
        <translation>Signature (SHA-256)</translation>
    </message>
    <message>
        <source>Signed electronically with each signer's own password (21 CFR Part 11, EU GMP Annex 11). Each signature is bound by its hash to the record as it stood when signed.</source>
        <translation>Signé électroniquement avec le mot de passe personnel de chaque signataire (21 CFR Part 11, BPF UE annexe 11). Chaque signature est liée par son empreinte à l'enregistrement tel qu'il était au moment de la signature.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>FORMATION</translation>
    </message>
    <message>
        <source>TRAINING — practice record: not a GMP record, the equipment's status is not changed</source>
        <translation>FORMATION — enregistrement d'exercice : pas un enregistrement BPF, l'état de l'équipement n'est pas modifié</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>This signature no longer matches the record.</source>
        <translation>Cette signature ne correspond plus à l'enregistrement.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>WARNING — signature verification failed: this record is not what was signed.</source>
        <translation>AVERTISSEMENT — la vérification des signatures a échoué : cet enregistrement n'est pas ce qui a été signé.</translation>
    </message>
    <message>
        <source>Warning: {count} signature problems found; the PDF says which.</source>
        <translation>Avertissement : {count} problèmes de signature trouvés ; le PDF les détaille.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Yes — not a GMP record</source>
        <translation>Oui — pas un enregistrement BPF</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>corrected — version {version}</source>
        <translation>corrigé — version {version}</translation>
    </message>
    <message>
        <source>deviation {number} by {name}, {when}</source>
        <translation>la déviation {number} de {name}, {when}</translation>
    </message>
    <message>
        <source>event {seq}</source>
        <translation>l'événement {seq}</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>live reading ({driver})</source>
        <translation>mesure en direct ({driver})</translation>
    </message>
    <message>
        <source>not stable</source>
        <translation>non stable</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <source>routine check</source>
        <translation>vérification de routine</translation>
    </message>
    <message>
        <source>the closure of deviation {number} by {name}, {when}</source>
        <translation>la clôture de la déviation {number} par {name}, {when}</translation>
    </message>
    <message>
        <source>the signature “{meaning}” of {name}, {when}</source>
        <translation>la signature « {meaning} » de {name}, {when}</translation>
    </message>
    <message>
        <source>the value of step {step} (version {version}) by {name}, {when}</source>
        <translation>la valeur de l'étape {step} (version {version}) saisie par {name}, {when}</translation>
    </message>
    <message>
        <source>{code}, version {version}</source>
        <translation>{code}, version {version}</translation>
    </message>
    <message>
        <source>{count} values were entered again after their first entry. The first values stay on record; each correction is listed below with the old and the new value, the reason, who corrected it and when.</source>
        <translation>{count} valeurs ont été saisies à nouveau après leur première saisie. Les premières valeurs restent enregistrées ; chaque correction est détaillée ci-dessous avec l'ancienne et la nouvelle valeur, le motif, son auteur et sa date.</translation>
    </message>
    <message>
        <source>{steps} steps: {entered} with a value, {failed} failed, {missing} mandatory without a value. Deviations: {deviations}, open: {open}.</source>
        <translation>{steps} étapes : {entered} avec une valeur, {failed} non conformes, {missing} obligatoires sans valeur. Déviations : {deviations}, ouvertes : {open}.</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ conforme</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ non conforme</translation>
    </message>
    <message>
        <source>● not evaluated</source>
        <translation>● non évalué</translation>
    </message>
    <message>
        <source>○ no value</source>
        <translation>○ sans valeur</translation>
    </message>
    <message>
        <source>Password of {login}: </source>
        <translation>Mot de passe de {login} : </translation>
    </message>
    <message>
        <source>Checklist {code} v{version} on {equipment} ({name}): record {id}.</source>
        <translation>Liste de contrôle {code} v{version} sur {equipment} ({name}) : enregistrement {id}.</translation>
    </message>
    <message>
        <source>Phase {phase}, state: {state}{training}.</source>
        <translation>Phase {phase}, état : {state}{training}.</translation>
    </message>
    <message>
        <source>{passed} passed, {failed} failed, {not_evaluated} not evaluated, {empty} without a value.</source>
        <translation>{passed} conforme(s), {failed} non conforme(s), {not_evaluated} non évalué(s), {empty} sans valeur.</translation>
    </message>
    <message>
        <source>Deviation {number} on step {step} is open: {description}</source>
        <translation>La déviation {number} sur l'étape {step} est ouverte : {description}</translation>
    </message>
    <message>
        <source>Signed by {name} on {at}, meaning: {meaning}.</source>
        <translation>Signé par {name} le {at}, signification : {meaning}.</translation>
    </message>
    <message>
        <source>{equipment} is now qualified for {phase}; the logbook records it.</source>
        <translation>{equipment} est maintenant qualifié pour {phase} ; le journal l'enregistre.</translation>
    </message>
    <message>
        <source>No checklist execution yet.</source>
        <translation>Aucune exécution de liste de contrôle pour l'instant.</translation>
    </message>
    <message>
        <source>{title}. Started on {at} by {name}.</source>
        <translation>{title}. Commencée le {at} par {name}.</translation>
    </message>
    <message>
        <source>Values were changed after their first entry: every version is kept below.</source>
        <translation>Des valeurs ont été modifiées après leur première saisie : chaque version est conservée ci-dessous.</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valeurs :</translation>
    </message>
    <message>
        <source>Deviations:</source>
        <translation>Déviations :</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Signatures :</translation>
    </message>
    <message>
        <source>Impact: {impact} — action: {action}</source>
        <translation>Impact : {impact} — action : {action}</translation>
    </message>
    <message>
        <source>Open.</source>
        <translation>Ouverte.</translation>
    </message>
    <message>
        <source>Closed by {name} on {at}: {resolution}</source>
        <translation>Clôturée par {name} le {at} : {resolution}</translation>
    </message>
    <message>
        <source>Deviation {number} closed.</source>
        <translation>Déviation {number} clôturée.</translation>
    </message>
    <message>
        <source>Checklist execution {id}: signature {seq} no longer matches what it signed (altered or copied).</source>
        <translation>Exécution de liste de contrôle {id} : la signature {seq} ne correspond plus à ce qu'elle a signé (modifiée ou copiée).</translation>
    </message>
    <message>
        <source>Checklist execution {id}: event {seq} was recorded after the approval.</source>
        <translation>Exécution de liste de contrôle {id} : l'événement {seq} a été enregistré après l'approbation.</translation>
    </message>
    <message>
        <source>{code} version {version} approved by {name} on {at}; it can now be executed.</source>
        <translation>{code} version {version} approuvée par {name} le {at} ; elle peut maintenant être exécutée.</translation>
    </message>
    <message>
        <source>{file}: {value} is not a number; write numbers with digits.</source>
        <translation>{file} : {value} n'est pas un nombre ; écrivez les nombres en chiffres.</translation>
    </message>
    <message>
        <source>{file}: {key!r} appears twice in one object.</source>
        <translation>{file} : {key!r} apparaît deux fois dans un même objet.</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text.</source>
        <translation>{file} : ce n'est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>{file}, line {line}: not valid JSON: {error}.</source>
        <translation>{file}, ligne {line} : JSON non valide : {error}.</translation>
    </message>
    <message>
        <source>{file}: an answers file is one JSON object with an "answers" object (and an optional "deviations" list).</source>
        <translation>{file} : un fichier de réponses est un objet JSON avec un objet "answers" (et une liste "deviations" facultative).</translation>
    </message>
    <message>
        <source>{file}: unknown key {key!r}; an answers file holds "answers" and "deviations".</source>
        <translation>{file} : clé inconnue {key!r} ; un fichier de réponses contient "answers" et "deviations".</translation>
    </message>
    <message>
        <source>{file}: "deviations" must be a list.</source>
        <translation>{file} : "deviations" doit être une liste.</translation>
    </message>
    <message>
        <source>{file}: deviation {n} needs exactly step, description, impact and action, each a text.</source>
        <translation>{file} : la déviation {n} demande exactement step, description, impact et action, chacun un texte.</translation>
    </message>
    <message>
        <source>{file}, step {step}: {problem}</source>
        <translation>{file}, étape {step} : {problem}</translation>
    </message>
    <message>
        <source>this step is answered {wanted}.</source>
        <translation>cette étape se répond par {wanted}.</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}.</source>
        <translation>impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <source>a check is answered true or false.</source>
        <translation>une vérification se répond par true ou false.</translation>
    </message>
    <message>
        <source>write a number, or the number as text.</source>
        <translation>écrivez un nombre, ou le nombre sous forme de texte.</translation>
    </message>
    <message>
        <source>write the answer as text.</source>
        <translation>écrivez la réponse sous forme de texte.</translation>
    </message>
    <message>
        <source>Step {step}: {code} is withdrawn from use; it cannot be read.</source>
        <translation>Étape {step} : {code} est retiré du service ; il ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Step {step}: {code} is not calibrated (due {due}); its readings cannot serve as evidence. Nothing was stored.</source>
        <translation>Étape {step} : {code} n'est pas étalonné (échéance {due}) ; ses lectures ne peuvent pas servir de preuve. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Step {step}: {code} has no serial port in the register.</source>
        <translation>Étape {step} : {code} n'a pas de port série dans le registre.</translation>
    </message>
    <message>
        <source>{file}: unknown step {step} in {code}; its steps are: {steps}.</source>
        <translation>{file} : étape inconnue {step} dans {code} ; ses étapes sont : {steps}.</translation>
    </message>
    <message>
        <source>Step {step}: reading {code}…</source>
        <translation>Étape {step} : lecture de {code}…</translation>
    </message>
    <message>
        <source>Checklist recorded.</source>
        <translation>Liste de contrôle enregistrée.</translation>
    </message>
    <message>
        <source>Checklist signatures intact.</source>
        <translation>Signatures des listes de contrôle intactes.</translation>
    </message>
    <message>
        <source>{instrument} gave no stable reading in {attempts} attempt(s) within {seconds:g} s (last: {last}). Check the instrument and its surroundings, then try again.</source>
        <translation>{instrument} n'a donné aucune lecture stable en {attempts} essai(s) en {seconds:g} s (dernière : {last}). Vérifiez l'instrument et son environnement, puis réessayez.</translation>
    </message>
    <message>
        <source>A {driver} instrument does not read {quantity}.</source>
        <translation>Un instrument {driver} ne lit pas {quantity}.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>No session (unscheduled check-ins)</source>
        <translation>Aucune session (arrivées hors horaire)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{n} learners</source>
        <translation>{n} apprenants</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>Heures de formation</translation>
    </message>
    <message>
        <source>Training hours from {start} to {end}, per learner</source>
        <translation>Heures de formation du {start} au {end}, par apprenant</translation>
    </message>
    <message>
        <source>Training hours from {start} to {end}, per course</source>
        <translation>Heures de formation du {start} au {end}, par cours</translation>
    </message>
    <message>
        <source>Training hours from {start} to {end}, per category</source>
        <translation>Heures de formation du {start} au {end}, par catégorie</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Référence externe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Employer or school</source>
        <translation>Employeur ou école</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Unknown grouping {by!r}: use learner, course or category.</source>
        <translation>Regroupement inconnu {by!r} : utilisez learner, course ou category.</translation>
    </message>
    <message>
        <source>Give the period with --from and --to (YYYY-MM-DD).</source>
        <translation>Indiquez la période avec --from et --to (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The report is written as .csv or .xlsx, not {name!r}.</source>
        <translation>Le rapport s'écrit en .csv ou en .xlsx, pas {name!r}.</translation>
    </message>
    <message>
        <source>Training hours from {start} to {end} written to {path}: {rows} rows, {learners} learners, {hours} hours in total.</source>
        <translation>Heures de formation du {start} au {end} écrites dans {path} : {rows} lignes, {learners} apprenants, {hours} heures au total.</translation>
    </message>
    <message>
        <source>Course {code} created.</source>
        <translation>Cours {code} créé.</translation>
    </message>
    <message>
        <source>Course {code}: {title} [{family}].</source>
        <translation>Cours {code} : {title} [{family}].</translation>
    </message>
    <message>
        <source>Session {code} scheduled: {n} slots from {first} to {last}.</source>
        <translation>Session {code} planifiée : {n} plages horaires du {first} au {last}.</translation>
    </message>
    <message>
        <source>Session {code}: {n} slots from {first} to {last}, room {room}.</source>
        <translation>Session {code} : {n} plages horaires du {first} au {last}, salle {room}.</translation>
    </message>
    <message>
        <source>Room: {room}. Instructor: {instructor}.</source>
        <translation>Salle : {room}. Formateur·rice : {instructor}.</translation>
    </message>
    <message>
        <source>From {first} to {last}, {n} slots:</source>
        <translation>Du {first} au {last}, {n} plages horaires :</translation>
    </message>
    <message>
        <source>Roster: {n} enrolled, {w} withdrawn.</source>
        <translation>Liste des inscrits : {n} inscrit·es, {w} retiré·es.</translation>
    </message>
    <message>
        <source>withdrawn on {date}: {reason}</source>
        <translation>retiré·e le {date} : {reason}</translation>
    </message>
    <message>
        <source>Session {code}: {enrolled} enrolled, {reinstated} reinstated, {already} already on the roster.</source>
        <translation>Session {code} : {enrolled} inscrit·es, {reinstated} réinscrit·es, {already} déjà inscrit·es.</translation>
    </message>
    <message>
        <source>{name} withdrawn from session {code}; the roster keeps the entry.</source>
        <translation>{name} retiré·e de la session {code} ; la liste des inscrits garde l'inscription.</translation>
    </message>
    <message>
        <source>Not a slot: {value!r} (use 2026-12-01 08:30-12:00).</source>
        <translation>Ce n'est pas une plage horaire : {value!r} (écrivez 2026-12-01 08:30-12:00).</translation>
    </message>
    <message>
        <source>A session lasts at most a year.</source>
        <translation>Une session dure au plus un an.</translation>
    </message>
    <message>
        <source>Nothing to change: give --title or --family.</source>
        <translation>Rien à changer : indiquez --title ou --family.</translation>
    </message>
    <message>
        <source>Give the slots: --slot DATE HH:MM-HH:MM, or --from, --to and --daily HH:MM-HH:MM.</source>
        <translation>Indiquez les plages horaires : --slot DATE HH:MM-HH:MM, ou --from, --to et --daily HH:MM-HH:MM.</translation>
    </message>
    <message>
        <source>Nothing to change: give --room, --instructor, --no-instructor, --add-slot or --remove-slot.</source>
        <translation>Rien à changer : indiquez --room, --instructor, --no-instructor, --add-slot ou --remove-slot.</translation>
    </message>
    <message>
        <source>Enrol from --csv or from --person/--ref, not both.</source>
        <translation>Inscrivez depuis --csv ou depuis --person/--ref, pas les deux.</translation>
    </message>
    <message>
        <source>Schedule imported: {created} sessions created, {added} slots added, {unchanged} already there.</source>
        <translation>Horaire importé : {created} sessions créées, {added} plages horaires ajoutées, {unchanged} déjà présentes.</translation>
    </message>
    <message>
        <source>--daily needs --from and --to.</source>
        <translation>--daily demande --from et --to.</translation>
    </message>
    <message>
        <source>{name} is not on the roster of session {code}.</source>
        <translation>{name} n'est pas inscrit·e à la session {code}.</translation>
    </message>
    <message>
        <source>{name} was already withdrawn from session {code} on {date}.</source>
        <translation>{name} a déjà été retiré·e de la session {code} le {date}.</translation>
    </message>
    <message>
        <source>The slots {first} and {second} overlap.</source>
        <translation>Les plages horaires {first} et {second} se chevauchent.</translation>
    </message>
    <message>
        <source>A slot needs times with a time zone.</source>
        <translation>Une plage horaire demande des heures avec un fuseau horaire.</translation>
    </message>
    <message>
        <source>Session {code} has no slot {slot}.</source>
        <translation>La session {code} n'a pas de plage horaire {slot}.</translation>
    </message>
    <message>
        <source>The slot {slot} has begun: it can be neither changed nor removed, hours are counted against it.</source>
        <translation>La plage horaire {slot} a commencé : elle ne peut être ni modifiée ni supprimée, les heures sont comptées sur elle.</translation>
    </message>
    <message>
        <source>A new slot cannot begin in the past ({slot}).</source>
        <translation>Une nouvelle plage horaire ne peut pas commencer dans le passé ({slot}).</translation>
    </message>
    <message>
        <source>A course title has 1 to 200 characters.</source>
        <translation>Un titre de cours a de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>Give a new instructor or remove the instructor, not both.</source>
        <translation>Indiquez un nouveau formateur ou retirez le formateur, pas les deux.</translation>
    </message>
    <message>
        <source>Name at least one learner to enrol.</source>
        <translation>Indiquez au moins un·e apprenant·e à inscrire.</translation>
    </message>
    <message>
        <source>Name the learner by id or by external reference.</source>
        <translation>Désignez l'apprenant·e par son id ou par sa référence externe.</translation>
    </message>
    <message>
        <source>The file has a header line but no slots.</source>
        <translation>Le fichier a une ligne d'en-tête mais aucune plage horaire.</translation>
    </message>
    <message>
        <source>Unreadable time "{value}": write HH:MM (e.g. 08:30).</source>
        <translation>Heure illisible « {value} » : écrivez HH:MM (p. ex. 08:30).</translation>
    </message>
    <message>
        <source>The slot ends at {end}, not after it starts at {start}.</source>
        <translation>La plage horaire se termine à {end}, pas après son début à {start}.</translation>
    </message>
    <message>
        <source>{time} does not exist on {date} in Brussels (the clocks go forward an hour).</source>
        <translation>{time} n'existe pas le {date} à Bruxelles (on avance l'heure d'une heure).</translation>
    </message>
    <message>
        <source>{time} happens twice on {date} in Brussels (the clocks go back an hour): choose another time.</source>
        <translation>{time} a lieu deux fois le {date} à Bruxelles (on recule l'heure d'une heure) : choisissez une autre heure.</translation>
    </message>
    <message>
        <source>Session "{session}" is a session of course "{course}" on line {first_line}.</source>
        <translation>La session « {session} » est une session du cours « {course} » à la ligne {first_line}.</translation>
    </message>
    <message>
        <source>Session "{session}" has instructor "{login}" on line {first_line}.</source>
        <translation>La session « {session} » a le formateur « {login} » à la ligne {first_line}.</translation>
    </message>
    <message>
        <source>This slot of session "{session}" overlaps the one on line {other_line}.</source>
        <translation>Cette plage horaire de la session « {session} » chevauche celle de la ligne {other_line}.</translation>
    </message>
    <message>
        <source>Name the learners by a column {ref}, or by columns {given}, {family} and {email}.</source>
        <translation>Désignez les apprenant·es par une colonne {ref}, ou par des colonnes {given}, {family} et {email}.</translation>
    </message>
    <message>
        <source>The same learner as on line {first_line}.</source>
        <translation>Le même apprenant qu'à la ligne {first_line}.</translation>
    </message>
    <message>
        <source>Unknown course "{code}".</source>
        <translation>Cours inconnu « {code} ».</translation>
    </message>
    <message>
        <source>Unknown room "{code}".</source>
        <translation>Salle inconnue « {code} ».</translation>
    </message>
    <message>
        <source>No staff account "{login}".</source>
        <translation>Aucun compte du personnel « {login} ».</translation>
    </message>
    <message>
        <source>"{login}" is not an instructor.</source>
        <translation>« {login} » n'est pas formateur·rice.</translation>
    </message>
    <message>
        <source>Session "{session}" already exists for course "{course}".</source>
        <translation>La session « {session} » existe déjà pour le cours « {course} ».</translation>
    </message>
    <message>
        <source>Session "{session}" already exists with instructor "{login}": change it with "session edit".</source>
        <translation>La session « {session} » existe déjà avec le formateur « {login} » : changez-le avec « session edit ».</translation>
    </message>
    <message>
        <source>Session "{session}" already has this slot, in room "{room}".</source>
        <translation>La session « {session} » a déjà cette plage horaire, dans la salle « {room} ».</translation>
    </message>
    <message>
        <source>This slot overlaps the slot {start}–{end} that session "{session}" already has.</source>
        <translation>Cette plage horaire chevauche la plage {start}–{end} que la session « {session} » a déjà.</translation>
    </message>
    <message>
        <source>Session "{session}" already exists: a new slot cannot start in the past.</source>
        <translation>La session « {session} » existe déjà : une nouvelle plage horaire ne peut pas commencer dans le passé.</translation>
    </message>
    <message>
        <source>No learner with reference "{ref}".</source>
        <translation>Aucun apprenant avec la référence « {ref} ».</translation>
    </message>
    <message>
        <source>No learner {given} {family} with e-mail {email}.</source>
        <translation>Aucun apprenant {given} {family} avec l'adresse e-mail {email}.</translation>
    </message>
    <message>
        <source>Several learners are {given} {family} with e-mail {email}: use their references.</source>
        <translation>Plusieurs apprenants s'appellent {given} {family} avec l'adresse e-mail {email} : utilisez leurs références.</translation>
    </message>
    <message>
        <source>"{ref}" is a staff member, not a learner.</source>
        <translation>« {ref} » est un membre du personnel, pas un apprenant.</translation>
    </message>
    <message>
        <source>{name} is no longer active.</source>
        <translation>{name} n'est plus actif·ve.</translation>
    </message>
    <message>
        <source>A course code has 1 to 32 characters, without spaces: {code!r}.</source>
        <translation>Un code de cours a de 1 à 32 caractères, sans espaces : {code!r}.</translation>
    </message>
    <message>
        <source>A session code has 1 to 32 characters, without spaces: {code!r}.</source>
        <translation>Un code de session a de 1 à 32 caractères, sans espaces : {code!r}.</translation>
    </message>
    <message>
        <source>{code} is not a verification code: check what was typed.</source>
        <translation>{code} n'est pas un code de vérification : vérifiez la saisie.</translation>
    </message>
    <message>
        <source>No printed record has the verification code {code}.</source>
        <translation>Aucun document imprimé ne porte le code de vérification {code}.</translation>
    </message>
    <message>
        <source>Total {hours} h of {scheduled} h</source>
        <translation>Total {hours} h sur {scheduled} h</translation>
    </message>
    <message>
        <source>Session attendance record</source>
        <translation>Relevé de présence de la session</translation>
    </message>
    <message>
        <source>Generated on {when} by {who}</source>
        <translation>Généré le {when} par {who}</translation>
    </message>
    <message>
        <source>Times are Brussels time. Hours count only the time inside the scheduled slots. * marks a time set by a correction; each correction is listed under its day with the original value and the reason. To check this paper against the database: aptaskil-desk report verify {code}</source>
        <translation>Les heures indiquées sont celles de Bruxelles. Seul le temps passé dans les plages prévues est compté. * signale une heure fixée par une correction ; chaque correction figure sous son jour avec la valeur d'origine et le motif. Pour vérifier ce document auprès de la base de données : aptaskil-desk report verify {code}</translation>
    </message>
    <message>
        <source>Session attendance record {code}</source>
        <translation>Relevé de présence de la session {code}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Flags and corrections</source>
        <translation>Signalements et corrections</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant·e</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Jours présents</translation>
    </message>
    <message>
        <source>% of scheduled</source>
        <translation>% du prévu</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Equipment used</source>
        <translation>Équipements utilisés</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Exercise results</source>
        <translation>Résultats d'exercices</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Formateur·rice</translation>
    </message>
    <message>
        <source>I certify that this record is accurate and complete.</source>
        <translation>Je certifie que ce relevé est exact et complet.</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>Verification code {code}</source>
        <translation>Code de vérification {code}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
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
        <translation>{dates} ({n} jours)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>{hours} h per learner</source>
        <translation>{hours} h par apprenant·e</translation>
    </message>
    <message>
        <source>Session total</source>
        <translation>Total de la session</translation>
    </message>
    <message>
        <source>No learners on the roster.</source>
        <translation>Aucun·e apprenant·e inscrit·e.</translation>
    </message>
    <message>
        <source>No equipment use recorded during the session.</source>
        <translation>Aucune utilisation d'équipement enregistrée pendant la session.</translation>
    </message>
    <message>
        <source>No exercise result recorded for the session.</source>
        <translation>Aucun résultat d'exercice enregistré pour la session.</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>no check-out: closed at the end of the day</source>
        <translation>pas de sortie : clôturé en fin de journée</translation>
    </message>
    <message>
        <source>no check-out before the next check-in</source>
        <translation>pas de sortie avant l'entrée suivante</translation>
    </message>
    <message>
        <source>check-out with no check-in</source>
        <translation>sortie sans entrée</translation>
    </message>
    <message>
        <source>still checked in</source>
        <translation>toujours présent·e</translation>
    </message>
    <message>
        <source>scan outside any session</source>
        <translation>pointage hors session</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>non inscrit·e</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>4–20 mA loop calibration</source>
        <translation>Étalonnage de boucle 4–20 mA</translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation>Vérification de balance</translation>
    </message>
    <message>
        <source>pH meter calibration</source>
        <translation>Étalonnage du pH-mètre</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Not evaluable</source>
        <translation>Non évaluable</translation>
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
        <source>Correction: {change}; reason: {reason} ({who}, {when})</source>
        <translation>Correction : {change} ; motif : {reason} ({who}, {when})</translation>
    </message>
    <message>
        <source>Scans outside any session: {start}–{end}, not counted for this session</source>
        <translation>Pointages hors session : {start}–{end}, non comptés pour cette session</translation>
    </message>
    <message>
        <source>{kind} {time} added</source>
        <translation>{kind} {time} ajoutée</translation>
    </message>
    <message>
        <source>{kind} {time} voided</source>
        <translation>{kind} {time} annulée</translation>
    </message>
    <message>
        <source>{old_kind} {old} → {kind} {new}</source>
        <translation>{old_kind} {old} → {kind} {new}</translation>
    </message>
    <message>
        <source>the session itself (course, room, instructor or schedule)</source>
        <translation>la session elle-même (cours, local, formateur·rice ou horaire)</translation>
    </message>
    <message>
        <source>{name}: added to the record</source>
        <translation>{name} : ajouté·e au relevé</translation>
    </message>
    <message>
        <source>{name}: no longer on the record</source>
        <translation>{name} : ne figure plus au relevé</translation>
    </message>
    <message>
        <source>{name}: name, category or enrolment</source>
        <translation>{name} : nom, catégorie ou inscription</translation>
    </message>
    <message>
        <source>{name}, {day}: attendance recorded since</source>
        <translation>{name}, {day} : présence enregistrée depuis l'impression</translation>
    </message>
    <message>
        <source>{name}, {day}: attendance no longer on the record</source>
        <translation>{name}, {day} : présence qui ne figure plus au relevé</translation>
    </message>
    <message>
        <source>{name}, {day}: attendance (times, hours, flags or corrections)</source>
        <translation>{name}, {day} : présence (heures d'entrée et de sortie, heures comptées, signalements ou corrections)</translation>
    </message>
    <message>
        <source>{name}: equipment uses</source>
        <translation>{name} : utilisations d'équipements</translation>
    </message>
    <message>
        <source>{name}: exercise results</source>
        <translation>{name} : résultats d'exercices</translation>
    </message>
    <message>
        <source>Session record of {code} written to {path}: {learners} learners, {pages} pages; verification code {verification}.</source>
        <translation>Relevé de la session {code} écrit dans {path} : {learners} apprenant·es, {pages} pages ; code de vérification {verification}.</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>le relevé</translation>
    </message>
    <message>
        <source>Record {code} (session {subject}) is unchanged since printing on {when} by {who}.</source>
        <translation>Le relevé {code} (session {subject}) est inchangé depuis son impression le {when} par {who}.</translation>
    </message>
    <message>
        <source>Record {code} (session {subject}) CHANGED since printing on {when} by {who}:</source>
        <translation>Le relevé {code} (session {subject}) a CHANGÉ depuis son impression le {when} par {who} :</translation>
    </message>
    <message>
        <source>withdrawn on {day}</source>
        <translation>retiré·e le {day}</translation>
    </message>
    <message>
        <source>Only a training execution names a learner who practises: start it in training mode.</source>
        <translation>Seule une exécution en formation désigne un apprenant qui s'exerce : démarrez-la en mode formation.</translation>
    </message>
    <message>
        <source>{name} is a staff member, not a learner: only a learner practises in training.</source>
        <translation>{name} est un membre du personnel, pas un apprenant : seul un apprenant s'exerce en formation.</translation>
    </message>
    <message>
        <source>--trainee names the learner who practises a training execution: add --training.</source>
        <translation>--trainee désigne l'apprenant qui s'exerce lors d'une exécution en formation : ajoutez --training.</translation>
    </message>
    <message>
        <source>Practised by {trainee}, supervised by {supervisor}.</source>
        <translation>Exercice réalisé par {trainee}, sous la supervision de {supervisor}.</translation>
    </message>
    <message>
        <source>practised by {trainee}</source>
        <translation>exercice de {trainee}</translation>
    </message>
    <message>
        <source>Training — practised by {trainee}, supervised by {supervisor}</source>
        <translation>Formation — exercice réalisé par {trainee}, sous la supervision de {supervisor}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>départ anticipé</translation>
    </message>
    <message>
        <source>A kiosk for terminal {terminal} is already running on this computer (process {pid}). Use that one, or close it before starting another.</source>
        <translation>Une borne pour le terminal {terminal} est déjà ouverte sur cet ordinateur (processus {pid}). Utilisez celle-là, ou fermez-la avant d'en démarrer une autre.</translation>
    </message>
    <message>
        <source>The copy FAILED its checks and was deleted: no backup was written. Run db check on the database.</source>
        <translation>La copie a ÉCHOUÉ à ses contrôles et a été supprimée : aucune sauvegarde n'a été écrite. Lancez db check sur la base de données.</translation>
    </message>
    <message>
        <source>Backup written to {path}: {mb} MB, schema {schema}, {rows} audit rows verified, in {seconds} s.</source>
        <translation>Sauvegarde écrite dans {path} : {mb} Mo, schéma {schema}, {rows} lignes d'audit vérifiées, en {seconds} s.</translation>
    </message>
    <message>
        <source>PostgreSQL dump (pg_dump, custom format) written to {path}: {mb} MB, schema {schema}, {rows} audit rows, in {seconds} s. It was not restored here: test it with db restore into an empty database. A whole server is backed up with pg_basebackup (docs/operations.md).</source>
        <translation>Export PostgreSQL (pg_dump, format custom) écrit dans {path} : {mb} Mo, schéma {schema}, {rows} lignes d'audit, en {seconds} s. Il n'a pas été restauré ici : testez-le avec db restore dans une base vide. Un serveur entier se sauvegarde avec pg_basebackup (docs/operations.md).</translation>
    </message>
    <message>
        <source>Schema upgraded from {before}.</source>
        <translation>Schéma mis à niveau depuis {before}.</translation>
    </message>
    <message>
        <source>Restored into {target}; it passes db check.</source>
        <translation>Restauré dans {target} ; la base passe db check.</translation>
    </message>
    <message>
        <source>The restored database {target} FAILS db check: do not put it into service.</source>
        <translation>La base restaurée {target} ÉCHOUE à db check : ne la mettez pas en service.</translation>
    </message>
    <message>
        <source>The restored copy FAILS db check: nothing was written to {target}.</source>
        <translation>La copie restaurée ÉCHOUE à db check : rien n'a été écrit dans {target}.</translation>
    </message>
    <message>
        <source>{path} already exists: a backup never overwrites a file. Choose a new name.</source>
        <translation>{path} existe déjà : une sauvegarde n'écrase jamais un fichier. Choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
        <source>There is no SQLite database at {path}.</source>
        <translation>Il n'y a pas de base SQLite à l'emplacement {path}.</translation>
    </message>
    <message>
        <source>This database has no schema yet: there is nothing to back up.</source>
        <translation>Cette base n'a pas encore de schéma : il n'y a rien à sauvegarder.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Il n'y a pas de fichier de sauvegarde à l'emplacement {path}.</translation>
    </message>
    <message>
        <source>{path} is neither a SQLite backup nor a pg_dump archive (custom format).</source>
        <translation>{path} n'est ni une sauvegarde SQLite ni une archive pg_dump (format custom).</translation>
    </message>
    <message>
        <source>A {kind} backup restores only into a {kind} database; {url} is not one.</source>
        <translation>Une sauvegarde {kind} ne se restaure que dans une base {kind} ; {url} n'en est pas une.</translation>
    </message>
    <message>
        <source>{path} already exists: a restore never overwrites a database. Give a new file name.</source>
        <translation>{path} existe déjà : une restauration n'écrase jamais une base de données. Donnez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>SQLite left a WAL file beside {path}; the restore was not finished.</source>
        <translation>SQLite a laissé un fichier WAL à côté de {path} ; la restauration n'a pas été terminée.</translation>
    </message>
    <message>
        <source>The database {url} is not empty ({n} tables, sequences or functions): a restore goes only into a new, empty database (createdb).</source>
        <translation>La base {url} n'est pas vide ({n} tables, séquences ou fonctions) : une restauration ne se fait que dans une base nouvelle et vide (createdb).</translation>
    </message>
    <message>
        <source>{tool} was not found on this computer (PATH): install the PostgreSQL client tools, of the server's major version or newer; see docs/operations.md.</source>
        <translation>{tool} est introuvable sur cet ordinateur (PATH) : installez les outils clients PostgreSQL, de la version majeure du serveur ou plus récente ; voir docs/operations.md.</translation>
    </message>
    <message>
        <source>{tool} failed: {detail}</source>
        <translation>{tool} a échoué : {detail}</translation>
    </message>
    <message>
        <source>SQLite could not copy {path}: {detail}</source>
        <translation>SQLite n'a pas pu copier {path} : {detail}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d'audit</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier du journal</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Dossier du journal</translation>
    </message>
    <message>
        <source>No serial port found on this computer.</source>
        <translation>Aucun port série sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No: {detail}</source>
        <translation>Non : {detail}</translation>
    </message>
    <message>
        <source>None: the log folder cannot be written</source>
        <translation>Aucun : impossible d'écrire dans le dossier du journal</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d'exploitation</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Registered, in no room</source>
        <translation>Enregistré, dans aucune salle</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>Running as</source>
        <translation>Compte utilisateur</translation>
    </message>
    <message>
        <source>Serial ports of this computer</source>
        <translation>Ports série de cet ordinateur</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Fichier de réglages</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>The ports cannot be listed: {detail}</source>
        <translation>Les ports ne peuvent pas être listés : {detail}</translation>
    </message>
    <message>
        <source>The register cannot be read: {detail}</source>
        <translation>Le registre ne peut pas être lu : {detail}</translation>
    </message>
    <message>
        <source>Unknown: the database cannot be read</source>
        <translation>Inconnu : la base de données ne peut pas être lue</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>aptaskil-desk diagnostics — terminal {terminal} — {at}</source>
        <translation>Diagnostic aptaskil-desk — terminal {terminal} — {at}</translation>
    </message>
    <message>
        <source>calibration overdue since {date}</source>
        <translation>étalonnage dépassé depuis le {date}</translation>
    </message>
    <message>
        <source>driver's line settings</source>
        <translation>réglages de ligne du pilote</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>in calibration until {date}</source>
        <translation>étalonné jusqu'au {date}</translation>
    </message>
    <message>
        <source>no calibration date</source>
        <translation>pas de date d'étalonnage</translation>
    </message>
    <message>
        <source>no port</source>
        <translation>pas de port</translation>
    </message>
    <message>
        <source>room {room}</source>
        <translation>salle {room}</translation>
    </message>
    <message>
        <source>serial number {number}</source>
        <translation>numéro de série {number}</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>{ms} ms for a trivial query</source>
        <translation>{ms} ms pour une requête élémentaire</translation>
    </message>
    <message>
        <source>{path} (not found: defaults and environment only)</source>
        <translation>{path} (introuvable : réglages par défaut et variables d'environnement seulement)</translation>
    </message>
    <message>
        <source>{rows} rows</source>
        <translation>{rows} lignes</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{version} (up to date)</source>
        <translation>{version} (à jour)</translation>
    </message>
    <message>
        <source>{version}; this program needs {head}</source>
        <translation>{version} ; ce programme demande {head}</translation>
    </message>
    <message>
        <source>Does not work: {detail}</source>
        <translation>Ne fonctionne pas : {detail}</translation>
    </message>
    <message>
        <source>Drawn page</source>
        <translation>Page dessinée</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Aperçu PDF</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Plateforme Qt</translation>
    </message>
    <message>
        <source>Qt's PDF module cannot be loaded: {detail}</source>
        <translation>Le module PDF de Qt ne peut pas être chargé : {detail}</translation>
    </message>
    <message>
        <source>QtPdf cannot open a PDF made here: {error}</source>
        <translation>QtPdf ne peut pas ouvrir un PDF créé ici : {error}</translation>
    </message>
    <message>
        <source>QtPdf opened the PDF but drew a blank page</source>
        <translation>QtPdf a ouvert le PDF mais a dessiné une page blanche</translation>
    </message>
    <message>
        <source>QtPdf reads {pages} pages in a one-page PDF</source>
        <translation>QtPdf lit {pages} pages dans un PDF d'une page</translation>
    </message>
    <message>
        <source>The PDF preview does NOT work on this computer: {detail}. Records cannot be previewed or printed from the kiosk here.</source>
        <translation>L'aperçu PDF ne fonctionne PAS sur cet ordinateur : {detail}. Les enregistrements ne peuvent pas être prévisualisés ni imprimés depuis le kiosque ici.</translation>
    </message>
    <message>
        <source>The database cannot be reached: {detail}</source>
        <translation>La base de données est injoignable : {detail}</translation>
    </message>
    <message>
        <source>The instrument register cannot be read: {detail}</source>
        <translation>Le registre des instruments ne peut pas être lu : {detail}</translation>
    </message>
    <message>
        <source>The serial ports cannot be listed: {detail}</source>
        <translation>Les ports série ne peuvent pas être listés : {detail}</translation>
    </message>
    <message>
        <source>Works: a one-page PDF opened by QtPdf and drawn</source>
        <translation>Fonctionne : un PDF d'une page ouvert par QtPdf et dessiné</translation>
    </message>
    <message>
        <source>{width} × {height} pixels, {ink} % ink</source>
        <translation>{width} × {height} pixels, {ink} % d'encre</translation>
    </message>
    <message>
        <source>These findings were accepted by {who} on {when} (incident {id}): recording continues.</source>
        <translation>Ces constats ont été acceptés par {who} le {when} (incident {id}) : l'enregistrement continue.</translation>
    </message>
    <message>
        <source>The incident could not be recorded ({why}): call IT support.</source>
        <translation>L'incident n'a pas pu être enregistré ({why}) : appelez le support informatique.</translation>
    </message>
    <message>
        <source>No integrity incidents.</source>
        <translation>Aucun incident d'intégrité.</translation>
    </message>
    <message>
        <source>{id}  {when}  {terminal}  OPEN  {failed}</source>
        <translation>{id}  {when}  {terminal}  OUVERT  {failed}</translation>
    </message>
    <message>
        <source>{id}  {when}  {terminal}  resolved by {who} on {resolved}: {note}  ({failed})</source>
        <translation>{id}  {when}  {terminal}  résolu par {who} le {resolved} : {note}  ({failed})</translation>
    </message>
    <message>
        <source>Incident {id} resolved by {who}: recording resumes.</source>
        <translation>Incident {id} résolu par {who} : l'enregistrement reprend.</translation>
    </message>
    <message>
        <source>Unknown check source {source!r}.</source>
        <translation>Origine de vérification inconnue {source!r}.</translation>
    </message>
    <message>
        <source>the database schema is not at this program's version</source>
        <translation>le schéma de la base n'est pas à la version de ce programme</translation>
    </message>
    <message>
        <source>Say what was found and done (at least {n} characters).</source>
        <translation>Dites ce qui a été constaté et fait (au moins {n} caractères).</translation>
    </message>
    <message>
        <source>No integrity incident {id}.</source>
        <translation>Aucun incident d'intégrité {id}.</translation>
    </message>
    <message>
        <source>Incident {id} was already resolved by {who}.</source>
        <translation>L'incident {id} a déjà été résolu par {who}.</translation>
    </message>
    <message>
        <source>Incident {id} raised: nothing can be recorded until QA resolves it (db resolve-incident).</source>
        <translation>Incident {id} ouvert : rien ne peut être enregistré tant que l'AQ ne l'a pas résolu (db resolve-incident).</translation>
    </message>
    <message>
        <source>Incident {id} (raised {when} on {terminal}) is still open: nothing can be recorded until QA resolves it.</source>
        <translation>L'incident {id} (ouvert le {when} sur {terminal}) est toujours ouvert : rien ne peut être enregistré tant que l'AQ ne l'a pas résolu.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the database check found a problem on this terminal. Tell your instructor (who can add your scan later) and IT support.</source>
        <translation>Rien n'a été enregistré : la vérification de la base a trouvé un problème sur ce terminal. Prévenez votre formateur (qui pourra ajouter votre passage plus tard) et le support informatique.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the database check found a problem (incident {id}, terminal {terminal}) and recording is stopped until quality assurance has resolved it. Tell your instructor, who can add your scan later.</source>
        <translation>Rien n'a été enregistré : la vérification de la base a trouvé un problème (incident {id}, terminal {terminal}) et l'enregistrement est arrêté jusqu'à ce que l'assurance qualité l'ait résolu. Prévenez votre formateur, qui pourra ajouter votre passage plus tard.</translation>
    </message>
    <message>
        <source>Check completed</source>
        <translation>Vérification terminée</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {n}).</source>
        <translation>La note est trop longue ({length} caractères ; au plus {n}).</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Vérification de la base</translation>
    </message>
    <message>
        <source>Not run since the kiosk started.</source>
        <translation>Pas faite depuis le démarrage de la borne.</translation>
    </message>
    <message>
        <source>Passed at {time}</source>
        <translation>Réussie le {time}</translation>
    </message>
    <message>
        <source>FAILED at {time}</source>
        <translation>ÉCHOUÉE le {time}</translation>
    </message>
</context>
</TS>
