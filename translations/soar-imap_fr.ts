<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>InlineErrors</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No secret is stored for %1 yet.</source>
        <translation>Aucun secret n&apos;est encore enregistré pour %1.</translation>
    </message>
    <message>
        <source>The keychain refused access to %1. Unlock your keyring and try again.</source>
        <translation>Le trousseau a refusé l&apos;accès à %1. Déverrouillez votre trousseau et réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available (Secret Service / GNOME Keyring / KWallet). Start one, or use a password command or the SOAR_IMAP_PASSWORD environment variable for soar-imapd.</source>
        <translation>Aucun trousseau n&apos;est disponible (Secret Service / GNOME Keyring / KWallet). Démarrez-en un, ou utilisez une commande de mot de passe ou, pour soar-imapd, la variable d&apos;environnement SOAR_IMAP_PASSWORD.</translation>
    </message>
    <message>
        <source>The keychain failed for %1.</source>
        <translation>Le trousseau a échoué pour %1.</translation>
    </message>
    <message>
        <source>The keychain could not be reached for %1 (%2). Start a Secret Service (GNOME Keyring, KWallet) in this session and unlock it, or use a password command or the SOAR_IMAP_PASSWORD environment variable for soar-imapd.</source>
        <translation>Le trousseau de clés n&apos;a pas pu être joint pour %1 (%2). Démarrez et déverrouillez un Secret Service (GNOME Keyring, KWallet) dans cette session, ou utilisez une commande de mot de passe ou la variable d&apos;environnement SOAR_IMAP_PASSWORD pour soar-imapd.</translation>
    </message>
</context>
<context>
    <name>ResourceState</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>Relève en cours</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect a mailbox to your SOAR platform over IMAP.</source>
        <translation>Connecte une boîte aux lettres à votre plateforme SOAR via IMAP.</translation>
    </message>
    <message>
        <source>Settings file to use.</source>
        <translation>Fichier de paramètres à utiliser.</translation>
    </message>
    <message>
        <source>Directory for the mail store and logs.</source>
        <translation>Dossier du stockage des courriels et des journaux.</translation>
    </message>
    <message>
        <source>Start in the system tray without showing the window (start at login).</source>
        <translation>Démarrer dans la zone de notification sans afficher la fenêtre (démarrage à la connexion).</translation>
    </message>
    <message>
        <source>The mail store %1 cannot be opened:
%2</source>
        <translation>Le stockage des courriels %1 ne peut pas être ouvert :
%2</translation>
    </message>
</context>
<context>
    <name>soar::daemon::FolderChoice</name>
    <message>
        <source>all mail</source>
        <translation>tous les messages</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archives</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>brouillons</translation>
    </message>
    <message>
        <source>starred / flagged</source>
        <translation>suivis / avec étoile</translation>
    </message>
    <message>
        <source>junk (spam)</source>
        <translation>indésirables (spam)</translation>
    </message>
    <message>
        <source>sent mail</source>
        <translation>messages envoyés</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>corbeille</translation>
    </message>
    <message>
        <source>important</source>
        <translation>importants</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>soar::daemon::IncidentUpdater</name>
    <message>
        <source>Linked in the local store (no Cloud SOAR is configured for %1).</source>
        <translation>Lié dans le stockage local (aucun Cloud SOAR n&apos;est configuré pour %1).</translation>
    </message>
    <message>
        <source>No Cloud SOAR token or access key: %1</source>
        <translation>Aucun jeton ni clé d&apos;accès Cloud SOAR : %1</translation>
    </message>
    <message>
        <source>Mail added to Cloud SOAR incident %1.</source>
        <translation>Courriel ajouté à l&apos;incident Cloud SOAR %1.</translation>
    </message>
</context>
<context>
    <name>soar::daemon::SettingsTester</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source> Enter the password in the resource form and save.</source>
        <translation> Saisissez le mot de passe dans le formulaire de la ressource et enregistrez.</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>%1 is an IP address</source>
        <translation>%1 est une adresse IP</translation>
    </message>
    <message>
        <source>%1 cannot be resolved (%2). Check the IMAP Server name.</source>
        <translation>%1 ne peut pas être résolu (%2). Vérifiez le nom du serveur IMAP.</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1 answered; capabilities: %2</source>
        <translation>%1 a répondu ; capacités : %2</translation>
    </message>
    <message>
        <source>not encrypted (security is None): anyone on the network can read this connection</source>
        <translation>non chiffrée (sécurité « Aucune ») : n&apos;importe qui sur le réseau peut lire cette connexion</translation>
    </message>
    <message>
        <source>the connection is not encrypted</source>
        <translation>la connexion n&apos;est pas chiffrée</translation>
    </message>
    <message>
        <source>encrypted from the start, certificate verified</source>
        <translation>chiffrée dès le début, certificat vérifié</translation>
    </message>
    <message>
        <source>STARTTLS done, certificate verified</source>
        <translation>STARTTLS effectué, certificat vérifié</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Connexion au compte</translation>
    </message>
    <message>
        <source>logged in as %1</source>
        <translation>connecté en tant que %1</translation>
    </message>
    <message>
        <source> Folders on the server: %1.</source>
        <translation> Dossiers sur le serveur : %1.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>%1 holds %2 mails</source>
        <translation>%1 contient %2 courriels</translation>
    </message>
    <message>
        <source>Pre-filters</source>
        <translation>Pré-filtres</translation>
    </message>
    <message>
        <source>The server refused the search: %1</source>
        <translation>Le serveur a refusé la recherche : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the server finds %n mail(s) now (the exact check may drop some)</source>
        <translation>
            <numerusform>%1 : le serveur trouve actuellement %n courriel (la vérification exacte peut l&apos;écarter)</numerusform>
            <numerusform>%1 : le serveur trouve actuellement %n courriels (la vérification exacte peut en écarter)</numerusform>
        </translation>
    </message>
    <message>
        <source>OAuth sign-in</source>
        <translation>Connexion OAuth</translation>
    </message>
    <message>
        <source>access token obtained (app-only) for the mailbox %1</source>
        <translation>jeton d&apos;accès obtenu (application seule) pour la boîte %1</translation>
    </message>
    <message>
        <source>access token obtained for %1</source>
        <translation>jeton d&apos;accès obtenu pour %1</translation>
    </message>
    <message>
        <source>, valid until %1 (%2 minutes)</source>
        <translation>, valable jusqu’au %1 (%2 minutes)</translation>
    </message>
</context>
<context>
    <name>soar::daemon::SoarSettingsTest</name>
    <message>
        <source>Cloud SOAR URL</source>
        <translation>URL Cloud SOAR</translation>
    </message>
    <message>
        <source>Cloud SOAR reachable</source>
        <translation>Cloud SOAR joignable</translation>
    </message>
    <message>
        <source>No Cloud SOAR token found (%1). Paste the user JWT token from your Cloud SOAR profile on the Cloud SOAR page and save.</source>
        <translation>Aucun jeton Cloud SOAR trouvé (%1). Collez le jeton JWT utilisateur de votre profil Cloud SOAR dans la page Cloud SOAR et enregistrez.</translation>
    </message>
    <message>
        <source>No Cloud SOAR access key found (%1). Enter the Access Key on the Cloud SOAR page and save.</source>
        <translation>Aucune clé d’accès Cloud SOAR trouvée (%1). Saisissez l’Access Key dans la page Cloud SOAR et enregistrez.</translation>
    </message>
    <message>
        <source>Cloud SOAR credentials</source>
        <translation>Identifiants Cloud SOAR</translation>
    </message>
    <message>
        <source>Cloud SOAR incidents</source>
        <translation>Incidents Cloud SOAR</translation>
    </message>
    <message>
        <source>No incident template ID is set: mail stays in the local store and nothing is sent to Cloud SOAR.</source>
        <translation>Aucun ID de modèle d’incident n’est défini : les mails restent dans le stockage local et rien n’est envoyé à Cloud SOAR.</translation>
    </message>
    <message>
        <source>Each newly stored mail becomes an incident from template %1 with the fields %2. The test creates no incident.</source>
        <translation>Chaque mail nouvellement stocké devient un incident du modèle %1 avec les champs %2. Le test ne crée aucun incident.</translation>
    </message>
