<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>acme_dialog</name>
    <message>
        <source>Caddy, a small web server, can run an ACME server that signs certificates for every server in your home with an intermediate CA that TrustAnchor issues under your root, while your root&apos;s key stays here. Clients such as certbot, acme.sh, Traefik and Home Assistant then renew their certificates by themselves, and every device that trusts your root trusts them.</source>
        <translation>Caddy, un pequeño servidor web, puede ejecutar un servidor ACME que firma certificados para todos los servidores de su casa con una CA intermedia que TrustAnchor emite bajo su raíz; la clave de su raíz se queda aquí. Clientes como certbot, acme.sh, Traefik y Home Assistant renuevan entonces sus certificados solos, y todo dispositivo que confía en su raíz confía en ellos.</translation>
    </message>
    <message>
        <source>This folder already holds an ACME setup; choose another folder, or use Renew intermediate to replace it.</source>
        <translation>Esta carpeta ya tiene una configuración ACME; elija otra carpeta o use Renovar intermedio para reemplazarla.</translation>
    </message>
    <message>
        <source>Renew certificates automatically</source>
        <translation>Renovar certificados automáticamente</translation>
    </message>
    <message>
        <source>What Caddy does</source>
        <translation>Qué hace Caddy</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Configurar</translation>
    </message>
    <message>
        <source>Set up the ACME server</source>
        <translation>Configurar el servidor ACME</translation>
    </message>
    <message>
        <source>Issues the intermediate and writes Caddy&apos;s files into the folder</source>
        <translation>Emite el intermedio y escribe los archivos de Caddy en la carpeta</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Folder for Caddy&apos;s files</source>
        <translation>Carpeta para los archivos de Caddy</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder for Caddy&apos;s files</source>
        <translation>Elegir la carpeta para los archivos de Caddy</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Names of the ACME server</source>
        <translation>Nombres del servidor ACME</translation>
    </message>
    <message>
        <source>The names and addresses clients reach the ACME server by, separated by commas</source>
        <translation>Los nombres y direcciones con que los clientes llegan al servidor ACME, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Nombres:</translation>
    </message>
    <message>
        <source>HTTPS port of the ACME server</source>
        <translation>Puerto HTTPS del servidor ACME</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Lifetime of the intermediate</source>
        <translation>Vigencia del intermedio</translation>
    </message>
    <message>
        <source>Two years is usual; it never outlives your root</source>
        <translation>Lo habitual son dos años; nunca dura más que su raíz</translation>
    </message>
    <message>
        <source>&amp;Intermediate lifetime:</source>
        <translation>Vigencia del &amp;intermedio:</translation>
    </message>
    <message>
        <source>Passphrase of the CA key</source>
        <translation>Frase de contraseña de la clave de la CA</translation>
    </message>
    <message>
        <source>CA &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Archivos escritos</translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation>URL del directorio ACME</translation>
    </message>
    <message>
        <source>How to start Caddy</source>
        <translation>Cómo iniciar Caddy</translation>
    </message>
    <message>
        <source>Open clients.md</source>
        <translation>Abrir clients.md</translation>
    </message>
    <message>
        <source>The settings for each ACME client</source>
        <translation>La configuración de cada cliente ACME</translation>
    </message>
    <message>
        <source>Directory URL for clients:</source>
        <translation>URL del directorio para clientes:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message>
        <source>ACME server status</source>
        <translation>Estado del servidor ACME</translation>
    </message>
    <message>
        <source>&amp;Check status</source>
        <translation>&amp;Comprobar estado</translation>
    </message>
    <message>
        <source>Check the ACME server&apos;s status</source>
        <translation>Comprobar el estado del servidor ACME</translation>
    </message>
    <message>
        <source>&amp;Renew intermediate</source>
        <translation>&amp;Renovar intermedio</translation>
    </message>
    <message>
        <source>Renew the intermediate</source>
        <translation>Renovar el intermedio</translation>
    </message>
    <message>
        <source>Issues a new intermediate with the same settings and replaces the files; restart Caddy afterwards</source>
        <translation>Emite un intermedio nuevo con la misma configuración y reemplaza los archivos; después reinicie Caddy</translation>
    </message>
    <message>
        <source>Reading your CA…</source>
        <translation>Leyendo su CA…</translation>
    </message>
    <message>
        <source>Renewing the intermediate…</source>
        <translation>Renovando el intermedio…</translation>
    </message>
    <message>
        <source>Issuing the intermediate…</source>
        <translation>Emitiendo el intermedio…</translation>
    </message>
    <message>
        <source>Asking the ACME server…</source>
        <translation>Consultando el servidor ACME…</translation>
    </message>
    <message>
        <source>Start Caddy with: {command}
The intermediate “{name}” is valid until {date}; your root&apos;s key stayed in the CA folder.</source>
        <translation>Inicie Caddy con: {command}
El intermedio “{name}” es válido hasta el {date}; la clave de su raíz se quedó en la carpeta de la CA.</translation>
    </message>
    <message>
        <source>Set up. Start Caddy, then point your clients at the directory URL.</source>
        <translation>Configurado. Inicie Caddy y configure sus clientes con la URL del directorio.</translation>
    </message>
</context>
<context>
    <name>acme_text</name>
    <message>
        <source>ACME server: up at {url} (TLS verified with your root).</source>
        <translation>Servidor ACME: activo en {url} (TLS verificado con su raíz).</translation>
    </message>
    <message>
        <source>ACME server: not answering: {problem}.</source>
        <translation>Servidor ACME: no responde: {problem}.</translation>
    </message>
    <message>
        <source>Intermediate “{name}” EXPIRED on {date}: click Renew intermediate, then restart Caddy.</source>
        <translation>El intermedio “{name}” CADUCÓ el {date}: pulse Renovar intermedio y reinicie Caddy.</translation>
    </message>
    <message>
        <source>Intermediate “{name}” expires in {days} days ({date}): click Renew intermediate, then restart Caddy.</source>
        <translation>El intermedio “{name}” caduca en {days} días ({date}): pulse Renovar intermedio y reinicie Caddy.</translation>
    </message>
    <message>
        <source>Intermediate “{name}” is valid until {date}.</source>
        <translation>El intermedio “{name}” es válido hasta el {date}.</translation>
    </message>
    <message>
        <source>Issued in the last 30 days: none found.</source>
        <translation>Emitidos en los últimos 30 días: ninguno.</translation>
    </message>
    <message>
        <source>Issued in the last 30 days: {count}</source>
        <translation>Emitidos en los últimos 30 días: {count}</translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(sin nombres)</translation>
    </message>
    <message>
        <source>{names} — {start} to {end} UTC</source>
        <translation>{names} — de {start} a {end} UTC</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>TrustAnchor is already running.</source>
        <translation>TrustAnchor ya se está ejecutando.</translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>What to fix</source>
        <translation>Qué corregir</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Cancelar la tarea en curso</translation>
    </message>
    <message>
        <source>Error: {text}</source>
        <translation>Error: {text}</translation>
    </message>
    <message>
        <source>What to fix: {hints}</source>
        <translation>Qué corregir: {hints}</translation>
    </message>
</context>
<context>
    <name>ca</name>
    <message>
        <source>The current CA is kept in the archive folder; phones that trust it must install the new one.</source>
        <translation>La CA actual se guarda en la carpeta de archivo; los teléfonos que confían en ella deben instalar la nueva.</translation>
    </message>
    <message>
        <source>Create a new CA</source>
        <translation>Crear una CA nueva</translation>
    </message>
    <message>
        <source>Import a CA I already have</source>
        <translation>Importar una CA que ya tengo</translation>
    </message>
    <message>
        <source>Use my existing CA</source>
        <translation>Usar mi CA existente</translation>
    </message>
    <message>
        <source>Your own certificate authority vouches for your servers. Your phone will trust what it signs.</source>
        <translation>Su propia autoridad de certificación respalda sus servidores. Su teléfono confiará en lo que firme.</translation>
    </message>
    <message>
        <source>&amp;Replace my current CA</source>
        <translation>&amp;Reemplazar mi CA actual</translation>
    </message>
    <message>
        <source>Replace my current CA</source>
        <translation>Reemplazar mi CA actual</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
</context>
<context>
    <name>ca_create</name>
    <message>
        <source>ECDSA P-256 (recommended: fast, works everywhere)</source>
        <translation>ECDSA P-256 (recomendado: rápido, funciona en todo)</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>RSA 2048 bits (for very old devices)</source>
        <translation>RSA 2048 bits (para dispositivos muy antiguos)</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 bits</translation>
    </message>
    <message>
        <source>RSA 4096 bits (slow to create)</source>
        <translation>RSA 4096 bits (lenta de crear)</translation>
    </message>
    <message>
        <source>Optional. A limited CA can only vouch for the names and address ranges below, so even if its key were stolen it could not fake other web sites. Current iPhones, Macs and browsers respect this, but it is not yet verified on every device. One entry per line: a domain (such as local or home.arpa) or an address range (such as 192.168.0.0/16).</source>
        <translation>Opcional. Una CA limitada solo respalda los nombres y rangos de direcciones de abajo, así que aunque robaran su clave no podría falsificar otros sitios. Los iPhone, Mac y navegadores actuales lo respetan, pero aún no está verificado en todos los dispositivos. Una entrada por línea: un dominio (como local o home.arpa) o un rango de direcciones (como 192.168.0.0/16).</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>Nombre de la CA</translation>
    </message>
    <message>
        <source>Shown on your phone in Settings</source>
        <translation>Se muestra en su teléfono en Settings</translation>
    </message>
    <message>
        <source>&amp;Name (shown on your phone):</source>
        <translation>&amp;Nombre (visible en el teléfono):</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Tipo de clave</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>Tipo de &amp;clave:</translation>
    </message>
    <message>
        <source>&amp;Limit this CA to my names</source>
        <translation>&amp;Limitar esta CA a mis nombres</translation>
    </message>
    <message>
        <source>Limit this CA to my names</source>
        <translation>Limitar esta CA a mis nombres</translation>
    </message>
    <message>
        <source>Allowed names and address ranges, one per line</source>
        <translation>Nombres y rangos de direcciones permitidos, uno por línea</translation>
    </message>
</context>
<context>
    <name>ca_import</name>
    <message>
        <source>A PEM certificate with its key (one file or two), a PKCS#12 file (.p12 / .pfx), or the folder mkcert keeps its CA in (run “mkcert -CAROOT” to find it).</source>
        <translation>Un certificado PEM con su clave (uno o dos archivos), un archivo PKCS#12 (.p12 / .pfx) o la carpeta donde mkcert guarda su CA (ejecute «mkcert -CAROOT» para encontrarla).</translation>
    </message>
    <message>
        <source>CA fi&amp;le or folder:</source>
        <translation>&amp;Archivo o carpeta de la CA:</translation>
    </message>
    <message>
        <source>CA file or mkcert folder</source>
        <translation>Archivo de la CA o carpeta de mkcert</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Elegir el archivo de la CA</translation>
    </message>
    <message>
        <source>Choose mkcert f&amp;older…</source>
        <translation>Elegir &amp;carpeta de mkcert…</translation>
    </message>
    <message>
        <source>Choose the mkcert CA folder</source>
        <translation>Elegir la carpeta de la CA de mkcert</translation>
    </message>
    <message>
        <source>Separate &amp;key file (if any):</source>
        <translation>Archivo de &amp;clave aparte (si lo hay):</translation>
    </message>
    <message>
        <source>Separate key file (optional)</source>
        <translation>Archivo de clave aparte (opcional)</translation>
    </message>
    <message>
        <source>Choose key…</source>
        <translation>Elegir clave…</translation>
    </message>
    <message>
        <source>Choose the separate key file</source>
        <translation>Elegir el archivo de clave aparte</translation>
    </message>
    <message>
        <source>Password of the file (if it has one)</source>
        <translation>Contraseña del archivo (si tiene)</translation>
    </message>
    <message>
        <source>File &amp;password (if any):</source>
        <translation>&amp;Contraseña del archivo (si la hay):</translation>
    </message>
    <message>
        <source>Import check</source>
        <translation>Comprobación de la importación</translation>
    </message>
    <message>
        <source>Found the CA “{name}” with its key (fingerprint {fingerprint}, valid until {date}).</source>
        <translation>Se encontró la CA «{name}» con su clave (huella {fingerprint}, válida hasta el {date}).</translation>
    </message>
    <message>
        <source>Choose your CA</source>
        <translation>Elegir su CA</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key *.p12 *.pfx);;All files (*)</source>
        <translation>Certificados y claves (*.pem *.crt *.cer *.key *.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose mkcert&apos;s CA folder</source>
        <translation>Elegir la carpeta de CA de mkcert</translation>
    </message>
    <message>
        <source>Choose the CA key</source>
        <translation>Elegir la clave de la CA</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Claves (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ca_protect</name>
    <message>
        <source>The passphrase protects your CA&apos;s private key: whoever has that key can make certificates your phone trusts for any site. You type it again whenever you make a certificate. If you forget it, make a new CA.</source>
        <translation>La frase de contraseña protege la clave privada de su CA: quien tenga esa clave puede crear certificados en los que su teléfono confíe para cualquier sitio. La escribirá cada vez que cree un certificado. Si la olvida, cree una CA nueva.</translation>
    </message>
    <message>
        <source>Protect the CA key</source>
        <translation>Proteger la clave de la CA</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase (recommended)</source>
        <translation>Usar una &amp;frase de contraseña (recomendado)</translation>
    </message>
    <message>
        <source>Protect the CA key with a passphrase</source>
        <translation>Proteger la clave de la CA con una frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase again:</source>
        <translation>&amp;Repita la frase:</translation>
    </message>
    <message>
        <source>Passphrase check</source>
        <translation>Comprobación de la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>ca_unlock</name>
    <message>
        <source>Your CA</source>
        <translation>Su CA</translation>
    </message>
    <message>
        <source>Your CA&apos;s passphrase</source>
        <translation>Frase de contraseña de su CA</translation>
    </message>
    <message>
        <source>Your CA&apos;s &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de su CA:</translation>
    </message>
    <message>
        <source>“{name}” is ready.
Fingerprint {fingerprint}, {key_type}, valid until {date}.</source>
        <translation>«{name}» está lista.
Huella {fingerprint}, {key_type}, válida hasta el {date}.</translation>
    </message>
    <message>
        <source>“{name}”, stored in {folder}.</source>
        <translation>«{name}», guardada en {folder}.</translation>
    </message>
    <message>
        <source>Your CA is stored in {folder}.</source>
        <translation>Su CA está guardada en {folder}.</translation>
    </message>
    <message>
        <source>You have no CA yet.</source>
        <translation>Todavía no tiene ninguna CA.</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Saving the imported CA…</source>
        <translation>Guardando la CA importada…</translation>
    </message>
    <message>
        <source>Unlocking your CA…</source>
        <translation>Desbloqueando su CA…</translation>
    </message>
    <message>
        <source>Making and saving the certificate…</source>
        <translation>Creando y guardando el certificado…</translation>
    </message>
    <message>
        <source>Starting to publish on your network…</source>
        <translation>Empezando a publicar en su red…</translation>
    </message>
    <message>
        <source>Creating your CA (an ECDSA P-256 key is quick)…</source>
        <translation>Creando su CA (una clave ECDSA P-256 es rápida)…</translation>
    </message>
    <message>
        <source>Creating your CA (an ECDSA P-384 key is quick)…</source>
        <translation>Creando su CA (una clave ECDSA P-384 es rápida)…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 2048 key takes a few seconds)…</source>
        <translation>Creando su CA (una clave RSA 2048 tarda unos segundos)…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 3072 key takes a few seconds)…</source>
        <translation>Creando su CA (una clave RSA 3072 tarda unos segundos)…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 4096 key takes a few seconds)…</source>
        <translation>Creando su CA (una clave RSA 4096 tarda unos segundos)…</translation>
    </message>
    <message>
        <source>Creating your CA…</source>
        <translation>Creando su CA…</translation>
    </message>
    <message>
        <source>Moving the old files to the archive folder and making the new certificate…</source>
        <translation>Archivando los archivos antiguos y creando el nuevo certificado…</translation>
    </message>
    <message>
        <source>Publishing on {address}…</source>
        <translation>Publicando en {address}…</translation>
    </message>
    <message>
        <source>Publishing again with the servers to test…</source>
        <translation>Publicando de nuevo con los servidores a probar…</translation>
    </message>
    <message>
        <source>Stopping publishing…</source>
        <translation>Deteniendo la publicación…</translation>
    </message>
