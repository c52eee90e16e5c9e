<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>acme_dialog</name>
    <message>
        <source>Caddy, a small web server, can run an ACME server that signs certificates for every server in your home with an intermediate CA that TrustAnchor issues under your root, while your root&apos;s key stays here. Clients such as certbot, acme.sh, Traefik and Home Assistant then renew their certificates by themselves, and every device that trusts your root trusts them.</source>
        <translation>小型 Web 服务器 Caddy 可以运行 ACME 服务器，用 TrustAnchor 在您的根 CA 下签发的中间 CA 为您家中的所有服务器签发证书，而根 CA 的私钥仍留在这里。certbot、acme.sh、Traefik 和 Home Assistant 等客户端会自行续订证书，信任您的根 CA 的每台设备都会信任这些证书。</translation>
    </message>
    <message>
        <source>This folder already holds an ACME setup; choose another folder, or use Renew intermediate to replace it.</source>
        <translation>此文件夹中已有 ACME 设置；请选择其他文件夹，或使用“续订中间 CA”替换它。</translation>
    </message>
    <message>
        <source>Renew certificates automatically</source>
        <translation>自动续订证书</translation>
    </message>
    <message>
        <source>What Caddy does</source>
        <translation>Caddy 的作用</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Set up the ACME server</source>
        <translation>设置 ACME 服务器</translation>
    </message>
    <message>
        <source>Issues the intermediate and writes Caddy&apos;s files into the folder</source>
        <translation>签发中间 CA，并将 Caddy 的文件写入文件夹</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Folder for Caddy&apos;s files</source>
        <translation>Caddy 文件的文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the folder for Caddy&apos;s files</source>
        <translation>选择 Caddy 文件的文件夹</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F):</translation>
    </message>
    <message>
        <source>Names of the ACME server</source>
        <translation>ACME 服务器的名称</translation>
    </message>
    <message>
        <source>The names and addresses clients reach the ACME server by, separated by commas</source>
        <translation>客户端访问 ACME 服务器所用的名称和地址，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>HTTPS port of the ACME server</source>
        <translation>ACME 服务器的 HTTPS 端口</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Lifetime of the intermediate</source>
        <translation>中间 CA 的有效期</translation>
    </message>
    <message>
        <source>Two years is usual; it never outlives your root</source>
        <translation>通常为两年；绝不会超过根 CA 的有效期</translation>
    </message>
    <message>
        <source>&amp;Intermediate lifetime:</source>
        <translation>中间 CA 有效期(&amp;I):</translation>
    </message>
    <message>
        <source>Passphrase of the CA key</source>
        <translation>CA 私钥的密码短语</translation>
    </message>
    <message>
        <source>CA &amp;passphrase:</source>
        <translation>CA 密码短语(&amp;P):</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>已写入的文件</translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation>ACME 目录 URL</translation>
    </message>
    <message>
        <source>How to start Caddy</source>
        <translation>如何启动 Caddy</translation>
    </message>
    <message>
        <source>Open clients.md</source>
        <translation>打开 clients.md</translation>
    </message>
    <message>
        <source>The settings for each ACME client</source>
        <translation>每个 ACME 客户端的设置</translation>
    </message>
    <message>
        <source>Directory URL for clients:</source>
        <translation>客户端使用的目录 URL：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>ACME server status</source>
        <translation>ACME 服务器状态</translation>
    </message>
    <message>
        <source>&amp;Check status</source>
        <translation>检查状态(&amp;C)</translation>
    </message>
    <message>
        <source>Check the ACME server&apos;s status</source>
        <translation>检查 ACME 服务器的状态</translation>
    </message>
    <message>
        <source>&amp;Renew intermediate</source>
        <translation>续订中间 CA(&amp;R)</translation>
    </message>
    <message>
        <source>Renew the intermediate</source>
        <translation>续订中间 CA</translation>
    </message>
    <message>
        <source>Issues a new intermediate with the same settings and replaces the files; restart Caddy afterwards</source>
        <translation>以相同设置签发新的中间 CA 并替换文件；之后请重启 Caddy</translation>
    </message>
    <message>
        <source>Reading your CA…</source>
        <translation>正在读取您的 CA…</translation>
    </message>
    <message>
        <source>Renewing the intermediate…</source>
        <translation>正在续订中间 CA…</translation>
    </message>
    <message>
        <source>Issuing the intermediate…</source>
        <translation>正在签发中间 CA…</translation>
    </message>
    <message>
        <source>Asking the ACME server…</source>
        <translation>正在询问 ACME 服务器…</translation>
    </message>
    <message>
        <source>Start Caddy with: {command}
The intermediate “{name}” is valid until {date}; your root&apos;s key stayed in the CA folder.</source>
        <translation>启动 Caddy：{command}
中间 CA“{name}”有效期至 {date}；根 CA 的私钥仍留在 CA 文件夹中。</translation>
    </message>
    <message>
        <source>Set up. Start Caddy, then point your clients at the directory URL.</source>
        <translation>已设置。请启动 Caddy，然后让客户端使用该目录 URL。</translation>
    </message>
</context>
<context>
    <name>acme_text</name>
    <message>
        <source>ACME server: up at {url} (TLS verified with your root).</source>
        <translation>ACME 服务器：在 {url} 运行（已用您的根证书验证 TLS）。</translation>
    </message>
    <message>
        <source>ACME server: not answering: {problem}.</source>
        <translation>ACME 服务器：无响应：{problem}。</translation>
    </message>
    <message>
        <source>Intermediate “{name}” EXPIRED on {date}: click Renew intermediate, then restart Caddy.</source>
        <translation>中间 CA“{name}”已于 {date} 过期：请点击“续订中间 CA”，然后重启 Caddy。</translation>
    </message>
    <message>
        <source>Intermediate “{name}” expires in {days} days ({date}): click Renew intermediate, then restart Caddy.</source>
        <translation>中间 CA“{name}”将在 {days} 天后过期（{date}）：请点击“续订中间 CA”，然后重启 Caddy。</translation>
    </message>
    <message>
        <source>Intermediate “{name}” is valid until {date}.</source>
        <translation>中间 CA“{name}”有效期至 {date}。</translation>
    </message>
    <message>
        <source>Issued in the last 30 days: none found.</source>
        <translation>最近 30 天签发：未找到。</translation>
    </message>
    <message>
        <source>Issued in the last 30 days: {count}</source>
        <translation>最近 30 天签发：{count}</translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>{names} — {start} to {end} UTC</source>
        <translation>{names} — {start} 至 {end} UTC</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… 另有 {count} 个</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>TrustAnchor is already running.</source>
        <translation>TrustAnchor 已在运行。</translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>What to fix</source>
        <translation>需要修正</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>取消正在运行的任务</translation>
    </message>
    <message>
        <source>Error: {text}</source>
        <translation>错误：{text}</translation>
    </message>
    <message>
        <source>What to fix: {hints}</source>
        <translation>需要修正：{hints}</translation>
    </message>
</context>
<context>
    <name>ca</name>
    <message>
        <source>The current CA is kept in the archive folder; phones that trust it must install the new one.</source>
        <translation>当前 CA 会保存在归档文件夹中；信任它的手机必须安装新的 CA。</translation>
    </message>
    <message>
        <source>Create a new CA</source>
        <translation>创建新的 CA</translation>
    </message>
    <message>
        <source>Import a CA I already have</source>
        <translation>导入已有的 CA</translation>
    </message>
    <message>
        <source>Use my existing CA</source>
        <translation>使用我现有的 CA</translation>
    </message>
    <message>
        <source>Your own certificate authority vouches for your servers. Your phone will trust what it signs.</source>
        <translation>你自己的证书颁发机构为你的服务器担保。手机将信任它签发的证书。</translation>
    </message>
    <message>
        <source>&amp;Replace my current CA</source>
        <translation>替换当前的 CA(&amp;R)</translation>
    </message>
    <message>
        <source>Replace my current CA</source>
        <translation>替换当前的 CA</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
</context>
<context>
    <name>ca_create</name>
    <message>
        <source>ECDSA P-256 (recommended: fast, works everywhere)</source>
        <translation>ECDSA P-256（推荐：速度快，处处可用）</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>RSA 2048 bits (for very old devices)</source>
        <translation>RSA 2048 位（用于很旧的设备）</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 位</translation>
    </message>
    <message>
        <source>RSA 4096 bits (slow to create)</source>
        <translation>RSA 4096 位（创建较慢）</translation>
    </message>
    <message>
        <source>Optional. A limited CA can only vouch for the names and address ranges below, so even if its key were stolen it could not fake other web sites. Current iPhones, Macs and browsers respect this, but it is not yet verified on every device. One entry per line: a domain (such as local or home.arpa) or an address range (such as 192.168.0.0/16).</source>
        <translation>可选。受限的 CA 只能为下面的名称和地址范围担保，即使私钥被盗也无法伪造其他网站。较新的 iPhone、Mac 和浏览器会遵守这一限制，但尚未在所有设备上验证。每行一项：一个域名（如 local 或 home.arpa）或一个地址范围（如 192.168.0.0/16）。</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>CA 名称</translation>
    </message>
    <message>
        <source>Shown on your phone in Settings</source>
        <translation>显示在手机的“设置”中</translation>
    </message>
    <message>
        <source>&amp;Name (shown on your phone):</source>
        <translation>名称（显示在手机上）(&amp;N)：</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>密钥类型</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>密钥类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Limit this CA to my names</source>
        <translation>将此 CA 限制为我的名称(&amp;L)</translation>
    </message>
    <message>
        <source>Limit this CA to my names</source>
        <translation>将此 CA 限制为我的名称</translation>
    </message>
    <message>
        <source>Allowed names and address ranges, one per line</source>
        <translation>允许的名称和地址范围，每行一个</translation>
    </message>
</context>
<context>
    <name>ca_import</name>
    <message>
        <source>A PEM certificate with its key (one file or two), a PKCS#12 file (.p12 / .pfx), or the folder mkcert keeps its CA in (run “mkcert -CAROOT” to find it).</source>
        <translation>带私钥的 PEM 证书（一个或两个文件）、PKCS#12 文件（.p12 / .pfx），或 mkcert 存放其 CA 的文件夹（运行“mkcert -CAROOT”可找到）。</translation>
    </message>
    <message>
        <source>CA fi&amp;le or folder:</source>
        <translation>CA 文件或文件夹(&amp;L)：</translation>
    </message>
    <message>
        <source>CA file or mkcert folder</source>
        <translation>CA 文件或 mkcert 文件夹</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>选择 CA 文件</translation>
    </message>
    <message>
        <source>Choose mkcert f&amp;older…</source>
        <translation>选择 mkcert 文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the mkcert CA folder</source>
        <translation>选择 mkcert 的 CA 文件夹</translation>
    </message>
    <message>
        <source>Separate &amp;key file (if any):</source>
        <translation>单独的密钥文件（如有）(&amp;K)：</translation>
    </message>
    <message>
        <source>Separate key file (optional)</source>
        <translation>单独的密钥文件（可选）</translation>
    </message>
    <message>
        <source>Choose key…</source>
        <translation>选择密钥…</translation>
    </message>
    <message>
        <source>Choose the separate key file</source>
        <translation>选择单独的密钥文件</translation>
    </message>
    <message>
        <source>Password of the file (if it has one)</source>
        <translation>文件的密码（如有）</translation>
    </message>
    <message>
        <source>File &amp;password (if any):</source>
        <translation>文件密码（如有）(&amp;P)：</translation>
    </message>
    <message>
        <source>Import check</source>
        <translation>导入检查</translation>
    </message>
    <message>
        <source>Found the CA “{name}” with its key (fingerprint {fingerprint}, valid until {date}).</source>
        <translation>找到了 CA“{name}”及其私钥（指纹 {fingerprint}，有效期至 {date}）。</translation>
    </message>
    <message>
        <source>Choose your CA</source>
        <translation>选择你的 CA</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key *.p12 *.pfx);;All files (*)</source>
        <translation>证书和密钥 (*.pem *.crt *.cer *.key *.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose mkcert&apos;s CA folder</source>
        <translation>选择 mkcert 的 CA 文件夹</translation>
    </message>
    <message>
        <source>Choose the CA key</source>
        <translation>选择 CA 私钥</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>密钥 (*.pem *.key);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ca_protect</name>
    <message>
        <source>The passphrase protects your CA&apos;s private key: whoever has that key can make certificates your phone trusts for any site. You type it again whenever you make a certificate. If you forget it, make a new CA.</source>
        <translation>密码短语保护 CA 的私钥：拥有该私钥的人可以为任何网站制作你的手机会信任的证书。每次制作证书时都要再次输入。如果忘记了，请创建新的 CA。</translation>
    </message>
    <message>
        <source>Protect the CA key</source>
        <translation>保护 CA 私钥</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase (recommended)</source>
        <translation>使用密码短语（推荐）(&amp;P)</translation>
    </message>
    <message>
        <source>Protect the CA key with a passphrase</source>
        <translation>用密码短语保护 CA 私钥</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>密码短语(&amp;A)：</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase again:</source>
        <translation>再次输入密码短语(&amp;S)：</translation>
    </message>
    <message>
        <source>Passphrase check</source>
        <translation>密码短语检查</translation>
    </message>
</context>
<context>
    <name>ca_unlock</name>
    <message>
        <source>Your CA</source>
        <translation>你的 CA</translation>
    </message>
    <message>
        <source>Your CA&apos;s passphrase</source>
        <translation>你的 CA 的密码短语</translation>
    </message>
    <message>
        <source>Your CA&apos;s &amp;passphrase:</source>
        <translation>CA 的密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>“{name}” is ready.
Fingerprint {fingerprint}, {key_type}, valid until {date}.</source>
        <translation>“{name}”已就绪。
指纹 {fingerprint}，{key_type}，有效期至 {date}。</translation>
    </message>
    <message>
        <source>“{name}”, stored in {folder}.</source>
        <translation>“{name}”，保存在 {folder}。</translation>
    </message>
    <message>
        <source>Your CA is stored in {folder}.</source>
        <translation>你的 CA 保存在 {folder}。</translation>
    </message>
    <message>
        <source>You have no CA yet.</source>
        <translation>你还没有 CA。</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Saving the imported CA…</source>
        <translation>正在保存导入的 CA…</translation>
    </message>
    <message>
        <source>Unlocking your CA…</source>
        <translation>正在解锁您的 CA…</translation>
    </message>
    <message>
        <source>Making and saving the certificate…</source>
        <translation>正在生成并保存证书…</translation>
    </message>
    <message>
        <source>Starting to publish on your network…</source>
        <translation>正在开始在您的网络上发布…</translation>
    </message>
    <message>
        <source>Creating your CA (an ECDSA P-256 key is quick)…</source>
        <translation>正在创建您的 CA（ECDSA P-256 密钥很快）…</translation>
    </message>
    <message>
        <source>Creating your CA (an ECDSA P-384 key is quick)…</source>
        <translation>正在创建您的 CA（ECDSA P-384 密钥很快）…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 2048 key takes a few seconds)…</source>
        <translation>正在创建您的 CA（RSA 2048 密钥需要几秒钟）…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 3072 key takes a few seconds)…</source>
        <translation>正在创建您的 CA（RSA 3072 密钥需要几秒钟）…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 4096 key takes a few seconds)…</source>
        <translation>正在创建您的 CA（RSA 4096 密钥需要几秒钟）…</translation>
    </message>
    <message>
        <source>Creating your CA…</source>
        <translation>正在创建您的 CA…</translation>
    </message>
    <message>
        <source>Moving the old files to the archive folder and making the new certificate…</source>
        <translation>正在将旧文件移到归档文件夹并生成新证书…</translation>
    </message>
    <message>
        <source>Publishing on {address}…</source>
        <translation>正在 {address} 上发布…</translation>
    </message>
    <message>
        <source>Publishing again with the servers to test…</source>
        <translation>正在使用要测试的服务器重新发布…</translation>
    </message>
    <message>
        <source>Stopping publishing…</source>
        <translation>正在停止发布…</translation>
    </message>
