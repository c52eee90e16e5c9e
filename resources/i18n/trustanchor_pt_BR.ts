<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>acme_dialog</name>
    <message>
        <source>Caddy, a small web server, can run an ACME server that signs certificates for every server in your home with an intermediate CA that TrustAnchor issues under your root, while your root&apos;s key stays here. Clients such as certbot, acme.sh, Traefik and Home Assistant then renew their certificates by themselves, and every device that trusts your root trusts them.</source>
        <translation>O Caddy, um pequeno servidor web, pode executar um servidor ACME que assina certificados para todos os servidores da sua casa com uma CA intermediária que o TrustAnchor emite sob a sua raiz; a chave da raiz fica aqui. Clientes como certbot, acme.sh, Traefik e Home Assistant passam a renovar seus certificados sozinhos, e todo dispositivo que confia na sua raiz confia neles.</translation>
    </message>
    <message>
        <source>This folder already holds an ACME setup; choose another folder, or use Renew intermediate to replace it.</source>
        <translation>Esta pasta já tem uma configuração ACME; escolha outra pasta ou use Renovar intermediário para substituí-la.</translation>
    </message>
    <message>
        <source>Renew certificates automatically</source>
        <translation>Renovar certificados automaticamente</translation>
    </message>
    <message>
        <source>What Caddy does</source>
        <translation>O que o Caddy faz</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Recusa</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Configurar</translation>
    </message>
    <message>
        <source>Set up the ACME server</source>
        <translation>Configurar o servidor ACME</translation>
    </message>
    <message>
        <source>Issues the intermediate and writes Caddy&apos;s files into the folder</source>
        <translation>Emite o intermediário e grava os arquivos do Caddy na pasta</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Folder for Caddy&apos;s files</source>
        <translation>Pasta para os arquivos do Caddy</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the folder for Caddy&apos;s files</source>
        <translation>Escolher a pasta para os arquivos do Caddy</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>Names of the ACME server</source>
        <translation>Nomes do servidor ACME</translation>
    </message>
    <message>
        <source>The names and addresses clients reach the ACME server by, separated by commas</source>
        <translation>Os nomes e endereços pelos quais os clientes acessam o servidor ACME, separados por vírgulas</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Nomes:</translation>
    </message>
    <message>
        <source>HTTPS port of the ACME server</source>
        <translation>Porta HTTPS do servidor ACME</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Lifetime of the intermediate</source>
        <translation>Validade do intermediário</translation>
    </message>
    <message>
        <source>Two years is usual; it never outlives your root</source>
        <translation>Dois anos é o usual; nunca dura mais que sua raiz</translation>
    </message>
    <message>
        <source>&amp;Intermediate lifetime:</source>
        <translation>Validade do &amp;intermediário:</translation>
    </message>
    <message>
        <source>Passphrase of the CA key</source>
        <translation>Frase secreta da chave da CA</translation>
    </message>
    <message>
        <source>CA &amp;passphrase:</source>
        <translation>Frase &amp;secreta da CA:</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Gravado</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Arquivos gravados</translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation>URL do diretório ACME</translation>
    </message>
    <message>
        <source>How to start Caddy</source>
        <translation>Como iniciar o Caddy</translation>
    </message>
    <message>
        <source>Open clients.md</source>
        <translation>Abrir clients.md</translation>
    </message>
    <message>
        <source>The settings for each ACME client</source>
        <translation>As configurações de cada cliente ACME</translation>
    </message>
    <message>
        <source>Directory URL for clients:</source>
        <translation>URL do diretório para clientes:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ainda não verificado.</translation>
    </message>
    <message>
        <source>ACME server status</source>
        <translation>Status do servidor ACME</translation>
    </message>
    <message>
        <source>&amp;Check status</source>
        <translation>&amp;Verificar status</translation>
    </message>
    <message>
        <source>Check the ACME server&apos;s status</source>
        <translation>Verificar o status do servidor ACME</translation>
    </message>
    <message>
        <source>&amp;Renew intermediate</source>
        <translation>&amp;Renovar intermediário</translation>
    </message>
    <message>
        <source>Renew the intermediate</source>
        <translation>Renovar o intermediário</translation>
    </message>
    <message>
        <source>Issues a new intermediate with the same settings and replaces the files; restart Caddy afterwards</source>
        <translation>Emite um novo intermediário com as mesmas configurações e substitui os arquivos; depois reinicie o Caddy</translation>
    </message>
    <message>
        <source>Reading your CA…</source>
        <translation>Lendo sua CA…</translation>
    </message>
    <message>
        <source>Renewing the intermediate…</source>
        <translation>Renovando o intermediário…</translation>
    </message>
    <message>
        <source>Issuing the intermediate…</source>
        <translation>Emitindo o intermediário…</translation>
    </message>
    <message>
        <source>Asking the ACME server…</source>
        <translation>Consultando o servidor ACME…</translation>
    </message>
    <message>
        <source>Start Caddy with: {command}
The intermediate “{name}” is valid until {date}; your root&apos;s key stayed in the CA folder.</source>
        <translation>Inicie o Caddy com: {command}
O intermediário “{name}” é válido até {date}; a chave da raiz ficou na pasta da CA.</translation>
    </message>
    <message>
        <source>Set up. Start Caddy, then point your clients at the directory URL.</source>
        <translation>Configurado. Inicie o Caddy e aponte seus clientes para a URL do diretório.</translation>
    </message>
</context>
<context>
    <name>acme_text</name>
    <message>
        <source>ACME server: up at {url} (TLS verified with your root).</source>
        <translation>Servidor ACME: ativo em {url} (TLS verificado com sua raiz).</translation>
    </message>
    <message>
        <source>ACME server: not answering: {problem}.</source>
        <translation>Servidor ACME: sem resposta: {problem}.</translation>
    </message>
    <message>
        <source>Intermediate “{name}” EXPIRED on {date}: click Renew intermediate, then restart Caddy.</source>
        <translation>O intermediário “{name}” EXPIROU em {date}: clique em Renovar intermediário e reinicie o Caddy.</translation>
    </message>
    <message>
        <source>Intermediate “{name}” expires in {days} days ({date}): click Renew intermediate, then restart Caddy.</source>
        <translation>O intermediário “{name}” expira em {days} dias ({date}): clique em Renovar intermediário e reinicie o Caddy.</translation>
    </message>
    <message>
        <source>Intermediate “{name}” is valid until {date}.</source>
        <translation>O intermediário “{name}” é válido até {date}.</translation>
    </message>
    <message>
        <source>Issued in the last 30 days: none found.</source>
        <translation>Emitidos nos últimos 30 dias: nenhum.</translation>
    </message>
    <message>
        <source>Issued in the last 30 days: {count}</source>
        <translation>Emitidos nos últimos 30 dias: {count}</translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(sem nomes)</translation>
    </message>
    <message>
        <source>{names} — {start} to {end} UTC</source>
        <translation>{names} — de {start} a {end} UTC</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… e mais {count}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>TrustAnchor is already running.</source>
        <translation>O TrustAnchor já está em execução.</translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>What to fix</source>
        <translation>O que corrigir</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Cancelar a tarefa em andamento</translation>
    </message>
    <message>
        <source>Error: {text}</source>
        <translation>Erro: {text}</translation>
    </message>
    <message>
        <source>What to fix: {hints}</source>
        <translation>O que corrigir: {hints}</translation>
    </message>
</context>
<context>
    <name>ca</name>
    <message>
        <source>The current CA is kept in the archive folder; phones that trust it must install the new one.</source>
        <translation>A CA atual fica na pasta de arquivo; os celulares que confiam nela precisam instalar a nova.</translation>
    </message>
    <message>
        <source>Create a new CA</source>
        <translation>Criar uma nova CA</translation>
    </message>
    <message>
        <source>Import a CA I already have</source>
        <translation>Importar uma CA que já tenho</translation>
    </message>
    <message>
        <source>Use my existing CA</source>
        <translation>Usar minha CA existente</translation>
    </message>
    <message>
        <source>Your own certificate authority vouches for your servers. Your phone will trust what it signs.</source>
        <translation>Sua própria autoridade certificadora garante seus servidores. Seu celular confiará no que ela assinar.</translation>
    </message>
    <message>
        <source>&amp;Replace my current CA</source>
        <translation>&amp;Substituir minha CA atual</translation>
    </message>
    <message>
        <source>Replace my current CA</source>
        <translation>Substituir minha CA atual</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
</context>
<context>
    <name>ca_create</name>
    <message>
        <source>ECDSA P-256 (recommended: fast, works everywhere)</source>
        <translation>ECDSA P-256 (recomendado: rápido, funciona em tudo)</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>RSA 2048 bits (for very old devices)</source>
        <translation>RSA 2048 bits (para aparelhos muito antigos)</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 bits</translation>
    </message>
    <message>
        <source>RSA 4096 bits (slow to create)</source>
        <translation>RSA 4096 bits (demora para criar)</translation>
    </message>
    <message>
        <source>Optional. A limited CA can only vouch for the names and address ranges below, so even if its key were stolen it could not fake other web sites. Current iPhones, Macs and browsers respect this, but it is not yet verified on every device. One entry per line: a domain (such as local or home.arpa) or an address range (such as 192.168.0.0/16).</source>
        <translation>Opcional. Uma CA limitada só garante os nomes e faixas de endereços abaixo; mesmo que a chave fosse roubada, não daria para falsificar outros sites. iPhones, Macs e navegadores atuais respeitam isso, mas ainda não foi verificado em todos os aparelhos. Uma entrada por linha: um domínio (como local ou home.arpa) ou uma faixa de endereços (como 192.168.0.0/16).</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>Nome da CA</translation>
    </message>
    <message>
        <source>Shown on your phone in Settings</source>
        <translation>Aparece no seu celular em Settings</translation>
    </message>
    <message>
        <source>&amp;Name (shown on your phone):</source>
        <translation>&amp;Nome (aparece no celular):</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Tipo de chave</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>Tipo de &amp;chave:</translation>
    </message>
    <message>
        <source>&amp;Limit this CA to my names</source>
        <translation>&amp;Limitar esta CA aos meus nomes</translation>
    </message>
    <message>
        <source>Limit this CA to my names</source>
        <translation>Limitar esta CA aos meus nomes</translation>
    </message>
    <message>
        <source>Allowed names and address ranges, one per line</source>
        <translation>Nomes e faixas de endereços permitidos, um por linha</translation>
    </message>
</context>
<context>
    <name>ca_import</name>
    <message>
        <source>A PEM certificate with its key (one file or two), a PKCS#12 file (.p12 / .pfx), or the folder mkcert keeps its CA in (run “mkcert -CAROOT” to find it).</source>
        <translation>Um certificado PEM com sua chave (um ou dois arquivos), um arquivo PKCS#12 (.p12 / .pfx) ou a pasta onde o mkcert guarda a CA (execute “mkcert -CAROOT” para encontrá-la).</translation>
    </message>
    <message>
        <source>CA fi&amp;le or folder:</source>
        <translation>&amp;Arquivo ou pasta da CA:</translation>
    </message>
    <message>
        <source>CA file or mkcert folder</source>
        <translation>Arquivo da CA ou pasta do mkcert</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Escolher &amp;arquivo…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Escolher o arquivo da CA</translation>
    </message>
    <message>
        <source>Choose mkcert f&amp;older…</source>
        <translation>Escolher &amp;pasta do mkcert…</translation>
    </message>
    <message>
        <source>Choose the mkcert CA folder</source>
        <translation>Escolher a pasta da CA do mkcert</translation>
    </message>
    <message>
        <source>Separate &amp;key file (if any):</source>
        <translation>Arquivo de &amp;chave separado (se houver):</translation>
    </message>
    <message>
        <source>Separate key file (optional)</source>
        <translation>Arquivo de chave separado (opcional)</translation>
    </message>
    <message>
        <source>Choose key…</source>
        <translation>Escolher chave…</translation>
    </message>
    <message>
        <source>Choose the separate key file</source>
        <translation>Escolher o arquivo de chave separado</translation>
    </message>
    <message>
        <source>Password of the file (if it has one)</source>
        <translation>Senha do arquivo (se tiver)</translation>
    </message>
    <message>
        <source>File &amp;password (if any):</source>
        <translation>&amp;Senha do arquivo (se houver):</translation>
    </message>
    <message>
        <source>Import check</source>
        <translation>Verificação da importação</translation>
    </message>
    <message>
        <source>Found the CA “{name}” with its key (fingerprint {fingerprint}, valid until {date}).</source>
        <translation>CA “{name}” encontrada com a chave (impressão digital {fingerprint}, válida até {date}).</translation>
    </message>
    <message>
        <source>Choose your CA</source>
        <translation>Escolher sua CA</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key *.p12 *.pfx);;All files (*)</source>
        <translation>Certificados e chaves (*.pem *.crt *.cer *.key *.p12 *.pfx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose mkcert&apos;s CA folder</source>
        <translation>Escolher a pasta de CA do mkcert</translation>
    </message>
    <message>
        <source>Choose the CA key</source>
        <translation>Escolher a chave da CA</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Chaves (*.pem *.key);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>ca_protect</name>
    <message>
        <source>The passphrase protects your CA&apos;s private key: whoever has that key can make certificates your phone trusts for any site. You type it again whenever you make a certificate. If you forget it, make a new CA.</source>
        <translation>A frase secreta protege a chave privada da sua CA: quem tiver essa chave pode criar certificados em que seu celular confia para qualquer site. Você a digita sempre que criar um certificado. Se esquecer, crie uma nova CA.</translation>
    </message>
    <message>
        <source>Protect the CA key</source>
        <translation>Proteger a chave da CA</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase (recommended)</source>
        <translation>Usar uma &amp;frase secreta (recomendado)</translation>
    </message>
    <message>
        <source>Protect the CA key with a passphrase</source>
        <translation>Proteger a chave da CA com uma frase secreta</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase secreta de novo</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>Frase &amp;secreta:</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase again:</source>
        <translation>Frase secreta de &amp;novo:</translation>
    </message>
    <message>
        <source>Passphrase check</source>
        <translation>Verificação da frase secreta</translation>
    </message>
</context>
<context>
    <name>ca_unlock</name>
    <message>
        <source>Your CA</source>
        <translation>Sua CA</translation>
    </message>
    <message>
        <source>Your CA&apos;s passphrase</source>
        <translation>Frase secreta da sua CA</translation>
    </message>
    <message>
        <source>Your CA&apos;s &amp;passphrase:</source>
        <translation>&amp;Frase secreta da sua CA:</translation>
    </message>
    <message>
        <source>“{name}” is ready.
Fingerprint {fingerprint}, {key_type}, valid until {date}.</source>
        <translation>“{name}” está pronta.
Impressão digital {fingerprint}, {key_type}, válida até {date}.</translation>
    </message>
    <message>
        <source>“{name}”, stored in {folder}.</source>
        <translation>“{name}”, salva em {folder}.</translation>
    </message>
    <message>
        <source>Your CA is stored in {folder}.</source>
        <translation>Sua CA está salva em {folder}.</translation>
    </message>
    <message>
        <source>You have no CA yet.</source>
        <translation>Você ainda não tem uma CA.</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Saving the imported CA…</source>
        <translation>Salvando a CA importada…</translation>
    </message>
    <message>
        <source>Unlocking your CA…</source>
        <translation>Desbloqueando sua CA…</translation>
    </message>
    <message>
        <source>Making and saving the certificate…</source>
        <translation>Criando e salvando o certificado…</translation>
    </message>
    <message>
        <source>Starting to publish on your network…</source>
        <translation>Começando a publicar na sua rede…</translation>
    </message>
    <message>
        <source>Creating your CA (an ECDSA P-256 key is quick)…</source>
        <translation>Criando sua CA (uma chave ECDSA P-256 é rápida)…</translation>
    </message>
    <message>
        <source>Creating your CA (an ECDSA P-384 key is quick)…</source>
        <translation>Criando sua CA (uma chave ECDSA P-384 é rápida)…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 2048 key takes a few seconds)…</source>
        <translation>Criando sua CA (uma chave RSA 2048 leva alguns segundos)…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 3072 key takes a few seconds)…</source>
        <translation>Criando sua CA (uma chave RSA 3072 leva alguns segundos)…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 4096 key takes a few seconds)…</source>
        <translation>Criando sua CA (uma chave RSA 4096 leva alguns segundos)…</translation>
    </message>
    <message>
        <source>Creating your CA…</source>
        <translation>Criando sua CA…</translation>
    </message>
    <message>
        <source>Moving the old files to the archive folder and making the new certificate…</source>
        <translation>Movendo os arquivos antigos para o arquivo e criando o novo certificado…</translation>
    </message>
    <message>
        <source>Publishing on {address}…</source>
        <translation>Publicando em {address}…</translation>
    </message>
    <message>
        <source>Publishing again with the servers to test…</source>
        <translation>Publicando de novo com os servidores a testar…</translation>
    </message>
    <message>
        <source>Stopping publishing…</source>
        <translation>Parando a publicação…</translation>
    </message>