</context>
<context>
    <name>core.acme_ops</name>
    <message>
        <source>--leaf-days must be between 1 and {limit}</source>
        <translation>--leaf-days debe estar entre 1 y {limit}</translation>
    </message>
    <message>
        <source>{version!r} is not a Caddy version like 2.8.4</source>
        <translation>{version!r} no es una versión de Caddy como 2.8.4</translation>
    </message>
</context>
<context>
    <name>core.binding</name>
    <message>
        <source>Cannot listen on {host}: it is not an address of this computer; choose one of its own addresses.</source>
        <translation>No se puede escuchar en {host}: no es una dirección de este equipo; elija una de sus propias direcciones.</translation>
    </message>
    <message>
        <source>Ports {port} to {last} on {host} are all in use; choose another port.</source>
        <translation>Los puertos {port} a {last} de {host} están todos en uso; elija otro puerto.</translation>
    </message>
</context>
<context>
    <name>core.bonjour</name>
    <message>
        <source>Bonjour is off.</source>
        <translation>Bonjour está desactivado.</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;.</source>
        <translation>Anunciado en Bonjour como &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;, not yet confirmed: this computer has not heard the announcement on the network. The QR code works either way. On a Mac, allow TrustAnchor in System Settings &gt; Privacy &amp; Security &gt; Local Network.</source>
        <translation>Anunciado en Bonjour como &quot;{name}&quot;, aún sin confirmar: este equipo no ha oído el anuncio en la red. El código QR funciona de todos modos. En un Mac, permita TrustAnchor en System Settings &gt; Privacy &amp; Security &gt; Local Network.</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;, not yet confirmed: this computer has not heard the announcement on the network. The QR code works either way.</source>
        <translation>Anunciado en Bonjour como &quot;{name}&quot;, aún sin confirmar: este equipo no ha oído el anuncio en la red. El código QR funciona de todos modos.</translation>
    </message>
    <message>
        <source>Announcing &quot;{name}&quot;…</source>
        <translation>Anunciando &quot;{name}&quot;…</translation>
    </message>
    <message>
        <source>Bonjour is not available on this network (no multicast); use the QR code or type the address.</source>
        <translation>Bonjour no está disponible en esta red (sin multicast); use el código QR o escriba la dirección.</translation>
    </message>
    <message>
        <source>Bonjour could not start; use the QR code or type the address.</source>
        <translation>Bonjour no pudo iniciarse; use el código QR o escriba la dirección.</translation>
    </message>
    <message>
        <source>Bonjour could not announce the page; use the QR code or type the address.</source>
        <translation>Bonjour no pudo anunciar la página; use el código QR o escriba la dirección.</translation>
    </message>
</context>
<context>
    <name>core.bundle</name>
    <message>
        <source>cannot make the folder {out}: {reason}</source>
        <translation>no se puede crear la carpeta {out}: {reason}</translation>
    </message>
    <message>
        <source>{out} already holds an ACME setup ({files}); choose another --out or add --force to replace it</source>
        <translation>{out} ya contiene una configuración ACME ({files}); elija otro --out o añada --force para sustituirla</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>{out} holds no ACME setup; run `trustanchor acme setup --out {out}` first</source>
        <translation>{out} no contiene ninguna configuración ACME; ejecute primero `trustanchor acme setup --out {out}`</translation>
    </message>
    <message>
        <source>cannot read {path}: {exc}</source>
        <translation>no se puede leer {path}: {exc}</translation>
    </message>
    <message>
        <source>{path} is damaged; run `trustanchor acme setup --force` again</source>
        <translation>{path} está dañado; vuelva a ejecutar `trustanchor acme setup --force`</translation>
    </message>
</context>
<context>
    <name>core.ca</name>
    <message>
        <source>The private key does not belong to this CA certificate; pick the matching key.</source>
        <translation>La clave privada no corresponde a este certificado de CA; elija la clave correcta.</translation>
    </message>
    <message>
        <source>This CA&apos;s key type is not supported; iPhones need RSA (2048, 3072 or 4096 bits) or ECDSA P-256 / P-384.</source>
        <translation>El tipo de clave de esta CA no es compatible; los iPhone necesitan RSA (2048, 3072 o 4096 bits) o ECDSA P-256 / P-384.</translation>
    </message>
    <message>
        <source>This certificate is not a CA (it lacks basicConstraints CA:TRUE); pick the CA certificate, not a server certificate.</source>
        <translation>Este certificado no es una CA (le falta basicConstraints CA:TRUE); elija el certificado de la CA, no uno de servidor.</translation>
    </message>
    <message>
        <source>A CA can be valid for 1 to {limit} years; {usual} is usual.</source>
        <translation>Una CA puede ser válida de 1 a {limit} años; lo habitual es {usual}.</translation>
    </message>
    <message>
        <source>{display} is outside what this CA may sign ({allowed}); use a name within those, or a CA without name constraints.</source>
        <translation>{display} está fuera de lo que esta CA puede firmar ({allowed}); use un nombre dentro de ese ámbito o una CA sin restricciones de nombres.</translation>
    </message>
    <message>
        <source>The CA only becomes valid on {day:%Y-%m-%d}; check this computer&apos;s date and time.</source>
        <translation>La CA no es válida hasta el {day:%Y-%m-%d}; revise la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <source>The CA expired on {not_after:%Y-%m-%d}; create a new CA and install it on your devices.</source>
        <translation>La CA caducó el {not_after:%Y-%m-%d}; cree una CA nueva e instálela en sus dispositivos.</translation>
    </message>
    <message>
        <source>The CA expires on {not_after:%Y-%m-%d}, before this certificate would; issue it for at most {left} days, or create a new CA.</source>
        <translation>La CA caduca el {not_after:%Y-%m-%d}, antes que este certificado; emítalo por {left} días como máximo o cree una CA nueva.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the exported key; it cannot be empty.</source>
        <translation>Elija una frase de contraseña para la clave exportada; no puede estar vacía.</translation>
    </message>
    <message>
        <source>IP addresses stay unrestricted: this CA could vouch for any IP address. Add an IP range too, such as 192.168.0.0/16.</source>
        <translation>Las direcciones IP quedan sin restricción: esta CA podría avalar cualquier dirección IP. Añada también un rango de IP, como 192.168.0.0/16.</translation>
    </message>
    <message>
        <source>Host names stay unrestricted: this CA could vouch for any web site. Add a domain too, such as home.arpa.</source>
        <translation>Los nombres de host quedan sin restricción: esta CA podría avalar cualquier sitio web. Añada también un dominio, como home.arpa.</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>nombre de la CA</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>Give the {what} in words, such as &apos;Home Network CA&apos;; iPhones need one.</source>
        <translation>Escriba el campo «{what}» con palabras, como &apos;Home Network CA&apos;; los iPhone lo necesitan.</translation>
    </message>
    <message>
        <source>The {what} can be at most {limit} characters long.</source>
        <translation>El campo «{what}» puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>The {what} contains an invisible character; retype it.</source>
        <translation>El campo «{what}» contiene un carácter invisible; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>{entry} is listed twice; keep one.</source>
        <translation>{entry} aparece dos veces; deje uno.</translation>
    </message>
    <message>
        <source>The new certificate would be rejected: {problem}</source>
        <translation>El nuevo certificado sería rechazado: {problem}</translation>
    </message>
</context>
<context>
    <name>core.caddy</name>
    <message>
        <source>the folder {text} has a character a Caddyfile cannot hold; choose a plainer --out path</source>
        <translation>la carpeta {text} tiene un carácter que un Caddyfile no admite; elija una ruta --out más sencilla</translation>
    </message>
    <message>
        <source>Caddy before 2.6.3 cannot set the certificate lifetime (its leaves last 12 hours); leave out --leaf-days</source>
        <translation>Caddy anterior a 2.6.3 no puede fijar la validez del certificado (sus certificados duran 12 horas); omita --leaf-days</translation>
    </message>
</context>
<context>
    <name>core.causes</name>
    <message>
        <source>The profile was not downloaded or installed</source>
        <translation>El perfil no se descargó o no se instaló</translation>
    </message>
    <message>
        <source>Tap “Download profile” on the phone, then install it in Settings &gt; General &gt; VPN &amp; Device Management.</source>
        <translation>Toque «Descargar perfil» en el teléfono y luego instálelo en Settings &gt; General &gt; VPN &amp; Device Management.</translation>
    </message>
    <message>
        <source>your CA</source>
        <translation>su CA</translation>
    </message>
    <message>
        <source>Full trust is switched off</source>
        <translation>La confianza total está desactivada</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; About &gt; Certificate Trust Settings: switch on “{ca}”.</source>
        <translation>Settings &gt; General &gt; About &gt; Certificate Trust Settings: active «{ca}».</translation>
    </message>
    <message>
        <source>iOS 18.0 sometimes hides the trust switch</source>
        <translation>iOS 18.0 a veces oculta el interruptor de confianza</translation>
    </message>
    <message>
        <source>Update the phone in Settings &gt; General &gt; Software Update, then look for the switch again.</source>
        <translation>Actualice el teléfono en Settings &gt; General &gt; Software Update y vuelva a buscar el interruptor.</translation>
    </message>
    <message>
        <source>The page was not opened in Safari</source>
        <translation>La página no se abrió en Safari</translation>
    </message>
    <message>
        <source>Copy the link and open it in Safari: other browsers save the profile without offering to install it.</source>
        <translation>Copie el enlace y ábralo en Safari: otros navegadores guardan el perfil sin ofrecer instalarlo.</translation>
    </message>
    <message>
        <source>The certificate is not installed as a trusted CA</source>
        <translation>El certificado no está instalado como CA de confianza</translation>
    </message>
    <message>
        <source>Follow the steps shown for this device again.</source>
        <translation>Vuelva a seguir los pasos indicados para este dispositivo.</translation>
    </message>
    <message>
        <source>Another CA with the same name is installed</source>
        <translation>Hay otra CA instalada con el mismo nombre</translation>
    </message>
    <message>
        <source>Remove old profiles or certificates with this name, then install this one again.</source>
        <translation>Quite los perfiles o certificados antiguos con este nombre y vuelva a instalar este.</translation>
    </message>
</context>
<context>
    <name>core.home</name>
    <message>
        <source>--home is empty: give the CA home&apos;s folder, or leave --home out to use $TRUSTANCHOR_HOME or the default folder.</source>
        <translation>--home está vacío: indique la carpeta de la CA u omita --home para usar $TRUSTANCHOR_HOME o la carpeta predeterminada.</translation>
    </message>
    <message>
        <source>The CA home {root} is in use by another TrustAnchor program: let it finish (or close it) and try again.</source>
        <translation>Otro programa de TrustAnchor está usando la carpeta de la CA {root}: deje que termine (o ciérrelo) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot create the CA home {root} ({reason}): choose another folder with --home or $TRUSTANCHOR_HOME.</source>
        <translation>No se puede crear la carpeta de la CA {root} ({reason}): elija otra con --home o $TRUSTANCHOR_HOME.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>archivo de la CA</translation>
    </message>
    <message>
        <source>{problem} Restore the CA from a backup, or replace it.</source>
        <translation>{problem} Restaure la CA desde una copia de seguridad o sustitúyala.</translation>
    </message>
    <message>
        <source>There is no CA in {root} yet: create one (trustanchor ca create) or import one (trustanchor ca import).</source>
        <translation>Todavía no hay ninguna CA en {root}: cree una (trustanchor ca create) o importe una (trustanchor ca import).</translation>
    </message>
    <message>
        <source>The CA in {folder} is incomplete: {name} is missing; restore it from a backup, or replace the CA.</source>
        <translation>La CA de {folder} está incompleta: falta {name}; restáurelo desde una copia de seguridad o sustituya la CA.</translation>
    </message>
    <message>
        <source>The CA certificate {certificate} is damaged: restore it from a backup, or replace the CA.</source>
        <translation>El certificado de la CA {certificate} está dañado: restáurelo desde una copia de seguridad o sustituya la CA.</translation>
    </message>
    <message>
        <source>The CA key {key} is damaged or not a key: restore it from a backup, or replace the CA.</source>
        <translation>La clave de la CA {key} está dañada o no es una clave: restáurela desde una copia de seguridad o sustituya la CA.</translation>
    </message>
    <message>
        <source>The CA key {key} does not belong to {certificate}: restore the matching pair from a backup, or replace the CA.</source>
        <translation>La clave de la CA {key} no corresponde a {certificate}: restaure el par correcto desde una copia de seguridad o sustituya la CA.</translation>
    </message>
    <message>
        <source>A CA already exists in {folder}; it was left untouched. Replace it explicitly to archive it and store the new one.</source>
        <translation>Ya existe una CA en {folder}; no se ha tocado. Sustitúyala de forma explícita para archivarla y guardar la nueva.</translation>
    </message>
    <message>
        <source>There is no CA in {root} to replace: create one instead.</source>
        <translation>No hay ninguna CA que sustituir en {root}: cree una.</translation>
    </message>
    <message>
        <source>{folder} holds other files: move them away and try again.</source>
        <translation>{folder} contiene otros archivos: muévalos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot write in the CA home {root} ({reason}): make it writable, or choose another with --home; nothing was issued.</source>
        <translation>No se puede escribir en la carpeta de la CA {root} ({reason}): haga que admita escritura o elija otra con --home; no se emitió nada.</translation>
    </message>
    <message>
        <source>An empty passphrase protects nothing: choose one, or choose no passphrase.</source>
        <translation>Una frase de contraseña vacía no protege nada: elija una o ninguna.</translation>
    </message>
