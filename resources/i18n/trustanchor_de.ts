<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>acme_dialog</name>
    <message>
        <source>Caddy, a small web server, can run an ACME server that signs certificates for every server in your home with an intermediate CA that TrustAnchor issues under your root, while your root&apos;s key stays here. Clients such as certbot, acme.sh, Traefik and Home Assistant then renew their certificates by themselves, and every device that trusts your root trusts them.</source>
        <translation>Caddy, ein kleiner Webserver, kann einen ACME-Server betreiben, der Zertifikate für alle Server in Ihrem Zuhause signiert – mit einer Zwischen-CA, die TrustAnchor unter Ihrer Root-CA ausstellt; der Schlüssel Ihrer Root-CA bleibt hier. Clients wie certbot, acme.sh, Traefik und Home Assistant erneuern ihre Zertifikate dann selbst, und jedes Gerät, das Ihrer Root-CA vertraut, vertraut ihnen.</translation>
    </message>
    <message>
        <source>This folder already holds an ACME setup; choose another folder, or use Renew intermediate to replace it.</source>
        <translation>Dieser Ordner enthält schon eine ACME-Einrichtung. Wählen Sie einen anderen Ordner oder ersetzen Sie sie mit „Zwischenzertifikat erneuern“.</translation>
    </message>
    <message>
        <source>Renew certificates automatically</source>
        <translation>Zertifikate automatisch erneuern</translation>
    </message>
    <message>
        <source>What Caddy does</source>
        <translation>Was Caddy tut</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <source>Set up the ACME server</source>
        <translation>ACME-Server einrichten</translation>
    </message>
    <message>
        <source>Issues the intermediate and writes Caddy&apos;s files into the folder</source>
        <translation>Stellt das Zwischenzertifikat aus und schreibt Caddys Dateien in den Ordner</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Folder for Caddy&apos;s files</source>
        <translation>Ordner für Caddys Dateien</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Choose the folder for Caddy&apos;s files</source>
        <translation>Ordner für Caddys Dateien auswählen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Names of the ACME server</source>
        <translation>Namen des ACME-Servers</translation>
    </message>
    <message>
        <source>The names and addresses clients reach the ACME server by, separated by commas</source>
        <translation>Namen und Adressen, unter denen Clients den ACME-Server erreichen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Namen:</translation>
    </message>
    <message>
        <source>HTTPS port of the ACME server</source>
        <translation>HTTPS-Port des ACME-Servers</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Lifetime of the intermediate</source>
        <translation>Laufzeit des Zwischenzertifikats</translation>
    </message>
    <message>
        <source>Two years is usual; it never outlives your root</source>
        <translation>Üblich sind zwei Jahre; nie länger als Ihre Root-CA</translation>
    </message>
    <message>
        <source>&amp;Intermediate lifetime:</source>
        <translation>&amp;Laufzeit des Zwischenzertifikats:</translation>
    </message>
    <message>
        <source>Passphrase of the CA key</source>
        <translation>Passphrase des CA-Schlüssels</translation>
    </message>
    <message>
        <source>CA &amp;passphrase:</source>
        <translation>CA-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Geschriebene Dateien</translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation>ACME-Verzeichnis-URL</translation>
    </message>
    <message>
        <source>How to start Caddy</source>
        <translation>So starten Sie Caddy</translation>
    </message>
    <message>
        <source>Open clients.md</source>
        <translation>clients.md öffnen</translation>
    </message>
    <message>
        <source>The settings for each ACME client</source>
        <translation>Die Einstellungen für jeden ACME-Client</translation>
    </message>
    <message>
        <source>Directory URL for clients:</source>
        <translation>Verzeichnis-URL für Clients:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>ACME server status</source>
        <translation>Status des ACME-Servers</translation>
    </message>
    <message>
        <source>&amp;Check status</source>
        <translation>Status &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the ACME server&apos;s status</source>
        <translation>Status des ACME-Servers prüfen</translation>
    </message>
    <message>
        <source>&amp;Renew intermediate</source>
        <translation>Zwischenzertifikat &amp;erneuern</translation>
    </message>
    <message>
        <source>Renew the intermediate</source>
        <translation>Zwischenzertifikat erneuern</translation>
    </message>
    <message>
        <source>Issues a new intermediate with the same settings and replaces the files; restart Caddy afterwards</source>
        <translation>Stellt ein neues Zwischenzertifikat mit denselben Einstellungen aus und ersetzt die Dateien; danach Caddy neu starten</translation>
    </message>
    <message>
        <source>Reading your CA…</source>
        <translation>Ihre CA wird gelesen …</translation>
    </message>
    <message>
        <source>Renewing the intermediate…</source>
        <translation>Zwischenzertifikat wird erneuert …</translation>
    </message>
    <message>
        <source>Issuing the intermediate…</source>
        <translation>Zwischenzertifikat wird ausgestellt …</translation>
    </message>
    <message>
        <source>Asking the ACME server…</source>
        <translation>ACME-Server wird abgefragt …</translation>
    </message>
    <message>
        <source>Start Caddy with: {command}
The intermediate “{name}” is valid until {date}; your root&apos;s key stayed in the CA folder.</source>
        <translation>Caddy starten mit: {command}
Das Zwischenzertifikat „{name}“ ist gültig bis {date}; der Schlüssel Ihrer Root-CA blieb im CA-Ordner.</translation>
    </message>
    <message>
        <source>Set up. Start Caddy, then point your clients at the directory URL.</source>
        <translation>Eingerichtet. Starten Sie Caddy und tragen Sie in Ihren Clients die Verzeichnis-URL ein.</translation>
    </message>
</context>
<context>
    <name>acme_text</name>
    <message>
        <source>ACME server: up at {url} (TLS verified with your root).</source>
        <translation>ACME-Server: läuft unter {url} (TLS mit Ihrer Root-CA geprüft).</translation>
    </message>
    <message>
        <source>ACME server: not answering: {problem}.</source>
        <translation>ACME-Server: antwortet nicht: {problem}.</translation>
    </message>
    <message>
        <source>Intermediate “{name}” EXPIRED on {date}: click Renew intermediate, then restart Caddy.</source>
        <translation>Zwischenzertifikat „{name}“ ist am {date} ABGELAUFEN: Klicken Sie auf „Zwischenzertifikat erneuern“ und starten Sie Caddy neu.</translation>
    </message>
    <message>
        <source>Intermediate “{name}” expires in {days} days ({date}): click Renew intermediate, then restart Caddy.</source>
        <translation>Zwischenzertifikat „{name}“ läuft in {days} Tagen ab ({date}): Klicken Sie auf „Zwischenzertifikat erneuern“ und starten Sie Caddy neu.</translation>
    </message>
    <message>
        <source>Intermediate “{name}” is valid until {date}.</source>
        <translation>Zwischenzertifikat „{name}“ ist gültig bis {date}.</translation>
    </message>
    <message>
        <source>Issued in the last 30 days: none found.</source>
        <translation>In den letzten 30 Tagen ausgestellt: keine gefunden.</translation>
    </message>
    <message>
        <source>Issued in the last 30 days: {count}</source>
        <translation>In den letzten 30 Tagen ausgestellt: {count}</translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(keine Namen)</translation>
    </message>
    <message>
        <source>{names} — {start} to {end} UTC</source>
        <translation>{names} – {start} bis {end} UTC</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>TrustAnchor is already running.</source>
        <translation>TrustAnchor läuft bereits.</translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>What to fix</source>
        <translation>Zu korrigieren</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Laufende Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Error: {text}</source>
        <translation>Fehler: {text}</translation>
    </message>
    <message>
        <source>What to fix: {hints}</source>
        <translation>Zu korrigieren: {hints}</translation>
    </message>
</context>
<context>
    <name>ca</name>
    <message>
        <source>The current CA is kept in the archive folder; phones that trust it must install the new one.</source>
        <translation>Die aktuelle CA kommt in den Archivordner; Telefone, die ihr vertrauen, müssen die neue installieren.</translation>
    </message>
    <message>
        <source>Create a new CA</source>
        <translation>Neue CA erstellen</translation>
    </message>
    <message>
        <source>Import a CA I already have</source>
        <translation>Vorhandene CA importieren</translation>
    </message>
    <message>
        <source>Use my existing CA</source>
        <translation>Meine bestehende CA verwenden</translation>
    </message>
    <message>
        <source>Your own certificate authority vouches for your servers. Your phone will trust what it signs.</source>
        <translation>Ihre eigene Zertifizierungsstelle bürgt für Ihre Server. Ihr Telefon vertraut allem, was sie signiert.</translation>
    </message>
    <message>
        <source>&amp;Replace my current CA</source>
        <translation>Aktuelle CA &amp;ersetzen</translation>
    </message>
    <message>
        <source>Replace my current CA</source>
        <translation>Aktuelle CA ersetzen</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
</context>
<context>
    <name>ca_create</name>
    <message>
        <source>ECDSA P-256 (recommended: fast, works everywhere)</source>
        <translation>ECDSA P-256 (empfohlen: schnell, läuft überall)</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>RSA 2048 bits (for very old devices)</source>
        <translation>RSA 2048 Bit (für sehr alte Geräte)</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 Bit</translation>
    </message>
    <message>
        <source>RSA 4096 bits (slow to create)</source>
        <translation>RSA 4096 Bit (langsam zu erstellen)</translation>
    </message>
    <message>
        <source>Optional. A limited CA can only vouch for the names and address ranges below, so even if its key were stolen it could not fake other web sites. Current iPhones, Macs and browsers respect this, but it is not yet verified on every device. One entry per line: a domain (such as local or home.arpa) or an address range (such as 192.168.0.0/16).</source>
        <translation>Optional. Eine beschränkte CA bürgt nur für die Namen und Adressbereiche unten; selbst mit ihrem gestohlenen Schlüssel ließen sich keine anderen Websites fälschen. Aktuelle iPhones, Macs und Browser beachten das, aber nicht auf jedem Gerät ist es geprüft. Ein Eintrag pro Zeile: eine Domain (etwa local oder home.arpa) oder ein Adressbereich (etwa 192.168.0.0/16).</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>Name der CA</translation>
    </message>
    <message>
        <source>Shown on your phone in Settings</source>
        <translation>Wird auf Ihrem Telefon in Einstellungen angezeigt</translation>
    </message>
    <message>
        <source>&amp;Name (shown on your phone):</source>
        <translation>&amp;Name (auf dem Telefon sichtbar):</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>&amp;Schlüsseltyp:</translation>
    </message>
    <message>
        <source>&amp;Limit this CA to my names</source>
        <translation>CA auf meine Namen &amp;beschränken</translation>
    </message>
    <message>
        <source>Limit this CA to my names</source>
        <translation>CA auf meine Namen beschränken</translation>
    </message>
    <message>
        <source>Allowed names and address ranges, one per line</source>
        <translation>Erlaubte Namen und Adressbereiche, einer pro Zeile</translation>
    </message>
</context>
<context>
    <name>ca_import</name>
    <message>
        <source>A PEM certificate with its key (one file or two), a PKCS#12 file (.p12 / .pfx), or the folder mkcert keeps its CA in (run “mkcert -CAROOT” to find it).</source>
        <translation>Ein PEM-Zertifikat mit seinem Schlüssel (eine oder zwei Dateien), eine PKCS#12-Datei (.p12 / .pfx) oder der Ordner, in dem mkcert seine CA ablegt („mkcert -CAROOT“ zeigt ihn).</translation>
    </message>
    <message>
        <source>CA fi&amp;le or folder:</source>
        <translation>CA-&amp;Datei oder Ordner:</translation>
    </message>
    <message>
        <source>CA file or mkcert folder</source>
        <translation>CA-Datei oder mkcert-Ordner</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>CA-Datei wählen</translation>
    </message>
    <message>
        <source>Choose mkcert f&amp;older…</source>
        <translation>mkcert-&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose the mkcert CA folder</source>
        <translation>mkcert-CA-Ordner wählen</translation>
    </message>
    <message>
        <source>Separate &amp;key file (if any):</source>
        <translation>Separate &amp;Schlüsseldatei (falls vorhanden):</translation>
    </message>
    <message>
        <source>Separate key file (optional)</source>
        <translation>Separate Schlüsseldatei (optional)</translation>
    </message>
    <message>
        <source>Choose key…</source>
        <translation>Schlüssel wählen…</translation>
    </message>
    <message>
        <source>Choose the separate key file</source>
        <translation>Separate Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>Password of the file (if it has one)</source>
        <translation>Passwort der Datei (falls sie eines hat)</translation>
    </message>
    <message>
        <source>File &amp;password (if any):</source>
        <translation>Datei&amp;passwort (falls vorhanden):</translation>
    </message>
    <message>
        <source>Import check</source>
        <translation>Importprüfung</translation>
    </message>
    <message>
        <source>Found the CA “{name}” with its key (fingerprint {fingerprint}, valid until {date}).</source>
        <translation>CA „{name}“ mit Schlüssel gefunden (Fingerabdruck {fingerprint}, gültig bis {date}).</translation>
    </message>
    <message>
        <source>Choose your CA</source>
        <translation>CA wählen</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate und Schlüssel (*.pem *.crt *.cer *.key *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose mkcert&apos;s CA folder</source>
        <translation>CA-Ordner von mkcert wählen</translation>
    </message>
    <message>
        <source>Choose the CA key</source>
        <translation>CA-Schlüssel wählen</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ca_protect</name>
    <message>
        <source>The passphrase protects your CA&apos;s private key: whoever has that key can make certificates your phone trusts for any site. You type it again whenever you make a certificate. If you forget it, make a new CA.</source>
        <translation>Die Passphrase schützt den privaten Schlüssel Ihrer CA: Wer diesen Schlüssel hat, kann Zertifikate erstellen, denen Ihr Telefon für jede Website vertraut. Sie geben sie bei jedem neuen Zertifikat erneut ein. Wenn Sie sie vergessen, erstellen Sie eine neue CA.</translation>
    </message>
    <message>
        <source>Protect the CA key</source>
        <translation>CA-Schlüssel schützen</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase (recommended)</source>
        <translation>&amp;Passphrase verwenden (empfohlen)</translation>
    </message>
    <message>
        <source>Protect the CA key with a passphrase</source>
        <translation>CA-Schlüssel mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>P&amp;assphrase:</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase again:</source>
        <translation>Pa&amp;ssphrase wiederholen:</translation>
    </message>
    <message>
        <source>Passphrase check</source>
        <translation>Passphrase-Prüfung</translation>
    </message>
</context>
<context>
    <name>ca_unlock</name>
    <message>
        <source>Your CA</source>
        <translation>Ihre CA</translation>
    </message>
    <message>
        <source>Your CA&apos;s passphrase</source>
        <translation>Passphrase Ihrer CA</translation>
    </message>
    <message>
        <source>Your CA&apos;s &amp;passphrase:</source>
        <translation>&amp;Passphrase Ihrer CA:</translation>
    </message>
    <message>
        <source>“{name}” is ready.
Fingerprint {fingerprint}, {key_type}, valid until {date}.</source>
        <translation>„{name}“ ist bereit.
Fingerabdruck {fingerprint}, {key_type}, gültig bis {date}.</translation>
    </message>
    <message>
        <source>“{name}”, stored in {folder}.</source>
        <translation>„{name}“, gespeichert in {folder}.</translation>
    </message>
    <message>
        <source>Your CA is stored in {folder}.</source>
        <translation>Ihre CA ist in {folder} gespeichert.</translation>
    </message>
    <message>
        <source>You have no CA yet.</source>
        <translation>Sie haben noch keine CA.</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Saving the imported CA…</source>
        <translation>Importierte CA wird gespeichert …</translation>
    </message>
    <message>
        <source>Unlocking your CA…</source>
        <translation>Ihre CA wird entsperrt …</translation>
    </message>
    <message>
        <source>Making and saving the certificate…</source>
        <translation>Zertifikat wird erstellt und gespeichert …</translation>
    </message>
    <message>
        <source>Starting to publish on your network…</source>
        <translation>Veröffentlichung im Netzwerk wird gestartet …</translation>
    </message>
    <message>
        <source>Creating your CA (an ECDSA P-256 key is quick)…</source>
        <translation>Ihre CA wird erstellt (ein ECDSA-P-256-Schlüssel geht schnell) …</translation>
    </message>
    <message>
        <source>Creating your CA (an ECDSA P-384 key is quick)…</source>
        <translation>Ihre CA wird erstellt (ein ECDSA-P-384-Schlüssel geht schnell) …</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 2048 key takes a few seconds)…</source>
        <translation>Ihre CA wird erstellt (ein RSA-2048-Schlüssel dauert einige Sekunden) …</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 3072 key takes a few seconds)…</source>
        <translation>Ihre CA wird erstellt (ein RSA-3072-Schlüssel dauert einige Sekunden) …</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 4096 key takes a few seconds)…</source>
        <translation>Ihre CA wird erstellt (ein RSA-4096-Schlüssel dauert einige Sekunden) …</translation>
    </message>
    <message>
        <source>Creating your CA…</source>
        <translation>Ihre CA wird erstellt …</translation>
    </message>
    <message>
        <source>Moving the old files to the archive folder and making the new certificate…</source>
        <translation>Alte Dateien werden archiviert und das neue Zertifikat wird erstellt …</translation>
    </message>
    <message>
        <source>Publishing on {address}…</source>
        <translation>Veröffentlichung auf {address} …</translation>
    </message>
    <message>
        <source>Publishing again with the servers to test…</source>
        <translation>Erneute Veröffentlichung mit den zu testenden Servern …</translation>
    </message>
    <message>
        <source>Stopping publishing…</source>
        <translation>Veröffentlichung wird beendet …</translation>
    </message>