</context>
<context>
    <name>soar::settings::SettingsValidator</name>
    <message>
        <source>expected the certificate&apos;s SHA-256 fingerprint: 64 hex digits (colons allowed)</source>
        <translation>l&apos;empreinte SHA-256 du certificat est attendue : 64 chiffres hexadécimaux (deux-points autorisés)</translation>
    </message>
    <message>
        <source>another resource already has this name; names must be unique</source>
        <translation>une autre ressource porte déjà ce nom ; les noms doivent être uniques</translation>
    </message>
    <message>
        <source>(unnamed resource)</source>
        <translation>(ressource sans nom)</translation>
    </message>
    <message>
        <source>a resource needs a name, e.g. soc-inbox</source>
        <translation>une ressource a besoin d&apos;un nom, p. ex. soc-inbox</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may only use letters, digits, space and . _ @ - (at most 64 characters)</source>
        <translation>« %1 » ne peut contenir que des lettres, des chiffres, des espaces et . _ @ - (64 caractères au plus)</translation>
    </message>
    <message>
        <source>the IMAP server is missing, e.g. outlook.office365.com</source>
        <translation>le serveur IMAP manque, p. ex. outlook.office365.com</translation>
    </message>
    <message>
        <source>give the host name only, without &apos;%1&apos;</source>
        <translation>indiquez seulement le nom d&apos;hôte, sans « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 n&apos;est pas un port (1–65535)</translation>
    </message>
    <message>
        <source>the username is missing</source>
        <translation>le nom d&apos;utilisateur manque</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address (it is only needed when the username is not one)</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail (utile seulement si le nom d&apos;utilisateur n&apos;en est pas une)</translation>
    </message>
    <message>
        <source>the folder is missing, e.g. INBOX</source>
        <translation>le dossier manque, p. ex. INBOX</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>only applies when security is none; remove it</source>
        <translation>ne s&apos;applique que si la sécurité est « Aucune » ; retirez-le</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address; expected e.g. https://tenant.soar.sumologic.com</source>
        <translation>« %1 » n&apos;est pas une adresse web ; attendu p. ex. https://tenant.soar.sumologic.com</translation>
    </message>
    <message>
        <source>use https:// — the token would travel unencrypted over http://</source>
        <translation>utilisez https:// — avec http:// le jeton circulerait en clair</translation>
    </message>
    <message>
        <source>%1 is not a template id; use 0 to create no incidents</source>
        <translation>%1 n&apos;est pas un identifiant de modèle ; utilisez 0 pour ne créer aucun incident</translation>
    </message>
    <message>
        <source>name the incident field that receives the mail id, e.g. CSOAR Email ID</source>
        <translation>indiquez le champ d&apos;incident qui reçoit l&apos;identifiant du courriel, p. ex. CSOAR Email ID</translation>
    </message>
    <message>
        <source>the Access ID is missing (needed with Access ID + Access Key authentication)</source>
        <translation>l&apos;Access ID manque (nécessaire avec l&apos;authentification Access ID + Access Key)</translation>
    </message>
    <message>
        <source>the Cloud SOAR URL is missing; leave all SOAR fields empty to keep mail in the local store</source>
        <translation>l&apos;URL Cloud SOAR manque ; laissez tous les champs SOAR vides pour garder les courriels dans le stockage local</translation>
    </message>
    <message>
        <source>%1 is out of range (%2-%3 seconds)</source>
        <translation>%1 est hors limites (%2–%3 secondes)</translation>
    </message>
    <message>
        <source>name the mail value, e.g. subject or cloud_soar_mail_id</source>
        <translation>indiquez la valeur du mail, p. ex. subject ou cloud_soar_mail_id</translation>
    </message>
    <message>
        <source>name the Cloud SOAR incident field, or remove the row</source>
        <translation>indiquez le champ d&apos;incident Cloud SOAR ou supprimez la ligne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is filled by an earlier row already; keep one</source>
        <translation>« %1 » est déjà rempli par une ligne précédente ; n&apos;en gardez qu&apos;une</translation>
    </message>
</context>
<context>
    <name>soar::ui::AnalysisReportDialog</name>
    <message>
        <source>Analysis of %1</source>
        <translation>Analyse de %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copier en &amp;JSON</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Message class</source>
        <translation>Classe du message</translation>
    </message>
    <message>
        <source>Text body</source>
        <translation>Corps texte</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>Corps HTML</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>%1 time(s) in %2</source>
        <translation>%1 fois dans %2</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Défauts</translation>
    </message>
</context>
<context>
    <name>soar::ui::AppController</name>
    <message>
        <source>New mail</source>
        <translation>Nouveau courriel</translation>
    </message>
    <message numerus="yes">
        <source>%n new mail(s) stored for %1</source>
        <translation>
            <numerusform>%n nouveau courriel enregistré pour %1</numerusform>
            <numerusform>%n nouveaux courriels enregistrés pour %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: Cloud SOAR</source>
        <translation>%1 : Cloud SOAR</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n mail(s) waiting for Cloud SOAR</source>
        <translation>
            <numerusform>%1 : %n courriel en attente de Cloud SOAR</numerusform>
            <numerusform>%1 : %n courriels en attente de Cloud SOAR</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fetching failed</source>
        <translation>%1 : la relève a échoué</translation>
    </message>
    <message>
        <source>%1: all settings tests passed.</source>
        <translation>%1 : tous les tests des paramètres ont réussi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: sign in again</source>
        <translation>%1 : reconnectez-vous</translation>
    </message>
    <message>
        <source>The OAuth sign-in of %1 is missing or no longer valid. Select the resource, press Sign in on its Connection page, then Resume fetching.</source>
        <translation>La connexion OAuth de %1 manque ou n&apos;est plus valide. Sélectionnez la ressource, cliquez sur Se connecter dans sa page Connexion, puis sur Reprendre la récupération.</translation>
    </message>
    <message>
        <source>%1: signed in. Press Resume fetching to fetch again.</source>
        <translation>%1 : connecté. Cliquez sur Reprendre la récupération pour récupérer à nouveau.</translation>
    </message>
    <message>
        <source>%1: fetching resumed.</source>
        <translation>%1 : récupération reprise.</translation>
    </message>
    <message>
        <source>%1: Cloud SOAR takes mail again.</source>
        <translation>%1 : Cloud SOAR accepte de nouveau les mails.</translation>
    </message>
    <message>
        <source>Nothing to retry: no mail was refused by Cloud SOAR or failed.</source>
        <translation>Rien à réessayer : aucun mail n’a été refusé par Cloud SOAR ni n’a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) queued for Cloud SOAR again.</source>
        <translation>
            <numerusform>%n mail remis en file pour Cloud SOAR.</numerusform>
            <numerusform>%n mails remis en file pour Cloud SOAR.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test connection — %1</source>
        <translation>Tester la connexion — %1</translation>
    </message>
    <message>
        <source>%1: message from the mail server: %2</source>
        <translation>%1 : message du serveur de messagerie : %2</translation>
    </message>
    <message>
        <source>%1: message from the mail server</source>
        <translation>%1 : message du serveur de messagerie</translation>
    </message>
</context>
<context>
    <name>soar::ui::AttachmentAnalysis</name>
    <message>
        <source>%1 is named like an Outlook message but is not one (no OLE2 compound file header).</source>
        <translation>%1 porte le nom d&apos;un message Outlook mais n&apos;en est pas un (pas d&apos;en-tête de fichier composé OLE2).</translation>
    </message>
    <message>
        <source>%1 is neither a mail (.eml, message/rfc822) nor an Outlook message (.msg); nothing to analyze.</source>
        <translation>%1 n&apos;est ni un courriel (.eml, message/rfc822) ni un message Outlook (.msg) ; rien à analyser.</translation>
    </message>
