// SPDX-License-Identifier: GPL-3.0-or-later
// The graph exported without a window, as the CLI does it: a well-formed SVG naming the
// components, a PNG of the drawing's size, the visible part only, clear errors; the picture
// explains itself: the project's name above, the legend below, conflicts in red.
#include "GraphFixture.h"
#include "analysis/ConflictBadges.h"
#include "compat/Compatibility.h"
#include "generator/EstateGenerator.h"
#include "graph/GraphExport.h"
#include "graph/GraphLegend.h"
#include "graph/GraphScene.h"
#include "graph/GraphStyle.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace planner;

namespace {

int nonWhitePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    return n;
}

// The text nodes of an SVG, one string per element's character data.
QStringList svgTexts(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    QStringList texts;
    QString current; // character data may come in pieces (around &lt; and the like)
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            current += xml.text();
        } else if (xml.isStartElement() || xml.isEndElement()) {
            if (!current.trimmed().isEmpty())
                texts.append(current);
            current.clear();
        }
    }
    return texts;
}

// Names from short to far longer than the widest box, with characters XML must escape.
Estate longNamesEstate()
{
    Estate e = graphtest::smallEstate();
    const QStringList names = {
        QStringLiteral("Message broker"),
        QStringLiteral("Zahlungsverkehr-Schnittstelle Düsseldorf (SEPA & SWIFT)"),
        QStringLiteral("Customer relationship management <CRM> integration gateway, EMEA region"),
        QStringLiteral("Warehouse management system for the northern distribution centres, "
                       "including cold storage, returns handling and the customs bonded area"),
        QStringLiteral("WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW"),
    };
    for (int i = 0; i < names.size(); ++i) {
        Component c = e.component(i);
        c.name = names[i];
        e.replaceComponent(i, c);
    }
    return e;
}

int pixelsOf(const QImage &image, QRgb colour, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += image.pixel(x, y) == colour ? 1 : 0;
    return n;
}

// The small estate where the web shop needs an Orders API it does not have: one conflict
// between the two.
Estate conflictEstate()
{
    Estate e = graphtest::smallEstate();
    Dependency d = e.dependency(0);
    d.requirement = VersionRange::parse(QStringLiteral(">=3.0"));
    e.replaceDependency(0, d);
    return e;
}

QImage pngOf(GraphScene &scene, const GraphDecorations &decorations)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!exportScene(scene, &buffer, GraphExportFormat::Png, {}, decorations))
        return {};
    return QImage::fromData(buffer.data(), "PNG");
}

QByteArray svgOf(const Estate &estate)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Expected<Done> done = exportGraph(estate, &buffer, GraphExportFormat::Svg);
    return done ? buffer.data() : QByteArray();
}

} // namespace

class TestGraphExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void svgIsWellFormedAndNamesTheComponents();
    void longNamesAppearWhole();
    void namesStayWholeInAWiderFont();
    void pngHasTheDrawingsSize();
    void visiblePartOnly();
    void bigGraphsAreScaledDown();
    void unwritablePathIsAnError();
    void svgCarriesTitleAndLegend();
    void pngCarriesTitleAndLegend();
    void conflictsAreRedInTheExport();
};

void TestGraphExport::svgIsWellFormedAndNamesTheComponents()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const Expected<Done> done = exportGraph(graphtest::smallEstate(), &buffer,
                                            GraphExportFormat::Svg);
    QVERIFY2(done, done ? "" : qPrintable(done.error().text()));
    buffer.close();

    QXmlStreamReader xml(buffer.data());
    QString text;
    QString root;
    QString viewBox;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root.isEmpty()) {
            root = xml.name().toString();
            viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
        }
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    const QStringList box = viewBox.split(QLatin1Char(' '));
    QCOMPARE(box.size(), 4);
    QVERIFY(box[2].toDouble() > 300 && box[3].toDouble() > 200);
    for (const char *name : {"Web shop", "Orders API", "Orders database", "Message broker"})
        QVERIFY2(text.contains(QLatin1String(name)), name);
    QVERIFY(text.contains(QStringLiteral("12.20 \u2192 16.6")));
}

