<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>acme_dialog</name>
    <message>
        <source>Caddy, a small web server, can run an ACME server that signs certificates for every server in your home with an intermediate CA that TrustAnchor issues under your root, while your root&apos;s key stays here. Clients such as certbot, acme.sh, Traefik and Home Assistant then renew their certificates by themselves, and every device that trusts your root trusts them.</source>
        <translation>小さな Web サーバ Caddy は ACME サーバを動かせます。TrustAnchor がルートの下に発行する中間 CA で、家庭内のすべてのサーバの証明書に署名します。ルートの秘密鍵はここに残ります。certbot、acme.sh、Traefik、Home Assistant などのクライアントは証明書を自動で更新し、ルートを信頼するすべてのデバイスがそれらを信頼します。</translation>
    </message>
    <message>
        <source>This folder already holds an ACME setup; choose another folder, or use Renew intermediate to replace it.</source>
        <translation>このフォルダにはすでに ACME の設定があります。別のフォルダを選ぶか、「中間 CA を更新」で置き換えてください。</translation>
    </message>
    <message>
        <source>Renew certificates automatically</source>
        <translation>証明書を自動で更新</translation>
    </message>
    <message>
        <source>What Caddy does</source>
        <translation>Caddy の役割</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>実行できない理由</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>Set up the ACME server</source>
        <translation>ACME サーバを設定</translation>
    </message>
    <message>
        <source>Issues the intermediate and writes Caddy&apos;s files into the folder</source>
        <translation>中間 CA を発行し、Caddy のファイルをフォルダに書き込みます</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Folder for Caddy&apos;s files</source>
        <translation>Caddy のファイルを置くフォルダ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose the folder for Caddy&apos;s files</source>
        <translation>Caddy のファイルを置くフォルダを選択</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダ(&amp;F):</translation>
    </message>
    <message>
        <source>Names of the ACME server</source>
        <translation>ACME サーバの名前</translation>
    </message>
    <message>
        <source>The names and addresses clients reach the ACME server by, separated by commas</source>
        <translation>クライアントが ACME サーバに接続する名前とアドレス (カンマ区切り)</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>HTTPS port of the ACME server</source>
        <translation>ACME サーバの HTTPS ポート</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Lifetime of the intermediate</source>
        <translation>中間 CA の有効期間</translation>
    </message>
    <message>
        <source>Two years is usual; it never outlives your root</source>
        <translation>通常は 2 年です。ルートより長くはなりません</translation>
    </message>
    <message>
        <source>&amp;Intermediate lifetime:</source>
        <translation>中間 CA の有効期間(&amp;I):</translation>
    </message>
    <message>
        <source>Passphrase of the CA key</source>
        <translation>CA の秘密鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>CA &amp;passphrase:</source>
        <translation>CA のパスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>書き込んだファイル</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>書き込んだファイル</translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation>ACME ディレクトリの URL</translation>
    </message>
    <message>
        <source>How to start Caddy</source>
        <translation>Caddy の起動方法</translation>
    </message>
    <message>
        <source>Open clients.md</source>
        <translation>clients.md を開く</translation>
    </message>
    <message>
        <source>The settings for each ACME client</source>
        <translation>ACME クライアントごとの設定</translation>
    </message>
    <message>
        <source>Directory URL for clients:</source>
        <translation>クライアント用ディレクトリ URL:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <source>ACME server status</source>
        <translation>ACME サーバの状態</translation>
    </message>
    <message>
        <source>&amp;Check status</source>
        <translation>状態を確認(&amp;C)</translation>
    </message>
    <message>
        <source>Check the ACME server&apos;s status</source>
        <translation>ACME サーバの状態を確認</translation>
    </message>
    <message>
        <source>&amp;Renew intermediate</source>
        <translation>中間 CA を更新(&amp;R)</translation>
    </message>
    <message>
        <source>Renew the intermediate</source>
        <translation>中間 CA を更新</translation>
    </message>
    <message>
        <source>Issues a new intermediate with the same settings and replaces the files; restart Caddy afterwards</source>
        <translation>同じ設定で新しい中間 CA を発行してファイルを置き換えます。その後 Caddy を再起動してください</translation>
    </message>
    <message>
        <source>Reading your CA…</source>
        <translation>CA を読み込んでいます…</translation>
    </message>
    <message>
        <source>Renewing the intermediate…</source>
        <translation>中間 CA を更新しています…</translation>
    </message>
    <message>
        <source>Issuing the intermediate…</source>
        <translation>中間 CA を発行しています…</translation>
    </message>
    <message>
        <source>Asking the ACME server…</source>
        <translation>ACME サーバに問い合わせています…</translation>
    </message>
    <message>
        <source>Start Caddy with: {command}
The intermediate “{name}” is valid until {date}; your root&apos;s key stayed in the CA folder.</source>
        <translation>Caddy の起動: {command}
中間 CA「{name}」は {date} まで有効です。ルートの秘密鍵は CA フォルダに残っています。</translation>
    </message>
    <message>
        <source>Set up. Start Caddy, then point your clients at the directory URL.</source>
        <translation>設定しました。Caddy を起動し、クライアントにディレクトリ URL を設定してください。</translation>
    </message>
</context>
<context>
    <name>acme_text</name>
    <message>
        <source>ACME server: up at {url} (TLS verified with your root).</source>
        <translation>ACME サーバ: {url} で稼働中 (ルートで TLS を検証済み)。</translation>
    </message>
    <message>
        <source>ACME server: not answering: {problem}.</source>
        <translation>ACME サーバ: 応答がありません: {problem}。</translation>
    </message>
    <message>
        <source>Intermediate “{name}” EXPIRED on {date}: click Renew intermediate, then restart Caddy.</source>
        <translation>中間 CA「{name}」は {date} に期限切れになりました。「中間 CA を更新」をクリックし、Caddy を再起動してください。</translation>
    </message>
    <message>
        <source>Intermediate “{name}” expires in {days} days ({date}): click Renew intermediate, then restart Caddy.</source>
        <translation>中間 CA「{name}」はあと {days} 日で期限切れになります ({date})。「中間 CA を更新」をクリックし、Caddy を再起動してください。</translation>
    </message>
    <message>
        <source>Intermediate “{name}” is valid until {date}.</source>
        <translation>中間 CA「{name}」は {date} まで有効です。</translation>
    </message>
    <message>
        <source>Issued in the last 30 days: none found.</source>
        <translation>過去 30 日間の発行: 見つかりません。</translation>
    </message>
    <message>
        <source>Issued in the last 30 days: {count}</source>
        <translation>過去 30 日間の発行: {count}</translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>{names} — {start} to {end} UTC</source>
        <translation>{names} — {start} から {end} (UTC)</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… ほか {count} 件</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>TrustAnchor is already running.</source>
        <translation>TrustAnchor はすでに実行中です。</translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>What to fix</source>
        <translation>修正が必要な点</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>実行中の処理をキャンセル</translation>
    </message>
    <message>
        <source>Error: {text}</source>
        <translation>エラー: {text}</translation>
    </message>
    <message>
        <source>What to fix: {hints}</source>
        <translation>修正が必要な点: {hints}</translation>
    </message>
</context>
<context>
    <name>ca</name>
    <message>
        <source>The current CA is kept in the archive folder; phones that trust it must install the new one.</source>
        <translation>現在の CA はアーカイブフォルダに保管されます。この CA を信頼している電話には新しい CA のインストールが必要です。</translation>
    </message>
    <message>
        <source>Create a new CA</source>
        <translation>新しい CA を作成</translation>
    </message>
    <message>
        <source>Import a CA I already have</source>
        <translation>既存の CA を読み込む</translation>
    </message>
    <message>
        <source>Use my existing CA</source>
        <translation>既存の自分の CA を使う</translation>
    </message>
    <message>
        <source>Your own certificate authority vouches for your servers. Your phone will trust what it signs.</source>
        <translation>自分の認証局 (CA) がサーバを保証します。電話はこの CA が署名したものを信頼します。</translation>
    </message>
    <message>
        <source>&amp;Replace my current CA</source>
        <translation>現在の CA を置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>Replace my current CA</source>
        <translation>現在の CA を置き換える</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>ca_create</name>
    <message>
        <source>ECDSA P-256 (recommended: fast, works everywhere)</source>
        <translation>ECDSA P-256 (推奨: 高速でどこでも使えます)</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>RSA 2048 bits (for very old devices)</source>
        <translation>RSA 2048 ビット (かなり古い機器向け)</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 ビット</translation>
    </message>
    <message>
        <source>RSA 4096 bits (slow to create)</source>
        <translation>RSA 4096 ビット (作成に時間がかかります)</translation>
    </message>
    <message>
        <source>Optional. A limited CA can only vouch for the names and address ranges below, so even if its key were stolen it could not fake other web sites. Current iPhones, Macs and browsers respect this, but it is not yet verified on every device. One entry per line: a domain (such as local or home.arpa) or an address range (such as 192.168.0.0/16).</source>
        <translation>任意。制限付きの CA は下の名前とアドレス範囲しか保証できないため、鍵が盗まれても他のサイトを偽装できません。最新の iPhone、Mac、ブラウザはこれに従いますが、すべての機器で確認済みではありません。1 行に 1 項目: ドメイン (local や home.arpa など) またはアドレス範囲 (192.168.0.0/16 など)。</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>CA の名前</translation>
    </message>
    <message>
        <source>Shown on your phone in Settings</source>
        <translation>電話の「設定」に表示されます</translation>
    </message>
    <message>
        <source>&amp;Name (shown on your phone):</source>
        <translation>名前 (電話に表示)(&amp;N):</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>鍵の種類</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>鍵の種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Limit this CA to my names</source>
        <translation>この CA を自分の名前に限定(&amp;L)</translation>
    </message>
    <message>
        <source>Limit this CA to my names</source>
        <translation>この CA を自分の名前に限定</translation>
    </message>
    <message>
        <source>Allowed names and address ranges, one per line</source>
        <translation>許可する名前とアドレス範囲 (1 行に 1 つ)</translation>
    </message>
</context>
<context>
    <name>ca_import</name>
    <message>
        <source>A PEM certificate with its key (one file or two), a PKCS#12 file (.p12 / .pfx), or the folder mkcert keeps its CA in (run “mkcert -CAROOT” to find it).</source>
        <translation>鍵付きの PEM 証明書 (1 ファイルまたは 2 ファイル)、PKCS#12 ファイル (.p12 / .pfx)、または mkcert が CA を置くフォルダ (「mkcert -CAROOT」で確認できます)。</translation>
    </message>
    <message>
        <source>CA fi&amp;le or folder:</source>
        <translation>CA のファイルまたはフォルダ(&amp;L):</translation>
    </message>
    <message>
        <source>CA file or mkcert folder</source>
        <translation>CA ファイルまたは mkcert フォルダ</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>ファイルを選択(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>CA ファイルを選択</translation>
    </message>
    <message>
        <source>Choose mkcert f&amp;older…</source>
        <translation>mkcert フォルダを選択(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the mkcert CA folder</source>
        <translation>mkcert の CA フォルダを選択</translation>
    </message>
    <message>
        <source>Separate &amp;key file (if any):</source>
        <translation>別の鍵ファイル (ある場合)(&amp;K):</translation>
    </message>
    <message>
        <source>Separate key file (optional)</source>
        <translation>別の鍵ファイル (任意)</translation>
    </message>
    <message>
        <source>Choose key…</source>
        <translation>鍵を選択…</translation>
    </message>
    <message>
        <source>Choose the separate key file</source>
        <translation>別の鍵ファイルを選択</translation>
    </message>
    <message>
        <source>Password of the file (if it has one)</source>
        <translation>ファイルのパスワード (ある場合)</translation>
    </message>
    <message>
        <source>File &amp;password (if any):</source>
        <translation>ファイルのパスワード (ある場合)(&amp;P):</translation>
    </message>
    <message>
        <source>Import check</source>
        <translation>読み込みの確認</translation>
    </message>
    <message>
        <source>Found the CA “{name}” with its key (fingerprint {fingerprint}, valid until {date}).</source>
        <translation>CA「{name}」と鍵が見つかりました (フィンガープリント {fingerprint}、有効期限 {date})。</translation>
    </message>
    <message>
        <source>Choose your CA</source>
        <translation>CA を選択</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key *.p12 *.pfx);;All files (*)</source>
        <translation>証明書と鍵 (*.pem *.crt *.cer *.key *.p12 *.pfx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose mkcert&apos;s CA folder</source>
        <translation>mkcert の CA フォルダを選択</translation>
    </message>
    <message>
        <source>Choose the CA key</source>
        <translation>CA の鍵を選択</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>鍵 (*.pem *.key);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ca_protect</name>
    <message>
        <source>The passphrase protects your CA&apos;s private key: whoever has that key can make certificates your phone trusts for any site. You type it again whenever you make a certificate. If you forget it, make a new CA.</source>
        <translation>パスフレーズは CA の秘密鍵を守ります。この鍵があれば、電話があらゆるサイトについて信頼する証明書を誰でも作れてしまいます。証明書を作るたびに入力します。忘れた場合は新しい CA を作成してください。</translation>
    </message>
    <message>
        <source>Protect the CA key</source>
        <translation>CA の鍵を保護</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase (recommended)</source>
        <translation>パスフレーズを使う (推奨)(&amp;P)</translation>
    </message>
    <message>
        <source>Protect the CA key with a passphrase</source>
        <translation>CA の鍵をパスフレーズで保護</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>パスフレーズ (確認)</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>パスフレーズ(&amp;A):</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase again:</source>
        <translation>パスフレーズ (確認)(&amp;S):</translation>
    </message>
    <message>
        <source>Passphrase check</source>
        <translation>パスフレーズの確認</translation>
    </message>
</context>
<context>
    <name>ca_unlock</name>
    <message>
        <source>Your CA</source>
        <translation>あなたの CA</translation>
    </message>
    <message>
        <source>Your CA&apos;s passphrase</source>
        <translation>CA のパスフレーズ</translation>
    </message>
    <message>
        <source>Your CA&apos;s &amp;passphrase:</source>
        <translation>CA のパスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>“{name}” is ready.
Fingerprint {fingerprint}, {key_type}, valid until {date}.</source>
        <translation>「{name}」は準備できています。
フィンガープリント {fingerprint}、{key_type}、有効期限 {date}。</translation>
    </message>
    <message>
        <source>“{name}”, stored in {folder}.</source>
        <translation>「{name}」({folder} に保存)。</translation>
    </message>
    <message>
        <source>Your CA is stored in {folder}.</source>
        <translation>CA は {folder} に保存されています。</translation>
    </message>
    <message>
        <source>You have no CA yet.</source>
        <translation>まだ CA がありません。</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Saving the imported CA…</source>
        <translation>読み込んだ CA を保存しています…</translation>
    </message>
    <message>
        <source>Unlocking your CA…</source>
        <translation>CA のロックを解除しています…</translation>
    </message>
    <message>
        <source>Making and saving the certificate…</source>
        <translation>証明書を作成して保存しています…</translation>
    </message>
    <message>
        <source>Starting to publish on your network…</source>
        <translation>ネットワークへの公開を開始しています…</translation>
    </message>
    <message>
        <source>Creating your CA (an ECDSA P-256 key is quick)…</source>
        <translation>CA を作成しています (ECDSA P-256 鍵はすぐです)…</translation>
    </message>
    <message>
        <source>Creating your CA (an ECDSA P-384 key is quick)…</source>
        <translation>CA を作成しています (ECDSA P-384 鍵はすぐです)…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 2048 key takes a few seconds)…</source>
        <translation>CA を作成しています (RSA 2048 鍵は数秒かかります)…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 3072 key takes a few seconds)…</source>
        <translation>CA を作成しています (RSA 3072 鍵は数秒かかります)…</translation>
    </message>
    <message>
        <source>Creating your CA (an RSA 4096 key takes a few seconds)…</source>
        <translation>CA を作成しています (RSA 4096 鍵は数秒かかります)…</translation>
    </message>
    <message>
        <source>Creating your CA…</source>
        <translation>CA を作成しています…</translation>
    </message>
    <message>
        <source>Moving the old files to the archive folder and making the new certificate…</source>
        <translation>古いファイルをアーカイブフォルダに移し、新しい証明書を作成しています…</translation>
    </message>
    <message>
        <source>Publishing on {address}…</source>
        <translation>{address} で公開しています…</translation>
    </message>
    <message>
        <source>Publishing again with the servers to test…</source>
        <translation>テストするサーバを含めて公開し直しています…</translation>
    </message>
    <message>
        <source>Stopping publishing…</source>
        <translation>公開を停止しています…</translation>
    </message>
