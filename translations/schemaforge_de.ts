<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddAssociationCommand</name>
    <message>
        <source>Link %1 to %2</source>
        <translation>%1 mit %2 verknüpfen</translation>
    </message>
</context>
<context>
    <name>AddAttributeCommand</name>
    <message>
        <source>Add attribute %1</source>
        <translation>Attribut %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddModelCommand</name>
    <message>
        <source>Add model %1</source>
        <translation>Modell %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AutoLayoutCommand</name>
    <message>
        <source>Auto-layout</source>
        <translation>Automatisches Layout</translation>
    </message>
</context>
<context>
    <name>ConnectionCommand</name>
    <message>
        <source>Add connection %1</source>
        <translation>Verbindung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove connection %1</source>
        <translation>Verbindung %1 entfernen</translation>
    </message>
    <message>
        <source>Edit connection %1</source>
        <translation>Verbindung %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>EditAssociationCommand</name>
    <message>
        <source>Edit association</source>
        <translation>Assoziation bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditAttributeCommand</name>
    <message>
        <source>Edit attribute %1</source>
        <translation>Attribut %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditModelCommand</name>
    <message>
        <source>Edit model %1</source>
        <translation>Modell %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ModelExporter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Sequelize Models</source>
        <translation>Sequelize-Modelle exportieren</translation>
    </message>
    <message>
        <source>%1 already holds .js files. Model files with the same names will be replaced. Continue?</source>
        <translation>%1 enthält bereits .js-Dateien. Modelldateien mit gleichem Namen werden ersetzt. Fortfahren?</translation>
    </message>
    <message>
        <source>Wrote %1 file(s) to %2.</source>
        <translation>%1 Datei(en) nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>MoveAttributeCommand</name>
    <message>
        <source>Reorder attributes</source>
        <translation>Attribute umordnen</translation>
    </message>
</context>
<context>
    <name>MoveItemsCommand</name>
    <message>
        <source>Move model</source>
        <translation>Modell verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n model(s)</source>
        <translation>
            <numerusform>%n Modell verschieben</numerusform>
            <numerusform>%n Modelle verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>RemoveAssociationCommand</name>
    <message>
        <source>Delete association</source>
        <translation>Assoziation löschen</translation>
    </message>
</context>
<context>
    <name>RemoveAttributeCommand</name>
    <message>
        <source>Delete attribute %1</source>
        <translation>Attribut %1 löschen</translation>
    </message>
</context>
<context>
    <name>RemoveModelCommand</name>
    <message>
        <source>Delete model %1</source>
        <translation>Modell %1 löschen</translation>
    </message>
</context>
<context>
    <name>RenameModelCommand</name>
    <message>
        <source>Rename model %1 to %2</source>
        <translation>Modell %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>ResizeModelCommand</name>
    <message>
        <source>Resize model</source>
        <translation>Modellgröße ändern</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>%1 could not be opened. Nothing was changed.

%2</source>
        <translation>%1 konnte nicht geöffnet werden. Es wurde nichts verändert.

%2</translation>
    </message>
</context>
<context>
    <name>sf::ui::AdoptDialog</name>
    <message>
        <source>Open Sequelize Project</source>
        <translation>Sequelize-Projekt öffnen</translation>
    </message>
    <message>
        <source>Automatic (the model code when sequelize is installed)</source>
        <translation>Automatisch (der Modellcode, wenn sequelize installiert ist)</translation>
    </message>
    <message>
        <source>The model code</source>
        <translation>Dem Modellcode</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>Der Datenbank</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Read the design from:</source>
        <translation>Entwurf lesen aus:</translation>
    </message>
    <message>
        <source>Reading the project with node and its database; nothing is written yet...</source>
        <translation>Das Projekt wird mit node und aus seiner Datenbank gelesen; noch wird nichts geschrieben...</translation>
    </message>
    <message>
        <source>This folder cannot be adopted. Nothing was written.

%1</source>
        <translation>Dieser Ordner kann nicht übernommen werden. Es wurde nichts geschrieben.

%1</translation>
    </message>
    <message>
        <source>Project file: %1
Environment &quot;%2&quot;: %3
Design read from: %4</source>
        <translation>Projektdatei: %1