</context>
<context>
    <name>core.acme_ops</name>
    <message>
        <source>--leaf-days must be between 1 and {limit}</source>
        <translation>--leaf-days muss zwischen 1 und {limit} liegen</translation>
    </message>
    <message>
        <source>{version!r} is not a Caddy version like 2.8.4</source>
        <translation>{version!r} ist keine Caddy-Version wie 2.8.4</translation>
    </message>
</context>
<context>
    <name>core.binding</name>
    <message>
        <source>Cannot listen on {host}: it is not an address of this computer; choose one of its own addresses.</source>
        <translation>Auf {host} kann nicht gelauscht werden: Das ist keine Adresse dieses Computers; wählen Sie eine seiner eigenen Adressen.</translation>
    </message>
    <message>
        <source>Ports {port} to {last} on {host} are all in use; choose another port.</source>
        <translation>Die Ports {port} bis {last} auf {host} sind alle belegt; wählen Sie einen anderen Port.</translation>
    </message>
</context>
<context>
    <name>core.bonjour</name>
    <message>
        <source>Bonjour is off.</source>
        <translation>Bonjour ist aus.</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;.</source>
        <translation>In Bonjour als &quot;{name}&quot; angekündigt.</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;, not yet confirmed: this computer has not heard the announcement on the network. The QR code works either way. On a Mac, allow TrustAnchor in System Settings &gt; Privacy &amp; Security &gt; Local Network.</source>
        <translation>In Bonjour als &quot;{name}&quot; angekündigt, noch nicht bestätigt: Dieser Computer hat die Ankündigung im Netzwerk nicht gehört. Der QR-Code funktioniert trotzdem. Erlauben Sie TrustAnchor auf dem Mac unter System Settings &gt; Privacy &amp; Security &gt; Local Network.</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;, not yet confirmed: this computer has not heard the announcement on the network. The QR code works either way.</source>
        <translation>In Bonjour als &quot;{name}&quot; angekündigt, noch nicht bestätigt: Dieser Computer hat die Ankündigung im Netzwerk nicht gehört. Der QR-Code funktioniert trotzdem.</translation>
    </message>
    <message>
        <source>Announcing &quot;{name}&quot;…</source>
        <translation>&quot;{name}&quot; wird angekündigt…</translation>
    </message>
    <message>
        <source>Bonjour is not available on this network (no multicast); use the QR code or type the address.</source>
        <translation>Bonjour ist in diesem Netzwerk nicht verfügbar (kein Multicast); verwenden Sie den QR-Code oder tippen Sie die Adresse ein.</translation>
    </message>
    <message>
        <source>Bonjour could not start; use the QR code or type the address.</source>
        <translation>Bonjour konnte nicht starten; verwenden Sie den QR-Code oder tippen Sie die Adresse ein.</translation>
    </message>
    <message>
        <source>Bonjour could not announce the page; use the QR code or type the address.</source>
        <translation>Bonjour konnte die Seite nicht ankündigen; verwenden Sie den QR-Code oder tippen Sie die Adresse ein.</translation>
    </message>
</context>
<context>
    <name>core.bundle</name>
    <message>
        <source>cannot make the folder {out}: {reason}</source>
        <translation>der Ordner {out} kann nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>{out} already holds an ACME setup ({files}); choose another --out or add --force to replace it</source>
        <translation>{out} enthält bereits eine ACME-Einrichtung ({files}); wählen Sie ein anderes --out oder fügen Sie --force hinzu, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{out} holds no ACME setup; run `trustanchor acme setup --out {out}` first</source>
        <translation>{out} enthält keine ACME-Einrichtung; führen Sie zuerst `trustanchor acme setup --out {out}` aus</translation>
    </message>
    <message>
        <source>cannot read {path}: {exc}</source>
        <translation>{path} kann nicht gelesen werden: {exc}</translation>
    </message>
    <message>
        <source>{path} is damaged; run `trustanchor acme setup --force` again</source>
        <translation>{path} ist beschädigt; führen Sie `trustanchor acme setup --force` erneut aus</translation>
    </message>
</context>
<context>
    <name>core.ca</name>
    <message>
        <source>The private key does not belong to this CA certificate; pick the matching key.</source>
        <translation>Der private Schlüssel gehört nicht zu diesem CA-Zertifikat; wählen Sie den passenden Schlüssel.</translation>
    </message>
    <message>
        <source>This CA&apos;s key type is not supported; iPhones need RSA (2048, 3072 or 4096 bits) or ECDSA P-256 / P-384.</source>
        <translation>Der Schlüsseltyp dieser CA wird nicht unterstützt; iPhones brauchen RSA (2048, 3072 oder 4096 Bit) oder ECDSA P-256 / P-384.</translation>
    </message>
    <message>
        <source>This certificate is not a CA (it lacks basicConstraints CA:TRUE); pick the CA certificate, not a server certificate.</source>
        <translation>Dieses Zertifikat ist keine CA (ihm fehlt basicConstraints CA:TRUE); wählen Sie das CA-Zertifikat, nicht ein Serverzertifikat.</translation>
    </message>
    <message>
        <source>A CA can be valid for 1 to {limit} years; {usual} is usual.</source>
        <translation>Eine CA kann 1 bis {limit} Jahre gültig sein; üblich sind {usual}.</translation>
    </message>
    <message>
        <source>{display} is outside what this CA may sign ({allowed}); use a name within those, or a CA without name constraints.</source>
        <translation>{display} liegt außerhalb dessen, was diese CA signieren darf ({allowed}); verwenden Sie einen Namen darin oder eine CA ohne Namensbeschränkungen.</translation>
    </message>
    <message>
        <source>The CA only becomes valid on {day:%Y-%m-%d}; check this computer&apos;s date and time.</source>
        <translation>Die CA wird erst am {day:%Y-%m-%d} gültig; prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The CA expired on {not_after:%Y-%m-%d}; create a new CA and install it on your devices.</source>
        <translation>Die CA ist am {not_after:%Y-%m-%d} abgelaufen; erstellen Sie eine neue CA und installieren Sie sie auf Ihren Geräten.</translation>
    </message>
    <message>
        <source>The CA expires on {not_after:%Y-%m-%d}, before this certificate would; issue it for at most {left} days, or create a new CA.</source>
        <translation>Die CA läuft am {not_after:%Y-%m-%d} ab, vor diesem Zertifikat; stellen Sie es für höchstens {left} Tage aus oder erstellen Sie eine neue CA.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the exported key; it cannot be empty.</source>
        <translation>Wählen Sie eine Passphrase für den exportierten Schlüssel; sie darf nicht leer sein.</translation>
    </message>
    <message>
        <source>IP addresses stay unrestricted: this CA could vouch for any IP address. Add an IP range too, such as 192.168.0.0/16.</source>
        <translation>IP-Adressen bleiben unbeschränkt: Diese CA könnte für jede IP-Adresse bürgen. Fügen Sie auch einen IP-Bereich hinzu, etwa 192.168.0.0/16.</translation>
    </message>
    <message>
        <source>Host names stay unrestricted: this CA could vouch for any web site. Add a domain too, such as home.arpa.</source>
        <translation>Hostnamen bleiben unbeschränkt: Diese CA könnte für jede Website bürgen. Fügen Sie auch eine Domain hinzu, etwa home.arpa.</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>CA-Name</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Give the {what} in words, such as &apos;Home Network CA&apos;; iPhones need one.</source>
        <translation>Geben Sie {what} in Worten an, etwa &apos;Home Network CA&apos;; iPhones brauchen ihn.</translation>
    </message>
    <message>
        <source>The {what} can be at most {limit} characters long.</source>
        <translation>Das Feld „{what}“ darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The {what} contains an invisible character; retype it.</source>
        <translation>Das Feld „{what}“ enthält ein unsichtbares Zeichen; geben Sie es neu ein.</translation>
    </message>
    <message>
        <source>{entry} is listed twice; keep one.</source>
        <translation>{entry} steht doppelt in der Liste; behalten Sie einen Eintrag.</translation>
    </message>
    <message>
        <source>The new certificate would be rejected: {problem}</source>
        <translation>Das neue Zertifikat würde abgelehnt: {problem}</translation>
    </message>
</context>
<context>
    <name>core.caddy</name>
    <message>
        <source>the folder {text} has a character a Caddyfile cannot hold; choose a plainer --out path</source>
        <translation>der Ordner {text} enthält ein Zeichen, das eine Caddyfile nicht aufnehmen kann; wählen Sie einen einfacheren --out-Pfad</translation>
    </message>
    <message>
        <source>Caddy before 2.6.3 cannot set the certificate lifetime (its leaves last 12 hours); leave out --leaf-days</source>
        <translation>Caddy vor 2.6.3 kann die Zertifikatsgültigkeit nicht festlegen (seine Zertifikate gelten 12 Stunden); lassen Sie --leaf-days weg</translation>
    </message>
</context>
<context>
    <name>core.causes</name>
    <message>
        <source>The profile was not downloaded or installed</source>
        <translation>Das Profil wurde nicht geladen oder installiert</translation>
    </message>
    <message>
        <source>Tap “Download profile” on the phone, then install it in Settings &gt; General &gt; VPN &amp; Device Management.</source>
        <translation>Tippen Sie auf dem Telefon auf „Profil laden“ und installieren Sie es dann unter Einstellungen &gt; Allgemein &gt; VPN &amp; Geräteverwaltung.</translation>
    </message>
    <message>
        <source>your CA</source>
        <translation>Ihre CA</translation>
    </message>
    <message>
        <source>Full trust is switched off</source>
        <translation>Volles Vertrauen ist ausgeschaltet</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; About &gt; Certificate Trust Settings: switch on “{ca}”.</source>
        <translation>Einstellungen &gt; Allgemein &gt; About &gt; Certificate Trust Settings: Schalten Sie „{ca}“ ein.</translation>
    </message>
    <message>
        <source>iOS 18.0 sometimes hides the trust switch</source>
        <translation>iOS 18.0 verbirgt manchmal den Vertrauensschalter</translation>
    </message>
    <message>
        <source>Update the phone in Settings &gt; General &gt; Software Update, then look for the switch again.</source>
        <translation>Aktualisieren Sie das Telefon unter Einstellungen &gt; Allgemein &gt; Software Update und suchen Sie den Schalter dann erneut.</translation>
    </message>
    <message>
        <source>The page was not opened in Safari</source>
        <translation>Die Seite wurde nicht in Safari geöffnet</translation>
    </message>
    <message>
        <source>Copy the link and open it in Safari: other browsers save the profile without offering to install it.</source>
        <translation>Kopieren Sie den Link und öffnen Sie ihn in Safari: Andere Browser speichern das Profil, ohne die Installation anzubieten.</translation>
    </message>
    <message>
        <source>The certificate is not installed as a trusted CA</source>
        <translation>Das Zertifikat ist nicht als vertrauenswürdige CA installiert</translation>
    </message>
    <message>
        <source>Follow the steps shown for this device again.</source>
        <translation>Führen Sie die Schritte für dieses Gerät erneut aus.</translation>
    </message>
    <message>
        <source>Another CA with the same name is installed</source>
        <translation>Eine andere CA mit demselben Namen ist installiert</translation>
    </message>
    <message>
        <source>Remove old profiles or certificates with this name, then install this one again.</source>
        <translation>Entfernen Sie alte Profile oder Zertifikate mit diesem Namen und installieren Sie dieses erneut.</translation>
    </message>
</context>
<context>
    <name>core.home</name>
    <message>
        <source>--home is empty: give the CA home&apos;s folder, or leave --home out to use $TRUSTANCHOR_HOME or the default folder.</source>
        <translation>--home ist leer: Geben Sie den Ordner der CA-Ablage an oder lassen Sie --home weg, um $TRUSTANCHOR_HOME oder den Standardordner zu verwenden.</translation>
    </message>
    <message>
        <source>The CA home {root} is in use by another TrustAnchor program: let it finish (or close it) and try again.</source>
        <translation>Der CA-Ordner {root} wird von einem anderen TrustAnchor-Programm verwendet: Lassen Sie es fertig werden (oder schließen Sie es) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot create the CA home {root} ({reason}): choose another folder with --home or $TRUSTANCHOR_HOME.</source>
        <translation>Der CA-Ordner {root} kann nicht erstellt werden ({reason}): Wählen Sie mit --home oder $TRUSTANCHOR_HOME einen anderen Ordner.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>{problem} Restore the CA from a backup, or replace it.</source>
        <translation>{problem} Stellen Sie die CA aus einer Sicherung wieder her oder ersetzen Sie sie.</translation>
    </message>
    <message>
        <source>There is no CA in {root} yet: create one (trustanchor ca create) or import one (trustanchor ca import).</source>
        <translation>In {root} gibt es noch keine CA: Erstellen Sie eine (trustanchor ca create) oder importieren Sie eine (trustanchor ca import).</translation>
    </message>
    <message>
        <source>The CA in {folder} is incomplete: {name} is missing; restore it from a backup, or replace the CA.</source>
        <translation>Die CA in {folder} ist unvollständig: {name} fehlt; stellen Sie die Datei aus einer Sicherung wieder her oder ersetzen Sie die CA.</translation>
    </message>
    <message>
        <source>The CA certificate {certificate} is damaged: restore it from a backup, or replace the CA.</source>
        <translation>Das CA-Zertifikat {certificate} ist beschädigt: Stellen Sie es aus einer Sicherung wieder her oder ersetzen Sie die CA.</translation>
    </message>
    <message>
        <source>The CA key {key} is damaged or not a key: restore it from a backup, or replace the CA.</source>
        <translation>Der CA-Schlüssel {key} ist beschädigt oder kein Schlüssel: Stellen Sie ihn aus einer Sicherung wieder her oder ersetzen Sie die CA.</translation>
    </message>
    <message>
        <source>The CA key {key} does not belong to {certificate}: restore the matching pair from a backup, or replace the CA.</source>
        <translation>Der CA-Schlüssel {key} gehört nicht zu {certificate}: Stellen Sie das passende Paar aus einer Sicherung wieder her oder ersetzen Sie die CA.</translation>
    </message>
    <message>
        <source>A CA already exists in {folder}; it was left untouched. Replace it explicitly to archive it and store the new one.</source>
        <translation>In {folder} gibt es bereits eine CA; sie blieb unverändert. Ersetzen Sie sie ausdrücklich, um sie zu archivieren und die neue zu speichern.</translation>
    </message>
    <message>
        <source>There is no CA in {root} to replace: create one instead.</source>
        <translation>In {root} gibt es keine CA zum Ersetzen: Erstellen Sie stattdessen eine.</translation>
    </message>
    <message>
        <source>{folder} holds other files: move them away and try again.</source>
        <translation>{folder} enthält andere Dateien: Verschieben Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write in the CA home {root} ({reason}): make it writable, or choose another with --home; nothing was issued.</source>
        <translation>In den CA-Ordner {root} kann nicht geschrieben werden ({reason}): Machen Sie ihn beschreibbar oder wählen Sie mit --home einen anderen; nichts wurde ausgestellt.</translation>
    </message>
    <message>
        <source>An empty passphrase protects nothing: choose one, or choose no passphrase.</source>
        <translation>Eine leere Passphrase schützt nichts: Wählen Sie eine oder verzichten Sie auf die Passphrase.</translation>
    </message>
