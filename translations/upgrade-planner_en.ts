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
    <name>InputFile</name>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n byte</numerusform>
        <numerusform>%n bytes</numerusform>
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
      <source>How each component is backed up and when a restore from that backup was last proven. A step whose restore was never tested, was tested more than %n day(s) before the plan starts, or takes longer than the step's rollback reserve is a risk.</source>
      <translation>
        <numerusform>How each component is backed up and when a restore from that backup was last proven. A step whose restore was never tested, was tested more than %n day before the plan starts, or takes longer than the step's rollback reserve is a risk.</numerusform>
        <numerusform>How each component is backed up and when a restore from that backup was last proven. A step whose restore was never tested, was tested more than %n days before the plan starts, or takes longer than the step's rollback reserve is a risk.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>planner::Changes</name>
    <message numerus="yes">
      <source>Repeat window %1 for %n more week(s), until %2: %3</source>
      <translation>
        <numerusform>Repeat window %1 for %n more week, until %2: %3</numerusform>
        <numerusform>Repeat window %1 for %n more weeks, until %2: %3</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>planner::EditConflictDialog</name>
    <message numerus="yes">
      <source>&lt;p&gt;%1 saved the shared project while you were editing it (it is now at revision %2). Their other changes and yours are combined; %n element(s) were changed on both sides, each differently.&lt;/p&gt;&lt;p&gt;Choose whose version to keep for each, then Save. Cancel writes nothing and keeps your changes unsaved.&lt;/p&gt;</source>
      <translation>
        <numerusform>&lt;p&gt;%1 saved the shared project while you were editing it (it is now at revision %2). Their other changes and yours are combined; %n element were changed on both sides, each differently.&lt;/p&gt;&lt;p&gt;Choose whose version to keep for each, then Save. Cancel writes nothing and keeps your changes unsaved.&lt;/p&gt;</numerusform>
        <numerusform>&lt;p&gt;%1 saved the shared project while you were editing it (it is now at revision %2). Their other changes and yours are combined; %n elements were changed on both sides, each differently.&lt;/p&gt;&lt;p&gt;Choose whose version to keep for each, then Save. Cancel writes nothing and keeps your changes unsaved.&lt;/p&gt;</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>planner::FileController</name>
    <message numerus="yes">
      <source>Not saved: %n element(s) changed on both sides wait for your choice</source>
      <translation>
        <numerusform>Not saved: %n element changed on both sides wait for your choice</numerusform>
        <numerusform>Not saved: %n elements changed on both sides wait for your choice</numerusform>
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
    <name>planner::HistoryPanel</name>
    <message numerus="yes">
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n change</numerusform>
        <numerusform>%n changes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 of %Ln save(s) shown</source>
      <translation>
        <numerusform>%1 of %Ln save shown</numerusform>
        <numerusform>%1 of %Ln saves shown</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, with %Ln change(s)</source>
      <translation>
        <numerusform>, with %Ln change</numerusform>
        <numerusform>, with %Ln changes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>planner::ScenarioCompareDialog</name>
    <message numerus="yes">
      <source>%1%n day(s)</source>
      <translation>
        <numerusform>%1%n day</numerusform>
        <numerusform>%1%n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Comparing %n scenario(s)…</source>
      <translation>
        <numerusform>Comparing %n scenario…</numerusform>
        <numerusform>Comparing %n scenarios…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%1&lt;/b&gt;: finish %2, %n window(s) used</source>
      <translation>
        <numerusform>&lt;b&gt;%1&lt;/b&gt;: finish %2, %n window used</numerusform>
        <numerusform>&lt;b&gt;%1&lt;/b&gt;: finish %2, %n windows used</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, &lt;span style='color:#b3261e'&gt;%n step(s) not scheduled&lt;/span&gt;</source>
      <translation>
        <numerusform>, &lt;span style='color:#b3261e'&gt;%n step not scheduled&lt;/span&gt;</numerusform>
        <numerusform>, &lt;span style='color:#b3261e'&gt;%n steps not scheduled&lt;/span&gt;</numerusform>
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
    <message numerus="yes">
      <source>%n target(s)</source>
      <translation>
        <numerusform>%n target</numerusform>
        <numerusform>%n targets</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n duration change(s)</source>
      <translation>
        <numerusform>%n duration change</numerusform>
        <numerusform>%n duration changes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n role change(s)</source>
      <translation>
        <numerusform>%n role change</numerusform>
        <numerusform>%n role changes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n window(s) set</source>
      <translation>
        <numerusform>%n window set</numerusform>
        <numerusform>%n windows set</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n window(s) removed</source>
      <translation>
        <numerusform>%n window removed</numerusform>
        <numerusform>%n windows removed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n staff member(s) set</source>
      <translation>
        <numerusform>%n staff member set</numerusform>
        <numerusform>%n staff members set</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n staff member(s) removed</source>
      <translation>
        <numerusform>%n staff member removed</numerusform>
        <numerusform>%n staff members removed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n pin(s) set</source>
      <translation>
        <numerusform>%n pin set</numerusform>
        <numerusform>%n pins set</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n pin(s) removed</source>
      <translation>
        <numerusform>%n pin removed</numerusform>
        <numerusform>%n pins removed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n waiver(s) set</source>
      <translation>
        <numerusform>%n waiver set</numerusform>
        <numerusform>%n waivers set</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n waiver(s) removed</source>
      <translation>
        <numerusform>%n waiver removed</numerusform>
        <numerusform>%n waivers removed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n recorded step(s))</source>
      <translation>
        <numerusform>%1 (%n recorded step)</numerusform>
        <numerusform>%1 (%n recorded steps)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>finish %1 (was %2); %n step(s) moved.</source>
      <translation>
        <numerusform>finish %1 (was %2); %n step moved.</numerusform>
        <numerusform>finish %1 (was %2); %n steps moved.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Impact, %1: %n component(s) besides those asked about (marked *)</source>
      <translation>
        <numerusform>Impact, %1: %n component besides those asked about (marked *)</numerusform>
        <numerusform>Impact, %1: %n components besides those asked about (marked *)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 away %2 had %n step(s) in the plan then:</source>
      <translation>
        <numerusform>%1 away %2 had %n step in the plan then:</numerusform>
        <numerusform>%1 away %2 had %n steps in the plan then:</numerusform>
      </translation>
    </message>
  </context>
</TS>