</context>
<context>
    <name>core.acme_ops</name>
    <message>
        <source>--leaf-days must be between 1 and {limit}</source>
        <translation>--leaf-days deve estar entre 1 e {limit}</translation>
    </message>
    <message>
        <source>{version!r} is not a Caddy version like 2.8.4</source>
        <translation>{version!r} não é uma versão do Caddy como 2.8.4</translation>
    </message>
</context>
<context>
    <name>core.binding</name>
    <message>
        <source>Cannot listen on {host}: it is not an address of this computer; choose one of its own addresses.</source>
        <translation>Não é possível escutar em {host}: não é um endereço deste computador; escolha um dos endereços dele.</translation>
    </message>
    <message>
        <source>Ports {port} to {last} on {host} are all in use; choose another port.</source>
        <translation>As portas {port} a {last} em {host} estão todas em uso; escolha outra porta.</translation>
    </message>
</context>
<context>
    <name>core.bonjour</name>
    <message>
        <source>Bonjour is off.</source>
        <translation>O Bonjour está desligado.</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;.</source>
        <translation>Anunciado no Bonjour como &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;, not yet confirmed: this computer has not heard the announcement on the network. The QR code works either way. On a Mac, allow TrustAnchor in System Settings &gt; Privacy &amp; Security &gt; Local Network.</source>
        <translation>Anunciado no Bonjour como &quot;{name}&quot;, ainda não confirmado: este computador não ouviu o anúncio na rede. O código QR funciona de qualquer jeito. No Mac, permita o TrustAnchor em System Settings &gt; Privacy &amp; Security &gt; Local Network.</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;, not yet confirmed: this computer has not heard the announcement on the network. The QR code works either way.</source>
        <translation>Anunciado no Bonjour como &quot;{name}&quot;, ainda não confirmado: este computador não ouviu o anúncio na rede. O código QR funciona de qualquer jeito.</translation>
    </message>
    <message>
        <source>Announcing &quot;{name}&quot;…</source>
        <translation>Anunciando &quot;{name}&quot;…</translation>
    </message>
    <message>
        <source>Bonjour is not available on this network (no multicast); use the QR code or type the address.</source>
        <translation>O Bonjour não está disponível nesta rede (sem multicast); use o código QR ou digite o endereço.</translation>
    </message>
    <message>
        <source>Bonjour could not start; use the QR code or type the address.</source>
        <translation>O Bonjour não pôde iniciar; use o código QR ou digite o endereço.</translation>
    </message>
    <message>
        <source>Bonjour could not announce the page; use the QR code or type the address.</source>
        <translation>O Bonjour não conseguiu anunciar a página; use o código QR ou digite o endereço.</translation>
    </message>
</context>
<context>
    <name>core.bundle</name>
    <message>
        <source>cannot make the folder {out}: {reason}</source>
        <translation>não é possível criar a pasta {out}: {reason}</translation>
    </message>
    <message>
        <source>{out} already holds an ACME setup ({files}); choose another --out or add --force to replace it</source>
        <translation>{out} já contém uma configuração ACME ({files}); escolha outro --out ou adicione --force para substituí-la</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>não é possível gravar {path}: {reason}</translation>
    </message>
    <message>
        <source>{out} holds no ACME setup; run `trustanchor acme setup --out {out}` first</source>
        <translation>{out} não contém configuração ACME; execute primeiro `trustanchor acme setup --out {out}`</translation>
    </message>
    <message>
        <source>cannot read {path}: {exc}</source>
        <translation>não é possível ler {path}: {exc}</translation>
    </message>
    <message>
        <source>{path} is damaged; run `trustanchor acme setup --force` again</source>
        <translation>{path} está danificado; execute `trustanchor acme setup --force` de novo</translation>
    </message>
</context>
<context>
    <name>core.ca</name>
    <message>
        <source>The private key does not belong to this CA certificate; pick the matching key.</source>
        <translation>A chave privada não pertence a este certificado da CA; escolha a chave correspondente.</translation>
    </message>
    <message>
        <source>This CA&apos;s key type is not supported; iPhones need RSA (2048, 3072 or 4096 bits) or ECDSA P-256 / P-384.</source>
        <translation>O tipo de chave desta CA não é compatível; iPhones precisam de RSA (2048, 3072 ou 4096 bits) ou ECDSA P-256 / P-384.</translation>
    </message>
    <message>
        <source>This certificate is not a CA (it lacks basicConstraints CA:TRUE); pick the CA certificate, not a server certificate.</source>
        <translation>Este certificado não é uma CA (falta basicConstraints CA:TRUE); escolha o certificado da CA, não um de servidor.</translation>
    </message>
    <message>
        <source>A CA can be valid for 1 to {limit} years; {usual} is usual.</source>
        <translation>Uma CA pode valer de 1 a {limit} anos; o normal é {usual}.</translation>
    </message>
    <message>
        <source>{display} is outside what this CA may sign ({allowed}); use a name within those, or a CA without name constraints.</source>
        <translation>{display} está fora do que esta CA pode assinar ({allowed}); use um nome dentro disso ou uma CA sem restrições de nome.</translation>
    </message>
    <message>
        <source>The CA only becomes valid on {day:%Y-%m-%d}; check this computer&apos;s date and time.</source>
        <translation>A CA só passa a valer em {day:%Y-%m-%d}; verifique a data e a hora deste computador.</translation>
    </message>
    <message>
        <source>The CA expired on {not_after:%Y-%m-%d}; create a new CA and install it on your devices.</source>
        <translation>A CA expirou em {not_after:%Y-%m-%d}; crie uma nova CA e instale-a nos seus dispositivos.</translation>
    </message>
    <message>
        <source>The CA expires on {not_after:%Y-%m-%d}, before this certificate would; issue it for at most {left} days, or create a new CA.</source>
        <translation>A CA expira em {not_after:%Y-%m-%d}, antes deste certificado; emita-o por no máximo {left} dias ou crie uma nova CA.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the exported key; it cannot be empty.</source>
        <translation>Escolha uma frase secreta para a chave exportada; ela não pode ficar vazia.</translation>
    </message>
    <message>
        <source>IP addresses stay unrestricted: this CA could vouch for any IP address. Add an IP range too, such as 192.168.0.0/16.</source>
        <translation>Os endereços IP continuam sem restrição: esta CA poderia garantir qualquer endereço IP. Adicione também um intervalo de IP, como 192.168.0.0/16.</translation>
    </message>
    <message>
        <source>Host names stay unrestricted: this CA could vouch for any web site. Add a domain too, such as home.arpa.</source>
        <translation>Os nomes de host continuam sem restrição: esta CA poderia garantir qualquer site. Adicione também um domínio, como home.arpa.</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>nome da CA</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organização</translation>
    </message>
    <message>
        <source>Give the {what} in words, such as &apos;Home Network CA&apos;; iPhones need one.</source>
        <translation>Informe o campo “{what}” em palavras, como &apos;Home Network CA&apos;; iPhones precisam dele.</translation>
    </message>
    <message>
        <source>The {what} can be at most {limit} characters long.</source>
        <translation>O campo “{what}” pode ter no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>The {what} contains an invisible character; retype it.</source>
        <translation>O campo “{what}” contém um caractere invisível; digite-o de novo.</translation>
    </message>
    <message>
        <source>{entry} is listed twice; keep one.</source>
        <translation>{entry} aparece duas vezes; mantenha um.</translation>
    </message>
    <message>
        <source>The new certificate would be rejected: {problem}</source>
        <translation>O novo certificado seria recusado: {problem}</translation>
    </message>
</context>
<context>
    <name>core.caddy</name>
    <message>
        <source>the folder {text} has a character a Caddyfile cannot hold; choose a plainer --out path</source>
        <translation>a pasta {text} tem um caractere que um Caddyfile não aceita; escolha um caminho --out mais simples</translation>
    </message>
    <message>
        <source>Caddy before 2.6.3 cannot set the certificate lifetime (its leaves last 12 hours); leave out --leaf-days</source>
        <translation>Caddy anterior à 2.6.3 não consegue definir a validade do certificado (os certificados duram 12 horas); omita --leaf-days</translation>
    </message>
</context>
<context>
    <name>core.causes</name>
    <message>
        <source>The profile was not downloaded or installed</source>
        <translation>O perfil não foi baixado ou instalado</translation>
    </message>
    <message>
        <source>Tap “Download profile” on the phone, then install it in Settings &gt; General &gt; VPN &amp; Device Management.</source>
        <translation>Toque em “Baixar perfil” no celular e instale-o em Settings &gt; General &gt; VPN &amp; Device Management.</translation>
    </message>
    <message>
        <source>your CA</source>
        <translation>sua CA</translation>
    </message>
    <message>
        <source>Full trust is switched off</source>
        <translation>A confiança total está desativada</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; About &gt; Certificate Trust Settings: switch on “{ca}”.</source>
        <translation>Settings &gt; General &gt; About &gt; Certificate Trust Settings: ative “{ca}”.</translation>
    </message>
    <message>
        <source>iOS 18.0 sometimes hides the trust switch</source>
        <translation>O iOS 18.0 às vezes esconde a chave de confiança</translation>
    </message>
    <message>
        <source>Update the phone in Settings &gt; General &gt; Software Update, then look for the switch again.</source>
        <translation>Atualize o celular em Settings &gt; General &gt; Software Update e procure a chave de novo.</translation>
    </message>
    <message>
        <source>The page was not opened in Safari</source>
        <translation>A página não foi aberta no Safari</translation>
    </message>
    <message>
        <source>Copy the link and open it in Safari: other browsers save the profile without offering to install it.</source>
        <translation>Copie o link e abra no Safari: outros navegadores salvam o perfil sem oferecer a instalação.</translation>
    </message>
    <message>
        <source>The certificate is not installed as a trusted CA</source>
        <translation>O certificado não está instalado como CA confiável</translation>
    </message>
    <message>
        <source>Follow the steps shown for this device again.</source>
        <translation>Siga de novo os passos mostrados para este dispositivo.</translation>
    </message>
    <message>
        <source>Another CA with the same name is installed</source>
        <translation>Outra CA com o mesmo nome está instalada</translation>
    </message>
    <message>
        <source>Remove old profiles or certificates with this name, then install this one again.</source>
        <translation>Remova perfis ou certificados antigos com esse nome e instale este de novo.</translation>
    </message>
</context>
<context>
    <name>core.home</name>
    <message>
        <source>--home is empty: give the CA home&apos;s folder, or leave --home out to use $TRUSTANCHOR_HOME or the default folder.</source>
        <translation>--home está vazio: informe a pasta da CA ou omita --home para usar $TRUSTANCHOR_HOME ou a pasta padrão.</translation>
    </message>
    <message>
        <source>The CA home {root} is in use by another TrustAnchor program: let it finish (or close it) and try again.</source>
        <translation>A pasta da CA {root} está em uso por outro programa TrustAnchor: deixe-o terminar (ou feche-o) e tente novamente.</translation>
    </message>
    <message>
        <source>Cannot create the CA home {root} ({reason}): choose another folder with --home or $TRUSTANCHOR_HOME.</source>
        <translation>Não é possível criar a pasta da CA {root} ({reason}): escolha outra com --home ou $TRUSTANCHOR_HOME.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>arquivo da CA</translation>
    </message>
    <message>
        <source>{problem} Restore the CA from a backup, or replace it.</source>
        <translation>{problem} Restaure a CA de um backup ou substitua-a.</translation>
    </message>
    <message>
        <source>There is no CA in {root} yet: create one (trustanchor ca create) or import one (trustanchor ca import).</source>
        <translation>Ainda não há CA em {root}: crie uma (trustanchor ca create) ou importe uma (trustanchor ca import).</translation>
    </message>
    <message>
        <source>The CA in {folder} is incomplete: {name} is missing; restore it from a backup, or replace the CA.</source>
        <translation>A CA em {folder} está incompleta: falta {name}; restaure-o de um backup ou substitua a CA.</translation>
    </message>
    <message>
        <source>The CA certificate {certificate} is damaged: restore it from a backup, or replace the CA.</source>
        <translation>O certificado da CA {certificate} está danificado: restaure-o de um backup ou substitua a CA.</translation>
    </message>
    <message>
        <source>The CA key {key} is damaged or not a key: restore it from a backup, or replace the CA.</source>
        <translation>A chave da CA {key} está danificada ou não é uma chave: restaure-a de um backup ou substitua a CA.</translation>
    </message>
    <message>
        <source>The CA key {key} does not belong to {certificate}: restore the matching pair from a backup, or replace the CA.</source>
        <translation>A chave da CA {key} não pertence a {certificate}: restaure o par correto de um backup ou substitua a CA.</translation>
    </message>
    <message>
        <source>A CA already exists in {folder}; it was left untouched. Replace it explicitly to archive it and store the new one.</source>
        <translation>Já existe uma CA em {folder}; ela não foi alterada. Substitua-a explicitamente para arquivá-la e salvar a nova.</translation>
    </message>
    <message>
        <source>There is no CA in {root} to replace: create one instead.</source>
        <translation>Não há CA para substituir em {root}: crie uma.</translation>
    </message>
    <message>
        <source>{folder} holds other files: move them away and try again.</source>
        <translation>{folder} contém outros arquivos: mova-os e tente novamente.</translation>
    </message>
    <message>
        <source>Cannot write in the CA home {root} ({reason}): make it writable, or choose another with --home; nothing was issued.</source>
        <translation>Não é possível gravar na pasta da CA {root} ({reason}): torne-a gravável ou escolha outra com --home; nada foi emitido.</translation>
    </message>
    <message>
        <source>An empty passphrase protects nothing: choose one, or choose no passphrase.</source>
        <translation>Uma frase secreta vazia não protege nada: escolha uma ou escolha não usar frase secreta.</translation>
    </message>
