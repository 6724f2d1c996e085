// SPDX-License-Identifier: GPL-3.0-or-later
// GraphML through the format registry: our own files back again, networkx's rewrite of them,
// files as yEd and Gephi write them, and broken files.
#include "exchange/EstateJson.h"
#include "exchange/FileFormat.h"
#include "storage/EstateFile.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;

namespace {

const FileFormat &graphMl()
{
    const FileFormat *f = FileFormats::find(QStringLiteral("graphml"));
    Q_ASSERT(f);
    return *f;
}

Estate sampleEstate()
{
    QFile file(QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample estate");
    auto estate = readEstateJson(file.readAll());
    if (!estate)
        qFatal("sample estate: %s", qPrintable(estate.error().text()));
    // The sample has no version ranges and no external ids: give it one of each.
    Dependency d = estate->dependency(0);
    d.requirement = VersionRange::parse(u">=7.0 <9");
    estate->replaceDependency(0, d);
    Component c = estate->component(1);
    c.externalId = QStringLiteral("cmdb 0042/ESX");
    estate->replaceComponent(1, c);
    return *estate;
}

QByteArray write(const Estate &estate, const FormatOptions &given = {})
{
    const auto options = FileFormats::options(graphMl(), false, given);
    if (!options)
        qFatal("%s", qPrintable(options.error().text()));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto done = graphMl().write(estate, &buffer, *options);
    if (!done)
        qFatal("%s", qPrintable(done.error().text()));
    return buffer.data();
}

Expected<Imported> read(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return graphMl().read(ReadInput{&buffer, QStringLiteral("test.graphml"), {}});
}

QByteArray dataFile(const char *name)
{
    QFile file(QStringLiteral(UPLAN_SOURCE_DIR "/tests/exchange/data/graphml/")
               + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return file.readAll();
}

constexpr ComponentFields everyGraphField = ComponentField::Name | ComponentField::Kind
                                            | ComponentField::Product | ComponentField::Version
                                            | ComponentField::Target | ComponentField::Site
                                            | ComponentField::Owner | ComponentField::Criticality
                                            | ComponentField::ExternalId;

QString dependencyKey(const Dependency &d)
{
    return d.from + u'>' + d.to + u'>' + d.type + u'>'
           + (d.requirement ? d.requirement->text() : QString());
}

/// The fields GraphML carries, compared one by one so that a failure names the field.
/// networkx writes the edges grouped by source: with @p anyEdgeOrder they compare as sets.
void compareCarried(const Estate &got, const Estate &want, bool anyEdgeOrder = false)
{
    QCOMPARE(got.componentCount(), want.componentCount());
    for (int i = 0; i < want.componentCount(); ++i) {
        const Component &a = got.component(i);
        const Component &b = want.component(i);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.name, b.name);
        QCOMPARE(kindName(a.kind), kindName(b.kind));
        QCOMPARE(a.product, b.product);
        QCOMPARE(a.version.text(), b.version.text());
        QCOMPARE(a.target.has_value(), b.target.has_value());
        if (b.target)
            QCOMPARE(a.target->text(), b.target->text());
        QCOMPARE(a.site, b.site);
        QCOMPARE(a.owner, b.owner);
        QCOMPARE(criticalityName(a.criticality), criticalityName(b.criticality));
        QCOMPARE(a.externalId, b.externalId);
    }
    QCOMPARE(got.dependencyCount(), want.dependencyCount());
    if (anyEdgeOrder) {
        QStringList a, b;
        for (const Dependency &d : got.dependencies())
            a.append(dependencyKey(d));
        for (const Dependency &d : want.dependencies())
            b.append(dependencyKey(d));
        a.sort();
        b.sort();
        QCOMPARE(a, b);
        return;
    }
    for (int i = 0; i < want.dependencyCount(); ++i) {
        const Dependency &a = got.dependency(i);
        const Dependency &b = want.dependency(i);
        QCOMPARE(a.from, b.from);
        QCOMPARE(a.to, b.to);
        QCOMPARE(a.type, b.type);
        QCOMPARE(a.requirement.has_value(), b.requirement.has_value());
        if (b.requirement)
            QCOMPARE(a.requirement->text(), b.requirement->text());
    }
}

} // namespace

class tst_GraphMl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognise_data();
    void recognise();
    void roundTrip_data();
    void roundTrip();
    void importDetectsContent();
    void networkxRoundTrip();
    void yedFile();
    void gephiFile();
    void undirectedAndMissingVersions();
    void badInput_data();
    void badInput();
    void edgeToUnknownNode();
};