Umgebung „%2“: %3
Entwurf gelesen aus: %4</translation>
    </message>
    <message>
        <source>the model code</source>
        <translation>dem Modellcode</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>der Datenbank</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Verknüpfungen: %1</translation>
    </message>
    <message>
        <source>Migrations: %1 applied, %2 pending</source>
        <translation>Migrationen: %1 angewendet, %2 ausstehend</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>Press Adopt to replace the existing project file and open it.</source>
        <translation>Übernehmen ersetzt die vorhandene Projektdatei und öffnet sie.</translation>
    </message>
    <message>
        <source>Press Adopt to write the project file and open it.</source>
        <translation>Übernehmen schreibt die Projektdatei und öffnet sie.</translation>
    </message>
    <message>
        <source>Writing the project...</source>
        <translation>Das Projekt wird geschrieben...</translation>
    </message>
    <message>
        <source>Adopting failed: %1</source>
        <translation>Übernehmen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::AssociationPropertiesPage</name>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>One-to-one (hasOne / belongsTo)</source>
        <translation>1:1 (hasOne / belongsTo)</translation>
    </message>
    <message>
        <source>One-to-many (hasMany / belongsTo)</source>
        <translation>1:n (hasMany / belongsTo)</translation>
    </message>
    <message>
        <source>Many-to-many (belongsToMany)</source>
        <translation>n:m (belongsToMany)</translation>
    </message>
    <message>
        <source>(default: yes)</source>
        <translation>(Standard: ja)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Alias (as):</source>
        <translation>Alias (as):</translation>
    </message>
    <message>
        <source>Inverse alias:</source>
        <translation>Umgekehrter Alias:</translation>
    </message>
    <message>
        <source>Foreign key:</source>
        <translation>Fremdschlüssel:</translation>
    </message>
    <message>
        <source>Other key:</source>
        <translation>Anderer Schlüssel:</translation>
    </message>
    <message>
        <source>On delete:</source>
        <translation>Beim Löschen:</translation>
    </message>
    <message>
        <source>On update:</source>
        <translation>Beim Ändern:</translation>
    </message>
    <message>
        <source>Through (join table):</source>
        <translation>Through (Verknüpfungstabelle):</translation>
    </message>
    <message>
        <source>Allow null:</source>
        <translation>NULL erlauben:</translation>
    </message>
</context>
<context>
    <name>sf::ui::AttributeTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>allowNull: the column accepts NULL</source>
        <translation>allowNull: die Spalte akzeptiert NULL</translation>
    </message>
    <message>
        <source>primaryKey</source>
        <translation>primaryKey</translation>
    </message>
    <message>
        <source>autoIncrement</source>
        <translation>autoIncrement</translation>
    </message>
    <message>
        <source>defaultValue: &apos;text&apos;, 42, true, NOW, UUIDV4 or sql:expression</source>
        <translation>defaultValue: &apos;Text&apos;, 42, true, NOW, UUIDV4 oder sql:Ausdruck</translation>
    </message>
    <message>
        <source>Unique group: %1</source>
        <translation>Unique-Gruppe: %1</translation>
    </message>
    <message>
        <source>Attribute name %1: %2</source>
        <translation>Attributname %1: %2</translation>
    </message>
    <message>
        <source>%1 already has an attribute named %2</source>
        <translation>%1 hat bereits ein Attribut namens %2</translation>
    </message>
    <message>
        <source>Type of %1: %2</source>
        <translation>Typ von %1: %2</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Delete Attribute</source>
        <translation>Attribut löschen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>sf::ui::ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Password for this session only (never saved):</source>
        <translation>Passwort nur für diese Sitzung (wird nie gespeichert):</translation>
    </message>
    <message>
        <source>Read the password from an environment variable or .env entry:</source>
        <translation>Passwort aus einer Umgebungsvariablen oder einem .env-Eintrag lesen:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>Variable:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>SSL-Modus:</translation>
    </message>
    <message>
        <source>database.sqlite (relative to the project folder)</source>
        <translation>database.sqlite (relativ zum Projektordner)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Dialect:</source>
        <translation>Dialekt:</translation>
    </message>
    <message>
        <source>SQLite Database File</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Verbinde...</translation>
    </message>
    <message>
        <source>Connected to %1 at %2.</source>
        <translation>Verbunden mit %1 auf %2.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::ConnectionPicker</name>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
    <message>
        <source>Edit the chosen connection (saved in the project, without its password)</source>
        <translation>Die gewählte Verbindung bearbeiten (im Projekt gespeichert, ohne Passwort)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen connection from the project</source>
        <translation>Die gewählte Verbindung aus dem Projekt entfernen</translation>
    </message>
    <message>
        <source>Add connection...</source>
        <translation>Verbindung hinzufügen...</translation>
    </message>
    <message>
        <source>A connection named %1 exists already.</source>
        <translation>Eine Verbindung namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection %1 from the project?</source>
        <translation>Die Verbindung %1 aus dem Projekt entfernen?</translation>
    </message>
