<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>Approval</name>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has blanks at its start or end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a control character (a line break?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not canonical JSON (changed after it was signed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not 64 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a UTC time like 2027-01-08T14:03:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing needs a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not canonical JSON: only a plan as the plan command wrote it can be signed (was it edited or reformatted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new signature does not verify; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder (is %1 writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists already: the same approval was given before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>%1 is not an integer between -(2^53 - 1) and 2^53 - 1: signed documents hold no floating-point numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComboChoices</name>
    <message>
        <source>(no site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown site)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
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
    <name>EstateFile</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: neither an Upgrade Planner project nor an estate JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither an Upgrade Planner project nor an estate JSON file, nor a file in a format it imports (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format &apos;%1&apos; can be written, not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstateJson</name>
    <message>
        <source>duplicate id &apos;%1&apos; (first used at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, found &apos;%2&apos;: not an estate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format version %1 (this program reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice in the same object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window ends when it starts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peak ends when it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time of sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phase ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second estimate for &apos;%1&apos; (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use only letters, digits and . _ : -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a local time of the form YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day of the form HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of week days such as Mon-Fri or Sat,Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown criticality &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 where a value should start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs digits after its decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string may not contain %1; write it as an escape such as \n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape \%1 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string that starts here never ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrays and objects are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the array ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name in quotes, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is larger than 4 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphEditor</name>
    <message>
        <source>This graph cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component cannot depend on itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version range &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such dependency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the graph</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot; to rename.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphExport</name>
    <message>
        <source>Dependency graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency graph (the part shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: 1 component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 1 with an open error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 with an open error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency graph drawn by Upgrade Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing the graph needs a QApplication (use the offscreen platform without a display)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high or critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(click for the kinds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red: an error not waived (see Conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thick border: high or critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orange: upgrade path, moves numbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue: moves in the selection&apos;s waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrow: to what it depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed: dependency in a cycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middleware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayeredLayout</name>
    <message>
        <source>dependencies[%1]: unknown component &quot;%2&quot;, not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edges[%1]: node %2 does not exist, edge skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>lifecycle data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a product without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle &apos;%1&apos; is not a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date that is neither YYYY-MM-DD nor true/false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message>
        <source>Unpin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n components</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n components</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty passphrase (the first line of the file is the passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to ask for the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase given (end of input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDiff</name>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s %1 changed from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer moves (was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now goes %2 (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now moves: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 was removed (it was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 moved from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min, rollback %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 now takes %2 (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 was added (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan now finishes at %1 (was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime of process %1 is now %2 min (was %3 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver withdrawn for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver for %1 now reads &quot;%2&quot; (was &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New waiver for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON at line %1 (byte %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Upgrade Planner plan (its &quot;format&quot; is not &quot;upgrade-planner-plan&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan format version %1 is not supported (this program reads 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Is every compatibility error resolved or waived?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open error in the current, target or intermediate states (%1 waived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a waiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can every component reach its target?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every upgrade has a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does every step fit a maintenance window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has every irreversible step a backup whose restore was tested?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, or the steps are reversible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent tested restore for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the waivers hold until the plan is done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No waiver expires before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring before the end: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the records of the controlled change complete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: backups, rollback plans, acceptance checks, messages and monitoring are in place for every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the requested orderings (pins) honoured?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every step in window %1 rolled back, the work would end %2 after the window closes (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passes through %2, a release whose support has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the upgrade of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> over %1, from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no step is scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 not scheduled and not in these dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the previous plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking, ordering and scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a different plan already (its plan.json has SHA-256 %1, this plan %2); its approvals belong to that plan. Export to a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n wave(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n group(s) moving together</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n upgrade(s) blocked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [group %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups (each moves in one window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pins that cannot hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanVerification</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too big for an approval file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name does not match the record (renamed or changed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the canonical PEM of its key (changed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key fingerprint %1 is not the record&apos;s keyFingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes; an Ed25519 signature has 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed another version of the plan (planSha256 %1, plan.json has %2): the plan changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not parse as a JSON object: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not canonical JSON (edited or reformatted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: not part of an approval (stray file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2%3: its approval record %2%4 is missing (incomplete approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role &apos;%1&apos; is required and has no valid, trusted approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum not met: %1 distinct approvers required, %2 approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty, not an Upgrade Planner project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Upgrade Planner project (the file is not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database of another program, not an Upgrade Planner project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is damaged: it has no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer version of Upgrade Planner (project schema %1, this version reads schema %2 and older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is truncated or damaged: its header promises %1 bytes, the file has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot recover from an interrupted save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is damaged: table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up the project before upgrading it: %1 and 98 numbered copies already exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up the project to %1 before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the project from schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the file was not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the project for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table components: the id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a set of week days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1, row %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names a row that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is damaged: table %1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a row number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a version range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a component kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a criticality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short unique name, letters, digits, . _ : -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: “%1” is not a valid id (letters, digits and . _ : - only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: “%1” is taken already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit configuration inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and keys that expire; one that expires before the plan ends is a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires before the plan ends (%1): renew it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy exists that survives the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where / what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it lives or what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rollback plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What starts a rollback, separated by “;” (“login fails for 5 min”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected duration of the rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data that may be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward repair only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the migration the old version cannot come back: only a forward repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pilots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“test”, “staging”, “pilot branch Mainz”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it showed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit acceptance checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a check of the whole window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: no maintenance window has the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core functions are checked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: every window the plan uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every used window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours before the window starts, or after it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What users cannot do meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear colleagues,

from {start} to {end} we upgrade systems behind: {services}.
{limitations}

Questions: {contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“p95 login latency”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“180 ms”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From hours to a business cycle (168 = a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit upgrade record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start and end: 2027-05-15 22:00 - 22:40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write the start and end as 2027-05-15 22:00 - 22:40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every component with an upgrade has its record already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Expected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit upgrade issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit accepted estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes; empty: the built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates are accepted from planned against actual.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Edit change records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementChecker</name>
    <message>
        <source>in the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 runs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 requires %3 %4 (dependency range); %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 requires %3 %4 (catalog rule for %5); %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulerText</name>
    <message>
        <source>%1 of %2 expires on %3, before the plan ends (%4): renew it or finish earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 available: nobody on the staff has that role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; closest: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest window is %1 (%2), the step needs %3 with rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest window is %1, the step needs %2 with rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no window long enough is left after wave %1 ends (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no window is long enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one window long enough is left after wave %1 ends (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is away %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every window long enough overlaps a freeze (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every window before the freeze is full (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every window outside the freeze is full (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no window has room for all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every window after wave %1 ends (%2) is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every window is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every window overlaps a peak of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every window is taken until too close to a peak of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 available: busy in another lane in every window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in a freeze (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n during a peak of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken until too close to a peak of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a free %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n full</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no window fits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked in the plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wave before ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wave %1 ends %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every lane is taken until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, too late for the %2 it needs before %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window is %1, the step needs %2 with rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it falls in the freeze %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 from %2 would run into a peak of %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a peak of %1 lasts until %2, too late for the %3 it needs before %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 is free: %2 is away %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 is free: %2 is busy in another lane until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 is busy in another lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the window after it end before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the %2 windows after it end before %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: for %2 in its group, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the same in the next window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the same in %1 later windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no time zone: times are plain wall-clock times and every night is as long as the clock says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone %1 is unknown: times are plain wall-clock times and every night is as long as the clock says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 spans waves %2 to %3: all its steps are placed together with wave %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for wave %1, where %2 is unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1 is not in the estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves with %1, whose component is not in the estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 (%2) moves together and fits no window: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an Ed25519 key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a public key; signing needs the private key (NAME.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an Ed25519 key in PKCS#8 but a &quot;%1 PRIVATE KEY&quot; (make one with &apos;upgrade-planner keygen&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is encrypted and needs a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged encrypted private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase (or a damaged key file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a &quot;%1&quot;, not a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not Ed25519 but %1: plans are signed with Ed25519 keys (make one with &apos;upgrade-planner keygen&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a private key; give the public key (NAME.pub.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not Ed25519 but RSA: plans are signed with Ed25519 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a &quot;%1&quot;, not a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no private key to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the private key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encrypt the private key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing needs a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the public key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagedFiles</name>
    <message>
        <source>cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>the wave before (or the step it waits for) had not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window is shorter than the step with its rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window touches a freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step would overlap a peak of a process it affects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody with a needed role is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every lane is taken until too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1 starts changing at %2: rolling back later means rolling it back too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rollback must end by the window&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rollback must end by the window&apos;s end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) %3 → %4, wave %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1, lane %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback reserve %1 min%2, worst case ends %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a restore of the backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not earlier: %1 turned it down: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 → %3: not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (wave %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, where %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window came close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited for wave %1 to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, last with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradeOrdering</name>
    <message>
        <source> (support of %1 %2 has ended%3: passed through, not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>required stop: the catalog says upgrades of %1 must pass through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits until its neighbours allow it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 (dependencies first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing it depends on changes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stepping stone: going straight to %1 would break: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no order of single steps works: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves together with %1 (group %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned after %1, which cannot finish its upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin names %1, which is not a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no upgrade to pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned after %1, which is not a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned to wave %1, but its first step can only come in wave %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the steps it depends on come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pin after %1 makes the plan impossible: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1 is below the current version %2: a downgrade is not an upgrade path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Version</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: number &apos;%2&apos; is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unexpected character &apos;%2&apos; at position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no digits or letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionRange</name>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: must start with a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a wildcard may only stand at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: empty alternative around &apos;||&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: operator &apos;%2&apos; has no version</source>
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
    <name>planner::AboutDialog</name>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Upgrade Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Planner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans IT estate upgrades without breaking what must stay up: compatibility, upgrade order and maintenance windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the %1 (SPDX: GPL-3.0-or-later). You may share and change it under its terms; it comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-support dates come from %1, © endoflife.date contributors, under the MIT licence: %2 products, data as of %3 (the newest release it lists). Dates in a project&apos;s own catalog take precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party software and fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows, drawing, storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph algorithms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatures and hashes of plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DejaVu fonts licence (free, Bitstream Vera based)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph and the plan PDF, from the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endoflife.date licence (MIT)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::AbsenceList</name>
    <message>
        <source>Add days away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove these days away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::AddDependencyDialog</name>
    <message>
        <source>Add Dependency</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estate needs at least two components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component cannot depend on itself.</source>
        <translation type="unfinished"></translation>
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
    <name>planner::ApprovalTableModel</name>
    <message>
        <source>(unreadable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256 of the public key):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record, its signature and its public key are intact and name this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invalid approval is not checked against the trusted keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted keys are listed: anyone holding a key could have signed. Add the approvers&apos; public keys (.pub.pem) to check who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is one of the trusted keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is not among the trusted keys: it does not count toward roles and quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::BackupTableModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last restore test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before-step, before-window, nightly or continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last time a restore from this backup was proven; empty: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long that restore took: it must fit the step&apos;s rollback reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” cannot be read here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::BackupsPage</name>
    <message>
        <source>Only components with an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each component is backed up and when a restore from that backup was last proven. A step whose restore was never tested, was tested more than %1 days before the plan starts, or takes longer than the step&apos;s rollback reserve is a risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every moving component has a backup with a recent, fast enough restore test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b35c00&apos;&gt;%n backup cannot be relied on:&lt;/span&gt; </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b35c00&apos;&gt;%n backups cannot be relied on:&lt;/span&gt; </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::CalendarEditor</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest outage (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency, payment, production-control and public-service processes get the stricter readiness list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The components the process relies on, by id, separated by commas; what they depend on is found through the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses the process, separated by commas: they are the audience of the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers outside the organisation use the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest outage the service level allows, in minutes; empty: not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no business process yet to give a peak to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the start &quot;%1&quot;; write it as 2027-01-16 22:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the end &quot;%1&quot;; write it as 2027-01-17 04:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end %1 must lie after the start %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly repeats must be a whole number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel lanes must be a whole number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the days; write them as 2027-03-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day %1 lies before the first day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use only letters, digits and . _ : -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another process already has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criticality &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; is not one of %2 (or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the longest outage &quot;%1&quot; must be a whole number of minutes, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no business process &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the days &quot;%1&quot;; write e.g. Mon-Fri or Sat,Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the hours; write them as 08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peak must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the days away &quot;%1&quot;; write 2027-01-15..2027-01-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in &quot;%1&quot; the last day lies before the first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ChangePanel</name>
    <message>
        <source>Readiness &amp; risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must survive the upgrade, per component: parameters, routing rules, permissions, integration keys, jobs, service accounts, firewall rules, certificates, scripts. Orange: not backed up. Red: expires before the plan ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each step is undone: what starts a rollback, who decides, what is restored, how long it takes, which data may be lost, and whether after the migration only a forward repair is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was tried before production: where, on which representative devices, by which roles, with which data flows, and what it showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks defined before the upgrade and run after it, for one step or for a whole window, each with the result that passes. Core functions are checked first; include a review of the logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is watched after the release, against which baseline, and for how long (hours up to a business cycle: 168 h is a week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned vs actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Ready for approval&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#d32f2f&apos;&gt;Not ready: %n item missing&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#d32f2f&apos;&gt;Not ready: %n items missing&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · risk score %1 (%2) · review path: %3 · %n step affects business processes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · risk score %1 (%2) · review path: %3 · %n steps affect business processes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;i&gt;(analysing…)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness &amp; risk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::Changes</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no backup recorded: nothing to restore if the step fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore of %1&apos;s backup (%2) was never tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no method given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore of %1&apos;s backup was last tested on %2, %3 days before the plan starts (more than %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore of %1 takes %2, longer than the step&apos;s rollback reserve of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project gives no reason for the change (security, end-of-support, compliance...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project states no purpose: what the change is meant to achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project states no urgency, so the review path cannot be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no business processes are recorded: nobody can say whom the change affects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 is affected but its %2 %3 not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no backup recorded: method, location, retention and when it is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rollback plan of %1 does not say %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rollback plan: triggers, who decides, what is restored, how long it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no acceptance check is defined for %1: nobody can say it works after the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no monitoring is planned for %1 after the release: metric, baseline, how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no configuration inventory is recorded for %1: parameters, accounts, certificates... that must survive the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3) is not backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, allowed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step of %1 stops processes longer than their service level allows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it affects a process of a stricter category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is of %1 criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a pilot before production (%2): none is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pilot of %1 did not pass: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message tells the affected users before window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message tells the affected users after window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is of %2 criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step of %1 cannot be undone: only a restore of the backup brings the old version back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody on the staff holds the role %1 that %2 needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 holds the role %2 that %3 needs: nobody stands in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 left in %2 after the rollback reserve of %3 (less than %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 affects %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes major version: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emergency security fix: the short (emergency) change path, with the approval of the change manager and the record completed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its risk is high: keep the rollback ready and watch it closely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk is high: a pilot on representative systems first, then a staged deployment, approved by the change board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A major version changes: a pilot on representative systems first, then a staged deployment, approved by the change board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The normal change board: the risk is %1 and no major version changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CmdbCsv</name>
    <message>
        <source>%1 more rows like that, the last: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; for the %2 (columns: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; for the version (columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column holds the components&apos; keys or names: the header needs sys_id, id or name, or a mapping that names the column (columns: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version column: every component is recorded at version 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key and no name; the row is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is on line %2 too; this row is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &apos;%1&apos; cannot be read as a version (%2); left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criticality &apos;%1&apos; is not known (1 - most critical to 4 - not critical, or critical high medium low); recorded as medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class; imported as kind &apos;other&apos; (rows without a class: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class &apos;%1&apos; is not known; imported as kind &apos;other&apos; (rows of this class: %2; a mapping file&apos;s &quot;classes&quot; can name its kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version; recorded as 0 until the real one is entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &apos;%1&apos; read as &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a version (%2); recorded as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of minutes; %2 left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD); backup.lastRestoreTest left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; (columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1; the relation is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a component of the components file; the relation is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; names several components (give the sys_id); the relation is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation type &apos;%1&apos; is not known; read as &apos;%2&apos;, the parent depending on the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; relates to itself; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8; read as Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8; read as Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind / class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site / location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a column name (a string) or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (fields: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not &quot;upgrade-planner-csv-mapping&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only version 1 is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a separator: use &quot;,&quot;, &quot;;&quot;, &quot;|&quot; or &quot;tab&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (fields: parent, child, type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind (kinds: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (fields: type, from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;parent&quot; or &quot;child&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no dependency type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping file is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ComparisonPage</name>
    <message>
        <source>Accept as estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step / kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual / planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned / actual minutes of each phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the average actual minutes per kind as the estimates the next plan uses (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted estimates per kind: the schedule uses them before the built-in defaults (a component&apos;s own figure still comes first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is recorded yet: enter actual phase times in Upgrade record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded steps. Planned minutes count only the phases with an actual, so the two compare. Red: took more than 120 % of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds (averages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n steps)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accept actual durations as estimates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ComponentDetailsPanel</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversible without restoring the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. dba, linux-admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pg_basebackup, VM snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last restore test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore takes:</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ComponentTableModel</name>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
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
    <name>planner::ConflictTableModel</name>
    <message>
        <source>✓ waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsatisfied requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upgrade path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untested backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irreversible without restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: no window fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: business peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: staff unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ConflictsPanel</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search message or component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected conflicts for a while, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw Waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected waived conflicts count again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the components of the selected conflicts in every view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Waiver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the reason or the expiry of the waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waived</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the schedule</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conflict to read it in full and to select its components in the other views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waive %n conflict</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waive %n conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waived %n conflict; the check runs again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waived %n conflicts; the check runs again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n waiver</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n waivers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ContextMenuController</name>
    <message>
        <source>Show in &amp;Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the graph, centred on this component</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CsvMappingDialog</name>
    <message>
        <source>The column that identifies each row in the CMDB (ServiceNow: sys_id). The relations file names rows by it; it is kept as the component&apos;s external id so a later import updates the same component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name people know the component by (a host name, an application&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class or type (ServiceNow: sys_class_name). Common classes become server, database, network...; others become &apos;other&apos; with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version running today. Rows without one get version 0 and a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to upgrade to, if the file has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product (ServiceNow: model_id), the key of the catalog of releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site or data centre (ServiceNow: location).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team or person responsible (ServiceNow: support_group or owned_by).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How critical it is: 1 - most critical to 4 - not critical, or critical, high, medium, low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make component ids from the &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mapping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column of the file holds each field. Only the key or the name is needed; a field set to (none) is not imported, and an import into an existing project leaves it as it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable ids such as &apos;web-prod-01&apos; instead of the key (a ServiceNow sys_id is a 32-digit number); the key stays the external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. cmdb_rel_ci.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second CSV file with the relations between the components (ServiceNow&apos;s cmdb_rel_ci: parent, child, type such as &quot;Runs on::Runs&quot;). Rows are named by key or by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relations file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file (first rows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As imported (first components):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components: %1, dependencies: %2, warnings: %3 (hover to read them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping saved to %1; use it with --mapping on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CsvText</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2 columns (a separator inside a field that is not quoted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed (a missing quote?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header line: the file holds no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CycloneDx</name>
    <message>
        <source>a CycloneDX BOM is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not &quot;CycloneDX&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specification %1 is not one of 1.2 to 1.6; read as 1.6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no type; imported as kind &apos;other&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos;; imported as kind &apos;other&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version; recorded as 0 until the real one is entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a version (%2); recorded as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the bom-ref of another component too; dependencies name the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component or service of this BOM; its dependencies are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component or service of this BOM; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; depends on itself; left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::DependenciesPanel</name>
    <message>
        <source>Only the selected component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select Both Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the component that depends and the one it needs, in every view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change which versions of the needed component will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dependency of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dependencies of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::DependencyTableModel</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No component has the id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version range</source>
        <translation type="unfinished"></translation>
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
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled (imported from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Dependency...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a component to the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected components and the dependencies that touch them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say that one component needs another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move %1 Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The components were selected through a conflict or the plan: select them in the inventory or the graph to remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New component</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ExchangeController</name>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a CMDB export, an SBOM, a GraphML graph or an estate file, as a new project or merged into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the estate as GraphML, DOT, CSV, JSON, SVG, PNG or a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2, or open it as a new project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging matches components by id, updates what the file knows and adds what is new; you see every change first, and Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 components, %4 dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2); first of %3 warnings: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds nothing the project does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 fields updated, %4 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ExportPlanDialog</name>
    <message>
        <source>plan.json — the plan approvals sign (always written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan.pdf — the document for the change board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan.ics — the maintenance windows, for calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder, or one holding this very plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the plan.json of the version before, to list what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, comma-separated: change-manager, service-owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s signature page leaves a line for each of these roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the plan the change board approves into a folder. Approvers then sign plan.json (File &gt; Sign Plan); any change to the plan afterwards shows when it is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles to sign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (plan.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking, ordering and scheduling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b6e2a&apos;&gt;Ready for approval.&lt;/b&gt; Every readiness check passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b01c1c&apos;&gt;Not ready for approval.&lt;/b&gt; Written anyway; these checks fail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder held this very plan: plan.json was kept with its approvals (%1), and the PDF shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the previous plan: %1, listed in the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan SHA-256: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::FileController</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project (.uplan) or import an estate (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before continuing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project or Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1; first of %2 warnings: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Planner projects (*.uplan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::FileFormats</name>
    <message>
        <source>CSV (CMDB export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components (and relations) from a CMDB export such as ServiceNow&apos;s cmdb_ci and cmdb_rel_ci; writes the components or the plan&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relations as CSV (parent,child,type as in cmdb_rel_ci); a relative path is taken from the components file&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column mapping (JSON, as the import dialog saves it) for columns other than ServiceNow&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components: one row per component with every field; steps: the plan&apos;s steps with wave, window and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CycloneDX SBOM (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CycloneDX bill of materials, JSON 1.2 to 1.6: components, services and their dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Planner estate JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estate interchange JSON, format version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dependency graph as SVG, as the graph view draws it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dependency graph as PNG at 100 % (at most 8000 pixels wide or high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All supported files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes no option &apos;%1&apos; when %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no option &apos;%1&apos; when %2 (options: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; takes %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dependency graph as GraphML (yEd, Gephi, networkx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add yEd&apos;s drawing of each node and edge (boxes filled by criticality, labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the boxes start in yEd: as the graph view lays them out, or in a plain grid (faster for very large estates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dependency graph in Graphviz DOT (render it with dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction of the arrows: TB draws what depends on others at the top and what they depend on below, as the graph view does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw a box around each site&apos;s components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule as an iCalendar file: one event per used window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Planner project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Upgrade Planner project (SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::GraphMl</name>
    <message>
        <source>the file holds no XML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not GraphML: the document is &lt;%1&gt;, not &lt;graphml&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;graph&gt; element: the file describes no graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;key&gt; without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;node&gt; without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node id &apos;%1&apos; is used twice (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &lt;edge&gt; needs a source and a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data for key &apos;%1&apos;, which no &lt;key&gt; declares; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: %2 &apos;%3&apos; cannot be read (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys not used by an estate, ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node has a version: every component is recorded at version 0 until the real one is entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: unknown kind &apos;%2&apos;; imported as &apos;other&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &apos;%1&apos; has no version; recorded as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: unknown criticality &apos;%2&apos;; imported as &apos;medium&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph is undirected: each edge is read as its source depending on its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge to or from &apos;%1&apos;, which is not a node of the file; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge to or from the group &apos;%1&apos;; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; depends on itself; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a version range (%2); left without</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::GraphOverview</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::GraphScene</name>
    <message>
        <source>%1, %2 criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a dependency cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade path of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wave %1: %2 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stepping stone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (required stop)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::GraphView</name>
    <message>
        <source>No component matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is hidden by the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2.
Version range it requires of %2 (for example &gt;=12 &lt;17; empty: any version):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now depends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select what depends on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) depend on %1, directly or not.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select what it depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 depends on %n component(s), directly or not.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Find path to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What depends on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dependency from it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the layout place it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n component(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit version range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency path from %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chain of dependencies links %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::GraphWidget</name>
    <message>
        <source>Laying out the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the visible part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names show from %1 % on: zoom in (+) to read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the whole legend, with the kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to fold the legend to one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shown at %1 % so that names can be read. Fit (F) shows all %n component(s); names show only when you zoom in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom; click for actual size (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find component…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a component by name or id and show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the colours, borders, shapes and arrows mean (exported pictures carry it too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the overview when the graph does not fit the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the graph as a picture, with its title and legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole graph as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole graph as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible part as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible part as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by site, connect components, lay the graph out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw each site&apos;s components together in a labelled box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect by dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from a component to what it depends on to add a dependency (Shift+drag does the same at any time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the graph out again; components placed by hand stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only components of one kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only one site&apos;s components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only components at least this critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What depends on the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selection needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways from the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact view: only the selected components and what depends on them or what they need, directly or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some components: by kind, site, criticality or impact of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::GuideDialog</name>
    <message>
        <source>Upgrade Planner Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::HelpController</name>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Upgrade Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each view is for and how to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licences and where the data comes from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::IcsCalendar</name>
    <message>
        <source>Maintenance window %1, %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3: start %4, point of no return %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every step rolls back: done %1, %2 after the window ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every step rolls back: done %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: upgrade windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade window %1: 1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade window %1: %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ImpactPage</name>
    <message>
        <source>Step / process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps affect business processes; %3 processes are affected, %4 of them on the stricter list (emergency, payment, production control, public service). Downtime is the step&apos;s execution and verification as scheduled; the worst case runs to the end of its rollback reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no business process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max outage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses it directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than the service level allows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::InventoryPanel</name>
    <message>
        <source>&amp;Copy Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected components&apos; ids to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search id, name, product or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 ids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::MainWindow</name>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controlled change: readiness, risk, impact and the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness, risk, business impact, backups, rollback plans, pilots, acceptance checks, messages, monitoring and the upgrade record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Upgrade Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dependencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::MergeReviewDialog</name>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging &lt;b&gt;%1&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;: %3 added, %4 updated, %5 as they were, %6 added. Fields the file does not carry keep their values here. What the project has and the file lacks stays unless you tick it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n component</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n components</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependencies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the file (%1): tick to remove from the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated fields (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New components (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies the file does not list (%1): kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::MessagesPage</name>
    <message>
        <source>Messages to the people a window affects, sent the given hours before it starts or after it ends. Placeholders: {window} {start} {end} {services} {limitations} {contact} {project}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body of the selected template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it will be sent (filled from the schedule):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#555&apos;&gt;To &lt;b&gt;%1&lt;/b&gt; · send %2 · window %3 (%4 – %5)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a template to see its messages.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No window of the schedule uses this template yet.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::PlanController</name>
    <message>
        <source>E&amp;xport Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan for the change board: plan.json, PDF, calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve an exported plan with your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the approvals of an exported plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1plan.json cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: matches %1 (not signed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: matches %1 (1 valid approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: matches %1 (%2 valid approvals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open project is the estate the plan in %1 was exported from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: project changed since %1 was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: project changed since %1 was signed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open project differs from the estate the plan in %1 was exported from: export it again to a new folder and have it approved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid approvals in the folder: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (valid approvals: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid approvals: %1; Verify Plan says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open project matches the exported plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project changed since the plan was exported, but not in anything the plan shows (names, notes, details). Its estate SHA-256 differs all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project changed since the plan was exported. Differences in the plan: %1; the first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval %1 added to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::PlanPanel</name>
    <message>
        <source>Ordering the upgrade for the latest edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ordered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step to read why it stands where it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::PlanTreeModel</name>
    <message>
        <source>Nothing to upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wave</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waves</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pin problem</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pin problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pins that cannot hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n upgrade</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upgrades</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pin</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pins</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported stone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stepping stone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stepping stone whose support has ended: %1 passes through %2 and does not stay there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ProjectController</name>
    <message>
        <source>Project &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, purpose, reason, urgency, start date, time zone and decision time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project properties changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ProjectPropertiesDialog</name>
    <message>
        <source>&amp;Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Core banking refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Replace PostgreSQL 12 before its support ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the upgrade happens: usually end-of-support, security or feature; any word is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How pressing it is: usually planned, urgent or emergency; any word is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s day zero: support end dates and waivers are judged against it, and no window before it is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time kept after verify for the go/no-go call, before a rollback would start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the whole project is about. The start date and time zone change how the plan is checked and scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: plain wall-clock times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IANA time zone the windows&apos; times are in, e.g. Europe/Berlin; type part of a name to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: “%1” is not a time zone this computer knows. Choose one from the list (type part of its name, such as Berlin) or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ReadinessPage</name>
    <message>
        <source>Missing before approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component / window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step / rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;not stated&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Ready for approval.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#d32f2f&apos;&gt;Not ready for approval: %n item missing.&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#d32f2f&apos;&gt;Not ready for approval: %n items missing.&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &amp;nbsp; Reason: %2 · urgency: %3 · purpose: %4&lt;br&gt;Risk score of the plan: &lt;b style=&apos;color:%5&apos;&gt;%6 (%7)&lt;/b&gt; · review path: &lt;b&gt;%8&lt;/b&gt; — %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record the plan needs is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::RecordFilter</name>
    <message>
        <source>Filter: component, name or any text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the rows that contain this text in any column. Click a column&apos;s header to sort by it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::RecordPage</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the component of the current row in every view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ScheduleReport</name>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scheduled in %2, %3 unscheduled; finish %4 (%5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 to %3 (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 starts changing then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1-%2  %3 %4 -&gt; %5  lane %6, point of no return %7, rollback done by %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  if every step rolls back: done %1, %2 after the window ends
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  if every step rolls back: done %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscheduled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not earlier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime (execute and verify; worst case with rollback):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 (worst case %3), %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (waived: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::SignPlanDialog</name>
    <message>
        <source>Sign Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan.json of an exported plan folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private key (.key), made with `upgrade-planner keygen`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as the board knows it: A. Rivera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role you approve in; type another one if yours is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your approval signs the exact bytes of plan.json: any later change to the plan makes it invalid. It is written into the approvals folder beside plan.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan to Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (plan.json);;JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private keys (*.key *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked only when the key is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is encrypted: type its passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: this key is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plan.json to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name as signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this key. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is encrypted: type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: approval %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::TimelinePanel</name>
    <message>
        <source>Not scheduled, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from first start to finish</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) used · </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>finish: %1 · critical path: %2 · %3 scheduled, %4 not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step in the timeline or the list to read when it runs, its point of no return and why it is not earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no step in the schedule: it does not change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::TimelineView</name>
    <message>
        <source>Upgrade schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time (project time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go/no-go decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · click a window: zoom to it · click a bar: select · right-click a bar: more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Window %1, %n lane(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) planned in it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No step planned in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: overlaps the freeze &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to zoom to this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> — %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n window(s) used</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to Its Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Step Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::UpgradeRecordPage</name>
    <message>
        <source>What actually happened, step by step: the actual start and end of each phase (write “2027-05-15 22:00 - 22:40”), whether the step was rolled back, and what is left to do. Check results and issues of the selected step are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance checks run after the step, and their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues met, and how they were solved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::VerifyPlanDialog</name>
    <message>
        <source>Verify Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan.json of a plan folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (.pub.pem) of the people whose approvals count. Approvals made with any other key are shown as untrusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, comma-separated: change-manager, cab-chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many different trusted keys must have approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required &amp;roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan.json and press Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan to Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (plan.json);;JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Public Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub.pem *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 approval is invalid: the plan or the approval changed after signing (see the Signature column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approvals are invalid: the plan or the approvals changed after signing (see the Signature column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 approval was made with a key that is not among the trusted keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approvals were made with keys that are not among the trusted keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, trusted approvals: %1 (distinct keys: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact, not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted keys are listed, so anyone with a key could have signed: add the approvers&apos; public keys (.pub.pem) to check who did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::WaiverDialog</name>
    <message>
        <source>Expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waive %n conflict</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waive %n conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Why this may go ahead, e.g. &quot;accepted by the change board on 12 March, vendor support contract until June&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived conflicts stay listed, marked as waived, and no longer block the plan until the end of the expiry day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::compat</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 on to %2 breaks: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 cannot move one after the other: every order of their steps through the catalog releases breaks a requirement between them, so they must move together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot reach its target without breaking a requirement with %2: a required stop on the way breaks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dependency %1 -&gt; %2 names %3, which is not a component of the estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dependency %1 -&gt; %2 names two components that the estate does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business process %1 (%2) uses %3, which is not a component of the estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Site %1 is not among the estate&apos;s sites, yet %2 is placed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 is not among the estate&apos;s sites, yet %2 are placed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog rule for %1 requires product %2, which no component runs and the catalog does not describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depend on each other in a cycle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n components depend on each other in a cycle, for example %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; none of them can be upgraded strictly after the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would go from %2 down to %3: a downgrade, which no upgrade path provides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no product, so the catalog cannot confirm a path from %2 to %3; the upgrade is taken as one direct step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog lists no releases of %1, so it cannot confirm a path for %2 from %3 to %4; the upgrade is taken as one direct step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 targets %2 %3, which the catalog does not list among its releases (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog support date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endoflife.date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has ended (%1 gives no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended on %1 (%2), before the plan starts on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends on %1 (%2), before the plan completes on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2 %3, whose support (cycle %4) %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 targets %2 %3, whose support (cycle %4) %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays at %2 %3, whose support (cycle %4) %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 components)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs different versions across sites in the %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s upgrade from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be undone by restoring a backup, and %2 has no backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be undone by restoring a backup, and a restore of its backup (%2) was never tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore of %1&apos;s backup (%2) was never tested before %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and only a restore undoes the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last restore test of %1&apos;s backup (%2) was on %3, %4 days before the plan starts on %5: more than the %6 days allowed%7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::pdf</name>
    <message>
        <source>The board is asked to approve the upgrade of %n component(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %n maintenance window(s), from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, carried out step by step as this document schedules them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step is scheduled yet: the plan has no dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n step(s) could not be scheduled and are not in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving it accepts %n open risk(s), listed in the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every readiness check passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is NOT ready: 1 readiness check fails (%1). The board approves despite it or sends the plan back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is NOT ready: %1 readiness checks fail (%2). The board approves despite them or sends the plan back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing the plan needs a QApplication (use the offscreen platform without a display)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page size must be A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Upgrade plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan SHA-256 %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Planner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the compatibility check and the schedule found, in every state the estate passes through: today (current), during the upgrade (intermediate) and at the end (target). A waiver is a conflict someone accepted, with the reason and until when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict is left open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict is waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the previous plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the plan of SHA-256 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes: both plans say the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n change(s) the board approves again with this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each approver signs the plan&apos;s SHA-256 below with their own key: &quot;upgrade-planner sign plan.json --key KEY --signer NAME --role ROLE&quot; or File &gt; Sign Plan in the workbench. A signature covers exactly this plan: any change to the plan changes the SHA-256 and needs new signatures. Anyone can check the signatures with &quot;upgrade-planner verify&quot; or with sha256sum and openssl alone. The lines below are for a printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By signing, the approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board is asked to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid; the key was not checked against a list of trusted keys (compare its fingerprint with the approver&apos;s published key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, key not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This approval does not count until its signature is valid and made with a trusted key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change: why, how risky, which review path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
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
        <source>Risk of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (score %2, the sum over %n step(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step&apos;s score adds the points of the rules that apply to it; each point names its cause. 0-3 is low, 4-7 medium, 8 and more high (docs/change-records.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps by risk, highest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step scores a risk point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business processes the plan touches: a process is affected by a step on any component it uses or that those depend on. Emergency, payment, production-control and public-service processes are on the stricter list. The downtime adds up every step that stops the process, over all windows; a single step longer than the service level allows is listed under what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime, all steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stricter list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded business process is affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing before approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: every step has its backup with a tested restore, a rollback plan, acceptance checks, monitoring and its configuration inventory; every window has its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step: backup, rollback, checks and monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each moving component is saved before its step, who decides to undo it and on what signs, how it is undone and what may be lost, the checks that prove it works (core functions first) and what is watched afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance and monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore tested: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decides: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restores: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may lose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the migration: forward repair only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[core] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch %1 (baseline %2) for %3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks for a whole window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[logs] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration that must survive, and the pilots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilots and tests before production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages to the people each window affects, filled in with the window&apos;s real times and services: %n message(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade record: planned against actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues, rollback, follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (solved: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPGRADE PLAN FOR APPROVAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision asked of the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: every readiness check passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: see the readiness checks in the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan SHA-256 (what approvers sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Planner %1, end-of-life data of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan achieves, when it ends, how long each business process is down, the open risks and whether the plan is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each component that changes, with its current and target version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph, timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same plan as pictures: what depends on what, and when each step runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window by window: each step with its duration, the time kept to undo it, its point of no return and who carries it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could break, and what was accepted by waiver and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why and how risky, whom it affects, what is missing, and for each step its backup, rollback, checks and monitoring; the configuration, pilots and messages to users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approvers&apos; signatures over the plan&apos;s SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components that move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 in the estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scheduled in %n wave(s); %2 not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance windows used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: nothing placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n not waived (see below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n conflict(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime per business process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst case (every step rolled back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps affecting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risks: the %1 most serious of %2 (all in &quot;Conflicts and waivers&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risks: what may still break during or after the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risks: none. Every conflict found is either waived or informational.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %n moving component(s), outlined in blue, and the components directly connected to them. Each box shows the name and the current and target versions; an arrow points from a component to one it depends on. Red: involved in a conflict not waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %n components the names are too small to read at 100 %: zoom into this page, or see the full graph in the SVG export (upgrade-planner export --format svg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency graph of the moving components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole plan in time. Shaded bands are the maintenance windows (freezes in a different shade); each row is one step, its bar coloured by phase as the legend says. The pale part after a bar is the time kept to undo the step; the red tick is its point of no return. The steps of each window, with their times, follow in the next section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 · %2 to %3 · %n parallel lane(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · worst case ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 past the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, inside the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each component that changes version, from where it is today to its target, through the intermediate versions (stepping stones) the upgrade must pass. Waves: steps of one wave do not depend on each other; a wave starts only when the previous one is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing moves: no component has a target version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, window by window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One table per maintenance window used; times are wall-clock times in the project&apos;s time zone (%1). Time: from preparation to the end of verification. Rollback reserve: time kept free after the go/no-go decision to undo the step (&quot;restore&quot;: undoing means restoring the backup). Point of no return: the latest moment a rollback can start and still end inside the window. Staff: who must be present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step could be placed in a maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled and blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step has its place in a window; no upgrade is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled and blocked: %n upgrade step(s) that will not happen as planned until their cause is solved or accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
