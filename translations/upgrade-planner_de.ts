<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddComponentCommand</name>
    <message>
        <source>Add component %1</source>
        <translation>Komponente %1 hinzufügen</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use letters, digits and . _ : -</source>
        <translation>„%1“ ist keine gültige Id: verwenden Sie Buchstaben, Ziffern und . _ : -</translation>
    </message>
    <message>
        <source>The id “%1” is already in use.</source>
        <translation>Die Id „%1“ wird bereits verwendet.</translation>
    </message>
</context>
<context>
    <name>AddDependencyCommand</name>
    <message>
        <source>Add dependency %1 → %2</source>
        <translation>Abhängigkeit %1 → %2 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>has blanks at its start or end</source>
        <translation>hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>holds a control character (a line break?)</source>
        <translation>enthält ein Steuerzeichen (einen Zeilenumbruch?)</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not canonical JSON (changed after it was signed?)</source>
        <translation>kein kanonisches JSON (nach dem Signieren geändert?)</translation>
    </message>
    <message>
        <source>not &quot;%1&quot;</source>
        <translation>nicht „%1“</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>missing, or not a string</source>
        <translation>fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>not 64 lower-case hex digits</source>
        <translation>nicht 64 Hex-Ziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>not a UTC time like 2027-01-08T14:03:00Z</source>
        <translation>keine UTC-Zeit wie 2027-01-08T14:03:00Z</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>signing needs a private key</source>
        <translation>zum Signieren wird ein privater Schlüssel benötigt</translation>
    </message>
    <message>
        <source>no valid signing time</source>
        <translation>keine gültige Signaturzeit</translation>
    </message>
    <message>
        <source>not canonical JSON: only a plan as the plan command wrote it can be signed (was it edited or reformatted?)</source>
        <translation>kein kanonisches JSON: nur ein Plan, wie ihn der Befehl plan geschrieben hat, kann signiert werden (wurde er bearbeitet oder neu formatiert?)</translation>
    </message>
    <message>
        <source>the new signature does not verify; nothing was written</source>
        <translation>die neue Signatur lässt sich nicht verifizieren; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot create the folder (is %1 writable?)</source>
        <translation>der Ordner kann nicht angelegt werden (ist %1 beschreibbar?)</translation>
    </message>
    <message>
        <source>exists already: the same approval was given before</source>
        <translation>existiert bereits: dieselbe Genehmigung wurde schon erteilt</translation>
    </message>
</context>
<context>
    <name>CalendarRules</name>
    <message>
        <source>&apos;%1&apos; is not a valid id: use only letters, digits and . _ : -</source>
        <translation>„%1“ ist keine gültige Id: nur Buchstaben, Ziffern und . _ : - verwenden</translation>
    </message>
    <message>
        <source>the window needs an id</source>
        <translation>das Fenster braucht eine Id</translation>
    </message>
    <message>
        <source>the window needs a start</source>
        <translation>das Fenster braucht einen Beginn</translation>
    </message>
    <message>
        <source>the window needs an end</source>
        <translation>das Fenster braucht ein Ende</translation>
    </message>
    <message>
        <source>the window ends (%1) before it starts (%2)</source>
        <translation>das Fenster endet (%1), bevor es beginnt (%2)</translation>
    </message>
    <message>
        <source>the window ends when it starts (%1)</source>
        <translation>das Fenster endet, wenn es beginnt (%1)</translation>
    </message>
    <message>
        <source>weekly repeats must be from 1 to %1, not %2</source>
        <translation>wöchentliche Wiederholungen müssen zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>parallel steps must be from 1 to %1, not %2</source>
        <translation>parallele Schritte müssen zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>the first day is missing</source>
        <translation>der erste Tag fehlt</translation>
    </message>
    <message>
        <source>the last day is missing</source>
        <translation>der letzte Tag fehlt</translation>
    </message>
    <message>
        <source>the last day (%1) lies before the first (%2)</source>
        <translation>der letzte Tag (%1) liegt vor dem ersten (%2)</translation>
    </message>
    <message>
        <source>the peak needs at least one day of the week</source>
        <translation>die Spitzenlast braucht mindestens einen Wochentag</translation>
    </message>
    <message>
        <source>%1 is not a set of week days</source>
        <translation>%1 ist keine Menge von Wochentagen</translation>
    </message>
    <message>
        <source>the peak needs a start time</source>
        <translation>die Spitzenlast braucht eine Startzeit</translation>
    </message>
    <message>
        <source>the peak needs an end time</source>
        <translation>die Spitzenlast braucht eine Endzeit</translation>
    </message>
    <message>
        <source>the peak ends when it starts (%1)</source>
        <translation>die Spitzenlast endet, wenn sie beginnt (%1)</translation>
    </message>
    <message>
        <source>the process needs an id</source>
        <translation>der Prozess braucht eine Id</translation>
    </message>
    <message>
        <source>an empty component id</source>
        <translation>eine leere Komponenten-Id</translation>
    </message>
    <message>
        <source>unknown process category &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Prozesskategorie „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>an empty user group</source>
        <translation>eine leere Benutzergruppe</translation>
    </message>
    <message>
        <source>the longest outage cannot be negative (%1 minutes)</source>
        <translation>der längste Ausfall kann nicht negativ sein (%1 Minuten)</translation>
    </message>
    <message>
        <source>the person needs a name</source>
        <translation>die Person braucht einen Namen</translation>
    </message>
    <message>
        <source>an empty role</source>
        <translation>eine leere Rolle</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used at %2)</source>
        <translation>doppelte Id „%1“ (zuerst verwendet bei %2)</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>%1 is not an integer between -(2^53 - 1) and 2^53 - 1: signed documents hold no floating-point numbers</source>
        <translation>%1 ist keine ganze Zahl zwischen -(2^53 - 1) und 2^53 - 1: signierte Dokumente enthalten keine Gleitkommazahlen</translation>
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
        <translation>%1 (unbekannter Standort)</translation>
    </message>
</context>
<context>
    <name>ConcurrentMerge</name>
    <message>
        <source>left it as it was</source>
        <translation>ließ es unverändert</translation>
    </message>
    <message>
        <source>removed it</source>
        <translation>entfernte es</translation>
    </message>
    <message>
        <source>added it as %1</source>
        <translation>fügte es hinzu als %1</translation>
    </message>
    <message>
        <source>changed it from %1 to %2</source>
        <translation>änderte es von %1 in %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>änderte %1</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>Komponente %1</translation>
    </message>
    <message>
        <source>dependency %1</source>
        <translation>Abhängigkeit %1</translation>
    </message>
    <message>
        <source>the project&apos;s %1</source>
        <translation>%1 des Projekts</translation>
    </message>
    <message>
        <source>%1 (removed on one side, still used by a dependency on the other)</source>
        <translation>%1 (auf einer Seite entfernt, auf der anderen noch von einer Abhängigkeit genutzt)</translation>
    </message>
    <message>
        <source>%1: you %2; they %3</source>
        <translation>%1: Sie: %2; die anderen: %3</translation>
    </message>
    <message>
        <source>the two sets of changes cannot be combined into one project: %1</source>
        <translation>die beiden Änderungssätze lassen sich nicht zu einem Projekt vereinen: %1</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>current state</source>
        <translation>Istzustand</translation>
    </message>
    <message>
        <source>target state</source>
        <translation>Zielzustand</translation>
    </message>
    <message>
        <source>intermediate state</source>
        <translation>Zwischenzustand</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>EditComponentCommand</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>prepare minutes</source>
        <translation>Vorbereitungsminuten</translation>
    </message>
    <message>
        <source>backup minutes</source>
        <translation>Sicherungsminuten</translation>
    </message>
    <message>
        <source>execute minutes</source>
        <translation>Ausführungsminuten</translation>
    </message>
    <message>
        <source>verify minutes</source>
        <translation>Prüfminuten</translation>
    </message>
    <message>
        <source>rollback minutes</source>
        <translation>Rollback-Minuten</translation>
    </message>
    <message>
        <source>reversibility</source>
        <translation>Umkehrbarkeit</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>There is no component “%1”.</source>
        <translation>Es gibt keine Komponente „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use letters, digits and . _ : -</source>
        <translation>„%1“ ist keine gültige Id: verwenden Sie Buchstaben, Ziffern und . _ : -</translation>
    </message>
    <message>
        <source>The id “%1” is already in use.</source>
        <translation>Die Id „%1“ wird bereits verwendet.</translation>
    </message>
    <message>
        <source>The version must not be empty.</source>
        <translation>Die Version darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
</context>
<context>
    <name>EditDependencyCommand</name>
    <message>
        <source>Edit dependency %1 → %2</source>
        <translation>Abhängigkeit %1 → %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EstateFile</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty: neither an Upgrade Planner project nor an estate JSON file</source>
        <translation>die Datei ist leer: weder ein Upgrade-Planner-Projekt noch eine Bestands-JSON-Datei</translation>
    </message>
    <message>
        <source>neither an Upgrade Planner project nor an estate JSON file, nor a file in a format it imports (%1)</source>
        <translation>weder ein Upgrade-Planner-Projekt noch eine Bestands-JSON-Datei noch eine Datei in einem importierbaren Format (%1)</translation>
    </message>
    <message>
        <source>the format &apos;%1&apos; can be written, not read</source>
        <translation>das Format „%1“ kann geschrieben, aber nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>EstateJson</name>
    <message>
        <source>duplicate id &apos;%1&apos; (first used at %2)</source>
        <translation>doppelte Id „%1“ (zuerst verwendet bei %2)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, found &apos;%2&apos;: not an estate file</source>
        <translation>„%1“ erwartet, „%2“ gefunden: keine Bestandsdatei</translation>
    </message>
    <message>
        <source>unsupported format version %1 (this program reads version %2)</source>
        <translation>nicht unterstützte Formatversion %1 (dieses Programm liest Version %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2; kept as written</source>
        <translation>„%1“ ist keiner der Werte %2; wie geschrieben übernommen</translation>
    </message>
    <message>
        <source>backup point</source>
        <translation>Sicherungspunkt</translation>
    </message>
    <message>
        <source>empty product name</source>
        <translation>leerer Produktname</translation>
    </message>
    <message>
        <source>appears twice in the same object</source>
        <translation>kommt im selben Objekt zweimal vor</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>configuration kind</source>
        <translation>Konfigurationsart</translation>
    </message>
    <message>
        <source>time of sending</source>
        <translation>Sendezeitpunkt</translation>
    </message>
    <message>
        <source>the phase ends (%1) before it starts (%2)</source>
        <translation>die Phase endet (%1), bevor sie beginnt (%2)</translation>
    </message>
    <message>
        <source>rollback status</source>
        <translation>Rollback-Status</translation>
    </message>
    <message>
        <source>a second estimate for &apos;%1&apos; (first at %2)</source>
        <translation>eine zweite Schätzung für „%1“ (erste bei %2)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (known: %3)</source>
        <translation>%1 „%2“ unbekannt (bekannt: %3)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>unbekanntes Feld, ignoriert</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use only letters, digits and . _ : -</source>
        <translation>„%1“ ist keine gültige Id: verwenden Sie nur Buchstaben, Ziffern und . _ : -</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 ist negativ</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation>%1 ist kleiner als %2</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2)</source>
        <translation>%1 ist zu groß (höchstens %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum der Form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a local time of the form YYYY-MM-DDTHH:MM</source>
        <translation>„%1“ ist keine lokale Zeit der Form YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day of the form HH:MM</source>
        <translation>„%1“ ist keine Uhrzeit der Form HH:MM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of week days such as Mon-Fri or Sat,Sun</source>
        <translation>„%1“ ist keine Liste von Wochentagen wie Mon-Fri oder Sat,Sun</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Art „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown criticality &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Kritikalität „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the document</source>
        <translation>unerwartetes %1 nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>unexpected %1 where a value should start</source>
        <translation>unerwartetes %1, wo ein Wert beginnen sollte</translation>
    </message>
    <message>
        <source>a number needs digits</source>
        <translation>eine Zahl braucht Ziffern</translation>
    </message>
    <message>
        <source>a number needs digits after its decimal point</source>
        <translation>eine Zahl braucht Ziffern nach dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation>eine Zahl braucht Ziffern im Exponenten</translation>
    </message>
    <message>
        <source>a string may not contain %1; write it as an escape such as \n</source>
        <translation>eine Zeichenkette darf %1 nicht enthalten; schreiben Sie es als Escape-Sequenz wie \n</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>unknown escape \%1 in a string</source>
        <translation>unbekannte Escape-Sequenz \%1 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>the string that starts here never ends</source>
        <translation>die hier beginnende Zeichenkette endet nie</translation>
    </message>
    <message>
        <source>arrays and objects are nested too deeply</source>
        <translation>Arrays und Objekte sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the array ends too early</source>
        <translation>das Array endet zu früh</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array, found %1</source>
        <translation>&apos;,&apos; oder &apos;]&apos; im Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the object ends too early</source>
        <translation>das Objekt endet zu früh</translation>
    </message>
    <message>
        <source>expected a member name in quotes, found %1</source>
        <translation>Membername in Anführungszeichen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>&apos;:&apos; nach dem Membernamen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object, found %1</source>
        <translation>&apos;,&apos; oder &apos;}&apos; im Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the document is larger than 4 GB</source>
        <translation>das Dokument ist größer als 4 GB</translation>
    </message>
    <message>
        <source>line %1, column %2 (offset %3)</source>
        <translation>Zeile %1, Spalte %2 (Offset %3)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>GraphEditor</name>
    <message>
        <source>This graph cannot be edited.</source>
        <translation>Dieser Graph kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot;.</source>
        <translation>Es gibt keine Komponente „%1“.</translation>
    </message>
    <message>
        <source>A component cannot depend on itself.</source>
        <translation>Eine Komponente kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 hängt bereits von %2 ab.</translation>
    </message>
    <message>
        <source>new dependency</source>
        <translation>neue Abhängigkeit</translation>
    </message>
    <message>
        <source>version range &quot;%1&quot;</source>
        <translation>Versionsbereich „%1“</translation>
    </message>
    <message>
        <source>version range</source>
        <translation>Versionsbereich</translation>
    </message>
    <message>
        <source>There is no such dependency.</source>
        <translation>Diese Abhängigkeit gibt es nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the graph</source>
        <translation>
            <numerusform>%n Element aus dem Graphen löschen</numerusform>
            <numerusform>%n Elemente aus dem Graphen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot; to rename.</source>
        <translation>Es gibt keine Komponente „%1“ zum Umbenennen.</translation>
    </message>
</context>
<context>
    <name>GraphExport</name>
    <message>
        <source>Dependency graph</source>
        <translation>Abhängigkeitsgraph</translation>
    </message>
    <message>
        <source>Dependency graph (the part shown)</source>
        <translation>Abhängigkeitsgraph (angezeigter Teil)</translation>
    </message>
    <message>
        <source>: 1 component</source>
        <translation>: 1 Komponente</translation>
    </message>
    <message>
        <source>: %1 components</source>
        <translation>: %1 Komponenten</translation>
    </message>
    <message>
        <source>, 1 with an open error</source>
        <translation>, 1 mit offenem Fehler</translation>
    </message>
    <message>
        <source>, %1 with an open error</source>
        <translation>, %1 mit offenem Fehler</translation>
    </message>
    <message>
        <source>Dependency graph drawn by Upgrade Planner</source>
        <translation>Abhängigkeitsgraph, gezeichnet von Upgrade Planner</translation>
    </message>
    <message>
        <source>SVG export</source>
        <translation>SVG-Export</translation>
    </message>
    <message>
        <source>cannot write to the output</source>
        <translation>in die Ausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>PNG export</source>
        <translation>PNG-Export</translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 image</source>
        <translation>nicht genug Speicher für ein Bild mit %1 x %2</translation>
    </message>
    <message>
        <source>graph export</source>
        <translation>Graph-Export</translation>
    </message>
    <message>
        <source>drawing the graph needs a QApplication (use the offscreen platform without a display)</source>
        <translation>zum Zeichnen des Graphen wird eine QApplication benötigt (verwenden Sie ohne Display die Plattform offscreen)</translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>open error</source>
        <translation>offener Fehler</translation>
    </message>
    <message>
        <source>high or critical</source>
        <translation>hoch oder kritisch</translation>
    </message>
    <message>
        <source>upgrade path</source>
        <translation>Upgrade-Pfad</translation>
    </message>
    <message>
        <source>same waves</source>
        <translation>gleiche Wellen</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>(click for the kinds)</source>
        <translation>(klicken für die Arten)</translation>
    </message>
    <message>
        <source>red: an error not waived (see Conflicts)</source>
        <translation>rot: ein Fehler ohne Ausnahme (siehe Konflikte)</translation>
    </message>
    <message>
        <source>thick border: high or critical</source>
        <translation>dicker Rahmen: hoch oder kritisch</translation>
    </message>
    <message>
        <source>orange: upgrade path, moves numbered</source>
        <translation>orange: Upgrade-Pfad, Schritte nummeriert</translation>
    </message>
    <message>
        <source>blue: moves in the selection&apos;s waves</source>
        <translation>blau: bewegt sich in den Wellen der Auswahl</translation>
    </message>
    <message>
        <source>arrow: to what it depends on</source>
        <translation>Pfeil: zu dem, wovon sie abhängt</translation>
    </message>
    <message>
        <source>dashed: dependency in a cycle</source>
        <translation>gestrichelt: Abhängigkeit in einem Zyklus</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>the file is %1 bytes, more than the %2 bytes (%3) Upgrade Planner reads (docs/limits.md)</source>
        <translation>die Datei hat %1 Bytes, mehr als die %2 Bytes (%3), die Upgrade Planner liest (docs/limits.md)</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a socket or a device): Upgrade Planner reads only files</source>
        <translation>keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät): Upgrade Planner liest nur Dateien</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 components, more than the %2 an estate may hold (docs/limits.md)</source>
        <translation>%1 Komponenten, mehr als die %2, die ein Bestand enthalten darf (docs/limits.md)</translation>
    </message>
    <message>
        <source>%1 dependencies, more than the %2 an estate may hold (docs/limits.md)</source>
        <translation>%1 Abhängigkeiten, mehr als die %2, die ein Bestand enthalten darf (docs/limits.md)</translation>
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
    <name>LayeredLayout</name>
    <message>
        <source>dependencies[%1]: unknown component &quot;%2&quot;, not drawn</source>
        <translation>dependencies[%1]: unbekannte Komponente „%2“, nicht gezeichnet</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Kein Standort</translation>
    </message>
    <message>
        <source>edges[%1]: node %2 does not exist, edge skipped</source>
        <translation>edges[%1]: Knoten %2 existiert nicht, Kante übersprungen</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>lifecycle data</source>
        <translation>Lebenszyklusdaten</translation>
    </message>
    <message>
        <source>a product without an id</source>
        <translation>ein Produkt ohne Id</translation>
    </message>
    <message>
        <source>cycle &apos;%1&apos; is not a version</source>
        <translation>Zyklus „%1“ ist keine Version</translation>
    </message>
    <message>
        <source>a date that is neither YYYY-MM-DD nor true/false</source>
        <translation>ein Datum, das weder YYYY-MM-DD noch true/false ist</translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message>
        <source>Unpin %1</source>
        <translation>Fixierung von %1 lösen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n components</source>
        <translation>
            <numerusform>Fixierung von %n Komponente lösen</numerusform>
            <numerusform>Fixierung von %n Komponenten lösen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n components</source>
        <translation>
            <numerusform>%n Komponente verschieben</numerusform>
            <numerusform>%n Komponenten verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverrunSimulation</name>
    <message>
        <source>a spread needs 0 &lt; LOW &lt;= MODE &lt;= HIGH &lt;= 100, not %1,%2,%3</source>
        <translation>eine Streuung braucht 0 &lt; LOW &lt;= MODE &lt;= HIGH &lt;= 100, nicht %1,%2,%3</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>empty passphrase (the first line of the file is the passphrase)</source>
        <translation>leere Passphrase (die erste Zeile der Datei ist die Passphrase)</translation>
    </message>
    <message>
        <source>set but empty</source>
        <translation>gesetzt, aber leer</translation>
    </message>
    <message>
        <source>no terminal to ask for the passphrase</source>
        <translation>kein Terminal, um nach der Passphrase zu fragen</translation>
    </message>
    <message>
        <source>no passphrase given (end of input)</source>
        <translation>keine Passphrase angegeben (Ende der Eingabe)</translation>
    </message>
    <message>
        <source>empty passphrase</source>
        <translation>leere Passphrase</translation>
    </message>
</context>
<context>
    <name>PlanDiff</name>
    <message>
        <source>not scheduled</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>The project&apos;s %1 changed from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>%1 des Projekts wurde von „%2“ in „%3“ geändert.</translation>
    </message>
    <message>
        <source>%1 no longer moves (was %2).</source>
        <translation>%1 wird nicht mehr aktualisiert (war %2).</translation>
    </message>
    <message>
        <source>%1 now goes %2 (was %3).</source>
        <translation>%1 wechselt jetzt %2 (war %3).</translation>
    </message>
    <message>
        <source>%1 now moves: %2.</source>
        <translation>%1 wird jetzt aktualisiert: %2.</translation>
    </message>
    <message>
        <source>Step %1 was removed (it was %2).</source>
        <translation>Schritt %1 wurde entfernt (war %2).</translation>
    </message>
    <message>
        <source>Step %1 moved from %2 to %3.</source>
        <translation>Schritt %1 wurde von %2 nach %3 verschoben.</translation>
    </message>
    <message>
        <source>%1 min, rollback %2 min</source>
        <translation>%1 min, Rollback %2 min</translation>
    </message>
    <message>
        <source>Step %1 now takes %2 (was %3).</source>
        <translation>Schritt %1 dauert jetzt %2 (war %3).</translation>
    </message>
    <message>
        <source>Step %1 was added (%2).</source>
        <translation>Schritt %1 wurde hinzugefügt (%2).</translation>
    </message>
    <message>
        <source>The plan now finishes at %1 (was %2).</source>
        <translation>Der Plan endet jetzt um %1 (war %2).</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>Downtime of process %1 is now %2 min (was %3 min).</source>
        <translation>Ausfallzeit des Prozesses %1 beträgt jetzt %2 min (war %3 min).</translation>
    </message>
    <message>
        <source>Conflict resolved: %1</source>
        <translation>Konflikt gelöst: %1</translation>
    </message>
    <message>
        <source>New %1: %2</source>
        <translation>Neuer Konflikt (%1): %2</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
    <message>
        <source>Waiver withdrawn for %1.</source>
        <translation>Ausnahme für %1 zurückgezogen.</translation>
    </message>
    <message>
        <source>Waiver for %1 now reads &quot;%2&quot; (was &quot;%3&quot;).</source>
        <translation>Ausnahme für %1 lautet jetzt „%2“ (war „%3“).</translation>
    </message>
    <message>
        <source>New waiver for %1: %2</source>
        <translation>Neue Ausnahme für %1: %2</translation>
    </message>
    <message>
        <source>not JSON at line %1 (byte %2): %3</source>
        <translation>kein JSON in Zeile %1 (Byte %2): %3</translation>
    </message>
    <message>
        <source>not an Upgrade Planner plan (its &quot;format&quot; is not &quot;upgrade-planner-plan&quot;)</source>
        <translation>kein Upgrade-Planner-Plan (sein „format“ ist nicht „upgrade-planner-plan“)</translation>
    </message>
    <message>
        <source>plan format version %1 is not supported (this program reads 1)</source>
        <translation>Planformatversion %1 wird nicht unterstützt (dieses Programm liest 1)</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Is every compatibility error resolved or waived?</source>
        <translation>Ist jeder Kompatibilitätsfehler gelöst oder mit Ausnahme versehen?</translation>
    </message>
    <message>
        <source>No open error in the current, target or intermediate states (%1 waived).</source>
        <translation>Kein offener Fehler im aktuellen, Ziel- oder Zwischenzustand (%1 mit Ausnahme).</translation>
    </message>
    <message>
        <source>%1 without a waiver.</source>
        <translation>%1 ohne Ausnahme.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Can every component reach its target?</source>
        <translation>Kann jede Komponente ihr Ziel erreichen?</translation>
    </message>
    <message>
        <source>Every upgrade has a path.</source>
        <translation>Jedes Upgrade hat einen Pfad.</translation>
    </message>
    <message>
        <source>%1 blocked.</source>
        <translation>%1 blockiert.</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>upgrades</source>
        <translation>Upgrades</translation>
    </message>
    <message>
        <source>Does every step fit a maintenance window?</source>
        <translation>Passt jeder Schritt in ein Wartungsfenster?</translation>
    </message>
    <message>
        <source>All %1 scheduled.</source>
        <translation>Alle %1 eingeplant.</translation>
    </message>
    <message>
        <source>step is</source>
        <translation>Schritt ist</translation>
    </message>
    <message>
        <source>steps are</source>
        <translation>Schritte sind</translation>
    </message>
    <message>
        <source>%1 not scheduled.</source>
        <translation>%1 nicht eingeplant.</translation>
    </message>
    <message>
        <source>Has every irreversible step a backup whose restore was tested?</source>
        <translation>Hat jeder nicht umkehrbare Schritt eine Sicherung mit getesteter Wiederherstellung?</translation>
    </message>
    <message>
        <source>Yes, or the steps are reversible.</source>
        <translation>Ja, oder die Schritte sind umkehrbar.</translation>
    </message>
    <message>
        <source>No recent tested restore for: %1.</source>
        <translation>Kein aktueller Wiederherstellungstest für: %1.</translation>
    </message>
    <message>
        <source>Do the waivers hold until the plan is done?</source>
        <translation>Gelten die Ausnahmen, bis der Plan abgeschlossen ist?</translation>
    </message>
    <message>
        <source>No waiver expires before the last step.</source>
        <translation>Keine Ausnahme läuft vor dem letzten Schritt ab.</translation>
    </message>
    <message>
        <source>Expiring before the end: %1.</source>
        <translation>Ablauf vor dem Ende: %1.</translation>
    </message>
    <message>
        <source>Are the records of the controlled change complete?</source>
        <translation>Sind die Unterlagen der kontrollierten Änderung vollständig?</translation>
    </message>
    <message>
        <source>Yes: backups, rollback plans, acceptance checks, messages and monitoring are in place for every step.</source>
        <translation>Ja: Sicherungen, Rollback-Pläne, Abnahmeprüfungen, Mitteilungen und Überwachung sind für jeden Schritt vorhanden.</translation>
    </message>
    <message>
        <source>%1 missing: %2%3</source>
        <translation>Fehlend (%1): %2%3</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Are the requested orderings (pins) honoured?</source>
        <translation>Werden die gewünschten Reihenfolgen (Vorgaben) eingehalten?</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>Ja.</translation>
    </message>
    <message>
        <source>%1 cannot hold.</source>
        <translation>%1 nicht einhaltbar.</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>pins</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>If every step in window %1 rolled back, the work would end %2 after the window closes (%3).</source>
        <translation>Würde jeder Schritt in Fenster %1 zurückgerollt, endete die Arbeit %2 nach Schließen des Fensters (%3).</translation>
    </message>
    <message>
        <source>%1 passes through %2, a release whose support has ended.</source>
        <translation>%1 durchläuft %2, ein Release, dessen Support beendet ist.</translation>
    </message>
    <message>
        <source>Approve the upgrade of %1 in %2</source>
        <translation>Genehmigen Sie das Upgrade von %1 (%2)</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source> over %1, from %2 to %3</source>
        <translation> über %1, vom %2 bis %3</translation>
    </message>
    <message>
        <source>maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>; no step is scheduled yet</source>
        <translation>; noch kein Schritt eingeplant</translation>
    </message>
    <message>
        <source>; %1 not scheduled and not in these dates</source>
        <translation>; %1 nicht eingeplant und nicht in diesem Zeitraum</translation>
    </message>
    <message>
        <source>revision %1, saved %2 by %3</source>
        <translation>Revision %1, gespeichert %2 von %3</translation>
    </message>
    <message>
        <source>%1, with changes made since and not saved</source>
        <translation>%1, mit seither vorgenommenen, nicht gespeicherten Änderungen</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>exists and is not a folder</source>
        <translation>existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>der Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Reading the previous plan</source>
        <translation>Vorherigen Plan lesen</translation>
    </message>
    <message>
        <source>Checking, ordering and scheduling</source>
        <translation>Prüfen, Ordnen und Einplanen</translation>
    </message>
    <message>
        <source>holds a different plan already (its plan.json has SHA-256 %1, this plan %2); its approvals belong to that plan. Export to a new folder.</source>
        <translation>enthält bereits einen anderen Plan (seine plan.json hat SHA-256 %1, dieser Plan %2); seine Genehmigungen gehören zu jenem Plan. Exportieren Sie in einen neuen Ordner.</translation>
    </message>
    <message>
        <source>Drawing the PDF</source>
        <translation>PDF zeichnen</translation>
    </message>
    <message>
        <source>Writing the files</source>
        <translation>Dateien schreiben</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>cannot write to the output</source>
        <translation>in die Ausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot finish the document</source>
        <translation>das Dokument kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n wave(s)</source>
        <translation>
            <numerusform> in %n Welle</numerusform>
            <numerusform> in %n Wellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n group(s) moving together</source>
        <translation>
            <numerusform>, %n Gruppe, die gemeinsam wechselt</numerusform>
            <numerusform>, %n Gruppen, die gemeinsam wechseln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n upgrade(s) blocked</source>
        <translation>
            <numerusform>, %n Upgrade blockiert</numerusform>
            <numerusform>, %n Upgrades blockiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <source> [group %1]</source>
        <translation> [Gruppe %1]</translation>
    </message>
    <message>
        <source>Groups (each moves in one window)</source>
        <translation>Gruppen (jede wechselt in einem Fenster)</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Pins that cannot hold</source>
        <translation>Nicht einhaltbare Vorgaben</translation>
    </message>