</context>
<context>
    <name>sf::ui::DataLossConfirm</name>
    <message>
        <source>cannot be undone</source>
        <translation>kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>row count unknown (%1)</source>
        <translation>Zeilenzahl unbekannt (%1)</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>mehr als %1 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>mehr als %1 Werte</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>Tabelle %1: %2</translation>
    </message>
    <message>
        <source>column %1 of table %2: %3</source>
        <translation>Spalte %1 der Tabelle %2: %3</translation>
    </message>
    <message>
        <source>Confirm Data Loss</source>
        <translation>Datenverlust bestätigen</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrieren</translation>
    </message>
    <message>
        <source>Migrate and Delete Data</source>
        <translation>Migrieren und Daten löschen</translation>
    </message>
    <message>
        <source>Undo Last</source>
        <translation>Letzte zurücknehmen</translation>
    </message>
    <message>
        <source>Undo Last and Delete Data</source>
        <translation>Letzte zurücknehmen und Daten löschen</translation>
    </message>
    <message>
        <source>Undo All</source>
        <translation>Alle zurücknehmen</translation>
    </message>
    <message>
        <source>Undo All and Delete Data</source>
        <translation>Alle zurücknehmen und Daten löschen</translation>
    </message>
    <message>
        <source>%1 will permanently delete data on %2:</source>
        <translation>%1 löscht endgültig Daten auf %2:</translation>
    </message>
    <message>
        <source>Back up the database first if you may need this data. Cancel changes nothing.</source>
        <translation>Sichern Sie zuerst die Datenbank, falls Sie diese Daten noch brauchen. Abbrechen ändert nichts.</translation>
    </message>
</context>
<context>
    <name>sf::ui::DatabasePanels</name>
    <message>
        <source>SQL Preview</source>
        <translation>SQL-Vorschau</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Undo &amp;All Migrations</source>
        <translation>&amp;Alle Migrationen zurücknehmen</translation>
    </message>
    <message>
        <source>Check &amp;Drift</source>
        <translation>&amp;Abweichungen prüfen</translation>
    </message>
    <message>
        <source>&amp;Export Sequelize Models...</source>
        <translation>Sequelize-Modelle &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>C&amp;lear Drift Highlight</source>
        <translation>Abweichungsmarkierung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Import from Database...</source>
        <translation>Aus Datenbank &amp;importieren...</translation>
    </message>
    <message>
        <source>Import from Database</source>
        <translation>Aus Datenbank importieren</translation>
    </message>
    <message>
        <source>&amp;Generate Migration...</source>
        <translation>Migration &amp;erzeugen...</translation>
    </message>
    <message>
        <source>&amp;Migrate...</source>
        <translation>&amp;Migrieren...</translation>
    </message>
    <message>
        <source>&amp;Undo Last Migration...</source>
        <translation>Letzte Migration &amp;zurücknehmen...</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
</context>
<context>
    <name>sf::ui::DocumentController</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>sf::ui::EditOperations</name>
    <message numerus="yes">
        <source>Delete %n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung löschen</numerusform>
            <numerusform>%n Verknüpfungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n model(s)</source>
        <translation>
            <numerusform>%n Modell löschen</numerusform>
            <numerusform>%n Modelle löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n model(s)</source>
        <translation>
            <numerusform>%n Modell einfügen</numerusform>
            <numerusform>%n Modelle einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::ui::FileActions</name>
    <message>
        <source>Open Example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>No examples bundled</source>
        <translation>Keine Beispiele enthalten</translation>
    </message>
    <message>
        <source>The example %1 is missing from this build.</source>
        <translation>Das Beispiel %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The example %1 does not load: %2</source>
        <translation>Das Beispiel %1 lässt sich nicht laden: %2</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>%1 could not be opened. Nothing was changed.