void tst_GraphMl::recognise_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("score");
    QTest::newRow("graphml") << QByteArray("<?xml version=\"1.0\"?>\n<graphml xmlns=\"x\">") << 90;
    QTest::newRow("bom, blanks") << QByteArray("\xEF\xBB\xBF  \n<graphml>") << 90;
    QTest::newRow("other xml") << QByteArray("<?xml version=\"1.0\"?><svg/>") << 0;
    QTest::newRow("json") << QByteArray("{\"graphml\": 1}") << 0;
    QTest::newRow("empty") << QByteArray() << 0;
}

void tst_GraphMl::recognise()
{
    QFETCH(QByteArray, head);
    QFETCH(int, score);
    QCOMPARE(graphMl().recognise(head), score);
}

void tst_GraphMl::roundTrip_data()
{
    QTest::addColumn<QString>("yfiles");
    QTest::addColumn<QString>("layout");
    QTest::newRow("yEd drawing, layered") << QStringLiteral("yes") << QStringLiteral("layered");
    QTest::newRow("yEd drawing, grid") << QStringLiteral("yes") << QStringLiteral("grid");
    QTest::newRow("plain GraphML") << QStringLiteral("no") << QStringLiteral("grid");
}

void tst_GraphMl::roundTrip()
{
    QFETCH(QString, yfiles);
    QFETCH(QString, layout);
    const Estate estate = sampleEstate();
    const QByteArray bytes = write(estate, {{QStringLiteral("yfiles"), yfiles},
                                            {QStringLiteral("layout"), layout}});
    QVERIFY(bytes.contains("xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
    QVERIFY(bytes.contains("<graph id=\"estate\" edgedefault=\"directed\">"));
    QVERIFY(bytes.contains("attr.name=\"criticality\" attr.type=\"string\""));
    QCOMPARE(bytes.contains("<y:NodeLabel"), yfiles == QLatin1String("yes"));
    if (yfiles == QLatin1String("yes")) {
        QVERIFY(bytes.contains("yfiles.type=\"nodegraphics\""));
        // Each box is labelled with its component's name (plain names need no escaping).
        QCOMPARE(bytes.count("</y:NodeLabel>"), estate.componentCount());
        for (const Component &c : estate.components())
            if (!c.name.contains(u'&') && !c.name.contains(u'<'))
                QVERIFY2(bytes.contains('>' + c.name.toUtf8() + "</y:NodeLabel>"),
                         qPrintable(c.name));
        QCOMPARE(bytes.count("<y:ShapeNode>"), estate.componentCount());
    }

    const auto imported = read(bytes);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().text()));
    QCOMPARE(imported->warnings, QStringList());
    QCOMPARE(imported->fields, everyGraphField);
    compareCarried(imported->estate, estate);
    // The sites the components name come back with their names.
    for (const Site &site : imported->estate.sites) {
        const auto it = std::find_if(estate.sites.cbegin(), estate.sites.cend(),
                                     [&](const Site &s) { return s.id == site.id; });
        QVERIFY2(it != estate.sites.cend(), qPrintable(site.id));
        QCOMPARE(site.name, it->name);
    }
}

void tst_GraphMl::importDetectsContent()
{
    // Through importEstateFile: detected by content, not by the file's name.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("estate.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const Estate estate = sampleEstate();
    file.write(write(estate));
    file.close();
    const FileFormat *used = nullptr;
    const auto imported = importEstateFile(path, nullptr, {}, &used);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().text()));
    QVERIFY(used);
    QCOMPARE(used->name, QStringLiteral("graphml"));
    compareCarried(imported->estate, estate);
}