</context>
<context>
    <name>PlanVerification</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>too big for an approval file</source>
        <translation>zu groß für eine Genehmigungsdatei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file name does not match the record (renamed or changed?)</source>
        <translation>der Dateiname passt nicht zum Datensatz (umbenannt oder geändert?)</translation>
    </message>
    <message>
        <source>not the canonical PEM of its key (changed?)</source>
        <translation>nicht das kanonische PEM seines Schlüssels (geändert?)</translation>
    </message>
    <message>
        <source>key fingerprint %1 is not the record&apos;s keyFingerprint %2</source>
        <translation>Schlüssel-Fingerabdruck %1 ist nicht der keyFingerprint %2 des Datensatzes</translation>
    </message>
    <message>
        <source>%1 bytes; an Ed25519 signature has 64</source>
        <translation>%1 Byte; eine Ed25519-Signatur hat 64</translation>
    </message>
    <message>
        <source>the signature does not match %1</source>
        <translation>die Signatur passt nicht zu %1</translation>
    </message>
    <message>
        <source>signed another version of the plan (planSha256 %1, plan.json has %2): the plan changed after it was signed</source>
        <translation>hat eine andere Version des Plans signiert (planSha256 %1, plan.json hat %2): der Plan wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>does not parse as a JSON object: %1 at byte %2</source>
        <translation>lässt sich nicht als JSON-Objekt lesen: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not canonical JSON (edited or reformatted?)</source>
        <translation>kein kanonisches JSON (bearbeitet oder neu formatiert?)</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>%1%2: not part of an approval (stray file)</source>
        <translation>%1%2: gehört zu keiner Genehmigung (verwaiste Datei)</translation>
    </message>
    <message>
        <source>%1%2%3: its approval record %2%4 is missing (incomplete approval)</source>
        <translation>%1%2%3: der Genehmigungsdatensatz %2%4 fehlt (unvollständige Genehmigung)</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; is required and has no valid, trusted approval</source>
        <translation>Rolle „%1“ ist erforderlich und hat keine gültige, vertrauenswürdige Genehmigung</translation>
    </message>
    <message>
        <source>quorum not met: %1 distinct approvers required, %2 approved</source>
        <translation>Quorum nicht erreicht: %1 verschiedene Genehmigende erforderlich, %2 haben genehmigt</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>the file cannot be opened for reading</source>
        <translation>die Datei kann nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <source>the file is empty, not an Upgrade Planner project</source>
        <translation>die Datei ist leer, kein Upgrade-Planner-Projekt</translation>
    </message>
    <message>
        <source>not an Upgrade Planner project (the file is not an SQLite database)</source>
        <translation>kein Upgrade-Planner-Projekt (die Datei ist keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>an SQLite database of another program, not an Upgrade Planner project</source>
        <translation>eine SQLite-Datenbank eines anderen Programms, kein Upgrade-Planner-Projekt</translation>
    </message>
    <message>
        <source>the project is damaged: it has no schema version</source>
        <translation>das Projekt ist beschädigt: es hat keine Schemaversion</translation>
    </message>
    <message>
        <source>made by a newer version of Upgrade Planner (project schema %1, this version reads schema %2 and older)</source>
        <translation>mit einer neueren Version von Upgrade Planner erstellt (Projektschema %1, diese Version liest Schema %2 und älter)</translation>
    </message>
    <message>
        <source>the project file is truncated or damaged: its header promises %1 bytes, the file has %2</source>
        <translation>die Projektdatei ist abgeschnitten oder beschädigt: ihr Header verspricht %1 Byte, die Datei hat %2</translation>
    </message>
    <message>
        <source>cannot recover from an interrupted save: %1</source>
        <translation>Wiederherstellung nach unterbrochenem Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>the project is damaged: %1</source>
        <translation>das Projekt ist beschädigt: %1</translation>
    </message>
    <message>
        <source>the project is damaged: table %1 is missing</source>
        <translation>das Projekt ist beschädigt: Tabelle %1 fehlt</translation>
    </message>
    <message>
        <source>cannot back up the project before upgrading it: %1 and 98 numbered copies already exist</source>
        <translation>das Projekt kann vor dem Upgrade nicht gesichert werden: %1 und 98 nummerierte Kopien existieren bereits</translation>
    </message>
    <message>
        <source>cannot back up the project to %1 before upgrading it: %2</source>
        <translation>das Projekt kann vor dem Upgrade nicht nach %1 gesichert werden: %2</translation>
    </message>
    <message>
        <source>cannot upgrade the project from schema %1: %2</source>
        <translation>das Projekt kann nicht von Schema %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>cannot open the project: %1</source>
        <translation>das Projekt kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1; the file was not overwritten</source>
        <translation>%1; die Datei wurde nicht überschrieben</translation>
    </message>
    <message>
        <source>cannot open the project for writing: %1</source>
        <translation>das Projekt kann nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot start saving: %1</source>
        <translation>Speichern kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>cannot finish saving: %1</source>
        <translation>Speichern kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>table components: the id &quot;%1&quot; is used twice</source>
        <translation>Tabelle components: die Id „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>%1 is not a set of week days</source>
        <translation>%1 ist keine Menge von Wochentagen</translation>
    </message>
    <message>
        <source>table %1, row %2, column %3: %4</source>
        <translation>Tabelle %1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>names a row that does not exist</source>
        <translation>verweist auf eine Zeile, die nicht existiert</translation>
    </message>
    <message>
        <source>is not a phase</source>
        <translation>ist keine Phase</translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation>Schemaschritt %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>save interrupted</source>
        <translation>Speichern unterbrochen</translation>
    </message>
    <message>
        <source>cannot write table %1: %2</source>
        <translation>Tabelle %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the project is damaged: table %1 cannot be read (%2)</source>
        <translation>das Projekt ist beschädigt: Tabelle %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>cannot read table %1: %2</source>
        <translation>Tabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>is not a row number</source>
        <translation>ist keine Zeilennummer</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>is not a version: %1</source>
        <translation>ist keine Version: %1</translation>
    </message>
    <message>
        <source>is not a version range: %1</source>
        <translation>ist kein Versionsbereich: %1</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>is not a time of day</source>
        <translation>ist keine Uhrzeit</translation>
    </message>
    <message>
        <source>is not a component kind</source>
        <translation>ist keine Komponentenart</translation>
    </message>
    <message>
        <source>is not a criticality</source>
        <translation>ist keine Kritikalität</translation>
    </message>
    <message>
        <source>must be from 1 to %1 days</source>
        <translation>muss zwischen 1 und %1 Tagen liegen</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 (the disk is full, or failing)</source>
        <translation>%1 (der Datenträger ist voll oder fehlerhaft)</translation>
    </message>
    <message>
        <source>%1 (the file or its folder cannot be written here: read-only, or no permission)</source>
        <translation>%1 (die Datei oder ihr Ordner kann hier nicht geschrieben werden: schreibgeschützt oder keine Berechtigung)</translation>
    </message>
    <message>
        <source>%1; the project keeps its previous content</source>
        <translation>%1; das Projekt behält seinen bisherigen Inhalt</translation>
    </message>
    <message>
        <source>the project is open in %1; close it there first, or save to another file</source>
        <translation>das Projekt ist in %1 geöffnet; schließen Sie es dort zuerst oder speichern Sie in eine andere Datei</translation>
    </message>
    <message>
        <source>scenario %1: %2: %3</source>
        <translation>Szenario %1: %2: %3</translation>
    </message>
    <message>
        <source>scenario %1: %2</source>
        <translation>Szenario %1: %2</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>kann keinen temporären Ordner anlegen: %1</translation>
    </message>
    <message>
        <source>%1 saved the project meanwhile and changed what this command changed; nothing was written. Run it again on the project as it is now:
%2</source>
        <translation>%1 hat das Projekt inzwischen gespeichert und dabei geändert, was dieser Befehl ändert; es wurde nichts geschrieben. Führen Sie ihn auf dem jetzigen Stand des Projekts erneut aus:
%2</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
</context>
<context>
    <name>ProjectHistory</name>
    <message>
        <source>cannot record the history: %1</source>
        <translation>kann die Historie nicht schreiben: %1</translation>
    </message>
    <message>
        <source>cannot read the history: %1</source>
        <translation>kann die Historie nicht lesen: %1</translation>
    </message>
    <message>
        <source>table history, row %1, column action: &quot;%2&quot;</source>
        <translation>Tabelle history, Zeile %1, Spalte action: „%2“</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>not an Upgrade Planner project: only projects have a history</source>
        <translation>kein Upgrade-Planner-Projekt: nur Projekte haben eine Historie</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (Prozess %2 auf %3)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>A short unique name, letters, digits, . _ : -</source>
        <translation>Ein kurzer eindeutiger Name: Buchstaben, Ziffern, . _ : -</translation>
    </message>
    <message>
        <source>Id: “%1” is not a valid id (letters, digits and . _ : - only).</source>
        <translation>Id: „%1“ ist keine gültige Id (nur Buchstaben, Ziffern und . _ : -).</translation>
    </message>
    <message>
        <source>Id: “%1” is taken already.</source>
        <translation>Id: „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Edit configuration inventory</source>
        <translation>Konfigurationsinventar bearbeiten</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Certificates and keys that expire; one that expires before the plan ends is a conflict</source>
        <translation>Zertifikate und Schlüssel, die ablaufen; eines, das vor dem Planende abläuft, ist ein Konflikt</translation>
    </message>
    <message>
        <source>Expires before the plan ends (%1): renew it first</source>
        <translation>Läuft vor dem Planende ab (%1): zuerst erneuern</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>A copy exists that survives the upgrade</source>
        <translation>Es gibt eine Kopie, die das Upgrade übersteht</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Where / what</source>
        <translation>Wo / was</translation>
    </message>
    <message>
        <source>Where it lives or what it holds</source>
        <translation>Wo es liegt oder was es enthält</translation>
    </message>
    <message>
        <source>new item</source>
        <translation>neuer Eintrag</translation>
    </message>
    <message>
        <source>Edit rollback plans</source>
        <translation>Rollback-Pläne bearbeiten</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>What starts a rollback, separated by “;” (“login fails for 5 min”)</source>
        <translation>Was einen Rollback auslöst, getrennt durch „;“ („Anmeldung schlägt 5 min lang fehl“)</translation>
    </message>
    <message>
        <source>Who decides</source>
        <translation>Wer entscheidet</translation>
    </message>
    <message>
        <source>What is restored</source>
        <translation>Was wiederhergestellt wird</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Expected duration of the rollback</source>
        <translation>Erwartete Dauer des Rollbacks</translation>
    </message>
    <message>
        <source>Data that may be lost</source>
        <translation>Daten, die verloren gehen können</translation>
    </message>
    <message>
        <source>Forward repair only</source>
        <translation>Nur Vorwärtsreparatur</translation>
    </message>
    <message>
        <source>After the migration the old version cannot come back: only a forward repair</source>
        <translation>Nach der Migration kann die alte Version nicht zurückkehren: nur eine Vorwärtsreparatur</translation>
    </message>
    <message>
        <source>Edit pilots</source>
        <translation>Piloten bearbeiten</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>“test”, “staging”, “pilot branch Mainz”</source>
        <translation>„Test“, „Staging“, „Pilotfiliale Mainz“</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Datenflüsse</translation>
    </message>
    <message>
        <source>What it showed</source>
        <translation>Was sich gezeigt hat</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Edit acceptance checks</source>
        <translation>Abnahmeprüfungen bearbeiten</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>For a check of the whole window</source>
        <translation>Für eine Prüfung des ganzen Fensters</translation>
    </message>
    <message>
        <source>Window: no maintenance window has the id “%1”.</source>
        <translation>Fenster: kein Wartungsfenster hat die Id „%1“.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Erwartetes Ergebnis</translation>
    </message>
    <message>
        <source>Core function</source>
        <translation>Kernfunktion</translation>
    </message>
    <message>
        <source>Core functions are checked first</source>
        <translation>Kernfunktionen werden zuerst geprüft</translation>
    </message>
    <message>
        <source>Log review</source>
        <translation>Log-Prüfung</translation>
    </message>
    <message>
        <source>Edit messages</source>
        <translation>Mitteilungen bearbeiten</translation>
    </message>
    <message>
        <source>Empty: every window the plan uses</source>
        <translation>Leer: jedes Fenster, das der Plan nutzt</translation>
    </message>
    <message>
        <source>every used window</source>
        <translation>jedes genutzte Fenster</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Hours before the window starts, or after it ends</source>
        <translation>Stunden vor Beginn oder nach Ende des Fensters</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>What users cannot do meanwhile</source>
        <translation>Was Benutzer währenddessen nicht tun können</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>alle Benutzer</translation>
    </message>
    <message>
        <source>Maintenance {start} to {end}</source>
        <translation>Wartung {start} bis {end}</translation>
    </message>
    <message>
        <source>Dear colleagues,

from {start} to {end} we upgrade systems behind: {services}.
{limitations}

Questions: {contact}</source>
        <translation>Liebe Kolleginnen und Kollegen,

von {start} bis {end} aktualisieren wir Systeme hinter: {services}.
{limitations}

Fragen: {contact}</translation>
    </message>
    <message>
        <source>Edit monitoring</source>
        <translation>Überwachung bearbeiten</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>“p95 login latency”</source>
        <translation>„p95-Login-Latenz“</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>“180 ms”</source>
        <translation>„180 ms“</translation>
    </message>
    <message>
        <source>Hours watched</source>
        <translation>Beobachtete Stunden</translation>
    </message>
    <message>
        <source>From hours to a business cycle (168 = a week)</source>
        <translation>Von Stunden bis zu einem Geschäftszyklus (168 = eine Woche)</translation>
    </message>
    <message>
        <source>Edit upgrade record</source>
        <translation>Upgrade-Protokoll bearbeiten</translation>
    </message>
    <message>
        <source>Reached version</source>
        <translation>Erreichte Version</translation>
    </message>
    <message>
        <source>Empty: its target</source>
        <translation>Leer: ihr Ziel</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Actual start and end: 2027-05-15 22:00 - 22:40</source>
        <translation>Tatsächlicher Beginn und Ende: 2027-05-15 22:00 - 22:40</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>%1: write the start and end as 2027-05-15 22:00 - 22:40.</source>
        <translation>%1: schreiben Sie Beginn und Ende als 2027-05-15 22:00 - 22:40.</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Folgemaßnahmen</translation>
    </message>
    <message>
        <source>Every component with an upgrade has its record already.</source>
        <translation>Jede Komponente mit Upgrade hat bereits ihr Protokoll.</translation>
    </message>
    <message>
        <source>Edit check results</source>
        <translation>Prüfergebnisse bearbeiten</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1
Expected: %2</source>
        <translation>%1
Erwartet: %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Edit upgrade issues</source>
        <translation>Upgrade-Probleme bearbeiten</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>How it was solved</source>
        <translation>Wie es gelöst wurde</translation>
    </message>
    <message>
        <source>new issue</source>
        <translation>neues Problem</translation>
    </message>
    <message>
        <source>Edit accepted estimates</source>
        <translation>Akzeptierte Schätzungen bearbeiten</translation>
    </message>
    <message>
        <source>Minutes; empty: the built-in default</source>
        <translation>Minuten; leer: der eingebaute Standard</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number of minutes.</source>
        <translation>%1: „%2“ ist keine Anzahl Minuten.</translation>
    </message>
    <message>
        <source>Estimates are accepted from planned against actual.</source>
        <translation>Schätzungen werden aus Plan- und Istwerten übernommen.</translation>
    </message>
</context>
<context>
    <name>RemoveComponentsCommand</name>
    <message>
        <source>Remove component %1</source>
        <translation>Komponente %1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1 components</source>
        <translation>%1 Komponenten entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveDependenciesCommand</name>
    <message>
        <source>Remove a dependency</source>
        <translation>Eine Abhängigkeit entfernen</translation>
    </message>
    <message>
        <source>Remove %1 dependencies</source>
        <translation>%1 Abhängigkeiten entfernen</translation>
    </message>
</context>
<context>
    <name>ReplaceSectionCommand</name>
    <message>
        <source>Edit project information</source>
        <translation>Projektinformationen bearbeiten</translation>
    </message>
    <message>
        <source>Edit sites</source>
        <translation>Standorte bearbeiten</translation>
    </message>
    <message>
        <source>Edit product catalog</source>
        <translation>Produktkatalog bearbeiten</translation>
    </message>
    <message>
        <source>Edit maintenance windows</source>
        <translation>Wartungsfenster bearbeiten</translation>
    </message>
    <message>
        <source>Edit change freezes</source>
        <translation>Änderungssperren bearbeiten</translation>
    </message>
    <message>
        <source>Edit business processes</source>
        <translation>Geschäftsprozesse bearbeiten</translation>
    </message>
    <message>
        <source>Edit staff</source>
        <translation>Personal bearbeiten</translation>
    </message>
    <message>
        <source>Edit waivers</source>
        <translation>Ausnahmen bearbeiten</translation>
    </message>
    <message>
        <source>Edit order pins</source>
        <translation>Reihenfolgevorgaben bearbeiten</translation>
    </message>
    <message>
        <source>Move nodes</source>
        <translation>Knoten verschieben</translation>
    </message>
    <message>
        <source>Edit change records</source>
        <translation>Änderungsunterlagen bearbeiten</translation>
    </message>
</context>
<context>
    <name>RequirementChecker</name>
    <message>
        <source>in the %1</source>
        <translation>im %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 hat Version %2</translation>
    </message>
    <message>
        <source>%1 %2 runs %3</source>
        <translation>%2 hat %1 Version %3</translation>
    </message>
    <message>
        <source>%1 %2 requires %3 %4 (dependency range); %5</source>
        <translation>%1 %2 erfordert %3 %4 (Abhängigkeitsbereich); %5</translation>
    </message>
    <message>
        <source>%1 %2 requires %3 %4 (catalog rule for %5); %6</source>
        <translation>%1 %2 erfordert %3 %4 (Katalogregel für %5); %6</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>scenario &apos;%1&apos;: removes %2 &apos;%3&apos;, which the baseline no longer has</source>
        <translation>Szenario „%1“: entfernt %2 „%3“, aber die Basis hat diesen Eintrag nicht mehr</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>ein Szenario braucht einen Namen</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a scenario&apos;s name does not start or end with a space</source>
        <translation>„%1“: der Name eines Szenarios beginnt und endet nicht mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the estate itself; choose another name</source>
        <translation>„%1“ ist der Bestand selbst; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>a scenario&apos;s name has at most %1 characters, this one %2</source>
        <translation>der Name eines Szenarios hat höchstens %1 Zeichen, dieser %2</translation>
    </message>
    <message>
        <source>a scenario&apos;s name holds no control characters (tabs, line ends)</source>
        <translation>der Name eines Szenarios enthält keine Steuerzeichen (Tabulatoren, Zeilenenden)</translation>
    </message>
    <message>
        <source>there is already a scenario called &apos;%1&apos;</source>
        <translation>es gibt bereits ein Szenario namens „%1“</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: changes component &apos;%2&apos;, which the baseline no longer has</source>
        <translation>Szenario „%1“: ändert Komponente „%2“, die es in der Basis nicht mehr gibt</translation>
    </message>
    <message>
        <source>window</source>
        <translation>das Wartungsfenster</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>die Person</translation>
    </message>
    <message>
        <source>the pin of</source>
        <translation>die Vorgabe für</translation>
    </message>
    <message>
        <source>the waiver of</source>
        <translation>die Ausnahme für</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; is new</source>
        <translation>Komponente „%1“ ist neu</translation>
    </message>
    <message>
        <source>component &apos;%1&apos;: a phase&apos;s own duration is cleared</source>
        <translation>Komponente „%1“: die eigene Dauer einer Phase wurde entfernt</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; differs in more than its target, durations and roles</source>
        <translation>Komponente „%1“ unterscheidet sich in mehr als Ziel, Dauern und Rollen</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; is removed</source>
        <translation>Komponente „%1“ wurde entfernt</translation>
    </message>
    <message>
        <source>the dependencies differ</source>
        <translation>die Abhängigkeiten unterscheiden sich</translation>
    </message>
    <message>
        <source>the project&apos;s details differ</source>
        <translation>die Angaben zum Projekt unterscheiden sich</translation>
    </message>
    <message>
        <source>the sites differ</source>
        <translation>die Standorte unterscheiden sich</translation>
    </message>
    <message>
        <source>the catalog differs</source>
        <translation>der Katalog unterscheidet sich</translation>
    </message>
    <message>
        <source>the freezes differ</source>
        <translation>die Änderungssperren unterscheiden sich</translation>
    </message>
    <message>
        <source>the business processes differ</source>
        <translation>die Geschäftsprozesse unterscheiden sich</translation>
    </message>
    <message>
        <source>the change records differ</source>
        <translation>die Änderungsunterlagen unterscheiden sich</translation>
    </message>
</context>
<context>
    <name>SchedulerText</name>
    <message>
        <source>%1 of %2 expires on %3, before the plan ends (%4): renew it or finish earlier</source>
        <translation>%1 von %2 läuft am %3 ab, vor dem Planende (%4): erneuern Sie es oder schließen Sie früher ab</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>there is no maintenance window</source>
        <translation>es gibt kein Wartungsfenster</translation>
    </message>
    <message>
        <source>no %1 available: nobody on the staff has that role</source>
        <translation>Rolle %1 nicht verfügbar: niemand im Personal hat diese Rolle</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1; closest: %2: %3</source>
        <translation>%1; am nächsten: %2: %3</translation>
    </message>
    <message>
        <source>longest window is %1 (%2), the step needs %3 with rollback</source>
        <translation>das längste Fenster ist %1 (%2), der Schritt braucht %3 mit Rollback</translation>
    </message>
    <message>
        <source>longest window is %1, the step needs %2 with rollback</source>
        <translation>das längste Fenster ist %1, der Schritt braucht %2 mit Rollback</translation>
    </message>
    <message>
        <source>no window long enough is left after wave %1 ends (%2)</source>
        <translation>nach dem Ende von Welle %1 (%2) bleibt kein ausreichend langes Fenster</translation>
    </message>
    <message>
        <source>no window is long enough</source>
        <translation>kein Fenster ist lang genug</translation>
    </message>
    <message>
        <source>only one window long enough is left after wave %1 ends (%2)</source>
        <translation>nach dem Ende von Welle %1 (%2) bleibt nur ein ausreichend langes Fenster</translation>
    </message>
    <message>
        <source>%1 is away %2 to %3</source>
        <translation>%1 ist von %2 bis %3 abwesend</translation>
    </message>
    <message>
        <source>every window long enough overlaps a freeze (%1)</source>
        <translation>jedes ausreichend lange Fenster überschneidet sich mit einer Änderungssperre (%1)</translation>
    </message>
    <message>
        <source>every window before the freeze is full (%1)</source>
        <translation>jedes Fenster vor der Änderungssperre ist voll (%1)</translation>
    </message>
    <message>
        <source>every window outside the freeze is full (%1)</source>
        <translation>jedes Fenster außerhalb der Änderungssperre ist voll (%1)</translation>
    </message>
    <message>
        <source>no window has room for all of them</source>
        <translation>kein Fenster hat Platz für alle</translation>
    </message>
    <message>
        <source>every window after wave %1 ends (%2) is full</source>
        <translation>jedes Fenster nach dem Ende von Welle %1 (%2) ist voll</translation>
    </message>
    <message>
        <source>every window is full</source>
        <translation>jedes Fenster ist voll</translation>
    </message>
    <message>
        <source>every window overlaps a peak of %1</source>
        <translation>jedes Fenster überschneidet sich mit einer Spitzenlast von %1</translation>
    </message>
    <message>
        <source>every window is taken until too close to a peak of %1</source>
        <translation>jedes Fenster ist bis zu kurz vor einer Spitzenlast von %1 belegt</translation>
    </message>
    <message>
        <source>no %1 available: %2</source>
        <translation>Rolle %1 nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>no %1 available: busy in another lane in every window</source>
        <translation>Rolle %1 nicht verfügbar: in jedem Fenster in einer anderen Spur beschäftigt</translation>
    </message>
    <message numerus="yes">
        <source>%n in a freeze (%1)</source>
        <translation>
            <numerusform>%n in einer Änderungssperre (%1)</numerusform>
            <numerusform>%n in einer Änderungssperre (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n during a peak of %1</source>
        <translation>
            <numerusform>%n während einer Spitzenlast von %1</numerusform>
            <numerusform>%n während einer Spitzenlast von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken until too close to a peak of %1</source>
        <translation>
            <numerusform>%n bis zu kurz vor einer Spitzenlast von %1 belegt</numerusform>
            <numerusform>%n bis zu kurz vor einer Spitzenlast von %1 belegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a free %1</source>
        <translation>
            <numerusform>%n ohne freie Person mit Rolle %1</numerusform>
            <numerusform>%n ohne freie Person mit Rolle %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n full</source>
        <translation>
            <numerusform>%n voll</numerusform>
            <numerusform>%n voll</numerusform>
        </translation>
    </message>
    <message>
        <source>no window fits: %1</source>
        <translation>kein Fenster passt: %1</translation>
    </message>
    <message>
        <source>blocked in the plan: %1</source>
        <translation>im Plan blockiert: %1</translation>
    </message>
    <message>
        <source>the wave before ends %1</source>
        <translation>die vorherige Welle endet %1</translation>
    </message>
    <message>
        <source>wave %1 ends %2 with %3</source>
        <translation>Welle %1 endet %2 mit %3</translation>
    </message>
    <message>
        <source>every lane is taken until %1</source>
        <translation>jede Spur ist bis %1 belegt</translation>
    </message>
    <message>
        <source>it ends before %1</source>
        <translation>er endet vor %1</translation>
    </message>
    <message>
        <source>%1, too late for the %2 it needs before %3</source>
        <translation>%1, zu spät für die benötigten %2 vor %3</translation>
    </message>
    <message>
        <source>the window is %1, the step needs %2 with rollback</source>
        <translation>das Fenster ist %1, der Schritt braucht %2 mit Rollback</translation>
    </message>
    <message>
        <source>it falls in the freeze %1</source>
        <translation>er fällt in die Änderungssperre %1</translation>
    </message>
    <message>
        <source>its %1 from %2 would run into a peak of %3 at %4</source>
        <translation>die benötigten %1 ab %2 würden um %4 in eine Spitzenlast von %3 laufen</translation>
    </message>
    <message>
        <source>a peak of %1 lasts until %2, too late for the %3 it needs before %4</source>
        <translation>eine Spitzenlast von %1 dauert bis %2, zu spät für die benötigten %3 vor %4</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1, und %2</translation>
    </message>
    <message>
        <source>no %1 is free: %2 is away %3 to %4</source>
        <translation>Rolle %1 nicht frei: %2 ist von %3 bis %4 abwesend</translation>
    </message>
    <message>
        <source>no %1 is free: %2 is busy in another lane until %3</source>
        <translation>Rolle %1 nicht frei: %2 ist bis %3 in einer anderen Spur beschäftigt</translation>
    </message>
    <message>
        <source>every %1 is busy in another lane</source>
        <translation>alle mit Rolle %1 sind in einer anderen Spur beschäftigt</translation>
    </message>
    <message>
        <source>%1 ends before %2</source>
        <translation>%1 endet vor %2</translation>
    </message>
    <message>
        <source>%1 and the window after it end before %2</source>
        <translation>%1 und das Fenster danach enden vor %2</translation>
    </message>
    <message>
        <source>%1 and the %2 windows after it end before %3</source>
        <translation>%1 und die %2 Fenster danach enden vor %3</translation>
    </message>
    <message>
        <source>%1: for %2 in its group, %3</source>
        <translation>%1: für %2 in seiner Gruppe, %3</translation>
    </message>
    <message>
        <source>; the same in the next window</source>
        <translation>; dasselbe im nächsten Fenster</translation>
    </message>
    <message>
        <source>; the same in %1 later windows</source>
        <translation>; dasselbe in %1 späteren Fenstern</translation>
    </message>
    <message>
        <source>The project has no time zone: times are plain wall-clock times and every night is as long as the clock says.</source>
        <translation>Das Projekt hat keine Zeitzone: Zeiten sind einfache Uhrzeiten, und jede Nacht ist so lang, wie die Uhr sagt.</translation>
    </message>
    <message>
        <source>Time zone %1 is unknown: times are plain wall-clock times and every night is as long as the clock says.</source>
        <translation>Zeitzone %1 ist unbekannt: Zeiten sind einfache Uhrzeiten, und jede Nacht ist so lang, wie die Uhr sagt.</translation>
    </message>
    <message>
        <source>Group %1 spans waves %2 to %3: all its steps are placed together with wave %2.</source>
        <translation>Gruppe %1 erstreckt sich über die Wellen %2 bis %3: alle ihre Schritte werden zusammen mit Welle %2 eingeplant.</translation>
    </message>
    <message>
        <source>waits for wave %1, where %2 is unscheduled</source>
        <translation>wartet auf Welle %1, in der %2 nicht eingeplant ist</translation>
    </message>
    <message>
        <source>component %1 is not in the estate</source>
        <translation>Komponente %1 ist nicht im Bestand</translation>
    </message>
    <message>
        <source>moves with %1, whose component is not in the estate</source>
        <translation>wechselt mit %1, dessen Komponente nicht im Bestand ist</translation>
    </message>
    <message>
        <source>group %1 (%2) moves together and fits no window: %3</source>
        <translation>Gruppe %1 (%2) wechselt gemeinsam und passt in kein Fenster: %3</translation>
    </message>
</context>
<context>
    <name>ServerProject</name>
    <message>
        <source> (the password comes from ~/.pgpass or PGPASSWORD, never from the URL)</source>
        <translation> (das Passwort kommt aus ~/.pgpass oder PGPASSWORD, nie aus der URL)</translation>
    </message>
    <message>
        <source> (is the server running, and are the host and port right?)</source>
        <translation> (läuft der Server, und stimmen Host und Port?)</translation>
    </message>
    <message>
        <source> (this user may read the project but not change it; ask its owner for the right to edit)</source>
        <translation> (dieser Benutzer darf das Projekt lesen, aber nicht ändern; bitten Sie den Eigentümer um das Recht zu bearbeiten)</translation>
    </message>
    <message>
        <source>this installation cannot reach PostgreSQL: Qt&apos;s QPSQL driver is missing (Debian package libqt6sql6-psql)</source>
        <translation>diese Installation erreicht PostgreSQL nicht: Qts QPSQL-Treiber fehlt (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>keine Verbindung: %1</translation>
    </message>
    <message>
        <source>of this connection</source>
        <translation>dieser Verbindung</translation>
    </message>
    <message>
        <source>there is no project &apos;%1&apos; on this server</source>
        <translation>auf diesem Server gibt es kein Projekt „%1“</translation>
    </message>
    <message>
        <source> (it has: %1)</source>
        <translation> (vorhanden: %1)</translation>
    </message>
    <message>
        <source>not an Upgrade Planner project: %1</source>
        <translation>kein Upgrade-Planner-Projekt: %1</translation>
    </message>
    <message>
        <source>the schema %1 is not an Upgrade Planner project</source>
        <translation>das Schema %1 ist kein Upgrade-Planner-Projekt</translation>
    </message>
    <message>
        <source>the project is at schema %1, newer than this program knows (%2): it was written by a newer Upgrade Planner</source>
        <translation>das Projekt hat Schema %1, neuer als dieses Programm kennt (%2): es wurde von einem neueren Upgrade Planner geschrieben</translation>
    </message>
    <message>
        <source>the project was never finished being published (schema %1)</source>
        <translation>das Projekt wurde nie fertig veröffentlicht (Schema %1)</translation>
    </message>
    <message>
        <source>a project &apos;%1&apos; exists on this server already; publish with --replace to overwrite it</source>
        <translation>ein Projekt „%1“ gibt es auf diesem Server schon; veröffentlichen Sie mit --replace, um es zu überschreiben</translation>
    </message>
    <message>
        <source>someone else saved the project meanwhile (revision %1, this copy is of revision %2); nothing was written</source>
        <translation>jemand anderes hat das Projekt inzwischen gespeichert (Revision %1, diese Kopie ist von Revision %2); nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a role&apos;s name</source>
        <translation>„%1“ kann kein Rollenname sein</translation>
    </message>
    <message>
        <source> (this user may not create projects in this database; its administrator can allow it with GRANT CREATE ON DATABASE)</source>
        <translation> (dieser Benutzer darf in dieser Datenbank keine Projekte anlegen; ihr Administrator kann es mit GRANT CREATE ON DATABASE erlauben)</translation>
    </message>
    <message>
        <source>the project was saved again since it was published (revision %1): its history is its own now</source>
        <translation>das Projekt wurde seit der Veröffentlichung erneut gespeichert (Revision %1): sein Verlauf ist jetzt sein eigener</translation>
    </message>
    <message>
        <source>only the project&apos;s owner, %1, can grant rights on it; run grant as %1</source>
        <translation>nur der Eigentümer des Projekts, %1, kann Rechte daran vergeben; führen Sie grant als %1 aus</translation>
    </message>
    <message>
        <source>there is no role &apos;%1&apos; on this server; create it first (CREATE ROLE %1 LOGIN)</source>
        <translation>auf diesem Server gibt es keine Rolle „%1“; legen Sie sie zuerst an (CREATE ROLE %1 LOGIN)</translation>
    </message>
    <message>
        <source>%1 owns the project (or acts as its owner %2): its rights are not changed by grant</source>
        <translation>%1 besitzt das Projekt (oder handelt als sein Eigentümer %2): grant ändert dessen Rechte nicht</translation>
    </message>
    <message>
        <source>the user %1 may not read the project &apos;%2&apos;; its owner, %3, can grant it (docs/shared-projects.md)</source>
        <translation>der Benutzer %1 darf das Projekt „%2“ nicht lesen; sein Eigentümer, %3, kann es erlauben (docs/shared-projects.md)</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>not a shared project&apos;s URL: it starts with postgresql://</source>
        <translation>keine URL eines geteilten Projekts: sie beginnt mit postgresql://</translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation>keine gültige URL: %1</translation>
    </message>
    <message>
        <source>the URL carries a password; leave it out and put it in ~/.pgpass (or PGPASSWORD): a password on the command line is seen by everyone on the machine and kept in shell histories</source>
        <translation>die URL enthält ein Passwort; lassen Sie es weg und legen Sie es in ~/.pgpass (oder PGPASSWORD) ab: ein Passwort auf der Befehlszeile sieht jeder auf dem Rechner, und es bleibt im Verlauf der Shell</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>the path names the database alone: /DATABASE, not &apos;%1&apos;</source>
        <translation>der Pfad nennt nur die Datenbank: /DATENBANK, nicht „%1“</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; may not hold spaces, quotes, &apos;;&apos; or backslashes</source>
        <translation>der Wert von „%1“ darf keine Leerzeichen, Anführungszeichen, „;“ oder Backslashes enthalten</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>sslmode „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>connect_timeout &apos;%1&apos; is not a number of seconds from 1 to 3600</source>
        <translation>connect_timeout „%1“ ist keine Sekundenzahl von 1 bis 3600</translation>
    </message>
    <message>
        <source>the URL carries a password; leave it out and put it in ~/.pgpass (or PGPASSWORD)</source>
        <translation>die URL enthält ein Passwort; lassen Sie es weg und legen Sie es in ~/.pgpass (oder PGPASSWORD) ab</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (known: project, sslmode, sslrootcert, connect_timeout, application_name)</source>
        <translation>unbekannte Option „%1“ (bekannt: project, sslmode, sslrootcert, connect_timeout, application_name)</translation>
    </message>
    <message>
        <source>the URL names no project: add ?project=NAME</source>
        <translation>die URL nennt kein Projekt: ergänzen Sie ?project=NAME</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a project&apos;s name: 1 to 48 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter or digit</source>
        <translation>„%1“ kann kein Projektname sein: 1 bis 48 Buchstaben, Ziffern, „_“, „-“ oder „.“, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>cannot create an Ed25519 key: %1</source>
        <translation>Ed25519-Schlüssel kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>not a PEM key file</source>
        <translation>keine PEM-Schlüsseldatei</translation>
    </message>
    <message>
        <source>is a public key; signing needs the private key (NAME.key)</source>
        <translation>ist ein öffentlicher Schlüssel; zum Signieren wird der private Schlüssel benötigt (NAME.key)</translation>
    </message>
    <message>
        <source>is not an Ed25519 key in PKCS#8 but a &quot;%1 PRIVATE KEY&quot; (make one with &apos;upgrade-planner keygen&apos;)</source>
        <translation>ist kein Ed25519-Schlüssel in PKCS#8, sondern ein „%1 PRIVATE KEY“ (erzeugen Sie einen mit &apos;upgrade-planner keygen&apos;)</translation>
    </message>
    <message>
        <source>is encrypted and needs a passphrase</source>
        <translation>ist verschlüsselt und braucht eine Passphrase</translation>
    </message>
    <message>
        <source>damaged encrypted private key</source>
        <translation>beschädigter verschlüsselter privater Schlüssel</translation>
    </message>
    <message>
        <source>wrong passphrase (or a damaged key file)</source>
        <translation>falsche Passphrase (oder beschädigte Schlüsseldatei)</translation>
    </message>
    <message>
        <source>damaged private key</source>
        <translation>beschädigter privater Schlüssel</translation>
    </message>
    <message>
        <source>holds a &quot;%1&quot;, not a private key</source>
        <translation>enthält einen „%1“, keinen privaten Schlüssel</translation>
    </message>
    <message>
        <source>is not Ed25519 but %1: plans are signed with Ed25519 keys (make one with &apos;upgrade-planner keygen&apos;)</source>
        <translation>ist kein Ed25519, sondern %1: Pläne werden mit Ed25519-Schlüsseln signiert (erzeugen Sie einen mit &apos;upgrade-planner keygen&apos;)</translation>
    </message>
    <message>
        <source>is a private key; give the public key (NAME.pub.pem)</source>
        <translation>ist ein privater Schlüssel; geben Sie den öffentlichen Schlüssel an (NAME.pub.pem)</translation>
    </message>
    <message>
        <source>is not Ed25519 but RSA: plans are signed with Ed25519 keys</source>
        <translation>ist kein Ed25519, sondern RSA: Pläne werden mit Ed25519-Schlüsseln signiert</translation>
    </message>
    <message>
        <source>holds a &quot;%1&quot;, not a public key</source>
        <translation>enthält einen „%1“, keinen öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>damaged public key</source>
        <translation>beschädigter öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>no private key to write</source>
        <translation>kein privater Schlüssel zum Schreiben</translation>
    </message>
    <message>
        <source>cannot encode the private key: %1</source>
        <translation>privater Schlüssel kann nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>cannot encrypt the private key: %1</source>
        <translation>privater Schlüssel kann nicht verschlüsselt werden: %1</translation>
    </message>
    <message>
        <source>signing needs a private key</source>
        <translation>zum Signieren wird ein privater Schlüssel benötigt</translation>
    </message>
    <message>
        <source>cannot sign: %1</source>
        <translation>Signieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>cannot encode the public key</source>
        <translation>öffentlicher Schlüssel kann nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>StagedFiles</name>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot put in place: %1</source>
        <translation>kann nicht an seinen Platz gebracht werden: %1</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>existiert bereits</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>the wave before (or the step it waits for) had not ended</source>
        <translation>die vorherige Welle (oder der Schritt, auf den er wartet) war nicht beendet</translation>
    </message>
    <message>
        <source>the window is shorter than the step with its rollback</source>
        <translation>das Fenster ist kürzer als der Schritt mit seinem Rollback</translation>
    </message>
    <message>
        <source>the window touches a freeze</source>
        <translation>das Fenster berührt eine Änderungssperre</translation>
    </message>
    <message>
        <source>the step would overlap a peak of a process it affects</source>
        <translation>der Schritt würde eine Spitzenlast eines betroffenen Prozesses überschneiden</translation>
    </message>
    <message>
        <source>nobody with a needed role is free</source>
        <translation>niemand mit einer benötigten Rolle ist frei</translation>
    </message>
    <message>
        <source>every lane is taken until too late</source>
        <translation>jede Spur ist bis zu spät belegt</translation>
    </message>
    <message>
        <source>until %1 starts changing at %2: rolling back later means rolling it back too</source>
        <translation>bis %1 um %2 mit der Änderung beginnt: ein späterer Rollback bedeutet, auch diese zurückzurollen</translation>
    </message>
    <message>
        <source>the rollback must end by the window&apos;s end</source>
        <translation>der Rollback muss bis zum Ende des Fensters abgeschlossen sein</translation>
    </message>
    <message>
        <source>the rollback must end by the window&apos;s end (%1)</source>
        <translation>der Rollback muss bis zum Ende des Fensters abgeschlossen sein (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) %3 → %4, wave %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) %3 → %4, Welle %5</translation>
    </message>
    <message>
        <source>Window %1, lane %2 of %3</source>
        <translation>Fenster %1, Spur %2 von %3</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Rollback reserve %1 min%2, worst case ends %3</source>
        <translation>Rollback-Reserve %1 min%2, ungünstigster Fall endet %3</translation>
    </message>
    <message>
        <source> (a restore of the backup)</source>
        <translation> (eine Wiederherstellung der Sicherung)</translation>
    </message>
    <message>
        <source>Point of no return %1:</source>
        <translation>Point of no Return %1:</translation>
    </message>
    <message>
        <source>Not earlier: %1</source>
        <translation>Nicht früher: %1</translation>
    </message>
    <message>
        <source>Not earlier: %1 turned it down: %2</source>
        <translation>Nicht früher: %1 hat es abgelehnt: %2</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Personal: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 → %3: not scheduled</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 → %3: nicht eingeplant</translation>
    </message>
    <message>
        <source> (wave %1)</source>
        <translation> (Welle %1)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Closest window: %1</source>
        <translation>Nächstes Fenster: %1</translation>
    </message>
    <message>
        <source>, where %1</source>
        <translation>, wobei %1</translation>
    </message>
    <message>
        <source>No window came close.</source>
        <translation>Kein Fenster kam nahe.</translation>
    </message>
    <message>
        <source>Waited for wave %1 to end</source>
        <translation>Auf das Ende von Welle %1 gewartet</translation>
    </message>
    <message>
        <source>, last with %1</source>
        <translation>, zuletzt mit %1</translation>
    </message>
    <message>
        <source>Waited for %1</source>
        <translation>Auf %1 gewartet</translation>
    </message>
</context>
<context>
    <name>UpgradeOrdering</name>
    <message>
        <source> (support of %1 %2 has ended%3: passed through, not kept)</source>
        <translation> (Support von %1 %2 ist beendet%3: durchlaufen, nicht beibehalten)</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> am %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>required stop: the catalog says upgrades of %1 must pass through %2</source>
        <translation>Pflichtzwischenstufe: laut Katalog müssen Upgrades von %1 über %2 laufen</translation>
    </message>
    <message>
        <source>waits until its neighbours allow it: %1</source>
        <translation>wartet, bis seine Nachbarn es zulassen: %1</translation>
    </message>
    <message>
        <source>after %1 (dependencies first)</source>
        <translation>nach %1 (Abhängigkeiten zuerst)</translation>
    </message>
    <message>
        <source>nothing it depends on changes before it</source>
        <translation>nichts, wovon es abhängt, ändert sich vorher</translation>
    </message>
    <message>
        <source>stepping stone: going straight to %1 would break: %2</source>
        <translation>Zwischenversion: ein direkter Wechsel auf %1 würde brechen: %2</translation>
    </message>
    <message>
        <source>no order of single steps works: %1</source>
        <translation>keine Reihenfolge einzelner Schritte funktioniert: %1</translation>
    </message>
    <message>
        <source>moves together with %1 (group %2)</source>
        <translation>wechselt zusammen mit %1 (Gruppe %2)</translation>
    </message>
    <message>
        <source>pinned after %1, which cannot finish its upgrade</source>
        <translation>soll nach %1 kommen, das sein Upgrade nicht abschließen kann</translation>
    </message>
    <message>
        <source>cannot move from %1 to %2: %3</source>
        <translation>kann nicht von %1 auf %2 wechseln: %3</translation>
    </message>
    <message>
        <source>pin names %1, which is not a component</source>
        <translation>Vorgabe nennt %1, das keine Komponente ist</translation>
    </message>
    <message>
        <source>%1 has no upgrade to pin</source>
        <translation>%1 hat kein Upgrade für eine Vorgabe</translation>
    </message>
    <message>
        <source>pinned after %1, which is not a component</source>
        <translation>soll nach %1 kommen, das keine Komponente ist</translation>
    </message>
    <message>
        <source>pinned to wave %1, but its first step can only come in wave %2: %3</source>
        <translation>auf Welle %1 festgelegt, aber sein erster Schritt kann erst in Welle %2 kommen: %3</translation>
    </message>
    <message>
        <source>the steps it depends on come first</source>
        <translation>die Schritte, von denen es abhängt, kommen zuerst</translation>
    </message>
    <message>
        <source>the pin after %1 makes the plan impossible: %2</source>
        <translation>die Vorgabe nach %1 macht den Plan unmöglich: %2</translation>
    </message>
    <message>
        <source>target %1 is below the current version %2: a downgrade is not an upgrade path</source>
        <translation>Ziel %1 liegt unter der aktuellen Version %2: ein Downgrade ist kein Upgrade-Pfad</translation>
    </message>
    <message>
        <source>the plan would hold more than %1 steps, the most it may (docs/limits.md): this upgrade takes %2 (one per required stop it passes), the upgrades before it the rest</source>
        <translation>der Plan hätte mehr als %1 Schritte, das Höchstmaß (docs/limits.md): dieses Upgrade braucht %2 (einen je Pflicht-Zwischenstand, den es durchläuft), die Upgrades davor den Rest</translation>
    </message>
</context>
<context>
    <name>Version</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: number &apos;%2&apos; is too long</source>
        <translation>„%1“: Zahl „%2“ ist zu lang</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unexpected character &apos;%2&apos; at position %3</source>
        <translation>„%1“: unerwartetes Zeichen „%2“ an Position %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no digits or letters</source>
        <translation>„%1“ hat keine Ziffern oder Buchstaben</translation>
    </message>
    <message>
        <source>&apos;%1...&apos; is %2 characters long, more than the %3 a version may have</source>
        <translation>„%1...“ ist %2 Zeichen lang, mehr als die %3, die eine Version haben darf</translation>
    </message>
</context>
<context>
    <name>VersionRange</name>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: must start with a number</source>
        <translation>„%1“: muss mit einer Zahl beginnen</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a wildcard may only stand at the end</source>
        <translation>„%1“: ein Platzhalter darf nur am Ende stehen</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: empty alternative around &apos;||&apos;</source>
        <translation>„%1“: leere Alternative um „||“</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: operator &apos;%2&apos; has no version</source>
        <translation>„%1“: Operator „%2“ hat keine Version</translation>
    </message>
    <message>
        <source>&apos;%1...&apos; is %2 characters long, more than the %3 a version range may have</source>
        <translation>„%1...“ ist %2 Zeichen lang, mehr als die %3, die ein Versionsbereich haben darf</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Security</source>
        <comment>change reason</comment>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Bug fix</source>
        <comment>change reason</comment>
        <translation>Fehlerbehebung</translation>
    </message>
    <message>
        <source>Compliance</source>
        <comment>change reason</comment>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>End of support</source>
        <comment>change reason</comment>
        <translation>Supportende</translation>
    </message>
    <message>
        <source>Performance</source>
        <comment>change reason</comment>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>New features</source>
        <comment>change reason</comment>
        <translation>Neue Funktionen</translation>
    </message>
    <message>
        <source>Hardware</source>
        <comment>change reason</comment>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Integration</source>
        <comment>change reason</comment>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>change reason</comment>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Emergency</source>
        <comment>urgency</comment>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Urgent</source>
        <comment>urgency</comment>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>urgency</comment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Deferrable</source>
        <comment>urgency</comment>
        <translation>Aufschiebbar</translation>
    </message>
    <message>
        <source>Parameter</source>
        <comment>configuration kind</comment>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <comment>configuration kind</comment>
        <translation>Routing-Regel</translation>
    </message>
    <message>
        <source>Permission</source>
        <comment>configuration kind</comment>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Integration key</source>
        <comment>configuration kind</comment>
        <translation>Integrationsschlüssel</translation>
    </message>
    <message>
        <source>Scheduled job</source>
        <comment>configuration kind</comment>
        <translation>Geplanter Job</translation>
    </message>
    <message>
        <source>Service account</source>
        <comment>configuration kind</comment>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>Firewall rule</source>
        <comment>configuration kind</comment>
        <translation>Firewall-Regel</translation>
    </message>
    <message>
        <source>Certificate</source>
        <comment>configuration kind</comment>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Custom script</source>
        <comment>configuration kind</comment>
        <translation>Eigenes Skript</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>configuration kind</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Before the step</source>
        <comment>backup taken</comment>
        <translation>Vor dem Schritt</translation>
    </message>
    <message>
        <source>Before the window</source>
        <comment>backup taken</comment>
        <translation>Vor dem Fenster</translation>
    </message>
    <message>
        <source>Nightly</source>
        <comment>backup taken</comment>
        <translation>Nächtlich</translation>
    </message>
    <message>
        <source>Continuous</source>
        <comment>backup taken</comment>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <comment>process category</comment>
        <translation>Notfalldienste</translation>
    </message>
    <message>
        <source>Payments</source>
        <comment>process category</comment>
        <translation>Zahlungsverkehr</translation>
    </message>
    <message>
        <source>Production control</source>
        <comment>process category</comment>
        <translation>Produktionssteuerung</translation>
    </message>
    <message>
        <source>Public service</source>
        <comment>process category</comment>
        <translation>Öffentlicher Dienst</translation>
    </message>
    <message>
        <source>Before</source>
        <comment>message sent before or after</comment>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <comment>message sent before or after</comment>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>None</source>
        <comment>rolled back</comment>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Partly</source>
        <comment>rolled back</comment>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Fully</source>
        <comment>rolled back</comment>
        <translation>Vollständig</translation>
    </message>
</context>
<context>
    <name>WorkWithProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan IT estate upgrades without breaking what must stay up.</source>
        <translation>IT-Bestand aktualisieren, ohne zu beschädigen, was laufen muss.</translation>
    </message>
    <message>
        <source>A project (.uplan) or an estate (.json) to open.</source>
        <translation>Ein Projekt (.uplan) oder ein Bestand (.json) zum Öffnen.</translation>
    </message>
</context>
<context>
    <name>planner::AboutDialog</name>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Upgrade Planner</source>
        <translation>Über Upgrade Planner</translation>
    </message>
    <message>
        <source>Upgrade Planner %1</source>
        <translation>Upgrade Planner %1</translation>
    </message>
    <message>
        <source>Plans IT estate upgrades without breaking what must stay up: compatibility, upgrade order and maintenance windows.</source>
        <translation>Plant Upgrades des IT-Bestands, ohne zu beschädigen, was laufen muss: Kompatibilität, Upgrade-Reihenfolge und Wartungsfenster.</translation>
    </message>
    <message>
        <source>Free software under the %1 (SPDX: GPL-3.0-or-later). You may share and change it under its terms; it comes with no warranty.</source>
        <translation>Freie Software unter der %1 (SPDX: GPL-3.0-or-later). Sie dürfen sie unter deren Bedingungen weitergeben und ändern; sie wird ohne Gewährleistung geliefert.</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU General Public License, Version 3 oder später</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>End-of-support dates come from %1, © endoflife.date contributors, under the MIT licence: %2 products, data as of %3 (the newest release it lists). Dates in a project&apos;s own catalog take precedence.</source>
        <translation>Supportende-Daten stammen von %1, © endoflife.date-Mitwirkende, unter der MIT-Lizenz: %2 Produkte, Datenstand %3 (das neueste aufgeführte Release). Daten im eigenen Katalog eines Projekts haben Vorrang.</translation>
    </message>
    <message>
        <source>Third-party software and fonts</source>
        <translation>Software und Schriften von Drittanbietern</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>windows, drawing, storage</source>
        <translation>Fenster, Zeichnen, Speicherung</translation>
    </message>
    <message>
        <source>graph algorithms</source>
        <translation>Graphalgorithmen</translation>
    </message>
    <message>
        <source>signatures and hashes of plans</source>
        <translation>Signaturen und Hashes von Plänen</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>DejaVu-Schriften</translation>
    </message>
    <message>
        <source>DejaVu fonts licence (free, Bitstream Vera based)</source>
        <translation>Lizenz der DejaVu-Schriften (frei, basierend auf Bitstream Vera)</translation>
    </message>
    <message>
        <source>the graph and the plan PDF, from the system</source>
        <translation>der Graph und das Plan-PDF, vom System</translation>
    </message>
    <message>
        <source>The endoflife.date licence (MIT)</source>
        <translation>Die endoflife.date-Lizenz (MIT)</translation>
    </message>
</context>
<context>
    <name>planner::AbsenceList</name>
    <message>
        <source>Add days away</source>
        <translation>Abwesenheit hinzufügen</translation>
    </message>
    <message>
        <source>First day away</source>
        <translation>Erster Abwesenheitstag</translation>
    </message>
    <message>
        <source>Last day away</source>
        <translation>Letzter Abwesenheitstag</translation>
    </message>
    <message>
        <source>Remove these days away</source>
        <translation>Diese Abwesenheit entfernen</translation>
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
        <translation>beliebige Version, oder z. B. &gt;=12 &lt;17, ^5.1, 4.x</translation>
    </message>
    <message>
        <source>A dependency says that one component needs another to run, optionally at certain versions.</source>
        <translation>Eine Abhängigkeit besagt, dass eine Komponente eine andere zum Laufen braucht, optional in bestimmten Versionen.</translation>
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
        <translation>Der Bestand braucht mindestens zwei Komponenten.</translation>
    </message>
    <message>
        <source>A component cannot depend on itself.</source>
        <translation>Eine Komponente kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>Give the dependency a type, such as “uses”.</source>
        <translation>Geben Sie der Abhängigkeit einen Typ, etwa „uses“.</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Versionen: %1</translation>
    </message>
    <message>
        <source>%1 already %2 %3.</source>
        <translation>Es gibt bereits „%1 %2 %3“.</translation>
    </message>
</context>
<context>
    <name>planner::ApprovalTableModel</name>
    <message>
        <source>(unreadable: %1)</source>
        <translation>(unlesbar: %1)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256 of the public key):
%1</source>
        <translation>Schlüssel-Fingerabdruck (SHA-256 des öffentlichen Schlüssels):
%1</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>The record, its signature and its public key are intact and name this plan.</source>
        <translation>Der Datensatz, seine Signatur und sein öffentlicher Schlüssel sind intakt und nennen diesen Plan.</translation>
    </message>
    <message>
        <source>An invalid approval is not checked against the trusted keys.</source>
        <translation>Eine ungültige Genehmigung wird nicht gegen die vertrauenswürdigen Schlüssel geprüft.</translation>
    </message>
    <message>
        <source>No trusted keys are listed: anyone holding a key could have signed. Add the approvers&apos; public keys (.pub.pem) to check who signed.</source>
        <translation>Es sind keine vertrauenswürdigen Schlüssel hinterlegt: jeder mit einem Schlüssel könnte signiert haben. Fügen Sie die öffentlichen Schlüssel der Genehmigenden (.pub.pem) hinzu, um zu prüfen, wer signiert hat.</translation>
    </message>
    <message>
        <source>Its key is one of the trusted keys.</source>
        <translation>Sein Schlüssel ist einer der vertrauenswürdigen Schlüssel.</translation>
    </message>
    <message>
        <source>Its key is not among the trusted keys: it does not count toward roles and quorum.</source>
        <translation>Sein Schlüssel gehört nicht zu den vertrauenswürdigen Schlüsseln: er zählt nicht für Rollen und Quorum.</translation>
    </message>
    <message>
        <source>Approval %1</source>
        <translation>Genehmigung %1</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
</context>
<context>
    <name>planner::BackupTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Aufbewahrt in</translation>
    </message>
    <message>
        <source>Kept (days)</source>
        <translation>Aufbewahrt (Tage)</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last restore test</source>
        <translation>Letzter Wiederherstellungstest</translation>
    </message>
    <message>
        <source>Restore (min)</source>
        <translation>Wiederherstellung (min)</translation>
    </message>
    <message>
        <source>before-step, before-window, nightly or continuous</source>
        <translation>before-step, before-window, nightly oder continuous</translation>
    </message>
    <message>
        <source>The last time a restore from this backup was proven; empty: never</source>
        <translation>Wann eine Wiederherstellung aus dieser Sicherung zuletzt nachgewiesen wurde; leer: nie</translation>
    </message>
    <message>
        <source>How long that restore took: it must fit the step&apos;s rollback reserve</source>
        <translation>Wie lange diese Wiederherstellung gedauert hat: sie muss in die Rollback-Reserve des Schritts passen</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be read here.</source>
        <translation>%1: „%2“ kann hier nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>planner::BackupsPage</name>
    <message>
        <source>Only components with an upgrade</source>
        <translation>Nur Komponenten mit Upgrade</translation>
    </message>
    <message>
        <source>Every moving component has a backup with a recent, fast enough restore test.</source>
        <translation>Jede zu aktualisierende Komponente hat eine Sicherung mit einem aktuellen, ausreichend schnellen Wiederherstellungstest.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b35c00&apos;&gt;%n backup cannot be relied on:&lt;/span&gt; </source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b35c00&apos;&gt;%n Sicherung ist nicht verlässlich:&lt;/span&gt; </numerusform>
            <numerusform>&lt;span style=&apos;color:#b35c00&apos;&gt;%n Sicherungen sind nicht verlässlich:&lt;/span&gt; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b35c00&apos;&gt;%n backups cannot be relied on:&lt;/span&gt; </source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b35c00&apos;&gt;%n Sicherung ist nicht verlässlich:&lt;/span&gt; </numerusform>
            <numerusform>&lt;span style=&apos;color:#b35c00&apos;&gt;%n Sicherungen sind nicht verlässlich:&lt;/span&gt; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How each component is backed up and when a restore from that backup was last proven. A step whose restore was never tested, was tested more than %n day(s) before the plan starts, or takes longer than the step&apos;s rollback reserve is a risk.</source>
        <translation>
            <numerusform>Wie jede Komponente gesichert wird und wann eine Wiederherstellung aus dieser Sicherung zuletzt nachgewiesen wurde. Ein Schritt, dessen Wiederherstellung nie getestet wurde, mehr als %n Tag vor dem Planstart getestet wurde oder länger dauert als die Rückfallreserve des Schritts, ist ein Risiko.</numerusform>
            <numerusform>Wie jede Komponente gesichert wird und wann eine Wiederherstellung aus dieser Sicherung zuletzt nachgewiesen wurde. Ein Schritt, dessen Wiederherstellung nie getestet wurde, mehr als %n Tage vor dem Planstart getestet wurde oder länger dauert als die Rückfallreserve des Schritts, ist ein Risiko.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::CalendarEditor</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Weekly repeats</source>
        <translation>Wöchentl. Wiederholungen</translation>
    </message>
    <message>
        <source>Parallel steps</source>
        <translation>Parallele Schritte</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Uses components</source>
        <translation>Nutzt Komponenten</translation>
    </message>
    <message>
        <source>User groups</source>
        <translation>Benutzergruppen</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Longest outage (min)</source>
        <translation>Längster Ausfall (min)</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>Prozess-Id</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Roles (comma separated)</source>
        <translation>Rollen (kommagetrennt)</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>Abwesenheiten</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Freezes</source>
        <translation>Änderungssperren</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation>Spitzenlasten</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Emergency, payment, production-control and public-service processes get the stricter readiness list</source>
        <translation>Notfall-, Zahlungs-, Produktionssteuerungs- und öffentliche Dienstprozesse erhalten die strengere Bereitschaftsliste</translation>
    </message>
    <message>
        <source>The components the process relies on, by id, separated by commas; what they depend on is found through the graph</source>
        <translation>Die Komponenten, auf die sich der Prozess stützt, als Ids durch Kommas getrennt; wovon sie abhängen, wird über den Graphen ermittelt</translation>
    </message>
    <message>
        <source>Who uses the process, separated by commas: they are the audience of the messages</source>
        <translation>Wer den Prozess nutzt, durch Kommas getrennt: sie sind die Empfänger der Mitteilungen</translation>
    </message>
    <message>
        <source>Customers outside the organisation use the process</source>
        <translation>Kunden außerhalb der Organisation nutzen den Prozess</translation>
    </message>
    <message>
        <source>The longest outage the service level allows, in minutes; empty: not stated</source>
        <translation>Der längste Ausfall, den das Service-Level erlaubt, in Minuten; leer: nicht angegeben</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>New freeze</source>
        <translation>Neue Änderungssperre</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Neuer Prozess</translation>
    </message>
    <message>
        <source>there is no business process yet to give a peak to</source>
        <translation>es gibt noch keinen Geschäftsprozess, dem eine Spitzenlast zugeordnet werden kann</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>cannot read the start &quot;%1&quot;; write it as 2027-01-16 22:00</source>
        <translation>der Beginn „%1“ kann nicht gelesen werden; schreiben Sie ihn als 2027-01-16 22:00</translation>
    </message>
    <message>
        <source>cannot read the end &quot;%1&quot;; write it as 2027-01-17 04:00</source>
        <translation>das Ende „%1“ kann nicht gelesen werden; schreiben Sie es als 2027-01-17 04:00</translation>
    </message>
    <message>
        <source>cannot read the days; write them as 2027-03-25</source>
        <translation>die Tage können nicht gelesen werden; schreiben Sie sie als 2027-03-25</translation>
    </message>
    <message>
        <source>the criticality &quot;%1&quot; is not one of %2</source>
        <translation>die Kritikalität „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>the longest outage &quot;%1&quot; must be a whole number of minutes, or empty</source>
        <translation>der längste Ausfall „%1“ muss eine ganze Zahl von Minuten oder leer sein</translation>
    </message>
    <message>
        <source>there is no business process &quot;%1&quot;</source>
        <translation>es gibt keinen Geschäftsprozess „%1“</translation>
    </message>
    <message>
        <source>cannot read the days &quot;%1&quot;; write e.g. Mon-Fri or Sat,Sun</source>
        <translation>die Tage „%1“ können nicht gelesen werden; schreiben Sie z. B. Mon-Fri oder Sat,Sun</translation>
    </message>
    <message>
        <source>cannot read the hours; write them as 08:00</source>
        <translation>die Uhrzeiten können nicht gelesen werden; schreiben Sie sie als 08:00</translation>
    </message>
    <message>
        <source>cannot read the days away &quot;%1&quot;; write 2027-01-15..2027-01-20</source>
        <translation>die Abwesenheit „%1“ kann nicht gelesen werden; schreiben Sie 2027-01-15..2027-01-20</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>weekly repeats must be a whole number</source>
        <translation>wöchentliche Wiederholungen müssen eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>parallel steps must be a whole number</source>
        <translation>parallele Schritte müssen eine ganze Zahl sein</translation>
    </message>
</context>
<context>
    <name>planner::ChangePanel</name>
    <message>
        <source>Readiness &amp; risk</source>
        <translation>Bereitschaft &amp; Risiko</translation>
    </message>
    <message>
        <source>Business impact</source>
        <translation>Geschäftsauswirkung</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>What must survive the upgrade, per component: parameters, routing rules, permissions, integration keys, jobs, service accounts, firewall rules, certificates, scripts. Orange: not backed up. Red: expires before the plan ends.</source>
        <translation>Was das Upgrade überstehen muss, pro Komponente: Parameter, Routing-Regeln, Berechtigungen, Integrationsschlüssel, Jobs, Dienstkonten, Firewall-Regeln, Zertifikate, Skripte. Orange: nicht gesichert. Rot: läuft vor dem Planende ab.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Rollback plans</source>
        <translation>Rollback-Pläne</translation>
    </message>
    <message>
        <source>How each step is undone: what starts a rollback, who decides, what is restored, how long it takes, which data may be lost, and whether after the migration only a forward repair is possible.</source>
        <translation>Wie jeder Schritt rückgängig gemacht wird: was einen Rollback auslöst, wer entscheidet, was wiederhergestellt wird, wie lange es dauert, welche Daten verloren gehen können und ob nach der Migration nur eine Vorwärtsreparatur möglich ist.</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Piloten</translation>
    </message>
    <message>
        <source>What was tried before production: where, on which representative devices, by which roles, with which data flows, and what it showed.</source>
        <translation>Was vor der Produktion erprobt wurde: wo, auf welchen repräsentativen Geräten, von welchen Rollen, mit welchen Datenflüssen und was sich gezeigt hat.</translation>
    </message>
    <message>
        <source>Acceptance checks</source>
        <translation>Abnahmeprüfungen</translation>
    </message>
    <message>
        <source>Checks defined before the upgrade and run after it, for one step or for a whole window, each with the result that passes. Core functions are checked first; include a review of the logs.</source>
        <translation>Prüfungen, die vor dem Upgrade festgelegt und danach ausgeführt werden, für einen Schritt oder ein ganzes Fenster, jeweils mit dem Ergebnis, das als bestanden gilt. Kernfunktionen werden zuerst geprüft; planen Sie eine Prüfung der Logs ein.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mitteilungen</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>What is watched after the release, against which baseline, and for how long (hours up to a business cycle: 168 h is a week).</source>
        <translation>Was nach dem Release beobachtet wird, gegen welchen Ausgangswert und wie lange (Stunden bis zu einem Geschäftszyklus: 168 h sind eine Woche).</translation>
    </message>
    <message>
        <source>Upgrade record</source>
        <translation>Upgrade-Protokoll</translation>
    </message>
    <message>
        <source>Planned vs actual</source>
        <translation>Plan vs. Ist</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Ready for approval&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;Bereit zur Genehmigung&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#d32f2f&apos;&gt;Not ready: %n item missing&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#d32f2f&apos;&gt;Nicht bereit: %n Eintrag fehlt&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#d32f2f&apos;&gt;Nicht bereit: %n Einträge fehlen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#d32f2f&apos;&gt;Not ready: %n items missing&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#d32f2f&apos;&gt;Nicht bereit: %n Eintrag fehlt&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#d32f2f&apos;&gt;Nicht bereit: %n Einträge fehlen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · risk score %1 (%2) · review path: %3 · %n step affects business processes</source>
        <translation>
            <numerusform> · Risikowert %1 (%2) · Prüfweg: %3 · %n Schritt betrifft Geschäftsprozesse</numerusform>
            <numerusform> · Risikowert %1 (%2) · Prüfweg: %3 · %n Schritte betreffen Geschäftsprozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · risk score %1 (%2) · review path: %3 · %n steps affect business processes</source>
        <translation>
            <numerusform> · Risikowert %1 (%2) · Prüfweg: %3 · %n Schritt betrifft Geschäftsprozesse</numerusform>
            <numerusform> · Risikowert %1 (%2) · Prüfweg: %3 · %n Schritte betreffen Geschäftsprozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> &lt;i&gt;(analysing…)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(Analyse läuft…)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Readiness &amp; risk (%1)</source>
        <translation>Bereitschaft &amp; Risiko (%1)</translation>
    </message>
</context>
<context>
    <name>planner::Changes</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 has no backup recorded: nothing to restore if the step fails</source>
        <translation>für %1 ist keine Sicherung erfasst: nichts wiederherzustellen, wenn der Schritt fehlschlägt</translation>
    </message>
    <message>
        <source>the restore of %1&apos;s backup (%2) was never tested</source>
        <translation>die Wiederherstellung der Sicherung von %1 (%2) wurde nie getestet</translation>
    </message>
    <message>
        <source>no method given</source>
        <translation>keine Methode angegeben</translation>
    </message>
    <message>
        <source>the restore of %1&apos;s backup was last tested on %2, %3 days before the plan starts (more than %4)</source>
        <translation>die Wiederherstellung der Sicherung von %1 wurde zuletzt am %2 getestet, %3 Tage vor Planbeginn (mehr als %4)</translation>
    </message>
    <message>
        <source>the restore of %1 takes %2, longer than the step&apos;s rollback reserve of %3</source>
        <translation>die Wiederherstellung von %1 dauert %2, länger als die Rollback-Reserve des Schritts von %3</translation>
    </message>
    <message>
        <source>the project gives no reason for the change (security, end-of-support, compliance...)</source>
        <translation>das Projekt nennt keinen Grund für die Änderung (Sicherheit, Supportende, Compliance...)</translation>
    </message>
    <message>
        <source>the project states no purpose: what the change is meant to achieve</source>
        <translation>das Projekt nennt keinen Zweck: was die Änderung erreichen soll</translation>
    </message>
    <message>
        <source>the project states no urgency, so the review path cannot be chosen</source>
        <translation>das Projekt nennt keine Dringlichkeit, daher kann der Prüfweg nicht gewählt werden</translation>
    </message>
    <message>
        <source>no business processes are recorded: nobody can say whom the change affects</source>
        <translation>es sind keine Geschäftsprozesse erfasst: niemand kann sagen, wen die Änderung betrifft</translation>
    </message>
    <message>
        <source>user groups</source>
        <translation>Benutzergruppen</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>process %1 is affected but its %2 %3 not recorded</source>
        <translation>Prozess %1 ist betroffen, aber %2 %3 nicht erfasst</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>are</source>
        <translation>sind</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>%1 has no backup recorded: method, location, retention and when it is taken</source>
        <translation>für %1 ist keine Sicherung erfasst: Methode, Ort, Aufbewahrung und Zeitpunkt</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>who decides</source>
        <translation>wer entscheidet</translation>
    </message>
    <message>
        <source>what is restored</source>
        <translation>was wiederhergestellt wird</translation>
    </message>
    <message>
        <source>the rollback plan of %1 does not say %2</source>
        <translation>der Rollback-Plan von %1 nennt nicht: %2</translation>
    </message>
    <message>
        <source>%1 has no rollback plan: triggers, who decides, what is restored, how long it takes</source>
        <translation>%1 hat keinen Rollback-Plan: Auslöser, wer entscheidet, was wiederhergestellt wird, wie lange es dauert</translation>
    </message>
    <message>
        <source>no acceptance check is defined for %1: nobody can say it works after the upgrade</source>
        <translation>für %1 ist keine Abnahmeprüfung festgelegt: niemand kann sagen, ob es nach dem Upgrade funktioniert</translation>
    </message>
    <message>
        <source>no monitoring is planned for %1 after the release: metric, baseline, how long</source>
        <translation>für %1 ist nach dem Release keine Überwachung geplant: Metrik, Ausgangswert, Dauer</translation>
    </message>
    <message>
        <source>no configuration inventory is recorded for %1: parameters, accounts, certificates... that must survive the upgrade</source>
        <translation>für %1 ist kein Konfigurationsinventar erfasst: Parameter, Konten, Zertifikate..., die das Upgrade überstehen müssen</translation>
    </message>
    <message>
        <source>%1 of %2 (%3) is not backed up</source>
        <translation>%1 von %2 (%3) ist nicht gesichert</translation>
    </message>
    <message>
        <source>%1 (%2, allowed %3)</source>
        <translation>%1 (%2, erlaubt %3)</translation>
    </message>
    <message>
        <source>the step of %1 stops processes longer than their service level allows: %2</source>
        <translation>der Schritt von %1 unterbricht Prozesse länger, als ihr Service-Level erlaubt: %2</translation>
    </message>
    <message>
        <source>it affects a process of a stricter category</source>
        <translation>er betrifft einen Prozess einer strengeren Kategorie</translation>
    </message>
    <message>
        <source>it is of %1 criticality</source>
        <translation>er hat die Kritikalität %1</translation>
    </message>
    <message>
        <source>%1 needs a pilot before production (%2): none is recorded</source>
        <translation>%1 braucht einen Piloten vor der Produktion (%2): keiner erfasst</translation>
    </message>
    <message>
        <source>the pilot of %1 did not pass: %2</source>
        <translation>der Pilot von %1 ist nicht bestanden: %2</translation>
    </message>
    <message>
        <source>no message tells the affected users before window %1</source>
        <translation>keine Mitteilung informiert die betroffenen Benutzer vor Fenster %1</translation>
    </message>
    <message>
        <source>no message tells the affected users after window %1</source>
        <translation>keine Mitteilung informiert die betroffenen Benutzer nach Fenster %1</translation>
    </message>
    <message>
        <source>%1 is of %2 criticality</source>
        <translation>%1 hat die Kritikalität %2</translation>
    </message>
    <message>
        <source>the step of %1 cannot be undone: only a restore of the backup brings the old version back</source>
        <translation>der Schritt von %1 kann nicht rückgängig gemacht werden: nur eine Wiederherstellung der Sicherung bringt die alte Version zurück</translation>
    </message>
    <message>
        <source>nobody on the staff holds the role %1 that %2 needs</source>
        <translation>niemand im Personal hat die Rolle %1, die %2 braucht</translation>
    </message>
    <message>
        <source>only %1 holds the role %2 that %3 needs: nobody stands in</source>
        <translation>nur %1 hat die Rolle %2, die %3 braucht: niemand vertritt</translation>
    </message>
    <message>
        <source>intermediate state: %1</source>
        <translation>Zwischenzustand: %1</translation>
    </message>
    <message>
        <source>only %1 left in %2 after the rollback reserve of %3 (less than %4)</source>
        <translation>nur %1 in %2 nach der Rollback-Reserve von %3 übrig (weniger als %4)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 affects %2</source>
        <translation>%1 betrifft %2</translation>
    </message>
    <message>
        <source>%1 changes major version: %2 -&gt; %3</source>
        <translation>%1 wechselt die Hauptversion: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>An emergency security fix: the short (emergency) change path, with the approval of the change manager and the record completed afterwards.</source>
        <translation>Ein Sicherheits-Notfallfix: der kurze (Notfall-)Änderungsweg, mit Genehmigung des Change Managers und nachträglich vervollständigtem Datensatz.</translation>
    </message>
    <message>
        <source>Its risk is high: keep the rollback ready and watch it closely.</source>
        <translation>Das Risiko ist hoch: halten Sie den Rollback bereit und beobachten Sie genau.</translation>
    </message>
    <message>
        <source>The risk is high: a pilot on representative systems first, then a staged deployment, approved by the change board.</source>
        <translation>Das Risiko ist hoch: zuerst ein Pilot auf repräsentativen Systemen, dann eine gestaffelte Einführung, genehmigt vom Change Advisory Board.</translation>
    </message>
    <message>
        <source>A major version changes: a pilot on representative systems first, then a staged deployment, approved by the change board.</source>
        <translation>Eine Hauptversion ändert sich: zuerst ein Pilot auf repräsentativen Systemen, dann eine gestaffelte Einführung, genehmigt vom Change Advisory Board.</translation>
    </message>
    <message>
        <source>The normal change board: the risk is %1 and no major version changes.</source>
        <translation>Das normale Change Advisory Board: das Risiko ist %1 und keine Hauptversion ändert sich.</translation>
    </message>
    <message>
        <source>low</source>
        <comment>risk level</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>risk level</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <comment>risk level</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <source>emergency</source>
        <comment>review path</comment>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>pilot</source>
        <comment>review path</comment>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>standard</source>
        <comment>review path</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Restore test</source>
        <translation>Wiederherstellungstest</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>Acceptance checks</source>
        <translation>Abnahmeprüfungen</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Business impact</source>
        <translation>Geschäftsauswirkung</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Cannot be undone</source>
        <translation>Nicht umkehrbar</translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>Keine Sicherung</translation>
    </message>
    <message>
        <source>Restore never tested</source>
        <translation>Wiederherstellung nie getestet</translation>
    </message>
    <message>
        <source>Restore test too old</source>
        <translation>Wiederherstellungstest zu alt</translation>
    </message>
    <message>
        <source>Restore too slow</source>
        <translation>Wiederherstellung zu langsam</translation>
    </message>
    <message>
        <source>Conflict on the way</source>
        <translation>Konflikt unterwegs</translation>
    </message>
    <message>
        <source>No second person</source>
        <translation>Keine Vertretung</translation>
    </message>
    <message>
        <source>Little time to spare</source>
        <translation>Wenig Zeitreserve</translation>
    </message>
    <message>
        <source>Sensitive business process</source>
        <translation>Sensibler Geschäftsprozess</translation>
    </message>
    <message>
        <source>Major version change</source>
        <translation>Hauptversionswechsel</translation>
    </message>
    <message>
        <source>%1 then runs in %2</source>
        <translation>%1 läuft dann in %2</translation>
    </message>
    <message>
        <source>Plan %1&apos;s %2 phase %3 shorter (%4 instead of %5): %6</source>
        <translation>Die Phase %2 von %1 um %3 kürzer planen (%4 statt %5): %6</translation>
    </message>
    <message>
        <source>Make %1 %2 longer, to end at %3: %4</source>
        <translation>%1 um %2 verlängern, sodass es um %3 endet: %4</translation>
    </message>
    <message>
        <source>Let %1 run %2 steps at once instead of %3: %4</source>
        <translation>%1 %2 Schritte gleichzeitig ausführen lassen statt %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>Repeat window %1 for %n more week(s), until %2: %3</source>
        <translation>
            <numerusform>Wartungsfenster %1 für %n weitere Woche wiederholen, bis %2: %3</numerusform>
            <numerusform>Wartungsfenster %1 für %n weitere Wochen wiederholen, bis %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Give %1 the role %2: %3</source>
        <translation>%1 die Rolle %2 geben: %3</translation>
    </message>
    <message>
        <source>New %1 (to be named)</source>
        <translation>Neu: %1 (Name folgt)</translation>
    </message>
    <message>
        <source>Add a person with the role %1 to the staff: %2</source>
        <translation>Dem Personal eine Person mit der Rolle %1 hinzufügen: %2</translation>
    </message>
    <message>
        <source>Stop %1 at %2 for now, a stepping stone towards %3 (the rest of the way in a later plan): it then runs in %4</source>
        <translation>%1 vorerst bei %2 anhalten, als Zwischenversion auf dem Weg zu %3 (der restliche Weg in einem späteren Plan): es läuft dann in %4</translation>
    </message>
    <message>
        <source>Stop %1 at %2 for now instead of %3, a stepping stone: the requirement then holds and no other error appears</source>
        <translation>%1 vorerst bei %2 statt %3 anhalten, als Zwischenversion: die Anforderung ist dann erfüllt und kein anderer Fehler tritt auf</translation>
    </message>
    <message>
        <source>Accepted as a known risk; to be confirmed by the change board</source>
        <translation>Als bekanntes Risiko akzeptiert; vom Change Board zu bestätigen</translation>
    </message>
    <message>
        <source>Waive %1 until %2, recording who accepts it and why (the conflict stays listed as waived)</source>
        <translation>Ausnahme für %1 bis %2 erteilen und festhalten, wer sie akzeptiert und warum (der Konflikt bleibt als Ausnahme aufgeführt)</translation>
    </message>
    <message>
        <source>Waive %1, recording who accepts it and why (the conflict stays listed as waived)</source>
        <translation>Ausnahme für %1 erteilen und festhalten, wer sie akzeptiert und warum (der Konflikt bleibt als Ausnahme aufgeführt)</translation>
    </message>
</context>
<context>
    <name>planner::CmdbCsv</name>
    <message>
        <source>%1 more rows like that, the last: %2</source>
        <translation>%1 weitere solche Zeilen, die letzte: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; for the %2 (columns: %3)</source>
        <translation>keine Spalte „%1“ für %2 (Spalten: %3)</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; for the version (columns: %2)</source>
        <translation>keine Spalte „%1“ für die Version (Spalten: %2)</translation>
    </message>
    <message>
        <source>no column holds the components&apos; keys or names: the header needs sys_id, id or name, or a mapping that names the column (columns: %1)</source>
        <translation>keine Spalte enthält die Schlüssel oder Namen der Komponenten: die Kopfzeile braucht sys_id, id oder name oder eine Zuordnung, die die Spalte nennt (Spalten: %1)</translation>
    </message>
    <message>
        <source>no version column: every component is recorded at version 0</source>
        <translation>keine Versionsspalte: jede Komponente wird mit Version 0 erfasst</translation>
    </message>
    <message>
        <source>no key and no name; the row is left out</source>
        <translation>kein Schlüssel und kein Name; die Zeile wird ausgelassen</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is on line %2 too; this row is left out</source>
        <translation>der Schlüssel „%1“ steht auch in Zeile %2; diese Zeile wird ausgelassen</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; cannot be read as a version (%2); left out</source>
        <translation>Ziel „%1“ kann nicht als Version gelesen werden (%2); ausgelassen</translation>
    </message>
    <message>
        <source>criticality &apos;%1&apos; is not known (1 - most critical to 4 - not critical, or critical high medium low); recorded as medium</source>
        <translation>Kritikalität „%1“ ist unbekannt (1 - am kritischsten bis 4 - nicht kritisch, oder critical high medium low); als mittel erfasst</translation>
    </message>
    <message>
        <source>no class; imported as kind &apos;other&apos; (rows without a class: %1)</source>
        <translation>keine Klasse; als Art „other“ importiert (Zeilen ohne Klasse: %1)</translation>
    </message>
    <message>
        <source>class &apos;%1&apos; is not known; imported as kind &apos;other&apos; (rows of this class: %2; a mapping file&apos;s &quot;classes&quot; can name its kind)</source>
        <translation>Klasse „%1“ ist unbekannt; als Art „other“ importiert (Zeilen dieser Klasse: %2; die „classes“ einer Zuordnungsdatei können ihre Art benennen)</translation>
    </message>
    <message>
        <source>no version; recorded as 0 until the real one is entered</source>
        <translation>keine Version; als 0 erfasst, bis die echte eingetragen wird</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; read as &apos;%2&apos;</source>
        <translation>Version „%1“ als „%2“ gelesen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a version (%2); recorded as 0</source>
        <translation>„%1“ kann nicht als Version gelesen werden (%2); als 0 erfasst</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of minutes; %2 left out</source>
        <translation>„%1“ ist keine Anzahl Minuten; %2 ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD); backup.lastRestoreTest left out</source>
        <translation>„%1“ ist kein Datum (YYYY-MM-DD); backup.lastRestoreTest ausgelassen</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; (columns: %2)</source>
        <translation>keine Spalte „%1“ (Spalten: %2)</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <source>no %1; the relation is left out</source>
        <translation>kein %1; die Beziehung wird ausgelassen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a component of the components file; the relation is left out</source>
        <translation>%1 „%2“ ist keine Komponente der Komponentendatei; die Beziehung wird ausgelassen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; names several components (give the sys_id); the relation is left out</source>
        <translation>%1 „%2“ bezeichnet mehrere Komponenten (geben Sie die sys_id an); die Beziehung wird ausgelassen</translation>
    </message>
    <message>
        <source>relation type &apos;%1&apos; is not known; read as &apos;%2&apos;, the parent depending on the child</source>
        <translation>Beziehungstyp „%1“ ist unbekannt; als „%2“ gelesen, wobei parent von child abhängt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; relates to itself; left out</source>
        <translation>„%1“ verweist auf sich selbst; ausgelassen</translation>
    </message>
    <message>
        <source>the %1 file does not exist</source>
        <translation>die %1-Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file is not UTF-8; read as Latin-1</source>
        <translation>die Datei ist nicht UTF-8; als Latin-1 gelesen</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8; read as Latin-1</source>
        <translation>%1: die Datei ist nicht UTF-8; als Latin-1 gelesen</translation>
    </message>
    <message>
        <source>Key (id)</source>
        <translation>Schlüssel (Id)</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind / class</source>
        <translation>Art / Klasse</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Zielversion</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Site / location</source>
        <translation>Standort / Ort</translation>
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
        <source>must be a column name (a string) or null</source>
        <translation>muss ein Spaltenname (eine Zeichenkette) oder null sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown field (fields: %1)</source>
        <translation>unbekanntes Feld (Felder: %1)</translation>
    </message>
    <message>
        <source>is not &quot;upgrade-planner-csv-mapping&quot;</source>
        <translation>ist nicht „upgrade-planner-csv-mapping“</translation>
    </message>
    <message>
        <source>only version 1 is known</source>
        <translation>nur Version 1 ist bekannt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a separator: use &quot;,&quot;, &quot;;&quot;, &quot;|&quot; or &quot;tab&quot;</source>
        <translation>„%1“ ist kein Trennzeichen: verwenden Sie „,“, „;“, „|“ oder „tab“</translation>
    </message>
    <message>
        <source>must be a list of column names</source>
        <translation>muss eine Liste von Spaltennamen sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>unknown field (fields: parent, child, type)</source>
        <translation>unbekanntes Feld (Felder: parent, child, type)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind (kinds: %2)</source>
        <translation>„%1“ ist keine Art (Arten: %2)</translation>
    </message>
    <message>
        <source>unknown field (fields: type, from)</source>
        <translation>unbekanntes Feld (Felder: type, from)</translation>
    </message>
    <message>
        <source>must be &quot;parent&quot; or &quot;child&quot;</source>
        <translation>muss „parent“ oder „child“ sein</translation>
    </message>
    <message>
        <source>names no dependency type</source>
        <translation>nennt keinen Abhängigkeitstyp</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>Offset %1</translation>
    </message>
    <message>
        <source>a mapping file is a JSON object</source>
        <translation>eine Zuordnungsdatei ist ein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>planner::ComparisonPage</name>
    <message>
        <source>Accept as estimates</source>
        <translation>Als Schätzungen übernehmen</translation>
    </message>
    <message>
        <source>Step / kind</source>
        <translation>Schritt / Art</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Actual / planned</source>
        <translation>Ist / geplant</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Planned / actual minutes of each phase</source>
        <translation>Geplante / tatsächliche Minuten jeder Phase</translation>
    </message>
    <message>
        <source>Store the average actual minutes per kind as the estimates the next plan uses (one undo step)</source>
        <translation>Die durchschnittlichen Ist-Minuten pro Art als Schätzungen für den nächsten Plan speichern (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Accepted estimates per kind: the schedule uses them before the built-in defaults (a component&apos;s own figure still comes first).</source>
        <translation>Übernommene Schätzungen pro Art: der Zeitplan nutzt sie vor den eingebauten Standardwerten (der eigene Wert einer Komponente hat weiterhin Vorrang).</translation>
    </message>
    <message>
        <source>Nothing is recorded yet: enter actual phase times in Upgrade record.</source>
        <translation>Noch nichts erfasst: tragen Sie die tatsächlichen Phasenzeiten im Upgrade-Protokoll ein.</translation>
    </message>
    <message>
        <source>%1 recorded steps. Planned minutes count only the phases with an actual, so the two compare. Red: took more than 120 % of the plan.</source>
        <translation>%1 erfasste Schritte. Geplante Minuten zählen nur die Phasen mit Istwert, damit beide vergleichbar sind. Rot: dauerte mehr als 120 % des Plans.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Kinds (averages)</source>
        <translation>Arten (Durchschnitte)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step)</source>
        <translation>
            <numerusform>%1 (%n Schritt)</numerusform>
            <numerusform>%1 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n steps)</source>
        <translation>
            <numerusform>%1 (%n Schritt)</numerusform>
            <numerusform>%1 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept actual durations as estimates</source>
        <translation>Ist-Dauern als Schätzungen übernehmen</translation>
    </message>