</context>
<context>
    <name>core.importer</name>
    <message>
        <source>{name} is a folder: give either an mkcert CAROOT folder alone, or the CA&apos;s certificate and key files.</source>
        <translation>{name} é uma pasta: informe só uma pasta CAROOT do mkcert ou os arquivos de certificado e chave da CA.</translation>
    </message>
    <message>
        <source>{name} is not an mkcert CA folder (it has no {mkcert_cert_name}): choose the folder `mkcert -CAROOT` prints, or the CA&apos;s own files.</source>
        <translation>{name} não é uma pasta de CA do mkcert (não tem {mkcert_cert_name}): escolha a pasta que `mkcert -CAROOT` mostra ou os arquivos da própria CA.</translation>
    </message>
    <message>
        <source>The mkcert folder {name} has no {mkcert_key_name}: choose the folder on the machine where mkcert created the CA.</source>
        <translation>A pasta do mkcert {name} não tem {mkcert_key_name}: escolha a pasta na máquina onde o mkcert criou a CA.</translation>
    </message>
    <message>
        <source>{name} holds no certificate or private key (found: {found}): choose the CA&apos;s certificate and key files.</source>
        <translation>{name} não contém certificado nem chave privada (encontrado: {found}): escolha os arquivos de certificado e chave da CA.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the key in {name}: check it and try again.</source>
        <translation>A frase secreta não desbloqueia a chave em {name}: verifique-a e tente novamente.</translation>
    </message>
    <message>
        <source>The key in {name} is protected by a passphrase: give it (with --source-passphrase-file FILE on the command line) and try again.</source>
        <translation>A chave em {name} está protegida por uma frase secreta: informe-a (com --source-passphrase-file FILE na linha de comando) e tente novamente.</translation>
    </message>
    <message>
        <source>{name} holds a damaged or unreadable private key: export the key again.</source>
        <translation>{name} contém uma chave privada danificada ou ilegível: exporte a chave de novo.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name} has a serial number below 1, which RFC 5280 (4.1.2.2) forbids and newer software rejects: create a new CA instead.</source>
        <translation>{name} tem número de série menor que 1, o que a RFC 5280 (4.1.2.2) proíbe e softwares recentes recusam: crie uma nova CA.</translation>
    </message>
    <message>
        <source>The password does not open {name} (or the file is damaged): check the password and try again.</source>
        <translation>A senha não abre {name} (ou o arquivo está danificado): verifique a senha e tente novamente.</translation>
    </message>
    <message>
        <source>{name} is protected by a password: give it (with --source-passphrase-file FILE on the command line) and try again.</source>
        <translation>{name} está protegido por senha: informe-a (com --source-passphrase-file FILE na linha de comando) e tente novamente.</translation>
    </message>
    <message>
        <source>{name} holds a private key but no certificate: choose the CA&apos;s certificate too.</source>
        <translation>{name} contém uma chave privada, mas nenhum certificado: escolha também o certificado da CA.</translation>
    </message>
    <message>
        <source>{name} holds a certificate but no private key: choose the CA&apos;s key file too (TrustAnchor needs the key to issue certificates).</source>
        <translation>{name} contém um certificado, mas nenhuma chave privada: escolha também o arquivo de chave da CA (o TrustAnchor precisa dela para emitir certificados).</translation>
    </message>
    <message>
        <source>{name} holds a damaged or unusual certificate: export the CA certificate again.</source>
        <translation>{name} contém um certificado danificado ou incomum: exporte o certificado da CA de novo.</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a CA: choose the CA&apos;s certificate (CA:TRUE).</source>
        <translation>{name} é {kind}, não uma CA: escolha o certificado da CA (CA:TRUE).</translation>
    </message>
    <message>
        <source>The key in {key_name} does not belong to the CA certificate in {cas}: choose the key that was made with this CA.</source>
        <translation>A chave em {key_name} não pertence ao certificado da CA em {cas}: escolha a chave criada com esta CA.</translation>
    </message>
</context>
<context>
    <name>core.inputs</name>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>The {what} {shown} does not exist: check the name and folder.</source>
        <translation>O {what} {shown} não existe: verifique o nome e a pasta.</translation>
    </message>
    <message>
        <source>The {what} {shown} is a folder, not a file: choose a file.</source>
        <translation>O {what} {shown} é uma pasta, não um arquivo: escolha um arquivo.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {shown} ({reason}).</source>
        <translation>Não é possível ler o {what} {shown} ({reason}).</translation>
    </message>
    <message>
        <source>The {what} {shown} is not a regular file (it is a {kind}): TrustAnchor reads only ordinary files.</source>
        <translation>O {what} {shown} não é um arquivo comum (é um {kind}): o TrustAnchor só lê arquivos comuns.</translation>
    </message>
    <message>
        <source>The {what} {shown} is too large (more than {limit:,} bytes) to be what TrustAnchor expects: choose the right file.</source>
        <translation>O {what} {shown} é grande demais (mais de {limit:,} bytes) para o que o TrustAnchor espera: escolha o arquivo certo.</translation>
    </message>
</context>
<context>
    <name>core.intermediate</name>
    <message>
        <source>this CA was made with path length 0, so it cannot delegate to an intermediate; make a new CA with `trustanchor ca create --replace` if you want automatic renewal</source>
        <translation>esta CA foi criada com comprimento de caminho 0, então não pode delegar a uma intermediária; crie uma nova CA com `trustanchor ca create --replace` se quiser renovação automática</translation>
    </message>
    <message>
        <source>{display} is outside what this CA may sign, so clients would not trust the ACME server by that name; give --names within the CA&apos;s limits.</source>
        <translation>{display} está fora do que esta CA pode assinar, então os clientes não confiariam no servidor ACME por esse nome; informe --names dentro dos limites da CA.</translation>
    </message>
    <message>
        <source>The intermediate can live {shortest} to {longest} days; {usual} is usual.</source>
        <translation>A intermediária pode durar de {shortest} a {longest} dias; o normal é {usual}.</translation>
    </message>
    <message>
        <source>The CA expires on {not_after:%Y-%m-%d}, too soon to delegate to an intermediate; create a new CA first.</source>
        <translation>A CA expira em {not_after:%Y-%m-%d}, cedo demais para delegar a uma intermediária; crie uma nova CA primeiro.</translation>
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
        <translation>adicionado pelo TrustAnchor como alias {alias}</translation>
    </message>
    <message>
        <source>Java&apos;s cacerts cannot be written by you (it belongs to root); run the command as root to change it.</source>
        <translation>Você não pode gravar no cacerts do Java (ele pertence ao root); execute o comando como root para alterá-lo.</translation>
    </message>
</context>
<context>
    <name>core.journal</name>
    <message>
        <source>journal</source>
        <translation>diário</translation>
    </message>
</context>
<context>
    <name>core.keystore</name>
    <message>
        <source>The CA key is protected by a passphrase: give it with --passphrase-file FILE or $TRUSTANCHOR_PASSPHRASE (or type it when asked).</source>
        <translation>A chave da CA está protegida por uma frase secreta: informe-a com --passphrase-file FILE ou $TRUSTANCHOR_PASSPHRASE (ou digite-a quando pedido).</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this CA key: check it and try again.</source>
        <translation>A frase secreta não desbloqueia esta chave da CA: verifique-a e tente novamente.</translation>
    </message>
    <message>
        <source>This is not a readable private key: choose a PEM or DER private key file.</source>
        <translation>Esta não é uma chave privada legível: escolha um arquivo de chave privada PEM ou DER.</translation>
    </message>
    <message>
        <source>This key type cannot sign for TrustAnchor: use an EC (P-256, P-384) or RSA key.</source>
        <translation>Este tipo de chave não pode assinar para o TrustAnchor: use uma chave EC (P-256, P-384) ou RSA.</translation>
    </message>
    <message>
        <source>This key asks for more scrypt work than is safe to spend: re-encrypt it with normal settings (openssl pkcs8 -topk8) and import it again.</source>
        <translation>Esta chave pede mais trabalho de scrypt do que é seguro: criptografe-a de novo com configurações normais (openssl pkcs8 -topk8) e importe-a outra vez.</translation>
    </message>
    <message>
        <source>This file asks for more than 10 million key-derivation rounds: re-export it with normal settings and import it again.</source>
        <translation>Este arquivo pede mais de 10 milhões de rodadas de derivação de chave: exporte-o de novo com configurações normais e importe-o outra vez.</translation>
    </message>
</context>
<context>
    <name>core.leaf</name>
    <message>
        <source>A certificate must be valid for at least 1 day.</source>
        <translation>Um certificado deve valer pelo menos 1 dia.</translation>
    </message>
    <message>
        <source>{days} days is too long: iPhones and Macs reject server certificates valid for more than {limit} days; use {default} (the default) or fewer.</source>
        <translation>{days} dias é demais: iPhones e Macs recusam certificados de servidor válidos por mais de {limit} dias; use {default} (o padrão) ou menos.</translation>
    </message>
    <message>
        <source>Choose a password for the .p12 file; it cannot be empty.</source>
        <translation>Escolha uma senha para o arquivo .p12; ela não pode ficar vazia.</translation>
    </message>
    <message>
        <source>The .p12 password is too short: use at least {count} characters (or let TrustAnchor generate one).</source>
        <translation>A senha do .p12 é curta demais: use pelo menos {count} caracteres (ou deixe o TrustAnchor gerar uma).</translation>
    </message>
</context>
<context>
    <name>core.linux</name>
    <message>
        <source>cannot read {path} ({reason})</source>
        <translation>não é possível ler {path} ({reason})</translation>
    </message>
    <message>
        <source>added by TrustAnchor as {path}</source>
        <translation>adicionado pelo TrustAnchor como {path}</translation>
    </message>
    <message>
        <source>added by someone else (TrustAnchor will not remove it)</source>
        <translation>adicionado por outra pessoa (o TrustAnchor não vai removê-lo)</translation>
    </message>
    <message>
        <source>{path} is there, but the bundle was not rebuilt: run {tool}</source>
        <translation>{path} está lá, mas o pacote não foi reconstruído: execute {tool}</translation>
    </message>
    <message>
        <source>Cannot write {target} ({reason}); the system store was left as it was.</source>
        <translation>Não é possível gravar {target} ({reason}); o repositório do sistema ficou como estava.</translation>
    </message>
    <message>
        <source>Cannot remove {target} ({reason}); the system store was left as it was.</source>
        <translation>Não é possível remover {target} ({reason}); o repositório do sistema ficou como estava.</translation>
    </message>
    <message>
        <source>Changing the system store needs an administrator, and neither pkexec nor sudo is installed; run this command as root instead.</source>
        <translation>Alterar o repositório do sistema exige um administrador, e nem pkexec nem sudo estão instalados; execute este comando como root.</translation>
    </message>
</context>
<context>
    <name>core.listener</name>
    <message>
        <source>The HTTPS certificate or its key could not be loaded; issue a new server certificate from the CA and try again.</source>
        <extracomment>Called in the connection&apos;s own thread with the (TLS) socket, the client&apos;s IP, whether the connection is TLS, and its Activity. The listener closes the socket afterwards.</extracomment>
        <translation>Não foi possível carregar o certificado HTTPS ou a chave dele; emita um novo certificado de servidor pela CA e tente novamente.</translation>
    </message>
</context>
<context>
    <name>core.macos</name>
    <message>
        <source>in the keychain (the handshake below shows the trust)</source>
        <translation>nas chaves (o handshake abaixo mostra a confiança)</translation>
    </message>
    <message>
        <source>macOS did not allow the change to the certificate trust settings (the password prompt was cancelled or could not be shown); nothing was changed.</source>
        <translation>O macOS não permitiu a alteração dos ajustes de confiança (o pedido de senha foi cancelado ou não pôde ser exibido); nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>core.names</name>
    <message>
        <source>such as nas.local or 192.168.1.20</source>
        <translation>como nas.local ou 192.168.1.20</translation>
    </message>
    <message>
        <source>{name} is listed twice; keep one.</source>
        <translation>{name} aparece duas vezes; mantenha um.</translation>
    </message>
    <message>
        <source>{earlier} and {name} are the same name ({display}); keep one.</source>
        <translation>{earlier} e {name} são o mesmo nome ({display}); mantenha um.</translation>
    </message>
    <message>
        <source>Give at least one host name or IP address, {example}.</source>
        <translation>Informe pelo menos um nome de host ou endereço IP, {example}.</translation>
    </message>
    <message>
        <source>such as home.arpa or 192.168.0.0/16</source>
        <translation>como home.arpa ou 192.168.0.0/16</translation>
    </message>
    <message>
        <source>Write {domain} without the leading dot; it already covers every name under it.</source>
        <translation>Escreva {domain} sem o ponto inicial; ele já cobre todos os nomes abaixo dele.</translation>
    </message>
    <message>
        <source>Write {domain} without &apos;*.&apos;; it already covers every name under it.</source>
        <translation>Escreva {domain} sem &apos;*.&apos;; ele já cobre todos os nomes abaixo dele.</translation>
    </message>
    <message>
        <source>Type a host name or IP address, {example}.</source>
        <translation>Digite um nome de host ou endereço IP, {example}.</translation>
    </message>
    <message>
        <source>{name} contains a space; enter one name at a time, without spaces.</source>
        <translation>{name} contém um espaço; digite um nome por vez, sem espaços.</translation>
    </message>
    <message>
        <source>{name} holds several names; enter one at a time.</source>
        <translation>{name} contém vários nomes; digite um por vez.</translation>
    </message>
    <message>
        <source>{name} contains an invisible control character; type it again.</source>
        <translation>{name} contém um caractere de controle invisível; digite-o de novo.</translation>
    </message>
    <message>
        <source>type just {host}</source>
        <translation>digite só {host}</translation>
    </message>
    <message>
        <source>type just the host name</source>
        <translation>digite só o nome de host</translation>
    </message>
    <message>
        <source>{name} is a web address; {hint}.</source>
        <translation>{name} é um endereço da web; {hint}.</translation>
    </message>
    <message>
        <source>{name} looks like an e-mail address; {hint}.</source>
        <translation>{name} parece um endereço de e-mail; {hint}.</translation>
    </message>
    <message>
        <source>{name} has a zone (%{scope_id}); type just {bare}.</source>
        <translation>{name} tem uma zona (%{scope_id}); digite só {bare}.</translation>
    </message>
    <message>
        <source>{address} means &apos;any address&apos;; type the machine&apos;s own address instead.</source>
        <translation>{address} significa “qualquer endereço”; digite o endereço da própria máquina.</translation>
    </message>
    <message>
        <source>{address} is a broadcast or multicast address; type the machine&apos;s own address.</source>
        <translation>{address} é um endereço de broadcast ou multicast; digite o endereço da própria máquina.</translation>
    </message>
    <message>
        <source>{name} is not an IP range; write one like 192.168.0.0/16.</source>
        <translation>{name} não é um intervalo IP; escreva como 192.168.0.0/16.</translation>
    </message>
    <message>
        <source>{name} is not the start of its range; did you mean {widened}?</source>
        <translation>{name} não é o início do intervalo; você quis dizer {widened}?</translation>
    </message>
    <message>
        <source>{name} is a range of addresses; a certificate lists single addresses, so type each one, such as {first_host}.</source>
        <translation>{name} é um intervalo de endereços; um certificado lista endereços únicos, então digite cada um, como {first_host}.</translation>
    </message>
    <message>
        <source>type just {before}</source>
        <translation>digite só {before}</translation>
    </message>
    <message>
        <source>{name} contains &apos;/&apos;; {hint}.</source>
        <translation>{name} contém &apos;/&apos;; {hint}.</translation>
    </message>
    <message>
        <source>Type the address without brackets: {inner}.</source>
        <translation>Digite o endereço sem colchetes: {inner}.</translation>
    </message>
    <message>
        <source>{name} includes a port; type just {host} (ports do not go into certificates).</source>
        <translation>{name} inclui uma porta; digite só {host} (portas não entram em certificados).</translation>
    </message>
    <message>
        <source>{name} is not a valid IPv6 address or host name; check it for typos.</source>
        <translation>{name} não é um endereço IPv6 nem um nome de host válido; verifique a digitação.</translation>
    </message>
    <message>
        <source>{name} contains characters that cannot be in a host name.</source>
        <translation>{name} contém caracteres que não podem estar em um nome de host.</translation>
    </message>
    <message>
        <source>start with a dot</source>
        <translation>começar com um ponto</translation>
    </message>
    <message>
        <source>have two dots in a row</source>
        <translation>ter dois pontos seguidos</translation>
    </message>
    <message>
        <source>{name}: a host name cannot {where}.</source>
        <translation>{name}: um nome de host não pode {where}.</translation>
    </message>
    <message>
        <source>{name}: &apos;*&apos; is not allowed here.</source>
        <translation>{name}: &apos;*&apos; não é permitido aqui.</translation>
    </message>
    <message>
        <source>{name}: a wildcard needs a name after it, like *.lab.home.arpa.</source>
        <translation>{name}: um curinga precisa de um nome depois dele, como *.lab.home.arpa.</translation>
    </message>
    <message>
        <source>{name}: a wildcard must be the whole left-most part, like *.lab.home.arpa.</source>
        <translation>{name}: um curinga deve ser a parte mais à esquerda inteira, como *.lab.home.arpa.</translation>
    </message>
    <message>
        <source>{name} is not a valid internationalised name ({exc}).</source>
        <translation>{name} não é um nome internacionalizado válido ({exc}).</translation>
    </message>
    <message>
        <source>{name}: host names cannot contain &apos;_&apos;; use &apos;-&apos; instead.</source>
        <translation>{name}: nomes de host não podem conter &apos;_&apos;; use &apos;-&apos;.</translation>
    </message>
    <message>
        <source>{name}: {bad!r} cannot be in a host name; use letters, digits and &apos;-&apos;.</source>
        <translation>{name}: {bad!r} não pode estar em um nome de host; use letras, dígitos e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>{name}: a part of a host name cannot start or end with &apos;-&apos;.</source>
        <translation>{name}: uma parte do nome de host não pode começar nem terminar com &apos;-&apos;.</translation>
    </message>
    <message>
        <source>{name}: {label} is not a valid internationalised (xn--) name.</source>
        <translation>{name}: {label} não é um nome internacionalizado (xn--) válido.</translation>
    </message>
    <message>
        <source>{name}: each part between dots can be at most {limit} characters, and {part} has {length}.</source>
        <translation>{name}: cada parte entre pontos pode ter no máximo {limit} caracteres, e {part} tem {length}.</translation>
    </message>
    <message>
        <source>{name} is too long: a host name can be at most {limit} characters.</source>
        <translation>{name} é longo demais: um nome de host pode ter no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>{name} is not a valid IP address; an IPv4 address is four numbers from 0 to 255 without leading zeros, such as 192.168.1.20.</source>
        <translation>{name} não é um endereço IP válido; um IPv4 são quatro números de 0 a 255 sem zeros à esquerda, como 192.168.1.20.</translation>
    </message>
    <message>
        <source>{name}: the last part of a host name cannot be only digits.</source>
        <translation>{name}: a última parte de um nome de host não pode ter só dígitos.</translation>
    </message>
    <message>
        <source>{name} would cover all of {base}, which browsers refuse; use a name one level down, such as *.lab.{base}, or list each name.</source>
        <translation>{name} cobriria todo o {base}, o que os navegadores recusam; use um nome um nível abaixo, como *.lab.{base}, ou liste cada nome.</translation>
    </message>
