<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>app</name>
    <message>
        <source>TrustAnchor is already running.</source>
        <translation>TrustAnchor 已在运行。</translation>
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
</TS>
