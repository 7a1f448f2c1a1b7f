<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>InlineErrors</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No secret is stored for %1 yet.</source>
        <translation>Für %1 ist noch kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access to %1. Unlock your keyring and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf %1 verweigert. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available (Secret Service / GNOME Keyring / KWallet). Start one, or use a password command or the SOAR_IMAP_PASSWORD environment variable for soar-imapd.</source>
        <translation>Kein Schlüsselbund verfügbar (Secret Service / GNOME Keyring / KWallet). Starten Sie einen oder verwenden Sie einen Passwort-Befehl bzw. für soar-imapd die Umgebungsvariable SOAR_IMAP_PASSWORD.</translation>
    </message>
    <message>
        <source>The keychain failed for %1.</source>
        <translation>Der Schlüsselbund ist bei %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The keychain could not be reached for %1 (%2). Start a Secret Service (GNOME Keyring, KWallet) in this session and unlock it, or use a password command or the SOAR_IMAP_PASSWORD environment variable for soar-imapd.</source>
        <translation>Der Schlüsselbund war für %1 nicht erreichbar (%2). Starten und entsperren Sie in dieser Sitzung einen Secret Service (GNOME Keyring, KWallet) oder verwenden Sie für soar-imapd einen Passwortbefehl oder die Umgebungsvariable SOAR_IMAP_PASSWORD.</translation>
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
        <translation>Abruf läuft</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect a mailbox to your SOAR platform over IMAP.</source>
        <translation>Verbindet ein Postfach über IMAP mit Ihrer SOAR-Plattform.</translation>
    </message>
    <message>
        <source>Settings file to use.</source>
        <translation>Zu verwendende Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Directory for the mail store and logs.</source>
        <translation>Verzeichnis für den Mail-Speicher und die Protokolle.</translation>
    </message>
    <message>
        <source>Start in the system tray without showing the window (start at login).</source>
        <translation>Im Infobereich starten, ohne das Fenster zu zeigen (Start bei der Anmeldung).</translation>
    </message>
    <message>
        <source>The mail store %1 cannot be opened:
%2</source>
        <translation>Der Mail-Speicher %1 kann nicht geöffnet werden:
%2</translation>
    </message>
</context>
<context>
    <name>soar::daemon::FolderChoice</name>
    <message>
        <source>all mail</source>
        <translation>alle E-Mails</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>starred / flagged</source>
        <translation>markiert / mit Stern</translation>
    </message>
    <message>
        <source>junk (spam)</source>
        <translation>Junk (Spam)</translation>
    </message>
    <message>
        <source>sent mail</source>
        <translation>gesendete E-Mails</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>important</source>
        <translation>wichtig</translation>
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
        <translation>Im lokalen Speicher verknüpft (für %1 ist kein Cloud SOAR eingerichtet).</translation>
    </message>
    <message>
        <source>No Cloud SOAR token or access key: %1</source>
        <translation>Kein Cloud-SOAR-Token und kein Access Key: %1</translation>
    </message>
    <message>
        <source>Mail added to Cloud SOAR incident %1.</source>
        <translation>Mail zum Cloud-SOAR-Vorfall %1 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>soar::daemon::SettingsTester</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source> Enter the password in the resource form and save.</source>
        <translation> Geben Sie das Passwort im Ressourcenformular ein und speichern Sie.</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>%1 is an IP address</source>
        <translation>%1 ist eine IP-Adresse</translation>
    </message>
    <message>
        <source>%1 cannot be resolved (%2). Check the IMAP Server name.</source>
        <translation>%1 kann nicht aufgelöst werden (%2). Prüfen Sie den Namen des IMAP-Servers.</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered; capabilities: %2</source>
        <translation>%1 hat geantwortet; Fähigkeiten: %2</translation>
    </message>
    <message>
        <source>not encrypted (security is None): anyone on the network can read this connection</source>
        <translation>nicht verschlüsselt (Sicherheit ist „Keine“): jeder im Netz kann diese Verbindung mitlesen</translation>
    </message>
    <message>
        <source>the connection is not encrypted</source>
        <translation>die Verbindung ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>encrypted from the start, certificate verified</source>
        <translation>von Anfang an verschlüsselt, Zertifikat geprüft</translation>
    </message>
    <message>
        <source>STARTTLS done, certificate verified</source>
        <translation>STARTTLS erfolgt, Zertifikat geprüft</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>logged in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <source> Folders on the server: %1.</source>
        <translation> Ordner auf dem Server: %1.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>%1 holds %2 mails</source>
        <translation>%1 enthält %2 Mails</translation>
    </message>
    <message>
        <source>Pre-filters</source>
        <translation>Vorfilter</translation>
    </message>
    <message>
        <source>The server refused the search: %1</source>
        <translation>Der Server hat die Suche abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the server finds %n mail(s) now (the exact check may drop some)</source>
        <translation>
            <numerusform>%1: Der Server findet jetzt %n Mail (die genaue Prüfung kann sie noch aussortieren)</numerusform>
            <numerusform>%1: Der Server findet jetzt %n Mails (die genaue Prüfung kann einige aussortieren)</numerusform>
        </translation>
    </message>
    <message>
        <source>OAuth sign-in</source>
        <translation>OAuth-Anmeldung</translation>
    </message>
    <message>
        <source>access token obtained (app-only) for the mailbox %1</source>
        <translation>Zugriffstoken erhalten (nur App) für das Postfach %1</translation>
    </message>
    <message>
        <source>access token obtained for %1</source>
        <translation>Zugriffstoken erhalten für %1</translation>
    </message>
    <message>
        <source>, valid until %1 (%2 minutes)</source>
        <translation>, gültig bis %1 (%2 Minuten)</translation>
    </message>
</context>
<context>
    <name>soar::daemon::SoarSettingsTest</name>
    <message>
        <source>Cloud SOAR URL</source>
        <translation>Cloud-SOAR-URL</translation>
    </message>
    <message>
        <source>Cloud SOAR reachable</source>
        <translation>Cloud SOAR erreichbar</translation>
    </message>
    <message>
        <source>No Cloud SOAR token found (%1). Paste the user JWT token from your Cloud SOAR profile on the Cloud SOAR page and save.</source>
        <translation>Kein Cloud-SOAR-Token gefunden (%1). Fügen Sie das Benutzer-JWT-Token aus Ihrem Cloud-SOAR-Profil auf der Seite Cloud SOAR ein und speichern Sie.</translation>
    </message>
    <message>
        <source>No Cloud SOAR access key found (%1). Enter the Access Key on the Cloud SOAR page and save.</source>
        <translation>Kein Cloud-SOAR-Zugriffsschlüssel gefunden (%1). Geben Sie den Access Key auf der Seite Cloud SOAR ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Cloud SOAR credentials</source>
        <translation>Cloud-SOAR-Anmeldedaten</translation>
    </message>
    <message>
        <source>Cloud SOAR incidents</source>
        <translation>Cloud-SOAR-Incidents</translation>
    </message>
    <message>
        <source>No incident template ID is set: mail stays in the local store and nothing is sent to Cloud SOAR.</source>
        <translation>Keine Incident-Vorlagen-ID gesetzt: Mails bleiben im lokalen Speicher, nichts wird an Cloud SOAR gesendet.</translation>
    </message>
    <message>
        <source>Each newly stored mail becomes an incident from template %1 with the fields %2. The test creates no incident.</source>
        <translation>Jede neu gespeicherte Mail wird ein Incident aus Vorlage %1 mit den Feldern %2. Der Test legt keinen Incident an.</translation>
    </message>
