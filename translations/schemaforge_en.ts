<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddAssociationCommand</name>
    <message>
        <source>Link %1 to %2</source>
        <translation>Link %1 to %2</translation>
    </message>
</context>
<context>
    <name>AddAttributeCommand</name>
    <message>
        <source>Add attribute %1</source>
        <translation>Add attribute %1</translation>
    </message>
</context>
<context>
    <name>AddModelCommand</name>
    <message>
        <source>Add model %1</source>
        <translation>Add model %1</translation>
    </message>
</context>
<context>
    <name>AutoLayoutCommand</name>
    <message>
        <source>Auto-layout</source>
        <translation>Auto-layout</translation>
    </message>
</context>
<context>
    <name>ConnectionCommand</name>
    <message>
        <source>Add connection %1</source>
        <translation>Add connection %1</translation>
    </message>
    <message>
        <source>Remove connection %1</source>
        <translation>Remove connection %1</translation>
    </message>
    <message>
        <source>Edit connection %1</source>
        <translation>Edit connection %1</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>Could not write %1: check that the folder exists and is writable.</translation>
    </message>
</context>
<context>
    <name>EditAssociationCommand</name>
    <message>
        <source>Edit association</source>
        <translation>Edit association</translation>
    </message>
</context>
<context>
    <name>EditAttributeCommand</name>
    <message>
        <source>Edit attribute %1</source>
        <translation>Edit attribute %1</translation>
    </message>
</context>
<context>
    <name>EditModelCommand</name>
    <message>
        <source>Edit model %1</source>
        <translation>Edit model %1</translation>
    </message>
</context>
<context>
    <name>ModelExporter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Export Sequelize Models</source>
        <translation>Export Sequelize Models</translation>
    </message>
    <message>
        <source>%1 already holds .js files. Model files with the same names will be replaced. Continue?</source>
        <translation>%1 already holds .js files. Model files with the same names will be replaced. Continue?</translation>
    </message>
    <message>
        <source>Wrote %1 file(s) to %2.</source>
        <translation>Wrote %1 file(s) to %2.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>MoveAttributeCommand</name>
    <message>
        <source>Reorder attributes</source>
        <translation>Reorder attributes</translation>
    </message>
</context>
<context>
    <name>MoveItemsCommand</name>
    <message>
        <source>Move model</source>
        <translation>Move model</translation>
    </message>
    <message numerus="yes">
        <source>Move %n model(s)</source>
        <translation>
            <numerusform>Move %n model</numerusform>
            <numerusform>Move %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>RemoveAssociationCommand</name>
    <message>
        <source>Delete association</source>
        <translation>Delete association</translation>
    </message>
</context>
<context>
    <name>RemoveAttributeCommand</name>
    <message>
        <source>Delete attribute %1</source>
        <translation>Delete attribute %1</translation>
    </message>
</context>
<context>
    <name>RemoveModelCommand</name>
    <message>
        <source>Delete model %1</source>
        <translation>Delete model %1</translation>
    </message>
</context>
<context>
    <name>RenameModelCommand</name>
    <message>
        <source>Rename model %1 to %2</source>
        <translation>Rename model %1 to %2</translation>
    </message>
</context>
<context>
    <name>ResizeModelCommand</name>
    <message>
        <source>Resize model</source>
        <translation>Resize model</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>%1 could not be opened. Nothing was changed.

%2</source>
        <translation>%1 could not be opened. Nothing was changed.

%2</translation>
    </message>
</context>
<context>
    <name>sf::ui::AdoptDialog</name>
    <message>
        <source>Open Sequelize Project</source>
        <translation>Open Sequelize Project</translation>
    </message>
    <message>
        <source>Automatic (the model code when sequelize is installed)</source>
        <translation>Automatic (the model code when sequelize is installed)</translation>
    </message>
    <message>
        <source>The model code</source>
        <translation>The model code</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>The database</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Read the design from:</source>
        <translation>Read the design from:</translation>
    </message>
    <message>
        <source>Reading the project with node and its database; nothing is written yet...</source>
        <translation>Reading the project with node and its database; nothing is written yet...</translation>
    </message>
    <message>
        <source>This folder cannot be adopted. Nothing was written.

