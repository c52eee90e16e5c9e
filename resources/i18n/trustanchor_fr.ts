<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>acme_dialog</name>
    <message>
        <source>Caddy, a small web server, can run an ACME server that signs certificates for every server in your home with an intermediate CA that TrustAnchor issues under your root, while your root&apos;s key stays here. Clients such as certbot, acme.sh, Traefik and Home Assistant then renew their certificates by themselves, and every device that trusts your root trusts them.</source>
        <translation>Caddy, un petit serveur web, peut faire tourner un serveur ACME qui signe les certificats de tous les serveurs de votre maison avec une CA intermédiaire que TrustAnchor émet sous votre racine ; la clé de votre racine reste ici. Des clients comme certbot, acme.sh, Traefik et Home Assistant renouvellent alors leurs certificats d’eux-mêmes, et tout appareil qui fait confiance à votre racine leur fait confiance.</translation>
    </message>
    <message>
        <source>This folder already holds an ACME setup; choose another folder, or use Renew intermediate to replace it.</source>
        <translation>Ce dossier contient déjà une configuration ACME ; choisissez un autre dossier ou utilisez Renouveler l’intermédiaire pour la remplacer.</translation>
    </message>
    <message>
        <source>Renew certificates automatically</source>
        <translation>Renouveler les certificats automatiquement</translation>
    </message>
    <message>
        <source>What Caddy does</source>
        <translation>Ce que fait Caddy</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Configurer</translation>
    </message>
    <message>
        <source>Set up the ACME server</source>
        <translation>Configurer le serveur ACME</translation>
    </message>
    <message>
        <source>Issues the intermediate and writes Caddy&apos;s files into the folder</source>
        <translation>Émet l’intermédiaire et écrit les fichiers de Caddy dans le dossier</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Folder for Caddy&apos;s files</source>
        <translation>Dossier des fichiers de Caddy</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder for Caddy&apos;s files</source>
        <translation>Choisir le dossier des fichiers de Caddy</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Names of the ACME server</source>
        <translation>Noms du serveur ACME</translation>
    </message>
    <message>
        <source>The names and addresses clients reach the ACME server by, separated by commas</source>
        <translation>Les noms et adresses par lesquels les clients joignent le serveur ACME, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Noms :</translation>
    </message>
    <message>
        <source>HTTPS port of the ACME server</source>
        <translation>Port HTTPS du serveur ACME</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Lifetime of the intermediate</source>
        <translation>Durée de vie de l’intermédiaire</translation>
    </message>
    <message>
        <source>Two years is usual; it never outlives your root</source>
        <translation>Deux ans est l’usage ; jamais plus longtemps que votre racine</translation>
    </message>
    <message>
        <source>&amp;Intermediate lifetime:</source>
        <translation>Durée de l’&amp;intermédiaire :</translation>
    </message>
    <message>
        <source>Passphrase of the CA key</source>
        <translation>Phrase secrète de la clé de la CA</translation>
    </message>
    <message>
        <source>CA &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de la CA :</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation>URL du répertoire ACME</translation>
    </message>
    <message>
        <source>How to start Caddy</source>
        <translation>Comment démarrer Caddy</translation>
    </message>
    <message>
        <source>Open clients.md</source>
        <translation>Ouvrir clients.md</translation>
    </message>
    <message>
        <source>The settings for each ACME client</source>
        <translation>Les réglages de chaque client ACME</translation>
    </message>
    <message>
        <source>Directory URL for clients:</source>
        <translation>URL du répertoire pour les clients :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>ACME server status</source>
        <translation>État du serveur ACME</translation>
    </message>
    <message>
        <source>&amp;Check status</source>
        <translation>&amp;Vérifier l’état</translation>
    </message>
    <message>
        <source>Check the ACME server&apos;s status</source>
        <translation>Vérifier l’état du serveur ACME</translation>
    </message>
    <message>
        <source>&amp;Renew intermediate</source>
        <translation>&amp;Renouveler l’intermédiaire</translation>
    </message>
    <message>
        <source>Renew the intermediate</source>
        <translation>Renouveler l’intermédiaire</translation>
    </message>
    <message>
        <source>Issues a new intermediate with the same settings and replaces the files; restart Caddy afterwards</source>
        <translation>Émet un nouvel intermédiaire avec les mêmes réglages et remplace les fichiers ; redémarrez ensuite Caddy</translation>
    </message>
    <message>
        <source>Reading your CA…</source>
        <translation>Lecture de votre CA…</translation>
    </message>
    <message>
        <source>Renewing the intermediate…</source>
        <translation>Renouvellement de l’intermédiaire…</translation>
    </message>
    <message>
        <source>Issuing the intermediate…</source>
        <translation>Émission de l’intermédiaire…</translation>
    </message>
    <message>
        <source>Asking the ACME server…</source>
        <translation>Interrogation du serveur ACME…</translation>
    </message>
    <message>
        <source>Start Caddy with: {command}
The intermediate “{name}” is valid until {date}; your root&apos;s key stayed in the CA folder.</source>
        <translation>Démarrez Caddy avec : {command}
L’intermédiaire « {name} » est valable jusqu’au {date} ; la clé de votre racine est restée dans le dossier de la CA.</translation>
    </message>
    <message>
        <source>Set up. Start Caddy, then point your clients at the directory URL.</source>
        <translation>Configuré. Démarrez Caddy, puis indiquez l’URL du répertoire à vos clients.</translation>
    </message>
</context>
<context>
    <name>acme_text</name>
    <message>
        <source>ACME server: up at {url} (TLS verified with your root).</source>
        <translation>Serveur ACME : actif à {url} (TLS vérifié avec votre racine).</translation>
    </message>
    <message>
        <source>ACME server: not answering: {problem}.</source>
        <translation>Serveur ACME : ne répond pas : {problem}.</translation>
    </message>
    <message>
        <source>Intermediate “{name}” EXPIRED on {date}: click Renew intermediate, then restart Caddy.</source>
        <translation>L’intermédiaire « {name} » a EXPIRÉ le {date} : cliquez sur Renouveler l’intermédiaire, puis redémarrez Caddy.</translation>
    </message>
    <message>
        <source>Intermediate “{name}” expires in {days} days ({date}): click Renew intermediate, then restart Caddy.</source>
        <translation>L’intermédiaire « {name} » expire dans {days} jours ({date}) : cliquez sur Renouveler l’intermédiaire, puis redémarrez Caddy.</translation>
    </message>
    <message>
        <source>Intermediate “{name}” is valid until {date}.</source>
        <translation>L’intermédiaire « {name} » est valable jusqu’au {date}.</translation>
    </message>
    <message>
        <source>Issued in the last 30 days: none found.</source>
        <translation>Émis ces 30 derniers jours : aucun.</translation>
    </message>
    <message>
        <source>Issued in the last 30 days: {count}</source>
        <translation>Émis ces 30 derniers jours : {count}</translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(aucun nom)</translation>
    </message>
    <message>
        <source>{names} — {start} to {end} UTC</source>
        <translation>{names} — du {start} au {end} UTC</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>TrustAnchor is already running.</source>
        <translation>TrustAnchor est déjà ouvert.</translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>What to fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>Error: {text}</source>
        <translation>Erreur&#xa0;: {text}</translation>
    </message>
    <message>
        <source>What to fix: {hints}</source>
        <translation>À corriger&#xa0;: {hints}</translation>
    </message>
</context>
<context>
    <name>ca</name>
    <message>
        <source>The current CA is kept in the archive folder; phones that trust it must install the new one.</source>
        <translation>L’autorité actuelle est gardée dans le dossier d’archives&#xa0;; les téléphones qui lui font confiance doivent installer la nouvelle.</translation>
    </message>
    <message>
        <source>Create a new CA</source>
        <translation>Créer une autorité</translation>
    </message>
    <message>
        <source>Import a CA I already have</source>
        <translation>Importer une autorité existante</translation>
    </message>
    <message>
        <source>Use my existing CA</source>
        <translation>Utiliser mon autorité existante</translation>
    </message>
    <message>
        <source>Your own certificate authority vouches for your servers. Your phone will trust what it signs.</source>
        <translation>Votre propre autorité de certification se porte garante de vos serveurs. Votre téléphone fera confiance à ce qu’elle signe.</translation>
    </message>
    <message>
        <source>&amp;Replace my current CA</source>
        <translation>&amp;Remplacer mon autorité actuelle</translation>
    </message>
    <message>
        <source>Replace my current CA</source>
        <translation>Remplacer mon autorité actuelle</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
</context>
<context>
    <name>ca_create</name>
    <message>
        <source>ECDSA P-256 (recommended: fast, works everywhere)</source>
        <translation>ECDSA P-256 (recommandé&#xa0;: rapide, compatible partout)</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>RSA 2048 bits (for very old devices)</source>
        <translation>RSA 2048 bits (pour les très vieux appareils)</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 bits</translation>
    </message>
    <message>
        <source>RSA 4096 bits (slow to create)</source>
        <translation>RSA 4096 bits (lent à créer)</translation>
    </message>
    <message>
        <source>Optional. A limited CA can only vouch for the names and address ranges below, so even if its key were stolen it could not fake other web sites. Current iPhones, Macs and browsers respect this, but it is not yet verified on every device. One entry per line: a domain (such as local or home.arpa) or an address range (such as 192.168.0.0/16).</source>
        <translation>Facultatif. Une autorité limitée ne garantit que les noms et plages d’adresses ci-dessous&#xa0;: même si sa clé était volée, elle ne pourrait pas imiter d’autres sites. Les iPhone, Mac et navigateurs récents le respectent, mais ce n’est pas encore vérifié sur tous les appareils. Une entrée par ligne&#xa0;: un domaine (comme local ou home.arpa) ou une plage d’adresses (comme 192.168.0.0/16).</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>Nom de l’autorité</translation>
    </message>
    <message>
        <source>Shown on your phone in Settings</source>
        <translation>Affiché sur votre téléphone dans Settings</translation>
    </message>
    <message>
        <source>&amp;Name (shown on your phone):</source>
        <translation>&amp;Nom (affiché sur le téléphone)&#xa0;:</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>Type de &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Limit this CA to my names</source>
        <translation>&amp;Limiter à mes noms</translation>
    </message>
    <message>
        <source>Limit this CA to my names</source>
        <translation>Limiter l’autorité à mes noms</translation>
    </message>
    <message>
        <source>Allowed names and address ranges, one per line</source>
        <translation>Noms et plages d’adresses autorisés, un par ligne</translation>
    </message>
</context>
<context>
    <name>ca_import</name>
    <message>
        <source>A PEM certificate with its key (one file or two), a PKCS#12 file (.p12 / .pfx), or the folder mkcert keeps its CA in (run “mkcert -CAROOT” to find it).</source>
        <translation>Un certificat PEM avec sa clé (un ou deux fichiers), un fichier PKCS#12 (.p12 / .pfx) ou le dossier où mkcert garde son autorité (lancez «&#xa0;mkcert -CAROOT&#xa0;» pour le trouver).</translation>
    </message>
    <message>
        <source>CA fi&amp;le or folder:</source>
        <translation>&amp;Fichier ou dossier de l’autorité&#xa0;:</translation>
    </message>
    <message>
        <source>CA file or mkcert folder</source>
        <translation>Fichier de l’autorité ou dossier mkcert</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Choisir le fichier de l’autorité</translation>
    </message>
    <message>
        <source>Choose mkcert f&amp;older…</source>
        <translation>Choisir le d&amp;ossier mkcert…</translation>
    </message>
    <message>
        <source>Choose the mkcert CA folder</source>
        <translation>Choisir le dossier de l’autorité mkcert</translation>
    </message>
    <message>
        <source>Separate &amp;key file (if any):</source>
        <translation>Fichier de &amp;clé séparé (le cas échéant)&#xa0;:</translation>
    </message>
    <message>
        <source>Separate key file (optional)</source>
        <translation>Fichier de clé séparé (facultatif)</translation>
    </message>
    <message>
        <source>Choose key…</source>
        <translation>Choisir la clé…</translation>
    </message>
    <message>
        <source>Choose the separate key file</source>
        <translation>Choisir le fichier de clé séparé</translation>
    </message>
    <message>
        <source>Password of the file (if it has one)</source>
        <translation>Mot de passe du fichier (s’il en a un)</translation>
    </message>
    <message>
        <source>File &amp;password (if any):</source>
        <translation>Mot de &amp;passe du fichier (le cas échéant)&#xa0;:</translation>
    </message>
    <message>
        <source>Import check</source>
        <translation>Vérification de l’import</translation>
    </message>
    <message>
        <source>Found the CA “{name}” with its key (fingerprint {fingerprint}, valid until {date}).</source>
        <translation>Autorité «&#xa0;{name}&#xa0;» trouvée avec sa clé (empreinte {fingerprint}, valable jusqu’au {date}).</translation>
    </message>
    <message>
        <source>Choose your CA</source>
        <translation>Choisir votre autorité</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats et clés (*.pem *.crt *.cer *.key *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose mkcert&apos;s CA folder</source>
        <translation>Choisir le dossier d’autorité de mkcert</translation>
    </message>
    <message>
        <source>Choose the CA key</source>
        <translation>Choisir la clé de l’autorité</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Clés (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ca_protect</name>
    <message>
        <source>The passphrase protects your CA&apos;s private key: whoever has that key can make certificates your phone trusts for any site. You type it again whenever you make a certificate. If you forget it, make a new CA.</source>
        <translation>La phrase secrète protège la clé privée de votre autorité&#xa0;: qui possède cette clé peut créer des certificats auxquels votre téléphone fait confiance pour n’importe quel site. Vous la saisissez à chaque nouveau certificat. Si vous l’oubliez, créez une nouvelle autorité.</translation>
    </message>
    <message>
        <source>Protect the CA key</source>
        <translation>Protéger la clé de l’autorité</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase (recommended)</source>
        <translation>Utiliser une &amp;phrase secrète (recommandé)</translation>
    </message>
    <message>
        <source>Protect the CA key with a passphrase</source>
        <translation>Protéger la clé de l’autorité par une phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>Phrase &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase again:</source>
        <translation>C&amp;onfirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase check</source>
        <translation>Vérification de la phrase secrète</translation>
    </message>
</context>
<context>
    <name>ca_unlock</name>
    <message>
        <source>Your CA</source>
        <translation>Votre autorité</translation>
    </message>
    <message>
        <source>Your CA&apos;s passphrase</source>
        <translation>Phrase secrète de votre autorité</translation>
    </message>
    <message>
        <source>Your CA&apos;s &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de votre autorité&#xa0;:</translation>
    </message>
    <message>
        <source>“{name}” is ready.
Fingerprint {fingerprint}, {key_type}, valid until {date}.</source>
        <translation>«&#xa0;{name}&#xa0;» est prête.
Empreinte {fingerprint}, {key_type}, valable jusqu’au {date}.</translation>
    </message>
    <message>
        <source>“{name}”, stored in {folder}.</source>
        <translation>«&#xa0;{name}&#xa0;», enregistrée dans {folder}.</translation>
    </message>
    <message>
        <source>Your CA is stored in {folder}.</source>
        <translation>Votre autorité est enregistrée dans {folder}.</translation>
    </message>
    <message>
        <source>You have no CA yet.</source>
        <translation>Vous n’avez pas encore d’autorité.</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Saving the imported CA…</source>
        <translation>Enregistrement de la CA importée…</translation>
    </message>
    <message>
        <source>Unlocking your CA…</source>
        <translation>Déverrouillage de votre CA…</translation>
    </message>
    <message>
        <source>Making and saving the certificate…</source>
        <translation>Création et enregistrement du certificat…</translation>
    </message>
    <message>
        <source>Starting to publish on your network…</source>
        <translation>Démarrage de la publication sur votre réseau…</translation>
    </message>
    <message>
        <source>Creating your CA (an ECDSA P-256 key is quick)…</source>
        <translation>Création de votre CA (une clé ECDSA P-256 est rapide)…</translation>
    </message>
    <message>
        <source>Creating your CA (an ECDSA P-384 key is quick)…</source>
        <translation>Création de votre CA (une clé ECDSA P-384 est rapide)…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 2048 key takes a few seconds)…</source>
        <translation>Création de votre CA (une clé RSA 2048 prend quelques secondes)…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 3072 key takes a few seconds)…</source>
        <translation>Création de votre CA (une clé RSA 3072 prend quelques secondes)…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 4096 key takes a few seconds)…</source>
        <translation>Création de votre CA (une clé RSA 4096 prend quelques secondes)…</translation>
    </message>
    <message>
        <source>Creating your CA…</source>
        <translation>Création de votre CA…</translation>
    </message>
    <message>
        <source>Moving the old files to the archive folder and making the new certificate…</source>
        <translation>Archivage des anciens fichiers et création du nouveau certificat…</translation>
    </message>
    <message>
        <source>Publishing on {address}…</source>
        <translation>Publication sur {address}…</translation>
    </message>
    <message>
        <source>Publishing again with the servers to test…</source>
        <translation>Nouvelle publication avec les serveurs à tester…</translation>
    </message>
    <message>
        <source>Stopping publishing…</source>
        <translation>Arrêt de la publication…</translation>
    </message>