</context>
<context>
    <name>core.nss</name>
    <message>
        <source>Cannot create {path} ({reason}).</source>
        <translation>Não é possível criar {path} ({reason}).</translation>
    </message>
    <message>
        <source>certutil cannot read {path}</source>
        <translation>o certutil não consegue ler {path}</translation>
    </message>
    <message>
        <source>present as {nickname!r} but not trusted for websites ({trust})</source>
        <translation>presente como {nickname!r}, mas não confiável para sites ({trust})</translation>
    </message>
    <message>
        <source>added by TrustAnchor as {nickname!r}</source>
        <translation>adicionado pelo TrustAnchor como {nickname!r}</translation>
    </message>
    <message>
        <source>vfychain (NSS) verified a server certificate from the CA</source>
        <translation>vfychain (NSS) verificou um certificado de servidor da CA</translation>
    </message>
    <message>
        <source>certutil -V (NSS) verified the CA for TLS servers</source>
        <translation>certutil -V (NSS) verificou a CA para servidores TLS</translation>
    </message>
    <message>
        <source>{path} is read-only; it was left as it was.</source>
        <translation>{path} é somente leitura; ficou como estava.</translation>
    </message>
</context>
<context>
    <name>core.operations</name>
    <message>
        <source>The .p12 password is too short: use at least {count} characters, or let TrustAnchor generate one.</source>
        <translation>A senha do .p12 é curta demais: use pelo menos {count} caracteres ou deixe o TrustAnchor gerar uma.</translation>
    </message>
    <message>
        <source>a .p12 file holds the CA&apos;s private key and needs a password</source>
        <translation>um arquivo .p12 contém a chave privada da CA e precisa de uma senha</translation>
    </message>
</context>
<context>
    <name>core.outputs</name>
    <message>
        <source>{path} is {kind}, not a regular file; TrustAnchor only overwrites regular files: choose another name.</source>
        <translation>{path} é {kind}, não um arquivo comum; o TrustAnchor só sobrescreve arquivos comuns: escolha outro nome.</translation>
    </message>
    <message>
        <source>{path} already exists; move it away or choose to overwrite it.</source>
        <translation>{path} já existe; mova-o ou escolha sobrescrevê-lo.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); choose a folder you can write to.</source>
        <translation>Não foi possível gravar {path} ({reason}); escolha uma pasta em que você possa gravar.</translation>
    </message>
</context>
<context>
    <name>core.proof</name>
    <message>
        <source>the operating system (truststore)</source>
        <translation>o sistema operacional (truststore)</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>nenhum handshake</translation>
    </message>
    <message>
        <source>TLS handshake to {address} verified by {method}</source>
        <translation>Handshake TLS com {address} verificado por {method}</translation>
    </message>
    <message>
        <source>the certificate was accepted</source>
        <translation>o certificado foi aceito</translation>
    </message>
</context>
<context>
    <name>core.publisher</name>
    <message>
        <source>This computer has no network address a phone could reach; connect it to your Wi-Fi or network, or pass --bind with an address.</source>
        <translation>Este computador não tem um endereço de rede que um celular alcance; conecte-o ao Wi-Fi ou à rede, ou informe um endereço com --bind.</translation>
    </message>
    <message>
        <source>Bonjour is off.</source>
        <translation>O Bonjour está desligado.</translation>
    </message>
    <message>
        <source>This CA may not sign {address}, so phones could not test trust against it; choose another address with --bind, or use a CA whose name constraints include it.</source>
        <translation>Esta CA não pode assinar {address}, então os celulares não conseguiriam testar a confiança; escolha outro endereço com --bind ou use uma CA cujas restrições de nome o incluam.</translation>
    </message>
    <message>
        <source>No name for the HTTPS test certificate; choose an address with --bind.</source>
        <translation>Não há nome para o certificado de teste HTTPS; escolha um endereço com --bind.</translation>
    </message>
    <message>
        <source>Bonjour is off (--no-mdns).</source>
        <translation>O Bonjour está desligado (--no-mdns).</translation>
    </message>
    <message>
        <source>Bonjour is off for a loopback address.</source>
        <translation>O Bonjour fica desligado para um endereço de loopback.</translation>
    </message>
</context>
<context>
    <name>core.reachability</name>
    <message>
        <source>If the phone is on the same Wi-Fi, Windows Defender Firewall is the usual cause: in Settings &gt; Network &amp; internet, make this network Private, and under Windows Security &gt; Firewall &amp; network protection &gt; Allow an app through firewall, allow TrustAnchor on Private networks.</source>
        <translation>Se o celular está na mesma Wi-Fi, a causa comum é o Firewall do Windows Defender: em Settings &gt; Network &amp; internet, torne esta rede Private e, em Windows Security &gt; Firewall &amp; network protection &gt; Allow an app through firewall, permita o TrustAnchor em redes Private.</translation>
    </message>
    <message>
        <source>If the phone is on the same Wi-Fi, check System Settings &gt; Network &gt; Firewall &gt; Options (allow TrustAnchor) and System Settings &gt; Privacy &amp; Security &gt; Local Network (TrustAnchor on).</source>
        <translation>Se o celular está na mesma Wi-Fi, verifique System Settings &gt; Network &gt; Firewall &gt; Options (permitir o TrustAnchor) e System Settings &gt; Privacy &amp; Security &gt; Local Network (TrustAnchor ativado).</translation>
    </message>
    <message>
        <source>If the phone is on the same Wi-Fi, a firewall on this computer may block it: allow the page&apos;s port (for example `sudo ufw allow {port}/tcp`, or `sudo firewall-cmd --add-port={port}/tcp`).</source>
        <translation>Se o celular está na mesma Wi-Fi, um firewall deste computador pode estar bloqueando: libere a porta da página (por exemplo `sudo ufw allow {port}/tcp` ou `sudo firewall-cmd --add-port={port}/tcp`).</translation>
    </message>
    <message>
        <source>No phone has opened the page yet. {steps} Also check that the phone is not on a guest network or using mobile data.</source>
        <translation>Nenhum celular abriu a página ainda. {steps} Verifique também se o celular não está numa rede de convidados ou usando dados móveis.</translation>
    </message>
</context>
<context>
    <name>core.reader</name>
    <message>
        <source>certificate file</source>
        <translation>arquivo de certificado</translation>
    </message>
    <message>
        <source>{label} is not a PEM or DER certificate</source>
        <translation>{label} não é um certificado PEM ou DER</translation>
    </message>
</context>
<context>
    <name>core.renewal</name>
    <message>
        <source>the record for {names} does not say where its files are; issue it again with `trustanchor issue`</source>
        <translation>o registro de {names} não diz onde estão os arquivos; emita-o de novo com `trustanchor issue`</translation>
    </message>
</context>
<context>
    <name>core.rules</name>
    <message>
        <source>An extension cannot be read ({detail}); iOS refuses malformed certificates.</source>
        <translation>Uma extensão não pode ser lida ({detail}); o iOS recusa certificados malformados.</translation>
    </message>
    <message>
        <source>The critical extension {oid} is unknown to verifiers, so they must refuse the certificate.</source>
        <translation>A extensão crítica {oid} é desconhecida dos verificadores, que devem recusar o certificado.</translation>
    </message>
    <message>
        <source>This certificate expired on {date} UTC, and iOS refuses expired certificates: make a new one.</source>
        <translation>Este certificado expirou em {date} UTC, e o iOS recusa certificados expirados: crie um novo.</translation>
    </message>
    <message>
        <source>This certificate is valid only from {date} UTC; iOS refuses it until then (check the maker&apos;s clock).</source>
        <translation>Este certificado só vale a partir de {date} UTC; até lá o iOS o recusa (verifique o relógio de quem o criou).</translation>
    </message>
    <message>
        <source>This certificate expires on {date}: renew it soon.</source>
        <translation>Este certificado expira em {date}: renove-o logo.</translation>
    </message>
    <message>
        <source>{who} has a {bits}-bit RSA key; iOS refuses RSA keys under 2048 bits: use RSA 2048+ or EC P-256.</source>
        <translation>{who} tem uma chave RSA de {bits} bits; o iOS recusa chaves RSA abaixo de 2048 bits: use RSA 2048+ ou EC P-256.</translation>
    </message>
    <message>
        <source>{who} has a {bits}-bit EC key; iOS requires P-256 or more.</source>
        <translation>{who} tem uma chave EC de {bits} bits; o iOS exige P-256 ou mais.</translation>
    </message>
    <message>
        <source>{who} uses the curve {curve}; Apple&apos;s TLS accepts only P-256, P-384 and P-521.</source>
        <translation>{who} usa a curva {curve}; o TLS da Apple só aceita P-256, P-384 e P-521.</translation>
    </message>
    <message>
        <source>{who} has a P-521 key: iOS accepts it, Chrome does not. P-256 or P-384 work everywhere.</source>
        <translation>{who} tem uma chave P-521: o iOS aceita, o Chrome não. P-256 ou P-384 funcionam em todo lugar.</translation>
    </message>
    <message>
        <source>{who} has {kind} key, but Apple&apos;s TLS accepts only RSA and EC keys: use EC P-256 or RSA 2048+.</source>
        <translation>{who} tem uma chave do tipo {kind}, mas o TLS da Apple só aceita chaves RSA e EC: use EC P-256 ou RSA 2048+.</translation>
    </message>
    <message>
        <source>This certificate is signed with SHA-1, which iOS refuses for TLS (except in a root&apos;s own signature): sign it with SHA-256.</source>
        <translation>Este certificado é assinado com SHA-1, que o iOS recusa para TLS (exceto na assinatura própria de uma raiz): assine com SHA-256.</translation>
    </message>
    <message>
        <source>This certificate is signed with MD5, which iOS refuses for TLS (except in a root&apos;s own signature): sign it with SHA-256.</source>
        <translation>Este certificado é assinado com MD5, que o iOS recusa para TLS (exceto na assinatura própria de uma raiz): assine com SHA-256.</translation>
    </message>
    <message>
        <source>This certificate is signed with {alg}; Apple&apos;s TLS takes RSA or ECDSA signatures with SHA-2: sign it with SHA-256.</source>
        <translation>Este certificado é assinado com {alg}; o TLS da Apple aceita assinaturas RSA ou ECDSA com SHA-2: assine com SHA-256.</translation>
    </message>
    <message>
        <source>This root CA also names servers ({names}); Firefox refuses a CA as a server certificate: issue a separate one.</source>
        <translation>Esta CA raiz também nomeia servidores ({names}); o Firefox recusa uma CA como certificado de servidor: emita um separado.</translation>
    </message>
    <message>
        <source>This certificate is not a CA (basicConstraints CA:TRUE), so iOS does not list it in Certificate Trust Settings: make a real root.</source>
        <translation>Este certificado não é uma CA (basicConstraints CA:TRUE), então o iOS não o lista em “Certificate Trust Settings”: crie uma raiz de verdade.</translation>
    </message>
    <message>
        <source>CA:TRUE is not marked critical; iOS lists only critical CA:TRUE roots in Certificate Trust Settings.</source>
        <translation>CA:TRUE não está marcado como crítico; o iOS só lista em “Certificate Trust Settings” raízes com CA:TRUE crítico.</translation>
    </message>
    <message>
        <source>This CA has no path length limit, so chains of any depth pass; a stolen key signs leaves for any name anyway: name constraints are what bound it.</source>
        <translation>Esta CA não tem limite de comprimento de caminho, então cadeias de qualquer profundidade passam; uma chave roubada assina para qualquer nome de qualquer forma: o que a limita são as restrições de nome.</translation>
    </message>
    <message>
        <source>This CA has no keyUsage: iOS accepts it, strict checkers refuse the chain.</source>
        <translation>Esta CA não tem keyUsage: o iOS aceita, verificadores rigorosos recusam a cadeia.</translation>
    </message>
    <message>
        <source>This CA&apos;s keyUsage lacks keyCertSign, so iOS refuses everything it signs.</source>
        <translation>O keyUsage desta CA não tem keyCertSign, então o iOS recusa tudo o que ela assina.</translation>
    </message>
    <message>
        <source>This CA has no subjectKeyIdentifier: iOS accepts it, strict checkers do not.</source>
        <translation>Esta CA não tem subjectKeyIdentifier: o iOS aceita, verificadores rigorosos não.</translation>
    </message>
    <message>
        <source>This root has no Common Name, and iOS does not list such a root in Certificate Trust Settings: give it a name such as &quot;Home CA&quot;.</source>
        <translation>Esta raiz não tem Common Name, e o iOS não lista uma raiz assim em “Certificate Trust Settings”: dê a ela um nome como &quot;Home CA&quot;.</translation>
    </message>
    <message>
        <source>This root&apos;s signature does not verify with its own key (damaged?), so iOS cannot use it as a root.</source>
        <translation>A assinatura desta raiz não confere com a própria chave (danificada?), então o iOS não pode usá-la como raiz.</translation>
    </message>
    <message>
        <source>This server certificate is also a CA (CA:TRUE); Firefox refuses it and a CA key must not sit on a server: use CA:FALSE.</source>
        <translation>Este certificado de servidor também é uma CA (CA:TRUE); o Firefox o recusa e uma chave de CA não deve ficar num servidor: use CA:FALSE.</translation>
    </message>
    <message>
        <source>This server certificate signs itself without being a CA, so iOS cannot trust it: issue it from a root CA on the iPhone.</source>
        <translation>Este certificado de servidor assina a si mesmo sem ser uma CA, então o iOS não pode confiar nele: emita-o a partir de uma CA raiz do iPhone.</translation>
    </message>
    <message>
        <source>iOS ignores the Common Name for host names: put {cn} in the subjectAltName (here it is only in the Common Name).</source>
        <translation>O iOS ignora o Common Name para nomes de host: coloque {cn} no subjectAltName (aqui ele só está no Common Name).</translation>
    </message>
    <message>
        <source>There is no subjectAltName with a DNS name or IP address, the only place iOS looks for host names: add the names.</source>
        <translation>Não há subjectAltName com nome DNS ou endereço IP, o único lugar onde o iOS procura nomes de host: adicione os nomes.</translation>
    </message>
    <message>
        <source>The Common Name {cn} is not in the subjectAltName, so iOS refuses connections to {cn}: add it there.</source>
        <translation>O Common Name {cn} não está no subjectAltName, então o iOS recusa conexões com {cn}: adicione-o lá.</translation>
    </message>
    <message>
        <source>{name} is written as a DNS name; iPhones and browsers match addresses only as IP:{name} entries.</source>
        <translation>{name} está escrito como nome DNS; iPhones e navegadores só reconhecem endereços como entradas IP:{name}.</translation>
    </message>
    <message>
        <source>Browsers accept a wildcard only as the whole left-most label (like *.lab.home.arpa), not {name}.</source>
        <translation>Navegadores só aceitam um curinga como o rótulo inteiro mais à esquerda (como *.lab.home.arpa), não {name}.</translation>
    </message>
    <message>
        <source>Browsers refuse {name}, a wildcard right under {parent}: use nas.{parent} or *.lab.{parent}.</source>
        <translation>Navegadores recusam {name}, um curinga logo abaixo de {parent}: use nas.{parent} ou *.lab.{parent}.</translation>
    </message>
    <message>
        <source>The subject is empty, so the subjectAltName must be critical for strict checkers.</source>
        <translation>O assunto está vazio, então o subjectAltName precisa ser crítico para verificadores rigorosos.</translation>
    </message>
    <message>
        <source>There is no extendedKeyUsage; iOS 13 and later require one with serverAuth: reissue it with serverAuth.</source>
        <translation>Não há extendedKeyUsage; o iOS 13 e posteriores exigem uma com serverAuth: emita de novo com serverAuth.</translation>
    </message>
    <message>
        <source>The extendedKeyUsage allows {uses} but not serverAuth, so iOS refuses it for HTTPS: reissue it with serverAuth.</source>
        <translation>A extendedKeyUsage permite {uses}, mas não serverAuth, então o iOS o recusa para HTTPS: emita de novo com serverAuth.</translation>
    </message>
    <message>
        <source>The keyUsage lacks digitalSignature, which TLS 1.3 and ECDHE need; clients that check it refuse the certificate.</source>
        <translation>O keyUsage não tem digitalSignature, que o TLS 1.3 e o ECDHE exigem; clientes que verificam isso recusam o certificado.</translation>
    </message>
    <message>
        <source>Valid for {days} days, but iOS refuses server certificates made after 1 July 2019 that last over 825 days, even under your own root (397 is safest).</source>
        <translation>Válido por {days} dias, mas o iOS recusa certificados de servidor criados após 1º de julho de 2019 que durem mais de 825 dias, mesmo sob a sua própria raiz (397 é o mais seguro).</translation>
    </message>
    <message>
        <source>Valid for {days} days: fine under your own root, though public ones stop at 398 (397 is safest).</source>
        <translation>Válido por {days} dias: tudo bem sob a sua própria raiz, mas os públicos param em 398 (397 é o mais seguro).</translation>
    </message>
    <message>
        <source>There is no authorityKeyIdentifier: iOS accepts that, strict checkers do not.</source>
        <translation>Não há authorityKeyIdentifier: o iOS aceita, verificadores rigorosos não.</translation>
    </message>
    <message>
        <source>This certificate was issued by {issuer}, not by the CA given ({subject}).</source>
        <translation>Este certificado foi emitido por {issuer}, não pela CA informada ({subject}).</translation>
    </message>
    <message>
        <source>This certificate names another CA key than the CA given: it comes from a different CA of that name.</source>
        <translation>Este certificado aponta outra chave de CA que não a da CA informada: ele vem de outra CA com esse nome.</translation>
    </message>
    <message>
        <source>The given CA&apos;s key did not sign this certificate (was the CA made again?): use the CA that did, or reissue it.</source>
        <translation>A chave da CA informada não assinou este certificado (a CA foi recriada?): use a CA que assinou ou emita de novo.</translation>
    </message>
    <message>
        <source>This certificate outlives its CA, which expires on {date}; from then on iOS refuses it.</source>
        <translation>Este certificado dura mais que sua CA, que expira em {date}; a partir daí o iOS o recusa.</translation>
    </message>
    <message>
        <source>The CA may only vouch for {allowed}, but this certificate names {names}: iOS refuses it.</source>
        <translation>A CA só pode garantir {allowed}, mas este certificado nomeia {names}: o iOS o recusa.</translation>
    </message>
    <message>
        <source>The given CA is not marked CA:TRUE, so nothing it signs is trusted.</source>
        <translation>A CA informada não está marcada como CA:TRUE, então nada que ela assina é confiável.</translation>
    </message>
    <message>
        <source>The issuing CA expired on {date}, so iOS refuses everything it issued: make a new CA.</source>
        <translation>A CA emissora expirou em {date}, então o iOS recusa tudo o que ela emitiu: crie uma nova CA.</translation>
    </message>
    <message>
        <source>This certificate</source>
        <translation>Este certificado</translation>
    </message>
    <message>
        <source>an unknown kind of</source>
        <translation>desconhecido</translation>
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
        <translation>A CA emissora</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>outros nomes</translation>
    </message>
