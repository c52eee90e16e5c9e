<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>app</name>
    <message>
        <source>TrustAnchor is already running.</source>
        <translation>O TrustAnchor já está em execução.</translation>
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
</TS>
