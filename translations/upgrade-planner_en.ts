<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>GraphEditor</name>
    <message numerus="yes">
      <source>Delete %n item(s) from the graph</source>
      <translation>
        <numerusform>Delete %n item from the graph</numerusform>
        <numerusform>Delete %n items from the graph</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlanReport</name>
    <message numerus="yes">
      <source>%n step(s)</source>
      <translation>
        <numerusform>%n step</numerusform>
        <numerusform>%n steps</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> in %n wave(s)</source>
      <translation>
        <numerusform> in %n wave</numerusform>
        <numerusform> in %n waves</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n group(s) moving together</source>
      <translation>
        <numerusform>, %n group moving together</numerusform>
        <numerusform>, %n groups moving together</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n upgrade(s) blocked</source>
      <translation>
        <numerusform>, %n upgrade blocked</numerusform>
        <numerusform>, %n upgrades blocked</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>planner::BackupsPage</name>
    <message numerus="yes">
      <source>&lt;span style='color:#b35c00'&gt;%n backup(s) cannot be relied on:&lt;/span&gt; </source>
      <translation>
        <numerusform>&lt;span style='color:#b35c00'&gt;%n backup cannot be relied on:&lt;/span&gt; </numerusform>
        <numerusform>&lt;span style='color:#b35c00'&gt;%n backups cannot be relied on:&lt;/span&gt; </numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>planner::ChangePanel</name>
    <message numerus="yes">
      <source>&lt;b style='color:#d32f2f'&gt;Not ready: %n item(s) missing&lt;/b&gt;</source>
      <translation>
        <numerusform>&lt;b style='color:#d32f2f'&gt;Not ready: %n item missing&lt;/b&gt;</numerusform>
        <numerusform>&lt;b style='color:#d32f2f'&gt;Not ready: %n items missing&lt;/b&gt;</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> · risk score %1 (%2) · review path: %3 · %n step(s) affect business processes</source>
      <translation>
        <numerusform> · risk score %1 (%2) · review path: %3 · %n step affect business processes</numerusform>
        <numerusform> · risk score %1 (%2) · review path: %3 · %n steps affect business processes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>planner::ComparisonPage</name>
    <message numerus="yes">
      <source>%1 (%n step(s))</source>
      <translation>
        <numerusform>%1 (%n step)</numerusform>
        <numerusform>%1 (%n steps)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>planner::GraphView</name>
    <message numerus="yes">
      <source>%n component(s) depend on %1, directly or not.</source>
      <translation>
        <numerusform>%n component depends on %1, directly or not.</numerusform>
        <numerusform>%n components depend on %1, directly or not.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 depends on %n component(s), directly or not.</source>
      <translation>
        <numerusform>%1 depends on %n component, directly or not.</numerusform>
        <numerusform>%1 depends on %n components, directly or not.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Remove %n component(s)</source>
      <translation>
        <numerusform>Remove %n component</numerusform>
        <numerusform>Remove %n components</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>planner::GraphWidget</name>
    <message numerus="yes">
      <source>Shown at %1 % so that names can be read. Fit (F) shows all %n component(s); names show only when you zoom in.</source>
      <translation>
        <numerusform>Shown at %1 % so that names can be read. Fit (F) shows all %n component; names show only when you zoom in.</numerusform>
        <numerusform>Shown at %1 % so that names can be read. Fit (F) shows all %n components; names show only when you zoom in.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>planner::ReadinessPage</name>
    <message numerus="yes">
      <source>&lt;b style='color:#d32f2f'&gt;Not ready for approval: %n item(s) missing.&lt;/b&gt;</source>
      <translation>
        <numerusform>&lt;b style='color:#d32f2f'&gt;Not ready for approval: %n item missing.&lt;/b&gt;</numerusform>
        <numerusform>&lt;b style='color:#d32f2f'&gt;Not ready for approval: %n items missing.&lt;/b&gt;</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>planner::TimelinePanel</name>
    <message numerus="yes">
      <source>%n step(s), </source>
      <translation>
        <numerusform>%n step, </numerusform>
        <numerusform>%n steps, </numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) from first start to finish</source>
      <translation>
        <numerusform>%n day from first start to finish</numerusform>
        <numerusform>%n days from first start to finish</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n window(s) used · </source>
      <translation>
        <numerusform>%n window used · </numerusform>
        <numerusform>%n windows used · </numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>planner::TimelineView</name>
    <message numerus="yes">
      <source>Window %1, %n lane(s)</source>
      <translation>
        <numerusform>Window %1, %n lane</numerusform>
        <numerusform>Window %1, %n lanes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n step(s) planned in it</source>
      <translation>
        <numerusform>%n step planned in it</numerusform>
        <numerusform>%n steps planned in it</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> — %n step(s)</source>
      <translation>
        <numerusform> — %n step</numerusform>
        <numerusform> — %n steps</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n window(s) used</source>
      <translation>
        <numerusform>, %n window used</numerusform>
        <numerusform>, %n windows used</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>planner::cli::Tr</name>
    <message numerus="yes">
      <source>%n site box(es)</source>
      <translation>
        <numerusform>%n site box</numerusform>
        <numerusform>%n site boxes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n step(s)</source>
      <translation>
        <numerusform>%n step</numerusform>
        <numerusform>%n steps</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Accepted: the project's estimates now hold %n kind(s).</source>
      <translation>
        <numerusform>Accepted: the project's estimates now hold %n kind.</numerusform>
        <numerusform>Accepted: the project's estimates now hold %n kinds.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Not ready for approval: %n item(s) missing.</source>
      <translation>
        <numerusform>Not ready for approval: %n item missing.</numerusform>
        <numerusform>Not ready for approval: %n items missing.</numerusform>
      </translation>
    </message>
  </context>
</TS>