%1</source>
        <translation>This folder cannot be adopted. Nothing was written.

%1</translation>
    </message>
    <message>
        <source>Project file: %1
Environment &quot;%2&quot;: %3
Design read from: %4</source>
        <translation>Project file: %1
Environment &quot;%2&quot;: %3
Design read from: %4</translation>
    </message>
    <message>
        <source>the model code</source>
        <translation>the model code</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>the database</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>Models: %1</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <source>Migrations: %1 applied, %2 pending</source>
        <translation>Migrations: %1 applied, %2 pending</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problems: %1</translation>
    </message>
    <message>
        <source>Press Adopt to replace the existing project file and open it.</source>
        <translation>Press Adopt to replace the existing project file and open it.</translation>
    </message>
    <message>
        <source>Press Adopt to write the project file and open it.</source>
        <translation>Press Adopt to write the project file and open it.</translation>
    </message>
    <message>
        <source>Writing the project...</source>
        <translation>Writing the project...</translation>
    </message>
    <message>
        <source>Adopting failed: %1</source>
        <translation>Adopting failed: %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::AssociationPropertiesPage</name>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>One-to-one (hasOne / belongsTo)</source>
        <translation>One-to-one (hasOne / belongsTo)</translation>
    </message>
    <message>
        <source>One-to-many (hasMany / belongsTo)</source>
        <translation>One-to-many (hasMany / belongsTo)</translation>
    </message>
    <message>
        <source>Many-to-many (belongsToMany)</source>
        <translation>Many-to-many (belongsToMany)</translation>
    </message>
    <message>
        <source>(default: yes)</source>
        <translation>(default: yes)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Alias (as):</source>
        <translation>Alias (as):</translation>
    </message>
    <message>
        <source>Inverse alias:</source>
        <translation>Inverse alias:</translation>
    </message>
    <message>
        <source>Foreign key:</source>
        <translation>Foreign key:</translation>
    </message>
    <message>
        <source>Other key:</source>
        <translation>Other key:</translation>
    </message>
    <message>
        <source>On delete:</source>
        <translation>On delete:</translation>
    </message>
    <message>
        <source>On update:</source>
        <translation>On update:</translation>
    </message>
    <message>
        <source>Through (join table):</source>
        <translation>Through (join table):</translation>
    </message>
    <message>
        <source>Allow null:</source>
        <translation>Allow null:</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
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
        <translation>Unique</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>allowNull: the column accepts NULL</source>
        <translation>allowNull: the column accepts NULL</translation>
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
        <translation>defaultValue: &apos;text&apos;, 42, true, NOW, UUIDV4 or sql:expression</translation>
    </message>
    <message>
        <source>Unique group: %1</source>
        <translation>Unique group: %1</translation>
    </message>
    <message>
        <source>Attribute name %1: %2</source>
        <translation>Attribute name %1: %2</translation>
    </message>
    <message>
        <source>%1 already has an attribute named %2</source>
        <translation>%1 already has an attribute named %2</translation>
    </message>
    <message>
        <source>Type of %1: %2</source>
        <translation>Type of %1: %2</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Add Attribute</translation>
    </message>
    <message>
        <source>Delete Attribute</source>
        <translation>Delete Attribute</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Move Down</translation>
    </message>