%2</source>
        <translation>%1 konnte nicht geöffnet werden. Es wurde nichts verändert.

%2</translation>
    </message>
    <message>
        <source>SchemaForge projects (*.schemaforge.json);;JSON files (*.json)</source>
        <translation>SchemaForge-Projekte (*.schemaforge.json);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>SchemaForge projects (*.schemaforge.json)</source>
        <translation>SchemaForge-Projekte (*.schemaforge.json)</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Scale (1 = 100 %):</source>
        <translation>Maßstab (1 = 100 %):</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Export Diagram as PDF</source>
        <translation>Diagramm als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before continuing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open E&amp;xample</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Export Diagram</source>
        <translation>Diagramm &amp;exportieren</translation>
    </message>
    <message>
        <source>As &amp;PNG Image...</source>
        <translation>Als &amp;PNG-Bild...</translation>
    </message>
    <message>
        <source>As &amp;SVG Image...</source>
        <translation>Als &amp;SVG-Bild...</translation>
    </message>
    <message>
        <source>As P&amp;DF...</source>
        <translation>Als P&amp;DF...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open Se&amp;quelize Project...</source>
        <translation>Se&amp;quelize-Projekt öffnen...</translation>
    </message>
    <message>
        <source>Adopt an existing sequelize-cli project folder: its models, migrations and database</source>
        <translation>Einen vorhandenen sequelize-cli-Projektordner übernehmen: seine Modelle, Migrationen und Datenbank</translation>
    </message>
    <message>
        <source>Open Sequelize Project</source>
        <translation>Sequelize-Projekt öffnen</translation>
    </message>
    <message>
        <source>%1 has already been adopted: %2 exists.</source>
        <translation>%1 wurde bereits übernommen: %2 existiert.</translation>
    </message>
    <message>
        <source>Open that project, or adopt the folder again and replace the file?</source>
        <translation>Dieses Projekt öffnen, oder den Ordner erneut übernehmen und die Datei ersetzen?</translation>
    </message>
    <message>
        <source>Open It</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Adopt Again</source>
        <translation>Erneut übernehmen</translation>
    </message>