</context>
<context>
    <name>core.importer</name>
    <message>
        <source>{name} is a folder: give either an mkcert CAROOT folder alone, or the CA&apos;s certificate and key files.</source>
        <translation>{name} es una carpeta: indique solo una carpeta CAROOT de mkcert, o los archivos de certificado y clave de la CA.</translation>
    </message>
    <message>
        <source>{name} is not an mkcert CA folder (it has no {mkcert_cert_name}): choose the folder `mkcert -CAROOT` prints, or the CA&apos;s own files.</source>
        <translation>{name} no es una carpeta de CA de mkcert (no tiene {mkcert_cert_name}): elija la carpeta que muestra `mkcert -CAROOT` o los archivos de la CA.</translation>
    </message>
    <message>
        <source>The mkcert folder {name} has no {mkcert_key_name}: choose the folder on the machine where mkcert created the CA.</source>
        <translation>La carpeta de mkcert {name} no tiene {mkcert_key_name}: elija la carpeta del equipo donde mkcert creó la CA.</translation>
    </message>
    <message>
        <source>{name} holds no certificate or private key (found: {found}): choose the CA&apos;s certificate and key files.</source>
        <translation>{name} no contiene certificado ni clave privada (encontrado: {found}): elija los archivos de certificado y clave de la CA.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the key in {name}: check it and try again.</source>
        <translation>La frase de contraseña no desbloquea la clave de {name}: revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The key in {name} is protected by a passphrase: give it (with --source-passphrase-file FILE on the command line) and try again.</source>
        <translation>La clave de {name} está protegida por una frase de contraseña: indíquela (con --source-passphrase-file FILE en la línea de comandos) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} holds a damaged or unreadable private key: export the key again.</source>
        <translation>{name} contiene una clave privada dañada o ilegible: vuelva a exportar la clave.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name} has a serial number below 1, which RFC 5280 (4.1.2.2) forbids and newer software rejects: create a new CA instead.</source>
        <translation>{name} tiene un número de serie menor que 1, algo que RFC 5280 (4.1.2.2) prohíbe y el software reciente rechaza: cree una CA nueva.</translation>
    </message>
    <message>
        <source>The password does not open {name} (or the file is damaged): check the password and try again.</source>
        <translation>La contraseña no abre {name} (o el archivo está dañado): revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} is protected by a password: give it (with --source-passphrase-file FILE on the command line) and try again.</source>
        <translation>{name} está protegido con contraseña: indíquela (con --source-passphrase-file FILE en la línea de comandos) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} holds a private key but no certificate: choose the CA&apos;s certificate too.</source>
        <translation>{name} contiene una clave privada pero ningún certificado: elija también el certificado de la CA.</translation>
    </message>
    <message>
        <source>{name} holds a certificate but no private key: choose the CA&apos;s key file too (TrustAnchor needs the key to issue certificates).</source>
        <translation>{name} contiene un certificado pero ninguna clave privada: elija también el archivo de clave de la CA (TrustAnchor la necesita para emitir certificados).</translation>
    </message>
    <message>
        <source>{name} holds a damaged or unusual certificate: export the CA certificate again.</source>
        <translation>{name} contiene un certificado dañado o inusual: vuelva a exportar el certificado de la CA.</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a CA: choose the CA&apos;s certificate (CA:TRUE).</source>
        <translation>{name} es {kind}, no una CA: elija el certificado de la CA (CA:TRUE).</translation>
    </message>
    <message>
        <source>The key in {key_name} does not belong to the CA certificate in {cas}: choose the key that was made with this CA.</source>
        <translation>La clave de {key_name} no corresponde al certificado de CA de {cas}: elija la clave creada con esta CA.</translation>
    </message>
</context>
<context>
    <name>core.inputs</name>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The {what} {shown} does not exist: check the name and folder.</source>
        <translation>El {what} {shown} no existe: revise el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>The {what} {shown} is a folder, not a file: choose a file.</source>
        <translation>El {what} {shown} es una carpeta, no un archivo: elija un archivo.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {shown} ({reason}).</source>
        <translation>No se puede leer el {what} {shown} ({reason}).</translation>
    </message>
    <message>
        <source>The {what} {shown} is not a regular file (it is a {kind}): TrustAnchor reads only ordinary files.</source>
        <translation>El {what} {shown} no es un archivo normal (es un {kind}): TrustAnchor solo lee archivos normales.</translation>
    </message>
    <message>
        <source>The {what} {shown} is too large (more than {limit:,} bytes) to be what TrustAnchor expects: choose the right file.</source>
        <translation>El {what} {shown} es demasiado grande (más de {limit:,} bytes) para lo que espera TrustAnchor: elija el archivo correcto.</translation>
    </message>
</context>
<context>
    <name>core.intermediate</name>
    <message>
        <source>this CA was made with path length 0, so it cannot delegate to an intermediate; make a new CA with `trustanchor ca create --replace` if you want automatic renewal</source>
        <translation>esta CA se creó con longitud de ruta 0, así que no puede delegar en una intermedia; cree una CA nueva con `trustanchor ca create --replace` si quiere renovación automática</translation>
    </message>
    <message>
        <source>{display} is outside what this CA may sign, so clients would not trust the ACME server by that name; give --names within the CA&apos;s limits.</source>
        <translation>{display} está fuera de lo que esta CA puede firmar, así que los clientes no confiarían en el servidor ACME con ese nombre; indique --names dentro de los límites de la CA.</translation>
    </message>
    <message>
        <source>The intermediate can live {shortest} to {longest} days; {usual} is usual.</source>
        <translation>La intermedia puede durar de {shortest} a {longest} días; lo habitual es {usual}.</translation>
    </message>
    <message>
        <source>The CA expires on {not_after:%Y-%m-%d}, too soon to delegate to an intermediate; create a new CA first.</source>
        <translation>La CA caduca el {not_after:%Y-%m-%d}, demasiado pronto para delegar en una intermedia; cree primero una CA nueva.</translation>
    </message>
</context>
<context>
    <name>core.issued</name>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
</context>
<context>
    <name>core.java</name>
    <message>
        <source>added by TrustAnchor as alias {alias}</source>
        <translation>añadido por TrustAnchor con el alias {alias}</translation>
    </message>
    <message>
        <source>Java&apos;s cacerts cannot be written by you (it belongs to root); run the command as root to change it.</source>
        <translation>No puede escribir en el cacerts de Java (pertenece a root); ejecute el comando como root para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>core.journal</name>
    <message>
        <source>journal</source>
        <translation>diario</translation>
    </message>
</context>
<context>
    <name>core.keystore</name>
    <message>
        <source>The CA key is protected by a passphrase: give it with --passphrase-file FILE or $TRUSTANCHOR_PASSPHRASE (or type it when asked).</source>
        <translation>La clave de la CA está protegida por una frase de contraseña: indíquela con --passphrase-file FILE o $TRUSTANCHOR_PASSPHRASE (o escríbala cuando se le pida).</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this CA key: check it and try again.</source>
        <translation>La frase de contraseña no desbloquea esta clave de CA: revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This is not a readable private key: choose a PEM or DER private key file.</source>
        <translation>No es una clave privada legible: elija un archivo de clave privada PEM o DER.</translation>
    </message>
    <message>
        <source>This key type cannot sign for TrustAnchor: use an EC (P-256, P-384) or RSA key.</source>
        <translation>Este tipo de clave no puede firmar para TrustAnchor: use una clave EC (P-256, P-384) o RSA.</translation>
    </message>
    <message>
        <source>This key asks for more scrypt work than is safe to spend: re-encrypt it with normal settings (openssl pkcs8 -topk8) and import it again.</source>
        <translation>Esta clave pide más trabajo de scrypt del que es seguro: vuelva a cifrarla con valores normales (openssl pkcs8 -topk8) e impórtela de nuevo.</translation>
    </message>
    <message>
        <source>This file asks for more than 10 million key-derivation rounds: re-export it with normal settings and import it again.</source>
        <translation>Este archivo pide más de 10 millones de rondas de derivación de clave: vuelva a exportarlo con valores normales e impórtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>core.leaf</name>
    <message>
        <source>A certificate must be valid for at least 1 day.</source>
        <translation>Un certificado debe ser válido al menos 1 día.</translation>
    </message>
    <message>
        <source>{days} days is too long: iPhones and Macs reject server certificates valid for more than {limit} days; use {default} (the default) or fewer.</source>
        <translation>{days} días es demasiado: los iPhone y los Mac rechazan certificados de servidor válidos más de {limit} días; use {default} (el predeterminado) o menos.</translation>
    </message>
    <message>
        <source>Choose a password for the .p12 file; it cannot be empty.</source>
        <translation>Elija una contraseña para el archivo .p12; no puede estar vacía.</translation>
    </message>
    <message>
        <source>The .p12 password is too short: use at least {count} characters (or let TrustAnchor generate one).</source>
        <translation>La contraseña del .p12 es demasiado corta: use al menos {count} caracteres (o deje que TrustAnchor genere una).</translation>
    </message>
</context>
<context>
    <name>core.linux</name>
    <message>
        <source>cannot read {path} ({reason})</source>
        <translation>no se puede leer {path} ({reason})</translation>
    </message>
    <message>
        <source>added by TrustAnchor as {path}</source>
        <translation>añadido por TrustAnchor como {path}</translation>
    </message>
    <message>
        <source>added by someone else (TrustAnchor will not remove it)</source>
        <translation>añadido por otra persona (TrustAnchor no lo quitará)</translation>
    </message>
    <message>
        <source>{path} is there, but the bundle was not rebuilt: run {tool}</source>
        <translation>{path} está, pero el paquete no se regeneró: ejecute {tool}</translation>
    </message>
    <message>
        <source>Cannot write {target} ({reason}); the system store was left as it was.</source>
        <translation>No se puede escribir {target} ({reason}); el almacén del sistema quedó como estaba.</translation>
    </message>
    <message>
        <source>Cannot remove {target} ({reason}); the system store was left as it was.</source>
        <translation>No se puede quitar {target} ({reason}); el almacén del sistema quedó como estaba.</translation>
    </message>
    <message>
        <source>Changing the system store needs an administrator, and neither pkexec nor sudo is installed; run this command as root instead.</source>
        <translation>Cambiar el almacén del sistema requiere un administrador y no están instalados ni pkexec ni sudo; ejecute este comando como root.</translation>
    </message>
</context>
<context>
    <name>core.listener</name>
    <message>
        <source>The HTTPS certificate or its key could not be loaded; issue a new server certificate from the CA and try again.</source>
        <extracomment>Called in the connection&apos;s own thread with the (TLS) socket, the client&apos;s IP, whether the connection is TLS, and its Activity. The listener closes the socket afterwards.</extracomment>
        <translation>No se pudo cargar el certificado HTTPS o su clave; emita un nuevo certificado de servidor desde la CA e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>core.macos</name>
    <message>
        <source>in the keychain (the handshake below shows the trust)</source>
        <translation>en el llavero (el protocolo de enlace de abajo muestra la confianza)</translation>
    </message>
    <message>
        <source>macOS did not allow the change to the certificate trust settings (the password prompt was cancelled or could not be shown); nothing was changed.</source>
        <translation>macOS no permitió el cambio en los ajustes de confianza (la solicitud de contraseña se canceló o no pudo mostrarse); no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>core.names</name>
    <message>
        <source>such as nas.local or 192.168.1.20</source>
        <translation>como nas.local o 192.168.1.20</translation>
    </message>
    <message>
        <source>{name} is listed twice; keep one.</source>
        <translation>{name} aparece dos veces; deje uno.</translation>
    </message>
    <message>
        <source>{earlier} and {name} are the same name ({display}); keep one.</source>
        <translation>{earlier} y {name} son el mismo nombre ({display}); deje uno.</translation>
    </message>
    <message>
        <source>Give at least one host name or IP address, {example}.</source>
        <translation>Indique al menos un nombre de host o una dirección IP, {example}.</translation>
    </message>
    <message>
        <source>such as home.arpa or 192.168.0.0/16</source>
        <translation>como home.arpa o 192.168.0.0/16</translation>
    </message>
    <message>
        <source>Write {domain} without the leading dot; it already covers every name under it.</source>
        <translation>Escriba {domain} sin el punto inicial; ya abarca todos los nombres que tiene debajo.</translation>
    </message>
    <message>
        <source>Write {domain} without &apos;*.&apos;; it already covers every name under it.</source>
        <translation>Escriba {domain} sin &apos;*.&apos;; ya abarca todos los nombres que tiene debajo.</translation>
    </message>
    <message>
        <source>Type a host name or IP address, {example}.</source>
        <translation>Escriba un nombre de host o una dirección IP, {example}.</translation>
    </message>
    <message>
        <source>{name} contains a space; enter one name at a time, without spaces.</source>
        <translation>{name} contiene un espacio; escriba un nombre cada vez, sin espacios.</translation>
    </message>
    <message>
        <source>{name} holds several names; enter one at a time.</source>
        <translation>{name} contiene varios nombres; escríbalos de uno en uno.</translation>
    </message>
    <message>
        <source>{name} contains an invisible control character; type it again.</source>
        <translation>{name} contiene un carácter de control invisible; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>type just {host}</source>
        <translation>escriba solo {host}</translation>
    </message>
    <message>
        <source>type just the host name</source>
        <translation>escriba solo el nombre de host</translation>
    </message>
    <message>
        <source>{name} is a web address; {hint}.</source>
        <translation>{name} es una dirección web; {hint}.</translation>
    </message>
    <message>
        <source>{name} looks like an e-mail address; {hint}.</source>
        <translation>{name} parece una dirección de correo; {hint}.</translation>
    </message>
    <message>
        <source>{name} has a zone (%{scope_id}); type just {bare}.</source>
        <translation>{name} tiene una zona (%{scope_id}); escriba solo {bare}.</translation>
    </message>
    <message>
        <source>{address} means &apos;any address&apos;; type the machine&apos;s own address instead.</source>
        <translation>{address} significa «cualquier dirección»; escriba en su lugar la dirección del equipo.</translation>
    </message>
    <message>
        <source>{address} is a broadcast or multicast address; type the machine&apos;s own address.</source>
        <translation>{address} es una dirección de difusión o multidifusión; escriba la dirección del equipo.</translation>
    </message>
    <message>
        <source>{name} is not an IP range; write one like 192.168.0.0/16.</source>
        <translation>{name} no es un rango IP; escríbalo como 192.168.0.0/16.</translation>
    </message>
    <message>
        <source>{name} is not the start of its range; did you mean {widened}?</source>
        <translation>{name} no es el inicio de su rango; ¿quiso decir {widened}?</translation>
    </message>
    <message>
        <source>{name} is a range of addresses; a certificate lists single addresses, so type each one, such as {first_host}.</source>
        <translation>{name} es un rango de direcciones; un certificado enumera direcciones sueltas, así que escriba cada una, como {first_host}.</translation>
    </message>
    <message>
        <source>type just {before}</source>
        <translation>escriba solo {before}</translation>
    </message>
    <message>
        <source>{name} contains &apos;/&apos;; {hint}.</source>
        <translation>{name} contiene &apos;/&apos;; {hint}.</translation>
    </message>
    <message>
        <source>Type the address without brackets: {inner}.</source>
        <translation>Escriba la dirección sin corchetes: {inner}.</translation>
    </message>
    <message>
        <source>{name} includes a port; type just {host} (ports do not go into certificates).</source>
        <translation>{name} incluye un puerto; escriba solo {host} (los puertos no van en los certificados).</translation>
    </message>
    <message>
        <source>{name} is not a valid IPv6 address or host name; check it for typos.</source>
        <translation>{name} no es una dirección IPv6 ni un nombre de host válido; revise si hay erratas.</translation>
    </message>
    <message>
        <source>{name} contains characters that cannot be in a host name.</source>
        <translation>{name} contiene caracteres que no pueden ir en un nombre de host.</translation>
    </message>
    <message>
        <source>start with a dot</source>
        <translation>empezar por un punto</translation>
    </message>
    <message>
        <source>have two dots in a row</source>
        <translation>tener dos puntos seguidos</translation>
    </message>
    <message>
        <source>{name}: a host name cannot {where}.</source>
        <translation>{name}: un nombre de host no puede {where}.</translation>
    </message>
    <message>
        <source>{name}: &apos;*&apos; is not allowed here.</source>
        <translation>{name}: &apos;*&apos; no se permite aquí.</translation>
    </message>
    <message>
        <source>{name}: a wildcard needs a name after it, like *.lab.home.arpa.</source>
        <translation>{name}: un comodín necesita un nombre detrás, como *.lab.home.arpa.</translation>
    </message>
    <message>
        <source>{name}: a wildcard must be the whole left-most part, like *.lab.home.arpa.</source>
        <translation>{name}: un comodín debe ser toda la parte izquierda, como *.lab.home.arpa.</translation>
    </message>
    <message>
        <source>{name} is not a valid internationalised name ({exc}).</source>
        <translation>{name} no es un nombre internacionalizado válido ({exc}).</translation>
    </message>
    <message>
        <source>{name}: host names cannot contain &apos;_&apos;; use &apos;-&apos; instead.</source>
        <translation>{name}: los nombres de host no pueden contener &apos;_&apos;; use &apos;-&apos;.</translation>
    </message>
    <message>
        <source>{name}: {bad!r} cannot be in a host name; use letters, digits and &apos;-&apos;.</source>
        <translation>{name}: {bad!r} no puede ir en un nombre de host; use letras, cifras y &apos;-&apos;.</translation>
    </message>
    <message>
        <source>{name}: a part of a host name cannot start or end with &apos;-&apos;.</source>
        <translation>{name}: una parte de un nombre de host no puede empezar ni terminar con &apos;-&apos;.</translation>
    </message>
    <message>
        <source>{name}: {label} is not a valid internationalised (xn--) name.</source>
        <translation>{name}: {label} no es un nombre internacionalizado (xn--) válido.</translation>
    </message>
    <message>
        <source>{name}: each part between dots can be at most {limit} characters, and {part} has {length}.</source>
        <translation>{name}: cada parte entre puntos puede tener como máximo {limit} caracteres, y {part} tiene {length}.</translation>
    </message>
    <message>
        <source>{name} is too long: a host name can be at most {limit} characters.</source>
        <translation>{name} es demasiado largo: un nombre de host puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>{name} is not a valid IP address; an IPv4 address is four numbers from 0 to 255 without leading zeros, such as 192.168.1.20.</source>
        <translation>{name} no es una dirección IP válida; una IPv4 son cuatro números de 0 a 255 sin ceros a la izquierda, como 192.168.1.20.</translation>
    </message>
    <message>
        <source>{name}: the last part of a host name cannot be only digits.</source>
        <translation>{name}: la última parte de un nombre de host no puede ser solo cifras.</translation>
    </message>
    <message>
        <source>{name} would cover all of {base}, which browsers refuse; use a name one level down, such as *.lab.{base}, or list each name.</source>
        <translation>{name} abarcaría todo {base}, y los navegadores lo rechazan; use un nombre un nivel más abajo, como *.lab.{base}, o enumere cada nombre.</translation>
    </message>