</context>
<context>
    <name>core.runner</name>
    <message>
        <source>{tool} did not finish within {seconds:.0f} seconds; nothing more was changed.</source>
        <translation>{tool} não terminou em {seconds:.0f} segundos; nada mais foi alterado.</translation>
    </message>
    <message>
        <source>Cannot run {program}: {reason}.</source>
        <translation>Não é possível executar {program}: {reason}.</translation>
    </message>
    <message>
        <source>{tool} is not installed: install {package}.</source>
        <translation>{tool} não está instalado: instale {package}.</translation>
    </message>
    <message>
        <source>{tool} is not installed.</source>
        <translation>{tool} não está instalado.</translation>
    </message>
    <message>
        <source>The administrator password was not given, so the system store was left as it was.</source>
        <translation>A senha de administrador não foi informada, então o repositório do sistema ficou como estava.</translation>
    </message>
</context>
<context>
    <name>core.servercheck</name>
    <message>
        <source>{url!r} is not a valid https:// URL.</source>
        <translation>{url!r} não é uma URL https:// válida.</translation>
    </message>
    <message>
        <source>{url!r} is not an https:// URL with a host name, such as https://nas.local:8443.</source>
        <translation>{url!r} não é uma URL https:// com nome de host, como https://nas.local:8443.</translation>
    </message>
    <message>
        <source>{host} could not be found: check the name, or use the server&apos;s IP address.</source>
        <translation>{host} não foi encontrado: verifique o nome ou use o endereço IP do servidor.</translation>
    </message>
    <message>
        <source>{where} did not answer within {timeout:g} seconds (a firewall, or the server is off).</source>
        <translation>{where} não respondeu em {timeout:g} segundos (um firewall, ou o servidor está desligado).</translation>
    </message>
    <message>
        <source>Nothing is listening at {where} (connection refused).</source>
        <translation>Nada está escutando em {where} (conexão recusada).</translation>
    </message>
    <message>
        <source>{where} cannot be reached: {reason}.</source>
        <translation>{where} não pode ser alcançado: {reason}.</translation>
    </message>
    <message>
        <source>{where} offers only TLS older than 1.2, which an iPhone refuses; turn on TLS 1.2 or 1.3 on the server.</source>
        <translation>{where} só oferece TLS anterior ao 1.2, que um iPhone recusa; ative TLS 1.2 ou 1.3 no servidor.</translation>
    </message>
    <message>
        <source>{where} answered, but no TLS handshake completed ({reason}); is it an HTTPS port?</source>
        <translation>{where} respondeu, mas nenhum handshake TLS foi concluído ({reason}); é uma porta HTTPS?</translation>
    </message>
    <message>
        <source>The chain leads to your CA &quot;{ca}&quot;.</source>
        <translation>A cadeia leva à sua CA &quot;{ca}&quot;.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>The certificate names your CA as its issuer but your CA&apos;s key did not sign it: it comes from another CA with the same name.</source>
        <translation>O certificado indica sua CA como emissora, mas a chave da sua CA não o assinou: ele vem de outra CA com o mesmo nome.</translation>
    </message>
    <message>
        <source>The server does not send the certificate of its issuer {issuer}: add that intermediate to the server&apos;s certificate file (fullchain).</source>
        <translation>O servidor não envia o certificado do emissor {issuer}: adicione esse intermediário ao arquivo de certificado do servidor (fullchain).</translation>
    </message>
    <message>
        <source>The chain does not lead to a CA you gave: it is self-signed.</source>
        <translation>A cadeia não leva a uma CA que você informou: ela é autoassinada.</translation>
    </message>
    <message>
        <source>The chain does not lead to your CA &quot;{ca}&quot;: it is self-signed.</source>
        <translation>A cadeia não leva à sua CA &quot;{ca}&quot;: ela é autoassinada.</translation>
    </message>
    <message>
        <source>The chain does not lead to a CA you gave: it is issued by {issuer}.</source>
        <translation>A cadeia não leva a uma CA que você informou: ela foi emitida por {issuer}.</translation>
    </message>
    <message>
        <source>The chain does not lead to your CA &quot;{ca}&quot;: it is issued by {issuer}.</source>
        <translation>A cadeia não leva à sua CA &quot;{ca}&quot;: ela foi emitida por {issuer}.</translation>
    </message>
    <message>
        <source>{host} is not a name a certificate can hold.</source>
        <translation>{host} não é um nome que um certificado possa conter.</translation>
    </message>
    <message>
        <source>no names at all</source>
        <translation>nenhum nome</translation>
    </message>
    <message>
        <source>{name} is one of the certificate&apos;s names.</source>
        <translation>{name} é um dos nomes do certificado.</translation>
    </message>
    <message>
        <source>The certificate is not for {name}: it names {listed}.</source>
        <translation>O certificado não é para {name}: ele nomeia {listed}.</translation>
    </message>
    <message>
        <source>The certificate passes Apple&apos;s rules for server certificates.</source>
        <translation>O certificado atende às regras da Apple para certificados de servidor.</translation>
    </message>
    <message>
        <source>The certificate expired on {day}; issue a new one.</source>
        <translation>O certificado expirou em {day}; emita um novo.</translation>
    </message>
    <message>
        <source>The certificate is not valid before {day}; check the clocks.</source>
        <translation>O certificado não vale antes de {day}; verifique os relógios.</translation>
    </message>
    <message>
        <source>The certificate expires on {day} (in {days} days).</source>
        <translation>O certificado expira em {day} (em {days} dias).</translation>
    </message>
    <message>
        <source>The server speaks {version}.</source>
        <translation>O servidor usa {version}.</translation>
    </message>
    <message>
        <source>The server chose {version}; an iPhone needs TLS 1.2 or newer.</source>
        <translation>O servidor escolheu {version}; um iPhone precisa de TLS 1.2 ou mais recente.</translation>
    </message>
    <message>
        <source>an old TLS</source>
        <translation>uma versão antiga de TLS</translation>
    </message>
    <message>
        <source>This phone completed a trusted HTTPS connection to the server.</source>
        <translation>Este celular concluiu uma conexão HTTPS confiável com o servidor.</translation>
    </message>
    <message>
        <source>The computer has not finished checking this server; try again.</source>
        <translation>O computador ainda não terminou de verificar este servidor; tente de novo.</translation>
    </message>
    <message>
        <source>Neither this phone nor the computer reached it: {error}</source>
        <translation>Nem este celular nem o computador o alcançaram: {error}</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is good, but this phone does not trust your CA yet.</source>
        <translation>O certificado do servidor está bom, mas este celular ainda não confia na sua CA.</translation>
    </message>
    <message>
        <source>The computer reached the server and its certificate is good, but this phone did not reach it: is the phone on the same network?</source>
        <translation>O computador alcançou o servidor e o certificado está bom, mas este celular não o alcançou: o celular está na mesma rede?</translation>
    </message>
</context>
<context>
    <name>core.serverconfig</name>
    <message>
        <source>Put this in a file under /etc/nginx/conf.d/ (or your site&apos;s file), then run: nginx -t &amp;&amp; nginx -s reload</source>
        <translation>Coloque isto em um arquivo em /etc/nginx/conf.d/ (ou no arquivo do seu site) e depois execute: nginx -t &amp;&amp; nginx -s reload</translation>
    </message>
    <message>
        <source>Add this to your Caddyfile, then run: caddy reload</source>
        <translation>Adicione isto ao seu Caddyfile e depois execute: caddy reload</translation>
    </message>
    <message>
        <source>Enable TLS once with: a2enmod ssl. Put this in /etc/apache2/sites-available/, a2ensite it, then run: apachectl configtest &amp;&amp; apachectl graceful (leave out the Listen line if ports.conf already has it)</source>
        <translation>Ative o TLS uma vez com: a2enmod ssl. Coloque isto em /etc/apache2/sites-available/, ative-o com a2ensite e depois execute: apachectl configtest &amp;&amp; apachectl graceful (omita a linha Listen se o ports.conf já a tiver)</translation>
    </message>
    <message>
        <source>Save as server.js and run: node server.js (with Express, pass your app in place of the handler)</source>
        <translation>Salve como server.js e execute: node server.js (com Express, passe seu app no lugar do handler)</translation>
    </message>
    <message>
        <source>Save as serve.py and run: python3 serve.py (it serves the current folder; for uvicorn use --ssl-certfile and --ssl-keyfile with the same two files)</source>
        <translation>Salve como serve.py e execute: python3 serve.py (ele serve a pasta atual; no uvicorn use --ssl-certfile e --ssl-keyfile com os mesmos dois arquivos)</translation>
    </message>
    <message>
        <source>Copy {fullchain} and {key} into Home Assistant&apos;s ssl folder (Samba or File editor add-on), add this to configuration.yaml, then restart Home Assistant; it then answers on https:// at port 8123</source>
        <translation>Copie {fullchain} e {key} para a pasta ssl do Home Assistant (complemento Samba ou File editor), adicione isto ao configuration.yaml e reinicie o Home Assistant; ele passa a responder em https:// na porta 8123</translation>
    </message>
</context>
<context>
    <name>core.service</name>
    <message>
        <source>No {store} trust store was found on this computer; nothing was changed.</source>
        <translation>Nenhum repositório de confiança {store} foi encontrado neste computador; nada foi alterado.</translation>
    </message>
    <message>
        <source>The CA {fingerprint} is already in {names}; nothing was changed.</source>
        <translation>A CA {fingerprint} já está em {names}; nada foi alterado.</translation>
    </message>
    <message>
        <source>None of {names} holds a CA TrustAnchor added; nothing was removed.</source>
        <translation>Nenhum de {names} contém uma CA adicionada pelo TrustAnchor; nada foi removido.</translation>
    </message>
    <message>
        <source>OpenSSL with {bundle}</source>
        <translation>OpenSSL com {bundle}</translation>
    </message>
    <message>
        <source>cannot read the bundle ({reason})</source>
        <translation>não é possível ler o pacote ({reason})</translation>
    </message>
</context>
<context>
    <name>core.status</name>
    <message>
        <source>the directory URL {url!r} in acme.json is not an https:// URL</source>
        <translation>a URL do diretório {url!r} em acme.json não é uma URL https://</translation>
    </message>
    <message>
        <source>cannot read the root certificate {path}: {reason}</source>
        <translation>não é possível ler o certificado raiz {path}: {reason}</translation>
    </message>
    <message>
        <source>{url} does not answer ({reason})</source>
        <translation>{url} não responde ({reason})</translation>
    </message>
    <message>
        <source>{url} does not answer like an ACME server ({reason})</source>
        <translation>{url} não responde como um servidor ACME ({reason})</translation>
    </message>
    <message>
        <source>{url} answered, but not with an ACME directory</source>
        <translation>{url} respondeu, mas não com um diretório ACME</translation>
    </message>
    <message>
        <source>Caddy data file</source>
        <translation>arquivo de dados do Caddy</translation>
    </message>
    <message>
        <source>{path} is missing; run `trustanchor acme setup` again</source>
        <translation>{path} está faltando; execute `trustanchor acme setup` de novo</translation>
    </message>
    <message>
        <source>cannot read the certificate {path}: {exc}</source>
        <translation>não é possível ler o certificado {path}: {exc}</translation>
    </message>