</context>
<context>
    <name>sf::ui::ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
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
        <translation>Password for this session only (never saved):</translation>
    </message>
    <message>
        <source>Read the password from an environment variable or .env entry:</source>
        <translation>Read the password from an environment variable or .env entry:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
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
        <translation>Database:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>Variable:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>SSL mode:</translation>
    </message>
    <message>
        <source>database.sqlite (relative to the project folder)</source>
        <translation>database.sqlite (relative to the project folder)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Test Connection</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Dialect:</source>
        <translation>Dialect:</translation>
    </message>
    <message>
        <source>SQLite Database File</source>
        <translation>SQLite Database File</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Connecting...</translation>
    </message>
    <message>
        <source>Connected to %1 at %2.</source>
        <translation>Connected to %1 at %2.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::ConnectionPicker</name>
    <message>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Edit the chosen connection (saved in the project, without its password)</source>
        <translation>Edit the chosen connection (saved in the project, without its password)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the chosen connection from the project</source>
        <translation>Remove the chosen connection from the project</translation>
    </message>
    <message>
        <source>Add connection...</source>
        <translation>Add connection...</translation>
    </message>
    <message>
        <source>A connection named %1 exists already.</source>
        <translation>A connection named %1 exists already.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Remove Connection</translation>
    </message>
    <message>
        <source>Remove the connection %1 from the project?</source>
        <translation>Remove the connection %1 from the project?</translation>
    </message>
</context>
<context>
    <name>sf::ui::DataLossConfirm</name>
    <message>
        <source>cannot be undone</source>
        <translation>cannot be undone</translation>
    </message>
    <message>
        <source>row count unknown (%1)</source>
        <translation>row count unknown (%1)</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>more than %1 rows</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>more than %1 values</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>table %1: %2</translation>
    </message>
    <message>
        <source>column %1 of table %2: %3</source>
        <translation>column %1 of table %2: %3</translation>
    </message>
    <message>
        <source>Confirm Data Loss</source>
        <translation>Confirm Data Loss</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrate</translation>
    </message>
    <message>
        <source>Migrate and Delete Data</source>
        <translation>Migrate and Delete Data</translation>
    </message>
    <message>
        <source>Undo Last</source>
        <translation>Undo Last</translation>
    </message>
    <message>
        <source>Undo Last and Delete Data</source>
        <translation>Undo Last and Delete Data</translation>
    </message>
    <message>
        <source>Undo All</source>
        <translation>Undo All</translation>
    </message>
    <message>
        <source>Undo All and Delete Data</source>
        <translation>Undo All and Delete Data</translation>
    </message>
    <message>
        <source>%1 will permanently delete data on %2:</source>
        <translation>%1 will permanently delete data on %2:</translation>
    </message>
    <message>
        <source>Back up the database first if you may need this data. Cancel changes nothing.</source>
        <translation>Back up the database first if you may need this data. Cancel changes nothing.</translation>
    </message>
</context>
<context>
    <name>sf::ui::DatabasePanels</name>
    <message>
        <source>SQL Preview</source>
        <translation>SQL Preview</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Undo &amp;All Migrations</source>
        <translation>Undo &amp;All Migrations</translation>
    </message>
    <message>
        <source>Check &amp;Drift</source>
        <translation>Check &amp;Drift</translation>
    </message>
    <message>
        <source>&amp;Export Sequelize Models...</source>
        <translation>&amp;Export Sequelize Models...</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferences...</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>C&amp;lear Drift Highlight</source>
        <translation>C&amp;lear Drift Highlight</translation>
    </message>
    <message>
        <source>&amp;Import from Database...</source>
        <translation>&amp;Import from Database...</translation>
    </message>
    <message>
        <source>Import from Database</source>
        <translation>Import from Database</translation>
    </message>
    <message>
        <source>&amp;Generate Migration...</source>
        <translation>&amp;Generate Migration...</translation>
    </message>
    <message>
        <source>&amp;Migrate...</source>
        <translation>&amp;Migrate...</translation>
    </message>
    <message>
        <source>&amp;Undo Last Migration...</source>
        <translation>&amp;Undo Last Migration...</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>sf::ui::DocumentController</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>sf::ui::EditOperations</name>
    <message numerus="yes">
        <source>Delete %n link(s)</source>
        <translation>
            <numerusform>Delete %n link</numerusform>
            <numerusform>Delete %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n model(s)</source>
        <translation>
            <numerusform>Delete %n model</numerusform>
            <numerusform>Delete %n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n model(s)</source>
        <translation>
            <numerusform>Paste %n model</numerusform>
            <numerusform>Paste %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::ui::FileActions</name>
    <message>
        <source>Open Example</source>
        <translation>Open Example</translation>
    </message>
    <message>
        <source>No examples bundled</source>
        <translation>No examples bundled</translation>
    </message>
    <message>
        <source>The example %1 is missing from this build.</source>
        <translation>The example %1 is missing from this build.</translation>
    </message>
    <message>
        <source>The example %1 does not load: %2</source>
        <translation>The example %1 does not load: %2</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>%1 could not be opened. Nothing was changed.