</context>
<context>
    <name>core.acme_ops</name>
    <message>
        <source>--leaf-days must be between 1 and {limit}</source>
        <translation>--leaf-days は 1〜{limit} にしてください</translation>
    </message>
    <message>
        <source>{version!r} is not a Caddy version like 2.8.4</source>
        <translation>{version!r} は 2.8.4 のような Caddy のバージョンではありません</translation>
    </message>
</context>
<context>
    <name>core.binding</name>
    <message>
        <source>Cannot listen on {host}: it is not an address of this computer; choose one of its own addresses.</source>
        <translation>{host} で待ち受けできません。このコンピューターのアドレスではありません。このコンピューター自身のアドレスを選んでください。</translation>
    </message>
    <message>
        <source>Ports {port} to {last} on {host} are all in use; choose another port.</source>
        <translation>{host} のポート {port}〜{last} はすべて使用中です。別のポートを選んでください。</translation>
    </message>
</context>
<context>
    <name>core.bonjour</name>
    <message>
        <source>Bonjour is off.</source>
        <translation>Bonjour はオフです。</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;.</source>
        <translation>Bonjour で &quot;{name}&quot; として告知しました。</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;, not yet confirmed: this computer has not heard the announcement on the network. The QR code works either way. On a Mac, allow TrustAnchor in System Settings &gt; Privacy &amp; Security &gt; Local Network.</source>
        <translation>Bonjour で &quot;{name}&quot; として告知しましたが、まだ確認できていません。このコンピュータはネットワーク上の告知を受信していません。QR コードはどちらでも使えます。Mac では System Settings &gt; Privacy &amp; Security &gt; Local Network で TrustAnchor を許可してください。</translation>
    </message>
    <message>
        <source>Announced in Bonjour as &quot;{name}&quot;, not yet confirmed: this computer has not heard the announcement on the network. The QR code works either way.</source>
        <translation>Bonjour で &quot;{name}&quot; として告知しましたが、まだ確認できていません。このコンピュータはネットワーク上の告知を受信していません。QR コードはどちらでも使えます。</translation>
    </message>
    <message>
        <source>Announcing &quot;{name}&quot;…</source>
        <translation>&quot;{name}&quot; を告知しています…</translation>
    </message>
    <message>
        <source>Bonjour is not available on this network (no multicast); use the QR code or type the address.</source>
        <translation>このネットワークでは Bonjour を使えません（マルチキャストなし）。QR コードを使うか、アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Bonjour could not start; use the QR code or type the address.</source>
        <translation>Bonjour を開始できませんでした。QR コードを使うか、アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Bonjour could not announce the page; use the QR code or type the address.</source>
        <translation>Bonjour でページを告知できませんでした。QR コードを使うか、アドレスを入力してください。</translation>
    </message>
</context>
<context>
    <name>core.bundle</name>
    <message>
        <source>cannot make the folder {out}: {reason}</source>
        <translation>フォルダー {out} を作成できません: {reason}</translation>
    </message>
    <message>
        <source>{out} already holds an ACME setup ({files}); choose another --out or add --force to replace it</source>
        <translation>{out} にはすでに ACME の設定があります（{files}）。別の --out を選ぶか、置き換えるには --force を付けてください</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} を書き込めません: {reason}</translation>
    </message>
    <message>
        <source>{out} holds no ACME setup; run `trustanchor acme setup --out {out}` first</source>
        <translation>{out} には ACME の設定がありません。先に `trustanchor acme setup --out {out}` を実行してください</translation>
    </message>
    <message>
        <source>cannot read {path}: {exc}</source>
        <translation>{path} を読み取れません: {exc}</translation>
    </message>
    <message>
        <source>{path} is damaged; run `trustanchor acme setup --force` again</source>
        <translation>{path} が壊れています。`trustanchor acme setup --force` をもう一度実行してください</translation>
    </message>
</context>
<context>
    <name>core.ca</name>
    <message>
        <source>The private key does not belong to this CA certificate; pick the matching key.</source>
        <translation>この秘密鍵はこの CA 証明書のものではありません。対応する鍵を選んでください。</translation>
    </message>
    <message>
        <source>This CA&apos;s key type is not supported; iPhones need RSA (2048, 3072 or 4096 bits) or ECDSA P-256 / P-384.</source>
        <translation>この CA の鍵の種類には対応していません。iPhone には RSA（2048、3072、4096 ビット）か ECDSA P-256 / P-384 が必要です。</translation>
    </message>
    <message>
        <source>This certificate is not a CA (it lacks basicConstraints CA:TRUE); pick the CA certificate, not a server certificate.</source>
        <translation>この証明書は CA ではありません（basicConstraints CA:TRUE がありません）。サーバー証明書ではなく CA 証明書を選んでください。</translation>
    </message>
    <message>
        <source>A CA can be valid for 1 to {limit} years; {usual} is usual.</source>
        <translation>CA の有効期間は 1〜{limit} 年です。通常は {usual} 年です。</translation>
    </message>
    <message>
        <source>{display} is outside what this CA may sign ({allowed}); use a name within those, or a CA without name constraints.</source>
        <translation>{display} はこの CA が署名できる範囲（{allowed}）の外です。範囲内の名前を使うか、名前制約のない CA を使ってください。</translation>
    </message>
    <message>
        <source>The CA only becomes valid on {day:%Y-%m-%d}; check this computer&apos;s date and time.</source>
        <translation>この CA は {day:%Y-%m-%d} まで有効になりません。このコンピューターの日付と時刻を確認してください。</translation>
    </message>
    <message>
        <source>The CA expired on {not_after:%Y-%m-%d}; create a new CA and install it on your devices.</source>
        <translation>この CA は {not_after:%Y-%m-%d} に期限切れになりました。新しい CA を作成して、デバイスにインストールしてください。</translation>
    </message>
    <message>
        <source>The CA expires on {not_after:%Y-%m-%d}, before this certificate would; issue it for at most {left} days, or create a new CA.</source>
        <translation>CA は {not_after:%Y-%m-%d} に期限切れになり、この証明書より先に切れます。{left} 日以内で発行するか、新しい CA を作成してください。</translation>
    </message>
    <message>
        <source>Choose a passphrase for the exported key; it cannot be empty.</source>
        <translation>書き出す鍵のパスフレーズを決めてください。空にはできません。</translation>
    </message>
    <message>
        <source>IP addresses stay unrestricted: this CA could vouch for any IP address. Add an IP range too, such as 192.168.0.0/16.</source>
        <translation>IP アドレスは制限されません。この CA はどの IP アドレスでも保証できてしまいます。192.168.0.0/16 のような IP 範囲も追加してください。</translation>
    </message>
    <message>
        <source>Host names stay unrestricted: this CA could vouch for any web site. Add a domain too, such as home.arpa.</source>
        <translation>ホスト名は制限されません。この CA はどの Web サイトでも保証できてしまいます。home.arpa のようなドメインも追加してください。</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>CA 名</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>Give the {what} in words, such as &apos;Home Network CA&apos;; iPhones need one.</source>
        <translation>{what}を &apos;Home Network CA&apos; のように言葉で入力してください。iPhone には必要です。</translation>
    </message>
    <message>
        <source>The {what} can be at most {limit} characters long.</source>
        <translation>{what}は {limit} 文字までです。</translation>
    </message>
    <message>
        <source>The {what} contains an invisible character; retype it.</source>
        <translation>{what}に見えない文字が含まれています。入力し直してください。</translation>
    </message>
    <message>
        <source>{entry} is listed twice; keep one.</source>
        <translation>{entry} が 2 回入っています。1 つだけ残してください。</translation>
    </message>
    <message>
        <source>The new certificate would be rejected: {problem}</source>
        <translation>新しい証明書は拒否されます: {problem}</translation>
    </message>
</context>
<context>
    <name>core.caddy</name>
    <message>
        <source>the folder {text} has a character a Caddyfile cannot hold; choose a plainer --out path</source>
        <translation>フォルダー {text} に Caddyfile で扱えない文字があります。もっと単純な --out のパスを選んでください</translation>
    </message>
    <message>
        <source>Caddy before 2.6.3 cannot set the certificate lifetime (its leaves last 12 hours); leave out --leaf-days</source>
        <translation>2.6.3 より前の Caddy では証明書の有効期間を設定できません（12 時間で切れます）。--leaf-days を外してください</translation>
    </message>
</context>
<context>
    <name>core.causes</name>
    <message>
        <source>The profile was not downloaded or installed</source>
        <translation>プロファイルがダウンロードまたはインストールされていません</translation>
    </message>
    <message>
        <source>Tap “Download profile” on the phone, then install it in Settings &gt; General &gt; VPN &amp; Device Management.</source>
        <translation>スマートフォンで「プロファイルをダウンロード」をタップし、設定 &gt; 一般 &gt; VPN とデバイス管理 でインストールしてください。</translation>
    </message>
    <message>
        <source>your CA</source>
        <translation>あなたの CA</translation>
    </message>
    <message>
        <source>Full trust is switched off</source>
        <translation>全面的な信頼がオフになっています</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; About &gt; Certificate Trust Settings: switch on “{ca}”.</source>
        <translation>設定 &gt; 一般 &gt; 情報 &gt; 証明書信頼設定 で「{ca}」をオンにしてください。</translation>
    </message>
    <message>
        <source>iOS 18.0 sometimes hides the trust switch</source>
        <translation>iOS 18.0 では信頼のスイッチが表示されないことがあります</translation>
    </message>
    <message>
        <source>Update the phone in Settings &gt; General &gt; Software Update, then look for the switch again.</source>
        <translation>設定 &gt; 一般 &gt; Software Update でスマートフォンをアップデートしてから、もう一度スイッチを探してください。</translation>
    </message>
    <message>
        <source>The page was not opened in Safari</source>
        <translation>ページが Safari で開かれていません</translation>
    </message>
    <message>
        <source>Copy the link and open it in Safari: other browsers save the profile without offering to install it.</source>
        <translation>リンクをコピーして Safari で開いてください。ほかのブラウザはプロファイルを保存するだけで、インストールを促しません。</translation>
    </message>
    <message>
        <source>The certificate is not installed as a trusted CA</source>
        <translation>証明書が信頼済みの CA としてインストールされていません</translation>
    </message>
    <message>
        <source>Follow the steps shown for this device again.</source>
        <translation>このデバイス用に表示された手順をもう一度行ってください。</translation>
    </message>
    <message>
        <source>Another CA with the same name is installed</source>
        <translation>同じ名前の別の CA がインストールされています</translation>
    </message>
    <message>
        <source>Remove old profiles or certificates with this name, then install this one again.</source>
        <translation>この名前の古いプロファイルや証明書を削除してから、これをもう一度インストールしてください。</translation>
    </message>
</context>
<context>
    <name>core.home</name>
    <message>
        <source>--home is empty: give the CA home&apos;s folder, or leave --home out to use $TRUSTANCHOR_HOME or the default folder.</source>
        <translation>--home が空です。CA の保存フォルダーを指定するか、--home を省いて $TRUSTANCHOR_HOME か既定のフォルダーを使ってください。</translation>
    </message>
    <message>
        <source>The CA home {root} is in use by another TrustAnchor program: let it finish (or close it) and try again.</source>
        <translation>CA フォルダー {root} は別の TrustAnchor が使用中です。終わるまで待つか閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot create the CA home {root} ({reason}): choose another folder with --home or $TRUSTANCHOR_HOME.</source>
        <translation>CA フォルダー {root} を作成できません（{reason}）。--home か $TRUSTANCHOR_HOME で別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA ファイル</translation>
    </message>
    <message>
        <source>{problem} Restore the CA from a backup, or replace it.</source>
        <translation>{problem} バックアップから CA を復元するか、置き換えてください。</translation>
    </message>
    <message>
        <source>There is no CA in {root} yet: create one (trustanchor ca create) or import one (trustanchor ca import).</source>
        <translation>{root} にはまだ CA がありません。作成する（trustanchor ca create）か、インポートして（trustanchor ca import）ください。</translation>
    </message>
    <message>
        <source>The CA in {folder} is incomplete: {name} is missing; restore it from a backup, or replace the CA.</source>
        <translation>{folder} の CA は不完全です。{name} がありません。バックアップから復元するか、CA を置き換えてください。</translation>
    </message>
    <message>
        <source>The CA certificate {certificate} is damaged: restore it from a backup, or replace the CA.</source>
        <translation>CA 証明書 {certificate} が壊れています。バックアップから復元するか、CA を置き換えてください。</translation>
    </message>
    <message>
        <source>The CA key {key} is damaged or not a key: restore it from a backup, or replace the CA.</source>
        <translation>CA の鍵 {key} が壊れているか、鍵ではありません。バックアップから復元するか、CA を置き換えてください。</translation>
    </message>
    <message>
        <source>The CA key {key} does not belong to {certificate}: restore the matching pair from a backup, or replace the CA.</source>
        <translation>CA の鍵 {key} は {certificate} のものではありません。対応する組をバックアップから復元するか、CA を置き換えてください。</translation>
    </message>
    <message>
        <source>A CA already exists in {folder}; it was left untouched. Replace it explicitly to archive it and store the new one.</source>
        <translation>{folder} にはすでに CA があり、そのままにしました。アーカイブして新しい CA を保存するには、明示的に置き換えてください。</translation>
    </message>
    <message>
        <source>There is no CA in {root} to replace: create one instead.</source>
        <translation>{root} には置き換える CA がありません。新しく作成してください。</translation>
    </message>
    <message>
        <source>{folder} holds other files: move them away and try again.</source>
        <translation>{folder} に別のファイルがあります。移動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot write in the CA home {root} ({reason}): make it writable, or choose another with --home; nothing was issued.</source>
        <translation>CA フォルダー {root} に書き込めません（{reason}）。書き込めるようにするか、--home で別のフォルダーを選んでください。何も発行されていません。</translation>
    </message>
    <message>
        <source>An empty passphrase protects nothing: choose one, or choose no passphrase.</source>
        <translation>空のパスフレーズでは何も守れません。パスフレーズを決めるか、パスフレーズなしを選んでください。</translation>
    </message>