</context>
<context>
    <name>core.acme_ops</name>
    <message>
        <source>--leaf-days must be between 1 and {limit}</source>
        <translation>--leaf-days 必须在 1 到 {limit} 之间</translation>
    </message>
    <message>
        <source>{version!r} is not a Caddy version like 2.8.4</source>
        <translation>{version!r} 不是 2.8.4 这样的 Caddy 版本号</translation>
    </message>
</context>
<context>
    <name>core.binding</name>
    <message>
        <source>Cannot listen on {host}: it is not an address of this computer; choose one of its own addresses.</source>
        <translation>无法在 {host} 上监听：它不是这台计算机的地址；请选择本机自己的地址。</translation>
    </message>
    <message>
        <source>Ports {port} to {last} on {host} are all in use; choose another port.</source>
        <translation>{host} 上的端口 {port} 到 {last} 都已被占用；请选择其他端口。</translation>
    </message>
</context>
<context>
    <name>core.bonjour</name>
    <message>
        <source>Bonjour is off.</source>
        <translation>Bonjour 已关闭。</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;.</source>
        <translation>已在 Bonjour 中以 &quot;{name}&quot; 广播。</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;, not yet confirmed: this computer has not heard the announcement on the network. The QR code works either way. On a Mac, allow TrustAnchor in System Settings &gt; Privacy &amp; Security &gt; Local Network.</source>
        <translation>已在 Bonjour 中以 &quot;{name}&quot; 广播，但尚未确认：这台电脑没有在网络上听到该广播。二维码照样可用。在 Mac 上，请在 System Settings &gt; Privacy &amp; Security &gt; Local Network 中允许 TrustAnchor。</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;, not yet confirmed: this computer has not heard the announcement on the network. The QR code works either way.</source>
        <translation>已在 Bonjour 中以 &quot;{name}&quot; 广播，但尚未确认：这台电脑没有在网络上听到该广播。二维码照样可用。</translation>
    </message>
    <message>
        <source>Announcing &quot;{name}&quot;…</source>
        <translation>正在广播 &quot;{name}&quot;…</translation>
    </message>
    <message>
        <source>Bonjour is not available on this network (no multicast); use the QR code or type the address.</source>
        <translation>此网络上无法使用 Bonjour（没有组播）；请使用二维码或输入地址。</translation>
    </message>
    <message>
        <source>Bonjour could not start; use the QR code or type the address.</source>
        <translation>Bonjour 无法启动；请使用二维码或输入地址。</translation>
    </message>
    <message>
        <source>Bonjour could not announce the page; use the QR code or type the address.</source>
        <translation>Bonjour 无法广播该页面；请使用二维码或输入地址。</translation>
    </message>
</context>
<context>
    <name>core.bundle</name>
    <message>
        <source>cannot make the folder {out}: {reason}</source>
        <translation>无法创建文件夹 {out}：{reason}</translation>
    </message>
    <message>
        <source>{out} already holds an ACME setup ({files}); choose another --out or add --force to replace it</source>
        <translation>{out} 中已有 ACME 配置（{files}）；请选择其他 --out，或加上 --force 替换它</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>{out} holds no ACME setup; run `trustanchor acme setup --out {out}` first</source>
        <translation>{out} 中没有 ACME 配置；请先运行 `trustanchor acme setup --out {out}`</translation>
    </message>
    <message>
        <source>cannot read {path}: {exc}</source>
        <translation>无法读取 {path}：{exc}</translation>
    </message>
    <message>
        <source>{path} is damaged; run `trustanchor acme setup --force` again</source>
        <translation>{path} 已损坏；请重新运行 `trustanchor acme setup --force`</translation>
    </message>
</context>
<context>
    <name>core.ca</name>
    <message>
        <source>The private key does not belong to this CA certificate; pick the matching key.</source>
        <translation>该私钥不属于此 CA 证书；请选择匹配的私钥。</translation>
    </message>
    <message>
        <source>This CA&apos;s key type is not supported; iPhones need RSA (2048, 3072 or 4096 bits) or ECDSA P-256 / P-384.</source>
        <translation>不支持此 CA 的密钥类型；iPhone 需要 RSA（2048、3072 或 4096 位）或 ECDSA P-256 / P-384。</translation>
    </message>
    <message>
        <source>This certificate is not a CA (it lacks basicConstraints CA:TRUE); pick the CA certificate, not a server certificate.</source>
        <translation>此证书不是 CA（缺少 basicConstraints CA:TRUE）；请选择 CA 证书，而不是服务器证书。</translation>
    </message>
    <message>
        <source>A CA can be valid for 1 to {limit} years; {usual} is usual.</source>
        <translation>CA 的有效期可为 1 到 {limit} 年；通常为 {usual} 年。</translation>
    </message>
    <message>
        <source>{display} is outside what this CA may sign ({allowed}); use a name within those, or a CA without name constraints.</source>
        <translation>{display} 超出了此 CA 可签名的范围（{allowed}）；请使用范围内的名称，或使用没有名称约束的 CA。</translation>
    </message>
    <message>
        <source>The CA only becomes valid on {day:%Y-%m-%d}; check this computer&apos;s date and time.</source>
        <translation>此 CA 要到 {day:%Y-%m-%d} 才生效；请检查这台计算机的日期和时间。</translation>
    </message>
    <message>
        <source>The CA expired on {not_after:%Y-%m-%d}; create a new CA and install it on your devices.</source>
        <translation>此 CA 已于 {not_after:%Y-%m-%d} 过期；请创建新的 CA 并安装到您的设备上。</translation>
    </message>
    <message>
        <source>The CA expires on {not_after:%Y-%m-%d}, before this certificate would; issue it for at most {left} days, or create a new CA.</source>
        <translation>CA 将于 {not_after:%Y-%m-%d} 过期，早于此证书；请将有效期设为最多 {left} 天，或创建新的 CA。</translation>
    </message>
    <message>
        <source>Choose a passphrase for the exported key; it cannot be empty.</source>
        <translation>请为导出的密钥设置密码短语；不能为空。</translation>
    </message>
    <message>
        <source>IP addresses stay unrestricted: this CA could vouch for any IP address. Add an IP range too, such as 192.168.0.0/16.</source>
        <translation>IP 地址仍不受限制：此 CA 可以为任何 IP 地址担保。请同时添加一个 IP 范围，例如 192.168.0.0/16。</translation>
    </message>
    <message>
        <source>Host names stay unrestricted: this CA could vouch for any web site. Add a domain too, such as home.arpa.</source>
        <translation>主机名仍不受限制：此 CA 可以为任何网站担保。请同时添加一个域名，例如 home.arpa。</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>CA 名称</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Give the {what} in words, such as &apos;Home Network CA&apos;; iPhones need one.</source>
        <translation>请用文字填写{what}，例如 &apos;Home Network CA&apos;；iPhone 需要它。</translation>
    </message>
    <message>
        <source>The {what} can be at most {limit} characters long.</source>
        <translation>{what}最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The {what} contains an invisible character; retype it.</source>
        <translation>{what}含有不可见字符；请重新输入。</translation>
    </message>
    <message>
        <source>{entry} is listed twice; keep one.</source>
        <translation>{entry} 列出了两次；请保留一个。</translation>
    </message>
    <message>
        <source>The new certificate would be rejected: {problem}</source>
        <translation>新证书将被拒绝：{problem}</translation>
    </message>
</context>
<context>
    <name>core.caddy</name>
    <message>
        <source>the folder {text} has a character a Caddyfile cannot hold; choose a plainer --out path</source>
        <translation>文件夹 {text} 含有 Caddyfile 无法容纳的字符；请选择更简单的 --out 路径</translation>
    </message>
    <message>
        <source>Caddy before 2.6.3 cannot set the certificate lifetime (its leaves last 12 hours); leave out --leaf-days</source>
        <translation>2.6.3 之前的 Caddy 无法设置证书有效期（其证书有效 12 小时）；请去掉 --leaf-days</translation>
    </message>
</context>
<context>
    <name>core.causes</name>
    <message>
        <source>The profile was not downloaded or installed</source>
        <translation>描述文件未下载或未安装</translation>
    </message>
    <message>
        <source>Tap “Download profile” on the phone, then install it in Settings &gt; General &gt; VPN &amp; Device Management.</source>
        <translation>在手机上轻点“下载描述文件”，然后在 设置 &gt; 通用 &gt; VPN &amp; Device Management 中安装。</translation>
    </message>
    <message>
        <source>your CA</source>
        <translation>你的 CA</translation>
    </message>
    <message>
        <source>Full trust is switched off</source>
        <translation>完全信任未打开</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; About &gt; Certificate Trust Settings: switch on “{ca}”.</source>
        <translation>设置 &gt; 通用 &gt; 关于本机 &gt; 证书信任设置：打开“{ca}”。</translation>
    </message>
    <message>
        <source>iOS 18.0 sometimes hides the trust switch</source>
        <translation>iOS 18.0 有时会隐藏信任开关</translation>
    </message>
    <message>
        <source>Update the phone in Settings &gt; General &gt; Software Update, then look for the switch again.</source>
        <translation>在 设置 &gt; 通用 &gt; Software Update 中更新手机，然后再找一次该开关。</translation>
    </message>
    <message>
        <source>The page was not opened in Safari</source>
        <translation>页面不是在 Safari 中打开的</translation>
    </message>
    <message>
        <source>Copy the link and open it in Safari: other browsers save the profile without offering to install it.</source>
        <translation>复制链接并在 Safari 中打开：其他浏览器只保存描述文件，不提供安装。</translation>
    </message>
    <message>
        <source>The certificate is not installed as a trusted CA</source>
        <translation>证书未作为受信任的 CA 安装</translation>
    </message>
    <message>
        <source>Follow the steps shown for this device again.</source>
        <translation>请再次按照为此设备显示的步骤操作。</translation>
    </message>
    <message>
        <source>Another CA with the same name is installed</source>
        <translation>已安装同名的另一个 CA</translation>
    </message>
    <message>
        <source>Remove old profiles or certificates with this name, then install this one again.</source>
        <translation>删除同名的旧描述文件或证书，然后重新安装此证书。</translation>
    </message>
</context>
<context>
    <name>core.home</name>
    <message>
        <source>--home is empty: give the CA home&apos;s folder, or leave --home out to use $TRUSTANCHOR_HOME or the default folder.</source>
        <translation>--home 为空：请提供 CA 主目录，或省略 --home 以使用 $TRUSTANCHOR_HOME 或默认文件夹。</translation>
    </message>
    <message>
        <source>The CA home {root} is in use by another TrustAnchor program: let it finish (or close it) and try again.</source>
        <translation>CA 主目录 {root} 正被另一个 TrustAnchor 程序使用：请等它完成（或关闭它）后重试。</translation>
    </message>
    <message>
        <source>Cannot create the CA home {root} ({reason}): choose another folder with --home or $TRUSTANCHOR_HOME.</source>
        <translation>无法创建 CA 主目录 {root}（{reason}）：请用 --home 或 $TRUSTANCHOR_HOME 选择其他文件夹。</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>{problem} Restore the CA from a backup, or replace it.</source>
        <translation>{problem} 请从备份恢复 CA，或替换它。</translation>
    </message>
    <message>
        <source>There is no CA in {root} yet: create one (trustanchor ca create) or import one (trustanchor ca import).</source>
        <translation>{root} 中还没有 CA：请创建一个（trustanchor ca create）或导入一个（trustanchor ca import）。</translation>
    </message>
    <message>
        <source>The CA in {folder} is incomplete: {name} is missing; restore it from a backup, or replace the CA.</source>
        <translation>{folder} 中的 CA 不完整：缺少 {name}；请从备份恢复，或替换该 CA。</translation>
    </message>
    <message>
        <source>The CA certificate {certificate} is damaged: restore it from a backup, or replace the CA.</source>
        <translation>CA 证书 {certificate} 已损坏：请从备份恢复，或替换该 CA。</translation>
    </message>
    <message>
        <source>The CA key {key} is damaged or not a key: restore it from a backup, or replace the CA.</source>
        <translation>CA 密钥 {key} 已损坏或不是密钥：请从备份恢复，或替换该 CA。</translation>
    </message>
    <message>
        <source>The CA key {key} does not belong to {certificate}: restore the matching pair from a backup, or replace the CA.</source>
        <translation>CA 密钥 {key} 与 {certificate} 不匹配：请从备份恢复匹配的一对，或替换该 CA。</translation>
    </message>
    <message>
        <source>A CA already exists in {folder}; it was left untouched. Replace it explicitly to archive it and store the new one.</source>
        <translation>{folder} 中已有 CA，未作改动。请明确选择替换，以归档旧 CA 并保存新 CA。</translation>
    </message>
    <message>
        <source>There is no CA in {root} to replace: create one instead.</source>
        <translation>{root} 中没有可替换的 CA：请改为创建一个。</translation>
    </message>
    <message>
        <source>{folder} holds other files: move them away and try again.</source>
        <translation>{folder} 中有其他文件：请移走后重试。</translation>
    </message>
    <message>
        <source>Cannot write in the CA home {root} ({reason}): make it writable, or choose another with --home; nothing was issued.</source>
        <translation>无法写入 CA 主目录 {root}（{reason}）：请使其可写，或用 --home 选择其他目录；未签发任何证书。</translation>
    </message>
    <message>
        <source>An empty passphrase protects nothing: choose one, or choose no passphrase.</source>
        <translation>空密码短语起不到保护作用：请设置一个，或选择不使用密码短语。</translation>
    </message>