</context>
<context>
    <name>core.nss</name>
    <message>
        <source>Cannot create {path} ({reason}).</source>
        <translation>No se puede crear {path} ({reason}).</translation>
    </message>
    <message>
        <source>certutil cannot read {path}</source>
        <translation>certutil no puede leer {path}</translation>
    </message>
    <message>
        <source>present as {nickname!r} but not trusted for websites ({trust})</source>
        <translation>presente como {nickname!r} pero sin confianza para sitios web ({trust})</translation>
    </message>
    <message>
        <source>added by TrustAnchor as {nickname!r}</source>
        <translation>añadido por TrustAnchor como {nickname!r}</translation>
    </message>
    <message>
        <source>vfychain (NSS) verified a server certificate from the CA</source>
        <translation>vfychain (NSS) verificó un certificado de servidor de la CA</translation>
    </message>
    <message>
        <source>certutil -V (NSS) verified the CA for TLS servers</source>
        <translation>certutil -V (NSS) verificó la CA para servidores TLS</translation>
    </message>
    <message>
        <source>{path} is read-only; it was left as it was.</source>
        <translation>{path} es de solo lectura; quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>core.operations</name>
    <message>
        <source>The .p12 password is too short: use at least {count} characters, or let TrustAnchor generate one.</source>
        <translation>La contraseña del .p12 es demasiado corta: use al menos {count} caracteres o deje que TrustAnchor genere una.</translation>
    </message>
    <message>
        <source>a .p12 file holds the CA&apos;s private key and needs a password</source>
        <translation>un archivo .p12 contiene la clave privada de la CA y necesita una contraseña</translation>
    </message>
</context>
<context>
    <name>core.outputs</name>
    <message>
        <source>{path} is {kind}, not a regular file; TrustAnchor only overwrites regular files: choose another name.</source>
        <translation>{path} es {kind}, no un archivo normal; TrustAnchor solo sobrescribe archivos normales: elija otro nombre.</translation>
    </message>
    <message>
        <source>{path} already exists; move it away or choose to overwrite it.</source>
        <translation>{path} ya existe; muévalo o elija sobrescribirlo.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); choose a folder you can write to.</source>
        <translation>No se pudo escribir {path} ({reason}); elija una carpeta donde pueda escribir.</translation>
    </message>
</context>
<context>
    <name>core.proof</name>
    <message>
        <source>the operating system (truststore)</source>
        <translation>el sistema operativo (truststore)</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>sin protocolo de enlace</translation>
    </message>
    <message>
        <source>TLS handshake to {address} verified by {method}</source>
        <translation>Protocolo de enlace TLS con {address} verificado por {method}</translation>
    </message>
    <message>
        <source>the certificate was accepted</source>
        <translation>se aceptó el certificado</translation>
    </message>
</context>
<context>
    <name>core.publisher</name>
    <message>
        <source>This computer has no network address a phone could reach; connect it to your Wi-Fi or network, or pass --bind with an address.</source>
        <translation>Este equipo no tiene ninguna dirección de red que un teléfono pueda alcanzar; conéctelo a su Wi-Fi o red, o indique una dirección con --bind.</translation>
    </message>
    <message>
        <source>Bonjour is off.</source>
        <translation>Bonjour está desactivado.</translation>
    </message>
    <message>
        <source>This CA may not sign {address}, so phones could not test trust against it; choose another address with --bind, or use a CA whose name constraints include it.</source>
        <translation>Esta CA no puede firmar {address}, así que los teléfonos no podrían probar la confianza con ella; elija otra dirección con --bind o use una CA cuyas restricciones de nombres la incluyan.</translation>
    </message>
    <message>
        <source>No name for the HTTPS test certificate; choose an address with --bind.</source>
        <translation>No hay nombre para el certificado de prueba HTTPS; elija una dirección con --bind.</translation>
    </message>
    <message>
        <source>Bonjour is off (--no-mdns).</source>
        <translation>Bonjour está desactivado (--no-mdns).</translation>
    </message>
    <message>
        <source>Bonjour is off for a loopback address.</source>
        <translation>Bonjour está desactivado para una dirección de bucle local.</translation>
    </message>
</context>
<context>
    <name>core.reachability</name>
    <message>
        <source>If the phone is on the same Wi-Fi, Windows Defender Firewall is the usual cause: in Settings &gt; Network &amp; internet, make this network Private, and under Windows Security &gt; Firewall &amp; network protection &gt; Allow an app through firewall, allow TrustAnchor on Private networks.</source>
        <translation>Si el teléfono está en la misma Wi-Fi, la causa habitual es el Firewall de Windows Defender: en Settings &gt; Network &amp; internet, haga esta red Private y, en Windows Security &gt; Firewall &amp; network protection &gt; Allow an app through firewall, permita TrustAnchor en redes Private.</translation>
    </message>
    <message>
        <source>If the phone is on the same Wi-Fi, check System Settings &gt; Network &gt; Firewall &gt; Options (allow TrustAnchor) and System Settings &gt; Privacy &amp; Security &gt; Local Network (TrustAnchor on).</source>
        <translation>Si el teléfono está en la misma Wi-Fi, revise System Settings &gt; Network &gt; Firewall &gt; Options (permitir TrustAnchor) y System Settings &gt; Privacy &amp; Security &gt; Local Network (TrustAnchor activado).</translation>
    </message>
    <message>
        <source>If the phone is on the same Wi-Fi, a firewall on this computer may block it: allow the page&apos;s port (for example `sudo ufw allow {port}/tcp`, or `sudo firewall-cmd --add-port={port}/tcp`).</source>
        <translation>Si el teléfono está en la misma Wi-Fi, puede que lo bloquee un cortafuegos de este equipo: permita el puerto de la página (por ejemplo `sudo ufw allow {port}/tcp` o `sudo firewall-cmd --add-port={port}/tcp`).</translation>
    </message>
    <message>
        <source>No phone has opened the page yet. {steps} Also check that the phone is not on a guest network or using mobile data.</source>
        <translation>Ningún teléfono ha abierto la página todavía. {steps} Compruebe también que el teléfono no esté en una red de invitados ni use datos móviles.</translation>
    </message>
</context>
<context>
    <name>core.reader</name>
    <message>
        <source>certificate file</source>
        <translation>archivo de certificado</translation>
    </message>
    <message>
        <source>{label} is not a PEM or DER certificate</source>
        <translation>{label} no es un certificado PEM ni DER</translation>
    </message>
</context>
<context>
    <name>core.renewal</name>
    <message>
        <source>the record for {names} does not say where its files are; issue it again with `trustanchor issue`</source>
        <translation>el registro de {names} no indica dónde están sus archivos; vuelva a emitirlo con `trustanchor issue`</translation>
    </message>
</context>
<context>
    <name>core.rules</name>
    <message>
        <source>An extension cannot be read ({detail}); iOS refuses malformed certificates.</source>
        <translation>No se puede leer una extensión ({detail}); iOS rechaza los certificados mal formados.</translation>
    </message>
    <message>
        <source>The critical extension {oid} is unknown to verifiers, so they must refuse the certificate.</source>
        <translation>Los verificadores no conocen la extensión crítica {oid}, así que deben rechazar el certificado.</translation>
    </message>
    <message>
        <source>This certificate expired on {date} UTC, and iOS refuses expired certificates: make a new one.</source>
        <translation>Este certificado caducó el {date} UTC e iOS rechaza los certificados caducados: cree uno nuevo.</translation>
    </message>
    <message>
        <source>This certificate is valid only from {date} UTC; iOS refuses it until then (check the maker&apos;s clock).</source>
        <translation>Este certificado solo es válido desde el {date} UTC; iOS lo rechaza hasta entonces (revise el reloj de quien lo creó).</translation>
    </message>
    <message>
        <source>This certificate expires on {date}: renew it soon.</source>
        <translation>Este certificado caduca el {date}: renuévelo pronto.</translation>
    </message>
    <message>
        <source>{who} has a {bits}-bit RSA key; iOS refuses RSA keys under 2048 bits: use RSA 2048+ or EC P-256.</source>
        <translation>{who} tiene una clave RSA de {bits} bits; iOS rechaza claves RSA de menos de 2048 bits: use RSA 2048+ o EC P-256.</translation>
    </message>
    <message>
        <source>{who} has a {bits}-bit EC key; iOS requires P-256 or more.</source>
        <translation>{who} tiene una clave EC de {bits} bits; iOS exige P-256 o más.</translation>
    </message>
    <message>
        <source>{who} uses the curve {curve}; Apple&apos;s TLS accepts only P-256, P-384 and P-521.</source>
        <translation>{who} usa la curva {curve}; el TLS de Apple solo acepta P-256, P-384 y P-521.</translation>
    </message>
    <message>
        <source>{who} has a P-521 key: iOS accepts it, Chrome does not. P-256 or P-384 work everywhere.</source>
        <translation>{who} tiene una clave P-521: iOS la acepta, Chrome no. P-256 o P-384 funcionan en todas partes.</translation>
    </message>
    <message>
        <source>{who} has {kind} key, but Apple&apos;s TLS accepts only RSA and EC keys: use EC P-256 or RSA 2048+.</source>
        <translation>{who} tiene una clave de tipo {kind}, pero el TLS de Apple solo acepta claves RSA y EC: use EC P-256 o RSA 2048+.</translation>
    </message>
    <message>
        <source>This certificate is signed with SHA-1, which iOS refuses for TLS (except in a root&apos;s own signature): sign it with SHA-256.</source>
        <translation>Este certificado está firmado con SHA-1, que iOS rechaza para TLS (salvo en la firma propia de una raíz): fírmelo con SHA-256.</translation>
    </message>
    <message>
        <source>This certificate is signed with MD5, which iOS refuses for TLS (except in a root&apos;s own signature): sign it with SHA-256.</source>
        <translation>Este certificado está firmado con MD5, que iOS rechaza para TLS (salvo en la firma propia de una raíz): fírmelo con SHA-256.</translation>
    </message>
    <message>
        <source>This certificate is signed with {alg}; Apple&apos;s TLS takes RSA or ECDSA signatures with SHA-2: sign it with SHA-256.</source>
        <translation>Este certificado está firmado con {alg}; el TLS de Apple admite firmas RSA o ECDSA con SHA-2: fírmelo con SHA-256.</translation>
    </message>
    <message>
        <source>This root CA also names servers ({names}); Firefox refuses a CA as a server certificate: issue a separate one.</source>
        <translation>Esta CA raíz también nombra servidores ({names}); Firefox rechaza una CA como certificado de servidor: emita uno aparte.</translation>
    </message>
    <message>
        <source>This certificate is not a CA (basicConstraints CA:TRUE), so iOS does not list it in Certificate Trust Settings: make a real root.</source>
        <translation>Este certificado no es una CA (basicConstraints CA:TRUE), así que iOS no lo muestra en «Certificate Trust Settings»: cree una raíz real.</translation>
    </message>
    <message>
        <source>CA:TRUE is not marked critical; iOS lists only critical CA:TRUE roots in Certificate Trust Settings.</source>
        <translation>CA:TRUE no está marcado como crítico; iOS solo muestra en «Certificate Trust Settings» raíces con CA:TRUE crítico.</translation>
    </message>
    <message>
        <source>This CA has no path length limit, so chains of any depth pass; a stolen key signs leaves for any name anyway: name constraints are what bound it.</source>
        <translation>Esta CA no tiene límite de longitud de ruta, así que pasan cadenas de cualquier profundidad; una clave robada firma para cualquier nombre de todos modos: lo que la limita son las restricciones de nombres.</translation>
    </message>
    <message>
        <source>This CA has no keyUsage: iOS accepts it, strict checkers refuse the chain.</source>
        <translation>Esta CA no tiene keyUsage: iOS la acepta, los verificadores estrictos rechazan la cadena.</translation>
    </message>
    <message>
        <source>This CA&apos;s keyUsage lacks keyCertSign, so iOS refuses everything it signs.</source>
        <translation>Al keyUsage de esta CA le falta keyCertSign, así que iOS rechaza todo lo que firma.</translation>
    </message>
    <message>
        <source>This CA has no subjectKeyIdentifier: iOS accepts it, strict checkers do not.</source>
        <translation>Esta CA no tiene subjectKeyIdentifier: iOS la acepta, los verificadores estrictos no.</translation>
    </message>
    <message>
        <source>This root has no Common Name, and iOS does not list such a root in Certificate Trust Settings: give it a name such as &quot;Home CA&quot;.</source>
        <translation>Esta raíz no tiene Common Name, e iOS no muestra una raíz así en «Certificate Trust Settings»: póngale un nombre como &quot;Home CA&quot;.</translation>
    </message>
    <message>
        <source>This root&apos;s signature does not verify with its own key (damaged?), so iOS cannot use it as a root.</source>
        <translation>La firma de esta raíz no se verifica con su propia clave (¿dañada?), así que iOS no puede usarla como raíz.</translation>
    </message>
    <message>
        <source>This server certificate is also a CA (CA:TRUE); Firefox refuses it and a CA key must not sit on a server: use CA:FALSE.</source>
        <translation>Este certificado de servidor también es una CA (CA:TRUE); Firefox lo rechaza y una clave de CA no debe estar en un servidor: use CA:FALSE.</translation>
    </message>
    <message>
        <source>This server certificate signs itself without being a CA, so iOS cannot trust it: issue it from a root CA on the iPhone.</source>
        <translation>Este certificado de servidor se firma a sí mismo sin ser una CA, así que iOS no puede confiar en él: emítalo desde una CA raíz del iPhone.</translation>
    </message>
    <message>
        <source>iOS ignores the Common Name for host names: put {cn} in the subjectAltName (here it is only in the Common Name).</source>
        <translation>iOS ignora el Common Name para los nombres de host: ponga {cn} en el subjectAltName (aquí solo está en el Common Name).</translation>
    </message>
    <message>
        <source>There is no subjectAltName with a DNS name or IP address, the only place iOS looks for host names: add the names.</source>
        <translation>No hay subjectAltName con un nombre DNS o una dirección IP, el único lugar donde iOS busca nombres de host: añada los nombres.</translation>
    </message>
    <message>
        <source>The Common Name {cn} is not in the subjectAltName, so iOS refuses connections to {cn}: add it there.</source>
        <translation>El Common Name {cn} no está en el subjectAltName, así que iOS rechaza las conexiones a {cn}: añádalo allí.</translation>
    </message>
    <message>
        <source>{name} is written as a DNS name; iPhones and browsers match addresses only as IP:{name} entries.</source>
        <translation>{name} está escrito como nombre DNS; los iPhone y los navegadores solo reconocen direcciones como entradas IP:{name}.</translation>
    </message>
    <message>
        <source>Browsers accept a wildcard only as the whole left-most label (like *.lab.home.arpa), not {name}.</source>
        <translation>Los navegadores solo aceptan un comodín como la etiqueta completa de la izquierda (como *.lab.home.arpa), no {name}.</translation>
    </message>
    <message>
        <source>Browsers refuse {name}, a wildcard right under {parent}: use nas.{parent} or *.lab.{parent}.</source>
        <translation>Los navegadores rechazan {name}, un comodín justo debajo de {parent}: use nas.{parent} o *.lab.{parent}.</translation>
    </message>
    <message>
        <source>The subject is empty, so the subjectAltName must be critical for strict checkers.</source>
        <translation>El sujeto está vacío, así que el subjectAltName debe ser crítico para los verificadores estrictos.</translation>
    </message>
    <message>
        <source>There is no extendedKeyUsage; iOS 13 and later require one with serverAuth: reissue it with serverAuth.</source>
        <translation>No hay extendedKeyUsage; iOS 13 y posteriores exigen una con serverAuth: vuelva a emitirlo con serverAuth.</translation>
    </message>
    <message>
        <source>The extendedKeyUsage allows {uses} but not serverAuth, so iOS refuses it for HTTPS: reissue it with serverAuth.</source>
        <translation>La extendedKeyUsage permite {uses} pero no serverAuth, así que iOS lo rechaza para HTTPS: vuelva a emitirlo con serverAuth.</translation>
    </message>
    <message>
        <source>The keyUsage lacks digitalSignature, which TLS 1.3 and ECDHE need; clients that check it refuse the certificate.</source>
        <translation>Al keyUsage le falta digitalSignature, que necesitan TLS 1.3 y ECDHE; los clientes que lo comprueban rechazan el certificado.</translation>
    </message>
    <message>
        <source>Valid for {days} days, but iOS refuses server certificates made after 1 July 2019 that last over 825 days, even under your own root (397 is safest).</source>
        <translation>Válido durante {days} días, pero iOS rechaza los certificados de servidor creados después del 1 de julio de 2019 que duran más de 825 días, incluso bajo su propia raíz (397 es lo más seguro).</translation>
    </message>
    <message>
        <source>Valid for {days} days: fine under your own root, though public ones stop at 398 (397 is safest).</source>
        <translation>Válido durante {days} días: bien bajo su propia raíz, aunque los públicos llegan a 398 como máximo (397 es lo más seguro).</translation>
    </message>
    <message>
        <source>There is no authorityKeyIdentifier: iOS accepts that, strict checkers do not.</source>
        <translation>No hay authorityKeyIdentifier: iOS lo acepta, los verificadores estrictos no.</translation>
    </message>
    <message>
        <source>This certificate was issued by {issuer}, not by the CA given ({subject}).</source>
        <translation>Este certificado lo emitió {issuer}, no la CA indicada ({subject}).</translation>
    </message>
    <message>
        <source>This certificate names another CA key than the CA given: it comes from a different CA of that name.</source>
        <translation>Este certificado indica otra clave de CA distinta de la CA indicada: procede de otra CA con ese nombre.</translation>
    </message>
    <message>
        <source>The given CA&apos;s key did not sign this certificate (was the CA made again?): use the CA that did, or reissue it.</source>
        <translation>La clave de la CA indicada no firmó este certificado (¿se volvió a crear la CA?): use la CA que lo firmó o vuelva a emitirlo.</translation>
    </message>
    <message>
        <source>This certificate outlives its CA, which expires on {date}; from then on iOS refuses it.</source>
        <translation>Este certificado dura más que su CA, que caduca el {date}; a partir de entonces iOS lo rechaza.</translation>
    </message>
    <message>
        <source>The CA may only vouch for {allowed}, but this certificate names {names}: iOS refuses it.</source>
        <translation>La CA solo puede avalar {allowed}, pero este certificado nombra {names}: iOS lo rechaza.</translation>
    </message>
    <message>
        <source>The given CA is not marked CA:TRUE, so nothing it signs is trusted.</source>
        <translation>La CA indicada no está marcada como CA:TRUE, así que nada de lo que firma es de confianza.</translation>
    </message>
    <message>
        <source>The issuing CA expired on {date}, so iOS refuses everything it issued: make a new CA.</source>
        <translation>La CA emisora caducó el {date}, así que iOS rechaza todo lo que emitió: cree una CA nueva.</translation>
    </message>
    <message>
        <source>This certificate</source>
        <translation>Este certificado</translation>
    </message>
    <message>
        <source>an unknown kind of</source>
        <translation>desconocido</translation>
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
        <translation>nada</translation>
    </message>
    <message>
        <source>The issuing CA</source>
        <translation>La CA emisora</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>otros nombres</translation>
    </message>