</context>
<context>
    <name>core.vetting</name>
    <message>
        <source>{name} has a serial number below 1, which RFC 5280 (4.1.2.2) forbids and newer software rejects: create a new CA instead.</source>
        <translation>{name} tem número de série menor que 1, o que a RFC 5280 (4.1.2.2) proíbe e softwares recentes recusam: crie uma nova CA.</translation>
    </message>
    <message>
        <source>{name} is an intermediate CA, not a root: choose the root CA (the self-signed one).</source>
        <translation>{name} é uma CA intermediária, não uma raiz: escolha a CA raiz (a autoassinada).</translation>
    </message>
    <message>
        <source>The CA in {name} expired on {day:%Y-%m-%d}: create a new CA instead.</source>
        <translation>A CA em {name} expirou em {day:%Y-%m-%d}: crie uma nova CA.</translation>
    </message>
    <message>
        <source>The CA in {name} only becomes valid on {day:%Y-%m-%d %H:%M} UTC, and nothing it signs would be trusted before then: check this computer&apos;s date, or import it from that day on.</source>
        <translation>A CA em {name} só passa a valer em {day:%Y-%m-%d %H:%M} UTC, e nada que ela assine seria confiável antes disso: verifique a data deste computador ou importe-a a partir desse dia.</translation>
    </message>
    <message>
        <source>The CA&apos;s {what} contains a control character ({code}); TrustAnchor will not import it: such characters can rewrite what a terminal or a phone shows.</source>
        <translation>O campo “{what}” da CA contém um caractere de controle ({code}); o TrustAnchor não vai importá-la: esses caracteres podem alterar o que um terminal ou celular mostra.</translation>
    </message>
    <message>
        <source>The self-signature of {name} uses an algorithm TrustAnchor cannot check: export the CA certificate again, or create a new CA.</source>
        <translation>A autoassinatura de {name} usa um algoritmo que o TrustAnchor não consegue verificar: exporte o certificado da CA de novo ou crie uma nova CA.</translation>
    </message>
    <message>
        <source>The self-signature of {name} does not verify (the file is damaged or altered): export the CA certificate again.</source>
        <translation>A autoassinatura de {name} não confere (o arquivo está danificado ou alterado): exporte o certificado da CA de novo.</translation>
    </message>
</context>
<context>
    <name>core.windows</name>
    <message>
        <source>in {location}</source>
        <translation>em {location}</translation>
    </message>
    <message>
        <source>Adding to this computer&apos;s trusted roots needs an elevated prompt: run the command from a terminal opened with &quot;Run as administrator&quot;.</source>
        <translation>Adicionar às raízes confiáveis deste computador exige permissão elevada: execute o comando em um terminal aberto com &quot;Executar como administrador&quot;.</translation>
    </message>
    <message>
        <source>You declined Windows&apos; confirmation, so nothing was changed.</source>
        <translation>Você recusou a confirmação do Windows, então nada foi alterado.</translation>
    </message>
    <message>
        <source>Windows denied the change (it needs an elevated prompt); nothing was changed.</source>
        <translation>O Windows negou a alteração (ela exige permissão elevada); nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>core.wizard</name>
    <message>
        <source>Type a passphrase twice, or untick “Protect the CA key with a passphrase”.</source>
        <translation>Digite uma frase secreta duas vezes ou desmarque “Protect the CA key with a passphrase”.</translation>
    </message>
    <message>
        <source>Type a passphrase, or untick “Protect the CA key with a passphrase”.</source>
        <translation>Digite uma frase secreta ou desmarque “Protect the CA key with a passphrase”.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least {count} characters.</source>
        <translation>Use uma frase secreta com pelo menos {count} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>As duas frases secretas são diferentes; digite a mesma duas vezes.</translation>
    </message>
    <message>
        <source>There is no CA yet; choose “Create a new CA” or import one.</source>
        <translation>Ainda não há uma CA; escolha “Create a new CA” ou importe uma.</translation>
    </message>
    <message>
        <source>Type your CA&apos;s passphrase.</source>
        <translation>Digite a frase secreta da sua CA.</translation>
    </message>
    <message>
        <source>You already have a CA: use it, or tick “Replace my current CA” (it is kept in the archive folder).</source>
        <translation>Você já tem uma CA: use-a ou marque “Replace my current CA” (ela fica guardada na pasta de arquivo).</translation>
    </message>
    <message>
        <source>Choose the CA file or mkcert folder to import.</source>
        <translation>Escolha o arquivo da CA ou a pasta do mkcert para importar.</translation>
    </message>
    <message>
        <source>Choose a file TrustAnchor can read as a CA (see the message above).</source>
        <translation>Escolha um arquivo que o TrustAnchor consiga ler como CA (veja a mensagem acima).</translation>
    </message>
    <message>
        <source>Give your CA a name; your phone shows it in Settings.</source>
        <translation>Dê um nome à sua CA; o celular o mostra nos Ajustes.</translation>
    </message>
    <message>
        <source>Shorten the CA name to {limit} characters or fewer.</source>
        <translation>Encurte o nome da CA para no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>Choose one of the offered key types.</source>
        <translation>Escolha um dos tipos de chave oferecidos.</translation>
    </message>
    <message>
        <source>List at least one name or address range, or untick the limit.</source>
        <translation>Informe pelo menos um nome ou intervalo de endereços, ou desmarque o limite.</translation>
    </message>
    <message>
        <source>Choose a lifetime between 1 and {limit} days; iPhones reject longer ones.</source>
        <translation>Escolha uma validade entre 1 e {limit} dias; iPhones recusam validades maiores.</translation>
    </message>
    <message>
        <source>Choose the folder to save the certificate in.</source>
        <translation>Escolha a pasta onde salvar o certificado.</translation>
    </message>
</context>
<context>
    <name>done</name>
    <message>
        <source>Your phone can now trust your own HTTPS services.</source>
        <translation>Seu celular agora pode confiar nos seus próprios serviços HTTPS.</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>Sua CA</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation>Seu certificado</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Aparelhos</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicação</translation>
    </message>
    <message>
        <source>&amp;Stop publishing</source>
        <translation>&amp;Parar de publicar</translation>
    </message>
    <message>
        <source>Stop publishing the CA on the network</source>
        <translation>Parar de publicar a CA na rede</translation>
    </message>
    <message>
        <source>&amp;Publish again</source>
        <translation>Publicar &amp;de novo</translation>
    </message>
    <message>
        <source>Publish the CA on the network again, for more devices</source>
        <translation>Publicar a CA na rede de novo, para mais aparelhos</translation>
    </message>
    <message>
        <source>&amp;Issue another certificate</source>
        <translation>&amp;Emitir outro certificado</translation>
    </message>
    <message>
        <source>Issue another certificate from this CA</source>
        <translation>Emitir outro certificado com esta CA</translation>
    </message>
    <message>
        <source>Keep the CA folder safe and backed up: it holds the key that your devices trust. To add another phone later, run TrustAnchor again and choose “{choice}”.</source>
        <translation>Guarde a pasta da CA em local seguro e com backup: ela contém a chave em que seus aparelhos confiam. Para adicionar outro celular depois, abra o TrustAnchor de novo e escolha “{choice}”.</translation>
    </message>
    <message>
        <source>Your CA “{name}” (fingerprint {fingerprint}) is kept in {folder}, valid until {date}.</source>
        <translation>Sua CA “{name}” (impressão digital {fingerprint}) fica em {folder}, válida até {date}.</translation>
    </message>
    <message>
        <source>The certificate for {names} is in {folder}. It is valid until {date}: make a new one before {renew_date}.</source>
        <translation>O certificado para {names} está em {folder}. É válido até {date}: crie um novo antes de {renew_date}.</translation>
    </message>
    <message>
        <source>Trusted on: {devices}</source>
        <translation>Confiável em: {devices}</translation>
    </message>
    <message>
        <source>No device has passed the test yet.</source>
        <translation>Nenhum aparelho passou no teste ainda.</translation>
    </message>
    <message>
        <source>Still publishing at {url} for more devices; it stops when you close TrustAnchor.</source>
        <translation>Ainda publicando em {url} para mais aparelhos; para quando você fechar o TrustAnchor.</translation>
    </message>
    <message>
        <source>Publishing has stopped.</source>
        <translation>A publicação parou.</translation>
    </message>
    <message>
        <source>Your CA is ready, but no device has passed the test yet: go Back to “{step}” to run it, or add a device later.</source>
        <translation>Sua CA está pronta, mas nenhum aparelho passou no teste: volte para “{step}” para fazê-lo, ou adicione um aparelho depois.</translation>
    </message>
</context>
<context>
    <name>extra_buttons</name>
    <message>
        <source>Also trust it on this computer…</source>
        <translation>Confiar também neste computador…</translation>
    </message>
    <message>
        <source>Renew automatically…</source>
        <translation>Renovar automaticamente…</translation>
    </message>
    <message>
        <source>Shows this computer&apos;s trust stores; nothing changes until you click Install</source>
        <translation>Mostra os repositórios de certificados deste computador; nada muda até você clicar em Instalar</translation>
    </message>
    <message>
        <source>Sets up Caddy&apos;s ACME server so your servers renew their certificates by themselves</source>
        <translation>Configura o servidor ACME do Caddy para que seus servidores renovem os certificados sozinhos</translation>
    </message>
</context>
<context>
    <name>full_trust</name>
    <message>
        <source>Since iOS 10.3 an installed CA is not used for HTTPS until you switch it on in Certificate Trust Settings.</source>
        <translation>Desde o iOS 10.3, uma CA instalada só é usada para HTTPS depois que você a ativa em Certificate Trust Settings.</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; About &gt; Certificate Trust Settings. If the switch is missing on iOS 18.0, update the phone first (Settings &gt; General &gt; Software Update).</source>
        <translation>Settings &gt; General &gt; About &gt; Certificate Trust Settings. Se o botão não aparecer no iOS 18.0, atualize o celular primeiro (Settings &gt; General &gt; Software Update).</translation>
    </message>
</context>
<context>
    <name>install_profile</name>
    <message>
        <source>Device</source>
        <translation>Aparelho</translation>
    </message>
    <message>
        <source>Showing the steps for {device}, which opened the page. Choose another device below if needed.</source>
        <translation>Passos para {device}, que abriu a página. Escolha outro aparelho abaixo, se precisar.</translation>
    </message>
    <message>
        <source>No device has opened the page yet: showing the iPhone steps. Choose your device below if it is another one.</source>
        <translation>Nenhum aparelho abriu a página ainda: mostrando os passos do iPhone. Escolha seu aparelho abaixo se for outro.</translation>
    </message>
    <message>
        <source>On your phone: download the profile from the page, then install it in Settings.</source>
        <translation>No celular: baixe o perfil pela página e depois instale-o em Settings.</translation>
    </message>
    <message>
        <source>A downloaded profile waits about 8 minutes for you to install it; if it is gone, download it again from the page.</source>
        <translation>Um perfil baixado espera cerca de 8 minutos pela instalação; se tiver sumido, baixe de novo pela página.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Automatic (system language)</source>
        <translation>&amp;Automático (idioma do sistema)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>Open &amp;log file</source>
        <translation>Abrir arquivo de &amp;log</translation>
    </message>
    <message>
        <source>Open the &amp;CA folder</source>
        <translation>Abrir a pasta da &amp;CA</translation>
    </message>
    <message>
        <source>&amp;About TrustAnchor</source>
        <translation>&amp;Sobre o TrustAnchor</translation>
    </message>
    <message>
        <source>Next step (or the page&apos;s action: Create CA, Make certificate…)</source>
        <translation>Próxima etapa (ou a ação da página: criar a CA, gerar o certificado…)</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Etapa anterior</translation>
    </message>
    <message>
        <source>Press the highlighted button (Next when it is enabled)</source>
        <translation>Pressionar o botão destacado (Avançar, quando ativo)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Mover entre os campos</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Jump to a field</source>
        <translation>Ir para um campo</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + a letra sublinhada</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Makes your own HTTPS services trusted on your iPhone and your other devices.</source>
        <translation>Faz seus próprios serviços HTTPS serem confiáveis no seu iPhone e nos seus outros dispositivos.</translation>
    </message>
    <message>
        <source>About TrustAnchor</source>
        <translation>Sobre o TrustAnchor</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The computer refused: {reason} ({file}). Check the folder and try again.</source>
        <translation>O computador recusou: {reason} ({file}). Verifique a pasta e tente novamente.</translation>
    </message>
    <message>
        <source>The computer refused: {reason}. Check the folder and try again.</source>
        <translation>O computador recusou: {reason}. Verifique a pasta e tente novamente.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was lost. The details are in the log (Help &gt; Open log file).</source>
        <translation>Algo inesperado deu errado; nada foi perdido. Os detalhes estão no log (Ajuda &gt; Abrir arquivo de log).</translation>
    </message>
