// SPDX-License-Identifier: GPL-3.0-or-later
// The graph from the command line, run headless through the built executable: `layout` prints
// coordinates scripts can check, `export --format svg|png` draws the graph without a display.
#include "../../cli/CliRunner.h"
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

using Run = planner::test::CliRun;

Run runCli(const QStringList &arguments)
{
    return planner::test::runCli(arguments, planner::test::CliPlatform::Unset);
}

const QString sample = QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json");

QJsonObject readSample()
{
    QFile file(sample);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestGraphCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layoutJsonDescribesTheDrawing();
    void layoutSummaryAndGroups();
    void layoutUsageErrors();
    void exportSvgAndPng();
};

void TestGraphCli::layoutJsonDescribesTheDrawing()
{
    const Run run = runCli({QStringLiteral("layout"), sample, QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QJsonParseError error;
    const QJsonObject layout = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    const QJsonObject estate = readSample();
    const QJsonArray components = estate.value(QLatin1String("components")).toArray();
    const QJsonArray nodes = layout.value(QLatin1String("nodes")).toArray();
    QCOMPARE(nodes.size(), components.size());
    QHash<QString, QJsonObject> byId;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QJsonObject node = nodes[i].toObject();
        QCOMPARE(node.value(QLatin1String("id")).toString(),
                 components[i].toObject().value(QLatin1String("id")).toString());
        for (const char *field : {"x", "y", "layer", "width", "height"})
            QVERIFY2(node.value(QLatin1String(field)).isDouble(), field);
        byId.insert(node.value(QLatin1String("id")).toString(), node);
    }

    const QJsonArray edges = layout.value(QLatin1String("edges")).toArray();
    QCOMPARE(edges.size(), estate.value(QLatin1String("dependencies")).toArray().size());
    for (const QJsonValue &value : edges) {
        const QJsonObject edge = value.toObject();
        const QJsonObject from = byId.value(edge.value(QLatin1String("from")).toString());
        const QJsonObject to = byId.value(edge.value(QLatin1String("to")).toString());
        const QJsonArray points = edge.value(QLatin1String("points")).toArray();
        QVERIFY(points.size() >= 2);
        // Screen coordinates, y downwards: a dependent sits above what it needs, unless the
        // edge was turned around to break a cycle.
        if (!edge.value(QLatin1String("reversed")).toBool())
            QVERIFY(from.value(QLatin1String("y")).toDouble()
                    < to.value(QLatin1String("y")).toDouble());
        // The route starts at the dependent's box and ends at the dependency's box.
        const auto near = [](const QJsonArray &point, const QJsonObject &node) {
            return std::abs(point[0].toDouble() - node.value(QLatin1String("x")).toDouble())
                       <= node.value(QLatin1String("width")).toDouble() / 2 + 1
                   && std::abs(point[1].toDouble() - node.value(QLatin1String("y")).toDouble())
                          <= node.value(QLatin1String("height")).toDouble() / 2 + 1;
        };
        QVERIFY(near(points.first().toArray(), from));
        QVERIFY(near(points.last().toArray(), to));
    }
}

void TestGraphCli::layoutSummaryAndGroups()
{
    const Run text = runCli({QStringLiteral("layout"), sample});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("62 components in"), text.out.constData());

    const Run grouped = runCli({QStringLiteral("layout"), sample, QStringLiteral("--json"),
                                QStringLiteral("--group-by-site")});
    QCOMPARE(grouped.code, 0);
    const QJsonArray groups
        = QJsonDocument::fromJson(grouped.out).object().value(QLatin1String("groups")).toArray();
    QSet<QString> sites;
    for (const QJsonValue &group : groups)
        sites.insert(group.toObject().value(QLatin1String("site")).toString());
    QCOMPARE(sites, (QSet<QString>{"fra", "dus", "branch"}));
}

void TestGraphCli::layoutUsageErrors()
{
    const Run missing = runCli({QStringLiteral("layout")});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.out.isEmpty());
    const Run noFile = runCli({QStringLiteral("layout"), QStringLiteral("/nonexistent/e.json")});
    QCOMPARE(noFile.code, 2);
    QVERIFY(noFile.err.contains("e.json"));
}

void TestGraphCli::exportSvgAndPng()
{
    QTemporaryDir dir;
    const QString svgPath = dir.filePath(QStringLiteral("graph.svg"));
    const Run svg = runCli({QStringLiteral("export"), sample, QStringLiteral("--format"),
                            QStringLiteral("svg"), QStringLiteral("-o"), svgPath});
    QVERIFY2(svg.code == 0, svg.err.constData());
    QFile file(svgPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(text.contains(QStringLiteral("Ledger database")));

    const QString pngPath = dir.filePath(QStringLiteral("graph.png"));
    const Run png = runCli({QStringLiteral("export"), sample, QStringLiteral("-f"),
                            QStringLiteral("png"), QStringLiteral("-o"), pngPath});
    QVERIFY2(png.code == 0, png.err.constData());
    const QImage image(pngPath);
    QVERIFY(image.width() > 600 && image.height() > 300);

    // To standard output, for pipes.
    const Run piped = runCli({QStringLiteral("export"), sample, QStringLiteral("-f"),
                              QStringLiteral("svg"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(piped.code, 0);
    QVERIFY(piped.out.startsWith("<?xml"));
}

QTEST_GUILESS_MAIN(TestGraphCli)
#include "tst_graphcli.moc"