%2</source>
        <translation>%1 could not be opened. Nothing was changed.

%2</translation>
    </message>
    <message>
        <source>SchemaForge projects (*.schemaforge.json);;JSON files (*.json)</source>
        <translation>SchemaForge projects (*.schemaforge.json);;JSON files (*.json)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Save Project</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Save Project As</translation>
    </message>
    <message>
        <source>SchemaForge projects (*.schemaforge.json)</source>
        <translation>SchemaForge projects (*.schemaforge.json)</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Export Diagram as PNG</translation>
    </message>
    <message>
        <source>Scale (1 = 100 %):</source>
        <translation>Scale (1 = 100 %):</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Export Diagram</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Export Diagram as SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>Export Diagram as PDF</source>
        <translation>Export Diagram as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before continuing?</source>
        <translation>%1 has unsaved changes. Save them before continuing?</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Open E&amp;xample</source>
        <translation>Open E&amp;xample</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Save &amp;As...</translation>
    </message>
    <message>
        <source>&amp;Export Diagram</source>
        <translation>&amp;Export Diagram</translation>
    </message>
    <message>
        <source>As &amp;PNG Image...</source>
        <translation>As &amp;PNG Image...</translation>
    </message>
    <message>
        <source>As &amp;SVG Image...</source>
        <translation>As &amp;SVG Image...</translation>
    </message>
    <message>
        <source>As P&amp;DF...</source>
        <translation>As P&amp;DF...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Open Se&amp;quelize Project...</source>
        <translation>Open Se&amp;quelize Project...</translation>
    </message>
    <message>
        <source>Adopt an existing sequelize-cli project folder: its models, migrations and database</source>
        <translation>Adopt an existing sequelize-cli project folder: its models, migrations and database</translation>
    </message>
    <message>
        <source>Open Sequelize Project</source>
        <translation>Open Sequelize Project</translation>
    </message>
    <message>
        <source>%1 has already been adopted: %2 exists.</source>
        <translation>%1 has already been adopted: %2 exists.</translation>
    </message>
    <message>
        <source>Open that project, or adopt the folder again and replace the file?</source>
        <translation>Open that project, or adopt the folder again and replace the file?</translation>
    </message>
    <message>
        <source>Open It</source>
        <translation>Open It</translation>
    </message>
    <message>
        <source>Adopt Again</source>
        <translation>Adopt Again</translation>
    </message>
</context>
<context>
    <name>sf::ui::FindBar</name>
    <message>
        <source>Find models, attributes, links</source>
        <translation>Find models, attributes, links</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Find...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