</context>
<context>
    <name>core.importer</name>
    <message>
        <source>{name} is a folder: give either an mkcert CAROOT folder alone, or the CA&apos;s certificate and key files.</source>
        <translation>{name} 是文件夹：请只提供 mkcert 的 CAROOT 文件夹，或提供 CA 的证书和密钥文件。</translation>
    </message>
    <message>
        <source>{name} is not an mkcert CA folder (it has no {mkcert_cert_name}): choose the folder `mkcert -CAROOT` prints, or the CA&apos;s own files.</source>
        <translation>{name} 不是 mkcert CA 文件夹（没有 {mkcert_cert_name}）：请选择 `mkcert -CAROOT` 输出的文件夹，或 CA 自己的文件。</translation>
    </message>
    <message>
        <source>The mkcert folder {name} has no {mkcert_key_name}: choose the folder on the machine where mkcert created the CA.</source>
        <translation>mkcert 文件夹 {name} 中没有 {mkcert_key_name}：请选择 mkcert 创建 CA 的那台机器上的文件夹。</translation>
    </message>
    <message>
        <source>{name} holds no certificate or private key (found: {found}): choose the CA&apos;s certificate and key files.</source>
        <translation>{name} 中没有证书或私钥（找到：{found}）：请选择 CA 的证书和密钥文件。</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the key in {name}: check it and try again.</source>
        <translation>该密码短语无法解锁 {name} 中的密钥：请检查后重试。</translation>
    </message>
    <message>
        <source>The key in {name} is protected by a passphrase: give it (with --source-passphrase-file FILE on the command line) and try again.</source>
        <translation>{name} 中的密钥受密码短语保护：请提供它（命令行中使用 --source-passphrase-file FILE）后重试。</translation>
    </message>
    <message>
        <source>{name} holds a damaged or unreadable private key: export the key again.</source>
        <translation>{name} 中的私钥已损坏或无法读取：请重新导出密钥。</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>{name} has a serial number below 1, which RFC 5280 (4.1.2.2) forbids and newer software rejects: create a new CA instead.</source>
        <translation>{name} 的序列号小于 1，这是 RFC 5280（4.1.2.2）禁止的，较新的软件会拒绝：请改为创建新的 CA。</translation>
    </message>
    <message>
        <source>The password does not open {name} (or the file is damaged): check the password and try again.</source>
        <translation>该密码无法打开 {name}（或文件已损坏）：请检查密码后重试。</translation>
    </message>
    <message>
        <source>{name} is protected by a password: give it (with --source-passphrase-file FILE on the command line) and try again.</source>
        <translation>{name} 受密码保护：请提供密码（命令行中使用 --source-passphrase-file FILE）后重试。</translation>
    </message>
    <message>
        <source>{name} holds a private key but no certificate: choose the CA&apos;s certificate too.</source>
        <translation>{name} 中有私钥但没有证书：请同时选择 CA 证书。</translation>
    </message>
    <message>
        <source>{name} holds a certificate but no private key: choose the CA&apos;s key file too (TrustAnchor needs the key to issue certificates).</source>
        <translation>{name} 中有证书但没有私钥：请同时选择 CA 的密钥文件（TrustAnchor 需要该密钥来签发证书）。</translation>
    </message>
    <message>
        <source>{name} holds a damaged or unusual certificate: export the CA certificate again.</source>
        <translation>{name} 中的证书已损坏或格式异常：请重新导出 CA 证书。</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a CA: choose the CA&apos;s certificate (CA:TRUE).</source>
        <translation>{name} 是 {kind}，不是 CA：请选择 CA 的证书（CA:TRUE）。</translation>
    </message>
    <message>
        <source>The key in {key_name} does not belong to the CA certificate in {cas}: choose the key that was made with this CA.</source>
        <translation>{key_name} 中的密钥不属于 {cas} 中的 CA 证书：请选择与此 CA 一起生成的密钥。</translation>
    </message>
</context>
<context>
    <name>core.inputs</name>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The {what} {shown} does not exist: check the name and folder.</source>
        <translation>{what} {shown} 不存在：请检查名称和文件夹。</translation>
    </message>
    <message>
        <source>The {what} {shown} is a folder, not a file: choose a file.</source>
        <translation>{what} {shown} 是文件夹而不是文件：请选择一个文件。</translation>
    </message>
    <message>
        <source>Cannot read the {what} {shown} ({reason}).</source>
        <translation>无法读取{what} {shown}（{reason}）。</translation>
    </message>
    <message>
        <source>The {what} {shown} is not a regular file (it is a {kind}): TrustAnchor reads only ordinary files.</source>
        <translation>{what} {shown} 不是普通文件（而是 {kind}）：TrustAnchor 只读取普通文件。</translation>
    </message>
    <message>
        <source>The {what} {shown} is too large (more than {limit:,} bytes) to be what TrustAnchor expects: choose the right file.</source>
        <translation>{what} {shown} 太大（超过 {limit:,} 字节），不是 TrustAnchor 需要的文件：请选择正确的文件。</translation>
    </message>
</context>
<context>
    <name>core.intermediate</name>
    <message>
        <source>this CA was made with path length 0, so it cannot delegate to an intermediate; make a new CA with `trustanchor ca create --replace` if you want automatic renewal</source>
        <translation>此 CA 创建时路径长度为 0，无法委托给中间 CA；如需自动续期，请用 `trustanchor ca create --replace` 创建新的 CA</translation>
    </message>
    <message>
        <source>{display} is outside what this CA may sign, so clients would not trust the ACME server by that name; give --names within the CA&apos;s limits.</source>
        <translation>{display} 超出了此 CA 可签名的范围，客户端不会以该名称信任 ACME 服务器；请在 CA 的限制范围内提供 --names。</translation>
    </message>
    <message>
        <source>The intermediate can live {shortest} to {longest} days; {usual} is usual.</source>
        <translation>中间 CA 的有效期可为 {shortest} 到 {longest} 天；通常为 {usual} 天。</translation>
    </message>
    <message>
        <source>The CA expires on {not_after:%Y-%m-%d}, too soon to delegate to an intermediate; create a new CA first.</source>
        <translation>CA 将于 {not_after:%Y-%m-%d} 过期，太快了，无法委托给中间 CA；请先创建新的 CA。</translation>
    </message>
</context>
<context>
    <name>core.issued</name>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>core.java</name>
    <message>
        <source>added by TrustAnchor as alias {alias}</source>
        <translation>由 TrustAnchor 以别名 {alias} 添加</translation>
    </message>
    <message>
        <source>Java&apos;s cacerts cannot be written by you (it belongs to root); run the command as root to change it.</source>
        <translation>您无法写入 Java 的 cacerts（它属于 root）；请以 root 身份运行命令来更改它。</translation>
    </message>
</context>
<context>
    <name>core.journal</name>
    <message>
        <source>journal</source>
        <translation>日志</translation>
    </message>
</context>
<context>
    <name>core.keystore</name>
    <message>
        <source>The CA key is protected by a passphrase: give it with --passphrase-file FILE or $TRUSTANCHOR_PASSPHRASE (or type it when asked).</source>
        <translation>CA 密钥受密码短语保护：请用 --passphrase-file FILE 或 $TRUSTANCHOR_PASSPHRASE 提供（或在提示时输入）。</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this CA key: check it and try again.</source>
        <translation>该密码短语无法解锁此 CA 密钥：请检查后重试。</translation>
    </message>
    <message>
        <source>This is not a readable private key: choose a PEM or DER private key file.</source>
        <translation>这不是可读取的私钥：请选择 PEM 或 DER 私钥文件。</translation>
    </message>
    <message>
        <source>This key type cannot sign for TrustAnchor: use an EC (P-256, P-384) or RSA key.</source>
        <translation>此类密钥无法为 TrustAnchor 签名：请使用 EC（P-256、P-384）或 RSA 密钥。</translation>
    </message>
    <message>
        <source>This key asks for more scrypt work than is safe to spend: re-encrypt it with normal settings (openssl pkcs8 -topk8) and import it again.</source>
        <translation>此密钥要求的 scrypt 计算量超出安全范围：请用常规设置重新加密（openssl pkcs8 -topk8）后再导入。</translation>
    </message>
    <message>
        <source>This file asks for more than 10 million key-derivation rounds: re-export it with normal settings and import it again.</source>
        <translation>此文件要求超过 1000 万轮密钥派生：请用常规设置重新导出后再导入。</translation>
    </message>
</context>
<context>
    <name>core.leaf</name>
    <message>
        <source>A certificate must be valid for at least 1 day.</source>
        <translation>证书有效期至少为 1 天。</translation>
    </message>
    <message>
        <source>{days} days is too long: iPhones and Macs reject server certificates valid for more than {limit} days; use {default} (the default) or fewer.</source>
        <translation>{days} 天太长：iPhone 和 Mac 会拒绝有效期超过 {limit} 天的服务器证书；请使用 {default} 天（默认）或更短。</translation>
    </message>
    <message>
        <source>Choose a password for the .p12 file; it cannot be empty.</source>
        <translation>请为 .p12 文件设置密码；不能为空。</translation>
    </message>
    <message>
        <source>The .p12 password is too short: use at least {count} characters (or let TrustAnchor generate one).</source>
        <translation>.p12 密码太短：请至少使用 {count} 个字符（或让 TrustAnchor 生成一个）。</translation>
    </message>
</context>
<context>
    <name>core.linux</name>
    <message>
        <source>cannot read {path} ({reason})</source>
        <translation>无法读取 {path}（{reason}）</translation>
    </message>
    <message>
        <source>added by TrustAnchor as {path}</source>
        <translation>由 TrustAnchor 以 {path} 添加</translation>
    </message>
    <message>
        <source>added by someone else (TrustAnchor will not remove it)</source>
        <translation>由他人添加（TrustAnchor 不会删除它）</translation>
    </message>
    <message>
        <source>{path} is there, but the bundle was not rebuilt: run {tool}</source>
        <translation>{path} 已存在，但证书包没有重建：请运行 {tool}</translation>
    </message>
    <message>
        <source>Cannot write {target} ({reason}); the system store was left as it was.</source>
        <translation>无法写入 {target}（{reason}）；系统存储保持原样。</translation>
    </message>
    <message>
        <source>Cannot remove {target} ({reason}); the system store was left as it was.</source>
        <translation>无法删除 {target}（{reason}）；系统存储保持原样。</translation>
    </message>
    <message>
        <source>Changing the system store needs an administrator, and neither pkexec nor sudo is installed; run this command as root instead.</source>
        <translation>更改系统存储需要管理员权限，但未安装 pkexec 或 sudo；请改为以 root 身份运行此命令。</translation>
    </message>
</context>
<context>
    <name>core.listener</name>
    <message>
        <source>The HTTPS certificate or its key could not be loaded; issue a new server certificate from the CA and try again.</source>
        <extracomment>Called in the connection&apos;s own thread with the (TLS) socket, the client&apos;s IP, whether the connection is TLS, and its Activity. The listener closes the socket afterwards.</extracomment>
        <translation>无法加载 HTTPS 证书或其密钥；请用 CA 签发新的服务器证书后重试。</translation>
    </message>
</context>
<context>
    <name>core.macos</name>
    <message>
        <source>in the keychain (the handshake below shows the trust)</source>
        <translation>在钥匙串中（下面的握手结果显示信任状态）</translation>
    </message>
    <message>
        <source>macOS did not allow the change to the certificate trust settings (the password prompt was cancelled or could not be shown); nothing was changed.</source>
        <translation>macOS 不允许更改证书信任设置（密码提示被取消或无法显示）；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>core.names</name>
    <message>
        <source>such as nas.local or 192.168.1.20</source>
        <translation>例如 nas.local 或 192.168.1.20</translation>
    </message>
    <message>
        <source>{name} is listed twice; keep one.</source>
        <translation>{name} 列出了两次；请保留一个。</translation>
    </message>
    <message>
        <source>{earlier} and {name} are the same name ({display}); keep one.</source>
        <translation>{earlier} 和 {name} 是同一个名称（{display}）；请保留一个。</translation>
    </message>
    <message>
        <source>Give at least one host name or IP address, {example}.</source>
        <translation>请至少输入一个主机名或 IP 地址，{example}。</translation>
    </message>
    <message>
        <source>such as home.arpa or 192.168.0.0/16</source>
        <translation>例如 home.arpa 或 192.168.0.0/16</translation>
    </message>
    <message>
        <source>Write {domain} without the leading dot; it already covers every name under it.</source>
        <translation>请去掉 {domain} 开头的点；它已涵盖其下的所有名称。</translation>
    </message>
    <message>
        <source>Write {domain} without &apos;*.&apos;; it already covers every name under it.</source>
        <translation>请去掉 {domain} 前的 &apos;*.&apos;；它已涵盖其下的所有名称。</translation>
    </message>
    <message>
        <source>Type a host name or IP address, {example}.</source>
        <translation>请输入主机名或 IP 地址，{example}。</translation>
    </message>
    <message>
        <source>{name} contains a space; enter one name at a time, without spaces.</source>
        <translation>{name} 含有空格；请每次输入一个名称，不要带空格。</translation>
    </message>
    <message>
        <source>{name} holds several names; enter one at a time.</source>
        <translation>{name} 包含多个名称；请逐个输入。</translation>
    </message>
    <message>
        <source>{name} contains an invisible control character; type it again.</source>
        <translation>{name} 含有不可见的控制字符；请重新输入。</translation>
    </message>
    <message>
        <source>type just {host}</source>
        <translation>只需输入 {host}</translation>
    </message>
    <message>
        <source>type just the host name</source>
        <translation>只需输入主机名</translation>
    </message>
    <message>
        <source>{name} is a web address; {hint}.</source>
        <translation>{name} 是网址；{hint}。</translation>
    </message>
    <message>
        <source>{name} looks like an e-mail address; {hint}.</source>
        <translation>{name} 看起来像电子邮件地址；{hint}。</translation>
    </message>
    <message>
        <source>{name} has a zone (%{scope_id}); type just {bare}.</source>
        <translation>{name} 带有区域（%{scope_id}）；只需输入 {bare}。</translation>
    </message>
    <message>
        <source>{address} means &apos;any address&apos;; type the machine&apos;s own address instead.</source>
        <translation>{address} 表示“任意地址”；请改为输入该机器自己的地址。</translation>
    </message>
    <message>
        <source>{address} is a broadcast or multicast address; type the machine&apos;s own address.</source>
        <translation>{address} 是广播或组播地址；请输入该机器自己的地址。</translation>
    </message>
    <message>
        <source>{name} is not an IP range; write one like 192.168.0.0/16.</source>
        <translation>{name} 不是 IP 范围；请写成 192.168.0.0/16 这样的形式。</translation>
    </message>
    <message>
        <source>{name} is not the start of its range; did you mean {widened}?</source>
        <translation>{name} 不是其范围的起始地址；您是指 {widened} 吗？</translation>
    </message>
    <message>
        <source>{name} is a range of addresses; a certificate lists single addresses, so type each one, such as {first_host}.</source>
        <translation>{name} 是地址范围；证书只列出单个地址，请逐个输入，例如 {first_host}。</translation>
    </message>
    <message>
        <source>type just {before}</source>
        <translation>只需输入 {before}</translation>
    </message>
    <message>
        <source>{name} contains &apos;/&apos;; {hint}.</source>
        <translation>{name} 含有 &apos;/&apos;；{hint}。</translation>
    </message>
    <message>
        <source>Type the address without brackets: {inner}.</source>
        <translation>请输入不带方括号的地址：{inner}。</translation>
    </message>
    <message>
        <source>{name} includes a port; type just {host} (ports do not go into certificates).</source>
        <translation>{name} 包含端口；只需输入 {host}（证书中不包含端口）。</translation>
    </message>
    <message>
        <source>{name} is not a valid IPv6 address or host name; check it for typos.</source>
        <translation>{name} 不是有效的 IPv6 地址或主机名；请检查是否有拼写错误。</translation>
    </message>
    <message>
        <source>{name} contains characters that cannot be in a host name.</source>
        <translation>{name} 含有主机名中不能使用的字符。</translation>
    </message>
    <message>
        <source>start with a dot</source>
        <translation>以点开头</translation>
    </message>
    <message>
        <source>have two dots in a row</source>
        <translation>包含连续两个点</translation>
    </message>
    <message>
        <source>{name}: a host name cannot {where}.</source>
        <translation>{name}：主机名不能{where}。</translation>
    </message>
    <message>
        <source>{name}: &apos;*&apos; is not allowed here.</source>
        <translation>{name}：此处不允许使用 &apos;*&apos;。</translation>
    </message>
    <message>
        <source>{name}: a wildcard needs a name after it, like *.lab.home.arpa.</source>
        <translation>{name}：通配符后面需要名称，例如 *.lab.home.arpa。</translation>
    </message>
    <message>
        <source>{name}: a wildcard must be the whole left-most part, like *.lab.home.arpa.</source>
        <translation>{name}：通配符必须是最左侧的完整部分，例如 *.lab.home.arpa。</translation>
    </message>
    <message>
        <source>{name} is not a valid internationalised name ({exc}).</source>
        <translation>{name} 不是有效的国际化名称（{exc}）。</translation>
    </message>
    <message>
        <source>{name}: host names cannot contain &apos;_&apos;; use &apos;-&apos; instead.</source>
        <translation>{name}：主机名不能包含 &apos;_&apos;；请改用 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>{name}: {bad!r} cannot be in a host name; use letters, digits and &apos;-&apos;.</source>
        <translation>{name}：主机名中不能有 {bad!r}；请使用字母、数字和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>{name}: a part of a host name cannot start or end with &apos;-&apos;.</source>
        <translation>{name}：主机名的各部分不能以 &apos;-&apos; 开头或结尾。</translation>
    </message>
    <message>
        <source>{name}: {label} is not a valid internationalised (xn--) name.</source>
        <translation>{name}：{label} 不是有效的国际化（xn--）名称。</translation>
    </message>
    <message>
        <source>{name}: each part between dots can be at most {limit} characters, and {part} has {length}.</source>
        <translation>{name}：点之间的每一部分最多 {limit} 个字符，而 {part} 有 {length} 个。</translation>
    </message>
    <message>
        <source>{name} is too long: a host name can be at most {limit} characters.</source>
        <translation>{name} 太长：主机名最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{name} is not a valid IP address; an IPv4 address is four numbers from 0 to 255 without leading zeros, such as 192.168.1.20.</source>
        <translation>{name} 不是有效的 IP 地址；IPv4 地址是四个 0 到 255 的数字，不带前导零，例如 192.168.1.20。</translation>
    </message>
    <message>
        <source>{name}: the last part of a host name cannot be only digits.</source>
        <translation>{name}：主机名的最后一部分不能全是数字。</translation>
    </message>
    <message>
        <source>{name} would cover all of {base}, which browsers refuse; use a name one level down, such as *.lab.{base}, or list each name.</source>
        <translation>{name} 会覆盖整个 {base}，浏览器会拒绝；请使用低一级的名称，例如 *.lab.{base}，或逐个列出名称。</translation>
    </message>