</context>
<context>
    <name>planner::ComponentDetailsPanel</name>
    <message>
        <source>No component selected. Select a row in the inventory to see and edit all of its fields here.</source>
        <translation>Keine Komponente ausgewählt. Wählen Sie eine Zeile im Inventar, um hier alle ihre Felder zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>default (%1 min)</source>
        <translation>Standard (%1 min)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
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
        <translation>Eindeutige Id: Buchstaben, Ziffern und . _ : - . Beim Umbenennen werden alle Abhängigkeiten und Prozesse, die darauf verweisen, mit umbenannt.</translation>
    </message>
    <message>
        <source>Catalog key such as “postgresql”: rules and releases of the product apply to this component.</source>
        <translation>Katalogschlüssel wie „postgresql“: Regeln und Releases des Produkts gelten für diese Komponente.</translation>
    </message>
    <message>
        <source>none: stays at its version</source>
        <translation>keins: bleibt auf ihrer Version</translation>
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
        <translation>Rollback:</translation>
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
        <translation>z. B. dba, linux-admin</translation>
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
        <translation>z. B. pg_basebackup, VM-Snapshot</translation>
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
        <translation>Unbekannter Standort „%1“</translation>
    </message>
    <message>
        <source>Upgrade from %1 to %2</source>
        <translation>Upgrade von %1 auf %2</translation>
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
        <translation>Unbekannte Art „%1“.</translation>
    </message>
    <message>
        <source>Unknown criticality “%1”.</source>
        <translation>Unbekannte Kritikalität „%1“.</translation>
    </message>
    <message>
        <source>Version of %1: %2</source>
        <translation>Version von %1: %2</translation>
    </message>
    <message>
        <source>Target of %1: %2</source>
        <translation>Ziel von %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>planner::ConflictTableModel</name>
    <message>
        <source>✓ waived</source>
        <translation>✓ Ausnahme</translation>
    </message>
    <message>
        <source>Components: %1</source>
        <translation>Komponenten: %1</translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation>Ausnahme: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Unsatisfied requirement</source>
        <translation>Nicht erfüllte Anforderung</translation>
    </message>
    <message>
        <source>No upgrade path</source>
        <translation>Kein Upgrade-Pfad</translation>
    </message>
    <message>
        <source>Dependency cycle</source>
        <translation>Abhängigkeitszyklus</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Supportende</translation>
    </message>
    <message>
        <source>Site drift</source>
        <translation>Standortabweichung</translation>
    </message>
    <message>
        <source>Unknown reference</source>
        <translation>Unbekannter Verweis</translation>
    </message>
    <message>
        <source>Untested backup</source>
        <translation>Ungetestete Sicherung</translation>
    </message>
    <message>
        <source>Irreversible without restore</source>
        <translation>Ohne Wiederherstellung nicht umkehrbar</translation>
    </message>
    <message>
        <source>Schedule: no window fits</source>
        <translation>Zeitplan: kein Fenster passt</translation>
    </message>
    <message>
        <source>Schedule: freeze</source>
        <translation>Zeitplan: Änderungssperre</translation>
    </message>
    <message>
        <source>Schedule: business peak</source>
        <translation>Zeitplan: Geschäftsspitze</translation>
    </message>
    <message>
        <source>Schedule: staff unavailable</source>
        <translation>Zeitplan: Personal nicht verfügbar</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Zwischenzustand</translation>
    </message>
