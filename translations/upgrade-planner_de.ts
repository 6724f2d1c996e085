<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddComponentCommand</name>
    <message>
        <source>Add component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use letters, digits and . _ : -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddDependencyCommand</name>
    <message>
        <source>Add dependency %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComboChoices</name>
    <message>
        <source>(no site)</source>
        <translation>(kein Standort)</translation>
    </message>
    <message>
        <source>%1 (unknown site)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditComponentCommand</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execute minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no component “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use letters, digits and . _ : -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDependencyCommand</name>
    <message>
        <source>Edit dependency %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Middleware</source>
        <translation>Middleware</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endgerät</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>RemoveComponentsCommand</name>
    <message>
        <source>Remove component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 components</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveDependenciesCommand</name>
    <message>
        <source>Remove a dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 dependencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceSectionCommand</name>
    <message>
        <source>Edit project information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit change freezes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit business processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit order pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan IT estate upgrades without breaking what must stay up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project (.uplan) or an estate (.json) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::AddDependencyDialog</name>
    <message>
        <source>Add Dependency</source>
        <translation>Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <source>any version, or e.g. &gt;=12 &lt;17, ^5.1, 4.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dependency says that one component needs another to run, optionally at certain versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Komponente:</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>&amp;Braucht:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versionen:</translation>
    </message>
    <message>
        <source>The estate needs at least two components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component cannot depend on itself.</source>
        <translation>Eine Komponente kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>Give the dependency a type, such as “uses”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ComponentDetailsPanel</name>
    <message>
        <source>No component selected. Select a row in the inventory to see and edit all of its fields here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (%1 min)</source>
        <translation>Standard (%1 min)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Unique id: letters, digits and . _ : - . Renaming it renames every dependency and process that refers to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog key such as “postgresql”: rules and releases of the product apply to this component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: stays at its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation>&amp;Kritikalität:</translation>
    </message>
    <message>
        <source>Upgrade step</source>
        <translation>Upgrade-Schritt</translation>
    </message>
    <message>
        <source>Prepare:</source>
        <translation>Vorbereiten:</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Sichern:</translation>
    </message>
    <message>
        <source>Execute:</source>
        <translation>Ausführen:</translation>
    </message>
    <message>
        <source>Verify:</source>
        <translation>Prüfen:</translation>
    </message>
    <message>
        <source>Rollback:</source>
        <translation>Zurückrollen:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Reversible without restoring the backup</source>
        <translation>Ohne Wiederherstellung der Sicherung umkehrbar</translation>
    </message>
    <message>
        <source>e.g. dba, linux-admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>e.g. pg_basebackup, VM snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Last restore test:</source>
        <translation>Letzter Wiederherstellungstest:</translation>
    </message>
    <message>
        <source>Restore takes:</source>
        <translation>Wiederherstellung dauert:</translation>
    </message>
</context>
<context>
    <name>planner::ComponentTableModel</name>
    <message>
        <source>Unknown site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Unknown kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown criticality “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::DependenciesPanel</name>
    <message>
        <source>Only the selected component</source>
        <translation>Nur die ausgewählte Komponente</translation>
    </message>
    <message>
        <source>1 dependency</source>
        <translation>1 Abhängigkeit</translation>
    </message>
    <message>
        <source>%1 dependencies</source>
        <translation>%1 Abhängigkeiten</translation>
    </message>
    <message>
        <source>1 dependency of %1</source>
        <translation>1 Abhängigkeit von %1</translation>
    </message>
    <message>
        <source>%1 dependencies of %2</source>
        <translation>%1 Abhängigkeiten von %2</translation>
    </message>