</context>
<context>
    <name>core.nss</name>
    <message>
        <source>Cannot create {path} ({reason}).</source>
        <translation>无法创建 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>certutil cannot read {path}</source>
        <translation>certutil 无法读取 {path}</translation>
    </message>
    <message>
        <source>present as {nickname!r} but not trusted for websites ({trust})</source>
        <translation>以 {nickname!r} 存在，但未被信任用于网站（{trust}）</translation>
    </message>
    <message>
        <source>added by TrustAnchor as {nickname!r}</source>
        <translation>由 TrustAnchor 以 {nickname!r} 添加</translation>
    </message>
    <message>
        <source>vfychain (NSS) verified a server certificate from the CA</source>
        <translation>vfychain（NSS）验证了该 CA 的服务器证书</translation>
    </message>
    <message>
        <source>certutil -V (NSS) verified the CA for TLS servers</source>
        <translation>certutil -V（NSS）验证了该 CA 可用于 TLS 服务器</translation>
    </message>
    <message>
        <source>{path} is read-only; it was left as it was.</source>
        <translation>{path} 为只读；保持原样。</translation>
    </message>
</context>
<context>
    <name>core.operations</name>
    <message>
        <source>The .p12 password is too short: use at least {count} characters, or let TrustAnchor generate one.</source>
        <translation>.p12 密码太短：请至少使用 {count} 个字符，或让 TrustAnchor 生成一个。</translation>
    </message>
    <message>
        <source>a .p12 file holds the CA&apos;s private key and needs a password</source>
        <translation>.p12 文件包含 CA 的私钥，需要密码</translation>
    </message>
</context>
<context>
    <name>core.outputs</name>
    <message>
        <source>{path} is {kind}, not a regular file; TrustAnchor only overwrites regular files: choose another name.</source>
        <translation>{path} 是 {kind}，不是普通文件；TrustAnchor 只覆盖普通文件：请换一个名称。</translation>
    </message>
    <message>
        <source>{path} already exists; move it away or choose to overwrite it.</source>
        <translation>{path} 已存在；请移走它，或选择覆盖。</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); choose a folder you can write to.</source>
        <translation>无法写入 {path}（{reason}）；请选择您有写入权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>core.proof</name>
    <message>
        <source>the operating system (truststore)</source>
        <translation>操作系统（truststore）</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>未握手</translation>
    </message>
    <message>
        <source>TLS handshake to {address} verified by {method}</source>
        <translation>与 {address} 的 TLS 握手，由{method}验证</translation>
    </message>
    <message>
        <source>the certificate was accepted</source>
        <translation>证书已被接受</translation>
    </message>
</context>
<context>
    <name>core.publisher</name>
    <message>
        <source>This computer has no network address a phone could reach; connect it to your Wi-Fi or network, or pass --bind with an address.</source>
        <translation>这台计算机没有手机可访问的网络地址；请连接 Wi-Fi 或网络，或用 --bind 指定地址。</translation>
    </message>
    <message>
        <source>Bonjour is off.</source>
        <translation>Bonjour 已关闭。</translation>
    </message>
    <message>
        <source>This CA may not sign {address}, so phones could not test trust against it; choose another address with --bind, or use a CA whose name constraints include it.</source>
        <translation>此 CA 不能为 {address} 签名，手机无法用它测试信任；请用 --bind 选择其他地址，或使用名称约束包含该地址的 CA。</translation>
    </message>
    <message>
        <source>No name for the HTTPS test certificate; choose an address with --bind.</source>
        <translation>HTTPS 测试证书没有名称；请用 --bind 选择地址。</translation>
    </message>
    <message>
        <source>Bonjour is off (--no-mdns).</source>
        <translation>Bonjour 已关闭（--no-mdns）。</translation>
    </message>
    <message>
        <source>Bonjour is off for a loopback address.</source>
        <translation>环回地址不使用 Bonjour。</translation>
    </message>
</context>
<context>
    <name>core.reachability</name>
    <message>
        <source>If the phone is on the same Wi-Fi, Windows Defender Firewall is the usual cause: in Settings &gt; Network &amp; internet, make this network Private, and under Windows Security &gt; Firewall &amp; network protection &gt; Allow an app through firewall, allow TrustAnchor on Private networks.</source>
        <translation>如果手机在同一 Wi-Fi 上，通常是 Windows Defender 防火墙造成的：在 Settings &gt; Network &amp; internet 中把此网络设为 Private，并在 Windows Security &gt; Firewall &amp; network protection &gt; Allow an app through firewall 中允许 TrustAnchor 使用 Private 网络。</translation>
    </message>
    <message>
        <source>If the phone is on the same Wi-Fi, check System Settings &gt; Network &gt; Firewall &gt; Options (allow TrustAnchor) and System Settings &gt; Privacy &amp; Security &gt; Local Network (TrustAnchor on).</source>
        <translation>如果手机在同一 Wi-Fi 上，请检查 System Settings &gt; Network &gt; Firewall &gt; Options（允许 TrustAnchor）和 System Settings &gt; Privacy &amp; Security &gt; Local Network（打开 TrustAnchor）。</translation>
    </message>
    <message>
        <source>If the phone is on the same Wi-Fi, a firewall on this computer may block it: allow the page&apos;s port (for example `sudo ufw allow {port}/tcp`, or `sudo firewall-cmd --add-port={port}/tcp`).</source>
        <translation>如果手机在同一 Wi-Fi 上，可能是这台电脑的防火墙拦截了它：请放行该页面的端口（例如 `sudo ufw allow {port}/tcp` 或 `sudo firewall-cmd --add-port={port}/tcp`）。</translation>
    </message>
    <message>
        <source>No phone has opened the page yet. {steps} Also check that the phone is not on a guest network or using mobile data.</source>
        <translation>还没有手机打开此页面。{steps} 另请确认手机没有连接访客网络，也没有使用移动数据。</translation>
    </message>
</context>
<context>
    <name>core.reader</name>
    <message>
        <source>certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <source>{label} is not a PEM or DER certificate</source>
        <translation>{label} 不是 PEM 或 DER 证书</translation>
    </message>
</context>
<context>
    <name>core.renewal</name>
    <message>
        <source>the record for {names} does not say where its files are; issue it again with `trustanchor issue`</source>
        <translation>{names} 的记录中没有文件位置；请用 `trustanchor issue` 重新签发</translation>
    </message>
</context>
<context>
    <name>core.rules</name>
    <message>
        <source>An extension cannot be read ({detail}); iOS refuses malformed certificates.</source>
        <translation>无法读取某个扩展（{detail}）；iOS 会拒绝格式错误的证书。</translation>
    </message>
    <message>
        <source>The critical extension {oid} is unknown to verifiers, so they must refuse the certificate.</source>
        <translation>验证方不认识关键扩展 {oid}，因此必须拒绝该证书。</translation>
    </message>
    <message>
        <source>This certificate expired on {date} UTC, and iOS refuses expired certificates: make a new one.</source>
        <translation>此证书已于 {date} UTC 过期，iOS 会拒绝过期证书：请新建一个。</translation>
    </message>
    <message>
        <source>This certificate is valid only from {date} UTC; iOS refuses it until then (check the maker&apos;s clock).</source>
        <translation>此证书从 {date} UTC 起才有效；在此之前 iOS 会拒绝它（请检查制作方的时钟）。</translation>
    </message>
    <message>
        <source>This certificate expires on {date}: renew it soon.</source>
        <translation>此证书将于 {date} 过期：请尽快续期。</translation>
    </message>
    <message>
        <source>{who} has a {bits}-bit RSA key; iOS refuses RSA keys under 2048 bits: use RSA 2048+ or EC P-256.</source>
        <translation>{who}的 RSA 密钥为 {bits} 位；iOS 拒绝低于 2048 位的 RSA 密钥：请使用 RSA 2048+ 或 EC P-256。</translation>
    </message>
    <message>
        <source>{who} has a {bits}-bit EC key; iOS requires P-256 or more.</source>
        <translation>{who}的 EC 密钥为 {bits} 位；iOS 要求 P-256 或更高。</translation>
    </message>
    <message>
        <source>{who} uses the curve {curve}; Apple&apos;s TLS accepts only P-256, P-384 and P-521.</source>
        <translation>{who}使用曲线 {curve}；Apple 的 TLS 只接受 P-256、P-384 和 P-521。</translation>
    </message>
    <message>
        <source>{who} has a P-521 key: iOS accepts it, Chrome does not. P-256 or P-384 work everywhere.</source>
        <translation>{who}使用 P-521 密钥：iOS 接受，Chrome 不接受。P-256 或 P-384 在各处都可用。</translation>
    </message>
    <message>
        <source>{who} has {kind} key, but Apple&apos;s TLS accepts only RSA and EC keys: use EC P-256 or RSA 2048+.</source>
        <translation>{who}的密钥类型为 {kind}，但 Apple 的 TLS 只接受 RSA 和 EC 密钥：请使用 EC P-256 或 RSA 2048+。</translation>
    </message>
    <message>
        <source>This certificate is signed with SHA-1, which iOS refuses for TLS (except in a root&apos;s own signature): sign it with SHA-256.</source>
        <translation>此证书使用 SHA-1 签名，iOS 在 TLS 中拒绝它（根证书的自签名除外）：请用 SHA-256 签名。</translation>
    </message>
    <message>
        <source>This certificate is signed with MD5, which iOS refuses for TLS (except in a root&apos;s own signature): sign it with SHA-256.</source>
        <translation>此证书使用 MD5 签名，iOS 在 TLS 中拒绝它（根证书的自签名除外）：请用 SHA-256 签名。</translation>
    </message>
    <message>
        <source>This certificate is signed with {alg}; Apple&apos;s TLS takes RSA or ECDSA signatures with SHA-2: sign it with SHA-256.</source>
        <translation>此证书使用 {alg} 签名；Apple 的 TLS 接受带 SHA-2 的 RSA 或 ECDSA 签名：请用 SHA-256 签名。</translation>
    </message>
    <message>
        <source>This root CA also names servers ({names}); Firefox refuses a CA as a server certificate: issue a separate one.</source>
        <translation>此根 CA 还列出了服务器（{names}）；Firefox 拒绝把 CA 用作服务器证书：请另行签发一个。</translation>
    </message>
    <message>
        <source>This certificate is not a CA (basicConstraints CA:TRUE), so iOS does not list it in Certificate Trust Settings: make a real root.</source>
        <translation>此证书不是 CA（basicConstraints CA:TRUE），因此 iOS 不会在证书信任设置中列出它：请创建真正的根证书。</translation>
    </message>
    <message>
        <source>CA:TRUE is not marked critical; iOS lists only critical CA:TRUE roots in Certificate Trust Settings.</source>
        <translation>CA:TRUE 未标记为关键；iOS 在证书信任设置中只列出 CA:TRUE 为关键的根证书。</translation>
    </message>
    <message>
        <source>This CA has no path length limit, so chains of any depth pass; a stolen key signs leaves for any name anyway: name constraints are what bound it.</source>
        <translation>此 CA 没有路径长度限制，任意深度的链都能通过；被盗的密钥反正可以为任何名称签发证书：能限制它的是名称约束。</translation>
    </message>
    <message>
        <source>This CA has no keyUsage: iOS accepts it, strict checkers refuse the chain.</source>
        <translation>此 CA 没有 keyUsage：iOS 接受，严格的检查程序会拒绝该链。</translation>
    </message>
    <message>
        <source>This CA&apos;s keyUsage lacks keyCertSign, so iOS refuses everything it signs.</source>
        <translation>此 CA 的 keyUsage 缺少 keyCertSign，因此 iOS 会拒绝它签名的所有内容。</translation>
    </message>
    <message>
        <source>This CA has no subjectKeyIdentifier: iOS accepts it, strict checkers do not.</source>
        <translation>此 CA 没有 subjectKeyIdentifier：iOS 接受，严格的检查程序不接受。</translation>
    </message>
    <message>
        <source>This root has no Common Name, and iOS does not list such a root in Certificate Trust Settings: give it a name such as &quot;Home CA&quot;.</source>
        <translation>此根证书没有 Common Name，iOS 不会在证书信任设置中列出这样的根证书：请给它起个名字，例如 &quot;Home CA&quot;。</translation>
    </message>
    <message>
        <source>This root&apos;s signature does not verify with its own key (damaged?), so iOS cannot use it as a root.</source>
        <translation>此根证书的签名无法用它自己的密钥验证（已损坏？），因此 iOS 无法将其用作根证书。</translation>
    </message>
    <message>
        <source>This server certificate is also a CA (CA:TRUE); Firefox refuses it and a CA key must not sit on a server: use CA:FALSE.</source>
        <translation>此服务器证书同时也是 CA（CA:TRUE）；Firefox 会拒绝它，而且 CA 密钥不应放在服务器上：请使用 CA:FALSE。</translation>
    </message>
    <message>
        <source>This server certificate signs itself without being a CA, so iOS cannot trust it: issue it from a root CA on the iPhone.</source>
        <translation>此服务器证书不是 CA 却自签名，因此 iOS 无法信任它：请用 iPhone 上的根 CA 签发。</translation>
    </message>
    <message>
        <source>iOS ignores the Common Name for host names: put {cn} in the subjectAltName (here it is only in the Common Name).</source>
        <translation>iOS 不使用 Common Name 匹配主机名：请把 {cn} 放进 subjectAltName（这里它只在 Common Name 中）。</translation>
    </message>
    <message>
        <source>There is no subjectAltName with a DNS name or IP address, the only place iOS looks for host names: add the names.</source>
        <translation>没有包含 DNS 名称或 IP 地址的 subjectAltName，而 iOS 只在那里查找主机名：请添加名称。</translation>
    </message>
    <message>
        <source>The Common Name {cn} is not in the subjectAltName, so iOS refuses connections to {cn}: add it there.</source>
        <translation>Common Name {cn} 不在 subjectAltName 中，因此 iOS 会拒绝连接 {cn}：请把它加进去。</translation>
    </message>
    <message>
        <source>{name} is written as a DNS name; iPhones and browsers match addresses only as IP:{name} entries.</source>
        <translation>{name} 被写成了 DNS 名称；iPhone 和浏览器只把 IP:{name} 形式的条目当作地址匹配。</translation>
    </message>
    <message>
        <source>Browsers accept a wildcard only as the whole left-most label (like *.lab.home.arpa), not {name}.</source>
        <translation>浏览器只接受作为最左侧完整标签的通配符（如 *.lab.home.arpa），不接受 {name}。</translation>
    </message>
    <message>
        <source>Browsers refuse {name}, a wildcard right under {parent}: use nas.{parent} or *.lab.{parent}.</source>
        <translation>浏览器拒绝 {name}，即直接位于 {parent} 之下的通配符：请使用 nas.{parent} 或 *.lab.{parent}。</translation>
    </message>
    <message>
        <source>The subject is empty, so the subjectAltName must be critical for strict checkers.</source>
        <translation>主题为空，因此对严格的检查程序而言 subjectAltName 必须标为关键。</translation>
    </message>
    <message>
        <source>There is no extendedKeyUsage; iOS 13 and later require one with serverAuth: reissue it with serverAuth.</source>
        <translation>没有 extendedKeyUsage；iOS 13 及更高版本要求带 serverAuth 的 extendedKeyUsage：请带 serverAuth 重新签发。</translation>
    </message>
    <message>
        <source>The extendedKeyUsage allows {uses} but not serverAuth, so iOS refuses it for HTTPS: reissue it with serverAuth.</source>
        <translation>extendedKeyUsage 允许 {uses}，但没有 serverAuth，因此 iOS 会在 HTTPS 中拒绝它：请带 serverAuth 重新签发。</translation>
    </message>
    <message>
        <source>The keyUsage lacks digitalSignature, which TLS 1.3 and ECDHE need; clients that check it refuse the certificate.</source>
        <translation>keyUsage 缺少 TLS 1.3 和 ECDHE 所需的 digitalSignature；会检查此项的客户端将拒绝该证书。</translation>
    </message>
    <message>
        <source>Valid for {days} days, but iOS refuses server certificates made after 1 July 2019 that last over 825 days, even under your own root (397 is safest).</source>
        <translation>有效期为 {days} 天，但 iOS 会拒绝 2019 年 7 月 1 日之后签发、有效期超过 825 天的服务器证书，即使在你自己的根证书下也是如此（397 天最稳妥）。</translation>
    </message>
    <message>
        <source>Valid for {days} days: fine under your own root, though public ones stop at 398 (397 is safest).</source>
        <translation>有效期为 {days} 天：在你自己的根证书下没问题，但公共证书最长为 398 天（397 天最稳妥）。</translation>
    </message>
    <message>
        <source>There is no authorityKeyIdentifier: iOS accepts that, strict checkers do not.</source>
        <translation>没有 authorityKeyIdentifier：iOS 接受，严格的检查程序不接受。</translation>
    </message>
    <message>
        <source>This certificate was issued by {issuer}, not by the CA given ({subject}).</source>
        <translation>此证书由 {issuer} 签发，而不是指定的 CA（{subject}）。</translation>
    </message>
    <message>
        <source>This certificate names another CA key than the CA given: it comes from a different CA of that name.</source>
        <translation>此证书指向的 CA 密钥与指定的 CA 不同：它来自另一个同名 CA。</translation>
    </message>
    <message>
        <source>The given CA&apos;s key did not sign this certificate (was the CA made again?): use the CA that did, or reissue it.</source>
        <translation>指定 CA 的密钥没有为此证书签名（CA 是否重新创建过？）：请使用签发它的 CA，或重新签发。</translation>
    </message>
    <message>
        <source>This certificate outlives its CA, which expires on {date}; from then on iOS refuses it.</source>
        <translation>此证书的有效期超过了它的 CA（将于 {date} 过期）；从那时起 iOS 会拒绝它。</translation>
    </message>
    <message>
        <source>The CA may only vouch for {allowed}, but this certificate names {names}: iOS refuses it.</source>
        <translation>此 CA 只能为 {allowed} 担保，但此证书列出了 {names}：iOS 会拒绝它。</translation>
    </message>
    <message>
        <source>The given CA is not marked CA:TRUE, so nothing it signs is trusted.</source>
        <translation>指定的 CA 未标记为 CA:TRUE，因此它签名的任何内容都不受信任。</translation>
    </message>
    <message>
        <source>The issuing CA expired on {date}, so iOS refuses everything it issued: make a new CA.</source>
        <translation>签发 CA 已于 {date} 过期，因此 iOS 会拒绝它签发的所有证书：请新建一个 CA。</translation>
    </message>
    <message>
        <source>This certificate</source>
        <translation>此证书</translation>
    </message>
    <message>
        <source>an unknown kind of</source>
        <translation>未知</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <source>The issuing CA</source>
        <translation>签发 CA</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>其他名称</translation>
    </message>