</context>
<context>
    <name>core.acme_ops</name>
    <message>
        <source>--leaf-days must be between 1 and {limit}</source>
        <translation>--leaf-days doit être compris entre 1 et {limit}</translation>
    </message>
    <message>
        <source>{version!r} is not a Caddy version like 2.8.4</source>
        <translation>{version!r} n’est pas une version de Caddy comme 2.8.4</translation>
    </message>
</context>
<context>
    <name>core.binding</name>
    <message>
        <source>Cannot listen on {host}: it is not an address of this computer; choose one of its own addresses.</source>
        <translation>Impossible d’écouter sur {host} : ce n’est pas une adresse de cet ordinateur ; choisissez l’une de ses adresses.</translation>
    </message>
    <message>
        <source>Ports {port} to {last} on {host} are all in use; choose another port.</source>
        <translation>Les ports {port} à {last} sur {host} sont tous occupés ; choisissez un autre port.</translation>
    </message>
</context>
<context>
    <name>core.bonjour</name>
    <message>
        <source>Bonjour is off.</source>
        <translation>Bonjour est désactivé.</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;.</source>
        <translation>Annoncé dans Bonjour sous &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;, not yet confirmed: this computer has not heard the announcement on the network. The QR code works either way. On a Mac, allow TrustAnchor in System Settings &gt; Privacy &amp; Security &gt; Local Network.</source>
        <translation>Annoncé dans Bonjour sous &quot;{name}&quot;, pas encore confirmé : cet ordinateur n’a pas entendu l’annonce sur le réseau. Le code QR fonctionne de toute façon. Sur un Mac, autorisez TrustAnchor dans System Settings &gt; Privacy &amp; Security &gt; Local Network.</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;, not yet confirmed: this computer has not heard the announcement on the network. The QR code works either way.</source>
        <translation>Annoncé dans Bonjour sous &quot;{name}&quot;, pas encore confirmé : cet ordinateur n’a pas entendu l’annonce sur le réseau. Le code QR fonctionne de toute façon.</translation>
    </message>
    <message>
        <source>Announcing &quot;{name}&quot;…</source>
        <translation>Annonce de &quot;{name}&quot;…</translation>
    </message>
    <message>
        <source>Bonjour is not available on this network (no multicast); use the QR code or type the address.</source>
        <translation>Bonjour n’est pas disponible sur ce réseau (pas de multicast) ; utilisez le code QR ou saisissez l’adresse.</translation>
    </message>
    <message>
        <source>Bonjour could not start; use the QR code or type the address.</source>
        <translation>Bonjour n’a pas pu démarrer ; utilisez le code QR ou saisissez l’adresse.</translation>
    </message>
    <message>
        <source>Bonjour could not announce the page; use the QR code or type the address.</source>
        <translation>Bonjour n’a pas pu annoncer la page ; utilisez le code QR ou saisissez l’adresse.</translation>
    </message>
</context>
<context>
    <name>core.bundle</name>
    <message>
        <source>cannot make the folder {out}: {reason}</source>
        <translation>impossible de créer le dossier {out} : {reason}</translation>
    </message>
    <message>
        <source>{out} already holds an ACME setup ({files}); choose another --out or add --force to replace it</source>
        <translation>{out} contient déjà une configuration ACME ({files}) ; choisissez un autre --out ou ajoutez --force pour la remplacer</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>{out} holds no ACME setup; run `trustanchor acme setup --out {out}` first</source>
        <translation>{out} ne contient aucune configuration ACME ; lancez d’abord `trustanchor acme setup --out {out}`</translation>
    </message>
    <message>
        <source>cannot read {path}: {exc}</source>
        <translation>impossible de lire {path} : {exc}</translation>
    </message>
    <message>
        <source>{path} is damaged; run `trustanchor acme setup --force` again</source>
        <translation>{path} est endommagé ; relancez `trustanchor acme setup --force`</translation>
    </message>
</context>
<context>
    <name>core.ca</name>
    <message>
        <source>The private key does not belong to this CA certificate; pick the matching key.</source>
        <translation>La clé privée ne correspond pas à ce certificat de CA ; choisissez la clé correspondante.</translation>
    </message>
    <message>
        <source>This CA&apos;s key type is not supported; iPhones need RSA (2048, 3072 or 4096 bits) or ECDSA P-256 / P-384.</source>
        <translation>Le type de clé de cette CA n’est pas pris en charge ; les iPhone exigent RSA (2048, 3072 ou 4096 bits) ou ECDSA P-256 / P-384.</translation>
    </message>
    <message>
        <source>This certificate is not a CA (it lacks basicConstraints CA:TRUE); pick the CA certificate, not a server certificate.</source>
        <translation>Ce certificat n’est pas une CA (basicConstraints CA:TRUE manquant) ; choisissez le certificat de la CA, pas un certificat de serveur.</translation>
    </message>
    <message>
        <source>A CA can be valid for 1 to {limit} years; {usual} is usual.</source>
        <translation>Une CA peut être valable de 1 à {limit} ans ; {usual} est l’usage.</translation>
    </message>
    <message>
        <source>{display} is outside what this CA may sign ({allowed}); use a name within those, or a CA without name constraints.</source>
        <translation>{display} est hors de ce que cette CA peut signer ({allowed}) ; utilisez un nom compris dedans, ou une CA sans contraintes de noms.</translation>
    </message>
    <message>
        <source>The CA only becomes valid on {day:%Y-%m-%d}; check this computer&apos;s date and time.</source>
        <translation>La CA ne devient valide que le {day:%Y-%m-%d} ; vérifiez la date et l’heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>The CA expired on {not_after:%Y-%m-%d}; create a new CA and install it on your devices.</source>
        <translation>La CA a expiré le {not_after:%Y-%m-%d} ; créez une nouvelle CA et installez-la sur vos appareils.</translation>
    </message>
    <message>
        <source>The CA expires on {not_after:%Y-%m-%d}, before this certificate would; issue it for at most {left} days, or create a new CA.</source>
        <translation>La CA expire le {not_after:%Y-%m-%d}, avant ce certificat ; émettez-le pour {left} jours au plus, ou créez une nouvelle CA.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the exported key; it cannot be empty.</source>
        <translation>Choisissez une phrase secrète pour la clé exportée ; elle ne peut pas être vide.</translation>
    </message>
    <message>
        <source>IP addresses stay unrestricted: this CA could vouch for any IP address. Add an IP range too, such as 192.168.0.0/16.</source>
        <translation>Les adresses IP restent sans restriction : cette autorité pourrait se porter garante de n’importe quelle adresse IP. Ajoutez aussi une plage IP, par exemple 192.168.0.0/16.</translation>
    </message>
    <message>
        <source>Host names stay unrestricted: this CA could vouch for any web site. Add a domain too, such as home.arpa.</source>
        <translation>Les noms d’hôte restent sans restriction : cette autorité pourrait se porter garante de n’importe quel site web. Ajoutez aussi un domaine, par exemple home.arpa.</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>nom de la CA</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Give the {what} in words, such as &apos;Home Network CA&apos;; iPhones need one.</source>
        <translation>Indiquez le champ « {what} » en toutes lettres, comme &apos;Home Network CA&apos; ; les iPhone l’exigent.</translation>
    </message>
    <message>
        <source>The {what} can be at most {limit} characters long.</source>
        <translation>Le champ « {what} » fait au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>The {what} contains an invisible character; retype it.</source>
        <translation>Le champ « {what} » contient un caractère invisible ; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>{entry} is listed twice; keep one.</source>
        <translation>{entry} figure deux fois ; gardez-en un.</translation>
    </message>
    <message>
        <source>The new certificate would be rejected: {problem}</source>
        <translation>Le nouveau certificat serait refusé : {problem}</translation>
    </message>
</context>
<context>
    <name>core.caddy</name>
    <message>
        <source>the folder {text} has a character a Caddyfile cannot hold; choose a plainer --out path</source>
        <translation>le dossier {text} contient un caractère qu’un Caddyfile ne peut pas contenir ; choisissez un chemin --out plus simple</translation>
    </message>
    <message>
        <source>Caddy before 2.6.3 cannot set the certificate lifetime (its leaves last 12 hours); leave out --leaf-days</source>
        <translation>Caddy avant 2.6.3 ne peut pas régler la durée des certificats (ils durent 12 heures) ; omettez --leaf-days</translation>
    </message>
</context>
<context>
    <name>core.causes</name>
    <message>
        <source>The profile was not downloaded or installed</source>
        <translation>Le profil n’a pas été téléchargé ou installé</translation>
    </message>
    <message>
        <source>Tap “Download profile” on the phone, then install it in Settings &gt; General &gt; VPN &amp; Device Management.</source>
        <translation>Touchez « Télécharger le profil » sur le téléphone, puis installez-le dans Settings &gt; General &gt; VPN &amp; Device Management.</translation>
    </message>
    <message>
        <source>your CA</source>
        <translation>votre CA</translation>
    </message>
    <message>
        <source>Full trust is switched off</source>
        <translation>La confiance totale est désactivée</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; About &gt; Certificate Trust Settings: switch on “{ca}”.</source>
        <translation>Settings &gt; General &gt; About &gt; Certificate Trust Settings : activez « {ca} ».</translation>
    </message>
    <message>
        <source>iOS 18.0 sometimes hides the trust switch</source>
        <translation>iOS 18.0 masque parfois l’interrupteur de confiance</translation>
    </message>
    <message>
        <source>Update the phone in Settings &gt; General &gt; Software Update, then look for the switch again.</source>
        <translation>Mettez à jour le téléphone dans Settings &gt; General &gt; Software Update, puis cherchez à nouveau l’interrupteur.</translation>
    </message>
    <message>
        <source>The page was not opened in Safari</source>
        <translation>La page n’a pas été ouverte dans Safari</translation>
    </message>
    <message>
        <source>Copy the link and open it in Safari: other browsers save the profile without offering to install it.</source>
        <translation>Copiez le lien et ouvrez-le dans Safari : les autres navigateurs enregistrent le profil sans proposer de l’installer.</translation>
    </message>
    <message>
        <source>The certificate is not installed as a trusted CA</source>
        <translation>Le certificat n’est pas installé comme CA de confiance</translation>
    </message>
    <message>
        <source>Follow the steps shown for this device again.</source>
        <translation>Suivez à nouveau les étapes indiquées pour cet appareil.</translation>
    </message>
    <message>
        <source>Another CA with the same name is installed</source>
        <translation>Une autre CA du même nom est installée</translation>
    </message>
    <message>
        <source>Remove old profiles or certificates with this name, then install this one again.</source>
        <translation>Supprimez les anciens profils ou certificats portant ce nom, puis réinstallez celui-ci.</translation>
    </message>
</context>
<context>
    <name>core.home</name>
    <message>
        <source>--home is empty: give the CA home&apos;s folder, or leave --home out to use $TRUSTANCHOR_HOME or the default folder.</source>
        <translation>--home est vide : indiquez le dossier de la CA, ou omettez --home pour utiliser $TRUSTANCHOR_HOME ou le dossier par défaut.</translation>
    </message>
    <message>
        <source>The CA home {root} is in use by another TrustAnchor program: let it finish (or close it) and try again.</source>
        <translation>Le dossier de la CA {root} est utilisé par un autre programme TrustAnchor : laissez-le terminer (ou fermez-le) et réessayez.</translation>
    </message>
    <message>
        <source>Cannot create the CA home {root} ({reason}): choose another folder with --home or $TRUSTANCHOR_HOME.</source>
        <translation>Impossible de créer le dossier de la CA {root} ({reason}) : choisissez un autre dossier avec --home ou $TRUSTANCHOR_HOME.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>fichier de la CA</translation>
    </message>
    <message>
        <source>{problem} Restore the CA from a backup, or replace it.</source>
        <translation>{problem} Restaurez la CA depuis une sauvegarde, ou remplacez-la.</translation>
    </message>
    <message>
        <source>There is no CA in {root} yet: create one (trustanchor ca create) or import one (trustanchor ca import).</source>
        <translation>Il n’y a pas encore de CA dans {root} : créez-en une (trustanchor ca create) ou importez-en une (trustanchor ca import).</translation>
    </message>
    <message>
        <source>The CA in {folder} is incomplete: {name} is missing; restore it from a backup, or replace the CA.</source>
        <translation>La CA dans {folder} est incomplète : {name} manque ; restaurez-le depuis une sauvegarde, ou remplacez la CA.</translation>
    </message>
    <message>
        <source>The CA certificate {certificate} is damaged: restore it from a backup, or replace the CA.</source>
        <translation>Le certificat de la CA {certificate} est endommagé : restaurez-le depuis une sauvegarde, ou remplacez la CA.</translation>
    </message>
    <message>
        <source>The CA key {key} is damaged or not a key: restore it from a backup, or replace the CA.</source>
        <translation>La clé de la CA {key} est endommagée ou n’est pas une clé : restaurez-la depuis une sauvegarde, ou remplacez la CA.</translation>
    </message>
    <message>
        <source>The CA key {key} does not belong to {certificate}: restore the matching pair from a backup, or replace the CA.</source>
        <translation>La clé de la CA {key} ne correspond pas à {certificate} : restaurez la paire depuis une sauvegarde, ou remplacez la CA.</translation>
    </message>
    <message>
        <source>A CA already exists in {folder}; it was left untouched. Replace it explicitly to archive it and store the new one.</source>
        <translation>Une CA existe déjà dans {folder} ; elle n’a pas été modifiée. Remplacez-la explicitement pour l’archiver et enregistrer la nouvelle.</translation>
    </message>
    <message>
        <source>There is no CA in {root} to replace: create one instead.</source>
        <translation>Il n’y a pas de CA à remplacer dans {root} : créez-en une.</translation>
    </message>
    <message>
        <source>{folder} holds other files: move them away and try again.</source>
        <translation>{folder} contient d’autres fichiers : déplacez-les et réessayez.</translation>
    </message>
    <message>
        <source>Cannot write in the CA home {root} ({reason}): make it writable, or choose another with --home; nothing was issued.</source>
        <translation>Impossible d’écrire dans le dossier de la CA {root} ({reason}) : rendez-le accessible en écriture, ou choisissez-en un autre avec --home ; rien n’a été émis.</translation>
    </message>
    <message>
        <source>An empty passphrase protects nothing: choose one, or choose no passphrase.</source>
        <translation>Une phrase secrète vide ne protège rien : choisissez-en une, ou aucune.</translation>
    </message>