</context>
<context>
    <name>core.importer</name>
    <message>
        <source>{name} is a folder: give either an mkcert CAROOT folder alone, or the CA&apos;s certificate and key files.</source>
        <translation>{name} はフォルダーです。mkcert の CAROOT フォルダーだけを指定するか、CA の証明書ファイルと鍵ファイルを指定してください。</translation>
    </message>
    <message>
        <source>{name} is not an mkcert CA folder (it has no {mkcert_cert_name}): choose the folder `mkcert -CAROOT` prints, or the CA&apos;s own files.</source>
        <translation>{name} は mkcert の CA フォルダーではありません（{mkcert_cert_name} がありません）。`mkcert -CAROOT` が表示するフォルダーか、CA 自体のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The mkcert folder {name} has no {mkcert_key_name}: choose the folder on the machine where mkcert created the CA.</source>
        <translation>mkcert フォルダー {name} に {mkcert_key_name} がありません。mkcert が CA を作成したマシンのフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>{name} holds no certificate or private key (found: {found}): choose the CA&apos;s certificate and key files.</source>
        <translation>{name} には証明書も秘密鍵もありません（見つかったもの: {found}）。CA の証明書ファイルと鍵ファイルを選んでください。</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the key in {name}: check it and try again.</source>
        <translation>このパスフレーズでは {name} の鍵を解除できません。確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The key in {name} is protected by a passphrase: give it (with --source-passphrase-file FILE on the command line) and try again.</source>
        <translation>{name} の鍵はパスフレーズで保護されています。パスフレーズを入力して（コマンドラインでは --source-passphrase-file FILE）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{name} holds a damaged or unreadable private key: export the key again.</source>
        <translation>{name} の秘密鍵は壊れているか読み取れません。鍵をもう一度書き出してください。</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name} has a serial number below 1, which RFC 5280 (4.1.2.2) forbids and newer software rejects: create a new CA instead.</source>
        <translation>{name} のシリアル番号が 1 未満です。RFC 5280（4.1.2.2）で禁止され、新しいソフトウェアは拒否します。代わりに新しい CA を作成してください。</translation>
    </message>
    <message>
        <source>The password does not open {name} (or the file is damaged): check the password and try again.</source>
        <translation>このパスワードでは {name} を開けません（またはファイルが壊れています）。パスワードを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{name} is protected by a password: give it (with --source-passphrase-file FILE on the command line) and try again.</source>
        <translation>{name} はパスワードで保護されています。パスワードを入力して（コマンドラインでは --source-passphrase-file FILE）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{name} holds a private key but no certificate: choose the CA&apos;s certificate too.</source>
        <translation>{name} には秘密鍵はありますが証明書がありません。CA の証明書も選んでください。</translation>
    </message>
    <message>
        <source>{name} holds a certificate but no private key: choose the CA&apos;s key file too (TrustAnchor needs the key to issue certificates).</source>
        <translation>{name} には証明書はありますが秘密鍵がありません。CA の鍵ファイルも選んでください（証明書の発行に鍵が必要です）。</translation>
    </message>
    <message>
        <source>{name} holds a damaged or unusual certificate: export the CA certificate again.</source>
        <translation>{name} の証明書は壊れているか特殊な形式です。CA 証明書をもう一度書き出してください。</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a CA: choose the CA&apos;s certificate (CA:TRUE).</source>
        <translation>{name} は {kind} で、CA ではありません。CA の証明書（CA:TRUE）を選んでください。</translation>
    </message>
    <message>
        <source>The key in {key_name} does not belong to the CA certificate in {cas}: choose the key that was made with this CA.</source>
        <translation>{key_name} の鍵は {cas} の CA 証明書のものではありません。この CA と一緒に作られた鍵を選んでください。</translation>
    </message>
</context>
<context>
    <name>core.inputs</name>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The {what} {shown} does not exist: check the name and folder.</source>
        <translation>{what} {shown} がありません。名前とフォルダーを確認してください。</translation>
    </message>
    <message>
        <source>The {what} {shown} is a folder, not a file: choose a file.</source>
        <translation>{what} {shown} はフォルダーで、ファイルではありません。ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot read the {what} {shown} ({reason}).</source>
        <translation>{what} {shown} を読み取れません（{reason}）。</translation>
    </message>
    <message>
        <source>The {what} {shown} is not a regular file (it is a {kind}): TrustAnchor reads only ordinary files.</source>
        <translation>{what} {shown} は通常のファイルではありません（{kind}）。TrustAnchor は通常のファイルだけを読み込みます。</translation>
    </message>
    <message>
        <source>The {what} {shown} is too large (more than {limit:,} bytes) to be what TrustAnchor expects: choose the right file.</source>
        <translation>{what} {shown} は大きすぎます（{limit:,} バイト超）。TrustAnchor が想定するものではありません。正しいファイルを選んでください。</translation>
    </message>
</context>
<context>
    <name>core.intermediate</name>
    <message>
        <source>this CA was made with path length 0, so it cannot delegate to an intermediate; make a new CA with `trustanchor ca create --replace` if you want automatic renewal</source>
        <translation>この CA はパス長 0 で作成されたため、中間 CA に委任できません。自動更新を使うには `trustanchor ca create --replace` で新しい CA を作成してください</translation>
    </message>
    <message>
        <source>{display} is outside what this CA may sign, so clients would not trust the ACME server by that name; give --names within the CA&apos;s limits.</source>
        <translation>{display} はこの CA が署名できる範囲の外なので、その名前ではクライアントが ACME サーバーを信頼しません。CA の範囲内で --names を指定してください。</translation>
    </message>
    <message>
        <source>The intermediate can live {shortest} to {longest} days; {usual} is usual.</source>
        <translation>中間 CA の有効期間は {shortest}〜{longest} 日です。通常は {usual} 日です。</translation>
    </message>
    <message>
        <source>The CA expires on {not_after:%Y-%m-%d}, too soon to delegate to an intermediate; create a new CA first.</source>
        <translation>CA は {not_after:%Y-%m-%d} に期限切れになり、中間 CA に委任するには早すぎます。先に新しい CA を作成してください。</translation>
    </message>
</context>
<context>
    <name>core.issued</name>
    <message>
        <source>record</source>
        <translation>記録</translation>
    </message>
</context>
<context>
    <name>core.java</name>
    <message>
        <source>added by TrustAnchor as alias {alias}</source>
        <translation>TrustAnchor がエイリアス {alias} として追加</translation>
    </message>
    <message>
        <source>Java&apos;s cacerts cannot be written by you (it belongs to root); run the command as root to change it.</source>
        <translation>Java の cacerts には書き込めません（root の所有です）。変更するには root でコマンドを実行してください。</translation>
    </message>
</context>
<context>
    <name>core.journal</name>
    <message>
        <source>journal</source>
        <translation>ジャーナル</translation>
    </message>
</context>
<context>
    <name>core.keystore</name>
    <message>
        <source>The CA key is protected by a passphrase: give it with --passphrase-file FILE or $TRUSTANCHOR_PASSPHRASE (or type it when asked).</source>
        <translation>CA の鍵はパスフレーズで保護されています。--passphrase-file FILE か $TRUSTANCHOR_PASSPHRASE で指定してください（求められたときに入力しても構いません）。</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this CA key: check it and try again.</source>
        <translation>このパスフレーズではこの CA の鍵を解除できません。確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This is not a readable private key: choose a PEM or DER private key file.</source>
        <translation>読み取れる秘密鍵ではありません。PEM か DER の秘密鍵ファイルを選んでください。</translation>
    </message>
    <message>
        <source>This key type cannot sign for TrustAnchor: use an EC (P-256, P-384) or RSA key.</source>
        <translation>この種類の鍵では TrustAnchor で署名できません。EC（P-256、P-384）か RSA の鍵を使ってください。</translation>
    </message>
    <message>
        <source>This key asks for more scrypt work than is safe to spend: re-encrypt it with normal settings (openssl pkcs8 -topk8) and import it again.</source>
        <translation>この鍵は安全に処理できる量を超える scrypt 計算を要求しています。通常の設定で暗号化し直して（openssl pkcs8 -topk8）、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>This file asks for more than 10 million key-derivation rounds: re-export it with normal settings and import it again.</source>
        <translation>このファイルは 1,000 万回を超える鍵導出を要求しています。通常の設定で書き出し直して、もう一度インポートしてください。</translation>
    </message>
</context>
<context>
    <name>core.leaf</name>
    <message>
        <source>A certificate must be valid for at least 1 day.</source>
        <translation>証明書の有効期間は 1 日以上にしてください。</translation>
    </message>
    <message>
        <source>{days} days is too long: iPhones and Macs reject server certificates valid for more than {limit} days; use {default} (the default) or fewer.</source>
        <translation>{days} 日は長すぎます。iPhone と Mac は有効期間が {limit} 日を超えるサーバー証明書を拒否します。{default} 日（既定）以下にしてください。</translation>
    </message>
    <message>
        <source>Choose a password for the .p12 file; it cannot be empty.</source>
        <translation>.p12 ファイルのパスワードを決めてください。空にはできません。</translation>
    </message>
    <message>
        <source>The .p12 password is too short: use at least {count} characters (or let TrustAnchor generate one).</source>
        <translation>.p12 のパスワードが短すぎます。{count} 文字以上にしてください（TrustAnchor に生成させることもできます）。</translation>
    </message>
</context>
<context>
    <name>core.linux</name>
    <message>
        <source>cannot read {path} ({reason})</source>
        <translation>{path} を読み取れません（{reason}）</translation>
    </message>
    <message>
        <source>added by TrustAnchor as {path}</source>
        <translation>TrustAnchor が {path} として追加</translation>
    </message>
    <message>
        <source>added by someone else (TrustAnchor will not remove it)</source>
        <translation>ほかの誰かが追加（TrustAnchor は削除しません）</translation>
    </message>
    <message>
        <source>{path} is there, but the bundle was not rebuilt: run {tool}</source>
        <translation>{path} はありますが、バンドルが再生成されていません: {tool} を実行してください</translation>
    </message>
    <message>
        <source>Cannot write {target} ({reason}); the system store was left as it was.</source>
        <translation>{target} を書き込めません（{reason}）。システムのストアはそのままです。</translation>
    </message>
    <message>
        <source>Cannot remove {target} ({reason}); the system store was left as it was.</source>
        <translation>{target} を削除できません（{reason}）。システムのストアはそのままです。</translation>
    </message>
    <message>
        <source>Changing the system store needs an administrator, and neither pkexec nor sudo is installed; run this command as root instead.</source>
        <translation>システムのストアを変更するには管理者が必要ですが、pkexec も sudo もインストールされていません。代わりに root でこのコマンドを実行してください。</translation>
    </message>
</context>
<context>
    <name>core.listener</name>
    <message>
        <source>The HTTPS certificate or its key could not be loaded; issue a new server certificate from the CA and try again.</source>
        <extracomment>Called in the connection&apos;s own thread with the (TLS) socket, the client&apos;s IP, whether the connection is TLS, and its Activity. The listener closes the socket afterwards.</extracomment>
        <translation>HTTPS 証明書またはその鍵を読み込めませんでした。CA から新しいサーバー証明書を発行して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>core.macos</name>
    <message>
        <source>in the keychain (the handshake below shows the trust)</source>
        <translation>キーチェーン内（信頼の状態は下のハンドシェイクでわかります）</translation>
    </message>
    <message>
        <source>macOS did not allow the change to the certificate trust settings (the password prompt was cancelled or could not be shown); nothing was changed.</source>
        <translation>macOS は証明書の信頼設定の変更を許可しませんでした（パスワード入力がキャンセルされたか表示できませんでした）。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>core.names</name>
    <message>
        <source>such as nas.local or 192.168.1.20</source>
        <translation>例: nas.local、192.168.1.20</translation>
    </message>
    <message>
        <source>{name} is listed twice; keep one.</source>
        <translation>{name} が 2 回入っています。1 つだけ残してください。</translation>
    </message>
    <message>
        <source>{earlier} and {name} are the same name ({display}); keep one.</source>
        <translation>{earlier} と {name} は同じ名前です（{display}）。1 つだけ残してください。</translation>
    </message>
    <message>
        <source>Give at least one host name or IP address, {example}.</source>
        <translation>ホスト名か IP アドレスを 1 つ以上入力してください（{example}）。</translation>
    </message>
    <message>
        <source>such as home.arpa or 192.168.0.0/16</source>
        <translation>例: home.arpa、192.168.0.0/16</translation>
    </message>
    <message>
        <source>Write {domain} without the leading dot; it already covers every name under it.</source>
        <translation>{domain} は先頭のドットなしで入力してください。その下の名前はすべて含まれます。</translation>
    </message>
    <message>
        <source>Write {domain} without &apos;*.&apos;; it already covers every name under it.</source>
        <translation>{domain} は &apos;*.&apos; なしで入力してください。その下の名前はすべて含まれます。</translation>
    </message>
    <message>
        <source>Type a host name or IP address, {example}.</source>
        <translation>ホスト名か IP アドレスを入力してください（{example}）。</translation>
    </message>
    <message>
        <source>{name} contains a space; enter one name at a time, without spaces.</source>
        <translation>{name} に空白が含まれています。名前は 1 つずつ、空白なしで入力してください。</translation>
    </message>
    <message>
        <source>{name} holds several names; enter one at a time.</source>
        <translation>{name} に複数の名前が含まれています。1 つずつ入力してください。</translation>
    </message>
    <message>
        <source>{name} contains an invisible control character; type it again.</source>
        <translation>{name} に見えない制御文字が含まれています。入力し直してください。</translation>
    </message>
    <message>
        <source>type just {host}</source>
        <translation>{host} だけを入力してください</translation>
    </message>
    <message>
        <source>type just the host name</source>
        <translation>ホスト名だけを入力してください</translation>
    </message>
    <message>
        <source>{name} is a web address; {hint}.</source>
        <translation>{name} は Web アドレスです。{hint}。</translation>
    </message>
    <message>
        <source>{name} looks like an e-mail address; {hint}.</source>
        <translation>{name} はメールアドレスのようです。{hint}。</translation>
    </message>
    <message>
        <source>{name} has a zone (%{scope_id}); type just {bare}.</source>
        <translation>{name} にはゾーン（%{scope_id}）があります。{bare} だけを入力してください。</translation>
    </message>
    <message>
        <source>{address} means &apos;any address&apos;; type the machine&apos;s own address instead.</source>
        <translation>{address} は「任意のアドレス」を意味します。機器自身のアドレスを入力してください。</translation>
    </message>
    <message>
        <source>{address} is a broadcast or multicast address; type the machine&apos;s own address.</source>
        <translation>{address} はブロードキャストまたはマルチキャストのアドレスです。機器自身のアドレスを入力してください。</translation>
    </message>
    <message>
        <source>{name} is not an IP range; write one like 192.168.0.0/16.</source>
        <translation>{name} は IP 範囲ではありません。192.168.0.0/16 のように入力してください。</translation>
    </message>
    <message>
        <source>{name} is not the start of its range; did you mean {widened}?</source>
        <translation>{name} は範囲の先頭ではありません。{widened} のことですか？</translation>
    </message>
    <message>
        <source>{name} is a range of addresses; a certificate lists single addresses, so type each one, such as {first_host}.</source>
        <translation>{name} はアドレス範囲です。証明書には個別のアドレスを載せるので、{first_host} のように 1 つずつ入力してください。</translation>
    </message>
    <message>
        <source>type just {before}</source>
        <translation>{before} だけを入力してください</translation>
    </message>
    <message>
        <source>{name} contains &apos;/&apos;; {hint}.</source>
        <translation>{name} に &apos;/&apos; が含まれています。{hint}。</translation>
    </message>
    <message>
        <source>Type the address without brackets: {inner}.</source>
        <translation>アドレスは角かっこなしで入力してください: {inner}。</translation>
    </message>
    <message>
        <source>{name} includes a port; type just {host} (ports do not go into certificates).</source>
        <translation>{name} にはポートが含まれています。{host} だけを入力してください（ポートは証明書に入りません）。</translation>
    </message>
    <message>
        <source>{name} is not a valid IPv6 address or host name; check it for typos.</source>
        <translation>{name} は有効な IPv6 アドレスでもホスト名でもありません。入力ミスがないか確認してください。</translation>
    </message>
    <message>
        <source>{name} contains characters that cannot be in a host name.</source>
        <translation>{name} にはホスト名に使えない文字が含まれています。</translation>
    </message>
    <message>
        <source>start with a dot</source>
        <translation>ドットで始まる</translation>
    </message>
    <message>
        <source>have two dots in a row</source>
        <translation>ドットが 2 つ続く</translation>
    </message>
    <message>
        <source>{name}: a host name cannot {where}.</source>
        <translation>{name}: ホスト名は「{where}」ことはできません。</translation>
    </message>
    <message>
        <source>{name}: &apos;*&apos; is not allowed here.</source>
        <translation>{name}: ここでは &apos;*&apos; は使えません。</translation>
    </message>
    <message>
        <source>{name}: a wildcard needs a name after it, like *.lab.home.arpa.</source>
        <translation>{name}: ワイルドカードの後には名前が必要です（例: *.lab.home.arpa）。</translation>
    </message>
    <message>
        <source>{name}: a wildcard must be the whole left-most part, like *.lab.home.arpa.</source>
        <translation>{name}: ワイルドカードは左端の部分全体でなければなりません（例: *.lab.home.arpa）。</translation>
    </message>
    <message>
        <source>{name} is not a valid internationalised name ({exc}).</source>
        <translation>{name} は有効な国際化ドメイン名ではありません（{exc}）。</translation>
    </message>
    <message>
        <source>{name}: host names cannot contain &apos;_&apos;; use &apos;-&apos; instead.</source>
        <translation>{name}: ホスト名に &apos;_&apos; は使えません。代わりに &apos;-&apos; を使ってください。</translation>
    </message>
    <message>
        <source>{name}: {bad!r} cannot be in a host name; use letters, digits and &apos;-&apos;.</source>
        <translation>{name}: {bad!r} はホスト名に使えません。英字、数字、&apos;-&apos; を使ってください。</translation>
    </message>
    <message>
        <source>{name}: a part of a host name cannot start or end with &apos;-&apos;.</source>
        <translation>{name}: ホスト名の各部分は &apos;-&apos; で始まったり終わったりできません。</translation>
    </message>
    <message>
        <source>{name}: {label} is not a valid internationalised (xn--) name.</source>
        <translation>{name}: {label} は有効な国際化（xn--）名ではありません。</translation>
    </message>
    <message>
        <source>{name}: each part between dots can be at most {limit} characters, and {part} has {length}.</source>
        <translation>{name}: ドットで区切られた各部分は {limit} 文字までですが、{part} は {length} 文字あります。</translation>
    </message>
    <message>
        <source>{name} is too long: a host name can be at most {limit} characters.</source>
        <translation>{name} は長すぎます。ホスト名は {limit} 文字までです。</translation>
    </message>
    <message>
        <source>{name} is not a valid IP address; an IPv4 address is four numbers from 0 to 255 without leading zeros, such as 192.168.1.20.</source>
        <translation>{name} は有効な IP アドレスではありません。IPv4 アドレスは 0〜255 の数字 4 つで、先頭に 0 を付けません（例: 192.168.1.20）。</translation>
    </message>
    <message>
        <source>{name}: the last part of a host name cannot be only digits.</source>
        <translation>{name}: ホスト名の最後の部分を数字だけにすることはできません。</translation>
    </message>
    <message>
        <source>{name} would cover all of {base}, which browsers refuse; use a name one level down, such as *.lab.{base}, or list each name.</source>
        <translation>{name} は {base} 全体を対象にしてしまい、ブラウザーに拒否されます。*.lab.{base} のように 1 段下の名前を使うか、名前を個別に並べてください。</translation>
    </message>