</context>
<context>
    <name>core.runner</name>
    <message>
        <source>{tool} did not finish within {seconds:.0f} seconds; nothing more was changed.</source>
        <translation>{tool} 未在 {seconds:.0f} 秒内完成；未再作任何更改。</translation>
    </message>
    <message>
        <source>Cannot run {program}: {reason}.</source>
        <translation>无法运行 {program}：{reason}。</translation>
    </message>
    <message>
        <source>{tool} is not installed: install {package}.</source>
        <translation>未安装 {tool}：请安装 {package}。</translation>
    </message>
    <message>
        <source>{tool} is not installed.</source>
        <translation>未安装 {tool}。</translation>
    </message>
    <message>
        <source>The administrator password was not given, so the system store was left as it was.</source>
        <translation>未提供管理员密码，因此系统存储保持原样。</translation>
    </message>
</context>
<context>
    <name>core.servercheck</name>
    <message>
        <source>{url!r} is not a valid https:// URL.</source>
        <translation>{url!r} 不是有效的 https:// URL。</translation>
    </message>
    <message>
        <source>{url!r} is not an https:// URL with a host name, such as https://nas.local:8443.</source>
        <translation>{url!r} 不是带主机名的 https:// URL，例如 https://nas.local:8443。</translation>
    </message>
    <message>
        <source>{host} could not be found: check the name, or use the server&apos;s IP address.</source>
        <translation>找不到 {host}：请检查名称，或使用服务器的 IP 地址。</translation>
    </message>
    <message>
        <source>{where} did not answer within {timeout:g} seconds (a firewall, or the server is off).</source>
        <translation>{where} 在 {timeout:g} 秒内没有响应（可能是防火墙，或服务器已关闭）。</translation>
    </message>
    <message>
        <source>Nothing is listening at {where} (connection refused).</source>
        <translation>{where} 上没有程序在监听（连接被拒绝）。</translation>
    </message>
    <message>
        <source>{where} cannot be reached: {reason}.</source>
        <translation>无法连接 {where}：{reason}。</translation>
    </message>
    <message>
        <source>{where} offers only TLS older than 1.2, which an iPhone refuses; turn on TLS 1.2 or 1.3 on the server.</source>
        <translation>{where} 只提供低于 1.2 的 TLS，iPhone 会拒绝；请在服务器上启用 TLS 1.2 或 1.3。</translation>
    </message>
    <message>
        <source>{where} answered, but no TLS handshake completed ({reason}); is it an HTTPS port?</source>
        <translation>{where} 有响应，但 TLS 握手没有完成（{reason}）；这是 HTTPS 端口吗？</translation>
    </message>
    <message>
        <source>The chain leads to your CA &quot;{ca}&quot;.</source>
        <translation>该链通向你的 CA &quot;{ca}&quot;。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>The certificate names your CA as its issuer but your CA&apos;s key did not sign it: it comes from another CA with the same name.</source>
        <translation>该证书把你的 CA 列为签发者，但你的 CA 密钥并未为它签名：它来自另一个同名 CA。</translation>
    </message>
    <message>
        <source>The server does not send the certificate of its issuer {issuer}: add that intermediate to the server&apos;s certificate file (fullchain).</source>
        <translation>服务器没有发送其签发者 {issuer} 的证书：请把该中间证书加入服务器的证书文件（fullchain）。</translation>
    </message>
    <message>
        <source>The chain does not lead to a CA you gave: it is self-signed.</source>
        <translation>该链没有通向你提供的 CA：它是自签名的。</translation>
    </message>
    <message>
        <source>The chain does not lead to your CA &quot;{ca}&quot;: it is self-signed.</source>
        <translation>该链没有通向你的 CA &quot;{ca}&quot;：它是自签名的。</translation>
    </message>
    <message>
        <source>The chain does not lead to a CA you gave: it is issued by {issuer}.</source>
        <translation>该链没有通向你提供的 CA：它由 {issuer} 签发。</translation>
    </message>
    <message>
        <source>The chain does not lead to your CA &quot;{ca}&quot;: it is issued by {issuer}.</source>
        <translation>该链没有通向你的 CA &quot;{ca}&quot;：它由 {issuer} 签发。</translation>
    </message>
    <message>
        <source>{host} is not a name a certificate can hold.</source>
        <translation>{host} 不是证书可以包含的名称。</translation>
    </message>
    <message>
        <source>no names at all</source>
        <translation>任何名称都没有</translation>
    </message>
    <message>
        <source>{name} is one of the certificate&apos;s names.</source>
        <translation>{name} 是该证书的名称之一。</translation>
    </message>
    <message>
        <source>The certificate is not for {name}: it names {listed}.</source>
        <translation>该证书不是为 {name} 签发的：它列出的是 {listed}。</translation>
    </message>
    <message>
        <source>The certificate passes Apple&apos;s rules for server certificates.</source>
        <translation>该证书符合 Apple 对服务器证书的规则。</translation>
    </message>
    <message>
        <source>The certificate expired on {day}; issue a new one.</source>
        <translation>该证书已于 {day} 过期；请签发新证书。</translation>
    </message>
    <message>
        <source>The certificate is not valid before {day}; check the clocks.</source>
        <translation>该证书在 {day} 之前无效；请检查时钟。</translation>
    </message>
    <message>
        <source>The certificate expires on {day} (in {days} days).</source>
        <translation>该证书将于 {day} 过期（还有 {days} 天）。</translation>
    </message>
    <message>
        <source>The server speaks {version}.</source>
        <translation>服务器使用 {version}。</translation>
    </message>
    <message>
        <source>The server chose {version}; an iPhone needs TLS 1.2 or newer.</source>
        <translation>服务器选择了 {version}；iPhone 需要 TLS 1.2 或更高版本。</translation>
    </message>
    <message>
        <source>an old TLS</source>
        <translation>旧版 TLS</translation>
    </message>
    <message>
        <source>This phone completed a trusted HTTPS connection to the server.</source>
        <translation>这部手机已与服务器建立受信任的 HTTPS 连接。</translation>
    </message>
    <message>
        <source>The computer has not finished checking this server; try again.</source>
        <translation>电脑尚未完成对此服务器的检查；请重试。</translation>
    </message>
    <message>
        <source>Neither this phone nor the computer reached it: {error}</source>
        <translation>这部手机和电脑都没有连上它：{error}</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is good, but this phone does not trust your CA yet.</source>
        <translation>服务器的证书没有问题，但这部手机还不信任你的 CA。</translation>
    </message>
    <message>
        <source>The computer reached the server and its certificate is good, but this phone did not reach it: is the phone on the same network?</source>
        <translation>电脑已连上服务器且其证书没有问题，但这部手机没有连上：手机是否在同一网络中？</translation>
    </message>
</context>
<context>
    <name>core.serverconfig</name>
    <message>
        <source>Put this in a file under /etc/nginx/conf.d/ (or your site&apos;s file), then run: nginx -t &amp;&amp; nginx -s reload</source>
        <translation>将其放入 /etc/nginx/conf.d/ 下的文件（或你站点的文件），然后运行：nginx -t &amp;&amp; nginx -s reload</translation>
    </message>
    <message>
        <source>Add this to your Caddyfile, then run: caddy reload</source>
        <translation>将其添加到你的 Caddyfile，然后运行：caddy reload</translation>
    </message>
    <message>
        <source>Enable TLS once with: a2enmod ssl. Put this in /etc/apache2/sites-available/, a2ensite it, then run: apachectl configtest &amp;&amp; apachectl graceful (leave out the Listen line if ports.conf already has it)</source>
        <translation>先启用一次 TLS：a2enmod ssl。将其放入 /etc/apache2/sites-available/，用 a2ensite 启用，然后运行：apachectl configtest &amp;&amp; apachectl graceful（如果 ports.conf 已有 Listen 行，请去掉它）</translation>
    </message>
    <message>
        <source>Save as server.js and run: node server.js (with Express, pass your app in place of the handler)</source>
        <translation>另存为 server.js 并运行：node server.js（使用 Express 时，用你的 app 代替处理函数）</translation>
    </message>
    <message>
        <source>Save as serve.py and run: python3 serve.py (it serves the current folder; for uvicorn use --ssl-certfile and --ssl-keyfile with the same two files)</source>
        <translation>另存为 serve.py 并运行：python3 serve.py（它提供当前文件夹；uvicorn 请用 --ssl-certfile 和 --ssl-keyfile 指定这两个文件）</translation>
    </message>
    <message>
        <source>Copy {fullchain} and {key} into Home Assistant&apos;s ssl folder (Samba or File editor add-on), add this to configuration.yaml, then restart Home Assistant; it then answers on https:// at port 8123</source>
        <translation>将 {fullchain} 和 {key} 复制到 Home Assistant 的 ssl 文件夹（Samba 或 File editor 加载项），把这段添加到 configuration.yaml，然后重启 Home Assistant；之后它在 8123 端口以 https:// 应答</translation>
    </message>
</context>
<context>
    <name>core.service</name>
    <message>
        <source>No {store} trust store was found on this computer; nothing was changed.</source>
        <translation>在这台计算机上未找到 {store} 信任存储；未作任何更改。</translation>
    </message>
    <message>
        <source>The CA {fingerprint} is already in {names}; nothing was changed.</source>
        <translation>CA {fingerprint} 已在 {names} 中；未作任何更改。</translation>
    </message>
    <message>
        <source>None of {names} holds a CA TrustAnchor added; nothing was removed.</source>
        <translation>{names} 中都没有 TrustAnchor 添加的 CA；未删除任何内容。</translation>
    </message>
    <message>
        <source>OpenSSL with {bundle}</source>
        <translation>使用 {bundle} 的 OpenSSL</translation>
    </message>
    <message>
        <source>cannot read the bundle ({reason})</source>
        <translation>无法读取证书包（{reason}）</translation>
    </message>
</context>
<context>
    <name>core.status</name>
    <message>
        <source>the directory URL {url!r} in acme.json is not an https:// URL</source>
        <translation>acme.json 中的目录 URL {url!r} 不是 https:// URL</translation>
    </message>
    <message>
        <source>cannot read the root certificate {path}: {reason}</source>
        <translation>无法读取根证书 {path}：{reason}</translation>
    </message>
    <message>
        <source>{url} does not answer ({reason})</source>
        <translation>{url} 没有响应（{reason}）</translation>
    </message>
    <message>
        <source>{url} does not answer like an ACME server ({reason})</source>
        <translation>{url} 的响应不像 ACME 服务器（{reason}）</translation>
    </message>
    <message>
        <source>{url} answered, but not with an ACME directory</source>
        <translation>{url} 有响应，但返回的不是 ACME 目录</translation>
    </message>
    <message>
        <source>Caddy data file</source>
        <translation>Caddy 数据文件</translation>
    </message>
    <message>
        <source>{path} is missing; run `trustanchor acme setup` again</source>
        <translation>缺少 {path}；请重新运行 `trustanchor acme setup`</translation>
    </message>
    <message>
        <source>cannot read the certificate {path}: {exc}</source>
        <translation>无法读取证书 {path}：{exc}</translation>
    </message>