</context>
<context>
    <name>core.importer</name>
    <message>
        <source>{name} is a folder: give either an mkcert CAROOT folder alone, or the CA&apos;s certificate and key files.</source>
        <translation>{name} est un dossier : indiquez soit un dossier CAROOT de mkcert seul, soit les fichiers du certificat et de la clé de la CA.</translation>
    </message>
    <message>
        <source>{name} is not an mkcert CA folder (it has no {mkcert_cert_name}): choose the folder `mkcert -CAROOT` prints, or the CA&apos;s own files.</source>
        <translation>{name} n’est pas un dossier de CA mkcert (pas de {mkcert_cert_name}) : choisissez le dossier affiché par `mkcert -CAROOT`, ou les fichiers de la CA.</translation>
    </message>
    <message>
        <source>The mkcert folder {name} has no {mkcert_key_name}: choose the folder on the machine where mkcert created the CA.</source>
        <translation>Le dossier mkcert {name} ne contient pas {mkcert_key_name} : choisissez le dossier sur la machine où mkcert a créé la CA.</translation>
    </message>
    <message>
        <source>{name} holds no certificate or private key (found: {found}): choose the CA&apos;s certificate and key files.</source>
        <translation>{name} ne contient ni certificat ni clé privée (trouvé : {found}) : choisissez les fichiers du certificat et de la clé de la CA.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the key in {name}: check it and try again.</source>
        <translation>La phrase secrète ne déverrouille pas la clé de {name} : vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>The key in {name} is protected by a passphrase: give it (with --source-passphrase-file FILE on the command line) and try again.</source>
        <translation>La clé de {name} est protégée par une phrase secrète : indiquez-la (avec --source-passphrase-file FILE en ligne de commande) et réessayez.</translation>
    </message>
    <message>
        <source>{name} holds a damaged or unreadable private key: export the key again.</source>
        <translation>{name} contient une clé privée endommagée ou illisible : exportez à nouveau la clé.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name} : {problem}</translation>
    </message>
    <message>
        <source>{name} has a serial number below 1, which RFC 5280 (4.1.2.2) forbids and newer software rejects: create a new CA instead.</source>
        <translation>{name} a un numéro de série inférieur à 1, ce que la RFC 5280 (4.1.2.2) interdit et que les logiciels récents refusent : créez plutôt une nouvelle CA.</translation>
    </message>
    <message>
        <source>The password does not open {name} (or the file is damaged): check the password and try again.</source>
        <translation>Le mot de passe n’ouvre pas {name} (ou le fichier est endommagé) : vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>{name} is protected by a password: give it (with --source-passphrase-file FILE on the command line) and try again.</source>
        <translation>{name} est protégé par un mot de passe : indiquez-le (avec --source-passphrase-file FILE en ligne de commande) et réessayez.</translation>
    </message>
    <message>
        <source>{name} holds a private key but no certificate: choose the CA&apos;s certificate too.</source>
        <translation>{name} contient une clé privée mais aucun certificat : choisissez aussi le certificat de la CA.</translation>
    </message>
    <message>
        <source>{name} holds a certificate but no private key: choose the CA&apos;s key file too (TrustAnchor needs the key to issue certificates).</source>
        <translation>{name} contient un certificat mais aucune clé privée : choisissez aussi le fichier de clé de la CA (TrustAnchor en a besoin pour émettre des certificats).</translation>
    </message>
    <message>
        <source>{name} holds a damaged or unusual certificate: export the CA certificate again.</source>
        <translation>{name} contient un certificat endommagé ou inhabituel : exportez à nouveau le certificat de la CA.</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a CA: choose the CA&apos;s certificate (CA:TRUE).</source>
        <translation>{name} est {kind}, pas une CA : choisissez le certificat de la CA (CA:TRUE).</translation>
    </message>
    <message>
        <source>The key in {key_name} does not belong to the CA certificate in {cas}: choose the key that was made with this CA.</source>
        <translation>La clé de {key_name} ne correspond pas au certificat de CA de {cas} : choisissez la clé créée avec cette CA.</translation>
    </message>
</context>
<context>
    <name>core.inputs</name>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The {what} {shown} does not exist: check the name and folder.</source>
        <translation>Le {what} {shown} n’existe pas : vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <source>The {what} {shown} is a folder, not a file: choose a file.</source>
        <translation>Le {what} {shown} est un dossier, pas un fichier : choisissez un fichier.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {shown} ({reason}).</source>
        <translation>Impossible de lire le {what} {shown} ({reason}).</translation>
    </message>
    <message>
        <source>The {what} {shown} is not a regular file (it is a {kind}): TrustAnchor reads only ordinary files.</source>
        <translation>Le {what} {shown} n’est pas un fichier ordinaire (c’est un {kind}) : TrustAnchor ne lit que des fichiers ordinaires.</translation>
    </message>
    <message>
        <source>The {what} {shown} is too large (more than {limit:,} bytes) to be what TrustAnchor expects: choose the right file.</source>
        <translation>Le {what} {shown} est trop gros (plus de {limit:,} octets) pour ce qu’attend TrustAnchor : choisissez le bon fichier.</translation>
    </message>
</context>
<context>
    <name>core.intermediate</name>
    <message>
        <source>this CA was made with path length 0, so it cannot delegate to an intermediate; make a new CA with `trustanchor ca create --replace` if you want automatic renewal</source>
        <translation>cette CA a été créée avec une longueur de chemin 0 et ne peut donc pas déléguer à une intermédiaire ; créez une nouvelle CA avec `trustanchor ca create --replace` si vous voulez le renouvellement automatique</translation>
    </message>
    <message>
        <source>{display} is outside what this CA may sign, so clients would not trust the ACME server by that name; give --names within the CA&apos;s limits.</source>
        <translation>{display} est hors de ce que cette CA peut signer ; les clients ne feraient donc pas confiance au serveur ACME sous ce nom ; donnez des --names dans les limites de la CA.</translation>
    </message>
    <message>
        <source>The intermediate can live {shortest} to {longest} days; {usual} is usual.</source>
        <translation>L’intermédiaire peut durer de {shortest} à {longest} jours ; {usual} est l’usage.</translation>
    </message>
    <message>
        <source>The CA expires on {not_after:%Y-%m-%d}, too soon to delegate to an intermediate; create a new CA first.</source>
        <translation>La CA expire le {not_after:%Y-%m-%d}, trop tôt pour déléguer à une intermédiaire ; créez d’abord une nouvelle CA.</translation>
    </message>
</context>
<context>
    <name>core.issued</name>
    <message>
        <source>record</source>
        <translation>registre</translation>
    </message>
</context>
<context>
    <name>core.java</name>
    <message>
        <source>added by TrustAnchor as alias {alias}</source>
        <translation>ajouté par TrustAnchor sous l’alias {alias}</translation>
    </message>
    <message>
        <source>Java&apos;s cacerts cannot be written by you (it belongs to root); run the command as root to change it.</source>
        <translation>Vous ne pouvez pas écrire le cacerts de Java (il appartient à root) ; lancez la commande en tant que root pour le modifier.</translation>
    </message>
</context>
<context>
    <name>core.journal</name>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
</context>
<context>
    <name>core.keystore</name>
    <message>
        <source>The CA key is protected by a passphrase: give it with --passphrase-file FILE or $TRUSTANCHOR_PASSPHRASE (or type it when asked).</source>
        <translation>La clé de la CA est protégée par une phrase secrète : indiquez-la avec --passphrase-file FILE ou $TRUSTANCHOR_PASSPHRASE (ou saisissez-la quand elle est demandée).</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this CA key: check it and try again.</source>
        <translation>La phrase secrète ne déverrouille pas cette clé de CA : vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>This is not a readable private key: choose a PEM or DER private key file.</source>
        <translation>Ce n’est pas une clé privée lisible : choisissez un fichier de clé privée PEM ou DER.</translation>
    </message>
    <message>
        <source>This key type cannot sign for TrustAnchor: use an EC (P-256, P-384) or RSA key.</source>
        <translation>Ce type de clé ne peut pas signer pour TrustAnchor : utilisez une clé EC (P-256, P-384) ou RSA.</translation>
    </message>
    <message>
        <source>This key asks for more scrypt work than is safe to spend: re-encrypt it with normal settings (openssl pkcs8 -topk8) and import it again.</source>
        <translation>Cette clé demande plus de travail scrypt qu’il n’est raisonnable : rechiffrez-la avec des réglages normaux (openssl pkcs8 -topk8) et importez-la à nouveau.</translation>
    </message>
    <message>
        <source>This file asks for more than 10 million key-derivation rounds: re-export it with normal settings and import it again.</source>
        <translation>Ce fichier demande plus de 10 millions de tours de dérivation de clé : réexportez-le avec des réglages normaux et importez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>core.leaf</name>
    <message>
        <source>A certificate must be valid for at least 1 day.</source>
        <translation>Un certificat doit être valable au moins 1 jour.</translation>
    </message>
    <message>
        <source>{days} days is too long: iPhones and Macs reject server certificates valid for more than {limit} days; use {default} (the default) or fewer.</source>
        <translation>{days} jours, c’est trop long : les iPhone et les Mac refusent les certificats de serveur valables plus de {limit} jours ; utilisez {default} (par défaut) ou moins.</translation>
    </message>
    <message>
        <source>Choose a password for the .p12 file; it cannot be empty.</source>
        <translation>Choisissez un mot de passe pour le fichier .p12 ; il ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The .p12 password is too short: use at least {count} characters (or let TrustAnchor generate one).</source>
        <translation>Le mot de passe .p12 est trop court : utilisez au moins {count} caractères (ou laissez TrustAnchor en générer un).</translation>
    </message>
</context>
<context>
    <name>core.linux</name>
    <message>
        <source>cannot read {path} ({reason})</source>
        <translation>impossible de lire {path} ({reason})</translation>
    </message>
    <message>
        <source>added by TrustAnchor as {path}</source>
        <translation>ajouté par TrustAnchor sous {path}</translation>
    </message>
    <message>
        <source>added by someone else (TrustAnchor will not remove it)</source>
        <translation>ajouté par quelqu’un d’autre (TrustAnchor ne le retirera pas)</translation>
    </message>
    <message>
        <source>{path} is there, but the bundle was not rebuilt: run {tool}</source>
        <translation>{path} est présent, mais le bundle n’a pas été reconstruit : lancez {tool}</translation>
    </message>
    <message>
        <source>Cannot write {target} ({reason}); the system store was left as it was.</source>
        <translation>Impossible d’écrire {target} ({reason}) ; le magasin système n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot remove {target} ({reason}); the system store was left as it was.</source>
        <translation>Impossible de supprimer {target} ({reason}) ; le magasin système n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Changing the system store needs an administrator, and neither pkexec nor sudo is installed; run this command as root instead.</source>
        <translation>Modifier le magasin système exige un administrateur, et ni pkexec ni sudo n’est installé ; lancez plutôt cette commande en tant que root.</translation>
    </message>
</context>
<context>
    <name>core.listener</name>
    <message>
        <source>The HTTPS certificate or its key could not be loaded; issue a new server certificate from the CA and try again.</source>
        <extracomment>Called in the connection&apos;s own thread with the (TLS) socket, the client&apos;s IP, whether the connection is TLS, and its Activity. The listener closes the socket afterwards.</extracomment>
        <translation>Le certificat HTTPS ou sa clé n’a pas pu être chargé ; émettez un nouveau certificat de serveur depuis la CA et réessayez.</translation>
    </message>
</context>
<context>
    <name>core.macos</name>
    <message>
        <source>in the keychain (the handshake below shows the trust)</source>
        <translation>dans le trousseau (la négociation ci-dessous montre la confiance)</translation>
    </message>
    <message>
        <source>macOS did not allow the change to the certificate trust settings (the password prompt was cancelled or could not be shown); nothing was changed.</source>
        <translation>macOS n’a pas autorisé la modification des réglages de confiance (la demande de mot de passe a été annulée ou n’a pas pu s’afficher) ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>core.names</name>
    <message>
        <source>such as nas.local or 192.168.1.20</source>
        <translation>par exemple nas.local ou 192.168.1.20</translation>
    </message>
    <message>
        <source>{name} is listed twice; keep one.</source>
        <translation>{name} figure deux fois ; gardez-en un.</translation>
    </message>
    <message>
        <source>{earlier} and {name} are the same name ({display}); keep one.</source>
        <translation>{earlier} et {name} sont le même nom ({display}) ; gardez-en un.</translation>
    </message>
    <message>
        <source>Give at least one host name or IP address, {example}.</source>
        <translation>Indiquez au moins un nom d’hôte ou une adresse IP, {example}.</translation>
    </message>
    <message>
        <source>such as home.arpa or 192.168.0.0/16</source>
        <translation>par exemple home.arpa ou 192.168.0.0/16</translation>
    </message>
    <message>
        <source>Write {domain} without the leading dot; it already covers every name under it.</source>
        <translation>Écrivez {domain} sans le point initial ; il couvre déjà tous les noms en dessous.</translation>
    </message>
    <message>
        <source>Write {domain} without &apos;*.&apos;; it already covers every name under it.</source>
        <translation>Écrivez {domain} sans &apos;*.&apos; ; il couvre déjà tous les noms en dessous.</translation>
    </message>
    <message>
        <source>Type a host name or IP address, {example}.</source>
        <translation>Saisissez un nom d’hôte ou une adresse IP, {example}.</translation>
    </message>
    <message>
        <source>{name} contains a space; enter one name at a time, without spaces.</source>
        <translation>{name} contient une espace ; saisissez un nom à la fois, sans espace.</translation>
    </message>
    <message>
        <source>{name} holds several names; enter one at a time.</source>
        <translation>{name} contient plusieurs noms ; saisissez-les un par un.</translation>
    </message>
    <message>
        <source>{name} contains an invisible control character; type it again.</source>
        <translation>{name} contient un caractère de contrôle invisible ; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>type just {host}</source>
        <translation>saisissez seulement {host}</translation>
    </message>
    <message>
        <source>type just the host name</source>
        <translation>saisissez seulement le nom d’hôte</translation>
    </message>
    <message>
        <source>{name} is a web address; {hint}.</source>
        <translation>{name} est une adresse web ; {hint}.</translation>
    </message>
    <message>
        <source>{name} looks like an e-mail address; {hint}.</source>
        <translation>{name} ressemble à une adresse e-mail ; {hint}.</translation>
    </message>
    <message>
        <source>{name} has a zone (%{scope_id}); type just {bare}.</source>
        <translation>{name} a une zone (%{scope_id}) ; saisissez seulement {bare}.</translation>
    </message>
    <message>
        <source>{address} means &apos;any address&apos;; type the machine&apos;s own address instead.</source>
        <translation>{address} signifie « n’importe quelle adresse » ; saisissez plutôt l’adresse de la machine.</translation>
    </message>
    <message>
        <source>{address} is a broadcast or multicast address; type the machine&apos;s own address.</source>
        <translation>{address} est une adresse de diffusion ou multicast ; saisissez l’adresse de la machine.</translation>
    </message>
    <message>
        <source>{name} is not an IP range; write one like 192.168.0.0/16.</source>
        <translation>{name} n’est pas une plage IP ; écrivez-la comme 192.168.0.0/16.</translation>
    </message>
    <message>
        <source>{name} is not the start of its range; did you mean {widened}?</source>
        <translation>{name} n’est pas le début de sa plage ; vouliez-vous dire {widened} ?</translation>
    </message>
    <message>
        <source>{name} is a range of addresses; a certificate lists single addresses, so type each one, such as {first_host}.</source>
        <translation>{name} est une plage d’adresses ; un certificat liste des adresses uniques, saisissez donc chacune, comme {first_host}.</translation>
    </message>
    <message>
        <source>type just {before}</source>
        <translation>saisissez seulement {before}</translation>
    </message>
    <message>
        <source>{name} contains &apos;/&apos;; {hint}.</source>
        <translation>{name} contient &apos;/&apos; ; {hint}.</translation>
    </message>
    <message>
        <source>Type the address without brackets: {inner}.</source>
        <translation>Saisissez l’adresse sans crochets : {inner}.</translation>
    </message>
    <message>
        <source>{name} includes a port; type just {host} (ports do not go into certificates).</source>
        <translation>{name} inclut un port ; saisissez seulement {host} (les ports ne vont pas dans les certificats).</translation>
    </message>
    <message>
        <source>{name} is not a valid IPv6 address or host name; check it for typos.</source>
        <translation>{name} n’est ni une adresse IPv6 ni un nom d’hôte valide ; vérifiez la saisie.</translation>
    </message>
    <message>
        <source>{name} contains characters that cannot be in a host name.</source>
        <translation>{name} contient des caractères interdits dans un nom d’hôte.</translation>
    </message>
    <message>
        <source>start with a dot</source>
        <translation>commencer par un point</translation>
    </message>
    <message>
        <source>have two dots in a row</source>
        <translation>contenir deux points de suite</translation>
    </message>
    <message>
        <source>{name}: a host name cannot {where}.</source>
        <translation>{name} : un nom d’hôte ne peut pas {where}.</translation>
    </message>
    <message>
        <source>{name}: &apos;*&apos; is not allowed here.</source>
        <translation>{name} : &apos;*&apos; n’est pas autorisé ici.</translation>
    </message>
    <message>
        <source>{name}: a wildcard needs a name after it, like *.lab.home.arpa.</source>
        <translation>{name} : un joker doit être suivi d’un nom, comme *.lab.home.arpa.</translation>
    </message>
    <message>
        <source>{name}: a wildcard must be the whole left-most part, like *.lab.home.arpa.</source>
        <translation>{name} : un joker doit occuper toute la partie la plus à gauche, comme *.lab.home.arpa.</translation>
    </message>
    <message>
        <source>{name} is not a valid internationalised name ({exc}).</source>
        <translation>{name} n’est pas un nom internationalisé valide ({exc}).</translation>
    </message>
    <message>
        <source>{name}: host names cannot contain &apos;_&apos;; use &apos;-&apos; instead.</source>
        <translation>{name} : un nom d’hôte ne peut pas contenir &apos;_&apos; ; utilisez &apos;-&apos;.</translation>
    </message>
    <message>
        <source>{name}: {bad!r} cannot be in a host name; use letters, digits and &apos;-&apos;.</source>
        <translation>{name} : {bad!r} est interdit dans un nom d’hôte ; utilisez lettres, chiffres et &apos;-&apos;.</translation>
    </message>
    <message>
        <source>{name}: a part of a host name cannot start or end with &apos;-&apos;.</source>
        <translation>{name} : une partie d’un nom d’hôte ne peut ni commencer ni finir par &apos;-&apos;.</translation>
    </message>
    <message>
        <source>{name}: {label} is not a valid internationalised (xn--) name.</source>
        <translation>{name} : {label} n’est pas un nom internationalisé (xn--) valide.</translation>
    </message>
    <message>
        <source>{name}: each part between dots can be at most {limit} characters, and {part} has {length}.</source>
        <translation>{name} : chaque partie entre les points fait au plus {limit} caractères, et {part} en a {length}.</translation>
    </message>
    <message>
        <source>{name} is too long: a host name can be at most {limit} characters.</source>
        <translation>{name} est trop long : un nom d’hôte fait au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>{name} is not a valid IP address; an IPv4 address is four numbers from 0 to 255 without leading zeros, such as 192.168.1.20.</source>
        <translation>{name} n’est pas une adresse IP valide ; une adresse IPv4 compte quatre nombres de 0 à 255 sans zéro initial, comme 192.168.1.20.</translation>
    </message>
    <message>
        <source>{name}: the last part of a host name cannot be only digits.</source>
        <translation>{name} : la dernière partie d’un nom d’hôte ne peut pas être uniquement des chiffres.</translation>
    </message>
    <message>
        <source>{name} would cover all of {base}, which browsers refuse; use a name one level down, such as *.lab.{base}, or list each name.</source>
        <translation>{name} couvrirait tout {base}, ce que les navigateurs refusent ; utilisez un nom un niveau plus bas, comme *.lab.{base}, ou listez chaque nom.</translation>
    </message>