</context>
<context>
    <name>core.nss</name>
    <message>
        <source>Cannot create {path} ({reason}).</source>
        <translation>{path} を作成できません（{reason}）。</translation>
    </message>
    <message>
        <source>certutil cannot read {path}</source>
        <translation>certutil は {path} を読み取れません</translation>
    </message>
    <message>
        <source>present as {nickname!r} but not trusted for websites ({trust})</source>
        <translation>{nickname!r} として存在しますが、Web サイト用には信頼されていません（{trust}）</translation>
    </message>
    <message>
        <source>added by TrustAnchor as {nickname!r}</source>
        <translation>TrustAnchor が {nickname!r} として追加</translation>
    </message>
    <message>
        <source>vfychain (NSS) verified a server certificate from the CA</source>
        <translation>vfychain（NSS）が CA のサーバ証明書を検証</translation>
    </message>
    <message>
        <source>certutil -V (NSS) verified the CA for TLS servers</source>
        <translation>certutil -V（NSS）が TLS サーバ用に CA を検証</translation>
    </message>
    <message>
        <source>{path} is read-only; it was left as it was.</source>
        <translation>{path} は読み取り専用です。そのままにしました。</translation>
    </message>
</context>
<context>
    <name>core.operations</name>
    <message>
        <source>The .p12 password is too short: use at least {count} characters, or let TrustAnchor generate one.</source>
        <translation>.p12 のパスワードが短すぎます。{count} 文字以上にするか、TrustAnchor に生成させてください。</translation>
    </message>
    <message>
        <source>a .p12 file holds the CA&apos;s private key and needs a password</source>
        <translation>.p12 ファイルには CA の秘密鍵が入るため、パスワードが必要です</translation>
    </message>
</context>
<context>
    <name>core.outputs</name>
    <message>
        <source>{path} is {kind}, not a regular file; TrustAnchor only overwrites regular files: choose another name.</source>
        <translation>{path} は {kind} で、通常のファイルではありません。TrustAnchor は通常のファイルしか上書きしません。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>{path} already exists; move it away or choose to overwrite it.</source>
        <translation>{path} はすでにあります。移動するか、上書きを選んでください。</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); choose a folder you can write to.</source>
        <translation>{path} を書き込めませんでした（{reason}）。書き込めるフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>core.proof</name>
    <message>
        <source>the operating system (truststore)</source>
        <translation>オペレーティングシステム（truststore）</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>ハンドシェイクなし</translation>
    </message>
    <message>
        <source>TLS handshake to {address} verified by {method}</source>
        <translation>{address} への TLS ハンドシェイクを {method} で検証</translation>
    </message>
    <message>
        <source>the certificate was accepted</source>
        <translation>証明書は受け入れられました</translation>
    </message>
</context>
<context>
    <name>core.publisher</name>
    <message>
        <source>This computer has no network address a phone could reach; connect it to your Wi-Fi or network, or pass --bind with an address.</source>
        <translation>このコンピューターには、スマートフォンから届くネットワークアドレスがありません。Wi-Fi かネットワークに接続するか、--bind でアドレスを指定してください。</translation>
    </message>
    <message>
        <source>Bonjour is off.</source>
        <translation>Bonjour はオフです。</translation>
    </message>
    <message>
        <source>This CA may not sign {address}, so phones could not test trust against it; choose another address with --bind, or use a CA whose name constraints include it.</source>
        <translation>この CA は {address} に署名できないため、スマートフォンで信頼をテストできません。--bind で別のアドレスを選ぶか、名前制約にそれを含む CA を使ってください。</translation>
    </message>
    <message>
        <source>No name for the HTTPS test certificate; choose an address with --bind.</source>
        <translation>HTTPS テスト用証明書の名前がありません。--bind でアドレスを選んでください。</translation>
    </message>
    <message>
        <source>Bonjour is off (--no-mdns).</source>
        <translation>Bonjour はオフです（--no-mdns）。</translation>
    </message>
    <message>
        <source>Bonjour is off for a loopback address.</source>
        <translation>ループバックアドレスでは Bonjour はオフです。</translation>
    </message>
</context>
<context>
    <name>core.reachability</name>
    <message>
        <source>If the phone is on the same Wi-Fi, Windows Defender Firewall is the usual cause: in Settings &gt; Network &amp; internet, make this network Private, and under Windows Security &gt; Firewall &amp; network protection &gt; Allow an app through firewall, allow TrustAnchor on Private networks.</source>
        <translation>スマートフォンが同じ Wi-Fi にある場合、原因はたいてい Windows Defender ファイアウォールです。Settings &gt; Network &amp; internet でこのネットワークを Private にし、Windows Security &gt; Firewall &amp; network protection &gt; Allow an app through firewall で TrustAnchor を Private ネットワークで許可してください。</translation>
    </message>
    <message>
        <source>If the phone is on the same Wi-Fi, check System Settings &gt; Network &gt; Firewall &gt; Options (allow TrustAnchor) and System Settings &gt; Privacy &amp; Security &gt; Local Network (TrustAnchor on).</source>
        <translation>スマートフォンが同じ Wi-Fi にある場合は、System Settings &gt; Network &gt; Firewall &gt; Options（TrustAnchor を許可）と System Settings &gt; Privacy &amp; Security &gt; Local Network（TrustAnchor をオン）を確認してください。</translation>
    </message>
    <message>
        <source>If the phone is on the same Wi-Fi, a firewall on this computer may block it: allow the page&apos;s port (for example `sudo ufw allow {port}/tcp`, or `sudo firewall-cmd --add-port={port}/tcp`).</source>
        <translation>スマートフォンが同じ Wi-Fi にある場合、このコンピュータのファイアウォールが遮断しているかもしれません。ページのポートを許可してください（例: `sudo ufw allow {port}/tcp` または `sudo firewall-cmd --add-port={port}/tcp`）。</translation>
    </message>
    <message>
        <source>No phone has opened the page yet. {steps} Also check that the phone is not on a guest network or using mobile data.</source>
        <translation>まだどのスマートフォンもページを開いていません。{steps} スマートフォンがゲストネットワークやモバイルデータ通信を使っていないかも確認してください。</translation>
    </message>
</context>
<context>
    <name>core.reader</name>
    <message>
        <source>certificate file</source>
        <translation>証明書ファイル</translation>
    </message>
    <message>
        <source>{label} is not a PEM or DER certificate</source>
        <translation>{label} は PEM でも DER でもない証明書です</translation>
    </message>
</context>
<context>
    <name>core.renewal</name>
    <message>
        <source>the record for {names} does not say where its files are; issue it again with `trustanchor issue`</source>
        <translation>{names} の記録にファイルの場所がありません。`trustanchor issue` でもう一度発行してください</translation>
    </message>
</context>
<context>
    <name>core.rules</name>
    <message>
        <source>An extension cannot be read ({detail}); iOS refuses malformed certificates.</source>
        <translation>拡張を読み取れません（{detail}）。iOS は不正な形式の証明書を拒否します。</translation>
    </message>
    <message>
        <source>The critical extension {oid} is unknown to verifiers, so they must refuse the certificate.</source>
        <translation>重要な拡張 {oid} は検証側に知られていないため、証明書は拒否されます。</translation>
    </message>
    <message>
        <source>This certificate expired on {date} UTC, and iOS refuses expired certificates: make a new one.</source>
        <translation>この証明書は {date} UTC に期限切れになりました。iOS は期限切れの証明書を拒否します。新しく作成してください。</translation>
    </message>
    <message>
        <source>This certificate is valid only from {date} UTC; iOS refuses it until then (check the maker&apos;s clock).</source>
        <translation>この証明書は {date} UTC から有効です。それまで iOS は拒否します（作成側の時計を確認してください）。</translation>
    </message>
    <message>
        <source>This certificate expires on {date}: renew it soon.</source>
        <translation>この証明書は {date} に期限切れになります。早めに更新してください。</translation>
    </message>
    <message>
        <source>{who} has a {bits}-bit RSA key; iOS refuses RSA keys under 2048 bits: use RSA 2048+ or EC P-256.</source>
        <translation>{who}の RSA 鍵は {bits} ビットです。iOS は 2048 ビット未満の RSA 鍵を拒否します。RSA 2048 以上か EC P-256 を使ってください。</translation>
    </message>
    <message>
        <source>{who} has a {bits}-bit EC key; iOS requires P-256 or more.</source>
        <translation>{who}の EC 鍵は {bits} ビットです。iOS には P-256 以上が必要です。</translation>
    </message>
    <message>
        <source>{who} uses the curve {curve}; Apple&apos;s TLS accepts only P-256, P-384 and P-521.</source>
        <translation>{who}は曲線 {curve} を使っています。Apple の TLS は P-256、P-384、P-521 しか受け付けません。</translation>
    </message>
    <message>
        <source>{who} has a P-521 key: iOS accepts it, Chrome does not. P-256 or P-384 work everywhere.</source>
        <translation>{who}の鍵は P-521 です。iOS は受け付けますが、Chrome は受け付けません。P-256 か P-384 ならどこでも使えます。</translation>
    </message>
    <message>
        <source>{who} has {kind} key, but Apple&apos;s TLS accepts only RSA and EC keys: use EC P-256 or RSA 2048+.</source>
        <translation>{who}の鍵の種類は {kind} ですが、Apple の TLS は RSA 鍵と EC 鍵しか受け付けません。EC P-256 か RSA 2048 以上を使ってください。</translation>
    </message>
    <message>
        <source>This certificate is signed with SHA-1, which iOS refuses for TLS (except in a root&apos;s own signature): sign it with SHA-256.</source>
        <translation>この証明書は SHA-1 で署名されています。iOS は TLS で SHA-1 を拒否します（ルート自身の署名を除く）。SHA-256 で署名してください。</translation>
    </message>
    <message>
        <source>This certificate is signed with MD5, which iOS refuses for TLS (except in a root&apos;s own signature): sign it with SHA-256.</source>
        <translation>この証明書は MD5 で署名されています。iOS は TLS で MD5 を拒否します（ルート自身の署名を除く）。SHA-256 で署名してください。</translation>
    </message>
    <message>
        <source>This certificate is signed with {alg}; Apple&apos;s TLS takes RSA or ECDSA signatures with SHA-2: sign it with SHA-256.</source>
        <translation>この証明書は {alg} で署名されています。Apple の TLS は SHA-2 の RSA 署名か ECDSA 署名を受け付けます。SHA-256 で署名してください。</translation>
    </message>
    <message>
        <source>This root CA also names servers ({names}); Firefox refuses a CA as a server certificate: issue a separate one.</source>
        <translation>このルート CA はサーバ名も含んでいます（{names}）。Firefox は CA をサーバ証明書として拒否します。別の証明書を発行してください。</translation>
    </message>
    <message>
        <source>This certificate is not a CA (basicConstraints CA:TRUE), so iOS does not list it in Certificate Trust Settings: make a real root.</source>
        <translation>この証明書は CA（basicConstraints CA:TRUE）ではないため、iOS の証明書信頼設定に表示されません。本物のルートを作成してください。</translation>
    </message>
    <message>
        <source>CA:TRUE is not marked critical; iOS lists only critical CA:TRUE roots in Certificate Trust Settings.</source>
        <translation>CA:TRUE が重要（critical）になっていません。iOS の証明書信頼設定には CA:TRUE が重要なルートしか表示されません。</translation>
    </message>
    <message>
        <source>This CA has no path length limit, so chains of any depth pass; a stolen key signs leaves for any name anyway: name constraints are what bound it.</source>
        <translation>この CA にはパス長の制限がないため、どの深さのチェーンも通ります。盗まれた鍵はどのみちどの名前の証明書にも署名できます。それを制限するのは名前制約です。</translation>
    </message>
    <message>
        <source>This CA has no keyUsage: iOS accepts it, strict checkers refuse the chain.</source>
        <translation>この CA には keyUsage がありません。iOS は受け付けますが、厳格な検証ではチェーンが拒否されます。</translation>
    </message>
    <message>
        <source>This CA&apos;s keyUsage lacks keyCertSign, so iOS refuses everything it signs.</source>
        <translation>この CA の keyUsage には keyCertSign がないため、iOS はこの CA が署名したものをすべて拒否します。</translation>
    </message>
    <message>
        <source>This CA has no subjectKeyIdentifier: iOS accepts it, strict checkers do not.</source>
        <translation>この CA には subjectKeyIdentifier がありません。iOS は受け付けますが、厳格な検証では拒否されます。</translation>
    </message>
    <message>
        <source>This root has no Common Name, and iOS does not list such a root in Certificate Trust Settings: give it a name such as &quot;Home CA&quot;.</source>
        <translation>このルートには Common Name がなく、iOS の証明書信頼設定には表示されません。&quot;Home CA&quot; のような名前を付けてください。</translation>
    </message>
    <message>
        <source>This root&apos;s signature does not verify with its own key (damaged?), so iOS cannot use it as a root.</source>
        <translation>このルートの署名は自身の鍵で検証できません（破損？）。iOS はルートとして使えません。</translation>
    </message>
    <message>
        <source>This server certificate is also a CA (CA:TRUE); Firefox refuses it and a CA key must not sit on a server: use CA:FALSE.</source>
        <translation>このサーバ証明書は CA（CA:TRUE）でもあります。Firefox は拒否し、CA の鍵をサーバに置くべきではありません。CA:FALSE を使ってください。</translation>
    </message>
    <message>
        <source>This server certificate signs itself without being a CA, so iOS cannot trust it: issue it from a root CA on the iPhone.</source>
        <translation>このサーバ証明書は CA ではないのに自己署名しているため、iOS は信頼できません。iPhone に入っているルート CA から発行してください。</translation>
    </message>
    <message>
        <source>iOS ignores the Common Name for host names: put {cn} in the subjectAltName (here it is only in the Common Name).</source>
        <translation>iOS はホスト名に Common Name を使いません。{cn} を subjectAltName に入れてください（ここでは Common Name にしかありません）。</translation>
    </message>
    <message>
        <source>There is no subjectAltName with a DNS name or IP address, the only place iOS looks for host names: add the names.</source>
        <translation>DNS 名や IP アドレスを含む subjectAltName がありません。iOS がホスト名を探すのはそこだけです。名前を追加してください。</translation>
    </message>
    <message>
        <source>The Common Name {cn} is not in the subjectAltName, so iOS refuses connections to {cn}: add it there.</source>
        <translation>Common Name の {cn} が subjectAltName にないため、iOS は {cn} への接続を拒否します。そこに追加してください。</translation>
    </message>
    <message>
        <source>{name} is written as a DNS name; iPhones and browsers match addresses only as IP:{name} entries.</source>
        <translation>{name} は DNS 名として書かれています。iPhone やブラウザはアドレスを IP:{name} の形でしか照合しません。</translation>
    </message>
    <message>
        <source>Browsers accept a wildcard only as the whole left-most label (like *.lab.home.arpa), not {name}.</source>
        <translation>ブラウザはワイルドカードを左端のラベル全体としてしか受け付けません（*.lab.home.arpa など）。{name} は使えません。</translation>
    </message>
    <message>
        <source>Browsers refuse {name}, a wildcard right under {parent}: use nas.{parent} or *.lab.{parent}.</source>
        <translation>ブラウザは {parent} の直下のワイルドカード {name} を拒否します。nas.{parent} か *.lab.{parent} を使ってください。</translation>
    </message>
    <message>
        <source>The subject is empty, so the subjectAltName must be critical for strict checkers.</source>
        <translation>サブジェクトが空なので、厳格な検証のために subjectAltName を重要（critical）にする必要があります。</translation>
    </message>
    <message>
        <source>There is no extendedKeyUsage; iOS 13 and later require one with serverAuth: reissue it with serverAuth.</source>
        <translation>extendedKeyUsage がありません。iOS 13 以降では serverAuth を含むものが必要です。serverAuth 付きで発行し直してください。</translation>
    </message>
    <message>
        <source>The extendedKeyUsage allows {uses} but not serverAuth, so iOS refuses it for HTTPS: reissue it with serverAuth.</source>
        <translation>extendedKeyUsage は {uses} を許可していますが serverAuth がないため、iOS は HTTPS で拒否します。serverAuth 付きで発行し直してください。</translation>
    </message>
    <message>
        <source>The keyUsage lacks digitalSignature, which TLS 1.3 and ECDHE need; clients that check it refuse the certificate.</source>
        <translation>keyUsage に TLS 1.3 と ECDHE に必要な digitalSignature がありません。これを確認するクライアントは証明書を拒否します。</translation>
    </message>
    <message>
        <source>Valid for {days} days, but iOS refuses server certificates made after 1 July 2019 that last over 825 days, even under your own root (397 is safest).</source>
        <translation>有効期間は {days} 日ですが、iOS は 2019 年 7 月 1 日以降に作成された 825 日を超えるサーバ証明書を、独自のルートの下でも拒否します（397 日が最も安全です）。</translation>
    </message>
    <message>
        <source>Valid for {days} days: fine under your own root, though public ones stop at 398 (397 is safest).</source>
        <translation>有効期間は {days} 日です。独自のルートの下では問題ありませんが、公開のものは 398 日までです（397 日が最も安全です）。</translation>
    </message>
    <message>
        <source>There is no authorityKeyIdentifier: iOS accepts that, strict checkers do not.</source>
        <translation>authorityKeyIdentifier がありません。iOS は受け付けますが、厳格な検証では拒否されます。</translation>
    </message>
    <message>
        <source>This certificate was issued by {issuer}, not by the CA given ({subject}).</source>
        <translation>この証明書の発行者は {issuer} で、指定された CA（{subject}）ではありません。</translation>
    </message>
    <message>
        <source>This certificate names another CA key than the CA given: it comes from a different CA of that name.</source>
        <translation>この証明書は指定された CA とは別の CA 鍵を示しています。同じ名前の別の CA から発行されたものです。</translation>
    </message>
    <message>
        <source>The given CA&apos;s key did not sign this certificate (was the CA made again?): use the CA that did, or reissue it.</source>
        <translation>指定された CA の鍵はこの証明書に署名していません（CA を作り直しましたか？）。署名した CA を使うか、発行し直してください。</translation>
    </message>
    <message>
        <source>This certificate outlives its CA, which expires on {date}; from then on iOS refuses it.</source>
        <translation>この証明書は {date} に期限切れになる CA より長く有効です。その日以降、iOS は拒否します。</translation>
    </message>
    <message>
        <source>The CA may only vouch for {allowed}, but this certificate names {names}: iOS refuses it.</source>
        <translation>この CA が保証できるのは {allowed} だけですが、この証明書は {names} を含んでいます。iOS は拒否します。</translation>
    </message>
    <message>
        <source>The given CA is not marked CA:TRUE, so nothing it signs is trusted.</source>
        <translation>指定された CA は CA:TRUE になっていないため、署名したものはどれも信頼されません。</translation>
    </message>
    <message>
        <source>The issuing CA expired on {date}, so iOS refuses everything it issued: make a new CA.</source>
        <translation>発行元の CA は {date} に期限切れになったため、iOS はこの CA が発行したものをすべて拒否します。新しい CA を作成してください。</translation>
    </message>
    <message>
        <source>This certificate</source>
        <translation>この証明書</translation>
    </message>
    <message>
        <source>an unknown kind of</source>
        <translation>不明</translation>
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
        <translation>なし</translation>
    </message>
    <message>
        <source>The issuing CA</source>
        <translation>発行元の CA</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>ほかの名前</translation>
    </message>
