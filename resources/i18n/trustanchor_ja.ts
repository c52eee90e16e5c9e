<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>app</name>
    <message>
        <source>TrustAnchor is already running.</source>
        <translation>TrustAnchor はすでに実行中です。</translation>
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
</TS>