</context>
<context>
    <name>core.nss</name>
    <message>
        <source>Cannot create {path} ({reason}).</source>
        <translation>Impossible de créer {path} ({reason}).</translation>
    </message>
    <message>
        <source>certutil cannot read {path}</source>
        <translation>certutil ne peut pas lire {path}</translation>
    </message>
    <message>
        <source>present as {nickname!r} but not trusted for websites ({trust})</source>
        <translation>présent sous {nickname!r} mais pas approuvé pour les sites web ({trust})</translation>
    </message>
    <message>
        <source>added by TrustAnchor as {nickname!r}</source>
        <translation>ajouté par TrustAnchor sous {nickname!r}</translation>
    </message>
    <message>
        <source>vfychain (NSS) verified a server certificate from the CA</source>
        <translation>vfychain (NSS) a vérifié un certificat de serveur de la CA</translation>
    </message>
    <message>
        <source>certutil -V (NSS) verified the CA for TLS servers</source>
        <translation>certutil -V (NSS) a vérifié la CA pour les serveurs TLS</translation>
    </message>
    <message>
        <source>{path} is read-only; it was left as it was.</source>
        <translation>{path} est en lecture seule ; il n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>core.operations</name>
    <message>
        <source>The .p12 password is too short: use at least {count} characters, or let TrustAnchor generate one.</source>
        <translation>Le mot de passe .p12 est trop court : utilisez au moins {count} caractères, ou laissez TrustAnchor en générer un.</translation>
    </message>
    <message>
        <source>a .p12 file holds the CA&apos;s private key and needs a password</source>
        <translation>un fichier .p12 contient la clé privée de la CA et exige un mot de passe</translation>
    </message>
</context>
<context>
    <name>core.outputs</name>
    <message>
        <source>{path} is {kind}, not a regular file; TrustAnchor only overwrites regular files: choose another name.</source>
        <translation>{path} est {kind}, pas un fichier ordinaire ; TrustAnchor n’écrase que des fichiers ordinaires : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{path} already exists; move it away or choose to overwrite it.</source>
        <translation>{path} existe déjà ; déplacez-le ou choisissez de l’écraser.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); choose a folder you can write to.</source>
        <translation>Impossible d’écrire {path} ({reason}) ; choisissez un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>core.proof</name>
    <message>
        <source>the operating system (truststore)</source>
        <translation>le système d’exploitation (truststore)</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>aucune négociation</translation>
    </message>
    <message>
        <source>TLS handshake to {address} verified by {method}</source>
        <translation>Négociation TLS avec {address} vérifiée par {method}</translation>
    </message>
    <message>
        <source>the certificate was accepted</source>
        <translation>le certificat a été accepté</translation>
    </message>
</context>
<context>
    <name>core.publisher</name>
    <message>
        <source>This computer has no network address a phone could reach; connect it to your Wi-Fi or network, or pass --bind with an address.</source>
        <translation>Cet ordinateur n’a aucune adresse réseau joignable par un téléphone ; connectez-le à votre Wi-Fi ou réseau, ou indiquez une adresse avec --bind.</translation>
    </message>
    <message>
        <source>Bonjour is off.</source>
        <translation>Bonjour est désactivé.</translation>
    </message>
    <message>
        <source>This CA may not sign {address}, so phones could not test trust against it; choose another address with --bind, or use a CA whose name constraints include it.</source>
        <translation>Cette CA ne peut pas signer {address}, les téléphones ne pourraient donc pas tester la confiance ; choisissez une autre adresse avec --bind, ou une CA dont les contraintes de noms l’incluent.</translation>
    </message>
    <message>
        <source>No name for the HTTPS test certificate; choose an address with --bind.</source>
        <translation>Aucun nom pour le certificat de test HTTPS ; choisissez une adresse avec --bind.</translation>
    </message>
    <message>
        <source>Bonjour is off (--no-mdns).</source>
        <translation>Bonjour est désactivé (--no-mdns).</translation>
    </message>
    <message>
        <source>Bonjour is off for a loopback address.</source>
        <translation>Bonjour est désactivé pour une adresse de bouclage.</translation>
    </message>
</context>
<context>
    <name>core.reachability</name>
    <message>
        <source>If the phone is on the same Wi-Fi, Windows Defender Firewall is the usual cause: in Settings &gt; Network &amp; internet, make this network Private, and under Windows Security &gt; Firewall &amp; network protection &gt; Allow an app through firewall, allow TrustAnchor on Private networks.</source>
        <translation>Si le téléphone est sur le même Wi-Fi, le pare-feu Windows Defender est la cause habituelle : dans Settings &gt; Network &amp; internet, rendez ce réseau Private, et dans Windows Security &gt; Firewall &amp; network protection &gt; Allow an app through firewall, autorisez TrustAnchor sur les réseaux Private.</translation>
    </message>
    <message>
        <source>If the phone is on the same Wi-Fi, check System Settings &gt; Network &gt; Firewall &gt; Options (allow TrustAnchor) and System Settings &gt; Privacy &amp; Security &gt; Local Network (TrustAnchor on).</source>
        <translation>Si le téléphone est sur le même Wi-Fi, vérifiez System Settings &gt; Network &gt; Firewall &gt; Options (autoriser TrustAnchor) et System Settings &gt; Privacy &amp; Security &gt; Local Network (TrustAnchor activé).</translation>
    </message>
    <message>
        <source>If the phone is on the same Wi-Fi, a firewall on this computer may block it: allow the page&apos;s port (for example `sudo ufw allow {port}/tcp`, or `sudo firewall-cmd --add-port={port}/tcp`).</source>
        <translation>Si le téléphone est sur le même Wi-Fi, un pare-feu de cet ordinateur le bloque peut-être : autorisez le port de la page (par exemple `sudo ufw allow {port}/tcp` ou `sudo firewall-cmd --add-port={port}/tcp`).</translation>
    </message>
    <message>
        <source>No phone has opened the page yet. {steps} Also check that the phone is not on a guest network or using mobile data.</source>
        <translation>Aucun téléphone n’a encore ouvert la page. {steps} Vérifiez aussi que le téléphone n’est pas sur un réseau invité ni en données mobiles.</translation>
    </message>
</context>
<context>
    <name>core.reader</name>
    <message>
        <source>certificate file</source>
        <translation>fichier de certificat</translation>
    </message>
    <message>
        <source>{label} is not a PEM or DER certificate</source>
        <translation>{label} n’est pas un certificat PEM ou DER</translation>
    </message>
</context>
<context>
    <name>core.renewal</name>
    <message>
        <source>the record for {names} does not say where its files are; issue it again with `trustanchor issue`</source>
        <translation>l’enregistrement de {names} n’indique pas où sont ses fichiers ; émettez-le à nouveau avec `trustanchor issue`</translation>
    </message>
</context>
<context>
    <name>core.rules</name>
    <message>
        <source>An extension cannot be read ({detail}); iOS refuses malformed certificates.</source>
        <translation>Une extension est illisible ({detail}) ; iOS refuse les certificats mal formés.</translation>
    </message>
    <message>
        <source>The critical extension {oid} is unknown to verifiers, so they must refuse the certificate.</source>
        <translation>L’extension critique {oid} est inconnue des vérificateurs, qui doivent donc refuser le certificat.</translation>
    </message>
    <message>
        <source>This certificate expired on {date} UTC, and iOS refuses expired certificates: make a new one.</source>
        <translation>Ce certificat a expiré le {date} UTC, et iOS refuse les certificats expirés : créez-en un nouveau.</translation>
    </message>
    <message>
        <source>This certificate is valid only from {date} UTC; iOS refuses it until then (check the maker&apos;s clock).</source>
        <translation>Ce certificat n’est valide qu’à partir du {date} UTC ; iOS le refuse jusque-là (vérifiez l’horloge de son créateur).</translation>
    </message>
    <message>
        <source>This certificate expires on {date}: renew it soon.</source>
        <translation>Ce certificat expire le {date} : renouvelez-le bientôt.</translation>
    </message>
    <message>
        <source>{who} has a {bits}-bit RSA key; iOS refuses RSA keys under 2048 bits: use RSA 2048+ or EC P-256.</source>
        <translation>{who} a une clé RSA de {bits} bits ; iOS refuse les clés RSA de moins de 2048 bits : utilisez RSA 2048+ ou EC P-256.</translation>
    </message>
    <message>
        <source>{who} has a {bits}-bit EC key; iOS requires P-256 or more.</source>
        <translation>{who} a une clé EC de {bits} bits ; iOS exige P-256 ou plus.</translation>
    </message>
    <message>
        <source>{who} uses the curve {curve}; Apple&apos;s TLS accepts only P-256, P-384 and P-521.</source>
        <translation>{who} utilise la courbe {curve} ; le TLS d’Apple n’accepte que P-256, P-384 et P-521.</translation>
    </message>
    <message>
        <source>{who} has a P-521 key: iOS accepts it, Chrome does not. P-256 or P-384 work everywhere.</source>
        <translation>{who} a une clé P-521 : iOS l’accepte, Chrome non. P-256 ou P-384 fonctionnent partout.</translation>
    </message>
    <message>
        <source>{who} has {kind} key, but Apple&apos;s TLS accepts only RSA and EC keys: use EC P-256 or RSA 2048+.</source>
        <translation>{who} a une clé de type {kind}, mais le TLS d’Apple n’accepte que les clés RSA et EC : utilisez EC P-256 ou RSA 2048+.</translation>
    </message>
    <message>
        <source>This certificate is signed with SHA-1, which iOS refuses for TLS (except in a root&apos;s own signature): sign it with SHA-256.</source>
        <translation>Ce certificat est signé avec SHA-1, qu’iOS refuse pour TLS (sauf dans la signature propre d’une racine) : signez-le avec SHA-256.</translation>
    </message>
    <message>
        <source>This certificate is signed with MD5, which iOS refuses for TLS (except in a root&apos;s own signature): sign it with SHA-256.</source>
        <translation>Ce certificat est signé avec MD5, qu’iOS refuse pour TLS (sauf dans la signature propre d’une racine) : signez-le avec SHA-256.</translation>
    </message>
    <message>
        <source>This certificate is signed with {alg}; Apple&apos;s TLS takes RSA or ECDSA signatures with SHA-2: sign it with SHA-256.</source>
        <translation>Ce certificat est signé avec {alg} ; le TLS d’Apple accepte les signatures RSA ou ECDSA avec SHA-2 : signez-le avec SHA-256.</translation>
    </message>
    <message>
        <source>This root CA also names servers ({names}); Firefox refuses a CA as a server certificate: issue a separate one.</source>
        <translation>Cette autorité de certification racine nomme aussi des serveurs ({names}) ; Firefox refuse une CA comme certificat de serveur : émettez-en un séparé.</translation>
    </message>
    <message>
        <source>This certificate is not a CA (basicConstraints CA:TRUE), so iOS does not list it in Certificate Trust Settings: make a real root.</source>
        <translation>Ce certificat n’est pas une CA (basicConstraints CA:TRUE), donc iOS ne l’affiche pas dans « Certificate Trust Settings » : créez une vraie racine.</translation>
    </message>
    <message>
        <source>CA:TRUE is not marked critical; iOS lists only critical CA:TRUE roots in Certificate Trust Settings.</source>
        <translation>CA:TRUE n’est pas marqué critique ; iOS n’affiche dans « Certificate Trust Settings » que les racines avec CA:TRUE critique.</translation>
    </message>
    <message>
        <source>This CA has no path length limit, so chains of any depth pass; a stolen key signs leaves for any name anyway: name constraints are what bound it.</source>
        <translation>Cette CA n’a pas de limite de longueur de chemin, donc des chaînes de toute profondeur passent ; une clé volée signe de toute façon pour n’importe quel nom : seules les contraintes de nom la bornent.</translation>
    </message>
    <message>
        <source>This CA has no keyUsage: iOS accepts it, strict checkers refuse the chain.</source>
        <translation>Cette CA n’a pas de keyUsage : iOS l’accepte, les vérificateurs stricts refusent la chaîne.</translation>
    </message>
    <message>
        <source>This CA&apos;s keyUsage lacks keyCertSign, so iOS refuses everything it signs.</source>
        <translation>Le keyUsage de cette CA n’a pas keyCertSign, donc iOS refuse tout ce qu’elle signe.</translation>
    </message>
    <message>
        <source>This CA has no subjectKeyIdentifier: iOS accepts it, strict checkers do not.</source>
        <translation>Cette CA n’a pas de subjectKeyIdentifier : iOS l’accepte, les vérificateurs stricts non.</translation>
    </message>
    <message>
        <source>This root has no Common Name, and iOS does not list such a root in Certificate Trust Settings: give it a name such as &quot;Home CA&quot;.</source>
        <translation>Cette racine n’a pas de Common Name, et iOS ne l’affiche pas dans « Certificate Trust Settings » : donnez-lui un nom comme &quot;Home CA&quot;.</translation>
    </message>
    <message>
        <source>This root&apos;s signature does not verify with its own key (damaged?), so iOS cannot use it as a root.</source>
        <translation>La signature de cette racine ne se vérifie pas avec sa propre clé (endommagée ?), donc iOS ne peut pas l’utiliser comme racine.</translation>
    </message>
    <message>
        <source>This server certificate is also a CA (CA:TRUE); Firefox refuses it and a CA key must not sit on a server: use CA:FALSE.</source>
        <translation>Ce certificat de serveur est aussi une CA (CA:TRUE) ; Firefox le refuse et une clé de CA ne doit pas rester sur un serveur : utilisez CA:FALSE.</translation>
    </message>
    <message>
        <source>This server certificate signs itself without being a CA, so iOS cannot trust it: issue it from a root CA on the iPhone.</source>
        <translation>Ce certificat de serveur se signe lui-même sans être une CA, donc iOS ne peut pas lui faire confiance : émettez-le depuis une CA racine installée sur l’iPhone.</translation>
    </message>
    <message>
        <source>iOS ignores the Common Name for host names: put {cn} in the subjectAltName (here it is only in the Common Name).</source>
        <translation>iOS ignore le Common Name pour les noms d’hôte : mettez {cn} dans le subjectAltName (ici, il n’est que dans le Common Name).</translation>
    </message>
    <message>
        <source>There is no subjectAltName with a DNS name or IP address, the only place iOS looks for host names: add the names.</source>
        <translation>Il n’y a pas de subjectAltName avec un nom DNS ou une adresse IP, seul endroit où iOS cherche les noms d’hôte : ajoutez les noms.</translation>
    </message>
    <message>
        <source>The Common Name {cn} is not in the subjectAltName, so iOS refuses connections to {cn}: add it there.</source>
        <translation>Le Common Name {cn} n’est pas dans le subjectAltName, donc iOS refuse les connexions à {cn} : ajoutez-le.</translation>
    </message>
    <message>
        <source>{name} is written as a DNS name; iPhones and browsers match addresses only as IP:{name} entries.</source>
        <translation>{name} est écrit comme nom DNS ; les iPhone et les navigateurs ne reconnaissent les adresses que sous la forme IP:{name}.</translation>
    </message>
    <message>
        <source>Browsers accept a wildcard only as the whole left-most label (like *.lab.home.arpa), not {name}.</source>
        <translation>Les navigateurs n’acceptent un joker que comme étiquette entière la plus à gauche (comme *.lab.home.arpa), pas {name}.</translation>
    </message>
    <message>
        <source>Browsers refuse {name}, a wildcard right under {parent}: use nas.{parent} or *.lab.{parent}.</source>
        <translation>Les navigateurs refusent {name}, un joker juste sous {parent} : utilisez nas.{parent} ou *.lab.{parent}.</translation>
    </message>
    <message>
        <source>The subject is empty, so the subjectAltName must be critical for strict checkers.</source>
        <translation>Le sujet est vide, donc le subjectAltName doit être critique pour les vérificateurs stricts.</translation>
    </message>
    <message>
        <source>There is no extendedKeyUsage; iOS 13 and later require one with serverAuth: reissue it with serverAuth.</source>
        <translation>Il n’y a pas d’extendedKeyUsage ; iOS 13 et versions ultérieures en exigent une avec serverAuth : réémettez-le avec serverAuth.</translation>
    </message>
    <message>
        <source>The extendedKeyUsage allows {uses} but not serverAuth, so iOS refuses it for HTTPS: reissue it with serverAuth.</source>
        <translation>L’extendedKeyUsage autorise {uses} mais pas serverAuth, donc iOS le refuse pour HTTPS : réémettez-le avec serverAuth.</translation>
    </message>
    <message>
        <source>The keyUsage lacks digitalSignature, which TLS 1.3 and ECDHE need; clients that check it refuse the certificate.</source>
        <translation>Le keyUsage n’a pas digitalSignature, nécessaire à TLS 1.3 et ECDHE ; les clients qui le vérifient refusent le certificat.</translation>
    </message>
    <message>
        <source>Valid for {days} days, but iOS refuses server certificates made after 1 July 2019 that last over 825 days, even under your own root (397 is safest).</source>
        <translation>Valide {days} jours, mais iOS refuse les certificats de serveur créés après le 1er juillet 2019 qui durent plus de 825 jours, même sous votre propre racine (397 est le plus sûr).</translation>
    </message>
    <message>
        <source>Valid for {days} days: fine under your own root, though public ones stop at 398 (397 is safest).</source>
        <translation>Valide {days} jours : correct sous votre propre racine, mais les certificats publics s’arrêtent à 398 (397 est le plus sûr).</translation>
    </message>
    <message>
        <source>There is no authorityKeyIdentifier: iOS accepts that, strict checkers do not.</source>
        <translation>Il n’y a pas d’authorityKeyIdentifier : iOS l’accepte, les vérificateurs stricts non.</translation>
    </message>
    <message>
        <source>This certificate was issued by {issuer}, not by the CA given ({subject}).</source>
        <translation>Ce certificat a été émis par {issuer}, pas par la CA indiquée ({subject}).</translation>
    </message>
    <message>
        <source>This certificate names another CA key than the CA given: it comes from a different CA of that name.</source>
        <translation>Ce certificat désigne une autre clé de CA que la CA indiquée : il vient d’une autre CA de ce nom.</translation>
    </message>
    <message>
        <source>The given CA&apos;s key did not sign this certificate (was the CA made again?): use the CA that did, or reissue it.</source>
        <translation>La clé de la CA indiquée n’a pas signé ce certificat (la CA a-t-elle été recréée ?) : utilisez la CA qui l’a signé, ou réémettez-le.</translation>
    </message>
    <message>
        <source>This certificate outlives its CA, which expires on {date}; from then on iOS refuses it.</source>
        <translation>Ce certificat dure plus longtemps que sa CA, qui expire le {date} ; à partir de là, iOS le refuse.</translation>
    </message>
    <message>
        <source>The CA may only vouch for {allowed}, but this certificate names {names}: iOS refuses it.</source>
        <translation>La CA ne peut garantir que {allowed}, mais ce certificat nomme {names} : iOS le refuse.</translation>
    </message>
    <message>
        <source>The given CA is not marked CA:TRUE, so nothing it signs is trusted.</source>
        <translation>La CA indiquée n’est pas marquée CA:TRUE, donc rien de ce qu’elle signe n’est approuvé.</translation>
    </message>
    <message>
        <source>The issuing CA expired on {date}, so iOS refuses everything it issued: make a new CA.</source>
        <translation>La CA émettrice a expiré le {date}, donc iOS refuse tout ce qu’elle a émis : créez une nouvelle CA.</translation>
    </message>
    <message>
        <source>This certificate</source>
        <translation>Ce certificat</translation>
    </message>
    <message>
        <source>an unknown kind of</source>
        <translation>inconnu</translation>
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
        <translation>rien</translation>
    </message>
    <message>
        <source>The issuing CA</source>
        <translation>La CA émettrice</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>d’autres noms</translation>
    </message>