</context>
<context>
    <name>planner::ConflictsPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Compatibility findings</source>
        <translation>Kompatibilitätsbefunde</translation>
    </message>
    <message>
        <source>Scheduling findings</source>
        <translation>Zeitplanungsbefunde</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Search message or component</source>
        <translation>Meldung oder Komponente suchen</translation>
    </message>
    <message>
        <source>Hide waived</source>
        <translation>Ausnahmen ausblenden</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>Ausnahme…</translation>
    </message>
    <message>
        <source>Accept the selected conflicts for a while, with a reason</source>
        <translation>Die ausgewählten Konflikte für eine Zeit mit Begründung akzeptieren</translation>
    </message>
    <message>
        <source>Withdraw Waiver</source>
        <translation>Ausnahme zurückziehen</translation>
    </message>
    <message>
        <source>Make the selected waived conflicts count again</source>
        <translation>Die ausgewählten Konflikte mit Ausnahme wieder zählen lassen</translation>
    </message>
    <message>
        <source>Select Components</source>
        <translation>Komponenten auswählen</translation>
    </message>
    <message>
        <source>Select the components of the selected conflicts in every view</source>
        <translation>Die Komponenten der ausgewählten Konflikte in jeder Ansicht auswählen</translation>
    </message>
    <message>
        <source>Edit Waiver…</source>
        <translation>Ausnahme bearbeiten…</translation>
    </message>
    <message>
        <source>Change the reason or the expiry of the waiver</source>
        <translation>Begründung oder Ablauf der Ausnahme ändern</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>Meldung kopieren</translation>
    </message>
    <message>
        <source>Edit Waiver</source>
        <translation>Ausnahme bearbeiten</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Keine Konflikte</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waived</source>
        <translation>
            <numerusform>%n mit Ausnahme</numerusform>
            <numerusform>%n mit Ausnahme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the schedule</source>
        <translation>
            <numerusform>%n aus dem Zeitplan</numerusform>
            <numerusform>%n aus dem Zeitplan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Select a conflict to read it in full and to select its components in the other views.</source>
        <translation>Wählen Sie einen Konflikt, um ihn vollständig zu lesen und seine Komponenten in den anderen Ansichten auszuwählen.</translation>
    </message>
    <message>
        <source>Components: %1</source>
        <translation>Komponenten: %1</translation>
    </message>
    <message>
        <source>Waived until %1: %2</source>
        <translation>Ausnahme bis %1: %2</translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation>Ausnahme: %1</translation>
    </message>
    <message>
        <source>%1 conflicts selected</source>
        <translation>%1 Konflikte ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>Waive %n conflict</source>
        <translation>
            <numerusform>Ausnahme für %n Konflikt</numerusform>
            <numerusform>Ausnahme für %n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waive %n conflicts</source>
        <translation>
            <numerusform>Ausnahme für %n Konflikt</numerusform>
            <numerusform>Ausnahme für %n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waived %n conflict; the check runs again.</source>
        <translation>
            <numerusform>Ausnahme für %n Konflikt erteilt; die Prüfung läuft erneut.</numerusform>
            <numerusform>Ausnahme für %n Konflikte erteilt; die Prüfung läuft erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waived %n conflicts; the check runs again.</source>
        <translation>
            <numerusform>Ausnahme für %n Konflikt erteilt; die Prüfung läuft erneut.</numerusform>
            <numerusform>Ausnahme für %n Konflikte erteilt; die Prüfung läuft erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n waiver</source>
        <translation>
            <numerusform>%n Ausnahme zurückziehen</numerusform>
            <numerusform>%n Ausnahmen zurückziehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n waivers</source>
        <translation>
            <numerusform>%n Ausnahme zurückziehen</numerusform>
            <numerusform>%n Ausnahmen zurückziehen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ContextMenuController</name>
    <message>
        <source>Show in &amp;Graph</source>
        <translation>Im &amp;Graphen zeigen</translation>
    </message>
    <message>
        <source>Switch to the graph, centred on this component</source>
        <translation>Zum Graphen wechseln, zentriert auf diese Komponente</translation>
    </message>