</context>
<context>
    <name>core.importer</name>
    <message>
        <source>{name} is a folder: give either an mkcert CAROOT folder alone, or the CA&apos;s certificate and key files.</source>
        <translation>{name} ist ein Ordner: Geben Sie entweder nur einen mkcert-CAROOT-Ordner an oder die Zertifikat- und Schlüsseldatei der CA.</translation>
    </message>
    <message>
        <source>{name} is not an mkcert CA folder (it has no {mkcert_cert_name}): choose the folder `mkcert -CAROOT` prints, or the CA&apos;s own files.</source>
        <translation>{name} ist kein mkcert-CA-Ordner (es fehlt {mkcert_cert_name}): Wählen Sie den Ordner, den `mkcert -CAROOT` ausgibt, oder die Dateien der CA.</translation>
    </message>
    <message>
        <source>The mkcert folder {name} has no {mkcert_key_name}: choose the folder on the machine where mkcert created the CA.</source>
        <translation>Der mkcert-Ordner {name} enthält kein {mkcert_key_name}: Wählen Sie den Ordner auf dem Gerät, auf dem mkcert die CA erstellt hat.</translation>
    </message>
    <message>
        <source>{name} holds no certificate or private key (found: {found}): choose the CA&apos;s certificate and key files.</source>
        <translation>{name} enthält weder Zertifikat noch privaten Schlüssel (gefunden: {found}): Wählen Sie die Zertifikat- und Schlüsseldatei der CA.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the key in {name}: check it and try again.</source>
        <translation>Die Passphrase entsperrt den Schlüssel in {name} nicht: Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key in {name} is protected by a passphrase: give it (with --source-passphrase-file FILE on the command line) and try again.</source>
        <translation>Der Schlüssel in {name} ist durch eine Passphrase geschützt: Geben Sie sie an (in der Befehlszeile mit --source-passphrase-file FILE) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} holds a damaged or unreadable private key: export the key again.</source>
        <translation>{name} enthält einen beschädigten oder unlesbaren privaten Schlüssel: Exportieren Sie den Schlüssel erneut.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name} has a serial number below 1, which RFC 5280 (4.1.2.2) forbids and newer software rejects: create a new CA instead.</source>
        <translation>{name} hat eine Seriennummer unter 1, was RFC 5280 (4.1.2.2) verbietet und neuere Software ablehnt: Erstellen Sie stattdessen eine neue CA.</translation>
    </message>
    <message>
        <source>The password does not open {name} (or the file is damaged): check the password and try again.</source>
        <translation>Das Passwort öffnet {name} nicht (oder die Datei ist beschädigt): Prüfen Sie das Passwort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} is protected by a password: give it (with --source-passphrase-file FILE on the command line) and try again.</source>
        <translation>{name} ist durch ein Passwort geschützt: Geben Sie es an (in der Befehlszeile mit --source-passphrase-file FILE) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} holds a private key but no certificate: choose the CA&apos;s certificate too.</source>
        <translation>{name} enthält einen privaten Schlüssel, aber kein Zertifikat: Wählen Sie auch das CA-Zertifikat.</translation>
    </message>
    <message>
        <source>{name} holds a certificate but no private key: choose the CA&apos;s key file too (TrustAnchor needs the key to issue certificates).</source>
        <translation>{name} enthält ein Zertifikat, aber keinen privaten Schlüssel: Wählen Sie auch die Schlüsseldatei der CA (TrustAnchor braucht den Schlüssel zum Ausstellen).</translation>
    </message>
    <message>
        <source>{name} holds a damaged or unusual certificate: export the CA certificate again.</source>
        <translation>{name} enthält ein beschädigtes oder ungewöhnliches Zertifikat: Exportieren Sie das CA-Zertifikat erneut.</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a CA: choose the CA&apos;s certificate (CA:TRUE).</source>
        <translation>{name} ist {kind}, keine CA: Wählen Sie das Zertifikat der CA (CA:TRUE).</translation>
    </message>
    <message>
        <source>The key in {key_name} does not belong to the CA certificate in {cas}: choose the key that was made with this CA.</source>
        <translation>Der Schlüssel in {key_name} gehört nicht zum CA-Zertifikat in {cas}: Wählen Sie den Schlüssel, der mit dieser CA erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>core.inputs</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The {what} {shown} does not exist: check the name and folder.</source>
        <translation>{what} {shown} existiert nicht: Prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <source>The {what} {shown} is a folder, not a file: choose a file.</source>
        <translation>{what} {shown} ist ein Ordner, keine Datei: Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {shown} ({reason}).</source>
        <translation>{what} {shown} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The {what} {shown} is not a regular file (it is a {kind}): TrustAnchor reads only ordinary files.</source>
        <translation>{what} {shown} ist keine normale Datei (sondern {kind}): TrustAnchor liest nur normale Dateien.</translation>
    </message>
    <message>
        <source>The {what} {shown} is too large (more than {limit:,} bytes) to be what TrustAnchor expects: choose the right file.</source>
        <translation>{what} {shown} ist zu groß (mehr als {limit:,} Bytes) für das, was TrustAnchor erwartet: Wählen Sie die richtige Datei.</translation>
    </message>
</context>
<context>
    <name>core.intermediate</name>
    <message>
        <source>this CA was made with path length 0, so it cannot delegate to an intermediate; make a new CA with `trustanchor ca create --replace` if you want automatic renewal</source>
        <translation>diese CA wurde mit Pfadlänge 0 erstellt und kann daher an keine Zwischen-CA delegieren; erstellen Sie mit `trustanchor ca create --replace` eine neue CA, wenn Sie automatische Erneuerung wünschen</translation>
    </message>
    <message>
        <source>{display} is outside what this CA may sign, so clients would not trust the ACME server by that name; give --names within the CA&apos;s limits.</source>
        <translation>{display} liegt außerhalb dessen, was diese CA signieren darf, daher würden Clients dem ACME-Server unter diesem Namen nicht vertrauen; geben Sie --names innerhalb der Grenzen der CA an.</translation>
    </message>
    <message>
        <source>The intermediate can live {shortest} to {longest} days; {usual} is usual.</source>
        <translation>Die Zwischen-CA kann {shortest} bis {longest} Tage gültig sein; üblich sind {usual}.</translation>
    </message>
    <message>
        <source>The CA expires on {not_after:%Y-%m-%d}, too soon to delegate to an intermediate; create a new CA first.</source>
        <translation>Die CA läuft am {not_after:%Y-%m-%d} ab, zu früh, um an eine Zwischen-CA zu delegieren; erstellen Sie zuerst eine neue CA.</translation>
    </message>
</context>
<context>
    <name>core.issued</name>
    <message>
        <source>record</source>
        <translation>Verzeichnis</translation>
    </message>
</context>
<context>
    <name>core.java</name>
    <message>
        <source>added by TrustAnchor as alias {alias}</source>
        <translation>von TrustAnchor als Alias {alias} hinzugefügt</translation>
    </message>
    <message>
        <source>Java&apos;s cacerts cannot be written by you (it belongs to root); run the command as root to change it.</source>
        <translation>Sie können Javas cacerts nicht schreiben (sie gehört root); führen Sie den Befehl als root aus, um sie zu ändern.</translation>
    </message>
</context>
<context>
    <name>core.journal</name>
    <message>
        <source>journal</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>core.keystore</name>
    <message>
        <source>The CA key is protected by a passphrase: give it with --passphrase-file FILE or $TRUSTANCHOR_PASSPHRASE (or type it when asked).</source>
        <translation>Der CA-Schlüssel ist durch eine Passphrase geschützt: Geben Sie sie mit --passphrase-file FILE oder $TRUSTANCHOR_PASSPHRASE an (oder tippen Sie sie auf Nachfrage ein).</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this CA key: check it and try again.</source>
        <translation>Die Passphrase entsperrt diesen CA-Schlüssel nicht: Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This is not a readable private key: choose a PEM or DER private key file.</source>
        <translation>Das ist kein lesbarer privater Schlüssel: Wählen Sie eine PEM- oder DER-Schlüsseldatei.</translation>
    </message>
    <message>
        <source>This key type cannot sign for TrustAnchor: use an EC (P-256, P-384) or RSA key.</source>
        <translation>Dieser Schlüsseltyp kann für TrustAnchor nicht signieren: Verwenden Sie einen EC- (P-256, P-384) oder RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>This key asks for more scrypt work than is safe to spend: re-encrypt it with normal settings (openssl pkcs8 -topk8) and import it again.</source>
        <translation>Dieser Schlüssel verlangt mehr scrypt-Aufwand, als sicher ist: Verschlüsseln Sie ihn mit normalen Einstellungen neu (openssl pkcs8 -topk8) und importieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>This file asks for more than 10 million key-derivation rounds: re-export it with normal settings and import it again.</source>
        <translation>Diese Datei verlangt mehr als 10 Millionen Schlüsselableitungsrunden: Exportieren Sie sie mit normalen Einstellungen neu und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>core.leaf</name>
    <message>
        <source>A certificate must be valid for at least 1 day.</source>
        <translation>Ein Zertifikat muss mindestens 1 Tag gültig sein.</translation>
    </message>
    <message>
        <source>{days} days is too long: iPhones and Macs reject server certificates valid for more than {limit} days; use {default} (the default) or fewer.</source>
        <translation>{days} Tage sind zu lang: iPhones und Macs lehnen Serverzertifikate ab, die länger als {limit} Tage gültig sind; verwenden Sie {default} (Standard) oder weniger.</translation>
    </message>
    <message>
        <source>Choose a password for the .p12 file; it cannot be empty.</source>
        <translation>Wählen Sie ein Passwort für die .p12-Datei; es darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The .p12 password is too short: use at least {count} characters (or let TrustAnchor generate one).</source>
        <translation>Das .p12-Passwort ist zu kurz: Verwenden Sie mindestens {count} Zeichen (oder lassen Sie TrustAnchor eines erzeugen).</translation>
    </message>
</context>
<context>
    <name>core.linux</name>
    <message>
        <source>cannot read {path} ({reason})</source>
        <translation>{path} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>added by TrustAnchor as {path}</source>
        <translation>von TrustAnchor als {path} hinzugefügt</translation>
    </message>
    <message>
        <source>added by someone else (TrustAnchor will not remove it)</source>
        <translation>von jemand anderem hinzugefügt (TrustAnchor entfernt es nicht)</translation>
    </message>
    <message>
        <source>{path} is there, but the bundle was not rebuilt: run {tool}</source>
        <translation>{path} ist vorhanden, aber das Bundle wurde nicht neu erstellt: Führen Sie {tool} aus</translation>
    </message>
    <message>
        <source>Cannot write {target} ({reason}); the system store was left as it was.</source>
        <translation>{target} kann nicht geschrieben werden ({reason}); der Systemspeicher blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot remove {target} ({reason}); the system store was left as it was.</source>
        <translation>{target} kann nicht entfernt werden ({reason}); der Systemspeicher blieb unverändert.</translation>
    </message>
    <message>
        <source>Changing the system store needs an administrator, and neither pkexec nor sudo is installed; run this command as root instead.</source>
        <translation>Das Ändern des Systemspeichers braucht Administratorrechte, und weder pkexec noch sudo ist installiert; führen Sie diesen Befehl stattdessen als root aus.</translation>
    </message>
</context>
<context>
    <name>core.listener</name>
    <message>
        <source>The HTTPS certificate or its key could not be loaded; issue a new server certificate from the CA and try again.</source>
        <extracomment>Called in the connection&apos;s own thread with the (TLS) socket, the client&apos;s IP, whether the connection is TLS, and its Activity. The listener closes the socket afterwards.</extracomment>
        <translation>Das HTTPS-Zertifikat oder sein Schlüssel konnte nicht geladen werden; stellen Sie mit der CA ein neues Serverzertifikat aus und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>core.macos</name>
    <message>
        <source>in the keychain (the handshake below shows the trust)</source>
        <translation>im Schlüsselbund (der Handshake unten zeigt das Vertrauen)</translation>
    </message>
    <message>
        <source>macOS did not allow the change to the certificate trust settings (the password prompt was cancelled or could not be shown); nothing was changed.</source>
        <translation>macOS hat die Änderung der Vertrauenseinstellungen nicht erlaubt (die Passwortabfrage wurde abgebrochen oder konnte nicht angezeigt werden); nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>core.names</name>
    <message>
        <source>such as nas.local or 192.168.1.20</source>
        <translation>etwa nas.local oder 192.168.1.20</translation>
    </message>
    <message>
        <source>{name} is listed twice; keep one.</source>
        <translation>{name} steht doppelt in der Liste; behalten Sie einen Eintrag.</translation>
    </message>
    <message>
        <source>{earlier} and {name} are the same name ({display}); keep one.</source>
        <translation>{earlier} und {name} sind derselbe Name ({display}); behalten Sie einen.</translation>
    </message>
    <message>
        <source>Give at least one host name or IP address, {example}.</source>
        <translation>Geben Sie mindestens einen Hostnamen oder eine IP-Adresse an, {example}.</translation>
    </message>
    <message>
        <source>such as home.arpa or 192.168.0.0/16</source>
        <translation>etwa home.arpa oder 192.168.0.0/16</translation>
    </message>
    <message>
        <source>Write {domain} without the leading dot; it already covers every name under it.</source>
        <translation>Schreiben Sie {domain} ohne den führenden Punkt; es umfasst bereits alle Namen darunter.</translation>
    </message>
    <message>
        <source>Write {domain} without &apos;*.&apos;; it already covers every name under it.</source>
        <translation>Schreiben Sie {domain} ohne &apos;*.&apos;; es umfasst bereits alle Namen darunter.</translation>
    </message>
    <message>
        <source>Type a host name or IP address, {example}.</source>
        <translation>Geben Sie einen Hostnamen oder eine IP-Adresse ein, {example}.</translation>
    </message>
    <message>
        <source>{name} contains a space; enter one name at a time, without spaces.</source>
        <translation>{name} enthält ein Leerzeichen; geben Sie einen Namen nach dem anderen ohne Leerzeichen ein.</translation>
    </message>
    <message>
        <source>{name} holds several names; enter one at a time.</source>
        <translation>{name} enthält mehrere Namen; geben Sie einen nach dem anderen ein.</translation>
    </message>
    <message>
        <source>{name} contains an invisible control character; type it again.</source>
        <translation>{name} enthält ein unsichtbares Steuerzeichen; geben Sie es neu ein.</translation>
    </message>
    <message>
        <source>type just {host}</source>
        <translation>geben Sie nur {host} ein</translation>
    </message>
    <message>
        <source>type just the host name</source>
        <translation>geben Sie nur den Hostnamen ein</translation>
    </message>
    <message>
        <source>{name} is a web address; {hint}.</source>
        <translation>{name} ist eine Webadresse; {hint}.</translation>
    </message>
    <message>
        <source>{name} looks like an e-mail address; {hint}.</source>
        <translation>{name} sieht wie eine E-Mail-Adresse aus; {hint}.</translation>
    </message>
    <message>
        <source>{name} has a zone (%{scope_id}); type just {bare}.</source>
        <translation>{name} hat eine Zone (%{scope_id}); geben Sie nur {bare} ein.</translation>
    </message>
    <message>
        <source>{address} means &apos;any address&apos;; type the machine&apos;s own address instead.</source>
        <translation>{address} bedeutet „jede Adresse“; geben Sie stattdessen die eigene Adresse des Geräts ein.</translation>
    </message>
    <message>
        <source>{address} is a broadcast or multicast address; type the machine&apos;s own address.</source>
        <translation>{address} ist eine Broadcast- oder Multicast-Adresse; geben Sie die eigene Adresse des Geräts ein.</translation>
    </message>
    <message>
        <source>{name} is not an IP range; write one like 192.168.0.0/16.</source>
        <translation>{name} ist kein IP-Bereich; schreiben Sie ihn etwa als 192.168.0.0/16.</translation>
    </message>
    <message>
        <source>{name} is not the start of its range; did you mean {widened}?</source>
        <translation>{name} ist nicht der Anfang seines Bereichs; meinten Sie {widened}?</translation>
    </message>
    <message>
        <source>{name} is a range of addresses; a certificate lists single addresses, so type each one, such as {first_host}.</source>
        <translation>{name} ist ein Adressbereich; ein Zertifikat enthält einzelne Adressen, geben Sie also jede einzeln ein, etwa {first_host}.</translation>
    </message>
    <message>
        <source>type just {before}</source>
        <translation>geben Sie nur {before} ein</translation>
    </message>
    <message>
        <source>{name} contains &apos;/&apos;; {hint}.</source>
        <translation>{name} enthält &apos;/&apos;; {hint}.</translation>
    </message>
    <message>
        <source>Type the address without brackets: {inner}.</source>
        <translation>Geben Sie die Adresse ohne Klammern ein: {inner}.</translation>
    </message>
    <message>
        <source>{name} includes a port; type just {host} (ports do not go into certificates).</source>
        <translation>{name} enthält einen Port; geben Sie nur {host} ein (Ports gehören nicht in Zertifikate).</translation>
    </message>
    <message>
        <source>{name} is not a valid IPv6 address or host name; check it for typos.</source>
        <translation>{name} ist keine gültige IPv6-Adresse und kein gültiger Hostname; prüfen Sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>{name} contains characters that cannot be in a host name.</source>
        <translation>{name} enthält Zeichen, die in einem Hostnamen nicht vorkommen dürfen.</translation>
    </message>
    <message>
        <source>start with a dot</source>
        <translation>mit einem Punkt beginnen</translation>
    </message>
    <message>
        <source>have two dots in a row</source>
        <translation>zwei Punkte hintereinander haben</translation>
    </message>
    <message>
        <source>{name}: a host name cannot {where}.</source>
        <translation>{name}: Ein Hostname darf nicht {where}.</translation>
    </message>
    <message>
        <source>{name}: &apos;*&apos; is not allowed here.</source>
        <translation>{name}: &apos;*&apos; ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>{name}: a wildcard needs a name after it, like *.lab.home.arpa.</source>
        <translation>{name}: Nach einem Platzhalter muss ein Name folgen, etwa *.lab.home.arpa.</translation>
    </message>
    <message>
        <source>{name}: a wildcard must be the whole left-most part, like *.lab.home.arpa.</source>
        <translation>{name}: Ein Platzhalter muss der ganze linke Teil sein, etwa *.lab.home.arpa.</translation>
    </message>
    <message>
        <source>{name} is not a valid internationalised name ({exc}).</source>
        <translation>{name} ist kein gültiger internationalisierter Name ({exc}).</translation>
    </message>
    <message>
        <source>{name}: host names cannot contain &apos;_&apos;; use &apos;-&apos; instead.</source>
        <translation>{name}: Hostnamen dürfen kein &apos;_&apos; enthalten; verwenden Sie stattdessen &apos;-&apos;.</translation>
    </message>
    <message>
        <source>{name}: {bad!r} cannot be in a host name; use letters, digits and &apos;-&apos;.</source>
        <translation>{name}: {bad!r} darf nicht in einem Hostnamen stehen; verwenden Sie Buchstaben, Ziffern und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>{name}: a part of a host name cannot start or end with &apos;-&apos;.</source>
        <translation>{name}: Ein Teil eines Hostnamens darf nicht mit &apos;-&apos; beginnen oder enden.</translation>
    </message>
    <message>
        <source>{name}: {label} is not a valid internationalised (xn--) name.</source>
        <translation>{name}: {label} ist kein gültiger internationalisierter (xn--) Name.</translation>
    </message>
    <message>
        <source>{name}: each part between dots can be at most {limit} characters, and {part} has {length}.</source>
        <translation>{name}: Jeder Teil zwischen Punkten darf höchstens {limit} Zeichen haben, {part} hat {length}.</translation>
    </message>
    <message>
        <source>{name} is too long: a host name can be at most {limit} characters.</source>
        <translation>{name} ist zu lang: Ein Hostname darf höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>{name} is not a valid IP address; an IPv4 address is four numbers from 0 to 255 without leading zeros, such as 192.168.1.20.</source>
        <translation>{name} ist keine gültige IP-Adresse; eine IPv4-Adresse besteht aus vier Zahlen von 0 bis 255 ohne führende Nullen, etwa 192.168.1.20.</translation>
    </message>
    <message>
        <source>{name}: the last part of a host name cannot be only digits.</source>
        <translation>{name}: Der letzte Teil eines Hostnamens darf nicht nur aus Ziffern bestehen.</translation>
    </message>
    <message>
        <source>{name} would cover all of {base}, which browsers refuse; use a name one level down, such as *.lab.{base}, or list each name.</source>
        <translation>{name} würde ganz {base} abdecken, was Browser ablehnen; verwenden Sie einen Namen eine Ebene tiefer, etwa *.lab.{base}, oder listen Sie jeden Namen auf.</translation>
    </message>