</context>
<context>
    <name>sf::ui::GenerateMigrationDialog</name>
    <message>
        <source>Generate Migration</source>
        <translation>Generate Migration</translation>
    </message>
    <message>
        <source>optional, e.g. add email to users</source>
        <translation>optional, e.g. add email to users</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>The migration will run this SQL (%1):</source>
        <translation>The migration will run this SQL (%1):</translation>
    </message>
    <message>
        <source>&lt;b&gt;This migration loses data:&lt;/b&gt;</source>
        <translation>&lt;b&gt;This migration loses data:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>I understand that the data listed above will be deleted</source>
        <translation>I understand that the data listed above will be deleted</translation>
    </message>
    <message>
        <source>Write Migration</source>
        <translation>Write Migration</translation>
    </message>
    <message>
        <source>Lint (%1)</source>
        <translation>Lint (%1)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Safer: %1</source>
        <translation>Safer: %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::ImportDialog</name>
    <message>
        <source>Import from Database</source>
        <translation>Import from Database</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>postgres://user@host:5432/database, mysql://..., sqlite:file.db</source>
        <translation>postgres://user@host:5432/database, mysql://..., sqlite:file.db</translation>
    </message>
    <message>
        <source>New Connection...</source>
        <translation>New Connection...</translation>
    </message>
    <message>
        <source>Read Tables</source>
        <translation>Read Tables</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <source>Select None</source>
        <translation>Select None</translation>
    </message>
    <message>
        <source>Mark as baseline on this database</source>
        <translation>Mark as baseline on this database</translation>
    </message>
    <message>
        <source>Write the project and a baseline migration of the imported tables, and record that migration as already applied on this database, so only later changes are migrated.</source>
        <translation>Write the project and a baseline migration of the imported tables, and record that migration as already applied on this database, so only later changes are migrated.</translation>
    </message>
    <message>
        <source>project.schemaforge.json (its migrations folder is created beside it)</source>
        <translation>project.schemaforge.json (its migrations folder is created beside it)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>Project file:</translation>
    </message>
    <message>
        <source>Choose a connection and read its tables.</source>
        <translation>Choose a connection and read its tables.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>Enter a database URL or choose a connection.</source>
        <translation>Enter a database URL or choose a connection.</translation>
    </message>
    <message>
        <source>Reading the tables of %1...</source>
        <translation>Reading the tables of %1...</translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation>Could not read the database: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n table(s) found.</source>
        <translation>
            <numerusform>%1 at %2: %n table found.</numerusform>
            <numerusform>%1 at %2: %n tables found.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 has no tables to import.</source>
        <translation>%1 at %2 has no tables to import.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n table(s) selected</source>
        <translation>
            <numerusform>%1 of %n table selected</numerusform>
            <numerusform>%1 of %n tables selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Imported Project As</source>
        <translation>Save Imported Project As</translation>
    </message>
    <message>
        <source>SchemaForge projects (*.schemaforge.json)</source>
        <translation>SchemaForge projects (*.schemaforge.json)</translation>
    </message>
    <message>
        <source>%1 already exists. Import writes a new project: choose another file name.</source>
        <translation>%1 already exists. Import writes a new project: choose another file name.</translation>
    </message>
    <message>
        <source>The migrations folder beside %1 already holds migrations: choose an empty folder for the imported project.</source>
        <translation>The migrations folder beside %1 already holds migrations: choose an empty folder for the imported project.</translation>
    </message>
    <message>
        <source>Select at least one table to import.</source>
        <translation>Select at least one table to import.</translation>
    </message>
    <message>
        <source>Writing %1 and its baseline migration...</source>
        <translation>Writing %1 and its baseline migration...</translation>
    </message>
    <message>
        <source>The import did not finish: %1</source>
        <translation>The import did not finish: %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::ImportTableList</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Foreign keys</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1 (to %2)</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>model %1</translation>
    </message>
    <message>
        <source>many-to-many join table (%1 and %2)</source>
        <translation>many-to-many join table (%1 and %2)</translation>
    </message>
</context>
<context>
    <name>sf::ui::ImportWorker</name>
    <message>
        <source>Cannot read the schema of %1: %2</source>
        <translation>Cannot read the schema of %1: %2</translation>
    </message>
    <message>
        <source>The project and its baseline migration were written, but the database could not be reached to mark it applied: %1</source>
        <translation>The project and its baseline migration were written, but the database could not be reached to mark it applied: %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::LogPanel</name>
    <message>
        <source>Clear Log</source>
        <translation>Clear Log</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