</context>
<context>
    <name>core.runner</name>
    <message>
        <source>{tool} did not finish within {seconds:.0f} seconds; nothing more was changed.</source>
        <translation>{tool} ne s’est pas terminé en {seconds:.0f} secondes ; rien d’autre n’a été modifié.</translation>
    </message>
    <message>
        <source>Cannot run {program}: {reason}.</source>
        <translation>Impossible de lancer {program} : {reason}.</translation>
    </message>
    <message>
        <source>{tool} is not installed: install {package}.</source>
        <translation>{tool} n’est pas installé : installez {package}.</translation>
    </message>
    <message>
        <source>{tool} is not installed.</source>
        <translation>{tool} n’est pas installé.</translation>
    </message>
    <message>
        <source>The administrator password was not given, so the system store was left as it was.</source>
        <translation>Le mot de passe administrateur n’a pas été donné ; le magasin système n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>core.servercheck</name>
    <message>
        <source>{url!r} is not a valid https:// URL.</source>
        <translation>{url!r} n’est pas une URL https:// valide.</translation>
    </message>
    <message>
        <source>{url!r} is not an https:// URL with a host name, such as https://nas.local:8443.</source>
        <translation>{url!r} n’est pas une URL https:// avec un nom d’hôte, comme https://nas.local:8443.</translation>
    </message>
    <message>
        <source>{host} could not be found: check the name, or use the server&apos;s IP address.</source>
        <translation>{host} est introuvable : vérifiez le nom, ou utilisez l’adresse IP du serveur.</translation>
    </message>
    <message>
        <source>{where} did not answer within {timeout:g} seconds (a firewall, or the server is off).</source>
        <translation>{where} n’a pas répondu en {timeout:g} secondes (un pare-feu, ou le serveur est éteint).</translation>
    </message>
    <message>
        <source>Nothing is listening at {where} (connection refused).</source>
        <translation>Rien n’écoute sur {where} (connexion refusée).</translation>
    </message>
    <message>
        <source>{where} cannot be reached: {reason}.</source>
        <translation>{where} est injoignable : {reason}.</translation>
    </message>
    <message>
        <source>{where} offers only TLS older than 1.2, which an iPhone refuses; turn on TLS 1.2 or 1.3 on the server.</source>
        <translation>{where} ne propose qu’un TLS antérieur à 1.2, qu’un iPhone refuse ; activez TLS 1.2 ou 1.3 sur le serveur.</translation>
    </message>
    <message>
        <source>{where} answered, but no TLS handshake completed ({reason}); is it an HTTPS port?</source>
        <translation>{where} a répondu, mais aucune négociation TLS n’a abouti ({reason}) ; est-ce un port HTTPS ?</translation>
    </message>
    <message>
        <source>The chain leads to your CA &quot;{ca}&quot;.</source>
        <translation>La chaîne mène à votre CA &quot;{ca}&quot;.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>The certificate names your CA as its issuer but your CA&apos;s key did not sign it: it comes from another CA with the same name.</source>
        <translation>Le certificat indique votre CA comme émetteur, mais la clé de votre CA ne l’a pas signé : il vient d’une autre CA du même nom.</translation>
    </message>
    <message>
        <source>The server does not send the certificate of its issuer {issuer}: add that intermediate to the server&apos;s certificate file (fullchain).</source>
        <translation>Le serveur n’envoie pas le certificat de son émetteur {issuer} : ajoutez cet intermédiaire au fichier de certificat du serveur (fullchain).</translation>
    </message>
    <message>
        <source>The chain does not lead to a CA you gave: it is self-signed.</source>
        <translation>La chaîne ne mène pas à une CA que vous avez indiquée : elle est autosignée.</translation>
    </message>
    <message>
        <source>The chain does not lead to your CA &quot;{ca}&quot;: it is self-signed.</source>
        <translation>La chaîne ne mène pas à votre CA &quot;{ca}&quot; : elle est autosignée.</translation>
    </message>
    <message>
        <source>The chain does not lead to a CA you gave: it is issued by {issuer}.</source>
        <translation>La chaîne ne mène pas à une CA que vous avez indiquée : elle est émise par {issuer}.</translation>
    </message>
    <message>
        <source>The chain does not lead to your CA &quot;{ca}&quot;: it is issued by {issuer}.</source>
        <translation>La chaîne ne mène pas à votre CA &quot;{ca}&quot; : elle est émise par {issuer}.</translation>
    </message>
    <message>
        <source>{host} is not a name a certificate can hold.</source>
        <translation>{host} n’est pas un nom qu’un certificat peut contenir.</translation>
    </message>
    <message>
        <source>no names at all</source>
        <translation>aucun nom</translation>
    </message>
    <message>
        <source>{name} is one of the certificate&apos;s names.</source>
        <translation>{name} est l’un des noms du certificat.</translation>
    </message>
    <message>
        <source>The certificate is not for {name}: it names {listed}.</source>
        <translation>Le certificat n’est pas pour {name} : il nomme {listed}.</translation>
    </message>
    <message>
        <source>The certificate passes Apple&apos;s rules for server certificates.</source>
        <translation>Le certificat respecte les règles d’Apple pour les certificats de serveur.</translation>
    </message>
    <message>
        <source>The certificate expired on {day}; issue a new one.</source>
        <translation>Le certificat a expiré le {day} ; émettez-en un nouveau.</translation>
    </message>
    <message>
        <source>The certificate is not valid before {day}; check the clocks.</source>
        <translation>Le certificat n’est pas valide avant le {day} ; vérifiez les horloges.</translation>
    </message>
    <message>
        <source>The certificate expires on {day} (in {days} days).</source>
        <translation>Le certificat expire le {day} (dans {days} jours).</translation>
    </message>
    <message>
        <source>The server speaks {version}.</source>
        <translation>Le serveur parle {version}.</translation>
    </message>
    <message>
        <source>The server chose {version}; an iPhone needs TLS 1.2 or newer.</source>
        <translation>Le serveur a choisi {version} ; un iPhone exige TLS 1.2 ou plus récent.</translation>
    </message>
    <message>
        <source>an old TLS</source>
        <translation>une ancienne version de TLS</translation>
    </message>
    <message>
        <source>This phone completed a trusted HTTPS connection to the server.</source>
        <translation>Ce téléphone a établi une connexion HTTPS de confiance avec le serveur.</translation>
    </message>
    <message>
        <source>The computer has not finished checking this server; try again.</source>
        <translation>L’ordinateur n’a pas fini de vérifier ce serveur ; réessayez.</translation>
    </message>
    <message>
        <source>Neither this phone nor the computer reached it: {error}</source>
        <translation>Ni ce téléphone ni l’ordinateur ne l’ont joint : {error}</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is good, but this phone does not trust your CA yet.</source>
        <translation>Le certificat du serveur est bon, mais ce téléphone ne fait pas encore confiance à votre CA.</translation>
    </message>
    <message>
        <source>The computer reached the server and its certificate is good, but this phone did not reach it: is the phone on the same network?</source>
        <translation>L’ordinateur a joint le serveur et son certificat est bon, mais ce téléphone ne l’a pas joint : le téléphone est-il sur le même réseau ?</translation>
    </message>
</context>
<context>
    <name>core.serverconfig</name>
    <message>
        <source>Put this in a file under /etc/nginx/conf.d/ (or your site&apos;s file), then run: nginx -t &amp;&amp; nginx -s reload</source>
        <translation>Placez ceci dans un fichier sous /etc/nginx/conf.d/ (ou dans le fichier de votre site), puis exécutez : nginx -t &amp;&amp; nginx -s reload</translation>
    </message>
    <message>
        <source>Add this to your Caddyfile, then run: caddy reload</source>
        <translation>Ajoutez ceci à votre Caddyfile, puis exécutez : caddy reload</translation>
    </message>
    <message>
        <source>Enable TLS once with: a2enmod ssl. Put this in /etc/apache2/sites-available/, a2ensite it, then run: apachectl configtest &amp;&amp; apachectl graceful (leave out the Listen line if ports.conf already has it)</source>
        <translation>Activez TLS une fois avec : a2enmod ssl. Placez ceci dans /etc/apache2/sites-available/, activez-le avec a2ensite, puis exécutez : apachectl configtest &amp;&amp; apachectl graceful (omettez la ligne Listen si ports.conf la contient déjà)</translation>
    </message>
    <message>
        <source>Save as server.js and run: node server.js (with Express, pass your app in place of the handler)</source>
        <translation>Enregistrez sous server.js et exécutez : node server.js (avec Express, passez votre app à la place du gestionnaire)</translation>
    </message>
    <message>
        <source>Save as serve.py and run: python3 serve.py (it serves the current folder; for uvicorn use --ssl-certfile and --ssl-keyfile with the same two files)</source>
        <translation>Enregistrez sous serve.py et exécutez : python3 serve.py (il sert le dossier courant ; pour uvicorn, utilisez --ssl-certfile et --ssl-keyfile avec les deux mêmes fichiers)</translation>
    </message>
    <message>
        <source>Copy {fullchain} and {key} into Home Assistant&apos;s ssl folder (Samba or File editor add-on), add this to configuration.yaml, then restart Home Assistant; it then answers on https:// at port 8123</source>
        <translation>Copiez {fullchain} et {key} dans le dossier ssl de Home Assistant (module Samba ou File editor), ajoutez ceci à configuration.yaml, puis redémarrez Home Assistant ; il répond alors en https:// sur le port 8123</translation>
    </message>
</context>
<context>
    <name>core.service</name>
    <message>
        <source>No {store} trust store was found on this computer; nothing was changed.</source>
        <translation>Aucun magasin de confiance {store} n’a été trouvé sur cet ordinateur ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The CA {fingerprint} is already in {names}; nothing was changed.</source>
        <translation>La CA {fingerprint} est déjà dans {names} ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>None of {names} holds a CA TrustAnchor added; nothing was removed.</source>
        <translation>Aucun de {names} ne contient de CA ajoutée par TrustAnchor ; rien n’a été retiré.</translation>
    </message>
    <message>
        <source>OpenSSL with {bundle}</source>
        <translation>OpenSSL avec {bundle}</translation>
    </message>
    <message>
        <source>cannot read the bundle ({reason})</source>
        <translation>impossible de lire le bundle ({reason})</translation>
    </message>
</context>
<context>
    <name>core.status</name>
    <message>
        <source>the directory URL {url!r} in acme.json is not an https:// URL</source>
        <translation>l’URL de l’annuaire {url!r} dans acme.json n’est pas une URL https://</translation>
    </message>
    <message>
        <source>cannot read the root certificate {path}: {reason}</source>
        <translation>impossible de lire le certificat racine {path} : {reason}</translation>
    </message>
    <message>
        <source>{url} does not answer ({reason})</source>
        <translation>{url} ne répond pas ({reason})</translation>
    </message>
    <message>
        <source>{url} does not answer like an ACME server ({reason})</source>
        <translation>{url} ne répond pas comme un serveur ACME ({reason})</translation>
    </message>
    <message>
        <source>{url} answered, but not with an ACME directory</source>
        <translation>{url} a répondu, mais pas avec un annuaire ACME</translation>
    </message>
    <message>
        <source>Caddy data file</source>
        <translation>fichier de données de Caddy</translation>
    </message>
    <message>
        <source>{path} is missing; run `trustanchor acme setup` again</source>
        <translation>{path} est manquant ; relancez `trustanchor acme setup`</translation>
    </message>
    <message>
        <source>cannot read the certificate {path}: {exc}</source>
        <translation>impossible de lire le certificat {path} : {exc}</translation>
    </message>
