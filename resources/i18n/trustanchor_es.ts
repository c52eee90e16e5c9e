<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>app</name>
    <message>
        <source>TrustAnchor is already running.</source>
        <translation>TrustAnchor ya se está ejecutando.</translation>
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
</TS>