</context>
<context>
    <name>sf::ui::MainWindow</name>
    <message>
        <source>Show &amp;Grid</source>
        <translation>Show &amp;Grid</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Snap to Grid</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Zoom to &amp;Fit</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Actual Size (100 %)</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>Auto-&amp;Layout</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>&amp;Rename Model</source>
        <translation>&amp;Rename Model</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>%1[*] — SchemaForge</source>
        <translation>%1[*] — SchemaForge</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
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
        <translation>State</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>applied by sequelize-cli only</source>
        <translation>applied by sequelize-cli only</translation>
    </message>
    <message>
        <source>changed since applied</source>
        <translation>changed since applied</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>missing file</source>
        <translation>missing file</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>sf::ui::MigrationWorker</name>
    <message>
        <source>Applying %1</source>
        <translation>Applying %1</translation>
    </message>
    <message>
        <source>Undoing %1</source>
        <translation>Undoing %1</translation>
    </message>
    <message>
        <source>Done: %1 (%2 ms)</source>
        <translation>Done: %1 (%2 ms)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>Failed statement: %1</source>
        <translation>Failed statement: %1</translation>
    </message>
    <message>
        <source>Database said: %1</source>
        <translation>Database said: %1</translation>
    </message>
    <message>
        <source>The migration was rolled back; nothing changed.</source>
        <translation>The migration was rolled back; nothing changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) before it stay applied.</source>
        <translation>
            <numerusform>%n statement before it stay applied.</numerusform>
            <numerusform>%n statements before it stay applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite (file not created yet)</source>
        <translation>SQLite (file not created yet)</translation>
    </message>
    <message>
        <source>Migrating %1</source>
        <translation>Migrating %1</translation>
    </message>
    <message>
        <source>Cancelled before %1.</source>
        <translation>Cancelled before %1.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n migration(s).</source>
        <translation>
            <numerusform>Cancelled after %n migration.</numerusform>
            <numerusform>Cancelled after %n migrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to migrate: every migration is applied.</source>
        <translation>Nothing to migrate: every migration is applied.</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s).</source>
        <translation>
            <numerusform>Applied %n migration.</numerusform>
            <numerusform>Applied %n migrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing on %1</source>
        <translation>Undoing on %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after undoing %n migration(s).</source>
        <translation>
            <numerusform>Cancelled after undoing %n migration.</numerusform>
            <numerusform>Cancelled after undoing %n migrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid %n migration(s).</source>
        <translation>
            <numerusform>Undid %n migration.</numerusform>
            <numerusform>Undid %n migrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>%1 is applied but has no migration file; its changes count as drift.</source>
        <translation>%1 is applied but has no migration file; its changes count as drift.</translation>
    </message>
    <message>
        <source>Cannot read the schema: %1</source>
        <translation>Cannot read the schema: %1</translation>
    </message>
    <message>
        <source>not counted: the time limit for counting was reached</source>
        <translation>not counted: the time limit for counting was reached</translation>
    </message>
