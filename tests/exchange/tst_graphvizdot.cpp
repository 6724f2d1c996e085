// SPDX-License-Identifier: GPL-3.0-or-later
// Graphviz DOT as Graphviz itself reads it: every written file renders with `dot` without a
// warning, names every component and draws one node per component.
#include "exchange/EstateJson.h"
#include "exchange/FileFormat.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace planner;

namespace {

const FileFormat &dot()
{
    const FileFormat *f = FileFormats::find(QStringLiteral("dot"));
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
    Dependency d = estate->dependency(0);
    d.requirement = VersionRange::parse(u">=7.0 <9");
    estate->replaceDependency(0, d);
    return *estate;
}

/// Names that need escaping in DOT: quotes, backslashes, a line break, braces, non-ASCII.
Estate awkwardEstate()
{
    Estate e;
    e.sites.append(Site{QStringLiteral("fra.dc:1"), QStringLiteral("Frankfurt \"Main\" DC")});
    const auto add = [&](const char *id, const QString &name, const char *site,
                         const char *version) {
        Component c;
        c.id = QString::fromLatin1(id);
        c.name = name;
        c.site = QString::fromLatin1(site);
        c.version = *Version::parse(QString::fromLatin1(version));
        c.criticality = Criticality::Critical;
        e.appendComponent(c);
    };
    add("a", QStringLiteral("Quote \" and back\\slash"), "fra.dc:1", "1.0");
    add("b.c:d-e_f", QStringLiteral("Düsseldorf {node} -> [x]; y=z"), "", "2019 CU18");
    add("graph", QStringLiteral("node"), "nowhere", "1");
    add("subgraph", QStringLiteral("edge"), "nowhere", "1");
    e.appendDependency(Dependency{QStringLiteral("a"), QStringLiteral("b.c:d-e_f"),
                                  QStringLiteral("uses"), VersionRange::parse(u">=2019 CU18")});
    e.appendDependency(Dependency{QStringLiteral("graph"), QStringLiteral("subgraph"),
                                  QStringLiteral("run\"s\\on"), std::nullopt});
    e.appendDependency(Dependency{QStringLiteral("a"), QStringLiteral("missing"),
                                  QStringLiteral("uses"), std::nullopt});
    return e;
}

QByteArray write(const Estate &estate, const FormatOptions &given = {})
{
    const auto options = FileFormats::options(dot(), false, given);
    if (!options)
        qFatal("%s", qPrintable(options.error().text()));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto done = dot().write(estate, &buffer, *options);
    if (!done)
        qFatal("%s", qPrintable(done.error().text()));
    return buffer.data();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runDot(const QByteArray &input, const QString &format)
{
    QProcess process;
    process.start(QStringLiteral("dot"), {QStringLiteral("-T") + format});
    Run run;
    if (!process.waitForStarted(30000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// Every text the SVG shows, lines of a label as separate entries, entities decoded.
QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts.append(xml.readElementText());
    }
    return texts;
}

int plainNodes(const QByteArray &plain)
{
    int nodes = 0;
    for (const QByteArray &line : plain.split('\n'))
        if (line.startsWith("node "))
            ++nodes;
    return nodes;
}

} // namespace

class tst_GraphvizDot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void renders_data();
    void renders();
    void options();
};

void tst_GraphvizDot::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dot")).isEmpty())
        QSKIP("Graphviz's dot is not installed (scripts/deps.sh installs it)");
}

void tst_GraphvizDot::renders_data()
{
    QTest::addColumn<bool>("sample");
    QTest::addColumn<QString>("rankdir");
    QTest::addColumn<QString>("clusters");
    for (const char *dir : {"TB", "LR", "BT", "RL"})
        QTest::addRow("sample %s", dir)
            << true << QString::fromLatin1(dir) << QStringLiteral("yes");
    QTest::newRow("sample, no clusters") << true << QStringLiteral("TB") << QStringLiteral("no");
    QTest::newRow("awkward names") << false << QStringLiteral("TB") << QStringLiteral("yes");
}

void tst_GraphvizDot::renders()
{
    QFETCH(bool, sample);
    QFETCH(QString, rankdir);
    QFETCH(QString, clusters);
    const Estate estate = sample ? sampleEstate() : awkwardEstate();
    const QByteArray text = write(estate, {{QStringLiteral("rankdir"), rankdir},
                                           {QStringLiteral("clusters"), clusters}});
    QVERIFY(text.contains("rankdir=" + rankdir.toLatin1() + ';'));

    const Run svg = runDot(text, QStringLiteral("svg"));
    QVERIFY2(svg.exitCode == 0, svg.err.constData());
    QVERIFY2(svg.err.isEmpty(), svg.err.constData()); // not a single warning
    const QStringList texts = svgTexts(svg.out);
    for (const Component &c : estate.components()) {
        // The box's first line is the name (a name with a line break would span two).
        QVERIFY2(texts.contains(c.name), qPrintable(c.name));
        const QString versions = c.hasUpgrade()
                                     ? c.version.text() + QStringLiteral(" -> ") + c.target->text()
                                     : c.version.text();
        QVERIFY2(texts.contains(versions), qPrintable(c.id + u' ' + versions));
    }
    for (const Dependency &d : estate.dependencies())
        if (d.requirement)
            QVERIFY2(texts.contains(d.requirement->text()), qPrintable(d.requirement->text()));
    if (sample && clusters == QLatin1String("yes")) {
        for (const Site &site : estate.sites)
            QVERIFY2(texts.contains(site.name), qPrintable(site.name));
        QVERIFY(text.contains("subgraph \"cluster_fra\""));
    }
    if (!sample)
        QVERIFY(texts.contains(QStringLiteral("Frankfurt \"Main\" DC")));

    // One drawn node per component: no edge made dot invent one.
    const Run plain = runDot(text, QStringLiteral("plain"));
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(plainNodes(plain.out), estate.componentCount());
}

void tst_GraphvizDot::options()
{
    QVERIFY(dot().canWrite());
    QVERIFY(!dot().canRead());
    QCOMPARE(dot().extensions, (QStringList{QStringLiteral("dot"), QStringLiteral("gv")}));
    const auto defaults = FileFormats::options(dot(), false, {});
    QVERIFY(defaults.ok());
    QCOMPARE(defaults->value(QStringLiteral("rankdir")), QStringLiteral("TB"));
    const auto wrong = FileFormats::options(dot(), false,
                                            {{QStringLiteral("rankdir"), QStringLiteral("UP")}});
    QVERIFY(!wrong.ok());
    QVERIFY(write(sampleEstate()).contains("shape=box"));
}

QTEST_GUILESS_MAIN(tst_GraphvizDot)
#include "tst_graphvizdot.moc"