</context>
<context>
    <name>planner::CsvMappingDialog</name>
    <message>
        <source>The column that identifies each row in the CMDB (ServiceNow: sys_id). The relations file names rows by it; it is kept as the component&apos;s external id so a later import updates the same component.</source>
        <translation>Die Spalte, die jede Zeile in der CMDB identifiziert (ServiceNow: sys_id). Die Beziehungsdatei benennt Zeilen damit; sie wird als externe Id der Komponente behalten, damit ein späterer Import dieselbe Komponente aktualisiert.</translation>
    </message>
    <message>
        <source>The name people know the component by (a host name, an application&apos;s name).</source>
        <translation>Der Name, unter dem man die Komponente kennt (ein Hostname, der Name einer Anwendung).</translation>
    </message>
    <message>
        <source>The class or type (ServiceNow: sys_class_name). Common classes become server, database, network...; others become &apos;other&apos; with a warning.</source>
        <translation>Die Klasse oder der Typ (ServiceNow: sys_class_name). Übliche Klassen werden zu Server, Datenbank, Netzwerk...; andere werden mit einer Warnung zu „other“.</translation>
    </message>
    <message>
        <source>The version running today. Rows without one get version 0 and a warning.</source>
        <translation>Die heute laufende Version. Zeilen ohne Version erhalten Version 0 und eine Warnung.</translation>
    </message>
    <message>
        <source>The version to upgrade to, if the file has it.</source>
        <translation>Die Version, auf die aktualisiert wird, falls die Datei sie enthält.</translation>
    </message>
    <message>
        <source>The product (ServiceNow: model_id), the key of the catalog of releases.</source>
        <translation>Das Produkt (ServiceNow: model_id), der Schlüssel des Release-Katalogs.</translation>
    </message>
    <message>
        <source>The site or data centre (ServiceNow: location).</source>
        <translation>Der Standort oder das Rechenzentrum (ServiceNow: location).</translation>
    </message>
    <message>
        <source>The team or person responsible (ServiceNow: support_group or owned_by).</source>
        <translation>Das verantwortliche Team oder die verantwortliche Person (ServiceNow: support_group oder owned_by).</translation>
    </message>
    <message>
        <source>How critical it is: 1 - most critical to 4 - not critical, or critical, high, medium, low.</source>
        <translation>Wie kritisch sie ist: 1 - am kritischsten bis 4 - nicht kritisch, oder critical, high, medium, low.</translation>
    </message>
    <message>
        <source>Make component ids from the &amp;names</source>
        <translation>Komponenten-Ids aus den &amp;Namen bilden</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Save Mapping...</source>
        <translation>Zuordnung &amp;speichern...</translation>
    </message>
    <message>
        <source>Import CSV: %1</source>
        <translation>CSV importieren: %1</translation>
    </message>
    <message>
        <source>Choose which column of the file holds each field. Only the key or the name is needed; a field set to (none) is not imported, and an import into an existing project leaves it as it is there.</source>
        <translation>Wählen Sie, welche Spalte der Datei jedes Feld enthält. Nur der Schlüssel oder der Name wird benötigt; ein auf (keine) gesetztes Feld wird nicht importiert, und ein Import in ein bestehendes Projekt lässt es dort unverändert.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Readable ids such as &apos;web-prod-01&apos; instead of the key (a ServiceNow sys_id is a 32-digit number); the key stays the external id.</source>
        <translation>Lesbare Ids wie „web-prod-01“ statt des Schlüssels (eine ServiceNow-sys_id ist eine 32-stellige Zahl); der Schlüssel bleibt die externe Id.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>optional, e.g. cmdb_rel_ci.csv</source>
        <translation>optional, z. B. cmdb_rel_ci.csv</translation>
    </message>
    <message>
        <source>A second CSV file with the relations between the components (ServiceNow&apos;s cmdb_rel_ci: parent, child, type such as &quot;Runs on::Runs&quot;). Rows are named by key or by name.</source>
        <translation>Eine zweite CSV-Datei mit den Beziehungen zwischen den Komponenten (cmdb_rel_ci von ServiceNow: parent, child, type wie „Runs on::Runs“). Zeilen werden über Schlüssel oder Name benannt.</translation>
    </message>
    <message>
        <source>&amp;Relations file:</source>
        <translation>&amp;Beziehungsdatei:</translation>
    </message>
    <message>
        <source>The file (first rows):</source>
        <translation>Die Datei (erste Zeilen):</translation>
    </message>
    <message>
        <source>As imported (first components):</source>
        <translation>Wie importiert (erste Komponenten):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
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
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message>
        <source>Components: %1, dependencies: %2, warnings: %3 (hover to read them)</source>
        <translation>Komponenten: %1, Abhängigkeiten: %2, Warnungen: %3 (zum Lesen mit der Maus darauf zeigen)</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Erste: %1</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... und %1 weitere</translation>
    </message>
    <message>
        <source>Relations File</source>
        <translation>Beziehungsdatei</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Zuordnungsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>Die Zuordnung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Mapping saved to %1; use it with --mapping on the command line.</source>
        <translation>Zuordnung in %1 gespeichert; verwenden Sie sie mit --mapping auf der Kommandozeile.</translation>
    </message>