</context>
<context>
    <name>sf::ui::MigrationsPanel</name>
    <message>
        <source>Generate Migration...</source>
        <translation>Generate Migration...</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrate</translation>
    </message>
    <message>
        <source>Apply every pending migration, or up to the selected pending one</source>
        <translation>Apply every pending migration, or up to the selected pending one</translation>
    </message>
    <message>
        <source>Undo Last</source>
        <translation>Undo Last</translation>
    </message>
    <message>
        <source>Undo All</source>
        <translation>Undo All</translation>
    </message>
    <message>
        <source>Check Drift</source>
        <translation>Check Drift</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop before the next migration</source>
        <translation>Stop before the next migration</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <source>Save the project first: its migrations live in a folder beside the project file.</source>
        <translation>Save the project first: its migrations live in a folder beside the project file.</translation>
    </message>
    <message>
        <source>Choose or add a connection first.</source>
        <translation>Choose or add a connection first.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n migration(s)</source>
        <translation>
            <numerusform>%1: %n migration</numerusform>
            <numerusform>%1: %n migrations</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: the migrations already describe the design.</source>
        <translation>No changes: the migrations already describe the design.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>No drift: the database matches its applied migrations.</source>
        <translation>No drift: the database matches its applied migrations.</translation>
    </message>
    <message>
        <source>No drift found.</source>
        <translation>No drift found.</translation>
    </message>
    <message numerus="yes">
        <source>Drift found: %n difference(s); see the Problems panel.</source>
        <translation>
            <numerusform>Drift found: %n difference; see the Problems panel.</numerusform>
            <numerusform>Drift found: %n differences; see the Problems panel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The design has unsaved changes: save it (or press Generate Migration, which saves it) first, so the database never gets ahead of the design file.</source>
        <translation>The design has unsaved changes: save it (or press Generate Migration, which saves it) first, so the database never gets ahead of the design file.</translation>
    </message>
    <message>
        <source>Write the next migration from the design (saves the design first)</source>
        <translation>Write the next migration from the design (saves the design first)</translation>
    </message>
    <message>
        <source>Roll back the last applied migration</source>
        <translation>Roll back the last applied migration</translation>
    </message>
    <message>
        <source>Roll back every applied migration</source>
        <translation>Roll back every applied migration</translation>
    </message>
    <message>
        <source>Compare the database with its applied migrations</source>
        <translation>Compare the database with its applied migrations</translation>
    </message>
    <message>
        <source>Nothing was written: saving the design to %1 failed: %2</source>
        <translation>Nothing was written: saving the design to %1 failed: %2</translation>
    </message>
    <message>
        <source>Saved %1 before generating.</source>
        <translation>Saved %1 before generating.</translation>
    </message>
    <message>
        <source>Checking what this would change...</source>
        <translation>Checking what this would change...</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Cancelled before deleting data; the database is unchanged.</source>
        <translation>Cancelled before deleting data; the database is unchanged.</translation>
    </message>
    <message>
        <source>Confirmed data loss: %1</source>
        <translation>Confirmed data loss: %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::ModelPropertiesPage</name>
    <message>
        <source>Timestamps (createdAt, updatedAt)</source>
        <translation>Timestamps (createdAt, updatedAt)</translation>
    </message>
    <message>
        <source>Paranoid (deletedAt)</source>
        <translation>Paranoid (deletedAt)</translation>
    </message>
    <message>
        <source>Underscored names</source>
        <translation>Underscored names</translation>
    </message>
    <message>
        <source>Freeze table name</source>
        <translation>Freeze table name</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>Model name:</translation>
    </message>
    <message>
        <source>Table name:</source>
        <translation>Table name:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
</context>
<context>
    <name>sf::ui::ModelTreePanel</name>
    <message>
        <source>Filter models, attributes, links</source>
        <translation>Filter models, attributes, links</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Models (%1)</source>
        <translation>Models (%1)</translation>
    </message>
    <message>
        <source>Associations (%1)</source>
        <translation>Associations (%1)</translation>
    </message>
</context>
<context>
    <name>sf::ui::OverviewWidget</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Overview: click or drag to move the view</translation>
    </message>
</context>
<context>
    <name>sf::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
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
        <translation>System language</translation>
    </message>
    <message>
        <source>Show the grid on the canvas</source>
        <translation>Show the grid on the canvas</translation>
    </message>
    <message>
        <source>Snap cards to the grid</source>
        <translation>Snap cards to the grid</translation>
    </message>
    <message>
        <source>Ask before writing a migration that loses data</source>
        <translation>Ask before writing a migration that loses data</translation>
    </message>
    <message>
        <source>Used for projects that do not name their own migrations folder</source>
        <translation>Used for projects that do not name their own migrations folder</translation>
    </message>
    <message>
        <source>Default dialect:</source>
        <translation>Default dialect:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Canvas:</source>
        <translation>Canvas:</translation>
    </message>
    <message>
        <source>Migrations:</source>
        <translation>Migrations:</translation>
    </message>
    <message>
        <source>Default migrations folder:</source>
        <translation>Default migrations folder:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