</context>
<context>
    <name>phonesteps</name>
    <message>
        <source>Open the page in Safari and tap “Download profile”, then Allow.</source>
        <translation>Abra a página no Safari e toque em “Baixar perfil” e depois em Allow.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; VPN &amp; Device Management, tap “{profile}” and Install; type your passcode when asked.</source>
        <translation>Abra Settings &gt; General &gt; VPN &amp; Device Management, toque em “{profile}” e em Install; digite seu código quando solicitado.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; About &gt; Certificate Trust Settings.</source>
        <translation>Abra Settings &gt; General &gt; About &gt; Certificate Trust Settings.</translation>
    </message>
    <message>
        <source>Switch on “{ca}” and confirm with Continue.</source>
        <translation>Ative “{ca}” e confirme com Continue.</translation>
    </message>
    <message>
        <source>Open the page in Chrome and download the certificate.</source>
        <translation>Abra a página no Chrome e baixe o certificado.</translation>
    </message>
    <message>
        <source>Search Settings for “CA certificate” (Android 14 and later: Settings &gt; Security &amp; privacy &gt; More security &amp; privacy &gt; Encryption &amp; credentials &gt; Install a certificate &gt; CA certificate).</source>
        <translation>Procure “CA certificate” em Settings (Android 14 e posterior: Settings &gt; Security &amp; privacy &gt; More security &amp; privacy &gt; Encryption &amp; credentials &gt; Install a certificate &gt; CA certificate).</translation>
    </message>
    <message>
        <source>Tap Install anyway, confirm with your screen lock, then pick the file.</source>
        <translation>Toque em Install anyway, confirme com o bloqueio de tela e escolha o arquivo.</translation>
    </message>
    <message>
        <source>Open the page&apos;s link in Safari on the Mac and download the profile.</source>
        <translation>Abra o link da página no Safari do Mac e baixe o perfil.</translation>
    </message>
    <message>
        <source>Open System Settings &gt; Privacy &amp; Security &gt; Profiles (on older macOS: System Preferences &gt; Profiles), double-click “{profile}” and choose Install.</source>
        <translation>Abra System Settings &gt; Privacy &amp; Security &gt; Profiles (em macOS mais antigos: System Preferences &gt; Profiles), clique duas vezes em “{profile}” e escolha Install.</translation>
    </message>
    <message>
        <source>Type your Mac&apos;s password when asked.</source>
        <translation>Digite a senha do Mac quando solicitado.</translation>
    </message>
    <message>
        <source>If Safari still warns: open Keychain Access, find “{ca}” under System, double-click it, open Trust and set “When using this certificate” to Always Trust.</source>
        <translation>Se o Safari ainda avisar: abra o Acesso às Chaves, encontre “{ca}” em System, clique duas vezes, abra Trust e defina “When using this certificate” como Always Trust.</translation>
    </message>
    <message>
        <source>Or in Terminal: {mac_command}</source>
        <translation>Ou no Terminal: {mac_command}</translation>
    </message>
    <message>
        <source>Download the certificate (ca.crt) from the page and open it.</source>
        <translation>Baixe o certificado (ca.crt) da página e abra-o.</translation>
    </message>
    <message>
        <source>Choose Install Certificate…, then Local Machine, then “Place all certificates in the following store”: Trusted Root Certification Authorities.</source>
        <translation>Escolha Install Certificate…, depois Local Machine e então “Place all certificates in the following store”: Trusted Root Certification Authorities.</translation>
    </message>
    <message>
        <source>Or in an administrator terminal: {windows_command}</source>
        <translation>Ou em um terminal de administrador: {windows_command}</translation>
    </message>
    <message>
        <source>Windows trusts the CA as soon as it is in Trusted Root Certification Authorities. Firefox keeps its own list: Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</source>
        <translation>O Windows confia na CA assim que ela está em Trusted Root Certification Authorities. O Firefox tem sua própria lista: Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</translation>
    </message>
    <message>
        <source>Download the certificate (ca.crt) from the page.</source>
        <translation>Baixe o certificado (ca.crt) da página.</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: {debian_command}</source>
        <translation>Debian ou Ubuntu: {debian_command}</translation>
    </message>
    <message>
        <source>Fedora: {fedora_command}. Arch: {arch_command}</source>
        <translation>Fedora: {fedora_command}. Arch: {arch_command}</translation>
    </message>
    <message>
        <source>Firefox and Chrome keep their own list: in Firefox, Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</source>
        <translation>O Firefox e o Chrome têm sua própria lista: no Firefox, Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</translation>
    </message>
    <message>
        <source>Picture of the phone screen</source>
        <translation>Imagem da tela do celular</translation>
    </message>
    <message>
        <source>Your device</source>
        <translation>Seu dispositivo</translation>
    </message>
    <message>
        <source>Your &amp;device:</source>
        <translation>Seu &amp;dispositivo:</translation>
    </message>
    <message>
        <source>iOS version</source>
        <translation>Versão do iOS</translation>
    </message>
    <message>
        <source>&amp;iOS version:</source>
        <translation>Versão do &amp;iOS:</translation>
    </message>
    <message>
        <source>Picture number</source>
        <translation>Número da imagem</translation>
    </message>
    <message>
        <source>◀ &amp;Previous picture</source>
        <translation>◀ Imagem &amp;anterior</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>Imagem anterior</translation>
    </message>
    <message>
        <source>Next &amp;picture ▶</source>
        <translation>&amp;Próxima imagem ▶</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>Próxima imagem</translation>
    </message>
    <message>
        <source>iOS {version} (your phone)</source>
        <translation>iOS {version} (seu celular)</translation>
    </message>
    <message>
        <source>{version} (newest)</source>
        <translation>{version} (mais recente)</translation>
    </message>
    <message>
        <source>Phone screen: {title}. {caption}</source>
        <translation>Tela do celular: {title}. {caption}</translation>
    </message>
    <message>
        <source>Picture {number} of {count}</source>
        <translation>Imagem {number} de {count}</translation>
    </message>
    <message>
        <source>Steps on this device</source>
        <translation>Etapas neste dispositivo</translation>
    </message>
    <message>
        <source>Nothing to do on this device.</source>
        <translation>Nada a fazer neste dispositivo.</translation>
    </message>
</context>
<context>
    <name>picturelanguage</name>
    <message>
        <source>English</source>
        <translation>inglês</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemão</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espanhol</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonês</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>chinês simplificado</translation>
    </message>
    <message>
        <source>Brazilian Portuguese</source>
        <translation>português do Brasil</translation>
    </message>
    <message>
        <source>Language of the pictures</source>
        <translation>Idioma das imagens</translation>
    </message>
    <message>
        <source>Follow the phone</source>
        <translation>Igual ao celular</translation>
    </message>
    <message>
        <source>Picture &amp;language:</source>
        <translation>&amp;Idioma das imagens:</translation>
    </message>
    <message>
        <source>Pictures in {language}, as you chose</source>
        <translation>Imagens em {language}, como você escolheu</translation>
    </message>
    <message>
        <source>Pictures in {language}, as the phone showed the page</source>
        <translation>Imagens em {language}, como o celular mostrou a página</translation>
    </message>
    <message>
        <source>Pictures in {language} until a phone opens the page</source>
        <translation>Imagens em {language} até um celular abrir a página</translation>
    </message>
</context>
<context>
    <name>publish</name>
    <message>
        <source>opened the page</source>
        <translation>abriu a página</translation>
    </message>
    <message>
        <source>downloaded the profile; next, install it in Settings</source>
        <translation>baixou o perfil; agora instale-o em Settings</translation>
    </message>
    <message>
        <source>downloaded the certificate; next, install it</source>
        <translation>baixou o certificado; agora instale-o</translation>
    </message>
    <message>
        <source>trusts your CA (passed the test)</source>
        <translation>confia na sua CA (passou no teste)</translation>
    </message>
    <message>
        <source>does not trust your CA yet (the last test failed)</source>
        <translation>ainda não confia na sua CA (o último teste falhou)</translation>
    </message>
    <message>
        <source>reached the page but not the HTTPS test port: this computer&apos;s firewall blocks it (see Verify)</source>
        <translation>chegou à página, mas não à porta de teste HTTPS: o firewall deste computador a bloqueia (veja Verificar)</translation>
    </message>
    <message>
        <source>tested one of your servers: trusted</source>
        <translation>testou um dos seus servidores: confiável</translation>
    </message>
    <message>
        <source>tested one of your servers: not trusted (see Verify)</source>
        <translation>testou um dos seus servidores: não confiável (veja Verificar)</translation>
    </message>
    <message>
        <source>tested one of your servers: could not reach it (see Verify)</source>
        <translation>testou um dos seus servidores: não conseguiu acessar (veja Verificar)</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>visto</translation>
    </message>
    <message>
        <source>{device} at {address}: {state}</source>
        <translation>{device} em {address}: {state}</translation>
    </message>
    <message>
        <source>Scan the code with your iPhone&apos;s camera (the phone must be on the same network as this computer).</source>
        <translation>Escaneie o código com a câmera do iPhone (o celular precisa estar na mesma rede que este computador).</translation>
    </message>
    <message>
        <source>No address a phone can reach</source>
        <translation>Nenhum endereço que um celular alcance</translation>
    </message>
    <message>
        <source>Open the link in Safari: other browsers only save the profile instead of offering to install it.</source>
        <translation>Abra o link no Safari: outros navegadores só salvam o perfil em vez de oferecer a instalação.</translation>
    </message>
    <message>
        <source>Or type this address in Safari:</source>
        <translation>Ou digite este endereço no Safari:</translation>
    </message>
    <message>
        <source>Address of the phone page</source>
        <translation>Endereço da página do celular</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copiar o endereço</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;address:</source>
        <translation>&amp;Endereço deste computador:</translation>
    </message>
    <message>
        <source>Address the phone uses to reach this computer</source>
        <translation>Endereço que o celular usa para acessar este computador</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Devices seen:</source>
        <translation>Aparelhos vistos:</translation>
    </message>
    <message>
        <source>Devices that opened the page</source>
        <translation>Aparelhos que abriram a página</translation>
    </message>
    <message>
        <source>What to check on this computer</source>
        <translation>O que verificar neste computador</translation>
    </message>
    <message>
        <source>{reason} Or choose another address below.</source>
        <translation>{reason} Ou escolha outro endereço abaixo.</translation>
    </message>
    <message>
        <source>The phone&apos;s page shows “{name}” with fingerprint {fingerprint}; check it matches.</source>
        <translation>A página do celular mostra “{name}” com a impressão digital {fingerprint}; confira se coincide.</translation>
    </message>
    <message>
        <source>No device yet: scan the code with your phone.</source>
        <translation>Nenhum aparelho ainda: escaneie o código com seu celular.</translation>
    </message>
    <message>
        <source>Bonjour: {state}.</source>
        <translation>Bonjour: {state}.</translation>
    </message>
    <message>
        <source>Bonjour is off; the QR code and the address work without it.</source>
        <translation>O Bonjour está desligado; o código QR e o endereço funcionam sem ele.</translation>
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
        <translation>Código QR para {address}</translation>
    </message>
</context>
<context>
    <name>quitguard</name>
    <message>
        <source>Keep publishing</source>
        <translation>Continuar publicando</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Parar e sair</translation>
    </message>
    <message>
        <source>Stop publishing?</source>
        <translation>Parar a publicação?</translation>
    </message>
    <message>
        <source>A device is part-way through: {names} opened the page but has not passed the test yet.</source>
        <translation>Um dispositivo está no meio do caminho: {names} abriu a página, mas ainda não passou no teste.</translation>
    </message>
    <message>
        <source>Quitting now stops publishing and cuts it off: it cannot download the profile or run the test any more.</source>
        <translation>Sair agora para a publicação e o interrompe: ele não poderá mais baixar o perfil nem fazer o teste.</translation>
    </message>
    <message>
        <source>TrustAnchor is still publishing your CA on your network.</source>
        <translation>O TrustAnchor ainda está publicando sua CA na sua rede.</translation>
    </message>
    <message>
        <source>Quitting stops it: phones that have not installed the CA yet can no longer get it.</source>
        <translation>Sair interrompe isso: celulares que ainda não instalaram a CA não poderão mais obtê-la.</translation>
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
        <translation>chave privada (mantenha em segredo)</translation>
    </message>
    <message>
        <source>full chain (certificate + CA)</source>
        <translation>cadeia completa (certificado + CA)</translation>
    </message>
    <message>
        <source>PKCS#12 bundle</source>
        <translation>pacote PKCS#12</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Your certificate is saved. Put it on your server with one of these settings.</source>
        <translation>Seu certificado foi salvo. Coloque-o no servidor com uma destas configurações.</translation>
    </message>
    <message>
        <source>Saved in</source>
        <translation>Salvo em</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar na &amp;pasta</translation>
    </message>
    <message>
        <source>Show the files in their folder</source>
        <translation>Mostrar os arquivos na pasta</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Validade</translation>
    </message>
    <message>
        <source>PKCS#12 password:</source>
        <translation>Senha do PKCS#12:</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>Senha do PKCS#12</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Copiar senha</translation>
    </message>
    <message>
        <source>Copy the PKCS#12 password</source>
        <translation>Copiar a senha do PKCS#12</translation>
    </message>
    <message>
        <source>Settings for your server (the paths point at the files above; copy the files first if the server is another machine):</source>
        <translation>Configurações para o seu servidor (os caminhos apontam para os arquivos acima; copie os arquivos antes se o servidor for outra máquina):</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Configurações do servidor</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Salvo em {folder}</translation>
    </message>
    <message>
        <source>Valid until {date}. Renew it before {renew_date}: TrustAnchor&apos;s first page lists it with a Renew button, or run “trustanchor renew”.</source>
        <translation>Válido até {date}. Renove antes de {renew_date}: a primeira página do TrustAnchor mostra o certificado com um botão Renovar, ou execute “trustanchor renew”.</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar caminho</translation>
    </message>
    <message>
        <source>Copy the path of {file}</source>
        <translation>Copiar o caminho de {file}</translation>
    </message>
    <message>
        <source>{server} settings</source>
        <translation>Configurações do {server}</translation>
    </message>
    <message>
        <source>Copy {server} settings</source>
        <translation>Copiar configurações do {server}</translation>
    </message>
    <message>
        <source>Copy the {server} settings</source>
        <translation>Copiar as configurações do {server}</translation>
    </message>
</context>
<context>
    <name>server_cert</name>
    <message>
        <source>One per line: every name and address you type in the browser to reach your server. Your phone rejects the certificate for any name missing here.</source>
        <translation>Um por linha: cada nome e endereço que você digita no navegador para acessar seu servidor. O celular rejeita o certificado para qualquer nome que falte aqui.</translation>
    </message>
    <message>
        <source>{default} days works on every device and browser. iPhones accept at most {max} days for a certificate from your own CA. Make a new one before it runs out; the last page tells you when.</source>
        <translation>{default} dias funcionam em todos os aparelhos e navegadores. iPhones aceitam no máximo {max} dias para um certificado da sua própria CA. Crie um novo antes de vencer; a última página diz quando.</translation>
    </message>
    <message>
        <source>Tick this if your server already has a certificate from this CA (or you will make one later): the wizard goes straight to sending the CA to your phone.</source>
        <translation>Marque se o seu servidor já tem um certificado desta CA (ou se você vai criar um depois): o assistente vai direto para o envio da CA ao celular.</translation>
    </message>
    <message>
        <source>✓ {name}: address</source>
        <translation>✓ {name}: endereço</translation>
    </message>
    <message>
        <source>✓ {name}: wildcard</source>
        <translation>✓ {name}: curinga</translation>
    </message>
    <message>
        <source>✓ {name}: name</source>
        <translation>✓ {name}: nome</translation>
    </message>
    <message>
        <source>The certificate your server shows to browsers, signed by your CA.</source>
        <translation>O certificado que seu servidor mostra aos navegadores, assinado pela sua CA.</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>Renovação</translation>
    </message>
    <message>
        <source>&amp;Skip: I only need my phone to trust my CA</source>
        <translation>&amp;Pular: só preciso que meu celular confie na minha CA</translation>
    </message>
    <message>
        <source>Skip the server certificate</source>
        <translation>Pular o certificado do servidor</translation>
    </message>
    <message>
        <source>Server names and addresses, one per line</source>
        <translation>Nomes e endereços do servidor, um por linha</translation>
    </message>
    <message>
        <source>&amp;Names and addresses:</source>
        <translation>&amp;Nomes e endereços:</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Verificação dos nomes</translation>
    </message>
    <message>
        <source>What your CA may sign</source>
        <translation>O que sua CA pode assinar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Lifetime in days</source>
        <translation>Validade em dias</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Validade:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Salvar &amp;em:</translation>
    </message>
    <message>
        <source>Folder to save in</source>
        <translation>Pasta de destino</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Choose the folder to save in</source>
        <translation>Escolher a pasta de destino</translation>
    </message>
    <message>
        <source>Always saved: the certificate (.crt), its private key (.key) and the full chain (.fullchain.pem) that most servers want.</source>
        <translation>Sempre salvos: o certificado (.crt), sua chave privada (.key) e a cadeia completa (.fullchain.pem) que a maioria dos servidores pede.</translation>
    </message>
    <message>
        <source>Also a PKCS#12 file (.&amp;p12)</source>
        <translation>Também um arquivo PKCS#12 (.&amp;p12)</translation>
    </message>
    <message>
        <source>For Windows, Synology or Java, with a generated password.</source>
        <translation>Para Windows, Synology ou Java, com uma senha gerada.</translation>
    </message>
    <message>
        <source>Also save a PKCS#12 file</source>
        <translation>Salvar também um arquivo PKCS#12</translation>
    </message>
    <message>
        <source>&amp;Replace files with the same names in this folder</source>
        <translation>&amp;Substituir arquivos com o mesmo nome nesta pasta</translation>
    </message>
    <message>
        <source>Replace existing files</source>
        <translation>Substituir os arquivos existentes</translation>
    </message>
    <message>
        <source>Your CA may only sign names under: {names}.</source>
        <translation>Sua CA só pode assinar nomes sob: {names}.</translation>
    </message>
    <message>
        <source>Renewing: the files of {name} in {folder} move to its archive folder first, then the new ones take their place.</source>
        <translation>Renovação: os arquivos de {name} em {folder} vão primeiro para a pasta de arquivo e depois os novos tomam o lugar deles.</translation>
    </message>
    <message>
        <source>Name check: {notes}</source>
        <translation>Verificação dos nomes: {notes}</translation>
    </message>
    <message>
        <source>Save the certificate in</source>
        <translation>Salvar o certificado em</translation>
    </message>