</context>
<context>
    <name>sf::ui::FindBar</name>
    <message>
        <source>Find models, attributes, links</source>
        <translation>Modelle, Attribute, Verknüpfungen suchen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächsten suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorherigen suchen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>sf::ui::GenerateMigrationDialog</name>
    <message>
        <source>Generate Migration</source>
        <translation>Migration erzeugen</translation>
    </message>
    <message>
        <source>optional, e.g. add email to users</source>
        <translation>optional, z. B. add email to users</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>The migration will run this SQL (%1):</source>
        <translation>Die Migration führt dieses SQL aus (%1):</translation>
    </message>
    <message>
        <source>&lt;b&gt;This migration loses data:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese Migration verliert Daten:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>I understand that the data listed above will be deleted</source>
        <translation>Mir ist bewusst, dass die oben genannten Daten gelöscht werden</translation>
    </message>
    <message>
        <source>Write Migration</source>
        <translation>Migration schreiben</translation>
    </message>
    <message>
        <source>Lint (%1)</source>
        <translation>Lint (%1)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Safer: %1</source>
        <translation>Sicherer: %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::ImportDialog</name>
    <message>
        <source>Import from Database</source>
        <translation>Aus Datenbank importieren</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>postgres://user@host:5432/database, mysql://..., sqlite:file.db</source>
        <translation>postgres://benutzer@host:5432/datenbank, mysql://..., sqlite:datei.db</translation>
    </message>
    <message>
        <source>New Connection...</source>
        <translation>Neue Verbindung...</translation>
    </message>
    <message>
        <source>Read Tables</source>
        <translation>Tabellen lesen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Select None</source>
        <translation>Keine auswählen</translation>
    </message>
    <message>
        <source>Mark as baseline on this database</source>
        <translation>In dieser Datenbank als Ausgangsstand markieren</translation>
    </message>
    <message>
        <source>Write the project and a baseline migration of the imported tables, and record that migration as already applied on this database, so only later changes are migrated.</source>
        <translation>Schreibt das Projekt und eine Ausgangsmigration der importierten Tabellen und vermerkt diese Migration in dieser Datenbank als bereits angewendet, sodass nur spätere Änderungen migriert werden.</translation>
    </message>
    <message>
        <source>project.schemaforge.json (its migrations folder is created beside it)</source>
        <translation>projekt.schemaforge.json (der Migrationsordner wird daneben angelegt)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>Projektdatei:</translation>
    </message>
    <message>
        <source>Choose a connection and read its tables.</source>
        <translation>Wählen Sie eine Verbindung und lesen Sie ihre Tabellen.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Enter a database URL or choose a connection.</source>
        <translation>Geben Sie eine Datenbank-URL ein oder wählen Sie eine Verbindung.</translation>
    </message>
    <message>
        <source>Reading the tables of %1...</source>
        <translation>Lese die Tabellen von %1...</translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n table(s) found.</source>
        <translation>
            <numerusform>%1 auf %2: %n Tabelle gefunden.</numerusform>
            <numerusform>%1 auf %2: %n Tabellen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 has no tables to import.</source>
        <translation>%1 auf %2 hat keine Tabellen zum Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n table(s) selected</source>
        <translation>
            <numerusform>%1 von %n Tabelle ausgewählt</numerusform>
            <numerusform>%1 von %n Tabellen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Imported Project As</source>
        <translation>Importiertes Projekt speichern unter</translation>
    </message>
    <message>
        <source>SchemaForge projects (*.schemaforge.json)</source>
        <translation>SchemaForge-Projekte (*.schemaforge.json)</translation>
    </message>
    <message>
        <source>%1 already exists. Import writes a new project: choose another file name.</source>
        <translation>%1 existiert bereits. Der Import schreibt ein neues Projekt: Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>The migrations folder beside %1 already holds migrations: choose an empty folder for the imported project.</source>
        <translation>Der Migrationsordner neben %1 enthält bereits Migrationen: Wählen Sie einen leeren Ordner für das importierte Projekt.</translation>
    </message>
    <message>
        <source>Select at least one table to import.</source>
        <translation>Wählen Sie mindestens eine Tabelle zum Importieren aus.</translation>
    </message>
    <message>
        <source>Writing %1 and its baseline migration...</source>
        <translation>Schreibe %1 und seine Ausgangsmigration...</translation>
    </message>
    <message>
        <source>The import did not finish: %1</source>
        <translation>Der Import wurde nicht abgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::ImportTableList</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>many-to-many join table (%1 and %2)</source>
        <translation>n:m-Verknüpfungstabelle (%1 und %2)</translation>
    </message>
</context>
<context>
    <name>sf::ui::ImportWorker</name>
    <message>
        <source>Cannot read the schema of %1: %2</source>
        <translation>Das Schema von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The project and its baseline migration were written, but the database could not be reached to mark it applied: %1</source>
        <translation>Projekt und Ausgangsmigration wurden geschrieben, aber die Datenbank war nicht erreichbar, um die Migration als angewendet zu markieren: %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::LogPanel</name>
    <message>
        <source>Clear Log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
</context>
<context>
    <name>sf::ui::MainWindow</name>
    <message>
        <source>Show &amp;Grid</source>
        <translation>&amp;Raster anzeigen</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am Raster &amp;ausrichten</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>Automatisches &amp;Layout</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Rename Model</source>
        <translation>Modell &amp;umbenennen</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Vergrößerung %1 %</translation>
    </message>
    <message>
        <source>%1[*] — SchemaForge</source>
        <translation>%1[*] — SchemaForge</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Vergrößerung</translation>
    </message>
