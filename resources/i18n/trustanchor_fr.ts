<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>app</name>
    <message>
        <source>TrustAnchor is already running.</source>
        <translation>TrustAnchor est déjà ouvert.</translation>
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
</TS>