</context>
<context>
    <name>core.runner</name>
    <message>
        <source>{tool} did not finish within {seconds:.0f} seconds; nothing more was changed.</source>
        <translation>{tool} が {seconds:.0f} 秒以内に終わりませんでした。それ以上は何も変更されていません。</translation>
    </message>
    <message>
        <source>Cannot run {program}: {reason}.</source>
        <translation>{program} を実行できません: {reason}。</translation>
    </message>
    <message>
        <source>{tool} is not installed: install {package}.</source>
        <translation>{tool} がインストールされていません。{package} をインストールしてください。</translation>
    </message>
    <message>
        <source>{tool} is not installed.</source>
        <translation>{tool} がインストールされていません。</translation>
    </message>
    <message>
        <source>The administrator password was not given, so the system store was left as it was.</source>
        <translation>管理者パスワードが入力されなかったため、システムのストアはそのままです。</translation>
    </message>
</context>
<context>
    <name>core.servercheck</name>
    <message>
        <source>{url!r} is not a valid https:// URL.</source>
        <translation>{url!r} は有効な https:// URL ではありません。</translation>
    </message>
    <message>
        <source>{url!r} is not an https:// URL with a host name, such as https://nas.local:8443.</source>
        <translation>{url!r} はホスト名を含む https:// URL（例: https://nas.local:8443）ではありません。</translation>
    </message>
    <message>
        <source>{host} could not be found: check the name, or use the server&apos;s IP address.</source>
        <translation>{host} が見つかりません。名前を確認するか、サーバの IP アドレスを使ってください。</translation>
    </message>
    <message>
        <source>{where} did not answer within {timeout:g} seconds (a firewall, or the server is off).</source>
        <translation>{where} は {timeout:g} 秒以内に応答しませんでした（ファイアウォールか、サーバが停止しています）。</translation>
    </message>
    <message>
        <source>Nothing is listening at {where} (connection refused).</source>
        <translation>{where} で待ち受けているものがありません（接続が拒否されました）。</translation>
    </message>
    <message>
        <source>{where} cannot be reached: {reason}.</source>
        <translation>{where} に接続できません: {reason}。</translation>
    </message>
    <message>
        <source>{where} offers only TLS older than 1.2, which an iPhone refuses; turn on TLS 1.2 or 1.3 on the server.</source>
        <translation>{where} は 1.2 より古い TLS しか提供していません。iPhone は拒否します。サーバで TLS 1.2 か 1.3 を有効にしてください。</translation>
    </message>
    <message>
        <source>{where} answered, but no TLS handshake completed ({reason}); is it an HTTPS port?</source>
        <translation>{where} は応答しましたが、TLS ハンドシェイクが完了しませんでした（{reason}）。HTTPS のポートですか？</translation>
    </message>
    <message>
        <source>The chain leads to your CA &quot;{ca}&quot;.</source>
        <translation>チェーンはあなたの CA &quot;{ca}&quot; につながっています。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>The certificate names your CA as its issuer but your CA&apos;s key did not sign it: it comes from another CA with the same name.</source>
        <translation>証明書は発行者としてあなたの CA を示していますが、あなたの CA の鍵は署名していません。同じ名前の別の CA から発行されたものです。</translation>
    </message>
    <message>
        <source>The server does not send the certificate of its issuer {issuer}: add that intermediate to the server&apos;s certificate file (fullchain).</source>
        <translation>サーバは発行者 {issuer} の証明書を送っていません。その中間証明書をサーバの証明書ファイル（fullchain）に追加してください。</translation>
    </message>
    <message>
        <source>The chain does not lead to a CA you gave: it is self-signed.</source>
        <translation>チェーンは指定された CA につながっていません。自己署名です。</translation>
    </message>
    <message>
        <source>The chain does not lead to your CA &quot;{ca}&quot;: it is self-signed.</source>
        <translation>チェーンはあなたの CA &quot;{ca}&quot; につながっていません。自己署名です。</translation>
    </message>
    <message>
        <source>The chain does not lead to a CA you gave: it is issued by {issuer}.</source>
        <translation>チェーンは指定された CA につながっていません。発行者は {issuer} です。</translation>
    </message>
    <message>
        <source>The chain does not lead to your CA &quot;{ca}&quot;: it is issued by {issuer}.</source>
        <translation>チェーンはあなたの CA &quot;{ca}&quot; につながっていません。発行者は {issuer} です。</translation>
    </message>
    <message>
        <source>{host} is not a name a certificate can hold.</source>
        <translation>{host} は証明書に入れられる名前ではありません。</translation>
    </message>
    <message>
        <source>no names at all</source>
        <translation>名前を 1 つも</translation>
    </message>
    <message>
        <source>{name} is one of the certificate&apos;s names.</source>
        <translation>{name} は証明書の名前の 1 つです。</translation>
    </message>
    <message>
        <source>The certificate is not for {name}: it names {listed}.</source>
        <translation>証明書は {name} 用ではありません。含まれている名前: {listed}。</translation>
    </message>
    <message>
        <source>The certificate passes Apple&apos;s rules for server certificates.</source>
        <translation>証明書はサーバ証明書に関する Apple のルールを満たしています。</translation>
    </message>
    <message>
        <source>The certificate expired on {day}; issue a new one.</source>
        <translation>証明書は {day} に期限切れになりました。新しく発行してください。</translation>
    </message>
    <message>
        <source>The certificate is not valid before {day}; check the clocks.</source>
        <translation>証明書は {day} より前は有効ではありません。時計を確認してください。</translation>
    </message>
    <message>
        <source>The certificate expires on {day} (in {days} days).</source>
        <translation>証明書は {day} に期限切れになります（あと {days} 日）。</translation>
    </message>
    <message>
        <source>The server speaks {version}.</source>
        <translation>サーバは {version} を使っています。</translation>
    </message>
    <message>
        <source>The server chose {version}; an iPhone needs TLS 1.2 or newer.</source>
        <translation>サーバは {version} を選びました。iPhone には TLS 1.2 以降が必要です。</translation>
    </message>
    <message>
        <source>an old TLS</source>
        <translation>古い TLS</translation>
    </message>
    <message>
        <source>This phone completed a trusted HTTPS connection to the server.</source>
        <translation>このスマートフォンはサーバへの信頼された HTTPS 接続を完了しました。</translation>
    </message>
    <message>
        <source>The computer has not finished checking this server; try again.</source>
        <translation>コンピュータはこのサーバの確認をまだ終えていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Neither this phone nor the computer reached it: {error}</source>
        <translation>このスマートフォンもコンピュータも接続できませんでした: {error}</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is good, but this phone does not trust your CA yet.</source>
        <translation>サーバの証明書は問題ありませんが、このスマートフォンはまだあなたの CA を信頼していません。</translation>
    </message>
    <message>
        <source>The computer reached the server and its certificate is good, but this phone did not reach it: is the phone on the same network?</source>
        <translation>コンピュータはサーバに接続でき、証明書も問題ありませんが、このスマートフォンは接続できませんでした。スマートフォンは同じネットワークにありますか？</translation>
    </message>
</context>
<context>
    <name>core.serverconfig</name>
    <message>
        <source>Put this in a file under /etc/nginx/conf.d/ (or your site&apos;s file), then run: nginx -t &amp;&amp; nginx -s reload</source>
        <translation>これを /etc/nginx/conf.d/ 内のファイル (またはサイトのファイル) に書き、次を実行します: nginx -t &amp;&amp; nginx -s reload</translation>
    </message>
    <message>
        <source>Add this to your Caddyfile, then run: caddy reload</source>
        <translation>これを Caddyfile に追加し、次を実行します: caddy reload</translation>
    </message>
    <message>
        <source>Enable TLS once with: a2enmod ssl. Put this in /etc/apache2/sites-available/, a2ensite it, then run: apachectl configtest &amp;&amp; apachectl graceful (leave out the Listen line if ports.conf already has it)</source>
        <translation>最初に一度 TLS を有効にします: a2enmod ssl。これを /etc/apache2/sites-available/ に置いて a2ensite で有効にし、次を実行します: apachectl configtest &amp;&amp; apachectl graceful (ports.conf に Listen 行が既にあれば省いてください)</translation>
    </message>
    <message>
        <source>Save as server.js and run: node server.js (with Express, pass your app in place of the handler)</source>
        <translation>server.js として保存して実行します: node server.js (Express ではハンドラーの代わりにアプリを渡します)</translation>
    </message>
    <message>
        <source>Save as serve.py and run: python3 serve.py (it serves the current folder; for uvicorn use --ssl-certfile and --ssl-keyfile with the same two files)</source>
        <translation>serve.py として保存して実行します: python3 serve.py (現在のフォルダーを配信します。uvicorn では同じ 2 つのファイルで --ssl-certfile と --ssl-keyfile を使います)</translation>
    </message>
    <message>
        <source>Copy {fullchain} and {key} into Home Assistant&apos;s ssl folder (Samba or File editor add-on), add this to configuration.yaml, then restart Home Assistant; it then answers on https:// at port 8123</source>
        <translation>{fullchain} と {key} を Home Assistant の ssl フォルダー (Samba または File editor アドオン) にコピーし、これを configuration.yaml に追加して Home Assistant を再起動します。以後はポート 8123 の https:// で応答します</translation>
    </message>
</context>
<context>
    <name>core.service</name>
    <message>
        <source>No {store} trust store was found on this computer; nothing was changed.</source>
        <translation>このコンピューターには {store} の信頼ストアが見つかりませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <source>The CA {fingerprint} is already in {names}; nothing was changed.</source>
        <translation>CA {fingerprint} はすでに {names} にあります。何も変更されていません。</translation>
    </message>
    <message>
        <source>None of {names} holds a CA TrustAnchor added; nothing was removed.</source>
        <translation>{names} のどれにも TrustAnchor が追加した CA はありません。何も削除されていません。</translation>
    </message>
    <message>
        <source>OpenSSL with {bundle}</source>
        <translation>{bundle} を使う OpenSSL</translation>
    </message>
    <message>
        <source>cannot read the bundle ({reason})</source>
        <translation>バンドルを読み取れません（{reason}）</translation>
    </message>
</context>
<context>
    <name>core.status</name>
    <message>
        <source>the directory URL {url!r} in acme.json is not an https:// URL</source>
        <translation>acme.json のディレクトリ URL {url!r} は https:// URL ではありません</translation>
    </message>
    <message>
        <source>cannot read the root certificate {path}: {reason}</source>
        <translation>ルート証明書 {path} を読み取れません: {reason}</translation>
    </message>
    <message>
        <source>{url} does not answer ({reason})</source>
        <translation>{url} が応答しません（{reason}）</translation>
    </message>
    <message>
        <source>{url} does not answer like an ACME server ({reason})</source>
        <translation>{url} の応答は ACME サーバのものではありません（{reason}）</translation>
    </message>
    <message>
        <source>{url} answered, but not with an ACME directory</source>
        <translation>{url} は応答しましたが、ACME ディレクトリではありません</translation>
    </message>
    <message>
        <source>Caddy data file</source>
        <translation>Caddy のデータファイル</translation>
    </message>
    <message>
        <source>{path} is missing; run `trustanchor acme setup` again</source>
        <translation>{path} がありません。`trustanchor acme setup` をもう一度実行してください</translation>
    </message>
    <message>
        <source>cannot read the certificate {path}: {exc}</source>
        <translation>証明書 {path} を読み取れません: {exc}</translation>
    </message>