</context>
<context>
    <name>core.runner</name>
    <message>
        <source>{tool} did not finish within {seconds:.0f} seconds; nothing more was changed.</source>
        <translation>{tool} no terminó en {seconds:.0f} segundos; no se cambió nada más.</translation>
    </message>
    <message>
        <source>Cannot run {program}: {reason}.</source>
        <translation>No se puede ejecutar {program}: {reason}.</translation>
    </message>
    <message>
        <source>{tool} is not installed: install {package}.</source>
        <translation>{tool} no está instalado: instale {package}.</translation>
    </message>
    <message>
        <source>{tool} is not installed.</source>
        <translation>{tool} no está instalado.</translation>
    </message>
    <message>
        <source>The administrator password was not given, so the system store was left as it was.</source>
        <translation>No se indicó la contraseña de administrador, así que el almacén del sistema quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>core.servercheck</name>
    <message>
        <source>{url!r} is not a valid https:// URL.</source>
        <translation>{url!r} no es una URL https:// válida.</translation>
    </message>
    <message>
        <source>{url!r} is not an https:// URL with a host name, such as https://nas.local:8443.</source>
        <translation>{url!r} no es una URL https:// con nombre de host, como https://nas.local:8443.</translation>
    </message>
    <message>
        <source>{host} could not be found: check the name, or use the server&apos;s IP address.</source>
        <translation>No se encontró {host}: revise el nombre o use la dirección IP del servidor.</translation>
    </message>
    <message>
        <source>{where} did not answer within {timeout:g} seconds (a firewall, or the server is off).</source>
        <translation>{where} no respondió en {timeout:g} segundos (un cortafuegos, o el servidor está apagado).</translation>
    </message>
    <message>
        <source>Nothing is listening at {where} (connection refused).</source>
        <translation>Nada escucha en {where} (conexión rechazada).</translation>
    </message>
    <message>
        <source>{where} cannot be reached: {reason}.</source>
        <translation>No se puede llegar a {where}: {reason}.</translation>
    </message>
    <message>
        <source>{where} offers only TLS older than 1.2, which an iPhone refuses; turn on TLS 1.2 or 1.3 on the server.</source>
        <translation>{where} solo ofrece TLS anterior a 1.2, que un iPhone rechaza; active TLS 1.2 o 1.3 en el servidor.</translation>
    </message>
    <message>
        <source>{where} answered, but no TLS handshake completed ({reason}); is it an HTTPS port?</source>
        <translation>{where} respondió, pero no se completó ningún protocolo de enlace TLS ({reason}); ¿es un puerto HTTPS?</translation>
    </message>
    <message>
        <source>The chain leads to your CA &quot;{ca}&quot;.</source>
        <translation>La cadena lleva a su CA &quot;{ca}&quot;.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>The certificate names your CA as its issuer but your CA&apos;s key did not sign it: it comes from another CA with the same name.</source>
        <translation>El certificado indica su CA como emisora, pero la clave de su CA no lo firmó: procede de otra CA con el mismo nombre.</translation>
    </message>
    <message>
        <source>The server does not send the certificate of its issuer {issuer}: add that intermediate to the server&apos;s certificate file (fullchain).</source>
        <translation>El servidor no envía el certificado de su emisor {issuer}: añada ese intermedio al archivo de certificado del servidor (fullchain).</translation>
    </message>
    <message>
        <source>The chain does not lead to a CA you gave: it is self-signed.</source>
        <translation>La cadena no lleva a una CA que usted indicó: está autofirmada.</translation>
    </message>
    <message>
        <source>The chain does not lead to your CA &quot;{ca}&quot;: it is self-signed.</source>
        <translation>La cadena no lleva a su CA &quot;{ca}&quot;: está autofirmada.</translation>
    </message>
    <message>
        <source>The chain does not lead to a CA you gave: it is issued by {issuer}.</source>
        <translation>La cadena no lleva a una CA que usted indicó: la emitió {issuer}.</translation>
    </message>
    <message>
        <source>The chain does not lead to your CA &quot;{ca}&quot;: it is issued by {issuer}.</source>
        <translation>La cadena no lleva a su CA &quot;{ca}&quot;: la emitió {issuer}.</translation>
    </message>
    <message>
        <source>{host} is not a name a certificate can hold.</source>
        <translation>{host} no es un nombre que pueda contener un certificado.</translation>
    </message>
    <message>
        <source>no names at all</source>
        <translation>ningún nombre</translation>
    </message>
    <message>
        <source>{name} is one of the certificate&apos;s names.</source>
        <translation>{name} es uno de los nombres del certificado.</translation>
    </message>
    <message>
        <source>The certificate is not for {name}: it names {listed}.</source>
        <translation>El certificado no es para {name}: nombra {listed}.</translation>
    </message>
    <message>
        <source>The certificate passes Apple&apos;s rules for server certificates.</source>
        <translation>El certificado cumple las reglas de Apple para certificados de servidor.</translation>
    </message>
    <message>
        <source>The certificate expired on {day}; issue a new one.</source>
        <translation>El certificado caducó el {day}; emita uno nuevo.</translation>
    </message>
    <message>
        <source>The certificate is not valid before {day}; check the clocks.</source>
        <translation>El certificado no es válido antes del {day}; revise los relojes.</translation>
    </message>
    <message>
        <source>The certificate expires on {day} (in {days} days).</source>
        <translation>El certificado caduca el {day} (dentro de {days} días).</translation>
    </message>
    <message>
        <source>The server speaks {version}.</source>
        <translation>El servidor usa {version}.</translation>
    </message>
    <message>
        <source>The server chose {version}; an iPhone needs TLS 1.2 or newer.</source>
        <translation>El servidor eligió {version}; un iPhone necesita TLS 1.2 o posterior.</translation>
    </message>
    <message>
        <source>an old TLS</source>
        <translation>una versión antigua de TLS</translation>
    </message>
    <message>
        <source>This phone completed a trusted HTTPS connection to the server.</source>
        <translation>Este teléfono completó una conexión HTTPS de confianza con el servidor.</translation>
    </message>
    <message>
        <source>The computer has not finished checking this server; try again.</source>
        <translation>El equipo no ha terminado de comprobar este servidor; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Neither this phone nor the computer reached it: {error}</source>
        <translation>Ni este teléfono ni el equipo llegaron a él: {error}</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is good, but this phone does not trust your CA yet.</source>
        <translation>El certificado del servidor es correcto, pero este teléfono aún no confía en su CA.</translation>
    </message>
    <message>
        <source>The computer reached the server and its certificate is good, but this phone did not reach it: is the phone on the same network?</source>
        <translation>El equipo llegó al servidor y su certificado es correcto, pero este teléfono no llegó: ¿está el teléfono en la misma red?</translation>
    </message>
</context>
<context>
    <name>core.serverconfig</name>
    <message>
        <source>Put this in a file under /etc/nginx/conf.d/ (or your site&apos;s file), then run: nginx -t &amp;&amp; nginx -s reload</source>
        <translation>Ponga esto en un archivo en /etc/nginx/conf.d/ (o en el archivo de su sitio) y luego ejecute: nginx -t &amp;&amp; nginx -s reload</translation>
    </message>
    <message>
        <source>Add this to your Caddyfile, then run: caddy reload</source>
        <translation>Añada esto a su Caddyfile y luego ejecute: caddy reload</translation>
    </message>
    <message>
        <source>Enable TLS once with: a2enmod ssl. Put this in /etc/apache2/sites-available/, a2ensite it, then run: apachectl configtest &amp;&amp; apachectl graceful (leave out the Listen line if ports.conf already has it)</source>
        <translation>Active TLS una vez con: a2enmod ssl. Ponga esto en /etc/apache2/sites-available/, actívelo con a2ensite y luego ejecute: apachectl configtest &amp;&amp; apachectl graceful (omita la línea Listen si ports.conf ya la tiene)</translation>
    </message>
    <message>
        <source>Save as server.js and run: node server.js (with Express, pass your app in place of the handler)</source>
        <translation>Guárdelo como server.js y ejecute: node server.js (con Express, pase su app en lugar del manejador)</translation>
    </message>
    <message>
        <source>Save as serve.py and run: python3 serve.py (it serves the current folder; for uvicorn use --ssl-certfile and --ssl-keyfile with the same two files)</source>
        <translation>Guárdelo como serve.py y ejecute: python3 serve.py (sirve la carpeta actual; para uvicorn use --ssl-certfile y --ssl-keyfile con los mismos dos archivos)</translation>
    </message>
    <message>
        <source>Copy {fullchain} and {key} into Home Assistant&apos;s ssl folder (Samba or File editor add-on), add this to configuration.yaml, then restart Home Assistant; it then answers on https:// at port 8123</source>
        <translation>Copie {fullchain} y {key} en la carpeta ssl de Home Assistant (complemento Samba o File editor), añada esto a configuration.yaml y reinicie Home Assistant; entonces responde en https:// en el puerto 8123</translation>
    </message>
</context>
<context>
    <name>core.service</name>
    <message>
        <source>No {store} trust store was found on this computer; nothing was changed.</source>
        <translation>No se encontró ningún almacén de confianza {store} en este equipo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The CA {fingerprint} is already in {names}; nothing was changed.</source>
        <translation>La CA {fingerprint} ya está en {names}; no se cambió nada.</translation>
    </message>
    <message>
        <source>None of {names} holds a CA TrustAnchor added; nothing was removed.</source>
        <translation>Ninguno de {names} contiene una CA añadida por TrustAnchor; no se quitó nada.</translation>
    </message>
    <message>
        <source>OpenSSL with {bundle}</source>
        <translation>OpenSSL con {bundle}</translation>
    </message>
    <message>
        <source>cannot read the bundle ({reason})</source>
        <translation>no se puede leer el paquete ({reason})</translation>
    </message>
</context>
<context>
    <name>core.status</name>
    <message>
        <source>the directory URL {url!r} in acme.json is not an https:// URL</source>
        <translation>la URL del directorio {url!r} en acme.json no es una URL https://</translation>
    </message>
    <message>
        <source>cannot read the root certificate {path}: {reason}</source>
        <translation>no se puede leer el certificado raíz {path}: {reason}</translation>
    </message>
    <message>
        <source>{url} does not answer ({reason})</source>
        <translation>{url} no responde ({reason})</translation>
    </message>
    <message>
        <source>{url} does not answer like an ACME server ({reason})</source>
        <translation>{url} no responde como un servidor ACME ({reason})</translation>
    </message>
    <message>
        <source>{url} answered, but not with an ACME directory</source>
        <translation>{url} respondió, pero no con un directorio ACME</translation>
    </message>
    <message>
        <source>Caddy data file</source>
        <translation>archivo de datos de Caddy</translation>
    </message>
    <message>
        <source>{path} is missing; run `trustanchor acme setup` again</source>
        <translation>falta {path}; vuelva a ejecutar `trustanchor acme setup`</translation>
    </message>
    <message>
        <source>cannot read the certificate {path}: {exc}</source>
        <translation>no se puede leer el certificado {path}: {exc}</translation>
    </message>