</context>
<context>
    <name>sf::ui::MigrationList</name>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Angewendet am</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>applied by sequelize-cli only</source>
        <translation>nur von sequelize-cli angewendet</translation>
    </message>
    <message>
        <source>changed since applied</source>
        <translation>seit dem Anwenden geändert</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>missing file</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>sf::ui::MigrationWorker</name>
    <message>
        <source>Applying %1</source>
        <translation>Wende %1 an</translation>
    </message>
    <message>
        <source>Undoing %1</source>
        <translation>Nehme %1 zurück</translation>
    </message>
    <message>
        <source>Done: %1 (%2 ms)</source>
        <translation>Fertig: %1 (%2 ms)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed statement: %1</source>
        <translation>Fehlgeschlagene Anweisung: %1</translation>
    </message>
    <message>
        <source>Database said: %1</source>
        <translation>Meldung der Datenbank: %1</translation>
    </message>
    <message>
        <source>The migration was rolled back; nothing changed.</source>
        <translation>Die Migration wurde zurückgerollt; nichts wurde verändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) before it stay applied.</source>
        <translation>
            <numerusform>%n Anweisung davor bleibt angewendet.</numerusform>
            <numerusform>%n Anweisungen davor bleiben angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite (file not created yet)</source>
        <translation>SQLite (Datei noch nicht angelegt)</translation>
    </message>
    <message>
        <source>Migrating %1</source>
        <translation>Migriere %1</translation>
    </message>
    <message>
        <source>Cancelled before %1.</source>
        <translation>Vor %1 abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n migration(s).</source>
        <translation>
            <numerusform>Nach %n Migration abgebrochen.</numerusform>
            <numerusform>Nach %n Migrationen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to migrate: every migration is applied.</source>
        <translation>Nichts zu migrieren: alle Migrationen sind angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s).</source>
        <translation>
            <numerusform>%n Migration angewendet.</numerusform>
            <numerusform>%n Migrationen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing on %1</source>
        <translation>Nehme auf %1 zurück</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after undoing %n migration(s).</source>
        <translation>
            <numerusform>Abgebrochen, nachdem %n Migration zurückgenommen wurde.</numerusform>
            <numerusform>Abgebrochen, nachdem %n Migrationen zurückgenommen wurden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid %n migration(s).</source>
        <translation>
            <numerusform>%n Migration zurückgenommen.</numerusform>
            <numerusform>%n Migrationen zurückgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts zurückzunehmen.</translation>
    </message>
    <message>
        <source>%1 is applied but has no migration file; its changes count as drift.</source>
        <translation>%1 ist angewendet, hat aber keine Migrationsdatei; ihre Änderungen gelten als Abweichung.</translation>
    </message>
    <message>
        <source>Cannot read the schema: %1</source>
        <translation>Das Schema kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not counted: the time limit for counting was reached</source>
        <translation>nicht gezählt: das Zeitlimit fürs Zählen ist erreicht</translation>
    </message>