</context>
<context>
    <name>core.vetting</name>
    <message>
        <source>{name} has a serial number below 1, which RFC 5280 (4.1.2.2) forbids and newer software rejects: create a new CA instead.</source>
        <translation>{name} a un numéro de série inférieur à 1, ce que la RFC 5280 (4.1.2.2) interdit et que les logiciels récents refusent : créez plutôt une nouvelle CA.</translation>
    </message>
    <message>
        <source>{name} is an intermediate CA, not a root: choose the root CA (the self-signed one).</source>
        <translation>{name} est une CA intermédiaire, pas une racine : choisissez l’autorité de certification racine (l’autosignée).</translation>
    </message>
    <message>
        <source>The CA in {name} expired on {day:%Y-%m-%d}: create a new CA instead.</source>
        <translation>La CA de {name} a expiré le {day:%Y-%m-%d} : créez plutôt une nouvelle CA.</translation>
    </message>
    <message>
        <source>The CA in {name} only becomes valid on {day:%Y-%m-%d %H:%M} UTC, and nothing it signs would be trusted before then: check this computer&apos;s date, or import it from that day on.</source>
        <translation>La CA de {name} ne devient valide que le {day:%Y-%m-%d %H:%M} UTC, et rien de ce qu’elle signe ne serait approuvé avant : vérifiez la date de cet ordinateur, ou importez-la à partir de ce jour.</translation>
    </message>
    <message>
        <source>The CA&apos;s {what} contains a control character ({code}); TrustAnchor will not import it: such characters can rewrite what a terminal or a phone shows.</source>
        <translation>Le champ « {what} » de la CA contient un caractère de contrôle ({code}) ; TrustAnchor ne l’importera pas : ces caractères peuvent modifier ce qu’affiche un terminal ou un téléphone.</translation>
    </message>
    <message>
        <source>The self-signature of {name} uses an algorithm TrustAnchor cannot check: export the CA certificate again, or create a new CA.</source>
        <translation>L’autosignature de {name} utilise un algorithme que TrustAnchor ne sait pas vérifier : exportez à nouveau le certificat de la CA, ou créez une nouvelle CA.</translation>
    </message>
    <message>
        <source>The self-signature of {name} does not verify (the file is damaged or altered): export the CA certificate again.</source>
        <translation>L’autosignature de {name} n’est pas valide (fichier endommagé ou modifié) : exportez à nouveau le certificat de la CA.</translation>
    </message>
</context>
<context>
    <name>core.windows</name>
    <message>
        <source>in {location}</source>
        <translation>dans {location}</translation>
    </message>
    <message>
        <source>Adding to this computer&apos;s trusted roots needs an elevated prompt: run the command from a terminal opened with &quot;Run as administrator&quot;.</source>
        <translation>L’ajout aux racines de confiance de cet ordinateur exige une invite élevée : lancez la commande depuis un terminal ouvert avec &quot;Exécuter en tant qu’administrateur&quot;.</translation>
    </message>
    <message>
        <source>You declined Windows&apos; confirmation, so nothing was changed.</source>
        <translation>Vous avez refusé la confirmation de Windows ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Windows denied the change (it needs an elevated prompt); nothing was changed.</source>
        <translation>Windows a refusé la modification (elle exige une invite élevée) ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>core.wizard</name>
    <message>
        <source>Type a passphrase twice, or untick “Protect the CA key with a passphrase”.</source>
        <translation>Saisissez deux fois une phrase secrète, ou décochez « Protect the CA key with a passphrase ».</translation>
    </message>
    <message>
        <source>Type a passphrase, or untick “Protect the CA key with a passphrase”.</source>
        <translation>Saisissez une phrase secrète, ou décochez « Protect the CA key with a passphrase ».</translation>
    </message>
    <message>
        <source>Use a passphrase of at least {count} characters.</source>
        <translation>Utilisez une phrase secrète d’au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent ; saisissez deux fois la même.</translation>
    </message>
    <message>
        <source>There is no CA yet; choose “Create a new CA” or import one.</source>
        <translation>Il n’y a pas encore de CA ; choisissez « Create a new CA » ou importez-en une.</translation>
    </message>
    <message>
        <source>Type your CA&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète de votre CA.</translation>
    </message>
    <message>
        <source>You already have a CA: use it, or tick “Replace my current CA” (it is kept in the archive folder).</source>
        <translation>Vous avez déjà une CA : utilisez-la, ou cochez « Replace my current CA » (elle est conservée dans le dossier d’archives).</translation>
    </message>
    <message>
        <source>Choose the CA file or mkcert folder to import.</source>
        <translation>Choisissez le fichier de la CA ou le dossier mkcert à importer.</translation>
    </message>
    <message>
        <source>Choose a file TrustAnchor can read as a CA (see the message above).</source>
        <translation>Choisissez un fichier que TrustAnchor peut lire comme CA (voir le message ci-dessus).</translation>
    </message>
    <message>
        <source>Give your CA a name; your phone shows it in Settings.</source>
        <translation>Donnez un nom à votre CA ; votre téléphone l’affiche dans les Réglages.</translation>
    </message>
    <message>
        <source>Shorten the CA name to {limit} characters or fewer.</source>
        <translation>Raccourcissez le nom de la CA à {limit} caractères au plus.</translation>
    </message>
    <message>
        <source>Choose one of the offered key types.</source>
        <translation>Choisissez l’un des types de clé proposés.</translation>
    </message>
    <message>
        <source>List at least one name or address range, or untick the limit.</source>
        <translation>Indiquez au moins un nom ou une plage d’adresses, ou décochez la limite.</translation>
    </message>
    <message>
        <source>Choose a lifetime between 1 and {limit} days; iPhones reject longer ones.</source>
        <translation>Choisissez une durée de 1 à {limit} jours ; les iPhone refusent les durées plus longues.</translation>
    </message>
    <message>
        <source>Choose the folder to save the certificate in.</source>
        <translation>Choisissez le dossier où enregistrer le certificat.</translation>
    </message>
</context>
<context>
    <name>done</name>
    <message>
        <source>Your phone can now trust your own HTTPS services.</source>
        <translation>Votre téléphone peut maintenant faire confiance à vos propres services HTTPS.</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>Votre autorité</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation>Votre certificat</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>&amp;Stop publishing</source>
        <translation>&amp;Arrêter la publication</translation>
    </message>
    <message>
        <source>Stop publishing the CA on the network</source>
        <translation>Arrêter de publier l’autorité sur le réseau</translation>
    </message>
    <message>
        <source>&amp;Publish again</source>
        <translation>&amp;Publier à nouveau</translation>
    </message>
    <message>
        <source>Publish the CA on the network again, for more devices</source>
        <translation>Publier à nouveau l’autorité sur le réseau, pour d’autres appareils</translation>
    </message>
    <message>
        <source>&amp;Issue another certificate</source>
        <translation>&amp;Émettre un autre certificat</translation>
    </message>
    <message>
        <source>Issue another certificate from this CA</source>
        <translation>Émettre un autre certificat avec cette autorité</translation>
    </message>
    <message>
        <source>Keep the CA folder safe and backed up: it holds the key that your devices trust. To add another phone later, run TrustAnchor again and choose “{choice}”.</source>
        <translation>Gardez le dossier de l’autorité en lieu sûr et sauvegardé&#xa0;: il contient la clé à laquelle vos appareils font confiance. Pour ajouter un téléphone plus tard, relancez TrustAnchor et choisissez «&#xa0;{choice}&#xa0;».</translation>
    </message>
    <message>
        <source>Your CA “{name}” (fingerprint {fingerprint}) is kept in {folder}, valid until {date}.</source>
        <translation>Votre autorité «&#xa0;{name}&#xa0;» (empreinte {fingerprint}) est gardée dans {folder}, valable jusqu’au {date}.</translation>
    </message>
    <message>
        <source>The certificate for {names} is in {folder}. It is valid until {date}: make a new one before {renew_date}.</source>
        <translation>Le certificat pour {names} est dans {folder}. Il est valable jusqu’au {date}&#xa0;: créez-en un nouveau avant le {renew_date}.</translation>
    </message>
    <message>
        <source>Trusted on: {devices}</source>
        <translation>Fiable sur&#xa0;: {devices}</translation>
    </message>
    <message>
        <source>No device has passed the test yet.</source>
        <translation>Aucun appareil n’a encore réussi le test.</translation>
    </message>
    <message>
        <source>Still publishing at {url} for more devices; it stops when you close TrustAnchor.</source>
        <translation>Publication toujours active sur {url} pour d’autres appareils&#xa0;; elle s’arrête quand vous fermez TrustAnchor.</translation>
    </message>
    <message>
        <source>Publishing has stopped.</source>
        <translation>La publication est arrêtée.</translation>
    </message>
    <message>
        <source>Your CA is ready, but no device has passed the test yet: go Back to “{step}” to run it, or add a device later.</source>
        <translation>Votre autorité est prête, mais aucun appareil n’a encore réussi le test&#xa0;: revenez à «&#xa0;{step}&#xa0;» pour le lancer, ou ajoutez un appareil plus tard.</translation>
    </message>
</context>
<context>
    <name>extra_buttons</name>
    <message>
        <source>Also trust it on this computer…</source>
        <translation>Faire aussi confiance sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Renew automatically…</source>
        <translation>Renouveler automatiquement…</translation>
    </message>
    <message>
        <source>Shows this computer&apos;s trust stores; nothing changes until you click Install</source>
        <translation>Affiche les magasins de certificats de cet ordinateur&#xa0;; rien ne change avant que vous cliquiez sur Installer</translation>
    </message>
    <message>
        <source>Sets up Caddy&apos;s ACME server so your servers renew their certificates by themselves</source>
        <translation>Configure le serveur ACME de Caddy pour que vos serveurs renouvellent eux-mêmes leurs certificats</translation>
    </message>
</context>
<context>
    <name>full_trust</name>
    <message>
        <source>Since iOS 10.3 an installed CA is not used for HTTPS until you switch it on in Certificate Trust Settings.</source>
        <translation>Depuis iOS 10.3, une autorité installée n’est utilisée pour HTTPS qu’une fois activée dans Certificate Trust Settings.</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; About &gt; Certificate Trust Settings. If the switch is missing on iOS 18.0, update the phone first (Settings &gt; General &gt; Software Update).</source>
        <translation>Settings &gt; General &gt; About &gt; Certificate Trust Settings. Si l’interrupteur manque sous iOS 18.0, mettez d’abord le téléphone à jour (Settings &gt; General &gt; Software Update).</translation>
    </message>
</context>
<context>
    <name>install_profile</name>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Showing the steps for {device}, which opened the page. Choose another device below if needed.</source>
        <translation>Étapes pour {device}, qui a ouvert la page. Choisissez un autre appareil ci-dessous si besoin.</translation>
    </message>
    <message>
        <source>No device has opened the page yet: showing the iPhone steps. Choose your device below if it is another one.</source>
        <translation>Aucun appareil n’a encore ouvert la page&#xa0;: voici les étapes pour iPhone. Choisissez votre appareil ci-dessous s’il est différent.</translation>
    </message>
    <message>
        <source>On your phone: download the profile from the page, then install it in Settings.</source>
        <translation>Sur votre téléphone&#xa0;: téléchargez le profil depuis la page, puis installez-le dans Settings.</translation>
    </message>
    <message>
        <source>A downloaded profile waits about 8 minutes for you to install it; if it is gone, download it again from the page.</source>
        <translation>Un profil téléchargé attend environ 8 minutes d’être installé&#xa0;; s’il a disparu, téléchargez-le à nouveau depuis la page.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Automatic (system language)</source>
        <translation>&amp;Automatique (langue du système)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open &amp;log file</source>
        <translation>Ouvrir le &amp;journal</translation>
    </message>
    <message>
        <source>Open the &amp;CA folder</source>
        <translation>Ouvrir le dossier de la &amp;CA</translation>
    </message>
    <message>
        <source>&amp;About TrustAnchor</source>
        <translation>À &amp;propos de TrustAnchor</translation>
    </message>
    <message>
        <source>Next step (or the page&apos;s action: Create CA, Make certificate…)</source>
        <translation>Étape suivante (ou l’action de la page : créer la CA, créer le certificat…)</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Press the highlighted button (Next when it is enabled)</source>
        <translation>Appuyer sur le bouton mis en évidence (Suivant s’il est actif)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Passer d’un champ à l’autre</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Jump to a field</source>
        <translation>Aller à un champ</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + sa lettre soulignée</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Makes your own HTTPS services trusted on your iPhone and your other devices.</source>
        <translation>Fait reconnaître vos propres services HTTPS sur votre iPhone et vos autres appareils.</translation>
    </message>
    <message>
        <source>About TrustAnchor</source>
        <translation>À propos de TrustAnchor</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The computer refused: {reason} ({file}). Check the folder and try again.</source>
        <translation>L’ordinateur a refusé : {reason} ({file}). Vérifiez le dossier et réessayez.</translation>
    </message>
    <message>
        <source>The computer refused: {reason}. Check the folder and try again.</source>
        <translation>L’ordinateur a refusé : {reason}. Vérifiez le dossier et réessayez.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was lost. The details are in the log (Help &gt; Open log file).</source>
        <translation>Un problème inattendu est survenu ; rien n’a été perdu. Les détails sont dans le journal (Aide &gt; Ouvrir le journal).</translation>
    </message>
</context>
<context>
    <name>phonesteps</name>
    <message>
        <source>Open the page in Safari and tap “Download profile”, then Allow.</source>
        <translation>Ouvrez la page dans Safari, touchez « Télécharger le profil », puis Allow.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; VPN &amp; Device Management, tap “{profile}” and Install; type your passcode when asked.</source>
        <translation>Ouvrez Settings &gt; General &gt; VPN &amp; Device Management, touchez « {profile} » puis Install ; saisissez votre code si demandé.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; About &gt; Certificate Trust Settings.</source>
        <translation>Ouvrez Settings &gt; General &gt; About &gt; Certificate Trust Settings.</translation>
    </message>
    <message>
        <source>Switch on “{ca}” and confirm with Continue.</source>
        <translation>Activez « {ca} » et confirmez avec Continue.</translation>
    </message>
    <message>
        <source>Open the page in Chrome and download the certificate.</source>
        <translation>Ouvrez la page dans Chrome et téléchargez le certificat.</translation>
    </message>
    <message>
        <source>Search Settings for “CA certificate” (Android 14 and later: Settings &gt; Security &amp; privacy &gt; More security &amp; privacy &gt; Encryption &amp; credentials &gt; Install a certificate &gt; CA certificate).</source>
        <translation>Cherchez « CA certificate » dans Settings (Android 14 et plus : Settings &gt; Security &amp; privacy &gt; More security &amp; privacy &gt; Encryption &amp; credentials &gt; Install a certificate &gt; CA certificate).</translation>
    </message>
    <message>
        <source>Tap Install anyway, confirm with your screen lock, then pick the file.</source>
        <translation>Touchez Install anyway, confirmez avec votre verrouillage d’écran, puis choisissez le fichier.</translation>
    </message>
    <message>
        <source>Open the page&apos;s link in Safari on the Mac and download the profile.</source>
        <translation>Ouvrez le lien de la page dans Safari sur le Mac et téléchargez le profil.</translation>
    </message>
    <message>
        <source>Open System Settings &gt; Privacy &amp; Security &gt; Profiles (on older macOS: System Preferences &gt; Profiles), double-click “{profile}” and choose Install.</source>
        <translation>Ouvrez System Settings &gt; Privacy &amp; Security &gt; Profiles (macOS plus ancien : System Preferences &gt; Profiles), double-cliquez sur « {profile} » et choisissez Install.</translation>
    </message>
    <message>
        <source>Type your Mac&apos;s password when asked.</source>
        <translation>Saisissez le mot de passe de votre Mac si demandé.</translation>
    </message>
    <message>
        <source>If Safari still warns: open Keychain Access, find “{ca}” under System, double-click it, open Trust and set “When using this certificate” to Always Trust.</source>
        <translation>Si Safari avertit encore : ouvrez Trousseaux d’accès, trouvez « {ca} » sous System, double-cliquez dessus, ouvrez Trust et réglez « When using this certificate » sur Always Trust.</translation>
    </message>
    <message>
        <source>Or in Terminal: {mac_command}</source>
        <translation>Ou dans le Terminal : {mac_command}</translation>
    </message>
    <message>
        <source>Download the certificate (ca.crt) from the page and open it.</source>
        <translation>Téléchargez le certificat (ca.crt) depuis la page et ouvrez-le.</translation>
    </message>
    <message>
        <source>Choose Install Certificate…, then Local Machine, then “Place all certificates in the following store”: Trusted Root Certification Authorities.</source>
        <translation>Choisissez Install Certificate…, puis Local Machine, puis « Place all certificates in the following store » : Trusted Root Certification Authorities.</translation>
    </message>
    <message>
        <source>Or in an administrator terminal: {windows_command}</source>
        <translation>Ou dans un terminal administrateur : {windows_command}</translation>
    </message>
    <message>
        <source>Windows trusts the CA as soon as it is in Trusted Root Certification Authorities. Firefox keeps its own list: Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</source>
        <translation>Windows fait confiance à la CA dès qu’elle est dans Trusted Root Certification Authorities. Firefox a sa propre liste : Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</translation>
    </message>
    <message>
        <source>Download the certificate (ca.crt) from the page.</source>
        <translation>Téléchargez le certificat (ca.crt) depuis la page.</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: {debian_command}</source>
        <translation>Debian ou Ubuntu : {debian_command}</translation>
    </message>
    <message>
        <source>Fedora: {fedora_command}. Arch: {arch_command}</source>
        <translation>Fedora : {fedora_command}. Arch : {arch_command}</translation>
    </message>
    <message>
        <source>Firefox and Chrome keep their own list: in Firefox, Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</source>
        <translation>Firefox et Chrome ont leur propre liste : dans Firefox, Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</translation>
    </message>
    <message>
        <source>Picture of the phone screen</source>
        <translation>Image de l’écran du téléphone</translation>
    </message>
    <message>
        <source>Your device</source>
        <translation>Votre appareil</translation>
    </message>
    <message>
        <source>Your &amp;device:</source>
        <translation>Votre &amp;appareil :</translation>
    </message>
    <message>
        <source>iOS version</source>
        <translation>Version d’iOS</translation>
    </message>
    <message>
        <source>&amp;iOS version:</source>
        <translation>Version d’&amp;iOS :</translation>
    </message>
    <message>
        <source>Picture number</source>
        <translation>Numéro de l’image</translation>
    </message>
    <message>
        <source>◀ &amp;Previous picture</source>
        <translation>◀ Image &amp;précédente</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <source>Next &amp;picture ▶</source>
        <translation>Image &amp;suivante ▶</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <source>iOS {version} (your phone)</source>
        <translation>iOS {version} (votre téléphone)</translation>
    </message>
    <message>
        <source>{version} (newest)</source>
        <translation>{version} (la plus récente)</translation>
    </message>
    <message>
        <source>Phone screen: {title}. {caption}</source>
        <translation>Écran du téléphone : {title}. {caption}</translation>
    </message>
    <message>
        <source>Picture {number} of {count}</source>
        <translation>Image {number} sur {count}</translation>
    </message>
    <message>
        <source>Steps on this device</source>
        <translation>Étapes sur cet appareil</translation>
    </message>
    <message>
        <source>Nothing to do on this device.</source>
        <translation>Rien à faire sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>picturelanguage</name>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>chinois simplifié</translation>
    </message>
    <message>
        <source>Brazilian Portuguese</source>
        <translation>portugais du Brésil</translation>
    </message>
    <message>
        <source>Language of the pictures</source>
        <translation>Langue des images</translation>
    </message>
    <message>
        <source>Follow the phone</source>
        <translation>Comme le téléphone</translation>
    </message>
    <message>
        <source>Picture &amp;language:</source>
        <translation>&amp;Langue des images :</translation>
    </message>
    <message>
        <source>Pictures in {language}, as you chose</source>
        <translation>Images en {language}, comme vous l’avez choisi</translation>
    </message>
    <message>
        <source>Pictures in {language}, as the phone showed the page</source>
        <translation>Images en {language}, comme le téléphone a affiché la page</translation>
    </message>
    <message>
        <source>Pictures in {language} until a phone opens the page</source>
        <translation>Images en {language} jusqu’à ce qu’un téléphone ouvre la page</translation>
    </message>