</context>
<context>
    <name>core.vetting</name>
    <message>
        <source>{name} has a serial number below 1, which RFC 5280 (4.1.2.2) forbids and newer software rejects: create a new CA instead.</source>
        <translation>{name} のシリアル番号が 1 未満です。RFC 5280（4.1.2.2）で禁止され、新しいソフトウェアは拒否します。代わりに新しい CA を作成してください。</translation>
    </message>
    <message>
        <source>{name} is an intermediate CA, not a root: choose the root CA (the self-signed one).</source>
        <translation>{name} は中間 CA で、ルート CA ではありません。ルート CA（自己署名のもの）を選んでください。</translation>
    </message>
    <message>
        <source>The CA in {name} expired on {day:%Y-%m-%d}: create a new CA instead.</source>
        <translation>{name} の CA は {day:%Y-%m-%d} に期限切れになりました。代わりに新しい CA を作成してください。</translation>
    </message>
    <message>
        <source>The CA in {name} only becomes valid on {day:%Y-%m-%d %H:%M} UTC, and nothing it signs would be trusted before then: check this computer&apos;s date, or import it from that day on.</source>
        <translation>{name} の CA は {day:%Y-%m-%d %H:%M} UTC まで有効にならず、それまでは署名したものが信頼されません。このコンピューターの日付を確認するか、その日以降にインポートしてください。</translation>
    </message>
    <message>
        <source>The CA&apos;s {what} contains a control character ({code}); TrustAnchor will not import it: such characters can rewrite what a terminal or a phone shows.</source>
        <translation>CA の{what}に制御文字（{code}）が含まれているため、TrustAnchor はインポートしません。このような文字は端末やスマートフォンの表示を書き換えることがあります。</translation>
    </message>
    <message>
        <source>The self-signature of {name} uses an algorithm TrustAnchor cannot check: export the CA certificate again, or create a new CA.</source>
        <translation>{name} の自己署名は TrustAnchor が検証できないアルゴリズムを使っています。CA 証明書をもう一度書き出すか、新しい CA を作成してください。</translation>
    </message>
    <message>
        <source>The self-signature of {name} does not verify (the file is damaged or altered): export the CA certificate again.</source>
        <translation>{name} の自己署名を検証できません（ファイルが壊れているか改ざんされています）。CA 証明書をもう一度書き出してください。</translation>
    </message>
</context>
<context>
    <name>core.windows</name>
    <message>
        <source>in {location}</source>
        <translation>{location} 内</translation>
    </message>
    <message>
        <source>Adding to this computer&apos;s trusted roots needs an elevated prompt: run the command from a terminal opened with &quot;Run as administrator&quot;.</source>
        <translation>このコンピューターの信頼されたルートに追加するには管理者権限が必要です。&quot;管理者として実行&quot; で開いたターミナルからコマンドを実行してください。</translation>
    </message>
    <message>
        <source>You declined Windows&apos; confirmation, so nothing was changed.</source>
        <translation>Windows の確認を拒否したため、何も変更されていません。</translation>
    </message>
    <message>
        <source>Windows denied the change (it needs an elevated prompt); nothing was changed.</source>
        <translation>Windows が変更を拒否しました（管理者権限が必要です）。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>core.wizard</name>
    <message>
        <source>Type a passphrase twice, or untick “Protect the CA key with a passphrase”.</source>
        <translation>パスフレーズを 2 回入力するか、「Protect the CA key with a passphrase」のチェックを外してください。</translation>
    </message>
    <message>
        <source>Type a passphrase, or untick “Protect the CA key with a passphrase”.</source>
        <translation>パスフレーズを入力するか、「Protect the CA key with a passphrase」のチェックを外してください。</translation>
    </message>
    <message>
        <source>Use a passphrase of at least {count} characters.</source>
        <translation>{count} 文字以上のパスフレーズを使ってください。</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>2 つのパスフレーズが一致しません。同じものを 2 回入力してください。</translation>
    </message>
    <message>
        <source>There is no CA yet; choose “Create a new CA” or import one.</source>
        <translation>CA がまだありません。「Create a new CA」を選ぶか、CA をインポートしてください。</translation>
    </message>
    <message>
        <source>Type your CA&apos;s passphrase.</source>
        <translation>CA のパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>You already have a CA: use it, or tick “Replace my current CA” (it is kept in the archive folder).</source>
        <translation>CA はすでにあります。それを使うか、「Replace my current CA」にチェックを入れてください（古い CA はアーカイブフォルダーに保存されます）。</translation>
    </message>
    <message>
        <source>Choose the CA file or mkcert folder to import.</source>
        <translation>インポートする CA ファイルまたは mkcert フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Choose a file TrustAnchor can read as a CA (see the message above).</source>
        <translation>TrustAnchor が CA として読み取れるファイルを選んでください（上のメッセージを参照）。</translation>
    </message>
    <message>
        <source>Give your CA a name; your phone shows it in Settings.</source>
        <translation>CA に名前を付けてください。スマートフォンの設定に表示されます。</translation>
    </message>
    <message>
        <source>Shorten the CA name to {limit} characters or fewer.</source>
        <translation>CA 名を {limit} 文字以内に短くしてください。</translation>
    </message>
    <message>
        <source>Choose one of the offered key types.</source>
        <translation>表示されている鍵の種類から 1 つ選んでください。</translation>
    </message>
    <message>
        <source>List at least one name or address range, or untick the limit.</source>
        <translation>名前かアドレス範囲を 1 つ以上入力するか、制限のチェックを外してください。</translation>
    </message>
    <message>
        <source>Choose a lifetime between 1 and {limit} days; iPhones reject longer ones.</source>
        <translation>有効期間は 1〜{limit} 日にしてください。iPhone はそれより長いものを拒否します。</translation>
    </message>
    <message>
        <source>Choose the folder to save the certificate in.</source>
        <translation>証明書を保存するフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>done</name>
    <message>
        <source>Your phone can now trust your own HTTPS services.</source>
        <translation>これで電話が自分の HTTPS サービスを信頼できます。</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>あなたの CA</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation>あなたの証明書</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>&amp;Stop publishing</source>
        <translation>公開を停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop publishing the CA on the network</source>
        <translation>ネットワークでの CA の公開を停止</translation>
    </message>
    <message>
        <source>&amp;Publish again</source>
        <translation>もう一度公開(&amp;P)</translation>
    </message>
    <message>
        <source>Publish the CA on the network again, for more devices</source>
        <translation>ほかのデバイスのために CA をもう一度ネットワークで公開</translation>
    </message>
    <message>
        <source>&amp;Issue another certificate</source>
        <translation>別の証明書を発行(&amp;I)</translation>
    </message>
    <message>
        <source>Issue another certificate from this CA</source>
        <translation>この CA から別の証明書を発行</translation>
    </message>
    <message>
        <source>Keep the CA folder safe and backed up: it holds the key that your devices trust. To add another phone later, run TrustAnchor again and choose “{choice}”.</source>
        <translation>CA フォルダは安全な場所に保管し、バックアップしてください。デバイスが信頼する鍵が入っています。あとで別の電話を追加するには、TrustAnchor をもう一度起動して「{choice}」を選びます。</translation>
    </message>
    <message>
        <source>Your CA “{name}” (fingerprint {fingerprint}) is kept in {folder}, valid until {date}.</source>
        <translation>CA「{name}」(フィンガープリント {fingerprint}) は {folder} に保管されています。有効期限は {date} です。</translation>
    </message>
    <message>
        <source>The certificate for {names} is in {folder}. It is valid until {date}: make a new one before {renew_date}.</source>
        <translation>{names} の証明書は {folder} にあります。有効期限は {date} です。{renew_date} までに新しい証明書を作成してください。</translation>
    </message>
    <message>
        <source>Trusted on: {devices}</source>
        <translation>信頼済みのデバイス: {devices}</translation>
    </message>
    <message>
        <source>No device has passed the test yet.</source>
        <translation>まだテストに合格したデバイスはありません。</translation>
    </message>
    <message>
        <source>Still publishing at {url} for more devices; it stops when you close TrustAnchor.</source>
        <translation>ほかのデバイスのために {url} で公開を続けています。TrustAnchor を閉じると停止します。</translation>
    </message>
    <message>
        <source>Publishing has stopped.</source>
        <translation>公開を停止しました。</translation>
    </message>
    <message>
        <source>Your CA is ready, but no device has passed the test yet: go Back to “{step}” to run it, or add a device later.</source>
        <translation>CA の準備はできていますが、まだテストに合格したデバイスはありません。「戻る」で「{step}」に戻ってテストするか、あとでデバイスを追加してください。</translation>
    </message>
</context>
<context>
    <name>extra_buttons</name>
    <message>
        <source>Also trust it on this computer…</source>
        <translation>このコンピュータでも信頼…</translation>
    </message>
    <message>
        <source>Renew automatically…</source>
        <translation>自動で更新…</translation>
    </message>
    <message>
        <source>Shows this computer&apos;s trust stores; nothing changes until you click Install</source>
        <translation>このコンピュータの証明書ストアを表示します。「インストール」をクリックするまで何も変わりません</translation>
    </message>
    <message>
        <source>Sets up Caddy&apos;s ACME server so your servers renew their certificates by themselves</source>
        <translation>Caddy の ACME サーバを設定し、サーバが証明書を自動で更新できるようにします</translation>
    </message>
</context>
<context>
    <name>full_trust</name>
    <message>
        <source>Since iOS 10.3 an installed CA is not used for HTTPS until you switch it on in Certificate Trust Settings.</source>
        <translation>iOS 10.3 以降、インストールした CA は「証明書信頼設定」でオンにするまで HTTPS に使われません。</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; About &gt; Certificate Trust Settings. If the switch is missing on iOS 18.0, update the phone first (Settings &gt; General &gt; Software Update).</source>
        <translation>設定 &gt; 一般 &gt; 情報 &gt; 証明書信頼設定。iOS 18.0 でスイッチが見当たらない場合は、先に電話をアップデートしてください (設定 &gt; 一般 &gt; Software Update)。</translation>
    </message>