</context>
<context>
    <name>sf::ui::MigrationsPanel</name>
    <message>
        <source>Generate Migration...</source>
        <translation>Migration erzeugen...</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrieren</translation>
    </message>
    <message>
        <source>Apply every pending migration, or up to the selected pending one</source>
        <translation>Alle ausstehenden Migrationen anwenden oder bis zur ausgewählten</translation>
    </message>
    <message>
        <source>Undo Last</source>
        <translation>Letzte zurücknehmen</translation>
    </message>
    <message>
        <source>Undo All</source>
        <translation>Alle zurücknehmen</translation>
    </message>
    <message>
        <source>Check Drift</source>
        <translation>Abweichungen prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop before the next migration</source>
        <translation>Vor der nächsten Migration anhalten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Save the project first: its migrations live in a folder beside the project file.</source>
        <translation>Speichern Sie zuerst das Projekt: seine Migrationen liegen in einem Ordner neben der Projektdatei.</translation>
    </message>
    <message>
        <source>Choose or add a connection first.</source>
        <translation>Wählen Sie zuerst eine Verbindung oder fügen Sie eine hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n migration(s)</source>
        <translation>
            <numerusform>%1: %n Migration</numerusform>
            <numerusform>%1: %n Migrationen</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: the migrations already describe the design.</source>
        <translation>Keine Änderungen: die Migrationen beschreiben den Entwurf bereits.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>%1 erzeugt</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>No drift: the database matches its applied migrations.</source>
        <translation>Keine Abweichung: die Datenbank entspricht ihren angewendeten Migrationen.</translation>
    </message>
    <message>
        <source>No drift found.</source>
        <translation>Keine Abweichung gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Drift found: %n difference(s); see the Problems panel.</source>
        <translation>
            <numerusform>Abweichung gefunden: %n Unterschied; siehe Bereich Probleme.</numerusform>
            <numerusform>Abweichung gefunden: %n Unterschiede; siehe Bereich Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The design has unsaved changes: save it (or press Generate Migration, which saves it) first, so the database never gets ahead of the design file.</source>
        <translation>Das Design hat ungespeicherte Änderungen: speichern Sie es zuerst (oder klicken Sie auf Migration erzeugen, das speichert es), damit die Datenbank der Designdatei nie vorauseilt.</translation>
    </message>
    <message>
        <source>Write the next migration from the design (saves the design first)</source>
        <translation>Die nächste Migration aus dem Design schreiben (speichert vorher das Design)</translation>
    </message>
    <message>
        <source>Roll back the last applied migration</source>
        <translation>Die zuletzt angewendete Migration zurücknehmen</translation>
    </message>
    <message>
        <source>Roll back every applied migration</source>
        <translation>Alle angewendeten Migrationen zurücknehmen</translation>
    </message>
    <message>
        <source>Compare the database with its applied migrations</source>
        <translation>Die Datenbank mit ihren angewendeten Migrationen vergleichen</translation>
    </message>
    <message>
        <source>Nothing was written: saving the design to %1 failed: %2</source>
        <translation>Es wurde nichts geschrieben: das Speichern des Designs nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Saved %1 before generating.</source>
        <translation>%1 vor dem Erzeugen gespeichert.</translation>
    </message>
    <message>
        <source>Checking what this would change...</source>
        <translation>Prüfe, was sich dadurch ändern würde...</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Cancelled before deleting data; the database is unchanged.</source>
        <translation>Vor dem Löschen von Daten abgebrochen; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>Confirmed data loss: %1</source>
        <translation>Bestätigter Datenverlust: %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::ModelPropertiesPage</name>
    <message>
        <source>Timestamps (createdAt, updatedAt)</source>
        <translation>Zeitstempel (createdAt, updatedAt)</translation>
    </message>
    <message>
        <source>Paranoid (deletedAt)</source>
        <translation>Weiches Löschen (paranoid, deletedAt)</translation>
    </message>
    <message>
        <source>Underscored names</source>
        <translation>Namen mit Unterstrichen (underscored)</translation>
    </message>
    <message>
        <source>Freeze table name</source>
        <translation>Tabellennamen nicht ändern (freezeTableName)</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>Modellname:</translation>
    </message>
    <message>
        <source>Table name:</source>
        <translation>Tabellenname:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>sf::ui::ModelTreePanel</name>
    <message>
        <source>Filter models, attributes, links</source>
        <translation>Modelle, Attribute, Verknüpfungen filtern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Models (%1)</source>
        <translation>Modelle (%1)</translation>
    </message>
    <message>
        <source>Associations (%1)</source>
        <translation>Assoziationen (%1)</translation>
    </message>
</context>
<context>
    <name>sf::ui::OverviewWidget</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>sf::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Show the grid on the canvas</source>
        <translation>Raster auf der Zeichenfläche anzeigen</translation>
    </message>
    <message>
        <source>Snap cards to the grid</source>
        <translation>Karten am Raster ausrichten</translation>
    </message>
    <message>
        <source>Ask before writing a migration that loses data</source>
        <translation>Vor dem Schreiben einer Migration mit Datenverlust nachfragen</translation>
    </message>
    <message>
        <source>Used for projects that do not name their own migrations folder</source>
        <translation>Für Projekte, die keinen eigenen Migrationsordner angeben</translation>
    </message>
    <message>
        <source>Default dialect:</source>
        <translation>Standarddialekt:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Canvas:</source>
        <translation>Zeichenfläche:</translation>
    </message>
    <message>
        <source>Migrations:</source>
        <translation>Migrationen:</translation>
    </message>
    <message>
        <source>Default migrations folder:</source>
        <translation>Standard-Migrationsordner:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Erscheinungsbild:</translation>
    </message>
