// SPDX-License-Identifier: GPL-3.0-or-later
// The graph exported without a window, as the CLI does it: a well-formed SVG naming the
// components, a PNG of the drawing's size, the visible part only, clear errors.
#include "generator/EstateGenerator.h"
#include "graph/GraphExport.h"
#include "graph/GraphScene.h"
#include "graph/GraphStyle.h"
#include "tst_graphestate.h"

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
    const QImage image(path);
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
    QVERIFY(exportScene(scene, &buffer, GraphExportFormat::Png, part));
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

QTEST_MAIN(TestGraphExport)
#include "tst_graphexport.moc"