void tst_GraphMl::networkxRoundTrip()
{
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QStringLiteral("import networkx")});
    if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit
        || probe.exitCode() != 0)
        QSKIP("python3-networkx is not installed (scripts/deps.sh installs it): "
              "the networkx round trip is not checked");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Estate estate = sampleEstate();
    const QString ours = dir.filePath(QStringLiteral("ours.graphml"));
    const QString theirs = dir.filePath(QStringLiteral("networkx.graphml"));
    QFile file(ours);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(write(estate));
    file.close();

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(UPLAN_SOURCE_DIR "/tests/exchange/graphml_networkx.py"), ours,
                  theirs});
    QVERIFY(python.waitForFinished(120000));
    const QByteArray errors = python.readAllStandardError();
    QVERIFY2(python.exitCode() == 0, errors.constData());

    // What networkx read: every node with our attributes, every edge.
    const QJsonObject summary = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QVERIFY(summary.value(QLatin1String("directed")).toBool());
    const QJsonObject nodes = summary.value(QLatin1String("nodes")).toObject();
    QCOMPARE(nodes.size(), estate.componentCount());
    for (const Component &c : estate.components()) {
        const QJsonObject n = nodes.value(c.id).toObject();
        QVERIFY2(!n.isEmpty(), qPrintable(c.id));
        QCOMPARE(n.value(QLatin1String("label")).toString(), c.name);
        QCOMPARE(n.value(QLatin1String("name")).toString(), c.name);
        QCOMPARE(n.value(QLatin1String("kind")).toString(), kindName(c.kind));
        QCOMPARE(n.value(QLatin1String("product")).toString(), c.product);
        QCOMPARE(n.value(QLatin1String("version")).toString(), c.version.text());
        QCOMPARE(n.value(QLatin1String("target")).toString(),
                 c.target ? c.target->text() : QString());
        QCOMPARE(n.value(QLatin1String("site")).toString(), c.site);
        QCOMPARE(n.value(QLatin1String("owner")).toString(), c.owner);
        QCOMPARE(n.value(QLatin1String("criticality")).toString(), criticalityName(c.criticality));
    }
    const QJsonArray edges = summary.value(QLatin1String("edges")).toArray();
    QCOMPARE(edges.size(), estate.dependencyCount());
    QSet<QString> want;
    for (const Dependency &d : estate.dependencies())
        want.insert(d.from + u'>' + d.to + u'>' + d.type + u'>'
                    + (d.requirement ? d.requirement->text() : QString()));
    for (const QJsonValue &e : edges) {
        const QJsonObject o = e.toObject();
        const QString key = o.value(QLatin1String("source")).toString() + u'>'
                            + o.value(QLatin1String("target")).toString() + u'>'
                            + o.value(QLatin1String("type")).toString() + u'>'
                            + o.value(QLatin1String("requires")).toString();
        QVERIFY2(want.contains(key), qPrintable(key));
    }

    // networkx's own GraphML (keys d0, d1..., yEd's geometry as x and y) reads back the same.
    const auto imported = importEstateFile(theirs);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().text()));
    QCOMPARE(imported->warnings, QStringList());
    compareCarried(imported->estate, estate, true);
}

void tst_GraphMl::yedFile()
{
    const auto imported = read(dataFile("yed-estate.graphml"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().text()));
    const Estate &e = imported->estate;
    // The group n0 is the site of the two nodes inside it, not a component.
    QCOMPARE(e.componentCount(), 3);
    const Component *db = e.find(QStringLiteral("n0::n0"));
    QVERIFY(db);
    QCOMPARE(db->name, QStringLiteral("Ledger database")); // the NodeLabel's text
    QCOMPARE(db->version.text(), QStringLiteral("12.20"));
    QCOMPARE(db->kind, ComponentKind::Database);
    QCOMPARE(db->site, QStringLiteral("n0"));
    const Component *host = e.find(QStringLiteral("n0::n1"));
    QVERIFY(host);
    QCOMPARE(host->name, QStringLiteral("RHEL host db-fra-01"));
    QCOMPARE(host->kind, ComponentKind::Server); // the key's default
    QCOMPARE(e.find(QStringLiteral("n1"))->kind, ComponentKind::Application);
    QCOMPARE(e.find(QStringLiteral("n1"))->site, QString());
    QCOMPARE(e.sites.size(), 1);
    QCOMPARE(e.sites.first().name, QStringLiteral("Frankfurt DC"));

    QCOMPARE(e.dependencyCount(), 2);
    QCOMPARE(e.dependency(0).from, QStringLiteral("n0::n0"));
    QCOMPARE(e.dependency(0).to, QStringLiteral("n0::n1"));
    QCOMPARE(e.dependency(1).from, QStringLiteral("n1"));
    QCOMPARE(e.dependency(1).to, QStringLiteral("n0::n0"));

    // yEd's url and description keys are known and unused; "Rack" is the user's own.
    QCOMPARE(imported->warnings,
             QStringList{QStringLiteral("keys not used by an estate, ignored: Rack")});
    QCOMPARE(imported->fields, ComponentField::Name | ComponentField::Kind | ComponentField::Version
                                   | ComponentField::Site);
}