</context>
<context>
    <name>core.nss</name>
    <message>
        <source>Cannot create {path} ({reason}).</source>
        <translation>{path} kann nicht erstellt werden ({reason}).</translation>
    </message>
    <message>
        <source>certutil cannot read {path}</source>
        <translation>certutil kann {path} nicht lesen</translation>
    </message>
    <message>
        <source>present as {nickname!r} but not trusted for websites ({trust})</source>
        <translation>als {nickname!r} vorhanden, aber nicht für Websites vertrauenswürdig ({trust})</translation>
    </message>
    <message>
        <source>added by TrustAnchor as {nickname!r}</source>
        <translation>von TrustAnchor als {nickname!r} hinzugefügt</translation>
    </message>
    <message>
        <source>vfychain (NSS) verified a server certificate from the CA</source>
        <translation>vfychain (NSS) hat ein Serverzertifikat der CA geprüft</translation>
    </message>
    <message>
        <source>certutil -V (NSS) verified the CA for TLS servers</source>
        <translation>certutil -V (NSS) hat die CA für TLS-Server geprüft</translation>
    </message>
    <message>
        <source>{path} is read-only; it was left as it was.</source>
        <translation>{path} ist schreibgeschützt; es blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>core.operations</name>
    <message>
        <source>The .p12 password is too short: use at least {count} characters, or let TrustAnchor generate one.</source>
        <translation>Das .p12-Passwort ist zu kurz: Verwenden Sie mindestens {count} Zeichen oder lassen Sie TrustAnchor eines erzeugen.</translation>
    </message>
    <message>
        <source>a .p12 file holds the CA&apos;s private key and needs a password</source>
        <translation>eine .p12-Datei enthält den privaten Schlüssel der CA und braucht ein Passwort</translation>
    </message>
</context>
<context>
    <name>core.outputs</name>
    <message>
        <source>{path} is {kind}, not a regular file; TrustAnchor only overwrites regular files: choose another name.</source>
        <translation>{path} ist {kind}, keine normale Datei; TrustAnchor überschreibt nur normale Dateien: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{path} already exists; move it away or choose to overwrite it.</source>
        <translation>{path} existiert bereits; verschieben Sie die Datei oder wählen Sie Überschreiben.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); choose a folder you can write to.</source>
        <translation>{path} konnte nicht geschrieben werden ({reason}); wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
</context>
<context>
    <name>core.proof</name>
    <message>
        <source>the operating system (truststore)</source>
        <translation>das Betriebssystem (truststore)</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>kein Handshake</translation>
    </message>
    <message>
        <source>TLS handshake to {address} verified by {method}</source>
        <translation>TLS-Handshake zu {address}, geprüft durch {method}</translation>
    </message>
    <message>
        <source>the certificate was accepted</source>
        <translation>das Zertifikat wurde akzeptiert</translation>
    </message>
</context>
<context>
    <name>core.publisher</name>
    <message>
        <source>This computer has no network address a phone could reach; connect it to your Wi-Fi or network, or pass --bind with an address.</source>
        <translation>Dieser Computer hat keine Netzwerkadresse, die ein Telefon erreichen könnte; verbinden Sie ihn mit Ihrem WLAN oder Netzwerk oder geben Sie mit --bind eine Adresse an.</translation>
    </message>
    <message>
        <source>Bonjour is off.</source>
        <translation>Bonjour ist aus.</translation>
    </message>
    <message>
        <source>This CA may not sign {address}, so phones could not test trust against it; choose another address with --bind, or use a CA whose name constraints include it.</source>
        <translation>Diese CA darf {address} nicht signieren, daher könnten Telefone das Vertrauen damit nicht testen; wählen Sie mit --bind eine andere Adresse oder verwenden Sie eine CA, deren Namensbeschränkungen sie einschließen.</translation>
    </message>
    <message>
        <source>No name for the HTTPS test certificate; choose an address with --bind.</source>
        <translation>Kein Name für das HTTPS-Testzertifikat; wählen Sie mit --bind eine Adresse.</translation>
    </message>
    <message>
        <source>Bonjour is off (--no-mdns).</source>
        <translation>Bonjour ist aus (--no-mdns).</translation>
    </message>
    <message>
        <source>Bonjour is off for a loopback address.</source>
        <translation>Bonjour ist für eine Loopback-Adresse aus.</translation>
    </message>
</context>
<context>
    <name>core.reachability</name>
    <message>
        <source>If the phone is on the same Wi-Fi, Windows Defender Firewall is the usual cause: in Settings &gt; Network &amp; internet, make this network Private, and under Windows Security &gt; Firewall &amp; network protection &gt; Allow an app through firewall, allow TrustAnchor on Private networks.</source>
        <translation>Wenn das Telefon im selben WLAN ist, ist meist die Windows Defender Firewall die Ursache: Machen Sie dieses Netzwerk unter Settings &gt; Network &amp; internet privat (Private), und erlauben Sie TrustAnchor unter Windows Security &gt; Firewall &amp; network protection &gt; Allow an app through firewall für Private-Netzwerke.</translation>
    </message>
    <message>
        <source>If the phone is on the same Wi-Fi, check System Settings &gt; Network &gt; Firewall &gt; Options (allow TrustAnchor) and System Settings &gt; Privacy &amp; Security &gt; Local Network (TrustAnchor on).</source>
        <translation>Wenn das Telefon im selben WLAN ist, prüfen Sie System Settings &gt; Network &gt; Firewall &gt; Options (TrustAnchor erlauben) und System Settings &gt; Privacy &amp; Security &gt; Local Network (TrustAnchor an).</translation>
    </message>
    <message>
        <source>If the phone is on the same Wi-Fi, a firewall on this computer may block it: allow the page&apos;s port (for example `sudo ufw allow {port}/tcp`, or `sudo firewall-cmd --add-port={port}/tcp`).</source>
        <translation>Wenn das Telefon im selben WLAN ist, blockiert es vielleicht eine Firewall auf diesem Computer: Erlauben Sie den Port der Seite (zum Beispiel `sudo ufw allow {port}/tcp` oder `sudo firewall-cmd --add-port={port}/tcp`).</translation>
    </message>
    <message>
        <source>No phone has opened the page yet. {steps} Also check that the phone is not on a guest network or using mobile data.</source>
        <translation>Noch kein Telefon hat die Seite geöffnet. {steps} Prüfen Sie auch, dass das Telefon nicht in einem Gastnetz ist oder mobile Daten nutzt.</translation>
    </message>
</context>
<context>
    <name>core.reader</name>
    <message>
        <source>certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>{label} is not a PEM or DER certificate</source>
        <translation>{label} ist kein PEM- oder DER-Zertifikat</translation>
    </message>
</context>
<context>
    <name>core.renewal</name>
    <message>
        <source>the record for {names} does not say where its files are; issue it again with `trustanchor issue`</source>
        <translation>der Eintrag für {names} sagt nicht, wo seine Dateien liegen; stellen Sie es mit `trustanchor issue` neu aus</translation>
    </message>