</context>
<context>
    <name>publish</name>
    <message>
        <source>opened the page</source>
        <translation>a ouvert la page</translation>
    </message>
    <message>
        <source>downloaded the profile; next, install it in Settings</source>
        <translation>a téléchargé le profil&#xa0;; installez-le ensuite dans Settings</translation>
    </message>
    <message>
        <source>downloaded the certificate; next, install it</source>
        <translation>a téléchargé le certificat&#xa0;; installez-le ensuite</translation>
    </message>
    <message>
        <source>trusts your CA (passed the test)</source>
        <translation>fait confiance à votre autorité (test réussi)</translation>
    </message>
    <message>
        <source>does not trust your CA yet (the last test failed)</source>
        <translation>ne fait pas encore confiance à votre autorité (dernier test échoué)</translation>
    </message>
    <message>
        <source>reached the page but not the HTTPS test port: this computer&apos;s firewall blocks it (see Verify)</source>
        <translation>a atteint la page mais pas le port de test HTTPS&#xa0;: le pare-feu de cet ordinateur le bloque (voir Vérifier)</translation>
    </message>
    <message>
        <source>tested one of your servers: trusted</source>
        <translation>a testé un de vos serveurs&#xa0;: fiable</translation>
    </message>
    <message>
        <source>tested one of your servers: not trusted (see Verify)</source>
        <translation>a testé un de vos serveurs&#xa0;: non fiable (voir Vérifier)</translation>
    </message>
    <message>
        <source>tested one of your servers: could not reach it (see Verify)</source>
        <translation>a testé un de vos serveurs&#xa0;: injoignable (voir Vérifier)</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>vu</translation>
    </message>
    <message>
        <source>{device} at {address}: {state}</source>
        <translation>{device} à {address}&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Scan the code with your iPhone&apos;s camera (the phone must be on the same network as this computer).</source>
        <translation>Scannez le code avec l’appareil photo de votre iPhone (le téléphone doit être sur le même réseau que cet ordinateur).</translation>
    </message>
    <message>
        <source>No address a phone can reach</source>
        <translation>Aucune adresse joignable par un téléphone</translation>
    </message>
    <message>
        <source>Open the link in Safari: other browsers only save the profile instead of offering to install it.</source>
        <translation>Ouvrez le lien dans Safari&#xa0;: les autres navigateurs enregistrent seulement le profil au lieu de proposer de l’installer.</translation>
    </message>
    <message>
        <source>Or type this address in Safari:</source>
        <translation>Ou saisissez cette adresse dans Safari&#xa0;:</translation>
    </message>
    <message>
        <source>Address of the phone page</source>
        <translation>Adresse de la page pour le téléphone</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;address:</source>
        <translation>&amp;Adresse de cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Address the phone uses to reach this computer</source>
        <translation>Adresse utilisée par le téléphone pour joindre cet ordinateur</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Devices seen:</source>
        <translation>Appareils vus&#xa0;:</translation>
    </message>
    <message>
        <source>Devices that opened the page</source>
        <translation>Appareils qui ont ouvert la page</translation>
    </message>
    <message>
        <source>What to check on this computer</source>
        <translation>Ce qu’il faut vérifier sur cet ordinateur</translation>
    </message>
    <message>
        <source>{reason} Or choose another address below.</source>
        <translation>{reason} Ou choisissez une autre adresse ci-dessous.</translation>
    </message>
    <message>
        <source>The phone&apos;s page shows “{name}” with fingerprint {fingerprint}; check it matches.</source>
        <translation>La page du téléphone affiche «&#xa0;{name}&#xa0;» avec l’empreinte {fingerprint}&#xa0;; vérifiez qu’elle correspond.</translation>
    </message>
    <message>
        <source>No device yet: scan the code with your phone.</source>
        <translation>Aucun appareil pour l’instant&#xa0;: scannez le code avec votre téléphone.</translation>
    </message>
    <message>
        <source>Bonjour: {state}.</source>
        <translation>Bonjour&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>Bonjour is off; the QR code and the address work without it.</source>
        <translation>Bonjour est désactivé&#xa0;; le code QR et l’adresse fonctionnent sans lui.</translation>
    </message>
</context>
<context>
    <name>qrwidget</name>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>QR code for {address}</source>
        <translation>Code QR pour {address}</translation>
    </message>
</context>
<context>
    <name>quitguard</name>
    <message>
        <source>Keep publishing</source>
        <translation>Continuer à publier</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Arrêter et quitter</translation>
    </message>
    <message>
        <source>Stop publishing?</source>
        <translation>Arrêter la publication ?</translation>
    </message>
    <message>
        <source>A device is part-way through: {names} opened the page but has not passed the test yet.</source>
        <translation>Un appareil est en cours : {names} a ouvert la page mais n’a pas encore réussi le test.</translation>
    </message>
    <message>
        <source>Quitting now stops publishing and cuts it off: it cannot download the profile or run the test any more.</source>
        <translation>Quitter arrête la publication et le coupe : il ne pourra plus télécharger le profil ni lancer le test.</translation>
    </message>
    <message>
        <source>TrustAnchor is still publishing your CA on your network.</source>
        <translation>TrustAnchor publie encore votre CA sur votre réseau.</translation>
    </message>
    <message>
        <source>Quitting stops it: phones that have not installed the CA yet can no longer get it.</source>
        <translation>Quitter l’arrête : les téléphones qui n’ont pas encore installé la CA ne pourront plus l’obtenir.</translation>
    </message>