</context>
<context>
    <name>sf::ui::ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Generate a migration or undo the manual change</source>
        <translation>Eine Migration erzeugen oder die manuelle Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drift item(s)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as a raw-SQL note on the model (see its Note); migrations do not recreate it: add it by hand if you need it</source>
        <translation>Als Roh-SQL-Notiz am Modell behalten (siehe Notiz); Migrationen erzeugen es nicht neu: Fügen Sie es bei Bedarf von Hand hinzu</translation>
    </message>
    <message>
        <source>Lint error</source>
        <translation>Lint-Fehler</translation>
    </message>
    <message>
        <source>Lint warning</source>
        <translation>Lint-Warnung</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Pending change, rule %1</source>
        <translation>Ausstehende Änderung, Regel %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::PropertyEditor</name>
    <message>
        <source>Select a model or a link to edit its properties.</source>
        <translation>Wählen Sie ein Modell oder eine Verknüpfung, um die Eigenschaften zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>sf::ui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>sf::ui::SqlPreviewPanel</name>
    <message>
        <source>Pending change</source>
        <translation>Ausstehende Änderung</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Full CREATE script</source>
        <translation>Vollständiges CREATE-Skript</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Follow connection</source>
        <translation>Der Verbindung folgen</translation>
    </message>
    <message>
        <source>Use the dialect of the connection chosen in the Migrations panel</source>
        <translation>Den Dialekt der im Migrationsbereich gewählten Verbindung verwenden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Speichern...</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Migration file (.js)</source>
        <translation>Migrationsdatei (.js)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Dialect:</source>
        <translation>Dialekt:</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>No migration has been generated yet.</source>
        <translation>Es wurde noch keine Migration erzeugt.</translation>
    </message>
    <message>
        <source>Updating...</source>
        <translation>Aktualisiere...</translation>
    </message>
    <message>
        <source>Cannot preview</source>
        <translation>Keine Vorschau möglich</translation>
    </message>
    <message>
        <source>-- No changes</source>
        <translation>-- Keine Änderungen</translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <translation>Berechnet in %1 ms</translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation>SQL speichern</translation>
    </message>
    <message>
        <source>JavaScript files (*.js)</source>
        <translation>JavaScript-Dateien (*.js)</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>SQL-Dateien (*.sql)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrap lines</source>
        <translation>Zeilen umbrechen</translation>
    </message>
</context>
<context>
    <name>sf::ui::ToolActions</name>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One-to-many</source>
        <translation>1:n</translation>
    </message>
    <message>
        <source>Many-to-many</source>
        <translation>n:m</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sf::ui::TypeDelegate</name>
    <message>
        <source>Choose a type or type one with its length, precision or enum values</source>
        <translation>Einen Typ wählen oder mit Länge, Genauigkeit oder Enum-Werten eingeben</translation>
    </message>
</context>
<context>
    <name>sf::ui::ViewActions</name>
    <message>
        <source>Show &amp;Minimap</source>
        <translation>Ü&amp;bersichtskarte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Frame Selection</source>
        <translation>Auswahl ein&amp;passen</translation>
    </message>
    <message>
        <source>Select &amp;Neighbours</source>
        <translation>&amp;Nachbarn auswählen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Edit Model</source>
        <translation>Modell &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Add Attribute</source>
        <translation>Attribut &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Edit Association</source>
        <translation>Verknüpfung &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Add &amp;Model Here</source>
        <translation>&amp;Modell hier hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>&amp;Center on Canvas</source>
        <translation>Auf der Zeichenfläche &amp;zentrieren</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>Language code of the bundled user guide (resources/help/userguide_&lt;code&gt;.md); &quot;en&quot; when none.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>SchemaForge User Guide</source>
        <translation>SchemaForge Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About SchemaForge</source>
        <translation>Ü&amp;ber SchemaForge</translation>
    </message>
    <message>
        <source>About SchemaForge</source>
        <translation>Über SchemaForge</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SchemaForge %1&lt;/h3&gt;&lt;p&gt;A visual schema designer for Sequelize: draw models and associations, generate reversible migrations.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SchemaForge %1&lt;/h3&gt;&lt;p&gt;Ein visueller Schema-Designer für Sequelize: Modelle und Assoziationen zeichnen, umkehrbare Migrationen erzeugen.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