</context>
<context>
    <name>core.vetting</name>
    <message>
        <source>{name} has a serial number below 1, which RFC 5280 (4.1.2.2) forbids and newer software rejects: create a new CA instead.</source>
        <translation>{name} tiene un número de serie menor que 1, algo que RFC 5280 (4.1.2.2) prohíbe y el software reciente rechaza: cree una CA nueva.</translation>
    </message>
    <message>
        <source>{name} is an intermediate CA, not a root: choose the root CA (the self-signed one).</source>
        <translation>{name} es una CA intermedia, no una raíz: elija la CA raíz (la autofirmada).</translation>
    </message>
    <message>
        <source>The CA in {name} expired on {day:%Y-%m-%d}: create a new CA instead.</source>
        <translation>La CA de {name} caducó el {day:%Y-%m-%d}: cree una CA nueva.</translation>
    </message>
    <message>
        <source>The CA in {name} only becomes valid on {day:%Y-%m-%d %H:%M} UTC, and nothing it signs would be trusted before then: check this computer&apos;s date, or import it from that day on.</source>
        <translation>La CA de {name} no es válida hasta el {day:%Y-%m-%d %H:%M} UTC y nada de lo que firme sería de confianza antes: revise la fecha de este equipo o impórtela a partir de ese día.</translation>
    </message>
    <message>
        <source>The CA&apos;s {what} contains a control character ({code}); TrustAnchor will not import it: such characters can rewrite what a terminal or a phone shows.</source>
        <translation>El campo «{what}» de la CA contiene un carácter de control ({code}); TrustAnchor no la importará: esos caracteres pueden alterar lo que muestra un terminal o un teléfono.</translation>
    </message>
    <message>
        <source>The self-signature of {name} uses an algorithm TrustAnchor cannot check: export the CA certificate again, or create a new CA.</source>
        <translation>La autofirma de {name} usa un algoritmo que TrustAnchor no puede comprobar: vuelva a exportar el certificado de la CA o cree una CA nueva.</translation>
    </message>
    <message>
        <source>The self-signature of {name} does not verify (the file is damaged or altered): export the CA certificate again.</source>
        <translation>La autofirma de {name} no es válida (el archivo está dañado o alterado): vuelva a exportar el certificado de la CA.</translation>
    </message>
</context>
<context>
    <name>core.windows</name>
    <message>
        <source>in {location}</source>
        <translation>en {location}</translation>
    </message>
    <message>
        <source>Adding to this computer&apos;s trusted roots needs an elevated prompt: run the command from a terminal opened with &quot;Run as administrator&quot;.</source>
        <translation>Añadir a las raíces de confianza de este equipo requiere permisos elevados: ejecute el comando desde un terminal abierto con &quot;Ejecutar como administrador&quot;.</translation>
    </message>
    <message>
        <source>You declined Windows&apos; confirmation, so nothing was changed.</source>
        <translation>Rechazó la confirmación de Windows, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Windows denied the change (it needs an elevated prompt); nothing was changed.</source>
        <translation>Windows denegó el cambio (requiere permisos elevados); no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>core.wizard</name>
    <message>
        <source>Type a passphrase twice, or untick “Protect the CA key with a passphrase”.</source>
        <translation>Escriba dos veces una frase de contraseña o desmarque «Protect the CA key with a passphrase».</translation>
    </message>
    <message>
        <source>Type a passphrase, or untick “Protect the CA key with a passphrase”.</source>
        <translation>Escriba una frase de contraseña o desmarque «Protect the CA key with a passphrase».</translation>
    </message>
    <message>
        <source>Use a passphrase of at least {count} characters.</source>
        <translation>Use una frase de contraseña de al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>There is no CA yet; choose “Create a new CA” or import one.</source>
        <translation>Todavía no hay ninguna CA; elija «Create a new CA» o importe una.</translation>
    </message>
    <message>
        <source>Type your CA&apos;s passphrase.</source>
        <translation>Escriba la frase de contraseña de su CA.</translation>
    </message>
    <message>
        <source>You already have a CA: use it, or tick “Replace my current CA” (it is kept in the archive folder).</source>
        <translation>Ya tiene una CA: úsela o marque «Replace my current CA» (se conserva en la carpeta de archivo).</translation>
    </message>
    <message>
        <source>Choose the CA file or mkcert folder to import.</source>
        <translation>Elija el archivo de la CA o la carpeta de mkcert que quiere importar.</translation>
    </message>
    <message>
        <source>Choose a file TrustAnchor can read as a CA (see the message above).</source>
        <translation>Elija un archivo que TrustAnchor pueda leer como CA (vea el mensaje de arriba).</translation>
    </message>
    <message>
        <source>Give your CA a name; your phone shows it in Settings.</source>
        <translation>Ponga un nombre a su CA; su teléfono lo muestra en Ajustes.</translation>
    </message>
    <message>
        <source>Shorten the CA name to {limit} characters or fewer.</source>
        <translation>Acorte el nombre de la CA a {limit} caracteres o menos.</translation>
    </message>
    <message>
        <source>Choose one of the offered key types.</source>
        <translation>Elija uno de los tipos de clave ofrecidos.</translation>
    </message>
    <message>
        <source>List at least one name or address range, or untick the limit.</source>
        <translation>Indique al menos un nombre o rango de direcciones, o desmarque el límite.</translation>
    </message>
    <message>
        <source>Choose a lifetime between 1 and {limit} days; iPhones reject longer ones.</source>
        <translation>Elija una validez de entre 1 y {limit} días; los iPhone rechazan las más largas.</translation>
    </message>
    <message>
        <source>Choose the folder to save the certificate in.</source>
        <translation>Elija la carpeta donde guardar el certificado.</translation>
    </message>
</context>
<context>
    <name>done</name>
    <message>
        <source>Your phone can now trust your own HTTPS services.</source>
        <translation>Su teléfono ya puede confiar en sus propios servicios HTTPS.</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>Su CA</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation>Su certificado</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>&amp;Stop publishing</source>
        <translation>&amp;Detener la publicación</translation>
    </message>
    <message>
        <source>Stop publishing the CA on the network</source>
        <translation>Dejar de publicar la CA en la red</translation>
    </message>
    <message>
        <source>&amp;Publish again</source>
        <translation>&amp;Publicar de nuevo</translation>
    </message>
    <message>
        <source>Publish the CA on the network again, for more devices</source>
        <translation>Publicar de nuevo la CA en la red, para más dispositivos</translation>
    </message>
    <message>
        <source>&amp;Issue another certificate</source>
        <translation>&amp;Emitir otro certificado</translation>
    </message>
    <message>
        <source>Issue another certificate from this CA</source>
        <translation>Emitir otro certificado con esta CA</translation>
    </message>
    <message>
        <source>Keep the CA folder safe and backed up: it holds the key that your devices trust. To add another phone later, run TrustAnchor again and choose “{choice}”.</source>
        <translation>Guarde la carpeta de la CA en un lugar seguro y con copia: contiene la clave en la que confían sus dispositivos. Para añadir otro teléfono más tarde, vuelva a abrir TrustAnchor y elija «{choice}».</translation>
    </message>
    <message>
        <source>Your CA “{name}” (fingerprint {fingerprint}) is kept in {folder}, valid until {date}.</source>
        <translation>Su CA «{name}» (huella {fingerprint}) se guarda en {folder}, válida hasta el {date}.</translation>
    </message>
    <message>
        <source>The certificate for {names} is in {folder}. It is valid until {date}: make a new one before {renew_date}.</source>
        <translation>El certificado para {names} está en {folder}. Es válido hasta el {date}: cree uno nuevo antes del {renew_date}.</translation>
    </message>
    <message>
        <source>Trusted on: {devices}</source>
        <translation>De confianza en: {devices}</translation>
    </message>
    <message>
        <source>No device has passed the test yet.</source>
        <translation>Ningún dispositivo ha superado la prueba todavía.</translation>
    </message>
    <message>
        <source>Still publishing at {url} for more devices; it stops when you close TrustAnchor.</source>
        <translation>Se sigue publicando en {url} para más dispositivos; se detiene al cerrar TrustAnchor.</translation>
    </message>
    <message>
        <source>Publishing has stopped.</source>
        <translation>La publicación se ha detenido.</translation>
    </message>
    <message>
        <source>Your CA is ready, but no device has passed the test yet: go Back to “{step}” to run it, or add a device later.</source>
        <translation>Su CA está lista, pero ningún dispositivo ha superado la prueba: vuelva atrás a «{step}» para hacerla, o añada un dispositivo más tarde.</translation>
    </message>
</context>
<context>
    <name>extra_buttons</name>
    <message>
        <source>Also trust it on this computer…</source>
        <translation>Confiar también en este equipo…</translation>
    </message>
    <message>
        <source>Renew automatically…</source>
        <translation>Renovar automáticamente…</translation>
    </message>
    <message>
        <source>Shows this computer&apos;s trust stores; nothing changes until you click Install</source>
        <translation>Muestra los almacenes de certificados de este equipo; nada cambia hasta que pulse Instalar</translation>
    </message>
    <message>
        <source>Sets up Caddy&apos;s ACME server so your servers renew their certificates by themselves</source>
        <translation>Configura el servidor ACME de Caddy para que sus servidores renueven solos sus certificados</translation>
    </message>
</context>
<context>
    <name>full_trust</name>
    <message>
        <source>Since iOS 10.3 an installed CA is not used for HTTPS until you switch it on in Certificate Trust Settings.</source>
        <translation>Desde iOS 10.3, una CA instalada no se usa para HTTPS hasta que la active en Certificate Trust Settings.</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; About &gt; Certificate Trust Settings. If the switch is missing on iOS 18.0, update the phone first (Settings &gt; General &gt; Software Update).</source>
        <translation>Settings &gt; General &gt; About &gt; Certificate Trust Settings. Si falta el interruptor en iOS 18.0, actualice antes el teléfono (Settings &gt; General &gt; Software Update).</translation>
    </message>
</context>
<context>
    <name>install_profile</name>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Showing the steps for {device}, which opened the page. Choose another device below if needed.</source>
        <translation>Pasos para {device}, que abrió la página. Elija otro dispositivo abajo si hace falta.</translation>
    </message>
    <message>
        <source>No device has opened the page yet: showing the iPhone steps. Choose your device below if it is another one.</source>
        <translation>Ningún dispositivo ha abierto la página todavía: se muestran los pasos para iPhone. Elija su dispositivo abajo si es otro.</translation>
    </message>
    <message>
        <source>On your phone: download the profile from the page, then install it in Settings.</source>
        <translation>En su teléfono: descargue el perfil desde la página y luego instálelo en Settings.</translation>
    </message>
    <message>
        <source>A downloaded profile waits about 8 minutes for you to install it; if it is gone, download it again from the page.</source>
        <translation>Un perfil descargado espera unos 8 minutos a que lo instale; si ya no está, descárguelo de nuevo desde la página.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Automatic (system language)</source>
        <translation>&amp;Automático (idioma del sistema)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Open &amp;log file</source>
        <translation>Abrir el &amp;registro</translation>
    </message>
    <message>
        <source>Open the &amp;CA folder</source>
        <translation>Abrir la carpeta de la &amp;CA</translation>
    </message>
    <message>
        <source>&amp;About TrustAnchor</source>
        <translation>&amp;Acerca de TrustAnchor</translation>
    </message>
    <message>
        <source>Next step (or the page&apos;s action: Create CA, Make certificate…)</source>
        <translation>Paso siguiente (o la acción de la página: crear la CA, crear el certificado…)</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Press the highlighted button (Next when it is enabled)</source>
        <translation>Pulsar el botón resaltado (Siguiente si está activo)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Moverse entre campos</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Jump to a field</source>
        <translation>Ir a un campo</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + su letra subrayada</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Makes your own HTTPS services trusted on your iPhone and your other devices.</source>
        <translation>Hace que su iPhone y sus otros dispositivos confíen en sus propios servicios HTTPS.</translation>
    </message>
    <message>
        <source>About TrustAnchor</source>
        <translation>Acerca de TrustAnchor</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The computer refused: {reason} ({file}). Check the folder and try again.</source>
        <translation>El equipo lo rechazó: {reason} ({file}). Revise la carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The computer refused: {reason}. Check the folder and try again.</source>
        <translation>El equipo lo rechazó: {reason}. Revise la carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was lost. The details are in the log (Help &gt; Open log file).</source>
        <translation>Algo inesperado falló; no se perdió nada. Los detalles están en el registro (Ayuda &gt; Abrir el registro).</translation>
    </message>
</context>
<context>
    <name>phonesteps</name>
    <message>
        <source>Open the page in Safari and tap “Download profile”, then Allow.</source>
        <translation>Abra la página en Safari y toque “Descargar perfil” y después Allow.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; VPN &amp; Device Management, tap “{profile}” and Install; type your passcode when asked.</source>
        <translation>Abra Settings &gt; General &gt; VPN &amp; Device Management, toque “{profile}” e Install; escriba su código cuando se le pida.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; About &gt; Certificate Trust Settings.</source>
        <translation>Abra Settings &gt; General &gt; About &gt; Certificate Trust Settings.</translation>
    </message>
    <message>
        <source>Switch on “{ca}” and confirm with Continue.</source>
        <translation>Active “{ca}” y confirme con Continue.</translation>
    </message>
    <message>
        <source>Open the page in Chrome and download the certificate.</source>
        <translation>Abra la página en Chrome y descargue el certificado.</translation>
    </message>
    <message>
        <source>Search Settings for “CA certificate” (Android 14 and later: Settings &gt; Security &amp; privacy &gt; More security &amp; privacy &gt; Encryption &amp; credentials &gt; Install a certificate &gt; CA certificate).</source>
        <translation>Busque “CA certificate” en Settings (Android 14 y posteriores: Settings &gt; Security &amp; privacy &gt; More security &amp; privacy &gt; Encryption &amp; credentials &gt; Install a certificate &gt; CA certificate).</translation>
    </message>
    <message>
        <source>Tap Install anyway, confirm with your screen lock, then pick the file.</source>
        <translation>Toque Install anyway, confirme con el bloqueo de pantalla y elija el archivo.</translation>
    </message>
    <message>
        <source>Open the page&apos;s link in Safari on the Mac and download the profile.</source>
        <translation>Abra el enlace de la página en Safari en el Mac y descargue el perfil.</translation>
    </message>
    <message>
        <source>Open System Settings &gt; Privacy &amp; Security &gt; Profiles (on older macOS: System Preferences &gt; Profiles), double-click “{profile}” and choose Install.</source>
        <translation>Abra System Settings &gt; Privacy &amp; Security &gt; Profiles (en macOS anteriores: System Preferences &gt; Profiles), haga doble clic en “{profile}” y elija Install.</translation>
    </message>
    <message>
        <source>Type your Mac&apos;s password when asked.</source>
        <translation>Escriba la contraseña de su Mac cuando se le pida.</translation>
    </message>
    <message>
        <source>If Safari still warns: open Keychain Access, find “{ca}” under System, double-click it, open Trust and set “When using this certificate” to Always Trust.</source>
        <translation>Si Safari sigue avisando: abra Acceso a Llaveros, busque “{ca}” en System, haga doble clic, abra Trust y ponga “When using this certificate” en Always Trust.</translation>
    </message>
    <message>
        <source>Or in Terminal: {mac_command}</source>
        <translation>O en Terminal: {mac_command}</translation>
    </message>
    <message>
        <source>Download the certificate (ca.crt) from the page and open it.</source>
        <translation>Descargue el certificado (ca.crt) de la página y ábralo.</translation>
    </message>
    <message>
        <source>Choose Install Certificate…, then Local Machine, then “Place all certificates in the following store”: Trusted Root Certification Authorities.</source>
        <translation>Elija Install Certificate…, luego Local Machine y después “Place all certificates in the following store”: Trusted Root Certification Authorities.</translation>
    </message>
    <message>
        <source>Or in an administrator terminal: {windows_command}</source>
        <translation>O en una terminal de administrador: {windows_command}</translation>
    </message>
    <message>
        <source>Windows trusts the CA as soon as it is in Trusted Root Certification Authorities. Firefox keeps its own list: Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</source>
        <translation>Windows confía en la CA en cuanto está en Trusted Root Certification Authorities. Firefox tiene su propia lista: Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</translation>
    </message>
    <message>
        <source>Download the certificate (ca.crt) from the page.</source>
        <translation>Descargue el certificado (ca.crt) de la página.</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: {debian_command}</source>
        <translation>Debian o Ubuntu: {debian_command}</translation>
    </message>
    <message>
        <source>Fedora: {fedora_command}. Arch: {arch_command}</source>
        <translation>Fedora: {fedora_command}. Arch: {arch_command}</translation>
    </message>
    <message>
        <source>Firefox and Chrome keep their own list: in Firefox, Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</source>
        <translation>Firefox y Chrome tienen su propia lista: en Firefox, Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</translation>
    </message>
    <message>
        <source>Picture of the phone screen</source>
        <translation>Imagen de la pantalla del teléfono</translation>
    </message>
    <message>
        <source>Your device</source>
        <translation>Su dispositivo</translation>
    </message>
    <message>
        <source>Your &amp;device:</source>
        <translation>Su &amp;dispositivo:</translation>
    </message>
    <message>
        <source>iOS version</source>
        <translation>Versión de iOS</translation>
    </message>
    <message>
        <source>&amp;iOS version:</source>
        <translation>Versión de &amp;iOS:</translation>
    </message>
    <message>
        <source>Picture number</source>
        <translation>Número de imagen</translation>
    </message>
    <message>
        <source>◀ &amp;Previous picture</source>
        <translation>◀ Imagen &amp;anterior</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>Imagen anterior</translation>
    </message>
    <message>
        <source>Next &amp;picture ▶</source>
        <translation>Imagen &amp;siguiente ▶</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>Imagen siguiente</translation>
    </message>
    <message>
        <source>iOS {version} (your phone)</source>
        <translation>iOS {version} (su teléfono)</translation>
    </message>
    <message>
        <source>{version} (newest)</source>
        <translation>{version} (la más reciente)</translation>
    </message>
    <message>
        <source>Phone screen: {title}. {caption}</source>
        <translation>Pantalla del teléfono: {title}. {caption}</translation>
    </message>
    <message>
        <source>Picture {number} of {count}</source>
        <translation>Imagen {number} de {count}</translation>
    </message>
    <message>
        <source>Steps on this device</source>
        <translation>Pasos en este dispositivo</translation>
    </message>
    <message>
        <source>Nothing to do on this device.</source>
        <translation>No hay nada que hacer en este dispositivo.</translation>
    </message>