</context>
<context>
    <name>core.vetting</name>
    <message>
        <source>{name} has a serial number below 1, which RFC 5280 (4.1.2.2) forbids and newer software rejects: create a new CA instead.</source>
        <translation>{name} 的序列号小于 1，这是 RFC 5280（4.1.2.2）禁止的，较新的软件会拒绝：请改为创建新的 CA。</translation>
    </message>
    <message>
        <source>{name} is an intermediate CA, not a root: choose the root CA (the self-signed one).</source>
        <translation>{name} 是中间 CA，不是根 CA：请选择根 CA（自签名的那个）。</translation>
    </message>
    <message>
        <source>The CA in {name} expired on {day:%Y-%m-%d}: create a new CA instead.</source>
        <translation>{name} 中的 CA 已于 {day:%Y-%m-%d} 过期：请改为创建新的 CA。</translation>
    </message>
    <message>
        <source>The CA in {name} only becomes valid on {day:%Y-%m-%d %H:%M} UTC, and nothing it signs would be trusted before then: check this computer&apos;s date, or import it from that day on.</source>
        <translation>{name} 中的 CA 要到 {day:%Y-%m-%d %H:%M} UTC 才生效，在此之前它签名的内容都不会被信任：请检查这台计算机的日期，或从那天起再导入。</translation>
    </message>
    <message>
        <source>The CA&apos;s {what} contains a control character ({code}); TrustAnchor will not import it: such characters can rewrite what a terminal or a phone shows.</source>
        <translation>CA 的{what}含有控制字符（{code}）；TrustAnchor 不会导入它：这类字符可能篡改终端或手机上显示的内容。</translation>
    </message>
    <message>
        <source>The self-signature of {name} uses an algorithm TrustAnchor cannot check: export the CA certificate again, or create a new CA.</source>
        <translation>{name} 的自签名使用了 TrustAnchor 无法验证的算法：请重新导出 CA 证书，或创建新的 CA。</translation>
    </message>
    <message>
        <source>The self-signature of {name} does not verify (the file is damaged or altered): export the CA certificate again.</source>
        <translation>{name} 的自签名验证失败（文件已损坏或被篡改）：请重新导出 CA 证书。</translation>
    </message>
</context>
<context>
    <name>core.windows</name>
    <message>
        <source>in {location}</source>
        <translation>在 {location} 中</translation>
    </message>
    <message>
        <source>Adding to this computer&apos;s trusted roots needs an elevated prompt: run the command from a terminal opened with &quot;Run as administrator&quot;.</source>
        <translation>添加到这台计算机的受信任根证书需要提升权限：请在以&quot;以管理员身份运行&quot;打开的终端中运行该命令。</translation>
    </message>
    <message>
        <source>You declined Windows&apos; confirmation, so nothing was changed.</source>
        <translation>您拒绝了 Windows 的确认，因此未作任何更改。</translation>
    </message>
    <message>
        <source>Windows denied the change (it needs an elevated prompt); nothing was changed.</source>
        <translation>Windows 拒绝了此更改（需要提升权限）；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>core.wizard</name>
    <message>
        <source>Type a passphrase twice, or untick “Protect the CA key with a passphrase”.</source>
        <translation>请输入两次密码短语，或取消勾选“Protect the CA key with a passphrase”。</translation>
    </message>
    <message>
        <source>Type a passphrase, or untick “Protect the CA key with a passphrase”.</source>
        <translation>请输入密码短语，或取消勾选“Protect the CA key with a passphrase”。</translation>
    </message>
    <message>
        <source>Use a passphrase of at least {count} characters.</source>
        <translation>请使用至少 {count} 个字符的密码短语。</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>两次输入的密码短语不一致；请输入相同的密码短语两次。</translation>
    </message>
    <message>
        <source>There is no CA yet; choose “Create a new CA” or import one.</source>
        <translation>尚无 CA；请选择“Create a new CA”或导入一个。</translation>
    </message>
    <message>
        <source>Type your CA&apos;s passphrase.</source>
        <translation>请输入 CA 的密码短语。</translation>
    </message>
    <message>
        <source>You already have a CA: use it, or tick “Replace my current CA” (it is kept in the archive folder).</source>
        <translation>您已有一个 CA：请使用它，或勾选“Replace my current CA”（旧 CA 会保存在归档文件夹中）。</translation>
    </message>
    <message>
        <source>Choose the CA file or mkcert folder to import.</source>
        <translation>请选择要导入的 CA 文件或 mkcert 文件夹。</translation>
    </message>
    <message>
        <source>Choose a file TrustAnchor can read as a CA (see the message above).</source>
        <translation>请选择 TrustAnchor 能作为 CA 读取的文件（见上方消息）。</translation>
    </message>
    <message>
        <source>Give your CA a name; your phone shows it in Settings.</source>
        <translation>请为 CA 命名；手机会在设置中显示它。</translation>
    </message>
    <message>
        <source>Shorten the CA name to {limit} characters or fewer.</source>
        <translation>请将 CA 名称缩短到 {limit} 个字符以内。</translation>
    </message>
    <message>
        <source>Choose one of the offered key types.</source>
        <translation>请选择提供的密钥类型之一。</translation>
    </message>
    <message>
        <source>List at least one name or address range, or untick the limit.</source>
        <translation>请至少列出一个名称或地址范围，或取消勾选限制。</translation>
    </message>
    <message>
        <source>Choose a lifetime between 1 and {limit} days; iPhones reject longer ones.</source>
        <translation>请选择 1 到 {limit} 天的有效期；iPhone 会拒绝更长的有效期。</translation>
    </message>
    <message>
        <source>Choose the folder to save the certificate in.</source>
        <translation>请选择保存证书的文件夹。</translation>
    </message>
</context>
<context>
    <name>done</name>
    <message>
        <source>Your phone can now trust your own HTTPS services.</source>
        <translation>你的手机现在可以信任你自己的 HTTPS 服务了。</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>你的 CA</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation>你的证书</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>&amp;Stop publishing</source>
        <translation>停止发布(&amp;S)</translation>
    </message>
    <message>
        <source>Stop publishing the CA on the network</source>
        <translation>停止在网络上发布 CA</translation>
    </message>
    <message>
        <source>&amp;Publish again</source>
        <translation>重新发布(&amp;P)</translation>
    </message>
    <message>
        <source>Publish the CA on the network again, for more devices</source>
        <translation>再次在网络上发布 CA，供更多设备使用</translation>
    </message>
    <message>
        <source>&amp;Issue another certificate</source>
        <translation>再签发一个证书(&amp;I)</translation>
    </message>
    <message>
        <source>Issue another certificate from this CA</source>
        <translation>用此 CA 再签发一个证书</translation>
    </message>
    <message>
        <source>Keep the CA folder safe and backed up: it holds the key that your devices trust. To add another phone later, run TrustAnchor again and choose “{choice}”.</source>
        <translation>请妥善保管并备份 CA 文件夹：其中有你的设备所信任的私钥。以后要添加其他手机，请再次运行 TrustAnchor 并选择“{choice}”。</translation>
    </message>
    <message>
        <source>Your CA “{name}” (fingerprint {fingerprint}) is kept in {folder}, valid until {date}.</source>
        <translation>你的 CA“{name}”（指纹 {fingerprint}）保存在 {folder}，有效期至 {date}。</translation>
    </message>
    <message>
        <source>The certificate for {names} is in {folder}. It is valid until {date}: make a new one before {renew_date}.</source>
        <translation>{names} 的证书位于 {folder}。有效期至 {date}：请在 {renew_date} 之前制作新证书。</translation>
    </message>
    <message>
        <source>Trusted on: {devices}</source>
        <translation>已信任的设备：{devices}</translation>
    </message>
    <message>
        <source>No device has passed the test yet.</source>
        <translation>还没有设备通过测试。</translation>
    </message>
    <message>
        <source>Still publishing at {url} for more devices; it stops when you close TrustAnchor.</source>
        <translation>仍在 {url} 发布，供更多设备使用；关闭 TrustAnchor 时停止。</translation>
    </message>
    <message>
        <source>Publishing has stopped.</source>
        <translation>已停止发布。</translation>
    </message>
    <message>
        <source>Your CA is ready, but no device has passed the test yet: go Back to “{step}” to run it, or add a device later.</source>
        <translation>你的 CA 已就绪，但还没有设备通过测试：返回“{step}”运行测试，或以后再添加设备。</translation>
    </message>
</context>
<context>
    <name>extra_buttons</name>
    <message>
        <source>Also trust it on this computer…</source>
        <translation>也在这台电脑上信任…</translation>
    </message>
    <message>
        <source>Renew automatically…</source>
        <translation>自动续期…</translation>
    </message>
    <message>
        <source>Shows this computer&apos;s trust stores; nothing changes until you click Install</source>
        <translation>显示这台电脑的证书存储；在你点击“安装”之前不会做任何更改</translation>
    </message>
    <message>
        <source>Sets up Caddy&apos;s ACME server so your servers renew their certificates by themselves</source>
        <translation>设置 Caddy 的 ACME 服务器，让你的服务器自行续期证书</translation>
    </message>
</context>
<context>
    <name>full_trust</name>
    <message>
        <source>Since iOS 10.3 an installed CA is not used for HTTPS until you switch it on in Certificate Trust Settings.</source>
        <translation>自 iOS 10.3 起，已安装的 CA 要在“证书信任设置”中打开后才会用于 HTTPS。</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; About &gt; Certificate Trust Settings. If the switch is missing on iOS 18.0, update the phone first (Settings &gt; General &gt; Software Update).</source>
        <translation>设置 &gt; 通用 &gt; 关于本机 &gt; 证书信任设置。如果在 iOS 18.0 上找不到开关，请先更新手机（设置 &gt; 通用 &gt; Software Update）。</translation>
    </message>