</context>
<context>
    <name>save</name>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>private key (keep it secret)</source>
        <translation>clé privée (à garder secrète)</translation>
    </message>
    <message>
        <source>full chain (certificate + CA)</source>
        <translation>chaîne complète (certificat + autorité)</translation>
    </message>
    <message>
        <source>PKCS#12 bundle</source>
        <translation>paquet PKCS#12</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Your certificate is saved. Put it on your server with one of these settings.</source>
        <translation>Votre certificat est enregistré. Installez-le sur votre serveur avec l’un de ces réglages.</translation>
    </message>
    <message>
        <source>Saved in</source>
        <translation>Enregistré dans</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Show the files in their folder</source>
        <translation>Afficher les fichiers dans leur dossier</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>PKCS#12 password:</source>
        <translation>Mot de passe PKCS#12&#xa0;:</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>Mot de passe PKCS#12</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Copier le mot de passe</translation>
    </message>
    <message>
        <source>Copy the PKCS#12 password</source>
        <translation>Copier le mot de passe PKCS#12</translation>
    </message>
    <message>
        <source>Settings for your server (the paths point at the files above; copy the files first if the server is another machine):</source>
        <translation>Réglages pour votre serveur (les chemins pointent vers les fichiers ci-dessus&#xa0;; copiez d’abord les fichiers si le serveur est une autre machine)&#xa0;:</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Réglages du serveur</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Enregistré dans {folder}</translation>
    </message>
    <message>
        <source>Valid until {date}. Renew it before {renew_date}: TrustAnchor&apos;s first page lists it with a Renew button, or run “trustanchor renew”.</source>
        <translation>Valable jusqu’au {date}. Renouvelez-le avant le {renew_date}&#xa0;: la première page de TrustAnchor l’affiche avec un bouton Renouveler, ou lancez «&#xa0;trustanchor renew&#xa0;».</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy the path of {file}</source>
        <translation>Copier le chemin de {file}</translation>
    </message>
    <message>
        <source>{server} settings</source>
        <translation>Réglages {server}</translation>
    </message>
    <message>
        <source>Copy {server} settings</source>
        <translation>Copier les réglages {server}</translation>
    </message>
    <message>
        <source>Copy the {server} settings</source>
        <translation>Copier les réglages {server}</translation>
    </message>
</context>
<context>
    <name>server_cert</name>
    <message>
        <source>One per line: every name and address you type in the browser to reach your server. Your phone rejects the certificate for any name missing here.</source>
        <translation>Un par ligne&#xa0;: chaque nom et adresse que vous tapez dans le navigateur pour joindre votre serveur. Votre téléphone refuse le certificat pour tout nom absent ici.</translation>
    </message>
    <message>
        <source>{default} days works on every device and browser. iPhones accept at most {max} days for a certificate from your own CA. Make a new one before it runs out; the last page tells you when.</source>
        <translation>{default} jours fonctionnent sur tous les appareils et navigateurs. Les iPhone acceptent au plus {max} jours pour un certificat de votre propre autorité. Créez-en un nouveau avant l’expiration&#xa0;; la dernière page vous dit quand.</translation>
    </message>
    <message>
        <source>Tick this if your server already has a certificate from this CA (or you will make one later): the wizard goes straight to sending the CA to your phone.</source>
        <translation>Cochez ceci si votre serveur a déjà un certificat de cette autorité (ou si vous en créerez un plus tard)&#xa0;: l’assistant passe directement à l’envoi de l’autorité sur votre téléphone.</translation>
    </message>
    <message>
        <source>✓ {name}: address</source>
        <translation>✓ {name}&#xa0;: adresse</translation>
    </message>
    <message>
        <source>✓ {name}: wildcard</source>
        <translation>✓ {name}&#xa0;: générique</translation>
    </message>
    <message>
        <source>✓ {name}: name</source>
        <translation>✓ {name}&#xa0;: nom</translation>
    </message>
    <message>
        <source>The certificate your server shows to browsers, signed by your CA.</source>
        <translation>Le certificat que votre serveur présente aux navigateurs, signé par votre autorité.</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>&amp;Skip: I only need my phone to trust my CA</source>
        <translation>&amp;Ignorer&#xa0;: je veux juste que mon téléphone approuve mon autorité</translation>
    </message>
    <message>
        <source>Skip the server certificate</source>
        <translation>Ignorer le certificat de serveur</translation>
    </message>
    <message>
        <source>Server names and addresses, one per line</source>
        <translation>Noms et adresses du serveur, un par ligne</translation>
    </message>
    <message>
        <source>&amp;Names and addresses:</source>
        <translation>&amp;Noms et adresses&#xa0;:</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Vérification des noms</translation>
    </message>
    <message>
        <source>What your CA may sign</source>
        <translation>Ce que votre autorité peut signer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Lifetime in days</source>
        <translation>Durée de validité en jours</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Enregistrer &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>Folder to save in</source>
        <translation>Dossier d’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder to save in</source>
        <translation>Choisir le dossier d’enregistrement</translation>
    </message>
    <message>
        <source>Always saved: the certificate (.crt), its private key (.key) and the full chain (.fullchain.pem) that most servers want.</source>
        <translation>Toujours enregistrés&#xa0;: le certificat (.crt), sa clé privée (.key) et la chaîne complète (.fullchain.pem) que la plupart des serveurs demandent.</translation>
    </message>
    <message>
        <source>Also a PKCS#12 file (.&amp;p12)</source>
        <translation>Aussi un fichier PKCS#12 (.&amp;p12)</translation>
    </message>
    <message>
        <source>For Windows, Synology or Java, with a generated password.</source>
        <translation>Pour Windows, Synology ou Java, avec un mot de passe généré.</translation>
    </message>
    <message>
        <source>Also save a PKCS#12 file</source>
        <translation>Enregistrer aussi un fichier PKCS#12</translation>
    </message>
    <message>
        <source>&amp;Replace files with the same names in this folder</source>
        <translation>&amp;Remplacer les fichiers de même nom dans ce dossier</translation>
    </message>
    <message>
        <source>Replace existing files</source>
        <translation>Remplacer les fichiers existants</translation>
    </message>
    <message>
        <source>Your CA may only sign names under: {names}.</source>
        <translation>Votre autorité ne peut signer que des noms sous&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Renewing: the files of {name} in {folder} move to its archive folder first, then the new ones take their place.</source>
        <translation>Renouvellement&#xa0;: les fichiers de {name} dans {folder} vont d’abord dans son dossier d’archives, puis les nouveaux prennent leur place.</translation>
    </message>
    <message>
        <source>Name check: {notes}</source>
        <translation>Vérification des noms&#xa0;: {notes}</translation>
    </message>
    <message>
        <source>Save the certificate in</source>
        <translation>Enregistrer le certificat dans</translation>
    </message>
</context>
<context>
    <name>steplist</name>
    <message>
        <source>{title}, current step, done</source>
        <translation>{title}, étape en cours, terminée</translation>
    </message>
    <message>
        <source>{title}, current step</source>
        <translation>{title}, étape en cours</translation>
    </message>
    <message>
        <source>{title}, done</source>
        <translation>{title}, terminée</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>Votre CA</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificat serveur</translation>
    </message>
    <message>
        <source>Save and configure</source>
        <translation>Enregistrer et configurer</translation>
    </message>
    <message>
        <source>Send to your phone</source>
        <translation>Envoyer au téléphone</translation>
    </message>
    <message>
        <source>Install the profile</source>
        <translation>Installer le profil</translation>
    </message>
    <message>
        <source>Enable full trust</source>
        <translation>Confiance totale</translation>
    </message>
    <message>
        <source>Check it worked</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>trust_dialog</name>
    <message>
        <source>Removing your CA… The system may ask for an administrator password.</source>
        <translation>Suppression de votre CA… Le système peut demander un mot de passe administrateur.</translation>
    </message>
    <message>
        <source>Removing your CA…</source>
        <translation>Suppression de votre CA…</translation>
    </message>
    <message>
        <source>Adding your CA… The system may ask for an administrator password.</source>
        <translation>Ajout de votre CA… Le système peut demander un mot de passe administrateur.</translation>
    </message>
    <message>
        <source>Adding your CA…</source>
        <translation>Ajout de votre CA…</translation>
    </message>
    <message>
        <source>Trust your CA on this computer</source>
        <translation>Faire confiance à votre CA sur cet ordinateur</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s trust stores and proving them with a test connection…</source>
        <translation>Lecture des magasins de confiance de cet ordinateur et vérification par une connexion de test…</translation>
    </message>
    <message>
        <source>Removed from {stores}.</source>
        <translation>Retirée de : {stores}.</translation>
    </message>
    <message>
        <source>Added to {stores}. Restart your browsers to see it.</source>
        <translation>Ajoutée à : {stores}. Redémarrez vos navigateurs pour la voir.</translation>
    </message>
    <message>
        <source>The trust stores could not be read.</source>
        <translation>Les magasins de confiance n’ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>trust_here</name>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Browsers with their own store</source>
        <translation>Navigateurs avec leur propre magasin</translation>
    </message>
    <message>
        <source>Every user of this computer</source>
        <translation>Tous les utilisateurs de cet ordinateur</translation>
    </message>
    <message>
        <source>Java programs</source>
        <translation>Programmes Java</translation>
    </message>
    <message>
        <source>No administrator password needed.</source>
        <translation>Aucun mot de passe administrateur nécessaire.</translation>
    </message>
    <message>
        <source>No administrator password needed. Restart the browser afterwards.</source>
        <translation>Aucun mot de passe administrateur nécessaire. Redémarrez ensuite le navigateur.</translation>
    </message>
    <message>
        <source>Needs an administrator password.</source>
        <translation>Nécessite un mot de passe administrateur.</translation>
    </message>
    <message>
        <source>Only changed when you ask; the JDK&apos;s file often belongs to an administrator.</source>
        <translation>Modifié seulement à votre demande&#xa0;; le fichier du JDK appartient souvent à un administrateur.</translation>
    </message>
    <message>
        <source>✓ Trusted</source>
        <translation>✓ Fiable</translation>
    </message>
    <message>
        <source>— Not present</source>
        <translation>— Absent</translation>
    </message>
    <message>
        <source>? Can&apos;t tell</source>
        <translation>? Impossible à dire</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Install…</source>
        <translation>Installer…</translation>
    </message>
    <message>
        <source>Install in “{store}”</source>
        <translation>Installer dans «&#xa0;{store}&#xa0;»</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove from “{store}”</source>
        <translation>Retirer de «&#xa0;{store}&#xa0;»</translation>
    </message>
    <message>
        <source>Trust your CA on this computer too</source>
        <translation>Faire aussi confiance à votre autorité sur cet ordinateur</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Install where no password is needed</source>
        <translation>Installer là où aucun mot de passe n’est nécessaire</translation>
    </message>
    <message>
        <source>Adds the CA to the stores of your own account (and your browsers)</source>
        <translation>Ajoute l’autorité aux magasins de votre propre compte (et de vos navigateurs)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Reads every store again and repeats the proof</source>
        <translation>Relit tous les magasins et refait la preuve</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s trust stores…</source>
        <translation>Lecture des magasins de certificats de cet ordinateur…</translation>
    </message>
    <message>
        <source>“{name}”
SHA-256 {fingerprint}</source>
        <translation>«&#xa0;{name}&#xa0;»
SHA-256 {fingerprint}</translation>
    </message>
    <message>
        <source>No trust store was found on this computer.</source>
        <translation>Aucun magasin de certificats trouvé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Asks for an administrator password</source>
        <translation>Demande un mot de passe administrateur</translation>
    </message>
    <message>
        <source>You are an administrator: no password needed.</source>
        <translation>Vous êtes administrateur&#xa0;: aucun mot de passe nécessaire.</translation>
    </message>
    <message>
        <source>{store}: {state}</source>
        <translation>{store}&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Used by {programs}.</source>
        <translation>Utilisé par {programs}.</translation>
    </message>
    <message>
        <source>Also holds older CA(s) {ids}: Remove takes them out too.</source>
        <translation>Contient aussi d’anciennes autorités {ids}&#xa0;: Retirer les enlève aussi.</translation>
    </message>
    <message>
        <source>Proof: not run yet (it needs the CA key to sign a test certificate).</source>
        <translation>Preuve&#xa0;: pas encore faite (elle a besoin de la clé de l’autorité pour signer un certificat de test).</translation>
    </message>
    <message>
        <source>Proof passed — {method}: {detail}</source>
        <translation>Preuve réussie — {method}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Proof failed — {method}: {detail}</source>
        <translation>Preuve échouée — {method}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Proof passed — {method}</source>
        <translation>Preuve réussie — {method}</translation>
    </message>
    <message>
        <source>Proof failed — {method}</source>
        <translation>Preuve échouée — {method}</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>{device}: trusts the CA</source>
        <translation>{device}&#xa0;: fait confiance à l’autorité</translation>
    </message>
    <message>
        <source>{device}: does not trust it yet</source>
        <translation>{device}&#xa0;: ne lui fait pas encore confiance</translation>
    </message>
    <message>
        <source>{device}: the HTTPS port is blocked by this computer&apos;s firewall</source>
        <translation>{device}&#xa0;: le port HTTPS est bloqué par le pare-feu de cet ordinateur</translation>
    </message>
    <message>
        <source>On your phone, go back to the page in Safari and tap “Test”.</source>
        <translation>Sur votre téléphone, revenez à la page dans Safari et touchez «&#xa0;Tester&#xa0;».</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What to check, most likely first:</source>
        <translation>À vérifier, le plus probable d’abord&#xa0;:</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causes probables</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>Autres appareils</translation>
    </message>
    <message>
        <source>&amp;Servers the phone page offers to test (one https:// address a line):</source>
        <translation>&amp;Serveurs que la page du téléphone propose de tester (une adresse https:// par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Servers to test</source>
        <translation>Serveurs à tester</translation>
    </message>
    <message>
        <source>One https:// address a line</source>
        <translation>Une adresse https:// par ligne</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Publish again with these servers to test</source>
        <translation>Publier à nouveau avec ces serveurs à tester</translation>
    </message>
    <message>
        <source>The test passed on your phone: nothing more to do there.</source>
        <translation>Le test a réussi sur votre téléphone&#xa0;: plus rien à faire de ce côté.</translation>
    </message>
    <message>
        <source>Fix the first point below, then on your phone tap “Test” again on the page in Safari.</source>
        <translation>Corrigez le premier point ci-dessous, puis sur votre téléphone touchez à nouveau «&#xa0;Tester&#xa0;» sur la page dans Safari.</translation>
    </message>
    <message>
        <source>Let the phone through this computer&apos;s firewall, then tap “Test” again on the phone.</source>
        <translation>Laissez passer le téléphone dans le pare-feu de cet ordinateur, puis touchez à nouveau «&#xa0;Tester&#xa0;» sur le téléphone.</translation>
    </message>
    <message>
        <source>your CA</source>
        <translation>votre autorité</translation>
    </message>
    <message>
        <source>✓ It works</source>
        <translation>✓ Ça marche</translation>
    </message>
    <message>
        <source>{device} trusts “{ca}”. HTTPS to your server with a certificate from this CA is now trusted on it.</source>
        <translation>{device} fait confiance à «&#xa0;{ca}&#xa0;». Le HTTPS vers votre serveur avec un certificat de cette autorité y est désormais fiable.</translation>
    </message>
    <message>
        <source>✗ Not trusted yet</source>
        <translation>✗ Pas encore fiable</translation>
    </message>
    <message>
        <source>{device} ran the test, but does not trust “{ca}” yet. Fix the first point below, then tap “Test” again.</source>
        <translation>{device} a fait le test, mais ne fait pas encore confiance à «&#xa0;{ca}&#xa0;». Corrigez le premier point ci-dessous, puis touchez à nouveau «&#xa0;Tester&#xa0;».</translation>
    </message>
    <message>
        <source>⚠ Blocked by this computer&apos;s firewall</source>
        <translation>⚠ Bloqué par le pare-feu de cet ordinateur</translation>
    </message>
    <message>
        <source>{device} opened the page, but the HTTPS port is blocked by this computer&apos;s firewall, so the test could not tell whether it trusts the CA.</source>
        <translation>{device} a ouvert la page, mais le port HTTPS est bloqué par le pare-feu de cet ordinateur&#xa0;: le test n’a pas pu savoir s’il fait confiance à l’autorité.</translation>
    </message>
    <message>
        <source>Waiting for your phone…</source>
        <translation>En attente de votre téléphone…</translation>
    </message>
    <message>
        <source>The result appears here as soon as the phone runs the test. Publishing keeps running while you wait.</source>
        <translation>Le résultat s’affiche ici dès que le téléphone fait le test. La publication continue pendant que vous attendez.</translation>
    </message>
    <message>
        <source>Test result: {result}</source>
        <translation>Résultat du test&#xa0;: {result}</translation>
    </message>
</context>
<context>
    <name>verify_servers</name>
    <message>
        <source>✓ Trusted</source>
        <translation>✓ Fiable</translation>
    </message>
    <message>
        <source>The phone opened a trusted HTTPS connection.</source>
        <translation>Le téléphone a ouvert une connexion HTTPS fiable.</translation>
    </message>
    <message>
        <source>✗ Not trusted</source>
        <translation>✗ Non fiable</translation>
    </message>
    <message>
        <source>The phone refused the certificate: run “trustanchor check URL” here to see why, or finish trusting the CA on the phone.</source>
        <translation>Le téléphone a refusé le certificat&#xa0;: lancez ici «&#xa0;trustanchor check URL&#xa0;» pour voir pourquoi, ou terminez la mise en confiance de l’autorité sur le téléphone.</translation>
    </message>
    <message>
        <source>Not reachable from the phone</source>
        <translation>Injoignable depuis le téléphone</translation>
    </message>
    <message>
        <source>The phone could not open it: is the phone on the same network as the server, does the name resolve there, or does a firewall stop it? Run “trustanchor check URL” here to see whether this computer reaches it.</source>
        <translation>Le téléphone n’a pas pu l’ouvrir&#xa0;: est-il sur le même réseau que le serveur, le nom y est-il résolu, ou un pare-feu le bloque-t-il&#xa0;? Lancez ici «&#xa0;trustanchor check URL&#xa0;» pour voir si cet ordinateur le joint.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Server tests</source>
        <translation>Tests des serveurs</translation>
    </message>
    <message>
        <source>Your servers, tested from each phone</source>
        <translation>Vos serveurs, testés depuis chaque téléphone</translation>
    </message>
    <message>
        <source>No phone has tested your servers yet. On the phone, tap “Test” under “Test your server”.</source>
        <translation>Aucun téléphone n’a encore testé vos serveurs. Sur le téléphone, touchez «&#xa0;Tester&#xa0;» sous «&#xa0;Tester votre serveur&#xa0;».</translation>
    </message>
    <message>
        <source>{url}: {result}</source>
        <translation>{url}&#xa0;: {result}</translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <source>1.  Create your own certificate authority (CA), or use one you already have.</source>
        <translation>1.  Créez votre propre autorité de certification (CA), ou utilisez-en une existante.</translation>
    </message>
    <message>
        <source>2.  Make a certificate for your server, with settings ready to paste.</source>
        <translation>2.  Créez un certificat pour votre serveur, avec des réglages prêts à coller.</translation>
    </message>
    <message>
        <source>3.  Send the CA to your phone with a QR code, and install it.</source>
        <translation>3.  Envoyez l’autorité sur votre téléphone avec un code QR, et installez-la.</translation>
    </message>
    <message>
        <source>4.  Switch on full trust, and test from the phone that it works.</source>
        <translation>4.  Activez la confiance totale, et vérifiez depuis le téléphone que tout marche.</translation>
    </message>
    <message>
        <source>⚠ {names}: expired on {date}. Renew it.</source>
        <translation>⚠ {names}&#xa0;: expiré le {date}. Renouvelez-le.</translation>
    </message>
    <message>
        <source>{names}: valid until {date}.</source>
        <translation>{names}&#xa0;: valable jusqu’au {date}.</translation>
    </message>
    <message>
        <source>⚠ {names}: expires today ({date}). Renew it.</source>
        <translation>⚠ {names}&#xa0;: expire aujourd’hui ({date}). Renouvelez-le.</translation>
    </message>
    <message>
        <source>⚠ {names}: expires in 1 day ({date}). Renew it.</source>
        <translation>⚠ {names}&#xa0;: expire dans 1 jour ({date}). Renouvelez-le.</translation>
    </message>
    <message>
        <source>⚠ {names}: expires in {days} days ({date}). Renew it.</source>
        <translation>⚠ {names}&#xa0;: expire dans {days} jours ({date}). Renouvelez-le.</translation>
    </message>
    <message>
        <source>TrustAnchor makes your own HTTPS services (a NAS, Home Assistant, a router or a dev server) trusted on your iPhone and your other devices.</source>
        <translation>TrustAnchor rend vos propres services HTTPS (un NAS, Home Assistant, un routeur ou un serveur de développement) fiables sur votre iPhone et vos autres appareils.</translation>
    </message>
    <message>
        <source>It takes a few minutes:</source>
        <translation>Cela prend quelques minutes&#xa0;:</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>Votre autorité</translation>
    </message>
    <message>
        <source>Nothing leaves this computer except the CA&apos;s public certificate, and only while you publish it to your phone on your own network.</source>
        <translation>Rien ne quitte cet ordinateur à part le certificat public de l’autorité, et seulement pendant que vous le publiez pour votre téléphone sur votre propre réseau.</translation>
    </message>
    <message>
        <source>Looking for your CA…</source>
        <translation>Recherche de votre autorité…</translation>
    </message>
    <message>
        <source>Your CA “{name}” is ready, valid until {date}.</source>
        <translation>Votre autorité «&#xa0;{name}&#xa0;» est prête, valable jusqu’au {date}.</translation>
    </message>
    <message>
        <source>You have no CA yet: the next page makes one (or imports one you already have).</source>
        <translation>Vous n’avez pas encore d’autorité&#xa0;: la page suivante en crée une (ou importe une existante).</translation>
    </message>
    <message>
        <source>Certificates it issued (each lasts about a year; renew makes a new one for the same names in the same folder, the old files go to its archive folder):</source>
        <translation>Certificats émis (chacun dure environ un an&#xa0;; renouveler en crée un nouveau pour les mêmes noms dans le même dossier, les anciens fichiers vont dans son dossier d’archives)&#xa0;:</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Renew the certificate for {names}</source>
        <translation>Renouveler le certificat pour {names}</translation>
    </message>
    <message>
        <source>A CA is stored in {folder}; the next page uses it.</source>
        <translation>Une autorité est enregistrée dans {folder}&#xa0;; la page suivante l’utilise.</translation>
    </message>
    <message>
        <source>You already have a CA, “{name}”: the next page uses it.</source>
        <translation>Vous avez déjà une autorité, «&#xa0;{name}&#xa0;»&#xa0;: la page suivante l’utilise.</translation>
    </message>
    <message>
        <source>You already have a CA, “{name}”, valid until {date}: the next page uses it.</source>
        <translation>Vous avez déjà une autorité, «&#xa0;{name}&#xa0;», valable jusqu’au {date}&#xa0;: la page suivante l’utilise.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Create CA</source>
        <translation>Créer la CA</translation>
    </message>
    <message>
        <source>Import CA</source>
        <translation>Importer la CA</translation>
    </message>
    <message>
        <source>Unlock CA</source>
        <translation>Déverrouiller la CA</translation>
    </message>
    <message>
        <source>Make certificate</source>
        <translation>Créer le certificat</translation>
    </message>
    <message>
        <source>Start publishing</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Back to the previous step ({keys})</source>
        <translation>Revenir à l’étape précédente ({keys})</translation>
    </message>
    <message>
        <source>Go on ({keys} or Enter)</source>
        <translation>Continuer ({keys} ou Entrée)</translation>
    </message>
    <message>
        <source>TrustAnchor — trust your own HTTPS on your iPhone</source>
        <translation>TrustAnchor — faites confiance à votre HTTPS sur l’iPhone</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>Page summary</source>
        <translation>Résumé de la page</translation>
    </message>
    <message>
        <source>TrustAnchor logo</source>
        <translation>Logo de TrustAnchor</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Quit TrustAnchor</source>
        <translation>Quitter TrustAnchor</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Revenir à l’étape précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Renew certificate</source>
        <translation>Renouveler le certificat</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
</TS>