</context>
<context>
    <name>soar::settings::SettingsValidator</name>
    <message>
        <source>expected the certificate&apos;s SHA-256 fingerprint: 64 hex digits (colons allowed)</source>
        <translation>erwartet wird der SHA-256-Fingerabdruck des Zertifikats: 64 Hexadezimalziffern (Doppelpunkte erlaubt)</translation>
    </message>
    <message>
        <source>another resource already has this name; names must be unique</source>
        <translation>eine andere Ressource hat bereits diesen Namen; Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>(unnamed resource)</source>
        <translation>(unbenannte Ressource)</translation>
    </message>
    <message>
        <source>a resource needs a name, e.g. soc-inbox</source>
        <translation>eine Ressource braucht einen Namen, z. B. soc-inbox</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may only use letters, digits, space and . _ @ - (at most 64 characters)</source>
        <translation>„%1“ darf nur Buchstaben, Ziffern, Leerzeichen und . _ @ - enthalten (höchstens 64 Zeichen)</translation>
    </message>
    <message>
        <source>the IMAP server is missing, e.g. outlook.office365.com</source>
        <translation>der IMAP-Server fehlt, z. B. outlook.office365.com</translation>
    </message>
    <message>
        <source>give the host name only, without &apos;%1&apos;</source>
        <translation>geben Sie nur den Hostnamen an, ohne „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name</source>
        <translation>„%1“ ist kein Hostname</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 ist kein Port (1–65535)</translation>
    </message>
    <message>
        <source>the username is missing</source>
        <translation>der Benutzername fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address (it is only needed when the username is not one)</source>
        <translation>„%1“ ist keine E-Mail-Adresse (nur nötig, wenn der Benutzername keine ist)</translation>
    </message>
    <message>
        <source>the folder is missing, e.g. INBOX</source>
        <translation>der Ordner fehlt, z. B. INBOX</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>only applies when security is none; remove it</source>
        <translation>gilt nur, wenn die Sicherheit „Keine“ ist; entfernen Sie es</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address; expected e.g. https://tenant.soar.sumologic.com</source>
        <translation>„%1“ ist keine Webadresse; erwartet wird z. B. https://tenant.soar.sumologic.com</translation>
    </message>
    <message>
        <source>use https:// — the token would travel unencrypted over http://</source>
        <translation>verwenden Sie https:// – über http:// würde das Token unverschlüsselt übertragen</translation>
    </message>
    <message>
        <source>%1 is not a template id; use 0 to create no incidents</source>
        <translation>%1 ist keine Vorlagen-ID; 0 bedeutet, dass keine Vorfälle angelegt werden</translation>
    </message>
    <message>
        <source>name the incident field that receives the mail id, e.g. CSOAR Email ID</source>
        <translation>nennen Sie das Vorfallfeld, das die Mail-ID erhält, z. B. CSOAR Email ID</translation>
    </message>
    <message>
        <source>the Access ID is missing (needed with Access ID + Access Key authentication)</source>
        <translation>die Access ID fehlt (nötig bei der Anmeldung mit Access ID + Access Key)</translation>
    </message>
    <message>
        <source>the Cloud SOAR URL is missing; leave all SOAR fields empty to keep mail in the local store</source>
        <translation>die Cloud-SOAR-URL fehlt; lassen Sie alle SOAR-Felder leer, um Mails nur lokal zu speichern</translation>
    </message>
    <message>
        <source>%1 is out of range (%2-%3 seconds)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2–%3 Sekunden)</translation>
    </message>
    <message>
        <source>name the mail value, e.g. subject or cloud_soar_mail_id</source>
        <translation>nennen Sie den Mailwert, z. B. subject oder cloud_soar_mail_id</translation>
    </message>
    <message>
        <source>name the Cloud SOAR incident field, or remove the row</source>
        <translation>nennen Sie das Cloud-SOAR-Vorfallfeld oder entfernen Sie die Zeile</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is filled by an earlier row already; keep one</source>
        <translation>„%1“ wird schon von einer früheren Zeile gefüllt; behalten Sie nur eine</translation>
    </message>
</context>
<context>
    <name>soar::ui::AnalysisReportDialog</name>
    <message>
        <source>Analysis of %1</source>
        <translation>Analyse von %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Message class</source>
        <translation>Nachrichtenklasse</translation>
    </message>
    <message>
        <source>Text body</source>
        <translation>Textteil</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>HTML-Teil</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Versteckt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>%1 time(s) in %2</source>
        <translation>%1-mal in %2</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Mängel</translation>
    </message>
</context>
<context>
    <name>soar::ui::AppController</name>
    <message>
        <source>New mail</source>
        <translation>Neue Mail</translation>
    </message>
    <message numerus="yes">
        <source>%n new mail(s) stored for %1</source>
        <translation>
            <numerusform>%n neue Mail für %1 gespeichert</numerusform>
            <numerusform>%n neue Mails für %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: Cloud SOAR</source>
        <translation>%1: Cloud SOAR</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n mail(s) waiting for Cloud SOAR</source>
        <translation>
            <numerusform>%1: %n Mail wartet auf Cloud SOAR</numerusform>
            <numerusform>%1: %n Mails warten auf Cloud SOAR</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fetching failed</source>
        <translation>%1: Abruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: all settings tests passed.</source>
        <translation>%1: alle Einstellungstests bestanden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: sign in again</source>
        <translation>%1: erneut anmelden</translation>
    </message>
    <message>
        <source>The OAuth sign-in of %1 is missing or no longer valid. Select the resource, press Sign in on its Connection page, then Resume fetching.</source>
        <translation>Die OAuth-Anmeldung von %1 fehlt oder ist nicht mehr gültig. Wählen Sie die Ressource, klicken Sie auf der Seite Verbindung auf Anmelden und dann auf Abruf fortsetzen.</translation>
    </message>
    <message>
        <source>%1: signed in. Press Resume fetching to fetch again.</source>
        <translation>%1: angemeldet. Klicken Sie auf Abruf fortsetzen, um wieder abzurufen.</translation>
    </message>
    <message>
        <source>%1: fetching resumed.</source>
        <translation>%1: Abruf fortgesetzt.</translation>
    </message>
    <message>
        <source>%1: Cloud SOAR takes mail again.</source>
        <translation>%1: Cloud SOAR nimmt wieder Mails an.</translation>
    </message>
    <message>
        <source>Nothing to retry: no mail was refused by Cloud SOAR or failed.</source>
        <translation>Nichts zu wiederholen: Cloud SOAR hat keine Mail abgelehnt, keine ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) queued for Cloud SOAR again.</source>
        <translation>
            <numerusform>%n Mail wird erneut an Cloud SOAR gesendet.</numerusform>
            <numerusform>%n Mails werden erneut an Cloud SOAR gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test connection — %1</source>
        <translation>Verbindung testen — %1</translation>
    </message>
    <message>
        <source>%1: message from the mail server: %2</source>
        <translation>%1: Nachricht vom Mailserver: %2</translation>
    </message>
    <message>
        <source>%1: message from the mail server</source>
        <translation>%1: Nachricht vom Mailserver</translation>
    </message>
</context>
<context>
    <name>soar::ui::AttachmentAnalysis</name>
    <message>
        <source>%1 is named like an Outlook message but is not one (no OLE2 compound file header).</source>
        <translation>%1 heißt wie eine Outlook-Nachricht, ist aber keine (kein OLE2-Verbunddatei-Header).</translation>
    </message>
    <message>
        <source>%1 is neither a mail (.eml, message/rfc822) nor an Outlook message (.msg); nothing to analyze.</source>
        <translation>%1 ist weder eine Mail (.eml, message/rfc822) noch eine Outlook-Nachricht (.msg); es gibt nichts zu analysieren.</translation>
    </message>