</context>
<context>
    <name>install_profile</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Showing the steps for {device}, which opened the page. Choose another device below if needed.</source>
        <translation>正在显示打开了页面的 {device} 的步骤。如有需要，请在下方选择其他设备。</translation>
    </message>
    <message>
        <source>No device has opened the page yet: showing the iPhone steps. Choose your device below if it is another one.</source>
        <translation>还没有设备打开页面：正在显示 iPhone 的步骤。如果你的设备不是 iPhone，请在下方选择。</translation>
    </message>
    <message>
        <source>On your phone: download the profile from the page, then install it in Settings.</source>
        <translation>在手机上：从页面下载描述文件，然后在“设置”中安装。</translation>
    </message>
    <message>
        <source>A downloaded profile waits about 8 minutes for you to install it; if it is gone, download it again from the page.</source>
        <translation>下载的描述文件会等待约 8 分钟供你安装；如果已消失，请从页面重新下载。</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Automatic (system language)</source>
        <translation>自动 (系统语言)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Open &amp;log file</source>
        <translation>打开日志文件(&amp;L)</translation>
    </message>
    <message>
        <source>Open the &amp;CA folder</source>
        <translation>打开 CA 文件夹(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About TrustAnchor</source>
        <translation>关于 TrustAnchor(&amp;A)</translation>
    </message>
    <message>
        <source>Next step (or the page&apos;s action: Create CA, Make certificate…)</source>
        <translation>下一步 (或页面上的操作: 创建 CA、生成证书…)</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Press the highlighted button (Next when it is enabled)</source>
        <translation>按下突出显示的按钮 (可用时为“下一步”)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>在字段之间移动</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Jump to a field</source>
        <translation>跳到某个字段</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + 带下划线的字母</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Makes your own HTTPS services trusted on your iPhone and your other devices.</source>
        <translation>让你的 iPhone 和其他设备信任你自己的 HTTPS 服务。</translation>
    </message>
    <message>
        <source>About TrustAnchor</source>
        <translation>关于 TrustAnchor</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The computer refused: {reason} ({file}). Check the folder and try again.</source>
        <translation>计算机拒绝了操作：{reason}（{file}）。请检查文件夹后重试。</translation>
    </message>
    <message>
        <source>The computer refused: {reason}. Check the folder and try again.</source>
        <translation>计算机拒绝了操作：{reason}。请检查文件夹后重试。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was lost. The details are in the log (Help &gt; Open log file).</source>
        <translation>发生了意外错误；没有丢失任何内容。详细信息见日志（帮助 &gt; 打开日志文件）。</translation>
    </message>
</context>
<context>
    <name>phonesteps</name>
    <message>
        <source>Open the page in Safari and tap “Download profile”, then Allow.</source>
        <translation>在 Safari 中打开页面，轻点“下载描述文件”，然后轻点 Allow。</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; VPN &amp; Device Management, tap “{profile}” and Install; type your passcode when asked.</source>
        <translation>打开 设置 &gt; 通用 &gt; VPN &amp; Device Management，轻点“{profile}”，然后轻点 Install；按提示输入密码。</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; About &gt; Certificate Trust Settings.</source>
        <translation>打开 设置 &gt; 通用 &gt; 关于本机 &gt; 证书信任设置。</translation>
    </message>
    <message>
        <source>Switch on “{ca}” and confirm with Continue.</source>
        <translation>打开“{ca}”，然后轻点 Continue 确认。</translation>
    </message>
    <message>
        <source>Open the page in Chrome and download the certificate.</source>
        <translation>在 Chrome 中打开页面并下载证书。</translation>
    </message>
    <message>
        <source>Search Settings for “CA certificate” (Android 14 and later: Settings &gt; Security &amp; privacy &gt; More security &amp; privacy &gt; Encryption &amp; credentials &gt; Install a certificate &gt; CA certificate).</source>
        <translation>在 Settings 中搜索“CA certificate”（Android 14 及更高版本：Settings &gt; Security &amp; privacy &gt; More security &amp; privacy &gt; Encryption &amp; credentials &gt; Install a certificate &gt; CA certificate）。</translation>
    </message>
    <message>
        <source>Tap Install anyway, confirm with your screen lock, then pick the file.</source>
        <translation>轻点 Install anyway，用屏幕锁定确认，然后选择该文件。</translation>
    </message>
    <message>
        <source>Open the page&apos;s link in Safari on the Mac and download the profile.</source>
        <translation>在 Mac 上的 Safari 中打开页面链接并下载描述文件。</translation>
    </message>
    <message>
        <source>Open System Settings &gt; Privacy &amp; Security &gt; Profiles (on older macOS: System Preferences &gt; Profiles), double-click “{profile}” and choose Install.</source>
        <translation>打开 System Settings &gt; Privacy &amp; Security &gt; Profiles（较早的 macOS：System Preferences &gt; Profiles），双击“{profile}”并选择 Install。</translation>
    </message>
    <message>
        <source>Type your Mac&apos;s password when asked.</source>
        <translation>按提示输入 Mac 的密码。</translation>
    </message>
    <message>
        <source>If Safari still warns: open Keychain Access, find “{ca}” under System, double-click it, open Trust and set “When using this certificate” to Always Trust.</source>
        <translation>如果 Safari 仍然警告：打开“钥匙串访问”，在 System 下找到“{ca}”并双击，展开 Trust，将“When using this certificate”设为 Always Trust。</translation>
    </message>
    <message>
        <source>Or in Terminal: {mac_command}</source>
        <translation>或在“终端”中运行：{mac_command}</translation>
    </message>
    <message>
        <source>Download the certificate (ca.crt) from the page and open it.</source>
        <translation>从页面下载证书 (ca.crt) 并打开。</translation>
    </message>
    <message>
        <source>Choose Install Certificate…, then Local Machine, then “Place all certificates in the following store”: Trusted Root Certification Authorities.</source>
        <translation>选择 Install Certificate…，然后选择 Local Machine，再在“Place all certificates in the following store”中选择 Trusted Root Certification Authorities。</translation>
    </message>
    <message>
        <source>Or in an administrator terminal: {windows_command}</source>
        <translation>或在管理员终端中运行：{windows_command}</translation>
    </message>
    <message>
        <source>Windows trusts the CA as soon as it is in Trusted Root Certification Authorities. Firefox keeps its own list: Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</source>
        <translation>CA 一旦位于 Trusted Root Certification Authorities 中，Windows 就会信任它。Firefox 有自己的列表：Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import。</translation>
    </message>
    <message>
        <source>Download the certificate (ca.crt) from the page.</source>
        <translation>从页面下载证书 (ca.crt)。</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: {debian_command}</source>
        <translation>Debian 或 Ubuntu：{debian_command}</translation>
    </message>
    <message>
        <source>Fedora: {fedora_command}. Arch: {arch_command}</source>
        <translation>Fedora：{fedora_command}。Arch：{arch_command}</translation>
    </message>
    <message>
        <source>Firefox and Chrome keep their own list: in Firefox, Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</source>
        <translation>Firefox 和 Chrome 有自己的列表：在 Firefox 中，Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import。</translation>
    </message>
    <message>
        <source>Picture of the phone screen</source>
        <translation>手机屏幕的图片</translation>
    </message>
    <message>
        <source>Your device</source>
        <translation>您的设备</translation>
    </message>
    <message>
        <source>Your &amp;device:</source>
        <translation>您的设备(&amp;D):</translation>
    </message>
    <message>
        <source>iOS version</source>
        <translation>iOS 版本</translation>
    </message>
    <message>
        <source>&amp;iOS version:</source>
        <translation>iOS 版本(&amp;I):</translation>
    </message>
    <message>
        <source>Picture number</source>
        <translation>图片编号</translation>
    </message>
    <message>
        <source>◀ &amp;Previous picture</source>
        <translation>◀ 上一张(&amp;P)</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>上一张图片</translation>
    </message>
    <message>
        <source>Next &amp;picture ▶</source>
        <translation>下一张(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>下一张图片</translation>
    </message>
    <message>
        <source>iOS {version} (your phone)</source>
        <translation>iOS {version}（您的手机）</translation>
    </message>
    <message>
        <source>{version} (newest)</source>
        <translation>{version}（最新）</translation>
    </message>
    <message>
        <source>Phone screen: {title}. {caption}</source>
        <translation>手机屏幕：{title}。{caption}</translation>
    </message>
    <message>
        <source>Picture {number} of {count}</source>
        <translation>第 {number} 张，共 {count} 张</translation>
    </message>
    <message>
        <source>Steps on this device</source>
        <translation>此设备上的步骤</translation>
    </message>
    <message>
        <source>Nothing to do on this device.</source>
        <translation>此设备上无需任何操作。</translation>
    </message>
</context>
<context>
    <name>picturelanguage</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Brazilian Portuguese</source>
        <translation>巴西葡萄牙语</translation>
    </message>
    <message>
        <source>Language of the pictures</source>
        <translation>图片语言</translation>
    </message>
    <message>
        <source>Follow the phone</source>
        <translation>跟随手机</translation>
    </message>
    <message>
        <source>Picture &amp;language:</source>
        <translation>图片语言(&amp;L):</translation>
    </message>
    <message>
        <source>Pictures in {language}, as you chose</source>
        <translation>图片为{language}（按您的选择）</translation>
    </message>
    <message>
        <source>Pictures in {language}, as the phone showed the page</source>
        <translation>图片为{language}，与手机显示页面的语言一致</translation>
    </message>
    <message>
        <source>Pictures in {language} until a phone opens the page</source>
        <translation>在手机打开页面之前，图片为{language}</translation>
    </message>
</context>
<context>
    <name>publish</name>
    <message>
        <source>opened the page</source>
        <translation>打开了页面</translation>
    </message>
    <message>
        <source>downloaded the profile; next, install it in Settings</source>
        <translation>已下载描述文件；接下来在“设置”中安装</translation>
    </message>
    <message>
        <source>downloaded the certificate; next, install it</source>
        <translation>已下载证书；接下来安装它</translation>
    </message>
    <message>
        <source>trusts your CA (passed the test)</source>
        <translation>信任你的 CA（测试通过）</translation>
    </message>
    <message>
        <source>does not trust your CA yet (the last test failed)</source>
        <translation>尚未信任你的 CA（上次测试失败）</translation>
    </message>
    <message>
        <source>reached the page but not the HTTPS test port: this computer&apos;s firewall blocks it (see Verify)</source>
        <translation>访问到了页面，但无法访问 HTTPS 测试端口：这台电脑的防火墙拦截了它（见“检查”）</translation>
    </message>
    <message>
        <source>tested one of your servers: trusted</source>
        <translation>测试了你的一台服务器：受信任</translation>
    </message>
    <message>
        <source>tested one of your servers: not trusted (see Verify)</source>
        <translation>测试了你的一台服务器：不受信任（见“检查”）</translation>
    </message>
    <message>
        <source>tested one of your servers: could not reach it (see Verify)</source>
        <translation>测试了你的一台服务器：无法访问（见“检查”）</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>已发现</translation>
    </message>
    <message>
        <source>{device} at {address}: {state}</source>
        <translation>{device}（{address}）：{state}</translation>
    </message>
    <message>
        <source>Scan the code with your iPhone&apos;s camera (the phone must be on the same network as this computer).</source>
        <translation>用 iPhone 的相机扫描二维码（手机必须与这台电脑在同一网络中）。</translation>
    </message>
    <message>
        <source>No address a phone can reach</source>
        <translation>没有手机可以访问的地址</translation>
    </message>
    <message>
        <source>Open the link in Safari: other browsers only save the profile instead of offering to install it.</source>
        <translation>请在 Safari 中打开链接：其他浏览器只会保存描述文件，而不会提供安装。</translation>
    </message>
    <message>
        <source>Or type this address in Safari:</source>
        <translation>或在 Safari 中输入此地址：</translation>
    </message>
    <message>
        <source>Address of the phone page</source>
        <translation>手机页面的地址</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;address:</source>
        <translation>这台电脑的地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Address the phone uses to reach this computer</source>
        <translation>手机用来访问这台电脑的地址</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Devices seen:</source>
        <translation>已发现的设备：</translation>
    </message>
    <message>
        <source>Devices that opened the page</source>
        <translation>打开过页面的设备</translation>
    </message>
    <message>
        <source>What to check on this computer</source>
        <translation>需要在这台电脑上检查的内容</translation>
    </message>
    <message>
        <source>{reason} Or choose another address below.</source>
        <translation>{reason} 或在下方选择其他地址。</translation>
    </message>
    <message>
        <source>The phone&apos;s page shows “{name}” with fingerprint {fingerprint}; check it matches.</source>
        <translation>手机页面显示“{name}”，指纹为 {fingerprint}；请核对是否一致。</translation>
    </message>
    <message>
        <source>No device yet: scan the code with your phone.</source>
        <translation>还没有设备：请用手机扫描二维码。</translation>
    </message>
    <message>
        <source>Bonjour: {state}.</source>
        <translation>Bonjour：{state}。</translation>
    </message>
    <message>
        <source>Bonjour is off; the QR code and the address work without it.</source>
        <translation>Bonjour 已关闭；二维码和地址无需它也能使用。</translation>
    </message>
</context>
<context>
    <name>qrwidget</name>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>QR code for {address}</source>
        <translation>{address} 的二维码</translation>
    </message>
</context>
<context>
    <name>quitguard</name>
    <message>
        <source>Keep publishing</source>
        <translation>继续发布</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>停止并退出</translation>
    </message>
    <message>
        <source>Stop publishing?</source>
        <translation>停止发布？</translation>
    </message>
    <message>
        <source>A device is part-way through: {names} opened the page but has not passed the test yet.</source>
        <translation>有设备尚未完成：{names} 已打开页面，但还未通过测试。</translation>
    </message>
    <message>
        <source>Quitting now stops publishing and cuts it off: it cannot download the profile or run the test any more.</source>
        <translation>现在退出会停止发布并中断该设备：它将无法再下载描述文件或运行测试。</translation>
    </message>
    <message>
        <source>TrustAnchor is still publishing your CA on your network.</source>
        <translation>TrustAnchor 仍在您的网络上发布您的 CA。</translation>
    </message>
    <message>
        <source>Quitting stops it: phones that have not installed the CA yet can no longer get it.</source>
        <translation>退出将停止发布：尚未安装 CA 的手机将无法再获取它。</translation>
    </message>
</context>
<context>
    <name>save</name>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>private key (keep it secret)</source>
        <translation>私钥（请保密）</translation>
    </message>
    <message>
        <source>full chain (certificate + CA)</source>
        <translation>完整证书链（证书 + CA）</translation>
    </message>
    <message>
        <source>PKCS#12 bundle</source>
        <translation>PKCS#12 包</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Your certificate is saved. Put it on your server with one of these settings.</source>
        <translation>证书已保存。请用以下任一配置把它部署到服务器上。</translation>
    </message>
    <message>
        <source>Saved in</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Show the files in their folder</source>
        <translation>在文件夹中显示这些文件</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>PKCS#12 password:</source>
        <translation>PKCS#12 密码：</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>PKCS#12 密码</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>复制密码</translation>
    </message>
    <message>
        <source>Copy the PKCS#12 password</source>
        <translation>复制 PKCS#12 密码</translation>
    </message>
    <message>
        <source>Settings for your server (the paths point at the files above; copy the files first if the server is another machine):</source>
        <translation>服务器配置（路径指向上面的文件；如果服务器是另一台机器，请先复制这些文件）：</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>已保存到 {folder}</translation>
    </message>
    <message>
        <source>Valid until {date}. Renew it before {renew_date}: TrustAnchor&apos;s first page lists it with a Renew button, or run “trustanchor renew”.</source>
        <translation>有效期至 {date}。请在 {renew_date} 之前续期：TrustAnchor 的第一页会列出它并带有“续期”按钮，也可以运行“trustanchor renew”。</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copy the path of {file}</source>
        <translation>复制 {file} 的路径</translation>
    </message>
    <message>
        <source>{server} settings</source>
        <translation>{server} 配置</translation>
    </message>
    <message>
        <source>Copy {server} settings</source>
        <translation>复制 {server} 配置</translation>
    </message>
    <message>
        <source>Copy the {server} settings</source>
        <translation>复制 {server} 的配置</translation>
    </message>
</context>
<context>
    <name>server_cert</name>
    <message>
        <source>One per line: every name and address you type in the browser to reach your server. Your phone rejects the certificate for any name missing here.</source>
        <translation>每行一个：在浏览器中访问服务器时输入的每个名称和地址。缺少的名称，手机会拒绝证书。</translation>
    </message>
    <message>
        <source>{default} days works on every device and browser. iPhones accept at most {max} days for a certificate from your own CA. Make a new one before it runs out; the last page tells you when.</source>
        <translation>{default} 天适用于所有设备和浏览器。对于你自己的 CA 签发的证书，iPhone 最多接受 {max} 天。请在到期前制作新证书；最后一页会告诉你时间。</translation>
    </message>
    <message>
        <source>Tick this if your server already has a certificate from this CA (or you will make one later): the wizard goes straight to sending the CA to your phone.</source>
        <translation>如果你的服务器已经有此 CA 签发的证书（或你打算以后再制作），请勾选：向导将直接进入把 CA 发送到手机的步骤。</translation>
    </message>
    <message>
        <source>✓ {name}: address</source>
        <translation>✓ {name}：地址</translation>
    </message>
    <message>
        <source>✓ {name}: wildcard</source>
        <translation>✓ {name}：通配符</translation>
    </message>
    <message>
        <source>✓ {name}: name</source>
        <translation>✓ {name}：名称</translation>
    </message>
    <message>
        <source>The certificate your server shows to browsers, signed by your CA.</source>
        <translation>服务器向浏览器出示的证书，由你的 CA 签发。</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>&amp;Skip: I only need my phone to trust my CA</source>
        <translation>跳过：我只需要手机信任我的 CA(&amp;S)</translation>
    </message>
    <message>
        <source>Skip the server certificate</source>
        <translation>跳过服务器证书</translation>
    </message>
    <message>
        <source>Server names and addresses, one per line</source>
        <translation>服务器名称和地址，每行一个</translation>
    </message>
    <message>
        <source>&amp;Names and addresses:</source>
        <translation>名称和地址(&amp;N)：</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>名称检查</translation>
    </message>
    <message>
        <source>What your CA may sign</source>
        <translation>你的 CA 可以签发的范围</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Lifetime in days</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>有效期(&amp;L)：</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>保存到(&amp;I)：</translation>
    </message>
    <message>
        <source>Folder to save in</source>
        <translation>保存的文件夹</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the folder to save in</source>
        <translation>选择保存的文件夹</translation>
    </message>
    <message>
        <source>Always saved: the certificate (.crt), its private key (.key) and the full chain (.fullchain.pem) that most servers want.</source>
        <translation>始终保存：证书（.crt）、其私钥（.key），以及大多数服务器需要的完整证书链（.fullchain.pem）。</translation>
    </message>
    <message>
        <source>Also a PKCS#12 file (.&amp;p12)</source>
        <translation>同时生成 PKCS#12 文件 (.&amp;p12)</translation>
    </message>
    <message>
        <source>For Windows, Synology or Java, with a generated password.</source>
        <translation>用于 Windows、Synology 或 Java，附带自动生成的密码。</translation>
    </message>
    <message>
        <source>Also save a PKCS#12 file</source>
        <translation>同时保存 PKCS#12 文件</translation>
    </message>
    <message>
        <source>&amp;Replace files with the same names in this folder</source>
        <translation>替换此文件夹中同名的文件(&amp;R)</translation>
    </message>
    <message>
        <source>Replace existing files</source>
        <translation>替换现有文件</translation>
    </message>
    <message>
        <source>Your CA may only sign names under: {names}.</source>
        <translation>你的 CA 只能签发以下范围内的名称：{names}。</translation>
    </message>
    <message>
        <source>Renewing: the files of {name} in {folder} move to its archive folder first, then the new ones take their place.</source>
        <translation>续期：{folder} 中 {name} 的文件会先移到归档文件夹，然后由新文件取而代之。</translation>
    </message>
    <message>
        <source>Name check: {notes}</source>
        <translation>名称检查：{notes}</translation>
    </message>
    <message>
        <source>Save the certificate in</source>
        <translation>证书保存到</translation>
    </message>
</context>
<context>
    <name>steplist</name>
    <message>
        <source>{title}, current step, done</source>
        <translation>{title}，当前步骤，已完成</translation>
    </message>
    <message>
        <source>{title}, current step</source>
        <translation>{title}，当前步骤</translation>
    </message>
    <message>
        <source>{title}, done</source>
        <translation>{title}，已完成</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>您的 CA</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <source>Save and configure</source>
        <translation>保存并配置</translation>
    </message>
    <message>
        <source>Send to your phone</source>
        <translation>发送到手机</translation>
    </message>
    <message>
        <source>Install the profile</source>
        <translation>安装描述文件</translation>
    </message>
    <message>
        <source>Enable full trust</source>
        <translation>完全信任</translation>
    </message>
    <message>
        <source>Check it worked</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>trust_dialog</name>
    <message>
        <source>Removing your CA… The system may ask for an administrator password.</source>
        <translation>正在移除您的 CA… 系统可能会要求输入管理员密码。</translation>
    </message>
    <message>
        <source>Removing your CA…</source>
        <translation>正在移除您的 CA…</translation>
    </message>
    <message>
        <source>Adding your CA… The system may ask for an administrator password.</source>
        <translation>正在添加您的 CA… 系统可能会要求输入管理员密码。</translation>
    </message>
    <message>
        <source>Adding your CA…</source>
        <translation>正在添加您的 CA…</translation>
    </message>
    <message>
        <source>Trust your CA on this computer</source>
        <translation>在这台电脑上信任您的 CA</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s trust stores and proving them with a test connection…</source>
        <translation>正在读取这台电脑的信任存储，并用测试连接加以验证…</translation>
    </message>
    <message>
        <source>Removed from {stores}.</source>
        <translation>已从 {stores} 移除。</translation>
    </message>
    <message>
        <source>Added to {stores}. Restart your browsers to see it.</source>
        <translation>已添加到 {stores}。请重启浏览器以使其生效。</translation>
    </message>
    <message>
        <source>The trust stores could not be read.</source>
        <translation>无法读取信任存储。</translation>
    </message>
</context>
<context>
    <name>trust_here</name>
    <message>
        <source>Your account</source>
        <translation>你的账户</translation>
    </message>
    <message>
        <source>Browsers with their own store</source>
        <translation>有自己证书存储的浏览器</translation>
    </message>
    <message>
        <source>Every user of this computer</source>
        <translation>这台电脑的所有用户</translation>
    </message>
    <message>
        <source>Java programs</source>
        <translation>Java 程序</translation>
    </message>
    <message>
        <source>No administrator password needed.</source>
        <translation>无需管理员密码。</translation>
    </message>
    <message>
        <source>No administrator password needed. Restart the browser afterwards.</source>
        <translation>无需管理员密码。之后请重启浏览器。</translation>
    </message>
    <message>
        <source>Needs an administrator password.</source>
        <translation>需要管理员密码。</translation>
    </message>
    <message>
        <source>Only changed when you ask; the JDK&apos;s file often belongs to an administrator.</source>
        <translation>仅在你要求时更改；JDK 的文件通常属于管理员。</translation>
    </message>
    <message>
        <source>✓ Trusted</source>
        <translation>✓ 已信任</translation>
    </message>
    <message>
        <source>— Not present</source>
        <translation>— 不存在</translation>
    </message>
    <message>
        <source>? Can&apos;t tell</source>
        <translation>? 无法判断</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Install…</source>
        <translation>安装…</translation>
    </message>
    <message>
        <source>Install in “{store}”</source>
        <translation>安装到“{store}”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Remove from “{store}”</source>
        <translation>从“{store}”中移除</translation>
    </message>
    <message>
        <source>Trust your CA on this computer too</source>
        <translation>也在这台电脑上信任你的 CA</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Install where no password is needed</source>
        <translation>安装到无需密码的位置</translation>
    </message>
    <message>
        <source>Adds the CA to the stores of your own account (and your browsers)</source>
        <translation>将 CA 添加到你自己账户（及浏览器）的证书存储中</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Reads every store again and repeats the proof</source>
        <translation>重新读取所有存储并重做验证</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s trust stores…</source>
        <translation>正在读取这台电脑的证书存储…</translation>
    </message>
    <message>
        <source>“{name}”
SHA-256 {fingerprint}</source>
        <translation>“{name}”
SHA-256 {fingerprint}</translation>
    </message>
    <message>
        <source>No trust store was found on this computer.</source>
        <translation>在这台电脑上没有找到证书存储。</translation>
    </message>
    <message>
        <source>Asks for an administrator password</source>
        <translation>需要输入管理员密码</translation>
    </message>
    <message>
        <source>You are an administrator: no password needed.</source>
        <translation>你是管理员：无需密码。</translation>
    </message>
    <message>
        <source>{store}: {state}</source>
        <translation>{store}：{state}</translation>
    </message>
    <message>
        <source>Used by {programs}.</source>
        <translation>使用者：{programs}。</translation>
    </message>
    <message>
        <source>Also holds older CA(s) {ids}: Remove takes them out too.</source>
        <translation>还包含旧的 CA {ids}：“移除”会一并移除它们。</translation>
    </message>
    <message>
        <source>Proof: not run yet (it needs the CA key to sign a test certificate).</source>
        <translation>验证：尚未运行（需要 CA 私钥来签发测试证书）。</translation>
    </message>
    <message>
        <source>Proof passed — {method}: {detail}</source>
        <translation>验证通过 — {method}：{detail}</translation>
    </message>
    <message>
        <source>Proof failed — {method}: {detail}</source>
        <translation>验证失败 — {method}：{detail}</translation>
    </message>
    <message>
        <source>Proof passed — {method}</source>
        <translation>验证通过 — {method}</translation>
    </message>
    <message>
        <source>Proof failed — {method}</source>
        <translation>验证失败 — {method}</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>{device}: trusts the CA</source>
        <translation>{device}：信任该 CA</translation>
    </message>
    <message>
        <source>{device}: does not trust it yet</source>
        <translation>{device}：尚未信任</translation>
    </message>
    <message>
        <source>{device}: the HTTPS port is blocked by this computer&apos;s firewall</source>
        <translation>{device}：HTTPS 端口被这台电脑的防火墙拦截</translation>
    </message>
    <message>
        <source>On your phone, go back to the page in Safari and tap “Test”.</source>
        <translation>在手机上回到 Safari 中的页面，点按“测试”。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What to check, most likely first:</source>
        <translation>需要检查的项目（最可能的在前）：</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>可能的原因</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>其他设备</translation>
    </message>
    <message>
        <source>&amp;Servers the phone page offers to test (one https:// address a line):</source>
        <translation>手机页面提供测试的服务器（每行一个 https:// 地址）(&amp;S)：</translation>
    </message>
    <message>
        <source>Servers to test</source>
        <translation>要测试的服务器</translation>
    </message>
    <message>
        <source>One https:// address a line</source>
        <translation>每行一个 https:// 地址</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Publish again with these servers to test</source>
        <translation>使用这些要测试的服务器重新发布</translation>
    </message>
    <message>
        <source>The test passed on your phone: nothing more to do there.</source>
        <translation>手机上的测试已通过：手机上无需再做任何操作。</translation>
    </message>
    <message>
        <source>Fix the first point below, then on your phone tap “Test” again on the page in Safari.</source>
        <translation>先解决下面的第一项，然后在手机 Safari 的页面上再次点按“测试”。</translation>
    </message>
    <message>
        <source>Let the phone through this computer&apos;s firewall, then tap “Test” again on the phone.</source>
        <translation>让手机通过这台电脑的防火墙，然后在手机上再次点按“测试”。</translation>
    </message>
    <message>
        <source>your CA</source>
        <translation>你的 CA</translation>
    </message>
    <message>
        <source>✓ It works</source>
        <translation>✓ 成功</translation>
    </message>
    <message>
        <source>{device} trusts “{ca}”. HTTPS to your server with a certificate from this CA is now trusted on it.</source>
        <translation>{device} 信任“{ca}”。使用此 CA 签发证书的服务器，其 HTTPS 现在在该设备上受信任。</translation>
    </message>
    <message>
        <source>✗ Not trusted yet</source>
        <translation>✗ 尚未信任</translation>
    </message>
    <message>
        <source>{device} ran the test, but does not trust “{ca}” yet. Fix the first point below, then tap “Test” again.</source>
        <translation>{device} 已运行测试，但尚未信任“{ca}”。请先解决下面的第一项，然后再次点按“测试”。</translation>
    </message>
    <message>
        <source>⚠ Blocked by this computer&apos;s firewall</source>
        <translation>⚠ 被这台电脑的防火墙拦截</translation>
    </message>
    <message>
        <source>{device} opened the page, but the HTTPS port is blocked by this computer&apos;s firewall, so the test could not tell whether it trusts the CA.</source>
        <translation>{device} 打开了页面，但 HTTPS 端口被这台电脑的防火墙拦截，因此测试无法判断它是否信任该 CA。</translation>
    </message>
    <message>
        <source>Waiting for your phone…</source>
        <translation>正在等待你的手机…</translation>
    </message>
    <message>
        <source>The result appears here as soon as the phone runs the test. Publishing keeps running while you wait.</source>
        <translation>手机运行测试后，结果会立即显示在这里。等待期间发布会继续进行。</translation>
    </message>
    <message>
        <source>Test result: {result}</source>
        <translation>测试结果：{result}</translation>
    </message>
</context>
<context>
    <name>verify_servers</name>
    <message>
        <source>✓ Trusted</source>
        <translation>✓ 受信任</translation>
    </message>
    <message>
        <source>The phone opened a trusted HTTPS connection.</source>
        <translation>手机建立了受信任的 HTTPS 连接。</translation>
    </message>
    <message>
        <source>✗ Not trusted</source>
        <translation>✗ 不受信任</translation>
    </message>
    <message>
        <source>The phone refused the certificate: run “trustanchor check URL” here to see why, or finish trusting the CA on the phone.</source>
        <translation>手机拒绝了证书：在这里运行“trustanchor check URL”查看原因，或在手机上完成对 CA 的信任设置。</translation>
    </message>
    <message>
        <source>Not reachable from the phone</source>
        <translation>手机无法访问</translation>
    </message>
    <message>
        <source>The phone could not open it: is the phone on the same network as the server, does the name resolve there, or does a firewall stop it? Run “trustanchor check URL” here to see whether this computer reaches it.</source>
        <translation>手机无法打开它：手机和服务器是否在同一网络？该名称在那里能否解析？是否被防火墙拦截？在这里运行“trustanchor check URL”可查看这台电脑能否访问它。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Server tests</source>
        <translation>服务器测试</translation>
    </message>
    <message>
        <source>Your servers, tested from each phone</source>
        <translation>从每部手机测试你的服务器</translation>
    </message>
    <message>
        <source>No phone has tested your servers yet. On the phone, tap “Test” under “Test your server”.</source>
        <translation>还没有手机测试过你的服务器。在手机上点按“测试你的服务器”下的“测试”。</translation>
    </message>
    <message>
        <source>{url}: {result}</source>
        <translation>{url}：{result}</translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <source>1.  Create your own certificate authority (CA), or use one you already have.</source>
        <translation>1.  创建你自己的证书颁发机构（CA），或使用已有的 CA。</translation>
    </message>
    <message>
        <source>2.  Make a certificate for your server, with settings ready to paste.</source>
        <translation>2.  为你的服务器制作证书，并附带可直接粘贴的配置。</translation>
    </message>
    <message>
        <source>3.  Send the CA to your phone with a QR code, and install it.</source>
        <translation>3.  通过二维码把 CA 发送到手机并安装。</translation>
    </message>
    <message>
        <source>4.  Switch on full trust, and test from the phone that it works.</source>
        <translation>4.  打开完全信任，并在手机上测试是否成功。</translation>
    </message>
    <message>
        <source>⚠ {names}: expired on {date}. Renew it.</source>
        <translation>⚠ {names}：已于 {date} 过期。请续期。</translation>
    </message>
    <message>
        <source>{names}: valid until {date}.</source>
        <translation>{names}：有效期至 {date}。</translation>
    </message>
    <message>
        <source>⚠ {names}: expires today ({date}). Renew it.</source>
        <translation>⚠ {names}：今天（{date}）到期。请续期。</translation>
    </message>
    <message>
        <source>⚠ {names}: expires in 1 day ({date}). Renew it.</source>
        <translation>⚠ {names}：1 天后（{date}）到期。请续期。</translation>
    </message>
    <message>
        <source>⚠ {names}: expires in {days} days ({date}). Renew it.</source>
        <translation>⚠ {names}：{days} 天后（{date}）到期。请续期。</translation>
    </message>
    <message>
        <source>TrustAnchor makes your own HTTPS services (a NAS, Home Assistant, a router or a dev server) trusted on your iPhone and your other devices.</source>
        <translation>TrustAnchor 让你的 iPhone 和其他设备信任你自己的 HTTPS 服务（NAS、Home Assistant、路由器或开发服务器）。</translation>
    </message>
    <message>
        <source>It takes a few minutes:</source>
        <translation>只需几分钟：</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>你的 CA</translation>
    </message>
    <message>
        <source>Nothing leaves this computer except the CA&apos;s public certificate, and only while you publish it to your phone on your own network.</source>
        <translation>除了 CA 的公开证书，任何内容都不会离开这台电脑；而且只在你于自己的网络中向手机发布时才会发送。</translation>
    </message>
    <message>
        <source>Looking for your CA…</source>
        <translation>正在查找你的 CA…</translation>
    </message>
    <message>
        <source>Your CA “{name}” is ready, valid until {date}.</source>
        <translation>你的 CA“{name}”已就绪，有效期至 {date}。</translation>
    </message>
    <message>
        <source>You have no CA yet: the next page makes one (or imports one you already have).</source>
        <translation>你还没有 CA：下一页会创建一个（或导入已有的 CA）。</translation>
    </message>
    <message>
        <source>Certificates it issued (each lasts about a year; renew makes a new one for the same names in the same folder, the old files go to its archive folder):</source>
        <translation>已签发的证书（每个有效期约一年；续期会在同一文件夹中为相同名称制作新证书，旧文件移到其归档文件夹）：</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>Renew the certificate for {names}</source>
        <translation>为 {names} 续期证书</translation>
    </message>
    <message>
        <source>A CA is stored in {folder}; the next page uses it.</source>
        <translation>{folder} 中保存着一个 CA；下一页会使用它。</translation>
    </message>
    <message>
        <source>You already have a CA, “{name}”: the next page uses it.</source>
        <translation>你已经有一个 CA“{name}”：下一页会使用它。</translation>
    </message>
    <message>
        <source>You already have a CA, “{name}”, valid until {date}: the next page uses it.</source>
        <translation>你已经有一个 CA“{name}”，有效期至 {date}：下一页会使用它。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Create CA</source>
        <translation>创建 CA</translation>
    </message>
    <message>
        <source>Import CA</source>
        <translation>导入 CA</translation>
    </message>
    <message>
        <source>Unlock CA</source>
        <translation>解锁 CA</translation>
    </message>
    <message>
        <source>Make certificate</source>
        <translation>生成证书</translation>
    </message>
    <message>
        <source>Start publishing</source>
        <translation>开始发布</translation>
    </message>
    <message>
        <source>Back to the previous step ({keys})</source>
        <translation>返回上一步 ({keys})</translation>
    </message>
    <message>
        <source>Go on ({keys} or Enter)</source>
        <translation>继续 ({keys} 或 Enter)</translation>
    </message>
    <message>
        <source>TrustAnchor — trust your own HTTPS on your iPhone</source>
        <translation>TrustAnchor — 让 iPhone 信任您自己的 HTTPS</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>页面标题</translation>
    </message>
    <message>
        <source>Page summary</source>
        <translation>页面摘要</translation>
    </message>
    <message>
        <source>TrustAnchor logo</source>
        <translation>TrustAnchor 标志</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Quit TrustAnchor</source>
        <translation>退出 TrustAnchor</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>返回上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Renew certificate</source>
        <translation>续订证书</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
</TS>