// Every name and version line is one text element holding it whole: what a user searches the
// SVG for. Boxes are sized from an estimate, not the font, so this must hold for any length.
void TestGraphExport::longNamesAppearWhole()
{
    const Estate estate = longNamesEstate();
    const QStringList texts = svgTexts(svgOf(estate));
    QVERIFY(!texts.isEmpty());
    for (const Component &c : estate.components()) {
        QVERIFY2(texts.contains(c.name), qPrintable(c.name));
        QVERIFY2(!texts.join(QString()).contains(QChar(0x2026)), "an elided name");
    }
    QVERIFY(texts.contains(QStringLiteral("12.20 \u2192 16.6")));
}

// What the fonts installed on a machine do must not matter: with a font far wider than the
// condensed one the boxes are estimated for, names are still whole.
void TestGraphExport::namesStayWholeInAWiderFont()
{
    auto &style = const_cast<GraphStyle &>(GraphStyle::instance());
    const QFont title = style.titleFont;
    const QFont detail = style.detailFont;
    style.titleFont = QFont(QStringLiteral("DejaVu Sans"));
    style.titleFont.setPixelSize(17);
    style.titleFont.setBold(true);
    style.detailFont = QFont(QStringLiteral("DejaVu Sans Mono"));
    style.detailFont.setPixelSize(15);
    const Estate estate = longNamesEstate();
    const QStringList texts = svgTexts(svgOf(estate));
    style.titleFont = title;
    style.detailFont = detail;
    for (const Component &c : estate.components())
        QVERIFY2(texts.contains(c.name), qPrintable(c.name));
    QVERIFY(texts.contains(QStringLiteral("12.20 \u2192 16.6")));
}

void TestGraphExport::pngHasTheDrawingsSize()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.png"));
    const Estate estate = graphtest::smallEstate();
    const Expected<Done> done = exportGraph(estate, path, GraphExportFormat::Png);
    QVERIFY2(done, done ? "" : qPrintable(done.error().text()));
    QVERIFY(!QImage(path).isNull());

    // The graph itself at 100 %: the picture without title and legend.
    EstateStore store;
    store.reset(estate);
    GraphScene scene(&store, nullptr, nullptr);
    const QImage image = pngOf(scene, GraphDecorations{false, false});
    QVERIFY(!image.isNull());
    const LayoutResult layout = layoutEstate(estate);
    // At 100 %: the layout's drawing plus a small border.
    QVERIFY2(std::abs(image.width() - layout.bounds.width()) <= 60,
             qPrintable(QStringLiteral("%1 vs %2").arg(image.width()).arg(layout.bounds.width())));
    QVERIFY(std::abs(image.height() - layout.bounds.height()) <= 60);
    QVERIFY(nonWhitePixels(image) > image.width() * image.height() / 50);
}

void TestGraphExport::visiblePartOnly()
{
    EstateStore store;
    store.reset(graphtest::smallEstate());
    GraphScene scene(&store, nullptr, nullptr);
    scene.waitForLayout();
    const QRectF part(scene.graphBounds().topLeft(), QSizeF(300, 120));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(
        exportScene(scene, &buffer, GraphExportFormat::Png, part, GraphDecorations{false, false}));
    const QImage image = QImage::fromData(buffer.data(), "PNG");
    QCOMPARE(image.size(), QSize(300, 120));
}

void TestGraphExport::bigGraphsAreScaledDown()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(exportGraph(generateEstate({2000, 3}), &buffer, GraphExportFormat::Png));
    const QImage image = QImage::fromData(buffer.data(), "PNG");
    QVERIFY(!image.isNull());
    QCOMPARE(std::max(image.width(), image.height()), maxPngSide);
    QVERIFY(nonWhitePixels(image) > 1000);
}

void TestGraphExport::unwritablePathIsAnError()
{
    const QString path = QStringLiteral("/nonexistent-dir/graph.svg");
    const Expected<Done> done = exportGraph(graphtest::smallEstate(), path, GraphExportFormat::Svg);
    QVERIFY(!done);
    QVERIFY(done.error().text().contains(path));
}

