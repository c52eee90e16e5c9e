<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>app</name>
    <message>
        <source>TrustAnchor is already running.</source>
        <translation>TrustAnchor läuft bereits.</translation>
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
</TS>