void tst_GraphMl::gephiFile()
{
    const auto imported = read(dataFile("gephi-estate.graphml"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().text()));
    const Estate &e = imported->estate;
    QCOMPARE(e.componentCount(), 3);
    // Ids with spaces or slashes become valid and unique; the original is the external id.
    QCOMPARE(e.component(0).id, QStringLiteral("web-server-1"));
    QCOMPARE(e.component(0).externalId, QStringLiteral("web server 1"));
    QCOMPARE(e.component(1).id, QStringLiteral("web-server-1-2"));
    QCOMPARE(e.component(1).externalId, QStringLiteral("web server 1!"));
    QCOMPARE(e.component(2).id, QStringLiteral("db-main"));
    QCOMPARE(e.component(0).name, QStringLiteral("Web server 1"));
    QCOMPARE(e.component(0).criticality, Criticality::High); // "High", case ignored
    QCOMPARE(e.component(0).owner, QStringLiteral("Web team"));
    QCOMPARE(e.component(2).version.text(), QStringLiteral("15.4"));
    QCOMPARE(e.component(2).criticality, Criticality::Critical);

    QCOMPARE(e.dependencyCount(), 2);
    QCOMPARE(e.dependency(0).from, QStringLiteral("web-server-1"));
    QCOMPARE(e.dependency(0).to, QStringLiteral("db-main"));
    QCOMPARE(e.dependency(0).type, QStringLiteral("reads")); // Gephi's edge label
    QCOMPARE(e.dependency(1).type, QStringLiteral("uses"));
    // Layout and colour keys are known; Gephi's statistics column is not.
    QCOMPARE(imported->warnings,
             QStringList{QStringLiteral("keys not used by an estate, ignored: Modularity Class")});
    QCOMPARE(imported->fields, ComponentField::Name | ComponentField::Version
                                   | ComponentField::Owner | ComponentField::Criticality
                                   | ComponentField::ExternalId);
}

void tst_GraphMl::undirectedAndMissingVersions()
{
    const QByteArray xml = R"(<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="v" for="node" attr.name="version" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="v">1.0</data></node>
    <node id="b"/>
    <node id="c"><data key="v">1.0</data></node>
    <edge source="a" target="b"/>
    <edge source="b" target="c"/>
  </graph>
</graphml>)";
    const auto imported = read(xml);
    QVERIFY(imported.ok());
    const Estate &e = imported->estate;
    QCOMPARE(e.find(QStringLiteral("b"))->version.text(), QStringLiteral("0"));
    QCOMPARE(e.find(QStringLiteral("b"))->name, QStringLiteral("b"));
    QCOMPARE(e.dependencyCount(), 2);
    QCOMPARE(e.dependency(0).from, QStringLiteral("a"));
    QCOMPARE(e.dependency(0).to, QStringLiteral("b"));
    QCOMPARE(imported->warnings,
             (QStringList{QStringLiteral("line 6, column 18: node 'b' has no version; "
                                         "recorded as 0"),
                          QStringLiteral("the graph is undirected: each edge is read as its "
                                         "source depending on its target")}));
    QCOMPARE(imported->fields, unsigned(ComponentField::Version));
}

void tst_GraphMl::badInput_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    QTest::newRow("malformed XML")
        << QByteArray("<?xml version=\"1.0\"?>\n<graphml>\n  <graph>\n    <node id=\"a\">\n"
                      "  </graph>\n</graphml>\n")
        << QStringLiteral("line 5, column 10")
        << QStringLiteral("Opening and ending tag mismatch.");
    QTest::newRow("not graphml") << QByteArray(
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                                 << QStringLiteral("line 2, column 41")
                                 << QStringLiteral(
                                        "not GraphML: the document is <svg>, not <graphml>");
    QTest::newRow("no graph element")
        << QByteArray("<graphml>\n  <key id=\"d0\" for=\"node\" attr.name=\"name\"/>\n</graphml>\n")
        << QStringLiteral("line 3, column 10")
        << QStringLiteral("no <graph> element: the file describes no graph");
    QTest::newRow("duplicate node id")
        << QByteArray("<graphml><graph>\n<node id=\"a\"/>\n<node id=\"b\"/>\n<node id=\"a\"/>\n"
                      "</graph></graphml>")
        << QStringLiteral("line 4, column 14")
        << QStringLiteral("node id 'a' is used twice (first at line 2, column 14)");
    QTest::newRow("node without id")
        << QByteArray("<graphml><graph>\n<node/>\n</graph></graphml>")
        << QStringLiteral("line 2, column 7") << QStringLiteral("a <node> without an id");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("line 1, column 0")
                                << QStringLiteral("Premature end of document.");
}

void tst_GraphMl::badInput()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const auto imported = read(xml);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().where, where);
    QCOMPARE(imported.error().what, what);
}

void tst_GraphMl::edgeToUnknownNode()
{
    const QByteArray xml = "<graphml><graph edgedefault=\"directed\">\n"
                           "<edge source=\"a\" target=\"b\"/>\n" // before its nodes: allowed
                           "<node id=\"a\"/><node id=\"b\"/>\n"
                           "<edge source=\"a\" target=\"ghost\"/>\n"
                           "</graph></graphml>";
    const auto imported = read(xml);
    QVERIFY(imported.ok());
    QCOMPARE(imported->estate.componentCount(), 2);
    QCOMPARE(imported->estate.dependencyCount(), 1);
    QVERIFY2(imported->warnings.contains(
                 QStringLiteral("line 4, column 33: edge to or from 'ghost', which is not a "
                                "node of the file; left out")),
             qPrintable(imported->warnings.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_GraphMl)
#include "tst_graphml.moc"