</context>
<context>
    <name>planner::DependencyTableModel</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>No component has the id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Braucht</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Version range</source>
        <translation>Versionsbereich</translation>
    </message>
    <message>
        <source>No component has the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dependency needs a type, such as “uses”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version range “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::Document</name>
    <message>
        <source>untitled.uplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no project file yet; use Save As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::EditController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Add Component</source>
        <translation>Komponente &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Components</source>
        <translation>Komponenten &amp;entfernen</translation>
    </message>
    <message>
        <source>Add &amp;Dependency...</source>
        <translation>&amp;Abhängigkeit hinzufügen...</translation>
    </message>
    <message>
        <source>Remove Dependencies</source>
        <translation>Abhängigkeiten entfernen</translation>
    </message>
    <message>
        <source>Add a component to the inventory</source>
        <translation>Eine Komponente zum Bestand hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected components and the dependencies that touch them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say that one component needs another</source>
        <translation>Festlegen, dass eine Komponente eine andere braucht</translation>
    </message>
    <message>
        <source>Re&amp;move Component</source>
        <translation>Komponente &amp;entfernen</translation>
    </message>
    <message>
        <source>New component</source>
        <translation>Neue Komponente</translation>
    </message>
    <message>
        <source>Re&amp;move %1 Components</source>
        <translation>%1 Komponenten &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>planner::FileController</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Start an empty estate</source>
        <translation>Einen leeren Bestand beginnen</translation>
    </message>
    <message>
        <source>Open a project (.uplan) or import an estate (.json)</source>
        <translation>Ein Projekt (.uplan) öffnen oder einen Bestand (.json) importieren</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before continuing?</source>
        <translation>„%1“ enthält ungespeicherte Änderungen. Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>New estate</source>
        <translation>Neuer Bestand</translation>
    </message>
    <message>
        <source>Open Project or Estate</source>
        <translation>Projekt oder Bestand öffnen</translation>
    </message>
    <message>
        <source>Projects and estates (*.uplan *.json);;Projects (*.uplan);;Estate JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Upgrade Planner projects (*.uplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1; first of %2 warnings: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::InventoryPanel</name>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Search id, name, product or owner</source>
        <translation>Id, Name, Produkt oder Verantwortliche suchen</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
</context>
<context>
    <name>planner::MainWindow</name>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Abhängigkeitsgraph</translation>
    </message>
    <message>
        <source>Components drawn as nodes grouped by site, dependencies as arrows, and version conflicts marked on the edges that cause them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Upgrade plan</source>
        <translation>Upgrade-Plan</translation>
    </message>
    <message>
        <source>The upgrade steps in a safe order, grouped into waves, with the intermediate versions each component must pass through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>The plan placed into maintenance windows around freezes and business peaks, with who carries out each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component Details</source>
        <translation>Komponentendetails</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>%1[*] — Upgrade Planner</source>
        <translation>%1[*] — Upgrade Planner</translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>%1 angezeigt von %2</translation>
    </message>
    <message>
        <source>1 component</source>
        <translation>1 Komponente</translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation>%1 Komponenten</translation>
    </message>
    <message>
        <source>1 dependency</source>
        <translation>1 Abhängigkeit</translation>
    </message>
    <message>
        <source>%1 dependencies</source>
        <translation>%1 Abhängigkeiten</translation>
    </message>
</context>
<context>
    <name>planner::cli::Tr</name>
    <message>
        <source>Reads an estate interchange JSON file (or another project) and saves it as a new
.uplan project. Warnings (unknown fields) go to standard error. When the input
has an error, nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace PROJECT if it exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estate .json file (or a .uplan project) to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing -o PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project is a database file; it cannot go to standard output (use &apos;export --format json -o -&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exists already (use --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the input and the output are the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported %2 components, %3 dependencies, %4 sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(kein Standort)</translation>
    </message>
    <message>
        <source> (not declared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>%1 (%2 with a version requirement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 components have a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more (--limit 0 lists all)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions by product (current -&gt; final):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 products, %2 releases, %3 required stops, %4 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 windows (%2 occurrences), %3 freezes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 business processes, %2 staff, %3 waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1 %2 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory, not a project or estate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an estate JSON file into a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a project or estate in another format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize a project: counts, sites, upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format (default json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write; &apos;-&apos; writes to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a project (or estate JSON) in another format.
An existing output file is replaced only once the export succeeded.

Formats:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .uplan project or an estate .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (formats: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format &apos;%1&apos; is not supported yet (supported now: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing -o OUT (use &apos;-o -&apos; for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Planner %1: plan IT estate upgrades without breaking what must stay up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [FILE]                   open the workbench, optionally on a .uplan or .json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> COMMAND [options] ...    run headless (no display needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the options of a command: help COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command reads a .uplan project or an estate .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 findings, 2 usage or input error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: -h, --help  this help; -v, --version  the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; for a command&apos;s options; docs/cli.md has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a command. See &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 help: expects one command name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarizes a project: what it is for, its components by kind, site and
criticality, the versions of each product, the planned upgrades, the catalog
and the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as JSON (fields in docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at most N upgrades in the text (default 20, 0: all). The JSON always lists all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estate interchange JSON, format version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dependency graph as SVG (not supported yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dependency graph as PNG (not supported yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes the upgrade order: waves of steps from current to target versions,
stepping stones where a direct jump would break a neighbour, groups that must
move together, and what is blocked. Exit code 1 when an upgrade is blocked or
a pin cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan as JSON (fields in docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places the steps of the upgrade order in the maintenance windows: each step
with its phases, go/no-go decision and rollback reserve inside its window,
avoiding freezes, business peaks and absent staff. Exit code 1 when a step
cannot be scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the schedule as JSON (fields in docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find compatibility conflicts in the current, target and intermediate states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the upgrade order: waves, stepping stones, groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the steps in maintenance windows with their rollback reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts: %2 errors, %3 warnings, %4 waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds what will break: unsatisfied requirements in the current, target and
intermediate states, targets without an upgrade path, dependency cycles, ended
support, drift across sites, unknown references and untested restores.
Exit code 1 when an error that no waiver covers is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the conflicts as JSON (fields in docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which states to check: current, target or all (default; all includes the intermediate states).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state needs current, target or all, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule as an iCalendar file: one event per used window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