</context>
<context>
    <name>soar::ui::ConnectionPage</name>
    <message>
        <source>e.g. outlook.office365.com</source>
        <translation>p. ex. outlook.office365.com</translation>
    </message>
    <message>
        <source>Host name of the IMAP server, without imap:// or a port</source>
        <translation>Nom d&apos;hôte du serveur IMAP, sans imap:// ni port</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Serveur IMAP</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>&amp;Serveur IMAP :</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Aucune (non chiffré)</translation>
    </message>
    <message>
        <source>SSL/TLS uses port 993, STARTTLS upgrades a plain connection on port 143</source>
        <translation>SSL/TLS utilise le port 993, STARTTLS chiffre ensuite une connexion simple sur le port 143</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Sé&amp;curité :</translation>
    </message>
    <message>
        <source>Without encryption, the password and every mail cross the network readable by anyone on the path. Use this only for a server on this machine or a trusted test network.</source>
        <translation>Sans chiffrement, le mot de passe et chaque courriel traversent le réseau lisibles par quiconque se trouve sur le chemin. N&apos;utilisez ceci que pour un serveur sur cette machine ou un réseau de test de confiance.</translation>
    </message>
    <message>
        <source>A&amp;llow sending the password unencrypted</source>
        <translation>Autoriser l&apos;envoi du mot de passe en c&amp;lair</translation>
    </message>
    <message>
        <source>Needed to log in when security is None</source>
        <translation>Nécessaire pour se connecter quand la sécurité est « Aucune »</translation>
    </message>
    <message>
        <source>Follows the security setting (993 or 143) unless you change it</source>
        <translation>Suit le réglage de sécurité (993 ou 143) tant que vous ne le modifiez pas</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file</source>
        <translation>Enregistré dans le trousseau du système, jamais dans le fichier de paramètres</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>optional, e.g. pass show mail/soc</source>
        <translation>facultatif, p. ex. pass show mail/soc</translation>
    </message>
    <message>
        <source>A command whose first output line is the password; used instead of the keychain</source>
        <translation>Une commande dont la première ligne de sortie est le mot de passe ; utilisée à la place du trousseau</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Commande de mot de passe</translation>
    </message>
    <message>
        <source>Password co&amp;mmand:</source>
        <translation>Co&amp;mmande de mot de passe :</translation>
    </message>
    <message>
        <source>e.g. admin@example.com</source>
        <translation>p. ex. admin@example.com</translation>
    </message>
    <message>
        <source>Only needed when the username is not an e-mail address</source>
        <translation>Utile seulement si le nom d&apos;utilisateur n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>Mailbox account</source>
        <translation>Compte de la boîte</translation>
    </message>
    <message>
        <source>Mailbo&amp;x account:</source>
        <translation>Compte de la boîte au&amp;x lettres :</translation>
    </message>
    <message>
        <source>Only needed when the username is not an e-mail address.</source>
        <translation>Utile seulement si le nom d&apos;utilisateur n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The folder to fetch from; the list fills in after a successful test</source>
        <translation>Le dossier à relever ; la liste se remplit après un test réussi</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>PLAIN (SASL)</source>
        <translation>PLAIN (SASL)</translation>
    </message>
    <message>
        <source>XOAUTH2</source>
        <translation>XOAUTH2</translation>
    </message>
    <message>
        <source>Automatic picks the best method the server offers</source>
        <translation>« Automatique » choisit la meilleure méthode proposée par le serveur</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Méthode d&apos;authentification</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentification :</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>certificats du système</translation>
    </message>
    <message>
        <source>A PEM file with the CA that signed the server&apos;s certificate, for private CAs</source>
        <translation>Un fichier PEM contenant l&apos;autorité qui a signé le certificat du serveur, pour les AC privées</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d&apos;AC</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choisir un fichier de certificat d&apos;AC</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier d&apos;A&amp;C :</translation>
    </message>
    <message>
        <source>optional SHA-256, e.g. AB:CD:…</source>
        <translation>SHA-256 facultatif, p. ex. AB:CD:…</translation>
    </message>
    <message>
        <source>Trust exactly this server certificate (SHA-256 fingerprint, 64 hex digits)</source>
        <translation>Faire confiance exactement à ce certificat de serveur (empreinte SHA-256, 64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>Empreinte du certificat de confiance</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Certificat de confiance :</translation>
    </message>
    <message>
        <source>Choose CA certificate</source>
        <translation>Choisir le certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>OAuth 2.0 (sign in)</source>
        <translation>OAuth 2.0 (connexion)</translation>
    </message>
</context>
<context>
    <name>soar::ui::DialogPrompter</name>
    <message>
        <source>Remove resource</source>
        <translation>Supprimer la ressource</translation>
    </message>
    <message>
        <source>Remove the resource &quot;%1&quot;?

Its settings and its keychain entries are deleted. Mail already stored locally stays.</source>
        <translation>Supprimer la ressource « %1 » ?

Ses paramètres et ses entrées du trousseau sont effacés. Les courriels déjà enregistrés localement restent.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Resource name (letters, digits, space and . _ @ -):</source>
        <translation>Nom de la ressource (lettres, chiffres, espaces et . _ @ -) :</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; has unsaved changes.</source>
        <translation>La ressource « %1 » a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before continuing?</source>
        <translation>Les enregistrer avant de continuer ?</translation>
    </message>
</context>
<context>
    <name>soar::ui::FetchingPage</name>
    <message>
        <source>Unseen/Unread</source>
        <translation>Non vus/non lus</translation>
    </message>
    <message>
        <source>Fetch From Latest stored mail</source>
        <translation>Depuis le dernier courriel enregistré</translation>
    </message>
    <message>
        <source>Only mails that are currently unseen or unread</source>
        <translation>Seulement les courriels actuellement non vus ou non lus</translation>
    </message>
    <message>
        <source>Every mail newer than the latest one already stored; the first run fetches unseen mail</source>
        <translation>Chaque courriel plus récent que le dernier déjà enregistré ; la première relève prend les courriels non vus</translation>
    </message>
    <message>
        <source>Combined with the pre-filters using AND</source>
        <translation>Combiné aux pré-filtres par ET</translation>
    </message>
    <message>
        <source>Email fetch type</source>
        <translation>Type de relève</translation>
    </message>
    <message>
        <source>Email &amp;fetch type:</source>
        <translation>&amp;Type de relève :</translation>
    </message>
    <message>
        <source>Mark fetched mail as &amp;seen</source>
        <translation>Marquer les courriels relevés comme &amp;vus</translation>
    </message>
    <message>
        <source>Set the \Seen flag on the server once a mail is safely stored</source>
        <translation>Pose l&apos;indicateur \Seen sur le serveur dès qu&apos;un courriel est enregistré en sécurité</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often to check for new mail (10 seconds to 24 hours)</source>
        <translation>Fréquence de recherche de nouveaux courriels (10 secondes à 24 heures)</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalle de relève en secondes</translation>
    </message>
    <message>
        <source>&amp;Poll interval:</source>
        <translation>Intervalle de relè&amp;ve :</translation>
    </message>
    <message>
        <source>Use &amp;IDLE to get new mail immediately</source>
        <translation>Utiliser &amp;IDLE pour recevoir les nouveaux courriels immédiatement</translation>
    </message>
    <message>
        <source>When the server supports IDLE, new mail is fetched as soon as it arrives</source>
        <translation>Si le serveur prend en charge IDLE, le courriel est relevé dès son arrivée</translation>
    </message>
</context>
<context>
    <name>soar::ui::FileSaver</name>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>soar::ui::FilterPage</name>
    <message>
        <source>Only mail matching every filled-in filter is fetched. Values separated by commas are alternatives (OR).</source>
        <translation>Seuls les courriels correspondant à chaque filtre rempli sont relevés. Les valeurs séparées par des virgules sont des alternatives (OU).</translation>
    </message>
    <message>
        <source>Fetch mail that matches</source>
        <translation>Relever les courriels correspondant à</translation>
    </message>
    <message>
        <source>NOT: skip mail that matches</source>
        <translation>NON : ignorer les courriels correspondant à</translation>
    </message>
    <message>
        <source>What will be fetched:</source>
        <translation>Ce qui sera relevé :</translation>
    </message>
    <message>
        <source>Filter preview</source>
        <translation>Aperçu du filtre</translation>
    </message>
    <message>
        <source>e.g. Reply-To</source>
        <translation>p. ex. Reply-To</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>Not Fro&amp;m:</source>
        <translation>Pas d&amp;e :</translation>
    </message>
    <message>
        <source>Addresses or whole domains, comma separated (OR), e.g. sumologic.com, sales@sumologic.com</source>
        <translation>Adresses ou domaines entiers, séparés par des virgules (OU), p. ex. sumologic.com, sales@sumologic.com</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>Not T&amp;o:</source>
        <translation>P&amp;as à :</translation>
    </message>
    <message>
        <source>Receivers, comma separated (OR)</source>
        <translation>Destinataires, séparés par des virgules (OU)</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Not S&amp;ubject:</source>
        <translation>Pas d&apos;ob&amp;jet :</translation>
    </message>
    <message>
        <source>Words in the subject, comma separated (OR)</source>
        <translation>Mots de l&apos;objet, séparés par des virgules (OU)</translation>
    </message>
    <message>
        <source>Text &amp;Body:</source>
        <translation>&amp;Corps du texte :</translation>
    </message>
    <message>
        <source>Not Text Bod&amp;y:</source>
        <translation>Pas dans le corp&amp;s :</translation>
    </message>
    <message>
        <source>Text in the body or an attachment name, comma separated (OR)</source>
        <translation>Texte du corps ou nom d&apos;une pièce jointe, séparés par des virgules (OU)</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;En-tête :</translation>
    </message>
    <message>
        <source>Not H&amp;eader:</source>
        <translation>Pas d&apos;en-tê&amp;te :</translation>
    </message>
    <message>
        <source>Text to find in the header chosen below</source>
        <translation>Texte à chercher dans l&apos;en-tête choisi ci-dessous</translation>
    </message>
    <message>
        <source>Header &amp;Field Name:</source>
        <translation>&amp;Nom de l&apos;en-tête :</translation>
    </message>
    <message>
        <source>Header Fie&amp;ld Name:</source>
        <translation>No&amp;m de l&apos;en-tête :</translation>
    </message>
    <message>
        <source>The header to search in; pick one or type any header name</source>
        <translation>L&apos;en-tête à examiner ; choisissez-en un ou saisissez n&apos;importe quel nom d&apos;en-tête</translation>
    </message>
</context>
<context>
    <name>soar::ui::FilterPreview</name>
    <message>
        <source> OR </source>
        <translation> OU </translation>
    </message>
    <message>
        <source>header (no field chosen)</source>
        <translation>en-tête (aucun champ choisi)</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>en-tête %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corps</translation>
    </message>
    <message>
        <source>NOT %1</source>
        <translation>NON %1</translation>
    </message>
    <message>
        <source>unseen mail</source>
        <translation>courriels non vus</translation>
    </message>
    <message>
        <source>mail newer than the latest stored one</source>
        <translation>courriels plus récents que le dernier enregistré</translation>
    </message>
    <message>
        <source>%1 (no pre-filters: every such mail is fetched)</source>
        <translation>%1 (aucun pré-filtre : chacun de ces courriels est relevé)</translation>
    </message>
    <message>
        <source> AND </source>
        <translation> ET </translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
</context>
<context>
    <name>soar::ui::FirstRunPage</name>
    <message>
        <source>&lt;h2&gt;Connect your first mailbox&lt;/h2&gt;&lt;p&gt;Pick your mail provider and sign in. soar-imap then tests the connection; you can add Cloud SOAR, pre-filters and more in the full form later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Connectez votre première boîte aux lettres&lt;/h2&gt;&lt;p&gt;Choisissez votre fournisseur de messagerie et connectez-vous. soar-imap teste ensuite la connexion ; vous pourrez ajouter Cloud SOAR, des pré-filtres et plus encore dans le formulaire complet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mail provider</source>
        <translation>Fournisseur de messagerie</translation>
    </message>
    <message>
        <source>Mail &amp;provider:</source>
        <translation>&amp;Fournisseur de messagerie :</translation>
    </message>
    <message>
        <source>e.g. imap.example.com</source>
        <translation>p. ex. imap.example.com</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Serveur IMAP</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>&amp;Serveur IMAP :</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Sé&amp;curité :</translation>
    </message>
    <message>
        <source>e.g. phishing-reports@example.com</source>
        <translation>p. ex. phishing-reports@example.com</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file</source>
        <translation>Enregistré dans le trousseau du système, jamais dans le fichier de paramètres</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>The folder the reported mail arrives in</source>
        <translation>Le dossier où arrivent les courriels signalés</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>How this mailbox is called in soar-imap, e.g. soc-inbox</source>
        <translation>Le nom de cette boîte dans soar-imap, p. ex. soc-inbox</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Nom de la ressource</translation>
    </message>
    <message>
        <source>Resource &amp;name:</source>
        <translation>&amp;Nom de la ressource :</translation>
    </message>
    <message>
        <source>Use the f&amp;ull form…</source>
        <translation>Formulaire co&amp;mplet…</translation>
    </message>
    <message>
        <source>Add a resource with every setting: Cloud SOAR, fetching, pre-filters, certificates</source>
        <translation>Ajouter une ressource avec tous les réglages : Cloud SOAR, relève, pré-filtres, certificats</translation>
    </message>
    <message>
        <source>Save and &amp;Test</source>
        <translation>Enregistrer et &amp;tester</translation>
    </message>
    <message>
        <source>the password is missing</source>
        <translation>le mot de passe manque</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save the resource, then run Test Saved Settings</source>
        <translation>Enregistrer la ressource, puis lancer « Tester les paramètres enregistrés »</translation>
    </message>
    <message>
        <source>Fill in the fields marked in red first</source>
        <translation>Remplissez d&apos;abord les champs marqués en rouge</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>ID &amp;client :</translation>
    </message>
    <message>
        <source>e.g. contoso.onmicrosoft.com (empty: any work or school account)</source>
        <translation>p. ex. contoso.onmicrosoft.com (vide : tout compte professionnel ou scolaire)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Loca&amp;taire :</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Google issues one to desktop clients; stored in the system keychain</source>
        <translation>Google en délivre un aux clients de bureau ; conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>the e-mail address of the mailbox is missing</source>
        <translation>l&apos;adresse e-mail de la boîte aux lettres manque</translation>
    </message>
    <message>
        <source>Google&apos;s token endpoint needs the client secret of the desktop client</source>
        <translation>Le point de terminaison de jetons de Google exige le secret client du client de bureau</translation>
    </message>
    <message>
        <source>The client id and tenant come from the app registration your Microsoft Entra administrator made for soar-imap (%1).</source>
        <translation>L&apos;ID client et le locataire viennent de l&apos;inscription d&apos;application que votre administrateur Microsoft Entra a créée pour soar-imap (%1).</translation>
    </message>
    <message>
        <source>The client id and secret come from the Desktop app OAuth client in your Google Cloud project (%1).</source>
        <translation>L&apos;ID client et le secret viennent du client OAuth de type Application de bureau de votre projet Google Cloud (%1).</translation>
    </message>
    <message>
        <source>Sign in with &amp;Microsoft</source>
        <translation>Se connecter avec &amp;Microsoft</translation>
    </message>
    <message>
        <source>Sign in with &amp;Google</source>
        <translation>Se connecter avec &amp;Google</translation>
    </message>
    <message>
        <source>e.g. 0f1e2d3c-aaaa-bbbb-cccc-123456789abc</source>
        <translation>p. ex. 0f1e2d3c-aaaa-bbbb-cccc-123456789abc</translation>
    </message>
    <message>
        <source>e.g. 1234-abcd.apps.googleusercontent.com</source>
        <translation>p. ex. 1234-abcd.apps.googleusercontent.com</translation>
    </message>
    <message>
        <source>the mailbox&apos;s e-mail address, e.g. phishing-reports@example.com</source>
        <translation>l&apos;adresse e-mail de la boîte aux lettres, p. ex. phishing-reports@example.com</translation>
    </message>
    <message>
        <source>Client secre&amp;t:</source>
        <translation>Secret clien&amp;t :</translation>
    </message>
</context>
<context>
    <name>soar::ui::IncidentLinkDialog</name>
    <message>
        <source>Add to Incident</source>
        <translation>Ajouter à un incident</translation>
    </message>
    <message>
        <source>Incident id in Cloud SOAR, e.g. 4711</source>
        <translation>Identifiant de l&apos;incident dans Cloud SOAR, p. ex. 4711</translation>
    </message>
    <message>
        <source>Why this mail belongs to the incident (optional)</source>
        <translation>Pourquoi ce courriel appartient à l&apos;incident (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Already linked to:</source>
        <translation>Déjà lié à :</translation>
    </message>
    <message>
        <source>Enter the incident id from Cloud SOAR.</source>
        <translation>Saisissez l&apos;identifiant de l&apos;incident dans Cloud SOAR.</translation>
    </message>
    <message>
        <source>The link was not saved: %1</source>
        <translation>Le lien n&apos;a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>soar::ui::IncidentMappingEditor</name>
    <message>
        <source>Mail ID (cloud_soar_mail_id)</source>
        <translation>ID du mail (cloud_soar_mail_id)</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Summary (from, to, subject, date, attachments, IOCs)</source>
        <translation>Résumé (de, à, objet, date, pièces jointes, IOC)</translation>
    </message>
    <message>
        <source>Attachment names</source>
        <translation>Noms des pièces jointes</translation>
    </message>
    <message>
        <source>IOCs</source>
        <translation>IOC</translation>
    </message>
    <message>
        <source>Mail value</source>
        <translation>Valeur du mail</translation>
    </message>
    <message>
        <source>Incident field</source>
        <translation>Champ d&apos;incident</translation>
    </message>
    <message>
        <source>Incident field mapping</source>
        <translation>Correspondance des champs d&apos;incident</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>soar::ui::LogModel</name>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>%1 (module %2)</source>
        <translation>%1 (module %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>soar::ui::LogView</name>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Débogage et au-dessus</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info et au-dessus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <source>Show only records of this level or more severe</source>
        <translation>N&apos;afficher que les entrées de ce niveau ou plus graves</translation>
    </message>
    <message>
        <source>Level filter</source>
        <translation>Filtre de niveau</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Show only records whose resource, module or message contains this text</source>
        <translation>N&apos;afficher que les entrées dont la ressource, le module ou le message contient ce texte</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>&amp;Pause autoscroll</source>
        <translation>Suspendre le &amp;défilement</translation>
    </message>
    <message>
        <source>Keep the view still while new records arrive</source>
        <translation>Garder la vue immobile pendant l&apos;arrivée de nouvelles entrées</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected lines to the clipboard</source>
        <translation>Copier les lignes sélectionnées dans le presse-papiers</translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation>Ouvrir le d&amp;ossier des journaux</translation>
    </message>
    <message>
        <source>Open %1 in the file manager</source>
        <translation>Ouvrir %1 dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Log records</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>soar::ui::MailDetailView</name>
    <message>
        <source>Select a mail to see its headers, bodies, attachments and indicators.</source>
        <translation>Sélectionnez un courriel pour voir ses en-têtes, corps, pièces jointes et indicateurs.</translation>
    </message>
    <message>
        <source>Add to &amp;Incident...</source>
        <translation>Ajouter à un &amp;incident…</translation>
    </message>
    <message>
        <source>Body / Header &amp;Regex...</source>
        <translation>&amp;Regex corps / en-têtes…</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copier en &amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Open Raw</source>
        <translation>&amp;Ouvrir le brut</translation>
    </message>
    <message>
        <source>Save .&amp;eml...</source>
        <translation>Enregistrer le .&amp;eml…</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message numerus="yes">
        <source>%n remote resource(s) blocked: this view never loads content from the internet.</source>
        <translation>
            <numerusform>%n ressource distante bloquée : cette vue ne charge jamais de contenu depuis Internet.</numerusform>
            <numerusform>%n ressources distantes bloquées : cette vue ne charge jamais de contenu depuis Internet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>In&amp;dicateurs</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Message-ID:</source>
        <translation>Message-ID :</translation>
    </message>
    <message>
        <source>All &amp;headers</source>
        <translation>Tous les &amp;en-têtes</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Save as...</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>A&amp;nalyze</source>
        <translation>A&amp;nalyser</translation>
    </message>
    <message>
        <source>Analyze an attached mail (.eml, message/rfc822) or Outlook message (.msg)</source>
        <translation>Analyser un courriel joint (.eml, message/rfc822) ou un message Outlook (.msg)</translation>
    </message>
    <message>
        <source>This mail cannot be shown: %1</source>
        <translation>Ce courriel ne peut pas être affiché : %1</translation>
    </message>
    <message>
        <source>The stored bytes of this mail cannot be read: %1</source>
        <translation>Les octets enregistrés de ce courriel ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>This mail has no plain text part; see the HTML tab.</source>
        <translation>Ce courriel n&apos;a pas de partie texte brut ; voir l&apos;onglet HTML.</translation>
    </message>
    <message>
        <source>Attach&amp;ments (%1)</source>
        <translation>Pièces &amp;jointes (%1)</translation>
    </message>
    <message>
        <source>Written defanged as %1</source>
        <translation>Écrit désamorcé sous %1</translation>
    </message>
    <message>
        <source>In&amp;dicators (%1)</source>
        <translation>In&amp;dicateurs (%1)</translation>
    </message>
    <message>
        <source>Select an attachment to save.</source>
        <translation>Sélectionnez une pièce jointe à enregistrer.</translation>
    </message>
    <message>
        <source>Select an attachment to analyze.</source>
        <translation>Sélectionnez une pièce jointe à analyser.</translation>
    </message>
    <message>
        <source>Analyze attachment</source>
        <translation>Analyser la pièce jointe</translation>
    </message>
    <message>
        <source>Raw message — %1</source>
        <translation>Message brut — %1</translation>
    </message>
    <message>
        <source>Save mail as .eml</source>
        <translation>Enregistrer le courriel en .eml</translation>
    </message>
    <message>
        <source>Mail files (*.eml)</source>
        <translation>Fichiers de courriel (*.eml)</translation>
    </message>
    <message>
        <source>Save .eml</source>
        <translation>Enregistrer le .eml</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>%1 %2 headers: the first is shown</source>
        <translation>%1 en-têtes %2 : le premier est affiché</translation>
    </message>
    <message>
        <source>RFC 5322 allows this header once. A second one is a known way to show a different sender or subject than the one a filter or another client sees.</source>
        <translation>La RFC 5322 n’autorise cet en-tête qu’une fois. Un second est une ruse connue pour afficher un autre expéditeur ou objet que celui que voit un filtre ou un autre client de messagerie.</translation>
    </message>
</context>
<context>
    <name>soar::ui::MailListModel</name>
    <message>
        <source>Local only</source>
        <translation>Local seulement</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>SOAR state</source>
        <translation>État SOAR</translation>
    </message>
    <message>
        <source>Mail id</source>
        <translation>Id du courriel</translation>
    </message>
</context>
<context>
    <name>soar::ui::MailPart</name>
    <message>
        <source>Text body</source>
        <translation>Corps texte</translation>
    </message>
    <message>
        <source>HTML body as text</source>
        <translation>Corps HTML en texte</translation>
    </message>
    <message>
        <source>All headers</source>
        <translation>Tous les en-têtes</translation>
    </message>
    <message>
        <source>One header</source>
        <translation>Un en-tête</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>soar::ui::MailsPage</name>
    <message>
        <source>Search subject, addresses, body text, attachment names</source>
        <translation>Rechercher dans l&apos;objet, les adresses, le texte et les noms de pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Toutes les ressources</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>Re&amp;ssource :</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>S&amp;OAR state:</source>
        <translation>État S&amp;OAR :</translation>
    </message>
    <message>
        <source>The mail list could not be read: %1</source>
        <translation>La liste des courriels n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>1 mail</source>
        <translation>1 courriel</translation>
    </message>
    <message>
        <source>%L1 mails</source>
        <translation>%L1 courriels</translation>
    </message>
    <message>
        <source> (%L1 loaded; scroll for more)</source>
        <translation> (%L1 chargés ; faites défiler pour plus)</translation>
    </message>
    <message>
        <source>Retry &amp;delivery</source>
        <translation>Réessayer la &amp;livraison</translation>
    </message>
    <message>
        <source>Send the selected mail to Cloud SOAR again (after it was refused or failed)</source>
        <translation>Envoyer de nouveau le mail sélectionné à Cloud SOAR (après un refus ou un échec)</translation>
    </message>
    <message>
        <source>Retry all &amp;failed</source>
        <translation>Réessayer tous les é&amp;checs</translation>
    </message>
    <message>
        <source>Send every mail Cloud SOAR refused or that failed again, for the resource chosen above</source>
        <translation>Envoyer de nouveau chaque mail refusé par Cloud SOAR ou en échec, pour la ressource choisie ci-dessus</translation>
    </message>
</context>
<context>
    <name>soar::ui::MainWindow</name>
    <message>
        <source>&lt;h3&gt;No mailbox connected yet&lt;/h3&gt;&lt;p&gt;Add a resource to connect a mailbox over IMAP, test it, and watch mail flow in.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune boîte aux lettres connectée&lt;/h3&gt;&lt;p&gt;Ajoutez une ressource pour connecter une boîte via IMAP, testez-la et regardez les courriels arriver.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Para&amp;mètres</translation>
    </message>
    <message>
        <source>No mail store is open, so no mail can be listed.</source>
        <translation>Aucun stockage de courriels n&apos;est ouvert : aucun courriel ne peut être listé.</translation>
    </message>
    <message>
        <source>&amp;Mails</source>
        <translation>&amp;Courriels</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Start at &amp;Login</source>
        <translation>Démarrer à la &amp;connexion</translation>
    </message>
    <message>
        <source>Start soar-imap in the tray when you log in, so mail keeps flowing in</source>
        <translation>Démarrer soar-imap dans la zone de notification à la connexion, pour que les courriels continuent d&apos;arriver</translation>
    </message>
    <message>
        <source>Could not change %1</source>
        <translation>Impossible de modifier %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Test Saved Settings</source>
        <translation>&amp;Tester les paramètres enregistrés</translation>
    </message>
    <message>
        <source>Test &amp;Action</source>
        <translation>Tester l&apos;&amp;action</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About soar-imap</source>
        <translation>À &amp;propos de soar-imap</translation>
    </message>
    <message>
        <source>%1[*] — soar-imap</source>
        <translation>%1[*] — soar-imap</translation>
    </message>
    <message>
        <source>soar-imap</source>
        <translation>soar-imap</translation>
    </message>
    <message>
        <source>soar-imap is still running</source>
        <translation>soar-imap fonctionne toujours</translation>
    </message>
    <message>
        <source>Mail keeps being fetched in the background. Use Quit in the tray menu to stop.</source>
        <translation>Les courriels continuent d&apos;être relevés en arrière-plan. Choisissez Quitter dans le menu de la zone de notification pour arrêter.</translation>
    </message>
    <message>
        <source>About soar-imap</source>
        <translation>À propos de soar-imap</translation>
    </message>
    <message>
        <source>&lt;h3&gt;soar-imap %1&lt;/h3&gt;&lt;p&gt;Connects a mailbox to your SOAR platform over IMAP.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;soar-imap %1&lt;/h3&gt;&lt;p&gt;Connecte une boîte aux lettres à votre plateforme SOAR via IMAP.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>E&amp;xécutions</translation>
    </message>
</context>
<context>
    <name>soar::ui::OAuthSection</name>
    <message>
        <source>OAuth 2.0 sign-in</source>
        <translation>Connexion OAuth 2.0</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Google (Gmail)</source>
        <translation>Google (Gmail)</translation>
    </message>
    <message>
        <source>Custom provider</source>
        <translation>Fournisseur personnalisé</translation>
    </message>
    <message>
        <source>Microsoft 365 and Google fill in their sign-in addresses and scopes</source>
        <translation>Microsoft 365 et Google renseignent eux-mêmes leurs adresses de connexion et leurs scopes</translation>
    </message>
    <message>
        <source>OAuth provider</source>
        <translation>Fournisseur OAuth</translation>
    </message>
    <message>
        <source>Provi&amp;der:</source>
        <translation>Fournisseu&amp;r :</translation>
    </message>
    <message>
        <source>Interactive sign-in</source>
        <translation>Connexion interactive</translation>
    </message>
    <message>
        <source>App-only (client credentials)</source>
        <translation>Application seule (client credentials)</translation>
    </message>
    <message>
        <source>OAuth flow</source>
        <translation>Flux OAuth</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>Flux :</translation>
    </message>
    <message>
        <source>organizations (any work or school account)</source>
        <translation>organizations (tout compte professionnel ou scolaire)</translation>
    </message>
    <message>
        <source>Directory (tenant) id or primary domain, e.g. contoso.onmicrosoft.com; required for app-only</source>
        <translation>ID d&apos;annuaire (locataire) ou domaine principal, p. ex. contoso.onmicrosoft.com ; obligatoire en mode application seule</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire :</translation>
    </message>
    <message>
        <source>e.g. 0f1e2d3c-aaaa-bbbb-cccc-123456789abc</source>
        <translation>p. ex. 0f1e2d3c-aaaa-bbbb-cccc-123456789abc</translation>
    </message>
    <message>
        <source>The application (client) id of your app registration, see docs/oauth.md</source>
        <translation>L&apos;ID d&apos;application (client) de votre inscription d&apos;application, voir docs/oauth.md</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>ID client :</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file</source>
        <translation>Enregistré dans le trousseau du système, jamais dans le fichier de paramètres</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client :</translation>
    </message>
    <message>
        <source>e.g. imap offline_access</source>
        <translation>p. ex. imap offline_access</translation>
    </message>
    <message>
        <source>Space-separated; the provider preset fills them in</source>
        <translation>Séparés par des espaces ; le préréglage du fournisseur les renseigne</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes :</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>Authorization URL:</source>
        <translation>URL d&apos;autorisation :</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>URL du jeton :</translation>
    </message>
    <message>
        <source>How the token is sent to the IMAP server; Microsoft 365 only offers XOAUTH2</source>
        <translation>Comment le jeton est transmis au serveur IMAP ; Microsoft 365 ne propose que XOAUTH2</translation>
    </message>
    <message>
        <source>SASL mechanism</source>
        <translation>Mécanisme SASL</translation>
    </message>
    <message>
        <source>SASL mechanism:</source>
        <translation>Mécanisme SASL :</translation>
    </message>
    <message>
        <source>No one signs in: the app gets its tokens with the client secret. The Mailbox account field names the mailbox to open.</source>
        <translation>Personne ne se connecte : l&apos;application obtient ses jetons avec le secret client. Le champ Compte de boîte aux lettres désigne la boîte à ouvrir.</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Set by the provider preset; choose Custom provider to enter other addresses</source>
        <translation>Défini par le préréglage du fournisseur ; choisissez Fournisseur personnalisé pour saisir d’autres adresses</translation>
    </message>
    <message>
        <source>The provider&apos;s authorization endpoint (https://)</source>
        <translation>Le point de terminaison d&apos;autorisation du fournisseur (https://)</translation>
    </message>
    <message>
        <source>The provider&apos;s token endpoint (https://)</source>
        <translation>Le point de terminaison de jeton du fournisseur (https://)</translation>
    </message>
    <message>
        <source>required: the client secret of the app registration</source>
        <translation>obligatoire : le secret client de l&apos;inscription d&apos;application</translation>
    </message>
    <message>
        <source>only if the provider issued one (Google desktop apps do)</source>
        <translation>seulement si le fournisseur en a émis un (c&apos;est le cas des applications de bureau Google)</translation>
    </message>
    <message>
        <source>Service account (Google Workspace)</source>
        <translation>Compte de service (Google Workspace)</translation>
    </message>
    <message>
        <source>App-only lets soar-imapd fetch unattended with the app&apos;s client secret (Microsoft 365 and custom providers); a service account does so for Google Workspace with its key file</source>
        <translation>Le mode application seule laisse soar-imapd relever sans surveillance avec le secret client de l&apos;application (Microsoft 365 et fournisseurs personnalisés) ; un compte de service le fait pour Google Workspace avec son fichier de clé</translation>
    </message>
    <message>
        <source>e.g. /etc/soar-imap/service-account.json</source>
        <translation>p. ex. /etc/soar-imap/service-account.json</translation>
    </message>
    <message>
        <source>The service account&apos;s JSON key file; only its owner may read it (chmod 600)</source>
        <translation>Le fichier de clé JSON du compte de service ; seul son propriétaire peut le lire (chmod 600)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <source>No one signs in: the service account signs its own token request with the key file and acts for the mailbox named in Mailbox account (domain-wide delegation).</source>
        <translation>Personne ne se connecte : le compte de service signe lui-même sa demande de jeton avec le fichier de clé et agit pour la boîte nommée dans Compte de la boîte (délégation au niveau du domaine).</translation>
    </message>
</context>
<context>
    <name>soar::ui::OAuthSignInPanel</name>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se conn&amp;ecter…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Removes the sign-in from the keychain; fetching stops until you sign in again</source>
        <translation>Supprime la connexion du trousseau ; la récupération s&apos;arrête jusqu&apos;à la prochaine connexion</translation>
    </message>
    <message>
        <source>Resume fetching</source>
        <translation>Reprendre la récupération</translation>
    </message>
    <message>
        <source>Fetching was paused because the sign-in was no longer valid</source>
        <translation>La récupération a été suspendue parce que la connexion manquait ou n&apos;était plus valide</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser on this computer to sign in: %1</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Pour vous connecter, ouvrez cette adresse dans un navigateur de cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Sign-in cancelled; the previous sign-in is still in use.</source>
        <translation>Connexion annulée ; la connexion précédente reste utilisée.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>Saving the sign-in in the keychain…</source>
        <translation>Enregistrement de la connexion dans le trousseau…</translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not keep the sign-in: %1</source>
        <translation>Connecté, mais le trousseau n&apos;a pas pu enregistrer la connexion : %1</translation>
    </message>
    <message>
        <source>Could not remove the sign-in from the keychain: %1</source>
        <translation>Impossible de supprimer la connexion du trousseau : %1</translation>
    </message>
    <message>
        <source>Signed out. Fetching stops until you sign in again.</source>
        <translation>Déconnecté. La récupération s&apos;arrête jusqu&apos;à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Se reconn&amp;ecter…</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s sign-in page in your browser; the sign-in is kept in the system keychain</source>
        <translation>Ouvre la page de connexion du fournisseur dans votre navigateur ; la connexion est conservée dans le trousseau du système</translation>
    </message>
    <message>
        <source>Name the resource first: the sign-in is kept in the keychain under its name</source>
        <translation>Nommez d&apos;abord la ressource : la connexion est conservée dans le trousseau sous son nom</translation>
    </message>
</context>
<context>
    <name>soar::ui::PasswordField</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the %1</source>
        <translation>Afficher ou masquer : %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>soar::ui::RegexToolDialog</name>
    <message>
        <source>Body / Header Regex — %1</source>
        <translation>Regex corps / en-têtes — %1</translation>
    </message>
    <message>
        <source>Custom pattern</source>
        <translation>Motif personnalisé</translation>
    </message>
    <message>
        <source>Python-style regular expression, e.g. invoice-\d+</source>
        <translation>Expression régulière de style Python, p. ex. invoice-\d+</translation>
    </message>
    <message>
        <source>&amp;Ignore case</source>
        <translation>&amp;Ignorer la casse</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>P&amp;attern:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
    <message>
        <source>Run &amp;over:</source>
        <translation>Appliquer &amp;sur :</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;En-tête :</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First seen at</source>
        <translation>Vu pour la première fois à</translation>
    </message>
    <message>
        <source>Export &amp;JSON...</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%L1 distinct, %L2 in total in %3.</source>
        <translation>%L1 distinctes, %L2 au total dans %3.</translation>
    </message>
    <message>
        <source>Run the regex first; there is nothing to export yet.</source>
        <translation>Exécutez d&apos;abord la regex ; il n&apos;y a encore rien à exporter.</translation>
    </message>
    <message>
        <source>Export matches as JSON</source>
        <translation>Exporter les correspondances en JSON</translation>
    </message>
    <message>
        <source>Export matches as CSV</source>
        <translation>Exporter les correspondances en CSV</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>soar::ui::ResourceActions</name>
    <message>
        <source>The settings file has errors: %1</source>
        <translation>Le fichier de paramètres contient des erreurs : %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The settings file has errors&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Le fichier de paramètres contient des erreurs&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) loaded from %1</source>
        <translation>
            <numerusform>%n ressource chargée depuis %1</numerusform>
            <numerusform>%n ressources chargées depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistrée</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; cannot be saved yet:
%2</source>
        <translation>La ressource « %1 » ne peut pas encore être enregistrée :
%2</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Impossible d&apos;enregistrer %1</translation>
    </message>
    <message>
        <source>Add resource</source>
        <translation>Ajouter une ressource</translation>
    </message>
    <message>
        <source>Duplicate resource</source>
        <translation>Dupliquer la ressource</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copie</translation>
    </message>
    <message>
        <source>Rename resource</source>
        <translation>Renommer la ressource</translation>
    </message>
    <message>
        <source>Remove resource</source>
        <translation>Supprimer la ressource</translation>
    </message>
</context>
<context>
    <name>soar::ui::ResourceCatalog</name>
    <message>
        <source>A resource needs a name, e.g. soc-inbox.</source>
        <translation>Une ressource a besoin d&apos;un nom, p. ex. soc-inbox.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may only use letters, digits, space and . _ @ - (at most 64 characters).</source>
        <translation>« %1 » ne peut contenir que des lettres, des chiffres, des espaces et . _ @ - (64 caractères au plus).</translation>
    </message>
    <message>
        <source>Another resource is already called &apos;%1&apos;.</source>
        <translation>Une autre ressource s&apos;appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>The settings file %1 has errors, so it is not overwritten. Fix it by hand and restart: %2</source>
        <translation>Le fichier de paramètres %1 contient des erreurs ; il n&apos;est donc pas écrasé. Corrigez-le à la main et redémarrez : %2</translation>
    </message>
    <message>
        <source>The settings were saved, but the keychain could not store a secret</source>
        <translation>Les paramètres ont été enregistrés, mais le trousseau n&apos;a pas pu conserver un secret</translation>
    </message>
    <message>
        <source>The resource was removed, but its keychain entries could not be deleted</source>
        <translation>La ressource a été supprimée, mais ses entrées du trousseau n&apos;ont pas pu être effacées</translation>
    </message>
    <message>
        <source>The resource was renamed, but its keychain entries could not be moved</source>
        <translation>La ressource a été renommée, mais ses entrées du trousseau n&apos;ont pas pu être déplacées</translation>
    </message>
</context>
<context>
    <name>soar::ui::ResourceForm</name>
    <message>
        <source>Co&amp;nnection</source>
        <translation>Co&amp;nnexion</translation>
    </message>
    <message>
        <source>Cloud SOA&amp;R</source>
        <translation>Cloud SOA&amp;R</translation>
    </message>
    <message>
        <source>Fetchin&amp;g</source>
        <translation>Relè&amp;ve</translation>
    </message>
    <message>
        <source>Pre-filter&amp;s</source>
        <translation>Pré-filtre&amp;s</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Discard the changes and show the saved settings again</source>
        <translation>Abandonner les modifications et réafficher les paramètres enregistrés</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the settings; secrets go to the system keychain</source>
        <translation>Enregistrer les paramètres ; les secrets vont dans le trousseau du système</translation>
    </message>
    <message>
        <source>Could not read a secret from the keychain: %1</source>
        <translation>Impossible de lire un secret dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Fix the problems shown in red first</source>
        <translation>Corrigez d&apos;abord les problèmes affichés en rouge</translation>
    </message>
</context>
<context>
    <name>soar::ui::ResourceListPanel</name>
    <message>
        <source>Re&amp;sources</source>
        <translation>Re&amp;ssources</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Each resource is one mailbox connected to SOAR</source>
        <translation>Chaque ressource est une boîte aux lettres connectée à SOAR</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a resource (a mailbox to fetch from)</source>
        <translation>Ajouter une ressource (une boîte aux lettres à relever)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Add a copy of the selected resource, password included</source>
        <translation>Ajouter une copie de la ressource sélectionnée, mot de passe compris</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Rename the selected resource</source>
        <translation>Renommer la ressource sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected resource and its keychain entries</source>
        <translation>Supprimer la ressource sélectionnée et ses entrées du trousseau</translation>
    </message>
    <message>
        <source>%1: not saved yet</source>
        <translation>%1 : pas encore enregistrée</translation>
    </message>
    <message>
        <source>Cloud SOAR: %1 pending, %2 failed, %3 delivered</source>
        <translation>Cloud SOAR : %1 en attente, %2 en échec, %3 livrés</translation>
    </message>
    <message>
        <source>Last Cloud SOAR error: %1</source>
        <translation>Dernière erreur Cloud SOAR : %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Prochaine tentative : %1</translation>
    </message>
</context>
<context>
    <name>soar::ui::RunsPage</name>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
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
        <source>Matched</source>
        <translation>Trouvés</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargés</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stockés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Mails of this run Cloud SOAR has taken so far</source>
        <translation>Mails de cette exécution acceptés jusqu’ici par Cloud SOAR</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>L’historique des exécutions n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No fetch has run yet.</source>
        <translation>Aucune récupération n’a encore eu lieu.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n run(s), newest first.</source>
        <translation>
            <numerusform>%n exécution, la plus récente en premier.</numerusform>
            <numerusform>Les %n dernières exécutions, la plus récente en premier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soar::ui::ServerPreset</name>
    <message>
        <source>Gmail needs IMAP turned on and an app password (Google account, Security, App passwords); your normal password is refused.</source>
        <translation>Gmail exige IMAP activé et un mot de passe d&apos;application (compte Google, Sécurité, Mots de passe des applications) ; votre mot de passe habituel est refusé.</translation>
    </message>
    <message>
        <source>Yahoo needs an app password (Account security, Generate app password).</source>
        <translation>Yahoo exige un mot de passe d&apos;application (Sécurité du compte, Générer un mot de passe d&apos;application).</translation>
    </message>
    <message>
        <source>Other IMAP server</source>
        <translation>Autre serveur IMAP</translation>
    </message>
    <message>
        <source>Type the server&apos;s host name; your mail administrator or the provider&apos;s help pages name it.</source>
        <translation>Saisissez le nom d&apos;hôte du serveur ; votre administrateur de messagerie ou l&apos;aide du fournisseur l&apos;indique.</translation>
    </message>
    <message>
        <source>Microsoft 365 / Exchange Online</source>
        <translation>Microsoft 365 / Exchange Online</translation>
    </message>
    <message>
        <source>Microsoft 365 does not accept passwords over IMAP: basic authentication is turned off in every tenant. Sign in with Microsoft instead.</source>
        <translation>Microsoft 365 n&apos;accepte pas de mot de passe en IMAP : l&apos;authentification de base est désactivée dans chaque locataire. Connectez-vous plutôt avec Microsoft.</translation>
    </message>
    <message>
        <source>Google Workspace / Gmail (sign in with Google)</source>
        <translation>Google Workspace / Gmail (se connecter avec Google)</translation>
    </message>
    <message>
        <source>Sign in with your Google account; IMAP must be turned on for the mailbox.</source>
        <translation>Connectez-vous avec votre compte Google ; IMAP doit être activé pour la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Gmail with an app password</source>
        <translation>Gmail avec un mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>Yahoo Mail with an app password</source>
        <translation>Yahoo Mail avec un mot de passe d&apos;application</translation>
    </message>
</context>
<context>
    <name>soar::ui::SoarPage</name>
    <message>
        <source>e.g. https://tenant.soar.sumologic.com</source>
        <translation>p. ex. https://tenant.soar.sumologic.com</translation>
    </message>
    <message>
        <source>The Cloud SOAR API address (https)</source>
        <translation>L&apos;adresse de l&apos;API Cloud SOAR (https)</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l&apos;API</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l&apos;API :</translation>
    </message>
    <message>
        <source>User JWT token</source>
        <translation>Jeton JWT de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Access ID + Access Key</source>
        <translation>Access ID + Access Key</translation>
    </message>
    <message>
        <source>The JWT token is under your user Profile in Cloud SOAR</source>
        <translation>Le jeton JWT se trouve dans votre profil utilisateur de Cloud SOAR</translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation>Mode d&apos;authentification</translation>
    </message>
    <message>
        <source>Authentication &amp;mode:</source>
        <translation>&amp;Mode d&apos;authentification :</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file</source>
        <translation>Enregistré dans le trousseau du système, jamais dans le fichier de paramètres</translation>
    </message>
    <message>
        <source>User &amp;JWT token:</source>
        <translation>Jeton &amp;JWT de l&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>Access ID</translation>
    </message>
    <message>
        <source>Access &amp;ID:</source>
        <translation>Access &amp;ID :</translation>
    </message>
    <message>
        <source>Access Key</source>
        <translation>Access Key</translation>
    </message>
    <message>
        <source>Access &amp;Key:</source>
        <translation>Access &amp;Key :</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>A command whose first output line is the token or Access Key; used instead of the keychain</source>
        <translation>Une commande dont la première ligne de sortie est le jeton ou l&apos;Access Key ; utilisée à la place du trousseau</translation>
    </message>
    <message>
        <source>Secret command</source>
        <translation>Commande de secret</translation>
    </message>
    <message>
        <source>Secret co&amp;mmand:</source>
        <translation>Co&amp;mmande de secret :</translation>
    </message>
    <message>
        <source>The id of the Cloud SOAR incident template each newly stored mail becomes an incident of</source>
        <translation>L&apos;identifiant du modèle d&apos;incident Cloud SOAR à partir duquel chaque nouveau mail stocké devient un incident</translation>
    </message>
    <message>
        <source>Incident template ID</source>
        <translation>Identifiant du modèle d&apos;incident</translation>
    </message>
    <message>
        <source>Incident &amp;template ID:</source>
        <translation>Identifiant du modè&amp;le d&apos;incident :</translation>
    </message>
    <message>
        <source>Which incident field each value of the mail fills. Create custom fields such as the mail id field in Cloud SOAR first.</source>
        <translation>Quel champ d&apos;incident chaque valeur du mail remplit. Créez d&apos;abord dans Cloud SOAR les champs personnalisés, comme celui de l&apos;ID du mail.</translation>
    </message>
    <message>
        <source>Incident &amp;fields:</source>
        <translation>Champs d&apos;in&amp;cident :</translation>
    </message>
    <message>
        <source>Mail goes to Cloud SOAR only when an incident template ID is set: each newly stored mail then becomes one incident. Without a template (or without a URL) fetched mail stays in the local store only.</source>
        <translation>Les mails ne vont vers Cloud SOAR que si un ID de modèle d’incident est défini : chaque mail nouvellement stocké devient alors un incident. Sans modèle (ou sans URL), les mails récupérés restent uniquement dans le stockage local.</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Check the URL, TLS and the token or access key as typed here, saved or not; no incident is created</source>
        <translation>Vérifier l’URL, TLS et le jeton ou la clé d’accès tels que saisis ici, enregistrés ou non ; aucun incident n’est créé</translation>
    </message>
    <message>
        <source>none: no incidents, mail stays in the local store</source>
        <translation>aucun : pas d’incident, les mails restent dans le stockage local</translation>
    </message>
</context>
<context>
    <name>soar::ui::TestActionDialog</name>
    <message>
        <source>Running one dry cycle…</source>
        <translation>Exécution d&apos;un cycle à blanc…</translation>
    </message>
    <message>
        <source>Test Action — %1</source>
        <translation>Tester l&apos;action — %1</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>IOCs</source>
        <translation>IOC</translation>
    </message>
    <message>
        <source>%1 mail(s) match on the server; %2 dropped by the exact pre-filter check; showing %3. Nothing was stored or flagged.</source>
        <translation>%1 courriel(s) correspondent sur le serveur ; %2 écarté(s) par la vérification exacte des pré-filtres ; %3 affiché(s). Rien n&apos;a été enregistré ni marqué.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The dry run failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le cycle à blanc a échoué :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Cloud SOAR incident</source>
        <translation>Incident Cloud SOAR</translation>
    </message>
    <message>
        <source>none: the resource has no incident template, mail stays in the local store</source>
        <translation>aucun : la ressource n’a pas de modèle d’incident, les mails restent dans le stockage local</translation>
    </message>
    <message>
        <source>(its mail id once stored)</source>
        <translation>(son ID de mail une fois stocké)</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>modèle %1 : %2</translation>
    </message>
    <message>
        <source>Incident from template %1
%2</source>
        <translation>Incident du modèle %1
%2</translation>
    </message>
</context>
<context>
    <name>soar::ui::TestSettingsDialog</name>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Test Saved Settings — %1</source>
        <translation>Tester les paramètres enregistrés — %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&lt;b&gt;All steps passed.&lt;/b&gt; The resource is ready to fetch mail.</source>
        <translation>&lt;b&gt;Toutes les étapes ont réussi.&lt;/b&gt; La ressource est prête à relever les courriels.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The test failed&lt;/b&gt; at the step marked with a cross; its message says what to change.</source>
        <translation>&lt;b&gt;Le test a échoué&lt;/b&gt; à l&apos;étape marquée d&apos;une croix ; son message indique quoi modifier.</translation>
    </message>
</context>
<context>
    <name>soar::ui::TrayIcon</name>
    <message>
        <source>&amp;Open soar-imap</source>
        <translation>&amp;Ouvrir soar-imap</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>&amp;Relever maintenant</translation>
    </message>
    <message>
        <source>P&amp;ause all</source>
        <translation>Tout mettre en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>soar-imap: %1</source>
        <translation>soar-imap : %1</translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation>Tout &amp;reprendre</translation>
    </message>
    <message numerus="yes">
        <source>(%n more not shown)</source>
        <translation>
            <numerusform>(%n autre non affichée)</numerusform>
            <numerusform>(%n autres non affichées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent &amp;notifications</source>
        <translation>&amp;Notifications récentes</translation>
    </message>
</context>
</TS>