</context>
<context>
    <name>core.rules</name>
    <message>
        <source>An extension cannot be read ({detail}); iOS refuses malformed certificates.</source>
        <translation>Eine Erweiterung kann nicht gelesen werden ({detail}); iOS lehnt fehlerhafte Zertifikate ab.</translation>
    </message>
    <message>
        <source>The critical extension {oid} is unknown to verifiers, so they must refuse the certificate.</source>
        <translation>Die kritische Erweiterung {oid} ist Prüfern unbekannt, daher müssen sie das Zertifikat ablehnen.</translation>
    </message>
    <message>
        <source>This certificate expired on {date} UTC, and iOS refuses expired certificates: make a new one.</source>
        <translation>Dieses Zertifikat ist am {date} UTC abgelaufen, und iOS lehnt abgelaufene Zertifikate ab: Erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>This certificate is valid only from {date} UTC; iOS refuses it until then (check the maker&apos;s clock).</source>
        <translation>Dieses Zertifikat gilt erst ab {date} UTC; bis dahin lehnt iOS es ab (prüfen Sie die Uhr des Erstellers).</translation>
    </message>
    <message>
        <source>This certificate expires on {date}: renew it soon.</source>
        <translation>Dieses Zertifikat läuft am {date} ab: Erneuern Sie es bald.</translation>
    </message>
    <message>
        <source>{who} has a {bits}-bit RSA key; iOS refuses RSA keys under 2048 bits: use RSA 2048+ or EC P-256.</source>
        <translation>{who} hat einen RSA-Schlüssel mit {bits} Bit; iOS lehnt RSA-Schlüssel unter 2048 Bit ab: Verwenden Sie RSA 2048+ oder EC P-256.</translation>
    </message>
    <message>
        <source>{who} has a {bits}-bit EC key; iOS requires P-256 or more.</source>
        <translation>{who} hat einen EC-Schlüssel mit {bits} Bit; iOS verlangt P-256 oder mehr.</translation>
    </message>
    <message>
        <source>{who} uses the curve {curve}; Apple&apos;s TLS accepts only P-256, P-384 and P-521.</source>
        <translation>{who} verwendet die Kurve {curve}; Apples TLS akzeptiert nur P-256, P-384 und P-521.</translation>
    </message>
    <message>
        <source>{who} has a P-521 key: iOS accepts it, Chrome does not. P-256 or P-384 work everywhere.</source>
        <translation>{who} hat einen P-521-Schlüssel: iOS akzeptiert ihn, Chrome nicht. P-256 oder P-384 funktionieren überall.</translation>
    </message>
    <message>
        <source>{who} has {kind} key, but Apple&apos;s TLS accepts only RSA and EC keys: use EC P-256 or RSA 2048+.</source>
        <translation>{who} hat einen Schlüssel vom Typ {kind}, aber Apples TLS akzeptiert nur RSA- und EC-Schlüssel: Verwenden Sie EC P-256 oder RSA 2048+.</translation>
    </message>
    <message>
        <source>This certificate is signed with SHA-1, which iOS refuses for TLS (except in a root&apos;s own signature): sign it with SHA-256.</source>
        <translation>Dieses Zertifikat ist mit SHA-1 signiert, was iOS für TLS ablehnt (außer in der Eigensignatur einer Root): Signieren Sie es mit SHA-256.</translation>
    </message>
    <message>
        <source>This certificate is signed with MD5, which iOS refuses for TLS (except in a root&apos;s own signature): sign it with SHA-256.</source>
        <translation>Dieses Zertifikat ist mit MD5 signiert, was iOS für TLS ablehnt (außer in der Eigensignatur einer Root): Signieren Sie es mit SHA-256.</translation>
    </message>
    <message>
        <source>This certificate is signed with {alg}; Apple&apos;s TLS takes RSA or ECDSA signatures with SHA-2: sign it with SHA-256.</source>
        <translation>Dieses Zertifikat ist mit {alg} signiert; Apples TLS akzeptiert RSA- oder ECDSA-Signaturen mit SHA-2: Signieren Sie es mit SHA-256.</translation>
    </message>
    <message>
        <source>This root CA also names servers ({names}); Firefox refuses a CA as a server certificate: issue a separate one.</source>
        <translation>Diese Root-CA nennt auch Server ({names}); Firefox lehnt eine CA als Serverzertifikat ab: Stellen Sie ein eigenes aus.</translation>
    </message>
    <message>
        <source>This certificate is not a CA (basicConstraints CA:TRUE), so iOS does not list it in Certificate Trust Settings: make a real root.</source>
        <translation>Dieses Zertifikat ist keine CA (basicConstraints CA:TRUE), daher listet iOS es nicht unter „Certificate Trust Settings“: Erstellen Sie eine echte Root.</translation>
    </message>
    <message>
        <source>CA:TRUE is not marked critical; iOS lists only critical CA:TRUE roots in Certificate Trust Settings.</source>
        <translation>CA:TRUE ist nicht als kritisch markiert; iOS listet unter „Certificate Trust Settings“ nur Roots mit kritischem CA:TRUE.</translation>
    </message>
    <message>
        <source>This CA has no path length limit, so chains of any depth pass; a stolen key signs leaves for any name anyway: name constraints are what bound it.</source>
        <translation>Diese CA hat keine Pfadlängenbegrenzung, daher gelten Ketten jeder Tiefe; ein gestohlener Schlüssel signiert ohnehin Zertifikate für jeden Namen: Nur Namensbeschränkungen begrenzen ihn.</translation>
    </message>
    <message>
        <source>This CA has no keyUsage: iOS accepts it, strict checkers refuse the chain.</source>
        <translation>Diese CA hat keine keyUsage: iOS akzeptiert sie, strenge Prüfer lehnen die Kette ab.</translation>
    </message>
    <message>
        <source>This CA&apos;s keyUsage lacks keyCertSign, so iOS refuses everything it signs.</source>
        <translation>Der keyUsage dieser CA fehlt keyCertSign, daher lehnt iOS alles ab, was sie signiert.</translation>
    </message>
    <message>
        <source>This CA has no subjectKeyIdentifier: iOS accepts it, strict checkers do not.</source>
        <translation>Diese CA hat keinen subjectKeyIdentifier: iOS akzeptiert sie, strenge Prüfer nicht.</translation>
    </message>
    <message>
        <source>This root has no Common Name, and iOS does not list such a root in Certificate Trust Settings: give it a name such as &quot;Home CA&quot;.</source>
        <translation>Diese Root hat keinen Common Name, und iOS listet eine solche Root nicht unter „Certificate Trust Settings“: Geben Sie ihr einen Namen wie &quot;Home CA&quot;.</translation>
    </message>
    <message>
        <source>This root&apos;s signature does not verify with its own key (damaged?), so iOS cannot use it as a root.</source>
        <translation>Die Signatur dieser Root lässt sich mit ihrem eigenen Schlüssel nicht prüfen (beschädigt?), daher kann iOS sie nicht als Root verwenden.</translation>
    </message>
    <message>
        <source>This server certificate is also a CA (CA:TRUE); Firefox refuses it and a CA key must not sit on a server: use CA:FALSE.</source>
        <translation>Dieses Serverzertifikat ist auch eine CA (CA:TRUE); Firefox lehnt es ab, und ein CA-Schlüssel gehört nicht auf einen Server: Verwenden Sie CA:FALSE.</translation>
    </message>
    <message>
        <source>This server certificate signs itself without being a CA, so iOS cannot trust it: issue it from a root CA on the iPhone.</source>
        <translation>Dieses Serverzertifikat signiert sich selbst, ohne CA zu sein, daher kann iOS ihm nicht vertrauen: Stellen Sie es von einer Root-CA auf dem iPhone aus.</translation>
    </message>
    <message>
        <source>iOS ignores the Common Name for host names: put {cn} in the subjectAltName (here it is only in the Common Name).</source>
        <translation>iOS ignoriert den Common Name für Hostnamen: Tragen Sie {cn} in den subjectAltName ein (hier steht er nur im Common Name).</translation>
    </message>
    <message>
        <source>There is no subjectAltName with a DNS name or IP address, the only place iOS looks for host names: add the names.</source>
        <translation>Es gibt keinen subjectAltName mit DNS-Namen oder IP-Adresse, und nur dort sucht iOS nach Hostnamen: Fügen Sie die Namen hinzu.</translation>
    </message>
    <message>
        <source>The Common Name {cn} is not in the subjectAltName, so iOS refuses connections to {cn}: add it there.</source>
        <translation>Der Common Name {cn} steht nicht im subjectAltName, daher lehnt iOS Verbindungen zu {cn} ab: Fügen Sie ihn dort hinzu.</translation>
    </message>
    <message>
        <source>{name} is written as a DNS name; iPhones and browsers match addresses only as IP:{name} entries.</source>
        <translation>{name} ist als DNS-Name eingetragen; iPhones und Browser erkennen Adressen nur als Einträge IP:{name}.</translation>
    </message>
    <message>
        <source>Browsers accept a wildcard only as the whole left-most label (like *.lab.home.arpa), not {name}.</source>
        <translation>Browser akzeptieren einen Platzhalter nur als ganzes linkes Label (wie *.lab.home.arpa), nicht {name}.</translation>
    </message>
    <message>
        <source>Browsers refuse {name}, a wildcard right under {parent}: use nas.{parent} or *.lab.{parent}.</source>
        <translation>Browser lehnen {name} ab, einen Platzhalter direkt unter {parent}: Verwenden Sie nas.{parent} oder *.lab.{parent}.</translation>
    </message>
    <message>
        <source>The subject is empty, so the subjectAltName must be critical for strict checkers.</source>
        <translation>Der Subject ist leer, daher muss der subjectAltName für strenge Prüfer kritisch sein.</translation>
    </message>
    <message>
        <source>There is no extendedKeyUsage; iOS 13 and later require one with serverAuth: reissue it with serverAuth.</source>
        <translation>Es gibt keine extendedKeyUsage; ab iOS 13 ist eine mit serverAuth Pflicht: Stellen Sie es mit serverAuth neu aus.</translation>
    </message>
    <message>
        <source>The extendedKeyUsage allows {uses} but not serverAuth, so iOS refuses it for HTTPS: reissue it with serverAuth.</source>
        <translation>Die extendedKeyUsage erlaubt {uses}, aber nicht serverAuth, daher lehnt iOS es für HTTPS ab: Stellen Sie es mit serverAuth neu aus.</translation>
    </message>
    <message>
        <source>The keyUsage lacks digitalSignature, which TLS 1.3 and ECDHE need; clients that check it refuse the certificate.</source>
        <translation>Der keyUsage fehlt digitalSignature, das TLS 1.3 und ECDHE brauchen; Clients, die das prüfen, lehnen das Zertifikat ab.</translation>
    </message>
    <message>
        <source>Valid for {days} days, but iOS refuses server certificates made after 1 July 2019 that last over 825 days, even under your own root (397 is safest).</source>
        <translation>{days} Tage gültig, aber iOS lehnt nach dem 1. Juli 2019 erstellte Serverzertifikate mit mehr als 825 Tagen ab, auch unter Ihrer eigenen Root (397 ist am sichersten).</translation>
    </message>
    <message>
        <source>Valid for {days} days: fine under your own root, though public ones stop at 398 (397 is safest).</source>
        <translation>{days} Tage gültig: in Ordnung unter Ihrer eigenen Root, öffentliche enden aber bei 398 (397 ist am sichersten).</translation>
    </message>
    <message>
        <source>There is no authorityKeyIdentifier: iOS accepts that, strict checkers do not.</source>
        <translation>Es gibt keinen authorityKeyIdentifier: iOS akzeptiert das, strenge Prüfer nicht.</translation>
    </message>
    <message>
        <source>This certificate was issued by {issuer}, not by the CA given ({subject}).</source>
        <translation>Dieses Zertifikat wurde von {issuer} ausgestellt, nicht von der angegebenen CA ({subject}).</translation>
    </message>
    <message>
        <source>This certificate names another CA key than the CA given: it comes from a different CA of that name.</source>
        <translation>Dieses Zertifikat nennt einen anderen CA-Schlüssel als die angegebene CA: Es stammt von einer anderen CA mit diesem Namen.</translation>
    </message>
    <message>
        <source>The given CA&apos;s key did not sign this certificate (was the CA made again?): use the CA that did, or reissue it.</source>
        <translation>Der Schlüssel der angegebenen CA hat dieses Zertifikat nicht signiert (CA neu erstellt?): Nehmen Sie die signierende CA oder stellen Sie es neu aus.</translation>
    </message>
    <message>
        <source>This certificate outlives its CA, which expires on {date}; from then on iOS refuses it.</source>
        <translation>Dieses Zertifikat gilt länger als seine CA, die am {date} abläuft; ab dann lehnt iOS es ab.</translation>
    </message>
    <message>
        <source>The CA may only vouch for {allowed}, but this certificate names {names}: iOS refuses it.</source>
        <translation>Die CA darf nur für {allowed} bürgen, aber dieses Zertifikat nennt {names}: iOS lehnt es ab.</translation>
    </message>
    <message>
        <source>The given CA is not marked CA:TRUE, so nothing it signs is trusted.</source>
        <translation>Die angegebene CA ist nicht als CA:TRUE markiert, daher ist nichts vertrauenswürdig, was sie signiert.</translation>
    </message>
    <message>
        <source>The issuing CA expired on {date}, so iOS refuses everything it issued: make a new CA.</source>
        <translation>Die ausstellende CA ist am {date} abgelaufen, daher lehnt iOS alles ab, was sie ausgestellt hat: Erstellen Sie eine neue CA.</translation>
    </message>
    <message>
        <source>This certificate</source>
        <translation>Dieses Zertifikat</translation>
    </message>
    <message>
        <source>an unknown kind of</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>an Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>an Ed448</source>
        <translation>Ed448</translation>
    </message>
    <message>
        <source>a DSA</source>
        <translation>DSA</translation>
    </message>
    <message>
        <source>a {kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The issuing CA</source>
        <translation>Die ausstellende CA</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>andere Namen</translation>
    </message>
</context>
<context>
    <name>core.runner</name>
    <message>
        <source>{tool} did not finish within {seconds:.0f} seconds; nothing more was changed.</source>
        <translation>{tool} wurde nicht innerhalb von {seconds:.0f} Sekunden fertig; nichts weiter wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot run {program}: {reason}.</source>
        <translation>{program} kann nicht ausgeführt werden: {reason}.</translation>
    </message>
    <message>
        <source>{tool} is not installed: install {package}.</source>
        <translation>{tool} ist nicht installiert: Installieren Sie {package}.</translation>
    </message>
    <message>
        <source>{tool} is not installed.</source>
        <translation>{tool} ist nicht installiert.</translation>
    </message>
    <message>
        <source>The administrator password was not given, so the system store was left as it was.</source>
        <translation>Das Administratorpasswort wurde nicht eingegeben, daher blieb der Systemspeicher unverändert.</translation>
    </message>
</context>
<context>
    <name>core.servercheck</name>
    <message>
        <source>{url!r} is not a valid https:// URL.</source>
        <translation>{url!r} ist keine gültige https://-URL.</translation>
    </message>
    <message>
        <source>{url!r} is not an https:// URL with a host name, such as https://nas.local:8443.</source>
        <translation>{url!r} ist keine https://-URL mit Hostnamen, etwa https://nas.local:8443.</translation>
    </message>
    <message>
        <source>{host} could not be found: check the name, or use the server&apos;s IP address.</source>
        <translation>{host} wurde nicht gefunden: Prüfen Sie den Namen oder verwenden Sie die IP-Adresse des Servers.</translation>
    </message>
    <message>
        <source>{where} did not answer within {timeout:g} seconds (a firewall, or the server is off).</source>
        <translation>{where} hat nicht innerhalb von {timeout:g} Sekunden geantwortet (eine Firewall, oder der Server ist aus).</translation>
    </message>
    <message>
        <source>Nothing is listening at {where} (connection refused).</source>
        <translation>An {where} lauscht nichts (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>{where} cannot be reached: {reason}.</source>
        <translation>{where} ist nicht erreichbar: {reason}.</translation>
    </message>
    <message>
        <source>{where} offers only TLS older than 1.2, which an iPhone refuses; turn on TLS 1.2 or 1.3 on the server.</source>
        <translation>{where} bietet nur TLS älter als 1.2, das ein iPhone ablehnt; schalten Sie TLS 1.2 oder 1.3 auf dem Server ein.</translation>
    </message>
    <message>
        <source>{where} answered, but no TLS handshake completed ({reason}); is it an HTTPS port?</source>
        <translation>{where} hat geantwortet, aber kein TLS-Handshake kam zustande ({reason}); ist das ein HTTPS-Port?</translation>
    </message>
    <message>
        <source>The chain leads to your CA &quot;{ca}&quot;.</source>
        <translation>Die Kette führt zu Ihrer CA &quot;{ca}&quot;.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>The certificate names your CA as its issuer but your CA&apos;s key did not sign it: it comes from another CA with the same name.</source>
        <translation>Das Zertifikat nennt Ihre CA als Aussteller, aber der Schlüssel Ihrer CA hat es nicht signiert: Es stammt von einer anderen CA mit demselben Namen.</translation>
    </message>
    <message>
        <source>The server does not send the certificate of its issuer {issuer}: add that intermediate to the server&apos;s certificate file (fullchain).</source>
        <translation>Der Server sendet das Zertifikat seines Ausstellers {issuer} nicht mit: Fügen Sie diese Zwischen-CA der Zertifikatsdatei des Servers hinzu (fullchain).</translation>
    </message>
    <message>
        <source>The chain does not lead to a CA you gave: it is self-signed.</source>
        <translation>Die Kette führt nicht zu einer angegebenen CA: Sie ist selbstsigniert.</translation>
    </message>
    <message>
        <source>The chain does not lead to your CA &quot;{ca}&quot;: it is self-signed.</source>
        <translation>Die Kette führt nicht zu Ihrer CA &quot;{ca}&quot;: Sie ist selbstsigniert.</translation>
    </message>
    <message>
        <source>The chain does not lead to a CA you gave: it is issued by {issuer}.</source>
        <translation>Die Kette führt nicht zu einer angegebenen CA: Sie wurde von {issuer} ausgestellt.</translation>
    </message>
    <message>
        <source>The chain does not lead to your CA &quot;{ca}&quot;: it is issued by {issuer}.</source>
        <translation>Die Kette führt nicht zu Ihrer CA &quot;{ca}&quot;: Sie wurde von {issuer} ausgestellt.</translation>
    </message>
    <message>
        <source>{host} is not a name a certificate can hold.</source>
        <translation>{host} ist kein Name, den ein Zertifikat enthalten kann.</translation>
    </message>
    <message>
        <source>no names at all</source>
        <translation>gar keine Namen</translation>
    </message>
    <message>
        <source>{name} is one of the certificate&apos;s names.</source>
        <translation>{name} ist einer der Namen des Zertifikats.</translation>
    </message>
    <message>
        <source>The certificate is not for {name}: it names {listed}.</source>
        <translation>Das Zertifikat gilt nicht für {name}: Es nennt {listed}.</translation>
    </message>
    <message>
        <source>The certificate passes Apple&apos;s rules for server certificates.</source>
        <translation>Das Zertifikat erfüllt Apples Regeln für Serverzertifikate.</translation>
    </message>
    <message>
        <source>The certificate expired on {day}; issue a new one.</source>
        <translation>Das Zertifikat ist am {day} abgelaufen; stellen Sie ein neues aus.</translation>
    </message>
    <message>
        <source>The certificate is not valid before {day}; check the clocks.</source>
        <translation>Das Zertifikat gilt erst ab {day}; prüfen Sie die Uhren.</translation>
    </message>
    <message>
        <source>The certificate expires on {day} (in {days} days).</source>
        <translation>Das Zertifikat läuft am {day} ab (in {days} Tagen).</translation>
    </message>
    <message>
        <source>The server speaks {version}.</source>
        <translation>Der Server spricht {version}.</translation>
    </message>
    <message>
        <source>The server chose {version}; an iPhone needs TLS 1.2 or newer.</source>
        <translation>Der Server hat {version} gewählt; ein iPhone braucht TLS 1.2 oder neuer.</translation>
    </message>
    <message>
        <source>an old TLS</source>
        <translation>eine alte TLS-Version</translation>
    </message>
    <message>
        <source>This phone completed a trusted HTTPS connection to the server.</source>
        <translation>Dieses Telefon hat eine vertrauenswürdige HTTPS-Verbindung zum Server aufgebaut.</translation>
    </message>
    <message>
        <source>The computer has not finished checking this server; try again.</source>
        <translation>Der Computer hat die Prüfung dieses Servers noch nicht abgeschlossen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Neither this phone nor the computer reached it: {error}</source>
        <translation>Weder dieses Telefon noch der Computer hat ihn erreicht: {error}</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is good, but this phone does not trust your CA yet.</source>
        <translation>Das Zertifikat des Servers ist in Ordnung, aber dieses Telefon vertraut Ihrer CA noch nicht.</translation>
    </message>
    <message>
        <source>The computer reached the server and its certificate is good, but this phone did not reach it: is the phone on the same network?</source>
        <translation>Der Computer hat den Server erreicht und sein Zertifikat ist in Ordnung, aber dieses Telefon hat ihn nicht erreicht: Ist das Telefon im selben Netzwerk?</translation>
    </message>
</context>
<context>
    <name>core.serverconfig</name>
    <message>
        <source>Put this in a file under /etc/nginx/conf.d/ (or your site&apos;s file), then run: nginx -t &amp;&amp; nginx -s reload</source>
        <translation>Legen Sie dies in eine Datei unter /etc/nginx/conf.d/ (oder in die Datei Ihrer Site) und führen Sie dann aus: nginx -t &amp;&amp; nginx -s reload</translation>
    </message>
    <message>
        <source>Add this to your Caddyfile, then run: caddy reload</source>
        <translation>Fügen Sie dies Ihrer Caddyfile hinzu und führen Sie dann aus: caddy reload</translation>
    </message>
    <message>
        <source>Enable TLS once with: a2enmod ssl. Put this in /etc/apache2/sites-available/, a2ensite it, then run: apachectl configtest &amp;&amp; apachectl graceful (leave out the Listen line if ports.conf already has it)</source>
        <translation>Aktivieren Sie TLS einmalig mit: a2enmod ssl. Legen Sie dies in /etc/apache2/sites-available/ ab, aktivieren Sie es mit a2ensite und führen Sie dann aus: apachectl configtest &amp;&amp; apachectl graceful (lassen Sie die Listen-Zeile weg, wenn ports.conf sie schon enthält)</translation>
    </message>
    <message>
        <source>Save as server.js and run: node server.js (with Express, pass your app in place of the handler)</source>
        <translation>Als server.js speichern und ausführen: node server.js (mit Express übergeben Sie Ihre App anstelle des Handlers)</translation>
    </message>
    <message>
        <source>Save as serve.py and run: python3 serve.py (it serves the current folder; for uvicorn use --ssl-certfile and --ssl-keyfile with the same two files)</source>
        <translation>Als serve.py speichern und ausführen: python3 serve.py (es liefert den aktuellen Ordner aus; für uvicorn --ssl-certfile und --ssl-keyfile mit denselben zwei Dateien verwenden)</translation>
    </message>
    <message>
        <source>Copy {fullchain} and {key} into Home Assistant&apos;s ssl folder (Samba or File editor add-on), add this to configuration.yaml, then restart Home Assistant; it then answers on https:// at port 8123</source>
        <translation>Kopieren Sie {fullchain} und {key} in den ssl-Ordner von Home Assistant (Add-on Samba oder File editor), fügen Sie dies in configuration.yaml ein und starten Sie Home Assistant neu; es antwortet dann über https:// auf Port 8123</translation>
    </message>
</context>
<context>
    <name>core.service</name>
    <message>
        <source>No {store} trust store was found on this computer; nothing was changed.</source>
        <translation>Auf diesem Computer wurde kein Vertrauensspeicher {store} gefunden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The CA {fingerprint} is already in {names}; nothing was changed.</source>
        <translation>Die CA {fingerprint} ist bereits in {names}; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>None of {names} holds a CA TrustAnchor added; nothing was removed.</source>
        <translation>Keiner von {names} enthält eine von TrustAnchor hinzugefügte CA; nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>OpenSSL with {bundle}</source>
        <translation>OpenSSL mit {bundle}</translation>
    </message>
    <message>
        <source>cannot read the bundle ({reason})</source>
        <translation>das Bundle kann nicht gelesen werden ({reason})</translation>
    </message>
</context>
<context>
    <name>core.status</name>
    <message>
        <source>the directory URL {url!r} in acme.json is not an https:// URL</source>
        <translation>die Verzeichnis-URL {url!r} in acme.json ist keine https://-URL</translation>
    </message>
    <message>
        <source>cannot read the root certificate {path}: {reason}</source>
        <translation>das Root-Zertifikat {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{url} does not answer ({reason})</source>
        <translation>{url} antwortet nicht ({reason})</translation>
    </message>
    <message>
        <source>{url} does not answer like an ACME server ({reason})</source>
        <translation>{url} antwortet nicht wie ein ACME-Server ({reason})</translation>
    </message>
    <message>
        <source>{url} answered, but not with an ACME directory</source>
        <translation>{url} hat geantwortet, aber nicht mit einem ACME-Verzeichnis</translation>
    </message>
    <message>
        <source>Caddy data file</source>
        <translation>Caddy-Datendatei</translation>
    </message>
    <message>
        <source>{path} is missing; run `trustanchor acme setup` again</source>
        <translation>{path} fehlt; führen Sie `trustanchor acme setup` erneut aus</translation>
    </message>
    <message>
        <source>cannot read the certificate {path}: {exc}</source>
        <translation>das Zertifikat {path} kann nicht gelesen werden: {exc}</translation>
    </message>
</context>
<context>
    <name>core.vetting</name>
    <message>
        <source>{name} has a serial number below 1, which RFC 5280 (4.1.2.2) forbids and newer software rejects: create a new CA instead.</source>
        <translation>{name} hat eine Seriennummer unter 1, was RFC 5280 (4.1.2.2) verbietet und neuere Software ablehnt: Erstellen Sie stattdessen eine neue CA.</translation>
    </message>
    <message>
        <source>{name} is an intermediate CA, not a root: choose the root CA (the self-signed one).</source>
        <translation>{name} ist eine Zwischen-CA, keine Root-CA: Wählen Sie die Root-CA (die selbstsignierte).</translation>
    </message>
    <message>
        <source>The CA in {name} expired on {day:%Y-%m-%d}: create a new CA instead.</source>
        <translation>Die CA in {name} ist am {day:%Y-%m-%d} abgelaufen: Erstellen Sie stattdessen eine neue CA.</translation>
    </message>
    <message>
        <source>The CA in {name} only becomes valid on {day:%Y-%m-%d %H:%M} UTC, and nothing it signs would be trusted before then: check this computer&apos;s date, or import it from that day on.</source>
        <translation>Die CA in {name} wird erst am {day:%Y-%m-%d %H:%M} UTC gültig, und nichts, was sie signiert, wäre vorher vertrauenswürdig: Prüfen Sie das Datum dieses Computers oder importieren Sie sie ab diesem Tag.</translation>
    </message>
    <message>
        <source>The CA&apos;s {what} contains a control character ({code}); TrustAnchor will not import it: such characters can rewrite what a terminal or a phone shows.</source>
        <translation>Das Feld „{what}“ der CA enthält ein Steuerzeichen ({code}); TrustAnchor importiert sie nicht: Solche Zeichen können verändern, was ein Terminal oder Telefon anzeigt.</translation>
    </message>
    <message>
        <source>The self-signature of {name} uses an algorithm TrustAnchor cannot check: export the CA certificate again, or create a new CA.</source>
        <translation>Die Selbstsignatur von {name} verwendet einen Algorithmus, den TrustAnchor nicht prüfen kann: Exportieren Sie das CA-Zertifikat erneut oder erstellen Sie eine neue CA.</translation>
    </message>
    <message>
        <source>The self-signature of {name} does not verify (the file is damaged or altered): export the CA certificate again.</source>
        <translation>Die Selbstsignatur von {name} ist ungültig (die Datei ist beschädigt oder verändert): Exportieren Sie das CA-Zertifikat erneut.</translation>
    </message>
</context>
<context>
    <name>core.windows</name>
    <message>
        <source>in {location}</source>
        <translation>in {location}</translation>
    </message>
    <message>
        <source>Adding to this computer&apos;s trusted roots needs an elevated prompt: run the command from a terminal opened with &quot;Run as administrator&quot;.</source>
        <translation>Das Hinzufügen zu den vertrauenswürdigen Stammzertifikaten dieses Computers braucht Administratorrechte: Führen Sie den Befehl in einem Terminal aus, das mit &quot;Als Administrator ausführen&quot; geöffnet wurde.</translation>
    </message>
    <message>
        <source>You declined Windows&apos; confirmation, so nothing was changed.</source>
        <translation>Sie haben die Bestätigung von Windows abgelehnt, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Windows denied the change (it needs an elevated prompt); nothing was changed.</source>
        <translation>Windows hat die Änderung verweigert (sie braucht Administratorrechte); nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>core.wizard</name>
    <message>
        <source>Type a passphrase twice, or untick “Protect the CA key with a passphrase”.</source>
        <translation>Geben Sie zweimal eine Passphrase ein oder entfernen Sie das Häkchen bei „Protect the CA key with a passphrase“.</translation>
    </message>
    <message>
        <source>Type a passphrase, or untick “Protect the CA key with a passphrase”.</source>
        <translation>Geben Sie eine Passphrase ein oder entfernen Sie das Häkchen bei „Protect the CA key with a passphrase“.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least {count} characters.</source>
        <translation>Verwenden Sie eine Passphrase mit mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>There is no CA yet; choose “Create a new CA” or import one.</source>
        <translation>Es gibt noch keine CA; wählen Sie „Create a new CA“ oder importieren Sie eine.</translation>
    </message>
    <message>
        <source>Type your CA&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase Ihrer CA ein.</translation>
    </message>
    <message>
        <source>You already have a CA: use it, or tick “Replace my current CA” (it is kept in the archive folder).</source>
        <translation>Sie haben bereits eine CA: Verwenden Sie sie oder setzen Sie das Häkchen bei „Replace my current CA“ (sie bleibt im Archivordner erhalten).</translation>
    </message>
    <message>
        <source>Choose the CA file or mkcert folder to import.</source>
        <translation>Wählen Sie die CA-Datei oder den mkcert-Ordner zum Importieren.</translation>
    </message>
    <message>
        <source>Choose a file TrustAnchor can read as a CA (see the message above).</source>
        <translation>Wählen Sie eine Datei, die TrustAnchor als CA lesen kann (siehe Meldung oben).</translation>
    </message>
    <message>
        <source>Give your CA a name; your phone shows it in Settings.</source>
        <translation>Geben Sie Ihrer CA einen Namen; Ihr Telefon zeigt ihn in den Einstellungen.</translation>
    </message>
    <message>
        <source>Shorten the CA name to {limit} characters or fewer.</source>
        <translation>Kürzen Sie den CA-Namen auf höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Choose one of the offered key types.</source>
        <translation>Wählen Sie einen der angebotenen Schlüsseltypen.</translation>
    </message>
    <message>
        <source>List at least one name or address range, or untick the limit.</source>
        <translation>Geben Sie mindestens einen Namen oder Adressbereich an oder entfernen Sie das Häkchen bei der Beschränkung.</translation>
    </message>
    <message>
        <source>Choose a lifetime between 1 and {limit} days; iPhones reject longer ones.</source>
        <translation>Wählen Sie eine Gültigkeit zwischen 1 und {limit} Tagen; iPhones lehnen längere ab.</translation>
    </message>
    <message>
        <source>Choose the folder to save the certificate in.</source>
        <translation>Wählen Sie den Ordner, in dem das Zertifikat gespeichert wird.</translation>
    </message>
</context>
<context>
    <name>done</name>
    <message>
        <source>Your phone can now trust your own HTTPS services.</source>
        <translation>Ihr Telefon kann jetzt Ihren eigenen HTTPS-Diensten vertrauen.</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>Ihre CA</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation>Ihr Zertifikat</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>&amp;Stop publishing</source>
        <translation>Veröffentlichung &amp;beenden</translation>
    </message>
    <message>
        <source>Stop publishing the CA on the network</source>
        <translation>Veröffentlichung der CA im Netzwerk beenden</translation>
    </message>
    <message>
        <source>&amp;Publish again</source>
        <translation>Erneut &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the CA on the network again, for more devices</source>
        <translation>CA erneut im Netzwerk veröffentlichen, für weitere Geräte</translation>
    </message>
    <message>
        <source>&amp;Issue another certificate</source>
        <translation>Weiteres Zertifikat &amp;ausstellen</translation>
    </message>
    <message>
        <source>Issue another certificate from this CA</source>
        <translation>Weiteres Zertifikat von dieser CA ausstellen</translation>
    </message>
    <message>
        <source>Keep the CA folder safe and backed up: it holds the key that your devices trust. To add another phone later, run TrustAnchor again and choose “{choice}”.</source>
        <translation>Bewahren Sie den CA-Ordner sicher auf und sichern Sie ihn: Er enthält den Schlüssel, dem Ihre Geräte vertrauen. Für ein weiteres Telefon starten Sie TrustAnchor erneut und wählen „{choice}“.</translation>
    </message>
    <message>
        <source>Your CA “{name}” (fingerprint {fingerprint}) is kept in {folder}, valid until {date}.</source>
        <translation>Ihre CA „{name}“ (Fingerabdruck {fingerprint}) liegt in {folder}, gültig bis {date}.</translation>
    </message>
    <message>
        <source>The certificate for {names} is in {folder}. It is valid until {date}: make a new one before {renew_date}.</source>
        <translation>Das Zertifikat für {names} liegt in {folder}. Es gilt bis {date}: Erstellen Sie vor dem {renew_date} ein neues.</translation>
    </message>
    <message>
        <source>Trusted on: {devices}</source>
        <translation>Vertraut auf: {devices}</translation>
    </message>
    <message>
        <source>No device has passed the test yet.</source>
        <translation>Noch kein Gerät hat den Test bestanden.</translation>
    </message>
    <message>
        <source>Still publishing at {url} for more devices; it stops when you close TrustAnchor.</source>
        <translation>Wird weiter unter {url} für weitere Geräte veröffentlicht; endet, wenn Sie TrustAnchor schließen.</translation>
    </message>
    <message>
        <source>Publishing has stopped.</source>
        <translation>Die Veröffentlichung wurde beendet.</translation>
    </message>
    <message>
        <source>Your CA is ready, but no device has passed the test yet: go Back to “{step}” to run it, or add a device later.</source>
        <translation>Ihre CA ist bereit, aber noch kein Gerät hat den Test bestanden: Gehen Sie mit „Zurück“ zu „{step}“, um ihn auszuführen, oder fügen Sie später ein Gerät hinzu.</translation>
    </message>
</context>
<context>
    <name>extra_buttons</name>
    <message>
        <source>Also trust it on this computer…</source>
        <translation>Auch auf diesem Computer vertrauen…</translation>
    </message>
    <message>
        <source>Renew automatically…</source>
        <translation>Automatisch erneuern…</translation>
    </message>
    <message>
        <source>Shows this computer&apos;s trust stores; nothing changes until you click Install</source>
        <translation>Zeigt die Zertifikatspeicher dieses Computers; nichts ändert sich, bevor Sie auf Installieren klicken</translation>
    </message>
    <message>
        <source>Sets up Caddy&apos;s ACME server so your servers renew their certificates by themselves</source>
        <translation>Richtet den ACME-Server von Caddy ein, damit Ihre Server ihre Zertifikate selbst erneuern</translation>
    </message>
</context>
<context>
    <name>full_trust</name>
    <message>
        <source>Since iOS 10.3 an installed CA is not used for HTTPS until you switch it on in Certificate Trust Settings.</source>
        <translation>Seit iOS 10.3 wird eine installierte CA erst für HTTPS genutzt, wenn Sie sie in Certificate Trust Settings einschalten.</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; About &gt; Certificate Trust Settings. If the switch is missing on iOS 18.0, update the phone first (Settings &gt; General &gt; Software Update).</source>
        <translation>Einstellungen &gt; Allgemein &gt; About &gt; Certificate Trust Settings. Fehlt der Schalter unter iOS 18.0, aktualisieren Sie zuerst das Telefon (Einstellungen &gt; Allgemein &gt; Software Update).</translation>
    </message>
</context>
<context>
    <name>install_profile</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Showing the steps for {device}, which opened the page. Choose another device below if needed.</source>
        <translation>Schritte für {device}, das die Seite geöffnet hat. Wählen Sie unten bei Bedarf ein anderes Gerät.</translation>
    </message>
    <message>
        <source>No device has opened the page yet: showing the iPhone steps. Choose your device below if it is another one.</source>
        <translation>Noch hat kein Gerät die Seite geöffnet: Es werden die iPhone-Schritte gezeigt. Wählen Sie unten Ihr Gerät, falls es ein anderes ist.</translation>
    </message>
    <message>
        <source>On your phone: download the profile from the page, then install it in Settings.</source>
        <translation>Auf dem Telefon: Profil von der Seite laden, dann in Einstellungen installieren.</translation>
    </message>
    <message>
        <source>A downloaded profile waits about 8 minutes for you to install it; if it is gone, download it again from the page.</source>
        <translation>Ein geladenes Profil wartet etwa 8 Minuten auf die Installation; ist es weg, laden Sie es erneut von der Seite.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Automatic (system language)</source>
        <translation>&amp;Automatisch (Systemsprache)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open &amp;log file</source>
        <translation>&amp;Protokolldatei öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;CA folder</source>
        <translation>&amp;CA-Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About TrustAnchor</source>
        <translation>Ü&amp;ber TrustAnchor</translation>
    </message>
    <message>
        <source>Next step (or the page&apos;s action: Create CA, Make certificate…)</source>
        <translation>Nächster Schritt (oder die Aktion der Seite: CA erstellen, Zertifikat erstellen …)</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Press the highlighted button (Next when it is enabled)</source>
        <translation>Hervorgehobene Schaltfläche drücken (Weiter, wenn aktiv)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Zwischen Feldern wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Jump to a field</source>
        <translation>Zu einem Feld springen</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Makes your own HTTPS services trusted on your iPhone and your other devices.</source>
        <translation>Macht Ihre eigenen HTTPS-Dienste auf Ihrem iPhone und Ihren anderen Geräten vertrauenswürdig.</translation>
    </message>
    <message>
        <source>About TrustAnchor</source>
        <translation>Über TrustAnchor</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The computer refused: {reason} ({file}). Check the folder and try again.</source>
        <translation>Der Computer hat abgelehnt: {reason} ({file}). Prüfen Sie den Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The computer refused: {reason}. Check the folder and try again.</source>
        <translation>Der Computer hat abgelehnt: {reason}. Prüfen Sie den Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was lost. The details are in the log (Help &gt; Open log file).</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; nichts ging verloren. Details stehen im Protokoll (Hilfe &gt; Protokolldatei öffnen).</translation>
    </message>
</context>
<context>
    <name>phonesteps</name>
    <message>
        <source>Open the page in Safari and tap “Download profile”, then Allow.</source>
        <translation>Öffnen Sie die Seite in Safari und tippen Sie auf „Profil laden“, dann auf Allow.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; VPN &amp; Device Management, tap “{profile}” and Install; type your passcode when asked.</source>
        <translation>Öffnen Sie Einstellungen &gt; Allgemein &gt; VPN &amp; Geräteverwaltung, tippen Sie auf „{profile}“ und auf Install und geben Sie bei Nachfrage Ihren Code ein.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; About &gt; Certificate Trust Settings.</source>
        <translation>Öffnen Sie Einstellungen &gt; Allgemein &gt; About &gt; Certificate Trust Settings.</translation>
    </message>
    <message>
        <source>Switch on “{ca}” and confirm with Continue.</source>
        <translation>Schalten Sie „{ca}“ ein und bestätigen Sie mit Continue.</translation>
    </message>
    <message>
        <source>Open the page in Chrome and download the certificate.</source>
        <translation>Öffnen Sie die Seite in Chrome und laden Sie das Zertifikat.</translation>
    </message>
    <message>
        <source>Search Settings for “CA certificate” (Android 14 and later: Settings &gt; Security &amp; privacy &gt; More security &amp; privacy &gt; Encryption &amp; credentials &gt; Install a certificate &gt; CA certificate).</source>
        <translation>Suchen Sie in den Einstellungen nach „CA certificate“ (ab Android 14: Einstellungen &gt; Security &amp; privacy &gt; More security &amp; privacy &gt; Verschlüsselung &amp; Anmeldedaten &gt; Install a certificate &gt; CA certificate).</translation>
    </message>
    <message>
        <source>Tap Install anyway, confirm with your screen lock, then pick the file.</source>
        <translation>Tippen Sie auf Install anyway, bestätigen Sie mit Ihrer Displaysperre und wählen Sie dann die Datei.</translation>
    </message>
    <message>
        <source>Open the page&apos;s link in Safari on the Mac and download the profile.</source>
        <translation>Öffnen Sie den Link der Seite in Safari auf dem Mac und laden Sie das Profil.</translation>
    </message>
    <message>
        <source>Open System Settings &gt; Privacy &amp; Security &gt; Profiles (on older macOS: System Preferences &gt; Profiles), double-click “{profile}” and choose Install.</source>
        <translation>Öffnen Sie System Settings &gt; Privacy &amp; Security &gt; Profiles (bei älterem macOS: System Preferences &gt; Profiles), doppelklicken Sie auf „{profile}“ und wählen Sie Install.</translation>
    </message>
    <message>
        <source>Type your Mac&apos;s password when asked.</source>
        <translation>Geben Sie bei Nachfrage das Passwort Ihres Mac ein.</translation>
    </message>
    <message>
        <source>If Safari still warns: open Keychain Access, find “{ca}” under System, double-click it, open Trust and set “When using this certificate” to Always Trust.</source>
        <translation>Warnt Safari weiterhin: Öffnen Sie die Schlüsselbundverwaltung, suchen Sie „{ca}“ unter System, doppelklicken Sie darauf, öffnen Sie Trust und setzen Sie „When using this certificate“ auf Always Trust.</translation>
    </message>
    <message>
        <source>Or in Terminal: {mac_command}</source>
        <translation>Oder im Terminal: {mac_command}</translation>
    </message>
    <message>
        <source>Download the certificate (ca.crt) from the page and open it.</source>
        <translation>Laden Sie das Zertifikat (ca.crt) von der Seite und öffnen Sie es.</translation>
    </message>
    <message>
        <source>Choose Install Certificate…, then Local Machine, then “Place all certificates in the following store”: Trusted Root Certification Authorities.</source>
        <translation>Wählen Sie Install Certificate…, dann Local Machine, dann „Place all certificates in the following store“: Trusted Root Certification Authorities.</translation>
    </message>
    <message>
        <source>Or in an administrator terminal: {windows_command}</source>
        <translation>Oder in einem Administrator-Terminal: {windows_command}</translation>
    </message>
    <message>
        <source>Windows trusts the CA as soon as it is in Trusted Root Certification Authorities. Firefox keeps its own list: Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</source>
        <translation>Windows vertraut der CA, sobald sie unter Trusted Root Certification Authorities liegt. Firefox führt eine eigene Liste: Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</translation>
    </message>
    <message>
        <source>Download the certificate (ca.crt) from the page.</source>
        <translation>Laden Sie das Zertifikat (ca.crt) von der Seite.</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: {debian_command}</source>
        <translation>Debian oder Ubuntu: {debian_command}</translation>
    </message>
    <message>
        <source>Fedora: {fedora_command}. Arch: {arch_command}</source>
        <translation>Fedora: {fedora_command}. Arch: {arch_command}</translation>
    </message>
    <message>
        <source>Firefox and Chrome keep their own list: in Firefox, Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</source>
        <translation>Firefox und Chrome führen eine eigene Liste: in Firefox Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</translation>
    </message>
    <message>
        <source>Picture of the phone screen</source>
        <translation>Bild des Telefonbildschirms</translation>
    </message>
    <message>
        <source>Your device</source>
        <translation>Ihr Gerät</translation>
    </message>
    <message>
        <source>Your &amp;device:</source>
        <translation>Ihr &amp;Gerät:</translation>
    </message>
    <message>
        <source>iOS version</source>
        <translation>iOS-Version</translation>
    </message>
    <message>
        <source>&amp;iOS version:</source>
        <translation>&amp;iOS-Version:</translation>
    </message>
    <message>
        <source>Picture number</source>
        <translation>Bildnummer</translation>
    </message>
    <message>
        <source>◀ &amp;Previous picture</source>
        <translation>◀ &amp;Voriges Bild</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>Voriges Bild</translation>
    </message>
    <message>
        <source>Next &amp;picture ▶</source>
        <translation>&amp;Nächstes Bild ▶</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>iOS {version} (your phone)</source>
        <translation>iOS {version} (Ihr Telefon)</translation>
    </message>
    <message>
        <source>{version} (newest)</source>
        <translation>{version} (neueste)</translation>
    </message>
    <message>
        <source>Phone screen: {title}. {caption}</source>
        <translation>Telefonbildschirm: {title}. {caption}</translation>
    </message>
    <message>
        <source>Picture {number} of {count}</source>
        <translation>Bild {number} von {count}</translation>
    </message>
    <message>
        <source>Steps on this device</source>
        <translation>Schritte auf diesem Gerät</translation>
    </message>
    <message>
        <source>Nothing to do on this device.</source>
        <translation>Auf diesem Gerät ist nichts zu tun.</translation>
    </message>
</context>
<context>
    <name>picturelanguage</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Chinesisch (vereinfacht)</translation>
    </message>
    <message>
        <source>Brazilian Portuguese</source>
        <translation>Portugiesisch (Brasilien)</translation>
    </message>
    <message>
        <source>Language of the pictures</source>
        <translation>Sprache der Bilder</translation>
    </message>
    <message>
        <source>Follow the phone</source>
        <translation>Wie das Telefon</translation>
    </message>
    <message>
        <source>Picture &amp;language:</source>
        <translation>&amp;Sprache der Bilder:</translation>
    </message>
    <message>
        <source>Pictures in {language}, as you chose</source>
        <translation>Bilder auf {language}, wie von Ihnen gewählt</translation>
    </message>
    <message>
        <source>Pictures in {language}, as the phone showed the page</source>
        <translation>Bilder auf {language}, wie das Telefon die Seite zeigte</translation>
    </message>
    <message>
        <source>Pictures in {language} until a phone opens the page</source>
        <translation>Bilder auf {language}, bis ein Telefon die Seite öffnet</translation>
    </message>
</context>
<context>
    <name>publish</name>
    <message>
        <source>opened the page</source>
        <translation>hat die Seite geöffnet</translation>
    </message>
    <message>
        <source>downloaded the profile; next, install it in Settings</source>
        <translation>hat das Profil geladen; jetzt in Einstellungen installieren</translation>
    </message>
    <message>
        <source>downloaded the certificate; next, install it</source>
        <translation>hat das Zertifikat geladen; jetzt installieren</translation>
    </message>
    <message>
        <source>trusts your CA (passed the test)</source>
        <translation>vertraut Ihrer CA (Test bestanden)</translation>
    </message>
    <message>
        <source>does not trust your CA yet (the last test failed)</source>
        <translation>vertraut Ihrer CA noch nicht (letzter Test fehlgeschlagen)</translation>
    </message>
    <message>
        <source>reached the page but not the HTTPS test port: this computer&apos;s firewall blocks it (see Verify)</source>
        <translation>hat die Seite erreicht, aber nicht den HTTPS-Testport: Die Firewall dieses Computers blockiert ihn (siehe Prüfen)</translation>
    </message>
    <message>
        <source>tested one of your servers: trusted</source>
        <translation>hat einen Ihrer Server getestet: vertraut</translation>
    </message>
    <message>
        <source>tested one of your servers: not trusted (see Verify)</source>
        <translation>hat einen Ihrer Server getestet: nicht vertraut (siehe Prüfen)</translation>
    </message>
    <message>
        <source>tested one of your servers: could not reach it (see Verify)</source>
        <translation>hat einen Ihrer Server getestet: nicht erreichbar (siehe Prüfen)</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>gesehen</translation>
    </message>
    <message>
        <source>{device} at {address}: {state}</source>
        <translation>{device} unter {address}: {state}</translation>
    </message>
    <message>
        <source>Scan the code with your iPhone&apos;s camera (the phone must be on the same network as this computer).</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres iPhones (das Telefon muss im selben Netzwerk sein wie dieser Computer).</translation>
    </message>
    <message>
        <source>No address a phone can reach</source>
        <translation>Keine Adresse, die ein Telefon erreicht</translation>
    </message>
    <message>
        <source>Open the link in Safari: other browsers only save the profile instead of offering to install it.</source>
        <translation>Öffnen Sie den Link in Safari: Andere Browser speichern das Profil nur, statt die Installation anzubieten.</translation>
    </message>
    <message>
        <source>Or type this address in Safari:</source>
        <translation>Oder geben Sie diese Adresse in Safari ein:</translation>
    </message>
    <message>
        <source>Address of the phone page</source>
        <translation>Adresse der Telefonseite</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;address:</source>
        <translation>&amp;Adresse dieses Computers:</translation>
    </message>
    <message>
        <source>Address the phone uses to reach this computer</source>
        <translation>Adresse, über die das Telefon diesen Computer erreicht</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Devices seen:</source>
        <translation>Gesehene Geräte:</translation>
    </message>
    <message>
        <source>Devices that opened the page</source>
        <translation>Geräte, die die Seite geöffnet haben</translation>
    </message>
    <message>
        <source>What to check on this computer</source>
        <translation>Was Sie auf diesem Computer prüfen sollten</translation>
    </message>
    <message>
        <source>{reason} Or choose another address below.</source>
        <translation>{reason} Oder wählen Sie unten eine andere Adresse.</translation>
    </message>
    <message>
        <source>The phone&apos;s page shows “{name}” with fingerprint {fingerprint}; check it matches.</source>
        <translation>Die Seite auf dem Telefon zeigt „{name}“ mit Fingerabdruck {fingerprint}; prüfen Sie, ob er übereinstimmt.</translation>
    </message>
    <message>
        <source>No device yet: scan the code with your phone.</source>
        <translation>Noch kein Gerät: Scannen Sie den Code mit Ihrem Telefon.</translation>
    </message>
    <message>
        <source>Bonjour: {state}.</source>
        <translation>Bonjour: {state}.</translation>
    </message>
    <message>
        <source>Bonjour is off; the QR code and the address work without it.</source>
        <translation>Bonjour ist aus; QR-Code und Adresse funktionieren auch ohne.</translation>
    </message>
</context>
<context>
    <name>qrwidget</name>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>QR code for {address}</source>
        <translation>QR-Code für {address}</translation>
    </message>
</context>
<context>
    <name>quitguard</name>
    <message>
        <source>Keep publishing</source>
        <translation>Weiter veröffentlichen</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Stoppen und beenden</translation>
    </message>
    <message>
        <source>Stop publishing?</source>
        <translation>Veröffentlichung beenden?</translation>
    </message>
    <message>
        <source>A device is part-way through: {names} opened the page but has not passed the test yet.</source>
        <translation>Ein Gerät ist mittendrin: {names} hat die Seite geöffnet, den Test aber noch nicht bestanden.</translation>
    </message>
    <message>
        <source>Quitting now stops publishing and cuts it off: it cannot download the profile or run the test any more.</source>
        <translation>Beenden stoppt die Veröffentlichung und schneidet es ab: Es kann weder das Profil laden noch den Test ausführen.</translation>
    </message>
    <message>
        <source>TrustAnchor is still publishing your CA on your network.</source>
        <translation>TrustAnchor veröffentlicht Ihre CA noch im Netzwerk.</translation>
    </message>
    <message>
        <source>Quitting stops it: phones that have not installed the CA yet can no longer get it.</source>
        <translation>Beenden stoppt das: Telefone ohne installierte CA können sie dann nicht mehr laden.</translation>
    </message>
</context>
<context>
    <name>save</name>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>private key (keep it secret)</source>
        <translation>privater Schlüssel (geheim halten)</translation>
    </message>
    <message>
        <source>full chain (certificate + CA)</source>
        <translation>vollständige Kette (Zertifikat + CA)</translation>
    </message>
    <message>
        <source>PKCS#12 bundle</source>
        <translation>PKCS#12-Paket</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Your certificate is saved. Put it on your server with one of these settings.</source>
        <translation>Ihr Zertifikat ist gespeichert. Richten Sie es mit einer dieser Einstellungen auf Ihrem Server ein.</translation>
    </message>
    <message>
        <source>Saved in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Show the files in their folder</source>
        <translation>Dateien in ihrem Ordner zeigen</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>PKCS#12 password:</source>
        <translation>PKCS#12-Passwort:</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>PKCS#12-Passwort</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Passwort kopieren</translation>
    </message>
    <message>
        <source>Copy the PKCS#12 password</source>
        <translation>PKCS#12-Passwort kopieren</translation>
    </message>
    <message>
        <source>Settings for your server (the paths point at the files above; copy the files first if the server is another machine):</source>
        <translation>Einstellungen für Ihren Server (die Pfade zeigen auf die Dateien oben; kopieren Sie die Dateien zuerst, wenn der Server ein anderer Rechner ist):</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Gespeichert in {folder}</translation>
    </message>
    <message>
        <source>Valid until {date}. Renew it before {renew_date}: TrustAnchor&apos;s first page lists it with a Renew button, or run “trustanchor renew”.</source>
        <translation>Gültig bis {date}. Erneuern Sie es vor dem {renew_date}: Die erste Seite von TrustAnchor zeigt es mit einer Schaltfläche „Erneuern“, oder führen Sie „trustanchor renew“ aus.</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the path of {file}</source>
        <translation>Pfad von {file} kopieren</translation>
    </message>
    <message>
        <source>{server} settings</source>
        <translation>Einstellungen für {server}</translation>
    </message>
    <message>
        <source>Copy {server} settings</source>
        <translation>{server}-Einstellungen kopieren</translation>
    </message>
    <message>
        <source>Copy the {server} settings</source>
        <translation>Die {server}-Einstellungen kopieren</translation>
    </message>
</context>
<context>
    <name>server_cert</name>
    <message>
        <source>One per line: every name and address you type in the browser to reach your server. Your phone rejects the certificate for any name missing here.</source>
        <translation>Einer pro Zeile: jeder Name und jede Adresse, die Sie im Browser eingeben, um Ihren Server zu erreichen. Ihr Telefon lehnt das Zertifikat für jeden Namen ab, der hier fehlt.</translation>
    </message>
    <message>
        <source>{default} days works on every device and browser. iPhones accept at most {max} days for a certificate from your own CA. Make a new one before it runs out; the last page tells you when.</source>
        <translation>{default} Tage funktionieren auf jedem Gerät und in jedem Browser. iPhones akzeptieren höchstens {max} Tage für ein Zertifikat Ihrer eigenen CA. Erstellen Sie rechtzeitig ein neues; die letzte Seite sagt Ihnen, wann.</translation>
    </message>
    <message>
        <source>Tick this if your server already has a certificate from this CA (or you will make one later): the wizard goes straight to sending the CA to your phone.</source>
        <translation>Aktivieren Sie dies, wenn Ihr Server schon ein Zertifikat dieser CA hat (oder Sie später eines erstellen): Der Assistent sendet die CA dann direkt an Ihr Telefon.</translation>
    </message>
    <message>
        <source>✓ {name}: address</source>
        <translation>✓ {name}: Adresse</translation>
    </message>
    <message>
        <source>✓ {name}: wildcard</source>
        <translation>✓ {name}: Platzhalter</translation>
    </message>
    <message>
        <source>✓ {name}: name</source>
        <translation>✓ {name}: Name</translation>
    </message>
    <message>
        <source>The certificate your server shows to browsers, signed by your CA.</source>
        <translation>Das Zertifikat, das Ihr Server Browsern zeigt, signiert von Ihrer CA.</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>&amp;Skip: I only need my phone to trust my CA</source>
        <translation>&amp;Überspringen: Mein Telefon soll nur meiner CA vertrauen</translation>
    </message>
    <message>
        <source>Skip the server certificate</source>
        <translation>Serverzertifikat überspringen</translation>
    </message>
    <message>
        <source>Server names and addresses, one per line</source>
        <translation>Servernamen und -adressen, einer pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Names and addresses:</source>
        <translation>&amp;Namen und Adressen:</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Namensprüfung</translation>
    </message>
    <message>
        <source>What your CA may sign</source>
        <translation>Was Ihre CA signieren darf</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Lifetime in days</source>
        <translation>Laufzeit in Tagen</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>Folder to save in</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Choose the folder to save in</source>
        <translation>Zielordner wählen</translation>
    </message>
    <message>
        <source>Always saved: the certificate (.crt), its private key (.key) and the full chain (.fullchain.pem) that most servers want.</source>
        <translation>Immer gespeichert: das Zertifikat (.crt), sein privater Schlüssel (.key) und die vollständige Kette (.fullchain.pem), die die meisten Server wollen.</translation>
    </message>
    <message>
        <source>Also a PKCS#12 file (.&amp;p12)</source>
        <translation>Auch eine PKCS#12-Datei (.&amp;p12)</translation>
    </message>
    <message>
        <source>For Windows, Synology or Java, with a generated password.</source>
        <translation>Für Windows, Synology oder Java, mit einem erzeugten Passwort.</translation>
    </message>
    <message>
        <source>Also save a PKCS#12 file</source>
        <translation>Auch eine PKCS#12-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Replace files with the same names in this folder</source>
        <translation>Dateien mit gleichem Namen in diesem Ordner &amp;ersetzen</translation>
    </message>
    <message>
        <source>Replace existing files</source>
        <translation>Vorhandene Dateien ersetzen</translation>
    </message>
    <message>
        <source>Your CA may only sign names under: {names}.</source>
        <translation>Ihre CA darf nur Namen unter diesen signieren: {names}.</translation>
    </message>
    <message>
        <source>Renewing: the files of {name} in {folder} move to its archive folder first, then the new ones take their place.</source>
        <translation>Erneuerung: Die Dateien von {name} in {folder} kommen zuerst in den Archivordner, dann treten die neuen an ihre Stelle.</translation>
    </message>
    <message>
        <source>Name check: {notes}</source>
        <translation>Namensprüfung: {notes}</translation>
    </message>
    <message>
        <source>Save the certificate in</source>
        <translation>Zertifikat speichern in</translation>
    </message>
</context>
<context>
    <name>steplist</name>
    <message>
        <source>{title}, current step, done</source>
        <translation>{title}, aktueller Schritt, erledigt</translation>
    </message>
    <message>
        <source>{title}, current step</source>
        <translation>{title}, aktueller Schritt</translation>
    </message>
    <message>
        <source>{title}, done</source>
        <translation>{title}, erledigt</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>Ihre CA</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Save and configure</source>
        <translation>Speichern und einrichten</translation>
    </message>
    <message>
        <source>Send to your phone</source>
        <translation>Aufs Telefon senden</translation>
    </message>
    <message>
        <source>Install the profile</source>
        <translation>Profil installieren</translation>
    </message>
    <message>
        <source>Enable full trust</source>
        <translation>Voll vertrauen</translation>
    </message>
    <message>
        <source>Check it worked</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>trust_dialog</name>
    <message>
        <source>Removing your CA… The system may ask for an administrator password.</source>
        <translation>Ihre CA wird entfernt … Das System fragt eventuell nach einem Administratorpasswort.</translation>
    </message>
    <message>
        <source>Removing your CA…</source>
        <translation>Ihre CA wird entfernt …</translation>
    </message>
    <message>
        <source>Adding your CA… The system may ask for an administrator password.</source>
        <translation>Ihre CA wird hinzugefügt … Das System fragt eventuell nach einem Administratorpasswort.</translation>
    </message>
    <message>
        <source>Adding your CA…</source>
        <translation>Ihre CA wird hinzugefügt …</translation>
    </message>
    <message>
        <source>Trust your CA on this computer</source>
        <translation>Ihrer CA auf diesem Computer vertrauen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s trust stores and proving them with a test connection…</source>
        <translation>Die Zertifikatspeicher dieses Computers werden gelesen und mit einer Testverbindung geprüft …</translation>
    </message>
    <message>
        <source>Removed from {stores}.</source>
        <translation>Entfernt aus: {stores}.</translation>
    </message>
    <message>
        <source>Added to {stores}. Restart your browsers to see it.</source>
        <translation>Hinzugefügt zu: {stores}. Starten Sie Ihre Browser neu, damit sie wirkt.</translation>
    </message>
    <message>
        <source>The trust stores could not be read.</source>
        <translation>Die Zertifikatspeicher konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>trust_here</name>
    <message>
        <source>Your account</source>
        <translation>Ihr Benutzerkonto</translation>
    </message>
    <message>
        <source>Browsers with their own store</source>
        <translation>Browser mit eigenem Speicher</translation>
    </message>
    <message>
        <source>Every user of this computer</source>
        <translation>Alle Benutzer dieses Computers</translation>
    </message>
    <message>
        <source>Java programs</source>
        <translation>Java-Programme</translation>
    </message>
    <message>
        <source>No administrator password needed.</source>
        <translation>Kein Administratorpasswort nötig.</translation>
    </message>
    <message>
        <source>No administrator password needed. Restart the browser afterwards.</source>
        <translation>Kein Administratorpasswort nötig. Starten Sie den Browser danach neu.</translation>
    </message>
    <message>
        <source>Needs an administrator password.</source>
        <translation>Erfordert ein Administratorpasswort.</translation>
    </message>
    <message>
        <source>Only changed when you ask; the JDK&apos;s file often belongs to an administrator.</source>
        <translation>Wird nur auf Wunsch geändert; die Datei des JDK gehört oft einem Administrator.</translation>
    </message>
    <message>
        <source>✓ Trusted</source>
        <translation>✓ Vertraut</translation>
    </message>
    <message>
        <source>— Not present</source>
        <translation>— Nicht vorhanden</translation>
    </message>
    <message>
        <source>? Can&apos;t tell</source>
        <translation>? Unklar</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Install…</source>
        <translation>Installieren…</translation>
    </message>
    <message>
        <source>Install in “{store}”</source>
        <translation>In „{store}“ installieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove from “{store}”</source>
        <translation>Aus „{store}“ entfernen</translation>
    </message>
    <message>
        <source>Trust your CA on this computer too</source>
        <translation>Ihrer CA auch auf diesem Computer vertrauen</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Install where no password is needed</source>
        <translation>Dort installieren, wo kein Passwort nötig ist</translation>
    </message>
    <message>
        <source>Adds the CA to the stores of your own account (and your browsers)</source>
        <translation>Fügt die CA den Speichern Ihres eigenen Kontos (und Ihrer Browser) hinzu</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Reads every store again and repeats the proof</source>
        <translation>Liest alle Speicher erneut und wiederholt den Nachweis</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s trust stores…</source>
        <translation>Zertifikatspeicher dieses Computers werden gelesen…</translation>
    </message>
    <message>
        <source>“{name}”
SHA-256 {fingerprint}</source>
        <translation>„{name}“
SHA-256 {fingerprint}</translation>
    </message>
    <message>
        <source>No trust store was found on this computer.</source>
        <translation>Auf diesem Computer wurde kein Zertifikatspeicher gefunden.</translation>
    </message>
    <message>
        <source>Asks for an administrator password</source>
        <translation>Fragt nach einem Administratorpasswort</translation>
    </message>
    <message>
        <source>You are an administrator: no password needed.</source>
        <translation>Sie sind Administrator: kein Passwort nötig.</translation>
    </message>
    <message>
        <source>{store}: {state}</source>
        <translation>{store}: {state}</translation>
    </message>
    <message>
        <source>Used by {programs}.</source>
        <translation>Verwendet von {programs}.</translation>
    </message>
    <message>
        <source>Also holds older CA(s) {ids}: Remove takes them out too.</source>
        <translation>Enthält auch ältere CA(s) {ids}: „Entfernen“ nimmt sie mit heraus.</translation>
    </message>
    <message>
        <source>Proof: not run yet (it needs the CA key to sign a test certificate).</source>
        <translation>Nachweis: noch nicht ausgeführt (er braucht den CA-Schlüssel, um ein Testzertifikat zu signieren).</translation>
    </message>
    <message>
        <source>Proof passed — {method}: {detail}</source>
        <translation>Nachweis bestanden — {method}: {detail}</translation>
    </message>
    <message>
        <source>Proof failed — {method}: {detail}</source>
        <translation>Nachweis fehlgeschlagen — {method}: {detail}</translation>
    </message>
    <message>
        <source>Proof passed — {method}</source>
        <translation>Nachweis bestanden — {method}</translation>
    </message>
    <message>
        <source>Proof failed — {method}</source>
        <translation>Nachweis fehlgeschlagen — {method}</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>{device}: trusts the CA</source>
        <translation>{device}: vertraut der CA</translation>
    </message>
    <message>
        <source>{device}: does not trust it yet</source>
        <translation>{device}: vertraut ihr noch nicht</translation>
    </message>
    <message>
        <source>{device}: the HTTPS port is blocked by this computer&apos;s firewall</source>
        <translation>{device}: Der HTTPS-Port wird von der Firewall dieses Computers blockiert</translation>
    </message>
    <message>
        <source>On your phone, go back to the page in Safari and tap “Test”.</source>
        <translation>Gehen Sie auf dem Telefon zurück zur Seite in Safari und tippen Sie auf „Testen“.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What to check, most likely first:</source>
        <translation>Was zu prüfen ist, das Wahrscheinlichste zuerst:</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Wahrscheinliche Ursachen</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>Andere Geräte</translation>
    </message>
    <message>
        <source>&amp;Servers the phone page offers to test (one https:// address a line):</source>
        <translation>&amp;Server, die die Telefonseite zum Testen anbietet (eine https://-Adresse pro Zeile):</translation>
    </message>
    <message>
        <source>Servers to test</source>
        <translation>Zu testende Server</translation>
    </message>
    <message>
        <source>One https:// address a line</source>
        <translation>Eine https://-Adresse pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Publish again with these servers to test</source>
        <translation>Mit diesen Testservern erneut veröffentlichen</translation>
    </message>
    <message>
        <source>The test passed on your phone: nothing more to do there.</source>
        <translation>Der Test auf Ihrem Telefon war erfolgreich: Dort ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>Fix the first point below, then on your phone tap “Test” again on the page in Safari.</source>
        <translation>Beheben Sie den ersten Punkt unten und tippen Sie dann auf dem Telefon in Safari erneut auf „Testen“.</translation>
    </message>
    <message>
        <source>Let the phone through this computer&apos;s firewall, then tap “Test” again on the phone.</source>
        <translation>Lassen Sie das Telefon durch die Firewall dieses Computers und tippen Sie dann auf dem Telefon erneut auf „Testen“.</translation>
    </message>
    <message>
        <source>your CA</source>
        <translation>Ihre CA</translation>
    </message>
    <message>
        <source>✓ It works</source>
        <translation>✓ Es funktioniert</translation>
    </message>
    <message>
        <source>{device} trusts “{ca}”. HTTPS to your server with a certificate from this CA is now trusted on it.</source>
        <translation>{device} vertraut „{ca}“. HTTPS zu Ihrem Server mit einem Zertifikat dieser CA ist dort jetzt vertrauenswürdig.</translation>
    </message>
    <message>
        <source>✗ Not trusted yet</source>
        <translation>✗ Noch nicht vertraut</translation>
    </message>
    <message>
        <source>{device} ran the test, but does not trust “{ca}” yet. Fix the first point below, then tap “Test” again.</source>
        <translation>{device} hat den Test ausgeführt, vertraut „{ca}“ aber noch nicht. Beheben Sie den ersten Punkt unten und tippen Sie dann erneut auf „Testen“.</translation>
    </message>
    <message>
        <source>⚠ Blocked by this computer&apos;s firewall</source>
        <translation>⚠ Von der Firewall dieses Computers blockiert</translation>
    </message>
    <message>
        <source>{device} opened the page, but the HTTPS port is blocked by this computer&apos;s firewall, so the test could not tell whether it trusts the CA.</source>
        <translation>{device} hat die Seite geöffnet, aber der HTTPS-Port wird von der Firewall dieses Computers blockiert, daher konnte der Test nicht feststellen, ob es der CA vertraut.</translation>
    </message>
    <message>
        <source>Waiting for your phone…</source>
        <translation>Warten auf Ihr Telefon…</translation>
    </message>
    <message>
        <source>The result appears here as soon as the phone runs the test. Publishing keeps running while you wait.</source>
        <translation>Das Ergebnis erscheint hier, sobald das Telefon den Test ausführt. Die Veröffentlichung läuft weiter, während Sie warten.</translation>
    </message>
    <message>
        <source>Test result: {result}</source>
        <translation>Testergebnis: {result}</translation>
    </message>
</context>
<context>
    <name>verify_servers</name>
    <message>
        <source>✓ Trusted</source>
        <translation>✓ Vertraut</translation>
    </message>
    <message>
        <source>The phone opened a trusted HTTPS connection.</source>
        <translation>Das Telefon hat eine vertrauenswürdige HTTPS-Verbindung geöffnet.</translation>
    </message>
    <message>
        <source>✗ Not trusted</source>
        <translation>✗ Nicht vertraut</translation>
    </message>
    <message>
        <source>The phone refused the certificate: run “trustanchor check URL” here to see why, or finish trusting the CA on the phone.</source>
        <translation>Das Telefon hat das Zertifikat abgelehnt: Führen Sie hier „trustanchor check URL“ aus, um den Grund zu sehen, oder schließen Sie das Vertrauen in die CA auf dem Telefon ab.</translation>
    </message>
    <message>
        <source>Not reachable from the phone</source>
        <translation>Vom Telefon nicht erreichbar</translation>
    </message>
    <message>
        <source>The phone could not open it: is the phone on the same network as the server, does the name resolve there, or does a firewall stop it? Run “trustanchor check URL” here to see whether this computer reaches it.</source>
        <translation>Das Telefon konnte ihn nicht öffnen: Ist das Telefon im selben Netzwerk wie der Server, wird der Name dort aufgelöst, oder blockiert eine Firewall? Führen Sie hier „trustanchor check URL“ aus, um zu sehen, ob dieser Computer ihn erreicht.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Server tests</source>
        <translation>Servertests</translation>
    </message>
    <message>
        <source>Your servers, tested from each phone</source>
        <translation>Ihre Server, von jedem Telefon getestet</translation>
    </message>
    <message>
        <source>No phone has tested your servers yet. On the phone, tap “Test” under “Test your server”.</source>
        <translation>Noch hat kein Telefon Ihre Server getestet. Tippen Sie auf dem Telefon unter „Deinen Server testen“ auf „Testen“.</translation>
    </message>
    <message>
        <source>{url}: {result}</source>
        <translation>{url}: {result}</translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <source>1.  Create your own certificate authority (CA), or use one you already have.</source>
        <translation>1.  Erstellen Sie Ihre eigene Zertifizierungsstelle (CA) oder nutzen Sie eine vorhandene.</translation>
    </message>
    <message>
        <source>2.  Make a certificate for your server, with settings ready to paste.</source>
        <translation>2.  Erstellen Sie ein Zertifikat für Ihren Server, mit Einstellungen zum Einfügen.</translation>
    </message>
    <message>
        <source>3.  Send the CA to your phone with a QR code, and install it.</source>
        <translation>3.  Senden Sie die CA per QR-Code an Ihr Telefon und installieren Sie sie.</translation>
    </message>
    <message>
        <source>4.  Switch on full trust, and test from the phone that it works.</source>
        <translation>4.  Schalten Sie volles Vertrauen ein und testen Sie vom Telefon aus, ob es funktioniert.</translation>
    </message>
    <message>
        <source>⚠ {names}: expired on {date}. Renew it.</source>
        <translation>⚠ {names}: abgelaufen am {date}. Bitte erneuern.</translation>
    </message>
    <message>
        <source>{names}: valid until {date}.</source>
        <translation>{names}: gültig bis {date}.</translation>
    </message>
    <message>
        <source>⚠ {names}: expires today ({date}). Renew it.</source>
        <translation>⚠ {names}: läuft heute ab ({date}). Bitte erneuern.</translation>
    </message>
    <message>
        <source>⚠ {names}: expires in 1 day ({date}). Renew it.</source>
        <translation>⚠ {names}: läuft in 1 Tag ab ({date}). Bitte erneuern.</translation>
    </message>
    <message>
        <source>⚠ {names}: expires in {days} days ({date}). Renew it.</source>
        <translation>⚠ {names}: läuft in {days} Tagen ab ({date}). Bitte erneuern.</translation>
    </message>
    <message>
        <source>TrustAnchor makes your own HTTPS services (a NAS, Home Assistant, a router or a dev server) trusted on your iPhone and your other devices.</source>
        <translation>TrustAnchor sorgt dafür, dass Ihr iPhone und Ihre anderen Geräte Ihren eigenen HTTPS-Diensten vertrauen (einem NAS, Home Assistant, einem Router oder einem Entwicklungsserver).</translation>
    </message>
    <message>
        <source>It takes a few minutes:</source>
        <translation>Es dauert nur ein paar Minuten:</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>Ihre CA</translation>
    </message>
    <message>
        <source>Nothing leaves this computer except the CA&apos;s public certificate, and only while you publish it to your phone on your own network.</source>
        <translation>Nichts verlässt diesen Computer außer dem öffentlichen Zertifikat der CA, und das nur, während Sie es in Ihrem eigenen Netzwerk für Ihr Telefon veröffentlichen.</translation>
    </message>
    <message>
        <source>Looking for your CA…</source>
        <translation>Ihre CA wird gesucht…</translation>
    </message>
    <message>
        <source>Your CA “{name}” is ready, valid until {date}.</source>
        <translation>Ihre CA „{name}“ ist bereit, gültig bis {date}.</translation>
    </message>
    <message>
        <source>You have no CA yet: the next page makes one (or imports one you already have).</source>
        <translation>Sie haben noch keine CA: Die nächste Seite erstellt eine (oder importiert eine vorhandene).</translation>
    </message>
    <message>
        <source>Certificates it issued (each lasts about a year; renew makes a new one for the same names in the same folder, the old files go to its archive folder):</source>
        <translation>Ausgestellte Zertifikate (jedes gilt etwa ein Jahr; Erneuern erstellt ein neues für dieselben Namen im selben Ordner, die alten Dateien kommen in dessen Archivordner):</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>Renew the certificate for {names}</source>
        <translation>Zertifikat für {names} erneuern</translation>
    </message>
    <message>
        <source>A CA is stored in {folder}; the next page uses it.</source>
        <translation>In {folder} ist eine CA gespeichert; die nächste Seite verwendet sie.</translation>
    </message>
    <message>
        <source>You already have a CA, “{name}”: the next page uses it.</source>
        <translation>Sie haben bereits eine CA, „{name}“: Die nächste Seite verwendet sie.</translation>
    </message>
    <message>
        <source>You already have a CA, “{name}”, valid until {date}: the next page uses it.</source>
        <translation>Sie haben bereits eine CA, „{name}“, gültig bis {date}: Die nächste Seite verwendet sie.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Create CA</source>
        <translation>CA erstellen</translation>
    </message>
    <message>
        <source>Import CA</source>
        <translation>CA importieren</translation>
    </message>
    <message>
        <source>Unlock CA</source>
        <translation>CA entsperren</translation>
    </message>
    <message>
        <source>Make certificate</source>
        <translation>Zertifikat erstellen</translation>
    </message>
    <message>
        <source>Start publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Back to the previous step ({keys})</source>
        <translation>Zurück zum vorigen Schritt ({keys})</translation>
    </message>
    <message>
        <source>Go on ({keys} or Enter)</source>
        <translation>Weiter ({keys} oder Eingabe)</translation>
    </message>
    <message>
        <source>TrustAnchor — trust your own HTTPS on your iPhone</source>
        <translation>TrustAnchor – Ihrem eigenen HTTPS auf dem iPhone vertrauen</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Page summary</source>
        <translation>Seitenübersicht</translation>
    </message>
    <message>
        <source>TrustAnchor logo</source>
        <translation>TrustAnchor-Logo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Quit TrustAnchor</source>
        <translation>TrustAnchor beenden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorigen Schritt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Renew certificate</source>
        <translation>Zertifikat erneuern</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
</context>
</TS>