</context>
<context>
    <name>sf::ui::ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>How to fix</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Generate a migration or undo the manual change</source>
        <translation>Generate a migration or undo the manual change</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>No problems.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drift item(s)</source>
        <translation>
            <numerusform>%n drift item</numerusform>
            <numerusform>%n drift items</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as a raw-SQL note on the model (see its Note); migrations do not recreate it: add it by hand if you need it</source>
        <translation>Kept as a raw-SQL note on the model (see its Note); migrations do not recreate it: add it by hand if you need it</translation>
    </message>
    <message>
        <source>Lint error</source>
        <translation>Lint error</translation>
    </message>
    <message>
        <source>Lint warning</source>
        <translation>Lint warning</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Pending change, rule %1</source>
        <translation>Pending change, rule %1</translation>
    </message>
</context>
<context>
    <name>sf::ui::PropertyEditor</name>
    <message>
        <source>Select a model or a link to edit its properties.</source>
        <translation>Select a model or a link to edit its properties.</translation>
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
        <translation>No recent projects</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
</context>
<context>
    <name>sf::ui::SqlPreviewPanel</name>
    <message>
        <source>Pending change</source>
        <translation>Pending change</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Full CREATE script</source>
        <translation>Full CREATE script</translation>
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
        <translation>Follow connection</translation>
    </message>
    <message>
        <source>Use the dialect of the connection chosen in the Migrations panel</source>
        <translation>Use the dialect of the connection chosen in the Migrations panel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Save...</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Migration file (.js)</source>
        <translation>Migration file (.js)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Dialect:</source>
        <translation>Dialect:</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>No migration has been generated yet.</source>
        <translation>No migration has been generated yet.</translation>
    </message>
    <message>
        <source>Updating...</source>
        <translation>Updating...</translation>
    </message>
    <message>
        <source>Cannot preview</source>
        <translation>Cannot preview</translation>
    </message>
    <message>
        <source>-- No changes</source>
        <translation>-- No changes</translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <translation>Computed in %1 ms</translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation>Save SQL</translation>
    </message>
    <message>
        <source>JavaScript files (*.js)</source>
        <translation>JavaScript files (*.js)</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>SQL files (*.sql)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Wrap lines</source>
        <translation>Wrap lines</translation>
    </message>
</context>
<context>
    <name>sf::ui::ToolActions</name>
    <message>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>One-to-one</translation>
    </message>
    <message>
        <source>One-to-many</source>
        <translation>One-to-many</translation>
    </message>
    <message>
        <source>Many-to-many</source>
        <translation>Many-to-many</translation>
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
        <translation>Choose a type or type one with its length, precision or enum values</translation>
    </message>
</context>
<context>
    <name>sf::ui::ViewActions</name>
    <message>
        <source>Show &amp;Minimap</source>
        <translation>Show &amp;Minimap</translation>
    </message>
    <message>
        <source>&amp;Frame Selection</source>
        <translation>&amp;Frame Selection</translation>
    </message>
    <message>
        <source>Select &amp;Neighbours</source>
        <translation>Select &amp;Neighbours</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>&amp;Edit Model</source>
        <translation>&amp;Edit Model</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Add Attribute</source>
        <translation>&amp;Add Attribute</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Edit Association</source>
        <translation>&amp;Edit Association</translation>
    </message>
    <message>
        <source>Add &amp;Model Here</source>
        <translation>Add &amp;Model Here</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Zoom to &amp;Fit</translation>
    </message>
    <message>
        <source>&amp;Center on Canvas</source>
        <translation>&amp;Center on Canvas</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>Language code of the bundled user guide (resources/help/userguide_&lt;code&gt;.md); &quot;en&quot; when none.</extracomment>
        <translation>en</translation>
    </message>
    <message>
        <source>SchemaForge User Guide</source>
        <translation>SchemaForge User Guide</translation>
    </message>
    <message>
        <source>&amp;About SchemaForge</source>
        <translation>&amp;About SchemaForge</translation>
    </message>
    <message>
        <source>About SchemaForge</source>
        <translation>About SchemaForge</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SchemaForge %1&lt;/h3&gt;&lt;p&gt;A visual schema designer for Sequelize: draw models and associations, generate reversible migrations.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SchemaForge %1&lt;/h3&gt;&lt;p&gt;A visual schema designer for Sequelize: draw models and associations, generate reversible migrations.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