</context>
<context>
    <name>planner::CsvText</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2 columns (a separator inside a field that is not quoted?)</source>
        <translation>%1 Felder, aber die Kopfzeile nennt %2 Spalten (ein Trennzeichen in einem Feld ohne Anführungszeichen?)</translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed (a missing quote?)</source>
        <translation>hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird (fehlendes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>no header line: the file holds no text</source>
        <translation>keine Kopfzeile: die Datei enthält keinen Text</translation>
    </message>
</context>
<context>
    <name>planner::CycloneDx</name>
    <message>
        <source>a CycloneDX BOM is a JSON object</source>
        <translation>eine CycloneDX-BOM ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>is not &quot;CycloneDX&quot;</source>
        <translation>ist nicht „CycloneDX“</translation>
    </message>
    <message>
        <source>specification %1 is not one of 1.2 to 1.6; read as 1.6</source>
        <translation>Spezifikation %1 liegt nicht zwischen 1.2 und 1.6; als 1.6 gelesen</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>no type; imported as kind &apos;other&apos;</source>
        <translation>kein Typ; als Art „other“ importiert</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos;; imported as kind &apos;other&apos;</source>
        <translation>unbekannter Typ „%1“; als Art „other“ importiert</translation>
    </message>
    <message>
        <source>no version; recorded as 0 until the real one is entered</source>
        <translation>keine Version; als 0 erfasst, bis die echte eingetragen wird</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a version (%2); recorded as 0</source>
        <translation>„%1“ kann nicht als Version gelesen werden (%2); als 0 erfasst</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the bom-ref of another component too; dependencies name the first</source>
        <translation>„%1“ ist auch die bom-ref einer anderen Komponente; Abhängigkeiten verweisen auf die erste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component or service of this BOM; its dependencies are left out</source>
        <translation>„%1“ ist keine Komponente und kein Dienst dieser BOM; ihre Abhängigkeiten werden ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component or service of this BOM; left out</source>
        <translation>„%1“ ist keine Komponente und kein Dienst dieser BOM; ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; depends on itself; left out</source>
        <translation>„%1“ hängt von sich selbst ab; ausgelassen</translation>
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
    <message>
        <source>&amp;Select Both Ends</source>
        <translation>&amp;Beide Enden auswählen</translation>
    </message>
    <message>
        <source>Edit &amp;Range…</source>
        <translation>Be&amp;reich bearbeiten…</translation>
    </message>
    <message>
        <source>Select the component that depends and the one it needs, in every view</source>
        <translation>Die abhängige Komponente und die benötigte Komponente in jeder Ansicht auswählen</translation>
    </message>
    <message>
        <source>Change which versions of the needed component will do</source>
        <translation>Ändern, welche Versionen der benötigten Komponente genügen</translation>
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
        <translation>Keine Komponente hat die Id „%1“</translation>
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
        <translation>Keine Komponente hat die Id „%1“.</translation>
    </message>
    <message>
        <source>A dependency needs a type, such as “uses”.</source>
        <translation>Eine Abhängigkeit braucht einen Typ, etwa „uses“.</translation>
    </message>
    <message>
        <source>Version range “%1”: %2</source>
        <translation>Versionsbereich „%1“: %2</translation>
    </message>
</context>
<context>
    <name>planner::Document</name>
    <message>
        <source>the document has no project file yet; use Save As</source>
        <translation>das Dokument hat noch keine Projektdatei; verwenden Sie „Speichern unter“</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Untitled (imported from %1)</source>
        <translation>Unbenannt (importiert aus %1)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>opened read-only; use Save As</source>
        <translation>schreibgeschützt geöffnet; verwenden Sie Speichern unter</translation>
    </message>
    <message>
        <source>opened read-only, as %1 has it open; use Save As</source>
        <translation>schreibgeschützt geöffnet, da %1 es geöffnet hat; verwenden Sie Speichern unter</translation>
    </message>
    <message>
        <source>%1 (shared on %2)</source>
        <translation>%1 (geteilt auf %2)</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>dem lokalen Server</translation>
    </message>
    <message>
        <source>%1 saved the project meanwhile and changed the same things; nothing was written:
%2</source>
        <translation>%1 hat das Projekt inzwischen gespeichert und dasselbe geändert; es wurde nichts geschrieben:
%2</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <source>not a shared project</source>
        <translation>kein gemeinsames Projekt</translation>
    </message>
</context>
<context>
    <name>planner::EditConflictDialog</name>
    <message>
        <source>Changed on Both Sides</source>
        <translation>Auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%1 saved the shared project while you were editing it (it is now at revision %2). Their other changes and yours are combined; %n element(s) were changed on both sides, each differently.&lt;/p&gt;&lt;p&gt;Choose whose version to keep for each, then Save. Cancel writes nothing and keeps your changes unsaved.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%1 hat das gemeinsame Projekt gespeichert, während Sie es bearbeitet haben (es steht jetzt bei Revision %2). Deren übrige Änderungen und Ihre werden vereint; %n Element wurde auf beiden Seiten unterschiedlich geändert.&lt;/p&gt;&lt;p&gt;Wählen Sie, wessen Fassung bleibt, und speichern Sie. Abbrechen schreibt nichts und lässt Ihre Änderungen ungespeichert.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%1 hat das gemeinsame Projekt gespeichert, während Sie es bearbeitet haben (es steht jetzt bei Revision %2). Deren übrige Änderungen und Ihre werden vereint; %n Elemente wurden auf beiden Seiten unterschiedlich geändert.&lt;/p&gt;&lt;p&gt;Wählen Sie für jedes, wessen Fassung bleibt, und speichern Sie. Abbrechen schreibt nichts und lässt Ihre Änderungen ungespeichert.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>Their change</source>
        <translation>Deren Änderung</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Behalten für %1</translation>
    </message>
    <message>
        <source>Keep All &amp;Yours</source>
        <translation>Alle &amp;eigenen behalten</translation>
    </message>
    <message>
        <source>Keep All &amp;Theirs</source>
        <translation>Alle &amp;fremden behalten</translation>
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
        <translation>Eine Komponente zum Inventar hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected components and the dependencies that touch them</source>
        <translation>Die ausgewählten Komponenten und die Abhängigkeiten, die sie berühren, entfernen</translation>
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
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>The components were selected through a conflict or the plan: select them in the inventory or the graph to remove them</source>
        <translation>Die Komponenten wurden über einen Konflikt oder den Plan ausgewählt: wählen Sie sie im Inventar oder im Graphen aus, um sie zu entfernen</translation>
    </message>
</context>
<context>
    <name>planner::ExchangeController</name>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Read a CMDB export, an SBOM, a GraphML graph or an estate file, as a new project or merged into this one</source>
        <translation>Einen CMDB-Export, eine SBOM, einen GraphML-Graphen oder eine Bestandsdatei lesen, als neues Projekt oder in dieses zusammengeführt</translation>
    </message>
    <message>
        <source>Write the estate as GraphML, DOT, CSV, JSON, SVG, PNG or a calendar</source>
        <translation>Den Bestand als GraphML, DOT, CSV, JSON, SVG, PNG oder Kalender schreiben</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Merge %1 into %2, or open it as a new project?</source>
        <translation>%1 mit %2 zusammenführen oder als neues Projekt öffnen?</translation>
    </message>
    <message>
        <source>Merging matches components by id, updates what the file knows and adds what is new; you see every change first, and Undo takes it back.</source>
        <translation>Beim Zusammenführen werden Komponenten über die Id abgeglichen, was die Datei kennt, aktualisiert und Neues hinzugefügt; Sie sehen jede Änderung vorher, und Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Open as New Project</source>
        <translation>Als neues Projekt öffnen</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 components, %4 dependencies</source>
        <translation>%1 importiert (%2): %3 Komponenten, %4 Abhängigkeiten</translation>
    </message>
    <message>
        <source>Imported %1 (%2); first of %3 warnings: %4</source>
        <translation>%1 importiert (%2); erste von %3 Warnungen: %4</translation>
    </message>
    <message>
        <source>%1 holds nothing the project does not have</source>
        <translation>%1 enthält nichts, was das Projekt nicht schon hat</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 fields updated, %4 removed</source>
        <translation>%1 zusammengeführt: %2 hinzugefügt, %3 Felder aktualisiert, %4 entfernt</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Als %1 exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Import of %1 cancelled</source>
        <translation>Import von %1 abgebrochen</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
</context>
<context>
    <name>planner::ExportPlanDialog</name>
    <message>
        <source>plan.json — the plan approvals sign (always written)</source>
        <translation>plan.json — der Plan, den Genehmigungen signieren (wird immer geschrieben)</translation>
    </message>
    <message>
        <source>plan.pdf — the document for the change board</source>
        <translation>plan.pdf — das Dokument für das Change Advisory Board</translation>
    </message>
    <message>
        <source>plan.ics — the maintenance windows, for calendars</source>
        <translation>plan.ics — die Wartungsfenster, für Kalender</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A new folder, or one holding this very plan</source>
        <translation>Ein neuer Ordner oder einer, der genau diesen Plan enthält</translation>
    </message>
    <message>
        <source>Optional: the plan.json of the version before, to list what changed</source>
        <translation>Optional: die plan.json der Vorversion, um Änderungen aufzulisten</translation>
    </message>
    <message>
        <source>Optional, comma-separated: change-manager, service-owner</source>
        <translation>Optional, kommagetrennt: change-manager, service-owner</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature page leaves a line for each of these roles.</source>
        <translation>Die Signaturseite des PDFs lässt für jede dieser Rollen eine Zeile frei.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Writes the plan the change board approves into a folder. Approvers then sign plan.json (File &gt; Sign Plan); any change to the plan afterwards shows when it is verified.</source>
        <translation>Schreibt den Plan, den das Change Advisory Board genehmigt, in einen Ordner. Genehmigende signieren dann plan.json (Datei &gt; Plan signieren); jede spätere Änderung am Plan wird bei der Verifizierung sichtbar.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Pre&amp;vious plan:</source>
        <translation>&amp;Vorheriger Plan:</translation>
    </message>
    <message>
        <source>&amp;Roles to sign:</source>
        <translation>&amp;Zu signierende Rollen:</translation>
    </message>
    <message>
        <source>Files written:</source>
        <translation>Geschriebene Dateien:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Plan Folder</source>
        <translation>Planordner</translation>
    </message>
    <message>
        <source>Previous Plan</source>
        <translation>Vorheriger Plan</translation>
    </message>
    <message>
        <source>Plans (plan.json *.json);;All files (*)</source>
        <translation>Pläne (plan.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a folder for the plan.</source>
        <translation>Wählen Sie einen Ordner für den Plan.</translation>
    </message>
    <message>
        <source>Exporting the plan…</source>
        <translation>Plan wird exportiert…</translation>
    </message>
    <message>
        <source>Checking, ordering and scheduling…</source>
        <translation>Prüfen, Ordnen und Einplanen…</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>Es wurde nichts geschrieben. %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b6e2a&apos;&gt;Ready for approval.&lt;/b&gt; Every readiness check passes.</source>
        <translation>&lt;b style=&apos;color:#1b6e2a&apos;&gt;Bereit zur Genehmigung.&lt;/b&gt; Alle Bereitschaftsprüfungen sind bestanden.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b01c1c&apos;&gt;Not ready for approval.&lt;/b&gt; Written anyway; these checks fail:</source>
        <translation>&lt;b style=&apos;color:#b01c1c&apos;&gt;Nicht bereit zur Genehmigung.&lt;/b&gt; Trotzdem geschrieben; diese Prüfungen schlagen fehl:</translation>
    </message>
    <message>
        <source>The folder held this very plan: plan.json was kept with its approvals (%1), and the PDF shows them.</source>
        <translation>Der Ordner enthielt genau diesen Plan: plan.json wurde mit seinen Genehmigungen (%1) beibehalten, und das PDF zeigt sie.</translation>
    </message>
    <message>
        <source>Changes since the previous plan: %1, listed in the PDF.</source>
        <translation>Änderungen seit dem vorherigen Plan: %1, im PDF aufgeführt.</translation>
    </message>
    <message>
        <source>Plan SHA-256: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Plan-SHA-256: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Project history: %1</source>
        <translation>Projektverlauf: %1</translation>
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
        <translation>&amp;%1 %2</translation>
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
        <translation>Upgrade-Planner-Projekte (*.uplan)</translation>
    </message>
    <message>
        <source>Opened %1; first of %2 warnings: %3</source>
        <translation>%1 geöffnet; erste von %2 Warnungen: %3</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening %1 cancelled</source>
        <translation>Öffnen von %1 abgebrochen</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Project In Use</source>
        <translation>Projekt in Verwendung</translation>
    </message>
    <message>
        <source>%1 is open in another Upgrade Planner: %2.</source>
        <translation>%1 ist in einem anderen Upgrade Planner geöffnet: %2.</translation>
    </message>
    <message>
        <source>Open it read-only to look at it; Save As then makes a copy of your own. Only the workbench that has it open saves it.</source>
        <translation>Öffnen Sie es schreibgeschützt, um es anzusehen; Speichern unter legt dann eine eigene Kopie an. Nur die Werkbank, die es geöffnet hat, speichert es.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Project Changed on Disk</source>
        <translation>Projekt auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was deleted or moved since you opened it.</source>
        <translation>%1 wurde gelöscht oder verschoben, seit Sie es geöffnet haben.</translation>
    </message>
    <message>
        <source>%1 was changed on disk since you opened or last saved it, by another program or command.</source>
        <translation>%1 wurde seit dem Öffnen oder letzten Speichern von einem anderen Programm oder Befehl auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>Save writes your project there again; Save As puts it elsewhere.</source>
        <translation>Speichern schreibt Ihr Projekt wieder dorthin; Speichern unter legt es anderswo ab.</translation>
    </message>
    <message>
        <source>Overwrite replaces those changes with yours; Save As keeps both.</source>
        <translation>Überschreiben ersetzt diese Änderungen durch Ihre; Speichern unter behält beide.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>Open S&amp;hared Project...</source>
        <translation>&amp;Geteiltes Projekt öffnen...</translation>
    </message>
    <message>
        <source>Open a team&apos;s shared project on a PostgreSQL server</source>
        <translation>Das geteilte Projekt eines Teams auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (geteilt)</translation>
    </message>
    <message>
        <source>Open Shared Project</source>
        <translation>Geteiltes Projekt öffnen</translation>
    </message>
    <message>
        <source>The shared project&apos;s URL:
postgresql://USER@HOST:PORT/DATABASE?project=NAME

The password comes from ~/.pgpass or PGPASSWORD, never from the URL.</source>
        <translation>URL des geteilten Projekts:
postgresql://BENUTZER@HOST:PORT/DATENBANK?project=NAME

Das Passwort kommt aus ~/.pgpass oder PGPASSWORD, nie aus der URL.</translation>
    </message>
    <message>
        <source>Not a Shared Project&apos;s URL</source>
        <translation>Keine URL eines geteilten Projekts</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 saved the shared project (revision %2); it is shown as saved</source>
        <translation>%1 hat das geteilte Projekt gespeichert (Revision %2); es wird so angezeigt, wie es gespeichert ist</translation>
    </message>
    <message>
        <source>Shared Project Changed</source>
        <translation>Geteiltes Projekt geändert</translation>
    </message>
    <message>
        <source>Someone else saved %1 since you opened or last saved it.</source>
        <translation>Jemand anderes hat %1 gespeichert, seit Sie es geöffnet oder zuletzt gespeichert haben.</translation>
    </message>
    <message>
        <source>%1 saved the shared project (revision %2); Save combines your changes with theirs and asks about anything you both changed</source>
        <translation>%1 hat das gemeinsame Projekt gespeichert (Revision %2); Speichern vereint Ihre Änderungen mit deren und fragt nach allem, was Sie beide geändert haben</translation>
    </message>
    <message>
        <source>Saved %1 as revision %2</source>
        <translation>%1 als Revision %2 gespeichert</translation>
    </message>
    <message>
        <source>Saved %1 as revision %2, together with the changes %3 saved meanwhile (%4 of theirs, %5 of yours kept)</source>
        <translation>%1 als Revision %2 gespeichert, zusammen mit den Änderungen, die %3 inzwischen gespeichert hat (%4 von deren, %5 von Ihren behalten)</translation>
    </message>
    <message>
        <source>others</source>
        <translation>andere</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n element(s) changed on both sides wait for your choice</source>
        <translation>
            <numerusform>Nicht gespeichert: %n auf beiden Seiten geändertes Element wartet auf Ihre Wahl</numerusform>
            <numerusform>Nicht gespeichert: %n auf beiden Seiten geänderte Elemente warten auf Ihre Wahl</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1&apos;s changes…</source>
        <translation>Die Änderungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Cannot Read the Shared Project</source>
        <translation>Das gemeinsame Projekt kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 was replaced by another file since you opened or last saved it (moved or copied into its place).</source>
        <translation>%1 wurde seit dem Öffnen oder letzten Speichern durch eine andere Datei ersetzt (an seine Stelle verschoben oder kopiert).</translation>
    </message>
</context>
<context>
    <name>planner::FileFormats</name>
    <message>
        <source>CSV (CMDB export)</source>
        <translation>CSV (CMDB-Export)</translation>
    </message>
    <message>
        <source>components (and relations) from a CMDB export such as ServiceNow&apos;s cmdb_ci and cmdb_rel_ci; writes the components or the plan&apos;s steps</source>
        <translation>Komponenten (und Beziehungen) aus einem CMDB-Export wie cmdb_ci und cmdb_rel_ci von ServiceNow; schreibt die Komponenten oder die Schritte des Plans</translation>
    </message>
    <message>
        <source>the relations as CSV (parent,child,type as in cmdb_rel_ci); a relative path is taken from the components file&apos;s folder</source>
        <translation>die Beziehungen als CSV (parent,child,type wie in cmdb_rel_ci); ein relativer Pfad bezieht sich auf den Ordner der Komponentendatei</translation>
    </message>
    <message>
        <source>a column mapping (JSON, as the import dialog saves it) for columns other than ServiceNow&apos;s</source>
        <translation>eine Spaltenzuordnung (JSON, wie sie der Importdialog speichert) für andere Spalten als die von ServiceNow</translation>
    </message>
    <message>
        <source>components: one row per component with every field; steps: the plan&apos;s steps with wave, window and times</source>
        <translation>components: eine Zeile pro Komponente mit jedem Feld; steps: die Schritte des Plans mit Welle, Fenster und Zeiten</translation>
    </message>
    <message>
        <source>the field separator</source>
        <translation>das Feldtrennzeichen</translation>
    </message>
    <message>
        <source>CycloneDX SBOM (JSON)</source>
        <translation>CycloneDX-SBOM (JSON)</translation>
    </message>
    <message>
        <source>a CycloneDX bill of materials, JSON 1.2 to 1.6: components, services and their dependencies</source>
        <translation>eine CycloneDX-Stückliste, JSON 1.2 bis 1.6: Komponenten, Dienste und ihre Abhängigkeiten</translation>
    </message>
    <message>
        <source>Upgrade Planner estate JSON</source>
        <translation>Upgrade-Planner-Bestands-JSON</translation>
    </message>
    <message>
        <source>estate interchange JSON, format version 1</source>
        <translation>Bestands-Austausch-JSON, Formatversion 1</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>the dependency graph as SVG, as the graph view draws it</source>
        <translation>der Abhängigkeitsgraph als SVG, wie ihn die Graphansicht zeichnet</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>the dependency graph as PNG at 100 % (at most 8000 pixels wide or high)</source>
        <translation>der Abhängigkeitsgraph als PNG in 100 % (höchstens 8000 Pixel breit oder hoch)</translation>
    </message>
    <message>
        <source>All supported files (%1)</source>
        <translation>Alle unterstützten Dateien (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>takes no option &apos;%1&apos; when %2</source>
        <translation>akzeptiert beim %2 keine Option „%1“</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>has no option &apos;%1&apos; when %2 (options: %3)</source>
        <translation>hat beim %2 keine Option „%1“ (Optionen: %3)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; takes %2, not &apos;%3&apos;</source>
        <translation>Option „%1“ erwartet %2, nicht „%3“</translation>
    </message>
    <message>
        <source>GraphML</source>
        <translation>GraphML</translation>
    </message>
    <message>
        <source>the dependency graph as GraphML (yEd, Gephi, networkx)</source>
        <translation>der Abhängigkeitsgraph als GraphML (yEd, Gephi, networkx)</translation>
    </message>
    <message>
        <source>add yEd&apos;s drawing of each node and edge (boxes filled by criticality, labels)</source>
        <translation>die yEd-Darstellung jedes Knotens und jeder Kante hinzufügen (Kästen nach Kritikalität gefüllt, Beschriftungen)</translation>
    </message>
    <message>
        <source>where the boxes start in yEd: as the graph view lays them out, or in a plain grid (faster for very large estates)</source>
        <translation>wo die Kästen in yEd beginnen: wie die Graphansicht sie anordnet oder in einem einfachen Raster (schneller bei sehr großen Beständen)</translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <source>the dependency graph in Graphviz DOT (render it with dot)</source>
        <translation>der Abhängigkeitsgraph in Graphviz DOT (mit dot rendern)</translation>
    </message>
    <message>
        <source>direction of the arrows: TB draws what depends on others at the top and what they depend on below, as the graph view does</source>
        <translation>Richtung der Pfeile: TB zeichnet Abhängiges oben und das, wovon es abhängt, darunter, wie die Graphansicht</translation>
    </message>
    <message>
        <source>draw a box around each site&apos;s components</source>
        <translation>einen Kasten um die Komponenten jedes Standorts zeichnen</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>the schedule as an iCalendar file: one event per used window</source>
        <translation>der Zeitplan als iCalendar-Datei: ein Termin pro genutztem Fenster</translation>
    </message>
    <message>
        <source>Upgrade Planner project</source>
        <translation>Upgrade-Planner-Projekt</translation>
    </message>
    <message>
        <source>an Upgrade Planner project (SQLite database)</source>
        <translation>ein Upgrade-Planner-Projekt (SQLite-Datenbank)</translation>
    </message>
</context>
<context>
    <name>planner::FixesPanel</name>
    <message>
        <source>Looking for the smallest fixes…</source>
        <translation>Suche nach den kleinsten Korrekturen…</translation>
    </message>
    <message>
        <source>Select an error that blocks the plan to see the smallest changes that would resolve it.</source>
        <translation>Wählen Sie einen Fehler, der den Plan blockiert, um die kleinsten Änderungen zu sehen, die ihn beheben würden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No fix found&lt;/b&gt; by changing one window, phase, person or target; see the reason above.</source>
        <translation>&lt;b&gt;Keine Korrektur gefunden&lt;/b&gt; durch Ändern eines Fensters, einer Phase, einer Person oder eines Ziels; siehe den Grund oben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Smallest fixes&lt;/b&gt;, each checked by planning again:</source>
        <translation>&lt;b&gt;Kleinste Korrekturen&lt;/b&gt;, jeweils durch erneutes Planen geprüft:</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>Ausnahme…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Make this change (Edit &gt; Undo takes it back)</source>
        <translation>Diese Änderung vornehmen (Bearbeiten &gt; Rückgängig nimmt sie zurück)</translation>
    </message>
    <message>
        <source>The project changed; the fixes are being checked again</source>
        <translation>Das Projekt hat sich geändert; die Korrekturen werden erneut geprüft</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Angewendet: %1</translation>
    </message>
</context>
<context>
    <name>planner::GraphMl</name>
    <message>
        <source>the file holds no XML element</source>
        <translation>die Datei enthält kein XML-Element</translation>
    </message>
    <message>
        <source>not GraphML: the document is &lt;%1&gt;, not &lt;graphml&gt;</source>
        <translation>kein GraphML: das Dokument ist &lt;%1&gt;, nicht &lt;graphml&gt;</translation>
    </message>
    <message>
        <source>no &lt;graph&gt; element: the file describes no graph</source>
        <translation>kein &lt;graph&gt;-Element: die Datei beschreibt keinen Graphen</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>a &lt;key&gt; without an id</source>
        <translation>ein &lt;key&gt; ohne Id</translation>
    </message>
    <message>
        <source>a &lt;node&gt; without an id</source>
        <translation>ein &lt;node&gt; ohne Id</translation>
    </message>
    <message>
        <source>node id &apos;%1&apos; is used twice (first at %2)</source>
        <translation>Knoten-Id „%1“ wird zweimal verwendet (zuerst bei %2)</translation>
    </message>
    <message>
        <source>an &lt;edge&gt; needs a source and a target</source>
        <translation>eine &lt;edge&gt; braucht eine Quelle und ein Ziel</translation>
    </message>
    <message>
        <source>data for key &apos;%1&apos;, which no &lt;key&gt; declares; ignored</source>
        <translation>Daten für Schlüssel „%1“, den kein &lt;key&gt; deklariert; ignoriert</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: %2 &apos;%3&apos; cannot be read (%4)</source>
        <translation>Knoten „%1“: %2 „%3“ kann nicht gelesen werden (%4)</translation>
    </message>
    <message>
        <source>keys not used by an estate, ignored: %1</source>
        <translation>von einem Bestand nicht genutzte Schlüssel, ignoriert: %1</translation>
    </message>
    <message>
        <source>no node has a version: every component is recorded at version 0 until the real one is entered</source>
        <translation>kein Knoten hat eine Version: jede Komponente wird mit Version 0 erfasst, bis die echte eingetragen wird</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: unknown kind &apos;%2&apos;; imported as &apos;other&apos;</source>
        <translation>Knoten „%1“: unbekannte Art „%2“; als „other“ importiert</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; has no version; recorded as 0</source>
        <translation>Knoten „%1“ hat keine Version; als 0 erfasst</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: unknown criticality &apos;%2&apos;; imported as &apos;medium&apos;</source>
        <translation>Knoten „%1“: unbekannte Kritikalität „%2“; als „medium“ importiert</translation>
    </message>
    <message>
        <source>the graph is undirected: each edge is read as its source depending on its target</source>
        <translation>der Graph ist ungerichtet: jede Kante wird so gelesen, dass ihre Quelle von ihrem Ziel abhängt</translation>
    </message>
    <message>
        <source>edge to or from &apos;%1&apos;, which is not a node of the file; left out</source>
        <translation>Kante zu oder von „%1“, das kein Knoten der Datei ist; ausgelassen</translation>
    </message>
    <message>
        <source>edge to or from the group &apos;%1&apos;; left out</source>
        <translation>Kante zu oder von der Gruppe „%1“; ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; depends on itself; left out</source>
        <translation>„%1“ hängt von sich selbst ab; ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a version range (%2); left without</source>
        <translation>„%1“ kann nicht als Versionsbereich gelesen werden (%2); ohne übernommen</translation>
    </message>
</context>
<context>
    <name>planner::GraphModel</name>
    <message>
        <source>Upgrade path of %1: %2</source>
        <translation>Upgrade-Pfad von %1: %2</translation>
    </message>
    <message>
        <source>wave %1: %2 %3 → %4</source>
        <translation>Welle %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source> (stepping stone)</source>
        <translation> (Zwischenversion)</translation>
    </message>
    <message>
        <source> (required stop)</source>
        <translation> (Pflichtzwischenstufe)</translation>
    </message>
    <message>
        <source>%1, %2 criticality</source>
        <translation>%1, Kritikalität %2</translation>
    </message>
    <message>
        <source>Version %1, target %2</source>
        <translation>Version %1, Ziel %2</translation>
    </message>
    <message>
        <source>Version %1, stays</source>
        <translation>Version %1, bleibt</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>Placed by hand</source>
        <translation>Von Hand platziert</translation>
    </message>
    <message>
        <source>%1 depends on %2 (%3)</source>
        <translation>%1 hängt von %2 ab (%3)</translation>
    </message>
    <message>
        <source>requires %1</source>
        <translation>erfordert %1</translation>
    </message>
    <message>
        <source>part of a dependency cycle</source>
        <translation>Teil eines Abhängigkeitszyklus</translation>
    </message>
</context>
<context>
    <name>planner::GraphOverview</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>planner::GraphView</name>
    <message>
        <source>No component matches &quot;%1&quot;.</source>
        <translation>Keine Komponente passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 is hidden by the filter.</source>
        <translation>%1 ist durch den Filter ausgeblendet.</translation>
    </message>
    <message>
        <source>%1 depends on %2.
Version range it requires of %2 (for example &gt;=12 &lt;17; empty: any version):</source>
        <translation>%1 hängt von %2 ab.
Versionsbereich, den es von %2 verlangt (zum Beispiel &gt;=12 &lt;17; leer: jede Version):</translation>
    </message>
    <message>
        <source>New dependency</source>
        <translation>Neue Abhängigkeit</translation>
    </message>
    <message>
        <source>Version range</source>
        <translation>Versionsbereich</translation>
    </message>
    <message>
        <source>%1 now depends on %2.</source>
        <translation>%1 hängt jetzt von %2 ab.</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>In Ansicht einpassen</translation>
    </message>
    <message>
        <source>Lay out again</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>Show details of %1</source>
        <translation>Details zu %1 anzeigen</translation>
    </message>
    <message>
        <source>Select what depends on it</source>
        <translation>Auswählen, was davon abhängt</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) depend on %1, directly or not.</source>
        <translation>
            <numerusform>%n Komponente hängt direkt oder indirekt von %1 ab.</numerusform>
            <numerusform>%n Komponenten hängen direkt oder indirekt von %1 ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select what it depends on</source>
        <translation>Auswählen, wovon es abhängt</translation>
    </message>
    <message numerus="yes">
        <source>%1 depends on %n component(s), directly or not.</source>
        <translation>
            <numerusform>%1 hängt direkt oder indirekt von %n Komponente ab.</numerusform>
            <numerusform>%1 hängt direkt oder indirekt von %n Komponenten ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find path to…</source>
        <translation>Pfad finden zu…</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>Nur anzeigen</translation>
    </message>
    <message>
        <source>What depends on it</source>
        <translation>Was davon abhängt</translation>
    </message>
    <message>
        <source>What it depends on</source>
        <translation>Wovon es abhängt</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <source>Add dependency from it…</source>
        <translation>Abhängigkeit von hier hinzufügen…</translation>
    </message>
    <message>
        <source>%1 depends on:</source>
        <translation>%1 hängt ab von:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Let the layout place it</source>
        <translation>Vom Layout platzieren lassen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n component(s)</source>
        <translation>
            <numerusform>%n Komponente entfernen</numerusform>
            <numerusform>%n Komponenten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Select %1 and %2</source>
        <translation>%1 und %2 auswählen</translation>
    </message>
    <message>
        <source>Edit version range…</source>
        <translation>Versionsbereich bearbeiten…</translation>
    </message>
    <message>
        <source>Remove dependency</source>
        <translation>Abhängigkeit entfernen</translation>
    </message>
    <message>
        <source>Find path</source>
        <translation>Pfad finden</translation>
    </message>
    <message>
        <source>Dependency path from %1 to:</source>
        <translation>Abhängigkeitspfad von %1 zu:</translation>
    </message>
    <message>
        <source>No chain of dependencies links %1 and %2.</source>
        <translation>Keine Abhängigkeitskette verbindet %1 und %2.</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
</context>
<context>
    <name>planner::GraphWidget</name>
    <message>
        <source>Laying out the graph…</source>
        <translation>Graph wird angeordnet…</translation>
    </message>
    <message>
        <source>Export the visible part</source>
        <translation>Sichtbaren Teil exportieren</translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>graph.svg</source>
        <translation>graph.svg</translation>
    </message>
    <message>
        <source>graph.png</source>
        <translation>graph.png</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Names show from %1 % on: zoom in (+) to read them</source>
        <translation>Namen erscheinen ab %1 %: vergrößern (+), um sie zu lesen</translation>
    </message>
    <message>
        <source>Click to show the whole legend, with the kinds</source>
        <translation>Klicken, um die ganze Legende mit den Arten anzuzeigen</translation>
    </message>
    <message>
        <source>Click to fold the legend to one line</source>
        <translation>Klicken, um die Legende auf eine Zeile einzuklappen</translation>
    </message>
    <message numerus="yes">
        <source>Shown at %1 % so that names can be read. Fit (F) shows all %n component(s); names show only when you zoom in.</source>
        <translation>
            <numerusform>Bei %1 % angezeigt, damit Namen lesbar sind. Einpassen (F) zeigt alle %n Komponente; Namen erscheinen nur beim Vergrößern.</numerusform>
            <numerusform>Bei %1 % angezeigt, damit Namen lesbar sind. Einpassen (F) zeigt alle %n Komponenten; Namen erscheinen nur beim Vergrößern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph (F)</source>
        <translation>Den ganzen Graphen anzeigen (F)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Zoom; click for actual size (1)</source>
        <translation>Zoom; klicken für Originalgröße (1)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Find component…</source>
        <translation>Komponente finden…</translation>
    </message>
    <message>
        <source>Find a component by name or id and show it</source>
        <translation>Eine Komponente nach Name oder Id finden und anzeigen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Show what the colours, borders, shapes and arrows mean (exported pictures carry it too)</source>
        <translation>Anzeigen, was Farben, Rahmen, Formen und Pfeile bedeuten (exportierte Bilder enthalten sie ebenfalls)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Show the overview when the graph does not fit the view</source>
        <translation>Die Übersicht anzeigen, wenn der Graph nicht in die Ansicht passt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the graph as a picture, with its title and legend</source>
        <translation>Den Graphen als Bild speichern, mit Titel und Legende</translation>
    </message>
    <message>
        <source>Whole graph as SVG…</source>
        <translation>Ganzer Graph als SVG…</translation>
    </message>
    <message>
        <source>Whole graph as PNG…</source>
        <translation>Ganzer Graph als PNG…</translation>
    </message>
    <message>
        <source>Visible part as SVG…</source>
        <translation>Sichtbarer Teil als SVG…</translation>
    </message>
    <message>
        <source>Visible part as PNG…</source>
        <translation>Sichtbarer Teil als PNG…</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Group by site, connect components, lay the graph out again</source>
        <translation>Nach Standort gruppieren, Komponenten verbinden, Graph neu anordnen</translation>
    </message>
    <message>
        <source>Group by site</source>
        <translation>Nach Standort gruppieren</translation>
    </message>
    <message>
        <source>Draw each site&apos;s components together in a labelled box</source>
        <translation>Die Komponenten jedes Standorts gemeinsam in einem beschrifteten Kasten zeichnen</translation>
    </message>
    <message>
        <source>Connect by dragging</source>
        <translation>Durch Ziehen verbinden</translation>
    </message>
    <message>
        <source>Drag from a component to what it depends on to add a dependency (Shift+drag does the same at any time)</source>
        <translation>Von einer Komponente zu dem ziehen, wovon sie abhängt, um eine Abhängigkeit hinzuzufügen (Umschalt+Ziehen bewirkt dasselbe jederzeit)</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <source>Lay the graph out again; components placed by hand stay</source>
        <translation>Den Graphen neu anordnen; von Hand platzierte Komponenten bleiben</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show only components of one kind</source>
        <translation>Nur Komponenten einer Art anzeigen</translation>
    </message>
    <message>
        <source>Show only one site&apos;s components</source>
        <translation>Nur die Komponenten eines Standorts anzeigen</translation>
    </message>
    <message>
        <source>Any criticality</source>
        <translation>Jede Kritikalität</translation>
    </message>
    <message>
        <source>Medium or more</source>
        <translation>Mittel oder höher</translation>
    </message>
    <message>
        <source>High or more</source>
        <translation>Hoch oder höher</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritisch</translation>
    </message>
    <message>
        <source>Show only components at least this critical</source>
        <translation>Nur Komponenten anzeigen, die mindestens so kritisch sind</translation>
    </message>
    <message>
        <source>Whole estate</source>
        <translation>Gesamter Bestand</translation>
    </message>
    <message>
        <source>What depends on the selection</source>
        <translation>Was von der Auswahl abhängt</translation>
    </message>
    <message>
        <source>What the selection needs</source>
        <translation>Was die Auswahl braucht</translation>
    </message>
    <message>
        <source>Both ways from the selection</source>
        <translation>Beide Richtungen ab der Auswahl</translation>
    </message>
    <message>
        <source>Impact view: only the selected components and what depends on them or what they need, directly or not</source>
        <translation>Auswirkungsansicht: nur die ausgewählten Komponenten und was direkt oder indirekt von ihnen abhängt oder was sie brauchen</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Criticality:</source>
        <translation>Kritikalität:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Auswirkung:</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Show only some components: by kind, site, criticality or impact of the selection</source>
        <translation>Nur einige Komponenten anzeigen: nach Art, Standort, Kritikalität oder Auswirkung der Auswahl</translation>
    </message>
    <message>
        <source>Showing only: %1</source>
        <translation>Nur angezeigt: %1</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>%1 gefunden.</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
</context>
<context>
    <name>planner::GuideDialog</name>
    <message>
        <source>Upgrade Planner Guide</source>
        <translation>Upgrade-Planner-Leitfaden</translation>
    </message>
    <message>
        <source>The guide is missing from this build.</source>
        <translation>Der Leitfaden fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>planner::HelpController</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Leitfaden</translation>
    </message>
    <message>
        <source>&amp;About Upgrade Planner</source>
        <translation>Ü&amp;ber Upgrade Planner</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>What each view is for and how to read it</source>
        <translation>Wofür jede Ansicht da ist und wie man sie liest</translation>
    </message>
    <message>
        <source>Version, licences and where the data comes from</source>
        <translation>Version, Lizenzen und Herkunft der Daten</translation>
    </message>
</context>
<context>
    <name>planner::HistoryPanel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>änderte %1</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Filter by element, field or value</source>
        <translation>Nach Element, Feld oder Wert filtern</translation>
    </message>
    <message>
        <source>Only the saves of this person</source>
        <translation>Nur die Speichervorgänge dieser Person</translation>
    </message>
    <message>
        <source>Only saves on or after this day</source>
        <translation>Nur Speichervorgänge ab diesem Tag</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the project&apos;s history again</source>
        <translation>Den Projektverlauf neu lesen</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <source>Save / Element</source>
        <translation>Speichern / Element</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>Komponente %1</translation>
    </message>
    <message>
        <source>dependency %1</source>
        <translation>Abhängigkeit %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>das Projekt</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Save %L1 · %2 · %3</source>
        <translation>Speichern %L1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No saves recorded yet</source>
        <translation>Noch keine Speichervorgänge aufgezeichnet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln save(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Speichervorgang angezeigt</numerusform>
            <numerusform>%1 von %Ln Speichervorgängen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %Ln change(s)</source>
        <translation>
            <numerusform>, mit %Ln Änderung</numerusform>
            <numerusform>, mit %Ln Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::IcsCalendar</name>
    <message>
        <source>Maintenance window %1, %2 to %3.</source>
        <translation>Wartungsfenster %1, %2 bis %3.</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3: start %4, point of no return %5</source>
        <translation>%1 %2 -&gt; %3: Beginn %4, Point of no Return %5</translation>
    </message>
    <message>
        <source>If every step rolls back: done %1, %2 after the window ends.</source>
        <translation>Wenn jeder Schritt zurückgerollt wird: fertig %1, %2 nach Fensterende.</translation>
    </message>
    <message>
        <source>If every step rolls back: done %1.</source>
        <translation>Wenn jeder Schritt zurückgerollt wird: fertig %1.</translation>
    </message>
    <message>
        <source>%1: upgrade windows</source>
        <translation>%1: Upgrade-Fenster</translation>
    </message>
    <message>
        <source>Upgrade window %1: 1 step</source>
        <translation>Upgrade-Fenster %1: 1 Schritt</translation>
    </message>
    <message>
        <source>Upgrade window %1: %2 steps</source>
        <translation>Upgrade-Fenster %1: %2 Schritte</translation>
    </message>
    <message>
        <source>%1 (scenario %2)</source>
        <translation>%1 (Szenario %2)</translation>
    </message>
    <message>
        <source>[scenario %1] %2</source>
        <translation>[Szenario %1] %2</translation>
    </message>
</context>
<context>
    <name>planner::ImpactPage</name>
    <message>
        <source>Step / process</source>
        <translation>Schritt / Prozess</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Worst case</source>
        <translation>Ungünstigster Fall</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>User groups</source>
        <translation>Benutzergruppen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Reached through</source>
        <translation>Erreicht über</translation>
    </message>
    <message>
        <source>%1 of %2 steps affect business processes; %3 processes are affected, %4 of them on the stricter list (emergency, payment, production control, public service). Downtime is the step&apos;s execution and verification as scheduled; the worst case runs to the end of its rollback reserve.</source>
        <translation>%1 von %2 Schritten betreffen Geschäftsprozesse; %3 Prozesse sind betroffen, %4 davon auf der strengeren Liste (Notfall, Zahlung, Produktionssteuerung, öffentlicher Dienst). Ausfallzeit ist Ausführung und Prüfung des Schritts wie eingeplant; der ungünstigste Fall reicht bis zum Ende seiner Rollback-Reserve.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source> (planned)</source>
        <translation> (geplant)</translation>
    </message>
    <message>
        <source>no business process</source>
        <translation>kein Geschäftsprozess</translation>
    </message>
    <message>
        <source>max outage %1</source>
        <translation>max. Ausfall %1</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>internal only</source>
        <translation>nur intern</translation>
    </message>
    <message>
        <source>uses it directly</source>
        <translation>nutzt es direkt</translation>
    </message>
    <message>
        <source>Longer than the service level allows</source>
        <translation>Länger, als das Service-Level erlaubt</translation>
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
    <message>
        <source>&amp;Copy Id</source>
        <translation>&amp;Id kopieren</translation>
    </message>
    <message>
        <source>Copy the selected components&apos; ids to the clipboard</source>
        <translation>Die Ids der ausgewählten Komponenten in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy Ids</source>
        <translation>&amp;Ids kopieren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Copied %1 ids</source>
        <translation>%1 Ids kopiert</translation>
    </message>
</context>
<context>
    <name>planner::MainWindow</name>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
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
        <source>1 component</source>
        <translation>1 Komponente</translation>
    </message>
    <message>
        <source>1 dependency</source>
        <translation>1 Abhängigkeit</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>The controlled change: readiness, risk, impact and the records</source>
        <translation>Die kontrollierte Änderung: Bereitschaft, Risiko, Auswirkung und Unterlagen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>&amp;Change Records</source>
        <translation>Änderungs&amp;unterlagen</translation>
    </message>
    <message>
        <source>Readiness, risk, business impact, backups, rollback plans, pilots, acceptance checks, messages, monitoring and the upgrade record</source>
        <translation>Bereitschaft, Risiko, Geschäftsauswirkung, Sicherungen, Rollback-Pläne, Piloten, Abnahmeprüfungen, Mitteilungen, Überwachung und Upgrade-Protokoll</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Preferences saved; the new language applies at the next start</source>
        <translation>Einstellungen gespeichert; die neue Sprache gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>Ein&amp;stellungen...</translation>
    </message>
    <message>
        <source>Language, autosave, durations of new components, the window of new projects</source>
        <translation>Sprache, automatisches Speichern, Dauern neuer Komponenten, Wartungsfenster neuer Projekte</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — Upgrade Planner</source>
        <translation>%1[*] (schreibgeschützt) — Upgrade Planner</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The history starts with the project&apos;s first save</source>
        <translation>Der Verlauf beginnt mit dem ersten Speichern des Projekts</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%L1 components</source>
        <translation>%L1 Komponenten</translation>
    </message>
    <message>
        <source>%L1 shown of %2</source>
        <translation>%L1 angezeigt von %2</translation>
    </message>
    <message>
        <source>%L1 dependencies</source>
        <translation>%L1 Abhängigkeiten</translation>
    </message>
    <message>
        <source>Analysing: checking, ordering, scheduling…</source>
        <translation>Analyse läuft: prüfen, ordnen, einplanen…</translation>
    </message>
    <message>
        <source>Analysis waits for the edits to settle…</source>
        <translation>Die Analyse wartet, bis die Bearbeitung ruht…</translation>
    </message>
    <message>
        <source>Analysed in %L1 ms: 1 open finding</source>
        <translation>Analysiert in %L1 ms: 1 offener Befund</translation>
    </message>
    <message>
        <source>Analysed in %L1 ms: %L2 open findings</source>
        <translation>Analysiert in %L1 ms: %L2 offene Befunde</translation>
    </message>
</context>
<context>
    <name>planner::MergeReviewDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
    <message>
        <source>Merging &lt;b&gt;%1&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;: %3 added, %4 updated, %5 as they were, %6 added. Fields the file does not carry keep their values here. What the project has and the file lacks stays unless you tick it below.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird mit &lt;b&gt;%2&lt;/b&gt; zusammengeführt: %3 hinzugefügt, %4 aktualisiert, %5 unverändert, %6 hinzugefügt. Felder, die die Datei nicht enthält, behalten hier ihre Werte. Was das Projekt hat und der Datei fehlt, bleibt erhalten, sofern Sie es unten nicht ankreuzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n component</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n components</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency</source>
        <translation>
            <numerusform>%n Abhängigkeit</numerusform>
            <numerusform>%n Abhängigkeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependencies</source>
        <translation>
            <numerusform>%n Abhängigkeit</numerusform>
            <numerusform>%n Abhängigkeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>In the project</source>
        <translation>Im Projekt</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Not in the file (%1): tick to remove from the project</source>
        <translation>Nicht in der Datei (%1): ankreuzen, um aus dem Projekt zu entfernen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Updated fields (%1)</source>
        <translation>Aktualisierte Felder (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New components (%1)</source>
        <translation>Neue Komponenten (%1)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Also added (%1)</source>
        <translation>Ebenfalls hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>Dependencies the file does not list (%1): kept</source>
        <translation>Abhängigkeiten, die die Datei nicht aufführt (%1): behalten</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>planner::MessagesPage</name>
    <message>
        <source>Messages to the people a window affects, sent the given hours before it starts or after it ends. Placeholders: {window} {start} {end} {services} {limitations} {contact} {project}.</source>
        <translation>Mitteilungen an die von einem Fenster Betroffenen, gesendet die angegebenen Stunden vor dessen Beginn oder nach dessen Ende. Platzhalter: {window} {start} {end} {services} {limitations} {contact} {project}.</translation>
    </message>
    <message>
        <source>The text of the selected message</source>
        <translation>Der Text der ausgewählten Mitteilung</translation>
    </message>
    <message>
        <source>Body of the selected template:</source>
        <translation>Text der ausgewählten Vorlage:</translation>
    </message>
    <message>
        <source>As it will be sent (filled from the schedule):</source>
        <translation>Wie er gesendet wird (aus dem Zeitplan gefüllt):</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#555&apos;&gt;To &lt;b&gt;%1&lt;/b&gt; · send %2 · window %3 (%4 – %5)&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#555&apos;&gt;An &lt;b&gt;%1&lt;/b&gt; · senden %2 · Fenster %3 (%4 – %5)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a template to see its messages.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Vorlage, um ihre Mitteilungen zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No window of the schedule uses this template yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch kein Fenster des Zeitplans nutzt diese Vorlage.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>planner::PlanController</name>
    <message>
        <source>E&amp;xport Plan…</source>
        <translation>Plan e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Si&amp;gn Plan…</source>
        <translation>Plan si&amp;gnieren…</translation>
    </message>
    <message>
        <source>&amp;Verify Plan…</source>
        <translation>Plan &amp;verifizieren…</translation>
    </message>
    <message>
        <source>Write the plan for the change board: plan.json, PDF, calendar</source>
        <translation>Den Plan für das Change Advisory Board schreiben: plan.json, PDF, Kalender</translation>
    </message>
    <message>
        <source>Approve an exported plan with your key</source>
        <translation>Einen exportierten Plan mit Ihrem Schlüssel genehmigen</translation>
    </message>
    <message>
        <source>Check the approvals of an exported plan</source>
        <translation>Die Genehmigungen eines exportierten Plans prüfen</translation>
    </message>
    <message>
        <source>Plan: %1plan.json cannot be read</source>
        <translation>Plan: %1plan.json kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Plan: matches %1 (not signed yet)</source>
        <translation>Plan: stimmt mit %1 überein (noch nicht signiert)</translation>
    </message>
    <message>
        <source>Plan: matches %1 (1 valid approval)</source>
        <translation>Plan: stimmt mit %1 überein (1 gültige Genehmigung)</translation>
    </message>
    <message>
        <source>Plan: matches %1 (%2 valid approvals)</source>
        <translation>Plan: stimmt mit %1 überein (%2 gültige Genehmigungen)</translation>
    </message>
    <message>
        <source>The open project is the estate the plan in %1 was exported from.</source>
        <translation>Das geöffnete Projekt ist der Bestand, aus dem der Plan in %1 exportiert wurde.</translation>
    </message>
    <message>
        <source>Plan: project changed since %1 was exported</source>
        <translation>Plan: Projekt seit dem Export von %1 geändert</translation>
    </message>
    <message>
        <source>Plan: project changed since %1 was signed by %2</source>
        <translation>Plan: Projekt geändert, seit %1 von %2 signiert wurde</translation>
    </message>
    <message>
        <source>The open project differs from the estate the plan in %1 was exported from: export it again to a new folder and have it approved again.</source>
        <translation>Das geöffnete Projekt weicht vom Bestand ab, aus dem der Plan in %1 exportiert wurde: exportieren Sie ihn erneut in einen neuen Ordner und lassen Sie ihn erneut genehmigen.</translation>
    </message>
    <message>
        <source>Invalid approvals in the folder: %1.</source>
        <translation>Ungültige Genehmigungen im Ordner: %1.</translation>
    </message>
    <message>
        <source>Click for details.</source>
        <translation>Für Details klicken.</translation>
    </message>
    <message>
        <source>Plan folder: %1</source>
        <translation>Planordner: %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Noch nicht signiert.</translation>
    </message>
    <message>
        <source>Signed by %1 (valid approvals: %2).</source>
        <translation>Signiert von %1 (gültige Genehmigungen: %2).</translation>
    </message>
    <message>
        <source>Invalid approvals: %1; Verify Plan says why.</source>
        <translation>Ungültige Genehmigungen: %1; „Plan verifizieren“ nennt den Grund.</translation>
    </message>
    <message>
        <source>The open project matches the exported plan.</source>
        <translation>Das geöffnete Projekt stimmt mit dem exportierten Plan überein.</translation>
    </message>
    <message>
        <source>The project changed since the plan was exported, but not in anything the plan shows (names, notes, details). Its estate SHA-256 differs all the same.</source>
        <translation>Das Projekt wurde seit dem Export des Plans geändert, aber nicht in etwas, das der Plan zeigt (Namen, Notizen, Details). Sein Bestands-SHA-256 unterscheidet sich trotzdem.</translation>
    </message>
    <message>
        <source>The project changed since the plan was exported. Differences in the plan: %1; the first:</source>
        <translation>Das Projekt wurde seit dem Export des Plans geändert. Unterschiede im Plan: %1; der erste:</translation>
    </message>
    <message>
        <source>Plan exported to %1</source>
        <translation>Plan nach %1 exportiert</translation>
    </message>
    <message>
        <source>Approval %1 added to %2</source>
        <translation>Genehmigung %1 zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 (scenario %2)</source>
        <translation>%1 (Szenario %2)</translation>
    </message>
    <message>
        <source>The plan in %1 was exported from the scenario %2, which the project no longer has.</source>
        <translation>Der Plan in %1 wurde aus dem Szenario %2 exportiert, das es im Projekt nicht mehr gibt.</translation>
    </message>
</context>
<context>
    <name>planner::PlanPanel</name>
    <message>
        <source>Ordering the upgrade for the latest edit…</source>
        <translation>Upgrade wird nach der letzten Bearbeitung geordnet…</translation>
    </message>
    <message>
        <source>Not ordered yet</source>
        <translation>Noch nicht geordnet</translation>
    </message>
    <message>
        <source>Select a step to read why it stands where it does.</source>
        <translation>Wählen Sie einen Schritt, um zu lesen, warum er an seiner Stelle steht.</translation>
    </message>
    <message>
        <source>wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Wave %1: %2</source>
        <translation>Welle %1: %2</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Show in Timeline</source>
        <translation>In Zeitachse zeigen</translation>
    </message>
    <message>
        <source>Copy Step</source>
        <translation>Schritt kopieren</translation>
    </message>
</context>
<context>
    <name>planner::PlanTreeModel</name>
    <message>
        <source>Nothing to upgrade</source>
        <translation>Nichts zu aktualisieren</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wave</source>
        <translation>
            <numerusform>%n Welle</numerusform>
            <numerusform>%n Wellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waves</source>
        <translation>
            <numerusform>%n Welle</numerusform>
            <numerusform>%n Wellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blockiert</numerusform>
            <numerusform>%n blockiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pin problem</source>
        <translation>
            <numerusform>%n Vorgabeproblem</numerusform>
            <numerusform>%n Vorgabeprobleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pin problems</source>
        <translation>
            <numerusform>%n Vorgabeproblem</numerusform>
            <numerusform>%n Vorgabeprobleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <source>Move together</source>
        <translation>Gemeinsam wechseln</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Pins that cannot hold</source>
        <translation>Nicht einhaltbare Vorgaben</translation>
    </message>
    <message numerus="yes">
        <source>%n upgrade</source>
        <translation>
            <numerusform>%n Upgrade</numerusform>
            <numerusform>%n Upgrades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upgrades</source>
        <translation>
            <numerusform>%n Upgrade</numerusform>
            <numerusform>%n Upgrades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pin</source>
        <translation>
            <numerusform>%n Vorgabe</numerusform>
            <numerusform>%n Vorgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pins</source>
        <translation>
            <numerusform>%n Vorgabe</numerusform>
            <numerusform>%n Vorgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported stone</source>
        <translation>Zwischenversion ohne Support</translation>
    </message>
    <message>
        <source>required stop</source>
        <translation>Pflichtzwischenstufe</translation>
    </message>
    <message>
        <source>stepping stone</source>
        <translation>Zwischenversion</translation>
    </message>
    <message>
        <source>A stepping stone whose support has ended: %1 passes through %2 and does not stay there.</source>
        <translation>Eine Zwischenversion, deren Support beendet ist: %1 durchläuft %2 und bleibt nicht dort.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>Von → Nach</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>planner::PreferencesDialog</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Dauern</translation>
    </message>
    <message>
        <source>New Projects</source>
        <translation>Neue Projekte</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when the program starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Programmstart.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch speichern alle:</translation>
    </message>
    <message>
        <source>Minutes of each phase for the components you add, by kind. A component keeps the durations it was given; these only fill new ones.</source>
        <translation>Minuten je Phase für Komponenten, die Sie hinzufügen, nach Art. Eine Komponente behält die Dauern, die sie hat; diese Werte gelten nur für neue.</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Start each new project with a weekly maintenance window</source>
        <translation>Jedes neue Projekt mit einem wöchentlichen Wartungsfenster beginnen</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Wochen:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Restore tests valid for:</source>
        <translation>&amp;Wiederherstellungstests gültig für:</translation>
    </message>
    <message>
        <source>A backup whose restore was last tested longer before the plan starts counts as not proven. Each project keeps its own limit (File &gt; Project Properties).</source>
        <translation>Eine Sicherung, deren Wiederherstellung länger vor dem Planstart zuletzt getestet wurde, gilt als nicht nachgewiesen. Jedes Projekt behält seine eigene Grenze (Datei &gt; Projekteigenschaften).</translation>
    </message>
    <message>
        <source>Unsaved changes are copied at this interval to a recovery folder, never into the project: after a crash the next start offers to restore them.</source>
        <translation>Ungespeicherte Änderungen werden in diesem Abstand in einen Wiederherstellungsordner kopiert, nie in das Projekt: nach einem Absturz bietet der nächste Start an, sie wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>planner::ProjectController</name>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>&amp;Projekteigenschaften…</translation>
    </message>
    <message>
        <source>Name, purpose, reason, urgency, start date, time zone and decision time</source>
        <translation>Name, Zweck, Grund, Dringlichkeit, Startdatum, Zeitzone und Entscheidungszeit</translation>
    </message>
    <message>
        <source>Project properties changed</source>
        <translation>Projekteigenschaften geändert</translation>
    </message>
</context>
<context>
    <name>planner::ProjectPropertiesDialog</name>
    <message>
        <source>&amp;Not set</source>
        <translation>&amp;Nicht festgelegt</translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation>Projekteigenschaften</translation>
    </message>
    <message>
        <source>e.g. Core banking refresh</source>
        <translation>z. B. Erneuerung Kernbankensystem</translation>
    </message>
    <message>
        <source>e.g. Replace PostgreSQL 12 before its support ends</source>
        <translation>z. B. PostgreSQL 12 vor dem Supportende ersetzen</translation>
    </message>
    <message>
        <source>The plan&apos;s day zero: support end dates and waivers are judged against it, and no window before it is used</source>
        <translation>Tag null des Plans: Supportende-Daten und Ausnahmen werden daran gemessen, und kein Fenster davor wird genutzt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time kept after verify for the go/no-go call, before a rollback would start</source>
        <translation>Zeit nach dem Prüfen für die Go/No-Go-Entscheidung, bevor ein Rollback beginnen würde</translation>
    </message>
    <message>
        <source>What the whole project is about. The start date and time zone change how the plan is checked and scheduled.</source>
        <translation>Worum es im gesamten Projekt geht. Startdatum und Zeitzone beeinflussen, wie der Plan geprüft und eingeplant wird.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Dringlichkeit:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Zeitz&amp;one:</translation>
    </message>
    <message>
        <source>&amp;Decision time:</source>
        <translation>&amp;Entscheidungszeit:</translation>
    </message>
    <message>
        <source>none: plain wall-clock times</source>
        <translation>keine: einfache Uhrzeiten</translation>
    </message>
    <message>
        <source>The IANA time zone the windows&apos; times are in, e.g. Europe/Berlin; type part of a name to search</source>
        <translation>Die IANA-Zeitzone der Fensterzeiten, z. B. Europe/Berlin; tippen Sie einen Namensteil, um zu suchen</translation>
    </message>
    <message>
        <source>Time zone: “%1” is not a time zone this computer knows. Choose one from the list (type part of its name, such as Berlin) or leave it empty.</source>
        <translation>Zeitzone: „%1“ ist keine Zeitzone, die dieser Computer kennt. Wählen Sie eine aus der Liste (tippen Sie einen Namensteil wie Berlin) oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Why the upgrade happens: pick one, or type a word of your own</source>
        <translation>Warum das Upgrade erfolgt: einen Eintrag wählen oder ein eigenes Wort eingeben</translation>
    </message>
    <message>
        <source>How pressing it is: pick one, or type a word of your own</source>
        <translation>Wie dringend es ist: einen Eintrag wählen oder ein eigenes Wort eingeben</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A backup whose restore was last tested more than this many days before the start date is reported as not proven</source>
        <translation>Eine Sicherung, deren Wiederherstellung zuletzt mehr als so viele Tage vor dem Startdatum getestet wurde, wird als nicht nachgewiesen gemeldet</translation>
    </message>
    <message>
        <source>Restore tests &amp;valid for:</source>
        <translation>Wiederherstellungstests &amp;gültig für:</translation>
    </message>
</context>
<context>
    <name>planner::ReadinessPage</name>
    <message>
        <source>Missing before approval</source>
        <translation>Fehlt vor der Genehmigung</translation>
    </message>
    <message>
        <source>Component / window</source>
        <translation>Komponente / Fenster</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Step / rule</source>
        <translation>Schritt / Regel</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>&lt;i&gt;not stated&lt;/i&gt;</source>
        <translation>&lt;i&gt;nicht angegeben&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Ready for approval.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;Bereit zur Genehmigung.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#d32f2f&apos;&gt;Not ready for approval: %n item missing.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#d32f2f&apos;&gt;Nicht bereit zur Genehmigung: %n Eintrag fehlt.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#d32f2f&apos;&gt;Nicht bereit zur Genehmigung: %n Einträge fehlen.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#d32f2f&apos;&gt;Not ready for approval: %n items missing.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#d32f2f&apos;&gt;Nicht bereit zur Genehmigung: %n Eintrag fehlt.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#d32f2f&apos;&gt;Nicht bereit zur Genehmigung: %n Einträge fehlen.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &amp;nbsp; Reason: %2 · urgency: %3 · purpose: %4&lt;br&gt;Risk score of the plan: &lt;b style=&apos;color:%5&apos;&gt;%6 (%7)&lt;/b&gt; · review path: &lt;b&gt;%8&lt;/b&gt; — %9</source>
        <translation>%1 &amp;nbsp; Grund: %2 · Dringlichkeit: %3 · Zweck: %4&lt;br&gt;Risikowert des Plans: &lt;b style=&apos;color:%5&apos;&gt;%6 (%7)&lt;/b&gt; · Prüfweg: &lt;b&gt;%8&lt;/b&gt; — %9</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>der Plan</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Every record the plan needs is there.</source>
        <translation>Alle Unterlagen, die der Plan braucht, sind vorhanden.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
</context>
<context>
    <name>planner::RecordFilter</name>
    <message>
        <source>Filter: component, name or any text</source>
        <translation>Filter: Komponente, Name oder beliebiger Text</translation>
    </message>
    <message>
        <source>Shows only the rows that contain this text in any column. Click a column&apos;s header to sort by it.</source>
        <translation>Zeigt nur die Zeilen, die diesen Text in einer beliebigen Spalte enthalten. Klicken Sie auf einen Spaltenkopf, um danach zu sortieren.</translation>
    </message>
</context>
<context>
    <name>planner::RecordPage</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Select component</source>
        <translation>Komponente auswählen</translation>
    </message>
    <message>
        <source>Select the component of the current row in every view</source>
        <translation>Die Komponente der aktuellen Zeile in jeder Ansicht auswählen</translation>
    </message>
</context>
<context>
    <name>planner::RecoveryController</name>
    <message>
        <source>Recovery copy failed: %1</source>
        <translation>Wiederherstellungskopie fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Unsaved changes copied for recovery at %1</source>
        <translation>Ungespeicherte Änderungen um %1 zur Wiederherstellung kopiert</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Upgrade Planner ended without saving the changes to %1.</source>
        <translation>Upgrade Planner wurde beendet, ohne die Änderungen an %1 zu speichern.</translation>
    </message>
    <message>
        <source>A recovery copy from %1 holds them. Restore opens it as an untitled project, to be saved under a name; Discard deletes the copy; Later keeps it for the next start.</source>
        <translation>Eine Wiederherstellungskopie von %1 enthält sie. Wiederherstellen öffnet sie als unbenanntes Projekt, das unter einem Namen zu speichern ist; Verwerfen löscht die Kopie; Später behält sie für den nächsten Start.</translation>
    </message>
    <message>
        <source>A recovery copy from %1 holds them. Restore opens it with the changes still unsaved: Save writes them to %2. Discard deletes the copy; Later keeps it for the next start.</source>
        <translation>Eine Wiederherstellungskopie von %1 enthält sie. Wiederherstellen öffnet sie mit weiterhin ungespeicherten Änderungen: Speichern schreibt sie nach %2. Verwerfen löscht die Kopie; Später behält sie für den nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read: %1</source>
        <translation>Die Wiederherstellungskopie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Restored the unsaved changes to %1 from %2</source>
        <translation>Die ungespeicherten Änderungen an %1 aus %2 wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>planner::RecoveryStore</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>der Wiederherstellungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot lock a recovery copy in %1</source>
        <translation>eine Wiederherstellungskopie in %1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>cannot replace the recovery copy</source>
        <translation>die Wiederherstellungskopie kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>planner::ScenarioCompareDialog</name>
    <message>
        <source>nothing placed</source>
        <translation>nichts eingeplant</translation>
    </message>
    <message numerus="yes">
        <source>%1%n day(s)</source>
        <translation>
            <numerusform>%1%n Tag</numerusform>
            <numerusform>%1%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Compare Scenarios</source>
        <translation>Szenarien vergleichen</translation>
    </message>
    <message>
        <source>Tick the scenarios to compare; the first ticked is the one the others are measured against</source>
        <translation>Kreuzen Sie die zu vergleichenden Szenarien an; am ersten angekreuzten werden die anderen gemessen</translation>
    </message>
    <message>
        <source>Scenarios compared:</source>
        <translation>Verglichene Szenarien:</translation>
    </message>
    <message>
        <source>Each figure is set against the first scenario: &lt;span style=&apos;color:#1b7f3b&apos;&gt;green&lt;/span&gt; is better, &lt;span style=&apos;color:#b3261e&apos;&gt;red&lt;/span&gt; worse.</source>
        <translation>Jeder Wert wird dem ersten Szenario gegenübergestellt: &lt;span style=&apos;color:#1b7f3b&apos;&gt;grün&lt;/span&gt; ist besser, &lt;span style=&apos;color:#b3261e&apos;&gt;rot&lt;/span&gt; schlechter.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Figures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kennzahlen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps that moved&lt;/b&gt; (against the first scenario)</source>
        <translation>&lt;b&gt;Verschobene Schritte&lt;/b&gt; (gegenüber dem ersten Szenario)</translation>
    </message>
    <message>
        <source>Tick two or more scenarios.</source>
        <translation>Kreuzen Sie zwei oder mehr Szenarien an.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n scenario(s)…</source>
        <translation>
            <numerusform>Vergleiche %n Szenario…</numerusform>
            <numerusform>Vergleiche %n Szenarien…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes on the baseline</source>
        <translation>Änderungen gegenüber der Basis</translation>
    </message>
    <message>
        <source>Finish (last step verified)</source>
        <translation>Ende (letzter Schritt geprüft)</translation>
    </message>
    <message>
        <source>Windows used</source>
        <translation>Genutzte Fenster</translation>
    </message>
    <message>
        <source>Steps scheduled</source>
        <translation>Eingeplante Schritte</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Steps not scheduled</source>
        <translation>Nicht eingeplante Schritte</translation>
    </message>
    <message>
        <source>Errors (not waived)</source>
        <translation>Fehler (ohne Ausnahme)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Missing before approval</source>
        <translation>Fehlt vor der Genehmigung</translation>
    </message>
    <message>
        <source>Downtime: %1</source>
        <translation>Ausfallzeit: %1</translation>
    </message>
    <message>
        <source>%1 (worst case %2)</source>
        <translation>%1 (ungünstigster Fall %2)</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>No step moved.</source>
        <translation>Kein Schritt wurde verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: finish %2, %n window(s) used</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: Ende %2, %n Fenster genutzt</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: Ende %2, %n Fenster genutzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, &lt;span style=&apos;color:#b3261e&apos;&gt;%n step(s) not scheduled&lt;/span&gt;</source>
        <translation>
            <numerusform>, &lt;span style=&apos;color:#b3261e&apos;&gt;%n Schritt nicht eingeplant&lt;/span&gt;</numerusform>
            <numerusform>, &lt;span style=&apos;color:#b3261e&apos;&gt;%n Schritte nicht eingeplant&lt;/span&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ScenarioController</name>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>&amp;Neues Szenario…</translation>
    </message>
    <message>
        <source>&amp;Rename Scenario…</source>
        <translation>Szenario &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Scenario</source>
        <translation>Szenario &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios…</source>
        <translation>Szenarien &amp;vergleichen…</translation>
    </message>
    <message>
        <source>The scenario shown and edited: the baseline (the project itself) or a variant with its own targets, windows, durations, pins, waivers and staff</source>
        <translation>Das angezeigte und bearbeitete Szenario: die Basis (das Projekt selbst) oder eine Variante mit eigenen Zielen, Wartungsfenstern, Dauern, Vorgaben, Ausnahmen und eigenem Personal</translation>
    </message>
    <message>
        <source>A variant of the plan, starting as a copy of what is shown now</source>
        <translation>Eine Variante des Plans, zunächst eine Kopie des jetzt Angezeigten</translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation>Das aktuelle Szenario umbenennen</translation>
    </message>
    <message>
        <source>Delete the current scenario; the baseline is shown again</source>
        <translation>Das aktuelle Szenario löschen; die Basis wird wieder angezeigt</translation>
    </message>
    <message>
        <source>Scenarios side by side: finish, windows, downtime, risk, conflicts, readiness and the steps that moved</source>
        <translation>Szenarien nebeneinander: Ende, Fenster, Ausfallzeit, Risiko, Konflikte, Bereitschaft und die verschobenen Schritte</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>The project itself</source>
        <translation>Das Projekt selbst</translation>
    </message>
    <message>
        <source>Show the baseline</source>
        <translation>Die Basis anzeigen</translation>
    </message>
    <message>
        <source>Show scenario %1</source>
        <translation>Szenario %1 anzeigen</translation>
    </message>
    <message>
        <source>Showing the baseline; edits change the project itself</source>
        <translation>Die Basis wird angezeigt; Bearbeitungen ändern das Projekt selbst</translation>
    </message>
    <message>
        <source>Showing scenario %1; edits go to this scenario</source>
        <translation>Szenario %1 wird angezeigt; Bearbeitungen gelten für dieses Szenario</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>Neues Szenario %1</translation>
    </message>
    <message>
        <source>Scenario %1 created; edits now go to it</source>
        <translation>Szenario %1 erstellt; Bearbeitungen gelten jetzt dafür</translation>
    </message>
    <message>
        <source>no scenario is called %1</source>
        <translation>kein Szenario heißt %1</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>Szenario %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Szenario %1 löschen</translation>
    </message>
    <message>
        <source>Scenario %1 deleted (Undo brings it back)</source>
        <translation>Szenario %1 gelöscht (Rückgängig stellt es wieder her)</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Name of the new scenario (it starts as a copy of the baseline):</source>
        <translation>Name des neuen Szenarios (es beginnt als Kopie der Basis):</translation>
    </message>
    <message>
        <source>Name of the new scenario (it starts as a copy of %1):</source>
        <translation>Name des neuen Szenarios (es beginnt als Kopie von %1):</translation>
    </message>
    <message>
        <source>Cannot create the scenario: %1</source>
        <translation>Das Szenario kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Cannot rename the scenario: %1</source>
        <translation>Das Szenario kann nicht umbenannt werden: %1</translation>
    </message>
</context>
<context>
    <name>planner::ScheduleReport</name>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <source>1 window</source>
        <translation>1 Fenster</translation>
    </message>
    <message>
        <source>%1 windows</source>
        <translation>%1 Fenster</translation>
    </message>
    <message>
        <source>1 lane</source>
        <translation>1 Spur</translation>
    </message>
    <message>
        <source>%1 lanes</source>
        <translation>%1 Spuren</translation>
    </message>
    <message>
        <source>wall-clock time</source>
        <translation>lokale Uhrzeit</translation>
    </message>
    <message>
        <source>%1 scheduled in %2, %3 unscheduled; finish %4 (%5)
</source>
        <translation>%1 eingeplant (%2), %3 nicht eingeplant; Ende %4 (%5)
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 %2 to %3 (%4, %5)</source>
        <translation>%1 %2 bis %3 (%4, %5)</translation>
    </message>
    <message>
        <source>%1 (%2 starts changing then)</source>
        <translation>%1 (%2 beginnt dann mit der Änderung)</translation>
    </message>
    <message>
        <source>  %1-%2  %3 %4 -&gt; %5  lane %6, point of no return %7, rollback done by %8</source>
        <translation>  %1-%2  %3 %4 -&gt; %5  Spur %6, Point of no Return %7, Rollback fertig bis %8</translation>
    </message>
    <message>
        <source>  if every step rolls back: done %1, %2 after the window ends
</source>
        <translation>  wenn jeder Schritt zurückgerollt wird: fertig %1, %2 nach Fensterende
</translation>
    </message>
    <message>
        <source>  if every step rolls back: done %1
</source>
        <translation>  wenn jeder Schritt zurückgerollt wird: fertig %1
</translation>
    </message>
    <message>
        <source>Unscheduled:</source>
        <translation>Nicht eingeplant:</translation>
    </message>
    <message>
        <source>Critical path: %1</source>
        <translation>Kritischer Pfad: %1</translation>
    </message>
    <message>
        <source>Not earlier:</source>
        <translation>Nicht früher:</translation>
    </message>
    <message>
        <source>Downtime (execute and verify; worst case with rollback):</source>
        <translation>Ausfallzeit (Ausführen und Prüfen; ungünstigster Fall mit Rollback):</translation>
    </message>
    <message>
        <source>  %1: %2 (worst case %3), %4
</source>
        <translation>  %1: %2 (ungünstigster Fall %3), %4
</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflikte:</translation>
    </message>
    <message>
        <source> (waived: %1)</source>
        <translation> (Ausnahme: %1)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>planner::SignPlanDialog</name>
    <message>
        <source>Sign Plan</source>
        <translation>Plan signieren</translation>
    </message>
    <message>
        <source>The plan.json of an exported plan folder</source>
        <translation>Die plan.json eines exportierten Planordners</translation>
    </message>
    <message>
        <source>Your private key (.key), made with `upgrade-planner keygen`</source>
        <translation>Ihr privater Schlüssel (.key), erzeugt mit `upgrade-planner keygen`</translation>
    </message>
    <message>
        <source>Your name as the board knows it: A. Rivera</source>
        <translation>Ihr Name, wie ihn das Gremium kennt: A. Rivera</translation>
    </message>
    <message>
        <source>The role you approve in; type another one if yours is not listed.</source>
        <translation>Die Rolle, in der Sie genehmigen; tippen Sie eine andere ein, wenn Ihre nicht aufgeführt ist.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Your approval signs the exact bytes of plan.json: any later change to the plan makes it invalid. It is written into the approvals folder beside plan.json.</source>
        <translation>Ihre Genehmigung signiert genau die Bytes von plan.json: jede spätere Änderung am Plan macht sie ungültig. Sie wird in den Ordner approvals neben plan.json geschrieben.</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>&amp;Unterzeichner:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signieren</translation>
    </message>
    <message>
        <source>Plan to Sign</source>
        <translation>Zu signierender Plan</translation>
    </message>
    <message>
        <source>Plans (plan.json);;JSON (*.json);;All files (*)</source>
        <translation>Pläne (plan.json);;JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Private keys (*.key *.pem);;All files (*)</source>
        <translation>Private Schlüssel (*.key *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Asked only when the key is encrypted</source>
        <translation>Nur abgefragt, wenn der Schlüssel verschlüsselt ist</translation>
    </message>
    <message>
        <source>This key is encrypted: type its passphrase</source>
        <translation>Dieser Schlüssel ist verschlüsselt: geben Sie seine Passphrase ein</translation>
    </message>
    <message>
        <source>Not needed: this key is not encrypted</source>
        <translation>Nicht nötig: dieser Schlüssel ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Choose the plan.json to sign.</source>
        <translation>Wählen Sie die zu signierende plan.json.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Choose your private key.</source>
        <translation>Wählen Sie Ihren privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Type your name as signer.</source>
        <translation>Geben Sie Ihren Namen als Unterzeichner ein.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Wählen Sie eine Rolle.</translation>
    </message>
    <message>
        <source>The passphrase does not open this key. Try again.</source>
        <translation>Die Passphrase öffnet diesen Schlüssel nicht. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This key is encrypted: type its passphrase.</source>
        <translation>Dieser Schlüssel ist verschlüsselt: geben Sie seine Passphrase ein.</translation>
    </message>
    <message>
        <source>Not signed. %1</source>
        <translation>Nicht signiert. %1</translation>
    </message>
    <message>
        <source>Signed: approval %1.</source>
        <translation>Signiert: Genehmigung %1.</translation>
    </message>
</context>
<context>
    <name>planner::TimelinePanel</name>
    <message>
        <source>Not scheduled, and why:</source>
        <translation>Nicht eingeplant, und warum:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Zeitplanung läuft…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every step is scheduled.</source>
        <translation>Jeder Schritt ist eingeplant.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), </source>
        <translation>
            <numerusform>%n Schritt, </numerusform>
            <numerusform>%n Schritte, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from first start to finish</source>
        <translation>
            <numerusform>%n Tag vom ersten Beginn bis zum Ende</numerusform>
            <numerusform>%n Tage vom ersten Beginn bis zum Ende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) used · </source>
        <translation>
            <numerusform>%n Fenster genutzt · </numerusform>
            <numerusform>%n Fenster genutzt · </numerusform>
        </translation>
    </message>
    <message>
        <source>finish: %1 · critical path: %2 · %3 scheduled, %4 not scheduled</source>
        <translation>Ende: %1 · kritischer Pfad: %2 · %3 eingeplant, %4 nicht eingeplant</translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation>nichts eingeplant</translation>
    </message>
    <message>
        <source>Select a step in the timeline or the list to read when it runs, its point of no return and why it is not earlier.</source>
        <translation>Wählen Sie einen Schritt in der Zeitachse oder der Liste, um zu lesen, wann er läuft, wo sein Point of no Return liegt und warum er nicht früher kommt.</translation>
    </message>
    <message>
        <source>%1 has no step in the schedule: it does not change.</source>
        <translation>%1 hat keinen Schritt im Zeitplan: es ändert sich nicht.</translation>
    </message>
</context>
<context>
    <name>planner::TimelineView</name>
    <message>
        <source>Upgrade schedule</source>
        <translation>Upgrade-Zeitplan</translation>
    </message>
    <message>
        <source>Date and time (project time zone)</source>
        <translation>Datum und Uhrzeit (Zeitzone des Projekts)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Änderungssperre</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Go/no-go decision</source>
        <translation>Go/No-Go-Entscheidung</translation>
    </message>
    <message>
        <source>Rollback reserve</source>
        <translation>Rollback-Reserve</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>Point of no Return</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · click a window: zoom to it · click a bar: select · right-click a bar: more</source>
        <translation>Mausrad: Zoom · Ziehen: Verschieben · Klick auf ein Fenster: darauf zoomen · Klick auf einen Balken: auswählen · Rechtsklick auf einen Balken: mehr</translation>
    </message>
    <message>
        <source>Upgrade schedule: %1</source>
        <translation>Upgrade-Zeitplan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Window %1, %n lane(s)</source>
        <translation>
            <numerusform>Fenster %1, %n Spur</numerusform>
            <numerusform>Fenster %1, %n Spuren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) planned in it</source>
        <translation>
            <numerusform>%n Schritt darin geplant</numerusform>
            <numerusform>%n Schritte darin geplant</numerusform>
        </translation>
    </message>
    <message>
        <source>No step planned in it</source>
        <translation>Kein Schritt darin geplant</translation>
    </message>
    <message>
        <source>Not used: overlaps the freeze &quot;%1&quot;</source>
        <translation>Nicht genutzt: überschneidet sich mit der Änderungssperre „%1“</translation>
    </message>
    <message>
        <source>Click to zoom to this window</source>
        <translation>Klicken, um auf dieses Fenster zu zoomen</translation>
    </message>
    <message>
        <source>Freeze %1 to %2: %3</source>
        <translation>Änderungssperre %1 bis %2: %3</translation>
    </message>
    <message numerus="yes">
        <source> — %n step(s)</source>
        <translation>
            <numerusform> — %n Schritt</numerusform>
            <numerusform> — %n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n window(s) used</source>
        <translation>
            <numerusform>, %n Fenster genutzt</numerusform>
            <numerusform>, %n Fenster genutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Zoom to Its Window</source>
        <translation>Auf sein Fenster zoomen</translation>
    </message>
    <message>
        <source>Copy Step Details</source>
        <translation>Schrittdetails kopieren</translation>
    </message>
</context>
<context>
    <name>planner::UpgradeRecordPage</name>
    <message>
        <source>What actually happened, step by step: the actual start and end of each phase (write “2027-05-15 22:00 - 22:40”), whether the step was rolled back, and what is left to do. Check results and issues of the selected step are below.</source>
        <translation>Was tatsächlich geschah, Schritt für Schritt: tatsächlicher Beginn und Ende jeder Phase (schreiben Sie „2027-05-15 22:00 - 22:40“), ob der Schritt zurückgerollt wurde und was noch zu tun ist. Prüfergebnisse und Probleme des ausgewählten Schritts stehen unten.</translation>
    </message>
    <message>
        <source>Checks of the selected step</source>
        <translation>Prüfungen des gewählten Schritts</translation>
    </message>
    <message>
        <source>Issues of the selected step</source>
        <translation>Probleme des gewählten Schritts</translation>
    </message>
</context>
<context>
    <name>planner::VerifyPlanDialog</name>
    <message>
        <source>Verify Plan</source>
        <translation>Plan verifizieren</translation>
    </message>
    <message>
        <source>The plan.json of a plan folder</source>
        <translation>Die plan.json eines Planordners</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Public keys (.pub.pem) of the people whose approvals count. Approvals made with any other key are shown as untrusted.</source>
        <translation>Öffentliche Schlüssel (.pub.pem) der Personen, deren Genehmigungen zählen. Mit einem anderen Schlüssel erteilte Genehmigungen werden als nicht vertrauenswürdig angezeigt.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Optional, comma-separated: change-manager, cab-chair</source>
        <translation>Optional, kommagetrennt: change-manager, cab-chair</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>How many different trusted keys must have approved.</source>
        <translation>Wie viele verschiedene vertrauenswürdige Schlüssel genehmigt haben müssen.</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <source>&amp;Trusted keys:</source>
        <translation>Vertrauenswürdige &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Required &amp;roles:</source>
        <translation>Erforderliche &amp;Rollen:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifizieren</translation>
    </message>
    <message>
        <source>Choose a plan.json and press Verify.</source>
        <translation>Wählen Sie eine plan.json und klicken Sie auf „Verifizieren“.</translation>
    </message>
    <message>
        <source>Plan to Verify</source>
        <translation>Zu verifizierender Plan</translation>
    </message>
    <message>
        <source>Plans (plan.json);;JSON (*.json);;All files (*)</source>
        <translation>Pläne (plan.json);;JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trusted Public Keys</source>
        <translation>Vertrauenswürdige öffentliche Schlüssel</translation>
    </message>
    <message>
        <source>Public keys (*.pub.pem *.pem);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.pub.pem *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 — not usable: %2</source>
        <translation>%1 — nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>%1 — key %2</source>
        <translation>%1 — Schlüssel %2</translation>
    </message>
    <message>
        <source>%1
Fingerprint %2</source>
        <translation>%1
Fingerabdruck %2</translation>
    </message>
    <message>
        <source>Plan SHA-256: %1</source>
        <translation>Plan-SHA-256: %1</translation>
    </message>
    <message>
        <source>Not verified:</source>
        <translation>Nicht verifiziert:</translation>
    </message>
    <message>
        <source>1 approval is invalid: the plan or the approval changed after signing (see the Signature column).</source>
        <translation>1 Genehmigung ist ungültig: der Plan oder die Genehmigung wurde nach dem Signieren geändert (siehe Spalte „Signatur“).</translation>
    </message>
    <message>
        <source>%1 approvals are invalid: the plan or the approvals changed after signing (see the Signature column).</source>
        <translation>%1 Genehmigungen sind ungültig: der Plan oder die Genehmigungen wurden nach dem Signieren geändert (siehe Spalte „Signatur“).</translation>
    </message>
    <message>
        <source>1 approval was made with a key that is not among the trusted keys.</source>
        <translation>1 Genehmigung wurde mit einem Schlüssel erteilt, der nicht zu den vertrauenswürdigen Schlüsseln gehört.</translation>
    </message>
    <message>
        <source>%1 approvals were made with keys that are not among the trusted keys.</source>
        <translation>%1 Genehmigungen wurden mit Schlüsseln erteilt, die nicht zu den vertrauenswürdigen Schlüsseln gehören.</translation>
    </message>
    <message>
        <source>Valid, trusted approvals: %1 (distinct keys: %2).</source>
        <translation>Gültige, vertrauenswürdige Genehmigungen: %1 (verschiedene Schlüssel: %2).</translation>
    </message>
    <message>
        <source>Intact, not signed yet.</source>
        <translation>Unverändert, noch nicht signiert.</translation>
    </message>
    <message>
        <source>Signatures valid.</source>
        <translation>Signaturen gültig.</translation>
    </message>
    <message>
        <source>No trusted keys are listed, so anyone with a key could have signed: add the approvers&apos; public keys (.pub.pem) to check who did.</source>
        <translation>Es sind keine vertrauenswürdigen Schlüssel hinterlegt, daher könnte jeder mit einem Schlüssel signiert haben: fügen Sie die öffentlichen Schlüssel der Genehmigenden (.pub.pem) hinzu, um zu prüfen, wer es war.</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Verifiziert.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Nicht verifiziert.</translation>
    </message>
</context>
<context>
    <name>planner::WaiverDialog</name>
    <message>
        <source>Expires after</source>
        <translation>Läuft ab nach</translation>
    </message>
    <message numerus="yes">
        <source>Waive %n conflict</source>
        <translation>
            <numerusform>Ausnahme für %n Konflikt</numerusform>
            <numerusform>Ausnahme für %n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waive %n conflicts</source>
        <translation>
            <numerusform>Ausnahme für %n Konflikt</numerusform>
            <numerusform>Ausnahme für %n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Why this may go ahead, e.g. &quot;accepted by the change board on 12 March, vendor support contract until June&quot;</source>
        <translation>Warum dies stattfinden darf, z. B. „vom Change Advisory Board am 12. März akzeptiert, Herstellersupport bis Juni“</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Waived conflicts stay listed, marked as waived, and no longer block the plan until the end of the expiry day.</source>
        <translation>Konflikte mit Ausnahme bleiben aufgeführt, als Ausnahme markiert, und blockieren den Plan bis zum Ende des Ablauftags nicht mehr.</translation>
    </message>
    <message>
        <source>Who accepts it, e.g. &quot;change board, 2027-01-04&quot;</source>
        <translation>Wer sie akzeptiert, z. B. „Change Board, 2027-01-04“</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Akzeptiert von:</translation>
    </message>
</context>
<context>
    <name>planner::compat</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Moving %1 on to %2 breaks: %3.</source>
        <translation>Der Wechsel von %1 auf %2 bricht: %3.</translation>
    </message>
    <message>
        <source>%1 and %2 cannot move one after the other: every order of their steps through the catalog releases breaks a requirement between them, so they must move together.</source>
        <translation>%1 und %2 können nicht nacheinander wechseln: jede Reihenfolge ihrer Schritte durch die Katalog-Releases verletzt eine Anforderung zwischen ihnen, daher müssen sie gemeinsam wechseln.</translation>
    </message>
    <message>
        <source>%1 cannot reach its target without breaking a requirement with %2: a required stop on the way breaks it.</source>
        <translation>%1 kann sein Ziel nicht erreichen, ohne eine Anforderung mit %2 zu verletzen: eine Pflichtzwischenstufe auf dem Weg verletzt sie.</translation>
    </message>
    <message>
        <source>The dependency %1 -&gt; %2 names %3, which is not a component of the estate</source>
        <translation>Die Abhängigkeit %1 -&gt; %2 nennt %3, das keine Komponente des Bestands ist</translation>
    </message>
    <message>
        <source>The dependency %1 -&gt; %2 names two components that the estate does not have</source>
        <translation>Die Abhängigkeit %1 -&gt; %2 nennt zwei Komponenten, die der Bestand nicht hat</translation>
    </message>
    <message>
        <source>The business process %1 (%2) uses %3, which is not a component of the estate</source>
        <translation>Der Geschäftsprozess %1 (%2) nutzt %3, das keine Komponente des Bestands ist</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Site %1 is not among the estate&apos;s sites, yet %2 is placed there</source>
        <translation>Standort %1 gehört nicht zu den Standorten des Bestands, dennoch ist %2 dort platziert</translation>
    </message>
    <message>
        <source>Site %1 is not among the estate&apos;s sites, yet %2 are placed there</source>
        <translation>Standort %1 gehört nicht zu den Standorten des Bestands, dennoch sind %2 dort platziert</translation>
    </message>
    <message>
        <source>The catalog rule for %1 requires product %2, which no component runs and the catalog does not describe</source>
        <translation>Die Katalogregel für %1 erfordert Produkt %2, das keine Komponente betreibt und der Katalog nicht beschreibt</translation>
    </message>
    <message>
        <source>%1 depends on itself</source>
        <translation>%1 hängt von sich selbst ab</translation>
    </message>
    <message>
        <source>%1 depend on each other in a cycle: %2</source>
        <translation>%1 hängen in einem Zyklus voneinander ab: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n components depend on each other in a cycle, for example %1</source>
        <translation>
            <numerusform>%n Komponente hängt in einem Zyklus ab, zum Beispiel %1</numerusform>
            <numerusform>%n Komponenten hängen in einem Zyklus voneinander ab, zum Beispiel %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; none of them can be upgraded strictly after the others</source>
        <translation>; keine davon kann strikt nach den anderen aktualisiert werden</translation>
    </message>
    <message>
        <source>%1 would go from %2 down to %3: a downgrade, which no upgrade path provides</source>
        <translation>%1 würde von %2 auf %3 zurückgehen: ein Downgrade, den kein Upgrade-Pfad vorsieht</translation>
    </message>
    <message>
        <source>%1 names no product, so the catalog cannot confirm a path from %2 to %3; the upgrade is taken as one direct step</source>
        <translation>%1 nennt kein Produkt, daher kann der Katalog keinen Pfad von %2 nach %3 bestätigen; das Upgrade wird als ein direkter Schritt angenommen</translation>
    </message>
    <message>
        <source>The catalog lists no releases of %1, so it cannot confirm a path for %2 from %3 to %4; the upgrade is taken as one direct step</source>
        <translation>Der Katalog führt keine Releases von %1, daher kann er keinen Pfad für %2 von %3 nach %4 bestätigen; das Upgrade wird als ein direkter Schritt angenommen</translation>
    </message>
    <message>
        <source>%1 targets %2 %3, which the catalog does not list among its releases (%4)</source>
        <translation>%1 zielt auf %2 %3, das der Katalog nicht unter seinen Releases führt (%4)</translation>
    </message>
    <message>
        <source>catalog support date</source>
        <translation>Supportdatum aus dem Katalog</translation>
    </message>
    <message>
        <source>endoflife.date</source>
        <translation>endoflife.date</translation>
    </message>
    <message>
        <source>has ended (%1 gives no date)</source>
        <translation>ist beendet (%1 nennt kein Datum)</translation>
    </message>
    <message>
        <source>ended on %1 (%2), before the plan starts on %3</source>
        <translation>endete am %1 (%2), vor dem Planbeginn am %3</translation>
    </message>
    <message>
        <source>ends on %1 (%2), before the plan completes on %3</source>
        <translation>endet am %1 (%2), vor dem Planabschluss am %3</translation>
    </message>
    <message>
        <source>%1 runs %2 %3, whose support (cycle %4) %5</source>
        <translation>%1 läuft mit %2 %3, dessen Support (Zyklus %4) %5</translation>
    </message>
    <message>
        <source>%1 targets %2 %3, whose support (cycle %4) %5</source>
        <translation>%1 zielt auf %2 %3, dessen Support (Zyklus %4) %5</translation>
    </message>
    <message>
        <source>%1 stays at %2 %3, whose support (cycle %4) %5</source>
        <translation>%1 bleibt auf %2 %3, dessen Support (Zyklus %4) %5</translation>
    </message>
    <message>
        <source>%1 (1 component)</source>
        <translation>%1 (1 Komponente)</translation>
    </message>
    <message>
        <source>%1 (%2 components)</source>
        <translation>%1 (%2 Komponenten)</translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 betreibt %2</translation>
    </message>
    <message>
        <source>%1 runs different versions across sites in the %2: %3</source>
        <translation>%1 betreibt im %2 an den Standorten unterschiedliche Versionen: %3</translation>
    </message>
    <message>
        <source>%1&apos;s upgrade from %2 to %3</source>
        <translation>Upgrade von %1 von %2 auf %3</translation>
    </message>
    <message>
        <source>%1 can only be undone by restoring a backup, and %2 has no backup</source>
        <translation>%1 kann nur durch Wiederherstellen einer Sicherung rückgängig gemacht werden, und %2 hat keine Sicherung</translation>
    </message>
    <message>
        <source>%1 can only be undone by restoring a backup, and a restore of its backup (%2) was never tested</source>
        <translation>%1 kann nur durch Wiederherstellen einer Sicherung rückgängig gemacht werden, und eine Wiederherstellung ihrer Sicherung (%2) wurde nie getestet</translation>
    </message>
    <message>
        <source>A restore of %1&apos;s backup (%2) was never tested before %3</source>
        <translation>Eine Wiederherstellung der Sicherung von %1 (%2) wurde vor %3 nie getestet</translation>
    </message>
    <message>
        <source>, and only a restore undoes the upgrade</source>
        <translation>, und nur eine Wiederherstellung macht das Upgrade rückgängig</translation>
    </message>
    <message>
        <source>The last restore test of %1&apos;s backup (%2) was on %3, %4 days before the plan starts on %5: more than the %6 days allowed%7</source>
        <translation>Der letzte Wiederherstellungstest der Sicherung von %1 (%2) war am %3, %4 Tage vor dem Planbeginn am %5: mehr als die erlaubten %6 Tage%7</translation>
    </message>
</context>
<context>
    <name>planner::pdf</name>
    <message>
        <source>The board is asked to approve the upgrade of %n component(s)</source>
        <translation>Das Gremium wird gebeten, Folgendes zu genehmigen: das Upgrade von %n Komponente(n)</translation>
    </message>
    <message>
        <source> in %n maintenance window(s), from %1 to %2</source>
        <translation> in %n Wartungsfenster(n), von %1 bis %2</translation>
    </message>
    <message>
        <source>, carried out step by step as this document schedules them.</source>
        <translation>, Schritt für Schritt durchgeführt, wie dieses Dokument sie einplant.</translation>
    </message>
    <message>
        <source>No step is scheduled yet: the plan has no dates.</source>
        <translation>Noch kein Schritt ist eingeplant: der Plan hat keine Termine.</translation>
    </message>
    <message>
        <source>%n step(s) could not be scheduled and are not in these dates.</source>
        <translation>Nicht eingeplant und außerhalb dieses Zeitraums: %n Schritt(e).</translation>
    </message>
    <message>
        <source>Approving it accepts %n open risk(s), listed in the summary.</source>
        <translation>Mit der Genehmigung werden offene Risiken akzeptiert (%n), aufgeführt in der Zusammenfassung.</translation>
    </message>
    <message>
        <source>Every readiness check passes.</source>
        <translation>Alle Bereitschaftsprüfungen sind bestanden.</translation>
    </message>
    <message>
        <source>The plan is NOT ready: 1 readiness check fails (%1). The board approves despite it or sends the plan back.</source>
        <translation>Der Plan ist NICHT bereit: 1 Bereitschaftsprüfung schlägt fehl (%1). Das Gremium genehmigt trotzdem oder gibt den Plan zurück.</translation>
    </message>
    <message>
        <source>The plan is NOT ready: %1 readiness checks fail (%2). The board approves despite them or sends the plan back.</source>
        <translation>Der Plan ist NICHT bereit: %1 Bereitschaftsprüfungen schlagen fehl (%2). Das Gremium genehmigt trotzdem oder gibt den Plan zurück.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>drawing the plan needs a QApplication (use the offscreen platform without a display)</source>
        <translation>zum Zeichnen des Plans wird eine QApplication benötigt (verwenden Sie ohne Display die Plattform offscreen)</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>the page size must be A4 or Letter</source>
        <translation>das Seitenformat muss A4 oder Letter sein</translation>
    </message>
    <message>
        <source>Unnamed project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>%1 · Upgrade plan</source>
        <translation>%1 · Upgrade-Plan</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Plan SHA-256 %1…</source>
        <translation>Plan-SHA-256 %1…</translation>
    </message>
    <message>
        <source>Upgrade plan: %1</source>
        <translation>Upgrade-Plan: %1</translation>
    </message>
    <message>
        <source>Upgrade Planner %1</source>
        <translation>Upgrade Planner %1</translation>
    </message>
    <message>
        <source>Conflicts and waivers</source>
        <translation>Konflikte und Ausnahmen</translation>
    </message>
    <message>
        <source>What the compatibility check and the schedule found, in every state the estate passes through: today (current), during the upgrade (intermediate) and at the end (target). A waiver is a conflict someone accepted, with the reason and until when.</source>
        <translation>Was die Kompatibilitätsprüfung und der Zeitplan gefunden haben, in jedem Zustand, den der Bestand durchläuft: heute (aktuell), während des Upgrades (Zwischenzustand) und am Ende (Ziel). Eine Ausnahme ist ein Konflikt, den jemand akzeptiert hat, mit Begründung und Ablaufdatum.</translation>
    </message>
    <message>
        <source>Not waived</source>
        <translation>Ohne Ausnahme</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>What may break</source>
        <translation>Was brechen kann</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Mit Ausnahme</translation>
    </message>
    <message>
        <source>Why it is accepted</source>
        <translation>Warum er akzeptiert wird</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>kein Ende</translation>
    </message>
    <message>
        <source>No conflict is left open.</source>
        <translation>Kein Konflikt ist offen.</translation>
    </message>
    <message>
        <source>No conflict is waived.</source>
        <translation>Für keinen Konflikt gibt es eine Ausnahme.</translation>
    </message>
    <message>
        <source>Changes since the previous plan</source>
        <translation>Änderungen seit dem vorherigen Plan</translation>
    </message>
    <message>
        <source>Compared with the plan of SHA-256 %1.</source>
        <translation>Verglichen mit dem Plan mit SHA-256 %1.</translation>
    </message>
    <message>
        <source>No changes: both plans say the same.</source>
        <translation>Keine Änderungen: beide Pläne sagen dasselbe.</translation>
    </message>
    <message>
        <source>%n change(s) the board approves again with this plan.</source>
        <translation>%n Änderung(en), die das Gremium mit diesem Plan erneut genehmigt.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Each approver signs the plan&apos;s SHA-256 below with their own key: &quot;upgrade-planner sign plan.json --key KEY --signer NAME --role ROLE&quot; or File &gt; Sign Plan in the workbench. A signature covers exactly this plan: any change to the plan changes the SHA-256 and needs new signatures. Anyone can check the signatures with &quot;upgrade-planner verify&quot; or with sha256sum and openssl alone. The lines below are for a printed copy.</source>
        <translation>Jede genehmigende Person signiert den unten stehenden SHA-256 des Plans mit ihrem eigenen Schlüssel: „upgrade-planner sign plan.json --key KEY --signer NAME --role ROLE“ oder Datei &gt; Plan signieren in der Anwendung. Eine Signatur gilt genau für diesen Plan: jede Änderung am Plan ändert den SHA-256 und erfordert neue Signaturen. Jeder kann die Signaturen mit „upgrade-planner verify“ oder allein mit sha256sum und openssl prüfen. Die Zeilen unten sind für einen Ausdruck.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Plan SHA-256</source>
        <translation>Plan-SHA-256</translation>
    </message>
    <message>
        <source>By signing, the approver</source>
        <translation>Mit der Signatur</translation>
    </message>
    <message>
        <source>The board is asked to approve</source>
        <translation>Das Gremium wird gebeten, Folgendes zu genehmigen</translation>
    </message>
    <message>
        <source>approves</source>
        <translation>genehmigt die unterzeichnende Person Folgendes</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <source>valid; the key was not checked against a list of trusted keys (compare its fingerprint with the approver&apos;s published key)</source>
        <translation>gültig; der Schlüssel wurde nicht gegen eine Liste vertrauenswürdiger Schlüssel geprüft (vergleichen Sie seinen Fingerabdruck mit dem veröffentlichten Schlüssel der genehmigenden Person)</translation>
    </message>
    <message>
        <source>valid, trusted key</source>
        <translation>gültig, vertrauenswürdiger Schlüssel</translation>
    </message>
    <message>
        <source>valid, key not trusted</source>
        <translation>gültig, Schlüssel nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Genehmigt von %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signiert am</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Schlüssel-Fingerabdruck</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>This approval does not count until its signature is valid and made with a trusted key.</source>
        <translation>Diese Genehmigung zählt erst, wenn ihre Signatur gültig und mit einem vertrauenswürdigen Schlüssel erstellt ist.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Still to sign</source>
        <translation>Noch zu signieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>The change: why, how risky, which review path</source>
        <translation>Die Änderung: warum, wie riskant, welcher Prüfweg</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Risk of the plan</source>
        <translation>Risiko des Plans</translation>
    </message>
    <message>
        <source>%1 (score %2, the sum over %n step(s))</source>
        <translation>%1 (Wert %2, Summe über %n Schritt(e))</translation>
    </message>
    <message>
        <source>Review path</source>
        <translation>Prüfweg</translation>
    </message>
    <message>
        <source>Each step&apos;s score adds the points of the rules that apply to it; each point names its cause. 0-3 is low, 4-7 medium, 8 and more high (docs/change-records.md).</source>
        <translation>Der Wert jedes Schritts addiert die Punkte der für ihn geltenden Regeln; jeder Punkt nennt seine Ursache. 0-3 ist niedrig, 4-7 mittel, ab 8 hoch (docs/change-records.md).</translation>
    </message>
    <message>
        <source>Steps by risk, highest first</source>
        <translation>Schritte nach Risiko, höchstes zuerst</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>No step scores a risk point.</source>
        <translation>Kein Schritt erhält einen Risikopunkt.</translation>
    </message>
    <message>
        <source>Business impact</source>
        <translation>Geschäftsauswirkung</translation>
    </message>
    <message>
        <source>The business processes the plan touches: a process is affected by a step on any component it uses or that those depend on. Emergency, payment, production-control and public-service processes are on the stricter list. The downtime adds up every step that stops the process, over all windows; a single step longer than the service level allows is listed under what is missing.</source>
        <translation>Die Geschäftsprozesse, die der Plan berührt: ein Prozess ist von einem Schritt an jeder Komponente betroffen, die er nutzt oder von der diese abhängen. Notfall-, Zahlungs-, Produktionssteuerungs- und öffentliche Dienstprozesse stehen auf der strengeren Liste. Die Ausfallzeit summiert jeden Schritt, der den Prozess anhält, über alle Fenster; ein einzelner Schritt, der länger dauert, als das Service-Level erlaubt, wird unter „Was fehlt“ aufgeführt.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Downtime, all steps</source>
        <translation>Ausfallzeit, alle Schritte</translation>
    </message>
    <message>
        <source>Stricter list</source>
        <translation>Strengere Liste</translation>
    </message>
    <message>
        <source>external customers</source>
        <translation>externe Kunden</translation>
    </message>
    <message>
        <source>at most %1 down</source>
        <translation>höchstens %1 Ausfall</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>No recorded business process is affected.</source>
        <translation>Kein erfasster Geschäftsprozess ist betroffen.</translation>
    </message>
    <message>
        <source>What is missing before approval</source>
        <translation>Was vor der Genehmigung fehlt</translation>
    </message>
    <message>
        <source>Nothing: every step has its backup with a tested restore, a rollback plan, acceptance checks, monitoring and its configuration inventory; every window has its messages.</source>
        <translation>Nichts: jeder Schritt hat seine Sicherung mit getesteter Wiederherstellung, einen Rollback-Plan, Abnahmeprüfungen, Überwachung und sein Konfigurationsinventar; jedes Fenster hat seine Mitteilungen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>der Plan</translation>
    </message>
    <message>
        <source>Each step: backup, rollback, checks and monitoring</source>
        <translation>Jeder Schritt: Sicherung, Rollback, Prüfungen und Überwachung</translation>
    </message>
    <message>
        <source>How each moving component is saved before its step, who decides to undo it and on what signs, how it is undone and what may be lost, the checks that prove it works (core functions first) and what is watched afterwards.</source>
        <translation>Wie jede zu aktualisierende Komponente vor ihrem Schritt gesichert wird, wer anhand welcher Anzeichen über das Rückgängigmachen entscheidet, wie es rückgängig gemacht wird und was verloren gehen kann, die Prüfungen, die das Funktionieren belegen (Kernfunktionen zuerst), und was danach beobachtet wird.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Sicherung und Wiederherstellung</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Acceptance and monitoring</source>
        <translation>Abnahme und Überwachung</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <source>kept in %1</source>
        <translation>aufbewahrt in %1</translation>
    </message>
    <message>
        <source>for %1 days</source>
        <translation>für %1 Tage</translation>
    </message>
    <message>
        <source>taken: %1</source>
        <translation>erstellt: %1</translation>
    </message>
    <message>
        <source>restore tested: %1%2</source>
        <translation>Wiederherstellung getestet: %1%2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>kein Plan</translation>
    </message>
    <message>
        <source>if: %1</source>
        <translation>wenn: %1</translation>
    </message>
    <message>
        <source>decides: %1</source>
        <translation>entscheidet: %1</translation>
    </message>
    <message>
        <source>restores: %1</source>
        <translation>stellt wieder her: %1</translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation>dauert %1</translation>
    </message>
    <message>
        <source>may lose: %1</source>
        <translation>kann verlieren: %1</translation>
    </message>
    <message>
        <source>after the migration: forward repair only</source>
        <translation>nach der Migration: nur Vorwärtsreparatur</translation>
    </message>
    <message>
        <source>[core] </source>
        <translation>[Kern] </translation>
    </message>
    <message>
        <source>watch %1 (baseline %2) for %3 h</source>
        <translation>%1 beobachten (Ausgangswert %2) für %3 h</translation>
    </message>
    <message>
        <source>none defined</source>
        <translation>nichts festgelegt</translation>
    </message>
    <message>
        <source>Checks for a whole window</source>
        <translation>Prüfungen für ein ganzes Fenster</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Passes when</source>
        <translation>Bestanden, wenn</translation>
    </message>
    <message>
        <source>[logs] </source>
        <translation>[Logs] </translation>
    </message>
    <message>
        <source>Configuration that must survive, and the pilots</source>
        <translation>Konfiguration, die erhalten bleiben muss, und die Piloten</translation>
    </message>
    <message>
        <source>Configuration inventory</source>
        <translation>Konfigurationsinventar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Pilots and tests before production</source>
        <translation>Piloten und Tests vor der Produktion</translation>
    </message>
    <message>
        <source>Where, when</source>
        <translation>Wo, wann</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Erprobt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>durch %1</translation>
    </message>
    <message>
        <source>flows: %1</source>
        <translation>Flüsse: %1</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>The messages to the people each window affects, filled in with the window&apos;s real times and services: %n message(s).</source>
        <translation>Die Mitteilungen an die von jedem Fenster Betroffenen, mit den echten Zeiten und Diensten des Fensters gefüllt: %n Mitteilung(en).</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mitteilung</translation>
    </message>
    <message>
        <source>The upgrade record: planned against actual</source>
        <translation>Das Upgrade-Protokoll: Plan gegen Ist</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Issues, rollback, follow-up</source>
        <translation>Probleme, Rollback, Nacharbeit</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>%1 (solved: %2)</source>
        <translation>%1 (gelöst: %2)</translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation>Rollback: %1</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>Nacharbeit: %1</translation>
    </message>
    <message>
        <source>UPGRADE PLAN FOR APPROVAL</source>
        <translation>UPGRADE-PLAN ZUR GENEHMIGUNG</translation>
    </message>
    <message>
        <source>Decision asked of the board</source>
        <translation>Vom Gremium erbetene Entscheidung</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <source>Plan starts</source>
        <translation>Planbeginn</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Times are in</source>
        <translation>Zeiten sind in</translation>
    </message>
    <message>
        <source>local wall-clock time</source>
        <translation>lokale Uhrzeit</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>yes: every readiness check passes</source>
        <translation>ja: alle Bereitschaftsprüfungen sind bestanden</translation>
    </message>
    <message>
        <source>no: see the readiness checks in the summary</source>
        <translation>nein: siehe die Bereitschaftsprüfungen in der Zusammenfassung</translation>
    </message>
    <message>
        <source>Plan SHA-256 (what approvers sign)</source>
        <translation>Plan-SHA-256 (was Genehmigende signieren)</translation>
    </message>
    <message>
        <source>Estate SHA-256</source>
        <translation>Bestands-SHA-256</translation>
    </message>
    <message>
        <source>Computed by</source>
        <translation>Berechnet von</translation>
    </message>
    <message>
        <source>Upgrade Planner %1, end-of-life data of %2</source>
        <translation>Upgrade Planner %1, Supportende-Daten vom %2</translation>
    </message>
    <message>
        <source>How to read this document</source>
        <translation>So lesen Sie dieses Dokument</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What the plan achieves, when it ends, how long each business process is down, the open risks and whether the plan is ready.</source>
        <translation>Was der Plan erreicht, wann er endet, wie lange jeder Geschäftsprozess ausfällt, die offenen Risiken und ob der Plan bereit ist.</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Each component that changes, with its current and target version.</source>
        <translation>Jede Komponente, die sich ändert, mit aktueller Version und Zielversion.</translation>
    </message>
    <message>
        <source>Graph, timeline</source>
        <translation>Graph, Zeitachse</translation>
    </message>
    <message>
        <source>The same plan as pictures: what depends on what, and when each step runs.</source>
        <translation>Derselbe Plan als Bilder: was wovon abhängt und wann jeder Schritt läuft.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Window by window: each step with its duration, the time kept to undo it, its point of no return and who carries it out.</source>
        <translation>Fenster für Fenster: jeder Schritt mit seiner Dauer, der Zeit zum Rückgängigmachen, seinem Point of no Return und wer ihn durchführt.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>What could break, and what was accepted by waiver and why.</source>
        <translation>Was brechen könnte und was per Ausnahme akzeptiert wurde und warum.</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Die Änderung</translation>
    </message>
    <message>
        <source>Why and how risky, whom it affects, what is missing, and for each step its backup, rollback, checks and monitoring; the configuration, pilots and messages to users.</source>
        <translation>Warum und wie riskant, wen sie betrifft, was fehlt, und für jeden Schritt seine Sicherung, sein Rollback, seine Prüfungen und Überwachung; die Konfiguration, Piloten und Mitteilungen an Benutzer.</translation>
    </message>
    <message>
        <source>The approvers&apos; signatures over the plan&apos;s SHA-256.</source>
        <translation>Die Signaturen der Genehmigenden über den SHA-256 des Plans.</translation>
    </message>
    <message>
        <source>Components that move</source>
        <translation>Komponenten, die sich ändern</translation>
    </message>
    <message>
        <source>%1 of %2 in the estate</source>
        <translation>%1 von %2 im Bestand</translation>
    </message>
    <message>
        <source>%1 scheduled in %n wave(s); %2 not scheduled</source>
        <translation>%1 eingeplant in %n Welle(n); %2 nicht eingeplant</translation>
    </message>
    <message>
        <source>Maintenance windows used</source>
        <translation>Genutzte Wartungsfenster</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, ab %2</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>none: nothing placed</source>
        <translation>keins: nichts platziert</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Offene Risiken</translation>
    </message>
    <message>
        <source>%n not waived (see below)</source>
        <translation>%n ohne Ausnahme (siehe unten)</translation>
    </message>
    <message>
        <source>Accepted by waiver</source>
        <translation>Per Ausnahme akzeptiert</translation>
    </message>
    <message>
        <source>%n conflict(s)</source>
        <translation>%n Konflikt(e)</translation>
    </message>
    <message>
        <source>Downtime per business process</source>
        <translation>Ausfallzeit je Geschäftsprozess</translation>
    </message>
    <message>
        <source>Expected downtime</source>
        <translation>Erwartete Ausfallzeit</translation>
    </message>
    <message>
        <source>Worst case (every step rolled back)</source>
        <translation>Ungünstigster Fall (jeder Schritt zurückgerollt)</translation>
    </message>
    <message>
        <source>Steps affecting it</source>
        <translation>Betreffende Schritte</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>Open risks: the %1 most serious of %2 (all in &quot;Conflicts and waivers&quot;)</source>
        <translation>Offene Risiken: die %1 schwerwiegendsten von %2 (alle unter „Konflikte und Ausnahmen“)</translation>
    </message>
    <message>
        <source>Open risks: what may still break during or after the upgrade</source>
        <translation>Offene Risiken: was während oder nach dem Upgrade noch brechen kann</translation>
    </message>
    <message>
        <source>Open risks: none. Every conflict found is either waived or informational.</source>
        <translation>Offene Risiken: keine. Jeder gefundene Konflikt hat eine Ausnahme oder dient nur der Information.</translation>
    </message>
    <message>
        <source>The %n moving component(s), outlined in blue, and the components directly connected to them. Each box shows the name and the current and target versions; an arrow points from a component to one it depends on. Red: involved in a conflict not waived.</source>
        <translation>Die zu ändernden Komponenten (%n), blau umrandet, und die direkt mit ihnen verbundenen Komponenten. Jeder Kasten zeigt den Namen sowie die aktuelle und die Zielversion; ein Pfeil zeigt von einer Komponente zu einer, von der sie abhängt. Rot: an einem Konflikt ohne Ausnahme beteiligt.</translation>
    </message>
    <message>
        <source>With %n components the names are too small to read at 100 %: zoom into this page, or see the full graph in the SVG export (upgrade-planner export --format svg).</source>
        <translation>Bei %n Komponenten sind die Namen in 100 % zu klein zum Lesen: vergrößern Sie diese Seite oder sehen Sie sich den vollständigen Graphen im SVG-Export an (upgrade-planner export --format svg).</translation>
    </message>
    <message>
        <source>Dependency graph of the moving components</source>
        <translation>Abhängigkeitsgraph der zu ändernden Komponenten</translation>
    </message>
    <message>
        <source>The whole plan in time. Shaded bands are the maintenance windows (freezes in a different shade); each row is one step, its bar coloured by phase as the legend says. The pale part after a bar is the time kept to undo the step; the red tick is its point of no return. The steps of each window, with their times, follow in the next section.</source>
        <translation>Der gesamte Plan in der Zeit. Schattierte Bänder sind die Wartungsfenster (Änderungssperren in einem anderen Farbton); jede Zeile ist ein Schritt, sein Balken nach Phase gefärbt wie in der Legende. Der helle Teil nach einem Balken ist die Zeit zum Rückgängigmachen des Schritts; der rote Strich ist sein Point of no Return. Die Schritte jedes Fensters mit ihren Zeiten folgen im nächsten Abschnitt.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Window %1 · %2 to %3 · %n parallel lane(s)</source>
        <translation>Fenster %1 · %2 bis %3 · %n parallele Spur(en)</translation>
    </message>
    <message>
        <source> · worst case ends %1</source>
        <translation> · ungünstigster Fall endet %1</translation>
    </message>
    <message>
        <source>, %1 past the window</source>
        <translation>, %1 nach dem Fenster</translation>
    </message>
    <message>
        <source>, inside the window</source>
        <translation>, innerhalb des Fensters</translation>
    </message>
    <message>
        <source>Each component that changes version, from where it is today to its target, through the intermediate versions (stepping stones) the upgrade must pass. Waves: steps of one wave do not depend on each other; a wave starts only when the previous one is done.</source>
        <translation>Jede Komponente, die ihre Version ändert, von ihrem heutigen Stand bis zu ihrem Ziel, über die Zwischenversionen, die das Upgrade durchlaufen muss. Wellen: Schritte einer Welle hängen nicht voneinander ab; eine Welle beginnt erst, wenn die vorherige abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Wellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing moves: no component has a target version.</source>
        <translation>Nichts ändert sich: keine Komponente hat eine Zielversion.</translation>
    </message>
    <message>
        <source>Steps, window by window</source>
        <translation>Schritte, Fenster für Fenster</translation>
    </message>
    <message>
        <source>One table per maintenance window used; times are wall-clock times in the project&apos;s time zone (%1). Time: from preparation to the end of verification. Rollback reserve: time kept free after the go/no-go decision to undo the step (&quot;restore&quot;: undoing means restoring the backup). Point of no return: the latest moment a rollback can start and still end inside the window. Staff: who must be present.</source>
        <translation>Eine Tabelle pro genutztem Wartungsfenster; Zeiten sind Uhrzeiten in der Zeitzone des Projekts (%1). Zeit: von der Vorbereitung bis zum Ende der Prüfung. Rollback-Reserve: nach der Go/No-Go-Entscheidung freigehaltene Zeit, um den Schritt rückgängig zu machen („Wiederherstellung“: Rückgängigmachen bedeutet Wiederherstellen der Sicherung). Point of no Return: der späteste Zeitpunkt, zu dem ein Rollback beginnen und noch innerhalb des Fensters enden kann. Personal: wer anwesend sein muss.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Rollback reserve</source>
        <translation>Rollback-Reserve</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>Point of no Return</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>(restore)</source>
        <translation>(Wiederherstellung)</translation>
    </message>
    <message>
        <source>No step could be placed in a maintenance window.</source>
        <translation>Kein Schritt konnte in ein Wartungsfenster gelegt werden.</translation>
    </message>
    <message>
        <source>Not scheduled and blocked</source>
        <translation>Nicht eingeplant und blockiert</translation>
    </message>
    <message>
        <source>Every step has its place in a window; no upgrade is blocked.</source>
        <translation>Jeder Schritt hat seinen Platz in einem Fenster; kein Upgrade ist blockiert.</translation>
    </message>
    <message>
        <source>Not scheduled and blocked: %n upgrade step(s) that will not happen as planned until their cause is solved or accepted</source>
        <translation>Nicht eingeplant und blockiert: %n Upgrade-Schritt(e), die erst wie geplant stattfinden, wenn ihre Ursache behoben oder akzeptiert ist</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Upgrade plan: %1, scenario %2</source>
        <translation>Upgrade-Plan: %1, Szenario %2</translation>
    </message>
    <message>
        <source>Scenario: %1 (a variant of the project&apos;s plan, not its baseline)</source>
        <translation>Szenario: %1 (eine Variante des Projektplans, nicht dessen Basis)</translation>
    </message>
    <message>
        <source>Project history</source>
        <translation>Projektverlauf</translation>
    </message>
    <message>
        <source>none recorded: computed from an estate file, not a saved project</source>
        <translation>keiner aufgezeichnet: aus einer Bestandsdatei berechnet, nicht aus einem gespeicherten Projekt</translation>
    </message>
</context>
<context>
    <name>planner::recordcolumns</name>
    <message>
        <source>Several items separated by “;”</source>
        <translation>Mehrere Einträge, getrennt durch „;“</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as 2027-03-31, or leave it empty.</source>
        <translation>%1: „%2“ ist kein Datum; schreiben Sie es als 2027-03-31 oder lassen Sie es leer.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number of minutes.</source>
        <translation>%1: „%2“ ist keine Anzahl Minuten.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of at least %3.</source>
        <translation>%1: „%2“ ist keine ganze Zahl von mindestens %3.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: „%2“ ist keiner der Werte %3.</translation>
    </message>
    <message>
        <source>The id of a component of the estate</source>
        <translation>Die ID einer Komponente des Bestands</translation>
    </message>
    <message>
        <source>%1: no component has the id “%2”.</source>
        <translation>%1: Keine Komponente hat die ID „%2“.</translation>
    </message>
</context>
</TS>