</context>
<context>
    <name>soar::ui::ConnectionPage</name>
    <message>
        <source>e.g. outlook.office365.com</source>
        <translation>z. B. outlook.office365.com</translation>
    </message>
    <message>
        <source>Host name of the IMAP server, without imap:// or a port</source>
        <translation>Hostname des IMAP-Servers, ohne imap:// und ohne Port</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP-Server</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>IMAP-&amp;Server:</translation>
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
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>SSL/TLS uses port 993, STARTTLS upgrades a plain connection on port 143</source>
        <translation>SSL/TLS verwendet Port 993, STARTTLS verschlüsselt eine einfache Verbindung auf Port 143 nachträglich</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>Without encryption, the password and every mail cross the network readable by anyone on the path. Use this only for a server on this machine or a trusted test network.</source>
        <translation>Ohne Verschlüsselung gehen das Passwort und jede Mail lesbar für jeden auf dem Weg über das Netz. Verwenden Sie das nur für einen Server auf diesem Rechner oder in einem vertrauenswürdigen Testnetz.</translation>
    </message>
    <message>
        <source>A&amp;llow sending the password unencrypted</source>
        <translation>Unverschlüsseltes Senden des Passworts er&amp;lauben</translation>
    </message>
    <message>
        <source>Needed to log in when security is None</source>
        <translation>Nötig für die Anmeldung, wenn die Sicherheit „Keine“ ist</translation>
    </message>
    <message>
        <source>Follows the security setting (993 or 143) unless you change it</source>
        <translation>Folgt der Sicherheitseinstellung (993 oder 143), solange Sie ihn nicht ändern</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>optional, e.g. pass show mail/soc</source>
        <translation>optional, z. B. pass show mail/soc</translation>
    </message>
    <message>
        <source>A command whose first output line is the password; used instead of the keychain</source>
        <translation>Ein Befehl, dessen erste Ausgabezeile das Passwort ist; wird statt des Schlüsselbunds verwendet</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Passwort-Befehl</translation>
    </message>
    <message>
        <source>Password co&amp;mmand:</source>
        <translation>Passwort-Be&amp;fehl:</translation>
    </message>
    <message>
        <source>e.g. admin@example.com</source>
        <translation>z. B. admin@example.com</translation>
    </message>
    <message>
        <source>Only needed when the username is not an e-mail address</source>
        <translation>Nur nötig, wenn der Benutzername keine E-Mail-Adresse ist</translation>
    </message>
    <message>
        <source>Mailbox account</source>
        <translation>Postfachkonto</translation>
    </message>
    <message>
        <source>Mailbo&amp;x account:</source>
        <translation>Postfach&amp;konto:</translation>
    </message>
    <message>
        <source>Only needed when the username is not an e-mail address.</source>
        <translation>Nur nötig, wenn der Benutzername keine E-Mail-Adresse ist.</translation>
    </message>
    <message>
        <source>The folder to fetch from; the list fills in after a successful test</source>
        <translation>Der Ordner, aus dem abgerufen wird; die Liste füllt sich nach einem erfolgreichen Test</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
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
        <translation>„Automatisch“ wählt das beste Verfahren, das der Server anbietet</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>&amp;Anmeldeverfahren:</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <source>A PEM file with the CA that signed the server&apos;s certificate, for private CAs</source>
        <translation>Eine PEM-Datei mit der Zertifizierungsstelle, die das Serverzertifikat signiert hat, für private CAs</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Eine CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>optional SHA-256, e.g. AB:CD:…</source>
        <translation>optional SHA-256, z. B. AB:CD:…</translation>
    </message>
    <message>
        <source>Trust exactly this server certificate (SHA-256 fingerprint, 64 hex digits)</source>
        <translation>Genau diesem Serverzertifikat vertrauen (SHA-256-Fingerabdruck, 64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>Fingerabdruck des vertrauenswürdigen Zertifikats</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Vertrauenswürdiges Zertifikat:</translation>
    </message>
    <message>
        <source>Choose CA certificate</source>
        <translation>CA-Zertifikat wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>OAuth 2.0 (sign in)</source>
        <translation>OAuth 2.0 (Anmeldung)</translation>
    </message>
</context>
<context>
    <name>soar::ui::DialogPrompter</name>
    <message>
        <source>Remove resource</source>
        <translation>Ressource entfernen</translation>
    </message>
    <message>
        <source>Remove the resource &quot;%1&quot;?

Its settings and its keychain entries are deleted. Mail already stored locally stays.</source>
        <translation>Die Ressource „%1“ entfernen?

Ihre Einstellungen und Schlüsselbund-Einträge werden gelöscht. Bereits lokal gespeicherte Mails bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Resource name (letters, digits, space and . _ @ -):</source>
        <translation>Name der Ressource (Buchstaben, Ziffern, Leerzeichen und . _ @ -):</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; has unsaved changes.</source>
        <translation>Die Ressource „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them before continuing?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
</context>
<context>
    <name>soar::ui::FetchingPage</name>
    <message>
        <source>Unseen/Unread</source>
        <translation>Ungesehen/Ungelesen</translation>
    </message>
    <message>
        <source>Fetch From Latest stored mail</source>
        <translation>Ab der neuesten gespeicherten Mail</translation>
    </message>
    <message>
        <source>Only mails that are currently unseen or unread</source>
        <translation>Nur Mails, die gerade ungesehen oder ungelesen sind</translation>
    </message>
    <message>
        <source>Every mail newer than the latest one already stored; the first run fetches unseen mail</source>
        <translation>Jede Mail, die neuer ist als die neueste bereits gespeicherte; der erste Lauf ruft ungesehene Mails ab</translation>
    </message>
    <message>
        <source>Combined with the pre-filters using AND</source>
        <translation>Mit den Vorfiltern per UND verknüpft</translation>
    </message>
    <message>
        <source>Email fetch type</source>
        <translation>Abrufart</translation>
    </message>
    <message>
        <source>Email &amp;fetch type:</source>
        <translation>Abruf&amp;art:</translation>
    </message>
    <message>
        <source>Mark fetched mail as &amp;seen</source>
        <translation>Abgerufene Mails als &amp;gesehen markieren</translation>
    </message>
    <message>
        <source>Set the \Seen flag on the server once a mail is safely stored</source>
        <translation>Setzt auf dem Server die Markierung \Seen, sobald eine Mail sicher gespeichert ist</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often to check for new mail (10 seconds to 24 hours)</source>
        <translation>Wie oft nach neuen Mails gesehen wird (10 Sekunden bis 24 Stunden)</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Poll interval:</source>
        <translation>A&amp;bfrageintervall:</translation>
    </message>
    <message>
        <source>Use &amp;IDLE to get new mail immediately</source>
        <translation>&amp;IDLE nutzen, um neue Mails sofort zu erhalten</translation>
    </message>
    <message>
        <source>When the server supports IDLE, new mail is fetched as soon as it arrives</source>
        <translation>Unterstützt der Server IDLE, wird neue Mail abgerufen, sobald sie ankommt</translation>
    </message>
</context>
<context>
    <name>soar::ui::FileSaver</name>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>soar::ui::FilterPage</name>
    <message>
        <source>Only mail matching every filled-in filter is fetched. Values separated by commas are alternatives (OR).</source>
        <translation>Abgerufen wird nur Mail, die zu jedem ausgefüllten Filter passt. Durch Kommas getrennte Werte sind Alternativen (ODER).</translation>
    </message>
    <message>
        <source>Fetch mail that matches</source>
        <translation>Mail abrufen, die passt zu</translation>
    </message>
    <message>
        <source>NOT: skip mail that matches</source>
        <translation>NICHT: Mail überspringen, die passt zu</translation>
    </message>
    <message>
        <source>What will be fetched:</source>
        <translation>Was abgerufen wird:</translation>
    </message>
    <message>
        <source>Filter preview</source>
        <translation>Filtervorschau</translation>
    </message>
    <message>
        <source>e.g. Reply-To</source>
        <translation>z. B. Reply-To</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>Vo&amp;n:</translation>
    </message>
    <message>
        <source>Not Fro&amp;m:</source>
        <translation>Nicht vo&amp;m:</translation>
    </message>
    <message>
        <source>Addresses or whole domains, comma separated (OR), e.g. sumologic.com, sales@sumologic.com</source>
        <translation>Adressen oder ganze Domains, durch Kommas getrennt (ODER), z. B. sumologic.com, sales@sumologic.com</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Not T&amp;o:</source>
        <translation>Nicht a&amp;n:</translation>
    </message>
    <message>
        <source>Receivers, comma separated (OR)</source>
        <translation>Empfänger, durch Kommas getrennt (ODER)</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Not S&amp;ubject:</source>
        <translation>Nicht B&amp;etreff:</translation>
    </message>
    <message>
        <source>Words in the subject, comma separated (OR)</source>
        <translation>Wörter im Betreff, durch Kommas getrennt (ODER)</translation>
    </message>
    <message>
        <source>Text &amp;Body:</source>
        <translation>&amp;Textinhalt:</translation>
    </message>
    <message>
        <source>Not Text Bod&amp;y:</source>
        <translation>Nicht Te&amp;xtinhalt:</translation>
    </message>
    <message>
        <source>Text in the body or an attachment name, comma separated (OR)</source>
        <translation>Text im Inhalt oder in einem Anhangsnamen, durch Kommas getrennt (ODER)</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>Not H&amp;eader:</source>
        <translation>Nicht K&amp;opfzeile:</translation>
    </message>
    <message>
        <source>Text to find in the header chosen below</source>
        <translation>Text, der in der unten gewählten Kopfzeile gesucht wird</translation>
    </message>
    <message>
        <source>Header &amp;Field Name:</source>
        <translation>&amp;Name der Kopfzeile:</translation>
    </message>
    <message>
        <source>Header Fie&amp;ld Name:</source>
        <translation>Na&amp;me der Kopfzeile:</translation>
    </message>
    <message>
        <source>The header to search in; pick one or type any header name</source>
        <translation>Die zu durchsuchende Kopfzeile; wählen Sie eine aus oder tippen Sie einen beliebigen Namen</translation>
    </message>
</context>
<context>
    <name>soar::ui::FilterPreview</name>
    <message>
        <source> OR </source>
        <translation> ODER </translation>
    </message>
    <message>
        <source>header (no field chosen)</source>
        <translation>Kopfzeile (kein Feld gewählt)</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Kopfzeile %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>an</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>NOT %1</source>
        <translation>NICHT %1</translation>
    </message>
    <message>
        <source>unseen mail</source>
        <translation>ungesehene Mail</translation>
    </message>
    <message>
        <source>mail newer than the latest stored one</source>
        <translation>Mail neuer als die neueste gespeicherte</translation>
    </message>
    <message>
        <source>%1 (no pre-filters: every such mail is fetched)</source>
        <translation>%1 (keine Vorfilter: jede solche Mail wird abgerufen)</translation>
    </message>
    <message>
        <source> AND </source>
        <translation> UND </translation>
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
        <translation>&lt;h2&gt;Verbinden Sie Ihr erstes Postfach&lt;/h2&gt;&lt;p&gt;Wählen Sie Ihren Mail-Anbieter und melden Sie sich an. soar-imap testet dann die Verbindung; Cloud SOAR, Vorfilter und mehr richten Sie später im vollständigen Formular ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mail provider</source>
        <translation>Mail-Anbieter</translation>
    </message>
    <message>
        <source>Mail &amp;provider:</source>
        <translation>Mail-&amp;Anbieter:</translation>
    </message>
    <message>
        <source>e.g. imap.example.com</source>
        <translation>z. B. imap.example.com</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP-Server</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>IMAP-&amp;Server:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
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
        <translation>Port:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>e.g. phishing-reports@example.com</source>
        <translation>z. B. phishing-reports@example.com</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The folder the reported mail arrives in</source>
        <translation>Der Ordner, in dem die gemeldeten Mails ankommen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>How this mailbox is called in soar-imap, e.g. soc-inbox</source>
        <translation>Wie dieses Postfach in soar-imap heißt, z. B. soc-inbox</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Name der Ressource</translation>
    </message>
    <message>
        <source>Resource &amp;name:</source>
        <translation>&amp;Name der Ressource:</translation>
    </message>
    <message>
        <source>Use the f&amp;ull form…</source>
        <translation>&amp;Vollständiges Formular…</translation>
    </message>
    <message>
        <source>Add a resource with every setting: Cloud SOAR, fetching, pre-filters, certificates</source>
        <translation>Eine Ressource mit allen Einstellungen anlegen: Cloud SOAR, Abruf, Vorfilter, Zertifikate</translation>
    </message>
    <message>
        <source>Save and &amp;Test</source>
        <translation>Speichern und &amp;testen</translation>
    </message>
    <message>
        <source>the password is missing</source>
        <translation>das Passwort fehlt</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save the resource, then run Test Saved Settings</source>
        <translation>Die Ressource speichern und dann „Gespeicherte Einstellungen testen“ ausführen</translation>
    </message>
    <message>
        <source>Fill in the fields marked in red first</source>
        <translation>Füllen Sie zuerst die rot markierten Felder aus</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>e.g. contoso.onmicrosoft.com (empty: any work or school account)</source>
        <translation>z. B. contoso.onmicrosoft.com (leer: jedes Geschäfts- oder Schulkonto)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Mandan&amp;t:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Google issues one to desktop clients; stored in the system keychain</source>
        <translation>Google vergibt es an Desktop-Clients; wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>the e-mail address of the mailbox is missing</source>
        <translation>die E-Mail-Adresse des Postfachs fehlt</translation>
    </message>
    <message>
        <source>Google&apos;s token endpoint needs the client secret of the desktop client</source>
        <translation>Der Token-Endpunkt von Google braucht das Client-Geheimnis des Desktop-Clients</translation>
    </message>
    <message>
        <source>The client id and tenant come from the app registration your Microsoft Entra administrator made for soar-imap (%1).</source>
        <translation>Client-ID und Mandant stammen aus der App-Registrierung, die Ihr Microsoft-Entra-Administrator für soar-imap angelegt hat (%1).</translation>
    </message>
    <message>
        <source>The client id and secret come from the Desktop app OAuth client in your Google Cloud project (%1).</source>
        <translation>Client-ID und Geheimnis stammen aus dem OAuth-Client vom Typ Desktop-App in Ihrem Google-Cloud-Projekt (%1).</translation>
    </message>
    <message>
        <source>Sign in with &amp;Microsoft</source>
        <translation>Mit &amp;Microsoft anmelden</translation>
    </message>
    <message>
        <source>Sign in with &amp;Google</source>
        <translation>Mit &amp;Google anmelden</translation>
    </message>
    <message>
        <source>e.g. 0f1e2d3c-aaaa-bbbb-cccc-123456789abc</source>
        <translation>z. B. 0f1e2d3c-aaaa-bbbb-cccc-123456789abc</translation>
    </message>
    <message>
        <source>e.g. 1234-abcd.apps.googleusercontent.com</source>
        <translation>z. B. 1234-abcd.apps.googleusercontent.com</translation>
    </message>
    <message>
        <source>the mailbox&apos;s e-mail address, e.g. phishing-reports@example.com</source>
        <translation>die E-Mail-Adresse des Postfachs, z. B. phishing-reports@example.com</translation>
    </message>
    <message>
        <source>Client secre&amp;t:</source>
        <translation>Client-Geheimni&amp;s:</translation>
    </message>
</context>
<context>
    <name>soar::ui::IncidentLinkDialog</name>
    <message>
        <source>Add to Incident</source>
        <translation>Zu Vorfall hinzufügen</translation>
    </message>
    <message>
        <source>Incident id in Cloud SOAR, e.g. 4711</source>
        <translation>Vorfall-ID in Cloud SOAR, z. B. 4711</translation>
    </message>
    <message>
        <source>Why this mail belongs to the incident (optional)</source>
        <translation>Warum diese Mail zum Vorfall gehört (optional)</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Vorfall:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Already linked to:</source>
        <translation>Bereits verknüpft mit:</translation>
    </message>
    <message>
        <source>Enter the incident id from Cloud SOAR.</source>
        <translation>Geben Sie die Vorfall-ID aus Cloud SOAR ein.</translation>
    </message>
    <message>
        <source>The link was not saved: %1</source>
        <translation>Die Verknüpfung wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>soar::ui::IncidentMappingEditor</name>
    <message>
        <source>Mail ID (cloud_soar_mail_id)</source>
        <translation>Mail-ID (cloud_soar_mail_id)</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Summary (from, to, subject, date, attachments, IOCs)</source>
        <translation>Zusammenfassung (Von, An, Betreff, Datum, Anhänge, IOCs)</translation>
    </message>
    <message>
        <source>Attachment names</source>
        <translation>Namen der Anhänge</translation>
    </message>
    <message>
        <source>IOCs</source>
        <translation>IOCs</translation>
    </message>
    <message>
        <source>Mail value</source>
        <translation>Mailwert</translation>
    </message>
    <message>
        <source>Incident field</source>
        <translation>Vorfallfeld</translation>
    </message>
    <message>
        <source>Incident field mapping</source>
        <translation>Zuordnung der Vorfallfelder</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
</context>
<context>
    <name>soar::ui::LogModel</name>
    <message>
        <source>Trace</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>%1 (module %2)</source>
        <translation>%1 (Modul %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>soar::ui::LogView</name>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Show only records of this level or more severe</source>
        <translation>Nur Einträge dieser oder einer schwereren Stufe zeigen</translation>
    </message>
    <message>
        <source>Level filter</source>
        <translation>Stufenfilter</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Show only records whose resource, module or message contains this text</source>
        <translation>Nur Einträge zeigen, deren Ressource, Modul oder Meldung diesen Text enthält</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Such&amp;en:</translation>
    </message>
    <message>
        <source>&amp;Pause autoscroll</source>
        <translation>Automatisches &amp;Scrollen anhalten</translation>
    </message>
    <message>
        <source>Keep the view still while new records arrive</source>
        <translation>Die Ansicht stehen lassen, während neue Einträge ankommen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines to the clipboard</source>
        <translation>Die gewählten Zeilen in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Open %1 in the file manager</source>
        <translation>%1 im Dateimanager öffnen</translation>
    </message>
    <message>
        <source>Log records</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>soar::ui::MailDetailView</name>
    <message>
        <source>Select a mail to see its headers, bodies, attachments and indicators.</source>
        <translation>Wählen Sie eine Mail, um ihre Kopfzeilen, Inhalte, Anhänge und Indikatoren zu sehen.</translation>
    </message>
    <message>
        <source>Add to &amp;Incident...</source>
        <translation>Zu &amp;Vorfall hinzufügen…</translation>
    </message>
    <message>
        <source>Body / Header &amp;Regex...</source>
        <translation>&amp;Regex für Inhalt / Kopfzeilen…</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Raw</source>
        <translation>&amp;Rohdaten öffnen</translation>
    </message>
    <message>
        <source>Save .&amp;eml...</source>
        <translation>.&amp;eml speichern…</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message numerus="yes">
        <source>%n remote resource(s) blocked: this view never loads content from the internet.</source>
        <translation>
            <numerusform>%n externe Ressource blockiert: diese Ansicht lädt nie Inhalte aus dem Internet.</numerusform>
            <numerusform>%n externe Ressourcen blockiert: diese Ansicht lädt nie Inhalte aus dem Internet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>An&amp;hänge</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>In&amp;dikatoren</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Message-ID:</source>
        <translation>Message-ID:</translation>
    </message>
    <message>
        <source>All &amp;headers</source>
        <translation>Alle &amp;Kopfzeilen</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Save as...</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>A&amp;nalyze</source>
        <translation>A&amp;nalysieren</translation>
    </message>
    <message>
        <source>Analyze an attached mail (.eml, message/rfc822) or Outlook message (.msg)</source>
        <translation>Eine angehängte Mail (.eml, message/rfc822) oder Outlook-Nachricht (.msg) analysieren</translation>
    </message>
    <message>
        <source>This mail cannot be shown: %1</source>
        <translation>Diese Mail kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>The stored bytes of this mail cannot be read: %1</source>
        <translation>Die gespeicherten Bytes dieser Mail können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This mail has no plain text part; see the HTML tab.</source>
        <translation>Diese Mail hat keinen reinen Textteil; siehe Reiter HTML.</translation>
    </message>
    <message>
        <source>Attach&amp;ments (%1)</source>
        <translation>An&amp;hänge (%1)</translation>
    </message>
    <message>
        <source>Written defanged as %1</source>
        <translation>Entschärft geschrieben als %1</translation>
    </message>
    <message>
        <source>In&amp;dicators (%1)</source>
        <translation>In&amp;dikatoren (%1)</translation>
    </message>
    <message>
        <source>Select an attachment to save.</source>
        <translation>Wählen Sie einen Anhang zum Speichern.</translation>
    </message>
    <message>
        <source>Select an attachment to analyze.</source>
        <translation>Wählen Sie einen Anhang zum Analysieren.</translation>
    </message>
    <message>
        <source>Analyze attachment</source>
        <translation>Anhang analysieren</translation>
    </message>
    <message>
        <source>Raw message — %1</source>
        <translation>Rohnachricht – %1</translation>
    </message>
    <message>
        <source>Save mail as .eml</source>
        <translation>Mail als .eml speichern</translation>
    </message>
    <message>
        <source>Mail files (*.eml)</source>
        <translation>Mail-Dateien (*.eml)</translation>
    </message>
    <message>
        <source>Save .eml</source>
        <translation>.eml speichern</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>%1 %2 headers: the first is shown</source>
        <translation>%1 %2-Kopfzeilen: die erste wird gezeigt</translation>
    </message>
    <message>
        <source>RFC 5322 allows this header once. A second one is a known way to show a different sender or subject than the one a filter or another client sees.</source>
        <translation>RFC 5322 erlaubt diese Kopfzeile nur einmal. Eine zweite ist ein bekannter Trick, einen anderen Absender oder Betreff anzuzeigen, als ein Filter oder ein anderes Mailprogramm sieht.</translation>
    </message>
</context>
<context>
    <name>soar::ui::MailListModel</name>
    <message>
        <source>Local only</source>
        <translation>Nur lokal</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>SOAR state</source>
        <translation>SOAR-Status</translation>
    </message>
    <message>
        <source>Mail id</source>
        <translation>Mail-ID</translation>
    </message>
</context>
<context>
    <name>soar::ui::MailPart</name>
    <message>
        <source>Text body</source>
        <translation>Textteil</translation>
    </message>
    <message>
        <source>HTML body as text</source>
        <translation>HTML-Teil als Text</translation>
    </message>
    <message>
        <source>All headers</source>
        <translation>Alle Kopfzeilen</translation>
    </message>
    <message>
        <source>One header</source>
        <translation>Eine Kopfzeile</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>soar::ui::MailsPage</name>
    <message>
        <source>Search subject, addresses, body text, attachment names</source>
        <translation>Betreff, Adressen, Text und Anhangsnamen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Alle Ressourcen</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>S&amp;OAR state:</source>
        <translation>S&amp;OAR-Status:</translation>
    </message>
    <message>
        <source>The mail list could not be read: %1</source>
        <translation>Die Mail-Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>1 mail</source>
        <translation>1 Mail</translation>
    </message>
    <message>
        <source>%L1 mails</source>
        <translation>%L1 Mails</translation>
    </message>
    <message>
        <source> (%L1 loaded; scroll for more)</source>
        <translation> (%L1 geladen; für mehr scrollen)</translation>
    </message>
    <message>
        <source>Retry &amp;delivery</source>
        <translation>&amp;Zustellung wiederholen</translation>
    </message>
    <message>
        <source>Send the selected mail to Cloud SOAR again (after it was refused or failed)</source>
        <translation>Die ausgewählte Mail erneut an Cloud SOAR senden (nachdem sie abgelehnt wurde oder fehlschlug)</translation>
    </message>
    <message>
        <source>Retry all &amp;failed</source>
        <translation>Alle &amp;fehlgeschlagenen wiederholen</translation>
    </message>
    <message>
        <source>Send every mail Cloud SOAR refused or that failed again, for the resource chosen above</source>
        <translation>Jede von Cloud SOAR abgelehnte oder fehlgeschlagene Mail der oben gewählten Ressource erneut senden</translation>
    </message>
</context>
<context>
    <name>soar::ui::MainWindow</name>
    <message>
        <source>&lt;h3&gt;No mailbox connected yet&lt;/h3&gt;&lt;p&gt;Add a resource to connect a mailbox over IMAP, test it, and watch mail flow in.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch kein Postfach verbunden&lt;/h3&gt;&lt;p&gt;Fügen Sie eine Ressource hinzu, um ein Postfach über IMAP zu verbinden, testen Sie sie und sehen Sie die Mails eintreffen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Einstellunge&amp;n</translation>
    </message>
    <message>
        <source>No mail store is open, so no mail can be listed.</source>
        <translation>Es ist kein Mail-Speicher geöffnet, daher können keine Mails aufgelistet werden.</translation>
    </message>
    <message>
        <source>&amp;Mails</source>
        <translation>&amp;Mails</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Start at &amp;Login</source>
        <translation>Bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>Start soar-imap in the tray when you log in, so mail keeps flowing in</source>
        <translation>soar-imap bei der Anmeldung im Infobereich starten, damit weiter Mails eintreffen</translation>
    </message>
    <message>
        <source>Could not change %1</source>
        <translation>%1 konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Test Saved Settings</source>
        <translation>Gespeicherte Einstellungen &amp;testen</translation>
    </message>
    <message>
        <source>Test &amp;Action</source>
        <translation>&amp;Aktion testen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About soar-imap</source>
        <translation>&amp;Über soar-imap</translation>
    </message>
    <message>
        <source>%1[*] — soar-imap</source>
        <translation>%1[*] – soar-imap</translation>
    </message>
    <message>
        <source>soar-imap</source>
        <translation>soar-imap</translation>
    </message>
    <message>
        <source>soar-imap is still running</source>
        <translation>soar-imap läuft weiter</translation>
    </message>
    <message>
        <source>Mail keeps being fetched in the background. Use Quit in the tray menu to stop.</source>
        <translation>Mails werden im Hintergrund weiter abgerufen. Zum Stoppen „Beenden“ im Menü des Infobereichs wählen.</translation>
    </message>
    <message>
        <source>About soar-imap</source>
        <translation>Über soar-imap</translation>
    </message>
    <message>
        <source>&lt;h3&gt;soar-imap %1&lt;/h3&gt;&lt;p&gt;Connects a mailbox to your SOAR platform over IMAP.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;soar-imap %1&lt;/h3&gt;&lt;p&gt;Verbindet ein Postfach über IMAP mit Ihrer SOAR-Plattform.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>Lä&amp;ufe</translation>
    </message>
</context>
<context>
    <name>soar::ui::OAuthSection</name>
    <message>
        <source>OAuth 2.0 sign-in</source>
        <translation>OAuth-2.0-Anmeldung</translation>
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
        <translation>Eigener Anbieter</translation>
    </message>
    <message>
        <source>Microsoft 365 and Google fill in their sign-in addresses and scopes</source>
        <translation>Microsoft 365 und Google tragen ihre Anmeldeadressen und Scopes selbst ein</translation>
    </message>
    <message>
        <source>OAuth provider</source>
        <translation>OAuth-Anbieter</translation>
    </message>
    <message>
        <source>Provi&amp;der:</source>
        <translation>Anbi&amp;eter:</translation>
    </message>
    <message>
        <source>Interactive sign-in</source>
        <translation>Interaktive Anmeldung</translation>
    </message>
    <message>
        <source>App-only (client credentials)</source>
        <translation>Nur App (Client Credentials)</translation>
    </message>
    <message>
        <source>OAuth flow</source>
        <translation>OAuth-Ablauf</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>organizations (any work or school account)</source>
        <translation>organizations (jedes Geschäfts- oder Schulkonto)</translation>
    </message>
    <message>
        <source>Directory (tenant) id or primary domain, e.g. contoso.onmicrosoft.com; required for app-only</source>
        <translation>Verzeichnis-ID (Mandant) oder primäre Domäne, z. B. contoso.onmicrosoft.com; für „Nur App“ erforderlich</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>e.g. 0f1e2d3c-aaaa-bbbb-cccc-123456789abc</source>
        <translation>z. B. 0f1e2d3c-aaaa-bbbb-cccc-123456789abc</translation>
    </message>
    <message>
        <source>The application (client) id of your app registration, see docs/oauth.md</source>
        <translation>Die Anwendungs-ID (Client-ID) Ihrer App-Registrierung, siehe docs/oauth.md</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <source>e.g. imap offline_access</source>
        <translation>z. B. imap offline_access</translation>
    </message>
    <message>
        <source>Space-separated; the provider preset fills them in</source>
        <translation>Durch Leerzeichen getrennt; die Anbietervorgabe trägt sie ein</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Authorization URL:</source>
        <translation>Autorisierungs-URL:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>Token-URL:</translation>
    </message>
    <message>
        <source>How the token is sent to the IMAP server; Microsoft 365 only offers XOAUTH2</source>
        <translation>Wie das Token an den IMAP-Server geht; Microsoft 365 bietet nur XOAUTH2</translation>
    </message>
    <message>
        <source>SASL mechanism</source>
        <translation>SASL-Mechanismus</translation>
    </message>
    <message>
        <source>SASL mechanism:</source>
        <translation>SASL-Mechanismus:</translation>
    </message>
    <message>
        <source>No one signs in: the app gets its tokens with the client secret. The Mailbox account field names the mailbox to open.</source>
        <translation>Niemand meldet sich an: Die App erhält ihre Tokens mit dem Client-Geheimnis. Das Feld Postfachkonto nennt das zu öffnende Postfach.</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Set by the provider preset; choose Custom provider to enter other addresses</source>
        <translation>Von der Anbietervorgabe gesetzt; wählen Sie „Eigener Anbieter“, um andere Adressen einzugeben</translation>
    </message>
    <message>
        <source>The provider&apos;s authorization endpoint (https://)</source>
        <translation>Der Autorisierungs-Endpunkt des Anbieters (https://)</translation>
    </message>
    <message>
        <source>The provider&apos;s token endpoint (https://)</source>
        <translation>Der Token-Endpunkt des Anbieters (https://)</translation>
    </message>
    <message>
        <source>required: the client secret of the app registration</source>
        <translation>erforderlich: das Client-Geheimnis der App-Registrierung</translation>
    </message>
    <message>
        <source>only if the provider issued one (Google desktop apps do)</source>
        <translation>nur wenn der Anbieter eines ausgestellt hat (bei Google-Desktop-Apps der Fall)</translation>
    </message>
    <message>
        <source>Service account (Google Workspace)</source>
        <translation>Dienstkonto (Google Workspace)</translation>
    </message>
    <message>
        <source>App-only lets soar-imapd fetch unattended with the app&apos;s client secret (Microsoft 365 and custom providers); a service account does so for Google Workspace with its key file</source>
        <translation>Nur-App lässt soar-imapd unbeaufsichtigt mit dem Client-Geheimnis der App abrufen (Microsoft 365 und eigene Anbieter); ein Dienstkonto tut das für Google Workspace mit seiner Schlüsseldatei</translation>
    </message>
    <message>
        <source>e.g. /etc/soar-imap/service-account.json</source>
        <translation>z. B. /etc/soar-imap/service-account.json</translation>
    </message>
    <message>
        <source>The service account&apos;s JSON key file; only its owner may read it (chmod 600)</source>
        <translation>Die JSON-Schlüsseldatei des Dienstkontos; nur ihr Eigentümer darf sie lesen (chmod 600)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <source>No one signs in: the service account signs its own token request with the key file and acts for the mailbox named in Mailbox account (domain-wide delegation).</source>
        <translation>Niemand meldet sich an: Das Dienstkonto signiert seine Token-Anfrage selbst mit der Schlüsseldatei und handelt für das unter Postfachkonto genannte Postfach (domänenweite Delegierung).</translation>
    </message>
</context>
<context>
    <name>soar::ui::OAuthSignInPanel</name>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Removes the sign-in from the keychain; fetching stops until you sign in again</source>
        <translation>Entfernt die Anmeldung aus dem Schlüsselbund; der Abruf ruht, bis Sie sich erneut anmelden</translation>
    </message>
    <message>
        <source>Resume fetching</source>
        <translation>Abruf fortsetzen</translation>
    </message>
    <message>
        <source>Fetching was paused because the sign-in was no longer valid</source>
        <translation>Der Abruf wurde angehalten, weil die Anmeldung fehlte oder nicht mehr gültig war</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser on this computer to sign in: %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie zum Anmelden diese Adresse in einem Browser auf diesem Computer: %1</translation>
    </message>
    <message>
        <source>Sign-in cancelled; the previous sign-in is still in use.</source>
        <translation>Anmeldung abgebrochen; die bisherige Anmeldung bleibt in Gebrauch.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saving the sign-in in the keychain…</source>
        <translation>Die Anmeldung wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not keep the sign-in: %1</source>
        <translation>Angemeldet, aber der Schlüsselbund konnte die Anmeldung nicht speichern: %1</translation>
    </message>
    <message>
        <source>Could not remove the sign-in from the keychain: %1</source>
        <translation>Die Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Signed out. Fetching stops until you sign in again.</source>
        <translation>Abgemeldet. Der Abruf ruht, bis Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Erneut &amp;anmelden…</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s sign-in page in your browser; the sign-in is kept in the system keychain</source>
        <translation>Öffnet die Anmeldeseite des Anbieters im Browser; die Anmeldung wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Name the resource first: the sign-in is kept in the keychain under its name</source>
        <translation>Benennen Sie zuerst die Ressource: Die Anmeldung wird unter ihrem Namen im Schlüsselbund gespeichert</translation>
    </message>
</context>
<context>
    <name>soar::ui::PasswordField</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the %1</source>
        <translation>%1 anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>soar::ui::RegexToolDialog</name>
    <message>
        <source>Body / Header Regex — %1</source>
        <translation>Regex für Inhalt / Kopfzeilen – %1</translation>
    </message>
    <message>
        <source>Custom pattern</source>
        <translation>Eigenes Muster</translation>
    </message>
    <message>
        <source>Python-style regular expression, e.g. invoice-\d+</source>
        <translation>Regulärer Ausdruck im Python-Stil, z. B. invoice-\d+</translation>
    </message>
    <message>
        <source>&amp;Ignore case</source>
        <translation>&amp;Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>P&amp;attern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>Run &amp;over:</source>
        <translation>Anwenden a&amp;uf:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>First seen at</source>
        <translation>Zuerst gesehen bei</translation>
    </message>
    <message>
        <source>Export &amp;JSON...</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%L1 distinct, %L2 in total in %3.</source>
        <translation>%L1 verschiedene, insgesamt %L2 in %3.</translation>
    </message>
    <message>
        <source>Run the regex first; there is nothing to export yet.</source>
        <translation>Führen Sie zuerst den Regex aus; noch gibt es nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Export matches as JSON</source>
        <translation>Treffer als JSON exportieren</translation>
    </message>
    <message>
        <source>Export matches as CSV</source>
        <translation>Treffer als CSV exportieren</translation>
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
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>soar::ui::ResourceActions</name>
    <message>
        <source>The settings file has errors: %1</source>
        <translation>Die Einstellungsdatei enthält Fehler: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The settings file has errors&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die Einstellungsdatei enthält Fehler&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) loaded from %1</source>
        <translation>
            <numerusform>%n Ressource aus %1 geladen</numerusform>
            <numerusform>%n Ressourcen aus %1 geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; cannot be saved yet:
%2</source>
        <translation>Die Ressource „%1“ kann noch nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Add resource</source>
        <translation>Ressource hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate resource</source>
        <translation>Ressource duplizieren</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Rename resource</source>
        <translation>Ressource umbenennen</translation>
    </message>
    <message>
        <source>Remove resource</source>
        <translation>Ressource entfernen</translation>
    </message>
</context>
<context>
    <name>soar::ui::ResourceCatalog</name>
    <message>
        <source>A resource needs a name, e.g. soc-inbox.</source>
        <translation>Eine Ressource braucht einen Namen, z. B. soc-inbox.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may only use letters, digits, space and . _ @ - (at most 64 characters).</source>
        <translation>„%1“ darf nur Buchstaben, Ziffern, Leerzeichen und . _ @ - enthalten (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Another resource is already called &apos;%1&apos;.</source>
        <translation>Eine andere Ressource heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>The settings file %1 has errors, so it is not overwritten. Fix it by hand and restart: %2</source>
        <translation>Die Einstellungsdatei %1 enthält Fehler und wird deshalb nicht überschrieben. Korrigieren Sie sie von Hand und starten Sie neu: %2</translation>
    </message>
    <message>
        <source>The settings were saved, but the keychain could not store a secret</source>
        <translation>Die Einstellungen wurden gespeichert, aber der Schlüsselbund konnte ein Geheimnis nicht ablegen</translation>
    </message>
    <message>
        <source>The resource was removed, but its keychain entries could not be deleted</source>
        <translation>Die Ressource wurde entfernt, aber ihre Schlüsselbund-Einträge konnten nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The resource was renamed, but its keychain entries could not be moved</source>
        <translation>Die Ressource wurde umbenannt, aber ihre Schlüsselbund-Einträge konnten nicht verschoben werden</translation>
    </message>
</context>
<context>
    <name>soar::ui::ResourceForm</name>
    <message>
        <source>Co&amp;nnection</source>
        <translation>Verbi&amp;ndung</translation>
    </message>
    <message>
        <source>Cloud SOA&amp;R</source>
        <translation>Cloud SOA&amp;R</translation>
    </message>
    <message>
        <source>Fetchin&amp;g</source>
        <translation>Abr&amp;uf</translation>
    </message>
    <message>
        <source>Pre-filter&amp;s</source>
        <translation>Vorf&amp;ilter</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the changes and show the saved settings again</source>
        <translation>Die Änderungen verwerfen und wieder die gespeicherten Einstellungen zeigen</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the settings; secrets go to the system keychain</source>
        <translation>Die Einstellungen speichern; Geheimnisse kommen in den Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Could not read a secret from the keychain: %1</source>
        <translation>Ein Geheimnis konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Fix the problems shown in red first</source>
        <translation>Beheben Sie zuerst die rot markierten Probleme</translation>
    </message>
</context>
<context>
    <name>soar::ui::ResourceListPanel</name>
    <message>
        <source>Re&amp;sources</source>
        <translation>Re&amp;ssourcen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Each resource is one mailbox connected to SOAR</source>
        <translation>Jede Ressource ist ein mit SOAR verbundenes Postfach</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a resource (a mailbox to fetch from)</source>
        <translation>Eine Ressource hinzufügen (ein Postfach, aus dem abgerufen wird)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of the selected resource, password included</source>
        <translation>Eine Kopie der gewählten Ressource hinzufügen, samt Passwort</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected resource</source>
        <translation>Die gewählte Ressource umbenennen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected resource and its keychain entries</source>
        <translation>Die gewählte Ressource und ihre Schlüsselbund-Einträge entfernen</translation>
    </message>
    <message>
        <source>%1: not saved yet</source>
        <translation>%1: noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Cloud SOAR: %1 pending, %2 failed, %3 delivered</source>
        <translation>Cloud SOAR: %1 ausstehend, %2 fehlgeschlagen, %3 zugestellt</translation>
    </message>
    <message>
        <source>Last Cloud SOAR error: %1</source>
        <translation>Letzter Cloud-SOAR-Fehler: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Nächster Versuch: %1</translation>
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
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Mails of this run Cloud SOAR has taken so far</source>
        <translation>Mails dieses Laufs, die Cloud SOAR bisher angenommen hat</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>Der Laufverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No fetch has run yet.</source>
        <translation>Es ist noch kein Abruf gelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n run(s), newest first.</source>
        <translation>
            <numerusform>%n Lauf, der neueste zuerst.</numerusform>
            <numerusform>Die letzten %n Läufe, neueste zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soar::ui::ServerPreset</name>
    <message>
        <source>Gmail needs IMAP turned on and an app password (Google account, Security, App passwords); your normal password is refused.</source>
        <translation>Gmail braucht eingeschaltetes IMAP und ein App-Passwort (Google-Konto, Sicherheit, App-Passwörter); Ihr normales Passwort wird abgelehnt.</translation>
    </message>
    <message>
        <source>Yahoo needs an app password (Account security, Generate app password).</source>
        <translation>Yahoo braucht ein App-Passwort (Kontosicherheit, App-Passwort generieren).</translation>
    </message>
    <message>
        <source>Other IMAP server</source>
        <translation>Anderer IMAP-Server</translation>
    </message>
    <message>
        <source>Type the server&apos;s host name; your mail administrator or the provider&apos;s help pages name it.</source>
        <translation>Geben Sie den Hostnamen des Servers ein; Ihre Mail-Administration oder die Hilfeseiten des Anbieters nennen ihn.</translation>
    </message>
    <message>
        <source>Microsoft 365 / Exchange Online</source>
        <translation>Microsoft 365 / Exchange Online</translation>
    </message>
    <message>
        <source>Microsoft 365 does not accept passwords over IMAP: basic authentication is turned off in every tenant. Sign in with Microsoft instead.</source>
        <translation>Microsoft 365 nimmt über IMAP keine Passwörter an: Die Standardauthentifizierung ist in jedem Mandanten abgeschaltet. Melden Sie sich stattdessen mit Microsoft an.</translation>
    </message>
    <message>
        <source>Google Workspace / Gmail (sign in with Google)</source>
        <translation>Google Workspace / Gmail (mit Google anmelden)</translation>
    </message>
    <message>
        <source>Sign in with your Google account; IMAP must be turned on for the mailbox.</source>
        <translation>Melden Sie sich mit Ihrem Google-Konto an; IMAP muss für das Postfach eingeschaltet sein.</translation>
    </message>
    <message>
        <source>Gmail with an app password</source>
        <translation>Gmail mit App-Passwort</translation>
    </message>
    <message>
        <source>Yahoo Mail with an app password</source>
        <translation>Yahoo Mail mit App-Passwort</translation>
    </message>
</context>
<context>
    <name>soar::ui::SoarPage</name>
    <message>
        <source>e.g. https://tenant.soar.sumologic.com</source>
        <translation>z. B. https://tenant.soar.sumologic.com</translation>
    </message>
    <message>
        <source>The Cloud SOAR API address (https)</source>
        <translation>Die Adresse der Cloud-SOAR-API (https)</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>User JWT token</source>
        <translation>JWT-Token des Benutzers</translation>
    </message>
    <message>
        <source>Access ID + Access Key</source>
        <translation>Access ID + Access Key</translation>
    </message>
    <message>
        <source>The JWT token is under your user Profile in Cloud SOAR</source>
        <translation>Das JWT-Token finden Sie in Cloud SOAR unter Ihrem Benutzerprofil</translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation>Anmeldeart</translation>
    </message>
    <message>
        <source>Authentication &amp;mode:</source>
        <translation>Anmelde&amp;art:</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>User &amp;JWT token:</source>
        <translation>&amp;JWT-Token des Benutzers:</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>Access ID</translation>
    </message>
    <message>
        <source>Access &amp;ID:</source>
        <translation>Access &amp;ID:</translation>
    </message>
    <message>
        <source>Access Key</source>
        <translation>Access Key</translation>
    </message>
    <message>
        <source>Access &amp;Key:</source>
        <translation>Access &amp;Key:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>A command whose first output line is the token or Access Key; used instead of the keychain</source>
        <translation>Ein Befehl, dessen erste Ausgabezeile das Token oder der Access Key ist; wird statt des Schlüsselbunds verwendet</translation>
    </message>
    <message>
        <source>Secret command</source>
        <translation>Geheimnis-Befehl</translation>
    </message>
    <message>
        <source>Secret co&amp;mmand:</source>
        <translation>Geheimnis-Be&amp;fehl:</translation>
    </message>
    <message>
        <source>The id of the Cloud SOAR incident template each newly stored mail becomes an incident of</source>
        <translation>Die ID der Cloud-SOAR-Vorfallvorlage, aus der für jede neu gespeicherte Mail ein Vorfall entsteht</translation>
    </message>
    <message>
        <source>Incident template ID</source>
        <translation>Vorfallvorlagen-ID</translation>
    </message>
    <message>
        <source>Incident &amp;template ID:</source>
        <translation>&amp;Vorfallvorlagen-ID:</translation>
    </message>
    <message>
        <source>Which incident field each value of the mail fills. Create custom fields such as the mail id field in Cloud SOAR first.</source>
        <translation>Welches Vorfallfeld jeder Wert der Mail füllt. Legen Sie eigene Felder wie das Mail-ID-Feld zuerst in Cloud SOAR an.</translation>
    </message>
    <message>
        <source>Incident &amp;fields:</source>
        <translation>Vorfallfel&amp;der:</translation>
    </message>
    <message>
        <source>Mail goes to Cloud SOAR only when an incident template ID is set: each newly stored mail then becomes one incident. Without a template (or without a URL) fetched mail stays in the local store only.</source>
        <translation>Mails gehen nur an Cloud SOAR, wenn eine Incident-Vorlagen-ID gesetzt ist: Jede neu gespeicherte Mail wird dann ein Incident. Ohne Vorlage (oder ohne URL) bleiben abgerufene Mails nur im lokalen Speicher.</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Check the URL, TLS and the token or access key as typed here, saved or not; no incident is created</source>
        <translation>URL, TLS und Token oder Zugriffsschlüssel wie hier eingegeben prüfen, gespeichert oder nicht; es wird kein Incident angelegt</translation>
    </message>
    <message>
        <source>none: no incidents, mail stays in the local store</source>
        <translation>keine: keine Incidents, Mails bleiben im lokalen Speicher</translation>
    </message>
</context>
<context>
    <name>soar::ui::TestActionDialog</name>
    <message>
        <source>Running one dry cycle…</source>
        <translation>Ein Probelauf wird ausgeführt…</translation>
    </message>
    <message>
        <source>Test Action — %1</source>
        <translation>Aktion testen – %1</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>IOCs</source>
        <translation>IOCs</translation>
    </message>
    <message>
        <source>%1 mail(s) match on the server; %2 dropped by the exact pre-filter check; showing %3. Nothing was stored or flagged.</source>
        <translation>%1 Mail(s) passen auf dem Server; %2 von der genauen Vorfilter-Prüfung aussortiert; %3 angezeigt. Nichts wurde gespeichert oder markiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The dry run failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Probelauf ist fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Cloud SOAR incident</source>
        <translation>Cloud-SOAR-Incident</translation>
    </message>
    <message>
        <source>none: the resource has no incident template, mail stays in the local store</source>
        <translation>keiner: die Ressource hat keine Incident-Vorlage, Mails bleiben im lokalen Speicher</translation>
    </message>
    <message>
        <source>(its mail id once stored)</source>
        <translation>(ihre Mail-ID, sobald gespeichert)</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>Vorlage %1: %2</translation>
    </message>
    <message>
        <source>Incident from template %1
%2</source>
        <translation>Incident aus Vorlage %1
%2</translation>
    </message>
</context>
<context>
    <name>soar::ui::TestSettingsDialog</name>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>Test Saved Settings — %1</source>
        <translation>Gespeicherte Einstellungen testen – %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&lt;b&gt;All steps passed.&lt;/b&gt; The resource is ready to fetch mail.</source>
        <translation>&lt;b&gt;Alle Schritte bestanden.&lt;/b&gt; Die Ressource ist bereit, Mails abzurufen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The test failed&lt;/b&gt; at the step marked with a cross; its message says what to change.</source>
        <translation>&lt;b&gt;Der Test ist fehlgeschlagen&lt;/b&gt; beim mit einem Kreuz markierten Schritt; dessen Meldung sagt, was zu ändern ist.</translation>
    </message>
</context>
<context>
    <name>soar::ui::TrayIcon</name>
    <message>
        <source>&amp;Open soar-imap</source>
        <translation>soar-imap ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>Jetzt &amp;abrufen</translation>
    </message>
    <message>
        <source>P&amp;ause all</source>
        <translation>Alle an&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>soar-imap: %1</source>
        <translation>soar-imap: %1</translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation>Alle &amp;fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>(%n more not shown)</source>
        <translation>
            <numerusform>(%n weitere nicht angezeigt)</numerusform>
            <numerusform>(%n weitere nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent &amp;notifications</source>
        <translation>Letzte &amp;Benachrichtigungen</translation>
    </message>
</context>
</TS>