</context>
<context>
    <name>picturelanguage</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>chino simplificado</translation>
    </message>
    <message>
        <source>Brazilian Portuguese</source>
        <translation>portugués de Brasil</translation>
    </message>
    <message>
        <source>Language of the pictures</source>
        <translation>Idioma de las imágenes</translation>
    </message>
    <message>
        <source>Follow the phone</source>
        <translation>Como el teléfono</translation>
    </message>
    <message>
        <source>Picture &amp;language:</source>
        <translation>&amp;Idioma de las imágenes:</translation>
    </message>
    <message>
        <source>Pictures in {language}, as you chose</source>
        <translation>Imágenes en {language}, como eligió</translation>
    </message>
    <message>
        <source>Pictures in {language}, as the phone showed the page</source>
        <translation>Imágenes en {language}, como el teléfono mostró la página</translation>
    </message>
    <message>
        <source>Pictures in {language} until a phone opens the page</source>
        <translation>Imágenes en {language} hasta que un teléfono abra la página</translation>
    </message>
</context>
<context>
    <name>publish</name>
    <message>
        <source>opened the page</source>
        <translation>abrió la página</translation>
    </message>
    <message>
        <source>downloaded the profile; next, install it in Settings</source>
        <translation>descargó el perfil; ahora instálelo en Settings</translation>
    </message>
    <message>
        <source>downloaded the certificate; next, install it</source>
        <translation>descargó el certificado; ahora instálelo</translation>
    </message>
    <message>
        <source>trusts your CA (passed the test)</source>
        <translation>confía en su CA (superó la prueba)</translation>
    </message>
    <message>
        <source>does not trust your CA yet (the last test failed)</source>
        <translation>aún no confía en su CA (falló la última prueba)</translation>
    </message>
    <message>
        <source>reached the page but not the HTTPS test port: this computer&apos;s firewall blocks it (see Verify)</source>
        <translation>llegó a la página pero no al puerto de prueba HTTPS: el cortafuegos de este equipo lo bloquea (vea Comprobar)</translation>
    </message>
    <message>
        <source>tested one of your servers: trusted</source>
        <translation>probó uno de sus servidores: de confianza</translation>
    </message>
    <message>
        <source>tested one of your servers: not trusted (see Verify)</source>
        <translation>probó uno de sus servidores: no es de confianza (vea Comprobar)</translation>
    </message>
    <message>
        <source>tested one of your servers: could not reach it (see Verify)</source>
        <translation>probó uno de sus servidores: no pudo llegar (vea Comprobar)</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>visto</translation>
    </message>
    <message>
        <source>{device} at {address}: {state}</source>
        <translation>{device} en {address}: {state}</translation>
    </message>
    <message>
        <source>Scan the code with your iPhone&apos;s camera (the phone must be on the same network as this computer).</source>
        <translation>Escanee el código con la cámara de su iPhone (el teléfono debe estar en la misma red que este equipo).</translation>
    </message>
    <message>
        <source>No address a phone can reach</source>
        <translation>Ninguna dirección que un teléfono pueda alcanzar</translation>
    </message>
    <message>
        <source>Open the link in Safari: other browsers only save the profile instead of offering to install it.</source>
        <translation>Abra el enlace en Safari: otros navegadores solo guardan el perfil en lugar de ofrecer instalarlo.</translation>
    </message>
    <message>
        <source>Or type this address in Safari:</source>
        <translation>O escriba esta dirección en Safari:</translation>
    </message>
    <message>
        <source>Address of the phone page</source>
        <translation>Dirección de la página del teléfono</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copiar la dirección</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;address:</source>
        <translation>&amp;Dirección de este equipo:</translation>
    </message>
    <message>
        <source>Address the phone uses to reach this computer</source>
        <translation>Dirección que usa el teléfono para llegar a este equipo</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Devices seen:</source>
        <translation>Dispositivos vistos:</translation>
    </message>
    <message>
        <source>Devices that opened the page</source>
        <translation>Dispositivos que abrieron la página</translation>
    </message>
    <message>
        <source>What to check on this computer</source>
        <translation>Qué revisar en este equipo</translation>
    </message>
    <message>
        <source>{reason} Or choose another address below.</source>
        <translation>{reason} O elija otra dirección abajo.</translation>
    </message>
    <message>
        <source>The phone&apos;s page shows “{name}” with fingerprint {fingerprint}; check it matches.</source>
        <translation>La página del teléfono muestra «{name}» con la huella {fingerprint}; compruebe que coincide.</translation>
    </message>
    <message>
        <source>No device yet: scan the code with your phone.</source>
        <translation>Aún no hay dispositivos: escanee el código con su teléfono.</translation>
    </message>
    <message>
        <source>Bonjour: {state}.</source>
        <translation>Bonjour: {state}.</translation>
    </message>
    <message>
        <source>Bonjour is off; the QR code and the address work without it.</source>
        <translation>Bonjour está desactivado; el código QR y la dirección funcionan sin él.</translation>
    </message>
</context>
<context>
    <name>qrwidget</name>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>QR code for {address}</source>
        <translation>Código QR de {address}</translation>
    </message>
</context>
<context>
    <name>quitguard</name>
    <message>
        <source>Keep publishing</source>
        <translation>Seguir publicando</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Detener y salir</translation>
    </message>
    <message>
        <source>Stop publishing?</source>
        <translation>¿Detener la publicación?</translation>
    </message>
    <message>
        <source>A device is part-way through: {names} opened the page but has not passed the test yet.</source>
        <translation>Un dispositivo está a medias: {names} abrió la página pero aún no ha superado la prueba.</translation>
    </message>
    <message>
        <source>Quitting now stops publishing and cuts it off: it cannot download the profile or run the test any more.</source>
        <translation>Salir detiene la publicación y lo deja sin acceso: ya no podrá descargar el perfil ni hacer la prueba.</translation>
    </message>
    <message>
        <source>TrustAnchor is still publishing your CA on your network.</source>
        <translation>TrustAnchor sigue publicando su CA en su red.</translation>
    </message>
    <message>
        <source>Quitting stops it: phones that have not installed the CA yet can no longer get it.</source>
        <translation>Salir lo detiene: los teléfonos que aún no han instalado la CA ya no podrán obtenerla.</translation>
    </message>
</context>
<context>
    <name>save</name>
    <message>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <source>private key (keep it secret)</source>
        <translation>clave privada (manténgala en secreto)</translation>
    </message>
    <message>
        <source>full chain (certificate + CA)</source>
        <translation>cadena completa (certificado + CA)</translation>
    </message>
    <message>
        <source>PKCS#12 bundle</source>
        <translation>paquete PKCS#12</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Your certificate is saved. Put it on your server with one of these settings.</source>
        <translation>Su certificado está guardado. Póngalo en su servidor con una de estas configuraciones.</translation>
    </message>
    <message>
        <source>Saved in</source>
        <translation>Guardado en</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Show the files in their folder</source>
        <translation>Mostrar los archivos en su carpeta</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>PKCS#12 password:</source>
        <translation>Contraseña PKCS#12:</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>Contraseña PKCS#12</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Copiar contraseña</translation>
    </message>
    <message>
        <source>Copy the PKCS#12 password</source>
        <translation>Copiar la contraseña PKCS#12</translation>
    </message>
    <message>
        <source>Settings for your server (the paths point at the files above; copy the files first if the server is another machine):</source>
        <translation>Configuración para su servidor (las rutas apuntan a los archivos de arriba; copie antes los archivos si el servidor es otra máquina):</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Configuración del servidor</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Guardado en {folder}</translation>
    </message>
    <message>
        <source>Valid until {date}. Renew it before {renew_date}: TrustAnchor&apos;s first page lists it with a Renew button, or run “trustanchor renew”.</source>
        <translation>Válido hasta el {date}. Renuévelo antes del {renew_date}: la primera página de TrustAnchor lo muestra con un botón Renovar, o ejecute «trustanchor renew».</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Copy the path of {file}</source>
        <translation>Copiar la ruta de {file}</translation>
    </message>
    <message>
        <source>{server} settings</source>
        <translation>Configuración de {server}</translation>
    </message>
    <message>
        <source>Copy {server} settings</source>
        <translation>Copiar configuración de {server}</translation>
    </message>
    <message>
        <source>Copy the {server} settings</source>
        <translation>Copiar la configuración de {server}</translation>
    </message>
</context>
<context>
    <name>server_cert</name>
    <message>
        <source>One per line: every name and address you type in the browser to reach your server. Your phone rejects the certificate for any name missing here.</source>
        <translation>Uno por línea: cada nombre y dirección que escribe en el navegador para llegar a su servidor. Su teléfono rechaza el certificado para cualquier nombre que falte aquí.</translation>
    </message>
    <message>
        <source>{default} days works on every device and browser. iPhones accept at most {max} days for a certificate from your own CA. Make a new one before it runs out; the last page tells you when.</source>
        <translation>{default} días funcionan en todos los dispositivos y navegadores. Los iPhone aceptan como máximo {max} días para un certificado de su propia CA. Cree uno nuevo antes de que caduque; la última página le dice cuándo.</translation>
    </message>
    <message>
        <source>Tick this if your server already has a certificate from this CA (or you will make one later): the wizard goes straight to sending the CA to your phone.</source>
        <translation>Marque esto si su servidor ya tiene un certificado de esta CA (o lo creará más tarde): el asistente pasa directamente a enviar la CA a su teléfono.</translation>
    </message>
    <message>
        <source>✓ {name}: address</source>
        <translation>✓ {name}: dirección</translation>
    </message>
    <message>
        <source>✓ {name}: wildcard</source>
        <translation>✓ {name}: comodín</translation>
    </message>
    <message>
        <source>✓ {name}: name</source>
        <translation>✓ {name}: nombre</translation>
    </message>
    <message>
        <source>The certificate your server shows to browsers, signed by your CA.</source>
        <translation>El certificado que su servidor muestra a los navegadores, firmado por su CA.</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>&amp;Skip: I only need my phone to trust my CA</source>
        <translation>&amp;Omitir: solo necesito que mi teléfono confíe en mi CA</translation>
    </message>
    <message>
        <source>Skip the server certificate</source>
        <translation>Omitir el certificado del servidor</translation>
    </message>
    <message>
        <source>Server names and addresses, one per line</source>
        <translation>Nombres y direcciones del servidor, uno por línea</translation>
    </message>
    <message>
        <source>&amp;Names and addresses:</source>
        <translation>&amp;Nombres y direcciones:</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Comprobación de nombres</translation>
    </message>
    <message>
        <source>What your CA may sign</source>
        <translation>Qué puede firmar su CA</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Lifetime in days</source>
        <translation>Validez en días</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Validez:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Guardar &amp;en:</translation>
    </message>
    <message>
        <source>Folder to save in</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder to save in</source>
        <translation>Elegir la carpeta de destino</translation>
    </message>
    <message>
        <source>Always saved: the certificate (.crt), its private key (.key) and the full chain (.fullchain.pem) that most servers want.</source>
        <translation>Siempre se guardan: el certificado (.crt), su clave privada (.key) y la cadena completa (.fullchain.pem) que piden la mayoría de los servidores.</translation>
    </message>
    <message>
        <source>Also a PKCS#12 file (.&amp;p12)</source>
        <translation>También un archivo PKCS#12 (.&amp;p12)</translation>
    </message>
    <message>
        <source>For Windows, Synology or Java, with a generated password.</source>
        <translation>Para Windows, Synology o Java, con una contraseña generada.</translation>
    </message>
    <message>
        <source>Also save a PKCS#12 file</source>
        <translation>Guardar también un archivo PKCS#12</translation>
    </message>
    <message>
        <source>&amp;Replace files with the same names in this folder</source>
        <translation>&amp;Reemplazar archivos con el mismo nombre en esta carpeta</translation>
    </message>
    <message>
        <source>Replace existing files</source>
        <translation>Reemplazar los archivos existentes</translation>
    </message>
    <message>
        <source>Your CA may only sign names under: {names}.</source>
        <translation>Su CA solo puede firmar nombres bajo: {names}.</translation>
    </message>
    <message>
        <source>Renewing: the files of {name} in {folder} move to its archive folder first, then the new ones take their place.</source>
        <translation>Renovación: los archivos de {name} en {folder} pasan primero a su carpeta de archivo y luego los nuevos ocupan su lugar.</translation>
    </message>
    <message>
        <source>Name check: {notes}</source>
        <translation>Comprobación de nombres: {notes}</translation>
    </message>
    <message>
        <source>Save the certificate in</source>
        <translation>Guardar el certificado en</translation>
    </message>