</context>
<context>
    <name>install_profile</name>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Showing the steps for {device}, which opened the page. Choose another device below if needed.</source>
        <translation>ページを開いた {device} の手順を表示しています。必要なら下で別のデバイスを選んでください。</translation>
    </message>
    <message>
        <source>No device has opened the page yet: showing the iPhone steps. Choose your device below if it is another one.</source>
        <translation>まだページを開いたデバイスはありません。iPhone の手順を表示しています。別のデバイスの場合は下で選んでください。</translation>
    </message>
    <message>
        <source>On your phone: download the profile from the page, then install it in Settings.</source>
        <translation>電話で、ページからプロファイルをダウンロードし、「設定」でインストールします。</translation>
    </message>
    <message>
        <source>A downloaded profile waits about 8 minutes for you to install it; if it is gone, download it again from the page.</source>
        <translation>ダウンロードしたプロファイルは約 8 分間インストールを待ちます。消えていたら、ページからもう一度ダウンロードしてください。</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Automatic (system language)</source>
        <translation>自動 (システムの言語)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Open &amp;log file</source>
        <translation>ログファイルを開く(&amp;L)</translation>
    </message>
    <message>
        <source>Open the &amp;CA folder</source>
        <translation>CA フォルダーを開く(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About TrustAnchor</source>
        <translation>TrustAnchor について(&amp;A)</translation>
    </message>
    <message>
        <source>Next step (or the page&apos;s action: Create CA, Make certificate…)</source>
        <translation>次の手順 (またはページの操作: CA を作成、証明書を作成…)</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>前の手順</translation>
    </message>
    <message>
        <source>Press the highlighted button (Next when it is enabled)</source>
        <translation>強調表示されたボタンを押す (有効なときは「次へ」)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>フィールド間を移動</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Jump to a field</source>
        <translation>フィールドへ移動</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + 下線の付いた文字</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Makes your own HTTPS services trusted on your iPhone and your other devices.</source>
        <translation>ご自身の HTTPS サービスを iPhone やほかのデバイスで信頼されるようにします。</translation>
    </message>
    <message>
        <source>About TrustAnchor</source>
        <translation>TrustAnchor について</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The computer refused: {reason} ({file}). Check the folder and try again.</source>
        <translation>コンピューターが拒否しました: {reason}（{file}）。フォルダーを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The computer refused: {reason}. Check the folder and try again.</source>
        <translation>コンピューターが拒否しました: {reason}。フォルダーを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was lost. The details are in the log (Help &gt; Open log file).</source>
        <translation>予期しない問題が起きましたが、何も失われていません。詳細はログにあります（ヘルプ &gt; ログファイルを開く）。</translation>
    </message>
</context>
<context>
    <name>phonesteps</name>
    <message>
        <source>Open the page in Safari and tap “Download profile”, then Allow.</source>
        <translation>Safari でページを開き、「プロファイルをダウンロード」をタップしてから Allow をタップします。</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; VPN &amp; Device Management, tap “{profile}” and Install; type your passcode when asked.</source>
        <translation>設定 &gt; 一般 &gt; VPN とデバイス管理 を開き、「{profile}」をタップして Install をタップします。求められたらパスコードを入力します。</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; About &gt; Certificate Trust Settings.</source>
        <translation>設定 &gt; 一般 &gt; 情報 &gt; 証明書信頼設定 を開きます。</translation>
    </message>
    <message>
        <source>Switch on “{ca}” and confirm with Continue.</source>
        <translation>「{ca}」をオンにし、Continue で確定します。</translation>
    </message>
    <message>
        <source>Open the page in Chrome and download the certificate.</source>
        <translation>Chrome でページを開き、証明書をダウンロードします。</translation>
    </message>
    <message>
        <source>Search Settings for “CA certificate” (Android 14 and later: Settings &gt; Security &amp; privacy &gt; More security &amp; privacy &gt; Encryption &amp; credentials &gt; Install a certificate &gt; CA certificate).</source>
        <translation>Settings で「CA certificate」を検索します (Android 14 以降: Settings &gt; Security &amp; privacy &gt; More security &amp; privacy &gt; Encryption &amp; credentials &gt; Install a certificate &gt; CA certificate)。</translation>
    </message>
    <message>
        <source>Tap Install anyway, confirm with your screen lock, then pick the file.</source>
        <translation>Install anyway をタップし、画面ロックで確認してから、ファイルを選びます。</translation>
    </message>
    <message>
        <source>Open the page&apos;s link in Safari on the Mac and download the profile.</source>
        <translation>Mac の Safari でページのリンクを開き、プロファイルをダウンロードします。</translation>
    </message>
    <message>
        <source>Open System Settings &gt; Privacy &amp; Security &gt; Profiles (on older macOS: System Preferences &gt; Profiles), double-click “{profile}” and choose Install.</source>
        <translation>System Settings &gt; Privacy &amp; Security &gt; Profiles (古い macOS では System Preferences &gt; Profiles) を開き、「{profile}」をダブルクリックして Install を選びます。</translation>
    </message>
    <message>
        <source>Type your Mac&apos;s password when asked.</source>
        <translation>求められたら Mac のパスワードを入力します。</translation>
    </message>
    <message>
        <source>If Safari still warns: open Keychain Access, find “{ca}” under System, double-click it, open Trust and set “When using this certificate” to Always Trust.</source>
        <translation>それでも Safari が警告する場合: キーチェーンアクセスを開き、System で「{ca}」を探してダブルクリックし、Trust を開いて「When using this certificate」を Always Trust にします。</translation>
    </message>
    <message>
        <source>Or in Terminal: {mac_command}</source>
        <translation>またはターミナルで: {mac_command}</translation>
    </message>
    <message>
        <source>Download the certificate (ca.crt) from the page and open it.</source>
        <translation>ページから証明書 (ca.crt) をダウンロードして開きます。</translation>
    </message>
    <message>
        <source>Choose Install Certificate…, then Local Machine, then “Place all certificates in the following store”: Trusted Root Certification Authorities.</source>
        <translation>Install Certificate… を選び、Local Machine、「Place all certificates in the following store」で Trusted Root Certification Authorities を選びます。</translation>
    </message>
    <message>
        <source>Or in an administrator terminal: {windows_command}</source>
        <translation>または管理者のターミナルで: {windows_command}</translation>
    </message>
    <message>
        <source>Windows trusts the CA as soon as it is in Trusted Root Certification Authorities. Firefox keeps its own list: Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</source>
        <translation>CA が Trusted Root Certification Authorities に入れば Windows は信頼します。Firefox は独自の一覧を持っています: Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import。</translation>
    </message>
    <message>
        <source>Download the certificate (ca.crt) from the page.</source>
        <translation>ページから証明書 (ca.crt) をダウンロードします。</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: {debian_command}</source>
        <translation>Debian または Ubuntu: {debian_command}</translation>
    </message>
    <message>
        <source>Fedora: {fedora_command}. Arch: {arch_command}</source>
        <translation>Fedora: {fedora_command}。Arch: {arch_command}</translation>
    </message>
    <message>
        <source>Firefox and Chrome keep their own list: in Firefox, Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import.</source>
        <translation>Firefox と Chrome は独自の一覧を持っています。Firefox では Settings &gt; Privacy &amp; Security &gt; Certificates &gt; View Certificates &gt; Authorities &gt; Import。</translation>
    </message>
    <message>
        <source>Picture of the phone screen</source>
        <translation>スマートフォンの画面の画像</translation>
    </message>
    <message>
        <source>Your device</source>
        <translation>お使いのデバイス</translation>
    </message>
    <message>
        <source>Your &amp;device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>iOS version</source>
        <translation>iOS のバージョン</translation>
    </message>
    <message>
        <source>&amp;iOS version:</source>
        <translation>iOS のバージョン(&amp;I):</translation>
    </message>
    <message>
        <source>Picture number</source>
        <translation>画像の番号</translation>
    </message>
    <message>
        <source>◀ &amp;Previous picture</source>
        <translation>◀ 前の画像(&amp;P)</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>前の画像</translation>
    </message>
    <message>
        <source>Next &amp;picture ▶</source>
        <translation>次の画像(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>次の画像</translation>
    </message>
    <message>
        <source>iOS {version} (your phone)</source>
        <translation>iOS {version} (お使いのスマートフォン)</translation>
    </message>
    <message>
        <source>{version} (newest)</source>
        <translation>{version} (最新)</translation>
    </message>
    <message>
        <source>Phone screen: {title}. {caption}</source>
        <translation>スマートフォンの画面: {title}。{caption}</translation>
    </message>
    <message>
        <source>Picture {number} of {count}</source>
        <translation>画像 {number}/{count}</translation>
    </message>
    <message>
        <source>Steps on this device</source>
        <translation>このデバイスでの手順</translation>
    </message>
    <message>
        <source>Nothing to do on this device.</source>
        <translation>このデバイスでは何もする必要はありません。</translation>
    </message>
</context>
<context>
    <name>picturelanguage</name>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡体字中国語</translation>
    </message>
    <message>
        <source>Brazilian Portuguese</source>
        <translation>ブラジルポルトガル語</translation>
    </message>
    <message>
        <source>Language of the pictures</source>
        <translation>画像の言語</translation>
    </message>
    <message>
        <source>Follow the phone</source>
        <translation>スマートフォンに合わせる</translation>
    </message>
    <message>
        <source>Picture &amp;language:</source>
        <translation>画像の言語(&amp;L):</translation>
    </message>
    <message>
        <source>Pictures in {language}, as you chose</source>
        <translation>画像は{language}です (選択したとおり)</translation>
    </message>
    <message>
        <source>Pictures in {language}, as the phone showed the page</source>
        <translation>画像は{language}です (スマートフォンでのページ表示と同じ)</translation>
    </message>
    <message>
        <source>Pictures in {language} until a phone opens the page</source>
        <translation>スマートフォンがページを開くまで、画像は{language}です</translation>
    </message>
</context>
<context>
    <name>publish</name>
    <message>
        <source>opened the page</source>
        <translation>ページを開きました</translation>
    </message>
    <message>
        <source>downloaded the profile; next, install it in Settings</source>
        <translation>プロファイルをダウンロードしました。次に「設定」でインストールします</translation>
    </message>
    <message>
        <source>downloaded the certificate; next, install it</source>
        <translation>証明書をダウンロードしました。次にインストールします</translation>
    </message>
    <message>
        <source>trusts your CA (passed the test)</source>
        <translation>CA を信頼しています (テスト合格)</translation>
    </message>
    <message>
        <source>does not trust your CA yet (the last test failed)</source>
        <translation>まだ CA を信頼していません (前回のテストは不合格)</translation>
    </message>
    <message>
        <source>reached the page but not the HTTPS test port: this computer&apos;s firewall blocks it (see Verify)</source>
        <translation>ページには届きましたが HTTPS テストポートには届きません。このコンピュータのファイアウォールがブロックしています (確認を参照)</translation>
    </message>
    <message>
        <source>tested one of your servers: trusted</source>
        <translation>サーバの 1 つをテストしました: 信頼済み</translation>
    </message>
    <message>
        <source>tested one of your servers: not trusted (see Verify)</source>
        <translation>サーバの 1 つをテストしました: 信頼されていません (確認を参照)</translation>
    </message>
    <message>
        <source>tested one of your servers: could not reach it (see Verify)</source>
        <translation>サーバの 1 つをテストしました: 接続できません (確認を参照)</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>{device} at {address}: {state}</source>
        <translation>{device} ({address}): {state}</translation>
    </message>
    <message>
        <source>Scan the code with your iPhone&apos;s camera (the phone must be on the same network as this computer).</source>
        <translation>iPhone のカメラでコードを読み取ってください (電話はこのコンピュータと同じネットワークにある必要があります)。</translation>
    </message>
    <message>
        <source>No address a phone can reach</source>
        <translation>電話から届くアドレスがありません</translation>
    </message>
    <message>
        <source>Open the link in Safari: other browsers only save the profile instead of offering to install it.</source>
        <translation>リンクは Safari で開いてください。ほかのブラウザではプロファイルが保存されるだけで、インストールできません。</translation>
    </message>
    <message>
        <source>Or type this address in Safari:</source>
        <translation>または、このアドレスを Safari に入力します:</translation>
    </message>
    <message>
        <source>Address of the phone page</source>
        <translation>電話用ページのアドレス</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;address:</source>
        <translation>このコンピュータのアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Address the phone uses to reach this computer</source>
        <translation>電話がこのコンピュータに接続するアドレス</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Devices seen:</source>
        <translation>検出したデバイス:</translation>
    </message>
    <message>
        <source>Devices that opened the page</source>
        <translation>ページを開いたデバイス</translation>
    </message>
    <message>
        <source>What to check on this computer</source>
        <translation>このコンピュータで確認すること</translation>
    </message>
    <message>
        <source>{reason} Or choose another address below.</source>
        <translation>{reason} または、下で別のアドレスを選んでください。</translation>
    </message>
    <message>
        <source>The phone&apos;s page shows “{name}” with fingerprint {fingerprint}; check it matches.</source>
        <translation>電話のページには「{name}」とフィンガープリント {fingerprint} が表示されます。一致することを確認してください。</translation>
    </message>
    <message>
        <source>No device yet: scan the code with your phone.</source>
        <translation>まだデバイスはありません。電話でコードを読み取ってください。</translation>
    </message>
    <message>
        <source>Bonjour: {state}.</source>
        <translation>Bonjour: {state}。</translation>
    </message>
    <message>
        <source>Bonjour is off; the QR code and the address work without it.</source>
        <translation>Bonjour はオフです。QR コードとアドレスは Bonjour なしで使えます。</translation>
    </message>
</context>
<context>
    <name>qrwidget</name>
    <message>
        <source>QR code</source>
        <translation>QR コード</translation>
    </message>
    <message>
        <source>QR code for {address}</source>
        <translation>{address} の QR コード</translation>
    </message>
</context>
<context>
    <name>quitguard</name>
    <message>
        <source>Keep publishing</source>
        <translation>公開を続ける</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>停止して終了</translation>
    </message>
    <message>
        <source>Stop publishing?</source>
        <translation>公開を停止しますか?</translation>
    </message>
    <message>
        <source>A device is part-way through: {names} opened the page but has not passed the test yet.</source>
        <translation>途中のデバイスがあります: {names} はページを開きましたが、まだテストに合格していません。</translation>
    </message>
    <message>
        <source>Quitting now stops publishing and cuts it off: it cannot download the profile or run the test any more.</source>
        <translation>今終了すると公開が止まり、このデバイスはプロファイルのダウンロードもテストもできなくなります。</translation>
    </message>
    <message>
        <source>TrustAnchor is still publishing your CA on your network.</source>
        <translation>TrustAnchor はまだネットワークで CA を公開しています。</translation>
    </message>
    <message>
        <source>Quitting stops it: phones that have not installed the CA yet can no longer get it.</source>
        <translation>終了すると公開が止まり、まだ CA を入れていないスマートフォンは取得できなくなります。</translation>
    </message>
</context>
<context>
    <name>save</name>
    <message>
        <source>certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>private key (keep it secret)</source>
        <translation>秘密鍵 (秘密にしてください)</translation>
    </message>
    <message>
        <source>full chain (certificate + CA)</source>
        <translation>フルチェーン (証明書 + CA)</translation>
    </message>
    <message>
        <source>PKCS#12 bundle</source>
        <translation>PKCS#12 バンドル</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Your certificate is saved. Put it on your server with one of these settings.</source>
        <translation>証明書を保存しました。次のいずれかの設定でサーバに配置してください。</translation>
    </message>
    <message>
        <source>Saved in</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>フォルダに表示(&amp;F)</translation>
    </message>
    <message>
        <source>Show the files in their folder</source>
        <translation>ファイルをフォルダで表示</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>PKCS#12 password:</source>
        <translation>PKCS#12 のパスワード:</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>PKCS#12 のパスワード</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>パスワードをコピー</translation>
    </message>
    <message>
        <source>Copy the PKCS#12 password</source>
        <translation>PKCS#12 のパスワードをコピー</translation>
    </message>
    <message>
        <source>Settings for your server (the paths point at the files above; copy the files first if the server is another machine):</source>
        <translation>サーバの設定 (パスは上のファイルを指します。サーバが別のマシンなら、先にファイルをコピーしてください):</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>サーバの設定</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder} に保存しました</translation>
    </message>
    <message>
        <source>Valid until {date}. Renew it before {renew_date}: TrustAnchor&apos;s first page lists it with a Renew button, or run “trustanchor renew”.</source>
        <translation>有効期限は {date} です。{renew_date} までに更新してください。TrustAnchor の最初のページに「更新」ボタン付きで表示されます。または「trustanchor renew」を実行します。</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Copy the path of {file}</source>
        <translation>{file} のパスをコピー</translation>
    </message>
    <message>
        <source>{server} settings</source>
        <translation>{server} の設定</translation>
    </message>
    <message>
        <source>Copy {server} settings</source>
        <translation>{server} の設定をコピー</translation>
    </message>
    <message>
        <source>Copy the {server} settings</source>
        <translation>{server} の設定をコピー</translation>
    </message>
</context>
<context>
    <name>server_cert</name>
    <message>
        <source>One per line: every name and address you type in the browser to reach your server. Your phone rejects the certificate for any name missing here.</source>
        <translation>1 行に 1 つ: サーバに接続するときにブラウザに入力する名前とアドレスをすべて入れます。ここにない名前では、電話は証明書を拒否します。</translation>
    </message>
    <message>
        <source>{default} days works on every device and browser. iPhones accept at most {max} days for a certificate from your own CA. Make a new one before it runs out; the last page tells you when.</source>
        <translation>{default} 日ならどの機器やブラウザでも使えます。自分の CA の証明書について、iPhone が受け入れるのは最大 {max} 日です。期限が切れる前に新しく作成してください。時期は最後のページに表示されます。</translation>
    </message>
    <message>
        <source>Tick this if your server already has a certificate from this CA (or you will make one later): the wizard goes straight to sending the CA to your phone.</source>
        <translation>サーバにこの CA の証明書がすでにある場合 (またはあとで作る場合) はオンにします。ウィザードは CA を電話に送る手順に直接進みます。</translation>
    </message>
    <message>
        <source>✓ {name}: address</source>
        <translation>✓ {name}: アドレス</translation>
    </message>
    <message>
        <source>✓ {name}: wildcard</source>
        <translation>✓ {name}: ワイルドカード</translation>
    </message>
    <message>
        <source>✓ {name}: name</source>
        <translation>✓ {name}: 名前</translation>
    </message>
    <message>
        <source>The certificate your server shows to browsers, signed by your CA.</source>
        <translation>サーバがブラウザに提示する証明書です。あなたの CA が署名します。</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>&amp;Skip: I only need my phone to trust my CA</source>
        <translation>スキップ: 電話に CA を信頼させるだけでよい(&amp;S)</translation>
    </message>
    <message>
        <source>Skip the server certificate</source>
        <translation>サーバ証明書をスキップ</translation>
    </message>
    <message>
        <source>Server names and addresses, one per line</source>
        <translation>サーバの名前とアドレス (1 行に 1 つ)</translation>
    </message>
    <message>
        <source>&amp;Names and addresses:</source>
        <translation>名前とアドレス(&amp;N):</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>名前の確認</translation>
    </message>
    <message>
        <source>What your CA may sign</source>
        <translation>CA が署名できる範囲</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Lifetime in days</source>
        <translation>有効期間 (日数)</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>有効期間(&amp;L):</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>保存先(&amp;I):</translation>
    </message>
    <message>
        <source>Folder to save in</source>
        <translation>保存先フォルダ</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the folder to save in</source>
        <translation>保存先フォルダを選択</translation>
    </message>
    <message>
        <source>Always saved: the certificate (.crt), its private key (.key) and the full chain (.fullchain.pem) that most servers want.</source>
        <translation>常に保存されるもの: 証明書 (.crt)、その秘密鍵 (.key)、多くのサーバが必要とするフルチェーン (.fullchain.pem)。</translation>
    </message>
    <message>
        <source>Also a PKCS#12 file (.&amp;p12)</source>
        <translation>PKCS#12 ファイル (.&amp;p12) も作る</translation>
    </message>
    <message>
        <source>For Windows, Synology or Java, with a generated password.</source>
        <translation>Windows、Synology、Java 用。パスワードは自動で生成されます。</translation>
    </message>
    <message>
        <source>Also save a PKCS#12 file</source>
        <translation>PKCS#12 ファイルも保存</translation>
    </message>
    <message>
        <source>&amp;Replace files with the same names in this folder</source>
        <translation>このフォルダ内の同じ名前のファイルを置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>Replace existing files</source>
        <translation>既存のファイルを置き換える</translation>
    </message>
    <message>
        <source>Your CA may only sign names under: {names}.</source>
        <translation>この CA が署名できるのは次の配下の名前だけです: {names}。</translation>
    </message>
    <message>
        <source>Renewing: the files of {name} in {folder} move to its archive folder first, then the new ones take their place.</source>
        <translation>更新: {folder} にある {name} のファイルはまずアーカイブフォルダに移され、そのあと新しいファイルに置き換わります。</translation>
    </message>
    <message>
        <source>Name check: {notes}</source>
        <translation>名前の確認: {notes}</translation>
    </message>
    <message>
        <source>Save the certificate in</source>
        <translation>証明書の保存先</translation>
    </message>
</context>
<context>
    <name>steplist</name>
    <message>
        <source>{title}, current step, done</source>
        <translation>{title}、現在のステップ、完了</translation>
    </message>
    <message>
        <source>{title}, current step</source>
        <translation>{title}、現在のステップ</translation>
    </message>
    <message>
        <source>{title}, done</source>
        <translation>{title}、完了</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>サーバ証明書</translation>
    </message>
    <message>
        <source>Save and configure</source>
        <translation>保存と設定</translation>
    </message>
    <message>
        <source>Send to your phone</source>
        <translation>スマートフォンへ送る</translation>
    </message>
    <message>
        <source>Install the profile</source>
        <translation>プロファイルのインストール</translation>
    </message>
    <message>
        <source>Enable full trust</source>
        <translation>全面的に信頼</translation>
    </message>
    <message>
        <source>Check it worked</source>
        <translation>動作確認</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>trust_dialog</name>
    <message>
        <source>Removing your CA… The system may ask for an administrator password.</source>
        <translation>CA を削除しています… 管理者パスワードを求められることがあります。</translation>
    </message>
    <message>
        <source>Removing your CA…</source>
        <translation>CA を削除しています…</translation>
    </message>
    <message>
        <source>Adding your CA… The system may ask for an administrator password.</source>
        <translation>CA を追加しています… 管理者パスワードを求められることがあります。</translation>
    </message>
    <message>
        <source>Adding your CA…</source>
        <translation>CA を追加しています…</translation>
    </message>
    <message>
        <source>Trust your CA on this computer</source>
        <translation>このコンピュータで CA を信頼する</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s trust stores and proving them with a test connection…</source>
        <translation>このコンピュータの信頼ストアを読み取り、テスト接続で確かめています…</translation>
    </message>
    <message>
        <source>Removed from {stores}.</source>
        <translation>{stores} から削除しました。</translation>
    </message>
    <message>
        <source>Added to {stores}. Restart your browsers to see it.</source>
        <translation>{stores} に追加しました。反映するにはブラウザを再起動してください。</translation>
    </message>
    <message>
        <source>The trust stores could not be read.</source>
        <translation>信頼ストアを読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>trust_here</name>
    <message>
        <source>Your account</source>
        <translation>あなたのアカウント</translation>
    </message>
    <message>
        <source>Browsers with their own store</source>
        <translation>独自のストアを持つブラウザ</translation>
    </message>
    <message>
        <source>Every user of this computer</source>
        <translation>このコンピュータのすべてのユーザー</translation>
    </message>
    <message>
        <source>Java programs</source>
        <translation>Java プログラム</translation>
    </message>
    <message>
        <source>No administrator password needed.</source>
        <translation>管理者パスワードは不要です。</translation>
    </message>
    <message>
        <source>No administrator password needed. Restart the browser afterwards.</source>
        <translation>管理者パスワードは不要です。あとでブラウザを再起動してください。</translation>
    </message>
    <message>
        <source>Needs an administrator password.</source>
        <translation>管理者パスワードが必要です。</translation>
    </message>
    <message>
        <source>Only changed when you ask; the JDK&apos;s file often belongs to an administrator.</source>
        <translation>依頼したときだけ変更します。JDK のファイルは管理者の所有であることが多いです。</translation>
    </message>
    <message>
        <source>✓ Trusted</source>
        <translation>✓ 信頼済み</translation>
    </message>
    <message>
        <source>— Not present</source>
        <translation>— なし</translation>
    </message>
    <message>
        <source>? Can&apos;t tell</source>
        <translation>? 不明</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <source>Install…</source>
        <translation>インストール…</translation>
    </message>
    <message>
        <source>Install in “{store}”</source>
        <translation>「{store}」にインストール</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Remove from “{store}”</source>
        <translation>「{store}」から削除</translation>
    </message>
    <message>
        <source>Trust your CA on this computer too</source>
        <translation>このコンピュータでも CA を信頼する</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Install where no password is needed</source>
        <translation>パスワード不要の場所にインストール</translation>
    </message>
    <message>
        <source>Adds the CA to the stores of your own account (and your browsers)</source>
        <translation>自分のアカウント (とブラウザ) のストアに CA を追加します</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>もう一度確認</translation>
    </message>
    <message>
        <source>Reads every store again and repeats the proof</source>
        <translation>すべてのストアを読み直し、検証をやり直します</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s trust stores…</source>
        <translation>このコンピュータの証明書ストアを読み込んでいます…</translation>
    </message>
    <message>
        <source>“{name}”
SHA-256 {fingerprint}</source>
        <translation>「{name}」
SHA-256 {fingerprint}</translation>
    </message>
    <message>
        <source>No trust store was found on this computer.</source>
        <translation>このコンピュータには証明書ストアが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Asks for an administrator password</source>
        <translation>管理者パスワードを求めます</translation>
    </message>
    <message>
        <source>You are an administrator: no password needed.</source>
        <translation>あなたは管理者です。パスワードは不要です。</translation>
    </message>
    <message>
        <source>{store}: {state}</source>
        <translation>{store}: {state}</translation>
    </message>
    <message>
        <source>Used by {programs}.</source>
        <translation>使用するもの: {programs}。</translation>
    </message>
    <message>
        <source>Also holds older CA(s) {ids}: Remove takes them out too.</source>
        <translation>古い CA {ids} も含まれています。「削除」するとそれらも取り除かれます。</translation>
    </message>
    <message>
        <source>Proof: not run yet (it needs the CA key to sign a test certificate).</source>
        <translation>検証: まだ実行していません (テスト用証明書の署名に CA の鍵が必要です)。</translation>
    </message>
    <message>
        <source>Proof passed — {method}: {detail}</source>
        <translation>検証に合格 — {method}: {detail}</translation>
    </message>
    <message>
        <source>Proof failed — {method}: {detail}</source>
        <translation>検証に失敗 — {method}: {detail}</translation>
    </message>
    <message>
        <source>Proof passed — {method}</source>
        <translation>検証に合格 — {method}</translation>
    </message>
    <message>
        <source>Proof failed — {method}</source>
        <translation>検証に失敗 — {method}</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>{device}: trusts the CA</source>
        <translation>{device}: CA を信頼しています</translation>
    </message>
    <message>
        <source>{device}: does not trust it yet</source>
        <translation>{device}: まだ信頼していません</translation>
    </message>
    <message>
        <source>{device}: the HTTPS port is blocked by this computer&apos;s firewall</source>
        <translation>{device}: HTTPS ポートがこのコンピュータのファイアウォールでブロックされています</translation>
    </message>
    <message>
        <source>On your phone, go back to the page in Safari and tap “Test”.</source>
        <translation>電話で Safari のページに戻り、「テスト」をタップしてください。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What to check, most likely first:</source>
        <translation>確認すること (可能性の高い順):</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>考えられる原因</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>ほかのデバイス</translation>
    </message>
    <message>
        <source>&amp;Servers the phone page offers to test (one https:// address a line):</source>
        <translation>電話のページでテストできるサーバ (1 行に 1 つの https:// アドレス)(&amp;S):</translation>
    </message>
    <message>
        <source>Servers to test</source>
        <translation>テストするサーバ</translation>
    </message>
    <message>
        <source>One https:// address a line</source>
        <translation>1 行に 1 つの https:// アドレス</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Publish again with these servers to test</source>
        <translation>これらのテスト用サーバでもう一度公開</translation>
    </message>
    <message>
        <source>The test passed on your phone: nothing more to do there.</source>
        <translation>電話でのテストに合格しました。電話での作業はこれで完了です。</translation>
    </message>
    <message>
        <source>Fix the first point below, then on your phone tap “Test” again on the page in Safari.</source>
        <translation>下の最初の項目を直してから、電話の Safari のページでもう一度「テスト」をタップしてください。</translation>
    </message>
    <message>
        <source>Let the phone through this computer&apos;s firewall, then tap “Test” again on the phone.</source>
        <translation>このコンピュータのファイアウォールで電話からの接続を許可してから、電話でもう一度「テスト」をタップしてください。</translation>
    </message>
    <message>
        <source>your CA</source>
        <translation>あなたの CA</translation>
    </message>
    <message>
        <source>✓ It works</source>
        <translation>✓ 動作しています</translation>
    </message>
    <message>
        <source>{device} trusts “{ca}”. HTTPS to your server with a certificate from this CA is now trusted on it.</source>
        <translation>{device} は「{ca}」を信頼しています。この CA の証明書を使うサーバへの HTTPS は、この電話で信頼されるようになりました。</translation>
    </message>
    <message>
        <source>✗ Not trusted yet</source>
        <translation>✗ まだ信頼されていません</translation>
    </message>
    <message>
        <source>{device} ran the test, but does not trust “{ca}” yet. Fix the first point below, then tap “Test” again.</source>
        <translation>{device} はテストを実行しましたが、まだ「{ca}」を信頼していません。下の最初の項目を直してから、もう一度「テスト」をタップしてください。</translation>
    </message>
    <message>
        <source>⚠ Blocked by this computer&apos;s firewall</source>
        <translation>⚠ このコンピュータのファイアウォールがブロック</translation>
    </message>
    <message>
        <source>{device} opened the page, but the HTTPS port is blocked by this computer&apos;s firewall, so the test could not tell whether it trusts the CA.</source>
        <translation>{device} はページを開きましたが、HTTPS ポートがこのコンピュータのファイアウォールでブロックされているため、CA を信頼しているかテストで判断できませんでした。</translation>
    </message>
    <message>
        <source>Waiting for your phone…</source>
        <translation>電話を待っています…</translation>
    </message>
    <message>
        <source>The result appears here as soon as the phone runs the test. Publishing keeps running while you wait.</source>
        <translation>電話がテストを実行するとすぐ、ここに結果が表示されます。待っている間も公開は続きます。</translation>
    </message>
    <message>
        <source>Test result: {result}</source>
        <translation>テスト結果: {result}</translation>
    </message>
</context>
<context>
    <name>verify_servers</name>
    <message>
        <source>✓ Trusted</source>
        <translation>✓ 信頼済み</translation>
    </message>
    <message>
        <source>The phone opened a trusted HTTPS connection.</source>
        <translation>電話は信頼済みの HTTPS 接続を開きました。</translation>
    </message>
    <message>
        <source>✗ Not trusted</source>
        <translation>✗ 信頼されていません</translation>
    </message>
    <message>
        <source>The phone refused the certificate: run “trustanchor check URL” here to see why, or finish trusting the CA on the phone.</source>
        <translation>電話が証明書を拒否しました。理由はここで「trustanchor check URL」を実行して確認するか、電話で CA の信頼設定を完了してください。</translation>
    </message>
    <message>
        <source>Not reachable from the phone</source>
        <translation>電話から接続できません</translation>
    </message>
    <message>
        <source>The phone could not open it: is the phone on the same network as the server, does the name resolve there, or does a firewall stop it? Run “trustanchor check URL” here to see whether this computer reaches it.</source>
        <translation>電話から開けませんでした。電話はサーバと同じネットワークにありますか? その名前は電話側で解決できますか? ファイアウォールが止めていませんか? ここで「trustanchor check URL」を実行すると、このコンピュータから接続できるか確認できます。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Server tests</source>
        <translation>サーバのテスト</translation>
    </message>
    <message>
        <source>Your servers, tested from each phone</source>
        <translation>各電話からテストしたサーバ</translation>
    </message>
    <message>
        <source>No phone has tested your servers yet. On the phone, tap “Test” under “Test your server”.</source>
        <translation>まだどの電話もサーバをテストしていません。電話で「サーバをテスト」の下の「テスト」をタップしてください。</translation>
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
        <translation>1.  自分の認証局 (CA) を作成するか、既存の CA を使います。</translation>
    </message>
    <message>
        <source>2.  Make a certificate for your server, with settings ready to paste.</source>
        <translation>2.  サーバの証明書を作成します。貼り付けるだけの設定も用意されます。</translation>
    </message>
    <message>
        <source>3.  Send the CA to your phone with a QR code, and install it.</source>
        <translation>3.  QR コードで CA を電話に送り、インストールします。</translation>
    </message>
    <message>
        <source>4.  Switch on full trust, and test from the phone that it works.</source>
        <translation>4.  完全な信頼をオンにし、電話で動作をテストします。</translation>
    </message>
    <message>
        <source>⚠ {names}: expired on {date}. Renew it.</source>
        <translation>⚠ {names}: {date} に期限切れになりました。更新してください。</translation>
    </message>
    <message>
        <source>{names}: valid until {date}.</source>
        <translation>{names}: 有効期限 {date}。</translation>
    </message>
    <message>
        <source>⚠ {names}: expires today ({date}). Renew it.</source>
        <translation>⚠ {names}: 今日 ({date}) 期限切れになります。更新してください。</translation>
    </message>
    <message>
        <source>⚠ {names}: expires in 1 day ({date}). Renew it.</source>
        <translation>⚠ {names}: 1 日後 ({date}) に期限切れになります。更新してください。</translation>
    </message>
    <message>
        <source>⚠ {names}: expires in {days} days ({date}). Renew it.</source>
        <translation>⚠ {names}: {days} 日後 ({date}) に期限切れになります。更新してください。</translation>
    </message>
    <message>
        <source>TrustAnchor makes your own HTTPS services (a NAS, Home Assistant, a router or a dev server) trusted on your iPhone and your other devices.</source>
        <translation>TrustAnchor は、自分の HTTPS サービス (NAS、Home Assistant、ルータ、開発サーバなど) を iPhone やほかのデバイスで信頼されるようにします。</translation>
    </message>
    <message>
        <source>It takes a few minutes:</source>
        <translation>数分で終わります:</translation>
    </message>
    <message>
        <source>Your CA</source>
        <translation>あなたの CA</translation>
    </message>
    <message>
        <source>Nothing leaves this computer except the CA&apos;s public certificate, and only while you publish it to your phone on your own network.</source>
        <translation>このコンピュータから外に出るのは CA の公開証明書だけで、それも自分のネットワークで電話向けに公開している間だけです。</translation>
    </message>
    <message>
        <source>Looking for your CA…</source>
        <translation>CA を探しています…</translation>
    </message>
    <message>
        <source>Your CA “{name}” is ready, valid until {date}.</source>
        <translation>CA「{name}」は準備できています。有効期限は {date} です。</translation>
    </message>
    <message>
        <source>You have no CA yet: the next page makes one (or imports one you already have).</source>
        <translation>まだ CA がありません。次のページで作成します (既存の CA を読み込むこともできます)。</translation>
    </message>
    <message>
        <source>Certificates it issued (each lasts about a year; renew makes a new one for the same names in the same folder, the old files go to its archive folder):</source>
        <translation>発行した証明書 (有効期間はそれぞれ約 1 年。更新すると同じフォルダに同じ名前で新しい証明書を作り、古いファイルはアーカイブフォルダに移します):</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Renew the certificate for {names}</source>
        <translation>{names} の証明書を更新</translation>
    </message>
    <message>
        <source>A CA is stored in {folder}; the next page uses it.</source>
        <translation>{folder} に CA が保存されています。次のページでそれを使います。</translation>
    </message>
    <message>
        <source>You already have a CA, “{name}”: the next page uses it.</source>
        <translation>すでに CA「{name}」があります。次のページでそれを使います。</translation>
    </message>
    <message>
        <source>You already have a CA, “{name}”, valid until {date}: the next page uses it.</source>
        <translation>すでに CA「{name}」があります (有効期限 {date})。次のページでそれを使います。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Create CA</source>
        <translation>CA を作成</translation>
    </message>
    <message>
        <source>Import CA</source>
        <translation>CA を読み込む</translation>
    </message>
    <message>
        <source>Unlock CA</source>
        <translation>CA のロックを解除</translation>
    </message>
    <message>
        <source>Make certificate</source>
        <translation>証明書を作成</translation>
    </message>
    <message>
        <source>Start publishing</source>
        <translation>公開を開始</translation>
    </message>
    <message>
        <source>Back to the previous step ({keys})</source>
        <translation>前のステップに戻る ({keys})</translation>
    </message>
    <message>
        <source>Go on ({keys} or Enter)</source>
        <translation>次へ ({keys} または Enter)</translation>
    </message>
    <message>
        <source>TrustAnchor — trust your own HTTPS on your iPhone</source>
        <translation>TrustAnchor — 自分の HTTPS を iPhone で信頼する</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>ページのタイトル</translation>
    </message>
    <message>
        <source>Page summary</source>
        <translation>ページの概要</translation>
    </message>
    <message>
        <source>TrustAnchor logo</source>
        <translation>TrustAnchor のロゴ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Quit TrustAnchor</source>
        <translation>TrustAnchor を終了</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>前のステップに戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Renew certificate</source>
        <translation>証明書を更新</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
</context>
</TS>