// The SVG names the project and says what it draws, and carries the legend's every line:
// what red, orange, blue, a thick border and the arrows mean, and the estate's kinds.
void TestGraphExport::svgCarriesTitleAndLegend()
{
    const Estate estate = graphtest::smallEstate();
    const QStringList texts = svgTexts(svgOf(estate));
    QVERIFY(texts.contains(QStringLiteral("Graph test")));
    QVERIFY(texts.filter(QStringLiteral("Dependency graph: 8 components")).size() == 1);
    const QStringList legend = GraphLegend(estate).texts();
    QVERIFY(legend.contains(QStringLiteral("Legend")));
    QVERIFY(legend.contains(QStringLiteral("red: an error not waived (see Conflicts)")));
    QVERIFY(legend.contains(QStringLiteral("thick border: high or critical")));
    QVERIFY(legend.contains(kindLabel(ComponentKind::Database)));
    QVERIFY(!legend.contains(kindLabel(ComponentKind::Network))); // no network in the estate
    for (const QString &line : legend)
        QVERIFY2(texts.contains(line), qPrintable(line));
}

// The PNG: the title band above and the legend band below the graph, drawn at their size;
// without them the picture is the graph alone.
void TestGraphExport::pngCarriesTitleAndLegend()
{
    EstateStore store;
    store.reset(graphtest::smallEstate());
    GraphScene scene(&store, nullptr, nullptr);
    const QImage bare = pngOf(scene, GraphDecorations{false, false});
    const QImage titled = pngOf(scene, GraphDecorations{true, false});
    const QImage full = pngOf(scene, GraphDecorations{});
    QVERIFY(!bare.isNull() && !titled.isNull() && !full.isNull());
    const GraphLegend legend(store.estate());
    QVERIFY(titled.height() > bare.height() + 30);
    QVERIFY(full.height() >= titled.height() + int(legend.size().height()));
    QVERIFY(full.width() >= int(legend.size().width()));
    // Something is drawn in the title band and in the legend band.
    const QRect titleBand(0, 0, full.width(), titled.height() - bare.height());
    const QRect legendBand(0, titled.height(), full.width(), full.height() - titled.height());
    QVERIFY(nonWhitePixels(full.copy(titleBand)) > 200);
    QVERIFY(nonWhitePixels(full.copy(legendBand)) > 1000);
    // The legend's red sample: the conflict outline, though nothing is in conflict here.
    const QRgb red = GraphStyle::instance().conflictPen.color().rgb();
    QCOMPARE(pixelsOf(bare, red, bare.rect()), 0);
    QVERIFY(pixelsOf(full, red, legendBand) > 20);
}

// The command line's export checks the estate itself: what has an unwaived error is drawn red,
// as in the workbench, and the title counts it.
void TestGraphExport::conflictsAreRedInTheExport()
{
    const Estate estate = conflictEstate();
    const QHash<QString, QStringList> expected = graphConflictMarks(checkCompatibility(estate));
    QVERIFY(expected.contains(QStringLiteral("web")) && expected.contains(QStringLiteral("api")));
    QVERIFY(svgTexts(svgOf(estate))
                .contains(QStringLiteral("Dependency graph: 8 components, %1 with an open error")
                              .arg(expected.size())));

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(exportGraph(estate, &buffer, GraphExportFormat::Png));
    const QImage exported = QImage::fromData(buffer.data(), "PNG");
    // The same scene without analysis results: no box is red.
    EstateStore store;
    store.reset(estate);
    GraphScene scene(&store, nullptr, nullptr);
    const QImage unchecked = pngOf(scene, GraphDecorations{});
    QCOMPARE(exported.size(), unchecked.size());
    const QRgb fill = GraphStyle::instance().conflictFill.color().rgb();
    const int perBox = 1000; // a box is some 150 x 40 pixels
    QVERIFY(pixelsOf(exported, fill, exported.rect())
            > pixelsOf(unchecked, fill, unchecked.rect()) + perBox * int(expected.size()));
    // Given the results (as the workbench gives them), the scene exports the same red boxes.
    scene.model().setConflicts(expected);
    QCOMPARE(pngOf(scene, GraphDecorations{}), exported);
}

QTEST_MAIN(TestGraphExport)
#include "tst_graphexport.moc"