</context>
<context>
    <name>steplist</name>
    <message>
        <source>{title}, current step, done</source>
        <translation>{title}, etapa atual, concluída</translation>
    </message>
    <message>
        <source>{title}, current step</source>
        <translation>{title}, etapa atual</translation>
    </message>
    <message>
        <source>{title}, done</source>
        <translation>{title}, concluída</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>Sua CA</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificado do servidor</translation>
    </message>
    <message>
        <source>Save and configure</source>
        <translation>Salvar e configurar</translation>
    </message>
    <message>
        <source>Send to your phone</source>
        <translation>Enviar ao celular</translation>
    </message>
    <message>
        <source>Install the profile</source>
        <translation>Instalar o perfil</translation>
    </message>
    <message>
        <source>Enable full trust</source>
        <translation>Confiança total</translation>
    </message>
    <message>
        <source>Check it worked</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>trust_dialog</name>
    <message>
        <source>Removing your CA… The system may ask for an administrator password.</source>
        <translation>Removendo sua CA… O sistema pode pedir uma senha de administrador.</translation>
    </message>
    <message>
        <source>Removing your CA…</source>
        <translation>Removendo sua CA…</translation>
    </message>
    <message>
        <source>Adding your CA… The system may ask for an administrator password.</source>
        <translation>Adicionando sua CA… O sistema pode pedir uma senha de administrador.</translation>
    </message>
    <message>
        <source>Adding your CA…</source>
        <translation>Adicionando sua CA…</translation>
    </message>
    <message>
        <source>Trust your CA on this computer</source>
        <translation>Confiar na sua CA neste computador</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s trust stores and proving them with a test connection…</source>
        <translation>Lendo os repositórios de confiança deste computador e verificando-os com uma conexão de teste…</translation>
    </message>
    <message>
        <source>Removed from {stores}.</source>
        <translation>Removida de: {stores}.</translation>
    </message>
    <message>
        <source>Added to {stores}. Restart your browsers to see it.</source>
        <translation>Adicionada a: {stores}. Reinicie os navegadores para vê-la.</translation>
    </message>
    <message>
        <source>The trust stores could not be read.</source>
        <translation>Não foi possível ler os repositórios de confiança.</translation>
    </message>
</context>
<context>
    <name>trust_here</name>
    <message>
        <source>Your account</source>
        <translation>Sua conta</translation>
    </message>
    <message>
        <source>Browsers with their own store</source>
        <translation>Navegadores com repositório próprio</translation>
    </message>
    <message>
        <source>Every user of this computer</source>
        <translation>Todos os usuários deste computador</translation>
    </message>
    <message>
        <source>Java programs</source>
        <translation>Programas Java</translation>
    </message>
    <message>
        <source>No administrator password needed.</source>
        <translation>Não precisa de senha de administrador.</translation>
    </message>
    <message>
        <source>No administrator password needed. Restart the browser afterwards.</source>
        <translation>Não precisa de senha de administrador. Reinicie o navegador depois.</translation>
    </message>
    <message>
        <source>Needs an administrator password.</source>
        <translation>Requer uma senha de administrador.</translation>
    </message>
    <message>
        <source>Only changed when you ask; the JDK&apos;s file often belongs to an administrator.</source>
        <translation>Só é alterado quando você pede; o arquivo do JDK costuma pertencer a um administrador.</translation>
    </message>
    <message>
        <source>✓ Trusted</source>
        <translation>✓ Confiável</translation>
    </message>
    <message>
        <source>— Not present</source>
        <translation>— Ausente</translation>
    </message>
    <message>
        <source>? Can&apos;t tell</source>
        <translation>? Não dá para saber</translation>
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
        <translation>Instalar em “{store}”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Remove from “{store}”</source>
        <translation>Remover de “{store}”</translation>
    </message>
    <message>
        <source>Trust your CA on this computer too</source>
        <translation>Confiar na sua CA também neste computador</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Install where no password is needed</source>
        <translation>Instalar onde não precisa de senha</translation>
    </message>
    <message>
        <source>Adds the CA to the stores of your own account (and your browsers)</source>
        <translation>Adiciona a CA aos repositórios da sua própria conta (e dos seus navegadores)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>Reads every store again and repeats the proof</source>
        <translation>Lê todos os repositórios de novo e repete a prova</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s trust stores…</source>
        <translation>Lendo os repositórios de certificados deste computador…</translation>
    </message>
    <message>
        <source>“{name}”
SHA-256 {fingerprint}</source>
        <translation>“{name}”
SHA-256 {fingerprint}</translation>
    </message>
    <message>
        <source>No trust store was found on this computer.</source>
        <translation>Nenhum repositório de certificados foi encontrado neste computador.</translation>
    </message>
    <message>
        <source>Asks for an administrator password</source>
        <translation>Pede uma senha de administrador</translation>
    </message>
    <message>
        <source>You are an administrator: no password needed.</source>
        <translation>Você é administrador: não precisa de senha.</translation>
    </message>
    <message>
        <source>{store}: {state}</source>
        <translation>{store}: {state}</translation>
    </message>
    <message>
        <source>Used by {programs}.</source>
        <translation>Usado por {programs}.</translation>
    </message>
    <message>
        <source>Also holds older CA(s) {ids}: Remove takes them out too.</source>
        <translation>Também contém CA(s) antigas {ids}: Remover também as tira.</translation>
    </message>
    <message>
        <source>Proof: not run yet (it needs the CA key to sign a test certificate).</source>
        <translation>Prova: ainda não feita (precisa da chave da CA para assinar um certificado de teste).</translation>
    </message>
    <message>
        <source>Proof passed — {method}: {detail}</source>
        <translation>Prova aprovada — {method}: {detail}</translation>
    </message>
    <message>
        <source>Proof failed — {method}: {detail}</source>
        <translation>Prova falhou — {method}: {detail}</translation>
    </message>
    <message>
        <source>Proof passed — {method}</source>
        <translation>Prova aprovada — {method}</translation>
    </message>
    <message>
        <source>Proof failed — {method}</source>
        <translation>Prova falhou — {method}</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>{device}: trusts the CA</source>
        <translation>{device}: confia na CA</translation>
    </message>
    <message>
        <source>{device}: does not trust it yet</source>
        <translation>{device}: ainda não confia nela</translation>
    </message>
    <message>
        <source>{device}: the HTTPS port is blocked by this computer&apos;s firewall</source>
        <translation>{device}: a porta HTTPS está bloqueada pelo firewall deste computador</translation>
    </message>
    <message>
        <source>On your phone, go back to the page in Safari and tap “Test”.</source>
        <translation>No celular, volte à página no Safari e toque em “Testar”.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What to check, most likely first:</source>
        <translation>O que verificar, o mais provável primeiro:</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causas prováveis</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>Outros aparelhos</translation>
    </message>
    <message>
        <source>&amp;Servers the phone page offers to test (one https:// address a line):</source>
        <translation>&amp;Servidores que a página do celular oferece para testar (um endereço https:// por linha):</translation>
    </message>
    <message>
        <source>Servers to test</source>
        <translation>Servidores para testar</translation>
    </message>
    <message>
        <source>One https:// address a line</source>
        <translation>Um endereço https:// por linha</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Publish again with these servers to test</source>
        <translation>Publicar de novo com estes servidores para testar</translation>
    </message>
    <message>
        <source>The test passed on your phone: nothing more to do there.</source>
        <translation>O teste passou no seu celular: não há mais nada a fazer nele.</translation>
    </message>
    <message>
        <source>Fix the first point below, then on your phone tap “Test” again on the page in Safari.</source>
        <translation>Corrija o primeiro item abaixo e depois, no celular, toque em “Testar” de novo na página no Safari.</translation>
    </message>
    <message>
        <source>Let the phone through this computer&apos;s firewall, then tap “Test” again on the phone.</source>
        <translation>Libere o celular no firewall deste computador e depois toque em “Testar” de novo no celular.</translation>
    </message>
    <message>
        <source>your CA</source>
        <translation>sua CA</translation>
    </message>
    <message>
        <source>✓ It works</source>
        <translation>✓ Funciona</translation>
    </message>
    <message>
        <source>{device} trusts “{ca}”. HTTPS to your server with a certificate from this CA is now trusted on it.</source>
        <translation>{device} confia em “{ca}”. O HTTPS para o seu servidor com um certificado desta CA agora é confiável nele.</translation>
    </message>
    <message>
        <source>✗ Not trusted yet</source>
        <translation>✗ Ainda não confiável</translation>
    </message>
    <message>
        <source>{device} ran the test, but does not trust “{ca}” yet. Fix the first point below, then tap “Test” again.</source>
        <translation>{device} fez o teste, mas ainda não confia em “{ca}”. Corrija o primeiro item abaixo e toque em “Testar” de novo.</translation>
    </message>
    <message>
        <source>⚠ Blocked by this computer&apos;s firewall</source>
        <translation>⚠ Bloqueado pelo firewall deste computador</translation>
    </message>
    <message>
        <source>{device} opened the page, but the HTTPS port is blocked by this computer&apos;s firewall, so the test could not tell whether it trusts the CA.</source>
        <translation>{device} abriu a página, mas a porta HTTPS está bloqueada pelo firewall deste computador, então o teste não conseguiu saber se ele confia na CA.</translation>
    </message>
    <message>
        <source>Waiting for your phone…</source>
        <translation>Aguardando seu celular…</translation>
    </message>
    <message>
        <source>The result appears here as soon as the phone runs the test. Publishing keeps running while you wait.</source>
        <translation>O resultado aparece aqui assim que o celular fizer o teste. A publicação continua enquanto você espera.</translation>
    </message>
    <message>
        <source>Test result: {result}</source>
        <translation>Resultado do teste: {result}</translation>
    </message>
</context>
<context>
    <name>verify_servers</name>
    <message>
        <source>✓ Trusted</source>
        <translation>✓ Confiável</translation>
    </message>
    <message>
        <source>The phone opened a trusted HTTPS connection.</source>
        <translation>O celular abriu uma conexão HTTPS confiável.</translation>
    </message>
    <message>
        <source>✗ Not trusted</source>
        <translation>✗ Não confiável</translation>
    </message>
    <message>
        <source>The phone refused the certificate: run “trustanchor check URL” here to see why, or finish trusting the CA on the phone.</source>
        <translation>O celular recusou o certificado: execute “trustanchor check URL” aqui para ver o motivo, ou termine de confiar na CA no celular.</translation>
    </message>
    <message>
        <source>Not reachable from the phone</source>
        <translation>Inacessível pelo celular</translation>
    </message>
    <message>
        <source>The phone could not open it: is the phone on the same network as the server, does the name resolve there, or does a firewall stop it? Run “trustanchor check URL” here to see whether this computer reaches it.</source>
        <translation>O celular não conseguiu abrir: ele está na mesma rede que o servidor, o nome é resolvido lá, ou um firewall bloqueia? Execute “trustanchor check URL” aqui para ver se este computador o alcança.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Celular</translation>
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
        <translation>Testes de servidores</translation>
    </message>
    <message>
        <source>Your servers, tested from each phone</source>
        <translation>Seus servidores, testados de cada celular</translation>
    </message>
    <message>
        <source>No phone has tested your servers yet. On the phone, tap “Test” under “Test your server”.</source>
        <translation>Nenhum celular testou seus servidores ainda. No celular, toque em “Testar” em “Teste o seu servidor”.</translation>
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
        <translation>1.  Crie sua própria autoridade certificadora (CA) ou use uma que você já tem.</translation>
    </message>
    <message>
        <source>2.  Make a certificate for your server, with settings ready to paste.</source>
        <translation>2.  Crie um certificado para o seu servidor, com configurações prontas para colar.</translation>
    </message>
    <message>
        <source>3.  Send the CA to your phone with a QR code, and install it.</source>
        <translation>3.  Envie a CA para o celular com um código QR e instale-a.</translation>
    </message>
    <message>
        <source>4.  Switch on full trust, and test from the phone that it works.</source>
        <translation>4.  Ative a confiança total e teste no celular se funciona.</translation>
    </message>
    <message>
        <source>⚠ {names}: expired on {date}. Renew it.</source>
        <translation>⚠ {names}: venceu em {date}. Renove-o.</translation>
    </message>
    <message>
        <source>{names}: valid until {date}.</source>
        <translation>{names}: válido até {date}.</translation>
    </message>
    <message>
        <source>⚠ {names}: expires today ({date}). Renew it.</source>
        <translation>⚠ {names}: vence hoje ({date}). Renove-o.</translation>
    </message>
    <message>
        <source>⚠ {names}: expires in 1 day ({date}). Renew it.</source>
        <translation>⚠ {names}: vence em 1 dia ({date}). Renove-o.</translation>
    </message>
    <message>
        <source>⚠ {names}: expires in {days} days ({date}). Renew it.</source>
        <translation>⚠ {names}: vence em {days} dias ({date}). Renove-o.</translation>
    </message>
    <message>
        <source>TrustAnchor makes your own HTTPS services (a NAS, Home Assistant, a router or a dev server) trusted on your iPhone and your other devices.</source>
        <translation>O TrustAnchor faz seu iPhone e seus outros aparelhos confiarem nos seus próprios serviços HTTPS (um NAS, Home Assistant, um roteador ou um servidor de desenvolvimento).</translation>
    </message>
    <message>
        <source>It takes a few minutes:</source>
        <translation>Leva poucos minutos:</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>Sua CA</translation>
    </message>
    <message>
        <source>Nothing leaves this computer except the CA&apos;s public certificate, and only while you publish it to your phone on your own network.</source>
        <translation>Nada sai deste computador além do certificado público da CA, e só enquanto você o publica para o celular na sua própria rede.</translation>
    </message>
    <message>
        <source>Looking for your CA…</source>
        <translation>Procurando sua CA…</translation>
    </message>
    <message>
        <source>Your CA “{name}” is ready, valid until {date}.</source>
        <translation>Sua CA “{name}” está pronta, válida até {date}.</translation>
    </message>
    <message>
        <source>You have no CA yet: the next page makes one (or imports one you already have).</source>
        <translation>Você ainda não tem uma CA: a próxima página cria uma (ou importa uma que você já tem).</translation>
    </message>
    <message>
        <source>Certificates it issued (each lasts about a year; renew makes a new one for the same names in the same folder, the old files go to its archive folder):</source>
        <translation>Certificados emitidos (cada um dura cerca de um ano; renovar cria um novo para os mesmos nomes na mesma pasta, e os arquivos antigos vão para a pasta de arquivo):</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>Renew the certificate for {names}</source>
        <translation>Renovar o certificado para {names}</translation>
    </message>
    <message>
        <source>A CA is stored in {folder}; the next page uses it.</source>
        <translation>Há uma CA salva em {folder}; a próxima página a usa.</translation>
    </message>
    <message>
        <source>You already have a CA, “{name}”: the next page uses it.</source>
        <translation>Você já tem uma CA, “{name}”: a próxima página a usa.</translation>
    </message>
    <message>
        <source>You already have a CA, “{name}”, valid until {date}: the next page uses it.</source>
        <translation>Você já tem uma CA, “{name}”, válida até {date}: a próxima página a usa.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Create CA</source>
        <translation>Criar CA</translation>
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
        <translation>Criar certificado</translation>
    </message>
    <message>
        <source>Start publishing</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Back to the previous step ({keys})</source>
        <translation>Voltar à etapa anterior ({keys})</translation>
    </message>
    <message>
        <source>Go on ({keys} or Enter)</source>
        <translation>Continuar ({keys} ou Enter)</translation>
    </message>
    <message>
        <source>TrustAnchor — trust your own HTTPS on your iPhone</source>
        <translation>TrustAnchor — confie no seu próprio HTTPS no iPhone</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Título da página</translation>
    </message>
    <message>
        <source>Page summary</source>
        <translation>Resumo da página</translation>
    </message>
    <message>
        <source>TrustAnchor logo</source>
        <translation>Logotipo do TrustAnchor</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Quit TrustAnchor</source>
        <translation>Sair do TrustAnchor</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Voltar à etapa anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Renew certificate</source>
        <translation>Renovar certificado</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
</context>
</TS>