</context>
<context>
    <name>steplist</name>
    <message>
        <source>{title}, current step, done</source>
        <translation>{title}, paso actual, completado</translation>
    </message>
    <message>
        <source>{title}, current step</source>
        <translation>{title}, paso actual</translation>
    </message>
    <message>
        <source>{title}, done</source>
        <translation>{title}, completado</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>Su CA</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificado de servidor</translation>
    </message>
    <message>
        <source>Save and configure</source>
        <translation>Guardar y configurar</translation>
    </message>
    <message>
        <source>Send to your phone</source>
        <translation>Enviar al teléfono</translation>
    </message>
    <message>
        <source>Install the profile</source>
        <translation>Instalar el perfil</translation>
    </message>
    <message>
        <source>Enable full trust</source>
        <translation>Confianza total</translation>
    </message>
    <message>
        <source>Check it worked</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>trust_dialog</name>
    <message>
        <source>Removing your CA… The system may ask for an administrator password.</source>
        <translation>Quitando su CA… El sistema puede pedir una contraseña de administrador.</translation>
    </message>
    <message>
        <source>Removing your CA…</source>
        <translation>Quitando su CA…</translation>
    </message>
    <message>
        <source>Adding your CA… The system may ask for an administrator password.</source>
        <translation>Añadiendo su CA… El sistema puede pedir una contraseña de administrador.</translation>
    </message>
    <message>
        <source>Adding your CA…</source>
        <translation>Añadiendo su CA…</translation>
    </message>
    <message>
        <source>Trust your CA on this computer</source>
        <translation>Confiar en su CA en este equipo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s trust stores and proving them with a test connection…</source>
        <translation>Leyendo los almacenes de confianza de este equipo y comprobándolos con una conexión de prueba…</translation>
    </message>
    <message>
        <source>Removed from {stores}.</source>
        <translation>Quitada de: {stores}.</translation>
    </message>
    <message>
        <source>Added to {stores}. Restart your browsers to see it.</source>
        <translation>Añadida a: {stores}. Reinicie sus navegadores para verla.</translation>
    </message>
    <message>
        <source>The trust stores could not be read.</source>
        <translation>No se pudieron leer los almacenes de confianza.</translation>
    </message>
</context>
<context>
    <name>trust_here</name>
    <message>
        <source>Your account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <source>Browsers with their own store</source>
        <translation>Navegadores con almacén propio</translation>
    </message>
    <message>
        <source>Every user of this computer</source>
        <translation>Todos los usuarios de este equipo</translation>
    </message>
    <message>
        <source>Java programs</source>
        <translation>Programas Java</translation>
    </message>
    <message>
        <source>No administrator password needed.</source>
        <translation>No hace falta contraseña de administrador.</translation>
    </message>
    <message>
        <source>No administrator password needed. Restart the browser afterwards.</source>
        <translation>No hace falta contraseña de administrador. Reinicie después el navegador.</translation>
    </message>
    <message>
        <source>Needs an administrator password.</source>
        <translation>Requiere una contraseña de administrador.</translation>
    </message>
    <message>
        <source>Only changed when you ask; the JDK&apos;s file often belongs to an administrator.</source>
        <translation>Solo se cambia si lo pide; el archivo del JDK suele pertenecer a un administrador.</translation>
    </message>
    <message>
        <source>✓ Trusted</source>
        <translation>✓ De confianza</translation>
    </message>
    <message>
        <source>— Not present</source>
        <translation>— No está</translation>
    </message>
    <message>
        <source>? Can&apos;t tell</source>
        <translation>? No se sabe</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <source>Install…</source>
        <translation>Instalar…</translation>
    </message>
    <message>
        <source>Install in “{store}”</source>
        <translation>Instalar en «{store}»</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove from “{store}”</source>
        <translation>Quitar de «{store}»</translation>
    </message>
    <message>
        <source>Trust your CA on this computer too</source>
        <translation>Confiar en su CA también en este equipo</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Install where no password is needed</source>
        <translation>Instalar donde no haga falta contraseña</translation>
    </message>
    <message>
        <source>Adds the CA to the stores of your own account (and your browsers)</source>
        <translation>Añade la CA a los almacenes de su propia cuenta (y de sus navegadores)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Reads every store again and repeats the proof</source>
        <translation>Vuelve a leer todos los almacenes y repite la prueba</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s trust stores…</source>
        <translation>Leyendo los almacenes de certificados de este equipo…</translation>
    </message>
    <message>
        <source>“{name}”
SHA-256 {fingerprint}</source>
        <translation>«{name}»
SHA-256 {fingerprint}</translation>
    </message>
    <message>
        <source>No trust store was found on this computer.</source>
        <translation>No se encontró ningún almacén de certificados en este equipo.</translation>
    </message>
    <message>
        <source>Asks for an administrator password</source>
        <translation>Pide una contraseña de administrador</translation>
    </message>
    <message>
        <source>You are an administrator: no password needed.</source>
        <translation>Usted es administrador: no hace falta contraseña.</translation>
    </message>
    <message>
        <source>{store}: {state}</source>
        <translation>{store}: {state}</translation>
    </message>
    <message>
        <source>Used by {programs}.</source>
        <translation>Lo usan {programs}.</translation>
    </message>
    <message>
        <source>Also holds older CA(s) {ids}: Remove takes them out too.</source>
        <translation>También contiene CA antiguas {ids}: Quitar también las elimina.</translation>
    </message>
    <message>
        <source>Proof: not run yet (it needs the CA key to sign a test certificate).</source>
        <translation>Prueba: aún no se ha hecho (necesita la clave de la CA para firmar un certificado de prueba).</translation>
    </message>
    <message>
        <source>Proof passed — {method}: {detail}</source>
        <translation>Prueba superada — {method}: {detail}</translation>
    </message>
    <message>
        <source>Proof failed — {method}: {detail}</source>
        <translation>Prueba fallida — {method}: {detail}</translation>
    </message>
    <message>
        <source>Proof passed — {method}</source>
        <translation>Prueba superada — {method}</translation>
    </message>
    <message>
        <source>Proof failed — {method}</source>
        <translation>Prueba fallida — {method}</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>{device}: trusts the CA</source>
        <translation>{device}: confía en la CA</translation>
    </message>
    <message>
        <source>{device}: does not trust it yet</source>
        <translation>{device}: aún no confía en ella</translation>
    </message>
    <message>
        <source>{device}: the HTTPS port is blocked by this computer&apos;s firewall</source>
        <translation>{device}: el cortafuegos de este equipo bloquea el puerto HTTPS</translation>
    </message>
    <message>
        <source>On your phone, go back to the page in Safari and tap “Test”.</source>
        <translation>En su teléfono, vuelva a la página en Safari y toque «Probar».</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What to check, most likely first:</source>
        <translation>Qué revisar, lo más probable primero:</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causas probables</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>Otros dispositivos</translation>
    </message>
    <message>
        <source>&amp;Servers the phone page offers to test (one https:// address a line):</source>
        <translation>&amp;Servidores que la página del teléfono ofrece probar (una dirección https:// por línea):</translation>
    </message>
    <message>
        <source>Servers to test</source>
        <translation>Servidores que probar</translation>
    </message>
    <message>
        <source>One https:// address a line</source>
        <translation>Una dirección https:// por línea</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Publish again with these servers to test</source>
        <translation>Publicar de nuevo con estos servidores para probar</translation>
    </message>
    <message>
        <source>The test passed on your phone: nothing more to do there.</source>
        <translation>La prueba se superó en su teléfono: no hay nada más que hacer allí.</translation>
    </message>
    <message>
        <source>Fix the first point below, then on your phone tap “Test” again on the page in Safari.</source>
        <translation>Corrija el primer punto de abajo y luego, en su teléfono, toque de nuevo «Probar» en la página en Safari.</translation>
    </message>
    <message>
        <source>Let the phone through this computer&apos;s firewall, then tap “Test” again on the phone.</source>
        <translation>Deje pasar al teléfono por el cortafuegos de este equipo y luego toque de nuevo «Probar» en el teléfono.</translation>
    </message>
    <message>
        <source>your CA</source>
        <translation>su CA</translation>
    </message>
    <message>
        <source>✓ It works</source>
        <translation>✓ Funciona</translation>
    </message>
    <message>
        <source>{device} trusts “{ca}”. HTTPS to your server with a certificate from this CA is now trusted on it.</source>
        <translation>{device} confía en «{ca}». El HTTPS hacia su servidor con un certificado de esta CA ya es de confianza en él.</translation>
    </message>
    <message>
        <source>✗ Not trusted yet</source>
        <translation>✗ Aún no es de confianza</translation>
    </message>
    <message>
        <source>{device} ran the test, but does not trust “{ca}” yet. Fix the first point below, then tap “Test” again.</source>
        <translation>{device} hizo la prueba, pero aún no confía en «{ca}». Corrija el primer punto de abajo y luego toque de nuevo «Probar».</translation>
    </message>
    <message>
        <source>⚠ Blocked by this computer&apos;s firewall</source>
        <translation>⚠ Bloqueado por el cortafuegos de este equipo</translation>
    </message>
    <message>
        <source>{device} opened the page, but the HTTPS port is blocked by this computer&apos;s firewall, so the test could not tell whether it trusts the CA.</source>
        <translation>{device} abrió la página, pero el cortafuegos de este equipo bloquea el puerto HTTPS, así que la prueba no pudo saber si confía en la CA.</translation>
    </message>
    <message>
        <source>Waiting for your phone…</source>
        <translation>Esperando a su teléfono…</translation>
    </message>
    <message>
        <source>The result appears here as soon as the phone runs the test. Publishing keeps running while you wait.</source>
        <translation>El resultado aparece aquí en cuanto el teléfono haga la prueba. La publicación sigue activa mientras espera.</translation>
    </message>
    <message>
        <source>Test result: {result}</source>
        <translation>Resultado de la prueba: {result}</translation>
    </message>
</context>
<context>
    <name>verify_servers</name>
    <message>
        <source>✓ Trusted</source>
        <translation>✓ De confianza</translation>
    </message>
    <message>
        <source>The phone opened a trusted HTTPS connection.</source>
        <translation>El teléfono abrió una conexión HTTPS de confianza.</translation>
    </message>
    <message>
        <source>✗ Not trusted</source>
        <translation>✗ No es de confianza</translation>
    </message>
    <message>
        <source>The phone refused the certificate: run “trustanchor check URL” here to see why, or finish trusting the CA on the phone.</source>
        <translation>El teléfono rechazó el certificado: ejecute aquí «trustanchor check URL» para ver por qué, o termine de confiar en la CA en el teléfono.</translation>
    </message>
    <message>
        <source>Not reachable from the phone</source>
        <translation>No se puede alcanzar desde el teléfono</translation>
    </message>
    <message>
        <source>The phone could not open it: is the phone on the same network as the server, does the name resolve there, or does a firewall stop it? Run “trustanchor check URL” here to see whether this computer reaches it.</source>
        <translation>El teléfono no pudo abrirlo: ¿está en la misma red que el servidor, se resuelve allí el nombre o lo bloquea un cortafuegos? Ejecute aquí «trustanchor check URL» para ver si este equipo llega a él.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Server tests</source>
        <translation>Pruebas de servidores</translation>
    </message>
    <message>
        <source>Your servers, tested from each phone</source>
        <translation>Sus servidores, probados desde cada teléfono</translation>
    </message>
    <message>
        <source>No phone has tested your servers yet. On the phone, tap “Test” under “Test your server”.</source>
        <translation>Ningún teléfono ha probado aún sus servidores. En el teléfono, toque «Probar» bajo «Prueba tu servidor».</translation>
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
        <translation>1.  Cree su propia autoridad de certificación (CA) o use una que ya tenga.</translation>
    </message>
    <message>
        <source>2.  Make a certificate for your server, with settings ready to paste.</source>
        <translation>2.  Cree un certificado para su servidor, con la configuración lista para pegar.</translation>
    </message>
    <message>
        <source>3.  Send the CA to your phone with a QR code, and install it.</source>
        <translation>3.  Envíe la CA a su teléfono con un código QR e instálela.</translation>
    </message>
    <message>
        <source>4.  Switch on full trust, and test from the phone that it works.</source>
        <translation>4.  Active la confianza total y compruebe desde el teléfono que funciona.</translation>
    </message>
    <message>
        <source>⚠ {names}: expired on {date}. Renew it.</source>
        <translation>⚠ {names}: caducó el {date}. Renuévelo.</translation>
    </message>
    <message>
        <source>{names}: valid until {date}.</source>
        <translation>{names}: válido hasta el {date}.</translation>
    </message>
    <message>
        <source>⚠ {names}: expires today ({date}). Renew it.</source>
        <translation>⚠ {names}: caduca hoy ({date}). Renuévelo.</translation>
    </message>
    <message>
        <source>⚠ {names}: expires in 1 day ({date}). Renew it.</source>
        <translation>⚠ {names}: caduca en 1 día ({date}). Renuévelo.</translation>
    </message>
    <message>
        <source>⚠ {names}: expires in {days} days ({date}). Renew it.</source>
        <translation>⚠ {names}: caduca en {days} días ({date}). Renuévelo.</translation>
    </message>
    <message>
        <source>TrustAnchor makes your own HTTPS services (a NAS, Home Assistant, a router or a dev server) trusted on your iPhone and your other devices.</source>
        <translation>TrustAnchor hace que su iPhone y sus otros dispositivos confíen en sus propios servicios HTTPS (un NAS, Home Assistant, un router o un servidor de desarrollo).</translation>
    </message>
    <message>
        <source>It takes a few minutes:</source>
        <translation>Lleva unos minutos:</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>Su CA</translation>
    </message>
    <message>
        <source>Nothing leaves this computer except the CA&apos;s public certificate, and only while you publish it to your phone on your own network.</source>
        <translation>Nada sale de este equipo salvo el certificado público de la CA, y solo mientras lo publica para su teléfono en su propia red.</translation>
    </message>
    <message>
        <source>Looking for your CA…</source>
        <translation>Buscando su CA…</translation>
    </message>
    <message>
        <source>Your CA “{name}” is ready, valid until {date}.</source>
        <translation>Su CA «{name}» está lista, válida hasta el {date}.</translation>
    </message>
    <message>
        <source>You have no CA yet: the next page makes one (or imports one you already have).</source>
        <translation>Aún no tiene ninguna CA: la siguiente página crea una (o importa una que ya tenga).</translation>
    </message>
    <message>
        <source>Certificates it issued (each lasts about a year; renew makes a new one for the same names in the same folder, the old files go to its archive folder):</source>
        <translation>Certificados emitidos (cada uno dura alrededor de un año; renovar crea uno nuevo para los mismos nombres en la misma carpeta y los archivos antiguos van a su carpeta de archivo):</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>Renew the certificate for {names}</source>
        <translation>Renovar el certificado para {names}</translation>
    </message>
    <message>
        <source>A CA is stored in {folder}; the next page uses it.</source>
        <translation>Hay una CA guardada en {folder}; la siguiente página la usa.</translation>
    </message>
    <message>
        <source>You already have a CA, “{name}”: the next page uses it.</source>
        <translation>Ya tiene una CA, «{name}»: la siguiente página la usa.</translation>
    </message>
    <message>
        <source>You already have a CA, “{name}”, valid until {date}: the next page uses it.</source>
        <translation>Ya tiene una CA, «{name}», válida hasta el {date}: la siguiente página la usa.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Create CA</source>
        <translation>Crear CA</translation>
    </message>
    <message>
        <source>Import CA</source>
        <translation>Importar CA</translation>
    </message>
    <message>
        <source>Unlock CA</source>
        <translation>Desbloquear CA</translation>
    </message>
    <message>
        <source>Make certificate</source>
        <translation>Crear certificado</translation>
    </message>
    <message>
        <source>Start publishing</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Back to the previous step ({keys})</source>
        <translation>Volver al paso anterior ({keys})</translation>
    </message>
    <message>
        <source>Go on ({keys} or Enter)</source>
        <translation>Continuar ({keys} o Intro)</translation>
    </message>
    <message>
        <source>TrustAnchor — trust your own HTTPS on your iPhone</source>
        <translation>TrustAnchor — confíe en su propio HTTPS en el iPhone</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <source>Page summary</source>
        <translation>Resumen de la página</translation>
    </message>
    <message>
        <source>TrustAnchor logo</source>
        <translation>Logotipo de TrustAnchor</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Quit TrustAnchor</source>
        <translation>Salir de TrustAnchor</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Renew certificate</source>
        <translation>Renovar certificado</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
</context>
</TS>
